"""The rule tables carry their own examples: every bound and direction row is run here."""

from __future__ import annotations

import pytest

from tests.core.figure_examples import EXAMPLES
from workreport.core.importer import classes
from workreport.core.importer.bounds import BOUND_RULES, bound_of, join_qualifier
from workreport.core.importer.direction import COMPARATIVE_RULES, DIRECTION_RULES
from workreport.core.importer.figure_rules import LEVEL_REACHED_EXAMPLES
from workreport.core.importer.figures import find_figures
from workreport.core.importer.labels import level_subject

BOUND_EXAMPLES = [(rule.bound, text) for rule in BOUND_RULES for text in rule.examples]
BOUND_COUNTER = [(rule.bound, text) for rule in BOUND_RULES for text in rule.counter_examples]
_DIRECTIONS = (*DIRECTION_RULES, *COMPARATIVE_RULES)
DIRECTION_EXAMPLES = [(rule.direction, t) for rule in _DIRECTIONS for t in rule.examples]
DIRECTION_COUNTER = [(rule.direction, t) for rule in _DIRECTIONS for t in rule.counter_examples]


@pytest.mark.parametrize(("bound", "text"), BOUND_EXAMPLES)
def test_bound_examples(bound: str, text: str) -> None:
    assert bound in [f.bound for f in find_figures(text)], find_figures(text)


@pytest.mark.parametrize(("bound", "text"), BOUND_COUNTER)
def test_bound_counter_examples(bound: str, text: str) -> None:
    figures = find_figures(text)
    assert figures
    assert bound not in [f.bound for f in figures], figures


@pytest.mark.parametrize(("direction", "text"), DIRECTION_EXAMPLES)
def test_direction_examples(direction: str, text: str) -> None:
    assert direction in [f.direction for f in find_figures(text)], find_figures(text)


@pytest.mark.parametrize(("direction", "text"), DIRECTION_COUNTER)
def test_direction_counter_examples(direction: str, text: str) -> None:
    figures = find_figures(text)
    assert figures
    assert direction not in [f.direction for f in figures], figures


def test_qualifier_keeps_every_word_apart_so_a_filter_finds_it() -> None:
    assert join_qualifier(["", "达到", "", "以上"]) == "达到 以上"
    assert bound_of(["达到", "以上"]) == "at_least"
    assert bound_of(["约", "左右"]) == "about"
    assert bound_of(["新增", "累计"]) == ""
    [figure] = find_figures("城镇新增就业力争达到1200万人以上。")
    assert (figure.qualifier, figure.bound) == ("力争达到 以上", "at_least")
    assert "以上" in figure.qualifier.split()


@pytest.mark.parametrize(("rule", "text", "written", "fields"), EXAMPLES)
def test_hand_read_examples(
    rule: str, text: str, written: str, fields: dict[str, object] | None
) -> None:
    found = [f for f in find_figures(text) if text[f.start : f.end] == written]
    if fields is None:
        assert not found, (rule, found)
        return
    assert len(found) == 1, (rule, find_figures(text))
    got = {name: getattr(found[0], name) for name in fields}
    assert got == fields, rule


@pytest.mark.parametrize(("label", "subject"), LEVEL_REACHED_EXAMPLES)
def test_a_level_label_keeps_its_subject_not_its_verb(label: str, subject: str) -> None:
    assert level_subject(label) == subject


def test_a_level_reached_is_labelled_by_what_reaches_it() -> None:
    [figure] = find_figures("常住人口城镇化率提高到67%。")
    assert (figure.label, figure.kind) == ("常住人口城镇化率", "level")
    [figure] = find_figures("社会物流总费用占地区生产总值的比重下降至14.2%。")
    assert figure.label == "社会物流总费用占地区生产总值的比重"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("今年经济增长速度的宏观调控目标，定为百分之八至九。", "经济增长速度的宏观调控目标"),
        ("全年粮食总产量，为6.5亿吨。", "粮食总产量"),
        # a 分别 list with no subject of its own, over a clause that frames it (1960)
        (
            "粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。",
            "粮食每亩平均年产量",
        ),
        (
            "棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤和一百斤皮棉。",
            "棉花的亩产量",
        ),
        # own words that only say where a level comes from, or when (1985, 1997, 1960)
        ("城乡居民的平均消费水平，由一百七十五元提高到二百八十八元。", "城乡居民的平均消费水平"),
        ("组建城市合作银行的大中城市，由３５个增加到１００个。", "组建城市合作银行的大中城市"),
        ("各种农作物的良种推广面积，一九五九年达到十八亿亩。", "各种农作物的良种推广面积"),
        ("粮食：达到三千八百五十六亿斤。", "粮食"),  # named before the colon (1955)
    ],
)
def test_a_link_verb_alone_takes_its_subject_from_the_clause_before(
    sentence: str, label: str
) -> None:
    assert {figure.label for figure in find_figures(sentence)} == {label}


def test_a_figure_with_its_own_verb_keeps_it_after_a_comma() -> None:
    [figure] = find_figures("全年粮食总产量，增长2.1%。")
    assert figure.label != "粮食总产量" and "增长" in figure.label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("从废墟中抢救生还者8.4万人。", "从废墟中抢救生还者"),  # 从 a place: its own words
        ("社办的研究组织，有七千六百九十个，从业人员有三万八千多人。", "从业人员"),
    ],
)
def test_from_a_place_is_not_from_a_level(sentence: str, label: str) -> None:
    assert find_figures(sentence)[-1].label == label


def test_a_chinese_fraction_below_one_is_read() -> None:
    [level, growth] = find_figures("机制纸：从三十七万吨增加到六十五万吨，增长零点八倍。")[1:]
    assert (level.label, level.value) == ("机制纸", 65)
    assert (growth.label, growth.value, growth.unit, growth.direction) == (
        "机制纸增长",
        0.8,
        "倍",
        "up",
    )
    [fall] = find_figures("零售价格下降百分之零点三。")
    assert (fall.value, fall.unit, fall.direction) == (0.3, "%", "down")
    assert find_figures("零点钟开会。") == []


@pytest.mark.parametrize("text", classes.EXAMPLES)
def test_a_threshold_of_money_or_age_before_what_it_sorts_is_no_figure(text: str) -> None:
    figures = find_figures(text)
    assert not [f for f in figures if f.dimension in classes.THRESHOLD_DIMENSIONS], figures


@pytest.mark.parametrize("text", classes.COUNTER_EXAMPLES)
def test_a_bound_that_is_an_amount_stays_a_figure(text: str) -> None:
    figures = find_figures(text)
    assert [f for f in figures if f.bound == "at_least"], figures
