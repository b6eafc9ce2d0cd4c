"""Recognise quantitative figures in a paragraph and say what each means.

Where the numbers and units are is :mod:`candidates`' job (Arabic, full-width and Chinese numerals,
ranges, rates). This module gives each figure its qualifier, bound, kind, direction and label:

- ``qualifier``: every qualifier word as written, in reading order, one space apart (``达到 以上``,
  ``新增 约``). A filter on 以上 finds every figure written with it. A clause-opening verb
  (新增, 累计) governs every figure of its clause (``新增网签安置房9120套、79.94万平方米``) but not
  one that has its own verb or names itself a total (``新增…16家、总数达到98家``: 达到 only).
- ``bound``: what the bound words mean (:mod:`bounds`): about, at_least, at_most, more_than.
- ``kind``: ``growth`` is a rate of change (a percentage or 倍 after 增长, 下降 …); ``change`` an
  amount of change (个百分点, a figure after a change word: 再提高20元, after a change verb opening
  its words: 压减粗钢产量3000万吨) or a new addition (新增, 净增: 城镇新增就业1256万人);
  ``level`` anything else: a stock (440.5亿元, 失业率5.5%), a level reached (提高到67%) or a
  cumulative total, which keeps 累计 in its qualifier (累计上线产品69个). New, cumulative and stock
  counts are thus told apart by kind plus qualifier.
- ``direction``: up or down for growth and change figures (:mod:`direction`), empty for levels.
- ``label``: what is measured (:mod:`labels`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from workreport.core.importer import figure_rules as rules
from workreport.core.importer.bounds import bound_of, join_qualifier
from workreport.core.importer.candidates import (
    find_candidates,
    match_prefix,
    match_suffix,
    name_spans,
)
from workreport.core.importer.direction import (
    DIRECTION_OF,
    EQUIVALENCE_WORDS,
    NOT_AFTER_OPENING_VERB,
    NOT_AFTER_SUPER,
    OPENING_CHANGE_VERBS,
    QUALITY_VERBS,
    SUPER,
    Direction,
    comparative_before,
    direction_of,
)
from workreport.core.importer.labels import (
    LabelContext,
    derive_label,
    level_subject,
    subject_before,
)
from workreport.core.importer.numerals import ascii_digits, compact_digits
from workreport.core.importer.sentences import Stops
from workreport.core.importer.shared_verb import share_verb
from workreport.core.importer.subjects import (
    colon_subject,
    dated_link,
    subject_of,
    takes_subject_before,
    with_subject,
)
from workreport.core.units import UNITS_BY_NAME, Dimension, normalise, parse_value

__all__ = ["ALL_KINDS", "Figure", "FigureKind", "find_figures", "name_spans"]


class FigureKind:
    """Names of figure kinds (plain strings in the JSON format)."""

    LEVEL = "level"
    GROWTH = "growth"
    CHANGE = "change"


ALL_KINDS: tuple[str, ...] = (FigureKind.LEVEL, FigureKind.GROWTH, FigureKind.CHANGE)

_CHANGE_WORDS = tuple(sorted(rules.CHANGE_WORDS, key=len, reverse=True))
_DIRECTION_WORDS = tuple(sorted(DIRECTION_OF, key=len, reverse=True))
_COUNTING = frozenset({Dimension.COUNT, Dimension.ORGANISATIONS, Dimension.PEOPLE})


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


def _skip_fillers(text: str, pos: int, end: int) -> int:
    moved = True
    while moved:
        moved = False
        filler = match_prefix(text, pos, rules.LABEL_FILLERS)
        if filler and pos + len(filler) <= end:
            pos += len(filler)
            moved = True
    return pos


def _change_word_before(text: str, pos: int) -> str:
    """The change word (增长, 下降 …) written right before ``pos``, through 了/为; or empty."""
    link = match_suffix(text, pos, rules.CHANGE_WORD_LINKS)
    return match_suffix(text, pos - len(link), _CHANGE_WORDS) or match_suffix(
        text, pos, _CHANGE_WORDS
    )


def _qualifiers_before(text: str, pos: int) -> list[str]:
    """The qualifier words written right before ``pos``, in reading order (累计 达到, 净增 超过)."""
    words: list[str] = []
    while len(words) < 3 and (word := match_suffix(text, pos, rules.QUALIFIERS_BEFORE)):
        words.insert(0, word)
        pos -= len(word)
    return words


def _opening_change_verb(text: str, words_start: int, number_start: int) -> str:
    """A change verb that governs the figure's words: 压减粗钢产量3000万吨 → 压减,
    为实体经济降低成本110多亿元 → 降低; or empty.

    The verb is the last one in the figure's words, at most ``CHANGE_VERB_REACH`` characters
    before the number; not when the number is the level reached (提高到67%, 降至4%).
    """
    verb, at = "", -1
    for word in OPENING_CHANGE_VERBS:
        found = text.rfind(
            word, max(words_start, number_start - rules.CHANGE_VERB_REACH), number_start
        )
        if found > at:
            verb, at = word, found
    if not verb or text.startswith(NOT_AFTER_OPENING_VERB, at + len(verb)):
        return ""
    if verb == SUPER and text.startswith(NOT_AFTER_SUPER, at + len(verb)):
        return ""  # 超大城市, 超级计算中心: words of their own
    between = text[at + len(verb) : number_start]
    if not between or any(char in rules.NOT_BETWEEN_VERB_AND_NUMBER for char in between):
        return ""  # 提高而增加的产值占62%: the verb belongs to another phrase
    if "、" in between and between[between.rfind("、") + 1 :].startswith(rules.PHRASE_VERBS):
        return ""  # 提高城乡居民基础养老金、惠及549万人: a phrase of its own after the 、
    if text.endswith(rules.LEVEL_LINKS, 0, number_start):
        return ""
    return verb


def _counts_works(
    text: str, verb: str, number_start: int, counting: bool, counted_after: bool
) -> bool:
    """Whether a count after ``verb`` (提升, 提高) counts what is upgraded rather than changes: the
    thing counted follows (提升100家…机构), or the verb is part of a verb of works or of a noun
    (改造提升, 新建提升, 提升发展, 便捷性提升项目)."""
    if verb not in QUALITY_VERBS or not counting:
        return False
    at = text.rfind(verb, 0, number_start)
    return (
        counted_after
        or text.endswith(rules.WORKS_VERBS, 0, at)
        or text.startswith(rules.AFTER_WORKS_VERB, at + len(verb))
    )


def _last_direction_word(text: str, start: int, end: int) -> str:
    """The last change or comparison word in ``text[start:end]`` (高于全国0.7个百分点 → 高于)."""
    best, best_at = "", -1
    for word in _DIRECTION_WORDS:
        at = text.rfind(word, start, end)
        if at > best_at:
            best, best_at = word, at
    return best


def _names_new(text: str, start: int, end: int) -> bool:
    """The figure's words say it is a new addition: 城镇新增就业1200万人 (not 新增长点)."""
    for verb in rules.NEW_VERBS:
        at = text.find(verb, start, end)
        if at >= 0 and not text.startswith("长", at + len(verb)):
            return True
    return False


