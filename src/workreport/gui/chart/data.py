"""What a bar chart shows: titled bars with their tooltips. Plain data, no pyqtgraph: views make
it at no cost, and a chart is made from it only when it comes into view."""

from __future__ import annotations

from dataclasses import dataclass

BAR_PITCH = 26  # pixels per bar


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
