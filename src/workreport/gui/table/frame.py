"""The figures of a node as a pandas DataFrame, with every cell formatted once, here.

The table model only looks values up: display strings, sort keys and search text are columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workreport.core.english import format_english_magnitude, unit_name
from workreport.core.export import Row
from workreport.core.glossary import label_glosses
from workreport.core.tabular import format_chinese_magnitude, format_number

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the DataFrame column with the raw value (sort key, and what TSV copies)
    display: str  # the DataFrame column with the text shown
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


def columns_for(*, with_gloss: bool, with_section: bool) -> tuple[Column, ...]:
    columns = (COLUMNS[0], GLOSS_COLUMN, *COLUMNS[1:]) if with_gloss else COLUMNS
    return (*columns, SECTION_COLUMN) if with_section else columns


def figure_frame(
    rows: list[Row], section_prefix: str = "", *, english: bool = False
) -> pd.DataFrame:
    """One row per figure, from the core's export rows (which keep exact Python numbers).

    The section column shows paths below ``section_prefix`` (the node the table is for). In
    English, normalised values read ``5.82 billion`` ``yuan`` and labels get their glosses; the
    value and unit as written stay as they are.
    """
    strip = section_prefix + " / " if section_prefix else ""
    magnitude = format_english_magnitude if english else format_chinese_magnitude
    glosses = label_glosses() if english else {}
    import pandas as pd  # kept off the import path of the first paint

    records = [
        {
            **row,
            "value_text": format_number(row["value"]),
            "base_text": magnitude(row["base_value"]),
            "base_unit_text": unit_name(row["base_unit"]) if english else row["base_unit"],
            "gloss": glosses.get(row["label"], ""),
            "section_text": row["section"].removeprefix(strip),
            "search": "\n".join(
                str(row[key]) for key in ("label", "unit", "qualifier", "sentence", "section")
            ).casefold()
            + ("\n" + glosses.get(row["label"], "").casefold() if english else ""),
        }
        for row in rows
    ]
    columns = [
        "label",
        "gloss",
        "value",
        "value_text",
        "unit",
        "qualifier",
        "base_value",
        "base_text",
    ]
    columns += ["base_unit", "base_unit_text", "dimension", "section", "section_text", "sentence"]
    columns += ["search"]
    return pd.DataFrame(records, columns=columns)
