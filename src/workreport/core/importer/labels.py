"""Name a figure: the phrase it measures.

``全区全年全社会研发投入58.2亿元`` → ``全社会研发投入``; ``高企总数达1800家`` → ``高企总数``;
``新培育2家省级创新联合体`` → ``新培育省级创新联合体`` (the thing counted follows the classifier);
``新增网签安置房9120套、79.94万平方米`` → both ``网签安置房`` (a figure with no words of its own
takes the label of the figure before it in the same sentence).
"""

from __future__ import annotations

from dataclasses import dataclass

from workreport.core.importer import figure_rules as rules


@dataclass(frozen=True, slots=True)
class LabelContext:
    text: str
    segment_start: int  # where this figure's own words may begin (clause or previous figure)
    number_start: int  # where the number begins, including a qualifier right before it
    unit_end: int  # after the unit and any qualifier after it
    phrase_end: int  # where the next figure starts (or the end of the text)
    opening_qualifier: str  # a clause-opening qualifier, dropped from the label
    inherited: str  # the label of the previous figure in the same sentence
    dimension: str = ""  # the figure's dimension


def _strip_leading(words: str, options: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for option in options:
            if words.startswith(option) and len(words) > len(option):
                words = words[len(option) :]
                changed = True
    return words


def _strip_trailing(words: str, options: tuple[str, ...]) -> str:
    """人数有 → 人数, 由 and 的 at the end: words that lead to the number, not what it measures."""
    for option in options:
        if words.endswith(option) and len(words) - len(option) >= 2:
            return words[: -len(option)]
    return words


def _clean(words: str) -> str:
    return words.strip(" \u3000、" + rules.CLAUSE_DELIMITERS)


def _phrase_after(text: str, pos: int, limit: int) -> str:
    end = pos
    while end < limit and text[end] not in rules.PHRASE_DELIMITERS:
        end += 1
    return _clean(text[pos:end])


def derive_label(context: LabelContext) -> str:
    before = _clean(context.text[context.segment_start : context.number_start])
    before = _strip_leading(before, rules.LABEL_FILLERS)
    if context.opening_qualifier and before.startswith(context.opening_qualifier):
        before = before[len(context.opening_qualifier) :]
    before = _strip_leading(before, rules.LABEL_FILLERS)
    if before in rules.LABEL_FILLERS:
        before = ""
    before = _strip_trailing(before, rules.LABEL_TRAILING_WORDS)

    after = _phrase_after(context.text, context.unit_end, context.phrase_end)
    after = after.removeprefix("的")
    if after.startswith(rules.NOT_A_LABEL_AFTER) or context.dimension in (
        rules.NO_LABEL_AFTER_DIMENSIONS
    ):
        after = ""
    if after:
        verb = before.rsplit("、", 1)[-1]
        if len(verb) > rules.SHORT_VERB_LENGTH or verb.endswith("等"):
            verb = ""
        return verb + after
    return before or context.inherited
