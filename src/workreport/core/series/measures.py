"""Which measure a figure gives, so that a target and the outcome stated a year later meet.

A plan and the review a year later word one measure differently: the 2016 report sets 国内生产总值增长
6.5%－7%, the 2017 report states 国内生产总值达到74.4万亿元，增长6.7%; the target is 居民消费价格涨幅3%左右,
the outcome 居民消费价格上涨2%. A figure's *measure* is the key of :func:`~workreport.core.compare.label_key`
after the rules below, each a row with the labels it must turn into the key:

1. comparison words say against what, not what is measured: 国内生产总值比上年增长 → 国内生产总值增长;
2. words of time in front say over which period (the period itself is judged in
   :mod:`workreport.core.series.periods`): 年均增长, 五年年均增长, 比2002年增长 → 增长;
3. a label that is only a change word (增长) takes its subject from the figure it follows in the
   same clause: 国内生产总值达到74.4万亿元，增长6.7% → 国内生产总值增长;
4. review wordings are merged with plan wordings (:data:`REVIEW_WORDINGS`); a fall is an outcome of
   the rate it lowers (居民消费价格下降0.3% is the outcome of 居民消费价格涨幅, at −0.3: see
   :func:`signed_value`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from workreport.core.compare import label_key
from workreport.core.importer import figure_rules
from workreport.core.importer.direction import DIRECTION_OF
from workreport.core.model import Indicator

# Words in a label that say what a figure is compared with, not what it measures.
COMPARISON_WORDS: tuple[str, ...] = ("比上年同期", "比上年", "较上年", "比去年", "同比")

# Words of time in front of a change word: they say over which period, not what is measured.
_TIME_WORDS = re.compile(
    r"^(?:\d{4}年(?:末|底)?|全年|五年|十年|年均|平均每年|年平均|实际|比\d{4}年|与\d{4}年相比)+"
)

# How a review words what a plan set → the plan's wording (applied to keys, longest first).
REVIEW_WORDINGS: dict[str, str] = {
    "居民消费价格总水平": "居民消费价格",
    "居民消费价格上涨": "居民消费价格涨幅",
    "居民消费价格增长": "居民消费价格涨幅",
    "居民消费价格下降": "居民消费价格涨幅",
    "居民消费价格降低": "居民消费价格涨幅",
    "降低": "下降",
}

# A clause's subject, when a figure's label names none and no figure precedes it in the clause:
# 国内生产总值达到74.4万亿元，增长6.7% (the level is not a figure the importer read).
_CLAUSE_SUBJECT = re.compile(r"^[\u3400-\u9fff]{2,12}?(?=达到|超过|突破|增加到|为|[\d０-９])")

_CHANGE_WORDS = frozenset(figure_rules.CHANGE_WORDS)
_REVIEW_WORDINGS = tuple(sorted(REVIEW_WORDINGS.items(), key=lambda item: -len(item[0])))


@dataclass(frozen=True, slots=True)
class MeasureExample:
    """A label (and the label of the figure it follows, if any) and the measure it must give."""

    label: str
    previous: str
    measure: str


EXAMPLES: tuple[MeasureExample, ...] = (
    MeasureExample("国内生产总值增长", "", "生产总值增长"),
    MeasureExample("国内生产总值比上年增长", "", "生产总值增长"),
    MeasureExample("2001年国内生产总值比上年增长", "", "生产总值增长"),
    MeasureExample("增长", "国内生产总值", "生产总值增长"),
    MeasureExample("年均增长", "国内生产总值", "生产总值增长"),
    MeasureExample("比2002年增长", "国内生产总值", "生产总值增长"),
    MeasureExample("居民消费价格总水平上涨", "", "居民消费价格涨幅"),
    MeasureExample("居民消费价格上涨", "", "居民消费价格涨幅"),
    MeasureExample("居民消费价格涨幅", "", "居民消费价格涨幅"),
    MeasureExample("居民消费价格下降", "", "居民消费价格涨幅"),  # 宁夏 2025: 下降0.3%
    MeasureExample("居民消费价格总水平下降", "", "居民消费价格涨幅"),
    MeasureExample("城镇新增就业", "", "城镇新增就业"),
    MeasureExample("财政收入增长", "国内生产总值", "财政收入增长"),
    MeasureExample("海洋生产总值增长", "", "海洋生产总值增长"),
    MeasureExample("单位国内生产总值能耗降低", "", "单位国内生产总值能耗下降"),
)


def _strip(label: str) -> str:
    for word in COMPARISON_WORDS:
        label = label.replace(word, "")
    return _TIME_WORDS.sub("", label)


@cache
def is_change_only(label: str) -> bool:
    """Whether a label, once stripped, names no subject: 增长, 年均增长, 比上年增长."""
    stripped = _strip(label).replace(figure_rules.SHARED_VERB_MARK, "")
    return stripped == "" or stripped in _CHANGE_WORDS


def clause_subject(clause: str) -> str:
    """What a clause is about, read from its start: 国内生产总值 in 国内生产总值达到74.4万亿元，增长6.7%."""
    match = _CLAUSE_SUBJECT.match(clause.lstrip("，、 \u3000"))
    return "" if match is None or is_change_only(match.group(0)) else match.group(0)


@cache  # labels repeat from report to report: 国内生产总值, 城镇新增就业 …
def measure_key(label: str, previous: str = "") -> str:
    """The measure of a figure labelled ``label``, which follows a figure labelled ``previous`` in
    the same clause; a label that names no subject takes ``previous`` as its subject."""
    stripped = _strip(label)
    if is_change_only(label) and previous and not is_change_only(previous):
        change = stripped.replace(figure_rules.SHARED_VERB_MARK, "") or "增长"
        stripped = _strip(previous) + change
    key = label_key(stripped)
    for wording, plan_wording in _REVIEW_WORDINGS:
        if wording in key:
            key = key.replace(wording, plan_wording)
    return key


def query_key(query: str) -> str:
    """A measure as a user names it: a label (国内生产总值增长), a key or a concept (gdp_growth)."""
    from workreport.core.compare import CONCEPTS

    return measure_key(CONCEPTS.get(query, query))


_DIRECTION_WORDS = tuple(sorted(DIRECTION_OF, key=len, reverse=True))


def measure_direction(measure: str) -> str:
    """The way a measure counts as positive: 生产总值增长 and 居民消费价格涨幅 up, 能耗下降 down;
    empty for a level (城镇调查失业率)."""
    best, at = "", -1
    for word in _DIRECTION_WORDS:
        found = measure.rfind(word)
        if found > at:
            best, at = word, found
    return DIRECTION_OF.get(best, "")


def signed_value(indicator: Indicator, measure: str) -> float:
    """The figure's value as the measure counts it: a fall of a rising measure is negative
    (居民消费价格下降0.3% → −0.3 of 居民消费价格涨幅); every other value as written."""
    way = measure_direction(measure)
    if indicator.direction and way and indicator.direction != way:
        return -indicator.value
    return indicator.value
