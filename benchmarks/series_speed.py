"""How fast a series and a word trend are: prints figures, exits 1 if a budget is missed.

- a series over the national reports the first time: a fresh :class:`SeriesIndex` over the loaded
  reports, which reads every figure's measure, then the GDP growth series (≤ 300 ms);
- a series after: another measure asked of the same index (≤ 50 ms);
- a word trend over every bundled report: three words counted in each report's whole text, the
  reports' counted text gathered afresh (≤ 200 ms).

The reports are loaded first, as the window holds them; loading is timed apart, with no budget
(it is the library's cost, not the series'). ::

    .venv/bin/python benchmarks/series_speed.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from common import Figure, table

from workreport.core.library import list_bundled, load_bundled
from workreport.core.series import SeriesIndex
from workreport.core.series.measures import is_change_only, measure_key
from workreport.core.series.words import WordTrend

FIRST_MS, AFTER_MS, TREND_MS = 300.0, 50.0, 200.0
MEASURES = ("城镇新增就业", "居民消费价格涨幅", "城镇登记失业率", "城镇调查失业率", "粮食产量")
WORDS = ["改革", "创新", "高质量发展"]


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    entries = list_bundled()
    national_ids = [e.id for e in entries if e.level == "national"]
    start = time.perf_counter()
    national = [load_bundled(i) for i in national_ids]
    load_national = (time.perf_counter() - start) * 1000
    others = [load_bundled(e.id) for e in entries if e.level != "national"]
    everything = national + others
    first, after, trend = [], [], []
    for run in range(args.repeat):
        measure_key.cache_clear()  # the first time: no label seen before
        is_change_only.cache_clear()
        index = SeriesIndex(national)
        first.append(_ms(lambda index=index: index.series("国务院", "国内生产总值增长")))
        measure = MEASURES[run % len(MEASURES)]
        after.append(_ms(lambda index=index, m=measure: index.series("国务院", m)))
        trend.append(_ms(lambda: WordTrend(everything).counts(WORDS)))
    figures = [
        Figure(f"load the {len(national)} national reports (no budget)", [load_national], "ms"),
        Figure(
            f"series over {len(national)} national reports, first time",
            first,
            "ms",
            FIRST_MS,
            f"≤ {FIRST_MS:.0f} ms",
        ),
        Figure("series after (another measure)", after, "ms", AFTER_MS, f"≤ {AFTER_MS:.0f} ms"),
        Figure(
            f"word trend, {len(WORDS)} words over {len(everything)} bundled reports",
            trend,
            "ms",
            TREND_MS,
            f"≤ {TREND_MS:.0f} ms",
        ),
    ]
    print(table(figures))
    return 0 if all(f.met is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
