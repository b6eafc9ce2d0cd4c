"""The rows of the Keywords view's tables: one per scope (the whole report, a chapter, a section)
or per report, with a count and a rate column for each word.

Counted by :func:`~workreport.core.keywords.count_in_parts` over the scopes the core makes, as
``workreport keywords`` and the header count; the window only adds column titles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workreport.core.keywords import (
    CountBy,
    CountingRule,
    Scope,
    TextPart,
    count_in_parts,
    per_10k,
    rounded_rate,
    scopes,
)
from workreport.core.model import Report
from workreport.core.tabular import Row


def count_key(word: str) -> str:
    """The column of a word's count; words hold no spaces, so no key is another column's."""
    return f"{word} count"


def rate_key(word: str) -> str:
    """The column of a word's rate per 10,000 characters."""
    return f"{word} per_10k"


def word_cells(parts: tuple[TextPart, ...], characters: int, words: Sequence[str]) -> Row:
    """Each word's count and rate (two decimals; None when nothing is counted) in these parts."""
    row: Row = {}
    for word in words:
        count = count_in_parts(parts, word)
        row[count_key(word)] = count
        row[rate_key(word)] = rounded_rate(per_10k(count, characters))
    return row


def scope_rows(found: Iterable[Scope], words: Sequence[str]) -> list[Row]:
    """One row per scope: ``section`` (titles), ``section_id``, ``characters`` and the words."""
    return [
        {"section": s.label, "section_id": s.section_id, "characters": s.characters}
        | word_cells(s.parts, s.characters, words)
        for s in found
    ]


def report_rows(reports: Iterable[Report], words: Sequence[str], rule: CountingRule) -> list[Row]:
    """One row per report, its whole counted text: ``report`` (title), ``report_id``, ``year``,
    ``characters`` and the words."""
    rows: list[Row] = []
    for report in reports:
        whole = scopes(report, CountBy.REPORT, rule)[0]
        rows.append(
            {
                "report": report.title,
                "report_id": report.id,
                "year": report.year,
                "characters": whole.characters,
            }
            | word_cells(whole.parts, whole.characters, words)
        )
    return rows
