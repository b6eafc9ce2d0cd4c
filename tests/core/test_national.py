"""The 52 national reports against hand truth read from the texts (tests/core/national_truth.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.national_truth import CHAPTERS, GDP_TARGETS
from workreport.core.compare import compare
from workreport.core.library import import_file
from workreport.core.model import Report, SectionKind

NATIONAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "national"

# Chapter styles the importer does not read yet (see docs/importer.md, "Not yet"): a heading run
# into its text (1987).
KNOWN_WRONG = {1987}


def _import(year: int) -> Report:
    return import_file(next(NATIONAL.glob(f"{year}年*.txt")))


def _chapters(report: Report) -> list[str]:
    if report.notes:
        return []
    return [s.numbering + s.title for s in report.sections if s.kind is SectionKind.CHAPTER]


@pytest.mark.parametrize(
    "year",
    [
        pytest.param(y, marks=pytest.mark.xfail(strict=True, reason="style not read yet"))
        if y in KNOWN_WRONG
        else y
        for y in sorted(CHAPTERS)
    ],
)
def test_chapter_titles(year: int) -> None:
    assert _chapters(_import(year)) == CHAPTERS[year]


def test_all_52_texts_open() -> None:
    assert len(CHAPTERS) == 52
    assert sorted(int(p.name[:4]) for p in NATIONAL.glob("*.txt")) == sorted(CHAPTERS)


def test_gdp_growth_target_of_2005_to_2025() -> None:
    got = {}
    for year in sorted(GDP_TARGETS):
        rows = compare([_import(year)], "gdp_growth", targets_only=True, first_only=True)
        got[year] = (rows[0].value, rows[0].high, rows[0].qualifier) if rows else None
    right = [year for year in GDP_TARGETS if got[year] == GDP_TARGETS[year]]
    assert len(right) >= 19, {y: got[y] for y in GDP_TARGETS if y not in right}
