"""Every benchmark in one run, as one table: benchmark | median | spread | budget | met?

    .venv/bin/python benchmarks/run_all.py [--rounds 9] [--switch-rounds 7] [--import-rounds 7]

Start-up and memory (``startup.py``: the app and the floors Python and Qt set, alternating),
section switches and copy (``interaction.py``, in a process of its own), and import speed
(``import_speed.py``). The table also goes to ``benchmarks/latest.txt``, under a line naming the
machine. Exit status 1 when a budget is not met. Takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import startup
from common import HERE, PYTHON, ROOT, Figure, child_environment, settings_folder, table

IMPORT_GOAL_MB_PER_S = 2.0  # import_speed.py's goal


def machine() -> str:
    """CPU, cores, memory, system and the versions that matter, on one line."""
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text("utf-8")
        cpu = re.search(r"model name\s*:\s*(.*)", info).group(1).strip()  # type: ignore[union-attr]
        kb = int(re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        memory = f", {kb / 1024**2:.0f} GB"
    except (OSError, AttributeError):
        memory = ""
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("PySide6-Essentials", "pandas", "pyqtgraph", "numpy")
    )
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {versions}"
    )


def interaction(rounds: int) -> list[Figure]:
    import interaction as switches  # for its budgets and table rows; Qt is imported by the child

    with settings_folder() as folder:
        done = subprocess.run(
            [PYTHON, str(HERE / "interaction.py"), "--json", "--rounds", str(rounds)],
            env=child_environment(folder),
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"interaction.py failed:\n{done.stdout}\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result.get("warning"):
        print(result["warning"])
    return switches.figures(result)


def import_speed(rounds: int) -> Figure:
    done = subprocess.run(
        [PYTHON, str(HERE / "import_speed.py"), "--rounds", str(rounds)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    seconds = [float(s) for s in re.findall(r"^round \d+: ([\d.]+) s$", done.stdout, re.M)]
    size = re.search(r"([\d.]+) MB, \d+ figures", done.stdout)
    if not seconds or size is None:
        raise RuntimeError(f"import_speed.py printed no rounds:\n{done.stdout}\n{done.stderr}")
    megabytes = float(size.group(1))
    return Figure(
        "import: all corpus texts",
        [megabytes / s for s in seconds],
        "MB/s",
        IMPORT_GOAL_MB_PER_S,
        f"≥ {IMPORT_GOAL_MB_PER_S} MB/s",
        at_least=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="start-up rounds (default 9)")
    parser.add_argument("--switch-rounds", type=int, default=7, help="passes (default 7)")
    parser.add_argument("--import-rounds", type=int, default=7, help="imports (default 7)")
    args = parser.parse_args()
    started = time.perf_counter()
    print("start-up: app and floors, alternating", flush=True)
    launch = startup.measure(args.rounds)
    print("section switches and copy", flush=True)
    answers = interaction(args.switch_rounds)
    print("import speed", flush=True)
    imports = import_speed(args.import_rounds)
    rows = startup.figures(launch)
    rows[4:4] = [*answers, imports]  # after the times of start-up, before its memory
    head = [
        f"workreport benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{time.perf_counter() - started:.0f} s",
        f"machine: {machine()}",
        f"app started as: {launch.app}; offscreen (QT_QPA_PLATFORM=offscreen); "
        f"start-up {args.rounds} rounds, switches {args.switch_rounds} passes",
    ]
    text = "\n".join([*head, "", table(rows)]) + "\n"
    print()
    print(text, end="")
    (HERE / "latest.txt").write_text(text, "utf-8")
    return 0 if all(f.met is not False for f in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
