"""How wide text is on a terminal: Chinese characters and full-width forms take two columns.

Python's ``f"{text:<12}"`` pads by characters, so a column holding ``8%左右`` or ``9.7％`` comes out
short by one column per wide character; :func:`pad` pads by columns instead.
"""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced terminal (East Asian wide and full-width: two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns (unchanged when it is wider)."""
    return text + " " * max(0, width - display_width(text))
