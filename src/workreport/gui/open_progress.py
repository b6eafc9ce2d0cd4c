"""How far the opening of a long document has come, in the status bar, with a Cancel button.

A PDF reports every page read; the bar counts them, and Cancel stops the import at the next page
(the window stays as it was). Short imports finish before the bar is worth showing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QToolButton

from workreport.gui.library import OpenTask

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow


class OpenProgress(QObject):
    """The page bar and the Cancel button of ``window``'s status bar, for its open tasks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks: list[OpenTask] = []
        self.bar = QProgressBar(window)
        self.bar.setObjectName("OpenProgress")
        self.bar.setMaximumWidth(200)
        self.bar.hide()
        self.cancel_button = QToolButton(window)
        self.cancel_button.setObjectName("CancelOpen")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        window.statusBar().addPermanentWidget(self.bar)
        window.statusBar().addPermanentWidget(self.cancel_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening the document"))
        self.bar.setFormat(self.tr("page %v of %m"))

    def track(self, task: OpenTask) -> None:
        """Show ``task``'s pages as it reads them, and let the user cancel it."""
        self.tasks.append(task)
        task.signals.progressed.connect(self._on_progressed)
        task.signals.cancelled.connect(self._on_cancelled)
        task.signals.finished.connect(lambda path, _report: self._forget(path))
        task.signals.failed.connect(lambda path, _message: self._forget(path))
        self.cancel_button.show()

    def cancel(self) -> None:
        for task in self.tasks:
            task.cancel()

    def _on_progressed(self, _path: Path, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.show()

    def _on_cancelled(self, path: Path) -> None:
        self._forget(path)
        self.window.library.open_cancelled(path)

    def _forget(self, path: Path) -> None:
        self.tasks = [task for task in self.tasks if task.path != path]
        if not self.tasks:
            self.bar.hide()
            self.cancel_button.hide()
