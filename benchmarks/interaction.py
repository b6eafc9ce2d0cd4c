"""How instantly the window answers: section switches and Ctrl+C, in-process, offscreen.

The window is shown at 1280×800 with the Charts tab open, so every switch redraws the header, the
table and the charts (``--source`` times it with the Source Text tab open instead). A switch is
timed from the tree selection to the end of processing: ``select_node``, then ``processEvents()``,
which delivers the queued work and paints what changed (Qt posts the update request at once); if
the table or the open tab did not paint in that pass, it is repainted before the clock stops.

- section switch, bundled report: every node of the Zhengzhou report in turn, several passes.
- section switch, synthetic report: to the chapter of 10,000 figures (``synthetic.py``) and back
  to a small chapter, several times; the budget is for the big chapter.
- copy: Ctrl+C on the 10,000-figure table with every row selected, until the clipboard is set.

Usage: .venv/bin/python benchmarks/interaction.py [--rounds N] [--source] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Figure, table
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from synthetic import BIG_CHAPTER, synthetic_report

from workreport.core.library import DEFAULT_REPORT
from workreport.gui import i18n
from workreport.gui.app import application
from workreport.gui.detail.pane import SOURCE_TAB
from workreport.gui.library import bundled_sources, loaded_source
from workreport.gui.main_window import MainWindow
from workreport.gui.tree.node import TreeNode

SWITCH_MEDIAN_MS, SWITCH_P95_MS = 16.0, 33.0
SYNTHETIC_MEDIAN_MS = 50.0
COPY_MS = 200.0


def none_references_lost_per_call() -> int:
    """How many references to None one void Qt call drops: 0, except with a buggy binding.

    PySide6 6.12.0 on CPython 3.11 (where None is not yet immortal) drops one reference to None
    on every call of a method that returns nothing, so a process dies ("none_dealloc") after a
    few thousand calls more than it has references to None.
    """
    probe = QCoreApplication.instance()
    assert probe is not None
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return round((before - sys.getrefcount(None)) / 100)


_ballast: list[bool | None] = []


def _survive_lost_references() -> str:
    """Hold enough references to None, True and False for the benchmark to finish, and say so."""
    lost = none_references_lost_per_call()
    if not lost:
        return ""
    for singleton in (None, True, False):
        _ballast.extend([singleton] * 10_000_000)
    return (
        f"warning: this Qt binding drops {lost} reference(s) to None per void call "
        "(PySide6 6.12.0 on Python 3.11); the benchmark holds 10 million references to None, "
        "True and False to finish"
    )


def _settle(window: MainWindow) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


class _Paints(QObject):
    """Notes which widgets received a Paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[int] = set()

    def watch(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            widget.removeEventFilter(self)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(watched))
        return False


_paints = _Paints()


def _must_paint(window: MainWindow) -> list[QWidget]:
    """The table, and the text or the first chart, whichever tab is open."""
    detail = window.detail
    widgets = [detail.table.viewport()]
    if detail.tabs.currentIndex() == SOURCE_TAB:
        widgets.append(detail.source.viewport())
    elif detail.charts.first_chart() is not None:
        widgets.append(detail.charts.first_chart().viewport())  # type: ignore[union-attr]
    return widgets


def _switch_ms(window: MainWindow, node: TreeNode) -> float:
    _paints.watch(_must_paint(window))
    _paints.painted.clear()
    started = time.perf_counter()
    window.library.select_node(node)
    QApplication.processEvents()
    for widget in _must_paint(window):
        if id(widget) not in _paints.painted and widget.isVisible():
            widget.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not the user's wait
    return elapsed


SHOW_SOURCE = False  # time with the Source Text tab open instead of the Charts tab


def _window(sources: list, select: str) -> MainWindow:  # type: ignore[type-arg]
    window = MainWindow(sources, select=select)
    window.resize(1280, 800)
    window.show()
    window.detail.show_charts()
    if SHOW_SOURCE:
        window.detail.tabs.setCurrentIndex(SOURCE_TAB)
    _settle(window)
    return window


