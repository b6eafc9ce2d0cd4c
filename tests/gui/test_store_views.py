"""Compare and Series across the library's store: rows from stored reports (none of them loaded
on the window's thread), the same rows the same reports give in memory."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from workreport.core.compare import compare
from workreport.core.library import load_bundled
from workreport.core.model import Report
from workreport.core.series import SeriesIndex, latest_per_region
from workreport.core.store import Store
from workreport.core.views.compare import compare_rows
from workreport.gui.detail.pane import SOURCE_TAB
from workreport.gui.main_window import MainWindow

REGIONS = 5
COUNT = 40


def _synthetic() -> list[Report]:
    """Henan's 2025 report under other regions and years: each region has 8 years."""
    base = load_bundled("henan-2025")
    return [
        dataclasses.replace(
            base,
            id=f"synthetic-{n:02d}",
            title=f"合成报告{n}",
            region=f"合成地区{n % REGIONS}",
            year=2016 + n // REGIONS,
        )
        for n in range(COUNT)
    ]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views") / "library.sqlite3"
    with Store(path) as store:
        for report in _synthetic():
            store.add_report(report, f"sha-{report.id}")
    return path


def _answered(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.store.path is not None and not view.store.busy(), timeout=30_000)
    qtbot.wait(50)  # the answer's signal is delivered on the window's thread


def test_compare_across_the_store_is_compare_in_memory(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    window.store_path = library
    memory = window.library.memory_reports()
    view = window.show_compare()
    _answered(qtbot, view)
    everything = latest_per_region(memory + _synthetic())
    expected = compare_rows(
        compare(everything, "gdp_growth", targets_only=True, first_only=True), everything
    )
    assert view.table_rows == expected
    regions = [row["region"] for row in view.table_rows]
    assert {f"合成地区{n}" for n in range(REGIONS)} <= set(regions)
    assert len(regions) == len(set(regions))  # each region once: its newest report
    newest = {row["region"]: row["report_id"] for row in view.table_rows}
    assert newest["合成地区0"] == "synthetic-35"  # 2023, the last year of the region
    assert view.table.model().rowCount() == len(expected)
    assert view.chart is not None and view.chart.bar_count() == len(expected)


def test_another_query_across_the_store(qtbot, window: MainWindow, library: Path) -> None:  # type: ignore[no-untyped-def]
    window.store_path = library
    view = window.show_compare()
    _answered(qtbot, view)
    view.targets_only.setChecked(False)
    view.set_query("城镇调查失业率")
    _answered(qtbot, view)
    everything = latest_per_region(window.library.memory_reports() + _synthetic())
    records = compare(everything, "城镇调查失业率", first_only=True)
    assert view.table_rows == compare_rows(records, everything) and records
    labels = [view.query.itemText(i) for i in range(view.query.count())]
    assert any("targets in" in text for text in labels)


def test_without_reports_from_files_compare_stays_in_memory(window: MainWindow) -> None:
    view = window.show_compare()
    assert view.store.path is None and len(view.rows) == 32


def test_series_across_the_store_lists_its_regions_and_years(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    window.store_path = library
    view = window.show_series()
    _answered(qtbot, view)
    regions = [view.region.itemData(i) for i in range(view.region.count())]
    memory = window.library.memory_reports()
    assert regions == SeriesIndex(memory + _synthetic()).regions()
    view.set_measure("合成地区2", "生产总值增长")
    _answered(qtbot, view)
    assert view.current_region() == "合成地区2" and view.current_measure() == "生产总值增长"
    index = SeriesIndex(r for r in _synthetic() if r.region == "合成地区2")
    assert [row.year for row in view.rows] == list(range(2016, 2024))
    assert view.rows == index.series("合成地区2", "生产总值增长")
    assert view.table.model().rowCount() == 8
    # a double click reads the target in its stored report: listed in the tree, its text shown
    view.activate(0, "target")
    report = window.library.report
    assert report.id == "synthetic-02" and report.region == "合成地区2"
    assert window.library.report_node().source.id.startswith(f"store:{library}:")
    assert window.detail.tabs.currentIndex() == SOURCE_TAB


def test_series_of_a_bundled_region_across_the_store_is_the_series_in_memory(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    memory = window.library.memory_reports()
    in_memory = SeriesIndex(memory)
    region = in_memory.regions()[0]
    window.store_path = library
    view = window.show_series()
    _answered(qtbot, view)
    view.set_measure(region, "生产总值增长")
    _answered(qtbot, view)
    assert view.rows == in_memory.series(region, "生产总值增长") and view.rows


def test_keywords_across_the_library_count_in_the_store(qtbot, library: Path) -> None:  # type: ignore[no-untyped-def]
    from workreport.core.keywords import ALL_TEXT, count_in_report
    from workreport.core.store.queries import GroupBy
    from workreport.core.views.keywords import count_key
    from workreport.gui.keywords.library_page import LibraryPage
    from workreport.gui.keywords.page import KeywordQuery

    page = LibraryPage()
    qtbot.addWidget(page)
    page.store_path = library
    report = load_bundled("henan-2025")
    query = KeywordQuery(report, None, (report,), ("改革",), ALL_TEXT, None, False)
    page.refresh(query)
    qtbot.waitUntil(lambda: not page._questions.busy() and bool(page.table.rows), timeout=30_000)
    rows = page.table.rows
    expected = count_in_report(report, "改革", ALL_TEXT)
    assert len(rows) == COUNT and {row[count_key("改革")] for row in rows} == {expected}
    assert page.header.text().startswith(f"{COUNT} ")
    page.show()
    qtbot.waitExposed(page)
    # every child shown lies inside the page's layout: nothing floats over the header
    assert not page.charts.isVisible()
    page.by.setCurrentIndex(list(GroupBy).index(GroupBy.YEAR))  # a newer question: by year
    qtbot.waitUntil(lambda: len(page.table.rows) == COUNT // REGIONS, timeout=30_000)
    assert {row[count_key("改革")] for row in page.table.rows} == {expected * REGIONS}
    page.wait()
