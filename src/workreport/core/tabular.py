"""Tables as text: Chinese number grouping, TSV and HTML. Pure functions, no Qt.

The GUI puts TSV and HTML on the clipboard together: a spreadsheet takes the TSV as cells, a word
processor takes the HTML as a formatted table. Both come from here so that tests can call them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Any

# a table's row: column name → value (the one definition, for every table of the program)
Row = dict[str, Any]

# The grouping Chinese readers expect: 5,820,000,000 is 58.2亿, 350,000 is 35万.
_MAGNITUDES = ((Decimal(10**12), "万亿"), (Decimal(10**8), "亿"), (Decimal(10**4), "万"))


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_number(value: float) -> str:
    """A number as written in a report: no exponent, no float noise (``58.2``, ``1800``)."""
    return _plain(Decimal(repr(value)) if isinstance(value, float) else Decimal(value))


def format_chinese_magnitude(value: float) -> str:
    """``5820000000`` → ``58.2亿``; ``350000`` → ``35万``; ``1800`` → ``1800``; exact, no rounding."""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    for size, name in _MAGNITUDES:
        if abs(exact) >= size:
            return _plain(exact / size) + name
    return _plain(exact)


Cell = str | int | float


def _cell_text(cell: Cell) -> str:
    if isinstance(cell, float | int) and not isinstance(cell, bool):
        return format_number(cell)
    return str(cell)


def to_tsv(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """Tab-separated values with a header row; tabs and line breaks inside cells become spaces."""

    def line(cells: Sequence[Cell]) -> str:
        return "\t".join(
            _cell_text(c).replace("\t", " ").replace("\r", " ").replace("\n", " ") for c in cells
        )

    return "\n".join([line(header), *(line(row) for row in rows)]) + "\n"


def to_html(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    numeric_columns: Sequence[int] = (),
    source: str = "",
) -> str:
    """A complete HTML fragment: a real ``<table>`` with a header row, then a source line.

    Every piece of report text is escaped: a report can say ``<script>`` and it stays text.
    """
    right = set(numeric_columns)

    def cell(tag: str, index: int, content: Cell) -> str:
        style = ' style="text-align:right"' if index in right and tag == "td" else ""
        return f"<{tag}{style}>{escape(_cell_text(content))}</{tag}>"

    head = "".join(cell("th", i, name) for i, name in enumerate(header))
    body = "".join(
        "<tr>" + "".join(cell("td", i, value) for i, value in enumerate(row)) + "</tr>"
        for row in rows
    )
    parts = [
        '<meta charset="utf-8">',
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">',
        f"<thead><tr>{head}</tr></thead>",
        f"<tbody>{body}</tbody>",
        "</table>",
    ]
    if source:
        parts.append(f"<p>{escape(source)}</p>")
    return "\n".join(parts) + "\n"
