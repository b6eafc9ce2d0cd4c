"""How often a word occurs in each report of the store, counted in SQL on all cores.

An occurrence is counted as ``str.count`` counts it (non-overlapping, as written), in the text
parts of the kinds asked for (``queries.counted_kinds``):

- a word of one Chinese character is a single token of the full-text index (``fulltext``), and
  the index holds each token's positions: its count in a part is the number of its positions
  there, read from the index (``fts5vocab``, one row per occurrence) without reading the text;
- any other word is counted in the text (the ``replace`` of SQLite measures what it removes) of
  the parts that the index says may hold it (of every part for punctuation, which the index does
  not hold). The parts are split in rowid ranges among
  threads, one connection each: SQLite releases the interpreter while it runs a query, so the
  ranges are counted at once.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from workreport.core.store.fulltext import fts_query
from workreport.core.store.store import Store

_REPLACED = (
    "(length(CAST(text AS BLOB)) - length(CAST(replace(text, :word, '') AS BLOB)))"
    " / length(CAST(:word AS BLOB))"
)
_VOCABULARY = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.parts_tokens USING fts5vocab("
_VOCABULARY += "main, parts_fts, instance)"
MIN_RANGE = 20_000  # parts (about 100 reports): below this, a thread costs more than it saves


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
    store: Store, word: str, kinds: tuple[str, ...], rows: tuple[int, int], scan: bool
) -> Counter[int]:
    """Counts in the parts of rowids ``rows`` (first, last): every part read (``scan``), else
    only those the index names. (Reading every part is slower even for 发展, which the index
    names in 40% of the parts: the sort of GROUP BY over all of them costs more than the
    lookups.)"""
    marks, values = _kinds(kinds)
    match = fts_query(word)
    if scan or match is None:
        sql = (
            f"SELECT report, sum(CASE WHEN instr(text, :word) > 0 THEN {_REPLACED} ELSE 0 END)"
            f" FROM parts WHERE rowid BETWEEN :first AND :last AND kind IN ({marks})"
            " GROUP BY report"
        )
    else:
        sql = (
            f"SELECT p.report, sum({_REPLACED.replace('text', 'p.text')})"
            " FROM parts_fts f JOIN parts p ON p.rowid = f.rowid"
            " WHERE parts_fts MATCH :match AND f.rowid BETWEEN :first AND :last"
            f" AND p.kind IN ({marks}) GROUP BY p.report"
        )
    first, last = rows
    found = store.connection.execute(
        sql, {"word": word, "match": match, "first": first, "last": last, **values}
    )
    return Counter({report: count for report, count in found if count})


def _ranges(last: int, parts: int) -> list[tuple[int, int]]:
    """Rowids 1 to ``last`` in ``parts`` ranges (a report's parts may straddle two)."""
    size = max(MIN_RANGE, -(-last // parts))
    return [(first, min(first + size - 1, last)) for first in range(1, last + 1, size)]


def report_counts(
    store: Store, word: str, kinds: tuple[str, ...], *, threads: int | None = None
) -> dict[int, int]:
    """The count of ``word`` in each report that holds it, by the report's key."""
    if not word or not kinds:
        return {}
    if is_single_token(word):
        return _from_positions(store, word, kinds)
    last: int = store.connection.execute("SELECT coalesce(max(rowid), 0) FROM parts").fetchone()[0]
    scan = fts_query(word) is None  # punctuation alone: not in the index
    ranges = _ranges(last, threads or os.cpu_count() or 1)
    if len(ranges) <= 1:
        return {} if not ranges else dict(_in_text(store, word, kinds, ranges[0], scan))

    def count(rows: tuple[int, int]) -> Counter[int]:
        with Store(store.path) as own:  # a connection is not shared between threads
            return _in_text(own, word, kinds, rows, scan)

    counts: Counter[int] = Counter()
    with ThreadPoolExecutor(len(ranges)) as pool:
        for part in pool.map(count, ranges):
            counts.update(part)
    return dict(counts)
