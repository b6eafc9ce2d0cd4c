"""Chinese renders on a machine with no CJK font, thanks to the bundled fallback font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
)

from workreport.gui import fonts

SAMPLE = "郑州高新区研发投入58.2亿元"


def _ink(font: QFont, text: str) -> int:
    """How many pixels a string darkens when drawn with ``font``."""
    image = QImage(400, 60, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.end()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


def test_the_bundled_font_covers_the_report(qapp) -> None:  # type: ignore[no-untyped-def]
    family = fonts.load_bundled_font()
    assert family == "Noto Sans CJK SC"
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(char)) for char in SAMPLE)


def test_the_application_font_falls_back_to_it(qapp) -> None:  # type: ignore[no-untyped-def]
    family = fonts.ensure_chinese_font(force=True)
    assert family == "Noto Sans CJK SC"
    app_font = QGuiApplication.font()
    assert family in app_font.families()
    # each Chinese character draws distinct glyphs, not the same missing-glyph box
    assert _ink(app_font, "新") != _ink(app_font, "区")
    assert _ink(app_font, SAMPLE) > 0
