"""Word frequency: the report's text cut into words by jieba, stop words left out, the top N counted.

jieba cuts in precise mode (``cut_all=False``, HMM on for words not in its dictionary) with a user
dictionary of policy terms (``resources/keywords/user_dict.txt``) so that 专精特新 or 高质量发展 stay
whole. A stop list (``resources/keywords/stopwords.txt``) removes function words, numerals and
measure words; tokens made only of digits, or only of punctuation, symbols and spaces, are removed
by rule. Which text is counted follows the same :class:`~workreport.core.keywords.CountingRule` as
keyword counts; rates are per 10,000 characters of that counted text.

jieba is imported on first use (it takes a second to load its dictionary) through a private
tokenizer, so the process-wide ``jieba.dt`` stays untouched. Segmentation is cached by text: cutting
a report a second time, or counting it under another rule or grouping, cuts nothing again.
"""

from __future__ import annotations

import contextlib
import logging
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Protocol

from workreport.core.keywords import (
    ALL_TEXT,
    CountBy,
    CountingRule,
    TextPart,
    per_10k,
    report_parts,
    rounded_rate,
    scopes,
)
from workreport.core.model import Report
from workreport.core.tabular import Row

_PACKAGE = "workreport.resources"
USER_DICT = "keywords/user_dict.txt"
STOPWORDS = "keywords/stopwords.txt"

_NUMBER = re.compile(r"[0-9０-９.．,，%％‰+\-−/:：]*[0-9０-９][0-9０-９.．,，%％‰+\-−/:：]*")


class _Tokenizer(Protocol):
    def cut(self, sentence: str, cut_all: bool = ..., HMM: bool = ...) -> Iterator[str]: ...


def _resource_lines(name: str) -> list[str]:
    """The entries of a shipped word list: stripped lines, blanks and ``#`` comments left out."""
    text = resources.files(_PACKAGE).joinpath(name).read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def user_dictionary() -> tuple[str, ...]:
    """The policy terms jieba keeps whole."""
    return tuple(line.split()[0] for line in _resource_lines(USER_DICT))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_resource_lines(STOPWORDS))


@contextlib.contextmanager
def _jieba_quiet() -> Iterator[None]:
    """jieba logs its dictionary loading to stderr; a failed cache write is harmless too."""
    logger = logging.getLogger("jieba")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


@cache
def tokenizer() -> _Tokenizer:
    """A private jieba tokenizer with the user dictionary loaded (about a second, once)."""
    with warnings.catch_warnings():
        # jieba 0.42 imports pkg_resources, which newer setuptools deprecate; not ours to fix.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.filterwarnings("ignore", message=".*pkg_resources", category=UserWarning)
        import jieba

    instance: Any = jieba.Tokenizer()
    with _jieba_quiet():
        # Its cache of the default dictionary goes to tempfile.gettempdir(), shared with jieba.dt.
        instance.initialize()
        for line in _resource_lines(USER_DICT):
            word, *rest = line.split()
            frequency = int(rest[0]) if rest else None
            tag = rest[1] if len(rest) > 1 else None
            instance.add_word(word, frequency, tag)
    result: _Tokenizer = instance
    return result


def cut(text: str) -> list[str]:
    """Every token of a text, in order, stop words included: precise mode, user dictionary."""
    return list(tokenizer().cut(text, cut_all=False, HMM=True))


def is_counted_word(token: str) -> bool:
    """Whether a token counts as a word: not a stop word, a number, or punctuation and spaces."""
    if token in stopwords() or _NUMBER.fullmatch(token):
        return False
    return any(unicodedata.category(c)[0] not in "PSZC" for c in token)


@lru_cache(maxsize=64)
def _segment(texts: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    return {text: tuple(t for t in cut(text) if is_counted_word(t)) for text in texts}


def clear_segmentation_cache() -> None:
    """Forget every report cut so far (for measuring a first segmentation)."""
    _segment.cache_clear()


def segment(report: Report) -> Mapping[str, tuple[str, ...]]:
    """The counted words of every title, paragraph and headline of a report, by text.

    Cached by the report's text: the first call on a report cuts it (about 0.1 s per 10,000
    characters), later calls on the same text return at once.
    """
    texts = tuple(dict.fromkeys(part.text for part in report_parts(report, ALL_TEXT)))
    return _segment(texts)


@dataclass(frozen=True, slots=True)
class WordCount:
    word: str
    count: int
    per_10k: float | None  # per 10,000 characters of the counted text


@dataclass(frozen=True, slots=True)
class WordFrequency:
    """The most frequent words of the whole report or of one section, under a rule."""

    section: str  # titles from the chapter down, joined by " / "; 全文 for the whole report
    rule: CountingRule
    characters: int  # characters of the counted text (whitespace left out)
    words: int  # counted words in it (stop words left out), the top ones and the rest
    top: tuple[WordCount, ...]  # most frequent first; ties in order of first appearance


def _count_words(parts: Iterable[TextPart], words: Mapping[str, tuple[str, ...]]) -> Counter[str]:
    counter: Counter[str] = Counter()
    for part in parts:
        counter.update(words[part.text])
    return counter


def top_words(
    report: Report,
    n: int = 20,
    *,
    by: CountBy = CountBy.REPORT,
    rule: CountingRule = ALL_TEXT,
) -> list[WordFrequency]:
    """The top ``n`` words of the whole report, then of each chapter or section in reading order."""
    words = segment(report)
    result: list[WordFrequency] = []
    for scope in scopes(report, by, rule):
        counter = _count_words(scope.parts, words)
        top = tuple(
            WordCount(word, count, per_10k(count, scope.characters))
            for word, count in counter.most_common(n)
        )
        result.append(WordFrequency(scope.label, rule, scope.characters, counter.total(), top))
    return result


TOP_COLUMNS: tuple[str, ...] = ("section", "rank", "word", "count", "rule")


def top_rows(frequencies: list[WordFrequency], *, rates: bool = False) -> list[Row]:
    """One row per top word of each section, the rule beside it; with ``rates``, the rate too."""
    rows: list[Row] = []
    for frequency in frequencies:
        for rank, word in enumerate(frequency.top, start=1):
            row: Row = {
                "section": frequency.section,
                "rank": rank,
                "word": word.word,
                "count": word.count,
            }
            if rates:
                row |= {"characters": frequency.characters, "per_10k": rounded_rate(word.per_10k)}
            rows.append(row | {"rule": frequency.rule.code})
    return rows
