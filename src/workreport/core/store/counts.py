"""How often a word occurs in each report of the store, counted in SQL on all cores.

An occurrence is counted as ``str.count`` counts it (non-overlapping, as written), in the text
parts of the kinds asked for (``queries.counted_kinds``):

- a word of one Chinese character is a single token of the full-text index (``fulltext``), and
  the index holds each token's positions: its count in a part is the number of its positions
  there, read from the index (``fts5vocab``, one row per occurrence) without reading the text;
- any other word is counted in the text of the parts that the index says may hold it (the
  ``replace`` of SQLite measures what it removes), the reports split in ranges among threads,
  one connection each: SQLite releases the interpreter while it runs a query, so the ranges are
  counted at once.
"""

from __future__ import annotations

import os
import unicodedata
from concurrent.futures import ThreadPoolExecutor

from workreport.core.store.fulltext import fts_query
from workreport.core.store.store import Store

_REPLACED = (
    "(length(CAST(text AS BLOB)) - length(CAST(replace(text, :word, '') AS BLOB)))"
    " / length(CAST(:word AS BLOB))"
)
_VOCABULARY = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.parts_tokens USING fts5vocab("
_VOCABULARY += "main, parts_fts, instance)"
MIN_RANGE = 500  # reports: below this, a thread costs more than it saves


def is_single_token(word: str) -> bool:
    """Whether the index holds ``word`` as one token exactly as written: one Chinese character
    (a letter is folded to lower case by the index, so its positions would count A as a)."""
    return len(word) == 1 and unicodedata.name(word, "").startswith("CJK")


def _kinds(kinds: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    marks = ", ".join(f":k{n}" for n in range(len(kinds))) or "NULL"
    return marks, {f"k{n}": kind for n, kind in enumerate(kinds)}


def _from_positions(store: Store, word: str, kinds: tuple[str, ...]) -> dict[int, int]:
    c = store.connection
    c.execute(_VOCABULARY)
    marks, values = _kinds(kinds)
    sql = (
        "SELECT p.report, count(*) FROM temp.parts_tokens t JOIN parts p ON p.rowid = t.doc"
        f" WHERE t.term = :word AND p.kind IN ({marks}) GROUP BY p.report"
    )
    return dict(c.execute(sql, {"word": word, **values}).fetchall())


def _in_text(
    store: Store, word: str, kinds: tuple[str, ...], first: int, last: int
) -> dict[int, int]:
    marks, values = _kinds(kinds)
    match = fts_query(word)
    holds = "" if match is None else (
        " AND rowid IN (SELECT rowid FROM parts_fts WHERE parts_fts MATCH :match)"
    )  # fmt: skip
    sql = (
        f"SELECT report, sum({_REPLACED}) FROM parts WHERE report BETWEEN :first AND :last"
        f" AND kind IN ({marks}){holds} GROUP BY report"
    )
    found = store.connection.execute(
        sql, {"word": word, "match": match, "first": first, "last": last, **values}
    )
    return {report: count for report, count in found if count}


def _ranges(store: Store, parts: int) -> list[tuple[int, int]]:
    """Report keys in ``parts`` ranges of about as many reports each."""
    keys = [k for (k,) in store.connection.execute("SELECT key FROM reports ORDER BY key")]
    if not keys:
        return []
    size = max(MIN_RANGE, -(-len(keys) // parts))
    return [(keys[n], keys[min(n + size, len(keys)) - 1]) for n in range(0, len(keys), size)]


def report_counts(
    store: Store, word: str, kinds: tuple[str, ...], *, threads: int | None = None
) -> dict[int, int]:
    """The count of ``word`` in each report that holds it, by the report's key."""
    if not word or not kinds:
        return {}
    if is_single_token(word):
        return _from_positions(store, word, kinds)
    ranges = _ranges(store, threads or os.cpu_count() or 1)
    if len(ranges) <= 1:
        return {} if not ranges else _in_text(store, word, kinds, *ranges[0])

    def count(bounds: tuple[int, int]) -> dict[int, int]:
        with Store(store.path) as own:  # a connection is not shared between threads
            return _in_text(own, word, kinds, *bounds)

    counts: dict[int, int] = {}
    with ThreadPoolExecutor(len(ranges)) as pool:
        for part in pool.map(count, ranges):
            counts |= part
    return counts
