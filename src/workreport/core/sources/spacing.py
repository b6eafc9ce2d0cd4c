"""Take out the spaces that PDF text extraction puts where the page only had a gap.

Word and LibreOffice leave a small gap between Chinese and Western characters (``2024 年``,
``第 9 名``, ``增长 5.2%``) and stretch justified lines; extraction turns the gaps into spaces. Written
Chinese has no spaces, so a space with a Chinese character or Chinese punctuation on either side
goes; spaces between two Western words (``New York``) stay.

>>> close_up("2024 年增长 5.2%，居全国第 9 名")
'2024年增长5.2%，居全国第9名'
>>> close_up("地 区生产总 值 and Hong Kong")
'地区生产总值 and Hong Kong'
"""

from __future__ import annotations

import re

# Chinese characters (CJK unified, extension A, compatibility) and the full-width punctuation of
# Chinese text: 、。「」（）：；“”‘’——…·
_CHINESE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u2014\u2026\u00b7"
_GAP = "[ \u00a0\u2002\u2009\u200a]+"
_AROUND_CHINESE = re.compile(f"(?<=[{_CHINESE}]){_GAP}|{_GAP}(?=[{_CHINESE}])")


def close_up(line: str) -> str:
    """``line`` without the spaces next to Chinese characters (leading indentation is kept)."""
    body = line.lstrip(" \u00a0")
    indent = line[: len(line) - len(body)]
    return indent + _AROUND_CHINESE.sub("", body)
