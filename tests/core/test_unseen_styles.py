"""Styles absent from the corpus, in small realistic fixtures written for these tests: a county
report with 第一部分 chapters and a numbered target list, a district report copied from a web page
(breadcrumbs, byline, footnote, footer) with 二〇二三年 chapters holding 一、 items, a zone report
stored on one line with literal \\r\\n and ASCII punctuation, a prefecture excerpt with no chapter
headings; and texts that are not reports, refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport.core.errors import ReportError
from workreport.core.importer import import_text
from workreport.core.library import import_file
from workreport.core.model import Report, SectionKind

FIXTURES = Path(__file__).parent / "fixtures"


def _open(name: str) -> Report:
    return import_file(FIXTURES / name)


def _chapters(report: Report) -> list[str]:
    return [s.numbering + s.title for s in report.sections if s.kind is SectionKind.CHAPTER]


def _sections(report: Report) -> list[str]:
    return [s.numbering + s.title for s in report.walk() if s.kind is SectionKind.SECTION]


def _targets(report: Report) -> list[tuple[str, float, str]]:
    return [(i.label, i.value, i.qualifier) for _, i in report.all_indicators() if i.target]


def test_county_report_with_parts() -> None:
    report = _open("county_parts.txt")
    assert _chapters(report) == [
        "第一部分2023年工作回顾",
        "第二部分2024年工作安排",
        "第三部分加强政府自身建设",
    ]
    assert len(_sections(report)) == 5
    assert (report.region, report.level, report.year, report.date, report.speaker) == (
        "正定县", "county", 2024, "2024-01-12", "李明",
    )  # fmt: skip
    assert _targets(report) == [
        ("地区生产总值增长", 6.5, "左右"),
        ("一般公共预算收入增长", 7, ""),
        ("城镇新增就业", 6000, "以上"),
    ]


def test_district_report_from_a_web_page() -> None:
    report = _open("district_web.txt")
    assert _chapters(report) == ["二〇二三年工作回顾", "二〇二四年工作安排", "加强政府自身建设"]
    assert _sections(report)[:3] == [
        "一、经济运行稳中向好",
        "二、城市品质持续提升",
        "三、民生福祉不断增进",
    ]
    assert (report.region, report.level, report.year, report.speaker) == (
        "郑州市金水区", "county", 2024, "王强",
    )  # fmt: skip
    text = "\n".join(s.text() for s in report.sections)
    for chrome in ("当前位置", "责任编辑", "版权所有", "字体", "5.2%[1]"):
        assert chrome not in text
    growth = [i for _, i in report.all_indicators() if i.label == "地区生产总值增长"]
    assert growth[0].value == 5.2  # the footnote marker cut nothing
    assert len(_targets(report)) == 3


def test_zone_report_on_one_line_with_ascii_punctuation() -> None:
    report = _open("zone_one_line.txt")
    assert _chapters(report) == ["一、2023年工作回顾", "二、2024年工作安排"]
    assert _sections(report) == [
        "(一)产业集群加快壮大",
        "(二)开放优势持续巩固",
        "(一)做强枢纽经济",
        "(二)做大先进制造业",
    ]
    assert (report.level, report.year, report.speaker) == ("zone", 2024, "陈刚")
    assert _targets(report) == [("地区生产总值增长", 8, "左右"), ("进出口总额增长", 5, "以上")]
    # shown as written: the ASCII punctuation stays
    assert any("增长7.5%;" in p for s in report.walk() for p in s.paragraphs)


def test_excerpt_without_chapters_opens_as_one_chapter() -> None:
    report = _open("prefecture_excerpt.txt")
    assert report.notes == ["no_chapters"]
    assert _chapters(report) == ["正文"]
    assert (report.region, report.level, report.year) == ("安顺市", "prefectural", 2024)
    assert len(_targets(report)) == 2
    assert "\u200b" not in report.title


NOVEL = (
    "第一章 归乡\n那年冬天，他终于回到了阔别多年的小镇。雪下得很大，街道两旁的屋檐挂满了冰凌，母亲站在门口，"
    "手里提着一盏昏黄的灯。她看见他，愣了好一会儿，才轻轻地喊出他的小名。\n第二章 旧梦\n夜里他睡不着，"
    "听着窗外的风声，想起小时候和哥哥在河边捉鱼的情景。哥哥总是笑他笨，却又把最大的那条鱼塞进他的竹篓里。"
    "第二天一早，他去了河边，河水还是那样清，只是岸边的柳树老了许多。\n"
)
RECIPE = (
    "红烧肉\n一、五花肉洗净，切成三厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。\n二、锅中放少许油，"
    "加入冰糖小火炒出糖色，倒入肉块翻炒上色。\n三、加入葱段、姜片、八角和桂皮，烹入料酒，倒入生抽和老抽，"
    "加开水没过肉块。\n四、大火烧开后转小火炖一小时，最后大火收汁即可出锅装盘，撒上葱花。\n"
    "五、吃不完的红烧肉可以连汤汁一起放进冰箱，第二天加热时再放几个鸡蛋或土豆，味道更加浓郁。\n"
)
ENGLISH = "Report on the Work of the Government\n" + (
    "Fellow deputies, on behalf of the State Council I will now report to you on the work of the "
    "government and ask for your deliberation and approval.\n" * 20
)
TABLE = "地区生产总值 增长 收入\n" + "".join(
    f"{2000 + i} {1234.5 + i} {6.5 + i / 10}% {88.2 + i}\n" for i in range(60)
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (NOVEL, "no review of work and no tasks of government"),
        (RECIPE, "no review of work and no tasks of government"),
        (ENGLISH, "mostly not Chinese text"),
        (TABLE, "mostly not Chinese text"),
        (
            "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。\n" * 10,
            "Japanese text",
        ),
    ],
)
def test_not_a_report_is_refused_with_one_line(text: str, reason: str) -> None:
    with pytest.raises(ReportError) as caught:
        import_text(text, name="x.txt")
    assert reason in caught.value.message
    assert "\n" not in caught.value.message


def test_japanese_in_shift_jis_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "neko.txt"
    path.write_bytes(
        ("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。\n" * 10).encode(
            "shift_jis"
        )
    )
    with pytest.raises(ReportError) as caught:
        import_file(path)
    assert str(path) in caught.value.message
    assert "\n" not in caught.value.message


def test_a_text_that_starts_with_its_first_chapter() -> None:
    """No title, no salutation: the first line is a chapter heading, not a headline."""
    body = (
        "过去一年，全县地区生产总值增长6.5%，一般公共预算收入增长8.2%。我们坚持推进改革，加强基础设施"
        "建设，实施乡村振兴战略，促进产业发展，深化体制改革，完善社会保障，提高人民群众生活水平。\n"
    )
    text = "2023年工作回顾\n" + body + "2024年工作安排\n" + body
    report = import_text(text)
    assert _chapters(report) == ["2023年工作回顾", "2024年工作安排"]
    assert report.headline == ""


LEAD_LINES = """XX县人民政府工作报告
各位代表：
现在，我代表县人民政府，向大会报告政府工作，请予审议。
一、2024年工作回顾
过去一年，我们坚持稳中求进，全县地区生产总值增长5.5%，完成全年目标。
经济运行稳中向好。
全县固定资产投资增长6.2%，社会消费品零售总额增长5.1%，规上工业增加值增长7.3%。
城乡居民生活持续改善。
城镇居民人均可支配收入增长4.8%，农村居民人均可支配收入增长6.3%。
二、2025年工作安排
今年要重点做好以下工作。
着力扩大有效需求。
全年固定资产投资增长5%以上，社会消费品零售总额增长6%。
加快发展现代产业。
战略性新兴产业增加值增长10%，新增规上工业企业30家。
各位代表，使命呼唤担当。
我们要坚定信心，团结一心，为全县高质量发展不懈奋斗！
"""


def test_heading_lines_ending_in_a_full_stop_open_sections_before_their_text() -> None:
    report = import_text(LEAD_LINES)
    assert _sections(report) == [
        "经济运行稳中向好", "城乡居民生活持续改善", "着力扩大有效需求", "加快发展现代产业",
    ]  # fmt: skip
    [plan] = [s for s in report.sections if s.title == "2025年工作安排"]
    assert plan.paragraphs == ["今年要重点做好以下工作。"]  # it announces a list: a paragraph
    assert plan.children[0].paragraphs[0].startswith("全年固定资产投资增长5%以上")


def test_a_lone_heading_line_among_none_like_it_stays_a_paragraph() -> None:
    text = LEAD_LINES.replace("城乡居民生活持续改善。\n", "").replace("加快发展现代产业。\n", "")
    text = text.replace("着力扩大有效需求。\n", "")
    report = import_text(text)
    assert _sections(report) == []
    [review] = [s for s in report.sections if s.title == "2024年工作回顾"]
    assert "经济运行稳中向好。" in review.paragraphs


def _untitled(tmp_path: Path, name: str, *front: str) -> Path:
    """The excerpt saved under ``name``, its title line replaced by the ``front`` lines."""
    lines = (FIXTURES / "prefecture_excerpt.txt").read_text("utf-8").splitlines()
    path = tmp_path / name
    path.write_text("\n".join([*front, *lines[1:]]), "utf-8")
    return path


@pytest.mark.parametrize(
    "name",
    [
        "2024年安顺市人民政府工作报告.txt",
        "07_2024年安顺市人民政府工作报告（全文）.txt",
        "安顺市2024年政府工作报告_定稿.txt",
        "20240115_安顺市政府工作报告.txt",
        "【全文】2024年安顺市政府工作报告.txt",
        "安顺市人民政府2024年政府工作报告.txt",
    ],
)
def test_a_text_without_a_title_is_named_by_its_file(tmp_path: Path, name: str) -> None:
    report = import_file(_untitled(tmp_path, name))
    assert (report.region, report.level, report.year) == ("安顺市", "prefectural", 2024)
    assert "2024" in report.title and report.title.startswith(("2024年安顺市", "安顺市"))
    assert report.title.endswith(("政府工作报告", "（全文）"))


def test_a_bare_title_takes_the_file_names_and_a_full_one_stays(tmp_path: Path) -> None:
    bare = import_file(_untitled(tmp_path, "2024年安顺市政府工作报告.txt", "政府工作报告"))
    assert (bare.title, bare.region, bare.year) == ("2024年安顺市政府工作报告", "安顺市", 2024)
    full = import_file(
        _untitled(tmp_path, "2024年安顺市政府工作报告.txt", "2024年西秀区政府工作报告")
    )
    assert (full.title, full.region) == ("2024年西秀区政府工作报告", "西秀区")


def test_a_file_name_of_another_year_or_no_title_names_nothing(tmp_path: Path) -> None:
    dated = "2024年1月10日在安顺市第四届人民代表大会第四次会议上"
    other = import_file(_untitled(tmp_path, "2019年安顺市政府工作报告.txt", "政府工作报告", dated))
    assert (other.year, other.region, other.title) == (2024, "安顺市", "2024年安顺市政府工作报告")
    plain = import_file(_untitled(tmp_path, "report-final.txt"))
    assert (plain.title, plain.region, plain.year) == ("政府工作报告", "", None)
    note = import_file(_untitled(tmp_path, "关于2024年安顺市政府工作报告的说明.txt"))
    assert (note.title, note.region, note.year) == ("政府工作报告", "", None)
