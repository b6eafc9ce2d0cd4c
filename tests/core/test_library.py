"""The bundled library: the index lists every report without loading any."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT
from workreport.core.library import (
    DEFAULT_REPORT,
    bundled_ids,
    list_bundled,
    load_bundled,
    meta_ids,
)


def test_the_index_lists_the_33_reports_national_first() -> None:
    entries = list_bundled()
    assert len(entries) == 33
    assert entries[0].id == "china-2025" and entries[0].level == "national"
    assert entries[0].title == "2025年国务院政府工作报告"
    assert [e.level for e in entries].count("provincial") == 31
    assert entries[-1].id == DEFAULT_REPORT
    assert bundled_ids() == sorted(e.id for e in entries)
    assert sorted(bundled_ids()) == meta_ids(ROOT / "resources" / "meta")


def test_index_entries_agree_with_the_reports() -> None:
    for entry in list_bundled():
        report = load_bundled(entry.id)
        assert (report.title, report.region, report.level, report.year, report.date) == (
            entry.title,
            entry.region,
            entry.level,
            entry.year,
            entry.date,
        )


def test_every_json_file_is_in_the_index() -> None:
    folder = ROOT / "resources" / "reports"
    files = sorted(p.stem for p in folder.glob("*.json") if p.name != "index.json")
    assert files == bundled_ids()
    index = json.loads((folder / "index.json").read_text("utf-8"))
    assert set(index[0]) == {"id", "title", "region", "level", "year", "date"}


def test_the_index_is_small(tmp_path: Path) -> None:
    assert (ROOT / "resources" / "reports" / "index.json").stat().st_size < 10_000
