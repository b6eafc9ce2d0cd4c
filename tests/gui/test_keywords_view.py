"""The Keywords view as a user drives it: type words, read the chart, the table and the list.

The counts of 新 are the hand counts of tests/core/test_keywords.py (made by reading the Zhengzhou
article paragraph by paragraph); the positions of 专精特新 those of tests/core/test_kwic.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from workreport.core import wordfreq
from workreport.core.keywords import CountBy, keyword_counts
from workreport.core.library import load_bundled
from workreport.core.model import Report, Section, SectionKind
from workreport.gui.keywords import KeywordsView, parse_words
from workreport.gui.keywords.view import ACROSS_TAB, TOP_WORDS_TAB
from workreport.gui.table.rows_view import RowsTableView

CHAPTER_1 = "持续强化创新引领 创新能力实现新跃升"
CHAPTERS = [
    "导语",
    CHAPTER_1,
    "优化产业提质转型 发展质效取得新提升",
    "坚定不移深化改革 关键领域实现新突破",
    "加快推进产城融合 城市品质迈上新台阶",
    "全面统筹发展安全 民生福祉得到新改善",
    "纵深推进从严治党 基层基础得到新加强",
    "结语",
]
# 新 per top-level section by hand: (in titles, in the rest); the headline holds 3 more
HAND_COUNT = [(0, 19), (9, 22), (1, 8), (3, 5), (1, 13), (2, 7), (2, 1), (0, 2)]
# the first chapter's subsections: (in the title, in the paragraph)
HAND_COUNT_CHAPTER_1 = {
    "研发创新活跃度持续提升": (1, 0),
    "创新平台建设持续加快": (1, 13),
    "创新主体持续壮大": (1, 7),
    "新物种企业迅速发展": (1, 0),
    "创新成果不断涌现": (1, 1),
    "创新人才不断集聚": (1, 1),
}
ALL_RULE = (
    "Rule: Counts titles, front matter (headline, intro) and body text (chapters, sections, "
    "closing)."
)


def type_chinese(widget: QWidget, text: str) -> None:
    """Type as an input method does: QTest.keyClicks handles ASCII only."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_words(view: KeywordsView, text: str) -> None:
    view.controls.words_edit.clear()
    type_chinese(view.controls.words_edit, text)


@pytest.fixture
def view(qtbot, report: Report) -> KeywordsView:  # type: ignore[no-untyped-def]
    view = KeywordsView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_context(report, None, [report])
    view.show()
    qtbot.waitExposed(view)
    return view


def column(table: RowsTableView, key: str) -> list[str]:
    """A column as the table shows it, in view order."""
    index = [c.key for c in table.columns].index(key)
    return [table.proxy.index(r, index).data() for r in range(table.proxy.rowCount())]


def shown(table: RowsTableView, key: str) -> dict[str, str]:
    """Shown cells of a column by the row's section path."""
    return dict(
        zip(
            [table.rows[r]["section"] for r in table.visible_source_rows()],
            column(table, key),
            strict=True,
        )
    )


def bars(view: KeywordsView, chart: int = 0) -> list[tuple[str, float]]:
    return [(b.label, b.value) for b in view.counts.charts.charts[chart].data.bars]


def test_words_are_split_on_spaces_and_commas() -> None:
    assert parse_words(" 新，创新, 改革、开放 新  ") == ("新", "创新", "改革", "开放")
    assert parse_words(" ,， ") == ()


def test_new_by_default_counted_by_hand_per_chapter(view: KeywordsView) -> None:
    assert view.controls.words_edit.text() == "新"
    counts = shown(view.counts.table, "新 count")
    assert counts["全文"] == "98"
    assert [counts[name] for name in CHAPTERS] == [str(t + r) for t, r in HAND_COUNT]
    assert view.counts.charts.titles[0].text() == "“新” per chapter"
    assert bars(view) == [(name, t + r) for name, (t, r) in zip(CHAPTERS, HAND_COUNT, strict=True)]
    assert view.counts.charts.titles[1].text() == "“新” per subsection"
    assert len(bars(view, 1)) == 27  # every subsection of the report
    assert view.counts.context.table_model.rowCount() == 98
    assert view.counts.context_label.text().startswith("98 occurrence")
    assert ALL_RULE in view.counts.header.text()


