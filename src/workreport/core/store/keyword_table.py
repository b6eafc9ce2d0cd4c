"""Keyword counts across the whole store as the Keywords view's table: one row per report (or
year, level, region), each word's count and rate in columns named as ``core/views/keywords``
names them, so the library's table reads like the table of the loaded reports.

(Added by the GUI helper on ``queries.keyword_counts``; see notes/STORE_API.md.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workreport.core.keywords import ALL_TEXT, CountingRule
from workreport.core.store.queries import GroupBy, keyword_counts
from workreport.core.store.store import Store
from workreport.core.views.keywords import count_key, rate_key

Row = dict[str, Any]


def library_keyword_rows(
    store: Store,
    words: Sequence[str],
    *,
    by: GroupBy = GroupBy.REPORT,
    rule: CountingRule = ALL_TEXT,
) -> list[Row]:
    """A row per report (``report`` its title, ``report_id``, ``year``, ``level``, ``region``)
    or per year, level or region (``by``'s column), with ``characters`` and the words."""
    rows: dict[Any, Row] = {}
    for found in keyword_counts(store, [w for w in words if w], by=by, rule=rule, rates=True):
        if by is GroupBy.REPORT:
            key = found["report"]
            row = rows.setdefault(
                key,
                {
                    "report": found["title"],
                    "report_id": found["report"],
                    "year": found["year"],
                    "level": found["level"],
                    "region": found["region"],
                },
            )
        else:
            key = found[by.value]
            row = rows.setdefault(key, {by.value: key})
        row["characters"] = found["characters"]
        row[count_key(found["word"])] = found["count"]
        row[rate_key(found["word"])] = found["per_10k"]
    return list(rows.values())
