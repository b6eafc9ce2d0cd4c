"""Assemble a :class:`Report` from plain text: front matter, intro, chapters, sections, closing,
appendices.

The steps: split off the front matter (:mod:`frontmatter`); choose the document's chapter style
and join the lines that page breaks cut (:mod:`paragraphs`); then walk the paragraphs, opening a
chapter, an appendix or a section wherever a rule of :mod:`headings` matches. The closing is the
last chapter's tail from its last closing paragraph (``各位代表！…``) on; appendices (附件, 名词解释)
follow the chapters and hold the numbered items under them as their sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from workreport.core.errors import ReportError
from workreport.core.importer import headings, limits
from workreport.core.importer.detect import refusal
from workreport.core.importer.divisions import level_of
from workreport.core.importer.figures import find_figures
from workreport.core.importer.frontmatter import (
    FrontMatter,
    read_front_matter,
    title_in_name,
    title_in_words,
)
from workreport.core.importer.normalise import normalise
from workreport.core.importer.outline import (
    CLOSING_TITLE,
    Outline,
    heading_predicate,
    join_cut_titles,
    walk,
)
from workreport.core.importer.paragraphs import clean_line, join_broken_lines
from workreport.core.importer.sentences import Stops
from workreport.core.importer.simplified import reader_for
from workreport.core.importer.targets import is_stated_target, target_spans
from workreport.core.model import Indicator, Report, Section, SectionKind, assign_section_ids

# A list item's marker is not part of a figure's label: 1.地区生产总值增长 → 地区生产总值增长
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|——|--)")

INTRO_TITLE = "导语"
BODY_TITLE = "正文"  # the one chapter of a report whose chapter style no rule knows
NOTE_NO_CHAPTERS = "no_chapters"


@dataclass(slots=True)
class ReportMetadata:
    """What the text does not say, or says in a way not worth guessing: given by the caller.

    Anything given here wins over what the importer reads from the front matter.
    """

    id: str = ""
    title: str = ""
    region: str = ""
    level: str = ""
    year: int | None = None
    date: str = ""
    source: str = ""
    speaker: str = ""
    glosses: dict[str, str] = field(default_factory=dict)  # section title → English gloss


def _add_paragraph(section: Section, paragraph: str) -> None:
    if paragraph:
        section.paragraphs.append(paragraph)


def _find_indicators(section: Section, read: Callable[[str], str] | None) -> None:
    section.indicators = []
    readings = [read(p) if read else p for p in section.paragraphs]
    targets = target_spans(readings)
    for index, paragraph in enumerate(section.paragraphs):
        span = targets.get(index)
        _add_indicators(section, index, paragraph, readings[index], [span] if span else [])


def _add_indicators(
    section: Section, index: int, paragraph: str, read: str, targets: list[tuple[int, int]]
) -> None:
    """The figures of a paragraph, found in its reading (the same length) and shown with the
    sentence as written."""
    for figure in find_figures(read):
        sentence = figure.sentence
        if read != paragraph:
            at = read.find(sentence)
            sentence = paragraph[at : at + len(sentence)] if at >= 0 else sentence
        section.indicators.append(
            Indicator(
                label=_LIST_MARKER.sub("", figure.label),
                value=figure.value,
                unit=figure.unit,
                qualifier=figure.qualifier,
                base_value=figure.base_value,
                base_unit=figure.base_unit,
                dimension=figure.dimension,
                paragraph=index,
                start=figure.start,
                end=figure.end,
                sentence=sentence,
                high=figure.high,
                kind=figure.kind,
                target=any(start <= figure.start < end for start, end in targets),
                direction=figure.direction,
                bound=figure.bound,
            )
        )


def import_text(
    text: str, metadata: ReportMetadata | None = None, *, name: str = "", title: str = ""
) -> Report:
    """Build a report from its text. ``name`` (a file name) names it in error messages; with
    ``title`` (a web page's own title) it also names a report whose text gives no title, year or
    region (a file saved as 2023年某某县政府工作报告.txt).

    Raises :class:`ReportError` when the text is empty or no chapter is found: not a report.
    """
    meta = metadata or ReportMetadata()
    text = limits.clean_text(
        normalise(text)
    )  # U+FFFD in the source goes; a lone surrogate is marked
    if not text.strip():
        raise ReportError(name, "", "the text is empty")
    limits.check_numbers(text, name)
    reason = refusal(text)
    if reason is not None:
        raise ReportError(name, "", reason)
    reader = reader_for(text)
    read = reader or _same
    lines = text.splitlines()
    front = read_front_matter([read(line) for line in lines] if reader else lines)
    if not front.headline and not front.lines:
        raise ReportError(name, "", "the text is empty")
    if reader is not None:  # the front matter as written
        written = {read(clean_line(line)): clean_line(line) for line in lines[: front.body_start]}
        front.headline = written.get(front.headline, front.headline)
        front.lines = [written.get(line, line) for line in front.lines]
    body_lines = [clean_line(line) for line in lines[front.body_start :]]
    if not front.lines and headings.opens_chapter_anyhow(read(front.headline)):
        # no front matter: a first line that is a chapter heading (1988) is the body's
        body_lines.insert(0, front.headline)
        front.headline = ""
    read_lines = [read(line) for line in body_lines] if reader else body_lines
    chapter_rule = headings.chapter_rule_for(read_lines)
    section_rules = headings.section_rules(chapter_rule)
    is_heading = heading_predicate(chapter_rule, section_rules, read)
    join_cut_titles(body_lines, chapter_rule, is_heading, read)
    paragraphs = join_broken_lines(body_lines, is_heading)
    region = meta.region or front.region
    year = meta.year if meta.year is not None else front.year
    named = _named(title, name, year)
    region = region or named.region
    year = year if year is not None else named.year
    report = Report(
        id=meta.id,
        title=(
            meta.title
            or next((t for t in (front.title, named.title) if _names_whose(t)), "")
            or next((t for t in (_title_like(front.headline),) if _names_whose(t)), "")
            or title
            or limits.fallback_title(region, year)
        ),
        region=region,
        level=meta.level or level_of(region),
        year=year,
        date=meta.date or front.date,
        source=meta.source or front.source,
        speaker=meta.speaker or front.speaker,
        headline=front.headline,
    )
    outline = Outline(
        report,
        intro=Section(INTRO_TITLE, SectionKind.INTRO, level=1),
        closing=Section(CLOSING_TITLE, SectionKind.CLOSING, level=1),
        name=name,
    )
    for line in front.lines:
        _add_paragraph(outline.intro, line)
    if chapter_rule is None:
        # no chapter style recognised: the body is one chapter, with what sections it has
        outline.open_top(Section(BODY_TITLE, SectionKind.CHAPTER, level=1))
        report.notes.append(NOTE_NO_CHAPTERS)
    walk(outline, paragraphs, chapter_rule, section_rules, read)
    if outline.intro.paragraphs:
        report.sections.insert(0, outline.intro)
    if outline.closing.paragraphs:
        position = next(
            (i for i, s in enumerate(report.sections) if s.kind is SectionKind.APPENDIX),
            len(report.sections),
        )
        report.sections.insert(position, outline.closing)
    for section in report.walk():
        _merge_lone_lead(section, outline.line_leads)
    figures = 0
    for section in report.walk():
        _find_indicators(section, reader)
        section.gloss = meta.glosses.get(section.title, "")
        figures = limits.count_figures(figures, section, name)
    if not any(indicator.target for _, indicator in report.all_indicators()):
        _mark_stated_targets(report, reader)
    assign_section_ids(report.sections)
    return report


def _mark_stated_targets(report: Report, read: Callable[[str], str] | None) -> None:
    """In a report that lists no targets, the figures its prose states as this year's targets
    (今年经济增长预期目标为7%左右) are its targets."""
    for section in report.walk():
        stops: dict[int, tuple[str, Stops]] = {}
        for number, indicator in enumerate(section.indicators):
            if indicator.paragraph not in stops:
                paragraph = section.paragraphs[indicator.paragraph]
                reading = read(paragraph) if read else paragraph
                stops[indicator.paragraph] = (reading, Stops(reading))
            reading, paragraph_stops = stops[indicator.paragraph]
            sentence_start, _ = paragraph_stops.sentence_bounds(indicator.start)
            if is_stated_target(reading[sentence_start : indicator.start]):
                section.indicators[number] = replace(indicator, target=True)


# A headline longer than this, or one that ends a sentence, is the text's first paragraph, not its
# title (the 1964 abstract, a salutation run into the first sentence).
MAX_TITLE = 60


def _named(title: str, name: str, year: int | None) -> FrontMatter:
    """What the document's own title or its file's name say, for a text whose title names no
    year or region, or that has none; nothing when they name another year than the text."""
    for found in (title_in_words(title), title_in_name(name)):
        if found is not None and (year is None or found.year in (None, year)):
            return found
    return FrontMatter()


def _names_whose(title: str) -> bool:
    """Whether a title says whose report it is, or of which year (not a bare 政府工作报告)."""
    found = title_in_words(title)
    return bool(title) and (found is None or found.year is not None or bool(found.region))


def _title_like(headline: str) -> str:
    if len(headline) > MAX_TITLE or re.search(r"[。；！？!?，,：:]", headline):
        return ""
    return headline


def _same(text: str) -> str:
    return text


def _merge_lone_lead(parent: Section, line_leads: set[int]) -> None:
    """A lead sentence is a title only among others like it: a section's one lead-titled child
    (重庆: 人民满意是衡量政府工作的根本标准。…) is put back as the text it was (a lead line
    alone on its line stays a paragraph of its own)."""
    leads = [
        c
        for c in parent.children
        if c.numbering in ("", "——", "--", "－－") and c.kind is SectionKind.SECTION
    ]
    if len(leads) != 1 or leads[0].children:
        return
    if id(leads[0]) in line_leads:  # back into the text it stood in: the section before it
        at = parent.children.index(leads[0])
        lead = parent.children.pop(at)
        before = parent if at == 0 else _last_descendant(parent.children[at - 1])
        before.paragraphs.append(lead.numbering + lead.title + "。")
        before.paragraphs.extend(lead.paragraphs)
        return
    if leads[0] is not parent.children[0]:
        return
    lead = parent.children.pop(0)
    rest = lead.paragraphs[:1]
    parent.paragraphs.append(lead.numbering + lead.title + "。" + (rest[0] if rest else ""))
    parent.paragraphs.extend(lead.paragraphs[1:])


def _last_descendant(section: Section) -> Section:
    while section.children:
        section = section.children[-1]
    return section
