"""Split text into paragraphs and join those that page breaks cut in two.

A line that does not end in terminal punctuation continues in the next non-empty line
(``累计达到`` + ``41家``, ``战`` + ``新产业增加值``, ``“一`` + ``老一小”``), unless either line is
a heading, which never ends in punctuation.
"""

from __future__ import annotations

from collections.abc import Callable

# A paragraph ends with one of these, possibly followed by closing quotes or brackets.
TERMINAL_PUNCTUATION = "。！？!?；;…：:"
CLOSING_MARKS = "”’」』）)》】"
# Spaces that indent or pad lines in the corpus (U+3000 ideographic, U+2003 em space, NBSP, BOM).
PADDING = " \t\u3000\u2002\u2003\u00a0\ufeff"


def clean_line(line: str) -> str:
    return line.strip(PADDING + "\r\n")


def ends_paragraph(line: str) -> bool:
    return line.rstrip(CLOSING_MARKS)[-1:] in TERMINAL_PUNCTUATION


# Every heading rule matches within a line's first characters (chapter and appendix titles are
# short, section markers open the line): a long paragraph is tested on its start only.
HEADING_SPAN = 2000


def _ends(parts: list[str]) -> bool:
    """Whether the pieces of a paragraph end it (its last mark that is not a closing one)."""
    for part in reversed(parts):
        stripped = part.rstrip(CLOSING_MARKS)
        if stripped:
            return stripped[-1] in TERMINAL_PUNCTUATION
    return False


def join_broken_lines(lines: list[str], is_heading: Callable[[str], bool]) -> list[str]:
    """Non-empty lines as paragraphs, with page-break fragments joined to what follows.

    The pending paragraph is kept in pieces and joined once (linear time however many lines a
    paragraph has); only its start is tested as a heading.
    """
    paragraphs: list[str] = []
    parts: list[str] = []  # the pending paragraph, in pieces
    head = ""  # its first HEADING_SPAN characters
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        line_is_heading = is_heading(line)
        if parts and not line_is_heading:
            parts.append(line)
            heading = False  # the start did not make a heading: unchanged, it still does not
            if len(head) < HEADING_SPAN:
                head = (head + line)[:HEADING_SPAN]
                heading = is_heading(head)
        else:
            if parts:
                paragraphs.append("".join(parts))
            parts, head = [line], line[:HEADING_SPAN]
            heading = line_is_heading if len(line) <= HEADING_SPAN else is_heading(head)
        if heading or _ends(parts):
            paragraphs.append("".join(parts))
            parts, head = [], ""
    if parts:
        paragraphs.append("".join(parts))
    return paragraphs
