"""Opening and saving reports: drag and drop, Save as JSON, GBK text, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import ZHENGZHOU_TEXT
from workreport.core.jsonformat import load_report
from workreport.gui.main_window import MainWindow


def _drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        actions,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


def test_a_dropped_gbk_text_is_imported_and_can_be_saved_as_json(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    gbk = tmp_path / "郑州-gbk.txt"
    gbk.write_bytes(ZHENGZHOU_TEXT.read_text("utf-8").encode("gb18030"))
    with qtbot.waitSignal(window.library.reportOpened, timeout=30000):
        _drop(window, gbk)
    assert window.detail.table.table_model.rowCount() == 111
    assert window.library.current_node().report_node().source.id == str(gbk)
    saved = tmp_path / "saved.json"
    assert window.library.write_report(saved)
    assert load_report(saved) == window.report


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 4, "is a binary file, not text"),
        (
            "notes.txt",
            "今天天气很好。\n".encode(),
            "too little Chinese text to be a work report",
        ),
    ],
)
def test_a_bad_file_changes_nothing(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
    problem: str,
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    path = tmp_path / name
    path.write_bytes(data)
    reports = len(window.library.tree_model.report_nodes())
    with qtbot.waitSignal(window.library.openFailed, timeout=30000):
        window.library.open_path(path)
    assert shown == [f"{path}: {problem}"]
    assert len(window.library.tree_model.report_nodes()) == reports
    assert window.report.title == "郑州高新区2022年政府工作报告"
    assert not window.library.busy.isVisible()
