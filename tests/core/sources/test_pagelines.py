"""Page furniture, broken lines and extraction spaces: each rule with what it must catch and not."""

from __future__ import annotations

import pytest

from workreport.core.sources.base import SourceFormat, SourceText
from workreport.core.sources.detect import detect_format
from workreport.core.sources.pagelines import PAGE_NUMBER, PageLine, page_lines
from workreport.core.sources.spacing import close_up

FULL = "这是一行排满的正文文字这是一行排满的正文文字这是一行排满的正"  # 29 characters


def full(n: int) -> str:
    """A full line of its own (identical lines at the top of many pages would be a running head)."""
    return FULL[:-1] + "一二三四五六七八九十"[n]


@pytest.mark.parametrize(
    "line",
    ["1", "12", "— 3 —", "- 3 -", "－3－", "第3页", "第 3 页", "第3页 共40页", "3/40", "Page 3"],
)
def test_page_numbers(line: str) -> None:
    assert PAGE_NUMBER.match(line)


@pytest.mark.parametrize("line", ["2024年", "一、总体要求", "3.5%", "第三章", "12345热线"])
def test_not_page_numbers(line: str) -> None:
    assert not PAGE_NUMBER.match(line)


@pytest.mark.parametrize(
    ("extracted", "closed"),
    [
        ("2024 年", "2024年"),
        ("居全国第 9 名", "居全国第9名"),
        ("增长 5.2%， 达到 8 处", "增长5.2%，达到8处"),
        ("地 区生产总 值", "地区生产总值"),
        ("“两重” 项目", "“两重”项目"),
        ("\u3000\u3000一、2024 年工作回顾", "\u3000\u3000一、2024年工作回顾"),
        ("PM2.5 and New York", "PM2.5 and New York"),
    ],
)
def test_close_up(extracted: str, closed: str) -> None:
    assert close_up(extracted) == closed


def _page(number: int, body: list[tuple[str, float]]) -> list[PageLine]:
    lines = [PageLine("2025年政府工作报告", 200.0, 380.0)]
    lines += [PageLine(text, x, x + 14.0 * len(text)) for text, x in body]
    return [*lines, PageLine(f"— {number} —", 280.0, 320.0)]


def test_page_numbers_and_running_heads_go_and_lines_join() -> None:
    pages = [
        _page(1, [(full(0), 118.0), (full(1), 90.0), ("到此为止。", 90.0)]),
        _page(2, [(full(2), 118.0), (full(3), 90.0)]),
        _page(3, [(full(4), 90.0), ("结束了。", 90.0), ("（一）新的一段", 118.0)]),
        _page(4, [(full(5), 118.0), ("完。", 90.0)]),
    ]
    lines = page_lines(pages)
    texts = [line.text for line in lines]
    assert texts.count("2025年政府工作报告") == 1  # page 1 keeps its own head
    assert not any("—" in text for text in texts)
    source = SourceText("x.pdf", SourceFormat.PDF, lines)
    assert source.paragraphs() == [
        "2025年政府工作报告",
        full(0) + full(1) + "到此为止。",
        full(2) + full(3) + full(4) + "结束了。",
        "（一）新的一段",
        full(5) + "完。",
    ]


def test_a_paragraph_ends_where_the_next_is_indented_even_on_a_full_line() -> None:
    page = [(118.0, 524.0), (90.0, 496.0), (118.0, 524.0), (90.0, 496.0)]
    lines = page_lines([[PageLine(full(n), x, end) for n, (x, end) in enumerate(page)]])
    assert [line.paragraph_end for line in lines] == [False, True, False, True]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", SourceFormat.PDF),
        (b"<!DOCTYPE html><html><body>", SourceFormat.HTML),
        (b"\xef\xbb\xbf<html lang='zh'>", SourceFormat.HTML),
        (b"<div><p>2025\xe5\xb9\xb4</p></div>", SourceFormat.HTML),
        (b'{"format": "workreport", "version": 2}', SourceFormat.JSON),
        ("一、总体要求\n<p>不是网页".encode(), SourceFormat.TEXT),
        ("2025年政府工作报告".encode("utf-16"), SourceFormat.TEXT),
    ],
)
def test_the_format_is_read_from_the_content(data: bytes, expected: SourceFormat) -> None:
    assert detect_format(data, "file") is expected
