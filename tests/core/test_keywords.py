"""Counting words by a stated rule, checked against counts of 新 made by hand.

The counts below were made by reading /work/shared/corpus/zhengzhou-hitech-2022.txt paragraph by
paragraph and ticking every 新 (in 创新, 高新区, 新增, …), not by running code.
"""

from __future__ import annotations

import pytest

from workreport.core.keywords import (
    ALL_TEXT,
    BODY_ONLY,
    FRONT_MATTER_ONLY,
    STORY_RULES,
    TITLES_AND_BODY,
    WHOLE_REPORT,
    ClaimOutcome,
    CountBy,
    CountingRule,
    HeadlineClaim,
    check_claim,
    claim_rows,
    count_in_report,
    count_in_section,
    count_rows,
    headline_claims,
    keyword_counts,
)
from workreport.core.kwic import occurrences
from workreport.core.model import Report, Section, SectionKind, path_title

# 新 in the headline: 高新区 / “新”字 / “新”意盎然.
HEADLINE_NEW = 3

# 新 per top-level section, counted by hand: (in titles, in the other text). The intro's text is
# front matter (the article's lead: 新,新,新 / 郑州高新区 / “新” / 郑州高新区 / 高新区党工委 / 新阶段
# 新使命 新要求 / 新征程 / 郑州高新区 / “新”字出现 / “新”“新”向荣 / “新”意 / “新”字对于 / 高新区 /
# 高新时报); the rest is body. 导语 and 结语 are the importer's labels, not text.
HAND_COUNT: dict[str, tuple[int, int]] = {
    "导语": (0, 19),
    # titles: 创新引领 创新能力 新跃升 (3) + one in each of the six subsection titles
    "持续强化创新引领 创新能力实现新跃升": (9, 22),
    "优化产业提质转型 发展质效取得新提升": (1, 8),
    # titles: 新突破, 金融服务创新, 协同创新模式
    "坚定不移深化改革 关键领域实现新突破": (3, 5),
    "加快推进产城融合 城市品质迈上新台阶": (1, 13),
    # titles: 新改善, “健康高新”
    "全面统筹发展安全 民生福祉得到新改善": (2, 7),
    # titles: 新加强, 基层治理创新
    "纵深推进从严治党 基层基础得到新加强": (2, 1),
    "结语": (0, 2),  # 高新区, 开拓创新
}

# The subsections of the first chapter, by hand: (in the title, in the paragraph).
CHAPTER_1 = "持续强化创新引领 创新能力实现新跃升"
HAND_COUNT_CHAPTER_1: dict[str, tuple[int, int]] = {
    "研发创新活跃度持续提升": (1, 0),
    "创新平台建设持续加快": (1, 13),
    "创新主体持续壮大": (1, 7),
    "新物种企业迅速发展": (1, 0),
    "创新成果不断涌现": (1, 1),
    "创新人才不断集聚": (1, 1),
}


def _by_section(report: Report, rule: CountingRule, by: CountBy) -> dict[str, int]:
    return {c.section: c.count for c in keyword_counts(report, ["新"], by=by, rule=rule)}


def test_hand_counts_add_up_to_the_whole_article() -> None:
    """The hand counts agree with each other before they are checked against the code."""
    titles = sum(t for t, _ in HAND_COUNT.values())
    rest = sum(r for _, r in HAND_COUNT.values())
    assert (titles, rest, HEADLINE_NEW) == (18, 77, 3)
    assert sum(t + r for t, r in HAND_COUNT_CHAPTER_1.values()) + 3 == sum(HAND_COUNT[CHAPTER_1])


def test_new_per_chapter_counting_everything(zhengzhou: Report) -> None:
    counts = _by_section(zhengzhou, ALL_TEXT, CountBy.CHAPTER)
    assert counts == {WHOLE_REPORT: 98} | {name: t + r for name, (t, r) in HAND_COUNT.items()}
    assert counts[WHOLE_REPORT] == HEADLINE_NEW + sum(t + r for t, r in HAND_COUNT.values())


def test_leaving_titles_out_removes_exactly_the_titles_occurrences(zhengzhou: Report) -> None:
    counts = _by_section(zhengzhou, CountingRule(titles=False), CountBy.CHAPTER)
    assert counts == {WHOLE_REPORT: 80} | {name: r for name, (_, r) in HAND_COUNT.items()}


def test_titles_only(zhengzhou: Report) -> None:
    rule = CountingRule(titles=True, front_matter=False, body=False)
    counts = _by_section(zhengzhou, rule, CountBy.CHAPTER)
    # The intro and the closing have no title of their own, so no counted text and no row.
    assert counts == {WHOLE_REPORT: 18} | {
        name: t for name, (t, _) in HAND_COUNT.items() if name not in ("导语", "结语")
    }


def test_body_only_and_front_matter_only(zhengzhou: Report) -> None:
    body = _by_section(zhengzhou, BODY_ONLY, CountBy.CHAPTER)
    assert body == {WHOLE_REPORT: 58} | {
        name: r for name, (_, r) in HAND_COUNT.items() if name != "导语"
    }
    front = _by_section(zhengzhou, FRONT_MATTER_ONLY, CountBy.CHAPTER)
    assert front == {WHOLE_REPORT: 22, "导语": 19}


def test_new_per_subsection_of_the_first_chapter(zhengzhou: Report) -> None:
    counts = _by_section(zhengzhou, ALL_TEXT, CountBy.SECTION)
    no_titles = _by_section(zhengzhou, CountingRule(titles=False), CountBy.SECTION)
    for name, (title, body) in HAND_COUNT_CHAPTER_1.items():
        assert counts[f"{CHAPTER_1} / {name}"] == title + body, name
        assert no_titles.get(f"{CHAPTER_1} / {name}", 0) == body, name


