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

from workreport.core.importer.leads import DASH_COUNTER_EXAMPLES as DASH_COUNTER_EXAMPLES
from workreport.core.importer.leads import DASH_EXAMPLES as DASH_EXAMPLES
from workreport.core.importer.leads import DASH_LEAD as DASH_LEAD
from workreport.core.importer.leads import LEAD_RULE as LEAD_RULE
from workreport.core.importer.leads import LINE_LEAD_RULE as LINE_LEAD_RULE
from workreport.core.importer.leads import LeadRule as LeadRule
from workreport.core.importer.leads import SectionStart as SectionStart
from workreport.core.importer.leads import match_dash_lead as match_dash_lead
from workreport.core.importer.leads import match_lead as match_lead
from workreport.core.importer.leads import match_lead_line as match_lead_line

_HAN = r"\u3400-\u9fff"
_NUMERALS = "一二三四五六七八九十百零〇"
_NO_SENTENCE_END = r"[^。；;：:！!？?]"


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]  # groups: numbering, title
    examples: tuple[str, ...] = ()  # lines the rule must match
    counter_examples: tuple[str, ...] = ()  # lines it must not match
    # the section rule this chapter style takes the place of: in a report whose chapters are
    # （一）, （一） opens no section
    replaces_section: str = ""
    # chosen only when no other chapter style matches (the news article's two phrases)
    last_resort: bool = False
    # chosen only when every line it matches stands alone: after a line that ends a sentence and
    # before one that opens with no punctuation (not the piece of a sentence cut by a 《》)
    alone: bool = False


@dataclass(frozen=True, slots=True)
class SectionRule:
    name: str
    rank: int  # 1 is the shallowest section under a chapter
    pattern: re.Pattern[str]  # group: numbering (the marker as written); the title follows it
    examples: tuple[str, ...] = ()  # paragraphs that open a section
    counter_examples: tuple[str, ...] = ()  # paragraphs that open none


_YEAR = r"(?:(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3})年"
_PERIOD = r"(?:过去|今后|未来|近|这)?[一二三四五六七八九十]+年(?:来)?"

CHAPTER_NUMERAL = "chinese-numeral chapter, 一、2024年工作回顾"
CHAPTER_PARENTHESISED = "parenthesised chapter, （一）一九五七年经济战线上的胜利"

