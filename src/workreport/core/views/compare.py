"""The rows and bars of the Compare view: one figure per report, side by side."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workreport.core.compare import figure_text
from workreport.core.model import Report
from workreport.core.record import FigureRecord
from workreport.core.tabular import Row

# what the table shows, in order; ``report`` is the report's title, ``report_id`` its id
COMPARE_COLUMNS: tuple[str, ...] = (
    "region", "figure", "value", "high", "unit", "qualifier", "label", "report", "sentence",
)  # fmt: skip


def _titles(reports: Iterable[Report]) -> dict[str, str]:
    return {report.id: report.title for report in reports}


def compare_rows(records: list[FigureRecord], reports: Iterable[Report]) -> list[Row]:
    """One row per compared figure: :data:`COMPARE_COLUMNS`, then ``report_id`` and
    ``section_id`` to find it again; ``high`` is None for a single figure."""
    titles = _titles(reports)
    return [
        {
            "region": r.region,
            "figure": figure_text(r),
            "value": r.value,
            "high": r.high,
            "unit": r.unit,
            "qualifier": r.qualifier,
            "label": r.label,
            "report": titles.get(r.report, r.report),
            "sentence": r.sentence,
            "report_id": r.report,
            "section_id": r.section_id,
        }
        for r in records
    ]


@dataclass(frozen=True, slots=True)
class CompareBar:
    label: str  # the region (else the report's title)
    value: float
    detail: str  # the report, the figure as written and its sentence, one a line


def compare_bars(rows: list[Row]) -> list[CompareBar]:
    """One bar per row of :func:`compare_rows`."""
    return [
        CompareBar(
            row["region"] or row["report"],
            row["value"],
            f"{row['report']}\n{row['figure']}\n{row['sentence']}",
        )
        for row in rows
    ]


def reports_compared(rows: list[Row]) -> int:
    """How many reports give the figure."""
    return len({row["report_id"] for row in rows})
