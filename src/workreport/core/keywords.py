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

from workreport.core.model import Report, Section, SectionKind, path_title
from workreport.core.tabular import Row

WHOLE_REPORT = "全文"


@dataclass(frozen=True, slots=True)
class CountingRule:
    """Which text is counted: titles, front matter (headline and intro), body (the rest)."""

    titles: bool = True
    front_matter: bool = True
    body: bool = True

    @property
    def code(self) -> str:
        """The rule as data, in every table and export: the kinds counted, joined by ``+``
        (``titles+front_matter+body``, ``body``; ``none`` when nothing is)."""
        kinds = [name for name, on in self.flags() if on]
        return "+".join(kinds) if kinds else "none"

    def flags(self) -> tuple[tuple[str, bool], ...]:
        """Each kind of text and whether it is counted: what a user interface words."""
        return (("titles", self.titles), ("front_matter", self.front_matter), ("body", self.body))

    def counts(self, kind: TextKind) -> bool:
        if kind is TextKind.TITLE:
            return self.titles
        if kind is TextKind.BODY:
            return self.body
        return self.front_matter


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
    section_id: str  # the section's address; "" for the whole report
    parts: tuple[TextPart, ...]
    characters: int


def _whole(report: Report, rule: CountingRule) -> Scope:
    parts = tuple(report_parts(report, rule))
    return Scope(WHOLE_REPORT, None, "", parts, sum(character_count(p.text) for p in parts))


def _section_scope(path: tuple[Section, ...], rule: CountingRule) -> Scope:
    section = path[-1]
    front = any(s.kind is SectionKind.INTRO for s in path)
    parts = tuple(section_parts(section, rule, front=front))
    characters = sum(character_count(p.text) for p in parts)
    return Scope(path_title(path), section, section.id, parts, characters)


def scope(report: Report, section_id: str | None = None, rule: CountingRule = ALL_TEXT) -> Scope:
    """The counted text of the whole report (``section_id`` None) or of one section and below:
    the one way every count of the program (header, Keywords view, charts, CLI, API) is made."""
    if section_id is None:
        return _whole(report, rule)
    return _section_scope(report.section_path(section_id), rule)


def scopes(
    report: Report, by: CountBy = CountBy.SECTION, rule: CountingRule = ALL_TEXT
) -> list[Scope]:
    """The whole report, then the chapters or sections in reading order that hold counted text."""
    result = [_whole(report, rule)]
    if by is CountBy.REPORT:
        return result
    paths = [(s,) for s in report.sections] if by is CountBy.CHAPTER else report.walk_paths()
    for path in paths:
        found = _section_scope(path, rule)
        if found.characters:
            result.append(found)
    return result


@dataclass(frozen=True, slots=True)
class KeywordCount:
    section: str  # titles from the chapter down, joined by " / "; 全文 for the whole report
    section_id: str  # the section's address; "" for the whole report
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
        KeywordCount(
            row.label, row.section_id, word, count_in_parts(row.parts, word), row.characters, rule
        )
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


class ClaimOutcome(StrEnum):
    """How the headline's count of a word relates to the text's own (counting everything)."""

    NO_CLAIM = "no_claim"  # the headline states no count of the word
    AGREES = "agrees"  # the text holds as many as the headline says
    SUMMARY = "summary"  # fewer, and the source says the text is a summary (摘要, 非报告全文)
    FEWER = "fewer"  # fewer: the text is not the whole text the headline counted
    MORE = "more"  # more: the headline counts some other text, or by another rule


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """A word's count as the headline states it, beside what the text itself holds."""

    word: str
    claim: HeadlineClaim | None
    counts: tuple[KeywordCount, ...]  # the whole report under each of STORY_RULES
    outcome: ClaimOutcome
    everything: int  # the text's own count under ALL_TEXT
    front_matter: int  # of which in the headline and intro (FRONT_MATTER_ONLY)

    @property
    def rest(self) -> int:
        """Occurrences in the titles and body: what the text keeps of the report itself."""
        return self.everything - self.front_matter


def _is_summary(report: Report) -> bool:
    return "摘要" in report.source or "非报告全文" in report.source


def check_claim(report: Report, word: str) -> ClaimCheck:
    """Set the headline's count of ``word`` beside the text's own, and say how they relate."""
    claim = next((c for c in headline_claims(report) if c.word == word), None)
    counts = tuple(
        keyword_counts(report, [word], by=CountBy.REPORT, rule=rule)[0] for rule in STORY_RULES
    )
    everything = counts[STORY_RULES.index(ALL_TEXT)].count
    front_matter = counts[STORY_RULES.index(FRONT_MATTER_ONLY)].count
    if claim is None:
        outcome = ClaimOutcome.NO_CLAIM
    elif everything == claim.count:
        outcome = ClaimOutcome.AGREES
    elif everything < claim.count:
        outcome = ClaimOutcome.SUMMARY if _is_summary(report) else ClaimOutcome.FEWER
    else:
        outcome = ClaimOutcome.MORE
    return ClaimCheck(word, claim, counts, outcome, everything, front_matter)


# Tables as data: pure functions, shared by the command line, the window and the Python API.

COUNT_COLUMNS: tuple[str, ...] = ("section_id", "section", "word", "count", "rule")
RATE_COLUMNS: tuple[str, ...] = ("characters", "per_10k")
CLAIM_COLUMNS: tuple[str, ...] = ("word", "claimed", "outcome", "section", "count", "rule")


def rounded_rate(rate: float | None) -> float | None:
    """A rate as tables show it: two decimals."""
    return None if rate is None else round(rate, 2)


def with_rates(columns: tuple[str, ...]) -> tuple[str, ...]:
    """Columns with characters and rate added before the rule (the last column)."""
    return (*columns[:-1], *RATE_COLUMNS, columns[-1])


def count_rows(
    counts: list[KeywordCount] | tuple[KeywordCount, ...], *, rates: bool = False
) -> list[Row]:
    """One row per count, the rule (:attr:`CountingRule.code`) beside it; with ``rates``,
    characters and rate too."""
    rows: list[Row] = []
    for c in counts:
        row: Row = {"section_id": c.section_id, "section": c.section, "word": c.word}
        row["count"] = c.count
        if rates:
            row |= {"characters": c.characters, "per_10k": rounded_rate(c.per_10k)}
        rows.append(row | {"rule": c.rule.code})
    return rows


def claim_rows(check: ClaimCheck, *, rates: bool = False) -> list[Row]:
    """One row per rule: the headline's claim beside the text's own count under that rule."""
    claimed = None if check.claim is None else check.claim.count
    return [
        {"word": check.word, "claimed": claimed, "outcome": check.outcome.value} | row
        for row in count_rows(check.counts, rates=rates)
    ]


def claim_record(check: ClaimCheck, *, rates: bool = False) -> Row:
    """The whole check as one nested record (for JSON)."""
    claim = None if check.claim is None else {"count": check.claim.count, "text": check.claim.text}
    return {
        "word": check.word,
        "claim": claim,
        "outcome": check.outcome.value,
        "everything": check.everything,
        "front_matter": check.front_matter,
        "counts": count_rows(check.counts, rates=rates),
    }
