#!/usr/bin/env bash
# Install a built bundle (packaging/build.sh) for the desktop: the program, its menu entry, icon
# and AppStream metadata.
#
#   packaging/linux/install.sh [--prefix DIR] [BUNDLE]
#
# BUNDLE is the bundle folder (default dist/workreport); DIR defaults to ~/.local (use /usr/local,
# as root, for every user). Installs DIR/lib/workreport/, DIR/bin/workreport (a link),
# DIR/share/applications/workreport.desktop (Exec and TryExec made absolute),
# DIR/share/icons/hicolor/*/apps/workreport.{png,svg} and
# DIR/share/metainfo/io.github.workreport.metainfo.xml. Run it again to update; remove those
# paths to uninstall.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="$HOME/.local"
bundle="$root/dist/workreport"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) bundle="$1"; shift ;;
  esac
done
[ -x "$bundle/workreport" ] || { echo "install.sh: no bundle at $bundle (run packaging/build.sh)" >&2; exit 1; }

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$prefix/lib/workreport"
cp -a "$bundle" "$prefix/lib/workreport"
ln -sfn "$prefix/lib/workreport/workreport" "$prefix/bin/workreport"

sed -e "s|^Exec=workreport|Exec=$prefix/bin/workreport|" -e "s|^TryExec=workreport|TryExec=$prefix/bin/workreport|" \
  "$here/workreport.desktop" > "$prefix/share/applications/workreport.desktop"
cp "$here/io.github.workreport.metainfo.xml" "$prefix/share/metainfo/"
for png in "$here"/../icons/workreport-*.png; do
  size="$(basename "$png" .png)"; size="${size#workreport-}"
  mkdir -p "$prefix/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/workreport.png"
done
mkdir -p "$prefix/share/icons/hicolor/scalable/apps"
cp "$here/../icons/workreport.svg" "$prefix/share/icons/hicolor/scalable/apps/workreport.svg"

# Refresh the caches where the tools exist; a desktop session picks the entry up either way.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "installed workreport into $prefix (menu entry: $prefix/share/applications/workreport.desktop)"
