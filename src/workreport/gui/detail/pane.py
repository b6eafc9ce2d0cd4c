"""The detail pane: header over a splitter of the figure table and tabs for source text and charts.

Provenance both ways: selecting a table row marks its sentence in the text; clicking a highlighted
figure in the text selects its row. Row *i* of the table's source model is figure *i* of the
node, in reading order, in the text too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from workreport.core.record import figure_rows
from workreport.core.tabular import Row
from workreport.gui import i18n
from workreport.gui.chart.stack import ChartStack
from workreport.gui.detail.chart_data import figure_charts, keyword_chart
from workreport.gui.detail.header import DetailHeader
from workreport.gui.detail.source_text import SourceText
from workreport.gui.table.figure_view import FigureTableView
from workreport.gui.tree.node import TreeNode
from workreport.gui.view_protocol import TableAndChartCommands

if TYPE_CHECKING:
    from workreport.gui.view_protocol import Library

SOURCE_TAB, CHARTS_TAB = 0, 1


class DetailPane(QWidget, TableAndChartCommands):
    """The Figures view (a :class:`~workreport.gui.view_protocol.WindowView`)."""

    copied = Signal(int)  # rows copied from the figure table

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.node: TreeNode | None = None
        self._report: object = None  # the report of the node shown: a file opened again differs
        self._rows: list[Row] = []
        self.header = DetailHeader(self)
        self.table = FigureTableView(self)
        self.source = SourceText(self)
        self.charts = ChartStack(self)  # cheap until shown: pyqtgraph comes with the first chart
        self._charts_stale = False
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.source, "")
        self.tabs.addTab(self.charts, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.table.copied.connect(self.copied)
        self.table.figureActivated.connect(self._on_figure_activated)
        self.source.figureClicked.connect(self._on_figure_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Figures"))
        self.source.setAccessibleName(self.tr("Source text"))
        self.tabs.setTabText(SOURCE_TAB, self.tr("Source &Text"))
        self.tabs.setTabText(CHARTS_TAB, self.tr("C&harts"))
        self.tabs.setTabToolTip(
            SOURCE_TAB, self.tr("The section's text; click a highlighted figure to find its row")
        )
        self.tabs.setTabToolTip(
            CHARTS_TAB, self.tr("One bar chart per kind of quantity; hover a bar for its figure")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.node is not None:
                self._show(self.node, self._rows)
        super().changeEvent(event)

    def show_node(self, node: TreeNode, _library: Library | None = None) -> None:
        report = None if node.is_group else node.report
        if node is self.node and report is self._report:
            return  # shown already (the view came back to the front)
        self._report = report
        if node.is_group:
            self._show(node, [])
            return
        section_id = None if node.section is None else node.section.id
        self._show(node, figure_rows(node.report, section_id))

    def _show(self, node: TreeNode, rows: list[Row]) -> None:
        self.node = node
        self._rows = rows
        source_line = (
            "" if node.is_group else self.tr("Source: {report}").format(report=node.report.title)
        )
        if node.section is not None:
            source_line += " · " + node.section_path()
        self.header.show_node(node)
        self.table.set_rows(
            rows,
            with_section=bool(node.children) or node.is_report,
            source_line=source_line,
            section_prefix=node.section_path(),
            english=i18n.current_language() == i18n.ENGLISH,
        )
        self.source.show_node(node)
        self._charts_stale = True
        if self.tabs.currentIndex() == CHARTS_TAB:
            self._update_charts()

    def _update_charts(self) -> None:
        """The node's charts: made only while the Charts tab is in front."""
        if not self._charts_stale or self.node is None:
            return
        self._charts_stale = False
        data = figure_charts(self._rows)
        keyword = keyword_chart(self.node)
        if keyword is not None:
            data.append(keyword)
        self.charts.set_charts(data, self.tr("This section has no figures to chart."))

    def show_charts(self) -> ChartStack:
        """Switch to the Charts tab, its charts drawn."""
        self.tabs.setCurrentIndex(CHARTS_TAB)
        self._update_charts()
        return self.charts

    def _on_tab_changed(self, index: int) -> None:
        if index == CHARTS_TAB:
            self._update_charts()

    def _on_figure_activated(self, row: int) -> None:
        self.source.mark_figure(row)

    def _on_figure_clicked(self, index: int) -> None:
        self.table.select_source_row(index)

    # --- what the menus act on (WindowView) -----------------------------------------------------

    def copy_selection(self) -> int:
        """The text selected in the source text if it has focus, else the table's selection."""
        if self.source.hasFocus() and self.source.textCursor().hasSelection():
            self.source.copy()
            return 0
        return self.table.copy_selection()

    def front_table(self) -> FigureTableView:
        return self.table

    def front_charts(self) -> ChartStack:
        return self.show_charts()  # Export Chart brings the Charts tab to the front

    def export_name(self) -> str:
        return (
            "figures" if self.node is None else self.node.title.replace("/", "-").replace(" ", "_")
        )
