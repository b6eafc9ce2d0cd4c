"""Where the figures of a paragraph are: numbers, their units, ranges; not yet what they mean.

A candidate is an Arabic number (ASCII digits; full-width digits are mapped to them first), a
Chinese numeral (``八百二十七亿一千万元``, ``百分之十一点八``) or a round Chinese magnitude after a
qualifier (``突破千亿元``), followed by ``[余|多][magnitude][余|多]unit[/per-unit]``. A range is two
numbers with one unit between ``— － - – ~ ～ 至 到`` (``6.5%－7%``, ``5%至5.5%``, ``1—2个``,
``百分之二十到三十``). Not candidates: numbers without a unit (years, dates), after 第 (ordinals),
inside quotation or title marks (names), glued to letters (PM2.5, 5G), classes before 级
(``30万吨级进港航道``), and small counts in Chinese numerals (八项规定, 两个确立).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workreport.core.importer import figure_rules as rules
from workreport.core.importer import numerals
from workreport.core.importer.classes import is_class, is_denominator
from workreport.core.importer.halves import half_after
from workreport.core.importer.names import inside as _inside
from workreport.core.importer.names import name_spans as name_spans
from workreport.core.importer.wordlists import match_prefix as match_prefix
from workreport.core.importer.wordlists import match_suffix as match_suffix
from workreport.core.units import (
    CHINESE_ROUND_NUMBERS,
    MAGNITUDES,
    PER_UNITS,
    RATE_NUMERATORS,
    UNITS_BY_NAME,
    UNITS_NEEDING_MAGNITUDE,
    UNITS_WITHOUT_MAGNITUDE,
    Dimension,
)

# Thousands are grouped with an ASCII or a full-width comma (1980: 粮食产量33，212万吨).
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z.．+])(?:\d{1,3}(?:,\d{3})+(?![0-9])|\d{1,3}(?:，\d{3})+(?![0-9])|\d+)"
    r"(?:\.\d+)?(?![0-9])"
)
# A paragraph opening with an item number run into a count: 8.6个重大科技专项 is item 8, 6个.
_LIST_NUMBER = re.compile(r"\d{1,2}\.\d+$")
_COUNTED = frozenset({Dimension.COUNT, Dimension.ORGANISATIONS, Dimension.PEOPLE})


def _counts(unit: Unit) -> bool:
    return not unit.magnitude and UNITS_BY_NAME[unit.unit].dimension in _COUNTED


# A run of more digits than this is an id or noise, not a figure (and no float holds 400 digits).
MAX_FIGURE_DIGITS = 20
# 3个多月: the approximate mark sits inside the unit.
_SPLIT_UNITS = {"个多月": ("个月", "多")}
_CHINESE_MAGNITUDE = re.compile(
    "(?:"
    + "|".join(sorted(rules.CHINESE_MAGNITUDE_QUALIFIERS, key=len, reverse=True))
    + ")(?P<numeral>["
    + "".join(CHINESE_ROUND_NUMBERS)
    + "]?)(?=万亿|亿|万)"
)
_CHINESE_FIGURE = re.compile(
    "(?P<fraction>" + "|".join(numerals.FRACTION_PREFIXES) + ")?"
    "(?P<numeral>" + numerals.CHINESE_NUMERAL.pattern + ")"
)
_RATE_SLASHES = "/／"


def _alternation(options: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that matches the longest of ``options`` at a position."""
    return re.compile("|".join(re.escape(o) for o in sorted(options, key=len, reverse=True)))


_UNIT_AT = _alternation(list(UNITS_BY_NAME))
_MAGNITUDE_AT = _alternation(list(MAGNITUDES))
_PER_UNIT_AT = _alternation(list(PER_UNITS))


def _at(pattern: re.Pattern[str], text: str, pos: int) -> str:
    match = pattern.match(text, pos)
    return match.group() if match else ""


_UNIT_GLOSS = re.compile(
    r"[（(](?:" + "|".join(u for u in UNITS_BY_NAME if len(u) == 1 and not u.isascii()) + r")[）)]"
)
# 分别高于全省2.2个和3.7个百分点: the first 个 is short for 个百分点.
_POINTS_FOLLOW = re.compile(r"[和、及与][0-9.]+个百分点")
_COUNTING_DIMENSIONS = frozenset(
    {Dimension.COUNT, Dimension.ORGANISATIONS, Dimension.PEOPLE, Dimension.HOUSEHOLDS}
)


