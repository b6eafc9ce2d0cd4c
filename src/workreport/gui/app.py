"""Start the window, or render it offscreen to a PNG: the two ways the CLI reaches Qt."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workreport import __version__
from workreport.core.errors import ReportError
from workreport.core.library import DEFAULT_REPORT, bundled_ids, open_report
from workreport.gui import benchmark_hooks, i18n
from workreport.gui.errors import install_excepthook, setup_logging
from workreport.gui.fonts import ensure_chinese_font
from workreport.gui.library import bundled_sources, loaded_source
from workreport.gui.main_window import MainWindow

ORGANISATION = "workreport"
APPLICATION = "workreport"


# Said by the offscreen platform plugin for every window it shows; not a problem of ours.
_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints",)


def _message_handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_PLATFORM_NOISE):
        sys.stderr.write(message + "\n")


GUI_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with names for QSettings and the CJK font fallback."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # A worker thread importing a document holds the interpreter between switches; the GUI thread
    # needs it for every event it handles in Python. At the default 5 ms per hand-over, a window
    # opening while an import runs (or a close asked then) waits seconds; at 0.5 ms it answers.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_message_handler)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("workreport")
    icon = resources.files("workreport.resources").joinpath("icons/workreport.svg")
    app.setWindowIcon(QIcon(str(icon)))
    ensure_chinese_font()
    return app


def _quit_everything() -> None:
    """Close every window (so state is saved) and leave every event loop, dialogs' included."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.quit()


def _window(spec: str | None) -> tuple[MainWindow, Path | None]:
    """The window on the bundled library; ``spec`` selects a bundled report or names a file."""
    if spec is not None and spec in bundled_ids():
        return MainWindow(bundled_sources(), select=spec), None
    return MainWindow(bundled_sources()), None if spec is None else Path(spec)


def run_window(spec: str | None) -> int:
    app = application()
    setup_logging()
    install_excepthook()
    if os.environ.get("WORKREPORT_QUIT_AFTER_MS"):  # for tests that start the real program
        QTimer.singleShot(int(os.environ["WORKREPORT_QUIT_AFTER_MS"]), _quit_everything)
    settings = QSettings()
    i18n.set_language(i18n.initial_language(settings))
    window, path = _window(spec)
    window.restore_state(settings)
    benchmark_hooks.install(window, os.environ.get("WORKREPORT_BENCHMARK"))
    window.show()
    if path is not None:
        window.library.open_path(path)
    QTimer.singleShot(0, lambda: _list_store(window))  # once the window is up
    return app.exec()


def _list_store(window: MainWindow) -> None:
    from workreport.gui.store_listing import list_store  # the store, when there is one

    listed = benchmark_hooks.store_listed(window, os.environ.get(benchmark_hooks.ENVIRONMENT))
    list_store(window, then=listed)


SCREENSHOT_VIEWS: tuple[str, ...] = ("figures", "keywords", "compare", "series")


def run_screenshot(
    output: Path, spec: str | None, section: str, size: tuple[int, int], view: str = "figures"
) -> int:
    """Render the window at ``section`` offscreen and write a PNG; errors go to stderr, exit 2."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    try:
        report = None if spec is None or spec in bundled_ids() else open_report(spec)
    except ReportError as error:
        sys.stderr.write(f"workreport: error: {error.message}\n")
        return 2
    if report is None:
        window = MainWindow(bundled_sources(), select=spec or DEFAULT_REPORT)
    else:
        window = MainWindow(
            [*bundled_sources(), loaded_source(report, str(spec))], select=str(spec)
        )
    window.resize(*size)
    if section and not window.library.select_path(section):
        sys.stderr.write(f"workreport: error: no section {section!r} in {window.report.title}\n")
        window.deleteLater()
        return 2
    window.show()
    app.processEvents()
    if view != "figures":
        window.views.show(view)
        app.processEvents()
    from workreport.gui.chart.export import save_png

    try:
        save_png(window, output)
    except ReportError as error:
        sys.stderr.write(f"workreport: error: {error.message}\n")
        return 2
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0
