"""Write a chart (any widget) as PNG or SVG, ask where to, and copy it as an image.

pyqtgraph 0.14.0's SVGExporter fails with Qt ≥ 6.11 (pyqtgraph issue #3495), so SVG goes through
Qt's own QSvgGenerator, which draws the same widget as vectors. Both write to a temporary file and
rename it over the target.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMessageBox, QWidget

CHART_SUFFIXES = (".png", ".svg")


def _temporary_beside(path: Path) -> Path:
    descriptor, name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix
    )
    os.close(descriptor)
    return Path(name)


def save_png(widget: QWidget, path: Path) -> bool:
    temporary = _temporary_beside(path)
    try:
        if not widget.grab().save(str(temporary), "PNG"):
            return False
        temporary.replace(path)
        return True
    finally:
        temporary.unlink(missing_ok=True)


def save_svg(widget: QWidget, path: Path, title: str = "") -> bool:
    temporary = _temporary_beside(path)
    try:
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
        temporary.replace(path)
        return True
    finally:
        temporary.unlink(missing_ok=True)


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setPixmap(widget.grab())


def save_chart(widget: QWidget, path: Path) -> bool:
    """PNG, or SVG for a ``.svg`` path."""
    return (save_svg if path.suffix.lower() == ".svg" else save_png)(widget, path)


def save_or_warn(parent: QWidget, widget: QWidget, path: Path) -> bool:
    """:func:`save_chart`, and a dialog naming the file when it cannot be written."""
    if save_chart(widget, path):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ChartExport", "Export failed"),
        QCoreApplication.translate("ChartExport", "{path}: could not be written").format(path=path),
    )
    return False


def export_dialog(parent: QWidget, widget: QWidget, name: str, prefer: str = "") -> Path | None:
    """Ask where to write ``widget`` (PNG or SVG) and write it there; the path written, or None."""
    from workreport.gui.save_dialog import ask_save_path, chart_filters

    title = QCoreApplication.translate("ChartExport", "Export Chart")
    target = ask_save_path(parent, title, name, chart_filters(), CHART_SUFFIXES, prefer)
    if target is None or not save_or_warn(parent, widget, target):
        return None
    return target
