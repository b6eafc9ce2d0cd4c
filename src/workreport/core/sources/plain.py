"""A plain-text file: decoded by :mod:`workreport.core.textfile`, one paragraph a line as it is."""

from __future__ import annotations

from workreport.core.sources.base import SourceFormat, SourceText, lines_of
from workreport.core.textfile import decode_text


def read_plain(data: bytes, name: str) -> SourceText:
    return SourceText(name, SourceFormat.TEXT, lines_of(decode_text(data, name)))
