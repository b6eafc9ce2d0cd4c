"""Name a figure: the phrase it measures.

``全区全年全社会研发投入58.2亿元`` → ``全社会研发投入``; ``高企总数达1800家`` → ``高企总数``;
``新培育2家省级创新联合体`` → ``新培育省级创新联合体`` (the thing counted follows the classifier);
``新增网签安置房9120套、79.94万平方米`` → both ``网签安置房`` (a figure with no words of its own
takes the label of the figure before it in the same sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workreport.core.importer import figure_rules as rules
from workreport.core.importer.candidates import match_prefix, match_suffix

_DATE = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末|初|上半年|全年)?")


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
    """人数有 → 人数, 由 and 的 at the end: words that lead to the number, not what it measures;
    after an adverb too (钢产量也只有 → 钢产量)."""
    for option in options:
        if words.endswith(option) and len(words) - len(option) >= 2:
            words = words[: -len(option)]
            break
    adverb = match_suffix(words, len(words), rules.TRAILING_ADVERBS)
    return words[: -len(adverb)] if adverb and len(words) - len(adverb) >= 2 else words


def _clean(words: str) -> str:
    return words.strip(" \u3000、" + rules.CLAUSE_DELIMITERS)


def _phrase_after(text: str, pos: int, limit: int) -> str:
    end = pos
    while end < limit and text[end] not in rules.PHRASE_DELIMITERS:
        end += 1
    return _clean(text[pos:end])


def _balanced(words: str) -> str:
    """Words without brackets that open or close outside them: （间）, （含重点产业 → 含重点产业."""
    words = words.strip("（）()［］[]")
    for opening, closing in ("（）", "()"):
        if opening in words and closing not in words[words.index(opening) :]:
            words = words[: words.index(opening)]
        if closing in words and opening not in words[: words.index(closing)]:
            words = words[words.index(closing) + 1 :]
    return _clean(words)


def usable_label(label: str) -> bool:
    """A label that names something: not empty, not a function word, not a bracket, not a date."""
    return (
        bool(label)
        and label not in rules.FUNCTION_WORDS
        and label[0] not in "（(）)"
        and not _DATE.fullmatch(label)
    )


def _through_figures(text: str, pos: int) -> str:
    """The words after a unit up to the clause's end, over other figures: 2.5万名65岁及以上失能老年人
    → 65岁及以上失能老年人 (used only when nothing else names the figure)."""
    end = pos
    while end < len(text) and text[end] not in rules.CLAUSE_DELIMITERS:
        end += 1
    return _clean(text[pos:end]).removeprefix("的")


def _without_adverbs(words: str) -> str:
    while adverb := match_prefix(words, 0, rules.LEADING_ADVERBS):
        words = words[len(adverb) :]
    return words


def _without_opening_adverbs(words: str) -> str:
    """已由一九四九年 → 由一九四九年, 将养老保险单位缴费比例 → 养老保险单位缴费比例."""
    while not words.startswith(rules.NOT_OPENING_ADVERBS) and (
        adverb := match_prefix(words, 0, rules.OPENING_ADVERBS)
    ):
        if len(words) <= len(adverb) + 1:
            break
        words = words[len(adverb) :]
    return words


def _bare_link(words: str) -> bool:
    """已经有, 将约达, 共有: an adverb or a verb of having or reaching, nothing that names a figure."""
    rest = _without_adverbs(words)
    return bool(words) and (not rest or rest in rules.BARE_LINKS)


# A count or an amount (not a date): a clause holding one names its own figure.
_A_FIGURE = re.compile(
    r"\d[\d.]*(?![\d.年月日号])|[一二三四五六七八九十两][十百千万亿]|[百千]分之|[零〇一二三四五六七八九十]点[零〇一二三四五六七八九]"
)


def _clause_subject(context: LabelContext) -> str:
    """The clause before the comma as the subject of a figure whose own words name nothing, also
    after another figure of the sentence, but not a clause with a figure of its own."""
    subject = subject_before(context, over_inherited=True)
    return "" if _A_FIGURE.search(subject) else subject


def _counted_noun(words: str) -> str:
    """The noun a classifier counts, without the clause it starts: 主平台新承接产业转移项目 → 主平台
    (the projects belong to the next figure), 中小学纳入教联体 → 中小学; or what was done, when
    the words open with an adverb and a verb (已经实现产业化 → 实现产业化)."""
    if (rest := _without_adverbs(words)) != words and rest.startswith(
        rules.VERBS_AFTER_A_COUNTED_NOUN
    ):
        words = rest
    cut = min(
        (at for verb in rules.VERBS_AFTER_A_COUNTED_NOUN if (at := words.find(verb)) >= 2),
        default=len(words),
    )
    noun = words[:cut]  # 47个村已经实现…: the adverb before the verb is no part of the noun
    adverb = match_suffix(noun, len(noun), rules.TRAILING_ADVERBS)
    return noun[: len(noun) - len(adverb)] if adverb and len(noun) > len(adverb) else noun


def _share_of_noun(before: str, raw_after: str) -> bool:
    """76%的财力用于民生, 80%的中小学纳入教联体: the percentage is a share of the noun after 的
    (not 增长5%的目标: a rate's target)."""
    return (
        raw_after.startswith("的")
        and not raw_after.startswith(rules.NOT_SHARED_NOUNS, 1)
        and not before.endswith(rules.CHANGE_WORDS)
    )


def _own(before: str) -> bool:
    """Words before the number that name it (not a coordinate left open: 所有乡镇和)."""
    return bool(before) and not before.endswith(rules.COORDINATING_ENDS)


def derive_label(context: LabelContext) -> str:
    """The label, never empty: the figure's own words, else the words after it, else the label of
    the figure before it in the sentence, else the words of its clause."""
    before = _without_opening_adverbs(
        _clean(context.text[context.segment_start : context.number_start])
    )
    own_year = before if _WHEN.fullmatch(before) else ""
    if _from_level(before) is not None:
        if subject := _clause_subject(context):  # 覆盖人数，由年初的400多万人 → 覆盖人数
            before = subject + (_from_level(before) or "")
    elif _WHEN.sub("", before) in rules.LINK_ONLY_LABELS:  # 调控目标，定为百分之八至九: subject
        before = subject_before(context) + before  # before the comma; 税收利润，1977年为31.5元 too
    before = _strip_leading(before, rules.LABEL_FILLERS)
    if context.opening_qualifier and before.startswith(context.opening_qualifier):
        before = before[len(context.opening_qualifier) :]
    before = _strip_leading(before, rules.LABEL_FILLERS)
    if before in rules.LABEL_FILLERS:
        before = ""
    before = _balanced(_strip_trailing(before, rules.LABEL_TRAILING_WORDS))
    if not usable_label(before):
        before = ""
    if (rest := _without_adverbs(before)) != before and rest.startswith("有") and len(rest) > 2:
        before = rest[1:]  # 已有首都功能核心区项目12个: what there is, not that there is
    named_before = False
    if _bare_link(before):  # 国家和地区，已经有九十三个: the clause before names it
        subject = _clause_subject(context)
        named_before = bool(subject)
        before = subject if named_before else before

    raw_after = _phrase_after(context.text, context.unit_end, context.phrase_end).rstrip(
        "和及与或、"
    )  # 70万吨煤制烯烃和80万吨煤制油 → 煤制烯烃
    if raw_after.startswith(("（", "(")):
        raw_after = ""  # 2000人（含重点产业1000人）: a parenthesis, not the thing counted
    after = _counted_noun(_balanced(raw_after.removeprefix("的")))
    if context.phrase_end < len(context.text):  # the words run up to the next figure: its own
        after = _strip_trailing(after, rules.QUALIFIERS_BEFORE)  # qualifier is not this label's
    percent_of = raw_after.startswith("的")  # 80%的中小学纳入教联体: a share of the thing after
    threshold = context.text.endswith(rules.THRESHOLD_WORDS, 0, context.unit_end)
    if (
        percent_of
        and threshold
        and before
        and context.dimension not in (rules.NO_LABEL_AFTER_DIMENSIONS)
    ):
        return before  # 经营性收入10万元以上的村: a threshold on what the words before name
    purpose = after.startswith(rules.PURPOSE_AFTER) and len(before) > rules.BARE_VERB_LENGTH
    if (
        purpose
        or after.startswith(rules.NOT_A_LABEL_AFTER)
        or (
            context.dimension in rules.NO_LABEL_AFTER_DIMENSIONS
            and not (before.endswith(rules.COORDINATING_ENDS) or (percent_of and not _own(before)))
            and not _share_of_noun(before, raw_after)
        )
    ):
        after = ""
    if after.endswith("的") or before.endswith(rules.COORDINATING_ENDS):
        after = "" if after.endswith("的") else after  # 投入100亿元办好的35件…: 的 leads on
        before = "" if before.endswith(rules.COORDINATING_ENDS) else before  # 所有乡镇和90%以上…
    if usable_label(after):
        verb = before.rsplit("、", 1)[-1]
        if (
            len(verb) > rules.SHORT_VERB_LENGTH
            or verb.endswith("等")
            or named_before
            or _bare_link(verb)
        ):
            verb = ""
        return verb + after
    if before:
        return before
    if context.inherited:  # 2020年为100万人，2023年达到120万人: the same measure, another year
        return ENDING_YEAR.sub(own_year, context.inherited) if own_year else context.inherited
    fallback = _balanced(_through_figures(context.text, context.unit_end))
    if usable_label(fallback):
        return fallback
    clause = _balanced(context.text[context.segment_start : context.number_start])
    if usable_label(clause):
        return clause
    if subject := subject_before(context):  # 粮食：达到三千八百五十六亿斤: named before the colon
        return subject
    return context.text[context.number_start : context.unit_end]


# A clause that frames the figures after it rather than naming them: 在三种不同的地区, 按照不同的情况
_FRAME = re.compile(r"^(?:在|按照|按|根据|从|自|于|对于|经过|通过|随着|由于)")
_TRAILING_FRAME = re.compile(r"在[^，,]{1,10}?(?:内|中|期间|以前|以后|以来)$")  # …亩产量在十二年内
_CLAUSE_STOPS = "，,；;。：:"


_FROM_WHEN = re.compile(
    r"(?:[\d〇○零一二三四五六七八九十]{2,4}年(?:代|初|底|末)?|[\d一二三四五六七八九十]{1,2}年前"
    r"|上年|去年|过去|年初|年底|今年预计|今年)?的?"
)


def _from_level(words: str) -> str | None:
    """The change word of own words that name no measure, only where a level comes from or when
    it changed (由年初的, 由1954年上升到, 从增加到, 一九八○年上升), else None (从废墟中抢救, 从失业保险基金
    结余中拿出: a place; 增长 alone: the figure's own verb, labelled as it is)."""
    if words.startswith(rules.NOT_FROM_WORDS):
        return None
    start = 1 if words.startswith(rules.FROM_WORDS) else 0
    verb = _final_verb(words)
    when = words[start : len(words) - len(verb)]
    if not (start or when) or not _FROM_WHEN.fullmatch(when):
        return None
    return verb


def _final_verb(words: str) -> str:
    """The change word (and link) that ends ``words``: 由提高到 → 提高到; '' when none does."""
    link = words[-1] if words.endswith(rules.LEVEL_REACHED_LINKS) else ""
    stem = words[: len(words) - len(link)]
    verb = match_suffix(stem, len(stem), _LEVEL_VERBS)
    return verb + link if verb else ""


def subject_before(context: LabelContext, *, over_inherited: bool = False) -> str:
    """The nearest clause of the sentence before this figure's own, over frames, when this figure's
    own words start right after a comma: the subject of a figure whose own words are only a verb
    (粮食每亩平均年产量，在三种不同的地区，分别达到四百斤 → 粮食每亩平均年产量). A figure after
    another in its sentence takes the other's label instead, unless ``over_inherited``."""
    if context.inherited and not over_inherited:
        return ""
    end = context.segment_start - 1
    for _ in range(3):
        if end < 1 or context.text[end] not in "，,：:":
            return ""
        start = max(context.text.rfind(stop, 0, end) for stop in _CLAUSE_STOPS) + 1
        clause = _strip_leading(_clean(context.text[start:end]), rules.LABEL_FILLERS)
        clause = _TRAILING_FRAME.sub("", clause)
        if usable_label(clause) and not _FRAME.match(clause):
            return clause
        end = start - 1
    return ""


YEAR = r"[〇○零一二三四五六七八九\d]{2,4}年(?:末|底|初)?"  # 1977年, 一九八五年, 2024年底
_WHEN = re.compile("^" + YEAR)
# 税收利润1977年(为): a label that ends with the year it is of, and perhaps a link
ENDING_YEAR = re.compile(YEAR + "(?=(?:为|是|达到|达)?$)")
_A_YEAR = re.compile(YEAR)
_FROM_WHERE = re.compile(r"(?:由|从)[^由从，、]{0,8}$")
_LEVEL_VERBS = tuple(
    sorted({*rules.CHANGE_WORDS, *rules.LEVEL_REACHED_VERBS}, key=len, reverse=True)
)


def level_subject(label: str) -> str:
    """A level's label without the verb that reaches it: 常住人口城镇化率提高到 → 常住人口城镇化率
    (rules.LEVEL_REACHED_EXAMPLES); unchanged when nothing that names a measure would be left."""
    link = match_suffix(label, len(label), rules.LEVEL_REACHED_LINKS)
    if not link:
        return label
    subject = label[: -len(link)]
    verb = match_suffix(subject, len(subject), _LEVEL_VERBS)
    if verb in rules.RATE_NOUNS:
        verb = ""  # 工业增速为: the rate is what is measured
    elif not verb and link != "为":
        return label
    subject = subject[: len(subject) - len(verb)]
    subject = _FROM_WHERE.sub("", subject)  # 补助资金由上年增加到92亿元: the level before
    while (
        adverb := match_suffix(subject, len(subject), rules.LEVEL_REACHED_ADVERBS)
    ) and not subject.endswith(rules.NOT_ADVERBS):
        subject = subject[: -len(adverb)]
    if len(subject) < 2 or subject.endswith(("由", "从", "的", "在")) or not usable_label(subject):
        return label
    if _A_YEAR.fullmatch(subject):
        return label
    opener = match_prefix(subject, 0, rules.LEVEL_REACHED_OPENERS)
    if opener and len(subject) - len(opener) >= 2:
        subject = subject[len(opener) :]
    return subject
