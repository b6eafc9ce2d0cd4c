"""The subject a figure shares with the one before it in its sentence.

国内生产总值达到134.9万亿元、增长5%: the growth's own words are only a change word, so it takes the
level's subject (国内生产总值增长); so do a comparison (比上年…, 高于全国…), a share (占全国…) and a
multiple (是1997年的1.8倍) when the subject before is one to share. A change word alone at a sentence's
start takes the short subject before its colon (发电量：…，增长一点二倍).
"""

from __future__ import annotations

import re

from workreport.core.importer import figure_rules as rules
from workreport.core.importer.candidates import match_suffix
from workreport.core.importer.labels import ENDING_YEAR, YEAR

_CHANGE_WORDS = tuple(sorted(rules.CHANGE_WORDS, key=len, reverse=True))
_ANY_CHANGE_WORD = frozenset((*_CHANGE_WORDS, *rules.SHORT_CHANGE_WORDS))


# A year that opens a figure's own words before only a link or a change word: the same measure in
# another year (税收利润，1977年为31.5元，1978年为35.5元，1979年进一步提高到36.3元, 1980).
_DATED = re.compile("^" + YEAR + "(?:进一步|又|再|已)?")
_DATED_LINKS = frozenset({"为", "是", "达到", "达"})


def dated_link(label: str) -> str:
    """The link of a label that is a year and a link only (2024年为 → 为), else ''."""
    rest = _dated(label)
    return rest if rest in _DATED_LINKS else ""


def _dated(label: str) -> str:
    """What follows the year a label opens with when only a link or a change word does, else ''."""
    match = _DATED.match(label)
    rest = label[match.end() :] if match else ""
    return rest if rest in _DATED_LINKS or _without_links(rest) in _ANY_CHANGE_WORD else ""


def takes_subject_before(label: str, unit: str, previous_subject: str) -> bool:
    """Whether a figure with ``label`` (its unit ``unit``) takes ``previous_subject``, the subject of
    the figure before it in the sentence."""
    if _without_links(label) in _ANY_CHANGE_WORD or label.startswith(rules.COMPARISON_OPENERS):
        return True
    if _dated(label):  # 2020年全市财政收入为30亿元，2024年为42亿元: the subject without its year
        return _is_subject(_OWN_TIME.sub("", ENDING_YEAR.sub("", previous_subject)))
    multiple = label.startswith(rules.MULTIPLE_OPENER) and unit == rules.MULTIPLE_UNIT
    comparing = label.startswith(rules.COMPARING_OPENERS) or (
        label.startswith(rules.COMPARING_BEFORE_PERCENT)
        and unit in rules.PERCENT_UNITS
        and not label.startswith(rules.NOT_COMPARING)
    )
    return (label.startswith(rules.SHARE_OPENER) or multiple or comparing) and _is_subject(
        previous_subject
    )


def with_subject(previous_subject: str, label: str) -> str:
    """The label after the subject it takes; a year the subject ends with goes when the label
    names its own (…税收利润1977年 and 1978年为 → …税收利润1978年为)."""
    if _dated(label):
        previous_subject = _OWN_TIME.sub("", ENDING_YEAR.sub("", previous_subject))
    return previous_subject + label


# The time words of a subject that a label with a year of its own replaces: 一九八三年国内财政收入,
# 五年合计国家财政收入 (其中一九八五年为…: one year, not the five), 农业总产值平均每年
# (平均每年增长7.9%，1984年增长14.5%: the 14.5% is no average).
_OWN_TIME = re.compile(
    "^(?:" + YEAR + r"|[一二三四五六七八九十\d]{1,2}年(?:合计|累计))"
    r"|(?:平均每年|年均|每年)$"
)


def subject_of(label: str) -> str:
    """A label without the change word it ends with: 国内生产总值增长 → 国内生产总值."""
    label = _without_links(label)
    word = match_suffix(label, len(label), _CHANGE_WORDS)
    label = label[: len(label) - len(word)] if word else label
    compared = match_suffix(label, len(label), rules.COMPARISON_OPENERS)  # 收入同比增长 → 收入
    return label[: len(label) - len(compared)] if compared else label


def _without_links(label: str) -> str:
    """A label without the link verbs it ends with, as whole words: 增长到 → 增长, 收入完成 → 收入."""
    while link := match_suffix(label, len(label), rules.SUBJECT_LINKS):
        label = label[: len(label) - len(link)]
    return label


def _is_subject(words: str) -> bool:
    """Whether the subject of a figure before is one to share: 工业增加值, not 增加到2002年, nor
    words left open before a threshold (集体分配平均每人在三百元以上的大队 → 集体分配平均每人在)."""
    has_digit = any(c.isdigit() for c in words)
    return (
        not has_digit
        and rules.SHARE_OPENER not in words
        and not words.startswith(rules.NOT_A_SUBJECT_OPENERS)
        and not words.endswith(_OPEN_ENDS)
    )


_OPEN_ENDS = ("在", "和", "与", "及", "对", "把")


_COLON_SUBJECT = re.compile(r"\s*([^，,：:；;。]{1,8})[：:]")


def colon_subject(text: str, sentence_start: int, start: int) -> str:
    """The short subject a sentence opens with before a colon (发电量：从七十二亿六千万度增加到一百
    五十九亿度，增长一点二倍 → 发电量), when the figure at ``start`` comes after it; else empty."""
    match = _COLON_SUBJECT.match(text, sentence_start)
    return match.group(1) if match and match.end() <= start else ""
