"""Sources: a report as people get it (``.txt``, ``.docx``, ``.pdf``, a saved web page, the
clipboard) turned into lines with page breaks and paragraph ends marked.

:func:`read_source` reads a file, choosing the format by its content; :meth:`SourceText.text` is
what the importer reads. Each format has its module: :mod:`plain`, :mod:`word` (python-docx),
:mod:`pdf` (pypdf, with :mod:`pagelines` for page furniture and broken lines), :mod:`webpage`
(readability-lxml, with :mod:`htmltext`). Nothing here imports Qt.
"""

from __future__ import annotations

from workreport.core.sources.base import (
    ImportCancelled,
    Progress,
    SourceFormat,
    SourceLine,
    SourceText,
)
from workreport.core.sources.detect import detect_format
from workreport.core.sources.read import (
    SUFFIXES,
    read_source,
    source_from_bytes,
    source_from_clipboard,
)

__all__ = [
    "SUFFIXES",
    "ImportCancelled",
    "Progress",
    "SourceFormat",
    "SourceLine",
    "SourceText",
    "detect_format",
    "read_source",
    "source_from_bytes",
    "source_from_clipboard",
]
