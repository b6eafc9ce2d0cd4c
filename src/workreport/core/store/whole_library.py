"""Compare and Series across the whole library: the reports in memory (bundled, opened) together
with the reports the store holds from files, without loading the store's reports for Compare.

Compare takes each region's newest report, as ``core/series.latest_per_region`` does in memory:
the newest by year, the first given on a tie (the reports in memory first, then the store's in
store order). The store's figures are read with one indexed query on their measure
(``figures.measure`` is ``core/compare.label_key`` of the label), so a comparison across thousands
of reports loads none of them. Series loads one region's reports only (one a year).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from workreport.core.compare import CONCEPTS, compare, figure_words, label_key, target_labels
from workreport.core.model import Report
from workreport.core.store.series import year_keys
from workreport.core.store.store import Store
from workreport.core.tabular import Row
from workreport.core.views.compare import compare_rows


@dataclass(frozen=True, slots=True)
class Newest:
    """Each region's newest report: those in memory and the keys of the store's."""

    reports: list[Report] = field(default_factory=list)
    keys: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.reports) + len(self.keys)


def newest(store: Store, memory: Sequence[Report]) -> Newest:
    """Each region's newest report among ``memory`` and the store's reports added from files."""
    best: dict[str, tuple[int, Report | int]] = {}  # region → (year, report or store key)
    for report in memory:
        year = report.year or 0
        if report.region not in best or year > best[report.region][0]:
            best[report.region] = (year, report)
    sql = "SELECT region, year, key FROM reports WHERE bundled = 0 ORDER BY key"
    for region, year, key in store.connection.execute(sql):
        if region not in best or (year or 0) > best[region][0]:
            best[region] = (year or 0, key)
    chosen = {id(found) for _, found in best.values() if isinstance(found, Report)}
    return Newest(
        [r for r in memory if id(r) in chosen],
        sorted(found for _, found in best.values() if isinstance(found, int)),
    )


def compare_library(
    store: Store,
    query: str,
    chosen: Newest,
    *,
    targets_only: bool = False,
    first_only: bool = False,
) -> list[Row]:
    """The Compare view's rows (``core/views/compare.compare_rows``) of ``query`` across
    ``chosen``: those in memory first, then the store's in store order."""
    rows = compare_rows(
        compare(chosen.reports, query, targets_only=targets_only, first_only=first_only),
        chosen.reports,
    )
    if not chosen.keys:
        return rows
    sql = (
        "SELECT f.report, r.id, r.title, r.region, s.id, f.label, f.value, f.high, f.unit,"
        " f.qualifier, f.sentence FROM figures f JOIN reports r ON r.key = f.report"
        " JOIN sections s ON s.report = f.report AND s.seq = f.section"
        " WHERE f.measure = ? AND f.report IN (SELECT value FROM json_each(?))"
        + (" AND f.target = 1" if targets_only else "")
        + " ORDER BY f.report, f.section, f.seq"
    )
    key = label_key(CONCEPTS.get(query, query))
    seen: set[int] = set()
    for found in store.connection.execute(sql, (key, json.dumps(chosen.keys))):
        report, report_id, title, region, section, label, value, high, unit, qualifier, sentence = (
            found
        )
        if first_only and report in seen:
            continue
        seen.add(report)
        rows.append(
            {
                "region": region,
                "figure": figure_words(value, high, unit, qualifier),
                "value": value,
                "high": high,
                "unit": unit,
                "qualifier": qualifier,
                "label": label,
                "report": title,
                "sentence": sentence,
                "report_id": report_id,
                "section_id": section,
            }
        )
    return rows


def library_target_labels(store: Store, chosen: Newest) -> dict[str, int]:
    """``core/compare.target_labels`` across ``chosen``: each target key and in how many reports
    it occurs, most first."""
    counts = target_labels(chosen.reports)
    sql = (
        "SELECT measure, count(DISTINCT report) FROM figures WHERE target = 1"
        " AND report IN (SELECT value FROM json_each(?)) GROUP BY measure"
    )
    for measure, count in store.connection.execute(sql, (json.dumps(chosen.keys),)):
        counts[measure] = counts.get(measure, 0) + count
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def library_regions(store: Store, memory: Sequence[Report]) -> list[str]:
    """Every region with a dated report in ``memory`` or among the store's reports added from
    files, those with most years first (as ``SeriesIndex.regions`` orders them)."""
    years: dict[str, set[int]] = {}
    for report in memory:
        if report.year is not None:
            years.setdefault(report.region, set()).add(report.year)
    sql = "SELECT DISTINCT region, year FROM reports WHERE bundled = 0 AND year IS NOT NULL"
    for region, year in store.connection.execute(sql):
        years.setdefault(region, set()).add(year)
    return sorted(years, key=lambda region: (-len(years[region]), region))


def region_reports(store: Store, region: str) -> list[tuple[int, Report]]:
    """The store's reports of ``region`` added from files, one a year, loaded, each with its store
    key: what a series of the region reads."""
    return [(key, store.load(key)) for key in year_keys(store, region, added_only=True)]


__all__ = [
    "Newest",
    "compare_library",
    "library_regions",
    "library_target_labels",
    "newest",
    "region_reports",
]