def test_typing_a_word_updates_the_chart_the_table_and_the_list(view: KeywordsView) -> None:
    type_words(view, "专精特新")
    assert view.controls.words() == ("专精特新",)
    counts = shown(view.counts.table, "专精特新 count")
    subsection = f"{CHAPTER_1} / 创新主体持续壮大"
    assert {name: n for name, n in counts.items() if n != "0"} == {
        "全文": "2",
        CHAPTER_1: "2",
        subsection: "2",
    }
    assert [c.title for c in view.counts.table.columns] == [
        "Section",
        "专精特新",
        "专精特新 per 10k",
        "Characters",
    ]
    assert view.counts.charts.titles[0].text() == "“专精特新” per chapter"
    assert bars(view) == [(name, 2.0 if name == CHAPTER_1 else 0.0) for name in CHAPTERS]
    context = view.counts.context
    assert column(context, "before") == [
        "创新龙头企业13家;新增国家级",
        "8家,累计达到41家,新增省级",
    ]
    assert column(context, "match") == ["专精特新", "专精特新"]
    assert column(context, "after")[0] == "“小巨人”企业18家,累计达到"
    assert column(context, "section") == [subsection, subsection]
    assert column(context, "kind") == ["Body", "Body"]
    assert view.counts.context_label.text().startswith("2 occurrence")


def test_two_words_in_the_table_and_one_chosen_for_the_charts(
    view: KeywordsView, report: Report
) -> None:
    type_words(view, "新 创新")
    table = view.counts.table
    assert [c.key for c in table.columns] == [
        "section",
        "新 count",
        "新 per_10k",
        "创新 count",
        "创新 per_10k",
        "characters",
    ]
    # the whole report, every chapter and every subsection, as the core counts them
    expected = {c.section: str(c.count) for c in keyword_counts(report, ["创新"])}
    assert shown(table, "创新 count") == expected
    box = view.controls.chart_word_box
    assert [box.itemText(i) for i in range(box.count())] == ["新", "创新"]
    assert bars(view)[1] == (CHAPTER_1, 31.0)  # 新, the first word
    box.setCurrentIndex(1)
    assert view.counts.charts.titles[0].text() == "“创新” per chapter"
    assert bars(view)[1] == (CHAPTER_1, float(expected[CHAPTER_1]))
    # 新 occurs in every 创新: the list has both, in reading order, 创新 first where both start
    assert view.counts.context.table_model.rowCount() == 98 + int(expected["全文"])
    assert column(view.counts.context, "match")[3:5] == ["新", "新"]  # the intro's 新,新,新


def test_leaving_titles_out_leaves_out_exactly_the_titles(view: KeywordsView) -> None:
    view.controls.titles_box.setChecked(False)
    counts = shown(view.counts.table, "新 count")
    assert counts["全文"] == "80"
    assert [counts[name] for name in CHAPTERS] == [str(r) for _, r in HAND_COUNT]
    assert bars(view) == [(name, r) for name, (_, r) in zip(CHAPTERS, HAND_COUNT, strict=True)]
    kinds = column(view.counts.context, "kind")
    assert len(kinds) == 80 and "Title" not in kinds
    rule = (
        "Rule: Counts front matter (headline, intro) and body text (chapters, sections, closing); "
        "leaves out titles."
    )
    assert rule in view.counts.header.text()
    assert view.counts.table.source_line.endswith(rule.removeprefix("Rule: ").removesuffix("."))
    view.controls.titles_box.setChecked(True)
    assert shown(view.counts.table, "新 count")["全文"] == "98"


