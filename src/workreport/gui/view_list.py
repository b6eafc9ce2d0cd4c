"""The views of the window, in tab order. To add a view: a widget that is a
:class:`~workreport.gui.view_protocol.WindowView`, and one :class:`ViewSpec` here.

Builders import their view when first called, so that start-up imports only the Figures view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workreport.gui.view_protocol import ViewSpec

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow

FIGURES, KEYWORDS, COMPARE, SERIES = "figures", "keywords", "compare", "series"


def _figures(_window: MainWindow) -> QWidget:
    from workreport.gui.detail.pane import DetailPane

    return DetailPane()


def _keywords(window: MainWindow) -> QWidget:
    from workreport.gui.keywords import KeywordsView

    view = KeywordsView()
    view.occurrenceActivated.connect(window.go_to_text)
    return view


def _compare(_window: MainWindow) -> QWidget:
    from workreport.gui.compare.view import CompareView

    return CompareView()


def _series(window: MainWindow) -> QWidget:
    from workreport.gui.series import SeriesView

    view = SeriesView()
    view.sentenceActivated.connect(window.go_to_text)
    return view


def window_views() -> list[ViewSpec]:
    return [
        ViewSpec(
            FIGURES,
            lambda: QCoreApplication.translate("MainWindow", "&Figures"),
            lambda: QCoreApplication.translate(
                "MainWindow", "The selected section's figures, text and charts"
            ),
            _figures,
        ),
        ViewSpec(
            KEYWORDS,
            lambda: QCoreApplication.translate("MainWindow", "&Keywords"),
            lambda: QCoreApplication.translate(
                "MainWindow", "Count words per section and read them in context"
            ),
            _keywords,
        ),
        ViewSpec(
            COMPARE,
            lambda: QCoreApplication.translate("MainWindow", "Co&mpare"),
            lambda: QCoreApplication.translate(
                "MainWindow", "One figure or target across all reports"
            ),
            _compare,
        ),
        ViewSpec(
            SERIES,
            lambda: QCoreApplication.translate("MainWindow", "&Series"),
            lambda: QCoreApplication.translate(
                "MainWindow", "A target and its outcome year by year, from report to report"
            ),
            _series,
        ),
    ]
