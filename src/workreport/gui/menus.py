"""The main window's actions, menus and Find tool bar, and their texts in the current language.

Every action calls a command of a controller (``window.library``, ``window.views``,
``window.find_bar``) or of the window; none reaches into a view's widgets. To add an action, make it
with ``_action`` and add it to a menu in ``_build_menus``; its texts go in ``retranslate``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from workreport.gui import i18n

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow


def _open_folder(window: MainWindow) -> Callable[[], None]:
    def open_folder() -> None:
        from workreport.gui.folder_import import open_folder_dialog  # the store, when first used

        open_folder_dialog(window)

    return open_folder


class WindowMenus(QObject):
    """Builds the actions and menus of ``window`` and names them in the current language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build_actions()
        self._build_menus()

    def _action(
        self,
        slot: Callable[..., Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        w = self.window
        library, views, find = w.library, w.views, w.find_bar
        self.open_action = self._action(library.open_dialog, QKeySequence.StandardKey.Open)
        self.open_folder_action = self._action(_open_folder(w), "Ctrl+Shift+O")
        self.save_action = self._action(library.save_report_as, QKeySequence.StandardKey.SaveAs)
        self.export_table_action = self._action(views.export_table_dialog, "Ctrl+E")
        self.export_chart_action = self._action(views.export_chart_dialog)
        self.quit_action = self._action(w.close, QKeySequence.StandardKey.Quit)
        self.copy_action = self._action(views.copy, QKeySequence.StandardKey.Copy)
        # the tables and the text handle Ctrl+C themselves when they have focus
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.select_all_action = self._action(views.select_all, QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find_action = self._action(find.start, QKeySequence.StandardKey.Find)
        self.clear_find_action = self._action(find.clear, "Esc")
        self.clear_find_action.setEnabled(False)
        self.expand_action = self._action(library.expand_all)
        self.collapse_action = self._action(library.collapse_all)
        self.source_tab_action = self._action(w.show_source_text, "Ctrl+1")
        self.charts_tab_action = self._action(w.show_charts, "Ctrl+2")
        self.about_action = self._action(w.about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self.language_group)  # each language names itself
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_actions[code] = action
        w.addActions([self.clear_find_action])

    def _build_menus(self) -> None:
        w = self.window
        menu_bar = w.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addActions([self.open_action, self.open_folder_action])
        self.recent_menu = self.file_menu.addMenu("")
        w.library.recent.attach(self.recent_menu)
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_table_action, self.export_chart_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu_bar.addMenu("")
        self.edit_menu.addActions([self.copy_action, self.select_all_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.clear_find_action])
        self.view_menu = menu_bar.addMenu("")
        self.view_menu.addActions([self.expand_action, self.collapse_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.source_tab_action, self.charts_tab_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.find_toolbar = QToolBar(w)
        self.find_toolbar.setObjectName("FindToolBar")
        self.find_toolbar.setMovable(False)
        self.find_toolbar.addWidget(w.find_bar.edit)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.find_toolbar)

    def choose_language(self, language: str) -> None:
        """Switch the interface language now, and remember it."""
        i18n.set_language(language)
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        QSettings().setValue(i18n.SETTINGS_KEY, language)

    def retranslate(self) -> None:
        """Every action and menu title, in the current language."""
        texts: list[tuple[QAction, str, str]] = [
            (
                self.open_action,
                self.tr("&Open…"),
                self.tr("Open a report (.json) or a document (.txt, .docx, .pdf, .html)"),
            ),
            (
                self.open_folder_action,
                self.tr("Open &Folder…"),
                self.tr("Import every report file below a folder into the library"),
            ),
            (
                self.save_action,
                self.tr("&Save Report as JSON…"),
                self.tr("Save the current report, e.g. an imported text, as a JSON report"),
            ),
            (
                self.export_table_action,
                self.tr("Export &Table…"),
                self.tr("Save the table of the view in front as CSV or Excel"),
            ),
            (
                self.export_chart_action,
                self.tr("Export &Chart…"),
                self.tr("Save the charts of the view in front as PNG or SVG"),
            ),
            (self.quit_action, self.tr("&Quit"), self.tr("Close workreport")),
            (
                self.copy_action,
                self.tr("&Copy"),
                self.tr(
                    "Copy the selected cells, or the whole table, for a spreadsheet or a document"
                ),
            ),
            (
                self.select_all_action,
                self.tr("Select &All"),
                self.tr("Select every cell of the table in front"),
            ),
            (
                self.find_action,
                self.tr("&Find…"),
                self.tr("Filter the sections and figures of the whole report"),
            ),
            (self.clear_find_action, self.tr("C&lear Find"), self.tr("Show everything again")),
            (self.expand_action, self.tr("&Expand All"), self.tr("Show every section in the tree")),
            (self.collapse_action, self.tr("&Collapse All"), self.tr("Show only the chapters")),
            (
                self.source_tab_action,
                self.tr("Show Source &Text"),
                self.tr("The section's text, figures highlighted"),
            ),
            (
                self.charts_tab_action,
                self.tr("Show C&harts"),
                self.tr("Bar charts of the section's figures"),
            ),
            (self.about_action, self.tr("&About workreport"), self.tr("Version and data source")),
        ]
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.find_toolbar.setWindowTitle(self.tr("Find"))
