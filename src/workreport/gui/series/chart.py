"""The chart of a series: targets as points (a range as a bar from its low to its high end),
outcomes as a line, years on the x axis; a year with no value is a gap. Hovering shows the year's
values. Imported when the Series view first draws: pyqtgraph is loaded then."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg  # noqa: TID253  # this module is itself imported lazily
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import QMenu, QToolTip

from workreport.core.tabular import format_number
from workreport.gui.chart.bars import style_axes

Point = tuple[int, float | None, float | None, float | None]  # year, target, high, outcome

TARGET_COLOUR = QColor(200, 90, 40)
OUTCOME_COLOUR = QColor(40, 110, 190)


class SeriesChart(pg.PlotWidget):  # type: ignore[misc]
    exportRequested = Signal(object, str)  # (chart, "png" | "svg"), as the other charts say it

    def __init__(self, parent: Any = None) -> None:
        palette = parent.palette() if parent is not None else QPalette()
        super().__init__(parent, background=palette.color(QPalette.ColorRole.Base))
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.points: list[Point] = []
        self.describe: Callable[[Point], str] = _plain_description
        plot = self.getPlotItem()
        foreground = style_axes(plot, palette, QFont(self.font()))
        plot.showGrid(x=False, y=True, alpha=0.2)
        self.legend = plot.addLegend(offset=(-10, 10), labelTextColor=foreground)
        empty = np.zeros(0)
        self.ranges = pg.ErrorBarItem(x=empty, y=empty, top=empty, bottom=empty, beam=0.3,
                                      pen=pg.mkPen(TARGET_COLOUR, width=3))  # fmt: skip
        plot.addItem(self.ranges)
        self.targets = plot.plot(
            [], [], pen=None, symbol="o", symbolSize=8, symbolBrush=TARGET_COLOUR,
            symbolPen=pg.mkPen(TARGET_COLOUR), name="",
        )  # fmt: skip
        self.outcomes = plot.plot(
            [], [], pen=pg.mkPen(OUTCOME_COLOUR, width=2), symbol="s", symbolSize=6,
            symbolBrush=OUTCOME_COLOUR, connect="finite", name="",
        )  # fmt: skip
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_names(self, target: str, outcome: str) -> None:
        """The legend's words (translated by the view)."""
        self.legend.clear()
        self.legend.addItem(self.targets, target)
        self.legend.addItem(self.outcomes, outcome)

    def set_points(self, points: list[Point]) -> None:
        self.points = points
        years = [p[0] for p in points]
        targets = [(p[0], p[1]) for p in points if p[1] is not None]
        self.targets.setData([t[0] for t in targets], [t[1] for t in targets])
        ranges = [(p[0], p[1], p[2]) for p in points if p[1] is not None and p[2] is not None]
        self.ranges.setData(
            x=np.array([r[0] for r in ranges], dtype=float),
            y=np.array([r[1] for r in ranges], dtype=float),
            bottom=np.zeros(len(ranges)),
            top=np.array([(r[2] or 0.0) - (r[1] or 0.0) for r in ranges], dtype=float),
        )
        # NaN where a year has no outcome: connect="finite" leaves a gap there
        self.outcomes.setData(years, [math.nan if p[3] is None else p[3] for p in points])
        values = [v for p in points for v in p[1:] if v is not None]
        plot = self.getPlotItem()
        if years:
            plot.setXRange(min(years) - 0.5, max(years) + 0.5, padding=0)
        if values:
            low, high = min(values), max(values)
            margin = (high - low) * 0.1 or 1.0
            plot.setYRange(min(0.0, low - margin), high + margin, padding=0)

    def point_at(self, scene_pos: QPointF) -> Point | None:
        """The year under the mouse, when it has a target or an outcome."""
        x = self.getPlotItem().vb.mapSceneToView(scene_pos).x()
        year = round(x)
        if abs(x - year) > 0.4:
            return None
        return next(
            (p for p in self.points if p[0] == year and any(v is not None for v in p[1:])), None
        )

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self.point_at(scene_pos)
        if point is None:
            QToolTip.hideText()
            return
        QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(scene_pos)), self.describe(point), self
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Export Chart as &PNG…"), lambda: self.exportRequested.emit(self, "png")
        )
        menu.addAction(
            self.tr("Export Chart as &SVG…"), lambda: self.exportRequested.emit(self, "svg")
        )
        menu.exec(event.globalPos())
        event.accept()


def _plain_description(point: Point) -> str:
    year, target, high, outcome = point
    parts = [str(year)]
    if target is not None:
        parts.append(format_number(target) + ("" if high is None else "—" + format_number(high)))
    if outcome is not None:
        parts.append(format_number(outcome))
    return "  ".join(parts)
