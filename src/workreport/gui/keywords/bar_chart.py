"""A bar chart whose bars can be replaced: the Keywords view redraws as the user types.

Making a pyqtgraph plot costs 10–20 ms; replacing the bars of an existing one costs about 1 ms, which
keeps an update with several words (two charts each) within the view's 100 ms. Imported lazily,
like ``gui/detail/charts.py`` itself, because it imports pyqtgraph.
"""

from __future__ import annotations

from workreport.gui.detail.charts import BAR_PITCH, BarChart, ChartData, _short


class KeywordBarChart(BarChart):
    """:class:`BarChart` with :meth:`set_data`, drawing what its constructor draws."""

    def set_data(self, data: ChartData) -> None:
        if data == self.data:
            return
        self.data = data
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
