"""Write a widget as PNG or SVG, and copy it as an image.

pyqtgraph 0.14.0's SVGExporter fails with Qt ≥ 6.11 (pyqtgraph issue #3495), so SVG goes through
Qt's own QSvgGenerator, which draws the same widget as vectors. Both write to a temporary file and
rename it over the target.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget


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
