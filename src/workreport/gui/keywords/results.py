"""What the Keywords view shows, from the core's counts: the rows and columns of its tables and the
bars of its charts. No widgets here, and nothing counted here: the core counts, this arranges.

Chart data is ``gui/chart/data.py``'s plain ``ChartData``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from workreport.core.keywords import (
    ALL_TEXT,
    CountBy,
    CountingRule,
    Scope,
    TextKind,
    TextPart,
    count_in_parts,
    per_10k,
    report_parts,
    rounded_rate,
    scopes,
)
from workreport.core.kwic import Occurrence, occurrences
from workreport.core.model import PATH_SEPARATOR, Report, Section, path_title
from workreport.core.tabular import Row
from workreport.core.wordfreq import WordFrequency
from workreport.gui.chart.data import Bar, ChartData
from workreport.gui.table.rows import RowsColumn


@dataclass(frozen=True, slots=True)
class Table:
    rows: list[Row]
    columns: list[RowsColumn]


def rate_text(rate: float) -> str:
    return f"{rate:.2f}"


def count_key(word: str) -> str:
    """The column of a word's count; words hold no spaces, so no key is another column's."""
    return f"{word} count"


def rate_key(word: str) -> str:
    return f"{word} per_10k"


# --- what the figures are of -------------------------------------------------------------------


def scope_text(report: Report, section: Section | None) -> str:
    if section is None:
        return QCoreApplication.translate("KeywordsView", "whole report")
    return path_title(report.section_path(section.id))


def _join(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    separator = QCoreApplication.translate("KeywordsView", ", ")
    return QCoreApplication.translate("KeywordsView", "{first} and {last}").format(
        first=separator.join(names[:-1]), last=names[-1]
    )


def describe_rule(rule: CountingRule) -> str:
    """The rule's flags in words: what is counted and what is left out."""
    names = {
        "titles": QCoreApplication.translate("KeywordsView", "titles"),
        "front_matter": QCoreApplication.translate(
            "KeywordsView", "front matter (headline, intro)"
        ),
        "body": QCoreApplication.translate(
            "KeywordsView", "body text (chapters, sections, closing)"
        ),
    }
    counted = [names[name] for name, on in rule.flags() if on]
    left_out = [names[name] for name, on in rule.flags() if not on]
    if not counted:
        return QCoreApplication.translate(
            "KeywordsView", "Counts nothing: titles, front matter and body text are all left out"
        )
    if not left_out:
        return QCoreApplication.translate("KeywordsView", "Counts {counted}").format(
            counted=_join(counted)
        )
    return QCoreApplication.translate(
        "KeywordsView", "Counts {counted}; leaves out {left_out}"
    ).format(counted=_join(counted), left_out=_join(left_out))


def rule_text(rule: CountingRule) -> str:
    """The rule beside every figure."""
    return QCoreApplication.translate(
        "KeywordsView",
        "Rule: {rule}. Rates are per 10,000 characters of the counted text, whitespace left out.",
    ).format(rule=describe_rule(rule))


def source_line(where: str, rule: CountingRule) -> str:
    """The line under a copied table: where the figures come from and the rule they follow."""
    return QCoreApplication.translate("KeywordsView", "Source: {where} · Rule: {rule}").format(
        where=where, rule=describe_rule(rule)
    )


# --- counts per word ---------------------------------------------------------------------------


def word_columns(words: tuple[str, ...]) -> list[RowsColumn]:
    columns: list[RowsColumn] = []
    for word in words:
        columns.append(RowsColumn(count_key(word), word, numeric=True))
        title = QCoreApplication.translate("KeywordsView", "{word} per 10k").format(word=word)
        columns.append(RowsColumn(rate_key(word), title, numeric=True, display=rate_text))
    return columns


def word_cells(parts: tuple[TextPart, ...], characters: int, words: tuple[str, ...]) -> Row:
    row: Row = {}
    for word in words:
        count = count_in_parts(parts, word)
        row[count_key(word)] = count
        row[rate_key(word)] = rounded_rate(per_10k(count, characters))
    return row


def _bar(label: str, where: str, row: Row, word: str, rates: bool) -> Bar:
    count, rate = row[count_key(word)], row[rate_key(word)]
    tooltip = QCoreApplication.translate(
        "KeywordsView", "{where}\n“{word}”: {count} ({rate} per 10,000 characters)"
    ).format(where=where, word=word, count=count, rate="–" if rate is None else rate_text(rate))
    value = (rate or 0.0) if rates else float(count)
    return Bar(label, value, tooltip)


@dataclass(frozen=True, slots=True)
class CountScopes:
    """The rows of the counts table: the whole report, every chapter, and the subsections of the
    chapter in focus (the selected section's chapter), or every subsection when none is."""

    whole: Scope
    chapters: list[Scope]
    subsections: list[Scope]
    table: list[Scope]  # the whole report, then chapters and subsections in reading order
    chapter: Section | None


