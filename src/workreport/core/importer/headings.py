"""Tables of heading patterns: how a line or a paragraph's opening says "a section starts here".

Two kinds of rule:

* a **line rule** matches a whole line that is a heading (``一、坚持稳中求进`` or the article's
  ``持续强化创新引领 创新能力实现新跃升``);
* a **lead rule** matches a short title-like sentence that opens a paragraph and names the
  subsection it starts (``研发创新活跃度持续提升。全区全年…``).

The importer tries the rules in order; the first that matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HAN = r"\u3400-\u9fff"
_NUMERALS = "一二三四五六七八九十百零〇"


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]  # groups: numbering (optional), title
    level: int


@dataclass(frozen=True, slots=True)
class LeadRule:
    name: str
    max_length: int  # characters in the sentence, without its 。
    forbidden: re.Pattern[str]  # a lead sentence containing this is prose, not a title


LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "chinese-numeral chapter, 一、…",
        re.compile(rf"^(?P<numbering>[{_NUMERALS}]+、)\s*(?P<title>[^。；;]{{1,40}})$"),
        1,
    ),
    LineRule(
        "two phrases separated by a space (news-article chapter), 持续强化创新引领 创新能力实现新跃升",
        re.compile(rf"^(?P<numbering>)(?P<title>[{_HAN}“”]{{3,16}}[ \u3000][{_HAN}“”]{{3,16}})$"),
        1,
    ),
)

LEAD_RULES: tuple[LeadRule, ...] = (
    LeadRule(
        "short lead sentence, 研发创新活跃度持续提升。",
        max_length=20,
        forbidden=re.compile(r"[0-9０-９%％;；:：]"),
    ),
)

# A paragraph after the chapters that opens with one of these closes the report.
CLOSING_OPENERS: tuple[str, ...] = ("以上成绩的取得", "以上成绩", "各位代表！", "各位代表!")


def match_line(line: str) -> tuple[LineRule, str, str] | None:
    """The rule, numbering and title of a heading line, or None."""
    for rule in LINE_RULES:
        match = rule.pattern.match(line)
        if match:
            return rule, match.group("numbering"), match.group("title").strip()
    return None


def is_heading_line(line: str) -> bool:
    return match_line(line) is not None


def match_lead(paragraph: str) -> tuple[str, str] | None:
    """Split a paragraph into (lead title, rest) when it opens with a title-like sentence."""
    end = paragraph.find("。")
    if end <= 0 or end == len(paragraph) - 1:
        return None
    lead = paragraph[:end]
    for rule in LEAD_RULES:
        if len(lead) <= rule.max_length and not rule.forbidden.search(lead):
            return lead, paragraph[end + 1 :]
    return None


def is_closing(paragraph: str) -> bool:
    return paragraph.startswith(CLOSING_OPENERS)
