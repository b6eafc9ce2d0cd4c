"""What the importer accepts beyond the size of a text: bounds that keep every import fast, small
in memory, and its report loadable again.

A work report holds a few hundred sections and at most about a thousand numbers (the corpus's most,
1956, has 1,067 runs of digits); a text far beyond that is not a report, and building it would take
memory in proportion to the figures times their sentences. The limits here are 20 to 100 times the
corpus's largest, and each is checked as soon as it can be, before the memory is spent: the number
count on the text, the section count while the outline is walked, the figure count section by
section. With them, the report of any accepted text stays within
:data:`workreport.core.jsonformat.MAX_REPORT_BYTES`, which the writer checks again exactly.
"""

from __future__ import annotations

import re

from workreport.core.errors import ReportError
from workreport.core.model import Section
from workreport.core.textfile import clean_text

__all__ = [
    "MAX_FIGURES",
    "MAX_NUMBERS",
    "MAX_SECTIONS",
    "check_numbers",
    "check_section_count",
    "clean_text",
    "count_figures",
    "fallback_title",
]

MAX_NUMBERS = 20_000  # runs of digits in the text
MAX_FIGURES = 20_000
MAX_SECTIONS = 120_000

_DIGITS = re.compile(r"\d+")
FALLBACK_TITLE = "政府工作报告"


def check_numbers(text: str, name: str) -> None:
    """Refuse a text with more runs of digits than any report holds (counted without a list)."""
    for count, _ in enumerate(_DIGITS.finditer(text), start=1):
        if count > MAX_NUMBERS:
            raise ReportError(
                name,
                "",
                f"holds over {MAX_NUMBERS:,} numbers; a work report holds a few thousand at most",
            )


def check_section_count(count: int, name: str) -> None:
    if count > MAX_SECTIONS:
        raise ReportError(
            name,
            "",
            f"has over {MAX_SECTIONS:,} headings; a work report has a few hundred at most",
        )


def check_figures(count: int, name: str) -> None:
    if count > MAX_FIGURES:
        raise ReportError(
            name,
            "",
            f"has over {MAX_FIGURES:,} figures; a work report has a few thousand at most",
        )


def count_figures(count: int, section: Section, name: str) -> int:
    """The running count of figures with ``section``'s; refused over :data:`MAX_FIGURES`."""
    count += len(section.indicators)
    check_figures(count, name)
    return count


def fallback_title(region: str, year: int | None) -> str:
    """A title for a text that gives none (35 of the national texts): 2010年政府工作报告."""
    return f"{year if year is not None else ''}{'年' if year is not None else ''}{region}{FALLBACK_TITLE}"
