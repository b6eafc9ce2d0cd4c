"""The interface language: Simplified Chinese or English, from the system locale or the user's
choice (View ▸ Language), switched at once without a restart.

Source strings are English; ``resources/translations/workreport_<lang>.qm`` holds the compiled
translations (English too, for its plural forms). Widgets retranslate on ``LanguageChange``.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "中文（简体）"}
SETTINGS_KEY = "interface/language"

_installed: QTranslator | None = None
_installed_data = b""  # QTranslator.load(bytes) does not copy: the bytes must outlive it
_current = ENGLISH


def system_language(locale: QLocale | None = None) -> str:
    """Chinese for a Chinese system locale (any script or region), English otherwise."""
    locale = locale or QLocale.system()
    return CHINESE if locale.language() == QLocale.Language.Chinese else ENGLISH


def initial_language(settings: QSettings) -> str:
    chosen = settings.value(SETTINGS_KEY)
    return chosen if isinstance(chosen, str) and chosen in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def translation_data(language: str) -> bytes:
    resource = resources.files("workreport.resources").joinpath(
        f"translations/workreport_{language}.qm"
    )
    return resource.read_bytes()


def set_language(language: str) -> None:
    """Install ``language``'s translations; every widget then receives ``LanguageChange``."""
    global _installed, _installed_data, _current  # one translator per process
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    translator = QTranslator(QCoreApplication.instance())
    data = translation_data(language)
    if not translator.load(data):
        raise RuntimeError(f"translations for {language} could not be loaded")
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed.deleteLater()
    QCoreApplication.installTranslator(translator)
    _installed, _installed_data, _current = translator, data, language
    # Qt posts LanguageChange to every widget; deliver it now so the switch is immediate
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