@dataclass(frozen=True, slots=True)
class Unit:
    end: int
    magnitude: str
    unit: str  # without magnitude
    approximate: str
    per: str = ""  # the unit after a slash: 元/月 → 月


def _per_unit(text: str, end: int, unit: str) -> str | None:
    """The per-unit after a slash (``元/月`` → 月); None when the slash starts no rate we know."""
    per = _at(_PER_UNIT_AT, text, end + 1)
    if not per or UNITS_BY_NAME[unit].dimension not in RATE_NUMERATORS:
        return None
    return per


def read_unit(text: str, pos: int, *, magnitude_before: bool = False) -> Unit | None:
    """Read ``[余|多][magnitude][余|多]unit[/per]`` at ``pos``; None when no unit follows.

    A magnitude that leaves no unit after it is part of the unit: 1000千伏, 500千瓦.
    ``magnitude_before``: the number holds its magnitude (七十二亿六千万度), so a unit that needs one
    (度, 方) may follow it straight away.
    """
    return _read_unit(text, pos, with_magnitude=True) or _read_unit(
        text, pos, with_magnitude=False, magnitude_before=magnitude_before
    )


def _read_unit(
    text: str, pos: int, *, with_magnitude: bool, magnitude_before: bool = False
) -> Unit | None:
    approximate = match_prefix(text, pos, rules.APPROXIMATE_MARKS)
    pos += len(approximate)
    magnitude = _at(_MAGNITUDE_AT, text, pos) if with_magnitude else ""
    pos += len(magnitude)
    if not approximate:
        approximate = match_prefix(text, pos, rules.APPROXIMATE_MARKS)
        pos += len(approximate)
    for written, (unit, mark) in _SPLIT_UNITS.items():
        if text.startswith(written, pos) and not approximate:
            return Unit(pos + len(written), magnitude, unit, mark)
    unit = _at(_UNIT_AT, text, pos)
    if not unit or (magnitude and unit in UNITS_WITHOUT_MAGNITUDE):
        return None
    if unit in UNITS_NEEDING_MAGNITUDE and not (magnitude or magnitude_before):
        return None
    end = pos + len(unit)
    following = text[end : end + 1]
    if following and following in rules.NOT_AFTER_A_UNIT.get(unit, ""):
        return None  # 人民, 多元化: the unit's character starts a word
    if following in _RATE_SLASHES and end < len(text):
        per = _per_unit(text, end, unit)
        if per is None:
            return None  # 万吨/年 yes, 件/万人 a rate this module does not know: no figure
        return Unit(end + 1 + len(per), magnitude, unit, approximate, per)
    if unit[0].isascii() and following.isascii() and following.isalnum():
        return None  # EFlopsX is a longer word, not the unit
    if bracket := _UNIT_GLOSS.match(text, end):
        end = (
            bracket.end()
        )  # 12.4万套（间）, 15万台（套）: the other classifier is part of the unit
    return Unit(end, magnitude, unit, approximate)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    number: str  # as written in digits; a Chinese numeral's value as digits
    unit: Unit
    after: str  # qualifier after the unit
    high: str = ""  # the upper end of a range, as digits

    @property
    def end(self) -> int:
        return self.unit.end + len(self.after)


def _same_unit(first: Unit, second: Unit) -> bool:
    return (first.unit, first.magnitude, first.per, first.approximate) == (
        second.unit,
        second.magnitude,
        second.per,
        "",
    )


def _range_end(text: str, pos: int, first: Unit | None) -> tuple[str, Unit] | None:
    """The upper end of a range that starts with a number ending at ``pos``, if one follows."""
    dash_at = first.end if first is not None else pos
    dash = match_prefix(text, dash_at, rules.RANGE_DASHES)
    if not dash:
        return None
    match = _NUMBER.match(text, dash_at + len(dash))
    if match is None or len(match.group()) > MAX_FIGURE_DIGITS:
        return None
    second = read_unit(text, match.end())
    if second is None or second.approximate:
        return None
    if first is not None and not _same_unit(first, second):
        return None
    return match.group(), second


def _is_class(text: str, unit: Unit, start: int) -> bool:
    """30万吨级进港航道, 5000万元以上重点项目: a class, not an amount (see classes)."""
    return is_class(text, start, unit.end, UNITS_BY_NAME[unit.unit].dimension)


