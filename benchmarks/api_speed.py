"""How fast the Python API gives a researcher the figures: prints figures, exits 1 if one is over
its budget.

- ``import workreport`` in a fresh interpreter (pandas not imported): budget 0.5 s;
- ``wr.figures(wr.library())`` in a fresh interpreter: loading every bundled report and making
  the DataFrame of all their figures (pandas imported): budget 6 s;
- ``figure_rows`` of the largest bundled report, as the window's table makes them on every switch
  to a report: budget 10 ms.

    .venv/bin/python benchmarks/api_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from common import Figure, table

from workreport.core.library import bundled_ids, load_bundled
from workreport.core.record import figure_rows


def _child_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    imports = [_child_seconds("import workreport") for _ in range(args.repeat)]
    whole = [
        _child_seconds("import workreport as wr; wr.figures(wr.library())")
        for _ in range(args.repeat)
    ]
    reports = [load_bundled(report_id) for report_id in bundled_ids()]
    largest = max(reports, key=lambda r: sum(1 for _ in r.all_indicators()))
    rows_ms = []
    for _ in range(args.repeat * 4):
        start = time.perf_counter()
        rows = figure_rows(largest)
        rows_ms.append((time.perf_counter() - start) * 1000)
    figures = [
        Figure("import workreport", imports, "s", 0.5, "≤ 0.5 s"),
        Figure("wr.figures(wr.library())", whole, "s", 6.0, "≤ 6 s"),
        Figure(f"figure_rows({largest.id}, {len(rows)} rows)", rows_ms, "ms", 10.0, "≤ 10 ms"),
    ]
    print(table(figures))
    return 0 if all(f.met is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
