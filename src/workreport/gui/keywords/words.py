"""The words a user types into the Keywords view, as the words to count."""

from __future__ import annotations

import re

DEFAULT_WORDS = "新"
_SEPARATORS = re.compile(r"[\s,，、;；]+")


def parse_words(text: str) -> tuple[str, ...]:
    """Words separated by spaces or commas (ASCII or Chinese, 、 too), each once, in order."""
    return tuple(dict.fromkeys(word for word in _SEPARATORS.split(text) if word))
