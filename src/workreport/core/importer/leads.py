"""Lead sentences: a section titled by its first short sentence, not by a number.

``大力提振消费。全年社会消费品零售总额增长6%。`` (a lead run into its text), ``——经济运行稳中向好。…``
(a dash lead line) and ``加强农业的基础地位。`` alone on its line before its text (a lead line). Each
rule carries the examples it must match and the counter-examples it must not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LeadRule:
    name: str
    rank: int
    max_length: int  # characters in the sentence, without its 。
    forbidden: re.Pattern[str]  # a lead sentence containing this is prose, not a title
    prose_openers: tuple[str, ...]  # a lead sentence opening with one of these is prose
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SectionStart:
    rank: int
    numbering: str
    title: str
    rest: str  # the paragraph's text after the title, or empty


LEAD_RULE = LeadRule(
    "short lead sentence, 研发创新活跃度持续提升。",
    rank=4,
    max_length=20,
    forbidden=re.compile(r"[0-9０-９%％;；:：！!？?]"),
    prose_openers=(
        "①", "②", "③", "今年", "去年", "明年", "过去", "一年来", "回顾", "各位代表", "我们", "同时", "当前",
        "目前", "这", "要", "也要", "还要", "必须", "使命", "让", "此外", "总之", "与此同时", "应当",
        "应该",
    ),
)  # fmt: skip

# A short heading line ending in 。 alone on its line, with its text on the lines after it
# (1993: 加强农业的基础地位。 / 农业是整个国民经济稳定和发展的基础…). Stricter than a lead sentence
# run into its text: no comma, and nothing that announces a list (以下, 如下) or reads as prose.
LINE_LEAD_RULE = LeadRule(
    "short heading line ending in 。, alone before its text, 加强农业的基础地位。",
    rank=LEAD_RULE.rank,
    max_length=20,
    forbidden=re.compile(r"[0-9０-９%％;；:：！!？?，,]|以下|如下|下列|下面"),
    prose_openers=(
        *LEAD_RULE.prose_openers, "现在", "下面", "这里", "他", "但", "因此", "所以", "如果", "只要",
        "对此", "其中", "为此", "其他", "有些", "有的",
    ),
    examples=(
        "加强农业的基础地位。", "国民经济快速增长。", "科技、教育和各项社会事业全面发展。",
        "——经济平稳快速增长。",
    ),
    counter_examples=(
        "我们准备采取以下各项主要措施。", "现在我举出一些数字说明这个情况。", "今年要重点做好以下工作。",
        "全年经济增长5%。", "稳中求进，开拓创新。", "各位代表！", "大力提振消费。全年社会消费品零售总额增长6%。",
    ),
)  # fmt: skip


# A dash lead line: ——经济运行稳中向好。全省地区生产总值增长5.7%… (the sentence after the dash is
# the title, as for a lead sentence; only among others like it).
DASH_LEAD = re.compile(r"^(?P<numbering>——|--|－－)(?=[^\d０-９])")
DASH_EXAMPLES: tuple[str, ...] = ("——经济运行稳中向好。全省地区生产总值增长5.7%。",)
DASH_COUNTER_EXAMPLES: tuple[str, ...] = (
    "——2025年1月14日在吉林省第十四届人民代表大会第四次会议上",
    "——城镇新增就业1200万人以上；",
    "——我们牢记嘱托、忠诚履职，首都功能持续优化提升，全年经济增长5%。",
)


def match_dash_lead(paragraph: str) -> SectionStart | None:
    dash = DASH_LEAD.match(paragraph)
    if dash is None:
        return None
    start = match_lead(paragraph[dash.end() :])
    if start is None:
        return None
    return SectionStart(start.rank, dash.group("numbering"), start.title, start.rest)


def match_lead(paragraph: str) -> SectionStart | None:
    """A paragraph that opens with a short title-like sentence: (title, rest)."""
    if paragraph.startswith(("——", "--", "－－")):
        return match_dash_lead(paragraph)
    end = paragraph.find("。")
    if end <= 0 or end == len(paragraph) - 1:
        return None
    lead = paragraph[:end]
    rule = LEAD_RULE
    if len(lead) > rule.max_length or rule.forbidden.search(lead):
        return None
    if lead.startswith(rule.prose_openers):
        return None
    return SectionStart(rule.rank, "", lead, paragraph[end + 1 :])


def match_lead_line(paragraph: str) -> SectionStart | None:
    """A paragraph that is one short title-like sentence alone (LINE_LEAD_RULE): its title; the
    caller checks that text follows it."""
    rule = LINE_LEAD_RULE
    dash = DASH_LEAD.match(paragraph)
    numbering = dash.group("numbering") if dash else ""
    lead = paragraph[len(numbering) :].lstrip("—-－")
    if not lead.endswith("。") or lead.count("。") != 1:
        return None
    lead = lead[:-1]
    if not lead or len(lead) > rule.max_length or rule.forbidden.search(lead):
        return None
    if lead.startswith(rule.prose_openers):
        return None
    return SectionStart(rule.rank, numbering, lead, "")
