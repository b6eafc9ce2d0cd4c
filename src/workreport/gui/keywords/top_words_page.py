"""The most frequent words of the selected section (jieba), as a chart and a table.

Cutting a report into words takes up to a second the first time (jieba loads its dictionary), so
this page does it only when it is shown, with a line saying so while it runs; the words typed in
the view do not change it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout

from workreport.core.keywords import CountBy
from workreport.gui.keywords.page import KeywordPage, KeywordQuery
from workreport.gui.keywords.results import (
    rule_text,
    scope_text,
    source_line,
    top_chart,
    top_table,
)
from workreport.gui.table.rows_view import RowsTableView

DEFAULT_TOP = 20


class TopWordsPage(KeywordPage):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.size_label = QLabel(self)
        self.size_box = QSpinBox(self)
        self.size_box.setRange(5, 200)
        self.size_box.setValue(DEFAULT_TOP)
        self.size_label.setBuddy(self.size_box)
        self.size_box.valueChanged.connect(self._on_size_changed)
        self.table = RowsTableView(self)
        self.table.export_name = "top_words"
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        self.halves.append(self.splitter)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_label)
        size_row.addWidget(self.size_box)
        size_row.addStretch(1)
        self.tables = [self.table]
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(size_row)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.size_label.setText(self.tr("&Show the top"))
        self.size_box.setSuffix(self.tr(" words"))
        self.table.setAccessibleName(self.tr("Top words"))

    def key(self, query: KeywordQuery) -> tuple[Hashable, ...]:
        section = None if query.section is None else id(query.section)
        return (id(query.report), section, query.rule, query.rates, self.size_box.value())

    def _on_size_changed(self, _value: int) -> None:
        if self.query is not None:
            self.invalidate()
            self.refresh(self.query)

    def show_query(self, query: KeywordQuery) -> None:
        from workreport.core.wordfreq import top_words

        report, section, rule = query.report, query.section, query.rule
        scope = scope_text(report, section)
        where = f"{report.title} · {scope}"
        self.status.setText(self.tr("Cutting the text into words (a second, the first time)…"))
        self.status.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # place the line now: the cut below keeps the event loop busy
        self.status.repaint()
        try:
            if section is None:
                frequencies = top_words(report, self.size_box.value(), rule=rule)
            else:
                frequencies = [
                    f
                    for f in top_words(report, self.size_box.value(), by=CountBy.SECTION, rule=rule)
                    if f.section == scope
                ]
        finally:
            self.status.hide()
        frequency = frequencies[0] if frequencies else None
        summary = (
            self.tr("{words} words in {characters} characters, stop words left out").format(
                words=frequency.words, characters=frequency.characters
            )
            if frequency is not None
            else self.tr("No text is counted here under this rule.")
        )
        self.header.setText(f"{where} · {summary}\n{rule_text(rule)}")
        table = top_table(frequency)
        self.table.set_rows(table.rows, table.columns, source_line(where, rule))
        charts = [top_chart(table, scope, query.rates)] if table.rows else []
        self.charts.set_charts(charts, self.tr("No words to show."))
