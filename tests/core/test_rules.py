"""Every rule of the importer against the examples it carries: one test for them all.

A rule is a heading style (headings.py), a clean-up step (normalise.py), a detection signal
(detect.py), the target opener (targets.py) or the level table (divisions.py). Supporting a new
style is one rule plus its examples; this test then checks it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workreport.core.importer import detect, divisions, headings, normalise, targets


def _cases() -> Iterator[tuple[str, str, bool]]:
    """(rule name, text, whether the rule must match) for every example of every rule."""
    for rule in headings.CHAPTER_RULES:
        yield from ((rule.name, e, True) for e in rule.examples)
        yield from ((rule.name, e, False) for e in rule.counter_examples)
    for section_rule in headings.SECTION_RULES:
        yield from ((section_rule.name, e, True) for e in section_rule.examples)
        yield from ((section_rule.name, e, False) for e in section_rule.counter_examples)
    yield from (("dash lead line", e, True) for e in headings.DASH_EXAMPLES)
    yield from (("dash lead line", e, False) for e in headings.DASH_COUNTER_EXAMPLES)
    for rule in (headings.LEAD_RULE, headings.LINE_LEAD_RULE):
        yield from ((rule.name, e, True) for e in rule.examples)
        yield from ((rule.name, e, False) for e in rule.counter_examples)
    yield from (("target opener", e, True) for e in targets.EXAMPLES)
    yield from (("target opener", e, False) for e in targets.COUNTER_EXAMPLES)
    yield from (("stated target", e, True) for e in targets.STATED_EXAMPLES)
    yield from (("stated target", e, False) for e in targets.STATED_COUNTER_EXAMPLES)


def _matches(name: str, text: str) -> bool:
    for rule in headings.CHAPTER_RULES:
        if rule.name == name:
            return rule.pattern.match(text) is not None
    for section_rule in headings.SECTION_RULES:
        if section_rule.name == name:
            return section_rule.pattern.match(text) is not None
    if name == "dash lead line":
        return headings.match_lead(text) is not None
    if name == "stated target":
        return targets.is_stated_target(text)
    if name == headings.LINE_LEAD_RULE.name:
        return headings.match_lead_line(text) is not None
    if name == headings.LEAD_RULE.name:
        return headings.match_lead(text) is not None
    return targets.TARGET_OPENER.search(text) is not None


@pytest.mark.parametrize(("name", "text", "expected"), list(_cases()))
def test_heading_and_target_rules(name: str, text: str, expected: bool) -> None:
    assert _matches(name, text) is expected


def test_every_rule_has_examples() -> None:
    for rule in headings.CHAPTER_RULES:
        assert rule.examples and rule.counter_examples, rule.name
    for section_rule in headings.SECTION_RULES:
        assert section_rule.examples and section_rule.counter_examples, section_rule.name
    for step in (*normalise.CLEANUP, *normalise.READING):
        assert step.examples, step.name
    for signal in detect.SIGNALS:
        assert signal.passes and signal.refused, signal.name


@pytest.mark.parametrize("step", [*normalise.CLEANUP, *normalise.READING], ids=lambda s: s.name)
def test_cleanup_steps(step: normalise.CleanupRule | normalise.CleanupStep) -> None:
    for given, expected in step.examples:
        assert step.apply(given) == expected, given
    for given in step.counter_examples:
        assert step.apply(given) == given, given


@pytest.mark.parametrize("signal", detect.SIGNALS, ids=lambda s: s.name)
def test_detection_signals(signal: detect.Signal) -> None:
    for text in signal.passes:
        assert not signal.refuses(detect.measure(text)), text[:30]
    for text in signal.refused:
        assert signal.refuses(detect.measure(text)), text[:30]


@pytest.mark.parametrize(("region", "level"), divisions.EXAMPLES)
def test_levels(region: str, level: str) -> None:
    assert divisions.level_of(region) == level


def test_short_lines_alone_are_an_abstracts_chapters_but_not_pieces_of_a_cut_sentence() -> None:
    abstract = [
        "周恩来总理在报告中提出了今后发展国民经济的任务。",
        "国民经济的成就和今后的建设任务",
        "周恩来总理说，我国国民经济已经全面好转。",
        "国际形势和我国对外工作",
        "周恩来总理报告的第三部分是关于国际形势和我国对外工作。",
    ]
    rule = headings.chapter_rule_for(abstract)
    assert rule is not None and rule.alone  # 1964
    cut = [
        "我们第一届全国人民代表大会第一次会议，在听取了《",
        "关于宪法草案的报告",
        "》并进行了三天的讨论以后，已经光荣地完成了任务。",
        "国际形势和我国对外工作",
        "周恩来总理报告的第三部分是关于国际形势和我国对外工作。",
    ]
    assert headings.chapter_rule_for(cut) is None  # 1954: a title cut out of its sentence


def test_a_list_runs_on_where_reading_chapters_would_restart_a_list_at_three() -> None:
    from workreport.core.importer.chapters import ChapterSequence

    # 1986: chapters 一 二, items 一 二 三 四 五 of chapter 二, chapter 三 with items 一…六, chapter 四
    numbers = [
        "一、",
        "二、",
        "一、",
        "二、",
        "三、",
        "四、",
        "五、",
        "三、",
        "一、",
        "二、",
        "三、",
        "四、",
        "五、",
        "六、",
        "四、",
    ]
    values = [1, 2, 1, 2, 3, 4, 5, 3, 1, 2, 3, 4, 5, 6, 4]
    sequence = ChapterSequence(ahead=list(enumerate(values)))
    opened = [sequence.opens_chapter(n, at) for at, n in enumerate(numbers)]
    assert [n for n, chapter in zip(numbers, opened, strict=True) if chapter] == [
        "一、", "二、", "三、", "四、",
    ]  # fmt: skip
    assert opened[4] is False and opened[7] is True
    plain = ChapterSequence(ahead=list(enumerate([1, 2, 1, 2, 3, 1])))
    assert [plain.opens_chapter(n, at) for at, n in enumerate(["一、", "二、", "一、", "二、", "三、", "一、"])] == [
        True, True, False, False, True, False,
    ]  # fmt: skip
