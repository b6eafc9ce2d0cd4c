"""A Word document (.docx) through python-docx (MIT): the body's paragraphs and tables, in order.

Headers, footers and so page numbers live in parts of their own that python-docx does not mix into
the body, so they stay out. A paragraph is a paragraph; a soft line break inside one joins up; a
table row becomes one line, its cells separated by a tab (a merged cell once).

Before anything is inflated the zip's directory is checked: a .docx whose members would unpack to
more than :data:`~workreport.core.sources.limits.MAX_DOCX_UNCOMPRESSED` (a zip bomb) is refused.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from workreport.core.errors import ReportError
from workreport.core.sources.base import SourceFormat, SourceLine, SourceText
from workreport.core.sources.limits import MAX_DOCX_MEMBERS, MAX_DOCX_UNCOMPRESSED

if TYPE_CHECKING:
    from docx.table import Table


def check_zip(data: bytes, name: str) -> None:
    """Refuse a zip that is not one, or that would unpack to too much."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ReportError(
            name, "", "is not a Word document: a .docx is a zip, and this is not one"
        ) from None
    if len(members) > MAX_DOCX_MEMBERS:
        raise ReportError(name, "", f"is a zip of {len(members):,} files: not a Word document")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_DOCX_UNCOMPRESSED:
        raise ReportError(
            name,
            "",
            f"would unpack to {unpacked / 1024 / 1024:,.0f} MB (a zip bomb?); "
            f"Word documents over {MAX_DOCX_UNCOMPRESSED // 1024 // 1024} MB unpacked are refused",
        )
    if "word/document.xml" not in {member.filename for member in members}:
        raise ReportError(name, "", "is a zip archive but not a Word document (.docx)")


def read_docx(data: bytes, name: str) -> SourceText:
    check_zip(data, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[SourceLine] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(SourceLine(row) for row in _table_rows(block))
            else:
                pieces = block.text.split("\n")
                lines.extend(SourceLine(piece, False) for piece in pieces[:-1])
                lines.append(SourceLine(pieces[-1]))
    except ReportError:
        raise
    except Exception as error:  # python-docx and lxml raise many types on a damaged part
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise ReportError(name, "", f"is a damaged Word document ({reason})") from None
    return SourceText(name, SourceFormat.DOCX, lines)


def _table_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            # a merged cell is the same <w:tc> element in every column it spans
            if any(element is cell._tc for element in seen):
                continue
            seen.append(cell._tc)
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append("\t".join(cells))
    return rows
