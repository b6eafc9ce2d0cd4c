"""How fast the Keywords view redraws when the words change, for every bundled report.

The view is shown offscreen at 1280×800 with every bundled report loaded (for the comparison across
reports). For each report, after the view has drawn it once (charts made, pyqtgraph imported), the
words are changed again and again; a change is timed from setting the text to the end of the events
it causes, painting included. The budget is 100 ms. Printed per report: the median and the slowest
change with the Counts page shown, and with the Across Reports page shown::

    .venv/bin/python benchmarks/keywords_view_speed.py [--repeat 3]

Exits 1 when a change takes longer than the budget.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from workreport.core.library import list_bundled, load_bundled
from workreport.gui.fonts import ensure_chinese_font
from workreport.gui.keywords import KeywordsView
from workreport.gui.keywords.view import ACROSS_TAB, COUNTS_TAB

BUDGET_MS = 100.0
# typing grows and shrinks the list; the last ones make many charts (two per word)
WORDS: list[str] = [
    "新",
    "创新",
    "创新 高质量发展",
    "新质生产力 改革 开放 民生 专精特新 安全",
    "改革",
    "新 创新 改革",
]


def _ms(app: QApplication, view: KeywordsView, text: str) -> float:
    start = time.perf_counter()
    view.controls.words_edit.setText(text)
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds of word changes (default 3)")
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    ensure_chinese_font()
    entries = list_bundled()
    reports = [load_bundled(entry.id) for entry in entries]
    view = KeywordsView()
    view.resize(1280, 800)
    view.show()
    start = time.perf_counter()
    view.set_context(reports[0], None, reports)
    app.processEvents()
    print(f"first drawing (imports pyqtgraph): {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"budget for a change of words: {BUDGET_MS:.0f} ms; {args.repeat} rounds of {len(WORDS)}")
    print(f"{'counts':>15} {'across':>15}")
    print(f"{'median':>7} {'max':>7} {'median':>7} {'max':>7}  report")
    worst = 0.0
    for entry, report in zip(entries, reports, strict=True):
        figures: list[str] = []
        for tab in (COUNTS_TAB, ACROSS_TAB):
            view.tabs.setCurrentIndex(tab)
            view.controls.words_edit.setText("")
            view.set_context(report, None, reports)
            app.processEvents()
            times = [_ms(app, view, words) for _ in range(args.repeat) for words in WORDS]
            worst = max(worst, *times)
            figures.append(f"{statistics.median(times):>7.1f} {max(times):>7.1f}")
        print(f"{figures[0]} {figures[1]}  {entry.id}")
    view.close()
    view.deleteLater()
    app.processEvents()
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    print(f"slowest change of words: {worst:.1f} ms, {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
