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
from pathlib import Path

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


def read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReportError(name, "", "is a folder, not a file")
        if size > MAX_BYTES:
            raise ReportError(
                name,
                "",
                f"is {size / 1024 / 1024:.0f} MB; reports over {MAX_BYTES // 1024 // 1024} MB are refused",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReportError(name, "", "no such file") from None
    except PermissionError:
        raise ReportError(name, "", "permission denied") from None
    except OSError as error:
        raise ReportError(name, "", f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise ReportError(name, "", "the file is empty")
    return data


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
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = text.removeprefix("\ufeff")
        if any(ord(char) < 32 and char not in "\t\n\r\f" for char in text[:4096]):
            raise ReportError(name, "", "is a binary file, not text")
        return text
    try:
        data.decode(encodings[0])
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        readable = " or ".join(e.upper() for e in encodings)
        raise ReportError(name, "", f"is not {readable} text ({where})") from None
    raise AssertionError("unreachable: the first encoding decoded after failing")


def read_text(path: Path) -> str:
    return decode_text(read_bytes(path), str(path))
