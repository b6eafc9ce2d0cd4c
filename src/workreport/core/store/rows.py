"""A report as the store's rows, and back: ``report_from_rows(*report_rows(r)) == r``.

The text is kept as ``core/keywords.report_parts`` reads it (the headline, each counted title, each
paragraph, with its kind), so that a count in SQL over these rows follows the same rule as
``core/keywords`` does over a report in memory: one place for the rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workreport.core.compare import label_key
from workreport.core.keywords import TextKind, character_count, report_parts
from workreport.core.model import Indicator, Report, Section, SectionKind
from workreport.core.store.counts import joined_text
from workreport.core.store.fulltext import fts_text

SectionRow = tuple[
    int, str, str, str, int, str, str
]  # seq, id, title, kind, level, numbering, gloss
PartRow = tuple[int | None, str, int | None, str]  # section seq, kind, paragraph, text

FIGURE_COLUMNS: tuple[str, ...] = (
    "section", "seq", "label", "value", "unit", "qualifier", "base_value", "base_unit",
    "dimension", "paragraph", "start", "end", "sentence", "high", "kind", "target", "direction",
    "bound", "measure",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReportRows:
    """What goes into each table for one report."""

    header: dict[str, Any]
    sections: list[SectionRow]
    parts: list[PartRow]
    figures: list[tuple[Any, ...]]
    indexed: list[str]  # each part's text as the full-text index is given it (fulltext.fts_text)
    texts: list[tuple[str, bytes]]  # (kind, counts.joined_text of its parts) for report_texts


def report_rows(report: Report) -> ReportRows:
    seq_of: dict[int, int] = {}
    sections: list[SectionRow] = []
    for seq, section in enumerate(report.walk()):
        seq_of[id(section)] = seq
        sections.append(
            (seq, section.id, section.title, section.kind.value, section.level,
             section.numbering, section.gloss)
        )  # fmt: skip
    parts: list[PartRow] = [
        (
            None if p.section is None else seq_of[id(p.section)],
            p.kind.value,
            p.paragraph,
            p.text,
        )
        for p in report_parts(report)
    ]
    figures: list[tuple[Any, ...]] = []
    for section in report.walk():
        for seq, i in enumerate(section.indicators):
            figures.append(
                (seq_of[id(section)], seq, i.label, i.value, i.unit, i.qualifier, i.base_value,
                 i.base_unit, i.dimension, i.paragraph, i.start, i.end, i.sentence, i.high,
                 i.kind, int(i.target), i.direction, i.bound, label_key(i.label))
            )  # fmt: skip
    header = {
        "id": report.id, "title": report.title, "region": report.region, "level": report.level,
        "year": report.year, "date": report.date, "source": report.source,
        "speaker": report.speaker, "headline": report.headline,
        "notes": json.dumps(report.notes, ensure_ascii=False),
    }  # fmt: skip
    texts: list[tuple[str, bytes]] = []
    for kind in TextKind:
        of_kind = [text for _, part_kind, _, text in parts if part_kind == kind.value]
        header[f"{kind.value}_characters"] = sum(character_count(text) for text in of_kind)
        if of_kind:
            texts.append((kind.value, joined_text(of_kind)))
    indexed = [fts_text(part[3]) for part in parts]
    return ReportRows(header, sections, parts, figures, indexed, texts)


def report_from_rows(
    header: dict[str, Any],
    sections: Iterable[SectionRow],
    parts: Iterable[PartRow],
    figures: Iterable[tuple[Any, ...]],
) -> Report:
    report = Report(
        title=header["title"], id=header["id"], region=header["region"], level=header["level"],
        year=header["year"], date=header["date"], source=header["source"],
        speaker=header["speaker"], headline=header["headline"],
        notes=list(json.loads(header["notes"])),
    )  # fmt: skip
    by_seq: dict[int, Section] = {}
    by_id: dict[str, Section] = {}
    for seq, section_id, title, kind, level, numbering, gloss in sections:
        section = Section(title, SectionKind(kind), level, section_id, numbering, gloss)
        by_seq[seq] = by_id[section_id] = section
        parent_id = section_id.rpartition(".")[0]
        (by_id[parent_id].children if parent_id else report.sections).append(section)
    for section_seq, kind, _, text in parts:
        if section_seq is not None and kind in (TextKind.FRONT.value, TextKind.BODY.value):
            by_seq[section_seq].paragraphs.append(text)
    for row in figures:
        f = dict(zip(FIGURE_COLUMNS, row, strict=True))
        by_seq[f["section"]].indicators.append(
            Indicator(
                label=f["label"], value=f["value"], unit=f["unit"], qualifier=f["qualifier"],
                base_value=f["base_value"], base_unit=f["base_unit"], dimension=f["dimension"],
                paragraph=f["paragraph"], start=f["start"], end=f["end"],
                sentence=f["sentence"], high=f["high"], kind=f["kind"],
                target=bool(f["target"]), direction=f["direction"], bound=f["bound"],
            )
        )  # fmt: skip
    return report
