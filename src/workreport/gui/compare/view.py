"""The Compare view: pick a figure's label or a target (GDP growth …) and see it in every loaded
report, side by side, with its qualifier (左右, 以上) and range; copyable and exportable.

Matching across different wordings is the core's (:mod:`workreport.core.compare`): labels are
matched on a key that drops scope words (全省) and link words (控制在) and maps synonyms
(国内生产总值, 地区生产总值, 经济 → 生产总值).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workreport.core.compare import compare, target_labels
from workreport.core.model import Report
from workreport.core.record import FigureRecord
from workreport.core.tabular import Row, format_number
from workreport.core.views.compare import compare_bars, compare_rows, reports_compared
from workreport.gui.chart.data import Bar, ChartData
from workreport.gui.chart.stack import ChartStack
from workreport.gui.compare.across_store import StoreCompare
from workreport.gui.table.rows import RowsColumn
from workreport.gui.table.rows_view import RowsTableView
from workreport.gui.view_protocol import TableAndChartCommands

if TYPE_CHECKING:
    from workreport.gui.chart.bars import BarChart
    from workreport.gui.tree.node import TreeNode
    from workreport.gui.view_protocol import Library


def concept_titles() -> dict[str, str]:
    return {
        "gdp_growth": QCoreApplication.translate("Compare", "GDP growth"),
        "industry_growth": QCoreApplication.translate("Compare", "Industrial value added growth"),
        "investment_growth": QCoreApplication.translate("Compare", "Fixed-asset investment growth"),
        "retail_growth": QCoreApplication.translate("Compare", "Retail sales growth"),
        "unemployment": QCoreApplication.translate("Compare", "Surveyed urban unemployment"),
        "new_jobs": QCoreApplication.translate("Compare", "New urban jobs"),
        "cpi": QCoreApplication.translate("Compare", "Consumer price rise"),
    }


class CompareView(QWidget, TableAndChartCommands):
    """Shows one query across ``reports``; the chart is built when the view is shown."""

    copied = Signal(int)  # rows copied from the table

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reports: list[Report] = []
        self._records: list[FigureRecord] = []
        self._rows: list[Row] = []  # the table's rows, one per record
        self.store = StoreCompare(self)  # across the library's store, when it holds reports
        self.query = QComboBox(self)
        self.query.setEditable(True)
        self.query.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.query.setMinimumContentsLength(24)
        self.query.currentIndexChanged.connect(self.refresh)
        line_edit = self.query.lineEdit()
        if line_edit is not None:  # an editable combo box always has one
            line_edit.editingFinished.connect(self.refresh)
        self.targets_only = QCheckBox(self)
        self.targets_only.setChecked(True)
        self.targets_only.toggled.connect(self.refresh)
        self.first_only = QCheckBox(self)
        self.first_only.setChecked(True)
        self.first_only.toggled.connect(self.refresh)
        self.prompt = QLabel(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.table = RowsTableView(self)
        self.table.export_name = "compare"
        self.table.copied.connect(self.copied)
        self.charts = ChartStack(self)  # one bar per report: taller than the view
        controls = QHBoxLayout()
        controls.addWidget(self.prompt)
        controls.addWidget(self.query, 1)
        controls.addWidget(self.targets_only)
        controls.addWidget(self.first_only)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.explanation)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    # --- content ----------------------------------------------------------------------------

    def set_reports(self, reports: list[Report]) -> None:
        """Compare across these reports (the loaded library)."""
        self.store.leave()
        self._reports = reports
        self.set_labels(target_labels(reports))

    def set_labels(self, labels: dict[str, int]) -> None:
        """List the concepts and these target labels (each with its count of reports) to pick
        from, keep the query picked, and compare."""
        current = self.current_query()
        blocked = self.query.blockSignals(True)
        self.query.clear()
        for concept, title in concept_titles().items():
            self.query.addItem(title, concept)
        for key, count in labels.items():
            self.query.addItem(
                QCoreApplication.translate(
                    "Compare", "{label} (targets in {count} reports)"
                ).format(label=key, count=count),
                key,
            )
        index = self.query.findData(current)
        self.query.setCurrentIndex(index if index >= 0 else 0)
        self.query.blockSignals(blocked)
        self.refresh()

    def current_query(self) -> str:
        """The concept or label compared: the chosen item, or what the user typed."""
        text = self.query.currentText().strip()
        index = self.query.currentIndex()
        if index >= 0 and self.query.itemText(index) == text:
            return str(self.query.itemData(index))
        return text or "gdp_growth"

    def set_query(self, query: str) -> None:
        index = self.query.findData(query)
        if index >= 0:
            self.query.setCurrentIndex(index)
        else:
            self.query.setEditText(query)
            self.refresh()

    @property
    def rows(self) -> list[FigureRecord]:
        """The figures compared in memory, one per row of the table (none across the store:
        ``table_rows`` has its rows)."""
        return self._records

    def refresh(self) -> None:
        if self.store.path is not None:
            self.store.refresh()  # the rows come from the store's answer, on a thread
            return
        query = self.current_query()
        self._records = records = compare(
            self._reports,
            query,
            targets_only=self.targets_only.isChecked(),
            first_only=self.first_only.isChecked(),
        )
        self.show_rows(compare_rows(records, self._reports), len(self._reports), records)

    def show_rows(
        self, rows: list[Row], total: int, records: list[FigureRecord] | None = None
    ) -> None:
        """Show these rows of the comparison across ``total`` reports (``records``: their figure
        records, when compared in memory)."""
        self._rows, self._records = rows, records or []
        columns = [
            RowsColumn("region", QCoreApplication.translate("Compare", "Region")),
            RowsColumn("figure", QCoreApplication.translate("Compare", "Figure as written")),
            RowsColumn(
                "value",
                QCoreApplication.translate("Compare", "Value"),
                numeric=True,
                display=format_number,
            ),
            RowsColumn(
                "high",
                QCoreApplication.translate("Compare", "High"),
                numeric=True,
                display=_optional_number,
            ),
            RowsColumn("unit", QCoreApplication.translate("Compare", "Unit")),
            RowsColumn("qualifier", QCoreApplication.translate("Compare", "Qualifier")),
            RowsColumn("label", QCoreApplication.translate("Compare", "Label in the report")),
            RowsColumn("report", QCoreApplication.translate("Compare", "Report")),
            RowsColumn("sentence", QCoreApplication.translate("Compare", "Sentence")),
        ]
        source = QCoreApplication.translate(
            "Compare", "Compared: {query}; {count} of {total} reports"
        ).format(
            query=self.query.currentText(),
            count=reports_compared(self._rows),
            total=total,
        )
        self.table.set_rows(self._rows, columns, source)
        self.explanation.setText(self._explanation(reports_compared(self._rows), total))
        self._rebuild_chart()

    def _explanation(self, count: int, total: int) -> str:
        if self.store.path is not None:
            first = QCoreApplication.translate(
                "Compare",
                "The newest reports of {total} regions, those stored in the library from files "
                "included, were compared: {count} of them give this figure.",
            )
        else:
            first = QCoreApplication.translate(
                "Compare", "{count} of {total} loaded reports give this figure."
            )
        labels = QCoreApplication.translate(
            "Compare",
            "Labels match across different wordings: scope words (全省, 全市) and link words "
            "(控制在, 为) are dropped and synonyms are merged (国内生产总值, 地区生产总值, 经济 → 生产总值).",
        )
        return first.format(count=count, total=total) + " " + labels

    @property
    def table_rows(self) -> list[Row]:
        """The rows of the table, in memory or from the store."""
        return self._rows

    def _rebuild_chart(self) -> None:
        bars = [Bar(b.label, b.value, b.detail) for b in compare_bars(self._rows)]
        # % and ％ are one unit to a reader
        units = "、".join(
            sorted({unicodedata.normalize("NFKC", row["unit"]) for row in self._rows})
        )
        title = f"{self.query.currentText()} ({units})"
        data = [ChartData("compare", title, bars)] if bars else []
        empty = (
            self.tr("No report of the library gives this figure.")
            if self.store.path is not None
            else self.tr("No loaded report gives this figure.")
        )
        self.charts.set_charts(data, empty)

    @property
    def chart(self) -> BarChart | None:
        """The chart of the comparison (made now), None when nothing matched."""
        charts = self.charts.charts
        return charts[0] if charts else None

    # --- what the menus act on (WindowView) -----------------------------------------------------

    def show_node(self, _node: TreeNode, library: Library) -> None:
        """Compare across the whole library, whatever is selected: each region's newest report, so
        that a region with a series of years counts once. With reports stored from files the
        store answers on a thread (none of them is loaded); else every report is loaded."""
        from workreport.core.series import latest_per_region

        path = library.library_store()
        if path is not None:
            self.store.show(path, library.memory_reports())
            return
        reports = latest_per_region(library.all_reports())
        if (
            self.store.path is not None
            or len(reports) != len(self._reports)
            or any(a is not b for a, b in zip(reports, self._reports, strict=False))
        ):
            self.set_reports(reports)

    def front_table(self) -> RowsTableView:
        return self.table

    def front_charts(self) -> ChartStack:
        return self.charts

    # --- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.prompt.setText(self.tr("Compare:"))
        self.targets_only.setText(self.tr("Targets only"))
        self.targets_only.setToolTip(
            self.tr("Only the year's main expected targets (主要预期目标)")
        )
        self.first_only.setText(self.tr("First per report"))
        self.first_only.setToolTip(self.tr("Each report's first matching figure, in reading order"))
        self.query.setToolTip(self.tr("A concept, a target label, or any figure label you type"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.store.path is not None:
                self.store.relabel()
            elif self._reports:
                self.set_reports(self._reports)
        super().changeEvent(event)


def _optional_number(value: object) -> str:
    return format_number(value) if isinstance(value, int | float) else ""
