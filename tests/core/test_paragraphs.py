from __future__ import annotations

from workreport.core.importer.headings import CHAPTER_RULES, section_rules
from workreport.core.importer.outline import heading_predicate
from workreport.core.importer.paragraphs import join_broken_lines
from workreport.core.model import Report

_ARTICLE_CHAPTERS = next(rule for rule in CHAPTER_RULES if rule.name.startswith("two phrases"))


def _join(*lines: str) -> list[str]:
    rules = section_rules(_ARTICLE_CHAPTERS)
    return join_broken_lines(list(lines), heading_predicate(_ARTICLE_CHAPTERS, rules, str))


def test_page_break_fragments_join_the_next_paragraph() -> None:
    assert _join("新增18家,累计达到", "", "41家,新增99家。") == ["新增18家,累计达到41家,新增99家。"]
    assert _join("驰诚股份获证监会批准。战", "新产业增加值达57.6%。") == [
        "驰诚股份获证监会批准。战新产业增加值达57.6%。"
    ]
    assert _join("持续做实;“一", "\u3000老一小”服务更加完善。") == [
        "持续做实;“一老一小”服务更加完善。"
    ]


def test_paragraphs_ending_in_punctuation_stay_apart() -> None:
    assert _join("第一段。", "第二段!", "“第三段。”", "第四段;") == [
        "第一段。",
        "第二段!",
        "“第三段。”",
        "第四段;",
    ]


def test_a_fragment_never_swallows_a_heading() -> None:
    lines = [
        "…… 记者 孙庆辉 文/图",
        "",
        "持续强化创新引领 创新能力实现新跃升",
        "研发创新。投入58.2亿元。",
    ]
    assert _join(*lines) == lines[:1] + lines[2:]


def test_the_articles_three_page_breaks_are_joined(zhengzhou: Report) -> None:
    text = "\n".join(s.text() for s in zhengzhou.sections)
    assert "累计达到41家" in text
    assert "战新产业增加值占高技术制造业的比重达57.6%" in text
    assert "“一老一小”服务更加完善" in text
    assert "服务能力不断强化,累计上线" in text
    assert "中央八项规定及其实施细则精神" in text
