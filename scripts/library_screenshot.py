"""Render the window with a library store listed in the tree and a Find across it, to a PNG.

    .venv/bin/python scripts/library_screenshot.py OUT.png [FIND_TEXT] [--store STORE]
        [--view compare|series]

Without ``--store`` a store is made in a temporary folder from the bundled reports below the
national level, each stored three times, as of its own year and of the two before (so the tree
shows regions with several years); with ``--view`` (Compare or Series across the store instead
of the text) also Henan's report as of 2016–2023 under five made-up regions (合成地区0…4, regions
the bundled reports do not have). The picture is made offscreen, in ``--language`` (zh_CN).
Used to check by eye that the grouped tree, the Find results and the views across the store render.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path


def make_store(path: Path, *, own_regions: bool = False) -> None:
    from workreport.core.errors import ReportError
    from workreport.core.library import bundled_ids, load_bundled
    from workreport.core.store import Store

    with Store(path) as store:
        for report_id in bundled_ids():
            try:
                report = load_bundled(report_id)
            except ReportError:
                continue
            if report.level == "national":
                continue
            for back in range(3):  # the report again, as if of earlier years
                year = (report.year or 2025) - back
                copy = dataclasses.replace(report, id=f"{report_id}-as-{year}", year=year)
                store.add_report(copy, f"{report_id}-{year}")
        henan = load_bundled("henan-2025")
        for n in range(40 if own_regions else 0):  # regions of their own, eight years each
            region, year = f"合成地区{n % 5}", 2016 + n // 5
            copy = dataclasses.replace(henan, id=f"synthetic-{n}", region=region, year=year)
            store.add_report(
                dataclasses.replace(copy, title=f"{year}年{region}政府工作报告"), f"s{n}"
            )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("find", nargs="?", default="营商环境")
    parser.add_argument("--store", type=Path)
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--view", choices=("compare", "series", "keywords"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workreport.core.errors import ReportError
    from workreport.gui import i18n
    from workreport.gui.app import application
    from workreport.gui.chart.export import save_png
    from workreport.gui.library import bundled_sources
    from workreport.gui.main_window import MainWindow
    from workreport.gui.store_listing import list_store

    app = application()
    i18n.set_language(args.language)
    folder = tempfile.TemporaryDirectory()
    store = args.store or Path(folder.name) / "library.sqlite3"
    if args.store is None:
        make_store(store, own_regions=args.view is not None)
    window = MainWindow(bundled_sources())
    window.store_path = store
    window.show()
    task = list_store(window, store)
    if task is not None:
        task.wait()
    app.processEvents()
    window.find_bar.edit.setText(args.find)
    panel = window.find_in_library()
    panel.set_phrase(args.find, at_once=True)
    while panel.search is not None and not panel.search.isFinished():
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    if panel.model.rows:  # the first sentence found, in its report
        panel.table.selectRow(0)
        panel.show_row(panel.model.index(0, 1))
        app.processEvents()
    if args.view == "keywords":  # Keywords ▸ Across the Library, counting the Find text
        window.views.show("keywords")
        keywords = window.keywords
        keywords.controls.words_edit.setText("改革 新")
        keywords.tabs.setCurrentWidget(keywords.library)
        deadline = time.monotonic() + 30  # the typed words are taken after a pause, then counted
        while not keywords.library.table.rows and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
    elif args.view is not None:
        view = window.show_compare() if args.view == "compare" else window.show_series()
        for _ in range(2):  # the store answers (Series: the regions, then the region's reports)
            app.processEvents()
            while view.store.busy():
                app.processEvents()
                time.sleep(0.01)
            app.processEvents()
        view.table.scrollToBottom()  # Compare: the stored regions come after those in memory
        app.processEvents()
    try:
        save_png(window, args.output)
    except ReportError as error:
        sys.stderr.write(f"library_screenshot: {error.message}\n")
        return 2
    finally:
        window.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
