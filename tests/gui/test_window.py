"""The main window as a user drives it: every node, copy, provenance, find, charts, state."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workreport.core.errors import ReportError
from workreport.core.model import Report
from workreport.core.record import COLUMNS
from workreport.gui.main_window import MainWindow
from workreport.gui.tree.model import NODE_ROLE
from workreport.gui.tree.node import TreeNode

SUBSECTION = "持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升"


def type_chinese(widget: QWidget, text: str) -> None:
    """Type as an input method does: QTest.keyClicks handles ASCII only."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _column(window: MainWindow, key: str) -> int:
    """Where a column is: the English interface adds a gloss column after the label."""
    return [c.key for c in window.detail.table.table_model.columns].index(key)


def _all_nodes(window: MainWindow) -> list[TreeNode]:
    return window.library.report_node().walk()


def test_every_node_shows_exactly_its_figures(window: MainWindow) -> None:
    nodes = _all_nodes(window)
    assert len(nodes) == 1 + 8 + 27  # root, intro + 6 chapters + closing, 27 subsections
    for node in nodes:
        window.library.select_node(node)
        model = window.detail.table.table_model
        value, unit = _column(window, "value"), _column(window, "unit")
        expected = [(i.label, i.value, i.unit) for _, i in node.figures()]
        shown = [
            (
                model.index(r, 0).data(),
                float(model.index(r, value).data()),
                model.index(r, unit).data(),
            )
            for r in range(model.rowCount())
        ]
        assert shown == [(label, float(value), unit) for label, value, unit in expected], node.title
        assert window.detail.header.title.text() == node.title
    window.library.select_node(window.library.report_node())
    assert window.detail.table.table_model.rowCount() == 111


def test_section_column_only_where_a_node_has_children(window: MainWindow) -> None:
    window.library.select_path(SUBSECTION)
    assert "section" not in [c.key for c in window.detail.table.table_model.columns]
    window.library.select_path("持续强化创新引领 创新能力实现新跃升")
    model = window.detail.table.table_model
    assert model.index(0, _column(window, "section")).data() == "研发创新活跃度持续提升"


def test_every_section_is_reachable_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    report = window.library.report_node()
    window.library.tree.expandRecursively(
        window.library.tree_proxy.mapFromSource(window.library.tree_model.index_of(report))
    )
    window.library.tree.setFocus()
    window.library.select_node(report)
    seen = [window.library.current_node().title]
    for _ in range(len(_all_nodes(window)) - 1):
        qtbot.keyClick(window.library.tree, Qt.Key.Key_Down)
        seen.append(window.library.current_node().title)
    assert seen == [n.title for n in _all_nodes(window)]
    assert window.detail.header.title.text() == "结语"


