"""Count words in a report, per section or chapter and for the whole report, by a stated rule.

A report's text is of three kinds, and a :class:`CountingRule` says which of them is counted:

- **titles**: the headings of chapters and sections. The importer's labels for the intro and the
  closing (导语, 结语) are not text of the report and are never counted.
- **front matter**: the report's headline and the intro (the text before the first chapter).
- **body**: the paragraphs of chapters and sections, the closing and any appendix.

A section's count covers its title and everything under it (its paragraphs and its subsections,
titles included), as far as the rule lets in; the whole report (全文) covers every section and the
headline. Occurrences are counted as written, without overlap (``新`` in ``创新`` counts). A rate is
per 10,000 characters of the same counted text, whitespace left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workreport.core.model import Report, Section, SectionKind, path_title

WHOLE_REPORT = "全文"

RULE = (
    "A section's count covers its title and everything under it; the whole report ("
    + WHOLE_REPORT
    + ") covers every section and the headline, as far as the rule lets them in. Occurrences are"
    " counted as written, without overlap."
)

PER_10K_BASIS = "per 10,000 characters of the counted text, whitespace left out"


@dataclass(frozen=True, slots=True)
class CountingRule:
    """Which text is counted: titles, front matter (headline and intro), body (the rest)."""

    titles: bool = True
    front_matter: bool = True
    body: bool = True

    def describe(self) -> str:
        """One line for a user, e.g. ``Counts body text; leaves out titles and front matter …``."""
        kinds = {
            "titles": self.titles,
            "front matter (headline, intro)": self.front_matter,
            "body text (chapters, sections, closing)": self.body,
        }
        counted = [name for name, on in kinds.items() if on]
        left_out = [name for name, on in kinds.items() if not on]
        if not counted:
            return "Counts nothing: titles, front matter and body text are all left out"
        line = "Counts " + _join_names(counted)
        if left_out:
            line += "; leaves out " + _join_names(left_out)
        return line

    def counts(self, kind: TextKind) -> bool:
        if kind is TextKind.TITLE:
            return self.titles
        if kind is TextKind.BODY:
            return self.body
        return self.front_matter


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


ALL_TEXT = CountingRule()
BODY_ONLY = CountingRule(titles=False, front_matter=False, body=True)
TITLES_AND_BODY = CountingRule(titles=True, front_matter=False, body=True)
FRONT_MATTER_ONLY = CountingRule(titles=False, front_matter=True, body=False)


class TextKind(StrEnum):
    """What a piece of text is, for a :class:`CountingRule`."""

    HEADLINE = "headline"  # front matter
    FRONT = "front"  # a paragraph of the intro: front matter
    TITLE = "title"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class TextPart:
    """One title, paragraph or the headline, where it sits and what kind of text it is."""

    section: Section | None  # None for the report's headline
    kind: TextKind
    paragraph: int | None  # index in ``section.paragraphs``; None for a title or the headline
    text: str


def _has_own_title(section: Section) -> bool:
    return bool(section.title) and section.kind not in (SectionKind.INTRO, SectionKind.CLOSING)


def section_parts(
    section: Section, rule: CountingRule = ALL_TEXT, *, front: bool = False
) -> Iterator[TextPart]:
    """The counted text of a section and everything under it, in reading order.

    ``front`` says the section lies in the front matter (an intro's subsection); an intro itself is.
    """
    front = front or section.kind is SectionKind.INTRO
    if rule.titles and _has_own_title(section):
        yield TextPart(section, TextKind.TITLE, None, section.title)
    kind = TextKind.FRONT if front else TextKind.BODY
    if rule.counts(kind):
        for index, paragraph in enumerate(section.paragraphs):
            yield TextPart(section, kind, index, paragraph)
    for child in section.children:
        yield from section_parts(child, rule, front=front)


def report_parts(report: Report, rule: CountingRule = ALL_TEXT) -> Iterator[TextPart]:
    """The counted text of the whole report, headline first, in reading order."""
    if rule.front_matter and report.headline:
        yield TextPart(None, TextKind.HEADLINE, None, report.headline)
    for section in report.sections:
        yield from section_parts(section, rule)


def character_count(text: str) -> int:
    """Characters of a text, whitespace left out (the basis of every rate)."""
    return len("".join(text.split()))


def per_10k(count: int, characters: int) -> float | None:
    """``count`` per 10,000 characters; None when nothing is counted."""
    return count * 10_000 / characters if characters else None


class CountBy(StrEnum):
    """What the rows of a count are, besides the whole report."""

    REPORT = "report"  # the whole report only
    CHAPTER = "chapter"  # every top-level section: intro, chapters, closing, appendices
    SECTION = "section"  # every section at every level


@dataclass(frozen=True, slots=True)
class Scope:
    """A row of a count: the whole report or one section, and its counted text."""

    label: str  # titles from the chapter down, joined by " / "; 全文 for the whole report
    section: Section | None  # None for the whole report
    parts: tuple[TextPart, ...]
    characters: int


def scopes(
    report: Report, by: CountBy = CountBy.SECTION, rule: CountingRule = ALL_TEXT
) -> list[Scope]:
    """The whole report, then the chapters or sections in reading order that hold counted text."""
    whole = tuple(report_parts(report, rule))
    result = [Scope(WHOLE_REPORT, None, whole, sum(character_count(p.text) for p in whole))]
    if by is CountBy.REPORT:
        return result
    paths = report.section_paths()
    sections = report.sections if by is CountBy.CHAPTER else list(report.walk())
    for section in sections:
        path = paths[id(section)]
        front = any(s.kind is SectionKind.INTRO for s in path)
        parts = tuple(section_parts(section, rule, front=front))
        characters = sum(character_count(p.text) for p in parts)
        if characters:
            result.append(Scope(path_title(path), section, parts, characters))
    return result


@dataclass(frozen=True, slots=True)
class KeywordCount:
    section: str  # titles from the chapter down, joined by " / "; 全文 for the whole report
    word: str
    count: int
    characters: int  # characters of the counted text (whitespace left out)
    rule: CountingRule

    @property
    def per_10k(self) -> float | None:
        return per_10k(self.count, self.characters)


def count_in_parts(parts: Iterable[TextPart], word: str) -> int:
    return sum(part.text.count(word) for part in parts) if word else 0


def count_in_section(section: Section, word: str, rule: CountingRule = ALL_TEXT) -> int:
    return count_in_parts(section_parts(section, rule), word)


def count_in_report(report: Report, word: str, rule: CountingRule = ALL_TEXT) -> int:
    return count_in_parts(report_parts(report, rule), word)


def keyword_counts(
    report: Report,
    words: list[str],
    *,
    by: CountBy = CountBy.SECTION,
    rule: CountingRule = ALL_TEXT,
) -> list[KeywordCount]:
    """For each word: the whole report first, then each chapter or section in reading order."""
    rows = scopes(report, by, rule)
    return [
        KeywordCount(row.label, word, count_in_parts(row.parts, word), row.characters, rule)
        for word in words
        for row in rows
    ]


# The headline's claim: “新”字高频出现了158次 — a quoted word, then a number of times.
_CLAIM = re.compile(r"[“\"「‘]([^”\"」’]{1,12})[”\"」’]字?[^\d“\"「。；;，,]{0,12}?(\d+)\s*次")


@dataclass(frozen=True, slots=True)
class HeadlineClaim:
    """A count the report's headline states, e.g. that 新 occurs 158 times."""

    word: str
    count: int
    text: str  # the headline's words that make the claim


def headline_claims(report: Report) -> list[HeadlineClaim]:
    return [
        HeadlineClaim(match.group(1), int(match.group(2)), match.group(0))
        for match in _CLAIM.finditer(report.headline)
    ]


STORY_RULES: tuple[CountingRule, ...] = (ALL_TEXT, TITLES_AND_BODY, BODY_ONLY, FRONT_MATTER_ONLY)


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """A word's count as the headline states it, beside what the text itself holds."""

    word: str
    claim: HeadlineClaim | None
    counts: tuple[KeywordCount, ...]  # the whole report under each of STORY_RULES
    explanation: str


def _is_summary(report: Report) -> bool:
    return "摘要" in report.source or "非报告全文" in report.source


def check_claim(report: Report, word: str) -> ClaimCheck:
    """Set the headline's count of ``word`` beside the text's own, and say why they differ."""
    claim = next((c for c in headline_claims(report) if c.word == word), None)
    counts = tuple(
        keyword_counts(report, [word], by=CountBy.REPORT, rule=rule)[0] for rule in STORY_RULES
    )
    everything = count_in_report(report, word, ALL_TEXT)
    front_matter = count_in_report(report, word, FRONT_MATTER_ONLY)
    if claim is None:
        explanation = f"The headline states no count of {word}."
    elif everything == claim.count:
        explanation = f"The text's own count of {word} agrees with the headline's {claim.count}."
    elif everything < claim.count:
        what = (
            "a summary of the report (its source says so), not the report's full text"
            if _is_summary(report)
            else "not the whole text the headline counted"
        )
        explanation = (
            f"The headline's {claim.count} is a count over the full report; this text is {what}, "
            f"so it holds only {everything} occurrences of {word} counting everything: "
            f"{front_matter} in its own front matter (headline and intro) and "
            f"{everything - front_matter} in the titles and body it keeps of the report. "
            f"The text can neither confirm nor refute {claim.count}."
        )
    else:
        explanation = (
            f"The text holds more occurrences of {word} ({everything}) than the headline's "
            f"{claim.count}: the headline counts some other text or by another rule."
        )
    return ClaimCheck(word, claim, counts, explanation)


# Tables and text for people: pure functions, shared by the command line and the window.

Row = dict[str, Any]

COUNT_COLUMNS: tuple[str, ...] = ("section", "word", "count", "rule")
RATE_COLUMNS: tuple[str, ...] = ("characters", "per_10k")
CLAIM_COLUMNS: tuple[str, ...] = ("word", "claimed", "section", "count", "rule")


def rounded_rate(rate: float | None) -> float | None:
    """A rate as tables show it: two decimals."""
    return None if rate is None else round(rate, 2)


def with_rates(columns: tuple[str, ...]) -> tuple[str, ...]:
    """Columns with characters and rate added before the rule (the last column)."""
    return (*columns[:-1], *RATE_COLUMNS, columns[-1])


def rate_text(rate: float | None) -> str:
    """A rate in a column nine wide, blank when nothing is counted."""
    return " " * 9 if rate is None else f"{rate:>9.2f}"


def count_rows(
    counts: list[KeywordCount] | tuple[KeywordCount, ...], *, rates: bool = False
) -> list[Row]:
    """One row per count, the rule beside it; with ``rates``, characters and rate too."""
    rows: list[Row] = []
    for c in counts:
        row: Row = {"section": c.section, "word": c.word, "count": c.count}
        if rates:
            row |= {"characters": c.characters, "per_10k": rounded_rate(c.per_10k)}
        rows.append(row | {"rule": c.rule.describe()})
    return rows


def rule_line(rule: CountingRule, *, rates: bool = False) -> str:
    """The line that states the counting rule above every text output."""
    return f"rule: {rule.describe()}" + (f"; rates {PER_10K_BASIS}" if rates else "")


def counts_text(counts: list[KeywordCount], rule: CountingRule, *, rates: bool = False) -> str:
    """The counts as lines ``count [rate] word section``, under a line stating the rule."""
    lines = [rule_line(rule, rates=rates)]
    for c in counts:
        rate = rate_text(c.per_10k) if rates else ""
        lines.append(f"{c.count:>6}{rate}  {c.word}  {c.section}")
    return "\n".join(lines) + "\n"


def claim_rows(check: ClaimCheck, *, rates: bool = False) -> list[Row]:
    """One row per rule: the headline's claim beside the text's own count under that rule."""
    claimed = None if check.claim is None else check.claim.count
    return [
        {"word": check.word, "claimed": claimed} | row
        for row in count_rows(check.counts, rates=rates)
    ]


def claim_record(check: ClaimCheck, *, rates: bool = False) -> Row:
    """The whole check as one nested record (for JSON)."""
    claim = None if check.claim is None else {"count": check.claim.count, "text": check.claim.text}
    return {
        "word": check.word,
        "claim": claim,
        "counts": count_rows(check.counts, rates=rates),
        "explanation": check.explanation,
    }


def claim_text(check: ClaimCheck, *, rates: bool = False) -> str:
    """The claim, the text's own count under each rule, and the explanation, as lines."""
    claimed = "no count" if check.claim is None else f"{check.claim.count} ({check.claim.text})"
    lines = [f"{check.word}: the headline says {claimed}; the text itself holds"]
    for c in check.counts:
        rate = rate_text(c.per_10k) if rates else ""
        lines.append(f"{c.count:>6}{rate}  {c.rule.describe()}")
    lines.append(check.explanation)
    return "\n".join(lines) + "\n"
