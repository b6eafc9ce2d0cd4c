"""Recognise quantitative figures in a paragraph: number, magnitude, unit, qualifiers, label.

A figure is an Arabic number followed by a unit from :mod:`workreport.core.units`, optionally with
余/多 between them. Digits that are not figures are skipped: years and dates have no unit
(``2022年``, ``1月16日``), ordinals follow 第 (``第23届``), and names are quoted
(``“15分钟服务圈”``, ``《资本力量》1+6系列``) or glued to letters (``PM2.5``, ``5G``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workreport.core.importer import figure_rules as rules
from workreport.core.importer.labels import LabelContext, derive_label
from workreport.core.units import (
    MAGNITUDES,
    UNITS_BY_NAME,
    UNITS_WITHOUT_MAGNITUDE,
    normalise,
    parse_value,
)

_NUMBER = re.compile(r"(?<![0-9A-Za-z.．+])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![0-9A-Za-z])")
_UNITS_LONGEST_FIRST = sorted(UNITS_BY_NAME, key=len, reverse=True)
_MAGNITUDES_LONGEST_FIRST = sorted(MAGNITUDES, key=len, reverse=True)
# 3个多月: the approximate mark sits inside the unit.
_SPLIT_UNITS = {"个多月": ("个月", "多")}


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
    return any(start < position < end for start, end in spans)


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
    return max(text.rfind(d, 0, pos) for d in rules.CLAUSE_DELIMITERS) + 1


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(t, 0, pos) for t in rules.SENTENCE_TERMINATORS) + 1
    ends = [i for t in rules.SENTENCE_TERMINATORS if (i := text.find(t, pos)) >= 0]
    end = min(ends) + 1 if ends else len(text)
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
    return _Unit(pos + len(unit), magnitude, unit, approximate)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    number: str
    unit: _Unit
    after: str  # qualifier after the unit

    @property
    def end(self) -> int:
        return self.unit.end + len(self.after)


def _candidates(text: str) -> list[_Candidate]:
    names = name_spans(text)
    found: list[_Candidate] = []
    for match in _NUMBER.finditer(text):
        start = match.start()
        if _inside(start, names) or text.endswith(rules.NOT_BEFORE_A_FIGURE, 0, start):
            continue
        unit = _read_unit(text, match.end())
        if unit is not None:
            after = _match_prefix(text, unit.end, rules.QUALIFIERS_AFTER)
            found.append(_Candidate(start, match.group(), unit, after))
    return found


def find_figures(text: str) -> list[Figure]:
    """Every figure in one paragraph, in reading order."""
    candidates = _candidates(text)
    figures: list[Figure] = []
    previous_end = 0
    previous_label = ""
    previous_sentence_start = -1
    for index, candidate in enumerate(candidates):
        start, unit = candidate.start, candidate.unit
        clause_start = _clause_start(text, start)
        before = _match_suffix(text, start, rules.QUALIFIERS_BEFORE)
        opening_at = _skip_fillers(text, clause_start, start)
        opening = _match_prefix(text, opening_at, rules.QUALIFIERS_OPENING_CLAUSE)
        if opening and opening_at + len(opening) > start - len(before):
            opening = ""  # the same word as the qualifier right before the number
        qualifier = opening + before + unit.approximate + candidate.after

        sentence = _sentence_at(text, start)
        sentence_start = text.rfind(sentence, 0, start + 1)
        following = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        context = LabelContext(
            text=text,
            segment_start=max(clause_start, previous_end),
            number_start=start - len(before),
            unit_end=candidate.end,
            phrase_end=following,
            opening_qualifier=opening,
            inherited=previous_label if sentence_start == previous_sentence_start else "",
        )
        label = derive_label(context)
        normalised = normalise(candidate.number, unit.magnitude, unit.unit)
        figures.append(
            Figure(
                start=start,
                end=unit.end,
                value=parse_value(candidate.number),
                unit=unit.magnitude + unit.unit,
                qualifier=qualifier,
                base_value=normalised.base_value,
                base_unit=normalised.base_unit,
                dimension=normalised.dimension,
                label=label,
                sentence=sentence,
            )
        )
        previous_end = candidate.end
        previous_label = label
        previous_sentence_start = sentence_start
    return figures
