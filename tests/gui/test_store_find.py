"""The library's store in the window: Find across all of its sentences, streamed in batches;
Keywords, Compare and Series across it. (Its tree: test_store_tree.py.)"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from workreport.core.library import load_bundled
from workreport.core.store import Store
from workreport.core.store.queries import find
from workreport.gui.main_window import MainWindow
from workreport.gui.store_find import StoreSearch
from workreport.gui.store_listing import list_store

LEVELS = ("county", "prefectural", "provincial", "")
COUNT = 300


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 300 synthetic reports: the Zhengzhou report under other names, regions, years."""
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    base = load_bundled("zhengzhou-hitech-2022")
    with Store(path) as store:
        for n in range(COUNT):
            report = dataclasses.replace(
                base,
                id=f"synthetic-{n}",
                title=f"合成报告{n}",
                region=f"地区{n % 25:02d}",
                level=LEVELS[n % 4],
                year=2012 + n % 9,
            )
            store.add_report(report, f"sha-{n}")
    return path


def _listed(qtbot, window: MainWindow, library: Path) -> None:  # type: ignore[no-untyped-def]
    task = list_store(window, library)
    assert task is not None  # it may be done before a wait for its signal begins
    qtbot.waitUntil(lambda: bool(window.library.tree_model.unlisted_groups()), timeout=30_000)
    assert task.wait(10_000)


def test_find_streams_every_sentence_of_the_store_in_batches(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    with Store(library) as store:
        expected = sum(len(hit.starts) for hit in find(store, "创新"))
    assert expected > 1000  # more than one batch
    window.store_path = library
    panel = window.find_in_library()
    batches: list[int] = []
    started = time.perf_counter()
    first: list[float] = []

    def on_found(batch: list) -> None:  # type: ignore[type-arg]
        if not first:
            first.append(time.perf_counter() - started)
        batches.append(len(batch))

    panel.set_phrase("创新", at_once=True)
    assert panel.search is not None
    panel.search.found.connect(on_found)
    with qtbot.waitSignal(panel.search.done, timeout=60_000):
        pass
    _deliver_queued()
    assert len(batches) > 2 and sum(batches) == len(panel.model.rows) == expected
    assert len(panel.model.reports) == COUNT
    assert all("创新" in row.sentence for row in panel.model.rows)
    assert panel.status.text() == (
        f"“创新”: {expected} sentences in {COUNT} reports of the library"
    )
    print(f"first results after {1000 * first[0]:.0f} ms, {expected} sentences in all")


def test_typing_on_stops_the_search_under_way(qtbot, window: MainWindow, library: Path) -> None:  # type: ignore[no-untyped-def]
    window.store_path = library
    panel = window.find_in_library()
    panel.set_phrase("创新", at_once=True)
    old = panel.search
    assert isinstance(old, StoreSearch)
    panel.set_phrase("高新区", at_once=True)
    assert old.wait(30_000)  # it stopped (it would take seconds to read every hit)
    with qtbot.waitSignal(panel.search.done, timeout=60_000):
        pass
    _deliver_queued()
    assert panel.model.rows and all("高新区" in row.sentence for row in panel.model.rows)
    panel.set_phrase("")
    assert panel.isHidden() and not panel.model.rows


def test_a_found_sentence_opens_its_report_at_the_place(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    window.store_path = library
    panel = window.find_in_library()
    panel.set_phrase("高新区", at_once=True)
    with qtbot.waitSignal(panel.search.done, timeout=60_000):
        pass
    _deliver_queued()
    row = panel.model.rows[5]
    panel.show_row(panel.model.index(5, 0))
    node = window.library.report_node()
    assert node.source.id == f"store:{library}:{row.key}" and node.parent.label
    assert window.report.title == row.title
    cursor = window.detail.source.textCursor()
    assert cursor.selectedText() == "高新区"


def test_without_a_library_find_shows_no_list(window: MainWindow, tmp_path: Path) -> None:
    window.store_path = tmp_path / "none.sqlite3"
    window.find_bar.edit.setText("创新")
    panel = window.find_in_library()
    panel.set_phrase("创新", at_once=True)
    assert panel.isHidden() and panel.search is None
    assert not (tmp_path / "none.sqlite3").exists()


def test_keywords_across_the_library_are_counted_in_the_store(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    from workreport.core.store.queries import GroupBy
    from workreport.core.views.keywords import count_key, report_rows
    from workreport.gui.keywords.view import LIBRARY_TAB

    view = window.show_keywords()
    view.library.store_path = library
    view.tabs.setCurrentIndex(LIBRARY_TAB)
    view.controls.words_edit.setText("改革 创新")
    qtbot.waitUntil(lambda: view.library.table.table_model.rowCount() == COUNT, timeout=30_000)
    rows = view.library.table.table_model.rows
    (one,) = report_rows(
        [load_bundled("zhengzhou-hitech-2022")], ["改革", "创新"], view.controls.rule()
    )
    assert all(row[count_key("创新")] == one[count_key("创新")] > 0 for row in rows)
    assert view.library.header.text().startswith(f"{COUNT} reports of the library\n")
    view.library.by.setCurrentIndex(view.library.by.findData(GroupBy.LEVEL))
    qtbot.waitUntil(lambda: view.library.table.table_model.rowCount() == 4, timeout=30_000)
    by_level = {row["level"]: row[count_key("创新")] for row in view.library.table.table_model.rows}
    assert by_level == {level: one[count_key("创新")] * COUNT // 4 for level in LEVELS}


def test_compare_and_series_do_not_load_the_whole_store(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    _listed(qtbot, window, library)
    for group in window.library.tree_model.unlisted_groups():
        window.library.tree_model.list_group(group)
    window.show_compare()
    window.show_series()
    stored = [
        n for n in window.library.tree_model.report_nodes() if n.source.id.startswith("store:")
    ]
    assert len(stored) == COUNT and not any(n.populated for n in stored)


def test_a_sentence_of_a_bundled_report_opens_the_bundled_entry(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "library.sqlite3"
    base = load_bundled("zhengzhou-hitech-2022")
    with Store(path) as store:
        store.add_report(base, "bundled-sha", bundled=True)
        store.add_report(dataclasses.replace(base, id="added", title="另一份"), "added-sha")
    window.store_path = path
    panel = window.find_in_library()
    panel.set_phrase("高新区", at_once=True)
    with qtbot.waitSignal(panel.search.done, timeout=60_000):
        pass
    _deliver_queued()
    assert {row.title for row in panel.model.rows} == {base.title, "另一份"}
    listed = len(window.library.tree_model.report_nodes())
    bundled_row = next(n for n, row in enumerate(panel.model.rows) if row.title == base.title)
    panel.show_row(panel.model.index(bundled_row, 0))
    assert window.library.report_node().source.id == "zhengzhou-hitech-2022"
    assert len(window.library.tree_model.report_nodes()) == listed
    added_row = next(n for n, row in enumerate(panel.model.rows) if row.title == "另一份")
    panel.show_row(panel.model.index(added_row, 0))
    assert window.library.report_node().source.id.startswith("store:")
    assert len(window.library.tree_model.report_nodes()) == listed + 1


def _deliver_queued() -> None:
    """Run the window's thread's queued calls: ``done`` reaches the wait above straight from the
    search's thread, the batches posted before it reach the panel through the window's queue."""
    QApplication.processEvents()
