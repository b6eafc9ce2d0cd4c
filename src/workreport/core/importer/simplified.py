"""A simplified reading of text in traditional characters, character for character.

The 1954 report (and parts of 1957) are in traditional characters. The importer shows the text as
written but matches its rules (headings, front matter, report detection, figures) on a simplified
reading. The reading is made by OpenCC (its pure-Python port ``opencc-purepy``, traditional →
simplified), one character at a time so that every position in the reading is the same position
in the text: a title or a figure found in the reading is cut from the text as written.

OpenCC is loaded only when a text has characters outside GB2312 (which holds no traditional
forms of simplified characters): most reports never load it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Chinese characters that GB2312 has not: traditional forms, rare characters.
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A text with fewer such characters than this share of its Chinese characters is left as it is.
MIN_OUTSIDE_SHARE = 0.005


def _outside_gb2312(text: str) -> int:
    count = 0
    for character in _HAN.findall(text[:20000]):
        try:
            character.encode("gb2312")
        except UnicodeEncodeError:
            count += 1
    return count


@lru_cache(maxsize=1)
def _converter() -> object:
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=4096)
def _simplify_character(character: str) -> str:
    converted: str = _converter().convert(character)  # type: ignore[attr-defined]
    return converted if len(converted) == 1 else character


def needs_reading(text: str) -> bool:
    """Whether ``text`` holds enough characters outside GB2312 to be worth simplifying."""
    han = len(_HAN.findall(text[:20000]))
    return han > 0 and _outside_gb2312(text) / han >= MIN_OUTSIDE_SHARE


def simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones, of the same length."""
    if not needs_reading(text):
        return text
    table: dict[int, str] = {}
    for character in set(_HAN.findall(text)):
        try:
            character.encode("gb2312")
        except UnicodeEncodeError:
            table[ord(character)] = _simplify_character(character)
    return text.translate(table)


def reader_for(text: str) -> Callable[[str], str] | None:
    """The reading the rules match on, for a text that needs one (traditional characters, ASCII
    punctuation throughout); None when the text is read as it is."""
    from workreport.core.importer.normalise import (
        ascii_punctuation_throughout,
        full_width_punctuation,
    )

    traditional = needs_reading(text)
    ascii_marks = ascii_punctuation_throughout(text)
    if not traditional and not ascii_marks:
        return None

    def read(line: str) -> str:
        if traditional:
            line = simplified(line)
        return full_width_punctuation(line) if ascii_marks else line

    return read
