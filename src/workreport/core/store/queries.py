"""Questions to the whole store, as SQL: keyword counts, Find, a measure across every report.

Counts follow ``core/keywords``: the store keeps the text as ``report_parts`` yields it, each part
with its kind, a :class:`CountingRule` chooses kinds, and an occurrence is counted as ``str.count``
does (non-overlapping, as written) — the byte length that ``replace`` removes, divided by the
word's, which is the same thing in UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from typing import Any

from workreport.core.compare import CONCEPTS, label_key
from workreport.core.keywords import ALL_TEXT, CountingRule, TextKind, per_10k, rounded_rate
from workreport.core.store.counts import report_counts
from workreport.core.store.fulltext import fts_query
from workreport.core.store.store import Store

Row = dict[str, Any]


REPORT_COLUMNS = ("report", "title", "file", "region", "level", "year")


class GroupBy(StrEnum):
    REPORT = "report"
    YEAR = "year"
    LEVEL = "level"
    REGION = "region"


def counted_kinds(rule: CountingRule) -> tuple[str, ...]:
    kinds: list[str] = []
    if rule.titles:
        kinds.append(TextKind.TITLE.value)
    if rule.front_matter:
        kinds += [TextKind.HEADLINE.value, TextKind.FRONT.value]
    if rule.body:
        kinds.append(TextKind.BODY.value)
    return tuple(kinds)


def keyword_counts(
    store: Store,
    words: list[str],
    *,
    by: GroupBy = GroupBy.REPORT,
    rule: CountingRule = ALL_TEXT,
    rates: bool = False,
) -> list[Row]:
    """For each word, a row per report (or year, level, region): the count and, with ``rates``,
    the characters counted and the rate per 10,000 of them. The counts come from
    ``counts.report_counts`` (one query per word, on all cores); reports without the word count
    0."""
    kinds = counted_kinds(rule)
    characters = " + ".join(f"{kind}_characters" for kind in kinds) or "0"
    reports = store.connection.execute(
        f"SELECT key, id, title, file, region, level, year, {characters} FROM reports ORDER BY key"
    ).fetchall()
    rows: list[Row] = []
    for word in words:
        if not word:
            continue
        found = report_counts(store, word, kinds)
        if by is GroupBy.REPORT:
            for key, *names, counted in reports:
                row: Row = dict(zip(REPORT_COLUMNS, names, strict=True))
                rows.append(_counted(row, word, found.get(key, 0), counted, rates))
            continue
        column = 1 + REPORT_COLUMNS.index(by.value)
        groups: dict[Any, list[int]] = {}
        for report in reports:
            group = groups.setdefault(report[column], [0, 0])
            group[0] += found.get(report[0], 0)
            group[1] += report[-1]
        for name in sorted(groups, key=lambda g: (g is not None, g)):  # NULL first, as in SQL
            count, counted = groups[name]
            rows.append(_counted({by.value: name}, word, count, counted, rates))
    return rows


def _counted(row: Row, word: str, count: int, characters: int, rates: bool) -> Row:
    row |= {"word": word, "count": count}
    if rates:
        row |= {"characters": characters, "per_10k": rounded_rate(per_10k(count, characters))}
    return row


@dataclass(frozen=True, slots=True)
class Hit:
    """A paragraph (or title, or headline) that holds the phrase, and where."""

    report: int  # the store's key
    report_id: str
    title: str
    section: str  # Section.id; '' for the headline
    paragraph: int | None
    kind: str
    text: str
    starts: tuple[int, ...]  # where the phrase begins in ``text``

    def sentences(self) -> list[str]:
        """The sentence around each occurrence."""
        return [sentence_at(self.text, start) for start in self.starts]


_SENTENCE_END = re.compile(r"[。！？；!?;]")


def sentence_at(text: str, start: int) -> str:
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    end_match = _SENTENCE_END.search(text, start)
    return text[begin : end_match.end() if end_match else len(text)].strip()


def find(store: Store, phrase: str, *, limit: int | None = None) -> Generator[Hit, None, None]:
    """Every part holding ``phrase``, in store order, as they are read: the first come at once.

    The full-text index finds the candidates (``fulltext``); a phrase of punctuation alone is
    scanned for.
    """
    if not phrase:
        return
    match = fts_query(phrase)
    select = (
        "SELECT p.report, r.id, r.title, s.id, p.paragraph, p.kind, p.text FROM {source}"
        " JOIN reports r ON r.key = p.report"
        " LEFT JOIN sections s ON s.report = p.report AND s.seq = p.section"
    )
    if match is not None:  # the index's rows stream in rowid order: the first come at once
        sql = select.format(source="parts_fts f JOIN parts p ON p.rowid = f.rowid")
        sql += " WHERE parts_fts MATCH :match ORDER BY f.rowid"
    else:
        sql = select.format(source="parts p") + " WHERE instr(p.text, :phrase) > 0"
        sql += " ORDER BY p.rowid"
    cursor = store.connection.execute(sql, {"match": match, "phrase": phrase})
    try:
        yield from _hits(cursor, phrase, limit)
    finally:
        cursor.close()  # a Find abandoned half-way holds no read snapshot


def find_batches(
    store: Store, phrase: str, *, size: int = 200, limit: int | None = None
) -> Iterator[list[Hit]]:
    """:func:`find`'s hits in lists of up to ``size`` (the first list as soon as it is full, or
    the search is done): one message per list to a window's thread, not one per hit."""
    hits = find(store, phrase, limit=limit)
    try:
        while batch := list(islice(hits, max(1, size))):
            yield batch
    finally:
        hits.close()


