"""The reports of the library's store (those added from files) listed in the tree at start-up.

Listing happens after the window is up: a thread reads the entries in one query (no report is
loaded) and the tree takes them in one go, grouped by level, region and year; what was selected
and opened stays so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from workreport.core.errors import ReportError
from workreport.core.store import Store

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow


class StoreEntries(QThread):
    """Reads the entries of the reports added from files: ``listed`` (list[Entry], and their
    ReportSources made here, off the window's thread) or ``failed``."""

    listed = Signal(object, object)
    failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        from workreport.gui.folder_import import report_source

        try:
            with Store(self.path) as store:
                entries = [e for e in store.entries() if not e.bundled]
        except ReportError as error:
            self.failed.emit(error.message)
            return
        self.listed.emit(entries, [report_source(entry, self.path) for entry in entries])


def list_store(window: MainWindow, path: Path | None = None) -> StoreEntries | None:
    """Start listing the store's reports in ``window``'s tree; None when there is no store."""
    from workreport.gui.folder_import import store_path

    path = path or window.store_path or store_path()
    if not path.exists():
        return None
    task = StoreEntries(path, window)

    def on_listed(entries: list, sources: list) -> None:  # type: ignore[type-arg]
        window.library.add_many(sources)
        if entries:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "%n report(s) of the library listed", "", len(entries)
                ),
                6000,
            )

    task.listed.connect(on_listed)
    task.failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
    task.start()
    return task
