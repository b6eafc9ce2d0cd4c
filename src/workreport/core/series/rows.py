"""A measure across the years of one region: the target each report set and the outcome the next
report states for that year.

For year Y, the *target* is the first figure of the measure that Y's report marks as a target. The
*outcome* is looked for in Y+1's report, in its review: the figures before its own first target
(the review comes first in every report: 过去一年工作回顾, then the plan). The first figure of the
measure there whose clause states year Y alone (:mod:`workreport.core.series.periods`) is the
outcome. Nothing is invented: where there is none the outcome is empty and
:class:`OutcomeReason` says why; :class:`TargetReason` does the same for a missing target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from workreport.core.model import Indicator, Report, Section
from workreport.core.series.measures import (
    clause_subject,
    is_change_only,
    measure_key,
    query_key,
    signed_value,
)
from workreport.core.series.periods import Period, clause_before, period_of


class TargetReason(StrEnum):
    NO_REPORT = "no_report"  # no report of this year
    NOT_SET = "not_set"  # the year's report sets no target for the measure


class OutcomeReason(StrEnum):
    NO_NEXT_REPORT = "no_next_report"  # no report of the next year
    ONLY_SEVERAL_YEARS = "only_several_years"  # the next report states only a span of years
    NOT_STATED = "not_stated"  # the next report's review does not state it


class Verdict(StrEnum):
    MET = "met"
    MISSED = "missed"


# Measures whose target is a ceiling (控制在3%左右): met when the outcome stays at or under it.
# Every other target is a floor (增长8%左右, 新增就业900万人以上): met when the outcome reaches it.
CEILING_MEASURES: tuple[str, ...] = (
    "居民消费价格涨幅", "城镇登记失业率", "城镇调查失业率", "赤字率", "财政赤字",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of a report, where it is, and its measure."""

    report: Report
    section: Section
    indicator: Indicator
    measure: str
    position: int  # reading order in the report
    # ("" for a non-target figure of the plan: it is never a target nor an outcome)
    in_plan: bool  # at or after the report's plan: its first target, or the line that lists them


@dataclass(frozen=True, slots=True)
class SeriesRow:
    year: int
    target: Figure | None
    target_reason: TargetReason | None
    outcome: Figure | None
    outcome_reason: OutcomeReason | None

    @property
    def outcome_value(self) -> float | None:
        """The outcome as its measure counts it: negative for a fall of a rising measure
        (居民消费价格下降0.3% is −0.3 of 居民消费价格涨幅)."""
        if self.outcome is None:
            return None
        return signed_value(self.outcome.indicator, self.outcome.measure)

    @property
    def verdict(self) -> Verdict | None:
        """Met or missed, by :data:`CEILING_MEASURES`; None without both target and outcome."""
        if self.target is None or self.outcome is None:
            return None
        target, outcome = (
            self.target.indicator,
            signed_value(self.outcome.indicator, self.outcome.measure),
        )
        if self.target.measure in CEILING_MEASURES:
            limit = target.high if target.high is not None else target.value
            return Verdict.MET if outcome <= limit else Verdict.MISSED
        if target.bound == "more_than":
            return Verdict.MET if outcome > target.value else Verdict.MISSED
        return Verdict.MET if outcome >= target.value else Verdict.MISSED


# The words that open a report's list of targets: its plan starts there.
PLAN_START = re.compile(r"(?:主要|预期|发展)目标(?:是|为)[:：]")
PLAN_START_EXAMPLES: tuple[str, ...] = (
    "今年经济社会发展的主要预期目标是：",
    "今年国民经济和社会发展的主要目标是：",
)


def _plan_start(report: Report) -> tuple[int, int] | None:
    """(section in reading order, paragraph) of the paragraph that opens the list of targets."""
    for order, section in enumerate(report.walk()):
        for index, paragraph in enumerate(section.paragraphs):
            if PLAN_START.search(paragraph):
                return order, index
    return None


def report_figures(report: Report) -> list[Figure]:
    """Every figure of a report with its measure, in reading order."""
    found: list[Figure] = []
    previous: tuple[Section, Indicator] | None = None
    plan_start = _plan_start(report)
    in_plan = False
    pairs = ((n, s, i) for n, s in enumerate(report.walk()) for i in s.indicators)
    for position, (order, section, indicator) in enumerate(pairs):
        place = (order, indicator.paragraph)
        in_plan = in_plan or indicator.target or (plan_start is not None and place >= plan_start)
        previous_here, previous = previous, (section, indicator)
        if in_plan and not indicator.target:  # never a target nor an outcome: no measure needed
            found.append(Figure(report, section, indicator, "", position, in_plan))
            continue
        before = ""
        if previous_here is not None and previous_here[0] is section:
            prior = previous_here[1]
            if prior.paragraph == indicator.paragraph and prior.end <= indicator.start:
                gap = section.paragraphs[indicator.paragraph][prior.end : indicator.start]
                if not any(mark in gap for mark in "；;。"):
                    before = prior.label
        if not before and is_change_only(indicator.label):
            before = clause_subject(_clause_of(section, indicator))
        measure = measure_key(indicator.label, before)
        found.append(Figure(report, section, indicator, measure, position, in_plan))
    return found


def _clause_of(section: Section, indicator: Indicator) -> str:
    if 0 <= indicator.paragraph < len(section.paragraphs):
        return clause_before(
            section.paragraphs[indicator.paragraph], indicator.start, indicator.end
        )
    return indicator.sentence


