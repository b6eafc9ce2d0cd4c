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
from dataclasses import dataclass, field

from workreport.core.errors import ReportError
from workreport.core.importer import figure_rules, headings, limits
from workreport.core.importer.figures import find_figures
from workreport.core.importer.frontmatter import level_of, read_front_matter
from workreport.core.importer.paragraphs import clean_line, join_broken_lines
from workreport.core.model import Indicator, Report, Section, SectionKind, assign_section_ids

INTRO_TITLE = "导语"
CLOSING_TITLE = "结语"
APPENDIX_TITLE = "附件"

# A chapter heading cut in two by a line break (重庆: 三、持续提升政府 / 治理效能和服务水平): a short
# line of Chinese characters alone, right after the heading, continues its title.
_TITLE_CONTINUATION = re.compile(r"^[\u3400-\u9fff“”]{2,15}$")
# An item of an appendix: 一、稳定和扩大就业 (the title runs to the first 。 when there is one).
_APPENDIX_ITEM = re.compile(r"^(?P<numbering>[一二三四五六七八九十]+、)\s*")
_APPENDIX_TITLE_LINE = re.compile(r"^[^。；;：:！!？?]{1,30}$")
_TARGET_OPENER = re.compile(
    "(?:" + "|".join(figure_rules.TARGET_OPENERS) + ")[" + figure_rules.TARGET_OPENER_END + "]"
)


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


def target_spans(paragraph: str) -> list[tuple[int, int]]:
    """Where a paragraph lists the year's main expected targets: from the opener to the end of the
    paragraph (宁夏, 河北, 甘肃 and 贵州 continue the list over several sentences)."""
    match = _TARGET_OPENER.search(paragraph)
    return [(match.start(), len(paragraph))] if match else []


def _add_paragraph(section: Section, paragraph: str) -> None:
    if paragraph:
        section.paragraphs.append(paragraph)


def _find_indicators(section: Section) -> None:
    section.indicators = []
    for index, paragraph in enumerate(section.paragraphs):
        _add_indicators(section, index, paragraph)


def _add_indicators(section: Section, index: int, paragraph: str) -> None:
    targets = target_spans(paragraph) if "目标" in paragraph else []
    for figure in find_figures(paragraph):
        section.indicators.append(
            Indicator(
                label=figure.label,
                value=figure.value,
                unit=figure.unit,
                qualifier=figure.qualifier,
                base_value=figure.base_value,
                base_unit=figure.base_unit,
                dimension=figure.dimension,
                paragraph=index,
                start=figure.start,
                end=figure.end,
                sentence=figure.sentence,
                high=figure.high,
                kind=figure.kind,
                target=any(start <= figure.start < end for start, end in targets),
                direction=figure.direction,
                bound=figure.bound,
            )
        )


@dataclass(slots=True)
class _Outline:
    """The walk's state: the open chapter or appendix and the sections open inside it."""

    report: Report
    intro: Section
    closing: Section
    top: Section | None = None
    open_sections: list[tuple[int, Section]] = field(default_factory=list)
    name: str = ""  # the file, for errors
    count: int = 0  # sections opened, checked against limits.MAX_SECTIONS

    @property
    def current(self) -> Section:
        if self.open_sections:
            return self.open_sections[-1][1]
        return self.top if self.top is not None else self.intro

    def open_top(self, section: Section) -> None:
        self.count += 1
        limits.check_section_count(self.count, self.name)
        self.report.sections.append(section)
        self.top = section
        self.open_sections = []

    def open_section(self, rank: int, numbering: str, title: str) -> Section:
        self.count += 1
        limits.check_section_count(self.count, self.name)
        while self.open_sections and self.open_sections[-1][0] >= rank:
            self.open_sections.pop()
        parent = self.current
        section = Section(title, SectionKind.SECTION, level=parent.level + 1, numbering=numbering)
        parent.children.append(section)
        self.open_sections.append((rank, section))
        return section


def import_text(text: str, metadata: ReportMetadata | None = None, *, name: str = "") -> Report:
    """Build a report from its text. ``name`` (a file name) is used in error messages only.

    Raises :class:`ReportError` when the text is empty or no chapter is found: not a report.
    """
    meta = metadata or ReportMetadata()
    text = limits.clean_text(text)
    limits.check_numbers(text, name)
    lines = text.splitlines()
    front = read_front_matter(lines)
    if not front.headline and not front.lines:
        raise ReportError(name, "", "the text is empty")
    body_lines = [clean_line(line) for line in lines[front.body_start :]]
    chapter_rule = headings.chapter_rule_for(body_lines)
    is_heading = heading_predicate(chapter_rule)
    _join_cut_titles(body_lines, chapter_rule, is_heading)
    paragraphs = join_broken_lines(body_lines, is_heading)
    region = meta.region or front.region
    year = meta.year if meta.year is not None else front.year
    report = Report(
        id=meta.id,
        title=meta.title or front.title or front.headline or limits.fallback_title(region, year),
        region=region,
        level=meta.level or level_of(region),
        year=year,
        date=meta.date or front.date,
        source=meta.source or front.source,
        speaker=meta.speaker or front.speaker,
        headline=front.headline,
    )
    outline = _Outline(
        report,
        intro=Section(INTRO_TITLE, SectionKind.INTRO, level=1),
        closing=Section(CLOSING_TITLE, SectionKind.CLOSING, level=1),
        name=name,
    )
    for line in front.lines:
        _add_paragraph(outline.intro, line)
    _walk(outline, paragraphs, chapter_rule)

    if not report.chapters():
        raise ReportError(
            name, "", "no chapter heading found: this does not look like a work report"
        )
    if outline.intro.paragraphs:
        report.sections.insert(0, outline.intro)
    if outline.closing.paragraphs:
        position = next(
            (i for i, s in enumerate(report.sections) if s.kind is SectionKind.APPENDIX),
            len(report.sections),
        )
        report.sections.insert(position, outline.closing)
    for section in report.walk():
        _merge_lone_lead(section)
    figures = 0
    for section in report.walk():
        _find_indicators(section)
        section.gloss = meta.glosses.get(section.title, "")
        figures = limits.count_figures(figures, section, name)
    assign_section_ids(report.sections)
    return report


