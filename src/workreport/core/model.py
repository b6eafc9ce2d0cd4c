"""The report model: plain dataclasses, no Qt.

A :class:`Report` is a tree of :class:`Section` objects. Each section holds its own paragraphs and
the :class:`Indicator` figures found in them; a chapter may hold text and figures of its own before
its first subsection.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class SectionKind(StrEnum):
    """What a section is in the report's structure."""

    INTRO = "intro"  # text before the first chapter (front matter, an article's lead)
    CHAPTER = "chapter"
    SECTION = "section"  # any level below a chapter
    CLOSING = "closing"  # text after the last chapter
    APPENDIX = "appendix"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One quantitative figure, as written in the text and normalised.

    ``paragraph`` indexes the owning section's ``paragraphs``; ``start``/``end`` delimit the figure's
    text (number through unit, e.g. ``58.2亿元``, ``10余家`` or the range ``5.0%—5.5%``) in that
    paragraph. A range has its lower end in ``value`` (and ``base_value``) and its upper end in
    ``high``. ``kind`` is ``level`` (440.5亿元, 失业率5.5%), ``growth`` (a percentage after 增长,
    下降 …) or ``change`` (个百分点, or another figure after a change word: 再提高20元). ``target``
    marks the year's main expected targets (主要预期目标), as opposed to results.
    """

    label: str
    value: float
    unit: str
    qualifier: str
    base_value: float
    base_unit: str
    dimension: str
    paragraph: int
    start: int
    end: int
    sentence: str
    high: float | None = None
    kind: str = "level"
    target: bool = False
    # up (增长, 提高 …), down (下降, 降低, 减少 …) or empty for levels; the value stays as written
    direction: str = ""
    # about (左右, 约, 近), at_least (以上, 超过, 不低于 …), at_most (以内, 不超过 …), more_than (余, 多)
    # or empty; ``qualifier`` keeps the words as written
    bound: str = ""


@dataclass(slots=True)
class Section:
    """A chapter, a subsection, or the text before or after the chapters."""

    title: str
    kind: SectionKind = SectionKind.CHAPTER
    level: int = 1
    # the section's stable address: the path of 1-based positions from the top (``3.2`` is the
    # second child of the third top-level section); set by :func:`assign_section_ids`
    id: str = ""
    numbering: str = ""
    gloss: str = ""
    paragraphs: list[str] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, depth first, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_indicators(self) -> Iterator[tuple[Section, Indicator]]:
        """Every figure in this section and below, with the section that holds it."""
        for section in self.walk():
            for indicator in section.indicators:
                yield section, indicator

    def text(self, *, include_titles: bool = True) -> str:
        """The section's text and everything under it, one paragraph a line."""
        parts: list[str] = []
        for section in self.walk():
            if include_titles and section.title:
                parts.append(section.title)
            parts.extend(section.paragraphs)
        return "\n".join(parts)


@dataclass(slots=True)
class Report:
    """A whole work report."""

    title: str
    id: str = ""  # the report's stable id: a bundled id (china-2025) or one made from its source
    region: str = ""
    level: str = ""  # national, provincial, prefectural, county, zone, or empty when unknown
    # the year in the report's name: 郑州高新区2022年政府工作报告 → 2022 (it reviews 2022);
    # 2025年上海市政府工作报告 → 2025 (delivered in January 2025, it reviews 2024 and plans 2025)
    year: int | None = None
    date: str = ""  # the day it was delivered, ISO 8601 (YYYY-MM-DD), when known
    source: str = ""
    speaker: str = ""
    headline: str = ""  # the document's first line, verbatim
    sections: list[Section] = field(default_factory=list)
    # what the importer could not structure, as codes (no_chapters: no chapter style recognised,
    # the body is one chapter); the CLI and GUI word them
    notes: list[str] = field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def all_indicators(self) -> Iterator[tuple[Section, Indicator]]:
        """Every figure of the report, with the section that holds it, in reading order."""
        for section in self.sections:
            yield from section.all_indicators()

    def section(self, section_id: str) -> Section:
        """The section at ``section_id`` (``3.2``); KeyError when there is none."""
        try:
            positions = [int(part) for part in section_id.split(".")]
        except ValueError:
            raise KeyError(section_id) from None
        sections = self.sections
        found: Section | None = None
        for position in positions:
            if not 1 <= position <= len(sections):
                raise KeyError(section_id)
            found = sections[position - 1]
            sections = found.children
        if found is None:
            raise KeyError(section_id)
        return found

    def chapters(self) -> list[Section]:
        return [s for s in self.sections if s.kind is SectionKind.CHAPTER]

    def section_path(self, section_id: str) -> tuple[Section, ...]:
        """The sections from the top level down to ``section_id``; KeyError when there is none."""
        self.section(section_id)  # raises KeyError for an id that is not in the tree
        parts = section_id.split(".")
        return tuple(self.section(".".join(parts[:depth])) for depth in range(1, len(parts) + 1))

    def walk_paths(self) -> Iterator[tuple[Section, ...]]:
        """The path from the top of every section, depth first, in reading order."""

        def visit(section: Section, parents: tuple[Section, ...]) -> Iterator[tuple[Section, ...]]:
            path = (*parents, section)
            yield path
            for child in section.children:
                yield from visit(child, path)

        for section in self.sections:
            yield from visit(section, ())


def assign_section_ids(sections: list[Section], prefix: str = "") -> None:
    """Give every section its address: the path of 1-based positions (``1``, ``1.2``, ``1.2.3``)."""
    for position, section in enumerate(sections, start=1):
        section.id = f"{prefix}{position}"
        assign_section_ids(section.children, f"{section.id}.")


PATH_SEPARATOR = " / "


def path_title(path: tuple[Section, ...]) -> str:
    """``chapter / subsection`` titles of a section path."""
    return PATH_SEPARATOR.join(s.title for s in path)
