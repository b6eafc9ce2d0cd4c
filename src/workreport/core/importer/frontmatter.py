"""The lines before a report's body, and the metadata they give.

A provincial report opens with its title, ``来源：…``, a meeting line
(``——2025年1月18日在云南省第十四届人民代表大会第三次会议上``), the speaker (``省长 王予波``) and the
salutation ``各位代表：``, in varying order and sometimes run together on one line. These lines are
front matter: they are kept out of the chapters, and the title, source, date and speaker are read
from them. A text without a salutation near its top (a news article) has only its headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The salutation that ends the front matter, when it comes within the first few lines.
SALUTATIONS: tuple[str, ...] = ("各位代表：", "各位代表:")
MAX_FRONT_MATTER_LINES = 8

# Lines at the very top that are comments of the corpus, not the document (``# source: …``).
COMMENT_PREFIX = "# "

# How a report's title is written: the year and the government, then 政府工作报告.
_TITLE = re.compile(r"^(?P<year>20\d\d)年(?P<region>.{0,16}?)(?:人民)?政府工作报告$")
_SOURCE = re.compile(r"^来源\s*[:：]\s*(?P<source>.*?)\s*$")
_DATE = re.compile(r"(?P<year>20\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# The source line sometimes runs into the meeting line: 来源：江西省人民政府2025年1月17日在…
_SOURCE_END = re.compile(r"(?:——|----|20\d\d年\d{1,2}月\d{1,2}日)")

# Offices whose holder delivers a report; the name follows (省长 王予波, 主席王莉霞在…) or, on
# Shanghai's line, comes before (龚正市长在…).
OFFICES: tuple[str, ...] = ("代理主席", "代省长", "代市长", "省长", "市长", "主席", "总理")
_NAME = r"[\u3400-\u9fff·]{2,12}?"
_SPEAKER_AFTER = re.compile(
    "(?:" + "|".join(OFFICES) + r")[\s\u3000\u00a0]*(?![在作])(?P<name>" + _NAME + ")"
    r"(?:同志)?(?=作|在|[\s\u3000\u00a0]*$)"
)
_SPEAKER_BEFORE = re.compile(
    r"日(?P<name>[\u3400-\u9fff]{2,3})(?:" + "|".join(OFFICES) + r")(?=在|作)"
)

# Levels of government by the region's name.
PROVINCES: tuple[str, ...] = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
    "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
)  # fmt: skip
NATIONAL_REGIONS: tuple[str, ...] = ("国务院", "全国", "中国", "中华人民共和国")
_PROVINCE_SUFFIXES = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "")


@dataclass(slots=True)
class FrontMatter:
    headline: str = ""
    lines: list[str] = field(default_factory=list)  # front matter after the headline, as written
    body_start: int = 0  # index of the first body line in the lines given
    title: str = ""
    region: str = ""
    year: int | None = None
    date: str = ""
    source: str = ""
    speaker: str = ""


def _clean(line: str) -> str:
    return line.strip(" \t\u3000\u2002\u2003\u00a0\ufeff\r\n")


def read_front_matter(lines: list[str]) -> FrontMatter:
    """Split off the front matter of ``lines`` (raw lines of the text) and read it."""
    found = FrontMatter()
    index = 0
    while index < len(lines) and (
        not _clean(lines[index]) or lines[index].startswith(COMMENT_PREFIX)
    ):
        index += 1
    if index == len(lines):
        found.body_start = index
        return found
    top = [(i, _clean(lines[i])) for i in range(index, len(lines)) if _clean(lines[i])]
    top = top[: MAX_FRONT_MATTER_LINES + 1]
    salutation = next((n for n, (_, line) in enumerate(top) if line in SALUTATIONS), None)
    first = top[0][1]
    if salutation is None:
        found.headline = first
        found.body_start = top[0][0] + 1
    else:
        found.headline = "" if first in SALUTATIONS else first
        found.lines = [line for _, line in top[1 if found.headline else 0 : salutation + 1]]
        found.body_start = top[salutation][0] + 1
    _read_title(found)
    for line in found.lines:
        _read_line(found, line)
    return found


def _read_title(found: FrontMatter) -> None:
    match = _TITLE.match(found.headline)
    if match is None:
        return
    found.title = found.headline
    found.year = int(match.group("year"))
    found.region = match.group("region")


def _read_line(found: FrontMatter, line: str) -> None:
    source = _SOURCE.match(line)
    if source is not None and not found.source:
        text = source.group("source")
        end = _SOURCE_END.search(text)
        found.source = text[: end.start()] if end else text
    date = _DATE.search(line)
    if date is not None and not found.date and ("会议" in line or "报告" in line):
        year, month, day = (int(date.group(k)) for k in ("year", "month", "day"))
        found.date = f"{year:04d}-{month:02d}-{day:02d}"
    if not found.speaker:
        speaker = _SPEAKER_AFTER.search(line) or _SPEAKER_BEFORE.search(line)
        if speaker is not None:
            found.speaker = speaker.group("name")


def level_of(region: str) -> str:
    """``national`` or ``provincial`` for the regions this table knows, else empty."""
    if region in NATIONAL_REGIONS:
        return "national"
    for province in PROVINCES:
        if region.startswith(province) and region[len(province) :] in _PROVINCE_SUFFIXES:
            return "provincial"
    return ""