def _kind(dimension: str, change_word: str, new: bool) -> str:
    if dimension == Dimension.PERCENTAGE_POINTS:
        return FigureKind.CHANGE
    if change_word and dimension in (Dimension.PERCENT, Dimension.MULTIPLE):
        return FigureKind.GROWTH
    if change_word or (new and dimension not in (Dimension.PERCENT, Dimension.MULTIPLE)):
        return FigureKind.CHANGE  # 新增就业1256万人; but 新增工业用地不低于70% is a share
    return FigureKind.LEVEL


def _value(number: str, high: str) -> tuple[float, float | None]:
    return parse_value(number), (parse_value(high) if high else None)


def find_figures(text: str) -> list[Figure]:
    """Every figure in one paragraph, in reading order."""
    original = text
    written, where = compact_digits(text)
    text = ascii_digits(written)
    candidates = find_candidates(text)
    stops = Stops(text)  # written has the same stops at the same places
    figures: list[Figure] = []
    previous_end = 0
    previous_label = ""
    previous_subject = ""
    previous_change_word = ""
    previous_unit = ""
    previous_direction = ""
    previous_sentence_start = -1
    shared_subjects: list[str] = []  # the subjects of the sentence's last 分别 list
    levels_before: list[str] = []  # the subjects of the sentence's levels since its last change
    shared: dict[int, tuple[str, str]] = {}  # candidate index → (label, change word) of a 分别 list
    for index, candidate in enumerate(candidates):
        start, unit = candidate.start, candidate.unit
        clause_start = stops.clause_start(start)
        before_words = _qualifiers_before(text, start)
        number_start = start - sum(map(len, before_words))
        segment_start = max(clause_start, previous_end)
        if previous_end > clause_start:
            # words up to the first 、 after a figure still belong to it: 1.4万亿斤新台阶、亩产提升
            comma = text.find("、", previous_end, start)
            segment_start = comma + 1 if comma >= 0 else segment_start
        opening_at = _skip_fillers(text, clause_start, start)
        opening = match_prefix(text, opening_at, rules.QUALIFIERS_OPENING_CLAUSE)
        spread = opening_at < segment_start  # the verb opened the clause before an earlier figure
        if opening and (
            opening_at + len(opening) > number_start
            or (spread and any(word in rules.VERB_QUALIFIERS for word in before_words))
            or (spread and any(w in text[segment_start:start] for w in rules.TOTAL_WORDS))
        ):
            opening = ""  # the figure's own verb, or a total that names itself
        words = [opening, *before_words, unit.approximate, candidate.after]
        if (
            not opening
            and rules.CUMULATIVE not in before_words
            and text.find(rules.CUMULATIVE, segment_start, number_start) >= 0
        ):
            words.insert(0, rules.CUMULATIVE)  # 五年累计减税5.4万亿元: a cumulative total
        qualifier = join_qualifier(words)

        sentence_start, sentence_end = stops.sentence_bounds(start)
        sentence = written[sentence_start:sentence_end].strip()
        same_sentence = sentence_start == previous_sentence_start
        following = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        unit_rule = UNITS_BY_NAME[unit.unit]
        context = LabelContext(
            text=text,
            segment_start=segment_start,
            number_start=number_start,
            unit_end=candidate.end,
            phrase_end=following,
            opening_qualifier=opening,
            inherited=previous_label if same_sentence else "",
            dimension=unit_rule.dimension,
        )
        label = derive_label(context)
        change_word = _change_word_before(text, number_start)
        if (
            context.inherited
            and label == context.inherited
            and not text[previous_end:number_start].strip("、，, ")
        ):
            change_word = previous_change_word  # 增长7%以上、力争达到8%: the same measure

        in_shared_list = index in shared
        if in_shared_list:
            label, change_word = shared[index]
        elif rules.SHARED_VERB_MARK in label:
            subjects_before = shared_subjects if same_sentence else []
            from_labels = not subjects_before and same_sentence
            if from_labels:
                subjects_before = (
                    levels_before  # 游客超10.9亿人次，旅游总收入超1.3万亿元，分别增长…
                )
            shared = share_verb(
                candidates, index, text, label, change_word, subjects_before, from_labels
            )
            subjects = label.partition(rules.SHARED_VERB_MARK)[0].split("、")
            shared_subjects = subjects if all(subjects) else subjects_before
            label = shared.get(index, (label, ""))[0]
        elif (
            same_sentence
            and previous_subject
            and takes_subject_before(label, unit.unit, previous_subject)
            and (
                text[previous_end:start].startswith(("、", "，", ","))
                or clause_start < previous_end  # 由八亿二千万吨增加到十亿七千万吨
            )
        ):
            if not change_word and unit.unit == previous_unit and (link := dated_link(label)):
                change_word = previous_change_word  # GDP年均增长6.5%，2024年为5.8%: growth too
                label = label[: len(label) - len(link)] + change_word if change_word else label
            label = with_subject(previous_subject, label)  # 国内生产总值达到134.9万亿元、增长5%
        elif not label and change_word and same_sentence:
            label = previous_subject + change_word

        if not label.strip(rules.SHARED_VERB_MARK):
            # a 分别 list with no subject of its own: the figure before, the subject of a clause
            # before (粮食每亩平均年产量，在三种不同的地区，分别达到四百斤), or the figure itself
            label = (
                previous_label
                if same_sentence and previous_label
                else subject_before(context) or text[start : unit.end]
            )
        elif label in _CHANGE_WORDS and not (same_sentence and previous_subject):
            label = colon_subject(text, sentence_start, start) + label  # 发电量：…，增长一点二倍
        counted_after = text[candidate.end : candidate.end + 1] not in rules.PHRASE_DELIMITERS
        counting = unit_rule.dimension in _COUNTING
        if _counts_works(text, change_word, number_start, counting, counted_after):
            change_word = ""  # 提升100家县级特用供养机构服务水平 counts institutions
        if not change_word:
            words_start = _skip_fillers(text, segment_start, number_start)
            change_word = _opening_change_verb(text, words_start, number_start)
            if _counts_works(text, change_word, number_start, counting, counted_after):
                change_word = ""  # 提高…等5项标准, 改造提升老旧厂房40处: counts, not a change
        if not change_word:
            change_word = comparative_before(text, clause_start, number_start)  # 比去年预算低
        normalised = normalise(candidate.number, unit.magnitude, unit.unit, unit.per)
        new = any(word in rules.NEW_VERBS for word in words) or _names_new(
            text, segment_start, number_start
        )
        kind = _kind(normalised.dimension, change_word, new)
        direction = ""
        if kind != FigureKind.LEVEL:
            word = change_word or _last_direction_word(text, segment_start, number_start)
            direction = direction_of(word) or (Direction.UP if new else "")
            if not direction and (in_shared_list or label == context.inherited != ""):
                direction = previous_direction  # 分别高于全省2.2个和3.7个百分点
            if not direction and same_sentence and _equated(text, clause_start, number_start):
                direction = previous_direction  # 相当于5年前1.5个百分点的增量
        value, high = _value(candidate.number, candidate.high)
        figures.append(
            Figure(
                start=start,
                end=unit.end,
                value=value,
                unit=unit.magnitude + unit.unit + (f"/{unit.per}" if unit.per else ""),
                qualifier=qualifier,
                base_value=normalised.base_value,
                base_unit=normalised.base_unit,
                dimension=normalised.dimension,
                label=level_subject(label) if kind == FigureKind.LEVEL else label,
                sentence=sentence,
                high=high,
                kind=kind,
                direction=direction,
                bound=bound_of(words),
            )
        )
        previous_end = candidate.end
        previous_label = label
        previous_subject = subject_of(label)
        previous_change_word = change_word
        previous_unit = unit.unit
        previous_direction = direction
        if not same_sentence:
            levels_before = []
        levels_before = [*levels_before, subject_of(label)] if kind == FigureKind.LEVEL else []
        previous_sentence_start = sentence_start
    if where is not None:
        stops = Stops(original)
        figures = [_placed(figure, where, stops) for figure in figures]
    return figures


def _equated(text: str, clause_start: int, number_start: int) -> bool:
    return any(text.find(word, clause_start, number_start) >= 0 for word in EQUIVALENCE_WORDS)


def _placed(figure: Figure, where: list[int], stops: Stops) -> Figure:
    """The figure with its positions and its sentence in the text as written, spaces between
    digits included (the reading without them has the same sentence ends)."""
    start = where[figure.start]
    return replace(
        figure, start=start, end=where[figure.end - 1] + 1, sentence=stops.sentence_at(start)
    )
