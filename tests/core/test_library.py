"""The bundled library: the index lists every report without loading any."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT
from workreport.core.library import (
    DEFAULT_REPORT,
    bundled_ids,
    list_bundled,
    load_bundled,
    meta_ids,
)


def test_the_index_lists_every_report_national_first_newest_first() -> None:
    entries = list_bundled()
    assert len(entries) == len(meta_ids(ROOT / "resources" / "meta"))
    national = [e for e in entries if e.level == "national"]
    assert list(entries[: len(national)]) == national
    assert [e.year for e in national] == sorted((e.year or 0 for e in national), reverse=True)
    assert entries[0].id == "china-2025" and entries[0].title == "2025年国务院政府工作报告"
    assert {e.region for e in national} == {"国务院"}
    assert {1955, 1978, 2005, 2019, 2021, 2024} <= {e.year for e in national}
    assert [e.level for e in entries].count("provincial") == 31
    assert entries[-1].id == DEFAULT_REPORT
    assert bundled_ids() == sorted(e.id for e in entries)
    assert sorted(bundled_ids()) == meta_ids(ROOT / "resources" / "meta")


def test_every_national_text_is_bundled() -> None:
    texts = sorted((CORPUS / "national").glob("*年国务院政府工作报告.txt"))
    years = {e.year for e in list_bundled() if e.level == "national"}
    assert len(texts) == 52
    assert years == {int(path.name[:4]) for path in texts}


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
    index = ROOT / "resources" / "reports" / "index.json"
    assert index.stat().st_size < 200 * len(list_bundled())  # a line a report, no report content


def test_a_bundled_report_is_read_gzipped_where_the_bundle_packs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    from workreport.core import library
    from workreport.core.errors import ReportError
    from workreport.core.jsonformat import loads_report

    data = (ROOT / "resources" / "reports" / f"{DEFAULT_REPORT}.json").read_bytes()
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / f"{DEFAULT_REPORT}.json.gz").write_bytes(gzip.compress(data))
    monkeypatch.setattr(library, "_folder", lambda name: tmp_path / name)
    assert library.bundled_report_bytes(DEFAULT_REPORT) == data
    assert library.load_bundled(DEFAULT_REPORT) == loads_report(data.decode("utf-8"), "plain")
    with pytest.raises(ReportError, match="no bundled report has this id"):
        library.load_bundled("no-such-report")
