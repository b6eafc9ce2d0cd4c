"""The words in every loaded report, counted and per 10,000 characters, as charts and a table."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout

from workreport.gui.keywords.page import KeywordPage, KeywordQuery
from workreport.gui.keywords.results import (
    across_charts,
    across_table,
    rule_text,
    source_line,
)
from workreport.gui.table.rows_view import RowsTableView


class AcrossPage(KeywordPage):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = RowsTableView(self)
        self.table.export_name = "keywords_across_reports"
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        self.halves.append(self.splitter)
        self.tables = [self.table]
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Keywords across reports"))

    def key(self, query: KeywordQuery) -> tuple[Hashable, ...]:
        reports = tuple(map(id, query.reports)) or (id(query.report),)
        return (reports, query.words, query.rule, query.chart_word, query.rates)

    def show_query(self, query: KeywordQuery) -> None:
        reports = list(query.reports) or [query.report]
        where = self.tr("%n loaded report(s), whole text", "", len(reports))
        self.header.setText(f"{where}\n{rule_text(query.rule)}")
        table = across_table(reports, query.words, query.rule)
        self.table.set_rows(table.rows, table.columns, source_line(where, query.rule))
        self.charts.set_charts(
            across_charts(reports, table, query.chart_word, query.rates),
            self.tr("Type one or more words to count them."),
        )
