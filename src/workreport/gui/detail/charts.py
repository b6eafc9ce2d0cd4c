"""Bar charts of a node's figures, one per dimension, and of 新 per child section.

Imported only when the Charts tab is first shown: pyqtgraph costs ~0.4 s to import. Bars are
horizontal so that Chinese labels read across, unrotated; values are base values (元, 平方米 …)
and the axis groups them in 万 and 亿. Hovering a bar shows its exact label and value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg  # noqa: TID253  # this module is itself imported lazily
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QScrollArea, QToolTip, QVBoxLayout, QWidget

from workreport.core.export import Row
from workreport.core.tabular import format_chinese_magnitude, format_number
from workreport.gui.tree.node import TreeNode

KEYWORD = "新"
MAX_LABEL_CHARS = 14
BAR_PITCH = 26  # pixels per bar


def dimension_title(dimension: str) -> str:
    titles = {
        "money": QCoreApplication.translate("Charts", "Money"),
        "percent": QCoreApplication.translate("Charts", "Percentages"),
        "percentage_points": QCoreApplication.translate("Charts", "Percentage points"),
        "area": QCoreApplication.translate("Charts", "Area"),
        "length": QCoreApplication.translate("Charts", "Length"),
        "people": QCoreApplication.translate("Charts", "People"),
        "person_times": QCoreApplication.translate("Charts", "Person-times"),
        "households": QCoreApplication.translate("Charts", "Households"),
        "organisations": QCoreApplication.translate("Charts", "Organisations"),
        "count": QCoreApplication.translate("Charts", "Counts"),
        "duration": QCoreApplication.translate("Charts", "Durations"),
        "mass": QCoreApplication.translate("Charts", "Mass"),
        "volume": QCoreApplication.translate("Charts", "Volume"),
        "power": QCoreApplication.translate("Charts", "Power"),
        "energy": QCoreApplication.translate("Charts", "Energy"),
    }
    return titles.get(dimension, dimension)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float  # the plotted value
    tooltip: str


@dataclass(frozen=True, slots=True)
class ChartData:
    key: str  # the dimension, or "keyword"
    title: str
    bars: list[Bar]


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def figure_charts(rows: list[Row]) -> list[ChartData]:
    """One chart per dimension, in the order dimensions first appear; one bar per figure."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row["dimension"], []).append(row)
    charts = []
    for dimension, members in groups.items():
        units = sorted({m["base_unit"] for m in members})
        bars = [
            Bar(
                label=m["label"] or m["section"].rsplit(" / ", 1)[-1],
                value=m["base_value"],
                tooltip=f"{m['label']}\n{m['qualifier']}{format_number(m['value'])}{m['unit']}"
                + (
                    f" = {format_number(m['base_value'])} {m['base_unit']}"
                    if m["unit"] != m["base_unit"]
                    else ""
                )
                + f"\n{m['section']}",
            )
            for m in members
        ]
        charts.append(
            ChartData(dimension, f"{dimension_title(dimension)} ({'、'.join(units)})", bars)
        )
    return charts


def keyword_chart(node: TreeNode) -> ChartData | None:
    """新 per child section, for the root and for chapters."""
    if not node.children:
        return None
    bars = [
        Bar(child.title, float(count), f"{child.title}\n“{KEYWORD}”: {count}")
        for child in node.children
        for count in [child.text().count(KEYWORD)]
    ]
    title = QCoreApplication.translate("Charts", "“{keyword}” per section").format(keyword=KEYWORD)
    return ChartData("keyword", title, bars)


class _MagnitudeAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_chinese_magnitude(round(v * scale, 6)) for v in values]


class BarChart(pg.PlotWidget):  # type: ignore[misc]
    """One horizontal bar chart with a context menu to copy or export it."""

    exportRequested = Signal(object, str)  # (chart, "png" | "svg")

    def __init__(self, data: ChartData, parent: Any = None) -> None:
        palette = parent.palette() if parent is not None else QPalette()
        super().__init__(
            parent,
            background=palette.color(QPalette.ColorRole.Base),
            axisItems={"bottom": _MagnitudeAxis(orientation="bottom")},
        )
        self.data = data
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.invertY(True)
        foreground = palette.color(QPalette.ColorRole.Text)
        font = QFont(self.font())
        metrics = self.fontMetrics()
        label_width = max(
            (metrics.horizontalAdvance(_short(b.label)) for b in data.bars), default=40
        )
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTextPen(foreground)
            axis.setPen(foreground)
            axis.setTickFont(font)
        left = plot.getAxis("left")
        left.setWidth(label_width + 12)
        left.setTicks([[(i, _short(b.label)) for i, b in enumerate(data.bars)]])
        values = [b.value for b in data.bars]
        brush = QColor(palette.color(QPalette.ColorRole.Highlight))
        self.bars = pg.BarGraphItem(
            x0=0,
            y=list(range(len(values))),
            height=0.6,
            width=values,
            brush=brush,
            pen=pg.mkPen(None),
        )
        plot.addItem(self.bars)
        plot.setYRange(-0.6, len(values) - 0.4, padding=0)
        low, high = min([0.0, *values]), max([0.0, *values])
        plot.setXRange(low, high * 1.05 if high > 0 else 1, padding=0)
        self.setMinimumHeight(BAR_PITCH * len(values) + 50)
        self.setMaximumHeight(BAR_PITCH * len(values) + 50)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def bar_count(self) -> int:
        return len(self.data.bars)

    def bar_at(self, scene_pos: QPointF) -> int | None:
        point: QPointF = self.getPlotItem().vb.mapSceneToView(scene_pos)
        index = round(point.y())
        if 0 <= index < len(self.data.bars) and abs(point.y() - index) <= 0.3:
            value = self.data.bars[index].value
            if min(0, value) <= point.x() <= max(0, value) or abs(point.x()) < 1e-12:
                return index
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.bar_at(scene_pos)
        if index is None:
            QToolTip.hideText()
            return
        global_pos = self.mapToGlobal(self.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, self.data.bars[index].tooltip, self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("&Copy Chart as Image"), self._copy),
            (self.tr("Export Chart as &PNG…"), lambda: self.exportRequested.emit(self, "png")),
            (self.tr("Export Chart as &SVG…"), lambda: self.exportRequested.emit(self, "svg")),
        ]
        for text, slot in actions:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(event.globalPos())

    def _copy(self) -> None:
        from workreport.gui.detail.chart_export import copy_image

        copy_image(self)


class ChartsPanel(QScrollArea):
    """Every chart of the selected node, stacked; built only when shown."""

    exportRequested = Signal(object, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._node: TreeNode | None = None
        self._rows: list[Row] = []
        self._stale = False
        self.charts: list[BarChart] = []
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self.setWidget(self._content)

    def set_node(self, node: TreeNode, rows: list[Row]) -> None:
        self._node, self._rows, self._stale = node, rows, True
        if self.isVisible():
            self.rebuild()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        self._stale = False
        for chart in self.charts:
            chart.deleteLater()
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.charts = []
        if self._node is None:
            return
        data = figure_charts(self._rows)
        keyword = keyword_chart(self._node)
        if keyword is not None:
            data.append(keyword)
        if not data:
            empty = QLabel(self.tr("This section has no figures to chart."), self._content)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(empty)
        for chart_data in data:
            title = QLabel(chart_data.title, self._content)
            title.setTextFormat(Qt.TextFormat.PlainText)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            chart = BarChart(chart_data, self._content)
            chart.exportRequested.connect(self.exportRequested)
            self._layout.addWidget(title)
            self._layout.addWidget(chart)
            self.charts.append(chart)
        self._layout.addStretch(1)
