"""Change words and the direction they give: 增长5% goes up, 下降3% goes down.

A growth or change figure has a ``direction`` (``up`` or ``down``) taken from the change word that
governs it: the word right before the number (``降低3%``, ``下降了0.3个百分点``), the word a
分别 list shares (``分别下降3.1%、2.5%``), or a verb that opens the figure's own words
(``压减粗钢产量3000万吨``, ``提高大病保险最高支付限额3800元``). ``由下降2.8%转为增长3.1%`` gives
each figure its own word. The value stays as written (3, not -3): the direction says the sign.
A level (``提高到67%``, ``降至4%``) has no direction.

Each row lists its words with sentences from real reports: every example has a figure with that
direction, every counter-example has figures and none with it. One test runs them all.
"""

from __future__ import annotations

from dataclasses import dataclass


class Direction:
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class DirectionRule:
    words: tuple[str, ...]
    direction: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()
    opens_clause: bool = False  # a verb that also makes a change when it opens the figure's words


DIRECTION_RULES: tuple[DirectionRule, ...] = (
    DirectionRule(
        ("增长率", "增速", "增幅", "涨幅", "增长", "上升", "回升", "上涨", "扩大", "增产", "上调",
         "多增"),
        Direction.UP,
        ("国内生产总值增长5%左右。", "粮食增产2.1%。", "规上工业增加值、社会消费品零售总额分别增长4.8%、7.2%。",
         "工业生产由下降2.8%转为增长3.1%。"),
        ("常住人口城镇化率提高到67%。", "单位国内生产总值能耗降低3%。"),
    ),
    DirectionRule(
        ("增加", "提高", "提升"),
        Direction.UP,
        ("城乡居民基础养老金最低标准再提高20元。", "次年提高大病保险最高支付限额3800元。",
         "居民人均可支配收入比上年增加1200元。"),
        ("提升100家县级特用供养机构服务水平。", "工业增加值1.2万亿元。", "改造提升老旧厂房40处。",
         "提高城乡居民养老金、残疾人补贴等5项标准。", "连续3年提高城乡居民基础养老金、惠及549万人。"),
        opens_clause=True,
    ),
    DirectionRule(
        ("降幅", "下降", "回落", "下跌", "下滑", "缩小", "收窄", "下调", "缩短", "少增"),
        Direction.DOWN,
        ("单位国内生产总值能耗降低3%。", "居民消费价格比上年下降0.3个百分点。", "两项指标分别下降3.1%、2.5%。",
         "降幅比上年收窄1.2个百分点。", "工业生产由增长3.1%转为下降2.8%。"),
        ("城镇登记失业率降至4%。",),
    ),
    DirectionRule(
        ("降低", "减少", "减产", "压减", "削减", "压降", "缩减", "节约"),
        Direction.DOWN,
        ("国家预算支出比1956年减少百分之四。", "压减粗钢产量3000万吨。", "削减煤炭产能1.5亿吨。",
         "压减省级机关事业单位公用经费15%。", "为经营主体降低物流、融资、用能、用地等成本1000亿元。"),
        ("城镇调查失业率5.5%左右。",),
        opens_clause=True,
    ),
    DirectionRule(
        ("高于", "快于", "优于", "超出", "超"),
        Direction.UP,
        ("高于全国0.7个百分点。", "国考断面优良水体比例超国家考核目标14.8个百分点。"),
        ("拟发行超长期特别国债1.3万亿元。",),
        opens_clause=True,
    ),
    DirectionRule(
        ("低于", "慢于"),
        Direction.DOWN,
        ("低于全国平均水平0.5个百分点。",),
        opens_clause=True,
    ),
)  # fmt: skip

DIRECTION_OF: dict[str, str] = {w: rule.direction for rule in DIRECTION_RULES for w in rule.words}


@dataclass(frozen=True, slots=True)
class ComparativeRule:
    """A one-character comparative right before the number, after 比/较 earlier in the clause:
    ``比去年预算低0.4个百分点`` goes down, ``比去年多100万人`` goes up. Alone (``高水平``,
    ``低于`` is a word of its own) the character says nothing."""

    words: tuple[str, ...]
    direction: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()


COMPARATIVE_RULES: tuple[ComparativeRule, ...] = (
    ComparativeRule(
        ("高", "多"),
        Direction.UP,
        ("今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。", "就业预期目标比去年多100万人。",
         "限额以上的有九百二十一个，比计划规定的单位数多二百二十七个。"),
        ("高标准农田8000万亩。", "今年赤字率拟按2.8%安排。"),
    ),
    ComparativeRule(
        ("低", "少"),
        Direction.DOWN,
        ("今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。", "粮食产量比上年少50亿斤。"),
        ("低收入人口1200万人。", "较少的3个县。"),
    ),
)  # fmt: skip

COMPARATIVE_OF: dict[str, str] = {w: r.direction for r in COMPARATIVE_RULES for w in r.words}

# Written earlier in the clause for a comparative to count: 比去年预算低, 较上年多.
COMPARISON_MARKS: tuple[str, ...] = ("比", "较")

# A change figure after one of these, with no change word of its own, restates the figure before it
# in the sentence and goes its way: 每增长1个百分点的增量，相当于5年前1.5个百分点的增量.
EQUIVALENCE_WORDS: tuple[str, ...] = ("相当于",)

# Words that say the figure right after them is a change (longest first): every direction word
# except the comparisons 高于/低于, which make a change only of percentage points.
CHANGE_WORDS: tuple[str, ...] = tuple(
    sorted(
        (
            w
            for rule in DIRECTION_RULES
            if rule.words[0] not in ("高于", "低于")
            for w in rule.words
        ),
        key=len,
        reverse=True,
    )
)

# Verbs that make the figure a change when they open its own words: 压减粗钢产量3000万吨.
OPENING_CHANGE_VERBS: tuple[str, ...] = tuple(
    sorted(
        (w for rule in DIRECTION_RULES if rule.opens_clause for w in rule.words),
        key=len,
        reverse=True,
    )
)

# A verb opening the words is not a change verb when these follow it: 增加值 is value added.
NOT_AFTER_OPENING_VERB: tuple[str, ...] = ("值",)
# 超 makes no change when it starts a word: 超长期特别国债, 超大城市, 超级计算中心, 超高清, 超亿元项目.
SUPER = "超"
NOT_AFTER_SUPER: tuple[str, ...] = (
    "长期", "大", "级", "高", "低", "前", "常", "算", "导", "市", "声", "强", "薄", "快", "亿", "百亿",
    "千亿", "万亿",
)  # fmt: skip

# A verb that upgrades things rather than changing an amount when a count follows it with the
# thing counted after: 提升100家县级特用供养机构服务水平 counts institutions.
QUALITY_VERBS: tuple[str, ...] = ("提升", "提高")


def direction_of(change_word: str) -> str:
    """``up`` or ``down`` for a change word or a comparative, empty for anything else."""
    return DIRECTION_OF.get(change_word, "") or COMPARATIVE_OF.get(change_word, "")


def comparative_before(text: str, clause_start: int, pos: int) -> str:
    """The comparative (高, 低, 多, 少) right before ``pos`` (through 了) when 比 or 较 is written
    earlier in the clause; or empty."""
    at = pos - 1 if text.endswith("了", 0, pos) else pos
    word = text[at - 1 : at] if at > clause_start else ""
    if word not in COMPARATIVE_OF:
        return ""
    if not any(text.find(mark, clause_start, at - 1) >= 0 for mark in COMPARISON_MARKS):
        return ""
    return word
