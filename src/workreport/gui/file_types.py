"""What File ▸ Open offers: every format the app reads (the format is then read from the
content, so a mislabelled file still opens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workreport.core.sources import SUFFIXES


def open_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    translate = QCoreApplication.translate
    return ";;".join(
        [
            translate("FileTypes", "Reports and documents ({patterns})").format(patterns=patterns),
            translate("FileTypes", "Word documents (*.docx)"),
            translate("FileTypes", "PDF documents (*.pdf)"),
            translate("FileTypes", "Web pages (*.html *.htm)"),
            translate("FileTypes", "Texts (*.txt)"),
            translate("FileTypes", "JSON reports (*.json)"),
            translate("FileTypes", "All files (*)"),
        ]
    )
