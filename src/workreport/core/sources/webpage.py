"""A saved web page (or HTML from the clipboard) through readability-lxml (Apache-2.0).

readability scores the page's blocks and keeps the article, leaving out navigation, breadcrumbs,
footers, side bars and scripts; :mod:`htmltext` then turns the article's blocks into lines and
drops what government pages put around a text inside the article too (``【字体：大 中 小】``,
``打印本页``, ``当前位置：首页 > …``). The page's encoding is what its ``<meta charset>`` (or
``http-equiv``) says, else what a sniff finds (UTF-8, else GB18030, which reads GBK and GB2312).
"""

from __future__ import annotations

import logging
import re

from workreport.core.errors import ReportError
from workreport.core.sources.base import SourceFormat, SourceText
from workreport.core.sources.htmltext import article_lines, clean_title, heading_title
from workreport.core.textfile import decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# Encodings a page may declare that Python knows under a wider name: GB18030 reads GBK and GB2312.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}
NO_ARTICLE = "this web page holds no article text"
_NO_TITLE = "[no-title]"  # what readability says of a page without <title>


def declared_encoding(data: bytes) -> str | None:
    """The encoding the page's ``<meta>`` declares in its first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    declared = match.group(1).decode("ascii").lower()
    declared = _WIDER.get(declared, declared)
    try:
        "".encode(declared)
    except LookupError:
        return None
    return declared


def decode_page(data: bytes, name: str) -> str:
    declared = declared_encoding(data)
    if declared is not None:
        try:
            return data.decode(declared).removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass  # the declaration is wrong: sniff as for any text
    return decode_text(data, name)


def read_html(data: bytes, name: str) -> SourceText:
    return html_source(decode_page(data, name), name)


def html_source(page: str, name: str) -> SourceText:
    """The article of the HTML ``page`` as lines, its title first when the article lacks it."""
    from readability import Document

    logging.getLogger("readability").setLevel(logging.ERROR)
    try:
        document = Document(page)
        title = clean_title(document.short_title() or "")
        if title == _NO_TITLE or not title:
            title = heading_title(page)
        article = document.summary(html_partial=True)
    except Exception as error:  # readability and lxml raise many types on a broken page
        if not page.strip() or "empty" in str(error).lower():
            raise ReportError(name, "", NO_ARTICLE) from None
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise ReportError(name, "", f"is a web page that cannot be read ({reason})") from None
    lines = article_lines(article)
    if not any(line.text.strip() for line in lines):
        raise ReportError(name, "", NO_ARTICLE)
    source = SourceText(name, SourceFormat.HTML, lines, title=title)
    if title and not any(title in line.text for line in lines[:5]):
        source.lines.insert(0, type(lines[0])(title))
    return source
