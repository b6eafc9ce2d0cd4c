"""File ▸ Open Folder…: progress, failures listed and exported, reports in the tree as they land,
and Cancel."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.core.store.conftest import write_variants
from workreport.core.store import Store
from workreport.gui.folder_import import start_folder_import
from workreport.gui.main_window import MainWindow


def _listed(window: MainWindow) -> list[str]:
    return [
        node.source.id
        for node in window.library.tree_model.report_nodes()
        if node.source is not None and node.source.id.startswith("store:")
    ]


def test_a_folder_imports_with_progress_and_lists_its_failures(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    files = write_variants(tmp_path / "reports", 3)
    (tmp_path / "reports" / "empty.txt").write_bytes(b"")
    store = tmp_path / "library.sqlite3"
    dialog = start_folder_import(window, tmp_path / "reports", store, workers=1)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.cancel_button.text() == "Close", timeout=120_000)
    assert dialog.bar.value() == dialog.bar.maximum() == 4
    assert dialog.status.text() == "4 of 4 files, 1 failed"
    (failure,) = dialog.failures.stringList()
    assert failure.endswith("empty.txt: the file is empty")
    assert len(_listed(window)) == 3
    node = next(
        n for n in window.library.tree_model.report_nodes() if n.source.id in _listed(window)
    )
    assert window.library.tree_model.ensure_loaded(node)  # loads from the store when first shown
    assert node.report.sections
    with Store(store) as opened:
        assert sorted(Path(e.file).name for e in opened.entries()) == [p.name for p in files]
    out = tmp_path / "failures.csv"
    dialog.export_failures(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "problem"]
    assert rows[1][0].endswith("empty.txt") and rows[1][1] == failure
    dialog.cancel_button.click()  # now Close
    assert not dialog.isVisible()


def test_cancel_stops_the_import_and_keeps_what_landed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    write_variants(tmp_path / "reports", 30)
    store = tmp_path / "library.sqlite3"
    dialog = start_folder_import(window, tmp_path / "reports", store, workers=1)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(_listed(window)) >= 1, timeout=120_000)
    dialog.cancel_button.click()
    assert dialog.status.text().startswith("Cancelling")
    qtbot.waitUntil(dialog.task.isFinished, timeout=120_000)
    with Store(store) as opened:
        kept = len(opened)
    assert 1 <= kept < 30
    qtbot.waitUntil(lambda: len(_listed(window)) == kept)
    dialog.close()