def _merge_lone_lead(parent: Section) -> None:
    """A lead sentence is a title only among others like it: a section's one lead-titled child
    (重庆: 人民满意是衡量政府工作的根本标准。…) is put back as the text it was."""
    leads = [c for c in parent.children if c.numbering == "" and c.kind is SectionKind.SECTION]
    if len(leads) != 1 or leads[0] is not parent.children[0] or leads[0].children:
        return
    lead = parent.children.pop(0)
    rest = lead.paragraphs[:1]
    parent.paragraphs.append(lead.title + "。" + (rest[0] if rest else ""))
    parent.paragraphs.extend(lead.paragraphs[1:])


def _closing_start(paragraphs: list[str], chapter_rule: headings.LineRule | None) -> int:
    """Index of the paragraph that opens the closing, or ``len(paragraphs)`` when none does."""
    last_chapter = None
    for index, paragraph in enumerate(paragraphs):
        if headings.match_chapter(chapter_rule, paragraph) is not None:
            last_chapter = index
        elif last_chapter is not None and headings.match_appendix(paragraph) is not None:
            break
    if last_chapter is None:
        return len(paragraphs)
    end = next(
        (
            i
            for i in range(last_chapter + 1, len(paragraphs))
            if headings.match_appendix(paragraphs[i]) is not None
        ),
        len(paragraphs),
    )
    closing = [i for i in range(last_chapter + 1, end) if headings.is_closing(paragraphs[i])]
    return closing[-1] if closing else len(paragraphs)


def _walk(outline: _Outline, paragraphs: list[str], chapter_rule: headings.LineRule | None) -> None:
    closing_start = _closing_start(paragraphs, chapter_rule)
    in_closing = False
    in_appendix = False
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        index += 1
        # an appendix follows chapters (``top`` is set once the first chapter opens): no list is
        # built per paragraph, which made many headings quadratic
        appendix = headings.match_appendix(paragraph) if outline.top is not None else None
        if appendix is not None:
            title = appendix.title
            if not title and index < len(paragraphs):
                following = paragraphs[index]
                nested = headings.match_appendix(following)
                if nested is not None and nested.title and not nested.numbering:
                    title, index = nested.title, index + 1
                elif _APPENDIX_TITLE_LINE.match(following) and not _APPENDIX_ITEM.match(following):
                    title, index = following, index + 1
            outline.open_top(
                Section(
                    title or APPENDIX_TITLE,
                    SectionKind.APPENDIX,
                    level=1,
                    numbering=appendix.numbering,
                )
            )
            in_appendix, in_closing = True, False
        elif in_appendix:
            item = _APPENDIX_ITEM.match(paragraph)
            if item is not None:
                split = headings.match_section_title(paragraph[item.end() :])
                if split is not None:
                    title, rest = split
                    section = outline.open_section(1, item.group("numbering"), title)
                    _add_paragraph(section, rest)
                    continue
            _add_paragraph(outline.current, paragraph)
        elif (chapter := headings.match_chapter(chapter_rule, paragraph)) is not None:
            outline.open_top(
                Section(chapter.title, SectionKind.CHAPTER, level=1, numbering=chapter.numbering)
            )
        elif outline.top is None:
            _add_paragraph(outline.intro, paragraph)
        elif in_closing or index - 1 >= closing_start:
            in_closing = True
            _add_paragraph(outline.closing, paragraph)
        elif (start := headings.match_section(paragraph)) is not None:
            section = outline.open_section(start.rank, start.numbering, start.title)
            _add_paragraph(section, start.rest)
        else:
            _add_paragraph(outline.current, paragraph)


def heading_predicate(chapter_rule: headings.LineRule | None) -> Callable[[str], bool]:
    """Whether a line opens a chapter, an appendix, a section or an appendix item: such a line
    never continues the line before it."""

    def is_heading(line: str) -> bool:
        return (
            headings.match_chapter(chapter_rule, line) is not None
            or headings.match_appendix(line) is not None
            or headings.starts_section(line)
            or _APPENDIX_ITEM.match(line) is not None
        )

    return is_heading


def _join_cut_titles(
    lines: list[str], chapter_rule: headings.LineRule | None, is_heading: Callable[[str], bool]
) -> None:
    """Join a chapter heading and the short line that continues it, in place."""
    previous = -1  # index of the last non-empty line
    for index, line in enumerate(lines):
        if not line:
            continue
        if (
            previous >= 0
            and headings.match_chapter(chapter_rule, lines[previous]) is not None
            and _TITLE_CONTINUATION.match(line)
            and not is_heading(line)
            and headings.match_chapter(chapter_rule, lines[previous] + line) is not None
        ):
            lines[previous] += line
            lines[index] = ""
            continue
        previous = index
