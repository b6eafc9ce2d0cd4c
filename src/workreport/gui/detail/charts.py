"""Bar charts of a node's figures, one per dimension, and of 新 per child section.

Imported only when the Charts tab is first shown: pyqtgraph costs ~0.4 s to import. Bars are
horizontal so that Chinese labels read across, unrotated; values are base values (元, 平方米 …)
and the axis groups them in 万 and 亿. Hovering a bar shows its exact label and value.

A chart shows at most :data:`MAX_BARS` bars: a section with more figures of one kind charts the
largest, in order of size, and says how many it left out. Charts are reused from one section to
the next: making a pyqtgraph plot costs 10–20 ms, giving an existing one new bars about 1 ms.
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
MAX_BARS = 40  # per chart: 40 bars are 1,040 pixels tall, and more cannot be read


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


def _figure_bar(row: Row) -> Bar:
    tooltip = f"{row['label']}\n{row['qualifier']}{format_number(row['value'])}{row['unit']}"
    if row["unit"] != row["base_unit"]:
        tooltip += f" = {format_number(row['base_value'])} {row['base_unit']}"
    return Bar(
        label=row["label"] or row["section"].rsplit(" / ", 1)[-1],
        value=row["base_value"],
        tooltip=tooltip + f"\n{row['section']}",
    )


def figure_charts(rows: list[Row], max_bars: int = MAX_BARS) -> list[ChartData]:
    """One chart per dimension, in the order dimensions first appear; one bar per figure.

    A dimension with more than ``max_bars`` figures charts the ``max_bars`` largest, largest
    first, and its title says so; otherwise the bars are in reading order.
    """
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row["dimension"], []).append(row)
    charts = []
    for dimension, members in groups.items():
        units = sorted({m["base_unit"] for m in members})
        title = f"{dimension_title(dimension)} ({'、'.join(units)})"
        shown = members
        if len(members) > max_bars:
            shown = sorted(members, key=lambda m: -abs(m["base_value"]))[:max_bars]
            title = QCoreApplication.translate(
                "Charts", "{title}: the {shown} largest of {total} figures"
            ).format(title=title, shown=max_bars, total=f"{len(members):,}")
        charts.append(ChartData(dimension, title, [_figure_bar(m) for m in shown]))
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
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTextPen(foreground)
            axis.setPen(foreground)
            axis.setTickFont(font)
        self.bars = pg.BarGraphItem(
            x0=0,
            y=[],
            height=0.6,
            width=[],
            brush=QColor(palette.color(QPalette.ColorRole.Highlight)),
            pen=pg.mkPen(None),
        )
        plot.addItem(self.bars)
        self._draw(data)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_data(self, data: ChartData) -> None:
        """Show other bars in this chart (much cheaper than making a new one)."""
        if data != self.data:
            self.data = data
            self._draw(data)

    def _draw(self, data: ChartData) -> None:
        plot = self.getPlotItem()
        metrics = self.fontMetrics()
        label_width = max(
            (metrics.horizontalAdvance(_short(b.label)) for b in data.bars), default=40
        )
        left = plot.getAxis("left")
        left.setWidth(label_width + 12)
        left.setTicks([[(i, _short(b.label)) for i, b in enumerate(data.bars)]])
        values = [b.value for b in data.bars]
        self.bars.setOpts(x0=0, y=list(range(len(values))), height=0.6, width=values)
        plot.setYRange(-0.6, len(values) - 0.4, padding=0)
        low, high = min([0.0, *values]), max([0.0, *values])
        plot.setXRange(low, high * 1.05 if high > 0 else 1, padding=0)
        self.setMinimumHeight(BAR_PITCH * len(values) + 50)
        self.setMaximumHeight(BAR_PITCH * len(values) + 50)

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
    """Every chart of the selected node, stacked; built only when shown, and reused."""

    exportRequested = Signal(object, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._node: TreeNode | None = None
        self._rows: list[Row] = []
        self._stale = False
        self.charts: list[BarChart] = []  # the charts shown, in order
        self._titles: list[QLabel] = []  # one per chart made, shown or not
        self._made: list[BarChart] = []
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._empty = QLabel(self._content)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.hide()
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._content)

    @property
    def stale(self) -> bool:
        """Whether the charts shown are not yet those of the node last set."""
        return self._stale

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
        data: list[ChartData] = []
        if self._node is not None:
            data = figure_charts(self._rows)
            keyword = keyword_chart(self._node)
            if keyword is not None:
                data.append(keyword)
        self._content.setUpdatesEnabled(False)
        try:
            for i, chart_data in enumerate(data):
                if i == len(self._made):
                    self._make_chart(chart_data)
                else:
                    self._titles[i].setText(chart_data.title)
                    self._made[i].set_data(chart_data)
                self._titles[i].show()
                self._made[i].show()
            for title, chart in zip(
                self._titles[len(data) :], self._made[len(data) :], strict=True
            ):
                title.hide()
                chart.hide()
            self.charts = self._made[: len(data)]
            self._empty.setText(self.tr("This section has no figures to chart."))
            self._empty.setVisible(self._node is not None and not data)
        finally:
            self._content.setUpdatesEnabled(True)

    def _make_chart(self, chart_data: ChartData) -> None:
        title = QLabel(chart_data.title, self._content)
        title.setTextFormat(Qt.TextFormat.PlainText)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        chart = BarChart(chart_data, self._content)
        chart.exportRequested.connect(self.exportRequested)
        position = self._layout.count() - 1  # before the stretch
        self._layout.insertWidget(position, title)
        self._layout.insertWidget(position + 1, chart)
        self._titles.append(title)
        self._made.append(chart)
