"""Keyword in context: every occurrence of a word, exactly where it is, with the text around it.

Occurrences are found as :mod:`workreport.core.keywords` counts them (as written, without overlap,
under a :class:`~workreport.core.keywords.CountingRule`), so a section's list is as long as its
count. Context never crosses a paragraph: it is cut at the paragraph's ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from workreport.core.keywords import ALL_TEXT, CountingRule, TextKind, report_parts
from workreport.core.model import Report

DEFAULT_WIDTH = 15


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a word: ``text[start:end] == match``, where ``text`` is the paragraph,
    the title or the headline it is in."""

    section_id: str  # the section's address (``Report.section`` resolves it); "" for the headline
    kind: TextKind  # headline, title, front (an intro paragraph) or body
    paragraph: int | None  # index in the section's paragraphs; None in a title or the headline
    start: int
    end: int
    before: str  # up to ``width`` characters before the match, in the same paragraph
    match: str
    after: str  # up to ``width`` characters after it


def find_all(text: str, word: str) -> list[tuple[int, int]]:
    """Start and end of every occurrence of ``word`` in ``text``, left to right, without overlap."""
    spans: list[tuple[int, int]] = []
    if not word:
        return spans
    start = text.find(word)
    while start != -1:
        spans.append((start, start + len(word)))
        start = text.find(word, start + len(word))
    return spans


def occurrences(
    report: Report,
    word: str,
    *,
    rule: CountingRule = ALL_TEXT,
    under: str | None = None,
    width: int = DEFAULT_WIDTH,
) -> list[Occurrence]:
    """Every occurrence of ``word`` in the counted text, in reading order.

    ``under`` (a section id) limits the search to one section and everything below it.
    """
    inside = None if under is None else {s.id for s in report.section(under).walk()}
    found: list[Occurrence] = []
    for part in report_parts(report, rule):
        if inside is not None and (part.section is None or part.section.id not in inside):
            continue
        section_id = "" if part.section is None else part.section.id
        text = part.text
        for start, end in find_all(text, word):
            found.append(
                Occurrence(
                    section_id=section_id,
                    kind=part.kind,
                    paragraph=part.paragraph,
                    start=start,
                    end=end,
                    before=text[max(0, start - width) : start],
                    match=text[start:end],
                    after=text[end : end + width],
                )
            )
    return found
