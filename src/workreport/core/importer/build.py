"""Assemble a :class:`Report` from plain text: headline, intro, chapters, subsections, closing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workreport.core.errors import ReportError
from workreport.core.importer import headings
from workreport.core.importer.figures import find_figures
from workreport.core.importer.paragraphs import clean_line, join_broken_lines
from workreport.core.model import Indicator, Report, Section, SectionKind

INTRO_TITLE = "导语"
CLOSING_TITLE = "结语"

_YEAR_IN_TITLE = re.compile(r"(20\d\d)年.{0,6}政府工作报告")


@dataclass(slots=True)
class ReportMetadata:
    """What the text does not say, or says in a way not worth guessing: given by the caller."""

    title: str = ""
    region: str = ""
    level: str = ""
    year: int | None = None
    date: str = ""
    source: str = ""
    speaker: str = ""
    glosses: dict[str, str] = field(default_factory=dict)  # section title → English gloss


def _add_paragraph(section: Section, paragraph: str) -> None:
    index = len(section.paragraphs)
    section.paragraphs.append(paragraph)
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
            )
        )


def import_text(text: str, metadata: ReportMetadata | None = None, *, name: str = "") -> Report:
    """Build a report from its text. ``name`` (a file name) is used in error messages only.

    Raises :class:`ReportError` when no chapter is found: the text is not a report.
    """
    meta = metadata or ReportMetadata()
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if clean_line(line)), None)
    if first is None:
        raise ReportError(name, "", "the text is empty")
    headline = clean_line(lines[first])
    paragraphs = join_broken_lines(lines[first + 1 :], headings.is_heading_line)

    report = Report(
        title=meta.title or headline,
        region=meta.region,
        level=meta.level,
        year=meta.year if meta.year is not None else _year_from(headline),
        date=meta.date,
        source=meta.source,
        speaker=meta.speaker,
        headline=headline,
    )
    intro = Section(INTRO_TITLE, SectionKind.INTRO, level=1)
    closing = Section(CLOSING_TITLE, SectionKind.CLOSING, level=1)
    chapter: Section | None = None
    subsection: Section | None = None

    for paragraph in paragraphs:
        heading = headings.match_line(paragraph)
        if heading is not None:
            rule, numbering, title = heading
            chapter = Section(title, SectionKind.CHAPTER, level=rule.level, numbering=numbering)
            report.sections.append(chapter)
            subsection = None
        elif chapter is None:
            _add_paragraph(intro, paragraph)
        elif headings.is_closing(paragraph) or closing.paragraphs:
            _add_paragraph(closing, paragraph)
        elif (lead := headings.match_lead(paragraph)) is not None:
            title, rest = lead
            subsection = Section(title, SectionKind.SECTION, level=chapter.level + 1)
            chapter.children.append(subsection)
            _add_paragraph(subsection, rest)
        else:
            _add_paragraph(subsection or chapter, paragraph)

    if chapter is None:
        raise ReportError(
            name, "", "no chapter heading found: this does not look like a work report"
        )
    if intro.paragraphs:
        report.sections.insert(0, intro)
    if closing.paragraphs:
        report.sections.append(closing)
    for section in report.walk():
        section.gloss = meta.glosses.get(section.title, "")
    return report


def _year_from(headline: str) -> int | None:
    match = _YEAR_IN_TITLE.search(headline)
    return int(match.group(1)) if match else None
