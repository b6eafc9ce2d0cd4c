"""The series of a measure: each year's target and the outcome the next report states."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.core.series_truth import GDP_GROWTH, STATED_GDP_TARGETS
from workreport.core.library import list_bundled, load_bundled
from workreport.core.series import SeriesIndex, Verdict, latest_per_region
from workreport.core.series.measures import EXAMPLES, clause_subject, measure_key, signed_value
from workreport.core.series.periods import (
    RULES,
    SPAN_OPENING,
    SPAN_OPENING_EXAMPLES,
    YEAR_OPENING_EXAMPLES,
    Period,
    clause_before,
    period_of,
)
from workreport.core.series.rows import PLAN_START, PLAN_START_EXAMPLES, report_figures

REGION_JSON = ("--region", "国务院", "--format", "json")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.label)
def test_measure_rules(example) -> None:  # type: ignore[no-untyped-def]
    assert measure_key(example.label, example.previous) == example.measure


def test_a_clause_gives_the_subject_a_bare_change_word_lacks() -> None:
    assert clause_subject("国内生产总值达到74.4\u200b万亿元，增长6.7%") == "国内生产总值"
    assert clause_subject("增长6.7%") == ""


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_period_rules_with_their_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for clause in rule.matches:
        assert period_of(clause, 2007) == (rule.period, rule.name), clause
    for clause in rule.not_matches:
        assert period_of(clause, 2007)[1] != rule.name, clause


def test_openings_on_a_span_of_years_or_on_the_year() -> None:
    for opening in SPAN_OPENING_EXAMPLES:
        assert SPAN_OPENING.match(opening)
        assert period_of("城镇新增就业6600万人", 2017, opening) == (
            Period.YEARS,
            "opens on several years",
        )
    for year, opening in YEAR_OPENING_EXAMPLES:
        assert period_of("国内生产总值增长6.9%", year, opening, "五年来，生态环境状况逐步好转")[
            0
        ] is (Period.YEAR)
    assert (
        period_of("国内生产总值增长6.9%", 2017, "", "五年来，生态环境状况逐步好转")[0]
        is Period.YEARS
    )


def test_plan_start_examples() -> None:
    for line in PLAN_START_EXAMPLES:
        assert PLAN_START.search(line)
    assert not PLAN_START.search("全面实现年初确定的主要目标，国内生产总值增长7.8%")


def test_the_clause_is_the_sentence_up_to_the_figure() -> None:
    paragraph = "稳中向好。国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅。"
    start = paragraph.index("6.7")
    assert clause_before(paragraph, start, start + 4) == "国内生产总值达到74.4万亿元，增长6.7%"


@pytest.fixture(scope="module")
def national() -> SeriesIndex:
    return SeriesIndex(load_bundled(e.id) for e in list_bundled() if e.level == "national")


def _cli_rows() -> dict[int, dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-m", "workreport", "series", "国内生产总值增长", *REGION_JSON],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {row["year"]: row for row in json.loads(result.stdout)}


@pytest.fixture(scope="module")
def cli_rows() -> dict[int, dict[str, object]]:
    return _cli_rows()


@pytest.mark.parametrize("year", list(GDP_GROWTH))
def test_gdp_growth_target_as_read_in_the_text(year: int, cli_rows) -> None:  # type: ignore[no-untyped-def]
    value, high, qualifier, _, _ = GDP_GROWTH[year]
    row = cli_rows[year]
    assert (row["target_value"], row["target_high"]) == (value, high)
    if value is None:
        assert row["target_reason"] == "no_report" and row["target_report"] is None
    else:
        assert row["target_qualifier"] == qualifier
        assert row["target_report"] == f"china-{year}"
        assert f"增长{value:g}" in str(row["target_sentence"]).replace("％", "%")


@pytest.mark.parametrize("year", list(GDP_GROWTH))
def test_gdp_growth_outcome_as_read_in_the_next_report(year: int, cli_rows) -> None:  # type: ignore[no-untyped-def]
    _, _, _, outcome, said = GDP_GROWTH[year]
    row = cli_rows[year]
    assert row["outcome_value"] == outcome
    if outcome is None:  # none stated for that single year: no value, and the reason
        assert row["outcome_reason"] == said
        assert row["outcome_sentence"] is None and row["outcome_report"] is None
    else:
        assert row["outcome_reason"] is None
        assert row["outcome_report"] == f"china-{year + 1}"
        assert said in str(row["outcome_sentence"])


def test_met_or_missed(national: SeriesIndex) -> None:
    rows = {row.year: row for row in national.series("国务院", "gdp_growth")}
    assert rows[2016].verdict is Verdict.MET  # 6.5%－7%, 6.7%
    assert rows[2022].verdict is Verdict.MISSED  # 5.5%左右, 3%
    assert rows[2024].verdict is Verdict.MET  # 5%左右, 5%
    assert rows[2019].verdict is None  # no outcome
    prices = {row.year: row for row in national.series("国务院", "居民消费价格涨幅")}
    assert prices[2023].outcome is not None and prices[2023].outcome.indicator.value == 0.2
    assert prices[2023].verdict is Verdict.MET  # a ceiling: 3%左右, 0.2%


def test_the_outcome_is_in_the_review_not_in_the_plan(national: SeriesIndex) -> None:
    rows = {row.year: row for row in national.series("国务院", "城镇新增就业")}
    # 2018 reviews five years first (城镇新增就业6600万人以上), then 2017: 1351万人
    assert rows[2017].outcome is not None and rows[2017].outcome.indicator.value == 1351
    assert all(r.outcome is None or not r.outcome.in_plan for r in rows.values())


def test_measures_are_listed_with_their_years(national: SeriesIndex) -> None:
    measures = {m.measure: m for m in national.measures("国务院")}
    assert {"生产总值增长", "城镇新增就业", "居民消费价格涨幅"} <= set(measures)
    assert {2016, 2019, 2021, 2025} <= set(measures["生产总值增长"].years)
    assert 2020 not in measures["生产总值增长"].years


def test_a_second_series_is_answered_from_the_cache(national: SeriesIndex) -> None:
    assert national.series("国务院", "gdp_growth") is national.series("国务院", "国内生产总值增长")


def test_compare_takes_each_regions_newest_report() -> None:
    reports = [load_bundled("china-2024"), load_bundled("china-2025"), load_bundled("beijing-2025")]
    assert [r.id for r in latest_per_region(reports)] == ["china-2025", "beijing-2025"]


def test_the_list_and_a_bad_region_on_the_command_line() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "workreport", "series", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )

    listed = run("--list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert "生产总值增长" in {m["measure"] for m in json.loads(listed.stdout)}
    bad = run("gdp_growth", "--region", "火星")
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "火星" in bad.stderr


def test_the_api_gives_the_same_rows_as_a_dataframe(cli_rows) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    import workreport as wr

    frame = wr.series(wr.library().where(level="national"), "国内生产总值增长", region="国务院")
    assert list(frame.columns)[:3] == ["year", "target_value", "target_high"]
    by_year = frame.set_index("year")

    def same(shown: object, expected: float | None) -> bool:
        return bool(pd.isna(shown)) if expected is None else shown == expected

    for year, (value, high, _, outcome, _) in GDP_GROWTH.items():
        row = by_year.loc[year]
        assert same(row.target_value, value) and same(row.target_high, high), year
        assert same(row.outcome_value, outcome), year
        assert row.outcome_report == cli_rows[year]["outcome_report"] or outcome is None


def test_the_text_columns_line_up_with_chinese_in_them(national: SeriesIndex) -> None:
    from workreport.core.series.table import series_text
    from workreport.core.textwidth import display_width

    lines = series_text(
        national.series("国务院", "gdp_growth"), "国务院", "gdp_growth"
    ).splitlines()
    rows = [line for line in lines[1:] if "左右" in line and " met" in line]
    assert rows, "no 左右 target that was met"
    # the verdict starts in the same terminal column on every row, 8%左右 and 8％左右 alike
    columns = {display_width(line[: line.index(" met")]) for line in rows}
    assert len(columns) == 1, rows


def test_display_width_counts_wide_characters_twice() -> None:
    from workreport.core.textwidth import display_width, pad

    assert display_width("8%左右") == 6
    assert display_width("9.7％") == 5
    assert pad("左右", 6) == "左右  "
    assert pad("toolong", 3) == "toolong"


@pytest.mark.parametrize("year", sorted(STATED_GDP_TARGETS))
def test_gdp_growth_targets_stated_in_prose_before_2005(year: int, national: SeriesIndex) -> None:
    value, high, _ = STATED_GDP_TARGETS[year]
    row = next(r for r in national.series("国务院", "gdp_growth") if r.year == year)
    assert row.target is not None, row.target_reason
    assert (row.target.indicator.value, row.target.indicator.high) == (value, high)
    assert row.target.indicator.target


def test_a_fall_of_prices_is_an_outcome_of_their_rise_below_zero() -> None:
    assert measure_key("居民消费价格下降") == "居民消费价格涨幅"
    report = load_bundled("ningxia-2025")
    [fall] = [f for f in report_figures(report) if "居民消费价格下降" in f.indicator.label]
    assert (fall.measure, fall.indicator.value, fall.indicator.direction) == (
        "居民消费价格涨幅",
        0.3,
        "down",
    )
    assert signed_value(fall.indicator, fall.measure) == -0.3
