"""The node's text, read-only, with its figures highlighted and links both ways to the table.

Selecting a figure in the table marks its sentence here (``mark_figure``); clicking a highlighted
figure here emits ``figureClicked`` with its index. Text goes in as plain text, never as HTML.

A chapter can hold thousands of figures, so the text goes in with one ``setPlainText`` (positions
are counted here, in UTF-16 units as Qt counts them), only the figures in view are highlighted
(extra selections, redone as the view scrolls), and while the Source Text tab is hidden nothing is
built until it is shown or asked for.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from workreport.core.model import Indicator, Section
from workreport.gui.tree.node import TreeNode


def _tint(palette: QPalette, role: QPalette.ColorRole, alpha: int) -> QColor:
    color = QColor(palette.color(role))
    color.setAlpha(alpha)
    return color


def _utf16_length(text: str) -> int:
    """The length of ``text`` as Qt counts positions (characters beyond U+FFFF count twice)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


class _Text:
    """The plain text of a node being put together, with Qt's positions of its parts."""

    def __init__(self) -> None:
        self.blocks = [""]
        self.position = 0

    def insert(self, text: str) -> None:
        self.blocks[-1] += text
        self.position += _utf16_length(text)

    def new_block(self) -> None:
        self.blocks.append("")
        self.position += 1


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
        self._node: TreeNode | None = None
        self._stale = False  # the node's text is not in the document yet
        self._spans: list[tuple[int, int]] = []  # document positions of each figure, in order
        self._starts: list[int] = []
        # (index of its first figure, section, positions of its paragraphs), in order
        self._sections: list[tuple[int, Section, list[int]]] = []
        self._section_firsts: list[int] = []
        self._marked: int | None = None
        # (section id, paragraph) → position; section id → position of its title
        self._paragraph_starts: dict[tuple[str, int], int] = {}
        self._title_starts: dict[str, int] = {}
        self._extra: tuple[int, int] | None = None  # a span marked from elsewhere (a keyword)
        self._highlighted: tuple[int, int] | None = None  # figures [first, last) with selections
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    @property
    def figure_spans(self) -> list[tuple[int, int]]:
        self._ensure_built()
        return self._spans

    def show_node(self, node: TreeNode) -> None:
        self._node, self._stale = node, True
        self._marked, self._extra = None, None
        if self.isVisible() or not self.window().isVisible():
            self._build()  # shown, or the window is not up yet: the text is what it will show

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_built()
        super().showEvent(event)
        self._update_highlights()

    def _ensure_built(self) -> None:
        if self._stale:
            self._build()

    def _build(self) -> None:
        self._stale = False
        node = self._node
        self._spans, self._sections = [], []
        self._paragraph_starts, self._title_starts = {}, {}
        text = _Text()
        titles: list[tuple[int, int]] = []
        for section in node.sections() if node is not None else []:
            if text.position > 0:
                text.new_block()
            if node is not None and (section is not node.section or node.is_report):
                self._title_starts[section.id] = text.position + len(section.numbering)
                start = text.position
                text.insert(section.numbering + section.title)
                titles.append((start, text.position))
                if section.paragraphs:
                    text.new_block()
            starts: list[int] = []
            for index, paragraph in enumerate(section.paragraphs):
                if index:
                    text.new_block()
                starts.append(text.position)
                self._paragraph_starts[(section.id, index)] = text.position
                text.insert(paragraph)
            self._add_spans(section, starts)
        self._starts = [start for start, _ in self._spans]
        self._section_firsts = [first for first, _, _ in self._sections]
        self._highlighted = None
        self.setExtraSelections([])
        # setPlainText gives all text the cursor's format: here, maybe that of a bold title
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText("\n".join(text.blocks))
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for start, end in titles:
            self._span_cursor((start, end)).mergeCharFormat(bold)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._apply_selections()
        if self._marked is not None:  # marked while hidden
            self._show_marked()

    def _add_spans(self, section: Section, paragraph_starts: list[int]) -> None:
        """The figures' spans; their sentences' spans are found when a figure is marked."""
        self._sections.append((len(self._spans), section, paragraph_starts))
        self._spans += [
            (base + indicator.start, base + indicator.end)
            for indicator in section.indicators
            for base in (paragraph_starts[indicator.paragraph],)
        ]

    def _sentence(self, index: int) -> tuple[int, int]:
        """The span of figure ``index``'s sentence."""
        found = bisect.bisect_right(self._section_firsts, index) - 1
        first, section, paragraph_starts = self._sections[found]
        indicator = section.indicators[index - first]
        base = paragraph_starts[indicator.paragraph]
        return self._sentence_span(section, indicator, base)

    @staticmethod
    def _sentence_span(section: Section, indicator: Indicator, base: int) -> tuple[int, int]:
        paragraph = section.paragraphs[indicator.paragraph]
        start = paragraph.rfind(indicator.sentence, 0, indicator.start + 1)
        if start < 0:
            start = paragraph.find(indicator.sentence)
        return base + start, base + start + len(indicator.sentence)

    def _span_cursor(self, span: tuple[int, int]) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._span_cursor(span)
        selection.format = fmt
        return selection

    def _visible_figures(self) -> tuple[int, int]:
        """The figures [first, last) in (or next to) the blocks in view."""
        if not self._spans:
            return 0, 0
        top = self.firstVisibleBlock()
        viewport = self.viewport()
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
        after = bottom.next() if bottom.next().isValid() else bottom  # a line of margin
        above = top.previous()  # a line of margin
        first = bisect.bisect_left(self._starts, above.position() if above.isValid() else 0)
        last = bisect.bisect_right(self._starts, after.position() + after.length())
        return first, last

    def _apply_selections(self) -> None:
        if self._stale:
            return
        palette = self.palette()
        figure_format = QTextCharFormat()
        figure_format.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 60))
        figure_format.setFontUnderline(True)
        sentence_format = QTextCharFormat()
        sentence_format.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 40))
        selections = []
        if self._extra is not None:
            selections.append(self._selection(self._extra, sentence_format))
        if self._marked is not None and self._marked < len(self._spans):
            selections.append(self._selection(self._sentence(self._marked), sentence_format))
        first, last = self._highlighted = self._visible_figures()
        selections += [self._selection(span, figure_format) for span in self._spans[first:last]]
        self.setExtraSelections(selections)

    def _update_highlights(self) -> None:
        """Highlight the figures now in view, if they are not those highlighted already."""
        if not self._stale and self._visible_figures() != self._highlighted:
            self._apply_selections()

    def _on_scrolled(self, _value: int) -> None:
        self._update_highlights()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_highlights()  # lines wrap anew: other blocks may be in view

    def marked_sentence(self) -> str:
        """The text of the sentence marked for the selected figure ('' when none)."""
        self._ensure_built()
        if self._marked is None:
            return ""
        return self._span_cursor(self._sentence(self._marked)).selectedText()

    def mark_figure(self, index: int) -> None:
        """Mark figure ``index``'s sentence and scroll it into view (when shown)."""
        if self._stale:  # hidden: mark it when the text is built
            self._marked = index
            return
        if not 0 <= index < len(self._spans):
            return
        self._marked = index
        self._show_marked()

    def _show_marked(self) -> None:
        if self._marked is None or not 0 <= self._marked < len(self._spans):
            self._marked = None
            return
        self._apply_selections()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._spans[self._marked][0])
        self.setTextCursor(cursor)
        self.centerCursor()

    def mark_text(self, section: Section | None, paragraph: int, start: int, end: int) -> bool:
        """Mark ``start:end`` of a paragraph (or of the title, for ``paragraph`` -1) and show it."""
        self._ensure_built()
        if section is None:
            return False
        if paragraph < 0:
            base = self._title_starts.get(section.id)
        else:
            base = self._paragraph_starts.get((section.id, paragraph))
        if base is None:
            return False
        self._extra = (base + start, base + end)
        self._apply_selections()
        self.setTextCursor(self._span_cursor(self._extra))
        self.centerCursor()
        return True

    def figure_at(self, position: int) -> int | None:
        """The figure whose text covers document ``position``, if any."""
        self._ensure_built()
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
