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


def join_broken_lines(lines: list[str], is_heading: Callable[[str], bool]) -> list[str]:
    """Non-empty lines as paragraphs, with page-break fragments joined to what follows."""
    paragraphs: list[str] = []
    pending = ""
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        if pending and not is_heading(line):
            line = pending + line
        elif pending:
            paragraphs.append(pending)
        pending = ""
        if is_heading(line) or ends_paragraph(line):
            paragraphs.append(line)
        else:
            pending = line
    if pending:
        paragraphs.append(pending)
    return paragraphs