def _hits(rows: Iterator[tuple[Any, ...]], phrase: str, limit: int | None) -> Iterator[Hit]:
    found = 0
    for key, report_id, title, section, paragraph, kind, text in rows:
        if limit is not None and found >= limit:
            return
        starts = tuple(m.start() for m in re.finditer(re.escape(phrase), text))
        if starts:  # the index matches across punctuation too
            found += 1
            yield Hit(key, report_id, title, section or "", paragraph, kind, text, starts)


MEASURE_COLUMNS: tuple[str, ...] = (
    "report", "file", "region", "level", "year", "section", "label", "value", "high", "unit",
    "qualifier", "direction", "bound", "kind", "target", "sentence",
)  # fmt: skip


def measure(
    store: Store, query: str, *, targets_only: bool = False, first_only: bool = False
) -> list[Row]:
    """Every figure whose label means ``query`` (a label or a concept name, as in
    ``core/compare``), report by report in reading order."""
    key = label_key(CONCEPTS.get(query, query))
    sql = (
        "SELECT r.id, r.file, r.region, r.level, r.year, s.id, f.label, f.value, f.high, f.unit,"
        " f.qualifier, f.direction, f.bound, f.kind, f.target, f.sentence, r.key"
        " FROM figures f JOIN reports r ON r.key = f.report"
        " JOIN sections s ON s.report = f.report AND s.seq = f.section"
        " WHERE f.measure = ?"
        + (" AND f.target = 1" if targets_only else "")
        + " ORDER BY r.key, f.section, f.seq"
    )
    rows: list[Row] = []
    seen: set[int] = set()
    for found in store.connection.execute(sql, (key,)):
        *values, report_key = found
        if first_only and report_key in seen:
            continue
        seen.add(report_key)
        row = dict(zip(MEASURE_COLUMNS, values, strict=True))
        row["target"] = bool(row["target"])
        rows.append(row)
    return rows


FIGURE_EXPORT_COLUMNS: tuple[str, ...] = (
    "report", "file", "region", "level", "year", "section", "label", "value", "high", "unit",
    "qualifier", "base_value", "base_unit", "dimension", "kind", "direction", "bound", "target",
    "measure", "sentence",
)  # fmt: skip


def figure_rows(store: Store) -> Iterator[Row]:
    """Every figure of the store, report by report in reading order (for export)."""
    sql = (
        "SELECT r.id, r.file, r.region, r.level, r.year, s.id, f.label, f.value, f.high, f.unit,"
        " f.qualifier, f.base_value, f.base_unit, f.dimension, f.kind, f.direction, f.bound,"
        " f.target, f.measure, f.sentence FROM figures f JOIN reports r ON r.key = f.report"
        " JOIN sections s ON s.report = f.report AND s.seq = f.section"
        " ORDER BY r.key, f.section, f.seq"
    )
    for found in store.connection.execute(sql):
        row = dict(zip(FIGURE_EXPORT_COLUMNS, found, strict=True))
        row["target"] = bool(row["target"])
        yield row
