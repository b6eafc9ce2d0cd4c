"""A report's level of government from its region's name, with a table of China's divisions.

``resources/divisions/china_divisions.csv`` lists every province, prefecture and county-level
division with its administrative code, which says the level (see its README). A region is looked
up as written (``郑州市``), with a suffix added (``宁夏`` → ``宁夏回族自治区``), or by its last
division (``河南省郑州市金水区`` → ``金水区``). A name of a development zone (高新区, 开发区,
园区, 管委会 …) is a zone, and so is a 新区 the table does not hold (浦东新区 is a district).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib.resources import files

NATIONAL = "national"
PROVINCIAL = "provincial"
PREFECTURAL = "prefectural"
COUNTY = "county"
ZONE = "zone"

NATIONAL_REGIONS: tuple[str, ...] = ("国务院", "全国", "中国", "中华人民共和国", "中央人民政府")
# Development zones and the like: not divisions, governed by an administrative committee.
ZONE_NAME = re.compile(
    r"(?:高新区|高新技术产业开发区|开发区|经开区|新区|管委会|管理委员会|保税区|示范区|试验区|"
    r"合作区|园区|实验区|自贸区|自由贸易试验区|港区|新城)$"
)
_GOVERNMENT = re.compile(r"(?:人民政府|政府)$")
SUFFIXES: tuple[str, ...] = (
    "省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治州", "地区", "盟", "县", "区", "旗",
)  # fmt: skip

# Examples the level rule must get right (tests/core/test_rules.py).
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("国务院", NATIONAL),
    ("河南省", PROVINCIAL),
    ("宁夏", PROVINCIAL),
    ("北京市", PROVINCIAL),
    ("郑州市", PREFECTURAL),
    ("大兴安岭地区", PREFECTURAL),
    ("延边朝鲜族自治州", PREFECTURAL),
    ("锡林郭勒盟", PREFECTURAL),
    ("义乌市", COUNTY),
    ("金水区", COUNTY),
    ("河南省郑州市金水区", COUNTY),
    ("北京市朝阳区", COUNTY),
    ("正定县", COUNTY),
    ("鄂托克旗", COUNTY),
    ("郑州高新区", ZONE),
    ("郑州高新技术产业开发区管委会", ZONE),
    ("苏州工业园区", ZONE),
    ("浦东新区", COUNTY),
    ("郑东新区", ZONE),
    ("郑州航空港经济综合实验区", ZONE),
    ("某某市人民政府", ""),
    ("", ""),
)


@lru_cache(maxsize=1)
def divisions() -> dict[str, str]:
    """Name → level of every division in the table (a name held by several divisions of
    different levels keeps the highest)."""
    text = (
        files("workreport.resources").joinpath("divisions/china_divisions.csv").read_text("utf-8")
    )
    order = {PROVINCIAL: 0, PREFECTURAL: 1, COUNTY: 2}
    table: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code, name = row["adcode"], row["name"]
        level = (
            PROVINCIAL
            if code[2:].strip("0") == ""
            else PREFECTURAL
            if code[4:].strip("0") == ""
            else COUNTY
        )
        if name not in table or order[level] < order[table[name]]:
            table[name] = level
    return table


def level_of(region: str) -> str:
    """``national``, ``provincial``, ``prefectural``, ``county`` or ``zone``; empty when unknown."""
    name = _GOVERNMENT.sub("", region.strip())
    if not name:
        return ""
    if name in NATIONAL_REGIONS:
        return NATIONAL
    if ZONE_NAME.search(name) and not name.endswith("新区"):
        return ZONE  # 苏州工业园区 has a county-level code, but is governed as a zone
    table = divisions()
    if name in table:
        return table[name]
    for suffix in SUFFIXES:
        if name + suffix in table:
            return table[name + suffix]
    if ZONE_NAME.search(name):
        return ZONE
    for length in range(len(name) - 2, 1, -1):  # the last division named: 河南省郑州市金水区
        tail = name[-length:]
        if tail in table and name[:-length] and _named_before(name[:-length], table):
            return table[tail]
    for full, level in table.items():  # a short province name: 内蒙古 → 内蒙古自治区
        if level == PROVINCIAL and len(name) >= 2 and full.startswith(name):
            return level
    return ""


def _named_before(prefix: str, table: dict[str, str]) -> bool:
    """Whether ``prefix`` is itself made of division names (河南省郑州市), so that the tail is a
    division inside them and not part of a longer name."""
    while prefix:
        for length in range(len(prefix), 1, -1):
            head = prefix[:length]
            if head in table or any(head + s in table for s in SUFFIXES):
                prefix = prefix[length:]
                break
        else:
            return False
    return True
