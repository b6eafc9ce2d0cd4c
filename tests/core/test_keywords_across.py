"""Words over time: ``workreport keywords WORD… --across LEVEL`` counts as one report's 全文 does."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import CORPUS
from workreport.core.keywords import count_in_report
from workreport.core.library import list_bundled, load_bundled
from workreport.core.series.words import WordTrend, trend_lines

# 改革 in three national reports, counted on the text itself (str.count on the file after its
# first line, the corpus's # comment); the seven of 1955 also read one by one in context
# (改革土地制度 twice, 土地制度的改革 twice, 根本改革, 技术改革, 巨大的改革).
BY_HAND = {1955: 7, 1978: 6, 2024: 35}


def _text(year: int) -> str:
    text = (CORPUS / "national" / f"{year}年国务院政府工作报告.txt").read_text("utf-8")
    return text.split("\n", 1)[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workreport", "keywords", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_reform_across_the_national_reports_one_row_a_report() -> None:
    result = _run("改革", "--across", "national", "--by", "report", "--per-10k", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    national = [e for e in list_bundled() if e.level == "national"]
    assert len(rows) == len(national)
    assert {r["report"] for r in rows} == {e.id for e in national}
    years = [r["year"] for r in rows]
    assert years == sorted(years)
    by_year = {r["year"]: r for r in rows}
    for year, count in BY_HAND.items():
        assert _text(year).count("改革") == count
        assert by_year[year]["count"] == count
        assert by_year[year]["per_10k"] == round(count * 10_000 / by_year[year]["characters"], 2)
    assert set(rows[0]) >= {"report", "year", "word", "count", "per_10k"}


def test_the_counting_rule_is_one_reports() -> None:
    reports = [load_bundled(i) for i in ("china-1955", "china-2024", "beijing-2025")]
    for c in WordTrend(reports).counts(["改革", "高质量发展", "新"]):
        assert c.count == count_in_report(c.report, c.word)


def test_lines_over_the_years_for_several_words() -> None:
    reports = [load_bundled(i) for i in ("china-2019", "china-2021", "china-2018")]
    lines = trend_lines(WordTrend(reports).counts(["改革", "高质量发展"]), rates=False)
    assert [line.word for line in lines] == ["改革", "高质量发展"]
    assert [p[0] for p in lines[0].points] == [2018, 2019, 2021]  # 2020 is a gap, not a zero
    assert lines[0].points[1][1] == 109


def test_across_takes_only_whole_reports() -> None:
    result = _run("改革", "--across", "national", "--by", "section")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--by section" in result.stderr
