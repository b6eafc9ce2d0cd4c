"""Start the window, or render it offscreen to a PNG: the two ways the CLI reaches Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from workreport import __version__
from workreport.core.errors import ReportError
from workreport.core.library import open_report
from workreport.core.model import Report
from workreport.gui.errors import install_excepthook, setup_logging, show_report_error
from workreport.gui.fonts import ensure_chinese_font
from workreport.gui.main_window import MainWindow

ORGANISATION = "workreport"
APPLICATION = "workreport"


# Said by the offscreen platform plugin for every window it shows; not a problem of ours.
_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints",)


def _message_handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_PLATFORM_NOISE):
        sys.stderr.write(message + "\n")


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with names for QSettings and the CJK font fallback."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_message_handler)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("workreport")
    ensure_chinese_font()
    return app


def _load(spec: str | None) -> Report | str:
    try:
        return open_report(spec)
    except ReportError as error:
        return error.message


def _quit_everything() -> None:
    """Close every window (so state is saved) and leave every event loop, dialogs' included."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.quit()


def run_window(spec: str | None) -> int:
    app = application()
    setup_logging()
    install_excepthook()
    if os.environ.get("WORKREPORT_QUIT_AFTER_MS"):  # for tests that start the real program
        QTimer.singleShot(int(os.environ["WORKREPORT_QUIT_AFTER_MS"]), _quit_everything)
    loaded = _load(spec)
    if isinstance(loaded, str):
        show_report_error(None, loaded)
        if spec is None:
            return 2
        fallback = _load(None)
        if isinstance(fallback, str):
            return 2
        loaded = fallback
    window = MainWindow(loaded)
    window.restore_state(QSettings())
    window.show()
    return app.exec()


def run_screenshot(output: Path, spec: str | None, section: str, size: tuple[int, int]) -> int:
    """Render the window at ``section`` offscreen and write a PNG; errors go to stderr, exit 2."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    loaded = _load(spec)
    if isinstance(loaded, str):
        sys.stderr.write(f"workreport: error: {loaded}\n")
        return 2
    window = MainWindow(loaded)
    window.resize(*size)
    if section and not window.select_path(section):
        sys.stderr.write(f"workreport: error: no section {section!r} in {loaded.title}\n")
        window.deleteLater()
        return 2
    window.show()
    app.processEvents()
    from workreport.gui.detail.chart_export import save_png

    ok = save_png(window, output)
    window.close()
    window.deleteLater()
    app.processEvents()
    if not ok:
        sys.stderr.write(f"workreport: error: {output}: could not be written\n")
        return 2
    return 0
