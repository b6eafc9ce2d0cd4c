"""The Keywords and Compare views inside the main window: built on first use, linked to the tree."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from workreport.gui.main_window import MainWindow
from workreport.gui.view_list import FIGURES

CHAPTER = "持续强化创新引领 创新能力实现新跃升"


def test_keywords_follow_the_tree(window: MainWindow) -> None:
    assert window.keywords is None  # not built until first shown
    window.library.select_path(CHAPTER)
    view = window.show_keywords()
    QApplication.processEvents()
    query = view.query
    assert query is not None and query.section is window.library.current_node().section
    window.library.select_path(CHAPTER + " / 创新主体持续壮大")
    QApplication.processEvents()
    assert view.query is not None and view.query.section.title == "创新主体持续壮大"


def test_an_occurrence_jumps_to_its_place_in_the_text(window: MainWindow) -> None:
    window.library.select_path(CHAPTER)
    view = window.show_keywords()
    QApplication.processEvents()
    page = view.pages[0]
    rows = page.context.rows
    body = next(
        i for i, row in enumerate(rows) if row["paragraph"] is not None and row["paragraph"] >= 0
    )
    found = rows[body]
    page.context.rowActivated.emit(body)
    assert window.views.current_key() == FIGURES
    assert window.library.current_node().section is found["where"]
    cursor = window.detail.source.textCursor()
    assert cursor.selectedText() == "新"
    paragraph = found["where"].paragraphs[found["paragraph"]]
    assert paragraph[found["start"] : found["end"]] == "新"


def test_views_are_translated(window: MainWindow) -> None:
    window.choose_language("zh_CN")
    assert [window.views.tabs.tabText(i) for i in range(3)] == [
        "数据(&F)",
        "关键词(&K)",
        "对比(&M)",
    ]
    window.choose_language("en")
    assert [window.views.tabs.tabText(i) for i in range(3)] == ["&Figures", "&Keywords", "Co&mpare"]


def test_the_158_story_is_told_beside_the_counts(window: MainWindow) -> None:
    view = window.show_keywords()
    QApplication.processEvents()
    claim = view.pages[0].claim
    assert claim.isVisibleTo(view)
    assert claim.text().startswith(
        "The headline says “新” occurs 158 times in the report. This text holds 98,"
    )
    assert "(22 of them in its own headline and intro)" in claim.text()
    window.library.select_report("china-2025")
    QApplication.processEvents()
    assert not claim.isVisibleTo(view)  # the national report's headline makes no such claim