def test_count_by_report_gives_one_row_per_word(zhengzhou: Report) -> None:
    counts = keyword_counts(zhengzhou, ["新", "专精特新"], by=CountBy.REPORT)
    assert [(c.section, c.word, c.count) for c in counts] == [
        (WHOLE_REPORT, "新", 98),
        (WHOLE_REPORT, "专精特新", 2),
    ]


def test_every_count_equals_its_occurrences(zhengzhou: Report) -> None:
    for rule in (*STORY_RULES, CountingRule(titles=False)):
        assert count_in_report(zhengzhou, "新", rule) == len(
            occurrences(zhengzhou, "新", rule=rule)
        )
        for section in zhengzhou.walk():
            found = occurrences(zhengzhou, "新", rule=rule, under=section.id)
            assert count_in_section(section, "新", rule) == len(found), section.title


def _small_report() -> Report:
    return Report(
        title="t",
        headline="新年 报告",
        sections=[
            Section("新", SectionKind.INTRO, paragraphs=["新的一年"]),
            Section(
                "创新 章",
                paragraphs=["新增 3家。"],
                children=[Section("小节", SectionKind.SECTION, 2, paragraphs=["新新新"])],
            ),
            Section("结语新", SectionKind.CLOSING, paragraphs=["完。"]),
        ],
    )


def test_rates_are_per_10k_characters_of_the_counted_text_without_whitespace() -> None:
    report = _small_report()
    counts = {c.section: c for c in keyword_counts(report, ["新"], by=CountBy.CHAPTER)}
    # Counted: 新年报告 (4) + 新的一年 (4) + 创新章 (3) + 新增3家。 (5) + 小节 (2) + 新新新 (3) + 完。 (2);
    # the labels 新 (intro) and 结语新 (closing) are not text.
    whole = counts[WHOLE_REPORT]
    assert (whole.count, whole.characters) == (7, 23)
    assert whole.per_10k == pytest.approx(7 * 10_000 / 23)
    assert (counts["新"].count, counts["新"].characters) == (1, 4)
    assert (counts["创新 章"].count, counts["创新 章"].characters) == (5, 13)
    assert (counts["结语新"].count, counts["结语新"].characters) == (0, 2)
    body = {
        c.section: c for c in keyword_counts(report, ["新"], by=CountBy.CHAPTER, rule=BODY_ONLY)
    }
    assert set(body) == {WHOLE_REPORT, "创新 章", "结语新"}
    assert (body[WHOLE_REPORT].count, body[WHOLE_REPORT].characters) == (4, 10)


def test_occurrences_are_counted_without_overlap() -> None:
    report = _small_report()
    assert count_in_report(report, "新新", BODY_ONLY) == 1  # 新新新: one 新新, not two
    assert count_in_report(report, "", ALL_TEXT) == 0


def test_rules_are_data() -> None:
    assert ALL_TEXT.code == "titles+front_matter+body"
    assert BODY_ONLY.code == "body"
    assert TITLES_AND_BODY.code == "titles+body"
    assert CountingRule(False, False, False).code == "none"
    assert BODY_ONLY.flags() == (("titles", False), ("front_matter", False), ("body", True))


def test_rows_carry_the_rule_and_the_section_address(zhengzhou: Report) -> None:
    counts = keyword_counts(zhengzhou, ["新"], by=CountBy.REPORT, rule=BODY_ONLY)
    assert count_rows(counts) == [
        {"section_id": "", "section": WHOLE_REPORT, "word": "新", "count": 58, "rule": "body"}
    ]
    row = count_rows(counts, rates=True)[0]
    assert list(row) == ["section_id", "section", "word", "count", "characters", "per_10k", "rule"]
    assert row["per_10k"] == round(58 * 10_000 / row["characters"], 2)
    for count in keyword_counts(zhengzhou, ["新"], by=CountBy.SECTION)[1:]:
        assert path_title(zhengzhou.section_path(count.section_id)) == count.section


def test_the_headline_claims_158(zhengzhou: Report) -> None:
    assert headline_claims(zhengzhou) == [HeadlineClaim("新", 158, "“新”字高频出现了158次")]
    assert headline_claims(_small_report()) == []


def test_the_158_story(zhengzhou: Report) -> None:
    check = check_claim(zhengzhou, "新")
    assert check.claim is not None and check.claim.count == 158
    assert [(c.rule, c.count) for c in check.counts] == [
        (ALL_TEXT, 98),
        (TITLES_AND_BODY, 76),
        (BODY_ONLY, 58),
        (FRONT_MATTER_ONLY, 22),
    ]
    assert (check.outcome, check.everything, check.front_matter, check.rest) == (
        ClaimOutcome.SUMMARY,
        98,
        22,
        76,
    )
    assert [row["claimed"] for row in claim_rows(check)] == [158] * 4
    assert check_claim(zhengzhou, "创新").outcome is ClaimOutcome.NO_CLAIM


def test_claim_outcomes_follow_the_text(zhengzhou: Report) -> None:
    from dataclasses import replace

    full = replace(zhengzhou, source="")  # not said to be a summary: merely fewer
    assert check_claim(full, "新").outcome is ClaimOutcome.FEWER
    agrees = replace(zhengzhou, headline=zhengzhou.headline.replace("158次", "98次"))
    assert check_claim(agrees, "新").outcome is ClaimOutcome.AGREES
    more = replace(zhengzhou, headline=zhengzhou.headline.replace("158次", "50次"))
    assert check_claim(more, "新").outcome is ClaimOutcome.MORE
