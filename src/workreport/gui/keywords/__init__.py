"""The Keywords view: counts of words per section, in context, top words, across reports."""

from workreport.gui.keywords.view import KeywordsView
from workreport.gui.keywords.words import DEFAULT_WORDS, parse_words

__all__ = ["DEFAULT_WORDS", "KeywordsView", "parse_words"]
