"""Finding the longest of a list of words at a position: the word lists of the figure rules are
matched this way thousands of times per report."""

from __future__ import annotations


class _Words:
    """A word list grouped by length, longest first, so that finding the longest word at a position
    costs one slice and one set lookup per length instead of one comparison per word."""

    __slots__ = ("by_length",)

    def __init__(self, words: tuple[str, ...]) -> None:
        lengths = sorted({len(word) for word in words}, reverse=True)
        self.by_length = tuple(
            (length, frozenset(word for word in words if len(word) == length)) for length in lengths
        )


_WORD_LISTS: dict[tuple[str, ...], _Words] = {}


def _words(options: tuple[str, ...]) -> _Words:
    words = _WORD_LISTS.get(options)
    if words is None:
        words = _WORD_LISTS[options] = _Words(options)
    return words


def match_prefix(text: str, pos: int, options: tuple[str, ...]) -> str:
    """The longest of ``options`` written at ``pos``, or empty."""
    for length, words in _words(options).by_length:
        if (piece := text[pos : pos + length]) in words:
            return piece
    return ""


def match_suffix(text: str, end: int, options: tuple[str, ...]) -> str:
    """The longest of ``options`` written right before ``end``, or empty."""
    for length, words in _words(options).by_length:
        if end >= length and (piece := text[end - length : end]) in words:
            return piece
    return ""
