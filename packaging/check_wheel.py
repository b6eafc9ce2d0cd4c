"""The wheel check: `pip install .` into a new virtual environment, then use the installed command.

    python packaging/check_wheel.py [--keep DIR]

Copies this checkout (without .venv, .git, build/, dist/ and caches) to a temporary folder, so
that nothing is built inside the repository, creates a virtual environment with the Python that
runs this script and installs the copy into it (not editable). Then, from another folder and with
QT_QPA_PLATFORM=offscreen, runs the installed `workreport export` (CSV) and `workreport screenshot`
and checks what they wrote. Prints the time of each step; exits 1 if one fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# run as a script from packaging/: its sibling holds the shared helpers
from check_build import COPY_IGNORE, CheckFailed, run, say

ROOT = Path(__file__).resolve().parent.parent


def check(work: Path) -> None:
    started = time.perf_counter()
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=COPY_IGNORE, symlinks=True)
    venv = work / "venv"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(work / "home")
    env["XDG_CONFIG_HOME"] = str(work / "home" / ".config")
    run([sys.executable, "-m", "venv", str(venv)], cwd=work, env=env, what="python -m venv")
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    elapsed, _ = run(
        [str(python), "-m", "pip", "install", "--quiet", str(source)],
        cwd=work,
        env=env,
        what="pip install .",
    )
    say(f"pip install . into a new virtual environment: {elapsed:.1f} s")

    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    command = str(bin_dir / ("workreport.exe" if os.name == "nt" else "workreport"))
    csv_file = elsewhere / "figures.csv"
    elapsed, _ = run(
        [command, "export", "-o", str(csv_file)], cwd=elsewhere, env=env, what="workreport export"
    )
    rows = csv_file.read_text("utf-8-sig").splitlines() if csv_file.exists() else []
    if len(rows) < 2 or "section" not in rows[0]:
        raise CheckFailed(f"workreport export wrote no figures: {rows[:2]}")
    say(f"workreport export: {len(rows) - 1} figures in {elapsed:.1f} s")

    png_file = elsewhere / "window.png"
    elapsed, _ = run(
        [command, "screenshot", str(png_file)], cwd=elsewhere, env=env, what="workreport screenshot"
    )
    header = png_file.read_bytes()[:24] if png_file.exists() else b""
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckFailed(f"workreport screenshot wrote no PNG to {png_file}")
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    say(
        f"workreport screenshot: {width}x{height} PNG, {png_file.stat().st_size:,} bytes"
        f" in {elapsed:.1f} s: {png_file}"
    )
    say(f"wheel check passed in {time.perf_counter() - started:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=False)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="workreport-wheel-check-"))
    try:
        check(work)
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        say(f"wheel check FAILED: {error}")
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
