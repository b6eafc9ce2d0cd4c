"""The figures of a node as a table of columns, with every cell formatted once, here.

The table model only looks values up: display strings, sort keys and search text are columns of
a :class:`FigureTable`, made from the core's export rows as they are first shown. It is plain
Python, so that the first table paints without pandas, which takes longer to import than the
rest of the window takes to appear; :meth:`FigureTable.frame` (and :func:`figure_frame`) give
the same columns as a pandas DataFrame, for whoever wants one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workreport.core.english import format_english_magnitude, unit_name
from workreport.core.glossary import label_glosses
from workreport.core.record import COLUMNS as RECORD_COLUMNS
from workreport.core.tabular import Row, format_chinese_magnitude, format_number

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the column with the raw value (sort key, and what TSV copies)
    display: str  # the column with the text shown
    numeric: bool = False

    sort: str = ""  # the column sorted by, when not ``key`` (one without blanks)


COLUMNS: tuple[Column, ...] = (
    Column("label", "label"),
    Column("value", "value_text", numeric=True),
    Column("high", "high_text", numeric=True, sort="high_sort"),  # 5.5 in 5.0%—5.5%
    Column("unit", "unit"),
    Column("qualifier", "qualifier"),
    Column("bound", "bound_text"),
    Column("direction", "direction_text"),
    Column("kind", "kind_text"),
    Column("target", "target_text"),
    Column("base_value", "base_text", numeric=True),
    Column("base_unit", "base_unit_text"),
)
GLOSS_COLUMN = Column("gloss", "gloss")  # English labels, in the English interface
SECTION_COLUMN = Column("section", "section_text")
# hidden until the user shows them (the header's context menu): the qualifier words say as much
HIDDEN_BY_DEFAULT = frozenset(("bound", "direction", "kind"))
# the words of the coded columns, by code: ``{"kind": {"growth": "增长", …}, …}``
Words = dict[str, dict[str, str]]
_WORDED = {"bound_text": "bound", "direction_text": "direction", "kind_text": "kind"}

# every column of a FigureTable, in order
FRAME_COLUMNS: tuple[str, ...] = (
    "label", "gloss", "value", "value_text", "high", "high_text", "unit", "qualifier", "bound",
    "bound_text", "direction", "direction_text", "kind", "kind_text", "target", "target_text",
    "base_value", "base_text", "base_unit", "base_unit_text", "dimension", "section",
    "section_text", "sentence", "search",
)  # fmt: skip
# columns that are the figure records' own values
_FROM_ROW = frozenset(RECORD_COLUMNS)
_SEARCHED = ("label", "unit", "qualifier", "sentence", "section")


def columns_for(*, with_gloss: bool, with_section: bool) -> tuple[Column, ...]:
    columns = (COLUMNS[0], GLOSS_COLUMN, *COLUMNS[1:]) if with_gloss else COLUMNS
    return (*columns, SECTION_COLUMN) if with_section else columns


BLOCK = 128  # rows whose numbers are formatted together, when the first of them is shown


class FigureTable:
    """The columns of :data:`FRAME_COLUMNS` over the core's export rows, made as they are needed.

    A cell is looked up in its row (``label``, ``value`` …) or made from it (``value_text`` …)
    when it is first shown; numbers, formatted with exact decimal arithmetic (which is slow), are
    formatted a block of rows at a time and kept. Whole columns are made on request, and kept:
    the search text when a filter first asks for it, everything when the table is copied. So a
    table of 10,000 figures costs what its first screen costs until someone scrolls, finds or
    copies.
    """

    def __init__(
        self,
        rows: list[Row],
        section_prefix: str = "",
        *,
        english: bool = False,
        words: Words | None = None,
    ) -> None:
        self._rows = rows
        self._words = words or {}
        self._strip = section_prefix + " / " if section_prefix else ""
        self._english = english
        self._magnitude = format_english_magnitude if english else format_chinese_magnitude
        self._glosses = label_glosses() if english else {}
        self._numbers: dict[str, list[str | None]] = {
            "value_text": [None] * len(rows),
            "base_text": [None] * len(rows),
        }
        self._blocks_done = [False] * -(-len(rows) // BLOCK)
        self._sections: dict[str, str] = {}  # section path → what the section column shows
        self._columns: dict[str, list[Any]] = {}  # whole columns made so far

    def __len__(self) -> int:
        return len(self._rows)

    def cell(self, name: str, row: int) -> Any:
        """One cell of column ``name``, made (and for numbers, kept) if it never was."""
        if name in _FROM_ROW:
            return self._rows[row][name]
        numbers = self._numbers.get(name)
        if numbers is not None:
            text = numbers[row]
            if text is None:
                self._format_block(row // BLOCK)
                text = numbers[row]
            return text
        made = self._columns.get(name)
        if made is not None:
            return made[row]
        if name == "search":  # a filter asks for every row: make the column once
            return self.column(name)[row]
        return self._derive(name, self._rows[row])

    def _derive(self, name: str, row: Row) -> Any:
        if name == "section_text":
            section: str = row["section"]
            shown = self._sections.get(section)
            if shown is None:
                shown = self._sections[section] = section.removeprefix(self._strip)
            return shown
        if name == "gloss":
            return self._glosses.get(row["label"], "")
        worded = _WORDED.get(name)
        if worded is not None:
            code: str = row[worded]
            return self._words.get(worded, {}).get(code, code)
        if name == "high_text":
            return "" if row["high"] is None else format_number(row["high"])
        if name == "high_sort":  # blanks first, as the smallest number
            return float("-inf") if row["high"] is None else row["high"]
        if name == "target_text":
            return self._words.get("target", {}).get("yes", "yes") if row["target"] else ""
        if name == "base_unit_text":
            return unit_name(row["base_unit"]) if self._english else row["base_unit"]
        if name == "search":  # label, unit, qualifier, sentence, section (and gloss), folded
            text = "\n".join(str(row[key]) for key in _SEARCHED)
            if self._english:
                text += "\n" + self._glosses.get(row["label"], "")
            return text.casefold()
        raise KeyError(name)

    def column(self, name: str) -> list[Any]:
        """A whole column, every cell of it made."""
        made = self._columns.get(name)
        if made is None:
            if name in self._numbers:
                for block, done in enumerate(self._blocks_done):
                    if not done:
                        self._format_block(block)
                made = self._numbers[name]
            elif name in _FROM_ROW:
                made = [row[name] for row in self._rows]
            else:
                made = [self._derive(name, row) for row in self._rows]
            self._columns[name] = made
        return made

    def sample(self, name: str, limit: int) -> list[Any]:
        """At most ``limit`` cells of a column, evenly spaced (all of them in a small table)."""
        if name in self._columns or len(self._rows) <= limit:
            return self.column(name)
        step = len(self._rows) / limit
        return [self.cell(name, int(i * step)) for i in range(limit)]

    def format_base_value(self, value: float) -> str:
        """A normalised value as the ``base_text`` column shows it (``58.2亿``)."""
        return str(self._magnitude(value))

    def _format_block(self, block: int) -> None:
        start, end = block * BLOCK, min((block + 1) * BLOCK, len(self._rows))
        texts, base_texts = self._numbers["value_text"], self._numbers["base_text"]
        for row in range(start, end):
            texts[row] = format_number(self._rows[row]["value"])
            base_texts[row] = self._magnitude(self._rows[row]["base_value"])
        self._blocks_done[block] = True

    def frame(self) -> pd.DataFrame:
        """The table as a pandas DataFrame (which imports pandas: not on the way to a paint)."""
        import pandas as pd

        return pd.DataFrame({key: self.column(key) for key in FRAME_COLUMNS})


def figure_table(
    rows: list[Row], section_prefix: str = "", *, english: bool = False, words: Words | None = None
) -> FigureTable:
    """One row per figure, from the core's export rows (which keep exact Python numbers).

    The section column shows paths below ``section_prefix`` (the node the table is for). In
    English, normalised values read ``5.82 billion`` ``yuan`` and labels get their glosses; the
    value and unit as written stay as they are.
    """
    return FigureTable(rows, section_prefix, english=english, words=words)


def figure_frame(
    rows: list[Row], section_prefix: str = "", *, english: bool = False
) -> pd.DataFrame:
    """:func:`figure_table` as a pandas DataFrame."""
    return figure_table(rows, section_prefix, english=english).frame()
