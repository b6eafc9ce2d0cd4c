"""The Series view: a measure's target and outcome year by year, as a table and a chart."""

from __future__ import annotations

from workreport.gui.series.view import SeriesView

__all__ = ["SeriesView"]
