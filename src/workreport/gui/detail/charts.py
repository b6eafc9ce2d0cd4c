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
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QScrollArea, QToolTip, QVBoxLayout, QWidget

from workreport.core.tabular import Row, format_chinese_magnitude, format_number
from workreport.core.views.charts import MAX_BARS, figure_groups, word_bars
from workreport.core.views.header import KEYWORD
from workreport.gui.tree.node import TreeNode

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


def chart_height(data: ChartData) -> int:
    """The height of a chart of ``data``: a fixed pitch per bar, and room for the axis."""
    return BAR_PITCH * len(data.bars) + 50


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
    charts = []
    for group in figure_groups(rows, max_bars):
        title = f"{dimension_title(group.dimension)} ({'、'.join(group.units)})"
        if group.cut:
            title = QCoreApplication.translate(
                "Charts", "{title}: the {shown} largest of {total} figures"
            ).format(title=title, shown=len(group.rows), total=f"{group.total:,}")
        charts.append(ChartData(group.dimension, title, [_figure_bar(m) for m in group.rows]))
    return charts


def keyword_chart(node: TreeNode) -> ChartData | None:
    """新 per child section, for the root and for chapters, counted as the header counts it."""
    if not node.children or node.is_group:
        return None
    section_id = None if node.section is None else node.section.id
    bars = [
        Bar(bar.title, float(bar.count), f"{bar.title}\n“{KEYWORD}”: {bar.count}")
        for bar in word_bars(node.report, section_id, KEYWORD)
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
        self._pending = False
        self._draw(data)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_data(self, data: ChartData) -> None:
        """Show other bars in this chart (much cheaper than making a new one)."""
        self.set_data_later(data)
        self.draw_pending()

    def set_data_later(self, data: ChartData) -> None:
        """Take the height of ``data`` now, and draw its bars when first painted (or asked where
        a bar is): a chart scrolled out of view costs next to nothing."""
        if data == self.data and not self._pending:
            return
        self.data = data
        self._pending = True
        self.setMinimumHeight(chart_height(data))
        self.setMaximumHeight(chart_height(data))

    def draw_pending(self) -> None:
        """Draw the bars of the data last set, if that was not done yet."""
        if self._pending:
            self._pending = False
            self._draw(self.data)

    @property
    def pending(self) -> bool:
        return self._pending

    def paintEvent(self, event: Any) -> None:
        self.draw_pending()
        super().paintEvent(event)

    def settle(self) -> None:
        """Apply a new range or size to the plot now rather than when it paints.

        pyqtgraph moves its items to a new view range just before painting; items that move
        during a paint make the view paint a second time.
        """
        scene = self.scene()
        scene.prepareForPaint()
        QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)  # the scene's updates

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
        self.setMinimumHeight(chart_height(data))
        self.setMaximumHeight(chart_height(data))

    def bar_count(self) -> int:
        return len(self.data.bars)

    def bar_at(self, scene_pos: QPointF) -> int | None:
        self.draw_pending()
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


