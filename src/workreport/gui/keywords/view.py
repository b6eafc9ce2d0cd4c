"""The Keywords view: type words, see how often they occur where, and in what context.

Four pages under one row of inputs: counts per chapter and subsection with every occurrence in
context, the top words of the selected section, the words across the loaded reports, and the words
across every report of the library's store (counted there, in SQL). Every
figure sits under a line stating the counting rule, and copies carry the rule in their source line.

The view draws lazily: while hidden it only remembers the context, and of its pages it draws the one
shown, when something it depends on has changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from workreport.core.model import Report, Section
from workreport.gui.keywords.across_page import AcrossPage
from workreport.gui.keywords.controls import KeywordControls
from workreport.gui.keywords.counts_page import CountsPage
from workreport.gui.keywords.library_page import LibraryPage
from workreport.gui.keywords.page import KeywordPage, KeywordQuery
from workreport.gui.keywords.top_words_page import TopWordsPage
from workreport.gui.view_protocol import TableAndChartCommands

if TYPE_CHECKING:
    from workreport.gui.chart.stack import ChartStack
    from workreport.gui.table.rows_view import RowsTableView
    from workreport.gui.tree.node import TreeNode
    from workreport.gui.view_protocol import Library

COUNTS_TAB, TOP_WORDS_TAB, ACROSS_TAB, LIBRARY_TAB = 0, 1, 2, 3


class KeywordsView(QWidget, TableAndChartCommands):
    # (report, section or None for the headline, paragraph or -1 for a title/headline, start, end)
    occurrenceActivated = Signal(object, object, int, int, int)
    copied = Signal(int)  # rows copied from any of the tables
    exported = Signal(str, int)  # path and rows written, from any of the tables

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._section: Section | None = None
        self._reports: tuple[Report, ...] = ()
        self.controls = KeywordControls(self)
        self.counts = CountsPage()
        self.top_words = TopWordsPage()
        self.across = AcrossPage()
        self.library = LibraryPage()
        self.pages: list[CountsPage | TopWordsPage | AcrossPage | LibraryPage] = [
            self.counts,
            self.top_words,
            self.across,
            self.library,
        ]
        self.tabs = QTabWidget(self)
        for page in self.pages:
            self.tabs.addTab(page, "")
            for table in page.tables:
                table.copied.connect(self.copied)
                table.exported.connect(self.exported)
        self.counts.occurrenceActivated.connect(self.occurrenceActivated)
        self.controls.changed.connect(self._update)
        self.tabs.currentChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # mnemonics: none of the main window's (F E V H K M), none twice in this view
        self.tabs.setTabText(COUNTS_TAB, self.tr("C&ounts and Context"))
        self.tabs.setTabToolTip(
            COUNTS_TAB,
            self.tr("How often the words occur per chapter and subsection, and every occurrence"),
        )
        self.tabs.setTabText(TOP_WORDS_TAB, self.tr("To&p Words"))
        self.tabs.setTabToolTip(
            TOP_WORDS_TAB, self.tr("The most frequent words of the selected section")
        )
        self.tabs.setTabText(ACROSS_TAB, self.tr("Across &Reports"))
        self.tabs.setTabToolTip(ACROSS_TAB, self.tr("The words in every loaded report"))
        self.tabs.setTabText(LIBRARY_TAB, self.tr("Across the &Library"))
        self.tabs.setTabToolTip(
            LIBRARY_TAB,
            self.tr("The words in every report of the library, by report, year, level or region"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for page in self.pages:
                page.invalidate()
            self._update()
        super().changeEvent(event)

    # --- context ------------------------------------------------------------------------------

    def set_context(self, report: Report, section: Section | None, reports: list[Report]) -> None:
        """The report shown, its selected section (None: the whole report), every loaded report."""
        self._report, self._section, self._reports = report, section, tuple(reports)
        self._update()

    @property
    def query(self) -> KeywordQuery | None:
        """What the view shows: the context it was given and the inputs as they stand."""
        if self._report is None:
            return None
        return KeywordQuery(
            self._report,
            self._section,
            self._reports,
            self.controls.words(),
            self.controls.rule(),
            self.controls.chart_word(),
            self.controls.rates(),
        )

    def current_page(self) -> KeywordPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, KeywordPage)
        return page

    def _update(self) -> None:
        if not self.isVisible():
            return  # showEvent draws
        query = self.query
        if query is not None:
            self.current_page().refresh(query)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update()

    # --- what the menus act on (WindowView) -----------------------------------------------------

    def show_node(self, node: TreeNode, library: Library) -> None:
        if not node.is_group:
            self.set_context(node.report, node.section, library.loaded_reports())

    def front_table(self) -> RowsTableView:
        return self.current_page().front_table()

    def front_charts(self) -> ChartStack:
        return self.current_page().charts
