"""A half written after a whole number's unit: 六倍半 is 6.5倍, 十三斤半 13.5斤 (1954, 1955), 3天半,
3个半小时 3.5小时, 2个半百分点 2.5个百分点.

Only where the sentence goes on after the 半 (punctuation, 的, 左右, 以上 …) or where it sits inside
the unit (个半小时, 个半月, 个半百分点): not 3个半导体项目 or 5个半岛, where 半 starts a word.
"""

from __future__ import annotations

import re

from workreport.core.importer.wordlists import match_prefix

_HALF = re.compile(r"半(?=$|[，。；;,、：:）)！？!?\s]|的|左右|以上|以来|之久|时间)")
# 3个半小时, 2个半月, 2个半百分点: the half sits inside the unit, which is the one after it.
HALF_INSIDE = {"半小时": "小时", "半月": "个月", "半百分点": "个百分点"}
_INSIDE = tuple(HALF_INSIDE)


def half_after(text: str, number: str, unit: str, end: int) -> tuple[str, int, str] | None:
    """The number with its half, where the unit then ends and what it is, when a half follows
    ``unit`` (ending at ``end``) of the whole ``number``; else None."""
    if not text.startswith("半", end):
        return None  # the common case, answered first
    digits = number.replace(",", "").replace("，", "")  # 1,200斤半
    if not digits.isdigit():
        return None
    if unit == "个" and (inside := match_prefix(text, end, _INSIDE)):
        return f"{digits}.5", end + len(inside), HALF_INSIDE[inside]
    if _HALF.match(text, end) is None:
        return None
    return f"{digits}.5", end + 1, unit
