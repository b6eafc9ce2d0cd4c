"""A series from the store is the series ``core/series`` gives over the same reports in memory,
loading only the region's reports; Find's batches are Find's hits."""

from __future__ import annotations

import dataclasses

import pytest

from workreport.core.library import list_bundled, load_bundled
from workreport.core.model import Report
from workreport.core.series import series
from workreport.core.store import Store, queries
from workreport.core.store.series import region_index, regions, series_rows


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    national = sorted(
        (e for e in list_bundled() if e.region == "国务院" and (e.year or 0) >= 2019),
        key=lambda e: e.id,
    )
    chosen = [load_bundled(e.id) for e in national] + [load_bundled("henan-2025")]
    # a second report of one year, later by id: the series keeps the first, as in memory
    twin = dataclasses.replace(chosen[0], id="zz-" + chosen[0].id, sections=[])
    return [*chosen, twin]


@pytest.fixture(scope="module")
def store(reports: list[Report], tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("series") / "library.sqlite3")
    for report in reports:
        store.add_report(report, report.id)
    return store


@pytest.mark.parametrize("measure", ["gdp_growth", "城镇新增就业", "cpi"])
def test_a_series_from_the_store_is_the_series_in_memory(
    store: Store, reports: list[Report], measure: str
) -> None:
    rows = series_rows(store, "国务院", measure)
    assert rows == series(reports, "国务院", measure)
    assert any(row.target is not None for row in rows)


def test_only_the_regions_reports_are_loaded_one_a_year(
    store: Store, reports: list[Report]
) -> None:
    index = region_index(store, "国务院")
    years = sorted({r.year for r in reports if r.region == "国务院" and r.year is not None})
    assert index.years("国务院") == years
    assert index.regions() == ["国务院"]
    assert series_rows(store, "nowhere", "gdp_growth") == []


def test_regions_count_their_years(store: Store, reports: list[Report]) -> None:
    national = len({r.year for r in reports if r.region == "国务院"})
    assert regions(store) == [("国务院", "national", national), ("河南省", "provincial", 1)]


@pytest.mark.parametrize("size", [1, 3, 500])
def test_find_batches_are_finds_hits_in_order(store: Store, size: int) -> None:
    hits = list(queries.find(store, "高质量发展"))
    batches = list(queries.find_batches(store, "高质量发展", size=size))
    assert [hit for batch in batches for hit in batch] == hits
    assert all(len(batch) == size for batch in batches[:-1])
    assert 0 < len(batches[-1]) <= size
    assert list(queries.find_batches(store, "高质量发展", size=3, limit=4)) == [hits[:3], hits[3:4]]
    assert list(queries.find_batches(store, "没有这个词组吧")) == []


def test_a_tree_lists_groups_then_their_entries(store: Store, reports: list[Report]) -> None:
    national = [r for r in reports if r.region == "国务院"]
    years = [r.year for r in national if r.year is not None]
    groups = store.groups()
    assert [(g.level, g.region, g.count) for g in groups] == [
        ("national", "国务院", len(national)),
        ("provincial", "河南省", 1),
    ]
    assert (groups[0].first_year, groups[0].last_year) == (min(years), max(years))
    entries = store.entries("national", "国务院")
    assert sorted(e.id for e in entries) == sorted(r.id for r in national)
    assert [e.id for e in store.entries("provincial")] == ["henan-2025"]
    assert store.entries("county") == []
    assert sorted(store.entries("national") + store.entries("provincial"), key=lambda e: e.key) == (
        store.entries()
    )
    first = store.entries()[0]
    assert store.entry(first.key) == first
    assert store.entry(10**9) is None


def test_groups_of_the_reports_added_from_files_leave_the_bundled_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    henan = load_bundled("henan-2025")
    with Store(tmp_path / "library.sqlite3") as store:
        store.add_report(henan, "bundled-sha", bundled=True)
        store.add_report(dataclasses.replace(henan, id="added", year=2020), "added-sha")
        store.add_report(dataclasses.replace(henan, id="other", region="湖北省"), "b", bundled=True)
        assert [(g.region, g.count, g.first_year) for g in store.groups()] == [
            ("河南省", 2, 2020),
            ("湖北省", 1, 2025),
        ]
        assert [
            (g.region, g.count, g.first_year, g.last_year) for g in store.groups(bundled=False)
        ] == [("河南省", 1, 2020, 2020)]


def test_groups_of_the_reports_whose_title_holds_a_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    henan = load_bundled("henan-2025")
    with Store(tmp_path / "library.sqlite3") as store:
        store.add_report(dataclasses.replace(henan, id="a", title="2020年河南省政府工作报告"), "a")
        store.add_report(
            dataclasses.replace(henan, id="b", region="湖北省", title="Hubei Report 2020"), "b"
        )
        assert [g.region for g in store.groups(title="河南")] == ["河南省"]
        assert [g.region for g in store.groups(title="hubei")] == ["湖北省"]  # case folded
        assert [g.region for g in store.groups(bundled=False, title="2020")] == ["河南省", "湖北省"]
        assert store.groups(title="四川") == []