CHAPTER_RULES: tuple[LineRule, ...] = (
    LineRule(
        "part, 第一部分 2023年工作回顾",
        re.compile(
            rf"^(?P<numbering>第[{_NUMERALS}]+部分)[\s:：、，,　]*(?P<title>{_NO_SENTENCE_END}{{0,40}})$"
        ),
        examples=("第一部分 2023年工作回顾", "第二部分：2024年工作安排", "第三部分"),
        counter_examples=("第一部分内容已经完成。", "其中第一部分是总结"),
    ),
    LineRule(
        CHAPTER_NUMERAL,
        re.compile(rf"^(?P<numbering>[{_NUMERALS}]+、)\s*(?P<title>{_NO_SENTENCE_END}{{1,40}})$"),
        examples=("一、2024年工作回顾", "十二、加强政府自身建设", "三、 关于外交工作"),
        counter_examples=("一、", "一、五花肉洗净，切成块。", "（一）关于经济形势"),
    ),
    LineRule(
        CHAPTER_PARENTHESISED,
        re.compile(
            rf"^(?P<numbering>[（(][{_NUMERALS}]+[）)])\s*(?P<title>{_NO_SENTENCE_END}{{1,40}})$"
        ),
        examples=("（一）当前的经济形势", "(二)关于经济体制改革"),
        counter_examples=("（一）坚持稳中求进。全年增长5%。",),
        replaces_section="parenthesised numeral, （一） or ASCII (一)",
    ),
    LineRule(
        "unnumbered chapter named by its subject, 2024年工作回顾 / 加强政府自身建设",
        re.compile(
            rf"^(?P<numbering>)(?P<title>关于[{_HAN}]{{2,8}}(?:工作|建设)"
            rf"|(?:{_YEAR}|{_PERIOD}|过去一年|今年|明年)?"
            rf"(?:和{_YEAR}|和{_PERIOD}|和今年)?"
            rf"[{_HAN}“”、]{{0,14}}"
            r"(?:工作回顾|的回顾|工作总结|基本总结|工作安排|工作安排建议|工作建议|政府自身建设"
            r"|重点工作|重点任务|主要任务|基本任务|工作任务|目标任务|和任务|总体要求|总体部署|政府工作的建议"
            r"|执行情况|主要措施))$"
        ),
        examples=(
            "2024年工作回顾",
            "二〇二四年工作回顾",
            "2025年工作安排建议",
            "加强政府自身建设",
            "过去五年工作回顾",
            "过去五年的回顾",
            "今后五年的主要任务",
            "一年来工作回顾",
            "二〇二四年工作安排",
            "第六个五年计划的基本任务",
            "今后五年建设和改革的目标、方针和任务",
            "六五计划前两年的执行情况",
            "关于外交工作",
            "关于国内建设",
        ),
        counter_examples=(
            "关于加强职工教育工作的决定",
            "关于教育改革问题",
            "回顾过去一年的工作",
            "一、2024年工作回顾",
            "我们圆满完成了全年主要任务。",
        ),
    ),
    LineRule(
        "a numeral alone on its line, 一 / 二",
        re.compile(rf"^(?P<numbering>[{_NUMERALS}]{{1,3}})(?P<title>)$"),
        examples=("一", "二", "十一"),
        counter_examples=("一、", "一二三四五六", "一是"),
    ),
    LineRule(
        "two phrases separated by a space (news-article chapter), 持续强化创新引领 创新能力实现新跃升",
        re.compile(rf"^(?P<numbering>)(?P<title>[{_HAN}“”]{{3,16}}[ \u3000][{_HAN}“”]{{3,16}})$"),
        examples=("持续强化创新引领 创新能力实现新跃升",),
        counter_examples=("省长 王予波", "持续强化创新引领，创新能力实现新跃升。"),
        last_resort=True,
    ),
    LineRule(
        "a short unpunctuated line alone (an abstract's chapter), 国际形势和我国对外工作",
        re.compile(rf"^(?P<numbering>)(?P<title>[{_HAN}“”、]{{8,24}})$"),
        examples=("国际形势和我国对外工作", "今后发展国民经济中应当注意的几个问题"),
        counter_examples=("各位代表", "政府工作报告", "国际形势和我国对外工作。", "省长 王予波"),
        last_resort=True,
        alone=True,
    ),
)

# The closing chapter of many reports: the closing starts at this line, whatever the chapter style.
CLOSING_HEADINGS: tuple[str, ...] = ("结束语", "结语", "结 束 语")

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

SECTION_NUMERAL_ITEM = "chinese-numeral item under an unnumbered or parenthesised chapter, 一、"

SECTION_RULES: tuple[SectionRule, ...] = (
    SectionRule(
        SECTION_NUMERAL_ITEM,
        0,
        re.compile(rf"^(?P<numbering>[{_NUMERALS}]+、)\s*(?=\S)"),
        examples=("一、依靠政策和科学，加快农业的发展", "二、加快建设现代化产业体系。全年…"),
        counter_examples=("一、", "①加快发展"),
    ),
    SectionRule(
        "parenthesised numeral, （一） or ASCII (一)",
        1,
        re.compile(rf"^(?P<numbering>[（(][{_NUMERALS}]+[）)])\s*"),
        examples=("（一）着力扩大内需。", "(二)加快发展"),
        counter_examples=("（1）加快发展", "①加快发展"),
    ),
    SectionRule(
        "enumeration, 一是…",
        2,
        re.compile(rf"^(?P<numbering>[{_NUMERALS}]+是)"),
        examples=("一是扩大有效投资。", "二是加快发展"),
        counter_examples=("一些地方", "是一项"),
    ),
    SectionRule(
        "ordinal, 第一，… / 第一、…",
        2,
        re.compile(rf"^(?P<numbering>第[{_NUMERALS}]+[，,、])(?=\S)"),
        examples=("第一，全国动员，大办农业", "第二、关于工业生产", "第三，加强统一计划。要…"),
        counter_examples=("第一，", "第一届全国人民代表大会", "第十四个五年规划"),
    ),
    SectionRule(
        "arabic numeral, 1.",
        3,
        re.compile(r"^(?P<numbering>\d{1,2}[.．、])(?![0-9])"),
        examples=("1.扩大内需。", "12．加快发展"),
        counter_examples=("1.5亿元", "2024年", "①加快发展"),
    ),
)

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


