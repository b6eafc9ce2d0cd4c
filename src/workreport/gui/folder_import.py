"""File ▸ Open Folder…: every report file below a folder into the library's store, in the
background, with a progress bar, a Cancel and the failures listed (and exportable).

The import runs ``core/store/folder.import_files`` on a thread of its own (which hands the files to
worker processes), so the window stays responsive; each report is added to the tree, under its
level, as soon as it is committed to the store (in a region group not opened yet, only its count
grows: the group lists it when opened). The store is ``library.sqlite3`` in Qt's
AppDataLocation (or ``$WORKREPORT_DATA``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QStringListModel, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workreport.core.errors import ReportError
from workreport.core.jsonformat import write_atomically
from workreport.core.model import Report
from workreport.core.store import Entry, Store, default_store_path
from workreport.core.store.folder import Outcome, Progress, failures_csv, import_files, report_files
from workreport.gui.library import STORE_PREFIX
from workreport.gui.tree.groups import store_level
from workreport.gui.tree.node import ReportSource

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow


def store_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return default_store_path(Path(folder) if folder else None)


class FolderImport(QThread):
    """Imports the files below ``folder`` into the store at ``path``; cancel with :meth:`cancel`.

    Signals come from this thread and are delivered to the window's thread queued.
    """

    progressed = Signal(int, int, int, float)  # done, total, failed, seconds left (-1: unknown)
    landed = Signal(object, bool)  # the Entry of a report now in the store; whether new to it
    failedFile = Signal(str)  # a file's one-line problem
    failedAll = Signal(str)  # the folder or the store could not be read at all

    def __init__(
        self, folder: Path, path: Path, workers: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.path = path
        self.workers = workers
        self.outcomes: list[Outcome] = []
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with Store(self.path) as store:
                files = report_files(self.folder)
                self.progressed.emit(0, len(files), 0, -1.0)

                def on_outcome(outcome: Outcome, progress: Progress) -> None:
                    if outcome.error:
                        self.failedFile.emit(outcome.error)
                    elif outcome.key is not None:
                        self.landed.emit(_entry(store, outcome.key), outcome.imported)
                    left = progress.seconds_left()
                    self.progressed.emit(
                        progress.done,
                        progress.total,
                        progress.failed,
                        -1.0 if left is None else left,
                    )

                self.outcomes = import_files(
                    store,
                    files,
                    workers=self.workers,
                    on_outcome=on_outcome,
                    cancelled=self._cancel.is_set,
                )
        except ReportError as error:
            self.failedAll.emit(error.message)


def _entry(store: Store, key: int) -> Entry:
    found = store.entry(key)  # one indexed look-up, not a scan per report landed
    assert found is not None, "a report just committed is in the store"
    return found


def report_source(entry: Entry, path: Path) -> ReportSource:
    """A tree entry for a stored report, loaded from the store when first shown."""

    def load() -> Report:
        with Store(path) as store:
            return store.load(entry.key)

    title = entry.title
    if entry.year and str(entry.year) not in title:
        title = f"{title} ({entry.year})"
    return ReportSource(
        f"{STORE_PREFIX}{path}:{entry.key}",
        title,
        entry.level,
        load,
        region=entry.region,
        year=entry.year,
        stored=(entry.level, entry.region),
    )


class FolderImportDialog(QDialog):
    """Progress (files done, failures, time left), Cancel, and the failures with their reasons."""

    def __init__(self, task: FolderImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setWindowTitle(self.tr("Open Folder"))
        self.status = QLabel(self.tr("Looking for report files in {folder}…").format(
            folder=task.folder
        ))  # fmt: skip
        self.bar = QProgressBar()
        self.failures = QStringListModel(self)
        self.failure_list = QListView()
        self.failure_list.setModel(self.failures)
        self.failure_list.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("Export Failures…"))
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.export_button.clicked.connect(self.export_failures)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.bar, self.failure_list, self.buttons):
            layout.addWidget(widget)
        task.progressed.connect(self._on_progressed)
        task.failedFile.connect(self._on_failed_file)
        task.failedAll.connect(self._on_failed_all)
        task.finished.connect(self._on_finished)
        self.resize(640, 360)

    def _on_progressed(self, done: int, total: int, failed: int, left: float) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        text = self.tr("{done} of {total} files, {failed} failed").format(
            done=done, total=total, failed=failed
        )
        if left >= 0 and done < total:
            text += self.tr(", about {seconds} s left").format(seconds=round(left))
        self.status.setText(text)

    def _on_failed_file(self, message: str) -> None:
        row = self.failures.rowCount()
        self.failures.insertRows(row, 1)
        self.failures.setData(self.failures.index(row), message)
        self.failure_list.setVisible(True)
        self.export_button.setEnabled(True)

    def _on_failed_all(self, message: str) -> None:
        self.status.setText(message)

    def _on_cancel(self) -> None:
        if self.task.isRunning():
            self.task.cancel()
            self.status.setText(self.tr("Cancelling: finishing the files being imported…"))
            self.cancel_button.setEnabled(False)
        else:
            self.accept()

    def _on_finished(self) -> None:
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def export_failures(self, target: Path | None = None) -> None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Failures"), "failures.csv", self.tr("CSV (*.csv)")
            )
            if not chosen:
                return
            target = Path(chosen)
        outcomes = self.task.outcomes or [
            Outcome(line.split(": ", 1)[0], error=line) for line in self.failures.stringList()
        ]
        write_atomically(target, failures_csv(outcomes).encode("utf-8"))

    def closeEvent(self, event: object) -> None:
        self.task.cancel()
        self.task.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def start_folder_import(
    window: MainWindow, folder: Path, path: Path | None = None, workers: int | None = None
) -> FolderImportDialog:
    """Import ``folder`` into the store and list each report in ``window``'s tree as it lands."""
    path = path or store_path()
    task = FolderImport(folder, path, workers, window)
    dialog = FolderImportDialog(task, window)
    listed: set[int] = set()

    def on_landed(entry: Entry, imported: bool) -> None:
        if entry.key in listed:
            return
        listed.add(entry.key)
        model = window.library.tree_model
        source = report_source(entry, path)
        if model.find_report(source.id) is not None:
            return
        group = model.unlisted_group(entry.level, entry.region)
        if group is None:  # listed in its region group, or a group of its own
            model.add_report(source, store_level(entry.level))
        elif imported:  # in the store's count of its group when it was in the store already
            model.count_unlisted(group, (entry.level, entry.region))

    task.landed.connect(on_landed)
    task.start()
    dialog.show()
    return dialog


def open_folder_dialog(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(window, window.tr("Open Folder of Reports"))
    if folder:
        start_folder_import(window, Path(folder))
