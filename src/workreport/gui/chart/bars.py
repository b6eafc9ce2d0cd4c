"""One horizontal bar chart (pyqtgraph), with a context menu to copy or export it.

Imported only when a chart is first made: pyqtgraph costs ~0.4 s to import. Bars are horizontal so
that Chinese labels read across, unrotated; the axis groups values in 万 and 亿. Hovering a bar
shows its exact label and value. Giving an existing chart new bars costs about 1 ms, making one
10–20 ms: :class:`~workreport.gui.chart.stack.ChartStack` reuses them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg  # noqa: TID253  # this module is itself imported lazily
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import QMenu, QToolTip

from workreport.core.tabular import format_chinese_magnitude
from workreport.gui.chart.data import ChartData, chart_height

MAX_LABEL_CHARS = 14


def style_axes(plot: Any, palette: QPalette, font: QFont) -> QColor:
    """Draw ``plot``'s left and bottom axes in the palette's text colour and the widget's font
    (every chart of the window looks alike); the colour used."""
    foreground = palette.color(QPalette.ColorRole.Text)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTextPen(foreground)
        axis.setPen(foreground)
        axis.setTickFont(font)
    return foreground


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


class _MagnitudeAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_chinese_magnitude(round(v * scale, 6)) for v in values]


class BarChart(pg.PlotWidget):  # type: ignore[misc]
    """One horizontal bar chart with a context menu to copy or export it."""

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
        style_axes(plot, palette, QFont(self.font()))
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
            (self.tr("Export Chart as &PNG…"), lambda: self._export(".png")),
            (self.tr("Export Chart as &SVG…"), lambda: self._export(".svg")),
        ]
        for text, slot in actions:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(event.globalPos())

    def _copy(self) -> None:
        from workreport.gui.chart.export import copy_image

        copy_image(self)

    def _export(self, suffix: str) -> None:
        from workreport.gui.chart.export import export_dialog

        export_dialog(self, self, self.data.key, prefer=suffix)
