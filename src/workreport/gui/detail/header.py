"""The header of the detail pane: title, breadcrumb, English gloss, counts. Plain text only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workreport.gui.tree.node import TreeNode

KEYWORD = "新"


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # report text is never rich text
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class DetailHeader(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.breadcrumb = _plain_label(self)
        self.title = _plain_label(self)
        self.gloss = _plain_label(self)
        self.counts = _plain_label(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Section title"))
        self.breadcrumb.setForegroundRole(self.breadcrumb.foregroundRole())
        self.breadcrumb.setEnabled(False)  # drawn in the palette's secondary text colour
        self.gloss.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        for label in (self.breadcrumb, self.title, self.gloss, self.counts):
            layout.addWidget(label)

    def show_node(self, node: TreeNode) -> None:
        path = node.path()
        ancestors = [n.title for n in path[:-1] if not n.is_group]
        self.breadcrumb.setText(" › ".join(ancestors))
        self.title.setText(node.title)
        self.gloss.setText(node.gloss)
        self.gloss.setVisible(bool(node.gloss))
        text = node.text()
        self.counts.setText(
            self.tr(
                "{figures} figures · {characters} characters · “{keyword}” occurs {count} times"
            ).format(
                figures=len(node.figures()),
                characters=sum(1 for char in text if not char.isspace()),
                keyword=KEYWORD,
                count=text.count(KEYWORD),
            )
        )