def count_scopes(report: Report, section: Section | None, rule: CountingRule) -> CountScopes:
    every = scopes(report, CountBy.SECTION, rule)
    top = {s.id for s in report.sections}
    chapter = None if section is None else report.section_path(section.id)[0]
    inside = None if chapter is None else {s.id for s in chapter.walk()}
    chapters: list[Scope] = []
    subsections: list[Scope] = []
    table = [every[0]]
    for scope in every[1:]:
        key = scope.section_id
        if key in top:
            chapters.append(scope)
        elif inside is None or key in inside:
            subsections.append(scope)
        else:
            continue
        table.append(scope)
    return CountScopes(every[0], chapters, subsections, table, chapter)


def indented(label: str) -> str:
    """A section as the counts table shows it: its own title, indented by its depth."""
    *parents, own = label.split(PATH_SEPARATOR)
    return "\u3000\u3000" * len(parents) + own


def counts_table(found: CountScopes, words: tuple[str, ...]) -> Table:
    rows = [
        {"section": s.label, "section_id": s.section_id, "characters": s.characters}
        | word_cells(s.parts, s.characters, words)
        for s in found.table
    ]
    columns = [
        # the full path is what copies and files get; the table indents the section's own title
        RowsColumn(
            "section", QCoreApplication.translate("KeywordsView", "Section"), display=indented
        ),
        *word_columns(words),
        RowsColumn(
            "characters", QCoreApplication.translate("KeywordsView", "Characters"), numeric=True
        ),
    ]
    return Table(rows, columns)


def counts_charts(
    found: CountScopes, table: Table, word: str | None, rates: bool
) -> list[ChartData]:
    """A word's chart of the chapters, then of the subsections (when there are any)."""
    if word is None or not found.chapters:
        return []
    by_id = {row["section_id"]: row for row in table.rows}
    if rates:
        title = QCoreApplication.translate(
            "KeywordsView", "“{word}” per 10,000 characters, per chapter"
        )
    else:
        title = QCoreApplication.translate("KeywordsView", "“{word}” per chapter")
    bars = [_bar(s.label, s.label, by_id[s.section_id], word, rates) for s in found.chapters]
    charts = [ChartData("chapters", title.format(word=word), bars)]
    if not found.subsections:
        return charts
    chapter = None if found.chapter is None else found.chapter.title
    if chapter is None and rates:
        title = QCoreApplication.translate(
            "KeywordsView", "“{word}” per 10,000 characters, per subsection"
        )
    elif chapter is None:
        title = QCoreApplication.translate("KeywordsView", "“{word}” per subsection")
    elif rates:
        title = QCoreApplication.translate(
            "KeywordsView", "“{word}” per 10,000 characters, per subsection of {chapter}"
        )
    else:
        title = QCoreApplication.translate("KeywordsView", "“{word}” per subsection of {chapter}")
    bars = [
        _bar(s.label.split(PATH_SEPARATOR, 1)[-1], s.label, by_id[s.section_id], word, rates)
        for s in found.subsections
    ]
    charts.append(ChartData("subsections", title.format(word=word, chapter=chapter), bars))
    return charts


# --- keywords in context -----------------------------------------------------------------------


def kind_text(kind: TextKind) -> str:
    if kind is TextKind.HEADLINE:
        return QCoreApplication.translate("KeywordsView", "Headline")
    if kind is TextKind.TITLE:
        return QCoreApplication.translate("KeywordsView", "Title")
    if kind is TextKind.FRONT:
        return QCoreApplication.translate("KeywordsView", "Front matter")
    return QCoreApplication.translate("KeywordsView", "Body")


@dataclass(frozen=True, slots=True)
class TextIndex:
    """Where the texts of a report are: each section's title path by its id, and the place in
    reading order of each title and paragraph, by ``(section id, paragraph)`` ("" for the
    headline's section, -1 for the paragraph of a title or the headline)."""

    titles: dict[str, str]
    order: dict[tuple[str, int], int]


def text_index(report: Report) -> TextIndex:
    titles = {path[-1].id: path_title(path) for path in report.walk_paths()}
    order: dict[tuple[str, int], int] = {}
    for position, part in enumerate(report_parts(report, ALL_TEXT)):
        paragraph = -1 if part.paragraph is None else part.paragraph
        order[("" if part.section is None else part.section.id, paragraph)] = position
    return TextIndex(titles, order)


def _locate(report: Report, occurrence: Occurrence) -> Section | None:
    """The section an occurrence is in (None: the headline), by its address."""
    return report.section(occurrence.section_id) if occurrence.section_id else None


