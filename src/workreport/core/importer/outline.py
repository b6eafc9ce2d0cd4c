"""Walk a report's paragraphs and open chapters, sections, the closing and appendices.

A chapter-style line opens a chapter when its number continues the chapters' sequence
(:mod:`chapters`); one that restarts the numbering is an item of the chapter (a section of rank 0).
``结束语`` opens the closing whatever the chapter style; otherwise the closing is the last
chapter's tail from its last closing paragraph (``各位代表！…``). Matching is done on a reading of
each paragraph (the simplified reading of a text in traditional characters, of the same length),
titles are cut from the paragraph as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from workreport.core.importer import headings, limits
from workreport.core.importer.chapters import ChapterSequence, numeral_value
from workreport.core.importer.targets import LIST_ITEM, opens_list
from workreport.core.model import Report, Section, SectionKind

CLOSING_TITLE = "结语"
APPENDIX_TITLE = "附件"

# A chapter heading cut in two by a line break (重庆: 三、持续提升政府 / 治理效能和服务水平): a short
# line of Chinese characters alone, right after the heading, continues its title.
_TITLE_CONTINUATION = re.compile(r"^[\u3400-\u9fff“”0-9〇]{2,20}$")
# An item of an appendix: 一、稳定和扩大就业 (the title runs to the first 。 when there is one).
APPENDIX_ITEM = re.compile(r"^(?P<numbering>[一二三四五六七八九十]+、)\s*")
_APPENDIX_TITLE_LINE = re.compile(r"^[^。；;：:！!？?]{1,30}$")

Reader = Callable[[str], str]


@dataclass(slots=True)
class Outline:
    """The walk's state: the open chapter or appendix and the sections open inside it."""

    report: Report
    intro: Section
    closing: Section
    top: Section | None = None
    open_sections: list[tuple[int, Section]] = field(default_factory=list)
    name: str = ""  # the file, for errors
    line_leads: set[int] = field(default_factory=set)  # ids of sections a lead line opened
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


def _as_written(paragraph: str, read: str, title: str) -> str:
    """A title found in the reading, cut from the paragraph as written (same positions)."""
    if read is paragraph or not title:
        return title
    at = read.find(title)
    return paragraph[at : at + len(title)] if at >= 0 else title


def closing_start(
    paragraphs: list[str], chapter_rule: headings.LineRule | None, read: Reader
) -> int:
    """Index of the paragraph that opens the closing, or ``len(paragraphs)`` when none does."""
    last_chapter = None
    for index, paragraph in enumerate(paragraphs):
        text = read(paragraph)
        if last_chapter is not None and text in headings.CLOSING_HEADINGS:
            return index
        if headings.match_chapter(chapter_rule, text) is not None:
            last_chapter = index
        elif last_chapter is not None and headings.match_appendix(text) is not None:
            break
    if last_chapter is None:
        return len(paragraphs)
    end = next(
        (
            i
            for i in range(last_chapter + 1, len(paragraphs))
            if headings.match_appendix(read(paragraphs[i])) is not None
        ),
        len(paragraphs),
    )
    closing = [i for i in range(last_chapter + 1, end) if headings.is_closing(read(paragraphs[i]))]
    return closing[-1] if closing else len(paragraphs)


def walk(
    outline: Outline,
    paragraphs: list[str],
    chapter_rule: headings.LineRule | None,
    section_rules: tuple[headings.SectionRule, ...],
    read: Reader,
) -> None:
    start_of_closing = closing_start(paragraphs, chapter_rule, read)
    sequence = ChapterSequence(ahead=_chapter_numbers(paragraphs, chapter_rule, read))
    in_closing = False
    in_appendix = False
    target_items = -1  # paragraphs since a target list opened (1. 地区生产总值增长6%；…), or -1
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        text = read(paragraph)
        index += 1
        chapter: headings.Heading | None = None
        if target_items >= 0:
            target_items += 1
            if target_items == 1 or LIST_ITEM.search(text):
                _add(outline.current, paragraph)  # an item of a target list, never a section
                continue
            target_items = -1
        if opens_list(text) and outline.top is not None:
            target_items = 0
        # an appendix follows chapters (``top`` is set once the first one opens): no list is built
        # per paragraph, which made many headings quadratic
        appendix = headings.match_appendix(text) if outline.top is not None else None
        if appendix is not None:
            title = appendix.title
            if not title and index < len(paragraphs):
                following = paragraphs[index]
                nested = headings.match_appendix(following)
                if nested is not None and nested.title and not nested.numbering:
                    title, index = nested.title, index + 1
                elif _APPENDIX_TITLE_LINE.match(following) and not APPENDIX_ITEM.match(following):
                    title, index = following, index + 1
            outline.open_top(
                Section(
                    _as_written(paragraph, text, title) or APPENDIX_TITLE,
                    SectionKind.APPENDIX,
                    level=1,
                    numbering=appendix.numbering,
                )
            )
            in_appendix, in_closing = True, False
        elif in_appendix:
            item = APPENDIX_ITEM.match(paragraph)
            if item is not None:
                split = headings.match_section_title(paragraph[item.end() :])
                if split is not None:
                    title, rest = split
                    section = outline.open_section(1, item.group("numbering"), title)
                    _add(section, rest)
                    continue
            _add(outline.current, paragraph)
        elif index - 1 == start_of_closing and text in headings.CLOSING_HEADINGS:
            in_closing = True
            outline.closing.title = paragraph
        elif (
            not in_closing
            and (chapter := headings.match_chapter(chapter_rule, text)) is not None
            and (sequence.opens_chapter(chapter.numbering, index - 1) or outline.top is None)
        ):
            # a chapter numbered and not named (1960: a line of 一 alone) is named by its number
            title = _as_written(paragraph, text, chapter.title)
            outline.open_top(
                Section(
                    title or chapter.numbering,
                    SectionKind.CHAPTER,
                    level=1,
                    numbering=chapter.numbering if title else "",
                )
            )
        elif outline.top is None:
            _add(outline.intro, paragraph)
        elif in_closing or index - 1 >= start_of_closing:
            in_closing = True
            _add(outline.closing, paragraph)
        elif chapter is not None and chapter.title:  # a restarted number: an item of the chapter
            section = outline.open_section(0, chapter.numbering, chapter.title)
        elif (start := headings.match_section(text, section_rules)) is not None:
            title = _as_written(paragraph, text, start.title)
            section = outline.open_section(start.rank, start.numbering, title)
            _add(section, paragraph[len(paragraph) - len(start.rest) :] if start.rest else "")
        elif (
            start := _lead_line(paragraphs, index, chapter_rule, section_rules, read)
        ) is not None:
            title = _as_written(paragraph, text, start.title)
            section = outline.open_section(start.rank, start.numbering, title)
            outline.line_leads.add(id(section))
            _add(section, paragraphs[index])  # its text, never a lead of its own
            index += 1
        else:
            _add(outline.current, paragraph)


