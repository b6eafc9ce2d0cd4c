"""Numbers as written in older reports: full-width digits and Chinese numerals.

``４３８００亿元`` is read as ``43800亿元``: full-width digits map one to one onto ASCII digits, so
positions in the text do not move (:func:`ascii_digits`). ``百分之十一点八`` is 11.8%,
``千分之五`` 5‰, ``八百二十七亿一千万元`` 827.1亿元 (the value is given in the largest magnitude
written, as a reader would say it), ``三亿零四百七十五万吨`` 3.0475亿吨, ``两千亿元`` 2000亿元,
``三百多万吨`` 300万吨 with 多. The conversion of a numeral to its value is cn2an's (MIT), which
reads the numerals of the corpus right except the older 万万 for 亿 (``六万万人民``), which is
rewritten before it is asked; numerals it refuses (a trailing 点) give no figure. Both are tested
in ``tests/core/test_numerals.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# and the full-width slash of a unit per unit: 38微克／立方米 (云南)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．／", "0123456789./")
_ANY_FULL_WIDTH = re.compile("[０-９．／]")

# A Chinese numeral starts with a digit or 十 (千亿, 百万 and 万 alone are magnitudes, not
# numerals: 突破千亿元 is read by the magnitude rule in candidates.py).
CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL = re.compile(
    "(?:["
    + CHINESE_DIGITS[2:]
    + "十]["
    + CHINESE_DIGITS
    + "十百千万亿]*(?:点["
    + CHINESE_DIGITS
    + "]+)?|[零〇]点["  # or a fraction below one: 零点八 is 0.8 (增长零点八倍)
    + CHINESE_DIGITS
    + "]+)"
)

# The decimal point of a Chinese numeral: 一点二 is 1.2.
DECIMAL_POINT = "点"

# Written before a numeral to make a fraction: 百分之十一点八 is 11.8%.
FRACTION_PREFIXES: dict[str, str] = {"百分之": "%", "千分之": "‰", "万分之": "‱"}

# A numeral right after one of these is vague or an ordinal, not a figure: 几十万, 数十亿, 第十一.
NOT_AFTER = "几数第星"

# A numeral of one digit (八项规定, 两个确立, 四个现代化) is a figure only before these units;
# a count of ten or fewer in Chinese numerals (十大关系) is a set phrase, not a figure.
SINGLE_DIGIT_UNITS: frozenset[str] = frozenset({"倍", "%", "‰", "‱"})
SMALLEST_CHINESE_COUNT = 11

_MAGNITUDE_VALUES: tuple[tuple[str, int], ...] = (("万亿", 10**12), ("亿", 10**8), ("万", 10**4))


# Digits written one space apart (1998: ``7 4 7 7 2 亿元``, ``8 ．8 ％``).
_SPACED_DIGITS = re.compile(r"[0-9.][ \u3000][0-9.．]")
_SPACE_AFTER_DIGIT = frozenset(" \u3000")


def compact_digits(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the spaces written after digits, when it spaces its digits apart, and where
    each character of the result stands in ``text`` (None when nothing was removed).

    ``1 9 9 7 年国内生产总值7 4 7 7 2 亿元`` → ``1997年国内生产总值74772亿元``.
    """
    if not _SPACED_DIGITS.search(text):
        return text, None
    kept: list[int] = []
    for i, char in enumerate(text):
        if char in _SPACE_AFTER_DIGIT and i and text[i - 1] in "0123456789.．":
            continue
        kept.append(i)
    return "".join(text[i] for i in kept), kept


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits, points and slashes as ASCII (same length, same positions)."""
    # str.translate looks up every character: most paragraphs have no full-width digit at all
    return text.translate(_FULL_WIDTH) if _ANY_FULL_WIDTH.search(text) else text


def is_single_digit(numeral: str) -> bool:
    return len(numeral) == 1 and numeral in CHINESE_DIGITS


@lru_cache(maxsize=4096)  # a report writes the same numerals again and again; cn2an is slow
def numeral_value(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral (``八百二十七亿一千万`` → 82710000000), or None."""
    if numeral.endswith("点") or numeral.count("点") > 1:
        return None
    import cn2an  # a few milliseconds to load its tables: only when a report has such numerals

    try:
        value = cn2an.cn2an(_modern(numeral), "normal")
    except (ValueError, KeyError, IndexError):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _modern(numeral: str) -> str:
    """万万 is the older 亿 (1950s: 六万万人民); cn2an does not read it."""
    return numeral.replace("万万", "亿")


def _decimal_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def split_magnitude(numeral: str, value: Decimal) -> tuple[str, str]:
    """The value as digits in the largest magnitude the numeral writes, and that magnitude.

    ``八百二十七亿一千万`` → (``827.1``, ``亿``); ``一千五百万`` → (``1500``, ``万``);
    ``一千二百`` → (``1200``, ``""``).
    """
    numeral = _modern(numeral)
    for name, factor in _MAGNITUDE_VALUES:
        written = numeral.endswith(name) if name == "万亿" else name in numeral
        if written and value >= factor:
            return _decimal_text(value / factor), name
    return _decimal_text(value), ""


_SMALL_DIGITS = "一二三四五六七八九"
_SMALL_VALUES = {digit: n for n, digit in enumerate(_SMALL_DIGITS, 1)} | {"两": 2}


def neighbour_range(text: str, start: int, number: str, high: str) -> tuple[int, str, str] | None:
    """The start, low and high of neighbouring digits read as one number (the number at ``start``
    of ``text``, ASCII digits, its high end ``high``), or None.

    二、三十亿斤, 一、二千万亩, 二、三百亿度, 两、三倍: the digit before and the round number's own
    first digit are a range of round numbers (20 to 30亿斤), not the second alone; 两三倍, 三四个百分点,
    一两倍: two neighbouring digits together are a range (2 to 3倍), never 23 or 34.
    """
    if high or not number[:1].isdigit():
        return None
    pair = text[start : start + 2]
    if len(number) == 2 and len(pair) == 2 and all(c in _SMALL_VALUES for c in pair):
        low_value, high_value = _SMALL_VALUES[pair[0]], _SMALL_VALUES[pair[1]]
        if high_value == low_value + 1 and number == f"{low_value}{high_value}":
            return start, number[0], number[1]
    if start < 2 or text[start - 1] != "、":
        return None
    before = text[start - 2]
    if before not in _SMALL_VALUES or (
        start > 2 and text[start - 3] in _SMALL_DIGITS + "十百千万第"
    ):
        return None
    if number[1:].strip("0") or int(number[0]) != _SMALL_VALUES[before] + 1:
        return None
    return start - 2, str(int(number[0]) - 1) + number[1:], number
