from __future__ import annotations

import pytest

from workreport.core.importer.figures import find_figures
from workreport.core.units import ALL_DIMENSIONS, UNIT_RULES, dimension_of, normalise


@pytest.mark.parametrize(
    ("written", "base_value", "base_unit", "dimension"),
    [
        ("58.2亿元", 5_820_000_000, "元", "money"),
        ("6764.5万元", 67_645_000, "元", "money"),
        ("1.2万亿元", 1_200_000_000_000, "元", "money"),
        ("35万㎡", 350_000, "平方米", "area"),
        ("10.77万平方米", 107_700, "平方米", "area"),
        ("272.5平方公里", 272_500_000, "平方米", "area"),
        ("1.6万人", 16_000, "人", "people"),
        ("6875名", 6875, "人", "people"),
        ("19888人次", 19888, "人次", "person_times"),
        ("25公里", 25_000, "米", "length"),
        ("10.6%", 10.6, "%", "percent"),
        ("230天", 230, "天", "duration"),
        ("1800家", 1800, "家", "organisations"),
        ("3015件", 3015, "件", "count"),
    ],
)
def test_normalisation(written: str, base_value: float, base_unit: str, dimension: str) -> None:
    [figure] = find_figures("共" + written + "。")
    assert (figure.base_value, figure.base_unit, figure.dimension) == (
        base_value,
        base_unit,
        dimension,
    )
    assert type(figure.base_value) is type(base_value)  # exact: 58.2亿 is an integer of 元


def test_normalisation_is_exact_decimal_arithmetic() -> None:
    assert normalise("0.1", "亿", "元").base_value == 10_000_000
    assert normalise("58.2", "亿", "元").base_value == 5_820_000_000


def test_money_and_organisations_never_share_a_dimension() -> None:
    assert dimension_of("亿元") != dimension_of("家")
    assert dimension_of("万㎡") == dimension_of("平方公里") == "area"


def test_every_unit_has_a_known_dimension() -> None:
    assert {rule.dimension for rule in UNIT_RULES} <= set(ALL_DIMENSIONS)
    # a dimension's units all normalise to base units of that dimension
    for rule in UNIT_RULES:
        assert dimension_of(rule.base_unit) == rule.dimension
