"""Report sources for the tree: the bundled library (listed from its index, loaded lazily) and
files opened by the user (imported on a worker thread)."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from workreport.core.errors import ReportError
from workreport.core.library import list_bundled, load_bundled, open_report
from workreport.core.model import Report
from workreport.core.sources import ImportCancelled
from workreport.gui.tree.node import ReportSource

STORE_PREFIX = "store:"  # the id of a report listed from the library's store: store:<path>:<key>


def bundled_sources() -> list[ReportSource]:
    """Every bundled report, unloaded."""
    return [
        ReportSource(
            entry.id,
            entry.title,
            entry.level,
            partial(load_bundled, entry.id),
            region=entry.region,
            year=entry.year,
        )
        for entry in list_bundled()
    ]


def loaded_source(report: Report, source_id: str = "") -> ReportSource:
    return ReportSource(
        source_id or report.title,
        report.title,
        report.level,
        lambda: report,
        report,
        region=report.region,
        year=report.year,
    )


class _Signals(QObject):
    finished = Signal(object, object)  # (path, Report)
    failed = Signal(object, str)  # (path, message)
    progressed = Signal(object, int, int)  # (path, pages read, pages in all)
    cancelled = Signal(object)  # path


class OpenTask(QRunnable):
    """Load or import one file off the GUI thread; emits ``finished``, ``failed`` or, after
    :meth:`cancel`, ``cancelled``; ``progressed`` on the way through a long document."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.signals = _Signals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop at the next page (from any thread)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ImportCancelled
        self.signals.progressed.emit(self.path, done, total)

    def run(self) -> None:
        try:
            report = open_report(str(self.path), self._progress)
            if self._stop.is_set():
                raise ImportCancelled
        except ImportCancelled:
            self.signals.cancelled.emit(self.path)
        except ReportError as error:
            self.signals.failed.emit(self.path, error.message)
        except Exception as error:  # a bug must reach the user as a message, not end the thread
            self.signals.failed.emit(self.path, f"{self.path}: unexpected error: {error!r}")
        else:
            self.signals.finished.emit(self.path, report)
