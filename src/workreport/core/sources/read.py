"""One entry for every source: a file, bytes in memory, or the clipboard, to a :class:`SourceText`.

The format is read from the content (:mod:`detect`), so a mislabelled file is read as what it is;
a JSON report is not a source (it is loaded as it was saved) and is refused here.
"""

from __future__ import annotations

from pathlib import Path

from workreport.core.errors import ReportError
from workreport.core.sources.base import Progress, SourceFormat, SourceText, lines_of
from workreport.core.sources.detect import detect_format
from workreport.core.textfile import read_bytes

# What a user may open, for file dialogs and help texts: the formats by their usual suffixes.
SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm", ".json")
# What a binary file named like a document is not.
_CLAIMED = {
    ".docx": "is not a Word document: a .docx is a zip, and this is not one",
    ".pdf": "is not a PDF: it does not start with %PDF",
}


def read_source(path: Path, progress: Progress | None = None) -> SourceText:
    """The text of the document at ``path``, whatever its format (a JSON report is refused)."""
    return source_from_bytes(read_bytes(path), str(path), progress)


def source_from_bytes(data: bytes, name: str, progress: Progress | None = None) -> SourceText:
    form = detect_format(data, name)
    if form is SourceFormat.PDF:
        from workreport.core.sources.pdf import read_pdf

        return read_pdf(data, name, progress)
    if form is SourceFormat.DOCX:
        from workreport.core.sources.word import read_docx

        return read_docx(data, name)
    if form is SourceFormat.HTML:
        from workreport.core.sources.webpage import read_html

        return read_html(data, name)
    if form is SourceFormat.JSON:
        raise ReportError(name, "", "is a JSON file: load it as a report, not as a text")
    from workreport.core.sources.plain import read_plain

    try:
        return read_plain(data, name)
    except ReportError as error:  # binary: say what it is not, as its name promised it is
        claimed = _CLAIMED.get(Path(name).suffix.lower())
        if claimed is None or "binary" not in error.problem:
            raise
        raise ReportError(name, "", claimed) from None


def source_from_clipboard(html: str, text: str, name: str = "clipboard") -> SourceText:
    """What a copy in a browser or an editor put on the clipboard: its HTML when it has any
    article in it, else its plain text."""
    if html.strip():
        from workreport.core.sources.webpage import html_source

        try:
            return html_source(html, name)
        except ReportError:
            if not text.strip():
                raise
    if not text.strip():
        raise ReportError(name, "", "holds no text")
    return SourceText(name, SourceFormat.TEXT, lines_of(text))
