"""Is this text a work report? Decided from what it contains, not from its headings.

A work report is Chinese prose that speaks to a congress (``各位代表``, ``各位委员``, ``各位主任``),
reviews a period and sets tasks in the vocabulary of government (发展, 建设, 改革, 推进, 加强 …)
and is dense in figures. :func:`refusal` measures these signals on the text and returns why a
text is not a report (one line), or ``None``. Each signal is a :class:`Signal` with texts it
must pass and texts it must refuse; ``tests/core/test_rules.py`` checks them all.

Character plausibility is read through GB2312: its first level holds the 3,755 most used
characters, which make up well over nine tenths of the characters of any modern Chinese prose.
Japanese text in Shift-JIS decoded as GB18030 turns into rare characters (few of level one), and
Japanese in Unicode has kana. Traditional characters are read through their simplified reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workreport.core.importer.simplified import simplified

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9０-９]")
_SPACE = re.compile(r"\s")

# Words of government business: a report uses them dozens of times per thousand characters.
GOVERNMENT_WORDS: tuple[str, ...] = (
    "发展", "建设", "改革", "经济", "推进", "加强", "工作", "社会", "人民", "增长", "政府",
    "坚持", "提高", "企业", "全面", "实施", "政策", "完善", "促进", "深化", "产业", "服务",
    "创新", "国家", "农业", "工业", "生产", "计划", "任务", "群众", "管理", "体制", "保障",
)  # fmt: skip
ADDRESSES: tuple[str, ...] = ("各位代表", "各位委员", "各位主任", "各位人大代表", "代表们")

SAMPLE_CHARACTERS = 200_000  # the signals are measured on the text's first characters
MIN_HAN = 120  # fewer Chinese characters than this: too short to be a report
MIN_HAN_SHARE = 0.5  # of the characters that are not spaces
MAX_KANA_SHARE = 0.01
MIN_COMMON_SHARE = 0.8  # of Chinese characters in GB2312 level one (after simplification)
MIN_WORDS_PER_1000 = 25.0  # government words per thousand Chinese characters
MIN_WORDS_WITH_ADDRESS = 12.0  # the same, for a text that addresses a congress


@dataclass(frozen=True, slots=True)
class Measures:
    han: int
    han_share: float
    kana_share: float
    latin_share: float
    digit_share: float
    common_share: float
    words_per_1000: float
    addressed: bool


def _common(character: str) -> bool:
    try:
        encoded = character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return 0xB0 <= encoded[0] <= 0xD7


def measure(text: str) -> Measures:
    sample = text[:SAMPLE_CHARACTERS]
    reading = simplified(sample)
    visible = max(1, len(sample) - len(_SPACE.findall(sample)))
    han_chars = _HAN.findall(reading)
    han = len(han_chars)
    probe = han_chars[:: max(1, han // 4000)][:4000] if han else []
    common = sum(1 for c in probe if _common(c)) / len(probe) if probe else 0.0
    words = sum(reading.count(word) for word in GOVERNMENT_WORDS)
    return Measures(
        han=han,
        han_share=han / visible,
        kana_share=len(_KANA.findall(sample)) / visible,
        latin_share=len(_LATIN.findall(sample)) / visible,
        digit_share=len(_DIGIT.findall(sample)) / visible,
        common_share=common,
        words_per_1000=1000 * words / han if han else 0.0,
        addressed=any(address in reading for address in ADDRESSES),
    )


@dataclass(frozen=True, slots=True)
class Signal:
    """A reason to refuse a text: ``refuses`` says whether the measures show it."""

    name: str
    reason: str  # the one line said to the user
    refuses: Callable[[Measures], bool]
    passes: tuple[str, ...]  # texts this signal must not refuse
    refused: tuple[str, ...]  # texts this signal must refuse


_REPORT = (
    "各位代表：现在，我代表县人民政府，向大会报告政府工作，请予审议。一、2023年工作回顾。过去一年，"
    "全县经济社会发展取得新成效，地区生产总值增长6.5%，一般公共预算收入增长8.2%。我们坚持推进"
    "改革，加强基础设施建设，实施乡村振兴战略，促进产业发展，深化体制改革，完善社会保障，提高人民"
    "群众生活水平。二、2024年工作安排。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
    "全面推进重点任务，加快工业和农业现代化，优化政府服务，推动高质量发展。"
)
_ENGLISH = (
    "Fellow deputies, on behalf of the State Council I will now report to you on the work of the "
    "government and ask for your deliberation and approval. " * 3
)
_NOVEL = (
    "第一章 归乡。那年冬天，他终于回到了阔别多年的小镇。雪下得很大，街道两旁的屋檐挂满了冰凌，"
    "母亲站在门口，手里提着一盏昏黄的灯。她看见他，愣了好一会儿，才轻轻地喊出他的小名。他放下"
    "行李，跪在雪地里，眼泪一下子涌了出来。第二章 旧梦。夜里他睡不着，听着窗外的风声，想起小时候"
    "和哥哥在河边捉鱼的情景。哥哥总是笑他笨，却又把最大的那条鱼塞进他的竹篓里。"
)
_RECIPE = (
    "红烧肉的做法。一、五花肉洗净，切成三厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。二、锅中"
    "放少许油，加入冰糖小火炒出糖色，倒入肉块翻炒上色。三、加入葱段、姜片、八角和桂皮，烹入料酒，"
    "倒入生抽和老抽，加开水没过肉块。四、大火烧开后转小火炖一小时，最后大火收汁即可出锅装盘。"
)


def _japanese_as_gb18030() -> str:
    japanese = "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。" * 8
    return japanese.encode("shift_jis").decode("gb18030", errors="replace")


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "too short",
        "too little Chinese text to be a work report",
        lambda m: m.han < MIN_HAN,
        passes=(_REPORT,),
        refused=("政府工作报告", "各位代表：今年增长5%。"),
    ),
    Signal(
        "Japanese",
        "Japanese text, not a Chinese work report",
        lambda m: m.kana_share > MAX_KANA_SHARE,
        passes=(_REPORT,),
        refused=("吾輩は猫である。名前はまだ無い。" * 20,),
    ),
    Signal(
        "not Chinese",
        "mostly not Chinese text (English or numbers), not a Chinese work report",
        lambda m: m.han_share < MIN_HAN_SHARE,
        passes=(_REPORT, _REPORT + "GDP, CPI, PM2.5, 5G"),
        refused=(_ENGLISH + _REPORT[:60], _REPORT[:130] + "\n" + "2023 1234.5 678.9 12.3%\n" * 40),
    ),
    Signal(
        "implausible characters",
        "the characters are not plausible Chinese text: wrong encoding (Japanese Shift-JIS?)",
        lambda m: m.common_share < MIN_COMMON_SHARE,
        passes=(_REPORT, "我們第一届全國人民代表大會第一次會議，在聽了關於憲法草案的報告" * 5),
        refused=(_japanese_as_gb18030(),),
    ),
    Signal(
        "no government vocabulary",
        "no review of work and no tasks of government: not a work report",
        lambda m: (
            m.words_per_1000 < (MIN_WORDS_WITH_ADDRESS if m.addressed else MIN_WORDS_PER_1000)
        ),
        passes=(_REPORT,),
        refused=(_NOVEL, _RECIPE),
    ),
)


def refusal(text: str) -> str | None:
    """Why ``text`` is not a work report (one line), or None when it reads as one."""
    measures = measure(text)
    for signal in SIGNALS:
        if signal.refuses(measures):
            return signal.reason
    return None
