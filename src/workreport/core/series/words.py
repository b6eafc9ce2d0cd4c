"""Words over time: how often words occur in each report, with its year, by the rule of
:mod:`workreport.core.keywords` (the same count as for one report's 全文).

A :class:`WordTrend` keeps each report's counted text once, so that counting more words, or the
same words again, does not walk the reports again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workreport.core.keywords import (
    ALL_TEXT,
    CountingRule,
    character_count,
    count_in_report,
    per_10k,
    report_parts,
    rounded_rate,
)
from workreport.core.model import Report

COLUMNS: tuple[str, ...] = (
    "report",
    "title",
    "region",
    "year",
    "word",
    "count",
    "characters",
    "per_10k",
)


@dataclass(frozen=True, slots=True)
class WordCount:
    """How often one word occurs in one report's counted text."""

    report: Report
    word: str
    count: int
    characters: int

    @property
    def per_10k(self) -> float | None:
        return per_10k(self.count, self.characters)


class WordTrend:
    """Reports in order of year (then id), each with its counted text under ``rule``."""

    def __init__(self, reports: Iterable[Report], rule: CountingRule = ALL_TEXT) -> None:
        self.rule = rule
        self.reports = sorted(reports, key=lambda r: (r.year is None, r.year or 0, r.id))
        # Each report's counted parts joined by a line break: no word crosses one (parts hold no
        # line breaks, and a word with one is counted part by part), so one count is as many.
        self._texts: list[str] = []
        self._characters: list[int] = []
        for report in self.reports:
            text = _SEPARATOR.join(part.text for part in report_parts(report, rule))
            self._texts.append(text)
            self._characters.append(character_count(text))

    def counts(self, words: Iterable[str]) -> list[WordCount]:
        """For each report in order, each word: its count (occurrences as written, no overlap)."""
        words = [w for w in words if w]
        return [
            WordCount(report, word, _count(report, text, word, self.rule), characters)
            for report, text, characters in zip(
                self.reports, self._texts, self._characters, strict=True
            )
            for word in words
        ]


_SEPARATOR = "\n"


def _count(report: Report, text: str, word: str, rule: CountingRule) -> int:
    if _SEPARATOR in word:
        return count_in_report(report, word, rule)
    return text.count(word)


def count_records(counts: list[WordCount]) -> list[dict[str, object]]:
    """One record per report and word, with the columns of :data:`COLUMNS`."""
    return [
        {
            "report": c.report.id,
            "title": c.report.title,
            "region": c.report.region,
            "year": c.report.year,
            "word": c.word,
            "count": c.count,
            "characters": c.characters,
            "per_10k": rounded_rate(c.per_10k),
        }
        for c in counts
    ]


@dataclass(frozen=True, slots=True)
class TrendLine:
    """One word's counts (or rates) over the years of one region: points (year, value, report)."""

    word: str
    points: tuple[tuple[int, float, Report], ...]


def trend_lines(counts: list[WordCount], *, rates: bool) -> list[TrendLine]:
    """One line per word over the years of the reports counted (those with a year), in the order
    the words were asked; a year with no report is a gap, not a zero."""
    lines: dict[str, list[tuple[int, float, Report]]] = {}
    for c in counts:
        if c.report.year is None:
            continue
        value = (c.per_10k or 0.0) if rates else float(c.count)
        lines.setdefault(c.word, []).append((c.report.year, value, c.report))
    return [TrendLine(word, tuple(points)) for word, points in lines.items()]
