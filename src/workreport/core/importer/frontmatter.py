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

# The salutation that ends the front matter, when it comes within the first few lines:
# 各位代表： / 各位代表！ / 各位代表、各位委员： / 各位人大代表： / 各位主任、各位委员：
SALUTATION = re.compile(
    r"^(?:各位(?:人大)?代表|各位委员|各位主任|各位副主任|同志们|代表们)"
    r"(?:[、，,和]\s*(?:各位(?:人大)?代表|各位委员|各位主任|各位副主任|同志们|代表们|各位列席人员|列席会议的同志们))*"
    r"\s*[：:！!，,]?$"
)
MAX_FRONT_MATTER_LINES = 12

# Lines at the very top that are comments of the corpus, not the document (``# source: …``).
COMMENT_PREFIX = "# "

# How a report's title is written: the year and the government, then 政府工作报告; or the
# government first (郑州高新区2022年政府工作报告, 某某县人民政府工作报告); or just 政府工作报告.
_YEAR_TEXT = r"(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3}"
_TITLE = re.compile(
    rf"^(?P<year>{_YEAR_TEXT})年(?:度)?(?P<region>.{{0,20}}?)(?:人民)?政府工作报告(?:[（(].{{0,10}}[）)])?$"
    rf"|^(?P<region2>.{{0,24}}?)(?:(?P<year2>{_YEAR_TEXT})年(?:度)?)?(?:人民)?政府工作报告(?:[（(].{{0,10}}[）)])?$"
)
# The meeting line names the congress: 在郑州市第十六届人民代表大会第四次会议上 → 郑州市
_MEETING_REGION = re.compile(
    r"在(?P<region>(?!第)[\u3400-\u9fff]{2,24}?)(?:第[一二三四五六七八九十\d]+届)?人民代表大会"
    r"|在第[一二三四五六七八九十\d]+届(?P<national>全国)人民代表大会"
)
# The meeting line's year, also in Chinese numerals (二〇二四年一月十五日)
_MEETING_YEAR = re.compile(rf"(?P<year>{_YEAR_TEXT})\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月")
_SOURCE = re.compile(r"^来源\s*[:：]\s*(?P<source>.*?)\s*$")
_DATE = re.compile(
    rf"(?P<year>{_YEAR_TEXT})\s*年\s*(?P<month>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月"
    r"\s*(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
# The source line sometimes runs into the meeting line: 来源：江西省人民政府2025年1月17日在…
_SOURCE_END = re.compile(r"(?:——|----|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)")

# Offices whose holder delivers a report; the name follows (省长 王予波, 主席王莉霞在…) or, on
# Shanghai's line, comes before (龚正市长在…).
OFFICES: tuple[str, ...] = (
    "代理主席", "代理省长", "代理市长", "代理县长", "代理区长",
    "代省长", "代市长", "代州长", "代盟长", "代县长", "代区长", "代旗长", "代主任",
    "管委会主任", "省长", "市长", "州长", "盟长", "县长", "区长", "旗长", "专员", "主席", "主任", "总理",
)  # fmt: skip
_NAME = r"[\u3400-\u9fff·]{2,12}?"
_SPEAKER_AFTER = re.compile(
    "(?:" + "|".join(OFFICES) + r")[\s\u3000\u00a0]*(?![在作])(?P<name>" + _NAME + ")"
    r"(?:同志)?(?=作|在|[\s\u3000\u00a0]*$)"
)
_SPEAKER_BEFORE = re.compile(
    r"日(?P<name>[\u3400-\u9fff]{2,3})(?:" + "|".join(OFFICES) + r")(?=在|作)"
)


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
    top = top[: MAX_FRONT_MATTER_LINES + 2]
    top = _join_cut_title(top)[: MAX_FRONT_MATTER_LINES + 1]
    salutation = next((n for n, (_, line) in enumerate(top) if SALUTATION.match(line)), None)
    first = top[0][1]
    if salutation is None:
        found.headline = first
        found.body_start = top[0][0] + 1
    else:
        found.headline = "" if salutation == 0 else first
        found.lines = [line for _, line in top[1 if found.headline else 0 : salutation + 1]]
        found.body_start = top[salutation][0] + 1
    _read_title(found)
    for line in found.lines:
        _read_line(found, line)
    return found


def _join_cut_title(top: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A title cut over two lines (政府工作报 / 告) is one line."""
    for n in range(min(len(top) - 1, 3)):
        joined = top[n][1] + top[n + 1][1]
        if len(top[n + 1][1]) <= 4 and _TITLE.match(joined) and not _TITLE.match(top[n][1]):
            return [*top[:n], (top[n][0], joined), *top[n + 2 :]]
    return top


def chinese_number(text: str) -> int:
    """A year, month or day as written: 2024, 二〇二四 (digit by digit), 十二, 二十三."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if "十" in text:
        tens, _, units = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)
    value = 0
    for character in text:
        value = value * 10 + digits.get(character, 0)
    return value


def _read_title(found: FrontMatter) -> None:
    for line in [found.headline, *found.lines]:
        if _take_title(found, line):
            return


def _take_title(found: FrontMatter, line: str) -> bool:
    match = _TITLE.match(line)
    region = match and (match.group("region") or match.group("region2") or "").strip()
    if match is None or re.search(r"\d", region or ""):
        return False  # 9999年安顺市政府工作报告: no year, and no region either
    found.title = line
    year = match.group("year") or match.group("year2")
    found.year = chinese_number(year) if year else None
    found.region = _GOVERNMENT.sub("", region or "")  # 安顺市人民政府2024年政府工作报告 → 安顺市
    return True


_GOVERNMENT = re.compile(r"(?:人民)?政府$")


# A file's name as people save reports: a numbering or a tag before the title (03_, 12-, 【全文】)
# and words after 政府工作报告 (_全文, （全文）, -定稿) are no part of it; a date before it gives
# its year (2024-安顺市…, 20240115_安顺市…); a note about a report (关于…的说明) names none.
_NAME_NUMBERING = re.compile(r"^(?:\d{1,3}[_\-.、\s]+|[【\[][^】\]]{0,10}[】\]]\s*)")
_NAME_DATE = re.compile(r"^((?:19|20)\d\d)(?:[.\-]?\d\d){0,2}[_\-.\s]+(?=\D)")
_NOT_A_REPORT_NAME = ("关于",)
_NAME_TITLE_END = re.compile(r"^.*?政府工作报告(?:[（(][^）)]{0,10}[）)])?")


def title_in_name(name: str) -> FrontMatter | None:
    """The title, year and region a file's name gives (``…/1984年国务院政府工作报告.txt``), for a
    text that names itself nowhere; None when the name is no report title."""
    stem = re.split(r"[/\\]", name)[-1]
    stem = _clean(stem.rsplit(".", 1)[0] if "." in stem else stem)
    stem = _NAME_DATE.sub(r"\1年", _NAME_NUMBERING.sub("", stem))
    return None if stem.startswith(_NOT_A_REPORT_NAME) else title_in_words(stem)


def title_in_words(words: str) -> FrontMatter | None:
    """The title, year and region in words that name a report among others (a web page's title
    北京市2025年政府工作报告_首都之窗); None when they name no report."""
    title = _NAME_TITLE_END.match(_clean(words))
    found = FrontMatter()
    return found if title is not None and _take_title(found, title.group(0)) else None


def _read_line(found: FrontMatter, line: str) -> None:
    source = _SOURCE.match(line)
    if source is not None and not found.source:
        text = source.group("source")
        end = _SOURCE_END.search(text)
        found.source = text[: end.start()] if end else text
    meeting = "会议" in line or "报告" in line or "大会" in line
    date = _DATE.search(line)
    if date is not None and not found.date and meeting:
        year, month, day = (chinese_number(date.group(k)) for k in ("year", "month", "day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.date = f"{year:04d}-{month:02d}-{day:02d}"
    if found.year is None and meeting:
        year_match = _MEETING_YEAR.search(line)
        if year_match is not None:
            found.year = chinese_number(year_match.group("year"))
    if not found.region and meeting:
        region = _MEETING_REGION.search(line)
        if region is not None:
            found.region = region.group("region") or region.group("national")
    if not found.speaker:
        speaker = _SPEAKER_AFTER.search(line) or _SPEAKER_BEFORE.search(line)
        if speaker is not None:
            found.speaker = speaker.group("name")
