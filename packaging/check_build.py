"""The build check: build the bundle from a clean virtual environment, then prove that it starts.

    python packaging/check_build.py [--runs N] [--keep DIR]

1. Copies this checkout (without .venv, .git, build/, dist/ and caches) to a temporary folder and
   runs its packaging/build.sh there: a new virtual environment, `pip install .`, PyInstaller.
2. Runs the bundle's `--self-test` with QT_QPA_PLATFORM=offscreen, from another folder, with a
   bare environment (no PYTHON* variables, a fresh HOME) and the build's virtual environment
   renamed away, so that nothing outside the bundle can help it.
3. Times the bundle's self-test against the same self-test from source in the build's virtual
   environment (`python -m workreport --self-test`, or packaging/launcher.py while the command has
   no such flag), alternating the two N times after one warm-up run each; prints the medians and
   their ratio.
4. Uses the bundle as a person would: `export` to CSV and to Excel, `keywords --top` (jieba and its
   dictionary) and `screenshot` (the PNG shows whether Chinese renders with the bundled font).
5. Prints the build time, the bundle's size, the start times, and whether the goals are met: the
   bundle under 200 MB (10^6 bytes), its start at most 1.2 times the start from source.

Exits 1 if the build, a self-test or a command fails; a missed goal is printed, not an error.
The temporary folder is removed unless --keep DIR names a folder to keep everything in.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_SIZE_MB = 200.0
GOAL_RATIO = 1.2
COPY_IGNORE = shutil.ignore_patterns(
    ".venv",
    ".git",
    "build",
    "dist",
    "__pycache__",
    "*.egg-info",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    ".import_linter_cache",
)
# lines of build.sh's output worth repeating when the build succeeds
BUILD_LINES = ("installed ", "pyinstaller: ", "bundle: ", "bundle size: ", "workreport.spec: ")


class CheckFailed(Exception):
    pass


def say(text: str = "") -> None:
    print(text, flush=True)


def bare_environment(home: Path) -> dict[str, str]:
    """What a person's desktop session would give the program: no Python settings, a new home."""
    keep = ("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "LANG", "LC_ALL")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.setdefault("LANG", "C.UTF-8")
    for name in ("HOME", "USERPROFILE"):
        env[name] = str(home)
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
    ):
        env[name] = str(home / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(command: list[str], *, cwd: Path, env: dict[str, str], what: str) -> tuple[float, str]:
    """Run a command; its wall time and output, or CheckFailed with the output."""
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
        check=False,
    )
    elapsed = time.perf_counter() - started
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise CheckFailed(f"{what} failed (exit {result.returncode}):\n{output}")
    return elapsed, output


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build(work: Path) -> tuple[Path, Path, float]:
    """Copy the checkout, build it; the bundle folder, the venv's python, the build time."""
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=COPY_IGNORE, symlinks=True)
    venv = work / "venv"
    log = work / "build.log"
    env = dict(os.environ, PYTHON=sys.executable)
    say(f"== build (log: {log})")
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [
                "bash",
                str(source / "packaging" / "build.sh"),
                "--venv",
                str(venv),
                "--dist",
                str(work / "dist"),
                "--work",
                str(work / "pyinstaller"),
            ],
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=1800,
            check=False,
        )
    elapsed = time.perf_counter() - started
    lines = log.read_text("utf-8", "replace").splitlines()
    if result.returncode != 0:
        raise CheckFailed("the build failed:\n" + "\n".join(lines[-40:]))
    for line in lines:
        if line.startswith(BUILD_LINES):
            say("  " + line)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return work / "dist" / "workreport", python, elapsed


def check_self_test(output: str, what: str) -> None:
    if "self-test passed" not in output:
        raise CheckFailed(f"{what}: no 'self-test passed' in its output:\n{output}")