def _paragraph(figure: Figure) -> str:
    paragraphs, index = figure.section.paragraphs, figure.indicator.paragraph
    return paragraphs[index] if 0 <= index < len(paragraphs) else ""


def _clause(figure: Figure) -> str:
    return _clause_of(figure.section, figure.indicator)


def target_of(figures: list[Figure], measure: str) -> Figure | None:
    """The first figure of ``measure`` a report marks as a target."""
    return next((f for f in figures if f.indicator.target and f.measure == measure), None)


def outcome_of(
    figures: list[Figure], measure: str, year: int
) -> tuple[Figure | None, OutcomeReason]:
    """The outcome of ``year`` for ``measure`` in the review of the next year's report, given its
    figures; with no outcome, the reason."""
    several = False
    for figure in figures:
        if figure.in_plan:
            break
        if figure.measure != measure:
            continue
        period, _ = period_of(_clause(figure), year, _paragraph(figure), figure.section.title)
        if period is Period.YEAR:
            return figure, OutcomeReason.NOT_STATED
        several = several or period is Period.YEARS
    return None, OutcomeReason.ONLY_SEVERAL_YEARS if several else OutcomeReason.NOT_STATED


@dataclass(frozen=True, slots=True)
class MeasureYears:
    """A measure some report of the region sets as a target, and the years it does."""

    measure: str
    label: str  # the label as the latest report words it
    years: tuple[int, ...]


class SeriesIndex:
    """Reports by region and year, each report's figures with their measures computed once, and
    the series asked for so far: build one for a library and ask it again and again."""

    def __init__(self, reports: Iterable[Report]) -> None:
        self._by_region: dict[str, dict[int, Report]] = {}
        for report in sorted(reports, key=lambda r: r.id):
            if report.year is not None:  # the first of a year, by id, when there are several
                self._by_region.setdefault(report.region, {}).setdefault(report.year, report)
        self._figures: dict[tuple[str, int], list[Figure]] = {}
        self._series: dict[tuple[str, str], list[SeriesRow]] = {}

    def regions(self) -> list[str]:
        """Regions with reports, those with most years first."""
        return sorted(self._by_region, key=lambda r: (-len(self._by_region[r]), r))

    def years(self, region: str) -> list[int]:
        return sorted(self._by_region.get(region, {}))

    def report(self, region: str, year: int) -> Report | None:
        return self._by_region.get(region, {}).get(year)

    def figures(self, region: str, year: int) -> list[Figure]:
        key = (region, year)
        if key not in self._figures:
            report = self.report(region, year)
            self._figures[key] = [] if report is None else report_figures(report)
        return self._figures[key]

    def series(self, region: str, measure: str) -> list[SeriesRow]:
        """One row per year from the first year with a target or an outcome of ``measure`` (a
        label, a measure key or a concept name) to the last; years without a report included."""
        key = (region, query_key(measure))
        if key not in self._series:
            self._series[key] = self._compute(region, key[1])
        return self._series[key]

    def _compute(self, region: str, measure: str) -> list[SeriesRow]:
        years = self.years(region)
        if not years:
            return []
        rows = list(self._rows(region, measure, years[0], years[-1]))
        known = [n for n, r in enumerate(rows) if r.target is not None or r.outcome is not None]
        return rows[known[0] : known[-1] + 1] if known else []

    def _rows(self, region: str, measure: str, first: int, last: int) -> Iterator[SeriesRow]:
        for year in range(first, last + 1):
            has_report = self.report(region, year) is not None
            target = target_of(self.figures(region, year), measure)
            target_reason = None
            if target is None:
                target_reason = TargetReason.NOT_SET if has_report else TargetReason.NO_REPORT
            outcome: Figure | None = None
            if self.report(region, year + 1) is None:
                reason = OutcomeReason.NO_NEXT_REPORT
            else:
                outcome, reason = outcome_of(self.figures(region, year + 1), measure, year)
            yield SeriesRow(
                year, target, target_reason, outcome, None if outcome is not None else reason
            )

    def measures(self, region: str, min_years: int = 2) -> list[MeasureYears]:
        """The measures the region's reports set as targets in at least ``min_years`` years (a
        series needs two), most years first."""
        years: dict[str, list[int]] = {}
        labels: dict[str, str] = {}
        for year in self.years(region):
            for figure in self.figures(region, year):
                if figure.indicator.target and year not in years.setdefault(figure.measure, []):
                    years[figure.measure].append(year)
                    labels[figure.measure] = figure.indicator.label
        found = [
            MeasureYears(m, labels[m], tuple(y)) for m, y in years.items() if len(y) >= min_years
        ]
        return sorted(found, key=lambda m: (-len(m.years), m.measure))


def series(reports: Iterable[Report], region: str, measure: str) -> list[SeriesRow]:
    """The series of ``measure`` for ``region`` over ``reports`` (see :class:`SeriesIndex`)."""
    return SeriesIndex(reports).series(region, measure)


def latest_per_region(reports: Iterable[Report]) -> list[Report]:
    """Each region's newest report, in the order given: what a side-by-side comparison compares."""
    given = list(reports)
    newest: dict[str, int] = {}
    for position, report in enumerate(given):
        current = newest.get(report.region)
        if current is None or (report.year or 0) > (given[current].year or 0):
            newest[report.region] = position
    keep = set(newest.values())
    return [r for position, r in enumerate(given) if position in keep]
