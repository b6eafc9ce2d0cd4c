"""How the store's full-text index sees text: every character a token.

Chinese has no spaces between words, so the index (FTS5, ``unicode61``) is given the text with a
space after every character, and a phrase query is the phrase's characters in a row: any word of
any length — 改革 as well as 高质量发展 — is found through the index. Punctuation is no token, so a
phrase may also match across it (高质量。发展); callers check each hit in the text itself.

Measured against FTS5's own ``trigram`` tokenizer (benchmarks/store_engines.py), this indexes about
eight times faster, makes a smaller index, and also finds words of one or two characters, which a
trigram index cannot.
"""

from __future__ import annotations


def fts_text(text: str) -> str:
    """The text as the index is given it."""
    return " ".join(text)


def is_token_character(character: str) -> bool:
    return character.isalnum()


def fts_query(phrase: str) -> str | None:
    """The FTS5 phrase query for ``phrase``; None when it has no character the index holds
    (punctuation only), so that only a scan can find it."""
    tokens = [c for c in phrase if is_token_character(c)]
    if not tokens:
        return None
    return '"' + " ".join(tokens).replace('"', '""') + '"'
