"""The library's store in the tree: its level and region groups with their counts at start-up,
a region's years and reports when it is opened, and every way to a report of a group not opened
yet (the filter, Find, the report selected when the window closed, a folder imported)."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.core.store.conftest import write_variants
from workreport.core.library import load_bundled
from workreport.core.model import path_title
from workreport.core.store import Store
from workreport.gui.folder_import import start_folder_import
from workreport.gui.main_window import MainWindow
from workreport.gui.store_listing import list_store
from workreport.gui.tree.groups import store_level
from workreport.gui.tree.model import SectionTreeModel
from workreport.gui.tree.node import TreeNode

LEVELS = ("county", "prefectural", "provincial", "")
COUNT = 120
MARKED = 17  # the one report whose title says 特别


def _title(n: int) -> str:
    return f"合成报告{n}特别" if n == MARKED else f"合成报告{n}"


def _pair(n: int) -> tuple[str, str]:
    return LEVELS[n % 4], f"地区{n % 10:02d}"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 synthetic reports (the Zhengzhou report under other names): 20 regions of 6."""
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    base = load_bundled("zhengzhou-hitech-2022")
    with Store(path) as store:
        for n in range(COUNT):
            level, region = _pair(n)
            report = dataclasses.replace(
                base, id=f"synthetic-{n}", title=_title(n), region=region, level=level,
                year=2012 + n % 9,
            )  # fmt: skip
            store.add_report(report, f"sha-{n}")
    return path


