"""Compare fresh imports of the corpus with the bundled reports: what an importer change did.

For each bundled report, :func:`report_difference` says in one line how its chapters, sections,
figures and targets changed (titles added and lost, counts before → after). ``scripts/corpus_diff.py``
prints it; the freshness test prints it when the bundled JSON is stale.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from workreport.core.errors import ReportError
from workreport.core.model import Report, SectionKind

MAX_TITLES_SHOWN = 4


def _chapters(report: Report) -> list[str]:
    return [s.title for s in report.sections if s.kind is SectionKind.CHAPTER]


def _sections(report: Report) -> list[str]:
    return [s.title for s in report.walk() if s.kind is SectionKind.SECTION]


_ARROWS = {"up": "↑", "down": "↓"}


def _figures(report: Report) -> list[str]:
    """Each figure as label=value unit, with its kind when not a level and its direction."""
    return [
        f"{i.label}={i.value}{i.unit}"
        + (f" {i.kind}" if i.kind != "level" else "")
        + _ARROWS.get(i.direction, "")
        for _, i in report.all_indicators()
    ]


def _targets(report: Report) -> list[str]:
    return [f"{i.label}={i.value}{i.unit}" for _, i in report.all_indicators() if i.target]


def _change(name: str, before: list[str], after: list[str]) -> str:
    if before == after:
        return ""
    lost = [t for t in before if t not in after][:MAX_TITLES_SHOWN]
    added = [t for t in after if t not in before][:MAX_TITLES_SHOWN]
    text = f"{name} {len(before)}→{len(after)}"
    if added:
        text += " +" + " +".join(added)
    if lost:
        text += " -" + " -".join(lost)
    return text


def report_difference(before: Report, after: Report) -> str:
    """One line: what changed from ``before`` (bundled) to ``after`` (fresh), or empty."""
    parts = [
        _change(name, getter(before), getter(after))
        for name, getter in (
            ("chapters", _chapters),
            ("sections", _sections),
            ("figures", _figures),
            ("targets", _targets),
        )
    ]
    meta = [
        f"{field} {getattr(before, field)!r}→{getattr(after, field)!r}"
        for field in ("title", "region", "level", "year", "date", "speaker", "notes")
        if getattr(before, field) != getattr(after, field)
    ]
    text = "; ".join(p for p in parts + meta if p)
    if not text and before != after:
        text = "other fields (sentences, labels, positions) changed"
    return text


def bundled_differences(corpus: Path, *, show_unchanged: bool = False) -> Iterator[str]:
    """One line for each bundled report whose fresh import differs (or every one)."""
    from workreport.core.library import build_bundled, bundled_ids, load_bundled

    for report_id in bundled_ids():
        try:
            fresh = build_bundled(report_id, corpus)
        except ReportError as error:
            yield f"{report_id}: refused: {error}"
            continue
        difference = report_difference(load_bundled(report_id), fresh)
        if difference or show_unchanged:
            yield f"{report_id}: {difference or 'unchanged'}"


def describe_text(path: Path) -> str:
    """One line for any text: its counts as imported, its notes, or why it is refused."""
    from workreport.core.library import import_file

    try:
        report = import_file(path)
    except ReportError as error:
        return f"{path.name}: refused: {error}"
    figures = list(report.all_indicators())
    notes = f" notes={','.join(report.notes)}" if report.notes else ""
    return (
        f"{path.name}: {len(_chapters(report))} chapters, {len(_sections(report))} sections, "
        f"{len(figures)} figures, {sum(1 for _, i in figures if i.target)} targets; "
        f"title={report.title!r} region={report.region!r} level={report.level!r} "
        f"year={report.year}{notes}"
    )