def _with_half(text: str, number: str, unit: Unit) -> tuple[str, Unit]:
    """``number`` and ``unit`` with the half that follows the unit, if one does (see halves)."""
    if unit.magnitude or unit.approximate or unit.per:
        return number, unit
    half = half_after(text, number, unit.unit, unit.end)
    if half is None:
        return number, unit
    value, end, name = half
    return value, Unit(end, "", name, "")


def _arabic_candidates(text: str, names: list[tuple[int, int]]) -> list[Candidate]:
    found: list[Candidate] = []
    consumed = 0
    for match in _NUMBER.finditer(text):
        start = match.start()
        if start < consumed or len(match.group()) > MAX_FIGURE_DIGITS:
            continue
        if _inside(start, names) or text.endswith(rules.NOT_BEFORE_A_FIGURE, 0, start):
            continue
        if is_denominator(text, start, match.end()):
            continue
        unit = read_unit(text, match.end())
        high = _range_end(text, match.end(), unit) if not (unit and unit.approximate) else None
        if high is not None:
            high_number, unit = high
        elif unit is None:
            unit = implied_people(text, start, match.end(), needs_magnitude=True)
            if unit is None:
                continue
        if _is_class(text, unit, start):
            consumed = unit.end
            continue
        number = match.group()
        if start == 0 and _LIST_NUMBER.match(number) and _counts(unit):
            dot = number.index(".")  # 8.6个重大科技专项: item 8 of a list, then 6个
            start, number = dot + 1, number[dot + 1 :]
        if unit.unit == "个" and _POINTS_FOLLOW.match(text, unit.end):
            unit = Unit(unit.end, "", "个百分点", unit.approximate)  # 2.2个和3.7个百分点
        if high is None:
            number, unit = _with_half(text, number, unit)
        after = match_prefix(text, unit.end, rules.QUALIFIERS_AFTER)
        found.append(Candidate(start, number, unit, after, high_number if high is not None else ""))
        consumed = unit.end
    return found


