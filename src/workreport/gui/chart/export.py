"""Write a chart (any widget) as PNG or SVG, ask where to, and copy it as an image.

pyqtgraph 0.14.0's SVGExporter fails with Qt ≥ 6.11 (pyqtgraph issue #3495), so SVG goes through
Qt's own QSvgGenerator, which draws the same widget as vectors. Both write through core/paths: the
target checked first, a temporary file renamed over it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMessageBox, QWidget

from workreport.core.errors import ReportError
from workreport.core.paths import write_with

CHART_SUFFIXES = (".png", ".svg")


def _write(path: Path, draw: Callable[[Path], bool]) -> None:
    """Write through core/paths (the target checked first, a temporary file renamed over it, the
    mode the user's umask gives); ``draw`` fills the temporary file. Raises ReportError."""

    def writer(temporary: Path) -> None:
        if not draw(temporary):
            raise OSError(errno.EIO, "the image could not be drawn")

    write_with(path, writer)


def save_png(widget: QWidget, path: Path) -> None:
    """Write ``widget`` as a PNG; raises ReportError (one line naming the file) when it cannot."""
    _write(path, lambda temporary: widget.grab().save(str(temporary), "PNG"))


def save_svg(widget: QWidget, path: Path, title: str = "") -> None:
    """Write ``widget`` as SVG vectors; raises ReportError when it cannot."""

    def draw(temporary: Path) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        size = widget.size()
        generator.setSize(QSize(size))
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        generator.setDescription("workreport")
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            # QWidget's render, not QGraphicsView's override, which draws only the scene
            QWidget.render(widget, painter, QPoint(0, 0))
        finally:
            painter.end()
        return True

    _write(path, draw)


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setPixmap(widget.grab())


def save_chart(widget: QWidget, path: Path) -> None:
    """PNG, or SVG for a ``.svg`` path; raises ReportError."""
    (save_svg if path.suffix.lower() == ".svg" else save_png)(widget, path)


def save_or_warn(parent: QWidget, widget: QWidget, path: Path) -> bool:
    """:func:`save_chart`, and a dialog with the one-line reason when it cannot be written."""
    try:
        save_chart(widget, path)
    except ReportError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ChartExport", "Export failed"), error.message
        )
        return False
    return True


def export_dialog(parent: QWidget, widget: QWidget, name: str, prefer: str = "") -> Path | None:
    """Ask where to write ``widget`` (PNG or SVG) and write it there; the path written, or None."""
    from workreport.gui.save_dialog import ask_save_path, chart_filters

    title = QCoreApplication.translate("ChartExport", "Export Chart")
    target = ask_save_path(parent, title, name, chart_filters(), CHART_SUFFIXES, prefer)
    if target is None or not save_or_warn(parent, widget, target):
        return None
    return target
