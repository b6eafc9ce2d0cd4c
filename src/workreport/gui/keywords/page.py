"""What every page of the Keywords view shares: the query it shows and a header stating the rule.

A page redraws only when the parts of the query it depends on change (the top words do not depend
on the words typed), and only when asked: the view asks the page that is shown.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from workreport.core.keywords import CountingRule
from workreport.core.model import Report, Section
from workreport.gui.chart.stack import ChartStack
from workreport.gui.table.rows_view import RowsTableView


@dataclass(frozen=True, slots=True, eq=False)  # reports compare by identity, not deeply
class KeywordQuery:
    report: Report
    section: Section | None  # None: the whole report
    reports: tuple[Report, ...]  # every loaded report, for the comparison across them
    words: tuple[str, ...]
    rule: CountingRule
    chart_word: str | None  # the word the charts show
    rates: bool  # charts per 10,000 characters rather than counts


class KeywordPage(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # report text is never markup
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._key: tuple[Hashable, ...] | None = None
        self._query: KeywordQuery | None = None  # keeps the objects whose ids are in the key
        self.halves: list[QSplitter] = []  # charts | table splitters, shared when first shown
        self.chart_share = 0.5  # of a splitter's width, for the charts
        self._split = False
        self.charts = ChartStack(self)
        self.tables: list[RowsTableView] = []  # the page's tables, the main one first

    def front_table(self) -> RowsTableView:
        """The table Copy and Export act on: the one with focus, else the main one."""
        return next((t for t in self.tables if t.hasFocus()), self.tables[0])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:
            self._split = True
            for splitter in self.halves:
                width = splitter.width()
                charts = round(width * self.chart_share)
                splitter.setSizes([charts, width - charts])

    @property
    def query(self) -> KeywordQuery | None:
        return self._query

    def refresh(self, query: KeywordQuery) -> None:
        key = self.key(query)
        if key == self._key:
            return
        self._key, self._query = key, query
        self.show_query(query)

    def retranslate_ui(self) -> None:
        """Texts that do not come with a query (those that do are redrawn with it)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # the view redraws the content
        super().changeEvent(event)

    def invalidate(self) -> None:
        """Redraw at the next refresh (after a language switch, or a setting of the page's own)."""
        self._key = None

    def key(self, query: KeywordQuery) -> tuple[Hashable, ...]:
        """What of ``query`` this page shows: a page redraws only when its key changes.

        Every page defines it (an abstract method: Qt's metaclass rules out ``abc.ABC``)."""
        raise NotImplementedError

    def show_query(self, query: KeywordQuery) -> None:
        """Draw ``query``: every page defines it."""
        raise NotImplementedError
