"""Read a file for the importer or the loader, turning every way it can fail into a ReportError.

Missing, a folder, unreadable, empty, binary, too large or undecodable: one line that names the
file and the problem.

Encodings: a byte-order mark decides (UTF-8, UTF-16 or UTF-32). Without one, UTF-16 is recognised by
its zero bytes (every ASCII character, line breaks and digits included, has one zero byte on the
same side of each pair); anything else is tried as UTF-8 and then as GB18030, which also reads GBK
and GB2312. A file with zero bytes that is not UTF-16 is binary.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from workreport.core import paths
from workreport.core.errors import ReportError

# A work report is at most a few hundred KB of text; refuse anything far beyond that.
MAX_BYTES = 20 * 1024 * 1024

# UTF-16 without a byte-order mark: in the first SNIFF_BYTES, at least UTF16_ZERO_SHARE of the
# bytes on one side of each pair are zero (ASCII: digits, punctuation, line breaks), and at least
# UTF16_ZERO_RATIO times fewer on the other (Chinese characters such as 一 U+4E00 have a zero byte
# there, about one in 256). Binary data has zeros on both sides alike.
SNIFF_BYTES = 4096
UTF16_ZERO_SHARE = 0.02
UTF16_ZERO_RATIO = 4

# Tried in order when a file has no byte-order mark.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a text or report file, checked by :func:`paths.read_file` (a regular file, at
    most ``limit`` bytes, read with the limit checked while reading); not empty."""
    data = paths.read_file(path, limit)
    if not data.strip():
        raise ReportError(paths.shown(path), "", "the file is empty")
    return data


def clean_text(text: str) -> str:
    """Text any writer can encode: lone surrogates (from an API caller's string) become U+FFFD and
    control characters other than tab, line and page breaks are dropped."""
    if _UNCLEAN.search(text) is None:
        return text
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", text))


_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNCLEAN = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0e-\x1f\x7f]")


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the zero bytes say so, else None."""
    sample = data[:SNIFF_BYTES]
    pairs = len(sample) // 2
    if pairs == 0 or len(data) % 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0) / pairs
    odd = sample[1 : pairs * 2 : 2].count(0) / pairs
    if odd >= UTF16_ZERO_SHARE and odd >= UTF16_ZERO_RATIO * even:
        return "utf-16-le"
    if even >= UTF16_ZERO_SHARE and even >= UTF16_ZERO_RATIO * odd:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str, *, encodings: tuple[str, ...] = FALLBACK_ENCODINGS) -> str:
    """Decode text: a BOM decides; otherwise UTF-16 when its zero bytes show, otherwise the first
    of ``encodings`` that decodes cleanly."""
    bom_encoding = _bom_encoding(data)
    if bom_encoding is None and b"\x00" in data:
        bom_encoding = _utf16_without_bom(data)
        if bom_encoding is None:
            raise ReportError(name, "", "is a binary file, not text")
    if bom_encoding is not None:
        encodings = (bom_encoding,)
    failures: list[UnicodeDecodeError] = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)  # a byte-order mark's codec removes exactly one mark
        except UnicodeDecodeError as error:
            failures.append(error)
            continue
        if any(ord(char) < 32 and char not in "\t\n\r\f" for char in text[:4096]):
            raise ReportError(name, "", "is a binary file, not text")
        return text
    # where the file breaks: the encoding that read furthest says so
    furthest = max(failures, key=lambda failure: failure.start)
    if furthest.end >= len(data) and (
        "end of data" in furthest.reason or "incomplete" in furthest.reason
    ):
        where = "it ends in the middle of a character"
    else:
        where = f"byte 0x{data[furthest.start]:02x} at offset {furthest.start}"
    readable = " or ".join(e.upper() for e in encodings)
    raise ReportError(name, "", f"is not {readable} text ({where})")


def read_text(path: Path) -> str:
    """A text to import: decoded, any further byte-order marks at its start dropped."""
    return decode_text(read_bytes(path), paths.shown(path)).lstrip("\ufeff")
