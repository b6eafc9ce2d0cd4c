"""The header of the detail pane: title, breadcrumb, English gloss, counts. Plain text only.

The labels are placed by hand rather than by a layout, so that new text asks the window for a new
layout only when the header's height changes: a layout request climbs to the tab widget around
the pane, which repaints all of it (table and charts too) in a second paint pass of every switch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from workreport.core.views.header import HeaderCounts, header_counts
from workreport.gui.tree.node import TreeNode

MARGIN = 4  # pixels around the labels
SPACING = 2  # pixels between them


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
        self._labels = (self.breadcrumb, self.title, self.gloss, self.counts)
        self._height = -1  # the height last asked of the layout around

    # --- placing the labels -------------------------------------------------------------------

    def _shown(self) -> list[QLabel]:
        return [label for label in self._labels if not label.isHidden()]

    @staticmethod
    def _label_height(label: QLabel, width: int) -> int:
        height = label.heightForWidth(width)
        return height if height >= 0 else label.sizeHint().height()  # as a layout would

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(1, width - 2 * MARGIN)
        shown = self._shown()
        heights = sum(self._label_height(label, inner) for label in shown)
        return heights + SPACING * max(0, len(shown) - 1) + 2 * MARGIN

    def _stacked(self, sizes: list[QSize]) -> QSize:
        """The size of labels of these sizes under each other, as a QVBoxLayout adds them up."""
        width = max((size.width() for size in sizes), default=0) + 2 * MARGIN
        height = sum(size.height() for size in sizes) + SPACING * max(0, len(sizes) - 1)
        return QSize(width, height + 2 * MARGIN)

    def sizeHint(self) -> QSize:
        return self._stacked([label.sizeHint() for label in self._shown()])

    def minimumSizeHint(self) -> QSize:
        return self._stacked([label.minimumSizeHint() for label in self._shown()])

    def _place(self) -> None:
        """Put the labels under each other; ask for a new layout if the height must change."""
        inner = max(1, self.width() - 2 * MARGIN)
        y = MARGIN
        for label in self._shown():
            height = self._label_height(label, inner)
            label.setGeometry(MARGIN, y, inner, height)
            y += height + SPACING
        needed = self.heightForWidth(self.width())
        if needed != self._height:
            self._height = needed
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label's text or font changed
            self._place()
            return True
        return super().event(event)

    # --- content ------------------------------------------------------------------------------

    def show_node(self, node: TreeNode) -> None:
        path = node.path()
        ancestors = [n.title for n in path[:-1] if not n.is_group]
        if node.is_report:  # a report's own header says who gave it, where and when
            report = node.report
            ancestors = [" · ".join(p for p in (report.region, report.date, report.speaker) if p)]
        self.breadcrumb.setText(" › ".join(ancestors))
        self.title.setText(node.title)
        self.gloss.setText(node.gloss)
        self.gloss.setVisible(bool(node.gloss))
        if node.is_group:
            self.counts.setText("")
        else:
            section_id = None if node.section is None else node.section.id
            self.counts.setText(self.counts_text(header_counts(node.report, section_id)))
        self._place()

    def counts_text(self, counts: HeaderCounts) -> str:
        """The core's counts in words; a headline's own count (新 158 times) beside ours."""
        text = self.tr(
            "{figures} figures · {characters} characters · “{keyword}” occurs {count} times"
        ).format(
            figures=counts.figures,
            characters=counts.characters,
            keyword=counts.word,
            count=counts.count,
        )
        if counts.claimed is not None:
            text += self.tr(" (its headline says {count} in the full report)").format(
                count=counts.claimed
            )
        return text
