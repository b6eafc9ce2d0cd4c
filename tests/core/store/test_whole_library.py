"""Compare and Series across the whole library: the store's reports answer as the same reports in
memory do — each region's newest report, the same rows, the same target labels and regions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.core.store.conftest import loadable_bundled_ids
from workreport.core.compare import compare, target_labels
from workreport.core.library import load_bundled
from workreport.core.model import Report
from workreport.core.series import SeriesIndex, latest_per_region
from workreport.core.store import Store
from workreport.core.store.whole_library import (
    compare_library,
    library_regions,
    library_target_labels,
    newest,
    region_reports,
)
from workreport.core.views.compare import compare_rows


@pytest.fixture(scope="module")
def bundled() -> list[Report]:
    return [load_bundled(report_id) for report_id in loadable_bundled_ids()]


@pytest.fixture(scope="module")
def store(bundled: list[Report], tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled reports, added to a store as if from files."""
    store = Store(tmp_path_factory.mktemp("whole") / "library.sqlite3")
    for report in bundled:
        store.add_report(report, f"sha-{report.id}")
    return store


@pytest.mark.parametrize(
    ("query", "targets_only", "first_only"),
    [
        ("gdp_growth", True, True),
        ("gdp_growth", False, False),
        ("城镇新增就业", True, False),
        ("cpi", False, True),
        ("海洋生产总值增长", False, False),
    ],
)
def test_compare_from_the_store_is_compare_in_memory(
    store: Store, bundled: list[Report], query: str, targets_only: bool, first_only: bool
) -> None:
    latest = latest_per_region(bundled)
    expected = compare_rows(
        compare(latest, query, targets_only=targets_only, first_only=first_only), latest
    )
    chosen = newest(store, [])
    assert not chosen.reports and len(chosen) == len(latest)
    found = compare_library(store, query, chosen, targets_only=targets_only, first_only=first_only)
    assert found == expected
    assert query == "海洋生产总值增长" or found  # the counter-example may match nothing


def test_each_region_counts_once_with_its_newest_report(
    store: Store, bundled: list[Report]
) -> None:
    chosen = newest(store, [])
    assert len(chosen) == len({r.region for r in bundled})
    years = {r.region: r.year or 0 for r in latest_per_region(bundled)}
    found = {entry.region: entry.year or 0 for entry in map(store.entry, chosen.keys) if entry}
    assert found == years


def test_a_report_in_memory_and_the_store_make_one_library(
    store: Store, bundled: list[Report]
) -> None:
    """A newer report of a region in memory replaces the store's; a tie keeps the one in memory;
    an older one is left out."""
    henan = next(r for r in bundled if r.id == "henan-2025")
    newer = dataclasses.replace(henan, id="henan-2099", year=2099)
    older = dataclasses.replace(henan, id="henan-1999", year=1999)
    chosen = newest(store, [newer, older])
    assert chosen.reports == [newer] and len(chosen) == len(newest(store, []))
    rows = compare_library(store, "gdp_growth", chosen, targets_only=True, first_only=True)
    assert [r["report_id"] for r in rows if r["region"] == henan.region] == ["henan-2099"]
    tie = newest(store, [dataclasses.replace(henan, id="henan-copy")])
    assert [r.id for r in tie.reports] == ["henan-copy"]


def test_target_labels_from_the_store_are_those_in_memory(
    store: Store, bundled: list[Report]
) -> None:
    assert library_target_labels(store, newest(store, [])) == target_labels(
        latest_per_region(bundled)
    )


def test_regions_and_a_regions_reports_from_the_store_are_those_in_memory(
    store: Store, bundled: list[Report]
) -> None:
    index = SeriesIndex(bundled)
    assert library_regions(store, []) == index.regions()
    assert library_regions(store, bundled) == index.regions()
    region = index.regions()[0]
    keyed = region_reports(store, region)
    assert all(store.entry(key).id == report.id for key, report in keyed)  # type: ignore[union-attr]
    loaded = SeriesIndex(report for _, report in keyed)
    assert loaded.years(region) == index.years(region)
    assert loaded.series(region, "gdp_growth") == index.series(region, "gdp_growth")


def test_the_stores_bundled_reports_are_left_to_memory(tmp_path: Path) -> None:
    """Reports the store holds as bundled are the window's in memory already: not counted twice."""
    report = load_bundled("henan-2025")
    with Store(tmp_path / "library.sqlite3") as store:
        store.add_report(report, "sha-bundled", bundled=True)
        assert len(newest(store, [])) == 0 and library_regions(store, []) == []
