"""Documents in the window: Paste as Report through the clipboard, a dropped .docx and .pdf, the
Open dialog's filter, and cancelling a long PDF."""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import CORPUS
from tests.gui.test_files import _drop
from workreport.core.jsonformat import load_report
from workreport.core.library import import_file
from workreport.gui.file_types import open_filter
from workreport.gui.library import OpenTask
from workreport.gui.main_window import MainWindow

BEIJING = CORPUS / "provinces" / "2025年北京市政府工作报告.txt"


def _selection_html(text: str) -> str:
    """What a browser puts on the clipboard for a selection of a report's page."""
    lines = [line for line in text.splitlines() if line.strip()]
    body = "".join(f'<p style="text-indent:2em">{escape(line)}</p>' for line in lines[1:])
    return (
        '<html><body><!--StartFragment--><div class="article">'
        f"<h1>{escape(lines[0])}</h1>{body}</div><!--EndFragment--></body></html>"
    )


def _put_on_clipboard(html: str, text: str) -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


@pytest.mark.parametrize("html", [True, False], ids=["html", "plain"])
def test_paste_as_report_opens_the_clipboard_as_a_report_and_save_keeps_it(
    window: MainWindow, qtbot, tmp_path: Path, html: bool
) -> None:  # type: ignore[no-untyped-def]
    text = BEIJING.read_text("utf-8")
    _put_on_clipboard(_selection_html(text) if html else "", text)
    with qtbot.waitSignal(window.paste.sig_pasted, timeout=30000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.report.title == "2025年北京市政府工作报告"
    expected = import_file(BEIJING)
    assert [c.title for c in window.report.chapters()] == [c.title for c in expected.chapters()]
    assert sum(1 for _ in window.report.all_indicators()) == 183
    saved = tmp_path / "pasted.json"
    assert window.library.write_report(saved)
    assert load_report(saved) == window.report
    QApplication.clipboard().clear()


def test_ctrl_v_in_the_tree_pastes_a_report(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _put_on_clipboard("", BEIJING.read_text("utf-8"))
    window.library.tree.setFocus()
    with qtbot.waitSignal(window.paste.sig_pasted, timeout=30000):
        qtbot.keyClick(window.library.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.report.title == "2025年北京市政府工作报告"
    QApplication.clipboard().clear()


def test_pasting_no_report_says_so(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    before = window.report
    _put_on_clipboard("", "你好")
    with qtbot.waitSignal(window.paste.sig_failed, timeout=30000):
        window.paste.action.trigger()
    assert shown == ["clipboard: too little Chinese text to be a work report"]
    assert window.report is before
    QApplication.clipboard().clear()


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_dropped_document_opens(window: MainWindow, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    document = CORPUS / f"provinces-{kind}" / f"2025年北京市政府工作报告.{kind}"
    with qtbot.waitSignal(window.library.reportOpened, timeout=60000):
        _drop(window, document)
    assert window.report.title == "2025年北京市政府工作报告"
    assert sum(1 for _ in window.report.all_indicators()) == 183


def test_open_offers_every_format() -> None:
    first = open_filter().split(";;")[0]
    for suffix in ("*.txt", "*.docx", "*.pdf", "*.html", "*.htm", "*.json"):
        assert suffix in first


def test_a_long_pdf_can_be_cancelled(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the worker holds after its first page until the test has pressed Cancel, so that a fast
    # machine cannot read the whole document (and hide the bar) before the test looks at it
    hold = threading.Event()
    read_page = OpenTask._progress

    def held(task: OpenTask, done: int, total: int) -> None:
        read_page(task, done, total)
        hold.wait(60)

    monkeypatch.setattr(OpenTask, "_progress", held)
    document = CORPUS / "provinces-pdf" / "2025年广东省政府工作报告.pdf"
    opened: list[object] = []
    window.library.reportOpened.connect(opened.append)
    window.library.open_path(document)
    (task,) = window.open_progress.tasks
    assert window.open_progress.cancel_button.isVisible()
    # the signal comes from the worker's thread: the window's slot runs when the window's thread
    # takes its queued call
    try:
        qtbot.waitUntil(window.open_progress.bar.isVisible, timeout=60000)
        with qtbot.waitSignal(task.signals.cancelled, timeout=60000):
            window.open_progress.cancel_button.click()
            hold.set()
    finally:
        hold.set()  # never leave the worker waiting when the test fails
    assert opened == []
    assert not window.open_progress.cancel_button.isVisible()
    assert not window.library.busy.isVisible()
