"""Tables of heading patterns: how a line or a paragraph's opening says "a section starts here".

Three kinds of rule:

* a **chapter rule** matches a whole line that opens a chapter (``一、2024年工作回顾``, Sichuan's
  unnumbered ``2024年工作回顾``, or the news article's ``持续强化创新引领 创新能力实现新跃升``). A
  document uses one chapter style: the first rule in :data:`CHAPTER_RULES` that matches at least
  :data:`MIN_CHAPTERS` lines is the document's, and the others are not tried, so that a line that
  merely looks like another style (a speaker's ``广东省省长 王伟中``) opens nothing;
* an **appendix rule** matches a line that opens an appendix (``附件1``, ``名词解释``);
* a **section rule** matches the opening of a paragraph that starts a section below a chapter:
  ``（一）``/``(一)``, ``一是``, ``1.`` or a short title-like lead sentence (``大力提振消费。``). The
  title runs to the first ``。``, or is the whole line when the line has no sentence end. Section
  rules have ranks: a section closes every open section of its rank or a deeper one and becomes a
  child of the nearest open section of a shallower rank (or of the chapter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HAN = r"\u3400-\u9fff"
_NUMERALS = "一二三四五六七八九十百零〇"
_NO_SENTENCE_END = r"[^。；;：:！!？?]"


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]  # groups: numbering, title


@dataclass(frozen=True, slots=True)
class SectionRule:
    name: str
    rank: int  # 1 is the shallowest section under a chapter
    pattern: re.Pattern[str]  # group: numbering (the marker as written); the title follows it


@dataclass(frozen=True, slots=True)
class LeadRule:
    name: str
    rank: int
    max_length: int  # characters in the sentence, without its 。
    forbidden: re.Pattern[str]  # a lead sentence containing this is prose, not a title
    prose_openers: tuple[str, ...]  # a lead sentence opening with one of these is prose


CHAPTER_RULES: tuple[LineRule, ...] = (
    LineRule(
        "chinese-numeral chapter, 一、2024年工作回顾",
        re.compile(rf"^(?P<numbering>[{_NUMERALS}]+、)\s*(?P<title>{_NO_SENTENCE_END}{{1,40}})$"),
    ),
    LineRule(
        "unnumbered chapter named by its subject, 2024年工作回顾 / 加强政府自身建设",
        re.compile(
            r"^(?P<numbering>)(?P<title>(?:20\d\d年|过去一年|今年)?"
            rf"[{_HAN}]{{0,10}}"
            r"(?:工作回顾|工作安排|工作安排建议|政府自身建设|重点工作|重点任务|主要任务|总体要求))$"
        ),
    ),
    LineRule(
        "two phrases separated by a space (news-article chapter), 持续强化创新引领 创新能力实现新跃升",
        re.compile(rf"^(?P<numbering>)(?P<title>[{_HAN}“”]{{3,16}}[ \u3000][{_HAN}“”]{{3,16}})$"),
    ),
)

# A document's chapter style is the first rule that matches at least this many lines.
MIN_CHAPTERS = 2

APPENDIX_RULES: tuple[LineRule, ...] = (
    LineRule(
        "numbered or plain attachment, 附件 / 附件1 / 附件2 名词解释",
        re.compile(rf"^(?P<numbering>附件\s*\d*)[\s:：]*(?P<title>{_NO_SENTENCE_END}{{0,30}})$"),
    ),
    LineRule(
        "glossary, 名词解释 / 《政府工作报告》有关内容名词注释",
        re.compile(rf"^(?P<numbering>)(?P<title>{_NO_SENTENCE_END}{{0,20}}名词(?:解释|注释))$"),
    ),
)

SECTION_RULES: tuple[SectionRule, ...] = (
    SectionRule(
        "parenthesised numeral, （一） or ASCII (一)",
        1,
        re.compile(rf"^(?P<numbering>[（(][{_NUMERALS}]+[）)])\s*"),
    ),
    SectionRule("enumeration, 一是…", 2, re.compile(rf"^(?P<numbering>[{_NUMERALS}]+是)")),
    SectionRule("arabic numeral, 1.", 3, re.compile(r"^(?P<numbering>\d{1,2}[.．、])(?![0-9])")),
)

LEAD_RULE = LeadRule(
    "short lead sentence, 研发创新活跃度持续提升。",
    rank=4,
    max_length=20,
    forbidden=re.compile(r"[0-9０-９%％;；:：！!？?]"),
    prose_openers=(
        "——", "今年", "去年", "明年", "过去", "一年来", "回顾", "各位代表", "我们", "同时", "当前",
        "目前", "这", "要", "也要", "还要", "必须", "使命", "让", "此外", "总之", "与此同时",
    ),
)  # fmt: skip

# A section title longer than this is a sentence, not a title: the paragraph stays text.
MAX_SECTION_TITLE = 80

# The last paragraph of the last chapter that opens with one of these starts the closing.
CLOSING_OPENERS: tuple[str, ...] = (
    "以上成绩的取得", "以上成绩", "各位代表！", "各位代表!",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Heading:
    numbering: str
    title: str


@dataclass(frozen=True, slots=True)
class SectionStart:
    rank: int
    numbering: str
    title: str
    rest: str  # the paragraph's text after the title, or empty


def _match(rules: tuple[LineRule, ...], line: str) -> Heading | None:
    for rule in rules:
        match = rule.pattern.match(line)
        if match:
            return Heading(match.group("numbering").strip(), match.group("title").strip())
    return None


def chapter_rule_for(lines: list[str]) -> LineRule | None:
    """The document's chapter style: the first rule that matches enough of its lines."""
    for rule in CHAPTER_RULES:
        if sum(1 for line in lines if rule.pattern.match(line)) >= MIN_CHAPTERS:
            return rule
    return None


def match_chapter(rule: LineRule | None, line: str) -> Heading | None:
    return _match((rule,), line) if rule is not None else None


def match_appendix(line: str) -> Heading | None:
    return _match(APPENDIX_RULES, line)


def starts_section(paragraph: str) -> bool:
    """Whether a line opens with a section marker (and so never continues the line before it)."""
    return any(rule.pattern.match(paragraph) for rule in SECTION_RULES)


def match_section_title(text: str) -> tuple[str, str] | None:
    end = text.find("。")
    if end < 0:
        if re.search(r"[。；;！!？?]$", text) or len(text) > MAX_SECTION_TITLE:
            return None
        return text.strip(), ""  # a title alone on its line
    if end == 0 or end > MAX_SECTION_TITLE:
        return None
    return text[:end].strip(), text[end + 1 :].strip()


def match_section(paragraph: str) -> SectionStart | None:
    """The section a paragraph opens, with its title and the text after the title; or None."""
    for rule in SECTION_RULES:
        match = rule.pattern.match(paragraph)
        if match:
            split = match_section_title(paragraph[match.end() :])
            if split is None or not split[0]:
                return None
            return SectionStart(rule.rank, match.group("numbering"), *split)
    return match_lead(paragraph)


def match_lead(paragraph: str) -> SectionStart | None:
    """A paragraph that opens with a short title-like sentence: (title, rest)."""
    end = paragraph.find("。")
    if end <= 0 or end == len(paragraph) - 1:
        return None
    lead = paragraph[:end]
    rule = LEAD_RULE
    if len(lead) > rule.max_length or rule.forbidden.search(lead):
        return None
    if lead.startswith(rule.prose_openers):
        return None
    return SectionStart(rule.rank, "", lead, paragraph[end + 1 :])


def is_closing(paragraph: str) -> bool:
    return paragraph.startswith(CLOSING_OPENERS)
