"""The command line reads every format, by content, and standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS

BEIJING = "2025年北京市政府工作报告"


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "workreport", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_import_reads_standard_input(tmp_path: Path) -> None:
    text = (CORPUS / "provinces" / f"{BEIJING}.txt").read_bytes()
    out = tmp_path / "beijing.json"
    done = _run("import", "-", "-o", str(out), stdin=text)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == f"{out}: 2 chapters, 182 figures\n"
    saved = json.loads(out.read_text("utf-8"))
    assert saved["title"] == BEIJING


def test_standard_input_that_is_no_report(tmp_path: Path) -> None:
    done = _run("import", "-", "-o", str(tmp_path / "x.json"), stdin="你好\n".encode())
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "workreport: error: standard input: too little Chinese text to be a work report\n"
    )
    assert not (tmp_path / "x.json").exists()


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    mislabelled = tmp_path / "report.txt"
    mislabelled.write_bytes((CORPUS / "provinces-docx" / f"{BEIJING}.docx").read_bytes())
    done = _run("sections", str(mislabelled))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[:3] == [
        BEIJING,
        "  导语",
        "  一、2024年工作回顾  (18 figures)",
    ]


def test_keywords_and_export_read_a_docx() -> None:
    docx = str(CORPUS / "provinces-docx" / f"{BEIJING}.docx")
    counted = _run("keywords", docx, "新质生产力", "--by", "report", "--format", "json")
    assert counted.returncode == 0, counted.stderr
    text_count = _run(
        "keywords",
        str(CORPUS / "provinces" / f"{BEIJING}.txt"),
        "新质生产力",
        "--by",
        "report",
        "--format",
        "json",
    )
    assert json.loads(counted.stdout) == json.loads(text_count.stdout)
    exported = _run("export", docx)
    assert exported.returncode == 0
    assert len(exported.stdout.decode().splitlines()) == 183  # a header and 182 figures
