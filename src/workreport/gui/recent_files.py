"""The recent-files list, kept in QSettings, and the File ▸ Open Recent menu that shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

SETTINGS_KEY = "library/recentFiles"
MAX_RECENT = 8


class RecentFiles:
    """The files last opened, newest first; a menu attached lists them each time it is shown."""

    def __init__(self, open_path: Callable[[Path], None]) -> None:
        self.open_path = open_path
        self.menu: QMenu | None = None

    def attach(self, menu: QMenu) -> None:
        self.menu = menu
        menu.aboutToShow.connect(self.fill_menu)

    def files(self) -> list[str]:
        value = QSettings().value(SETTINGS_KEY)
        if isinstance(value, str):
            return [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def remember(self, path: str) -> None:
        files = [path, *(p for p in self.files() if p != path)][:MAX_RECENT]
        QSettings().setValue(SETTINGS_KEY, files)

    def fill_menu(self) -> None:
        menu = self.menu
        if menu is None:
            return
        menu.clear()
        files = self.files()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(Path(path)))
        if not files:
            empty = menu.addAction(QCoreApplication.translate("RecentFiles", "No recent files"))
            empty.setEnabled(False)
