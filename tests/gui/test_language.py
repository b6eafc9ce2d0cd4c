"""Chinese and English interface: switching applies at once, is remembered, and goes back."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from workreport.gui import i18n
from workreport.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _headers(window: MainWindow) -> list[str]:
    """The titles of the columns shown."""
    table = window.detail.table
    model = table.table_model
    return [
        model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


def _cell(window: MainWindow, row: int, key: str) -> str:
    model = window.detail.table.table_model
    return str(model.index(row, [c.key for c in model.columns].index(key)).data())


def test_switching_language_changes_menus_headers_and_about_and_back(window: MainWindow) -> None:
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 研发创新活跃度持续提升")
    assert _menus(window) == ["&File", "&Edit", "&View", "&Help"]
    assert _headers(window) == [
        "Figure",
        "English",
        "Value",
        "To",
        "Unit",
        "Qualifier",
        "Target",
        "Normalised",
        "Base unit",
    ]
    assert window.about_text().startswith("workreport ")
    assert _cell(window, 0, "base_value") == "5.82 billion"

    window.menus.language_actions[i18n.CHINESE].trigger()
    assert _menus(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert _headers(window) == [
        "指标",
        "数值",
        "至",
        "单位",
        "限定词",
        "目标",
        "标准值",
        "标准单位",
    ]
    assert "把政府工作报告读成数据" in window.about_text()
    assert window.detail.tabs.tabText(0) == "原文(&T)"
    assert _cell(window, 0, "base_value") == "58.2亿"
    assert window.find_bar.edit.placeholderText() == "查找数据和文字（Ctrl+F）"
    assert window.detail.header.counts.text().startswith("3 个数据 · ")
    assert QSettings().value(i18n.SETTINGS_KEY) == i18n.CHINESE

    window.menus.language_actions[i18n.ENGLISH].trigger()
    assert _menus(window) == ["&File", "&Edit", "&View", "&Help"]
    assert _headers(window)[0] == "Figure"
    assert QSettings().value(i18n.SETTINGS_KEY) == i18n.ENGLISH


def test_the_selected_row_survives_a_switch(window: MainWindow) -> None:
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    window.detail.table.selectRow(2)
    window.choose_language(i18n.CHINESE)
    table = window.detail.table
    assert table.proxy.mapToSource(table.currentIndex()).row() == 2


def test_first_start_follows_the_system_locale() -> None:
    assert (
        i18n.system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        == i18n.CHINESE
    )
    assert (
        i18n.system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan))
        == i18n.CHINESE
    )
    assert (
        i18n.system_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        == i18n.ENGLISH
    )
    assert (
        i18n.system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        == i18n.ENGLISH
    )


def test_english_glosses_next_to_the_chinese(window: MainWindow) -> None:
    window.library.select_path("持续强化创新引领 创新能力实现新跃升 / 创新主体持续壮大")
    assert window.detail.header.gloss.text()
    model = window.detail.table.table_model
    assert model.index(2, 0).data() == "高企总数"
    assert model.index(2, 1).data() == "High-tech enterprises, total"
    glossed = [n for n in window.library.report_node().walk() if not n.is_report]
    assert all(n.gloss for n in glossed), [n.title for n in glossed if not n.gloss]


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_translation_sources_are_up_to_date_and_complete(tmp_path: Path) -> None:
    """lupdate finds no new or vanished strings, and every Chinese string is translated."""
    for language in (i18n.CHINESE, i18n.ENGLISH):
        committed = ROOT / "translations" / f"workreport_{language}.ts"
        fresh = tmp_path / committed.name
        fresh.write_bytes(committed.read_bytes())
        sources = sorted(str(p) for p in (ROOT / "src" / "workreport" / "gui").rglob("*.py"))
        lupdate = Path(sys.executable).with_name("pyside6-lupdate")
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *sources,
                "-ts",
                str(fresh),
            ],
            check=True,
        )
        assert _messages(fresh).keys() == _messages(committed).keys(), (
            f"run scripts/update_translations.sh ({language})"
        )
    chinese = _messages(ROOT / "translations" / "workreport_zh_CN.ts")
    untranslated = [
        source
        for (_, source), message in chinese.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") == "unfinished"
        or not ("".join(translation.itertext()).strip())
    ]
    assert not untranslated


def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in (i18n.CHINESE, i18n.ENGLISH):
        out = tmp_path / f"{language}.qm"
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                "-nounfinished",
                str(ROOT / "translations" / f"workreport_{language}.ts"),
                "-qm",
                str(out),
            ],
            check=True,
        )
        assert out.read_bytes() == i18n.translation_data(language), (
            f"run scripts/update_translations.sh ({language})"
        )