def test_numbers_sort_as_numbers(window: MainWindow) -> None:
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    table = window.detail.table
    value = _column(window, "value")
    table.sortByColumn(value, Qt.SortOrder.DescendingOrder)
    values = [float(table.proxy.index(r, value).data()) for r in range(table.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    assert values[0] == 3059  # as text, "99" would come first
    alignment = table.proxy.index(0, value).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


EXPECTED_TSV = (
    "Figure\tEnglish\tValue\tTo\tUnit\tQualifier\tTarget\tNormalised\tBase unit\n"
    "全社会研发投入\tR&D spending, whole of society\t58.2\t\t亿元\t\t\t5820000000\t元\n"
    "研发投入强度\tR&D intensity\t10.6\t\t%\t\t\t10.6\t%\n"
    "规模以上工业企业研发活动覆盖率\tShare of industrial enterprises above designated size with R&D activity"
    "\t84\t\t%\t\t\t84\t%\n"
)
RIGHT = '<td style="text-align:right">'
EXPECTED_HTML = (
    '<meta charset="utf-8">\n'
    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
    "<thead><tr><th>Figure</th><th>English</th><th>Value</th><th>To</th><th>Unit</th>"
    "<th>Qualifier</th><th>Target</th><th>Normalised</th><th>Base unit</th></tr></thead>\n"
    "<tbody>"
    f"<tr><td>全社会研发投入</td><td>R&amp;D spending, whole of society</td>{RIGHT}58.2</td>{RIGHT}</td>"
    f"<td>亿元</td><td></td><td></td>{RIGHT}5.82 billion</td><td>yuan</td></tr>"
    f"<tr><td>研发投入强度</td><td>R&amp;D intensity</td>{RIGHT}10.6</td>{RIGHT}</td><td>%</td><td></td>"
    f"<td></td>{RIGHT}10.6</td><td>%</td></tr>"
    "<tr><td>规模以上工业企业研发活动覆盖率</td><td>Share of industrial enterprises above designated size "
    f"with R&amp;D activity</td>{RIGHT}84</td>{RIGHT}</td><td>%</td><td></td><td></td>{RIGHT}84</td>"
    "<td>%</td></tr>"
    "</tbody>\n"
    "</table>\n"
    "<p>Source: 郑州高新区2022年政府工作报告 · 持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升</p>\n"
)


EXPECTED_TSV_ZH = (
    "指标\t数值\t至\t单位\t限定词\t目标\t标准值\t标准单位\n"
    "全社会研发投入\t58.2\t\t亿元\t\t\t5820000000\t元\n"
    "研发投入强度\t10.6\t\t%\t\t\t10.6\t%\n"
    "规模以上工业企业研发活动覆盖率\t84\t\t%\t\t\t84\t%\n"
)


def test_ctrl_c_copies_the_whole_table_as_tsv_and_html(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.library.select_path(SUBSECTION)
    table = window.detail.table
    table.clearSelection()
    table.setFocus()
    qtbot.keyClick(table, "c", Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == EXPECTED_TSV
    assert mime.html() == EXPECTED_HTML


def test_ctrl_c_in_chinese(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.library.select_path(SUBSECTION)
    window.choose_language("zh_CN")
    table = window.detail.table
    table.clearSelection()
    table.setFocus()
    qtbot.keyClick(table, "c", Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == EXPECTED_TSV_ZH
    assert f"{RIGHT}58.2亿</td><td>元</td>" in mime.html()
    assert "<p>来源：郑州高新区2022年政府工作报告 · " in mime.html()


def test_copy_selected_cells(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    table = window.detail.table
    table.clearSelection()
    selection = table.selectionModel()
    for row in (2, 7):
        for column in (_column(window, key) for key in ("label", "value", "qualifier")):
            selection.select(table.proxy.index(row, column), selection.SelectionFlag.Select)
    window.menus.copy_action.trigger()  # Edit ▸ Copy
    mime = QGuiApplication.clipboard().mimeData()
    assert (
        mime.text()
        == "Figure\tValue\tQualifier\n高企总数\t1800\t达\n国家级专精特新“小巨人”企业\t41\t累计 达到\n"
    )
    assert "<th>Figure</th><th>Value</th><th>Qualifier</th>" in mime.html()


def test_report_text_is_escaped_in_copied_html(qtbot, report: Report) -> None:  # type: ignore[no-untyped-def]
    report.title = "<b>报告</b> & <script>"
    section = report.chapters()[0].children[0]
    section.indicators[0] = type(section.indicators[0])(
        **{
            **{f: getattr(section.indicators[0], f) for f in section.indicators[0].__slots__},
            "label": "<i>研发</i>",
        }
    )
    window = MainWindow(report)
    qtbot.addWidget(window)
    window.library.select_path(SUBSECTION)
    window.detail.table.copy_all()
    html = QGuiApplication.clipboard().mimeData().html()
    assert "&lt;i&gt;研发&lt;/i&gt;" in html and "<i>" not in html
    assert "&lt;b&gt;报告&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert window.detail.header.breadcrumb.textFormat() == Qt.TextFormat.PlainText


def test_table_row_marks_its_sentence_and_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    table, source = window.detail.table, window.detail.source
    table.selectRow(2)  # 高企总数 1800家
    sentence = window.library.current_node().figures()[2][1].sentence
    assert source.marked_sentence() == sentence
    assert source.textCursor().position() == source.figure_spans[2][0]

    start, end = source.figure_spans[9]  # 176家
    cursor = QTextCursor(source.document())
    cursor.setPosition(start + 1)
    point = source.cursorRect(cursor).center()
    qtbot.mouseClick(source.viewport(), Qt.MouseButton.LeftButton, pos=point)
    current = table.proxy.mapToSource(table.currentIndex()).row()
    assert current == 9
    assert table.proxy.index(table.currentIndex().row(), _column(window, "value")).data() == "176"
    assert source.document().toPlainText()[start:end] == "176家"


def test_clicking_plain_text_selects_nothing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    source = window.detail.source
    assert source.figure_at(0) is None
    assert source.figure_at(source.figure_spans[0][0]) == 0


def test_find_narrows_tree_and_table_and_esc_clears(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.menus.find_action.trigger()
    assert window.find_bar.edit.hasFocus()
    type_chinese(window.find_bar.edit, "专精特新")
    table = window.detail.table
    assert window.library.current_node().is_report
    rows = table.visible_source_rows()
    # the paragraph's first sentence runs to 176家 (it has no 。 before), so its 10 figures match
    assert [table.rows[r]["value"] for r in rows] == [668, 300, 1800, 3059, 19, 13, 18, 41, 99, 176]
    proxy = window.library.tree_proxy
    visible: list[str] = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            visible.append(index.data(NODE_ROLE).title)
            walk(index)

    walk(proxy.mapFromSource(window.library.tree_model.index_of(window.library.report_node())))
    assert visible == ["持续强化创新引领 创新能力实现新跃升", "创新主体持续壮大"]
    national = window.library.tree_model.find_report("china-2025")
    assert national is not None and national.populated  # Find searches every report
    assert proxy.mapFromSource(
        window.library.tree_model.index_of(national)
    ).isValid()  # 专精特新 is there too
    assert "10 of 111 figures match" in window.statusBar().currentMessage()

    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert window.find_bar.edit.text() == ""
    assert table.proxy.rowCount() == 111


def test_find_matches_units_and_sentences(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.find_bar.edit.setText("平方公里")
    values = [
        window.detail.table.rows[r]["value"] for r in window.detail.table.visible_source_rows()
    ]
    assert values == [272.5, 29, 99, 9.3, 24.8]  # 29个 shares a sentence with 272.5平方公里
    window.find_bar.edit.setText(
        "揭榜挂帅"
    )  # only in a sentence: the one from 实施关键核心技术 to 56项
    values = [
        window.detail.table.rows[r]["value"] for r in window.detail.table.visible_source_rows()
    ]
    assert values == [12, 8, 64, 56]


def test_charts_one_bar_per_figure_per_dimension(window: MainWindow) -> None:
    window.library.select_path("加快推进产城融合 城市品质迈上新台阶")
    charts = window.detail.show_charts()
    node = window.library.current_node()
    by_dimension: dict[str, int] = {}
    for _, indicator in node.figures():
        by_dimension[indicator.dimension] = by_dimension.get(indicator.dimension, 0) + 1
    figure_charts = {c.data.key: c.bar_count() for c in charts.charts if c.data.key != "keyword"}
    assert figure_charts == by_dimension
    area = next(c for c in charts.charts if c.data.key == "area")
    assert area.data.bars[0].tooltip.startswith(
        "合作共建区建设正式实施\n272.5平方公里 = 272500000 平方米"
    )


def test_the_keyword_chart_counts_by_hand(window: MainWindow) -> None:
    # 新 in each subsection of the first chapter, title and text, counted by hand (the counts of
    # tests/gui/test_keywords_view.py's HAND_COUNT_CHAPTER_1)
    window.library.select_path("持续强化创新引领 创新能力实现新跃升")
    charts = window.detail.show_charts()
    keyword = next(c for c in charts.charts if c.data.key == "keyword")
    assert [(b.label, b.value) for b in keyword.data.bars] == [
        ("研发创新活跃度持续提升", 1),
        ("创新平台建设持续加快", 14),
        ("创新主体持续壮大", 8),
        ("新物种企业迅速发展", 1),
        ("创新成果不断涌现", 2),
        ("创新人才不断集聚", 2),
    ]


def test_chart_hover_finds_the_bar(window: MainWindow) -> None:
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升")
    charts = window.detail.show_charts()
    QApplication.processEvents()
    chart = charts.charts[0]  # money: one bar, 58.2亿元
    view_box = chart.getPlotItem().vb
    scene_point = view_box.mapViewToScene(view_box.mapToView(view_box.boundingRect().center()))
    inside = view_box.mapViewToScene(type(scene_point)(chart.data.bars[0].value / 2, 0))
    assert chart.bar_at(inside) == 0
    assert (
        chart.bar_at(view_box.mapViewToScene(type(scene_point)(chart.data.bars[0].value / 2, 0.5)))
        is None
    )


def test_export_table_and_charts(window: MainWindow, tmp_path: Path) -> None:
    import openpyxl

    window.library.select_path(SUBSECTION)
    window.views.write_table(tmp_path / "t.csv")
    # the window exports what `workreport export` does: every column of the figure record
    header = ("\ufeff" + ",".join(COLUMNS) + "\r\n").encode()
    assert (tmp_path / "t.csv").read_bytes().startswith(header)
    window.views.write_table(tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    label = COLUMNS.index("label") + 1
    assert sheet is not None and sheet.cell(2, label).value == "全社会研发投入"
    charts = window.detail.show_charts()
    QApplication.processEvents()
    assert window.views.write_chart(tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    from workreport.gui.chart.export import save_chart

    save_chart(charts.charts[0], tmp_path / "c.svg")
    svg = (tmp_path / "c.svg").read_text("utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg and "全社会研发投入" in svg
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "c.svg", "t.csv", "t.xlsx"]
    # charts are written as every other file: the mode the umask gives, a bad target one line
    umask = os.umask(0o022)
    os.umask(umask)
    for name in ("c.png", "c.svg"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask
    with pytest.raises(ReportError, match="does not exist"):
        save_chart(charts.charts[0], tmp_path / "missing" / "c.png")
    with pytest.raises(ReportError, match="folder"):
        save_chart(charts.charts[0], tmp_path)


def test_window_restores_its_state(qtbot, report: Report) -> None:  # type: ignore[no-untyped-def]
    from workreport.gui.library import bundled_sources

    first = MainWindow(bundled_sources())
    qtbot.addWidget(first)
    first.resize(760, 560)  # the offscreen screen is 800×600
    first.show()
    first.library.select_path(SUBSECTION)
    first.splitter.setSizes([220, 540])
    first.close()  # closeEvent saves
    second = MainWindow(bundled_sources(), select="china-2025")
    qtbot.addWidget(second)
    second.restore_state(QSettings())
    second.show()
    assert second.library.current_node().section_path() == SUBSECTION
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes()[0] == 220


def test_about_names_version_and_source(window: MainWindow) -> None:
    from workreport import __version__

    text = window.about_text()
    assert __version__ in text and "高新时报" in text


def test_a_bad_file_shows_a_dialog_naming_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    bad = tmp_path / "broken.json"
    bad.write_text("{", "utf-8")
    with qtbot.waitSignal(window.library.openFailed, timeout=30000):
        window.library.open_path(bad)
    assert shown == [
        f"{bad}: invalid JSON at line 1, column 2: Expecting property name enclosed in double quotes"
    ]
    assert window.report.title == "郑州高新区2022年政府工作报告"  # nothing changed


def test_unexpected_errors_are_shown_and_logged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import logging
    import sys

    from workreport.gui import errors

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text() + box.detailedText()) or 0
    )
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    errors.log.addHandler(handler)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise ValueError("boom")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        errors.log.removeHandler(handler)
    assert str(errors.log_file()) in shown[0]  # a short message naming the log, no traceback
    assert "ValueError" not in shown[0] and "Traceback" not in shown[0]
    assert "ValueError: boom" in records[0]


def test_open_a_text_report(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import ZHENGZHOU_TEXT

    with qtbot.waitSignal(window.library.reportOpened, timeout=30000):
        window.library.open_path(ZHENGZHOU_TEXT)
    assert window.report.title.startswith("高新区2022年政府工作报告中")
    assert window.detail.table.table_model.rowCount() == 111
    assert window.library.current_node().parent.label == "files"
    assert window.library.recent.files()[0] == str(ZHENGZHOU_TEXT)


def test_the_report_header_names_who_when_and_the_headline_claim(window: MainWindow) -> None:
    window.library.select_node(window.library.report_node())
    header = window.detail.header
    assert header.breadcrumb.text() == "郑州高新区 · 2023-01-16 · 郭程明"
    assert header.counts.text().endswith(
        "“新” occurs 98 times (its headline says 158 in the full report)"
    )
    window.library.select_report("china-2025")
    assert "headline says" not in window.detail.header.counts.text()
