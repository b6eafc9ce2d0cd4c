"""Chinese numerals, full-width and spaced digits: what cn2an reads, and what we do around it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workreport.core.importer.figures import find_figures
from workreport.core.importer.numerals import (
    ascii_digits,
    compact_digits,
    numeral_value,
    split_magnitude,
)


@pytest.mark.parametrize(
    ("numeral", "value", "as_written"),
    [
        ("八百二十七亿一千万", 82_710_000_000, ("827.1", "亿")),  # 1950s
        ("三亿零四百七十五万", 304_750_000, ("3.0475", "亿")),
        ("两千亿", 200_000_000_000, ("2000", "亿")),
        ("十一点八", Decimal("11.8"), ("11.8", "")),
        ("一千五百万", 15_000_000, ("1500", "万")),
        ("一万亿", 10**12, ("1", "万亿")),
        ("一百零五万", 1_050_000, ("105", "万")),
        ("三十七万五千", 375_000, ("37.5", "万")),
        ("一〇五", 105, ("105", "")),
    ],
)
def test_cn2an_reads_these_right(numeral: str, value: Decimal, as_written: tuple[str, str]) -> None:
    got = numeral_value(numeral)
    assert got == value
    assert got is not None and split_magnitude(numeral, got) == as_written


def test_cases_cn2an_does_not_read_are_handled_around_it() -> None:
    # 万万 is the older 亿: cn2an refuses it, we rewrite it first
    assert numeral_value("六万万") == 600_000_000
    [figure] = find_figures("经过六万万人克勤克俭的努力。")  # 1955
    assert (figure.value, figure.unit) == (6, "亿人")
    # a trailing 点 is no number (cn2an would read 五点 as 5)
    assert numeral_value("五点") is None
    # vague numbers are no figures: 几十万人, 数十亿元
    assert find_figures("几十万人参加，投入数十亿元。") == []


def test_full_width_and_spaced_digits_keep_their_positions() -> None:
    assert ascii_digits("４３８００亿元") == "43800亿元"
    text = "1 9 9 7 年国内生产总值7 4 7 7 2 亿元"
    compact, where = compact_digits(text)
    assert compact == "1997年国内生产总值74772亿元"
    assert where is not None and text[where[compact.index("7", 10)]] == "7"
    [figure] = find_figures(text)
    assert text[figure.start : figure.end] == "7 4 7 7 2 亿元"
    assert compact_digits("增长5%，达到2.5亿元") == ("增长5%，达到2.5亿元", None)
