#!/usr/bin/env bash
# Build the workreport bundle (PyInstaller, one folder, windowed) from this checkout.
#
#   packaging/build.sh [--venv DIR] [--dist DIR] [--work DIR]
#
# Creates the virtual environment DIR (default build/bundle-venv) with $PYTHON (default python3)
# unless it exists, installs this checkout (not editable) and PyInstaller into it, and runs
# PyInstaller with packaging/workreport.spec. The bundle is DIST/workreport (default
# dist/workreport), plus DIST/workreport.app on macOS; PyInstaller's work files go to WORK
# (default build/pyinstaller). Prints the bundle's path and size last. Works on Linux and macOS,
# and on Windows in Git Bash (see packaging/README.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/build/bundle-venv"
dist="$root/dist"
work="$root/build/pyinstaller"
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) venv="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
PYINSTALLER="${PYINSTALLER:-pyinstaller==6.22.3}"
HOOKS_CONTRIB="${HOOKS_CONTRIB:-pyinstaller-hooks-contrib>=2026.9}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")' 2>/dev/null || date +%s; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

start=$(seconds)
if [ ! -d "$venv" ]; then
  "${PYTHON:-python3}" -m venv "$venv"
fi
if [ -x "$venv/bin/python" ]; then py="$venv/bin/python"; else py="$venv/Scripts/python.exe"; fi
# PySide6-Essentials, pandas, numpy … come with the app; pip reuses its cache when it has one.
"$py" -m pip install --quiet --upgrade "$root" "$PYINSTALLER" "$HOOKS_CONTRIB"
echo "installed workreport and $("$py" -m PyInstaller --version | sed 's/^/PyInstaller /') into $venv in $(elapsed "$start") s"

start=$(seconds)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/packaging/workreport.spec"
echo "pyinstaller: $(elapsed "$start") s"

bundle="$dist/workreport"
[ -d "$bundle" ] || { echo "build.sh: no bundle at $bundle" >&2; exit 1; }
bytes=$("$py" -c 'import os, sys; print(sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(sys.argv[1]) for f in fs if not os.path.islink(os.path.join(d, f))))' "$bundle")
echo "bundle: $bundle"
echo "bundle size: $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB ($bytes bytes)"
