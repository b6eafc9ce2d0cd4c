"""What the window keeps between runs (QSettings): its geometry, splitters, and the report and
section last selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from workreport.gui.library import STORE_PREFIX

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from workreport.gui.main_window import MainWindow


def _splitters(window: MainWindow) -> list[tuple[str, QSplitter]]:
    return [("window/splitter", window.splitter), ("window/detailSplitter", window.detail.splitter)]


def restore_state(window: MainWindow, settings: QSettings) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for key, splitter in _splitters(window):
        sizes = settings.value(key)
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)
    report_id = settings.value("library/report")
    section = settings.value("library/section")
    section = section if isinstance(section, str) else ""
    if isinstance(report_id, str) and window.library.select_report(report_id):
        if section:
            window.library.select_path(section)
    elif isinstance(report_id, str) and report_id.startswith(STORE_PREFIX):
        # the store is listed once the window is up: selected then (store_listing)
        window.library.restore = (report_id, section, window.library.current_node())


def save_state(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for key, splitter in _splitters(window):
        settings.setValue(key, splitter.saveState())
    node = window.library.current_node()
    report = node.report_node()
    if report is not None and report.source is not None:
        settings.setValue("library/report", report.source.id)
        settings.setValue("library/section", node.section_path())
    settings.sync()