def test_a_selected_chapter_charts_its_subsections_and_lists_its_occurrences(
    view: KeywordsView, report: Report
) -> None:
    chapter = report.sections[1]
    view.set_context(report, chapter, [report])
    assert view.counts.charts.titles[1].text() == f"“新” per subsection of {CHAPTER_1}"
    assert bars(view, 1) == [(name, t + b) for name, (t, b) in HAND_COUNT_CHAPTER_1.items()]
    assert bars(view)[1] == (CHAPTER_1, 31.0)  # chapters stay for comparison
    assert view.counts.context.table_model.rowCount() == 31
    assert set(column(view.counts.context, "section")) == {CHAPTER_1} | {
        f"{CHAPTER_1} / {name}" for name in HAND_COUNT_CHAPTER_1
    }
    assert view.counts.header.text().startswith(f"{report.title} · {CHAPTER_1}\n")


def test_per_10k_charts_rates_and_the_table_keeps_both(view: KeywordsView) -> None:
    view.controls.rates_box.setChecked(True)
    assert view.counts.charts.titles[0].text() == "“新” per 10,000 characters, per chapter"
    intro = shown(view.counts.table, "characters")["导语"]
    assert intro == "240"
    assert bars(view)[0] == ("导语", 791.67)  # 19 per 240 characters
    assert shown(view.counts.table, "新 per_10k")["导语"] == "791.67"
    assert shown(view.counts.table, "新 count")["导语"] == "19"


