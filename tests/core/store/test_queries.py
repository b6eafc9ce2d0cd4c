"""Keyword counts, Find and a measure in SQL give what the core gives over reports in memory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workreport.core import compare, keywords
from workreport.core.library import load_bundled
from workreport.core.model import Report
from workreport.core.store import Store, queries

IDS = ("zhengzhou-hitech-2022", "china-2025", "henan-2025", "sichuan-2025", "shanghai-2025")
WORDS = ["改革", "新", "高质量发展", "GDP", "5%", "，", "哈哈"]


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return [load_bundled(report_id) for report_id in IDS]


@pytest.fixture(scope="module")
def store(reports: list[Report], tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("store") / "library.sqlite3")
    for report in reports:
        store.add_report(report, report.id)
    return store


@pytest.mark.parametrize(
    "rule",
    keywords.STORY_RULES,
    ids=lambda r: f"titles{r.titles:d}-front{r.front_matter:d}-body{r.body:d}",
)
def test_counts_by_report_follow_the_counting_rule(
    store: Store, reports: list[Report], rule: keywords.CountingRule
) -> None:
    rows = queries.keyword_counts(store, WORDS, rule=rule, rates=True)
    expected = [
        {
            "report": report.id, "title": report.title, "file": "", "region": report.region,
            "level": report.level,
            "year": report.year, "word": word, "count": count.count,
            "characters": count.characters, "per_10k": keywords.rounded_rate(count.per_10k),
        }
        for word in WORDS
        for report in reports
        for count in keywords.keyword_counts(report, [word], by=keywords.CountBy.REPORT, rule=rule)
    ]  # fmt: skip
    assert rows == expected
    assert any(row["count"] > 0 for row in rows)


def test_counts_by_level_add_up_the_reports(store: Store, reports: list[Report]) -> None:
    rows = queries.keyword_counts(store, ["改革"], by=queries.GroupBy.LEVEL)
    expected: dict[str, int] = {}
    for report in reports:
        expected[report.level] = expected.get(report.level, 0) + keywords.count_in_report(
            report, "改革"
        )
    assert {row["level"]: row["count"] for row in rows} == expected


@pytest.mark.parametrize("phrase", ["高质量发展", "改革", "新", "GDP", "，", "新质生产力发展"])
def test_find_gives_every_part_that_holds_the_phrase(
    store: Store, reports: list[Report], phrase: str
) -> None:
    hits = list(queries.find(store, phrase))
    expected = [
        (report.id, part.text)
        for report in reports
        for part in keywords.report_parts(report)
        if phrase in part.text
    ]
    assert [(hit.report_id, hit.text) for hit in hits] == expected
    for hit in hits:
        assert hit.starts == tuple(m.start() for m in re.finditer(re.escape(phrase), hit.text))
        assert all(phrase in sentence for sentence in hit.sentences())
    assert list(queries.find(store, phrase, limit=2)) == hits[:2]


def test_a_hit_gives_the_sentence_of_each_occurrence() -> None:
    text = "开局良好。新动能加快成长；新质生产力稳步发展！结语"
    assert queries.sentence_at(text, text.index("新动能")) == "新动能加快成长；"
    assert queries.sentence_at(text, text.index("新质")) == "新质生产力稳步发展！"
    assert queries.sentence_at(text, 0) == "开局良好。"
    assert queries.sentence_at(text, text.index("结语")) == "结语"


@pytest.mark.parametrize("query", ["gdp_growth", "城镇新增就业", "规模以上工业增加值增长"])
def test_a_measure_across_reports_is_the_comparison_of_core_compare(
    store: Store, reports: list[Report], query: str
) -> None:
    for targets_only in (False, True):
        rows = queries.measure(store, query, targets_only=targets_only, first_only=True)
        expected = compare.compare(reports, query, targets_only=targets_only, first_only=True)
        assert [
            (r["label"], r["value"], r["unit"], r["qualifier"], r["sentence"]) for r in rows
        ] == [(e.label, e.value, e.unit, e.qualifier, e.sentence) for e in expected]
        assert rows


def test_export_rows_are_every_figure(store: Store, reports: list[Report], tmp_path: Path) -> None:
    rows = list(queries.figure_rows(store))
    assert len(rows) == sum(len(list(r.all_indicators())) for r in reports)
    first = next(iter(reports[0].all_indicators()))[1]
    assert (rows[0]["report"], rows[0]["label"], rows[0]["value"]) == (
        reports[0].id, first.label, first.value,
    )  # fmt: skip
