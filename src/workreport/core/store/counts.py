"""How often a word occurs in each report of the store.

An occurrence is counted as ``str.count`` counts it (non-overlapping, as written), in the text
parts of the kinds asked for (``queries.counted_kinds``). The store keeps, beside the parts that
Find reads, each report's text of each kind as one value (``report_texts``: its parts in UTF-8,
one :data:`SEPARATOR` between two), and a count is ``bytes.count`` of the word's UTF-8 bytes in
each of those values, read in one pass over the table:

- UTF-8 is self-synchronising: the bytes of a word match only where its characters start, so
  the count of the bytes is the count of the characters;
- the separator is a byte that UTF-8 never holds, so no occurrence runs from one part into the
  next, as none does when ``core/keywords`` counts a report part by part.

Measured on 10,000 reports (532 MB of text; benchmarks/scale.py): 0.5–0.7 s for any word, where
counting part by part in SQL (``replace`` over the parts the full-text index names, on two
threads) took 0.9–1.4 s and the index's positions of one character 1.0 s. More threads do not
help: ``bytes.count`` holds the interpreter.
"""

from __future__ import annotations

from collections import Counter

from workreport.core.store.store import Store

SEPARATOR = b"\xff"


def joined_text(texts: list[str]) -> bytes:
    """The value of ``report_texts`` for the parts ``texts`` of one kind."""
    return SEPARATOR.join(text.encode("utf-8") for text in texts)


def report_counts(store: Store, word: str, kinds: tuple[str, ...]) -> dict[int, int]:
    """The count of ``word`` in each report that holds it, by the report's key."""
    if not word or not kinds:
        return {}
    try:
        pattern = word.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no text of the store holds one
        return {}
    marks = ", ".join("?" * len(kinds))
    counts: Counter[int] = Counter()
    rows = store.connection.execute(
        f"SELECT report, text FROM report_texts WHERE kind IN ({marks})", kinds
    )
    for report, text in rows:
        if found := text.count(pattern):
            counts[report] += found
    return dict(counts)
