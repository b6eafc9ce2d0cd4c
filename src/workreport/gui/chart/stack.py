"""The one chart container: bar charts stacked in a scroll area, each under its title.

Every view charts through it (Figures, Keywords, Compare). It costs nothing while hidden: charts
given to it then are drawn when it is shown. A chart is made (a pyqtgraph plot costs 10–20 ms, and
the first imports pyqtgraph) when it first comes into view, and then kept for later charts; until
then a placeholder of its height holds its place, and a chart scrolled out of view draws its new
bars when it comes back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from workreport.gui.chart.data import ChartData, chart_height

if TYPE_CHECKING:
    from workreport.gui.chart.bars import BarChart


class _Placeholder(QWidget):
    """Holds a chart's place (its height) until the chart is scrolled into view."""

    def __init__(self, stack: ChartStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._stack = stack

    def paintEvent(self, event: Any) -> None:  # in view before the stack noticed: make it
        QTimer.singleShot(0, self._stack, self._stack.realize_visible)


class _Slot:
    """One chart's place in the stack: its title, and its chart once made."""

    def __init__(self, title: QLabel, placeholder: _Placeholder) -> None:
        self.title = title
        self.placeholder = placeholder
        self.chart: BarChart | None = None
        self.data: ChartData | None = None

    @property
    def widget(self) -> QWidget:
        return self.chart if self.chart is not None else self.placeholder


class ChartStack(QScrollArea):
    """Charts of :class:`ChartData`, in order; ``empty_text`` stands in when there are none."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)  # bar labels of 14 characters and a readable bar beside them
        self._given: list[ChartData] = []
        self._empty_text = ""
        self._stale = False
        self._slots: list[_Slot] = []  # made so far; the first len(self._data) are in use
        self._data: list[ChartData] = []
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._empty = QLabel(self._content)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.hide()
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.verticalScrollBar().valueChanged.connect(self.realize_visible)

    # --- what it shows --------------------------------------------------------------------------

    def set_charts(self, data: list[ChartData], empty_text: str = "") -> None:
        """Show these charts (drawn now if the stack is shown, else when it is)."""
        self._given, self._empty_text, self._stale = list(data), empty_text, True
        if self.isVisible():
            self.rebuild()

    @property
    def stale(self) -> bool:
        """Whether the charts shown are not yet those last set."""
        return self._stale

    @property
    def empty_text(self) -> str:
        return self._empty.text()

    def chart_data(self) -> list[ChartData]:
        """What each chart shows, in order, whether made or not."""
        return list(self._given)

    @property
    def titles(self) -> list[QLabel]:
        self._rebuild_if_stale()
        return [slot.title for slot in self._slots[: len(self._data)]]

    @property
    def charts(self) -> list[BarChart]:
        """Every chart, in order (made now, those not yet in view included)."""
        self._rebuild_if_stale()
        self._realize(range(len(self._data)))
        return [slot.chart for slot in self._slots[: len(self._data)] if slot.chart is not None]

    def first_chart(self) -> BarChart | None:
        """The first chart, if it is made (it is, when the top of the stack is in view)."""
        return self._slots[0].chart if self._data and self._slots[0].chart is not None else None

    def widget(self) -> QWidget:
        """The content, with every chart made and drawn: what Export Chart writes."""
        self.charts  # noqa: B018  # makes them
        content = super().widget()
        assert content is not None
        return content

    # --- drawing --------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._rebuild_if_stale()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.realize_visible()

    def _rebuild_if_stale(self) -> None:
        if self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        self._stale = False
        data = self._data = self._given
        self._content.setUpdatesEnabled(False)
        try:
            while len(self._slots) < len(data):
                self._add_slot()
            for slot, chart_data in zip(self._slots, data, strict=False):
                slot.data = chart_data
                slot.title.setText(chart_data.title)
                slot.placeholder.setFixedHeight(chart_height(chart_data))
                if slot.chart is not None:
                    slot.chart.set_data_later(chart_data)
                slot.title.show()
                slot.widget.show()
            for slot in self._slots[len(data) :]:
                slot.title.hide()
                slot.widget.hide()
            self._empty.setText(self._empty_text)
            self._empty.setVisible(not data and bool(self._empty_text))
            self._realize(self._in_view(estimated=True))
        finally:
            self._content.setUpdatesEnabled(True)
        self._settle()

    def realize_visible(self) -> None:
        """Make and draw the charts now in view (before they paint, so that they paint once)."""
        in_view = self._in_view(estimated=False)
        if any(self._unfinished(i) for i in in_view):
            self._realize(in_view)
            self._settle()

    def _unfinished(self, index: int) -> bool:
        chart = self._slots[index].chart
        return chart is None or chart.pending

    def _in_view(self, *, estimated: bool) -> list[int]:
        """The charts in (or partly in) view: from the layout, or, before it has placed them,
        from their heights."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        spacing = self._layout.spacing()
        y = self._layout.contentsMargins().top()
        shown = []
        for i, slot in enumerate(self._slots[: len(self._data)]):
            if estimated:
                start = y
                y += slot.title.sizeHint().height() + spacing + chart_height(self._data[i])
                end, y = y, y + spacing
            else:
                start, end = slot.title.y(), slot.widget.geometry().bottom()
            if start < bottom and end > top:
                shown.append(i)
        return shown

    def _realize(self, indexes: Iterable[int]) -> None:
        """Make the charts at ``indexes`` (where not made yet) and draw their bars."""
        for i in indexes:
            slot = self._slots[i]
            assert slot.data is not None
            if slot.chart is None:
                from workreport.gui.chart.bars import BarChart  # imports pyqtgraph

                chart = BarChart(slot.data, self._content)
                self._layout.replaceWidget(slot.placeholder, chart)
                slot.placeholder.hide()
                slot.chart = chart
                chart.show()
            slot.chart.draw_pending()

    def _add_slot(self) -> None:
        title = QLabel(self._content)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        placeholder = _Placeholder(self, self._content)
        position = self._layout.count() - 1  # before the stretch
        self._layout.insertWidget(position, title)
        self._layout.insertWidget(position + 1, placeholder)
        self._slots.append(_Slot(title, placeholder))

    def _settle(self) -> None:
        """Lay out, and move the plots to their new ranges, now rather than while painting.

        Left to the event loop, the layouts of the charts (and of the pane around them) settle
        over several rounds, each asking for the next (chart, content, scroll area), and
        pyqtgraph moves its items to a new range just before painting them: the window would
        paint once per round, and each chart twice.
        """
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # show or hide scroll bars
        for slot in self._slots[: len(self._data)]:
            if slot.chart is not None and not slot.chart.pending:
                slot.chart.settle()
