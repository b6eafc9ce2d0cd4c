"""Words over the years: one line per word, x = year, counts or rates per 10,000 characters, for
the reports of one region (the Keywords view's Across page). Years without a report are gaps: a
line joins only the years that have one, with a point on each. Hover shows the year's values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from workreport.core.keywords import CountingRule
from workreport.core.model import Report
from workreport.core.series.words import TrendLine, WordTrend, trend_lines, trend_region
from workreport.core.tabular import format_number

COLOURS = (
    QColor(40, 110, 190), QColor(200, 90, 40), QColor(60, 150, 80), QColor(150, 70, 170),
    QColor(120, 120, 120), QColor(190, 160, 20),
)  # fmt: skip


class TrendChart(QWidget):
    """A title and a line chart (pyqtgraph, made when first shown with lines)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.lines: list[TrendLine] = []
        self.region = ""
        self.plot: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self.setMinimumHeight(220)

    def show_trend(
        self,
        reports: tuple[Report, ...] | list[Report],
        selected: Report | None,
        words: tuple[str, ...],
        rule: CountingRule,
        rates: bool,
    ) -> None:
        self.region = trend_region(reports, selected)
        chosen = [r for r in reports if r.region == self.region and r.year is not None]
        self.lines = (
            trend_lines(WordTrend(chosen, rule).counts(words), rates=rates) if words else []
        )
        if not self.region:
            self.title.setText(self.tr("Words over the years: no region has reports of two years"))
        elif rates:
            self.title.setText(
                self.tr("{region}: per 10,000 characters, year by year").format(region=self.region)
            )
        else:
            self.title.setText(
                self.tr("{region}: occurrences, year by year").format(region=self.region)
            )
        self._draw()

    def _draw(self) -> None:
        if not self.lines and self.plot is None:
            return
        import pyqtgraph as pg  # only when there is a trend to draw

        if self.plot is None:
            palette = self.palette()
            self.plot = pg.PlotWidget(self, background=palette.color(QPalette.ColorRole.Base))
            self.plot.setMenuEnabled(False)
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.hideButtons()
            item = self.plot.getPlotItem()
            foreground = palette.color(QPalette.ColorRole.Text)
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setTextPen(foreground)
                axis.setPen(foreground)
                axis.setTickFont(QFont(self.font()))
            item.addLegend(offset=(-10, 10), labelTextColor=foreground)
            self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
            self._layout.addWidget(self.plot, 1)
        item = self.plot.getPlotItem()
        item.clear()
        for n, line in enumerate(self.lines):
            colour = COLOURS[n % len(COLOURS)]
            years = [p[0] for p in line.points]
            values = [p[1] for p in line.points]
            item.plot(years, values, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5,
                      symbolBrush=colour, symbolPen=pg.mkPen(colour), name=line.word)  # fmt: skip

    def values_at(self, year: int) -> list[tuple[str, float, Report]]:
        """Each word's value in ``year`` (words with a report that year)."""
        return [(line.word, p[1], p[2]) for line in self.lines for p in line.points if p[0] == year]

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        x = self.plot.getPlotItem().vb.mapSceneToView(scene_pos).x()
        values = self.values_at(round(x))
        if abs(x - round(x)) > 0.4 or not values:
            QToolTip.hideText()
            return
        lines = [values[0][2].title] + [f"{word}: {format_number(v)}" for word, v, _ in values]
        position = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
        QToolTip.showText(position, "\n".join(lines), self.plot)
