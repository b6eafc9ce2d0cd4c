"""A measure across the years: the target each report set and the outcome the next one states."""

from __future__ import annotations

from workreport.core.series.measures import measure_key, query_key
from workreport.core.series.rows import (
    CEILING_MEASURES,
    Figure,
    MeasureYears,
    OutcomeReason,
    SeriesIndex,
    SeriesRow,
    TargetReason,
    Verdict,
    latest_per_region,
    series,
)

__all__ = [
    "CEILING_MEASURES",
    "Figure",
    "MeasureYears",
    "OutcomeReason",
    "SeriesIndex",
    "SeriesRow",
    "TargetReason",
    "Verdict",
    "latest_per_region",
    "measure_key",
    "query_key",
    "series",
]
