"""The figure record: one figure with everything known about it, as every output carries it.

The window's figure table, ``workreport export`` (CSV, XLSX, JSON), Compare and the Python API's
DataFrame all read these records, in the columns of :data:`COLUMNS`. A record names its report by
id and its section by address (``section_id``, which ``Report.section`` resolves), so records of
many reports can be merged and traced back to their text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

from workreport.core.model import Indicator, Report, Section, path_title
from workreport.core.tabular import Row


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """One figure of one report: where it is, what it measures, and the figure as written.

    The figure's own fields (``label`` … ``end``) are those of
    :class:`~workreport.core.model.Indicator`; ``written`` is ``paragraph``'s text from ``start``
    to ``end`` in the section at ``section_id`` (``5.0%—5.5%``).
    """

    report: str  # the report's id (china-2025)
    region: str
    level: str
    year: int | None
    section_id: str  # the section's address (3.2), resolved by Report.section
    section: str  # the section's titles from the chapter down, joined by " / "
    label: str
    value: float
    high: float | None  # the upper end of a range (5.5 in 5.0%—5.5%), else None
    unit: str
    qualifier: str
    bound: str
    direction: str
    base_value: float
    base_unit: str
    dimension: str
    kind: str
    target: bool
    sentence: str
    paragraph: int
    start: int
    end: int
    written: str


# the columns of every figure table, export and DataFrame, in this order
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(FigureRecord))

_FIGURE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Indicator))


def _sections(
    report: Report, section_id: str | None
) -> Iterator[tuple[tuple[Section, ...], Section]]:
    """(path, section) for every section of the report, or at ``section_id`` and below."""
    if section_id is None:
        for path in report.walk_paths():
            yield path, path[-1]
        return
    top = report.section_path(section_id)
    for section in top[-1].walk():
        if section is top[-1]:
            yield top, section
        else:
            yield report.section_path(section.id), section


def _where(report: Report, path: tuple[Section, ...]) -> Row:
    return {
        "report": report.id,
        "region": report.region,
        "level": report.level,
        "year": report.year,
        "section_id": path[-1].id,
        "section": path_title(path),
    }


def _row(where: Row, section: Section, indicator: Indicator) -> Row:
    row = dict(where)
    for name in _FIGURE_FIELDS:
        row[name] = getattr(indicator, name)
    row["written"] = section.paragraphs[indicator.paragraph][indicator.start : indicator.end]
    return {name: row[name] for name in COLUMNS}


def figure_rows(report: Report, section_id: str | None = None) -> list[Row]:
    """One row per figure (a :data:`COLUMNS` dict) of the report, or of the section at
    ``section_id`` and below, in reading order. KeyError for an id not in the report."""
    rows: list[Row] = []
    for path, section in _sections(report, section_id):
        if section.indicators:
            where = _where(report, path)
            rows.extend(_row(where, section, indicator) for indicator in section.indicators)
    return rows


def figure_record(report: Report, section: Section, indicator: Indicator) -> FigureRecord:
    """The record of one figure of ``section`` (a section of ``report``)."""
    return FigureRecord(**_row(_where(report, report.section_path(section.id)), section, indicator))


def figure_records(report: Report, section_id: str | None = None) -> list[FigureRecord]:
    """:func:`figure_rows` as typed records."""
    return [FigureRecord(**row) for row in figure_rows(report, section_id)]
