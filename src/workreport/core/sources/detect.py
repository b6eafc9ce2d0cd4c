"""Which format a file is in, read from its first bytes rather than its name.

A report saved as ``报告.txt`` that is really a web page, or a PDF mailed as ``report.doc``, is read
as what it is. Rules, in order (each with the bytes it looks for):

- ``%PDF-`` in the first KB → PDF;
- a zip (``PK\\x03\\x04``) holding ``word/document.xml`` → Word (.docx); any other zip is refused;
- an OLE compound file (``D0 CF 11 E0``: Word 97–2003 .doc, .wps) is refused with advice;
- ``{`` or ``[`` first → a JSON report;
- ``<!DOCTYPE html``, ``<html``, or an ``<head>``/``<body>``/``<meta>``/``<p>``/``<div>`` tag near the
  start → a web page;
- anything else (UTF-16 included: its zero bytes are never taken for tags) → plain text.
"""

from __future__ import annotations

import io
import re
import zipfile

from workreport.core.errors import ReportError
from workreport.core.sources.base import SourceFormat

_HEAD = 4096
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(?:head|body|meta|title|div|p|table|br)\b[^>]*>", re.I)
_BOMS = (b"\xef\xbb\xbf",)


def detect_format(data: bytes, name: str) -> SourceFormat:
    """The format of ``data`` (a file's bytes); ``name`` names the file in errors."""
    head = data[:_HEAD]
    if b"%PDF-" in head[:1024]:
        return SourceFormat.PDF
    if head.startswith(_ZIP):
        if _zip_has_document(data, name):
            return SourceFormat.DOCX
        raise ReportError(name, "", "is a zip archive but not a Word document (.docx)")
    if head.startswith(_OLE):
        raise ReportError(
            name, "", "is an old Word (.doc) or WPS file: save it as .docx or PDF first"
        )
    if b"\x00" in head:  # UTF-16 or binary: textfile decides which, and reads UTF-16 as text
        return SourceFormat.TEXT
    for bom in _BOMS:
        head = head.removeprefix(bom)
    stripped = head.lstrip()
    if stripped[:1] in (b"{", b"["):
        return SourceFormat.JSON
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head)) >= 2:
        return SourceFormat.HTML
    return SourceFormat.TEXT


def _zip_has_document(data: bytes, name: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ReportError(name, "", "is a damaged zip file (a .docx is a zip)") from None
