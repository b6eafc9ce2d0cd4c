"""Figures as rows, and rows as CSV, XLSX and JSON: pure functions plus atomic writers.

One row per figure, columns :data:`COLUMNS`. CSV is UTF-8 with a BOM so that Excel opens Chinese
intact; XLSX is written by XlsxWriter.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from workreport.core import paths
from workreport.core.model import Report, Section, path_title

COLUMNS: tuple[str, ...] = (
    "section", "label", "value", "unit", "qualifier", "base_value", "base_unit", "dimension", "sentence",
)  # fmt: skip

Row = dict[str, Any]


def figure_rows(report: Report, under: Section | None = None) -> list[Row]:
    """One row per figure of the report (or of one section and below), in reading order."""
    titles = {key: path_title(path) for key, path in report.section_paths().items()}
    pairs = under.all_indicators() if under is not None else report.all_indicators()
    return [
        {
            "section": titles[id(section)],
            "label": indicator.label,
            "value": indicator.value,
            "unit": indicator.unit,
            "qualifier": indicator.qualifier,
            "base_value": indicator.base_value,
            "base_unit": indicator.base_unit,
            "dimension": indicator.dimension,
            "sentence": indicator.sentence,
        }
        for section, indicator in pairs
    ]


def rows_to_csv(rows: list[Row], columns: tuple[str, ...] = COLUMNS) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore"
    )
    writer.writeheader()
    writer.writerows(rows)
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
                value = row.get(name, "")
                if isinstance(value, int | float) and not isinstance(value, bool):
                    worksheet.write_number(row_number, column, value)
                else:
                    text = str(value).encode("utf-8", "replace").decode("utf-8")
                    worksheet.write_string(row_number, column, text)
        worksheet.freeze_panes(1, 0)
        workbook.close()

    paths.write_with(path, write)
