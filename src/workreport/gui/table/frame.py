"""The figures of a node as a table of columns, with every cell formatted once, here.

The table model only looks values up: display strings, sort keys and search text are columns.
They are plain lists (:class:`FigureTable`), so that the first table paints without pandas, which
takes longer to import than the rest of the window takes to appear; :meth:`FigureTable.frame`
(and :func:`figure_frame`) give the same columns as a pandas DataFrame for whoever wants one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workreport.core.english import format_english_magnitude, unit_name
from workreport.core.export import Row
from workreport.core.glossary import label_glosses
from workreport.core.tabular import format_chinese_magnitude, format_number

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the column with the raw value (sort key, and what TSV copies)
    display: str  # the column with the text shown
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("label", "label"),
    Column("value", "value_text", numeric=True),
    Column("unit", "unit"),
    Column("qualifier", "qualifier"),
    Column("base_value", "base_text", numeric=True),
    Column("base_unit", "base_unit_text"),
)
GLOSS_COLUMN = Column("gloss", "gloss")  # English labels, in the English interface
SECTION_COLUMN = Column("section", "section_text")

# every column of a FigureTable, in order
FRAME_COLUMNS: tuple[str, ...] = (
    "label", "gloss", "value", "value_text", "unit", "qualifier", "base_value", "base_text",
    "base_unit", "base_unit_text", "dimension", "section", "section_text", "sentence", "search",
)  # fmt: skip
_RAW = ("label", "value", "unit", "qualifier", "base_value", "base_unit", "dimension", "section")
_SEARCHED = ("label", "unit", "qualifier", "sentence", "section")
_FORMATTED = ("value_text", "base_text")  # formatted a block of rows at a time, when shown


def columns_for(*, with_gloss: bool, with_section: bool) -> tuple[Column, ...]:
    columns = (COLUMNS[0], GLOSS_COLUMN, *COLUMNS[1:]) if with_gloss else COLUMNS
    return (*columns, SECTION_COLUMN) if with_section else columns


BLOCK = 128  # rows formatted together, when the first of them is asked for


class FigureTable:
    """The columns of :data:`FRAME_COLUMNS` as plain lists, one item per figure.

    Numbers are formatted (with exact decimal arithmetic, which is slow) a block of rows at a
    time, the first time a row of the block is shown, and never again; the search text is made
    the first time a filter asks for it. So a table of 10,000 figures costs what its first screen
    costs until someone scrolls, finds or copies.
    """

    def __init__(self, rows: list[Row], section_prefix: str = "", *, english: bool = False) -> None:
        strip = section_prefix + " / " if section_prefix else ""
        self._rows = rows
        self._english = english
        self._magnitude = format_english_magnitude if english else format_chinese_magnitude
        glosses = label_glosses() if english else {}
        columns: dict[str, list[Any]] = {key: [row[key] for row in rows] for key in _RAW}
        columns["sentence"] = [row["sentence"] for row in rows]
        columns["base_unit_text"] = (
            [unit_name(unit) for unit in columns["base_unit"]] if english else columns["base_unit"]
        )
        columns["gloss"] = [glosses.get(label, "") for label in columns["label"]]
        columns["section_text"] = [section.removeprefix(strip) for section in columns["section"]]
        columns["value_text"] = [None] * len(rows)
        columns["base_text"] = [None] * len(rows)
        self._columns = columns
        self._blocks_done = [False] * -(-len(rows) // BLOCK)
        self._search: list[str] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def cell(self, name: str, row: int) -> Any:
        """One cell, formatted now if it never was."""
        value = self._columns[name][row]
        if value is None:
            self._format_block(row // BLOCK)
            value = self._columns[name][row]
        return value

    def column(self, name: str) -> list[Any]:
        """A whole column, every cell of it formatted."""
        if name == "search":
            return self.search()
        if name in _FORMATTED:
            for block, done in enumerate(self._blocks_done):
                if not done:
                    self._format_block(block)
        return self._columns[name]

    def raw_column(self, name: str) -> list[Any]:
        """A column as it stands: its cells in :data:`_FORMATTED` columns are ``None`` until
        :meth:`cell` or :meth:`column` formats them."""
        return self._columns[name]

    def format_base_value(self, value: float) -> str:
        """A normalised value as the ``base_text`` column shows it (``58.2亿``)."""
        return str(self._magnitude(value))

    def _format_block(self, block: int) -> None:
        start, end = block * BLOCK, min((block + 1) * BLOCK, len(self._rows))
        values, texts = self._columns["value"], self._columns["value_text"]
        base_values, base_texts = self._columns["base_value"], self._columns["base_text"]
        for row in range(start, end):
            texts[row] = format_number(values[row])
            base_texts[row] = self._magnitude(base_values[row])
        self._blocks_done[block] = True

    def search(self) -> list[str]:
        """Each figure's label, unit, qualifier, sentence and section (and gloss), case-folded."""
        if self._search is None:
            search = [
                "\n".join(str(row[key]) for key in _SEARCHED).casefold() for row in self._rows
            ]
            if self._english:
                glosses = self._columns["gloss"]
                search = [
                    f"{text}\n{gloss.casefold()}"
                    for text, gloss in zip(search, glosses, strict=True)
                ]
            self._search = search
        return self._search

    def frame(self) -> pd.DataFrame:
        """The table as a pandas DataFrame (which imports pandas: not on the way to a paint)."""
        import pandas as pd

        return pd.DataFrame({key: self.column(key) for key in FRAME_COLUMNS})


def figure_table(
    rows: list[Row], section_prefix: str = "", *, english: bool = False
) -> FigureTable:
    """One row per figure, from the core's export rows (which keep exact Python numbers).

    The section column shows paths below ``section_prefix`` (the node the table is for). In
    English, normalised values read ``5.82 billion`` ``yuan`` and labels get their glosses; the
    value and unit as written stay as they are.
    """
    return FigureTable(rows, section_prefix, english=english)


def figure_frame(
    rows: list[Row], section_prefix: str = "", *, english: bool = False
) -> pd.DataFrame:
    """:func:`figure_table` as a pandas DataFrame."""
    return figure_table(rows, section_prefix, english=english).frame()
