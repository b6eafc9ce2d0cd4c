"""Numbers that name a class of things or the denominator of a rate, not an amount: no figure of
their own.

- A number in Arabic digits right after 每 when the clause goes on to another number: the
  denominator of that rate (每10万人口拥有执业医师320人, 小麦最低收购价每50公斤提高5到7元: the
  figures are the 320人 and the 5到7元); without one it is an interval and a figure
  (发车间隔缩短至每3分钟一班).
- A class mark after the unit: 30万吨级进港航道, 26兆瓦级风电机组.
- A threshold: an age, then 以上 or 以下, then whom it sorts (60岁以上老年人, 65岁及以上老人,
  3岁以下婴幼儿托位数); or money, then 以上 or 以下, then within a few characters the things it
  sorts, named by a head noun (项目, 企业, 村 …): 实施5000万元以上重点项目300个 (the figure is the
  300个 projects, each above 5000万元), 营收1亿元以上企业有研发机构. With 的 between the bound and
  the things, money is a class only when the clause goes on to count them
  (经营性收入10万元以上的村占比超过90%); without a count it is an amount they reach together
  (平煤神马尼龙等总投资500亿元以上的精细化工项目). Money before anything else stays an amount
  (吸引社会资本100亿元以上参与城市更新, 新增政府专项债券100亿元以上重点投向重大项目), and so do
  counts and shares, where the number counts what follows (建设300个以上精品示范村, 50%以上村卫生室).
- A threshold written before the amount: 超 or 超过, then money, then straight away the things it
  sorts (培育营收超百亿元企业12家, 打造产值超千亿元产业集群3个); with 的 between only when the
  clause counts them (营收超亿元的企业达到100家, but 宁东基地成为西部首个产值超过2000亿元的化工园区
  says what 宁东基地 produces); not 营业收入超100亿元，…
"""

from __future__ import annotations

import re

from workreport.core.units import Dimension

CLASS_MARKS: tuple[str, ...] = ("级",)
THRESHOLD_DIMENSIONS = frozenset({Dimension.MONEY, Dimension.MONEY_USD, Dimension.AGE})
_THRESHOLD = re.compile(r"及?以[上下](?P<of>的)?(?=[\u4e00-\u9fff“])")
# A number in the rest of the clause: ASCII digits (the importer's text has them) or Chinese numerals.
_NUMBER_FOLLOWS = re.compile(r"[^，。；;,：:]*?(?:[0-9]|[一二三四五六七八九十两百千]{2})")
# The things a threshold of money sorts: a head noun at most four characters after the bound.
_HEADS = r"(?:项目|企业|村|集群|园区|工程)"
SORTED_THINGS = re.compile(r"[\u4e00-\u9fff“”]{0,4}?" + _HEADS)
_HEAD_NOUN = re.compile(r"(?P<of>的)?(?:[\u4e00-\u9fff]{0,2}?)" + _HEADS)

EXAMPLES: tuple[str, ...] = (
    "实施5000万元以上重点项目300个。",
    "新引进落地总投资10亿元以上项目102个。",
    "为全省60岁以上老年人免费接种流感疫苗。",
    "65岁及以上老人城乡社区规范健康管理服务率达到65%。",
    "每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
    "经营性收入10万元以上的村占比超过90%。",
    "加快实现营收1亿元以上企业有研发机构。",
    "培育营收超100亿元企业5家。",
    "打造产值超千亿元产业集群3个。",
)
COUNTER_EXAMPLES: tuple[str, ...] = (
    "完成固定资产投资1000亿元以上，增长8%。",
    "安排1亿元以上资金支持科技创新。",
    "吸引社会资本100亿元以上参与城市更新。",
    "为企业减税降费30亿元以上惠及市场主体10万户。",
    "新增政府专项债券100亿元以上重点投向重大项目。",
    "建设300个以上精品示范村。",
    "50%以上村卫生室实现与乡镇卫生院互联互通。",
    "新增财力80%以上用于民生领域。",
    "城市经济规模进入了5万亿元以上的新阶段。",
    "推进平煤神马尼龙等总投资500亿元以上的精细化工项目。",
    "全年营业收入超过100亿元，企业利润增长8%。",
    "宁东基地成为西部首个产值超过2000亿元的化工园区。",
)


PER = "每"
OVER = ("超过", "超")


def is_denominator(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` (ASCII digits) is the denominator of a rate."""
    return text.endswith(PER, 0, start) and _NUMBER_FOLLOWS.match(text, end) is not None


def is_class(text: str, start: int, unit_end: int, dimension: str) -> bool:
    """Whether the number at ``start`` whose unit (of ``dimension``) ends at ``unit_end`` names a
    class."""
    if text.startswith(CLASS_MARKS, unit_end):
        return True
    if dimension not in THRESHOLD_DIMENSIONS:
        return False
    if dimension != Dimension.AGE and text.endswith(OVER, 0, start):
        return _sorts(text, _HEAD_NOUN.match(text, unit_end))
    bound = _THRESHOLD.match(text, unit_end)
    if bound is None or dimension == Dimension.AGE:
        return bound is not None
    return SORTED_THINGS.match(text, bound.end()) is not None and _sorts(text, bound)


def _sorts(text: str, match: re.Match[str] | None) -> bool:
    """Whether money before ``match`` (a bound or a head noun) sorts things: always without 的
    between, with it only when the clause goes on to count them."""
    if match is None:
        return False
    return not match.group("of") or _NUMBER_FOLLOWS.match(text, match.end()) is not None
