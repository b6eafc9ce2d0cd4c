"""The Save dialog of every export: a path with the suffix of the file type chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def table_filters() -> str:
    return QCoreApplication.translate("SaveDialog", "CSV (*.csv);;Excel workbook (*.xlsx)")


def chart_filters() -> str:
    return QCoreApplication.translate("SaveDialog", "PNG image (*.png);;SVG drawing (*.svg)")


def ask_save_path(
    parent: QWidget,
    title: str,
    name: str,
    filters: str,
    suffixes: tuple[str, ...],
    prefer: str = "",
) -> Path | None:
    """Ask where to save; None when cancelled. A name without one of ``suffixes`` gets the one of
    the filter chosen (``prefer``, e.g. ``.svg``, picks the filter shown first)."""
    chosen_filter = next((f for f in filters.split(";;") if prefer and prefer[1:] in f), "")
    path, chosen = QFileDialog.getSaveFileName(parent, title, name, filters, chosen_filter)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        suffix = next((s for s in suffixes if s[1:] in chosen), suffixes[0])
        target = target.with_suffix(suffix)
    return target
