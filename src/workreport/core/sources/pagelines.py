"""From the lines of a PDF's pages to the lines of its text: page furniture out, paragraphs marked.

Extraction gives each page's lines as the page shows them. What is not the report goes:

- page numbers on a page's first or last lines: ``1``, ``— 3 —``, ``- 3 -``, ``第3页``, ``第 3 页 共 40 页``,
  ``3/40``;
- running heads and feet: a line at the top or bottom of at least a third of the pages (and of at
  least 3), digits aside (``2025年政府工作报告　第 3 页``); page 1 keeps its own;
- the spaces extraction puts between Chinese and Western characters (:mod:`spacing`).

Then each line is marked as ending its paragraph or not. Lines of a paragraph fill the text width;
its last line usually stops short, and the next paragraph's first line is indented. So a line ends
its paragraph when it is visibly shorter than the page's full lines (under 90% of their width,
counting a Chinese character as 1 and a Western one as ½), when the next line is indented, or when
it ends a sentence and the next line opens a numbered heading (``一、``, ``（二）``, ``3.``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from workreport.core.sources.base import SourceLine
from workreport.core.sources.spacing import close_up

_DASHES = "-—–－~―"
PAGE_NUMBER = re.compile(
    rf"^(?:[{_DASHES}]\s*)?\d{{1,4}}(?:\s*[{_DASHES}])?$"
    r"|^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$"
    r"|^\d{1,4}\s*/\s*\d{1,4}$"
    r"|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.I,
)
# How many lines at the top and at the bottom of a page may be furniture.
EDGE_LINES = 2
RUNNING_SHARE = 1 / 3
RUNNING_MIN_PAGES = 3
SHORT_LINE_SHARE = 0.9
INDENT = (" ", "\u3000", "\u00a0", "\t")
# A line that starts this far (in points) right of the margin is indented: a paragraph's first
# line (a Chinese character is 10 to 16 points wide; paragraphs are indented by two).
INDENT_POINTS = 6.0
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]\D|第[一二三四五六七八九十]+[章部分篇]|附件|名词解释)"
)
_TERMINAL = "。！？!?；;：:…”’）)"


class PageLine(NamedTuple):
    """A line as extracted, and the x positions (points) where it starts and ends, None when
    unknown."""

    text: str
    x: float | None = None
    end: float | None = None


def text_width(line: str) -> float:
    """A line's width in Chinese characters: a wide, full-width or ambiguous character (“”、—…,
    full width in a Chinese font) counts 1, others ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in line)


def _edge_indices(lines: list[PageLine]) -> list[int]:
    count = len(lines)
    return sorted({*range(min(EDGE_LINES, count)), *range(max(0, count - EDGE_LINES), count)})


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def remove_furniture(pages: list[list[PageLine]]) -> list[list[PageLine]]:
    """The pages' lines without page numbers and running heads and feet (blank lines dropped)."""
    pages = [[PageLine(t.rstrip(), x, end) for t, x, end in page if t.strip()] for page in pages]
    pages = [
        [
            line
            for index, line in enumerate(page)
            if not (index in _edge_indices(page) and PAGE_NUMBER.match(line.text.strip()))
        ]
        for page in pages
    ]
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_furniture_key(page[i].text) for i in _edge_indices(page)})
    threshold = max(RUNNING_MIN_PAGES, len(pages) * RUNNING_SHARE)
    running = {key for key, count in counts.items() if count >= threshold and key}
    if not running:
        return pages
    return [
        page
        if number == 0
        else [
            line
            for index, line in enumerate(page)
            if not (index in _edge_indices(page) and _furniture_key(line.text) in running)
        ]
        for number, page in enumerate(pages)
    ]


def _full_width(widths: list[float]) -> float:
    """The width of a full line: the 75th percentile of the lines' widths (most lines are full),
    leaving out the shortest (page numbers, headings of a word or two)."""
    longest = max(widths, default=0.0)
    ordered = sorted(w for w in widths if w >= longest / 4)
    if not ordered:
        return max(widths, default=0.0)
    return ordered[int(len(ordered) * 0.75)]


def _indented(pages: list[list[PageLine]]) -> list[bool]:
    """For every line, whether it starts right of the page's left margin (the most common start)."""
    flags: list[bool] = []
    for page in pages:
        starts = Counter(round(x) for _, x, _ in page if x is not None)
        margin = min((x for x, n in starts.items() if n == max(starts.values())), default=0)
        flags.extend(
            (x is not None and x > margin + INDENT_POINTS) or text.startswith(INDENT)
            for text, x, _ in page
        )
    return flags


def mark_paragraphs(pages: list[list[PageLine]]) -> list[SourceLine]:
    """Every line of every page, spacing closed up, each marked as ending its paragraph or not."""
    numbered = [
        (number, close_up(line.text)) for number, page in enumerate(pages, 1) for line in page
    ]
    indented = _indented(pages)
    starts = [line.x for page in pages for line in page]
    ends = [line.end for page in pages for line in page]
    if all(end is not None for end in ends) and all(x is not None for x in starts):
        # where each line ends on the page, as a width from the left margin
        left = Counter(round(x or 0.0) for x in starts).most_common(1)[0][0] if starts else 0
        widths = [(end or 0.0) - left for end in ends]
    else:  # else how many characters it holds
        widths = [text_width(line.strip()) for _, line in numbered]
    full = _full_width(widths)
    lines: list[SourceLine] = []
    for index, (page, line) in enumerate(numbered):
        following = numbered[index + 1][1] if index + 1 < len(numbered) else ""
        stripped = line.strip()
        paragraph_end = (
            not following
            or widths[index] < SHORT_LINE_SHARE * full
            or indented[index + 1]
            or (
                stripped.endswith(tuple(_TERMINAL))
                and _HEADING_START.match(following.strip()) is not None
            )
        )
        lines.append(SourceLine(stripped, paragraph_end, page))
    return lines


def page_lines(pages: list[list[PageLine]]) -> list[SourceLine]:
    """The text lines of a PDF whose pages extracted to ``pages``."""
    return mark_paragraphs(remove_furniture(pages))
