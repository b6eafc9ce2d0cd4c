"""Recognise quantitative figures in a paragraph: number, magnitude, unit, qualifiers, label, kind.

A figure is an Arabic number followed by a unit from :mod:`workreport.core.units`, optionally with
余/多 between them; a range of two such numbers (``5.0%—5.5%``, ``1—2个``); or a round Chinese
numeral after a qualifier (``突破千亿元``). Digits that are not figures are skipped: years and dates
have no unit (``2022年``, ``1月16日``), ordinals follow 第 (``第23届``), and names are quoted
(``“15分钟服务圈”``, ``《资本力量》1+6系列``) or glued to letters (``PM2.5``, ``5G``). A unit
followed by ``/`` (``元/月``, ``万吨/日``) is a rate this module does not know: no figure is made.

Each figure has a kind: a ``growth`` rate (a percentage after 增长, 下降, 涨幅 …), a ``change`` (a
difference: 个百分点, or another figure after a change word: 再提高20元) or a ``level`` (anything
else: 440.5亿元, 失业率5.5%).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from workreport.core.importer import figure_rules as rules
from workreport.core.importer.labels import LabelContext, derive_label
from workreport.core.units import (
    CHINESE_ROUND_NUMBERS,
    MAGNITUDES,
    UNITS_BY_NAME,
    UNITS_NEEDING_MAGNITUDE,
    UNITS_WITHOUT_MAGNITUDE,
    Dimension,
    normalise,
    parse_value,
)


class FigureKind:
    """Names of figure kinds (plain strings in the JSON format)."""

    LEVEL = "level"
    GROWTH = "growth"
    CHANGE = "change"


ALL_KINDS: tuple[str, ...] = (FigureKind.LEVEL, FigureKind.GROWTH, FigureKind.CHANGE)

_NUMBER = re.compile(r"(?<![0-9A-Za-z.．+])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![0-9])")
_UNITS_LONGEST_FIRST = sorted(UNITS_BY_NAME, key=len, reverse=True)
_MAGNITUDES_LONGEST_FIRST = sorted(MAGNITUDES, key=len, reverse=True)
_CHANGE_WORDS = tuple(sorted(rules.CHANGE_WORDS, key=len, reverse=True))
# 3个多月: the approximate mark sits inside the unit.
_SPLIT_UNITS = {"个多月": ("个月", "多")}
_CHINESE_MAGNITUDE = re.compile(
    "(?:"
    + "|".join(sorted(rules.CHINESE_MAGNITUDE_QUALIFIERS, key=len, reverse=True))
    + ")(?P<numeral>["
    + "".join(CHINESE_ROUND_NUMBERS)
    + "]?)(?=万亿|亿|万)"
)
_RATE_SLASHES = "/／"
# A run of more digits than this is an id or noise, not a figure (and no float holds 400 digits).
MAX_FIGURE_DIGITS = 20
# How far from a figure a sentence or clause end is looked for: the corpus's longest sentence
# holding a figure has 386 characters; a paragraph without any end is cut this far either side,
# which keeps the search (and the sentence kept with each figure) bounded: linear time.
SENTENCE_WINDOW = 400


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in a paragraph; ``start``/``end`` cover number through unit."""

    start: int
    end: int
    value: float
    unit: str  # as written, with its magnitude: 亿元, 万㎡
    qualifier: str
    base_value: float
    base_unit: str
    dimension: str
    label: str
    sentence: str
    high: float | None = None  # the upper end of a range (5.0%—5.5% → 5.5)
    kind: str = FigureKind.LEVEL
    direction: str = ""  # up, down, or empty (see Indicator.direction)
    bound: str = ""  # about, at_least, at_most, more_than, or empty (see Indicator.bound)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside quotation or title marks, outermost only."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if stack and char == rules.NAME_BRACKETS[stack[-1][0]]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif char in rules.NAME_BRACKETS:
            stack.append((char, i))
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` is inside one of ``spans`` (sorted, not overlapping): a binary search,
    so that a paragraph of many names and figures takes linear time."""
    index = bisect.bisect_left(spans, (position, position)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def _match_prefix(text: str, pos: int, options: tuple[str, ...] | list[str]) -> str:
    for option in options:
        if text.startswith(option, pos):
            return option
    return ""


def _match_suffix(text: str, end: int, options: tuple[str, ...]) -> str:
    for option in options:
        if text.endswith(option, 0, end):
            return option
    return ""


def _clause_start(text: str, pos: int) -> int:
    lowest = max(0, pos - SENTENCE_WINDOW)
    found = max(text.rfind(d, lowest, pos) for d in rules.CLAUSE_DELIMITERS)
    return found + 1 if found >= 0 else lowest


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    lowest, highest = max(0, pos - SENTENCE_WINDOW), pos + SENTENCE_WINDOW
    found = max(text.rfind(t, lowest, pos) for t in rules.SENTENCE_TERMINATORS)
    start = found + 1 if found >= 0 else lowest
    ends = [i for t in rules.SENTENCE_TERMINATORS if (i := text.find(t, pos, highest)) >= 0]
    end = min(ends) + 1 if ends else min(len(text), highest)
    return start, end


def _sentence_at(text: str, pos: int) -> str:
    start, end = _sentence_bounds(text, pos)
    return text[start:end].strip()


def _skip_fillers(text: str, pos: int, end: int) -> int:
    moved = True
    while moved:
        moved = False
        filler = _match_prefix(text, pos, rules.LABEL_FILLERS)
        if filler and pos + len(filler) <= end:
            pos += len(filler)
            moved = True
    return pos


@dataclass(frozen=True, slots=True)
class _Unit:
    end: int
    magnitude: str
    unit: str  # without magnitude
    approximate: str


def _read_unit(text: str, pos: int) -> _Unit | None:
    """Read ``[余|多][magnitude][余|多]unit`` at ``pos``; None when no unit follows."""
    approximate = _match_prefix(text, pos, rules.APPROXIMATE_MARKS)
    pos += len(approximate)
    magnitude = _match_prefix(text, pos, _MAGNITUDES_LONGEST_FIRST)
    pos += len(magnitude)
    if not approximate:
        approximate = _match_prefix(text, pos, rules.APPROXIMATE_MARKS)
        pos += len(approximate)
    for written, (unit, mark) in _SPLIT_UNITS.items():
        if text.startswith(written, pos) and not approximate:
            return _Unit(pos + len(written), magnitude, unit, mark)
    unit = _match_prefix(text, pos, _UNITS_LONGEST_FIRST)
    if not unit or (magnitude and unit in UNITS_WITHOUT_MAGNITUDE):
        return None
    if unit in UNITS_NEEDING_MAGNITUDE and not magnitude:
        return None
    end = pos + len(unit)
    if text[end : end + 1] in _RATE_SLASHES and end < len(text):
        return None  # 元/月, 万吨/日: a rate whose unit the table does not know
    if unit[0].isascii() and text[end : end + 1].isascii() and text[end : end + 1].isalnum():
        return None  # EFlopsX is a longer word, not the unit
    return _Unit(end, magnitude, unit, approximate)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    number: str  # as written; a Chinese numeral's value as digits
    unit: _Unit
    after: str  # qualifier after the unit
    high: str = ""  # the upper end of a range, as written

    @property
    def end(self) -> int:
        return self.unit.end + len(self.after)


def _range_end(text: str, pos: int, first: _Unit | None) -> tuple[str, _Unit] | None:
    """The upper end of a range that starts with a number ending at ``pos``, if one follows."""
    dash_at = first.end if first is not None else pos
    if text[dash_at : dash_at + 1] not in rules.RANGE_DASHES or dash_at >= len(text):
        return None
    match = _NUMBER.match(text, dash_at + 1)
    if match is None or len(match.group()) > MAX_FIGURE_DIGITS:
        return None
    second = _read_unit(text, match.end())
    if second is None or second.approximate:
        return None
    if first is not None and (first.unit, first.magnitude, first.approximate) != (
        second.unit,
        second.magnitude,
        "",
    ):
        return None
    return match.group(), second


def _arabic_candidates(text: str, names: list[tuple[int, int]]) -> list[_Candidate]:
    found: list[_Candidate] = []
    consumed = 0
    for match in _NUMBER.finditer(text):
        start = match.start()
        if start < consumed or len(match.group()) > MAX_FIGURE_DIGITS:
            continue
        if _inside(start, names) or text.endswith(rules.NOT_BEFORE_A_FIGURE, 0, start):
            continue
        unit = _read_unit(text, match.end())
        high = _range_end(text, match.end(), unit) if not (unit and unit.approximate) else None
        if high is not None:
            high_number, unit = high
        elif unit is None:
            continue
        after = _match_prefix(text, unit.end, rules.QUALIFIERS_AFTER)
        found.append(
            _Candidate(start, match.group(), unit, after, high_number if high is not None else "")
        )
        consumed = unit.end
    return found


def _chinese_candidates(text: str, names: list[tuple[int, int]]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _CHINESE_MAGNITUDE.finditer(text):
        start = match.start("numeral")
        if _inside(start, names):
            continue
        unit = _read_unit(text, match.end())
        if unit is None or not unit.magnitude or unit.approximate:
            continue
        if text[unit.end : unit.end + 1] in rules.CHINESE_MAGNITUDE_NOT_BEFORE:
            continue
        numeral = match.group("numeral")
        number = str(CHINESE_ROUND_NUMBERS[numeral]) if numeral else "1"
        after = _match_prefix(text, unit.end, rules.QUALIFIERS_AFTER)
        found.append(_Candidate(start, number, unit, after))
    return found


def _candidates(text: str) -> list[_Candidate]:
    names = name_spans(text)
    found = _arabic_candidates(text, names)
    if "亿" in text or "万" in text:
        found.extend(_chinese_candidates(text, names))
        found.sort(key=lambda c: c.start)
    return found


def _change_word_before(text: str, pos: int) -> str:
    """The change word (增长, 下降 …) written right before ``pos``, through 了/为; or empty."""
    link = _match_suffix(text, pos, rules.CHANGE_WORD_LINKS)
    return _match_suffix(text, pos - len(link), _CHANGE_WORDS) or _match_suffix(
        text, pos, _CHANGE_WORDS
    )


def _kind(dimension: str, change_word: str) -> str:
    if dimension == Dimension.PERCENTAGE_POINTS:
        return FigureKind.CHANGE
    if change_word and dimension == Dimension.PERCENT:
        return FigureKind.GROWTH
    if change_word:
        return FigureKind.CHANGE
    return FigureKind.LEVEL


def _value(number: str, high: str) -> tuple[float, float | None]:
    return parse_value(number), (parse_value(high) if high else None)


def _shared_list(candidates: list[_Candidate], index: int, text: str) -> int:
    """How many figures from ``index`` on form one list joined by 、 (分别增长4.8%、7.2%)."""
    count = 1
    while index + count < len(candidates):
        previous, following = candidates[index + count - 1], candidates[index + count]
        if text[previous.end : following.start] not in rules.SHARED_LIST_SEPARATORS:
            break
        count += 1
    return count


def find_figures(text: str) -> list[Figure]:
    """Every figure in one paragraph, in reading order."""
    candidates = _candidates(text)
    figures: list[Figure] = []
    previous_end = 0
    previous_label = ""
    previous_subject = ""
    previous_change_word = ""
    previous_sentence_start = -1
    shared: dict[int, tuple[str, str]] = {}  # candidate index → (label, change word) of a 分别 list
    for index, candidate in enumerate(candidates):
        start, unit = candidate.start, candidate.unit
        clause_start = _clause_start(text, start)
        before = _match_suffix(text, start, rules.QUALIFIERS_BEFORE)
        opening_at = _skip_fillers(text, clause_start, start)
        opening = _match_prefix(text, opening_at, rules.QUALIFIERS_OPENING_CLAUSE)
        if opening and opening_at + len(opening) > start - len(before):
            opening = ""  # the same word as the qualifier right before the number
        qualifier = opening + before + unit.approximate + candidate.after

        sentence_start, _ = _sentence_bounds(text, start)
        sentence = _sentence_at(text, start)
        same_sentence = sentence_start == previous_sentence_start
        following = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        segment_start = max(clause_start, previous_end)
        if previous_end > clause_start:
            # words up to the first 、 after a figure still belong to it: 1.4万亿斤新台阶、亩产提升
            comma = text.find("、", previous_end, start)
            segment_start = comma + 1 if comma >= 0 else segment_start
        unit_rule = UNITS_BY_NAME[unit.unit]
        context = LabelContext(
            text=text,
            segment_start=segment_start,
            number_start=start - len(before),
            unit_end=candidate.end,
            phrase_end=following,
            opening_qualifier=opening,
            inherited=previous_label if same_sentence else "",
            dimension=unit_rule.dimension,
        )
        label = derive_label(context)
        change_word = _change_word_before(text, start - len(before))
        if context.inherited and not text[segment_start : start - len(before)].strip("、，, "):
            change_word = previous_change_word  # 增长7%以上、力争达到8%: the same measure

        if index in shared:
            label, change_word = shared[index]
        elif rules.SHARED_VERB_MARK in label:
            shared = _share_verb(candidates, index, text, label, change_word)
            label = shared.get(index, (label, ""))[0]
        elif (
            same_sentence
            and previous_subject
            and (label in _CHANGE_WORDS or label.startswith(rules.COMPARISON_OPENERS))
            and text[previous_end:start].startswith(("、", "，", ","))
        ):
            label = previous_subject + label  # 国内生产总值达到134.9万亿元、增长5%
        elif not label and change_word and same_sentence:
            label = previous_subject + change_word
        normalised = normalise(candidate.number, unit.magnitude, unit.unit)
        value, high = _value(candidate.number, candidate.high)
        figures.append(
            Figure(
                start=start,
                end=unit.end,
                value=value,
                unit=unit.magnitude + unit.unit,
                qualifier=qualifier,
                base_value=normalised.base_value,
                base_unit=normalised.base_unit,
                dimension=normalised.dimension,
                label=label,
                sentence=sentence,
                high=high,
                kind=_kind(normalised.dimension, change_word),
            )
        )
        previous_end = candidate.end
        previous_label = label
        previous_subject = _subject(label)
        previous_change_word = change_word
        previous_sentence_start = sentence_start
    return figures


def _subject(label: str) -> str:
    """A label without the change word it ends with: 国内生产总值增长 → 国内生产总值."""
    word = _match_suffix(label, len(label), _CHANGE_WORDS)
    return label[: len(label) - len(word)] if word else label


def _share_verb(
    candidates: list[_Candidate], index: int, text: str, label: str, change_word: str
) -> dict[int, tuple[str, str]]:
    """Labels for a list of figures that share one verb through 分别.

    ``规上工业增加值、社会消费品零售总额分别增长4.8%、7.2%``: as many subjects as figures, so each
    figure takes its own (规上工业增加值增长, 社会消费品零售总额增长). Otherwise every figure takes
    the whole label without 分别 (城乡居民人均可支配收入分别增长4.7%、6.6% → 城乡居民人均可支配收入增长).
    """
    subjects, _, verb = label.partition(rules.SHARED_VERB_MARK)
    count = _shared_list(candidates, index, text)
    parts = subjects.split("、")
    if len(parts) == count and count > 1 and all(len(part) >= 2 for part in parts):
        labels = [part + verb for part in parts]
    else:
        labels = [subjects + verb] * count
    return {index + i: (labels[i], change_word) for i in range(count)}
