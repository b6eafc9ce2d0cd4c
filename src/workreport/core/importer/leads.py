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


# What makes a short sentence prose rather than a title, wherever it stands in the sentence: it
# announces a list (以下), reports speech (有人说) or speaks as 我们, joins clauses with a
# connective (而且, 因为), states with a copula (…是关键; 是 inside 特别是, 尤其是, 于是, 但是, 还是, 凡是, 不是, 就是 (绿水青山就是
# 金山银山), 令人振奋的是 aside, and 是否), ends as a statement or a question (…了, …的, …吗), opens
# with a frame set off by a comma (在农业方面，…; 为了…，; 关于…，), or goes on after a comma with a
# modal (…，必须…; …，应当…; …，就是…): a title names a task or an outcome, it does not argue. A time
# frame alone (五年来，经济实力跃上新台阶) does not make prose, nor …，要… (积极的财政政策取向不变，
# 要聚力增效): reviews and policy sections title their parts so.
_PROSE = (
    r"以下|如下|下列|下面|有人|大家|我们|这里|而且|并且|但是|可是|然而|所以|因为|因此|如果|虽然|不过"
    r"|(?<!特别)(?<!尤其)(?<![于但还凡不或若总只就要的])是(?!否)"
    r"|[了的吗呢吧啊]$"
    r"|^(?:在|关于|对于|为了|由于|随着|自从|当)[^，,]*[，,]"
    r"|[，,](?:必须|应当|应该|应|需要|就)"
)
LEAD_RULE = LeadRule(
    "short lead sentence, 研发创新活跃度持续提升。",
    rank=4,
    max_length=20,
    forbidden=re.compile(r"[0-9０-９%％;；:：！!？?]|" + _PROSE),
    prose_openers=(
        "①", "②", "③", "今年", "去年", "明年", "过去", "一年来", "回顾", "各位代表", "我们", "同时", "当前",
        "目前", "当今", "如今", "近年", "这", "要", "也要", "还要", "必须", "使命", "让", "此外", "总之",
        "与此同时", "应当", "应该",
    ),
    examples=(
        "大力提振消费。全年社会消费品零售总额增长6%。", "研发创新活跃度持续提升。全省研发投入增长10%。",
        "以简审批优服务便利投资兴业。市场配置资源是最有效率的形式。",
        "继续下大力气抓农业，争取农村经济更快发展。农业是基础。",
        "加强基础研究特别是原始创新。基础研究是科技创新的源头。",
        "拓展绿水青山就是金山银山理念转化实现路径。全面推行林长制。",
        "五年来，经济实力跃上新台阶。国内生产总值增加到82.7万亿元。",
        "令人振奋的是，经济发展提速跨关。全省生产总值增长5.6%。",
        "积极的财政政策取向不变，要聚力增效。今年赤字率拟按2.6%安排。",
    ),
    counter_examples=(
        "我国有上亿市场主体，而且还在不断增加。把市场主体的活跃度保持住。",
        "做好今年政府工作，要注重把握好以下关系。一要统筹好国内与国际的关系。",
        "当今世界面临百年未有之大变局。我们将坚定不移走和平发展道路。",
        "有人说，现在工农的生活太悬殊了。这种说法不对。",
        "在农业方面，今年小麦的夏收将获得丰收。秋收也有希望。",
        "为了健全财政工作，必须制订必要的制度。各部门都要遵守。",
        "关于科学研究工作，这里不准备多讲。科学规划已经公布。",
        "近年来，我国同拉丁美洲国家的关系逐步发展。贸易增加了。",
        "大灾之后，应当更加重视水利建设。水利是农业的命脉。",
        "扩展对外贸易，增加出口是关键。出口要增长。",
        "高质量发展是新时代硬道理。我们要坚定不移推动高质量发展。",
        "解放初，我们国家的工资制度是十分混乱的。后来逐步统一。",
        "展望今后五年，我们充满必胜信心。我们的目标一定能够实现。",
    ),
)  # fmt: skip

# A short heading line ending in 。 alone on its line, with its text on the lines after it
# (1993: 加强农业的基础地位。 / 农业是整个国民经济稳定和发展的基础…). Stricter than a lead sentence
# run into its text: no comma, and nothing that announces a list (以下, 如下) or reads as prose.
LINE_LEAD_RULE = LeadRule(
    "short heading line ending in 。, alone before its text, 加强农业的基础地位。",
    rank=LEAD_RULE.rank,
    max_length=20,
    forbidden=re.compile(r"[0-9０-９%％;；:：！!？?，,]|" + _PROSE),
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
