"""A PDF's text through pypdf (BSD-3-Clause, pure Python): see the README for why not pdfminer.six.

Every way a PDF can fail ends in a :class:`ReportError`: damaged, encrypted with a password, over
:data:`~workreport.core.sources.limits.MAX_PDF_PAGES` pages, or scanned (images, no text layer).
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from typing import TYPE_CHECKING, Any

from workreport.core.errors import ReportError
from workreport.core.sources.base import ImportCancelled, Progress, SourceFormat, SourceText
from workreport.core.sources.limits import MAX_PDF_PAGES, MAX_TEXT_CHARS
from workreport.core.sources.pagelines import PageLine, page_lines, text_width

if TYPE_CHECKING:
    from pypdf import PdfReader

# A page with fewer visible characters than this holds no text worth reading (a scan may carry a
# stray page number or a watermark).
MIN_CHARS_PER_PAGE = 20
SCANNED = "this PDF has no text: it is a scan; OCR it first"


def read_pdf(data: bytes, name: str, progress: Progress | None = None) -> SourceText:
    """The text of the PDF ``data``, page by page; ``progress`` hears of every page read."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are our error, not a log
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(data, name)
        count = _page_count(reader, name)
        pages: list[list[PageLine]] = []
        chars = 0
        for number in range(count):
            pages.append(_page_text(reader, number, name))
            chars += sum(len(line.text) for line in pages[-1])
            if chars > MAX_TEXT_CHARS:
                raise ReportError(name, "", f"holds over {MAX_TEXT_CHARS:,} characters of text")
            if progress is not None:
                progress(number + 1, count)
    visible = sum(len("".join(line.text.split())) for page in pages for line in page)
    if visible < MIN_CHARS_PER_PAGE * count:
        raise ReportError(name, "", SCANNED)
    return SourceText(name, SourceFormat.PDF, page_lines(pages), pages=count)


def _open(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    _share_fonts()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise ReportError(
                    name,
                    "",
                    "is an encrypted PDF (AES); reading it needs the cryptography package",
                ) from None
            if not opened:
                raise ReportError(
                    name, "", "is protected by a password: save a copy without it and open that"
                )
    except ReportError:
        raise
    except Exception as error:  # pypdf raises many types on a damaged file; all mean the same
        raise ReportError(name, "", f"is a damaged PDF ({_reason(error)})") from None
    return reader


def _page_count(reader: PdfReader, name: str) -> int:
    try:
        count = len(reader.pages)
    except Exception as error:
        raise ReportError(name, "", f"is a damaged PDF ({_reason(error)})") from None
    if count == 0:
        raise ReportError(name, "", "is a PDF with no pages")
    if count > MAX_PDF_PAGES:
        raise ReportError(
            name, "", f"has {count} pages; PDFs over {MAX_PDF_PAGES} pages are refused"
        )
    return count


def _page_text(reader: PdfReader, number: int, name: str) -> list[PageLine]:
    """The page's lines, each with where it starts and ends on the page (x, in points)."""
    lines: list[PageLine] = []
    current: list[str] = []
    start: list[float] = []
    end: list[float] = []

    def finish() -> None:
        lines.append(
            PageLine("".join(current), start[0] if start else None, end[-1] if end else None)
        )
        current.clear()
        start.clear()
        end.clear()

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any) -> None:
        pieces = text.split("\n")
        x = float(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
        scale = float(size or 0) * abs(float(tm[0]) * float(cm[0]) or 1.0)
        for index, piece in enumerate(pieces):
            if index:
                finish()
            if piece.strip() and index == 0:
                if not start:
                    start.append(x)
                end.append(x + text_width(piece) * scale)
            current.append(piece)

    try:
        reader.pages[number].extract_text(visitor_text=visit)
    except ImportCancelled:
        raise
    except Exception as error:
        raise ReportError(name, "", f"page {number + 1} is damaged ({_reason(error)})") from None
    finish()
    return lines


def _reason(error: Any) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__


def _share_fonts() -> None:
    """Parse each font of a document once, not once per page that uses it.

    pypdf builds a font's character map afresh on every page (a third of the time on a 30-page
    report whose pages share nine fonts); the parsed font is kept on the font's dictionary, which
    pypdf holds once per document, so it lives and dies with the document.
    """
    from pypdf.generic import _font

    parse = _font.Font.from_font_resource.__func__  # type: ignore[attr-defined]
    if getattr(parse, "shares_fonts", False):
        return

    def from_font_resource(cls: Any, pdf_font_dict: Any) -> Any:
        cached = getattr(pdf_font_dict, "_workreport_font", None)
        if cached is None:
            cached = parse(cls, pdf_font_dict)
            # a dictionary that takes no attributes is parsed every time
            with contextlib.suppress(AttributeError):
                pdf_font_dict._workreport_font = cached
        return cached

    from_font_resource.shares_fonts = True  # type: ignore[attr-defined]
    _font.Font.from_font_resource = classmethod(from_font_resource)  # type: ignore[assignment]
