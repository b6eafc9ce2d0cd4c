"""One counting path: the header, the Keywords view, the Charts tab's keyword chart and
``workreport keywords`` give the same counts of 新, and the Chinese interface says its rule and
claim in Chinese."""

from __future__ import annotations

import json
import re

from tests.core.test_cli import _run
from workreport.core.keywords import ALL_TEXT, check_claim
from workreport.gui import i18n
from workreport.gui.detail.chart_data import keyword_chart
from workreport.gui.keywords.results import describe_rule, rule_text
from workreport.gui.main_window import MainWindow
from workreport.gui.tree.node import TreeNode

CHAPTER_1 = "持续强化创新引领 创新能力实现新跃升"


def _cli_counts() -> dict[str, tuple[int, int]]:
    result = _run("keywords", "新", "--by", "section", "--per-10k", "--format", "json")
    assert result.returncode == 0, result.stderr
    return {r["section"]: (r["count"], r["characters"]) for r in json.loads(result.stdout)}


def _header_numbers(window: MainWindow) -> tuple[int, int]:
    """Characters and 新 as the header shows them (the figures come first)."""
    numbers = [int(n) for n in re.findall(r"\d+", window.detail.header.counts.text())]
    return numbers[2], numbers[1]


def test_header_keywords_view_chart_and_cli_agree(window: MainWindow) -> None:
    cli = _cli_counts()
    assert cli["全文"] == (98, 3643)  # 98 counted by hand (tests/core/test_keywords.py)
    report = window.library.report_node()
    window.library.select_node(report)
    assert _header_numbers(window) == cli["全文"]
    chapter = window.library.report_node().find(CHAPTER_1)
    assert chapter is not None
    window.library.select_node(chapter)
    assert _header_numbers(window) == cli[CHAPTER_1] == (31, cli[CHAPTER_1][1])

    def chart_bars(node: TreeNode) -> dict[str, int]:
        data = keyword_chart(node)
        assert data is not None
        return {bar.label: int(bar.value) for bar in data.bars}

    # the chart of a report charts its chapters; of a chapter, its subsections
    assert chart_bars(report) == {s.title: cli[s.title][0] for s in window.report.sections}
    below = {f"{CHAPTER_1} / {c.title}": c.title for c in chapter.children}
    assert chart_bars(chapter) == {title: cli[path][0] for path, title in below.items()}

    view = window.show_keywords()
    table = view.counts.table
    shown = {row["section"]: (row["新 count"], row["characters"]) for row in table.rows}
    assert shown["全文"] == cli["全文"]
    assert all(shown[section] == cli[section] for section in shown)


def test_the_chinese_interface_says_the_rule_and_the_claim_in_chinese(window: MainWindow) -> None:
    window.choose_language(i18n.CHINESE)
    try:
        assert describe_rule(ALL_TEXT) == "统计标题、导语（题头、引言）和正文（各章节、结语）"
        assert not re.search("[A-Za-z]", rule_text(ALL_TEXT))
        view = window.show_keywords()
        check = check_claim(window.report, "新")
        text = view.counts.claim_text(check)
        assert "158" in text and "98" in text and not re.search("[A-Za-z]", text)
        assert view.counts.claim.text() == text
    finally:
        window.choose_language(i18n.ENGLISH)