def bundled_switches(rounds: int) -> tuple[list[float], int]:
    window = _window(bundled_sources(), DEFAULT_REPORT)
    report = window.library.tree_model.find_report(DEFAULT_REPORT)
    assert report is not None
    nodes = report.walk()
    for node in nodes:  # one pass unmeasured: first-use costs (fonts, glyph caches)
        _switch_ms(window, node)
    gc.collect()
    times = [_switch_ms(window, node) for _ in range(rounds) for node in nodes]
    window.close()
    window.deleteLater()
    return times, len(nodes)


def synthetic_switches_and_copy(rounds: int) -> tuple[list[float], list[float], list[float]]:
    report = synthetic_report()
    window = _window([loaded_source(report)], report.title)
    root = window.library.tree_model.find_report(report.title)
    assert root is not None
    big = root.find(BIG_CHAPTER)
    small = root.children[1]
    assert big is not None
    _switch_ms(window, big)
    _switch_ms(window, small)
    gc.collect()
    to_big: list[float] = []
    to_small: list[float] = []
    for _ in range(rounds):
        to_big.append(_switch_ms(window, big))
        to_small.append(_switch_ms(window, small))
    _switch_ms(window, big)
    copies = copy_times(window, rounds)
    window.close()
    window.deleteLater()
    return to_big, to_small, copies


def copy_times(window: MainWindow, rounds: int) -> list[float]:
    table = window.detail.table
    rows = table.proxy.rowCount()
    assert rows == 10_000, rows
    table.setFocus()
    table.selectAll()
    QApplication.processEvents()
    clipboard = QGuiApplication.clipboard()
    times = []
    for _ in range(rounds + 1):
        clipboard.clear()
        started = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        elapsed = (time.perf_counter() - started) * 1000
        text = clipboard.mimeData().text()
        assert text.count("\n") == rows + 1, "not every row was copied"
        times.append(elapsed)
    clipboard.clear()
    return times[1:]  # the first copy is unmeasured, as for the switches


def measure(rounds: int) -> dict[str, list[float] | int | str]:
    application()
    warning = _survive_lost_references()
    i18n.set_language(i18n.initial_language(QSettings()))
    switches, nodes = bundled_switches(rounds)
    big, small, copies = synthetic_switches_and_copy(rounds)
    QApplication.processEvents()
    return {
        "switch": switches,
        "nodes": nodes,
        "big": big,
        "small": small,
        "copy": copies,
        "warning": warning,
    }


def figures(result: dict[str, list[float] | int | str]) -> list[Figure]:
    switch = result["switch"]
    assert isinstance(switch, list)
    nodes = result["nodes"]
    return [
        Figure(
            f"section switch, bundled report ({nodes} nodes)",
            switch,
            "ms",
            SWITCH_MEDIAN_MS,
            f"median ≤ {SWITCH_MEDIAN_MS:.0f} ms",
        ),
        Figure(
            "section switch, bundled report, p95",
            switch,
            "ms",
            SWITCH_P95_MS,
            f"p95 ≤ {SWITCH_P95_MS:.0f} ms",
            statistic="p95",
        ),
        Figure(
            "section switch, synthetic: to 10,000 figures",
            result["big"],  # type: ignore[arg-type]
            "ms",
            SYNTHETIC_MEDIAN_MS,
            f"median ≤ {SYNTHETIC_MEDIAN_MS:.0f} ms",
        ),
        Figure("section switch, synthetic: back to 3 figures", result["small"], "ms"),  # type: ignore[arg-type]
        Figure(
            "copy: Ctrl+C of 10,000 rows",
            result["copy"],  # type: ignore[arg-type]
            "ms",
            COPY_MS,
            f"median ≤ {COPY_MS:.0f} ms",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the raw times as JSON")
    parser.add_argument(
        "--source", action="store_true", help="time switches with the Source Text tab open"
    )
    args = parser.parse_args()
    global SHOW_SOURCE  # a command-line switch for the whole run
    SHOW_SOURCE = args.source
    result = measure(args.rounds)
    if args.json:
        print(json.dumps(result))
        sys.stdout.flush()
        os._exit(0)  # skip Qt's teardown: nothing is left to measure
    rows = figures(result)
    if result["warning"]:
        print(result["warning"])
    print(table(rows))
    sys.stdout.flush()
    os._exit(0 if all(f.met is not False for f in rows) else 1)


if __name__ == "__main__":
    main()