def _round_magnitude_candidates(text: str, names: list[tuple[int, int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _CHINESE_MAGNITUDE.finditer(text):
        start = match.start("numeral")
        if _inside(start, names):
            continue
        unit = read_unit(text, match.end())
        if unit is None or not unit.magnitude or unit.approximate or _is_class(text, unit, start):
            continue
        if text.startswith(tuple(rules.CHINESE_MAGNITUDE_NOT_BEFORE), unit.end):
            continue
        numeral = match.group("numeral")
        number = str(CHINESE_ROUND_NUMBERS[numeral]) if numeral else "1"
        after = match_prefix(text, unit.end, rules.QUALIFIERS_AFTER)
        found.append(Candidate(start, number, unit, after))
    return found


# People counted with no unit written: 人口 (人数, 人才, 就业) right before the number or 人口 after
# it (人口8.14亿, 人才74万, 三千六百万的少数民族人口), or a noun of people after (rules.PEOPLE_NOUNS).
_PEOPLE_BEFORE = re.compile(r"(?:人口|人数|人才|就业)(?:总数)?(?:有|达到|达|约|为|共|超过)?$")
_THRESHOLD_OF_A_CLASS = ("以上的", "以下的", "以内的")
_NO_STOP = r"的?[^，,。；;、：:0-9（(“]"
_PEOPLE_AFTER = re.compile(_NO_STOP + r"{0,6}?人口|" + _NO_STOP + "{0,4}?" + rules.PEOPLE_NOUNS)


def implied_people(text: str, start: int, pos: int, *, needs_magnitude: bool) -> Unit | None:
    """The unit 人 of a number of people whose unit is not written (see _PEOPLE_BEFORE/_AFTER)."""
    approximate = match_prefix(text, pos, rules.APPROXIMATE_MARKS)
    magnitude = _at(_MAGNITUDE_AT, text, pos + len(approximate)) if needs_magnitude else ""
    if needs_magnitude and not magnitude:
        return None
    end = pos + len(approximate) + len(magnitude)
    if not approximate:
        approximate = match_prefix(text, end, rules.APPROXIMATE_MARKS)
        end += len(approximate)
    if text.startswith(_THRESHOLD_OF_A_CLASS, end):
        return None  # 人口20万以上的县: a class of counties, not a number of people
    if _PEOPLE_BEFORE.search(text, max(0, start - 8), start) or _PEOPLE_AFTER.match(text, end):
        return Unit(end, magnitude, "人", approximate)
    return None


def _chinese_number(numeral: str) -> tuple[str, str] | None:
    value = numerals.numeral_value(numeral)
    return None if value is None else numerals.split_magnitude(numeral, value)


def _chinese_range_end(text: str, pos: int, fraction: str) -> tuple[str, int] | None:
    """百分之二十到三十, 百分之四至百分之五: the high end's value and where it ends."""
    dash = match_prefix(text, pos, rules.RANGE_DASHES)
    if not dash:
        return None
    at = pos + len(dash)
    at += len(fraction) if text.startswith(fraction, at) else 0
    match = numerals.CHINESE_NUMERAL.match(text, at)
    if match is None or (value := numerals.numeral_value(match.group())) is None:
        return None
    return numerals.split_magnitude("", value)[0], match.end()


def _chinese_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    numeral, fraction = match.group("numeral"), match.group("fraction")
    if (
        not fraction
        and numerals.is_single_digit(numeral)
        and not text.startswith("倍", match.end())
    ):
        return None  # 一是, 进一步, 两个确立: the common case, answered before reading a unit
    if fraction:
        high = _chinese_range_end(text, match.end(), fraction)
        value = numerals.numeral_value(numeral)
        if value is None:
            return None
        end = high[1] if high else match.end()
        percent = Unit(end, "", numerals.FRACTION_PREFIXES[fraction], "")
        after = match_prefix(text, end, rules.QUALIFIERS_AFTER)
        digits = numerals.split_magnitude("", value)[0]
        return Candidate(match.start(), digits, percent, after, high[0] if high else "")
    written_magnitude = any(m in numeral for m in "万亿")
    unit = read_unit(text, match.end(), magnitude_before=written_magnitude)
    if unit is None and written_magnitude:
        unit = implied_people(text, match.start(), match.end(), needs_magnitude=False)
    if (
        unit is None
        or (written_magnitude and unit.magnitude)
        or _is_class(text, unit, match.start())
    ):
        return None
    dimension = UNITS_BY_NAME[unit.unit].dimension
    if numerals.is_single_digit(numeral) and unit.unit not in numerals.SINGLE_DIGIT_UNITS:
        return None
    number = _chinese_number(numeral)
    if number is None:
        return None
    digits, magnitude = number
    small = float(digits) < numerals.SMALLEST_CHINESE_COUNT
    decimal = numerals.DECIMAL_POINT in numeral  # 一点二所: an average, never a set phrase
    if dimension in _COUNTING_DIMENSIONS and small and not (magnitude or unit.magnitude or decimal):
        return None  # 十大关系, 八项规定: a set phrase
    if magnitude:
        unit = Unit(unit.end, magnitude, unit.unit, unit.approximate, unit.per)
    digits, unit = _with_half(text, digits, unit)
    after = match_prefix(text, unit.end, rules.QUALIFIERS_AFTER)
    return Candidate(match.start(), digits, unit, after)


def _chinese_candidates(text: str, names: list[tuple[int, int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _CHINESE_FIGURE.finditer(text):
        start = match.start()
        if _inside(start, names) or (start and text[start - 1] in numerals.NOT_AFTER):
            continue
        candidate = _chinese_candidate(text, match)
        if candidate is not None:
            found.append(_neighbour_range(text, candidate))
    return found


def _neighbour_range(text: str, candidate: Candidate) -> Candidate:
    """二、三十亿斤, 两三倍: a range of neighbouring round numbers (see numerals.neighbour_range)."""
    found = numerals.neighbour_range(text, candidate.start, candidate.number, candidate.high)
    if found is None:
        return candidate
    start, low, high = found
    return Candidate(start, low, candidate.unit, candidate.after, high)


def find_candidates(text: str) -> list[Candidate]:
    """Every candidate figure of ``text`` (ASCII digits: see numerals.ascii_digits), in order."""
    names = name_spans(text)
    found = _arabic_candidates(text, names)
    if "亿" in text or "万" in text:
        found.extend(_round_magnitude_candidates(text, names))
    if numerals.CHINESE_NUMERAL.search(text):
        found.extend(_chinese_candidates(text, names))
    found.sort(key=lambda c: c.start)
    kept: list[Candidate] = []
    for candidate in found:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept
