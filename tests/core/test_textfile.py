"""Reading report texts: every encoding the corpus may come in, and every way a file can be wrong."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from workreport.core.errors import ReportError
from workreport.core.library import import_file
from workreport.core.textfile import MAX_BYTES, read_text

SHANGHAI = CORPUS / "provinces" / "2025年上海市政府工作报告.txt"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gbk", b""),
        ("gb18030", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_a_report_reads_the_same_in_every_encoding(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    # GBK has no em space (U+2003), which the corpus uses for indentation
    text = SHANGHAI.read_text("utf-8").replace("\u2003", "\u3000")
    path = tmp_path / "report.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert read_text(path) == text
    original = tmp_path / "original.txt"
    original.write_text(text, "utf-8")
    assert import_file(path) == import_file(original)


def test_gbk_text_with_only_chinese_and_ascii(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("一、2024年工作回顾\n地区生产总值增长5%。\n".encode("gbk"))
    assert read_text(path).startswith("一、2024年工作回顾")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "the file is empty"),
        (b" \r\n\t", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "is a binary file, not text"),
        (bytes(range(256)) * 4, "is a binary file, not text"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(56), "is a binary file, not text"),
        (b"abc\x80\xff\xff", "is not UTF-8 or GB18030 text (byte 0x80 at offset 3)"),
        (
            "今天天气很好。\n我们去公园。\n".encode(),
            "too little Chinese text to be a work report",
        ),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReportError) as caught:
        import_file(path)
    assert caught.value.message == f"{path}: {problem}"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(ReportError) as caught:
        import_file(path)
    assert caught.value.message == f"{path}: is 20 MB; files over 20 MB are refused"


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="is a folder, not a file"):
        import_file(tmp_path)
    with pytest.raises(ReportError, match="no such file"):
        import_file(tmp_path / "gone.txt")
