"""Numbers that name a class of things, not an amount: no figure of their own.

- A class mark after the unit: 30万吨级进港航道, 26兆瓦级风电机组.
- A threshold: an age or an amount of money, then 以上 or 以下, then the things it sorts —
  60岁以上老年人, 65岁及以上老人, 3岁以下婴幼儿托位数; 实施5000万元以上重点项目300个 (the figure
  is the 300个 projects, each above 5000万元), 营收1亿元以上企业有研发机构. Money with 的 between
  the bound and the things is a class only when the clause goes on to count them
  (经营性收入10万元以上的村占比超过90%); without a count it is an amount they reach together
  (中石化对位芳纶、平煤神马尼龙等总投资500亿元以上的精细化工项目; 城市经济规模进入了5万亿元以上的
  新阶段). Not when the sentence goes on after the bound (增长5%以上，), when what follows is money
  itself or a verb (安排1亿元以上资金, 80%以上用于民生), nor for counts and shares, where the
  number counts what follows (建设300个以上精品示范村, 50%以上村卫生室).
"""

from __future__ import annotations

import re

from workreport.core.units import Dimension

CLASS_MARKS: tuple[str, ...] = ("级",)
THRESHOLD_DIMENSIONS = frozenset({Dimension.MONEY, Dimension.MONEY_USD, Dimension.AGE})
_THRESHOLD = re.compile(r"及?以[上下](?P<of>的)?(?=[\u4e00-\u9fff“])")
# A count in the rest of the clause: ASCII digits (the importer's text has them) or Chinese numerals.
_COUNT_FOLLOWS = re.compile(r"[^，。；;,：:]*?(?:[0-9]|[一二三四五六七八九十两百千]{2})")
# Words after a threshold's bound that make it an amount after all: money, or what is done with it.
AMOUNT_AFTER: tuple[str, ...] = (
    "资金", "经费", "投资", "投入", "用于", "支持", "奖励", "补助", "奖补", "补贴", "贷款", "融资",
    "收入", "增长", "规模", "目标", "水平",
)  # fmt: skip

EXAMPLES: tuple[str, ...] = (
    "实施5000万元以上重点项目300个。",
    "新引进落地总投资10亿元以上项目102个。",
    "为全省60岁以上老年人免费接种流感疫苗。",
    "65岁及以上老人城乡社区规范健康管理服务率达到65%。",
    "每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
    "经营性收入10万元以上的村占比超过90%。",
    "加快实现营收1亿元以上企业有研发机构。",
)
COUNTER_EXAMPLES: tuple[str, ...] = (
    "完成固定资产投资1000亿元以上，增长8%。",
    "安排1亿元以上资金支持科技创新。",
    "建设300个以上精品示范村。",
    "50%以上村卫生室实现与乡镇卫生院互联互通。",
    "新增财力80%以上用于民生领域。",
    "城市经济规模进入了5万亿元以上的新阶段。",
    "推进平煤神马尼龙等总投资500亿元以上的精细化工项目。",
)


def is_class(text: str, unit_end: int, dimension: str) -> bool:
    """Whether the number whose unit (of ``dimension``) ends at ``unit_end`` names a class."""
    if text.startswith(CLASS_MARKS, unit_end):
        return True
    if dimension not in THRESHOLD_DIMENSIONS:
        return False
    bound = _THRESHOLD.match(text, unit_end)
    if bound is None or text.startswith(AMOUNT_AFTER, bound.end()):
        return False
    if bound.group("of") and dimension != Dimension.AGE:
        return _COUNT_FOLLOWS.match(text, bound.end()) is not None
    return True
