"""Where a paragraph's names are: text inside quotation or title marks (“15分钟服务圈”, 《…》),
whose numbers are no figures."""

from __future__ import annotations

import bisect
import re

from workreport.core.importer import figure_rules as rules

_NAME_MARKS = re.compile(
    "[" + re.escape("".join(rules.NAME_BRACKETS) + "".join(rules.NAME_BRACKETS.values())) + "]"
)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside quotation or title marks, outermost only."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for mark in _NAME_MARKS.finditer(text):
        i, char = mark.start(), mark.group()
        if stack and char == rules.NAME_BRACKETS[stack[-1][0]]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif char in rules.NAME_BRACKETS:
            stack.append((char, i))
    return spans


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` is inside one of ``spans`` (sorted, not overlapping): a binary search,
    so that a paragraph of many names and figures takes linear time."""
    index = bisect.bisect_left(spans, (position, position)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]
