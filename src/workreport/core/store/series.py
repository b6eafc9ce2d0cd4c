"""A measure across the years from the store: only the reports of the region asked for are loaded.

``core/series.SeriesIndex`` takes, for each year of a region, the first of its reports by id; the
store answers which those are in one indexed query, so that a series over a library of thousands
loads one report a year, not the library.
"""

from __future__ import annotations

from workreport.core.series import SeriesIndex, SeriesRow
from workreport.core.store.store import Store


def regions(store: Store) -> list[tuple[str, str, int]]:
    """(region, level, number of years with a report) for every region with a dated report, those
    with most years first: what a region picker lists."""
    sql = (
        "SELECT region, min(level), count(DISTINCT year) AS years FROM reports"
        " WHERE year IS NOT NULL GROUP BY region ORDER BY years DESC, region"
    )
    return [(region, level, years) for region, level, years in store.connection.execute(sql)]


def year_keys(store: Store, region: str, *, added_only: bool = False) -> list[int]:
    """The store keys of ``region``'s reports, one a year (the first by id, as ``SeriesIndex``
    chooses among several), oldest year first; ``added_only``: of those added from files."""
    keys: dict[int, int] = {}
    sql = (
        "SELECT year, key FROM reports WHERE region = ? AND year IS NOT NULL"
        + (" AND bundled = 0" if added_only else "")
        + " ORDER BY id, key"
    )
    for year, key in store.connection.execute(sql, (region,)).fetchall():
        keys.setdefault(year, key)
    return [key for _, key in sorted(keys.items())]


def region_index(store: Store, region: str) -> SeriesIndex:
    """The :class:`SeriesIndex` of ``region``'s reports, one a year, loaded from the store."""
    return SeriesIndex(store.load(key) for key in year_keys(store, region))


def series_rows(store: Store, region: str, measure: str) -> list[SeriesRow]:
    """The series of ``measure`` (a label, measure key or concept name) for ``region``: the rows
    ``core/series.series`` gives over the same reports in memory."""
    return region_index(store, region).series(region, measure)