def _match(rules: tuple[LineRule, ...], line: str) -> Heading | None:
    for rule in rules:
        match = rule.pattern.match(line)
        if match:
            return Heading(match.group("numbering").strip(), match.group("title").strip())
    return None


_SENTENCE_ENDS = "。！？!?；;：:"
_OPENS_CUT = "，,。、；;）)》」』”"


def _alone(lines: list[str], filled: list[int], position: int) -> bool:
    """Whether the non-empty line ``filled[position]`` stands alone between whole sentences."""
    if position > 0:
        before = lines[filled[position - 1]].rstrip("”’」』）)》】")
        if before and before[-1] not in _SENTENCE_ENDS:
            return False
    after = lines[filled[position + 1]] if position + 1 < len(filled) else ""
    return not after.startswith(tuple(_OPENS_CUT))


def chapter_rule_for(lines: list[str]) -> LineRule | None:
    """The document's chapter style: of the rules that match enough of its lines, the one that
    matches first (the outer level comes first: in a report of （一） chapters holding 一、
    items, （一） is the chapter); a last-resort rule only when no other matches. A report with
    a single chapter heading (an excerpt) has the style of that heading."""
    first: dict[int, int] = {}
    counts: dict[int, int] = {}
    not_alone: set[int] = set()
    filled = [index for index, line in enumerate(lines) if line]
    for position, index in enumerate(filled):
        line = lines[index]
        for number, rule in enumerate(CHAPTER_RULES):
            if rule.pattern.match(line):
                counts[number] = counts.get(number, 0) + 1
                first.setdefault(number, index)
                if rule.alone and not _alone(lines, filled, position):
                    not_alone.add(number)
    for number in not_alone:
        counts.pop(number, None)
    for minimum in (MIN_CHAPTERS, 1):
        for last_resort in (False, True):
            found = [
                n
                for n, count in counts.items()
                if count >= minimum
                and CHAPTER_RULES[n].last_resort is last_resort
                and (minimum > 1 or CHAPTER_RULES[n].name == CHAPTER_NUMERAL)
            ]
            if found:
                return CHAPTER_RULES[min(found, key=lambda n: first[n])]
    return None


def opens_chapter_anyhow(line: str) -> bool:
    """Whether a line matches a chapter style other than a last-resort one."""
    return any(rule.pattern.match(line) for rule in CHAPTER_RULES if not rule.last_resort)


def match_chapter(rule: LineRule | None, line: str) -> Heading | None:
    return _match((rule,), line) if rule is not None else None


def match_appendix(line: str) -> Heading | None:
    return _match(APPENDIX_RULES, line)


def section_rules(chapter_rule: LineRule | None) -> tuple[SectionRule, ...]:
    """The section rules of a document with this chapter style: a chapter style replaces the
    section rule of its own numbering, and 一、 items are sections unless they are chapters."""
    if chapter_rule is None:
        return SECTION_RULES
    return tuple(
        rule
        for rule in SECTION_RULES
        if rule.name != chapter_rule.replaces_section
        and not (rule.name == SECTION_NUMERAL_ITEM and chapter_rule.name == CHAPTER_NUMERAL)
    )


def starts_section(paragraph: str, rules: tuple[SectionRule, ...] = SECTION_RULES) -> bool:
    """Whether a line opens with a section marker (and so never continues the line before it)."""
    return any(rule.pattern.match(paragraph) for rule in rules)


def match_section_title(text: str) -> tuple[str, str] | None:
    end = text.find("。")
    if end < 0:
        if re.search(r"[。；;！!？?]$", text) or len(text) > MAX_SECTION_TITLE:
            return None
        return text.strip(), ""  # a title alone on its line
    if end == 0 or end > MAX_SECTION_TITLE:
        return None
    return text[:end].strip(), text[end + 1 :].strip()


def match_section(
    paragraph: str, rules: tuple[SectionRule, ...] = SECTION_RULES
) -> SectionStart | None:
    """The section a paragraph opens, with its title and the text after the title; or None."""
    for rule in rules:
        match = rule.pattern.match(paragraph)
        if match:
            split = match_section_title(paragraph[match.end() :])
            if split is None or not split[0]:
                return None
            return SectionStart(rule.rank, match.group("numbering"), *split)
    return match_lead(paragraph)


def is_closing(paragraph: str) -> bool:
    return paragraph.startswith(CLOSING_OPENERS)
