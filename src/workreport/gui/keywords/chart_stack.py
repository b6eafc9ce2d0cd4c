"""Bar charts stacked in a scroll area, each under its title, reused from one update to the next.

pyqtgraph is imported when the first chart is made (``gui.detail.charts`` imports it), not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from workreport.gui.detail.charts import BarChart, ChartData


class ChartStack(QScrollArea):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)  # bar labels of 14 characters and a readable bar beside them
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self.empty_label = QLabel(self._content)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.titles: list[QLabel] = []
        self.charts: list[BarChart] = []

    def set_charts(self, data: list[ChartData], empty_text: str = "") -> None:
        """Show one chart per item, in order; ``empty_text`` when there is none."""
        from workreport.gui.detail.charts import BarChart  # imports pyqtgraph

        self._content.setUpdatesEnabled(False)
        try:
            while len(self.charts) > len(data):
                for widget in (self.titles.pop(), self.charts.pop()):
                    self._layout.removeWidget(widget)
                    widget.hide()
                    widget.deleteLater()
            for i, chart_data in enumerate(data):
                if i < len(self.charts):
                    self.titles[i].setText(chart_data.title)
                    self.charts[i].set_data(chart_data)
                    continue
                title = QLabel(chart_data.title, self._content)
                title.setTextFormat(Qt.TextFormat.PlainText)
                title.setWordWrap(True)
                bold = title.font()
                bold.setBold(True)
                title.setFont(bold)
                chart = BarChart(chart_data, self._content)
                self._layout.insertWidget(1 + 2 * i, title)
                self._layout.insertWidget(2 + 2 * i, chart)
                self.titles.append(title)
                self.charts.append(chart)
            self.empty_label.setText(empty_text)
            self.empty_label.setVisible(not data)
        finally:
            self._content.setUpdatesEnabled(True)
