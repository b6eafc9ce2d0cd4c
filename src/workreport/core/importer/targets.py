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
