"""The Series view: pick a region and a measure; a table of each year's target and the outcome
the next report states, met or missed, and a chart of both over the years.

The core computes the series (:mod:`workreport.core.series`); this view only shows it, words its
codes (met, missed, why an outcome is missing) through tr(), shows each sentence on hover and
jumps to it in its report on a double click (``sentenceActivated``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workreport.core.model import Report
from workreport.core.series import SeriesIndex, SeriesRow
from workreport.core.series.table import chart_points, view_rows
from workreport.core.tabular import format_number
from workreport.gui.series.across_store import StoreSeries
from workreport.gui.table.rows import RowsColumn
from workreport.gui.table.rows_view import RowsTableView

if TYPE_CHECKING:
    from pathlib import Path

    from workreport.gui.series.chart import Point, SeriesChart
    from workreport.gui.tree.node import TreeNode
    from workreport.gui.view_protocol import Library

DEFAULT_MEASURE = "生产总值增长"


def reason_text(code: str) -> str:
    texts = {
        "no_report": QCoreApplication.translate("Series", "no report of this year"),
        "not_set": QCoreApplication.translate("Series", "no target set"),
        "no_next_report": QCoreApplication.translate("Series", "no report of the next year"),
        "only_several_years": QCoreApplication.translate(
            "Series", "next report states only a multi-year figure"
        ),
        "not_stated": QCoreApplication.translate("Series", "not stated in the next report"),
    }
    return texts.get(code, code)


def verdict_text(code: str) -> str:
    texts = {
        "met": QCoreApplication.translate("Series", "met"),
        "missed": QCoreApplication.translate("Series", "missed"),
    }
    return texts.get(code, code)


class SeriesView(QWidget):
    # (report, section, paragraph, start, end) of a sentence to show in its report
    sentenceActivated = Signal(object, object, int, int, int)
    chartExportRequested = Signal(object, str)  # (chart widget, "png" | "svg")
    copied = Signal(int)  # rows copied from the table

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._index = SeriesIndex([])
        self._reports: list[Report] = []
        self._series: list[SeriesRow] = []
        self._wanted_measure = ""  # a measure asked for before the store's answer came
        self.store = StoreSeries(self)  # across the library's store, when it holds reports
        self.region = QComboBox(self)
        self.measure = QComboBox(self)
        self.measure.setMinimumContentsLength(18)
        self.region.setMinimumContentsLength(8)  # the longer names of a store's regions
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region.currentIndexChanged.connect(self._on_region_changed)
        self.measure.currentIndexChanged.connect(self.refresh)
        self.region_label = QLabel(self)
        self.measure_label = QLabel(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.table = RowsTableView(self)
        self.table.export_name = "series"
        self.table.copied.connect(self.copied)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.chart: SeriesChart | None = None
        self._chart_holder = QWidget(self)
        self._chart_layout = QVBoxLayout(self._chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        controls.addWidget(self.region_label)
        controls.addWidget(self.region)
        controls.addWidget(self.measure_label)
        controls.addWidget(self.measure, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._chart_holder)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.explanation)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    # --- what the window asks of a view (workreport.gui.view_protocol.WindowView) ---------------

    def show_node(self, _node: TreeNode, library: Library) -> None:
        """A series runs across the whole library: with reports stored from files the store lists
        the regions and loads the picked region's reports on a thread; else every report is
        loaded."""
        path = library.library_store()
        if path is not None:
            self.store.show(path, library.memory_reports(), library)
        else:
            self.set_reports(library.all_reports())

    def copy_selection(self) -> int:
        return self.table.copy_selection()

    def select_all(self) -> None:
        self.table.selectAll()

    def export_table(self, path: Path) -> int:
        return self.table.write_table(path)

    def chart_widget(self) -> QWidget | None:
        return self.chart if self._series else None

    def export_name(self) -> str:
        return self.table.export_name

    def _on_chart_export(self, chart: QWidget, prefer: str) -> None:
        from workreport.gui.chart.export import export_dialog

        export_dialog(self, chart, self.export_name(), prefer)

    # --- content ------------------------------------------------------------------------------

    def set_reports(self, reports: list[Report]) -> None:
        """Series over these reports (the loaded library); the region with most years first."""
        known = self._reports
        in_memory = self.store.path is None
        if (
            in_memory
            and len(known) == len(reports)
            and all(a is b for a, b in zip(known, reports, strict=True))
        ):
            return  # the same library: keep the series computed so far
        self.store.leave()
        self._reports = list(reports)
        self._index = SeriesIndex(reports)
        self.set_regions(self._index.regions())

    def set_regions(self, regions: list[str]) -> None:
        """List these regions to pick from (keeping the one picked) and show the picked one."""
        current = self.region.currentText()
        blocked = self.region.blockSignals(True)
        self.region.clear()
        for region in regions:
            self.region.addItem(region, region)
        found = self.region.findData(current)
        self.region.setCurrentIndex(found if found >= 0 else 0)
        self.region.blockSignals(blocked)
        self._on_region_changed()

    def _on_region_changed(self) -> None:
        if self.store.path is not None:
            self._wanted_measure = self._wanted_measure or str(self.measure.currentData() or "")
            self.store.ask_region(self.current_region())  # then set_index
            return
        self._list_measures()

    def set_index(self, index: SeriesIndex) -> None:
        """Series from ``index`` (the picked region's reports, from the store)."""
        self._index = index
        self._list_measures()

    def _list_measures(self) -> None:
        current = self._wanted_measure or self.measure.currentData() or DEFAULT_MEASURE
        self._wanted_measure = ""
        blocked = self.measure.blockSignals(True)
        self.measure.clear()
        for m in self._index.measures(self.current_region()):
            title = self.tr("{label} ({count} years)").format(label=m.label, count=len(m.years))
            self.measure.addItem(title, m.measure)
        found = self.measure.findData(current)
        self.measure.setCurrentIndex(found if found >= 0 else 0)
        self.measure.blockSignals(blocked)
        self.refresh()

    def current_region(self) -> str:
        return str(self.region.currentData() or "")

    def current_measure(self) -> str:
        return str(self.measure.currentData() or "")

    def set_measure(self, region: str, measure: str) -> None:
        """Show ``measure`` (a key) of ``region``, as if picked."""
        if self.store.path is not None:  # the region's measures come with the store's answer
            self._wanted_measure = measure
            if self.current_region() == region:
                self._on_region_changed()
            else:
                self.region.setCurrentIndex(max(0, self.region.findData(region)))
            return
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.measure.setCurrentIndex(max(0, self.measure.findData(measure)))
        self.refresh()

    @property
    def rows(self) -> list[SeriesRow]:
        return self._series

    def refresh(self) -> None:
        region, measure = self.current_region(), self.current_measure()
        self._series = self._index.series(region, measure) if region and measure else []
        rows = view_rows(self._series)
        for row in rows:
            row["verdict"] = verdict_text(row["verdict"])
            row["note"] = "; ".join(
                reason_text(code) for code in (row["target_reason"], row["outcome_reason"]) if code
            )
        columns = [
            RowsColumn(
                "year", QCoreApplication.translate("Series", "Year"), numeric=True, display=str
            ),
            RowsColumn("target", QCoreApplication.translate("Series", "Target")),
            RowsColumn("outcome", QCoreApplication.translate("Series", "Outcome")),
            RowsColumn("verdict", QCoreApplication.translate("Series", "Met?")),
            RowsColumn("note", QCoreApplication.translate("Series", "Note")),
            RowsColumn("target_report", QCoreApplication.translate("Series", "Target in")),
            RowsColumn("outcome_report", QCoreApplication.translate("Series", "Outcome in")),
            RowsColumn("target_sentence", QCoreApplication.translate("Series", "Target sentence")),
            RowsColumn(
                "outcome_sentence", QCoreApplication.translate("Series", "Outcome sentence")
            ),
        ]
        source = QCoreApplication.translate(
            "Series", "Series: {measure}, {region}; targets and the next year's outcomes"
        )
        self.table.set_rows(rows, columns, source.format(measure=measure, region=region))
        self.table.scrollToBottom()  # the latest years first in sight
        met = sum(1 for r in self._series if r.verdict is not None and r.verdict.value == "met")
        judged = sum(1 for r in self._series if r.verdict is not None)
        self.explanation.setText(
            QCoreApplication.translate(
                "Series",
                "Each year's target is from that year's report, its outcome from the review in "
                "the next year's report; where the next report gives none for that year alone, "
                "the note says why. Met in {met} of {judged} years with both. Hover a row for "
                "its sentences, double-click a target or outcome to read it in its report.",
            ).format(met=met, judged=judged)
        )
        self._draw_chart()

    def _draw_chart(self) -> None:
        if not self.isVisible():
            return
        if self.chart is None:
            from workreport.gui.series.chart import SeriesChart  # imports pyqtgraph

            self.chart = SeriesChart(self._chart_holder)
            self.chart.exportRequested.connect(self.chartExportRequested)
            self.chart.exportRequested.connect(self._on_chart_export)
            self.chart.describe = self._describe_point
            self._chart_layout.addWidget(self.chart)
            self._name_chart()
        self.chart.set_points(chart_points(self._series))

    def _name_chart(self) -> None:
        if self.chart is not None:
            self.chart.set_names(self.tr("Target"), self.tr("Outcome"))

    def _describe_point(self, point: Point) -> str:
        year, target, high, outcome = point
        lines = [str(year)]
        if target is not None:
            written = format_number(target) + ("" if high is None else "—" + format_number(high))
            lines.append(self.tr("Target: {value}").format(value=written))
        if outcome is not None:
            lines.append(self.tr("Outcome: {value}").format(value=format_number(outcome)))
        return "\n".join(lines)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._draw_chart()

    # --- hover and jump -----------------------------------------------------------------------

    def _source_cell(self, pos: QPoint) -> tuple[int, str] | None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        source = self.table.proxy.mapToSource(index)
        return source.row(), self.table.columns[source.column()].key

    def sentence_at(self, row: int, key: str) -> str:
        """The sentence a cell stands for: the outcome's for the outcome's columns, else the
        target's (and both for the year)."""
        shown = self.table.rows[row]
        if key.startswith("outcome"):
            return str(shown["outcome_sentence"])
        if key == "year" or key in ("verdict", "note"):
            return "\n\n".join(
                str(shown[k]) for k in ("target_sentence", "outcome_sentence") if shown[k]
            )
        return str(shown["target_sentence"])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            cell = self._source_cell(event.pos())
            text = "" if cell is None else self.sentence_at(*cell)
            if text:
                QToolTip.showText(event.globalPos(), text, self.table)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _on_double_clicked(self, index: Any) -> None:
        if not index.isValid():
            return
        source = self.table.proxy.mapToSource(index)
        self.activate(source.row(), self.table.columns[source.column()].key)

    def activate(self, row: int, key: str) -> None:
        """Jump to the outcome's sentence (from its columns) or the target's (from the others)."""
        year = self.table.rows[row]["year"]
        series_row = next(r for r in self._series if r.year == year)
        figure = series_row.outcome if key.startswith("outcome") else series_row.target
        figure = figure or series_row.target or series_row.outcome
        if figure is None:
            return
        i = figure.indicator
        report, section = self.store.listed(figure.report, figure.section)
        self.sentenceActivated.emit(report, section, i.paragraph, i.start, i.end)

    # --- language -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.region_label.setText(self.tr("Region:"))
        self.measure_label.setText(self.tr("Measure:"))
        self.measure.setToolTip(self.tr("Measures some report of the region sets as a target"))
        self._name_chart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.region.count():
                self._list_measures()
        super().changeEvent(event)
