"""The self-test's documents import to the report their text gives."""

from __future__ import annotations

import pytest

from workreport.core.importer import import_text
from workreport.core.library import import_source
from workreport.core.sources import SourceFormat, source_from_bytes
from workreport.core.sources.samples import SAMPLE_TEXT, sample_docx, sample_pdf


@pytest.mark.parametrize(("kind", "make"), [("docx", sample_docx), ("pdf", sample_pdf)])
def test_a_sample_document_reads_as_its_text(kind: str, make: object) -> None:
    assert callable(make)
    source = source_from_bytes(make(), f"sample.{kind}")
    assert source.format is SourceFormat(kind)
    assert source.text() == SAMPLE_TEXT
    assert import_source(source) == import_text(SAMPLE_TEXT, name=f"sample.{kind}")


def test_a_footer_and_its_page_number_stay_out() -> None:
    source = source_from_bytes(sample_docx(footer="第 1 页 2025年示例市政府工作报告"), "f.docx")
    assert source.text() == SAMPLE_TEXT
