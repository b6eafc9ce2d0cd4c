"""Errors the user should see: a dialog that names the file and the problem, and a log.

Unexpected exceptions reach ``sys.excepthook``: they are logged with their traceback to a file in
the user's data folder and shown as a short message naming the log (never the traceback), and the
app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("workreport")


def log_file() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "workreport.log"


def setup_logging() -> None:
    if not log.handlers:
        try:
            handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
        except OSError:
            handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def show_report_error(parent: QWidget | None, message: str) -> None:
    """A report that failed to load: the message already names the file and the problem."""
    log.warning("report failed to load: %s", message)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Cannot open report"),
        message,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and report text are never markup
    box.exec()


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    if _showing:  # an error while the message is up (a repaint): logged, not shown again
        return
    text = QCoreApplication.translate(
        "Errors", "Something went wrong; workreport keeps running. The details are in the log:"
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Unexpected error"),
        f"{text}\n{log_file()}",
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    _showing.append(box)
    try:
        box.exec()
    finally:
        _showing.clear()


_showing: list[QMessageBox] = []


def install_excepthook() -> None:
    sys.excepthook = _excepthook
