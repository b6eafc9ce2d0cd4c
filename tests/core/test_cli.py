"""The workreport command end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ZHENGZHOU_TEXT
from tests.core.zhengzhou_expected import EXPECTED_FIGURES
from workreport.core.library import DEFAULT_REPORT
from workreport.core.record import COLUMNS


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workreport", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
        check=False,
    )


def test_sections_shows_six_chapters_with_their_subsections() -> None:
    result = _run("sections")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "郑州高新区2022年政府工作报告"
    assert "  持续强化创新引领 创新能力实现新跃升" in lines
    assert "    研发创新活跃度持续提升  (3 figures)" in lines
    assert "    新物种企业迅速发展  (1 figure)" in lines


def test_sections_json_is_nested_title_and_children() -> None:
    tree = json.loads(_run("sections", "--format", "json").stdout)
    assert tree["title"] == "郑州高新区2022年政府工作报告"
    chapters = [c for c in tree["children"] if c["children"]]
    assert len(chapters) == 6
    assert chapters[0]["children"][0] == {"title": "研发创新活跃度持续提升", "children": []}


def test_export_csv_lists_every_figure() -> None:
    result = _run("export")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(EXPECTED_FIGURES)
    assert rows[1]["section"] == "持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升"
    assert (rows[1]["label"], rows[1]["value"], rows[1]["unit"], rows[1]["base_value"]) == (
        "全社会研发投入",
        "58.2",
        "亿元",
        "5820000000",
    )
    assert rows[1]["sentence"] == "全区全年全社会研发投入58.2亿元;研发投入强度10.6%。"
    assert [float(r["value"]) for r in rows] == [float(e[2]) for e in EXPECTED_FIGURES]


def test_export_files_carry_every_column_of_the_record(tmp_path: Path) -> None:
    header = ",".join(COLUMNS).encode("utf-8")
    assert _run("export", "-o", str(tmp_path / "f.csv")).returncode == 0
    data = (tmp_path / "f.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + header + b"\r\n")
    from_csv = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert from_csv[1]["written"] == "58.2亿元" and from_csv[1]["high"] == ""

    assert _run("export", "--format", "xlsx", "-o", str(tmp_path / "f.xlsx")).returncode == 0
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert sheet is not None
    assert tuple(c.value for c in sheet[1]) == COLUMNS
    by_name = dict(zip(COLUMNS, (c.value for c in sheet[3]), strict=True))
    assert (by_name["label"], by_name["value"], by_name["unit"]) == ("全社会研发投入", 58.2, "亿元")
    assert (by_name["report"], by_name["year"], by_name["high"]) == (DEFAULT_REPORT, 2022, None)
    assert sheet.max_row == len(EXPECTED_FIGURES) + 1

    rows = json.loads(_run("export", "--format", "json").stdout)
    assert all(tuple(row) == COLUMNS for row in rows)
    assert rows[1]["label"] == "全社会研发投入" and rows[1]["value"] == 58.2
    assert [r["label"] for r in rows] == [r["label"] for r in from_csv]


def test_a_range_exports_both_ends() -> None:
    rows = json.loads(_run("export", "fujian-2025", "--format", "json").stdout)
    [gdp] = [r for r in rows if r["target"] and r["label"] == "地区生产总值增长"]
    assert (gdp["value"], gdp["high"], gdp["written"]) == (5, 5.5, "5.0%—5.5%")
    from_csv = list(csv.DictReader(io.StringIO(_run("export", "fujian-2025").stdout)))
    [row] = [r for r in from_csv if r["target"] == "True" and r["label"] == "地区生产总值增长"]
    assert (row["value"], row["high"]) == ("5", "5.5")


def test_keywords_count_per_chapter() -> None:
    result = _run("keywords", "新", "--format", "json")
    assert result.returncode == 0, result.stderr
    counts = {(r["section"], r["word"]): r["count"] for r in json.loads(result.stdout)}
    text = ZHENGZHOU_TEXT.read_text("utf-8")
    assert counts[("全文", "新")] == text.count("新")  # every line of the article is counted once
    assert counts[("持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升", "新")] == 1
    assert "covers its title and everything under it" in _run("keywords", "--help").stdout


def test_keywords_with_a_report_argument(tmp_path: Path) -> None:
    result = _run("keywords", str(ZHENGZHOU_TEXT), "创新", "高质量发展", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["word"] for r in rows} == {"创新", "高质量发展"}


def test_import_writes_the_bundled_report(tmp_path: Path) -> None:
    out = tmp_path / "zhengzhou-hitech-2022.json"  # the file's name is the report's id
    root = Path(__file__).resolve().parents[2]
    meta = root / "resources" / "meta" / "zhengzhou-hitech-2022.json"
    result = _run("import", str(ZHENGZHOU_TEXT), "--meta", str(meta), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert (
        out.read_bytes()
        == (root / "resources" / "reports" / "zhengzhou-hitech-2022.json").read_bytes()
    )


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.json", b"", "the file is empty"),
        ("binary.json", bytes(range(256)), "is a binary file, not text"),
        (
            "utf16.txt",
            "Café 政府\n".encode("utf-16-be"),
            "too little Chinese text to be a work report",
        ),
        (
            "undecodable.txt",
            b"abc\x80\xff\xff",
            "is not UTF-8 or GB18030 text (byte 0x80 at offset 3)",
        ),
        ("broken.json", b'{"title": ', "invalid JSON at line 1, column 11: Expecting value"),
        ("other.json", b'{"title": "x"}', 'missing key "format"'),
        (
            "notes.txt",
            "今天天气很好。\n我们去公园。\n".encode(),
            "too little Chinese text to be a work report",
        ),
    ],
)
def test_bad_input_gives_one_line_and_status_2(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for command in (["export", str(path)], ["sections", str(path)]):
        result = _run(*command)
        assert result.returncode == 2
        assert result.stderr == f"workreport: error: {path}: {problem}\n"
        assert result.stdout == ""


def test_missing_file_and_unknown_id(tmp_path: Path) -> None:
    result = _run("sections", str(tmp_path / "gone.json"))
    assert (result.returncode, result.stderr) == (
        2,
        f"workreport: error: {tmp_path / 'gone.json'}: no such file\n",
    )
    result = _run("sections", "no-such-report")
    assert result.returncode == 2
    assert (
        result.stderr
        == "workreport: error: no-such-report: no such file, and no bundled report has this id\n"
    )


def test_a_text_report_is_imported_on_the_fly() -> None:
    result = _run("sections", str(ZHENGZHOU_TEXT))
    assert result.returncode == 0
    assert "研发创新活跃度持续提升" in result.stdout


def test_xlsx_needs_an_output_file() -> None:
    result = _run("export", "--format", "xlsx")
    assert (result.returncode, result.stderr) == (
        2,
        "workreport: error: --format xlsx needs -o FILE.xlsx\n",
    )
