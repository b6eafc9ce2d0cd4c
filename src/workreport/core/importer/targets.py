"""Where a report lists the year's main expected targets (主要预期目标).

The list opens with ``主要预期目标是：`` (or ``主要目标是``, ``预期目标为``, ``主要预期目标建议为`` …) and
runs to the end of its paragraph (宁夏, 河北, 甘肃 and 贵州 continue it over several sentences).
When the opener ends its paragraph (``今年经济社会发展的主要预期目标是：`` alone on its line, the
national reports of 2010–2012), the list is in the paragraphs after it: the first one, and those
after it that are items of a list (``——``, ``1.``, ``（1）``, ``①``, ``一是``, or ending in ``；``).
Every figure inside is a target, levels as well as growth (``达到240亿元，增长21%``).
"""

from __future__ import annotations

import re

# With a colon any of these opens the list; without one only the main ones do (主要预期目标为地区
# 生产总值增长6%), since 经济增长预期目标为5%左右 restates one target in the text after the list.
TARGET_OPENER = re.compile(
    r"(?:主要预期目标|主要目标|预期目标|主要指标|预期性指标)(?:建议|拟|初步)?"
    r"(?:是|为|定为|设定为|安排为|确定为)?[：:]"
    r"|(?:主要预期目标|主要目标)(?:建议|拟|初步)?(?:是|为|定为|设定为|安排为|确定为)(?=[^，。；：]{0,40}\d)"
)
# A paragraph that continues a list of targets opened above it.
LIST_ITEM = re.compile(
    r"^(?:——|--|－－|\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]+是)|[；;]$"
)
MAX_LIST_PARAGRAPHS = 20
_DIGIT = re.compile(r"[0-9０-９]")

EXAMPLES: tuple[str, ...] = (
    "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；",
    "今年国民经济和社会发展的主要目标是：在优化结构的基础上，国内生产总值增长8%左右",
    "主要预期目标建议为：地区生产总值增长5.5%左右",
    "今年发展主要预期目标是：国内生产总值增长5%左右",
    "全县经济社会发展的主要预期目标为地区生产总值增长6%",
    "预期目标：地区生产总值达到240亿元，增长21%",
)
COUNTER_EXAMPLES: tuple[str, ...] = (
    "增长11.3%，低于13%左右的预期目标。",
    "胜利完成“十一五”规划的主要目标和任务",
    "实现今年经济社会发展的目标和任务",
    "经济增长预期目标为5%左右，既是稳就业的需要",
)


def opens_list(paragraph: str) -> bool:
    """Whether a paragraph opens a target list that continues in the paragraphs after it."""
    match = TARGET_OPENER.search(paragraph)
    return match is not None and _DIGIT.search(paragraph, match.end()) is None


def target_spans(paragraphs: list[str]) -> dict[int, tuple[int, int]]:
    """Paragraph index → the span of it that lists targets, for every paragraph of a section."""
    spans: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        match = (
            TARGET_OPENER.search(paragraph) if "目标" in paragraph or "指标" in paragraph else None
        )
        index += 1
        if match is None:
            continue
        spans[index - 1] = (match.start(), len(paragraph))
        if _DIGIT.search(paragraph, match.end()):
            continue  # the list is on the opener's line
        for count in range(MAX_LIST_PARAGRAPHS):
            if index >= len(paragraphs):
                break
            following = paragraphs[index]
            if count > 0 and not LIST_ITEM.search(following):
                break
            spans[index] = (0, len(following))
            index += 1
    return spans


# A report without a list of targets (the national reports before 2005, many county reports) states
# the year's targets in its prose: a sentence about this year whose plan word comes before the
# figure. Only the words from the sentence's start to the figure are matched.
STATED_TARGET = re.compile(
    r"(?:今年|本年|明年)(?!以来|上半年|前|[0-9０-９一二三四五六七八九十]{1,2}月)"
    r"(?:(?!去年|上年|期间|年均|五年|实际|完成|实现了)[^。；;！？])*?"
    r"(?:计划|预期|调控目标|预期目标|主要目标|目标|要求|力争)"
    r"(?:(?!去年|上年|期间|年均|五年|实际|完成|了|后来|[0-9]{4}年)[^。；;！？])*$"
)

STATED_EXAMPLES: tuple[str, ...] = (
    "今年国民生产总值计划增长",  # 1993: 百分之八
    "根据这个要求，今年计划国内生产总值增长",  # 1994: 百分之九
    "综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为",  # 1995: 百分之八至九
    "今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为",  # 1997: ８％
    "综合分析国内外的有利条件和制约因素，今年的经济增长预期为",  # 1999: 7％左右
    "综合分析国内外各种情况，今年经济增长预期目标为",  # 2003: 7%左右
    "今年计划要求，在保持社会总需求与总供给基本平衡的基础上，国民生产总值增长",  # 1992
    "今年全县地区生产总值力争增长",
)
STATED_COUNTER_EXAMPLES: tuple[str, ...] = (
    "“十五”期间年均经济增长速度预期目标为",  # a five-year target, not this year's
    "今年以来，工业生产计划完成情况良好，增长",  # since the year began: a result
    "去年计划增长8%，实际增长",
    "今年预期目标中，去年实际增长",
    "今年全年经济增长",  # no plan word: a forecast or a result
    "今年的计划执行结果，完成",
    "基本建设投资总额，今年２月修订计划时减少为",  # 1981: what became of the plan
    "今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，中央财政将为此投入",
    "今年计划的项目已经追加了",
)


_YEAR_WORDS = ("今年", "本年", "明年")


def is_stated_target(before: str) -> bool:
    """Whether a figure is a target stated in prose; ``before`` is its sentence up to the number.

    Matched from the last 今年 only, so that the test is linear in the sentence's length.
    """
    at = max(before.rfind(word) for word in _YEAR_WORDS)
    return at >= 0 and STATED_TARGET.match(before, at) is not None
