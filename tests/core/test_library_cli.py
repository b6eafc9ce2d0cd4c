"""``workreport library …`` and ``keywords --across all`` end to end, in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.store.conftest import loadable_bundled_ids, write_variants
from workreport.core import keywords
from workreport.core.library import import_file, load_bundled


def _run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workreport", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        env={**os.environ, "WORKREPORT_DATA": str(data)},
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Path]]:
    """A data folder whose store holds three reports added from a folder with one bad file."""
    root = tmp_path_factory.mktemp("library")
    folder = root / "reports"
    files = write_variants(folder, 3)
    (folder / "empty.txt").write_bytes(b"")
    result = _run(root / "data", "library", "add", str(folder), "--failures", str(root / "f.csv"))
    assert result.returncode == 0, result.stderr
    return root, folder, files


def test_add_reports_progress_and_failures(library: tuple[Path, Path, list[Path]]) -> None:
    root, folder, _ = library
    with (root / "f.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    empty = str((folder / "empty.txt").resolve())
    assert rows == [["file", "problem"], [empty, f"{empty}: the file is empty"]]
    again = _run(root / "data", "library", "add", str(folder))
    assert again.returncode == 0, again.stderr
    assert f"failed: {empty}: the file is empty" in again.stderr
    assert "4 files, 0 imported, 3 unchanged, 1 failed" in again.stderr


def test_list_names_each_report_and_its_file(library: tuple[Path, Path, list[Path]]) -> None:
    root, _, files = library
    result = _run(root / "data", "library", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["file"] for r in records] == [str(p.resolve()) for p in files]
    assert [r["title"] for r in records] == [import_file(p).title for p in files]
    assert [r["report"] for r in records] == ["report-000", "report-001", "report-002"]


def test_export_writes_every_figure(library: tuple[Path, Path, list[Path]]) -> None:
    root, _, files = library
    out = root / "figures.csv"
    result = _run(root / "data", "library", "export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    per_report = len(list(import_file(files[0]).all_indicators()))
    assert len(rows) == 3 * per_report
    for path in files:
        mine = [row for row in rows if row["file"] == str(path.resolve())]
        assert len(mine) == per_report
        assert {row["report"] for row in mine} == {path.stem}


def test_keywords_across_all_counts_every_report(library: tuple[Path, Path, list[Path]]) -> None:
    root, _, files = library
    result = _run(
        root / "data", "keywords", "新", "--across", "all", "--by", "report", "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 3 + len(loadable_bundled_ids())  # the bundled reports are in the store too
    assert all(
        row.keys() == {"report", "title", "file", "region", "level", "year", "word", "count"}
        for row in rows
    )
    by_report = {row["report"]: row for row in rows}
    china = load_bundled("china-2025")
    assert by_report["china-2025"]["count"] == keywords.count_in_report(china, "新")
    assert by_report["china-2025"]["file"] == ""
    added = by_report["report-001"]
    assert added["file"] == str(files[1].resolve())
    assert added["count"] == keywords.count_in_report(import_file(files[1]), "新")

    levels = _run(
        root / "data", "keywords", "新", "--across", "all", "--by", "level", "--format", "csv"
    )
    assert levels.returncode == 0, levels.stderr
    table = {row["level"]: int(row["count"]) for row in csv.DictReader(io.StringIO(levels.stdout))}
    national = sum(row["count"] for row in rows if row["level"] == "national")
    assert table["national"] == national > by_report["china-2025"]["count"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("library", "add", "no-such-folder"), "no-such-folder: is not a folder"),
        (
            ("keywords", "新", "--across", "all", "--by", "chapter"),
            "--by report, year, level, region",
        ),
        (("keywords", "新", "--by", "year"), "--by year counts across reports: add --across all"),
    ],
)
def test_bad_requests_end_in_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = _run(tmp_path, *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


def test_parquet_without_pyarrow_says_what_is_missing(tmp_path: Path) -> None:
    result = _run(
        tmp_path, "library", "export", "--format", "parquet", "-o", str(tmp_path / "f.parquet")
    )
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        assert result.returncode == 2
        assert "Parquet needs pyarrow, which is not installed" in result.stderr
        assert not list(tmp_path.glob("*.parquet*"))
    else:
        assert result.returncode == 0, result.stderr
