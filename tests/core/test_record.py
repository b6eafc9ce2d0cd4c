"""The figure record: one row per figure with its report, its section's address and the figure
as written, the same in every output."""

from __future__ import annotations

from dataclasses import fields

import pytest

from workreport.core.library import bundled_ids, load_bundled
from workreport.core.model import Indicator, Report, path_title
from workreport.core.record import COLUMNS, FigureRecord, figure_records, figure_rows


def test_the_columns_are_the_record_in_order() -> None:
    assert COLUMNS == (
        "report", "region", "level", "year", "section_id", "section", "label", "value", "high",
        "unit", "qualifier", "bound", "direction", "base_value", "base_unit", "dimension", "kind",
        "target", "sentence", "paragraph", "start", "end", "written",
    )  # fmt: skip
    # every field of a figure is a column: none is lost on the way out
    assert {f.name for f in fields(Indicator)} <= set(COLUMNS)
    assert tuple(f.name for f in fields(FigureRecord)) == COLUMNS


def test_every_row_of_every_bundled_report_finds_its_section_and_its_text() -> None:
    total = 0
    for report_id in bundled_ids():
        report = load_bundled(report_id)
        rows = figure_rows(report)
        assert len(rows) == sum(1 for _ in report.all_indicators())
        for row, (section, indicator) in zip(rows, report.all_indicators(), strict=True):
            assert tuple(row) == COLUMNS
            assert report.section(row["section_id"]) is section
            assert row["section"] == path_title(report.section_path(row["section_id"]))
            paragraph = section.paragraphs[row["paragraph"]]
            assert row["written"] == paragraph[row["start"] : row["end"]]
            assert (row["label"], row["value"], row["high"]) == (
                indicator.label,
                indicator.value,
                indicator.high,
            )
            assert (row["report"], row["year"]) == (report_id, report.year)
        total += len(rows)
    assert total > 3000


def test_fujians_range_keeps_its_upper_end() -> None:
    [gdp] = [
        r
        for r in figure_records(load_bundled("fujian-2025"))
        if r.target and r.label == "地区生产总值增长"
    ]
    assert (gdp.value, gdp.high, gdp.unit, gdp.written, gdp.kind) == (
        5,
        5.5,
        "%",
        "5.0%—5.5%",
        "growth",
    )


def test_rows_under_a_section(zhengzhou: Report) -> None:
    chapter = zhengzhou.sections[1]
    rows = figure_rows(zhengzhou, chapter.id)
    assert len(rows) == sum(1 for _ in chapter.all_indicators())
    assert rows and all(r["section_id"].split(".")[0] == chapter.id for r in rows)
    assert rows[0]["section"].startswith(chapter.title)
    with pytest.raises(KeyError):
        figure_rows(zhengzhou, "99")
