"""How fast the window lists a large library in its tree, grouped by level, region and year:
prints figures (best of ``--repeat``), no report loaded.

- the tree's model made from 10,000 entries (as at start-up);
- 10,000 entries added at once to a live model (the store's reports, listed after start-up);
- 500 reports landing one by one (an Open Folder import), each with its rows inserted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/library_tree_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import time

from PySide6.QtWidgets import QApplication

from workreport.gui.tree.model import SectionTreeModel
from workreport.gui.tree.node import ReportSource

LEVELS = ("provincial", "prefectural", "county", "zone", "")


def _not_loaded() -> None:
    raise AssertionError("listing must not load a report")


def sources(count: int, start: int = 0) -> list[ReportSource]:
    """``count`` entries over 5 levels, 700 regions and 15 years."""
    return [
        ReportSource(
            f"r{n}",
            f"报告{n}",
            LEVELS[n % 5],
            _not_loaded,  # type: ignore[arg-type]
            region=f"地区{n % 700}",
            year=2010 + n % 15,
        )
        for n in range(start, start + count)
    ]


def best(repeat: int, run) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        run()
        times.append(time.perf_counter() - begin)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    many = sources(10_000)
    landing = sources(500, start=10_000)
    made = best(args.repeat, lambda: SectionTreeModel(many))
    added = best(args.repeat, lambda: SectionTreeModel([]).add_reports(many))

    def land() -> float:
        model = SectionTreeModel(many)
        begin = time.perf_counter()
        for source in landing:
            model.add_report(source, source.level or "other")
        return time.perf_counter() - begin

    landed = min(land() for _ in range(args.repeat)) * 1000
    groups = len(SectionTreeModel(many).group_nodes())
    print(f"tree of 10,000 entries ({groups} groups): {made:.0f} ms")
    print(f"10,000 entries added to a live model: {added:.0f} ms")
    print(f"500 reports landing one by one: {landed:.0f} ms ({landed / 500:.2f} ms each)")


if __name__ == "__main__":
    main()
