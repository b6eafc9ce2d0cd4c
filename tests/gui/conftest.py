"""GUI test set-up: isolated settings, a clean clipboard at exit, no leaked windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from workreport.core.library import load_bundled
from workreport.core.model import Report
from workreport.gui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("workreport-tests")
    QCoreApplication.setApplicationName("workreport-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_at_exit(qapp: QApplication) -> Iterator[None]:
    """QMimeData left on the clipboard makes PySide6 6.10–6.12 segfault at exit offscreen."""
    from workreport.gui.fonts import ensure_chinese_font

    ensure_chinese_font()
    yield
    QApplication.clipboard().clear()
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    before = set(map(id, QApplication.topLevelWidgets()))
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    leaked = [
        w
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and (w.isVisible() or isinstance(w, MainWindow))
    ]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    assert not leaked, f"top-level widgets left behind: {leaked}"


@pytest.fixture
def report() -> Report:
    return load_bundled("zhengzhou-hitech-2022")


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as a user first sees it: the bundled library, Zhengzhou selected."""
    from workreport.gui.library import bundled_sources

    window = MainWindow(bundled_sources())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def settings_file() -> Path:
    return Path(QSettings().fileName())


@pytest.fixture(autouse=True)
def _english_interface(qapp: QApplication) -> Iterator[None]:
    """Tests start in English (the source language) whatever the machine's locale."""
    from workreport.gui import i18n

    i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(i18n.ENGLISH)
