"""How fast the window lists a large library in its tree, grouped by level, region and year:
prints figures (best of ``--repeat``), no report loaded.

- the tree's model made from 10,000 entries (as at start-up);
- 10,000 entries added at once to a live model (the store's reports, listed after start-up);
- 500 reports landing one by one (an Open Folder import), each with its rows inserted;
- the store's 31 region groups of 360 counted at start-up, then one region's 360 listed when it
  is opened (the store's query not included: a few ms more, ``tests/gui/test_store_tree.py``).

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
    counts = [("provincial", f"省{n:02d}", 360) for n in range(31)]
    region = [
        ReportSource(
            f"s{n}", f"报告{n}", "provincial", _not_loaded,  # type: ignore[arg-type]
            region="省00", year=2015 + n % 11, stored=("provincial", "省00"),
        )
        for n in range(360)
    ]  # fmt: skip

    def open_region() -> tuple[float, float]:
        model = SectionTreeModel(sources(84))
        begin = time.perf_counter()
        model.add_groups(counts)
        listed = time.perf_counter()
        group = model.unlisted_group("provincial", "省00")
        assert group is not None and model.list_group(group, region)
        return listed - begin, time.perf_counter() - listed

    timed = [open_region() for _ in range(args.repeat)]
    counted, opened = (min(t[i] for t in timed) * 1000 for i in (0, 1))
    print(f"tree of 10,000 entries ({groups} groups): {made:.0f} ms")
    print(f"10,000 entries added to a live model: {added:.0f} ms")
    print(f"500 reports landing one by one: {landed:.0f} ms ({landed / 500:.2f} ms each)")
    print(f"31 region groups of the store counted: {counted:.1f} ms")
    print(f"a region of 360 listed when opened: {opened:.1f} ms")


if __name__ == "__main__":
    main()
