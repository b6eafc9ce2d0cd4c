"""A measure across the years: the target each report set and the outcome the next one states."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

    from workreport.core.model import Report


def series_frame(reports: Iterable[Report], region: str, measure: str) -> pd.DataFrame:
    """The series of ``measure`` for ``region`` as a DataFrame: the rows of ``workreport series
    --format json``, one a year (what ``wr.series`` returns)."""
    from workreport.core.series.table import rows_frame

    return rows_frame(series(reports, region, measure))


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
    "series_frame",
]
