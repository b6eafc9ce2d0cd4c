"""``workreport keywords`` end to end: rules, grouping, rates, the top N and the 158 story."""

from __future__ import annotations

import csv
import io
import json

from tests.core.test_cli import _run
from workreport.cli_words import describe_rule
from workreport.core.keywords import ALL_TEXT, BODY_ONLY, CountingRule


def test_count_by_chapter_with_rates_and_the_rule_on_every_row() -> None:
    result = _run("keywords", "新", "--by", "chapter", "--per-10k", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["section"], r["count"]) for r in rows] == [
        ("全文", 98),
        ("导语", 19),
        ("持续强化创新引领 创新能力实现新跃升", 31),
        ("优化产业提质转型 发展质效取得新提升", 9),
        ("坚定不移深化改革 关键领域实现新突破", 8),
        ("加快推进产城融合 城市品质迈上新台阶", 14),
        ("全面统筹发展安全 民生福祉得到新改善", 9),
        ("纵深推进从严治党 基层基础得到新加强", 3),
        ("结语", 2),
    ]
    assert {r["rule"] for r in rows} == {ALL_TEXT.code}
    assert all(r["per_10k"] == round(r["count"] * 10_000 / r["characters"], 2) for r in rows)


def test_the_rule_switches_and_by_report_gives_one_row_per_word() -> None:
    result = _run("keywords", "新", "创新", "--by", "report", "--no-titles", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    rule = CountingRule(titles=False).code
    assert [(r["section"], r["word"], r["count"], r["rule"]) for r in rows] == [
        ("全文", "新", "80", rule),
        ("全文", "创新", "14", rule),
    ]
    text = _run("keywords", "新", "--by", "report", "--no-titles", "--no-front-matter").stdout
    assert text == f"rule: {describe_rule(BODY_ONLY)}\n    58  新  全文\n"


def test_top_words_per_chapter() -> None:
    result = _run("keywords", "--top", "3", "--by", "chapter", "--format", "csv", "--per-10k")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["section", "rank", "word", "count", "characters", "per_10k", "rule"]
    assert [r["rank"] for r in rows[:3]] == ["1", "2", "3"]
    assert len(rows) == 3 * 9  # the whole report and eight top-level sections
    assert not {"的", "和", "，", "2022"} & {r["word"] for r in rows}


def test_the_158_story() -> None:
    result = _run("keywords", "新", "--story")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "新: the headline says 158 (“新”字高频出现了158次); the text itself holds"
    assert [line.split()[0] for line in lines[1:5]] == ["98", "76", "58", "22"]
    assert lines[5].startswith(
        "The headline's 158 is a count over the full report; this text is a summary"
    )
    assert "158 times in the report, but the" in _run("keywords", "--help").stdout.replace(
        "\n", " "
    )


def test_usage_errors_give_one_line_and_status_2() -> None:
    for args, message in [
        ((), "give a WORD to count (or to check with --story), or --top N"),
        (("--top", "3", "新"), "--top N lists the most frequent words: give no WORD or --story"),
        (("--top", "0"), "--top 0: N must be at least 1"),
        (
            ("新", "--no-titles", "--no-front-matter", "--no-body"),
            "--no-titles, --no-front-matter and --no-body leave nothing to count",
        ),
    ]:
        result = _run("keywords", *args)
        assert (result.returncode, result.stderr) == (2, f"workreport: error: {message}\n")
