"""Keyword in context: every occurrence, exactly where it is.

The positions below were found by counting characters in the source text by hand.
"""

from __future__ import annotations

from workreport.core.keywords import ALL_TEXT, BODY_ONLY, TextKind
from workreport.core.kwic import Occurrence, find_all, occurrences
from workreport.core.model import Report, path_title

CHAPTER_1 = "持续强化创新引领 创新能力实现新跃升"
CHAPTER_5 = "全面统筹发展安全 民生福祉得到新改善"


def _title(report: Report, occurrence: Occurrence) -> str:
    """The titles of the section an occurrence's address resolves to ("" for the headline)."""
    if not occurrence.section_id:
        return ""
    return path_title(report.section_path(occurrence.section_id))


def _where(
    report: Report, found: list[Occurrence]
) -> list[tuple[str, TextKind, int | None, int, int]]:
    return [(_title(report, o), o.kind, o.paragraph, o.start, o.end) for o in found]


def test_zhuanjingtexin_twice_in_one_paragraph(zhengzhou: Report) -> None:
    found = occurrences(zhengzhou, "专精特新")
    section = f"{CHAPTER_1} / 创新主体持续壮大"
    assert _where(zhengzhou, found) == [
        (section, TextKind.BODY, 0, 85, 89),
        (section, TextKind.BODY, 0, 112, 116),
    ]
    assert (found[0].before, found[0].match, found[0].after) == (
        "创新龙头企业13家;新增国家级",
        "专精特新",
        "“小巨人”企业18家,累计达到",
    )


def test_positions_in_headline_title_and_paragraphs(zhengzhou: Report) -> None:
    found = occurrences(zhengzhou, "新")
    assert _where(zhengzhou, found[:3]) == [
        ("", TextKind.HEADLINE, None, 1, 2),
        ("", TextKind.HEADLINE, None, 17, 18),
        ("", TextKind.HEADLINE, None, 47, 48),
    ]
    assert found[0].before == "高"  # context stops at the start of the text
    title = [o for o in found if _title(zhengzhou, o) == f"{CHAPTER_1} / 新物种企业迅速发展"]
    assert _where(zhengzhou, title) == [
        (f"{CHAPTER_1} / 新物种企业迅速发展", TextKind.TITLE, None, 0, 1)
    ]
    assert (title[0].before, title[0].after) == ("", "物种企业迅速发展")

    education = [o for o in found if _title(zhengzhou, o) == f"{CHAPTER_5} / 教育事业提质发展"]
    assert [(o.kind, o.paragraph, o.start) for o in education] == [
        (TextKind.BODY, 0, 0),
        (TextKind.BODY, 0, 12),
    ]
    assert (education[1].before, education[1].after) == (
        "新投入使用10所中小学,",
        "增加优质学位18420个。郑州",
    )
    closing = [o for o in found if _title(zhengzhou, o) == "结语"]
    assert [(o.kind, o.paragraph, o.start) for o in closing] == [
        (TextKind.BODY, 0, 28),
        (TextKind.BODY, 0, 43),
    ]
    assert closing[1].before == "新区党员干部、企业、群众开拓创"


def test_every_position_points_at_the_word(zhengzhou: Report) -> None:
    for occurrence in occurrences(zhengzhou, "新", rule=ALL_TEXT):
        if occurrence.kind is TextKind.HEADLINE:
            text = zhengzhou.headline
        else:
            section = zhengzhou.section(occurrence.section_id)
            text = (
                section.title
                if occurrence.paragraph is None
                else section.paragraphs[occurrence.paragraph]
            )
        assert text[occurrence.start : occurrence.end] == "新"
        assert text[: occurrence.start].endswith(occurrence.before)
        assert text[occurrence.end :].startswith(occurrence.after)


def test_the_rule_and_the_section_limit_the_search(zhengzhou: Report) -> None:
    body = occurrences(zhengzhou, "新", rule=BODY_ONLY)
    assert {o.kind for o in body} == {TextKind.BODY}
    assert len(body) == 58
    chapter = zhengzhou.sections[1]
    assert chapter.title == CHAPTER_1
    inside = occurrences(zhengzhou, "新", under=chapter.id)
    assert len(inside) == 31
    assert all(o.section_id.split(".")[0] == chapter.id for o in inside)
    assert (inside[0].kind, inside[0].paragraph, inside[0].start) == (TextKind.TITLE, None, 5)


def test_find_all_does_not_overlap() -> None:
    assert find_all("新新新", "新新") == [(0, 2)]
    assert find_all("新新新新", "新新") == [(0, 2), (2, 4)]
    assert find_all("创新", "") == []
