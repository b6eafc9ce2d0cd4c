"""Edit ▸ Paste as Report: the clipboard's report (a browser selection's HTML, or plain text)
imported on a worker thread and listed under Opened files, named from its title.

Ctrl+Shift+V anywhere, and Ctrl+V while the tree has focus (elsewhere Ctrl+V pastes as usual).
Save Report as JSON then keeps it like any opened report.
"""

from __future__ import annotations

from itertools import count
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from workreport.core.errors import ReportError
from workreport.core.library import import_clipboard
from workreport.core.model import Report
from workreport.gui.errors import show_report_error
from workreport.gui.library import loaded_source

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow


class _Signals(QObject):
    finished = Signal(object)  # Report
    failed = Signal(str)


class PasteTask(QRunnable):
    """Import the clipboard's HTML and text off the GUI thread."""

    def __init__(self, html: str, text: str) -> None:
        super().__init__()
        self.html, self.text = html, text
        self.signals = _Signals()

    def run(self) -> None:
        try:
            report = import_clipboard(self.html, self.text)
        except ReportError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # a bug reaches the user as a message, not a dead thread
            self.signals.failed.emit(f"clipboard: unexpected error: {error!r}")
        else:
            self.signals.finished.emit(report)


class PasteAsReport(QObject):
    """The paste action of ``window`` and what it does."""

    sig_pasted = Signal(object)  # the tree node of the pasted report
    sig_failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._numbers = count(1)
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.action.triggered.connect(self.paste)
        self.tree_action = QAction(window.library.tree)
        self.tree_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.tree_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree_action.triggered.connect(self.paste)
        window.library.tree.addAction(self.tree_action)
        window.menus.edit_menu.insertAction(window.menus.find_action, self.action)
        window.menus.edit_menu.insertSeparator(window.menus.find_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Paste as Report"))
        tip = self.tr(
            "Open the copied text of a report (from a web page or a document) as a report"
        )
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        html = data.html() if data is not None and data.hasHtml() else ""
        text = data.text() if data is not None and data.hasText() else ""
        task = PasteTask(html, text)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.window.statusBar().showMessage(self.tr("Importing the clipboard…"))
        QThreadPool.globalInstance().start(task)

    def _on_finished(self, report: Report) -> None:
        source = loaded_source(report, f"clipboard-{next(self._numbers)}")
        node = self.window.library.tree_model.add_report(source)
        self.window.library.select_node(node)
        self.window.statusBar().showMessage(
            self.tr("Pasted {title}").format(title=report.title), 6000
        )
        self.sig_pasted.emit(node)

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        show_report_error(self.window, message)
        self.sig_failed.emit(message)
