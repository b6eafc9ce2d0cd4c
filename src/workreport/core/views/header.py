"""The counts in the header above a report or section: figures, characters and a word.

Counted as the Keywords view, its chart and ``workreport keywords`` count, under the default
rule (:data:`~workreport.core.keywords.ALL_TEXT`: titles, front matter and body), through
:func:`~workreport.core.keywords.scope`.
"""

from __future__ import annotations

from dataclasses import dataclass

from workreport.core.keywords import ALL_TEXT, count_in_parts, headline_claims, scope
from workreport.core.model import Report

KEYWORD = "新"  # the word the header counts: the one reports are read for


@dataclass(frozen=True, slots=True)
class HeaderCounts:
    figures: int
    characters: int  # counted text, whitespace left out
    word: str
    count: int  # occurrences of ``word`` in the counted text
    claimed: int | None  # the headline's count of ``word`` (for a whole report), if it states one


def header_counts(
    report: Report, section_id: str | None = None, word: str = KEYWORD
) -> HeaderCounts:
    """The counts of the whole report (``section_id`` None) or of one section and below."""
    counted = scope(report, section_id, ALL_TEXT)
    if section_id is None:
        figures = sum(1 for _ in report.all_indicators())
        claims = [c.count for c in headline_claims(report) if c.word == word]
        claimed = claims[0] if claims else None
    else:
        figures = sum(1 for _ in report.section(section_id).all_indicators())
        claimed = None
    return HeaderCounts(
        figures, counted.characters, word, count_in_parts(counted.parts, word), claimed
    )
