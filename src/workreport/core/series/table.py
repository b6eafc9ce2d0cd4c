"""A series as rows for people and programs: records (JSON, CSV), text lines and a DataFrame.

The same records feed the command line, the Python API and the window's table, so that all three
show the same figures. A missing target or outcome is ``None`` with its reason code beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workreport.core.compare import figure_text
from workreport.core.record import figure_record
from workreport.core.series.rows import Figure, MeasureYears, SeriesRow
from workreport.core.tabular import format_number
from workreport.core.textwidth import pad

if TYPE_CHECKING:
    import pandas as pd

Record = dict[str, Any]

COLUMNS: tuple[str, ...] = (
    "year",
    "target_value",
    "target_high",
    "target_bound",
    "target_qualifier",
    "target_report",
    "target_sentence",
    "target_reason",
    "outcome_value",
    "outcome_report",
    "outcome_sentence",
    "outcome_reason",
    "verdict",
)

# What each reason code means, for the command line (the window words them through tr()).
REASONS: dict[str, str] = {
    "no_report": "no report of this year",
    "not_set": "the report sets no target for it",
    "no_next_report": "no report of the next year",
    "only_several_years": "the next report states only a span of years (an average or a total)",
    "not_stated": "the next report's review does not state it",
}


def record(row: SeriesRow) -> Record:
    """One row as a flat record with the columns of :data:`COLUMNS`."""
    target = row.target.indicator if row.target else None
    outcome = row.outcome.indicator if row.outcome else None
    return {
        "year": row.year,
        "target_value": None if target is None else target.value,
        "target_high": None if target is None else target.high,
        "target_bound": None if target is None else target.bound,
        "target_qualifier": None if target is None else target.qualifier,
        "target_report": None if row.target is None else row.target.report.id,
        "target_sentence": None if target is None else target.sentence,
        "target_reason": None if row.target_reason is None else row.target_reason.value,
        "outcome_value": row.outcome_value,
        "outcome_report": None if row.outcome is None else row.outcome.report.id,
        "outcome_sentence": None if outcome is None else outcome.sentence,
        "outcome_reason": None if row.outcome_reason is None else row.outcome_reason.value,
        "verdict": None if row.verdict is None else row.verdict.value,
    }


def records(rows: list[SeriesRow]) -> list[Record]:
    return [record(row) for row in rows]


def figure_as_written(figure: Figure | None) -> str:
    """``8%左右``, ``6.5%—7%``: the figure as its report puts it; empty for none."""
    if figure is None:
        return ""
    row = figure_record(figure.report, figure.section, figure.indicator)
    return figure_text(row)


def series_text(rows: list[SeriesRow], region: str, measure: str) -> str:
    """The series as aligned lines: year, target, outcome, verdict, or the reason for a gap."""
    lines = [f"{measure} — {region}: target (that year's report) and outcome (the next report)"]
    for row in rows:
        target = figure_as_written(row.target) or "—"
        value = row.outcome_value
        outcome = "—" if value is None else format_number(value)
        if row.outcome is not None:
            outcome += row.outcome.indicator.unit
        why = [REASONS[r.value] for r in (row.target_reason, row.outcome_reason) if r is not None]
        verdict = "" if row.verdict is None else row.verdict.value
        note = "; ".join(why)
        lines.append(
            f"{row.year}  {pad(target, 12)} {pad(outcome, 10)} {verdict:<6} {note}".rstrip()
        )
    return "\n".join(lines) + "\n"


def measures_text(found: list[MeasureYears], region: str) -> str:
    lines = [f"measures with targets in at least two reports of {region}: measure, years"]
    for m in found:
        lines.append(f"{m.measure}  ({m.label})  {len(m.years)} years: {_years(m.years)}")
    return "\n".join(lines) + "\n"


def measure_records(found: list[MeasureYears]) -> list[Record]:
    return [{"measure": m.measure, "label": m.label, "years": list(m.years)} for m in found]


def _years(years: tuple[int, ...]) -> str:
    """2005–2006, 2008–2019, 2021: consecutive years as ranges."""
    spans: list[list[int]] = []
    for year in years:
        if spans and year == spans[-1][-1] + 1:
            spans[-1].append(year)
        else:
            spans.append([year])
    return ", ".join(str(s[0]) if len(s) == 1 else f"{s[0]}–{s[-1]}" for s in spans)


def rows_frame(rows: list[SeriesRow]) -> pd.DataFrame:
    """The records of a series as a DataFrame, one row a year, columns :data:`COLUMNS`."""
    import pandas as pd

    return pd.DataFrame(records(rows), columns=list(COLUMNS))


def view_rows(rows: list[SeriesRow]) -> list[Record]:
    """Rows for the window's table: the figures as written, the codes of verdict and reasons (the
    window words them), and the sentences for hovering."""
    shown: list[Record] = []
    for row in rows:
        outcome = row.outcome.indicator if row.outcome else None
        shown.append(
            {
                "year": row.year,
                "target": figure_as_written(row.target),
                "outcome": ""
                if outcome is None or row.outcome_value is None
                else format_number(row.outcome_value) + outcome.unit,
                "verdict": "" if row.verdict is None else row.verdict.value,
                "target_reason": "" if row.target_reason is None else row.target_reason.value,
                "outcome_reason": "" if row.outcome_reason is None else row.outcome_reason.value,
                "target_report": "" if row.target is None else row.target.report.title,
                "outcome_report": "" if row.outcome is None else row.outcome.report.title,
                "target_sentence": "" if row.target is None else row.target.indicator.sentence,
                "outcome_sentence": "" if outcome is None else outcome.sentence,
            }
        )
    return shown


def chart_points(
    rows: list[SeriesRow],
) -> list[tuple[int, float | None, float | None, float | None]]:
    """(year, target, target's high end or None, outcome) for each row; None where there is none,
    so that a chart leaves a gap."""
    points: list[tuple[int, float | None, float | None, float | None]] = []
    for row in rows:
        target = row.target.indicator if row.target else None
        points.append(
            (
                row.year,
                None if target is None else target.value,
                None if target is None else target.high,
                row.outcome_value,
            )
        )
    return points
