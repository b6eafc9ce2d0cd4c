"""Bad documents end in one line naming the file and the problem: never a traceback or a hang."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.core.sources.pdfs import scanned_pdf, text_pdf
from workreport.core.errors import ReportError
from workreport.core.library import open_report
from workreport.core.sources import limits, read_source
from workreport.core.sources.pdf import SCANNED

BEIJING_PDF = CORPUS / "provinces-pdf" / "2025年北京市政府工作报告.pdf"
BEIJING_DOCX = CORPUS / "provinces-docx" / "2025年北京市政府工作报告.docx"
LINES = ["Government Work Report", "Delivered at the session of the congress."]


def _refused(path: Path, problem: str) -> None:
    with pytest.raises(ReportError) as raised:
        open_report(str(path))
    message = raised.value.message
    assert message.startswith(f"{path}: "), message
    assert problem in message, message
    assert "\n" not in message


def test_a_hand_made_pdf_reads(tmp_path: Path) -> None:
    path = tmp_path / "ok.pdf"
    path.write_bytes(text_pdf([LINES * 3]))
    assert [line.text for line in read_source(path).lines][:2] == LINES


def test_an_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([LINES * 3]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    _refused(path, "is protected by a password")


def test_an_encrypted_pdf_with_no_open_password_reads(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([LINES * 3]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "no-copy.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert [line.text for line in read_source(path).lines][:2] == LINES


@pytest.mark.parametrize("keep", [0.02, 0.5])
def test_a_truncated_pdf(tmp_path: Path, keep: float) -> None:
    data = BEIJING_PDF.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ReportError) as raised:
        open_report(str(path))
    assert raised.value.message.startswith(f"{path}: ")
    assert "\n" not in raised.value.message


def test_garbage_after_the_pdf_header(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    _refused(path, "damaged PDF")


def test_a_scanned_pdf(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf())
    _refused(path, SCANNED)
    assert SCANNED == "this PDF has no text: it is a scan; OCR it first"


def test_too_many_pages(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(text_pdf([["page"]] * (limits.MAX_PDF_PAGES + 1)))
    _refused(path, f"has {limits.MAX_PDF_PAGES + 1} pages; PDFs over 500 pages are refused")


def test_a_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(bytes(range(256)) * 10)
    _refused(path, "is not a Word document")


def test_a_truncated_docx(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(BEIJING_DOCX.read_bytes()[:3000])
    _refused(path, "damaged zip")


def test_a_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a report")
    _refused(path, "is a zip archive but not a Word document")


def test_a_zip_bomb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(limits.MAX_DOCX_UNCOMPRESSED // len(chunk) + 1):
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused(path, "a zip bomb?")


def test_a_docx_with_a_broken_document(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(BEIJING_DOCX) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            copy.writestr(item, data[:500] if item.filename == "word/document.xml" else data)
    _refused(path, "is a damaged Word document")


def test_an_old_word_file(tmp_path: Path) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    _refused(path, "old Word (.doc)")
