"""Chapter numbering: whether a numbered chapter-style line opens a chapter or an item in one.

Chapters are numbered in sequence (一、二、三、). A line in the chapter style whose number does not
continue the sequence (``一、`` again inside chapter 二, 1955 and 1986) restarts the numbering of
a list inside the chapter: it is an item (a section), and so are the lines that continue that
list, until one continues the chapters' own sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}  # fmt: skip
_NUMERAL = re.compile(r"[一二三四五六七八九十〇零]+")


def numeral_value(numbering: str) -> int | None:
    """The number a heading's numbering writes: 一、 → 1, （十二） → 12, 第三部分 → 3; None when it
    has no Chinese numeral (an unnumbered heading).

    >>> numeral_value("二十一、"), numeral_value("（十）"), numeral_value("")
    (21, 10, None)
    """
    match = _NUMERAL.search(numbering)
    if match is None:
        return None
    text = match.group(0)
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
    value = 0
    for character in text:
        value = value * 10 + _DIGITS[character]
    return value


def _bad_restarts(numbers: list[int | None], chapter: int, item: int | None) -> int:
    """How many lists the numbers would start elsewhere than at 一, read greedily from this state:
    a list inside a chapter starts at 一, so a reading that restarts at 三 is the wrong one."""
    bad = 0
    for number in numbers:
        if number is None:
            continue
        if number == chapter + 1 or (number > chapter + 1 and item is None):
            chapter, item = number, None
            continue
        if number != 1 and (item is None or number != item + 1):
            bad += 1
        item = number
    return bad


@dataclass(slots=True)
class ChapterSequence:
    """The numbers seen so far: the last chapter's and, inside it, the last item's; and the
    numbers of the chapter-style lines further on, (paragraph index, number), to look ahead."""

    chapter: int = 0
    item: int | None = None
    ahead: list[tuple[int, int | None]] = field(default_factory=list)

    def opens_chapter(self, numbering: str, at: int = -1) -> bool:
        """Whether a heading with this numbering (at paragraph ``at``) opens a chapter (True) or an
        item (False). A number that both continues the chapters and the list running inside the
        last one (三、 after the items 一、二、 of chapter 二) is read the way that starts no later
        list elsewhere than at 一 (1986: the items run on to 五、, chapter 三 comes later); a tie
        opens a chapter.

        >>> sequence = ChapterSequence()
        >>> [sequence.opens_chapter(n) for n in ("一、", "二、", "一、", "二、", "三、", "一、")]
        [True, True, False, False, True, False]
        """
        number = numeral_value(numbering)
        if number is None:
            return True
        chapter = number == self.chapter + 1 or (number > self.chapter + 1 and self.item is None)
        if chapter and self.item is not None and number == self.item + 1 and self.ahead:
            rest = [n for index, n in self.ahead if index > at]
            chapter = _bad_restarts(rest, number, None) <= _bad_restarts(rest, self.chapter, number)
        if chapter:
            self.chapter, self.item = number, None
            return True
        self.item = number
        return False
