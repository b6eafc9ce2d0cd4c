"""Issue 14's "done when": each of the 31 provincial reports, imported from its .docx and from its
.pdf, gives the report its .txt gives — the same chapters, at least 95% of the section titles, the
same targets, and at least 99% (docx) or 97% (pdf) of the figures by value and unit."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.core.sources.agreement import agreement
from workreport.core.library import import_file
from workreport.core.model import Report

PROVINCES = sorted(path.stem for path in (CORPUS / "provinces").glob("*.txt"))
LEAST_FIGURES = {"docx": 0.99, "pdf": 0.97}


@cache
def _from_text(stem: str) -> Report:
    return import_file(CORPUS / "provinces" / f"{stem}.txt")


def test_all_31_provinces_are_there() -> None:
    assert len(PROVINCES) == 31
    for kind in LEAST_FIGURES:
        assert sorted(p.stem for p in (CORPUS / f"provinces-{kind}").glob(f"*.{kind}")) == PROVINCES


@pytest.mark.parametrize("kind", sorted(LEAST_FIGURES))
@pytest.mark.parametrize("stem", PROVINCES)
def test_a_document_imports_to_the_report_of_its_text(stem: str, kind: str) -> None:
    document = Path(CORPUS / f"provinces-{kind}" / f"{stem}.{kind}")
    text, other = _from_text(stem), import_file(document)
    result = agreement(text, other)
    assert result.chapters_same, [c.title for c in other.chapters()]
    assert result.titles >= 0.95, result.missing_titles
    assert result.targets_same
    assert result.figures >= LEAST_FIGURES[kind], result.missing_figures
    assert other.title == text.title
