"""Make Chinese render everywhere: load the bundled Noto Sans CJK SC subset when the system has
no font for Simplified Chinese, and put it in the application font's fallback list."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FONT_RESOURCE = "fonts/NotoSansSC-subset.otf"
_loaded_family: str | None = None


def system_has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def load_bundled_font() -> str:
    """Register the bundled font (once) and return its family name ('' if it cannot load)."""
    global _loaded_family  # one registration per process
    if _loaded_family is None:
        data = resources.files("workreport.resources").joinpath(FONT_RESOURCE).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded_family = families[0] if families else ""
    return _loaded_family


def ensure_chinese_font(*, force: bool = False) -> str:
    """Use the bundled font as a fallback when no system font covers Simplified Chinese.

    Returns the family that was added ('' when the system's own fonts are used).
    """
    if system_has_chinese_font() and not force:
        return ""
    family = load_bundled_font()
    if family:
        font = QGuiApplication.font()
        families = [f for f in font.families() or [font.family()] if f != family]
        font.setFamilies([*families, family])
        QGuiApplication.setFont(font)
        QFont.insertSubstitution(font.family(), family)
    return family
