"""Where the sentence and the clause around a position of a paragraph begin and end.

A paragraph's stops (sentence terminators, clause delimiters) are found once, then each figure's
sentence is two binary searches: a paragraph of thousands of figures takes linear time.
"""

from __future__ import annotations

import bisect
import re

from workreport.core.importer import figure_rules as rules

# How far from a figure a sentence or clause end is looked for: the corpus's longest sentence
# holding a figure has 386 characters; a paragraph without any end is cut this far either side,
# which keeps the search (and the sentence kept with each figure) bounded.
SENTENCE_WINDOW = 400

_SENTENCE_ENDS = re.compile("[" + re.escape(rules.SENTENCE_TERMINATORS) + "]")
_CLAUSE_ENDS = re.compile("[" + re.escape(rules.CLAUSE_DELIMITERS) + "]")


class Stops:
    """The sentence and clause stops of one paragraph."""

    __slots__ = ("_clauses", "_sentences", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._sentences = [match.start() for match in _SENTENCE_ENDS.finditer(text)]
        self._clauses = [match.start() for match in _CLAUSE_ENDS.finditer(text)]

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts (after the delimiter before it)."""
        return _start(self._clauses, pos)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Where the sentence holding ``pos`` starts and ends (its terminator included)."""
        start = _start(self._sentences, pos)
        index = bisect.bisect_left(self._sentences, pos)
        highest = pos + SENTENCE_WINDOW
        if index < len(self._sentences) and self._sentences[index] < highest:
            return start, self._sentences[index] + 1
        return start, min(len(self._text), highest)

    def sentence_at(self, pos: int) -> str:
        start, end = self.sentence_bounds(pos)
        return self._text[start:end].strip()


def _start(stops: list[int], pos: int) -> int:
    lowest = max(0, pos - SENTENCE_WINDOW)
    index = bisect.bisect_left(stops, pos) - 1
    if index >= 0 and stops[index] >= lowest:
        return stops[index] + 1
    return lowest
