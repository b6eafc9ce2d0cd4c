"""Word frequency with jieba: the user dictionary, the stop list, the top N, the cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workreport.cli_words import top_text
from workreport.core import wordfreq
from workreport.core.keywords import (
    ALL_TEXT,
    BODY_ONLY,
    WHOLE_REPORT,
    CountBy,
    CountingRule,
    keyword_counts,
)
from workreport.core.model import Report, Section

CHAPTER_1 = "持续强化创新引领 创新能力实现新跃升"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "新增国家级专精特新“小巨人”企业18家",
            ["新增", "国家级", "专精特新", "“", "小巨人", "”", "企业", "18", "家"],
        ),
        ("入选河南省瞪羚企业19家", ["入选", "河南省", "瞪羚企业", "19", "家"]),
        ("持续深化“放管服”改革", ["持续", "深化", "“", "放管服", "”", "改革"]),
        ("发展新质生产力", ["发展", "新质生产力"]),
        ("推动高质量发展", ["推动", "高质量发展"]),
    ],
)
def test_the_user_dictionary_keeps_policy_terms_whole(text: str, tokens: list[str]) -> None:
    # jieba's own dictionary cuts 专精特新 into 专精 / 特新 and 瞪羚企业 into 瞪羚 / 企业.
    assert wordfreq.cut(text) == tokens


def test_the_shipped_lists_hold_what_they_promise() -> None:
    assert {"专精特新", "瞪羚企业", "放管服", "高质量发展", "新质生产力"} <= set(
        wordfreq.user_dictionary()
    )
    assert {"的", "了", "和", "在", "一", "万", "亿元"} <= wordfreq.stopwords()
    assert not any(word.startswith("#") for word in wordfreq.stopwords())


@pytest.mark.parametrize(
    ("token", "counted"),
    [
        ("创新", True),
        ("新", True),
        ("5G", True),
        ("AA+", True),
        ("的", False),
        ("亿元", False),
        ("58.2", False),
        ("10.6%", False),
        ("2022", False),
        ("，", False),
        ("“", False),
        ("(", False),
        (" ", False),
    ],
)
def test_stop_words_numbers_and_punctuation_are_left_out(token: str, counted: bool) -> None:
    assert wordfreq.is_counted_word(token) is counted


def test_top_words_of_a_small_report() -> None:
    report = Report(
        title="t", sections=[Section("创新发展", paragraphs=["推动高质量发展，推动创新。"])]
    )
    [top] = wordfreq.top_words(report, 3)
    assert (top.section, top.characters, top.words) == (WHOLE_REPORT, 17, 6)
    # 创新 and 推动 tie at 2 and keep the order they first appear in; then 发展, before 高质量发展.
    assert [(w.word, w.count) for w in top.top] == [("创新", 2), ("推动", 2), ("发展", 1)]
    assert top.top[0].per_10k == pytest.approx(2 * 10_000 / 17)
    assert top_text([top], ALL_TEXT) == (
        "rule: Counts titles, front matter (headline, intro) and body text (chapters, sections,"
        " closing)\n"
        "全文  (17 characters, 6 words)\n"
        "   1       2  创新\n"
        "   2       2  推动\n"
        "   3       1  发展\n"
    )
    [no_titles] = wordfreq.top_words(report, 3, rule=CountingRule(titles=False))
    assert [(w.word, w.count) for w in no_titles.top] == [
        ("推动", 2),
        ("高质量发展", 1),
        ("创新", 1),
    ]


def test_top_words_of_the_article(zhengzhou: Report) -> None:
    frequencies = wordfreq.top_words(zhengzhou, 40, by=CountBy.SECTION)
    by_section = {f.section: f for f in frequencies}
    thriving = {w.word: w.count for w in by_section[f"{CHAPTER_1} / 创新主体持续壮大"].top}
    assert thriving["专精特新"] == 2
    assert thriving["瞪羚企业"] == 1
    whole = by_section[WHOLE_REPORT]
    counts = [w.count for w in whole.top]
    assert counts == sorted(counts, reverse=True)
    assert not {w.word for w in whole.top} & wordfreq.stopwords()
    assert all(wordfreq.is_counted_word(w.word) for w in whole.top)
    # Rates share their basis with keyword counts: the characters of the same counted text.
    [new] = keyword_counts(zhengzhou, ["新"], by=CountBy.REPORT)
    assert whole.characters == new.characters
    assert all(w.per_10k == pytest.approx(w.count * 10_000 / whole.characters) for w in whole.top)


def test_rows_carry_rank_and_rule(zhengzhou: Report) -> None:
    frequencies = wordfreq.top_words(zhengzhou, 2, by=CountBy.CHAPTER, rule=BODY_ONLY)
    rows = wordfreq.top_rows(frequencies, rates=True)
    assert [r["rank"] for r in rows[:2]] == [1, 2]
    assert list(rows[0]) == ["section", "rank", "word", "count", "characters", "per_10k", "rule"]
    assert {r["rule"] for r in rows} == {"body"}
    assert "导语" not in {r["section"] for r in rows}  # the intro is front matter


def test_segmentation_is_cached_by_text(zhengzhou: Report) -> None:
    from workreport.core.library import load_bundled

    first = wordfreq.segment(zhengzhou)
    assert wordfreq.segment(zhengzhou) is first
    assert wordfreq.segment(load_bundled("zhengzhou-hitech-2022")) is first  # same text, new copy


def test_jieba_stays_quiet_private_and_writes_nothing_here(tmp_path: Path) -> None:
    code = (
        "import jieba\n"
        "from workreport.core import wordfreq\n"
        "print(wordfreq.cut('专精特新企业'), jieba.dt.initialized)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "['专精特新', '企业'] False\n"
    assert result.stderr == ""
    assert list(tmp_path.iterdir()) == []