def test_ctrl_c_on_the_counts_table_copies_tsv_and_html_with_the_rule(
    qtbot, view: KeywordsView
) -> None:  # type: ignore[no-untyped-def]
    type_words(view, "专精特新")
    table = view.counts.table
    sections = [table.rows[r]["section"] for r in table.visible_source_rows()]
    row = sections.index(f"{CHAPTER_1} / 创新主体持续壮大")
    selection = QItemSelection(table.proxy.index(0, 0), table.proxy.index(0, 3))
    selection.select(table.proxy.index(row, 0), table.proxy.index(row, 3))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    with qtbot.waitSignal(view.copied):
        qtbot.keyClick(table, "c", Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    # 2 in 3643 characters is 5.49 per 10,000; 2 in 159 is 125.79
    assert mime.text() == (
        "Section\t专精特新\t专精特新 per 10k\tCharacters\n"
        "全文\t2\t5.49\t3643\n"
        f"{CHAPTER_1} / 创新主体持续壮大\t2\t125.79\t159\n"
    )
    right = '<td style="text-align:right">'
    assert mime.html() == (
        '<meta charset="utf-8">\n'
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
        "<thead><tr><th>Section</th><th>专精特新</th><th>专精特新 per 10k</th>"
        "<th>Characters</th></tr></thead>\n"
        f"<tbody><tr><td>全文</td>{right}2</td>{right}5.49</td>{right}3643</td></tr>"
        f"<tr><td>\u3000\u3000创新主体持续壮大</td>{right}2</td>{right}125.79</td>"
        f"{right}159</td></tr></tbody>\n</table>\n"
        "<p>Source: 郑州高新区2022年政府工作报告 · whole report · Rule: Counts titles, front "
        "matter (headline, intro) and body text (chapters, sections, closing)</p>\n"
    )


def _double_click(qtbot, table: RowsTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_on_an_occurrence_asks_for_it_in_the_text(
    qtbot, view: KeywordsView, report: Report
) -> None:  # type: ignore[no-untyped-def]
    type_words(view, "专精特新")
    section = report.sections[1].children[2]
    assert section.title == "创新主体持续壮大"
    with qtbot.waitSignal(view.occurrenceActivated) as activated:
        _double_click(qtbot, view.counts.context, 1)
    assert activated.args[0] is report
    assert activated.args[1] is section
    assert activated.args[2:] == [0, 112, 116]
    assert section.paragraphs[0][112:116] == "专精特新"


def test_occurrences_in_the_headline_and_in_titles_have_no_paragraph(
    qtbot, view: KeywordsView, report: Report
) -> None:  # type: ignore[no-untyped-def]
    context = view.counts.context
    with qtbot.waitSignal(view.occurrenceActivated) as activated:
        _double_click(qtbot, context, 0)
    assert activated.args == [report, None, -1, 1, 2]  # 高新区 in the headline
    view.set_context(report, report.sections[1].children[3], [report])  # 新物种企业迅速发展
    assert column(context, "kind")[0] == "Title"
    with qtbot.waitSignal(view.occurrenceActivated) as activated:
        _double_click(qtbot, context, 0)
    assert activated.args == [report, report.sections[1].children[3], -1, 0, 1]


def test_across_reports_lists_each_report_raw_and_per_10k(
    qtbot, view: KeywordsView, report: Report
) -> None:  # type: ignore[no-untyped-def]
    beijing = load_bundled("beijing-2025")
    view.set_context(report, None, [report, beijing])
    assert view.across.table.table_model.rowCount() == 0  # drawn when shown
    view.tabs.setCurrentIndex(ACROSS_TAB)
    table = view.across.table
    assert column(table, "report") == [report.title, "2025年北京市政府工作报告"]
    beijing_new = keyword_counts(beijing, ["新"], by=CountBy.REPORT)[0]
    assert column(table, "新 count") == ["98", str(beijing_new.count)]
    assert column(table, "新 per_10k") == ["269.01", f"{beijing_new.per_10k:.2f}"]  # 98 in 3643
    assert column(table, "year") == ["2022", "2025"]
    chart = view.across.charts.charts[0]
    assert [(b.label, b.value) for b in chart.data.bars] == [
        ("郑州高新区 2022", 98.0),
        ("北京市 2025", float(beijing_new.count)),
    ]
    type_words(view, "专精特新")
    assert column(table, "专精特新 count")[0] == "2"
    assert ALL_RULE in view.across.header.text()


def test_top_words_are_cut_only_when_shown(
    view: KeywordsView, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = view.top_words
    assert top.table.table_model.rowCount() == 0
    view.set_context(report, report.sections[1], [report])
    assert top.table.table_model.rowCount() == 0  # still hidden
    seen: list[tuple[bool, str]] = []
    top_words = wordfreq.top_words

    def cut(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((top.status.isVisible(), top.status.text()))
        return top_words(*args, **kwargs)

    monkeypatch.setattr("workreport.core.wordfreq.top_words", cut)
    view.tabs.setCurrentIndex(TOP_WORDS_TAB)
    assert seen == [(True, "Cutting the text into words (a second, the first time)…")]
    expected = top_words(report, 20, by=CountBy.SECTION)
    (chapter,) = [f for f in expected if f.section == CHAPTER_1]
    assert column(top.table, "word") == [w.word for w in chapter.top]
    assert column(top.table, "count") == [str(w.count) for w in chapter.top]
    assert column(top.table, "rank") == [str(i) for i in range(1, 21)]
    assert [b.label for b in top.charts.charts[0].data.bars] == [w.word for w in chapter.top]
    assert top.status.isHidden()
    assert f"{chapter.words} words in 747 characters" in top.header.text()
    top.size_box.setValue(5)
    assert top.table.table_model.rowCount() == 5


def test_a_hidden_view_draws_when_shown(qtbot, report: Report) -> None:  # type: ignore[no-untyped-def]
    view = KeywordsView()
    qtbot.addWidget(view)
    view.set_context(report, None, [report])
    assert view.counts.table.table_model.rowCount() == 0
    view.show()
    qtbot.waitExposed(view)
    assert shown(view.counts.table, "新 count")["全文"] == "98"


def test_report_text_stays_text(qtbot, view: KeywordsView) -> None:  # type: ignore[no-untyped-def]
    sneaky = Report(
        title="<b>t</b>",
        sections=[Section("<i>章</i>", SectionKind.CHAPTER, paragraphs=["<script>新</script>"])],
    )
    view.set_context(sneaky, None, [sneaky])
    assert column(view.counts.context, "before")[-1] == "<script>"
    assert view.counts.header.textFormat() == Qt.TextFormat.PlainText
    view.counts.context.copy_all()
    html = QGuiApplication.clipboard().mimeData().html()
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "&lt;b&gt;t&lt;/b&gt;" in html
