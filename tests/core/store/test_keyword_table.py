"""The library's keyword table from the store equals the table counted in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport.core import keywords
from workreport.core.library import load_bundled
from workreport.core.store import Store
from workreport.core.store.keyword_table import library_keyword_rows
from workreport.core.store.queries import GroupBy
from workreport.core.views.keywords import count_key, report_rows

IDS = ("zhengzhou-hitech-2022", "china-2025", "china-2024", "henan-2025", "sichuan-2025")
WORDS = ("改革", "高质量发展", "5%", "哈哈")


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:  # type: ignore[type-arg]
    reports = [load_bundled(report_id) for report_id in IDS]
    path = tmp_path_factory.mktemp("store") / "library.sqlite3"
    with Store(path) as store:
        for report in reports:
            store.add_report(report, report.id)
    return path, reports


@pytest.mark.parametrize("rule", [keywords.ALL_TEXT, *keywords.STORY_RULES[:2]])
def test_rows_by_report_equal_the_in_memory_rows(stored, rule) -> None:  # type: ignore[no-untyped-def]
    path, reports = stored
    with Store(path) as store:
        rows = library_keyword_rows(store, WORDS, rule=rule)
    expected = report_rows(reports, WORDS, rule)
    assert [r["report_id"] for r in rows] == [r.id for r in reports]
    for row, want in zip(rows, expected, strict=True):
        assert {k: row[k] for k in want if k != "report_id"} == {
            k: v for k, v in want.items() if k != "report_id"
        }
    assert any(row[count_key("改革")] > 0 for row in rows)
    assert all(row[count_key("哈哈")] == 0 for row in rows)


def test_rows_by_year_and_level_add_up_the_reports(stored) -> None:  # type: ignore[no-untyped-def]
    path, reports = stored
    with Store(path) as store:
        by_report = library_keyword_rows(store, ["改革"])
        by_year = library_keyword_rows(store, ["改革"], by=GroupBy.YEAR)
        by_level = library_keyword_rows(store, ["改革"], by=GroupBy.LEVEL)
    years = {r.year for r in reports}
    assert sorted(row["year"] for row in by_year) == sorted(years)
    for row in by_year:
        assert row[count_key("改革")] == sum(
            r[count_key("改革")] for r in by_report if r["year"] == row["year"]
        )
    assert sum(r[count_key("改革")] for r in by_level) == sum(
        r[count_key("改革")] for r in by_report
    )