class _Placeholder(QWidget):
    """Holds a chart's place (its height) until the chart is scrolled into view."""

    def __init__(self, panel: ChartsPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self._panel = panel

    def paintEvent(self, event: Any) -> None:  # in view before the panel noticed: make it
        QTimer.singleShot(0, self._panel, self._panel.realize_visible)


class _Slot:
    """One chart's place in the panel: its title, and its chart once made."""

    def __init__(self, title: QLabel, placeholder: _Placeholder) -> None:
        self.title = title
        self.placeholder = placeholder
        self.chart: BarChart | None = None
        self.data: ChartData | None = None

    @property
    def widget(self) -> QWidget:
        return self.chart if self.chart is not None else self.placeholder


class ChartsPanel(QScrollArea):
    """Every chart of the selected node, stacked; built only when shown, and reused.

    A chart is made (a pyqtgraph plot costs 10–20 ms) when it first comes into view, and then
    kept for the charts of later nodes; until then a placeholder of its height holds its place,
    and a chart scrolled out of view draws its new bars when it comes back.
    """

    exportRequested = Signal(object, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._node: TreeNode | None = None
        self._rows: list[Row] = []
        self._stale = False
        self._slots: list[_Slot] = []  # made so far; the first len(self._data) are in use
        self._data: list[ChartData] = []
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._empty = QLabel(self._content)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.hide()
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.verticalScrollBar().valueChanged.connect(self.realize_visible)

    @property
    def stale(self) -> bool:
        """Whether the charts shown are not yet those of the node last set."""
        return self._stale

    @property
    def charts(self) -> list[BarChart]:
        """Every chart of the node, in order (made now, those not yet in view included)."""
        self._realize(range(len(self._data)))
        return [slot.chart for slot in self._slots[: len(self._data)] if slot.chart is not None]

    def chart_data(self) -> list[ChartData]:
        """What each chart of the node shows, in order, whether made or not."""
        return list(self._data)

    def first_chart(self) -> BarChart | None:
        """The first chart, if it is made (it is, when the top of the panel is in view)."""
        return self._slots[0].chart if self._data and self._slots[0].chart is not None else None

    def widget(self) -> QWidget:
        """The content, with every chart made and drawn: what Export Charts saves."""
        self._realize(range(len(self._data)))
        content = super().widget()
        assert content is not None
        return content

    def set_node(self, node: TreeNode, rows: list[Row]) -> None:
        self._node, self._rows, self._stale = node, rows, True
        if self.isVisible():
            self.rebuild()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.realize_visible()

    def rebuild(self) -> None:
        self._stale = False
        data: list[ChartData] = []
        if self._node is not None:
            data = figure_charts(self._rows)
            keyword = keyword_chart(self._node)
            if keyword is not None:
                data.append(keyword)
        self._data = data
        self._content.setUpdatesEnabled(False)
        try:
            while len(self._slots) < len(data):
                self._add_slot()
            for slot, chart_data in zip(self._slots, data, strict=False):
                slot.data = chart_data
                slot.title.setText(chart_data.title)
                slot.placeholder.setFixedHeight(chart_height(chart_data))
                if slot.chart is not None:
                    slot.chart.set_data_later(chart_data)
                slot.title.show()
                slot.widget.show()
            for slot in self._slots[len(data) :]:
                slot.title.hide()
                slot.widget.hide()
            self._empty.setText(self.tr("This section has no figures to chart."))
            self._empty.setVisible(self._node is not None and not data)
            self._realize(self._in_view(estimated=True))
        finally:
            self._content.setUpdatesEnabled(True)
        self._settle()

    def realize_visible(self) -> None:
        """Make and draw the charts now in view (before they paint, so that they paint once)."""
        in_view = self._in_view(estimated=False)
        if any(self._unfinished(i) for i in in_view):
            self._realize(in_view)
            self._settle()

    def _unfinished(self, index: int) -> bool:
        chart = self._slots[index].chart
        return chart is None or chart.pending

    def _in_view(self, *, estimated: bool) -> list[int]:
        """The charts in (or partly in) view: from the layout, or, before it has placed them,
        from their heights."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        spacing = self._layout.spacing()
        y = self._layout.contentsMargins().top()
        shown = []
        for i, slot in enumerate(self._slots[: len(self._data)]):
            if estimated:
                start = y
                y += slot.title.sizeHint().height() + spacing + chart_height(self._data[i])
                end, y = y, y + spacing
            else:
                start, end = slot.title.y(), slot.widget.geometry().bottom()
            if start < bottom and end > top:
                shown.append(i)
        return shown

    def _realize(self, indexes: Any) -> None:
        """Make the charts at ``indexes`` (where not made yet) and draw their bars."""
        for i in indexes:
            slot = self._slots[i]
            assert slot.data is not None
            if slot.chart is None:
                chart = BarChart(slot.data, self._content)
                chart.exportRequested.connect(self.exportRequested)
                self._layout.replaceWidget(slot.placeholder, chart)
                slot.placeholder.hide()
                slot.chart = chart
                chart.show()
            slot.chart.draw_pending()

    def _add_slot(self) -> None:
        title = QLabel(self._content)
        title.setTextFormat(Qt.TextFormat.PlainText)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        placeholder = _Placeholder(self, self._content)
        position = self._layout.count() - 1  # before the stretch
        self._layout.insertWidget(position, title)
        self._layout.insertWidget(position + 1, placeholder)
        self._slots.append(_Slot(title, placeholder))

    def _settle(self) -> None:
        """Lay out, and move the plots to their new ranges, now rather than while painting.

        Left to the event loop, the layouts of the charts (and of the pane around them) settle
        over several rounds, each asking for the next (chart, content, scroll area), and
        pyqtgraph moves its items to a new range just before painting them: the window would
        paint once per round, and each chart twice.
        """
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # show or hide scroll bars
        for slot in self._slots[: len(self._data)]:
            if slot.chart is not None and not slot.chart.pending:
                slot.chart.settle()
