"""Bounds: whether a figure is exact, about, at least, at most or more than its value.

A bound is told by words around the number, apart from the verbs that say what the figure counts
(新增, 累计, 达到): ``约5%左右`` is ``about``, ``达到8%以上`` ``at_least``, ``控制在3%以内``
``at_most``, ``270余家`` ``more_than``. The figure's ``qualifier`` keeps every word as written, in
reading order, separated by one space (``达到 以上``, ``约 左右``, ``新增 左右``), so that a filter on
``以上`` finds every figure written with it; ``bound`` says what the words mean.

Every row names its words, the bound they give, where they stand (before the number, between
number and unit, after the unit) and sentences from real reports that it must and must not read.
One test runs them all.
"""

from __future__ import annotations

from dataclasses import dataclass


class Bound:
    """Names of bounds (plain strings in the JSON format; empty for an exact figure)."""

    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MORE_THAN = "more_than"


class Place:
    BEFORE = "before"  # written right before the number (after any verb): 不低于97.5%
    INSIDE = "inside"  # between the number and the unit: 270余家
    AFTER = "after"  # after the unit: 5%左右


@dataclass(frozen=True, slots=True)
class BoundRule:
    words: tuple[str, ...]
    bound: str
    place: str
    examples: tuple[str, ...]  # each has exactly one figure with this bound
    counter_examples: tuple[str, ...] = ()  # each has figures, none with this bound


BOUND_RULES: tuple[BoundRule, ...] = (
    BoundRule(
        ("约", "近", "大约", "接近"),
        Bound.ABOUT,
        Place.BEFORE,
        ("15个主平台新承接产业转移项目约700个。", "近30个项目。", "国家预算收入增长近百分之二。"),
        ("城镇新增就业1256万人。",),
    ),
    BoundRule(
        ("左右", "上下"),
        Bound.ABOUT,
        Place.AFTER,
        ("国内生产总值增长5%左右。", "居民消费价格涨幅3%上下。"),
        ("城镇新增就业1200万人以上。",),
    ),
    BoundRule(
        ("不低于", "不少于", "至少", "超过", "突破", "超"),
        Bound.AT_LEAST,
        Place.BEFORE,
        ("粮食综合生产能力不低于97.5%。", "新增城镇就业不少于10万个。", "每个县至少1所。",
         "净增超过300家。", "高企总数突破500家。"),
        ("高于全国0.7个百分点。",),
    ),
    BoundRule(
        ("以上",),
        Bound.AT_LEAST,
        Place.AFTER,
        ("城镇新增就业1200万人以上。", "力争达到8%以上。"),
        ("规模以上工业增加值增长5.8%。",),
    ),
    BoundRule(
        ("不超过", "不高于", "最多"),
        Bound.AT_MOST,
        Place.BEFORE,
        ("单位面积耗水不超过8立方米。", "赤字率不高于3%。"),
    ),
    BoundRule(
        ("以内", "以下"),
        Bound.AT_MOST,
        Place.AFTER,
        ("城镇调查失业率控制在5.5%以内。", "登记失业率4.5%以下。"),
    ),
    BoundRule(
        ("余", "多"),
        Bound.MORE_THAN,
        Place.INSIDE,
        ("推动亚马逊等10余家外资机构合作。", "接待游客3400多万人次。"),
        ("多家企业落户，新增120家。",),
    ),
)  # fmt: skip

# When a figure has words of two bounds, the one that says more wins: 约1000余家 is more than
# 1000, 超过5%左右 is at least 5%.
_PRIORITY: tuple[str, ...] = (Bound.AT_MOST, Bound.AT_LEAST, Bound.MORE_THAN, Bound.ABOUT)


def _words(place: str) -> tuple[str, ...]:
    found = {w for rule in BOUND_RULES if rule.place == place for w in rule.words}
    return tuple(sorted(found, key=len, reverse=True))


BOUND_WORDS_BEFORE: tuple[str, ...] = _words(Place.BEFORE)
BOUND_WORDS_INSIDE: tuple[str, ...] = _words(Place.INSIDE)
BOUND_WORDS_AFTER: tuple[str, ...] = _words(Place.AFTER)
_BOUND_OF: dict[str, str] = {w: rule.bound for rule in BOUND_RULES for w in rule.words}


def bound_of(words: list[str]) -> str:
    """The bound the qualifier words give (``["达到", "以上"]`` → ``at_least``), or empty."""
    bounds = {_BOUND_OF[w] for w in words if w in _BOUND_OF}
    return next((b for b in _PRIORITY if b in bounds), "")


def join_qualifier(words: list[str]) -> str:
    """The qualifier as stored: the words in reading order, one space apart, none repeated."""
    kept: list[str] = []
    for word in words:
        if word and word not in kept:
            kept.append(word)
    return " ".join(kept)
