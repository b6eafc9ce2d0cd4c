"""Numbers and units for English readers: 58.2亿元 reads as 5.82 billion yuan.

The Chinese original always stays visible beside these; they are a reading aid. Exact decimal
arithmetic, as everywhere: 58.2亿 is exactly 5.82 billion.
"""

from __future__ import annotations

from decimal import Decimal

_SCALES = (
    (Decimal(10**12), "trillion"),
    (Decimal(10**9), "billion"),
    (Decimal(10**6), "million"),
)

# Base units (see core/units.py) in English.
UNIT_NAMES: dict[str, str] = {
    "元": "yuan",
    "美元": "US dollars",
    "微克/立方米": "µg/m³",
    "标箱": "TEU",
    "EFlops": "EFlops",
    "%": "%",
    "个百分点": "percentage points",
    "平方米": "m²",
    "米": "m",
    "人": "people",
    "人次": "person-times",
    "户": "households",
    "家": "organisations",
    "天": "days",
    "个月": "months",
    "小时": "hours",
    "吨": "tonnes",
    "立方米": "m³",
    "千瓦时": "kWh",
    "千瓦": "kW",
    "个": "units",
    "件": "items",
    "项": "items",
    "场": "events",
    "套": "sets",
    "条": "lines",
    "处": "sites",
    "所": "institutions",
    "次": "times",
    "期": "sessions",
    "座": "structures",
    "台": "machines",
    "辆": "vehicles",
    "艘": "vessels",
    "架": "aircraft",
    "张": "sheets",
    "部": "units",
    "篇": "articles",
    "批": "batches",
    "类": "categories",
    "宗": "cases",
    "栋": "buildings",
    "间": "rooms",
    "株": "plants",
    "棵": "trees",
    "头": "head",
    "只": "animals",
    "种": "kinds",
    "倍": "times",
    "岁": "years of age",
    "千伏": "kV",
    "分钟": "minutes",
    "乡": "townships",
    "镇": "towns",
    "村": "villages",
    "床": "beds",
    "列": "trains",
    "班": "runs",
    "架次": "flights",
    "例": "cases",
    "册": "volumes",
    "块": "pieces",
    "根": "pieces",
    "场次": "events",
    "户次": "household-times",
    "辆次": "vehicle-times",
    "艘次": "vessel-times",
    "批次": "batches",
    "件次": "item-times",
    "台套": "sets",
    "轮": "rounds",
    "轮次": "rounds",
}


def _decimal(value: float) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _grouped(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or 0):,}"
    return sign + whole + (f".{fraction.rstrip('0')}" if fraction.rstrip("0") else "")


def format_english_magnitude(value: float) -> str:
    """``5820000000`` → ``5.82 billion``; ``350000`` → ``350,000``; exact, no rounding."""
    exact = _decimal(value)
    for size, name in _SCALES:
        if abs(exact) >= size:
            return f"{_grouped(exact / size)} {name}"
    return _grouped(exact)


def unit_name(base_unit: str) -> str:
    """A base unit in English, or the unit itself when it has no English name here."""
    numerator, slash, per = base_unit.rpartition("/")
    if slash and base_unit not in UNIT_NAMES and numerator in UNIT_NAMES:
        return f"{UNIT_NAMES[numerator]} per {per}"  # 元/月 → yuan per 月
    return UNIT_NAMES.get(base_unit, base_unit)
