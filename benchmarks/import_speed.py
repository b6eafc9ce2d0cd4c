"""How fast the importer reads: import all 33 corpus texts in one process, on one core.

Usage: .venv/bin/python benchmarks/import_speed.py [CORPUS] [--rounds N]
Prints each round's time and the best throughput in MB/s of UTF-8 text (goal: at least 2 MB/s).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from workreport.core.importer import import_text

ROOT = Path(__file__).resolve().parent.parent
GOAL_MB_PER_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(args.corpus.rglob("*.txt"))
    texts = [path.read_text("utf-8") for path in paths]
    size = sum(len(text.encode("utf-8")) for text in texts)
    best = float("inf")
    figures = 0
    for round_number in range(1, args.rounds + 1):
        started = time.perf_counter()
        reports = [
            import_text(text, name=str(path)) for path, text in zip(paths, texts, strict=True)
        ]
        elapsed = time.perf_counter() - started
        best = min(best, elapsed)
        figures = sum(1 for report in reports for _ in report.all_indicators())
        print(f"round {round_number}: {elapsed:.3f} s")
    speed = size / 1e6 / best
    print(
        f"{len(paths)} texts, {size / 1e6:.2f} MB, {figures} figures: "
        f"best {best:.3f} s = {speed:.2f} MB/s (goal {GOAL_MB_PER_S} MB/s)"
    )
    return 0 if speed >= GOAL_MB_PER_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
