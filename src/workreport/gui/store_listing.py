"""The reports of the library's store (those added from files) listed in the tree at start-up.

Listing happens after the window is up: a thread reads the entries in one query (no report is
loaded) and the tree takes them in one go, grouped by level, region and year; what was selected
and opened stays so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workreport.core.store import Store
from workreport.core.store.store import Entry
from workreport.gui.store_query import StoreQuestion

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow
    from workreport.gui.tree.node import ReportSource


def _entries(path: Path) -> Callable[[Store], tuple[list[Entry], list[ReportSource]]]:
    """The question asked of the store: the entries of the reports added from files, and their
    ReportSources, made off the window's thread."""

    def work(store: Store) -> tuple[list[Entry], list[ReportSource]]:
        from workreport.gui.folder_import import report_source

        entries = [e for e in store.entries() if not e.bundled]
        return entries, [report_source(entry, path) for entry in entries]

    return work


def list_store(window: MainWindow, path: Path | None = None) -> StoreQuestion | None:
    """Start listing the store's reports in ``window``'s tree; None when there is no store."""
    from workreport.gui.folder_import import store_path

    path = path or window.store_path or store_path()
    if not path.exists():
        return None
    task = StoreQuestion(path, _entries(path), window)

    def on_listed(answer: tuple[list[Entry], list[ReportSource]]) -> None:
        entries, sources = answer
        window.library.add_many(sources)
        if entries:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "%n report(s) of the library listed", "", len(entries)
                ),
                6000,
            )

    task.answered.connect(on_listed)
    task.failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
    task.start()
    return task
