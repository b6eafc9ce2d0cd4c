"""How fast Compare and Series answer across a library's store (what their worker threads do):
prints figures (best of ``--repeat``), with the bundled reports in memory as in the window.

- Compare: each region's newest report chosen, the target labels counted and the GDP growth
  targets read (the view's first answer), then another query (城镇调查失业率, every figure);
- Series: the regions listed (the region picker), then the stored region with most years: its
  reports loaded from the store (one a year) and its GDP growth series.

Make a store first, e.g. ``benchmarks/scale.py --reports 1000 --keep DIR``, then

    .venv/bin/python benchmarks/store_views_speed.py STORE [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workreport.core.errors import ReportError
from workreport.core.library import bundled_ids, load_bundled
from workreport.core.model import Report
from workreport.core.series import SeriesIndex
from workreport.core.store import Store
from workreport.core.store.whole_library import (
    compare_library,
    library_regions,
    library_target_labels,
    newest,
    region_reports,
)


def best(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The fastest of ``repeat`` runs in milliseconds, and the last answer."""
    times, answer = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        answer = work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), answer


def bundled() -> list[Report]:
    reports = []
    for report_id in bundled_ids():
        try:
            reports.append(load_bundled(report_id))
        except ReportError:
            continue
    return reports


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    memory = bundled()
    with Store(args.store) as store:
        print(f"store: {store.added_count()} reports added from files, {len(memory)} in memory")

        def first_answer() -> tuple[int, int, int]:
            chosen = newest(store, memory)
            labels = library_target_labels(store, chosen)
            rows = compare_library(store, "gdp_growth", chosen, targets_only=True, first_only=True)
            return len(chosen), len(labels), len(rows)

        ms, (regions, labels, rows) = best(args.repeat, first_answer)
        print(
            f"Compare, first answer (newest of {regions} regions, {labels} target labels,"
            f" {rows} GDP growth rows): {ms:.0f} ms"
        )
        chosen = newest(store, memory)
        ms, found = best(
            args.repeat,
            lambda: compare_library(store, "城镇调查失业率", chosen, first_only=False),
        )
        print(
            f"Compare, another query (城镇调查失业率, every figure: {len(found)} rows): {ms:.0f} ms"
        )
        ms, listed = best(args.repeat, lambda: library_regions(store, memory))
        print(f"Series, the regions listed ({len(listed)}): {ms:.0f} ms")
        region = library_regions(store, [])[0]  # the stored region with most years

        def series() -> tuple[int, int]:
            index = SeriesIndex(
                [r for r in memory if r.region == region]
                + [r for _, r in region_reports(store, region)]
            )
            return len(index.years(region)), len(index.series(region, "生产总值增长"))

        ms, (years, rows) = best(args.repeat, series)
        print(f"Series of {region} ({years} years loaded, {rows} rows): {ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