def _chapter_numbers(
    paragraphs: list[str], chapter_rule: headings.LineRule | None, read: Reader
) -> list[tuple[int, int | None]]:
    """(index, number) of every paragraph in the chapter style, for the sequence to look ahead."""
    if chapter_rule is None:
        return []
    found = []
    for index, paragraph in enumerate(paragraphs):
        heading = headings.match_chapter(chapter_rule, read(paragraph))
        if heading is not None and heading.numbering:
            found.append((index, numeral_value(heading.numbering)))
    return found


def _lead_line(
    paragraphs: list[str],
    index: int,
    chapter_rule: headings.LineRule | None,
    section_rules: tuple[headings.SectionRule, ...],
    read: Reader,
) -> headings.SectionStart | None:
    """A short heading line ending in 。 (headings.LINE_LEAD_RULE) at ``index - 1``, when text
    follows it: a paragraph that opens no heading of its own."""
    start = headings.match_lead_line(read(paragraphs[index - 1]))
    if start is None or index >= len(paragraphs):
        return None
    following = read(paragraphs[index])
    if (
        headings.starts_section(following, section_rules)
        or headings.DASH_LEAD.match(following) is not None
        or headings.match_lead_line(following) is not None
        or headings.match_chapter(chapter_rule, following) is not None
        or headings.match_appendix(following) is not None
        or following in headings.CLOSING_HEADINGS
    ):
        return None
    return start


def _add(section: Section, paragraph: str) -> None:
    if paragraph:
        section.paragraphs.append(paragraph)


def heading_predicate(
    chapter_rule: headings.LineRule | None,
    section_rules: tuple[headings.SectionRule, ...],
    read: Reader,
) -> Callable[[str], bool]:
    """Whether a line opens a chapter, an appendix, a section or an appendix item: such a line
    never continues the line before it."""

    def is_heading(line: str) -> bool:
        text = read(line)
        return (
            headings.match_chapter(chapter_rule, text) is not None
            or headings.match_appendix(text) is not None
            or headings.starts_section(text, section_rules)
            or APPENDIX_ITEM.match(text) is not None
            or text in headings.CLOSING_HEADINGS
        )

    return is_heading


# A chapter title cut inside 《》 over lines is joined up to the line that closes the mark, if it
# stays a title: no sentence end, at most this long.
_MAX_JOINED_TITLE = 60


def _open_title_mark(heading: str, line: str) -> bool:
    """Whether ``heading`` leaves a 《 open and ``line`` continues it as a title."""
    return (
        heading.count("《") > heading.count("》")
        and len(heading) + len(line) <= _MAX_JOINED_TITLE
        and not any(mark in line for mark in "。；;！!？?")
    )


def join_cut_titles(
    lines: list[str],
    chapter_rule: headings.LineRule | None,
    is_heading: Callable[[str], bool],
    read: Reader,
) -> None:
    """Join a chapter heading and the short line that continues it (or gives the title of a
    bare ``第一部分``), in place."""
    previous = -1  # index of the last non-empty line
    for index, line in enumerate(lines):
        if not line:
            continue
        if previous >= 0:
            heading = headings.match_chapter(chapter_rule, read(lines[previous]))
            if heading is not None and _open_title_mark(lines[previous], line):
                lines[previous] += line  # 三、关于《 / 国民经济…纲要（草案） / 》的说明
                lines[index] = ""
                continue
            if (
                heading is not None
                and heading.numbering.endswith("部分")
                and not heading.title
                and _TITLE_CONTINUATION.match(read(line))
            ):
                lines[previous] += " " + line
                lines[index] = ""
                continue
            if (
                heading is not None
                and _TITLE_CONTINUATION.match(read(line))
                and not is_heading(line)
                and headings.match_chapter(chapter_rule, read(lines[previous] + line)) is not None
            ):
                lines[previous] += line
                lines[index] = ""
                continue
        previous = index
