"""The words across every report of the library's store, by report, year, level or region.

The counts are SQL over the store (``core/store/keyword_table``), run on a thread with its own
connection; the table fills in when they come, and a newer query makes an older answer void.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from workreport.core.keywords import CountingRule
from workreport.core.store import Store
from workreport.core.store.queries import GroupBy
from workreport.gui.keywords.page import KeywordPage, KeywordQuery
from workreport.gui.keywords.results import rule_text, source_line, word_columns
from workreport.gui.store_query import StoreQuestions
from workreport.gui.table.rows import RowsColumn
from workreport.gui.tree.model import group_title

Row = dict[str, Any]


def _counts(words: Sequence[str], by: GroupBy, rule: CountingRule) -> Callable[[Store], Any]:
    """The question asked of the store: the rows of the table, and how many reports it holds."""

    def work(store: Store) -> tuple[list[Row], int]:
        from workreport.core.store.keyword_table import library_keyword_rows

        return library_keyword_rows(store, words, by=by, rule=rule), len(store)

    return work


def _by_titles() -> dict[GroupBy, str]:
    translate = QCoreApplication.translate
    return {
        GroupBy.REPORT: translate("KeywordsView", "Report"),
        GroupBy.YEAR: translate("KeywordsView", "Year"),
        GroupBy.LEVEL: translate("KeywordsView", "Level"),
        GroupBy.REGION: translate("KeywordsView", "Region"),
    }


def library_columns(words: tuple[str, ...], by: GroupBy) -> list[RowsColumn]:
    titles = _by_titles()
    if by is GroupBy.REPORT:
        first = [
            RowsColumn("report", titles[GroupBy.REPORT]),
            RowsColumn("year", titles[GroupBy.YEAR], numeric=True),
            RowsColumn("level", titles[GroupBy.LEVEL], display=group_title),
            RowsColumn("region", titles[GroupBy.REGION]),
        ]
    else:
        shown = group_title if by is GroupBy.LEVEL else None  # a level in words, as in the tree
        first = [RowsColumn(by.value, titles[by], numeric=by is GroupBy.YEAR, display=shown)]
    characters = QCoreApplication.translate("KeywordsView", "Characters")
    return [*first, *word_columns(words), RowsColumn("characters", characters, numeric=True)]


class LibraryPage(KeywordPage):
    """The table of the words across the library; ``store_path`` is the store counted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table.export_name = "keywords_across_library"
        self.store_path: Path | None = None  # None: the user's store
        self.charts.hide()  # no charts here: the stack stays out of the layout, and out of sight
        self.by_label = QLabel(self)
        self.by = QComboBox(self)
        self.by_label.setBuddy(self.by)
        for group in GroupBy:
            self.by.addItem("", group)
        self.by.currentIndexChanged.connect(self._on_by_changed)
        self._questions = StoreQuestions(self)  # a newer query makes an older answer void
        row = QHBoxLayout()
        row.addWidget(self.by_label)
        row.addWidget(self.by)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Keywords across the library"))
        self.by_label.setText(self.tr("Group b&y:"))
        for position, title in enumerate(_by_titles().values()):
            self.by.setItemText(position, title)

    @property
    def group_by(self) -> GroupBy:
        return GroupBy(self.by.currentData())

    def _path(self) -> Path:
        from workreport.gui.folder_import import store_path

        # the page's own store, else the window's (as Compare and Series take it), else the user's
        chosen: Path | None = self.store_path or getattr(self.window(), "store_path", None)
        return chosen or store_path()

    def key(self, query: KeywordQuery) -> tuple[Hashable, ...]:
        return (self._path(), query.words, query.rule, self.group_by)

    def _on_by_changed(self) -> None:
        if self.query is not None:
            self.invalidate()
            self.refresh(self.query)

    def show_query(self, query: KeywordQuery) -> None:
        self._questions.forget()
        path = self._path()
        words = tuple(w for w in query.words if w)
        if not words or not path.exists():
            self.header.setText(
                self.tr("Type one or more words to count them.")
                if path.exists()
                else self.tr("The library is empty: File ▸ Open Folder… adds reports to it.")
            )
            self.table.set_rows([], library_columns(words, self.group_by), "")
            return
        self.header.setText(self.tr("Counting across the library…"))
        self._questions.ask(
            path, _counts(words, self.group_by, query.rule), self._on_counted, self.header.setText
        )

    def _on_counted(self, answer: tuple[list[Row], int]) -> None:
        query = self.query
        if query is None:
            return
        rows, stored = answer
        words = tuple(w for w in query.words if w)
        reports = len(rows) if self.group_by is GroupBy.REPORT else stored
        where = self.tr("%n report(s) of the library", "", reports)
        self.header.setText(f"{where}\n{rule_text(query.rule)}")
        columns = library_columns(words, self.group_by)
        self.table.set_rows(rows, columns, source_line(where, query.rule))

    def wait(self) -> None:
        """Wait for the counts under way (the window is closing)."""
        self._questions.wait()
