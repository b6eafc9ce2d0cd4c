"""The Keywords view's inputs: the words, which text is counted, and what the charts show.

Tables show every word; charts show one word at a time (chosen here, the first by default), so
that a chart's bars are one series and a view of many words stays as quick as a view of one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from workreport.core.keywords import CountingRule
from workreport.gui.keywords.words import DEFAULT_WORDS, parse_words


class KeywordControls(QWidget):
    """``changed`` fires once for every edit of the words, the rule or what the charts show."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words_label = QLabel(self)
        self.words_edit = QLineEdit(DEFAULT_WORDS, self)
        self.words_edit.setClearButtonEnabled(True)
        self.words_label.setBuddy(self.words_edit)
        self.rule_label = QLabel(self)
        self.titles_box = QCheckBox(self)
        self.front_matter_box = QCheckBox(self)
        self.body_box = QCheckBox(self)
        for box in (self.titles_box, self.front_matter_box, self.body_box):
            box.setChecked(True)
            box.toggled.connect(self.changed)
        self.chart_label = QLabel(self)
        self.chart_word_box = QComboBox(self)
        self.chart_word_box.setMinimumContentsLength(6)
        self.chart_word_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chart_label.setBuddy(self.chart_word_box)
        self.rates_box = QCheckBox(self)
        self._fill_chart_words()
        self.words_edit.textChanged.connect(self._on_words_changed)
        self.chart_word_box.currentIndexChanged.connect(self.changed)
        self.rates_box.toggled.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words_label)
        layout.addWidget(self.words_edit, 1)
        layout.addSpacing(12)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.titles_box)
        layout.addWidget(self.front_matter_box)
        layout.addWidget(self.body_box)
        layout.addSpacing(12)
        layout.addWidget(self.chart_label)
        layout.addWidget(self.chart_word_box)
        layout.addWidget(self.rates_box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.words_label.setText(self.tr("&Words:"))
        self.words_edit.setPlaceholderText(self.tr("Words to count, separated by spaces or commas"))
        self.words_edit.setToolTip(
            self.tr("Each word is counted as written, without overlap: 新 in 创新 counts")
        )
        self.rule_label.setText(self.tr("Count:"))
        self.titles_box.setText(self.tr("&Titles"))
        self.titles_box.setToolTip(self.tr("The headings of chapters and sections"))
        self.front_matter_box.setText(self.tr("Fro&nt matter"))
        self.front_matter_box.setToolTip(
            self.tr("The headline and the text before the first chapter")
        )
        self.body_box.setText(self.tr("&Body"))
        self.body_box.setToolTip(
            self.tr("The paragraphs of the chapters, the closing and appendices")
        )
        self.chart_label.setText(self.tr("Ch&art:"))
        self.chart_word_box.setToolTip(self.tr("The word the charts show; the tables show all"))
        self.rates_box.setText(self.tr("per 10,000 &characters"))
        self.rates_box.setToolTip(
            self.tr(
                "Chart counts per 10,000 characters of the counted text, so that long and short "
                "sections compare; the tables show both"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_chart_words(self) -> None:
        """The typed words in the chart's list, keeping the one chosen while it is still typed."""
        box = self.chart_word_box
        words = list(self.words())
        if [box.itemText(i) for i in range(box.count())] == words:
            return
        chosen = box.currentText()
        with QSignalBlocker(box):
            box.clear()
            box.addItems(words)
            box.setCurrentIndex(words.index(chosen) if chosen in words else 0 if words else -1)

    def _on_words_changed(self, _text: str) -> None:
        self._fill_chart_words()
        self.changed.emit()

    def words(self) -> tuple[str, ...]:
        return parse_words(self.words_edit.text())

    def chart_word(self) -> str | None:
        """The word the charts show (None when no word is typed)."""
        return self.chart_word_box.currentText() or None

    def rule(self) -> CountingRule:
        return CountingRule(
            titles=self.titles_box.isChecked(),
            front_matter=self.front_matter_box.isChecked(),
            body=self.body_box.isChecked(),
        )

    def rates(self) -> bool:
        return self.rates_box.isChecked()
