"""A saved web page of a real report, in UTF-8 and in GBK, imports with its text's chapters and
figures; navigation, breadcrumb, share bar, related links, footer and scripts stay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.core.sources.agreement import agreement
from tests.core.sources.webpages import saved_page
from workreport.core.errors import ReportError
from workreport.core.library import import_file, open_report
from workreport.core.sources import SourceFormat, read_source

BEIJING = CORPUS / "provinces" / "2025年北京市政府工作报告.txt"
HENAN = CORPUS / "provinces" / "2025年河南省政府工作报告.txt"


@pytest.mark.parametrize(
    ("text_path", "charset", "suffix"),
    [(BEIJING, "utf-8", ".html"), (HENAN, "gbk", ".htm"), (HENAN, "gb18030", ".txt")],
)
def test_a_saved_page_imports_like_its_text(
    tmp_path: Path, text_path: Path, charset: str, suffix: str
) -> None:
    text = text_path.read_text("utf-8").replace("\u2003", "\u3000")  # GBK has no em space
    page = tmp_path / f"report{suffix}"
    page.write_bytes(saved_page(text, charset=charset).encode(charset))
    source = read_source(page)
    assert source.format is SourceFormat.HTML
    lines = [line.text for line in source.lines]
    for furniture in (
        "当前位置",
        "首页",
        "网站标识码",
        "分享到",
        "打印本页",
        "统计代码",
        "相关链接",
    ):
        assert not any(furniture in line for line in lines), furniture
    assert not any("重点项目清单" in line for line in lines)
    from_text, from_page = import_file(text_path), import_file(page)
    result = agreement(from_text, from_page)
    assert result.chapters_same
    assert result.targets_same
    assert result.figures == 1.0, result.missing_figures
    assert from_page.title == from_text.title


def test_the_page_title_names_a_report_whose_text_does_not(tmp_path: Path) -> None:
    body = BEIJING.read_text("utf-8").splitlines()[1:]  # the text without its title line
    page = tmp_path / "page.html"
    page.write_text(saved_page("\n".join(["", *body]), title="北京市2025年政府工作报告"), "utf-8")
    assert open_report(str(page)).title == "北京市2025年政府工作报告"


def test_a_page_with_no_report_says_so(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(saved_page("今日要闻\n市领导调研城市更新工作。\n天气晴，气温5℃。"), "utf-8")
    with pytest.raises(
        ReportError, match=r"news\.html: .*(does not look like|to be) a work report"
    ):
        open_report(str(page))


def test_a_page_with_no_text_says_so(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<!DOCTYPE html><html><head><title></title></head><body></body></html>")
    with pytest.raises(ReportError, match=r"empty\.html: this web page holds no article text"):
        open_report(str(page))
