"""Counts of the words per chapter and subsection (charts and their table), and every occurrence
in context; double-clicking an occurrence asks for it in the source text."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from workreport.core.keywords import (
    ClaimCheck,
    ClaimOutcome,
    CountingRule,
    check_claim,
    headline_claims,
)
from workreport.core.model import Report, Section
from workreport.gui.keywords.page import KeywordPage, KeywordQuery
from workreport.gui.keywords.results import (
    CountScopes,
    TextIndex,
    context_table,
    count_scopes,
    counts_charts,
    counts_table,
    rule_text,
    scope_text,
    source_line,
    text_index,
)
from workreport.gui.table.rows_view import RowsTableView


def _section_id(section: Section | None) -> str | None:
    return None if section is None else section.id


class CountsPage(KeywordPage):
    # (report, section or None for the headline, paragraph or -1 for a title/headline, start, end)
    occurrenceActivated = Signal(object, object, int, int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # what does not depend on the words, kept while the report, section and rule stay
        self._scopes: tuple[Report, Section | None, CountingRule, CountScopes] | None = None
        self._index: tuple[Report, TextIndex] | None = None
        self.table = RowsTableView(self)
        self.table.export_name = "keyword_counts"
        self.claim = QLabel(self)  # the headline's count of a word, beside the text's own
        self.claim.setTextFormat(Qt.TextFormat.PlainText)
        self.claim.setWordWrap(True)
        self.claim.hide()
        self.context_label = QLabel(self)
        self.context_label.setTextFormat(Qt.TextFormat.PlainText)
        # its text changes with every word; its width must not lay the page out again
        self.context_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.context = RowsTableView(self)
        self.context.export_name = "keywords_in_context"
        self.context.rowActivated.connect(self._on_context_activated)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.charts)
        top.addWidget(self.table)
        top.setChildrenCollapsible(False)
        self.halves.append(top)
        self.chart_share = 0.42  # the table has a column per word, and a rate for each
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.context_label)
        bottom_layout.addWidget(self.context, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.tables = [self.table, self.context]
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.claim)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Keyword counts"))
        self.context.setAccessibleName(self.tr("Keywords in context"))

    def key(self, query: KeywordQuery) -> tuple[Hashable, ...]:
        return (
            query.report.id,
            _section_id(query.section),
            query.words,
            query.rule,
            query.chart_word,
            query.rates,
        )

    def _count_scopes(self, query: KeywordQuery) -> CountScopes:
        kept = self._scopes
        if (
            kept is None
            or kept[0].id != query.report.id
            or _section_id(kept[1]) != _section_id(query.section)
            or kept[2] != query.rule
        ):
            found = count_scopes(query.report, query.section, query.rule)
            kept = self._scopes = (query.report, query.section, query.rule, found)
        return kept[3]

    def _text_index(self, report: Report) -> TextIndex:
        if self._index is None or self._index[0].id != report.id:
            self._index = (report, text_index(report))
        return self._index[1]

    def show_query(self, query: KeywordQuery) -> None:
        report, section, words, rule = query.report, query.section, query.words, query.rule
        where = f"{report.title} · {scope_text(report, section)}"
        self.header.setText(f"{where}\n{rule_text(rule)}")
        self._show_claims(report, words)
        found = self._count_scopes(query)
        table = counts_table(found, words)
        self.table.set_rows(table.rows, table.columns, source_line(where, rule))
        if not words:
            empty = self.tr("Type one or more words to count them.")
        else:
            empty = self.tr("This rule counts no text: tick Titles, Front matter or Body.")
        self.charts.set_charts(counts_charts(found, table, query.chart_word, query.rates), empty)
        context = context_table(report, section, words, rule, self._text_index(report))
        self.context.set_rows(context.rows, context.columns, source_line(where, rule))
        self.context_label.setText(
            self.tr(
                "%n occurrence(s) in context; double-click one to find it in the source text",
                "",
                len(context.rows),
            )
        )

    def _show_claims(self, report: Report, words: tuple[str, ...]) -> None:
        """The 158 story: a headline that counts a word, beside what the text itself holds."""
        lines = []
        claimed = {claim.word for claim in headline_claims(report)}  # cheap: the headline only
        for word in words:
            if word not in claimed:
                continue
            check = check_claim(report, word)
            if check.claim is not None:
                lines.append(self.claim_text(check))
        self.claim.setText("\n".join(lines))
        self.claim.setVisible(bool(lines))

    def claim_text(self, check: ClaimCheck) -> str:
        """The core's claim check in words, one sentence per outcome."""
        claim = 0 if check.claim is None else check.claim.count
        values = {
            "word": check.word,
            "claim": claim,
            "count": check.everything,
            "front": check.front_matter,
        }
        if check.outcome is ClaimOutcome.AGREES:
            text = self.tr(
                "The headline says “{word}” occurs {claim} times in the report; this text holds "
                "as many, counting everything."
            )
        elif check.outcome is ClaimOutcome.SUMMARY:
            text = self.tr(
                "The headline says “{word}” occurs {claim} times in the report. This text holds "
                "{count}, counting everything ({front} of them in its own headline and intro): "
                "it is a summary of the report, not its full text, so it can neither confirm "
                "nor refute {claim}."
            )
        elif check.outcome is ClaimOutcome.FEWER:
            text = self.tr(
                "The headline says “{word}” occurs {claim} times in the report. This text holds "
                "{count}, counting everything ({front} of them in its own headline and intro): "
                "it is not the whole text the headline counted, so it can neither confirm nor "
                "refute {claim}."
            )
        elif check.outcome is ClaimOutcome.MORE:
            text = self.tr(
                "The headline says “{word}” occurs {claim} times in the report, but this text "
                "holds more ({count}): the headline counts some other text or by another rule."
            )
        else:
            text = self.tr("The headline states no count of “{word}”.")
        return text.format(**values)

    def _on_context_activated(self, row: int) -> None:
        query = self.query
        if query is None:
            return
        found = self.context.rows[row]
        self.occurrenceActivated.emit(
            query.report, found["where"], found["paragraph"], found["start"], found["end"]
        )
