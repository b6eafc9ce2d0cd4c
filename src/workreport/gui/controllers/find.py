"""Find: the text field that filters the tree and the figures of every report, and its keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class FindController(QObject):
    """``needleChanged`` says what to look for (empty: everything); Esc clears it, and Down or
    Enter asks to go to the results (``resultsRequested``)."""

    needleChanged = Signal(str)
    resultsRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("FindEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.needleChanged)
        self.edit.installEventFilter(self)

    @property
    def text(self) -> str:
        """What is looked for, without surrounding spaces."""
        return self.edit.text().strip()

    def start(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        self.edit.clear()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find figures and text (Ctrl+F)"))
        self.edit.setToolTip(
            self.tr("Filter the sections and figures of the whole report; Esc clears")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.resultsRequested.emit()
                return True
        return super().eventFilter(watched, event)
