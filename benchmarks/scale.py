"""The library at scale: N synthetic report files imported into a store, then queried.

The files are made once per N (cached in ``$TMPDIR/workreport-scale/N``, outside the repository)
from the corpus's 31 provincial texts: report ``i`` takes text ``i mod 31``, names another
province and a year from 2015 to 2025 in its title, and shuffles its paragraphs (the long lines;
headings stay where they are, so that it still has its chapters). Then, in a fresh store:

- import: every file on one worker process per core (``core/store/folder.import_files``), MB/s of
  file bytes (goal: at least 8 MB/s);
- start-up: the window (``python -m workreport``) from spawn to its tree painted with the store's
  groups (level and region: what the tree shows before a group is opened), against the window with
  no store, from spawn to its first paint (goal: at most 1.1 times); and, in the core alone, a fresh
  process that lists the bundled reports against one that also opens the store and lists its
  groups, or all N reports' entries. Compiled bytecode is kept between spawns, as an installed
  program has it;
- keyword count across all: 改革, 新 and 发展, per report (goal: at most 1 s);
- Find: time to the first results of a phrase, and to all of a rare one (goal: first results in at
  most 200 ms);
- a measure across all: every GDP growth figure (goal: at most 1 s);
- peak memory of the importing process and of its largest worker (goal: at most 600 MB).

Usage: .venv/bin/python benchmarks/scale.py [--reports 100 1000 10000] [--workers N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import BYTECODE, PYTHON, child_environment, settings_folder, spawn_until

from workreport.core.store import Store, queries
from workreport.core.store.folder import import_files, report_files
from workreport.core.store.location import ENVIRONMENT as DATA_FOLDER
from workreport.core.store.location import STORE_NAME

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "provinces"
CACHE = Path(tempfile.gettempdir()) / "workreport-scale"
GOALS = {"import": 8.0, "startup": 1.1, "count": 1.0, "find": 0.2, "measure": 1.0, "memory": 600}


def _is_paragraph(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 60 and not stripped[:4].rstrip("、.．").isdigit()


def synthetic_text(base: str, province: str, other: str, year: int, rng: random.Random) -> str:
    lines = base.splitlines()
    lines[0] = lines[0].replace("2025年", f"{year}年").replace(province, other)
    places = [n for n, line in enumerate(lines) if n > 2 and _is_paragraph(line)]
    paragraphs = [lines[n] for n in places]
    rng.shuffle(paragraphs)
    for n, paragraph in zip(places, paragraphs, strict=True):
        lines[n] = paragraph
    return "\n".join(lines) + "\n"


def build(count: int) -> Path:
    """The folder of ``count`` synthetic report files, made unless it is there already."""
    folder = CACHE / str(count)
    done = folder / ".complete"
    if done.exists():
        return folder
    rng = random.Random(count)
    bases = []
    for path in sorted(CORPUS.glob("*.txt")):  # 2025年河南省政府工作报告.txt: 河南省
        province = path.stem.removeprefix("2025年").removesuffix("政府工作报告")
        bases.append((path.read_text("utf-8"), province))
    provinces = [province for _, province in bases]
    for number in range(count):
        base, province = bases[number % len(bases)]
        other = rng.choice([p for p in provinces if p != province])
        text = synthetic_text(base, province, other, rng.randint(2015, 2025), rng)
        sub = folder / f"{number // 1000:02}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"report-{number:05}.txt").write_text(text, "utf-8")
    done.touch()
    return folder


def timed(action: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


LIST_BUNDLED = "from workreport.core.library import list_bundled; list_bundled()"
OPEN_STORE = (
    LIST_BUNDLED
    + "; import sys; from pathlib import Path; from workreport.core.store import Store;"
    " store = Store(Path(sys.argv[1]))"
)
LIST_GROUPS = OPEN_STORE + "; store.groups()"  # a tree of groups, each listed when opened
LIST_STORE = OPEN_STORE + "; store.entries()"  # every report's entry at once


def startup(code: str, store: Path, rounds: int = 7) -> float:
    # bytecode compiled once and kept, as an installed program has it (else each spawn compiles
    # every module it imports, and the store's few modules cost as much to compile as to run)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)

    def spawn() -> None:
        subprocess.run([sys.executable, "-c", code, str(store)], check=True, env=env)

    spawn()  # file caches
    return timed(spawn, rounds)


def window_startup(store: Path, rounds: int = 11) -> tuple[float, float]:
    """Median seconds to the window's tree painted with no store, and with ``store``'s groups
    (``WORKREPORT_BENCHMARK=library``), spawned in turn."""
    times: tuple[list[float], list[float]] = ([], [])
    with settings_folder() as settings, tempfile.TemporaryDirectory() as empty:
        env = child_environment(settings) | {"WORKREPORT_BENCHMARK": "library"}
        for round_ in range(rounds + 1):  # the first round fills the caches
            for folder, seconds in zip((empty, str(store.parent)), times, strict=True):
                command = [PYTHON, "-m", "workreport"]
                reached = spawn_until(command, env | {DATA_FOLDER: folder}, "library")
                if round_:
                    seconds.append(reached.seconds)
    return statistics.median(times[0]), statistics.median(times[1])


def first(phrase: str, store: Store) -> Callable[[], object]:
    return lambda: next(queries.find(store, phrase), None)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure(count: int, workers: int | None, keep: Path | None) -> dict[str, str]:
    folder = build(count)
    files = report_files(folder)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    with tempfile.TemporaryDirectory(prefix="workreport-scale-store-") as temporary:
        path = (keep or Path(temporary)) / str(count) / STORE_NAME  # as WORKREPORT_DATA has it
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
        store = Store(path)
        load = os.getloadavg()[0]
        own, children = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        outcomes = import_files(store, files, workers=workers)
        seconds = time.perf_counter() - start
        own = cpu_seconds(resource.RUSAGE_SELF) - own
        children = cpu_seconds(resource.RUSAGE_CHILDREN) - children
        failed = [o for o in outcomes if o.error]
        figures = {
            "files": f"{len(files)} ({megabytes:.0f} MB), {len(failed)} failed",
            "import": f"{megabytes / seconds:.2f} MB/s ({seconds:.0f} s, load before {load:.1f})",
            "import CPU: workers / writing process": (
                f"{children:.0f} s / {own:.0f} s: {megabytes / children:.2f} MB per worker CPU s"
            ),
        }
        start = time.perf_counter()
        import_files(store, files, workers=workers)
        figures["re-open (nothing changed)"] = f"{time.perf_counter() - start:.2f} s"
        bundled_only, with_library = window_startup(path)
        figures["start-up of the window: no store / library listed"] = (
            f"{bundled_only:.3f} s / {with_library:.3f} s = {with_library / bundled_only:.2f}×"
        )
        bundled_only = startup(LIST_BUNDLED, path)
        for name, code in (("groups", LIST_GROUPS), ("every entry", LIST_STORE)):
            with_library = startup(code, path)
            figures[f"core start-up: bundled / with library ({name})"] = (
                f"{bundled_only:.3f} s / {with_library:.3f} s = {with_library / bundled_only:.2f}×"
            )
        for word in ("改革", "新", "发展"):
            seconds = timed(lambda word=word: queries.keyword_counts(store, [word]))
            figures[f"keyword count {word}, all reports"] = f"{seconds * 1000:.0f} ms"
        figures["find 高质量发展: first result"] = (
            f"{timed(first('高质量发展', store)) * 1000:.1f} ms"
        )
        batch = timed(lambda: next(queries.find_batches(store, "高质量发展", size=200), None))
        figures["find 高质量发展: first batch of 200"] = f"{batch * 1000:.1f} ms"
        rare = timed(lambda: list(queries.find(store, "新质生产力发展")))
        figures["find 新质生产力发展: every result"] = f"{rare * 1000:.0f} ms"
        seconds = timed(lambda: queries.measure(store, "gdp_growth"))
        figures["measure gdp_growth, all reports"] = f"{seconds * 1000:.0f} ms"
        store.close()
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
        figures["store size"] = f"{size:.0f} MB"
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures["peak RSS: this process / largest worker"] = f"{own:.0f} MB / {children:.0f} MB"
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--workers", type=int, help="import processes (default: one per core)")
    parser.add_argument("--keep", type=Path, help="keep each store in this folder")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.1f} at the start; goals: {GOALS}")
    for count in args.reports:
        print(f"\n{count} reports", flush=True)
        for name, value in measure(count, args.workers, args.keep).items():
            print(f"  {name:<50} {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
