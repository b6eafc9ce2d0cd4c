"""Clean up text as it comes from web pages, PDFs and datasets, before anything else reads it.

Each step is a :class:`CleanupRule` with the examples it must change (input → output) and the
inputs it must leave alone; ``tests/core/test_rules.py`` checks them all. :func:`normalise` runs
them in order. The steps, in that order:

* a whole report on one line with literal ``\\r\\n`` (or ``\\n``) escapes becomes lines;
* CRLF and CR line ends become LF;
* zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and U+FFFD go;
* web navigation, breadcrumbs, bylines and footers (``当前位置：首页 > …``, ``责任编辑：…``,
  ``【字体：大 中 小】``, ``版权所有``) go, and so do page continuations (``（下转第二版）``);
* footnote markers (``[1]``, ``〔12〕``) go: they are neither figures nor text;
* in prose lines, spaces inside numbers and words go (``7 4 7 7 2 亿元``, ``国庆60周 年``);
* a body repeated twice keeps one copy.

The rules then match on a *reading* of the text of the same length (:data:`READING`): ASCII
punctuation as full-width (a text that writes ``,`` and ``;`` throughout), traditional characters
as simplified (:mod:`simplified`). The text is shown as written.

A number cut across lines (``74.4`` / ``​`` / ``万亿元``) is joined by :mod:`paragraphs` once the
zero-width line is gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HAN = r"\u3400-\u9fff"


@dataclass(frozen=True, slots=True)
class CleanupRule:
    """One clean-up step: a pattern and what replaces it, with examples.

    ``examples`` are (input, output) pairs; ``counter_examples`` must come out unchanged.
    """

    name: str
    pattern: re.Pattern[str]
    replacement: str
    examples: tuple[tuple[str, str], ...]
    counter_examples: tuple[str, ...] = ()

    def apply(self, text: str) -> str:
        return self.pattern.sub(self.replacement, text)


LINE_ENDS = CleanupRule(
    "CRLF and CR line ends",
    re.compile(r"\r\n?"),
    "\n",
    examples=(("一、\r\n二、\r三、", "一、\n二、\n三、"),),
    counter_examples=("一、\n二、",),
)

INVISIBLE = CleanupRule(
    "zero-width characters and the replacement character U+FFFD",
    re.compile("[\u200b\u200c\u200d\u2060\ufeff\ufffd]"),
    "",
    examples=(
        ("达到74.4\u200b万亿元", "达到74.4万亿元"),
        ("\ufeff各位代表", "各位代表"),
        ("大\ufffd会", "大会"),
    ),
    counter_examples=("各位代表：",),
)

# Lines of a web page around the report: navigation, breadcrumbs, bylines, sharing, footers.
WEB_CHROME = CleanupRule(
    "web page navigation, breadcrumbs, bylines and footers (a whole short line)",
    re.compile(
        r"^[ \t\u3000]*(?:"
        r"(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)[:：].{0,80}"
        r"|首页\s*[>＞»/›].{0,80}"
        r"|(?:责任编辑|编辑|责编|校对|审核|审校|作者|记者|通讯员|摄影|发布者|信息来源|稿源|点击数|浏览次数|阅读次数|访问量)[:：].{0,40}"
        r"|(?:发布时间|发布日期|时间|日期)[:：]\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}.{0,40}"
        r"|【?字体[:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?】?.{0,40}"
        r"|(?:【|\[)?(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|返回顶部|分享到|扫一扫.{0,20}|收藏|纠错)(?:】|\])?(?:\s*[【\[]?(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回顶部|收藏|纠错)[】\]]?)*"
        r"|(?:版权所有|主办单位|承办单位|网站标识码|联系我们|网站地图|ICP备|京ICP|技术支持)[:：]?.{0,80}"
        r"|.{0,40}ICP备\d+号.{0,40}"
        r")[ \t\u3000]*$",
        re.MULTILINE,
    ),
    "",
    examples=(
        ("当前位置：首页 > 政务公开 > 政府工作报告\n各位代表：", "\n各位代表："),
        ("首页 > 政务公开\n正文", "\n正文"),
        ("正文。\n责任编辑：王明", "正文。\n"),
        ("【字体：大 中 小】", ""),
        ("【打印本页】 【关闭窗口】", ""),
        ("发布时间：2024-01-20 10:30", ""),
        ("版权所有：某某县人民政府办公室", ""),
    ),
    counter_examples=(
        "编辑出版《地方志》。",
        "时间过半、任务过半。",
        "首页是政府门户网站的窗口。",
        "来源：新疆日报",
    ),
)

PAGE_CONTINUATION = CleanupRule(
    "a newspaper's page continuation, （下转第二版） / （上接第一版）",
    re.compile(r"[（(](?:下转|上接|接|转)第?[一二三四五六七八九十\d]{1,3}版[）)]"),
    "",
    examples=(
        ("推动高质量（下转第二版）发展", "推动高质量发展"),
        ("（上接第1版）各位代表", "各位代表"),
    ),
    counter_examples=("出版第一版教材。",),
)

FOOTNOTE = CleanupRule(
    "footnote markers after a word, [1] / 〔12〕 / ［3］",
    re.compile(rf"(?<=[{_HAN}”’）)》。，、；：])(?:\[\d{{1,3}}\]|［\d{{1,3}}］|〔\d{{1,3}}〕)"),
    "",
    examples=(
        ("“两重”[1]建设", "“两重”建设"),
        ("新质生产力〔12〕。", "新质生产力。"),
        ("增长5%。［3］", "增长5%。"),
    ),
    counter_examples=("国发〔2024〕12号", "第[1]条", "数组a[1]"),
)

# In a prose line (one that ends a sentence), a space next to a digit is an artefact of the page
# (7 4 7 7 2 亿元, 1 9 9 8 年), and so is a space that cuts a word after a number or before its
# last character (国庆60周 年, 发展 。); other spaces between words are kept (市长 殷勇,
# “巴蜀同脉 文明同行”).
_DIGIT_SPACE = re.compile(
    rf"(?<=[0-9０-９.．]) +(?=[{_HAN}0-9０-９%％])|(?<=[{_HAN}]) +(?=[0-9０-９])"
)
_HAN_SPACE = re.compile(
    rf"(?<=[0-9０-９][{_HAN}]) +(?=[{_HAN}])|(?<=[{_HAN}]) +(?=[{_HAN}][，。、；：！？”])"
)
_PROSE_LINE = re.compile(r"^.*[。；！？;!?]\s*[”’」』）)]*\s*$", re.MULTILINE)

_ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_ASCII_PUNCT = re.compile(rf"(?<=[{_HAN}”’）])([,;:?!])|([,;:?!])(?=[{_HAN}“‘（])")
_ASCII_STOP = re.compile(rf"(?<=[{_HAN}”’）])\.(?=\s*$|[{_HAN}“])", re.MULTILINE)


def _prose_line_spaces(line: str) -> str:
    return _HAN_SPACE.sub("", _DIGIT_SPACE.sub("", line))


def _prose_spaces(text: str) -> str:
    return _PROSE_LINE.sub(lambda m: _prose_line_spaces(m.group(0)), text)


def _ascii_punctuation(text: str) -> str:
    """Only in a text that writes its punctuation in ASCII throughout: elsewhere a stray ASCII
    comma is kept."""
    return full_width_punctuation(text) if ascii_punctuation_throughout(text) else text


@dataclass(frozen=True, slots=True)
class CleanupStep:
    """A clean-up step done by a function rather than one substitution, with examples."""

    name: str
    function: object  # Callable[[str], str]; kept as object for slots and frozen dataclasses
    examples: tuple[tuple[str, str], ...]
    counter_examples: tuple[str, ...] = ()

    def apply(self, text: str) -> str:
        result: str = self.function(text)  # type: ignore[operator]
        return result


PROSE_SPACES = CleanupStep(
    "spaces inside words and numbers in prose lines",
    _prose_spaces,
    examples=(
        ("国内生产总值7 4 7 7 2 亿元。", "国内生产总值74772亿元。"),
        ("隆重庆祝国庆60周 年。", "隆重庆祝国庆60周年。"),
        ("关于1 9 9 8 年政府工作的建议。", "关于1998年政府工作的建议。"),
    ),
    counter_examples=(
        "持续强化创新引领 创新能力实现新跃升",
        "省长 王予波",
        "推进“巴蜀同脉 文明同行”川渝新时代文明实践。",
        "在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。",
        "PM 2.5浓度下降。",
    ),
)

ASCII_PUNCTUATION = CleanupStep(
    "ASCII punctuation next to Chinese characters becomes full-width",
    _ascii_punctuation,
    examples=(
        ("经济增长5%左右,物价稳定;就业扩大.", "经济增长5%左右，物价稳定；就业扩大。"),
        ("各位代表:", "各位代表："),
    ),
    counter_examples=(
        "1,234.5亿元",
        "12:30",
        "www.gov.cn",
        "PM2.5",
        "强化理论武装,加强思想建设。全年增长，稳定。",
    ),
)

_LITERAL_BREAK = re.compile(r"(?:\\r\\n|\\n|\\r)")


def _literal_breaks(text: str) -> str:
    """A whole report stored on one line with its line breaks written as ``\\r\\n``."""
    if text.count("\n") > 3 or len(_LITERAL_BREAK.findall(text)) < 3:
        return text
    return _LITERAL_BREAK.sub("\n", text)


LITERAL_BREAKS = CleanupStep(
    "a report on one line with literal \\r\\n escapes",
    _literal_breaks,
    examples=(
        (
            "各位代表：\\r\\n一、回顾\\r\\n正文。\\r\\n二、任务\\r\\n",
            "各位代表：\n一、回顾\n正文。\n二、任务\n",
        ),
    ),
    counter_examples=("路径C:\\new\n一\n二\n三\n四\n五",),
)

# A body repeated twice (a page that printed the report twice): the repeat is dropped when at
# least this share of the lines after the first copy repeat it line for line.
MIN_REPEAT_LINES = 5


def _drop_repeat(text: str) -> str:
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if len(line.strip()) >= 20]
    if len(content) < 2 * MIN_REPEAT_LINES:
        return text
    first = lines[content[0]].strip()
    for n in range(1, len(content)):
        if lines[content[n]].strip() != first:
            continue
        copy = content[n:]
        if len(copy) < MIN_REPEAT_LINES or len(copy) > n:
            return text
        if all(lines[a].strip() == lines[b].strip() for a, b in zip(content, copy, strict=False)):
            return "\n".join(lines[: content[n]])
        return text
    return text


REPEATED_BODY = CleanupStep(
    "the whole body repeated twice keeps one copy",
    _drop_repeat,
    examples=(
        (
            "\n".join(f"第{i}段落的文字，足够长，二十个字以上的一行。" for i in range(6)) * 1
            + "\n"
            + "\n".join(f"第{i}段落的文字，足够长，二十个字以上的一行。" for i in range(6)),
            "\n".join(f"第{i}段落的文字，足够长，二十个字以上的一行。" for i in range(6)),
        ),
    ),
    counter_examples=(
        "\n".join(f"第{i}段落的文字，足够长，二十个字以上的一行。" for i in range(12)),
    ),
)

# In the order they run.
CLEANUP: tuple[CleanupRule | CleanupStep, ...] = (
    LITERAL_BREAKS,
    LINE_ENDS,
    INVISIBLE,
    WEB_CHROME,
    PAGE_CONTINUATION,
    FOOTNOTE,
    PROSE_SPACES,
    REPEATED_BODY,
)

# Steps that make the reading the rules match on (of the same length as the text: the text is
# shown as written): ASCII punctuation as full-width, traditional characters as simplified.
READING: tuple[CleanupStep, ...] = (ASCII_PUNCTUATION,)


def normalise(text: str) -> str:
    """The text with every clean-up step of :data:`CLEANUP` applied."""
    for step in CLEANUP:
        text = step.apply(text)
    return text


def ascii_punctuation_throughout(text: str) -> bool:
    """Whether a text writes its punctuation in ASCII (more ASCII marks next to Chinese
    characters than full-width commas and stops)."""
    ascii_marks = len(_ASCII_PUNCT.findall(text))
    return ascii_marks > 0 and ascii_marks > text.count("，") + text.count("。")


def full_width_punctuation(text: str) -> str:
    """ASCII punctuation next to Chinese characters as full-width, character for character."""
    text = _ASCII_PUNCT.sub(lambda m: _ASCII_TO_FULL[m.group(1) or m.group(2)], text)
    return _ASCII_STOP.sub("。", text)
