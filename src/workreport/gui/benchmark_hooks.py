"""Start-up milestones for ``benchmarks/startup.py``, printed by the running program.

With ``WORKREPORT_BENCHMARK=first-paint`` the window prints ``first-paint <time.time()> <peak RSS
KB>`` once the section tree and the figure table have both painted for the first time, then exits;
with ``charts`` it goes on to the Charts tab and prints ``charts <time.time()> <peak RSS KB>`` once
the first chart has painted, then exits; with ``library`` it prints ``library <time.time()> <peak
RSS KB>`` once the tree has painted the groups of the library's store (at first paint when there is
no store), then exits: the start-up of a window with a library open. The harness took the time just
before it spawned the process, so the difference is what a user waits for. Without the variable
nothing is installed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENVIRONMENT = "WORKREPORT_BENCHMARK"
FIRST_PAINT, CHARTS, LIBRARY = "first-paint", "charts", "library"
MODES = (FIRST_PAINT, CHARTS, LIBRARY)


def peak_rss_kb() -> int:
    """The process's peak resident set size so far, in KB (Linux and macOS report it)."""
    import resource  # POSIX only, and only benchmarks ask

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def milestone(name: str) -> None:
    """Print ``name``, the wall-clock time and the peak RSS on one line, flushed at once."""
    sys.stdout.write(f"{name} {time.time():.6f} {peak_rss_kb()}\n")
    sys.stdout.flush()


class _FirstPaints(QObject):
    """Calls ``done`` once every watched widget has received its first Paint event.

    The call is queued, so it runs after the paint pass that painted the last of them.
    """

    def __init__(self, widgets: list[QWidget], done: Callable[[], None]) -> None:
        super().__init__(widgets[0])
        self._waiting = set(map(id, widgets))
        self._done = done
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and id(watched) in self._waiting:
            self._waiting.discard(id(watched))
            watched.removeEventFilter(self)
            if not self._waiting:
                QTimer.singleShot(0, self._done)
        return False


def install(window: QWidget, mode: str | None) -> None:
    """Watch ``window`` (a MainWindow, before ``show()``) for the milestones of ``mode``."""
    if mode not in MODES:
        return
    from workreport.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    watched = [window.library.tree.viewport(), window.detail.table.viewport()]

    def first_paint() -> None:
        if mode == LIBRARY:
            _library_listed(window).painted()
            return
        milestone(FIRST_PAINT)
        if mode == CHARTS:
            _watch_charts(window)
        else:
            os._exit(0)

    _FirstPaints(watched, first_paint)


def _watch_charts(window: QWidget) -> None:
    from workreport.gui.detail.pane import CHARTS_TAB
    from workreport.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def charts_drawn() -> None:
        milestone(CHARTS)
        os._exit(0)

    def watch() -> None:
        panel = window.detail.charts
        if panel.stale:
            QTimer.singleShot(1, watch)  # the charts are still being built
            return
        chart = panel.first_chart()
        target = chart.viewport() if chart is not None else panel.viewport()
        _FirstPaints([target], charts_drawn)
        target.update()

    window.detail.tabs.setCurrentIndex(CHARTS_TAB)
    watch()


class _LibraryListed(QObject):
    """Prints the ``library`` milestone once the window has painted and the store's listing (if
    any) has been answered and painted in the tree."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._painted = self._listed = False

    def painted(self) -> None:
        self._painted = True
        self._check()

    def listed(self, problem: str) -> None:
        if problem:  # the store could not be listed: no milestone to time
            sys.stderr.write(f"{LIBRARY}: {problem}\n")
            os._exit(1)
        self._listed = True
        self._check()

    def _check(self) -> None:
        if not (self._painted and self._listed):
            return
        from workreport.gui.main_window import MainWindow

        assert isinstance(self._window, MainWindow)
        viewport = self._window.library.tree.viewport()
        _FirstPaints([viewport], _library_done)  # the tree's paint after the groups came
        viewport.update()


def _library_done() -> None:
    milestone(LIBRARY)
    os._exit(0)


def _library_listed(window: QWidget) -> _LibraryListed:
    found = window.findChild(_LibraryListed)
    return found if isinstance(found, _LibraryListed) else _LibraryListed(window)


def store_listed(window: QWidget, mode: str | None) -> Callable[[str], None] | None:
    """In ``library`` mode, what to call once the store's groups are in the tree; else None."""
    return _library_listed(window).listed if mode == LIBRARY else None