def check(runs: int, work: Path) -> int:
    bundle, python, build_time = build(work)
    exe = bundle / ("workreport.exe" if os.name == "nt" else "workreport")
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    env = bare_environment(work / "home")

    say("== the bundle's self-test, with the build environment renamed away")
    venv = python.parent.parent
    hidden = venv.with_name(venv.name + ".hidden")
    venv.rename(hidden)
    try:
        _, output = run([str(exe), "--self-test"], cwd=elsewhere, env=env, what="bundle self-test")
    finally:
        hidden.rename(venv)
    check_self_test(output, "the bundle's self-test")
    say("  " + output.strip().replace("\n", "\n  "))

    _, help_text = run(
        [str(python), "-m", "workreport", "--help"],
        cwd=elsewhere,
        env=env,
        what="workreport --help from source",
    )
    if "--self-test" in help_text:
        source_command = [str(python), "-m", "workreport", "--self-test"]
        source_label = "python -m workreport --self-test"
    else:
        source_command = [str(python), str(ROOT / "packaging" / "launcher.py"), "--self-test"]
        source_label = "python packaging/launcher.py --self-test (the CLI has no --self-test yet)"
    commands = {"bundle": [str(exe), "--self-test"], "source": source_command}

    say(f"== start times: {runs} runs each, alternating, after one warm-up run each")
    say(f"  bundle: {exe} --self-test")
    say(f"  source: {source_label}")
    times: dict[str, list[float]] = {"bundle": [], "source": []}
    for name, command in commands.items():  # warm-up: the first run pays for the disk cache
        _, output = run(command, cwd=elsewhere, env=env, what=f"{name} self-test (warm-up)")
        check_self_test(output, f"{name} self-test")
    for index in range(runs):
        order = ("bundle", "source") if index % 2 == 0 else ("source", "bundle")
        for name in order:
            elapsed, output = run(commands[name], cwd=elsewhere, env=env, what=f"{name} self-test")
            check_self_test(output, f"{name} self-test")
            times[name].append(elapsed)
    say("  bundle: " + " ".join(f"{t:.2f}" for t in times["bundle"]) + " s")
    say("  source: " + " ".join(f"{t:.2f}" for t in times["source"]) + " s")

    say("== the bundle's commands, from another folder")
    bundle_cli(exe, elsewhere, env)

    size, files = folder_size(bundle)
    size_mb = size / 1e6
    bundle_median = statistics.median(times["bundle"])
    source_median = statistics.median(times["source"])
    ratio = bundle_median / source_median
    size_met = size_mb < GOAL_SIZE_MB
    ratio_met = ratio <= GOAL_RATIO
    say("== summary")
    say(f"build: {build_time:.1f} s (clean venv, pip install ., PyInstaller)")
    say(f"bundle: {bundle}")
    say(
        f"bundle size: {size_mb:.1f} MB ({size:,} bytes, {files} files);"
        f" goal under {GOAL_SIZE_MB:.0f} MB: {'met' if size_met else 'MISSED'}"
    )
    say(
        f"start time (self-test), median of {runs}: bundle {bundle_median:.2f} s,"
        f" source {source_median:.2f} s"
    )
    say(
        f"start time ratio bundle/source: {ratio:.2f}; goal at most {GOAL_RATIO}:"
        f" {'met' if ratio_met else 'MISSED'}"
    )
    say("goals: " + ("all met" if size_met and ratio_met else "not all met (see above)"))
    say("build check passed")
    return 0


def bundle_cli(exe: Path, folder: Path, env: dict[str, str]) -> None:
    csv_file, xlsx_file, png_file = (
        folder / "figures.csv",
        folder / "figures.xlsx",
        folder / "window.png",
    )
    _, _ = run([str(exe), "export", "-o", str(csv_file)], cwd=folder, env=env, what="export csv")
    rows = csv_file.read_text("utf-8-sig").splitlines()
    if len(rows) < 2 or "section" not in rows[0]:
        raise CheckFailed(f"export wrote no figures: {rows[:2]}")
    say(f"  export: {len(rows) - 1} figures to CSV")
    run(
        [str(exe), "export", "--format", "xlsx", "-o", str(xlsx_file)],
        cwd=folder,
        env=env,
        what="export xlsx",
    )
    if xlsx_file.read_bytes()[:2] != b"PK":
        raise CheckFailed(f"{xlsx_file} is not an Excel file")
    say(f"  export --format xlsx: {xlsx_file.stat().st_size:,} bytes")
    _, output = run(
        [str(exe), "keywords", "--top", "5", "--by", "report"],
        cwd=folder,
        env=env,
        what="keywords --top 5",
    )
    if len(output.strip().splitlines()) < 3:
        raise CheckFailed(f"keywords --top 5 printed too little:\n{output}")
    say("  keywords --top 5 (jieba): " + " | ".join(output.strip().splitlines()[-5:]))
    run([str(exe), "screenshot", str(png_file)], cwd=folder, env=env, what="screenshot")
    header = png_file.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckFailed(f"{png_file} is not a PNG")
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    say(f"  screenshot: {width}x{height} PNG, {png_file.stat().st_size:,} bytes: {png_file}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=False)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="workreport-build-check-"))
    started = time.perf_counter()
    try:
        status = check(max(1, args.runs), work)
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        say(f"build check FAILED: {error}")
        status = 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    say(f"(the build check took {time.perf_counter() - started:.0f} s)")
    return status


if __name__ == "__main__":
    sys.exit(main())
