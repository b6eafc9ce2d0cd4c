"""Whether a figure of a review states one year's outcome, or a span of years, or a plan.

The report of year Y+1 reviews year Y, but it also states five-year averages (年均增长10.6%),
growth since a base year (比2002年增长65.5%) and plans (今年…预期). The words that say so stand in the
figure's *clause*: the text of its sentence from its start up to the figure itself. Each rule is a
row with clauses it must match and must not; the first that matches says what the figure is not. A
paragraph that opens on a span of years (这五年，…) speaks of that span throughout, unless the clause
names the year under review.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Period(StrEnum):
    """What span a figure of a review covers."""

    YEAR = "year"  # the year under review: an outcome
    YEARS = "years"  # several years: an average, a total, growth since a base year
    PLAN = "plan"  # a target or plan, not an outcome
    OTHER_YEAR = "other_year"  # another single year


@dataclass(frozen=True, slots=True)
class PeriodRule:
    name: str
    period: Period
    pattern: re.Pattern[str]
    # Given the match and the year under review, whether the rule applies (None: always).
    applies: Callable[[re.Match[str], int], bool] | None
    matches: tuple[str, ...]  # clauses (reviewing 2007) the rule must catch
    not_matches: tuple[str, ...]  # clauses (reviewing 2007) it must leave alone


def _base_is_not_last_year(match: re.Match[str], year: int) -> bool:
    return int(match.group("year")) != year - 1


def _not_the_year(match: re.Match[str], year: int) -> bool:
    return int(match.group("year")) not in (year, year - 1)


RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "average",
        Period.YEARS,
        re.compile(r"年均|平均每年|年平均"),
        None,
        ("国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%", "五年年均增长5.2%"),
        ("国内生产总值比上年增长11.4%",),
    ),
    PeriodRule(
        "several years",
        Period.YEARS,
        re.compile(
            r"[两二三四五六七八九十]年(?:来|间|中|里|累计|合计|共)|累计|五年|十年|“十.?五”|十.?五(?:期间|时期)"
        ),
        None,
        ("五年来，国内生产总值增长57.3%", "“十五”期间国内生产总值增长57.3%", "累计增长8.2%"),
        ("全年国内生产总值增长3%", "连续增长"),
    ),
    PeriodRule(
        "since a base year",
        Period.YEARS,
        re.compile(r"(?:比|较|与)(?P<year>\d{4})年(?:相比|末)?"),
        _base_is_not_last_year,
        (
            "国内生产总值达到24.66万亿元，比2002年增长65.5%",
            "2005年与2000年相比，国内生产总值增长57.3%",
        ),
        ("国内生产总值比2006年增长11.4%",),
    ),
    PeriodRule(
        "plan",
        Period.PLAN,
        re.compile(r"今年|明年|预期目标|预期(?:增长|为)|目标(?:是|为)|力争|拟|计划"),
        None,
        ("今年经济社会发展的主要预期目标是：国内生产总值增长8%", "力争增长8%"),
        (
            "全面实现年初确定的主要目标，国内生产总值增长7.8%",
            "经济恢复好于预期，全年国内生产总值增长2.3％",
        ),
    ),
    PeriodRule(
        "another year",
        Period.OTHER_YEAR,
        re.compile(r"(?<![比较与\d])(?P<year>\d{4})年(?!与)"),
        _not_the_year,
        ("到2010年，国内生产总值增长", "2003年国内生产总值增长9.1%"),
        ("2007年，国内生产总值增长11.4%", "2006年国内生产总值为21万亿元，2007年增长11.4%"),
    ),
)


# The opening of a paragraph or a section's title about a span of years: 这五年，… 五年来，…
SPAN_OPENING = re.compile(r"^(?:这|过去|近)?[两二三四五六七八九十]年(?:来|间|里|中)?[，,]")
SPAN_OPENING_EXAMPLES: tuple[str, ...] = (
    "这五年，我国社会生产力显著提高",
    "五年来，",
    "过去五年，",
)


def _year_opening(year: int) -> re.Pattern[str]:
    """The opening of a paragraph about the year under review: 刚刚过去的2017年，… 过去一年，…"""
    return re.compile(rf"^(?:刚刚过去的|过去的|刚刚过去的一年|过去一年|去年|{year}年)")


YEAR_OPENING_EXAMPLES: tuple[tuple[int, str], ...] = (
    (2017, "刚刚过去的2017年，经济社会发展主要目标任务全面完成"),
    (2019, "过去一年，我国发展面临国内外风险挑战明显上升的复杂局面"),
)


def _opening(text: str, year: int) -> Period | None:
    text = text.lstrip(" \u3000")
    if _year_opening(year).match(text):
        return Period.YEAR
    if SPAN_OPENING.match(text):
        return Period.YEARS
    return None


def period_of(clause: str, year: int, paragraph: str = "", title: str = "") -> tuple[Period, str]:
    """What span a clause's figure covers, reviewing ``year``, and the rule that said so. Without a
    rule for the clause, the opening of its ``paragraph`` decides, else the ``title`` of its
    section: one about a span of years (五年来，…) makes it the span's, unless the clause names
    ``year``."""
    for rule in RULES:
        for match in rule.pattern.finditer(clause):
            if rule.applies is None or rule.applies(match, year):
                return rule.period, rule.name
    opening = _opening(paragraph, year) or _opening(title, year)
    if opening is Period.YEARS and f"{year}年" not in clause:
        return Period.YEARS, "opens on several years"
    return Period.YEAR, ""


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def clause_before(paragraph: str, start: int, end: int) -> str:
    """The clause of the figure at ``start:end`` of ``paragraph``: from its sentence's start up to
    the figure's end."""
    begin = 0
    for match in _SENTENCE_END.finditer(paragraph, 0, start):
        begin = match.end()
    return paragraph[begin:end]
