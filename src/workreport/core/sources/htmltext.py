"""HTML to lines: every block element (``<p>``, ``<div>``, ``<li>``, ``<h1>``…, ``<tr>``, ``<br>``)
ends a line; whitespace inside a block is folded as a browser folds it; lines that are page
furniture (rules below, each with what it must catch) are dropped."""

from __future__ import annotations

import re

from workreport.core.sources.base import SourceLine

BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "tbody",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "center",
    ]
)
_SKIP = frozenset(["script", "style", "noscript", "template", "head", "iframe", "object"])

# Page furniture that gets inside an article block on government sites.
FURNITURE = (
    # 当前位置：首页 > 政务公开 > 政府工作报告 / 您现在的位置: 首页>>
    re.compile(r"^(?:当前位置|您(?:现在)?的位置|所在位置)\s*[:：]"),
    # 【字体：大 中 小】 / 字号：T|T / [打印本页] [关闭窗口]
    re.compile(r"^[【\[]?\s*(?:字体|字号)\s*[:：]"),
    re.compile(
        r"^[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|分享到|收藏)\s*[】\]]?(?:\s*[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|分享到|收藏)\s*[】\]]?)*$"
    ),
    # 首页 > 新闻中心 > 正文
    re.compile(r"^首页\s*(?:>|&gt;|›|»|/)"),
    # 浏览次数：1234 / 阅读量：
    re.compile(r"^(?:浏览次数|访问量|阅读量|点击数)\s*[:：]\s*\d*$"),
)
_TITLE_SITE = re.compile(r"\s*(?:[_|｜]|\s-\s|——).*$")


def is_furniture(line: str) -> bool:
    return any(rule.search(line) for rule in FURNITURE)


def clean_title(title: str) -> str:
    """A page title without the site's name after it: ``报告_北京市人民政府网`` → ``报告``."""
    return _TITLE_SITE.sub("", " ".join(title.split())).strip()


def heading_title(page: str) -> str:
    """The text of the page's first ``<h1>`` (else ``<h2>``): the title of a page that has no
    ``<title>``, such as a browser selection on the clipboard."""
    import lxml.html

    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for tag in ("h1", "h2"):
        for element in root.iter(tag):
            text = " ".join(element.text_content().split())
            if text:
                return text
    return ""


def article_lines(article_html: str) -> list[SourceLine]:
    """The lines of an HTML fragment, furniture dropped."""
    import lxml.html

    if not article_html.strip():
        return []
    root = lxml.html.fragment_fromstring(article_html, create_parent="div")
    pieces: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \r\n\f\v]+", " ", "".join(current)).strip(" \t")
        if text.strip(" \u3000\u00a0"):
            pieces.append(text)
        current.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP:
            if element.tail:
                current.append(element.tail)
            return
        block = tag in BLOCKS
        if block or tag == "br":
            flush()
        if element.text and tag != "br":
            current.append(element.text)
        for child in element:
            walk(child)
        if tag in ("td", "th"):
            current.append("\t")
        if block:
            flush()
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return [SourceLine(line.strip()) for line in pieces if not is_furniture(line.strip())]
