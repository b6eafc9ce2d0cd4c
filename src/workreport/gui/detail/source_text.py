"""The node's text, read-only, with its figures highlighted and links both ways to the table.

Selecting a figure in the table marks its sentence here (``mark_figure``); clicking a highlighted
figure here emits ``figureClicked`` with its index. Text goes in as plain text, never as HTML.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from workreport.core.model import Indicator, Section
from workreport.gui.tree.node import TreeNode


def _tint(palette: QPalette, role: QPalette.ColorRole, alpha: int) -> QColor:
    color = QColor(palette.color(role))
    color.setAlpha(alpha)
    return color


class SourceText(QPlainTextEdit):
    figureClicked = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._spans: list[tuple[int, int]] = []  # document positions of each figure, in order
        self._starts: list[int] = []
        self._sentences: list[tuple[int, int]] = []
        self._marked: int | None = None
        self._paragraph_starts: dict[
            tuple[int, int], int
        ] = {}  # (id(section), paragraph) → position
        self._title_starts: dict[int, int] = {}  # id(section) → position of its title
        self._extra: tuple[int, int] | None = None  # a span marked from elsewhere (a keyword)

    @property
    def figure_spans(self) -> list[tuple[int, int]]:
        return self._spans

    def show_node(self, node: TreeNode) -> None:
        self.clear()
        self._spans, self._sentences, self._marked, self._extra = [], [], None, None
        self._paragraph_starts, self._title_starts = {}, {}
        cursor = QTextCursor(self.document())
        title_format = QTextCharFormat()
        title_format.setFontWeight(QFont.Weight.Bold)
        body_format = QTextCharFormat()
        for section in node.sections():
            if cursor.position() > 0:
                cursor.insertBlock()
            if section is not node.section or node.is_report:
                self._title_starts[id(section)] = cursor.position() + len(section.numbering)
                cursor.insertText(section.numbering + section.title, title_format)
                if section.paragraphs:
                    cursor.insertBlock()
            starts: list[int] = []
            for index, paragraph in enumerate(section.paragraphs):
                if index:
                    cursor.insertBlock()
                starts.append(cursor.position())
                self._paragraph_starts[(id(section), index)] = cursor.position()
                cursor.insertText(paragraph, body_format)
            self._add_spans(section, starts)
        self._starts = [start for start, _ in self._spans]
        self._apply_selections()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _add_spans(self, section: Section, paragraph_starts: list[int]) -> None:
        for indicator in section.indicators:
            base = paragraph_starts[indicator.paragraph]
            self._spans.append((base + indicator.start, base + indicator.end))
            self._sentences.append(self._sentence_span(section, indicator, base))

    @staticmethod
    def _sentence_span(section: Section, indicator: Indicator, base: int) -> tuple[int, int]:
        paragraph = section.paragraphs[indicator.paragraph]
        start = paragraph.rfind(indicator.sentence, 0, indicator.start + 1)
        if start < 0:
            start = paragraph.find(indicator.sentence)
        return base + start, base + start + len(indicator.sentence)

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _apply_selections(self) -> None:
        palette = self.palette()
        figure_format = QTextCharFormat()
        figure_format.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 60))
        figure_format.setFontUnderline(True)
        sentence_format = QTextCharFormat()
        sentence_format.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 40))
        selections = []
        if self._extra is not None:
            selections.append(self._selection(self._extra, sentence_format))
        if self._marked is not None:
            selections.append(self._selection(self._sentences[self._marked], sentence_format))
        selections += [self._selection(span, figure_format) for span in self._spans]
        self.setExtraSelections(selections)

    def marked_sentence(self) -> str:
        """The text of the sentence marked for the selected figure ('' when none)."""
        if self._marked is None:
            return ""
        start, end = self._sentences[self._marked]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def mark_figure(self, index: int) -> None:
        """Mark figure ``index``'s sentence and scroll it into view."""
        if not 0 <= index < len(self._spans):
            return
        self._marked = index
        self._apply_selections()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._spans[index][0])
        self.setTextCursor(cursor)
        self.centerCursor()

    def mark_text(self, section: Section | None, paragraph: int, start: int, end: int) -> bool:
        """Mark ``start:end`` of a paragraph (or of the title, for ``paragraph`` -1) and show it."""
        if section is None:
            return False
        if paragraph < 0:
            base = self._title_starts.get(id(section))
        else:
            base = self._paragraph_starts.get((id(section), paragraph))
        if base is None:
            return False
        self._extra = (base + start, base + end)
        self._apply_selections()
        cursor = QTextCursor(self.document())
        cursor.setPosition(base + start)
        cursor.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        return True

    def figure_at(self, position: int) -> int | None:
        """The figure whose text covers document ``position``, if any."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and self._spans[i][0] <= position < self._spans[i][1]:
            return i
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            figure = self.figure_at(self.cursorForPosition(event.position().toPoint()).position())
            if figure is not None:
                self.figureClicked.emit(figure)