def context_table(
    report: Report,
    section: Section | None,
    words: tuple[str, ...],
    rule: CountingRule,
    index: TextIndex | None = None,
) -> Table:
    """Every occurrence of every word in the counted text of ``section`` (or the report), in
    reading order. Rows also hold where it is: ``where`` (a Section, None for the headline),
    ``paragraph`` (-1 in a title or the headline), ``start`` and ``end``."""
    index = index or text_index(report)
    under = None if section is None else section.id
    found: list[tuple[tuple[int, int, int], Row]] = []
    for word_index, word in enumerate(words):
        for o in occurrences(report, word, rule=rule, under=under):
            where = _locate(report, o)
            paragraph = -1 if o.paragraph is None else o.paragraph
            position = index.order.get((o.section_id, paragraph), 0)
            row: Row = {
                "before": o.before,
                "match": o.match,
                "after": o.after,
                "section": index.titles.get(o.section_id, ""),
                "section_id": o.section_id,
                "kind": kind_text(o.kind),
                "where": where,
                "paragraph": paragraph,
                "start": o.start,
                "end": o.end,
            }
            found.append(((position, o.start, word_index), row))
    found.sort(key=lambda item: item[0])
    columns = [
        RowsColumn(
            "before", QCoreApplication.translate("KeywordsView", "Before"), align_right=True
        ),
        RowsColumn("match", QCoreApplication.translate("KeywordsView", "Keyword"), emphasis=True),
        RowsColumn("after", QCoreApplication.translate("KeywordsView", "After")),
        RowsColumn("section", QCoreApplication.translate("KeywordsView", "Section")),
        RowsColumn("kind", QCoreApplication.translate("KeywordsView", "Text")),
    ]
    return Table([row for _, row in found], columns)


# --- top words ---------------------------------------------------------------------------------


def top_table(frequency: WordFrequency | None) -> Table:
    top = () if frequency is None else frequency.top
    rows = [
        {"rank": rank, "word": w.word, "count": w.count, "per_10k": rounded_rate(w.per_10k)}
        for rank, w in enumerate(top, start=1)
    ]
    columns = [
        RowsColumn("rank", QCoreApplication.translate("KeywordsView", "Rank"), numeric=True),
        RowsColumn("word", QCoreApplication.translate("KeywordsView", "Word")),
        RowsColumn("count", QCoreApplication.translate("KeywordsView", "Count"), numeric=True),
        RowsColumn(
            "per_10k",
            QCoreApplication.translate("KeywordsView", "Per 10k"),
            numeric=True,
            display=rate_text,
        ),
    ]
    return Table(rows, columns)


def top_chart(table: Table, scope: str, rates: bool) -> ChartData:
    if rates:
        title = QCoreApplication.translate(
            "KeywordsView", "Top words of {scope}, per 10,000 characters"
        )
    else:
        title = QCoreApplication.translate("KeywordsView", "Top words of {scope}")
    bars = []
    for row in table.rows:
        tooltip = QCoreApplication.translate(
            "KeywordsView", "{word}: {count} ({rate} per 10,000 characters)"
        ).format(
            word=row["word"],
            count=row["count"],
            rate="–" if row["per_10k"] is None else rate_text(row["per_10k"]),
        )
        value = (row["per_10k"] or 0.0) if rates else float(row["count"])
        bars.append(Bar(row["word"], value, tooltip))
    return ChartData("top", title.format(scope=scope), bars)


# --- across reports ----------------------------------------------------------------------------


def report_label(report: Report) -> str:
    """A report in a chart: its region and year (郑州高新区 2022), else its title."""
    if report.region and report.year is not None:
        return f"{report.region} {report.year}"
    return report.title


def across_table(reports: list[Report], words: tuple[str, ...], rule: CountingRule) -> Table:
    rows: list[Row] = []
    for report in reports:
        whole = scopes(report, CountBy.REPORT, rule)[0]
        rows.append(
            {"report": report.title, "year": report.year, "characters": whole.characters}
            | word_cells(whole.parts, whole.characters, words)
        )
    columns = [
        RowsColumn("report", QCoreApplication.translate("KeywordsView", "Report")),
        RowsColumn("year", QCoreApplication.translate("KeywordsView", "Year"), numeric=True),
        *word_columns(words),
        RowsColumn(
            "characters", QCoreApplication.translate("KeywordsView", "Characters"), numeric=True
        ),
    ]
    return Table(rows, columns)


def across_charts(
    reports: list[Report], table: Table, word: str | None, rates: bool
) -> list[ChartData]:
    if word is None:
        return []
    if rates:
        title = QCoreApplication.translate(
            "KeywordsView", "“{word}” per 10,000 characters, per report"
        )
    else:
        title = QCoreApplication.translate("KeywordsView", "“{word}” per report")
    bars = [
        _bar(report_label(report), report.title, row, word, rates)
        for report, row in zip(reports, table.rows, strict=True)
    ]
    return [ChartData("reports", title.format(word=word), bars)]
