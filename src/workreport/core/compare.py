"""Compare one figure across reports: each province's growth target side by side.

Reports word the same measure differently: the national report's 国内生产总值增长, a province's
地区生产总值增长 or 全省地区生产总值增长, Hubei's and Henan's 经济增长, Shaanxi's 生产总值增长. Labels
are matched on a *key*, computed the same way for the query and for every figure's label:

1. words that only say whose or when are dropped from the front (全省, 全市, 全区, 我区, 今年 …);
2. the label is split into its subject and the change word it ends with (增长, 下降, 涨幅 …);
3. the subject is replaced by its canonical name from :data:`SYNONYMS` (国内生产总值, 地区生产总值,
   生产总值, 经济 and GDP are all 生产总值; 规模以上工业增加值 and 规模工业增加值 are 规上工业增加值);
4. the key is the canonical subject and the change word, joined.

Two labels match when their keys are equal: exact, so that 生产总值增长 never matches 海洋生产总值增长
or 第一产业增加值增长. A query may also be a concept name from :data:`CONCEPTS` (``gdp_growth``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workreport.core.importer import figure_rules
from workreport.core.model import Report
from workreport.core.record import FigureRecord, figure_record
from workreport.core.tabular import format_number

# Words at the front of a label that say whose figure it is, or when: not part of what is measured.
SCOPE_WORDS: tuple[str, ...] = (
    "全自治区", "全国", "全省", "全市", "全区", "我国", "我省", "我市", "我区", "全年", "今年", "其中",
)  # fmt: skip

# Words at the end of a label that link it to its figure: 城镇调查失业率控制在5%以内.
LINK_WORDS: tuple[str, ...] = ("控制在", "保持在", "稳定在", "平均为", "定为", "为")

# Words that say a figure is planned, not what is measured (a target stated in prose, the national
# reports before 2005): 经济增长预期目标为 → 经济增长, 经济增长速度的调控目标定为 → 经济增长,
# 国民生产总值计划增长 → 国民生产总值增长, 计划国内生产总值增长 → 国内生产总值增长.
_PLAN_WORDS = re.compile(
    r"^(?:党中央|中共中央|中央|国务院|我们|省委|市委|省政府|市政府)(?:提出|确定|决定|建议)(?:了)?(?:今年|明年)?(?=.)"
    r"|^的|^计划(?=.{2,12}(?:增长|提高|增加|下降|降低)$)|计划(?=增长|提高|增加|下降|降低)"
    r"|(?:的)?(?:宏观)?(?:调控目标|预期目标|预期|目标)$|(?<=增长)速度$"
)
PLAN_WORD_EXAMPLES: dict[str, str] = {
    "经济增长预期目标为": "生产总值增长",
    "中央提出今年经济增长预期目标为": "生产总值增长",  # who set it is not the measure
    "国务院确定经济增长预期目标": "生产总值增长",
    "我们提出的目标": "我们提出的目标",  # nothing is left once who set it goes: kept
    "的经济增长预期为": "生产总值增长",
    "经济增长速度的调控目标定为": "生产总值增长",
    "经济增长速度的宏观调控目标": "生产总值增长",
    "国民生产总值计划增长": "国民生产总值增长",
    "计划国内生产总值增长": "生产总值增长",
    "计划生育": "计划生育",
}

# Different names of one measure → its canonical name.
SYNONYMS: dict[str, str] = {
    "地区生产总值": "生产总值",
    "国内生产总值": "生产总值",
    "经济": "生产总值",
    "GDP": "生产总值",
    "规模以上工业增加值": "规上工业增加值",
    "规模工业增加值": "规上工业增加值",
    "全社会固定资产投资": "固定资产投资",
}

# Named queries: a concept and the label that stands for it.
CONCEPTS: dict[str, str] = {
    "gdp_growth": "地区生产总值增长",
    "industry_growth": "规模以上工业增加值增长",
    "investment_growth": "固定资产投资增长",
    "retail_growth": "社会消费品零售总额增长",
    "unemployment": "城镇调查失业率",
    "new_jobs": "城镇新增就业",
    "cpi": "居民消费价格涨幅",
}

_CHANGE_WORDS = tuple(sorted(figure_rules.CHANGE_WORDS, key=len, reverse=True))


def label_key(label: str) -> str:
    """The key two labels of the same measure share (see the module's docstring)."""
    words = label.replace(figure_rules.SHARED_VERB_MARK, "").strip()
    changed = True
    while changed:
        changed = False
        for word in SCOPE_WORDS:
            if words.startswith(word) and len(words) > len(word):
                words = words[len(word) :]
                changed = True
    for word in LINK_WORDS:
        if words.endswith(word) and len(words) > len(word):
            words = words[: -len(word)]
            break
    while (planless := _PLAN_WORDS.sub("", words)) != words and planless:
        words = planless
    change = next((w for w in _CHANGE_WORDS if words.endswith(w) and len(words) > len(w)), "")
    subject = words[: len(words) - len(change)]
    return SYNONYMS.get(subject, subject) + change


def compare(
    reports: Iterable[Report],
    query: str,
    *,
    targets_only: bool = False,
    first_only: bool = False,
) -> list[FigureRecord]:
    """Every figure whose label matches ``query`` (a label or a concept name), report by report.

    ``targets_only`` keeps the year's main expected targets; ``first_only`` keeps each report's
    first match in reading order (Tibet's target 增长7%以上、力争达到8% gives the 7%).
    """
    key = label_key(CONCEPTS.get(query, query))
    rows: list[FigureRecord] = []
    for report in reports:
        for section, indicator in report.all_indicators():
            if targets_only and not indicator.target:
                continue
            if label_key(indicator.label) != key:
                continue
            rows.append(figure_record(report, section, indicator))
            if first_only:
                break
    return rows


def target_labels(reports: Iterable[Report]) -> dict[str, int]:
    """Keys of the target figures and in how many reports each occurs: what can be compared."""
    counts: dict[str, int] = {}
    for report in reports:
        keys = {label_key(i.label) for _, i in report.all_indicators() if i.target}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def figure_text(row: FigureRecord) -> str:
    """``5%左右``, ``5%—5.5%``, ``7%以上``: the figure in one form for every report (a range joined
    by —, numbers without trailing zeros), the qualifier where the report puts it; ``written``
    keeps the figure exactly as written (``5.0%—5.5%``, ``6.5%－7%``)."""
    return figure_words(row.value, row.high, row.unit, row.qualifier)


def figure_words(value: float, high: float | None, unit: str, qualifier: str) -> str:
    """:func:`figure_text` of a figure's parts (a figure read from the library's store)."""
    text = format_number(value)
    if high is not None:
        text += f"{unit}—{format_number(high)}"
    before = qualifier.removesuffix("左右").removesuffix("以上").removesuffix("以内")
    after = qualifier[len(before) :]
    return f"{before}{text}{unit}{after}"
