"""Units of measure: what a unit measures (its dimension) and how to normalise it to a base unit.

``58.2亿元`` is 58.2 × 10⁸ 元; ``35万㎡`` is 350,000 平方米; ``272.5平方公里`` is 272,500,000 平方米.
Each dimension has a meaning that charts respect: values of different dimensions never share an axis.
Magnitudes (万, 亿, …) are written before the unit and multiply it; the tables below are the only
place that knows about particular units.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction


class Dimension:
    """Names of dimensions (plain strings in the JSON format)."""

    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    AREA = "area"
    LENGTH = "length"
    PEOPLE = "people"
    PERSON_TIMES = "person_times"
    HOUSEHOLDS = "households"
    ORGANISATIONS = "organisations"
    COUNT = "count"
    DURATION = "duration"
    MASS = "mass"
    VOLUME = "volume"
    POWER = "power"
    ENERGY = "energy"
    MONEY_USD = "money_usd"
    CONCENTRATION = "concentration"
    CONTAINERS = "containers"
    COMPUTING = "computing"
    MULTIPLE = "multiple"  # 增长1.5倍
    AGE = "age"  # 60岁以上
    VOLTAGE = "voltage"  # 1000千伏


# Per-unit rates (740元/月, 16.8万元/人, 30万吨/日): the unit after the slash, the name its
# dimension takes (money_per_month) and whether that unit is written the same in the base unit.
PER_UNITS: dict[str, str] = {
    "月": "month", "年": "year", "日": "day", "天": "day", "小时": "hour", "人": "person",
    "户": "household", "亩": "mu", "吨": "tonne", "平方米": "square_metre", "㎡": "square_metre",
    "公里": "kilometre", "千瓦时": "kilowatt_hour",
}  # fmt: skip

# The dimensions a rate may have before its slash; a rate's dimension is money_per_month.
RATE_NUMERATORS: tuple[str, ...] = (
    Dimension.MONEY, Dimension.MASS, Dimension.VOLUME, Dimension.ENERGY, Dimension.PEOPLE,
    Dimension.PERSON_TIMES, Dimension.COUNT, Dimension.POWER, Dimension.CONTAINERS,
)  # fmt: skip


def rate_dimension(dimension: str, per_unit: str) -> str:
    """The dimension of a rate: ``money`` per ``月`` is ``money_per_month``."""
    return f"{dimension}_per_{PER_UNITS[per_unit]}"


ALL_DIMENSIONS: tuple[str, ...] = tuple(
    value for name, value in vars(Dimension).items() if name.isupper()
) + tuple(
    dict.fromkeys(
        f"{numerator}_per_{per}" for numerator in RATE_NUMERATORS for per in PER_UNITS.values()
    )
)


@dataclass(frozen=True, slots=True)
class UnitRule:
    """A unit as written, the base unit it converts to, the factor, and its dimension."""

    unit: str
    base_unit: str
    factor: Fraction
    dimension: str


def _rule(
    unit: str, dimension: str, base_unit: str | None = None, factor: int | str = 1
) -> UnitRule:
    return UnitRule(unit, base_unit or unit, Fraction(factor), dimension)


# Units as they are written after a number (after any magnitude). Longer units are tried first,
# so 个百分点 wins over 个 and 平方公里 over 公里.
UNIT_RULES: tuple[UnitRule, ...] = (
    _rule("元", Dimension.MONEY),
    _rule("美元", Dimension.MONEY_USD),
    _rule("%", Dimension.PERCENT),
    _rule("％", Dimension.PERCENT, "%"),
    _rule("个百分点", Dimension.PERCENTAGE_POINTS),
    _rule("平方米", Dimension.AREA),
    _rule("㎡", Dimension.AREA, "平方米"),
    _rule("平方公里", Dimension.AREA, "平方米", 1_000_000),
    _rule("平方千米", Dimension.AREA, "平方米", 1_000_000),
    _rule("公顷", Dimension.AREA, "平方米", 10_000),
    _rule("平方公尺", Dimension.AREA, "平方米"),  # 1950s: 公尺 is the metre
    _rule("公尺", Dimension.LENGTH, "米"),
    _rule("亩", Dimension.AREA, "平方米", "2000/3"),
    _rule("公里", Dimension.LENGTH, "米", 1000),
    _rule("千米", Dimension.LENGTH, "米", 1000),
    _rule("米", Dimension.LENGTH),
    _rule("人次", Dimension.PERSON_TIMES),
    _rule("人", Dimension.PEOPLE),
    _rule("名", Dimension.PEOPLE, "人"),
    _rule("户", Dimension.HOUSEHOLDS),
    _rule("家", Dimension.ORGANISATIONS),
    _rule("天", Dimension.DURATION),
    _rule("个月", Dimension.DURATION),
    _rule("小时", Dimension.DURATION),
    _rule("吨", Dimension.MASS),
    _rule("公斤", Dimension.MASS, "吨", "1/1000"),
    _rule("斤", Dimension.MASS, "吨", "1/2000"),
    _rule("微克/立方米", Dimension.CONCENTRATION),
    _rule("立方米", Dimension.VOLUME),
    _rule("千瓦时", Dimension.ENERGY),
    _rule("度", Dimension.ENERGY, "千瓦时"),
    _rule("千瓦", Dimension.POWER),
    _rule("兆瓦", Dimension.POWER, "千瓦", 1000),
    _rule("标箱", Dimension.CONTAINERS),
    _rule("EFlops", Dimension.COMPUTING),
    _rule("P", Dimension.COMPUTING, "EFlops", "1/1000"),  # 万P: PFlops
    _rule("‰", Dimension.PERCENT, "%", "1/10"),  # 千分之五
    _rule("‱", Dimension.PERCENT, "%", "1/100"),  # 万分之三
    _rule("倍", Dimension.MULTIPLE),
    _rule("岁", Dimension.AGE),
    _rule("千伏", Dimension.VOLTAGE),
    _rule("方", Dimension.VOLUME, "立方米"),  # 370亿方 of water or gas
    _rule("标准箱", Dimension.CONTAINERS, "标箱"),
    _rule("分钟", Dimension.DURATION),
    *(
        _rule(classifier, Dimension.COUNT)
        for classifier in (
            "个", "件", "项", "场", "套", "条", "处", "所", "次", "期", "座", "台", "辆", "艘",
            "架", "张", "部", "篇", "批", "类", "宗", "栋", "间", "株", "棵", "头", "只", "种",
            "乡", "镇", "村", "床", "列", "班", "架次", "例", "册", "块", "根", "场次", "户次",
            "辆次", "艘次", "批次", "件次", "台套", "轮次", "轮",
        )
    ),
)  # fmt: skip

UNITS_BY_NAME: dict[str, UnitRule] = {rule.unit: rule for rule in UNIT_RULES}

# Magnitudes written between the number and the unit, longest first.
MAGNITUDES: dict[str, int] = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3}

# Units after which no magnitude may stand (a magnitude before % is not a magnitude).
UNITS_WITHOUT_MAGNITUDE: frozenset[str] = frozenset(
    {"%", "％", "‰", "‱", "个百分点", "天", "个月", "小时", "分钟", "类", "微克/立方米", "EFlops",
     "倍", "岁"}
)  # fmt: skip

# Units that are figures only with a magnitude: 5亿度 of electricity, but not 36度 of heat.
UNITS_NEEDING_MAGNITUDE: frozenset[str] = frozenset({"度", "方", "P"})

# Chinese numerals that stand for a number before a magnitude: 突破千亿元 is 1000亿元, 超百亿元 100亿元.
# Only these round magnitudes are read; 两千亿元 or 三百亿元 are left alone.
CHINESE_ROUND_NUMBERS: dict[str, int] = {"千": 1000, "百": 100}


@dataclass(frozen=True, slots=True)
class Normalised:
    base_value: float
    base_unit: str
    dimension: str


def _number(value: Fraction) -> float:
    """An exact integer stays an int (JSON writes 5820000000, not 5820000000.0)."""
    if value.denominator == 1:
        return int(value)
    return float(value)


def normalise(value_text: str, magnitude: str, unit: str, per: str = "") -> Normalised:
    """Normalise a figure written as ``value_text`` + ``magnitude`` + ``unit`` [``/per``].

    Exact decimal arithmetic: ``58.2`` 亿元 is exactly 5,820,000,000 元, not 5820000000.000001.
    A rate keeps its per-unit: ``16.8万元/人`` is 168,000 元/人, of dimension money_per_person.
    """
    rule = UNITS_BY_NAME[unit]
    exact = (
        Fraction(Decimal(value_text.replace(",", "").replace("，", "")))
        * MAGNITUDES.get(magnitude, 1)
        * rule.factor
    )
    if per:
        return Normalised(
            _number(exact), f"{rule.base_unit}/{per}", rate_dimension(rule.dimension, per)
        )
    return Normalised(_number(exact), rule.base_unit, rule.dimension)


def parse_value(value_text: str) -> float:
    """The figure's value as written (``1,800`` → 1800, ``58.2`` → 58.2)."""
    return _number(Fraction(Decimal(value_text.replace(",", "").replace("，", ""))))


def dimension_of(unit: str) -> str:
    """The dimension of a unit as written, with or without a magnitude (``亿元`` → money).

    A rate's dimension names its per-unit: ``元/月`` → money_per_month.
    """
    if unit in UNITS_BY_NAME:
        return UNITS_BY_NAME[unit].dimension
    for magnitude in MAGNITUDES:
        if unit.startswith(magnitude) and unit[len(magnitude) :] in UNITS_BY_NAME:
            return UNITS_BY_NAME[unit[len(magnitude) :]].dimension
    numerator, slash, per = unit.rpartition("/")
    if slash and per in PER_UNITS:
        return rate_dimension(dimension_of(numerator), per)
    raise KeyError(unit)
