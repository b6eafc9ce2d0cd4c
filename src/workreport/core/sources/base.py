"""What every source gives the importer: lines of text, with page breaks and paragraph ends marked.

A :class:`SourceText` is what a ``.txt``, ``.docx``, ``.pdf`` or saved web page, or the clipboard,
holds once its format is peeled off. The importer reads :meth:`SourceText.text`: one paragraph a
line, the shape of the corpus's ``.txt`` files, whatever the format was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class SourceFormat(StrEnum):
    TEXT = "txt"
    JSON = "json"
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"


# Told how far a long read has come (pages done, pages in all); may raise ImportCancelled to stop.
Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """The user stopped an import; raised from a :data:`Progress` callback and passed through."""


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line as the document lays it out.

    ``paragraph_end``: the line ends its paragraph (a Word paragraph, an HTML block, a line of a
    ``.txt`` file; in a PDF, a line that stops short of the right margin or is followed by an
    indented one). ``page``: the 1-based page it is on, 0 where the format has no pages.
    """

    text: str
    paragraph_end: bool = True
    page: int = 0


@dataclass(slots=True)
class SourceText:
    """A document's text: its lines in reading order, and the title it gives itself, if any."""

    name: str
    format: SourceFormat
    lines: list[SourceLine] = field(default_factory=list)
    title: str = ""  # an HTML page's <title> or <h1>; empty when the document names none
    pages: int = 0

    def paragraphs(self) -> list[str]:
        """The lines joined up to each paragraph end."""
        paragraphs: list[str] = []
        pending: list[str] = []
        for line in self.lines:
            pending.append(line.text)
            if line.paragraph_end:
                paragraphs.append("".join(pending))
                pending = []
        if pending:
            paragraphs.append("".join(pending))
        return paragraphs

    def text(self) -> str:
        """One paragraph a line: what :func:`workreport.core.importer.import_text` reads."""
        return "\n".join(self.paragraphs())


def lines_of(text: str, *, page: int = 0) -> list[SourceLine]:
    """Every line of a plain text as a paragraph of its own (a ``.txt`` file's convention)."""
    return [SourceLine(line, True, page) for line in text.splitlines()]