def _groups_listed(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    task = list_store(window, path)
    assert task is not None  # it may be done before a wait for its signal begins
    qtbot.waitUntil(lambda: window.library.tree_model.lister is not None, timeout=30_000)
    assert task.wait(10_000)


def _stored(model: SectionTreeModel) -> list[TreeNode]:
    return [n for n in model.report_nodes() if n.source.id.startswith("store:")]


def _region(model: SectionTreeModel, level: str, region: str) -> TreeNode:
    return next(
        g
        for g in model.group_nodes()
        if g.tier == "region" and g.label == region and g.parent.label == store_level(level)
    )


def test_groups_are_listed_with_their_counts_before_any_entry_is_read(
    qtbot, window: MainWindow, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    read: list[tuple[object, ...]] = []
    entries = Store.entries
    monkeypatch.setattr(Store, "entries", lambda self, *a: read.append(a) or entries(self, *a))
    model = window.library.tree_model
    provincial = next(g for g in model.top.children if g.label == "provincial")
    bundled_provincial = provincial.count
    _groups_listed(qtbot, window, library)
    assert read == [] and _stored(model) == []
    expected = Counter(_pair(n) for n in range(COUNT))
    groups = model.unlisted_groups()
    assert {(g.parent.label, g.label): g.count for g in groups} == {
        (store_level(level), region): count for (level, region), count in expected.items()
    }
    assert all(not g.populated and not g.children for g in groups)
    assert provincial.count == bundled_provincial + COUNT // 4  # the bundled ones and the store's
    index = window.library._view_index(groups[0])
    assert window.library.tree_proxy.hasChildren(index)
    assert window.library.tree.isExpanded(window.library._view_index(provincial))
    assert model.data(model.index_of(groups[0])) == f"{groups[0].label} (6)"
    assert window.statusBar().currentMessage() == f"{COUNT} reports of the library listed"
    assert window.library.current_node().source.id == "zhengzhou-hitech-2022"


def test_opening_a_region_lists_its_years_and_reports(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    _groups_listed(qtbot, window, library)
    model = window.library.tree_model
    group = _region(model, "county", "地区00")  # reports 0, 20, …, 100
    numbers = range(0, COUNT, 20)
    level_count = group.parent.count
    started = time.perf_counter()
    window.library.tree.expand(window.library._view_index(group))
    print(f"a region of {len(numbers)} listed in {1000 * (time.perf_counter() - started):.1f} ms")
    years = sorted({2012 + n % 9 for n in numbers}, reverse=True)
    assert [year.label for year in group.children] == [str(year) for year in years]
    assert group.unlisted is None and group.count == len(numbers) == group.parent.count - (
        level_count - len(numbers)
    )
    below = [n for year in group.children for n in year.children]
    assert sorted(n.source.title for n in below) == sorted(
        f"{_title(n)} ({2012 + n % 9})" for n in numbers
    )
    assert sum(year.count for year in group.children) == len(numbers)
    assert not any(n.populated for n in below)  # listed, none loaded
    index = window.library._view_index(group)
    assert window.library.tree_proxy.rowCount(index) == len(years)
    assert len(model.unlisted_groups()) == 19  # the others wait to be opened


def test_the_filter_finds_a_report_of_a_group_not_opened(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    _groups_listed(qtbot, window, library)
    model = window.library.tree_model
    window.find_bar.edit.setText("特别")
    qtbot.waitUntil(lambda: bool(_stored(model)), timeout=30_000)
    QApplication.processEvents()
    (node,) = [n for n in _stored(model) if "特别" in n.source.title]
    assert node.parent.parent is _region(model, *_pair(MARKED))
    assert len(model.unlisted_groups()) == 19  # only the group holding the title was listed
    view = window.library._view_index(node)
    assert view.isValid() and window.library.tree.isExpanded(view.parent())
    assert not node.populated  # found by its title, not loaded
    others = [n for n in _stored(model) if n is not node]
    assert others and not any(window.library._view_index(n).isValid() for n in others)
    window.find_bar.edit.setText("")
    assert all(window.library._view_index(n).isValid() for n in others)


def test_a_filter_that_hides_the_selected_report_can_be_changed(window: MainWindow) -> None:
    window.find_bar.edit.setText("2019年福建")  # the selected report (Zhengzhou's) is hidden
    window.find_bar.edit.setText("福建")  # the report shown last is still the one filtered from
    assert window.library.report_node().source.id == "zhengzhou-hitech-2022"


def test_a_found_sentence_opens_its_report_in_a_group_not_opened(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    _groups_listed(qtbot, window, library)
    model = window.library.tree_model
    window.store_path = library
    panel = window.find_in_library()
    panel.set_phrase("高新区", at_once=True)
    with qtbot.waitSignal(panel.search.done, timeout=60_000):
        pass
    QApplication.processEvents()  # the batches posted before ``done``
    row = panel.model.rows[40]
    with Store(library) as store:
        entry = store.entry(row.key)
    assert entry is not None and model.unlisted_group(entry.level, entry.region) is not None
    panel.show_row(panel.model.index(40, 0))
    node = window.library.report_node()
    assert node.source.id == f"store:{library}:{row.key}"
    group = _region(model, entry.level, entry.region)
    assert node.parent.parent is group and group.unlisted is None and group.count == 6
    assert len(model.unlisted_groups()) == 19
    assert window.detail.source.textCursor().selectedText() == "高新区"


def test_the_store_report_selected_when_the_window_closed_is_selected_again(
    qtbot, window: MainWindow, library: Path
) -> None:  # type: ignore[no-untyped-def]
    section = path_title((load_bundled("zhengzhou-hitech-2022").sections[1],))
    settings = QSettings()
    settings.setValue("library/report", f"store:{library}:{MARKED + 1}")  # keys count from 1
    settings.setValue("library/section", section)
    try:
        window.restore_state(settings)
        _groups_listed(qtbot, window, library)
    finally:
        settings.remove("library")
    node = window.library.current_node()
    assert node.report_node().source.title.startswith(_title(MARKED))
    assert node.section_path() == section
    assert len(window.library.tree_model.unlisted_groups()) == 19


def test_a_folder_import_counts_in_a_closed_group_and_lists_in_an_open_one(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store, folder = tmp_path / "library.sqlite3", tmp_path / "reports"
    with Store(store) as opened:
        for path in write_variants(folder, 2):
            opened.add_file(path)
    _groups_listed(qtbot, window, store)
    model = window.library.tree_model
    group = model.unlisted_group("", "")  # the variants give no level, region or year
    assert group is not None and group.count == 2
    other, other_count = group.parent, group.parent.count

    def imported() -> None:
        dialog = start_folder_import(window, folder, store, workers=1)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.cancel_button.text() == "Close", timeout=120_000)
        QApplication.processEvents()
        dialog.close()

    write_variants(folder, 2, start=2)
    imported()  # the first two again (counted already), two new ones
    assert group.count == 4 and other.count == other_count + 2
    assert group.unlisted is not None and _stored(model) == []
    window.library.tree.expand(window.library._view_index(group))
    assert len(_stored(model)) == 4 and group.count == 4 and other.count == other_count + 2
    write_variants(folder, 1, start=4)
    imported()  # lands in the open group: listed there
    assert len(_stored(model)) == 5 and group.count == 5 and other.count == other_count + 3
    (year,) = group.children
    assert year.count == len(year.children) == 5
    assert all(window.library._view_index(n).isValid() for n in year.children)


def test_then_is_called_once_the_groups_are_in_the_tree_or_at_once_without_a_store(
    qtbot, window: MainWindow, library: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    listed: list[int] = []  # what the tree held when it was called
    model = window.library.tree_model
    task = list_store(window, library, then=lambda _: listed.append(len(model.unlisted_groups())))
    assert task is not None
    qtbot.waitUntil(lambda: listed != [], timeout=30_000)
    assert listed == [20]
    assert list_store(window, tmp_path / "none.sqlite3", then=lambda _: listed.append(-1)) is None
    assert listed == [20, -1]


def test_expand_all_opens_every_group_and_bundled_report_but_loads_no_report_of_the_store(
    qtbot, window: MainWindow, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _groups_listed(qtbot, window, library)
    loaded: list[int] = []
    load = Store.load
    monkeypatch.setattr(Store, "load", lambda self, key: loaded.append(key) or load(self, key))
    window.library.expand_all()
    model, tree = window.library.tree_model, window.library.tree
    assert loaded == [] and len(_stored(model)) == COUNT  # listed, none loaded
    assert all(not n.populated and not tree.isExpanded(window.library._view_index(n))
               for n in _stored(model))  # fmt: skip
    groups = list(model.group_nodes())
    assert all(tree.isExpanded(window.library._view_index(g)) for g in groups)
    bundled = [n for n in model.report_nodes() if not n.source.id.startswith("store:")]
    assert bundled and all(n.populated for n in bundled)
    china = next(n for n in bundled if n.source.id == "china-2025")
    assert tree.isExpanded(window.library._view_index(china))
    chapter = next(c for c in china.children if c.children)
    assert tree.isExpanded(window.library._view_index(chapter))
    message = window.statusBar().currentMessage()
    assert message == f"{COUNT} reports of the library stay closed until opened"
