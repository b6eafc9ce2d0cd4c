"""The Python API (``import workreport as wr``) as a researcher uses it in a notebook."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

import workreport as wr
from tests.conftest import ZHENGZHOU_TEXT
from tests.core.test_cli import _run
from workreport.core.errors import ReportError
from workreport.core.library import bundled_ids, list_bundled, load_bundled
from workreport.core.model import Report


def test_importing_workreport_is_light_and_names_its_api() -> None:
    code = "import sys, workreport; print('pandas' in sys.modules, sorted(workreport.__all__))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1)[0] == "False"
    for name in ("library", "load", "figures", "keyword_counts", "compare", "__version__"):
        assert name in wr.__all__ and hasattr(wr, name)


def test_the_library_loads_a_report_when_it_is_first_used() -> None:
    loaded: list[str] = []

    def load(report_id: str) -> Report:
        loaded.append(report_id)
        return load_bundled(report_id)

    lib = wr.Library(list_bundled(), load)
    assert len(lib) == len(bundled_ids()) and sorted(lib.ids()) == bundled_ids()
    provinces = lib.where(level="provincial", year=2025)
    assert len(provinces) == 31 and loaded == []
    assert lib["fujian-2025"].region == "福建省" and provinces["fujian-2025"] is lib["fujian-2025"]
    assert loaded == ["fujian-2025"]  # once, though asked three times through two libraries
    assert lib[0].id == lib.ids()[0]
    with pytest.raises(KeyError):
        lib.report("nowhere-2025")


def test_figures_of_the_whole_library() -> None:
    lib = wr.library()
    frame = wr.figures(lib)
    assert tuple(frame.columns) == wr.COLUMNS
    assert len(frame) == sum(sum(1 for _ in r.all_indicators()) for r in lib)
    for report in lib:
        rows = frame[frame["report"] == report.id]
        held = list(report.all_indicators())
        assert len(rows) == len(held), report.id
        for section_id, label, (section, indicator) in zip(
            rows["section_id"], rows["label"], held, strict=True
        ):
            assert report.section(section_id) is section and label == indicator.label
    fujian = frame[(frame["report"] == "fujian-2025") & frame["target"]]
    gdp = fujian[fujian["label"] == "地区生产总值增长"].iloc[0]
    assert (gdp["value"], gdp["high"], gdp["written"]) == (5, 5.5, "5.0%—5.5%")
    assert math.isnan(frame.iloc[0]["high"])  # a single figure has no upper end


@pytest.mark.parametrize("report_id", ["zhengzhou-hitech-2022", "fujian-2025"])
def test_export_json_has_the_same_columns_and_rows_as_the_dataframe(report_id: str) -> None:
    result = _run("export", report_id, "--format", "json")
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    frame = wr.figures(wr.load(report_id))
    assert all(tuple(row) == tuple(frame.columns) for row in exported)
    assert len(exported) == len(frame)
    for row, (_, cells) in zip(exported, frame.iterrows(), strict=True):
        for name, value in row.items():
            cell = cells[name]
            if value is None:
                assert cell is None or (isinstance(cell, float) and math.isnan(cell)), name
            else:
                assert cell == value, (name, cell, value)


def test_keyword_counts_match_the_command_line() -> None:
    zhengzhou = wr.load("zhengzhou-hitech-2022")
    whole = wr.keyword_counts(zhengzhou, "新")
    assert whole[["word", "count", "characters"]].values.tolist() == [["新", 98, 3643]]
    chapters = wr.keyword_counts(zhengzhou, ["新", "创新"], by="chapter", titles=False)
    cli = json.loads(
        _run("keywords", "新", "创新", "--by", "chapter", "--no-titles", "--format", "json").stdout
    )
    assert chapters[["section", "word", "count"]].values.tolist() == [
        [r["section"], r["word"], r["count"]] for r in cli
    ]
    assert set(chapters["rule"]) == {"front_matter+body"}
    provinces = wr.keyword_counts(wr.library().where(level="provincial", year=2025), "改革")
    assert len(provinces) == 31 and (provinces["count"] > 0).all()


def test_compare_gives_each_province_its_target() -> None:
    reports = wr.library().where(year=2025)
    frame = wr.compare(reports, "gdp_growth", targets_only=True, first_only=True)
    assert tuple(frame.columns) == wr.COLUMNS and len(frame) == 32
    by_region = frame.set_index("region")
    assert (by_region.loc["国务院", "value"], by_region.loc["国务院", "qualifier"]) == (5, "左右")
    assert by_region.loc["福建省", "high"] == 5.5
    assert by_region.loc["西藏", "value"] == 7


def test_load_a_text_names_the_report_by_its_file(tmp_path: Path) -> None:
    report = wr.load(ZHENGZHOU_TEXT)
    assert report.id == ZHENGZHOU_TEXT.stem
    assert set(wr.figures(report)["report"]) == {ZHENGZHOU_TEXT.stem}
    with pytest.raises(ReportError, match="no such file"):
        wr.load(tmp_path / "missing.txt")


def test_a_path_opens_the_library_store(tmp_path: Path) -> None:
    store = wr.library(tmp_path / "library.sqlite3")
    try:
        assert len(store) == len(wr.library())  # the bundled reports are served from it too
        assert {entry.id for entry in store.reports()} >= {"china-2025", "zhengzhou-hitech-2022"}
    finally:
        store.close()
