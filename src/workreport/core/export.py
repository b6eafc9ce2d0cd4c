"""Rows as CSV, XLSX and JSON: pure functions plus atomic writers.

Figures are exported one row per figure, in the columns of the figure record
(:data:`workreport.core.record.COLUMNS`); a missing value (``high`` of a single figure, ``year`` of
an undated report) is an empty cell in CSV and XLSX and ``null`` in JSON. CSV is UTF-8 with a BOM
so that Excel opens Chinese intact; XLSX is written by XlsxWriter.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from workreport.core import paths
from workreport.core.record import COLUMNS
from workreport.core.tabular import Row


def rows_to_csv(rows: list[Row], columns: tuple[str, ...] = COLUMNS) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore"
    )
    writer.writeheader()
    writer.writerows(
        {key: "" if value is None else value for key, value in row.items()} for row in rows
    )
    return buffer.getvalue()


def rows_to_json(rows: list[Row]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def write_csv(rows: list[Row], path: Path, columns: tuple[str, ...] = COLUMNS) -> None:
    paths.check_output(path)
    # "replace": a lone surrogate in a report built by hand must not stop the file
    paths.write_file(path, rows_to_csv(rows, columns).encode("utf-8-sig", "replace"))


def write_xlsx(
    rows: list[Row], path: Path, columns: tuple[str, ...] = COLUMNS, sheet: str = "figures"
) -> None:
    import xlsxwriter  # only export needs it

    paths.check_output(path)

    def write(temporary: Path) -> None:
        workbook = xlsxwriter.Workbook(
            str(temporary), {"strings_to_numbers": False, "strings_to_urls": False}
        )
        worksheet = workbook.add_worksheet(sheet[:31])
        bold = workbook.add_format({"bold": True})
        for column, name in enumerate(columns):
            worksheet.write_string(0, column, name, bold)
        for row_number, row in enumerate(rows, start=1):
            for column, name in enumerate(columns):
                value = row.get(name)
                if value is None:
                    continue  # an empty cell
                if isinstance(value, int | float) and not isinstance(value, bool):
                    worksheet.write_number(row_number, column, value)
                else:
                    text = str(value).encode("utf-8", "replace").decode("utf-8")
                    worksheet.write_string(row_number, column, text)
        worksheet.freeze_panes(1, 0)
        workbook.close()

    paths.write_with(path, write)
