"""The reports of the library's store (those added from files) in the tree: at start-up only their
groups, a region's reports when it is opened.

Listing happens after the window is up: a thread asks the store how many reports each level and
region holds (one indexed query, no entry read) and the tree shows the region groups with those
counts; opening a region group lists its years and reports (``Store.entries(level, region)``, a
few ms for a region of hundreds, on the window's thread). A report wanted before its group is
opened — found by Find or Series, typed into the filter, selected when the window last closed —
has its region group listed first. What was selected and opened stays so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workreport.core.store import Store
from workreport.core.store.store import Entry, Group
from workreport.gui.library import STORE_PREFIX
from workreport.gui.store_query import StoreQuestion, StoreQuestions
from workreport.gui.tree.groups import store_level

if TYPE_CHECKING:
    from workreport.gui.main_window import MainWindow
    from workreport.gui.tree.model import SectionTreeModel
    from workreport.gui.tree.node import ReportSource, TreeNode

Pair = tuple[str, str]  # the store's (level, region) of a group of its reports


def group_sources(store: Store, pairs: list[Pair], path: Path) -> list[ReportSource]:
    """The ReportSources of the store's reports added from files of each (level, region)."""
    from workreport.gui.folder_import import report_source

    return [
        report_source(entry, path)
        for level, region in pairs
        for entry in store.entries(level, region)
        if not entry.bundled
    ]


def _lister(path: Path) -> Callable[[list[Pair]], list[ReportSource]]:
    def sources(pairs: list[Pair]) -> list[ReportSource]:
        with Store(path) as store:
            return group_sources(store, pairs, path)

    return sources


def listed_node(model: SectionTreeModel, entry: Entry, path: Path) -> TreeNode:
    """The tree's node of a report of the store, its region group listed first if it is not yet
    (else the report is listed on its own)."""
    from workreport.gui.folder_import import report_source

    source = report_source(entry, path)
    node = model.find_report(source.id)
    if node is None:
        group = model.unlisted_group(entry.level, entry.region)
        if group is not None and model.list_group(group):
            node = model.find_report(source.id)
    return node or model.add_report(source, store_level(entry.level))


def _restored_key(window: MainWindow, path: Path) -> int | None:
    wanted = window.library.restore
    prefix = f"{STORE_PREFIX}{path}:"
    if wanted is None or not wanted[0].startswith(prefix):
        return None
    key = wanted[0].removeprefix(prefix)
    return int(key) if key.isdigit() else None


def list_store(
    window: MainWindow, path: Path | None = None, then: Callable[[str], None] | None = None
) -> StoreQuestion | None:
    """Start listing the store's groups in ``window``'s tree; None when there is no store.
    ``then`` is called with "" once they are in the tree (at once when there is no store), or with
    the one line that says why the store could not be listed."""
    from workreport.gui.folder_import import store_path

    path = path or window.store_path or store_path()
    if not path.exists():
        if then is not None:
            then("")
        return None
    restored = _restored_key(window, path)

    def work(store: Store) -> tuple[list[Group], Entry | None]:
        groups = store.groups(bundled=False)
        return groups, None if restored is None else store.entry(restored)

    task = StoreQuestion(path, work, window)

    def on_listed(answer: tuple[list[Group], Entry | None]) -> None:
        groups, entry = answer
        library = window.library
        library.tree_model.lister = _lister(path)
        library.add_groups([(g.level, g.region, g.count) for g in groups])
        if entry is not None:
            _restore(window, entry, path)
        library.restore = None
        if library.title_filter is None:
            library.title_filter = TitleFilter(window, path)
        library.title_filter.path = path
        listed = sum(g.count for g in groups)
        if listed:
            library.say_listed(listed)

    task.answered.connect(on_listed)
    if then is not None:
        task.answered.connect(lambda _: then(""))  # before the task starts: no answer is missed
        task.failed.connect(then)
    task.failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
    task.start()
    return task


def _restore(window: MainWindow, entry: Entry, path: Path) -> None:
    """Select the report of the store selected when the window last closed, unless the user has
    chosen another meanwhile."""
    library = window.library
    assert library.restore is not None
    _, section, instead = library.restore
    if library.current_node() is not instead:
        return
    library.select_node(listed_node(library.tree_model, entry, path))
    if section:
        library.select_path(section)


class TitleFilter(StoreQuestions):
    """The tree's filter over the titles of the store's reports not listed yet: the region groups
    holding a title with the text typed are listed (asked off the window's thread), then the
    filter is applied again so that they show."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window_, self.path = window, path
        window.find_bar.needleChanged.connect(self.ask_for)
        if window.find_bar.text.strip():
            self.ask_for(window.find_bar.text)

    def ask_for(self, text: str) -> None:
        needle = text.strip().casefold()
        groups = self.window_.library.tree_model.unlisted_groups()
        if not needle or not groups:
            self.forget()
            return
        wanted = [list(group.unlisted or ()) for group in groups]
        path = self.path

        def work(store: Store) -> list[tuple[int, list[ReportSource]]]:
            matched = {(g.level, g.region) for g in store.groups(bundled=False, title=needle)}
            return [
                (number, group_sources(store, pairs, path))
                for number, pairs in enumerate(wanted)
                if matched.intersection(pairs)
            ]

        def answered(found: list[tuple[int, list[ReportSource]]]) -> None:
            library = self.window_.library
            for number, sources in found:
                library.tree_model.list_group(groups[number], sources)
            if found and self.window_.find_bar.text == text.strip():
                library.set_needle(text)  # again: the reports just listed are filtered too

        self.ask(path, work, answered, self._failed)

    def _failed(self, message: str) -> None:
        self.window_.statusBar().showMessage(message, 10000)
