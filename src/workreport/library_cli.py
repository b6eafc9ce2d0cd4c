"""``workreport library …``: a folder of reports into the store, listed, exported; and
``workreport keywords WORD… --across all``, counted in the store.

Every command takes ``--store FILE`` (default: the user's data folder, or ``$WORKREPORT_DATA``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workreport.cli_words import rule_line
from workreport.core import export
from workreport.core.errors import ReportError
from workreport.core.jsonformat import write_atomically
from workreport.core.keywords import CountingRule
from workreport.core.store.location import EXPORT_FORMATS

if TYPE_CHECKING:  # the store (SQLite, the importer) is loaded when a library command runs
    from workreport.core.store import Entry, Store
    from workreport.core.store.folder import Outcome, Progress

STORE_HELP = "the library's store (default: library.sqlite3 in the user's data folder)"


def add_parser(commands: Any) -> None:
    """Add ``library`` and its subcommands to the ``workreport`` parser's subcommands."""
    library = commands.add_parser("library", help="a library of many reports: add, list, export")
    library.add_argument("--store", type=Path, metavar="FILE", help=STORE_HELP)
    actions = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="import every report file below a folder (.txt .docx .pdf .html .json)"
    )
    add.add_argument("folder", type=Path, metavar="FOLDER")
    add.add_argument("--workers", type=int, metavar="N", help="processes (default: one per core)")
    add.add_argument(
        "--failures", type=Path, metavar="FILE.csv", help="write the files that failed, and why"
    )
    listing = actions.add_parser("list", help="the reports in the library")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    exp = actions.add_parser("export", help="every figure of the library, one row each")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)


def _out(text: str) -> None:
    if sys.stdout is not None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()


def progress_printer(stream: Any = None) -> Callable[[Outcome, Progress], None]:
    """Print progress on one updated line of stderr, and each failure on a line of its own."""
    out = stream if stream is not None else sys.stderr
    last = [0.0]

    def show(outcome: Outcome, progress: Progress) -> None:
        if out is None:
            return
        if outcome.error:
            out.write(f"\r\033[Kfailed: {outcome.error}\n")
        now = time.monotonic()
        if outcome.error or now - last[0] > 0.2 or progress.done == progress.total:
            last[0] = now
            out.write(f"\r\033[K{progress.line()}")
            if progress.done == progress.total:
                out.write("\n")
            out.flush()

    return show


def run(args: argparse.Namespace) -> int:
    from workreport.core.store import Store
    from workreport.core.store.export import export_figures

    with Store(args.store) as store:
        if args.action == "add":
            return _add(store, args.folder, args.workers, args.failures)
        if args.action == "list":
            _list(store, args.format)
        else:
            count = export_figures(store, args.output, args.format)
            sys.stderr.write(f"{args.output}: {count} figures\n")
    return 0


def _add(store: Store, folder: Path, workers: int | None, failures: Path | None) -> int:
    from workreport.core.store.folder import failures_csv, import_files, report_files

    files = report_files(folder)
    started = time.monotonic()
    outcomes = import_files(store, files, workers=workers, on_outcome=progress_printer())
    failed = [o for o in outcomes if o.error]
    imported = sum(o.imported for o in outcomes)
    sys.stderr.write(
        f"{folder}: {len(files)} files, {imported} imported, "
        f"{len(outcomes) - imported - len(failed)} unchanged, {len(failed)} failed, "
        f"in {time.monotonic() - started:.1f} s; {len(store)} reports in {store.path}\n"
    )
    if failures is not None:
        write_atomically(failures, failures_csv(outcomes).encode("utf-8"))
    return 0


_LEVELS = ("national", "provincial", "prefectural", "county", "zone", "")


def _order(entry: Entry) -> tuple[int, str, int, str, str]:
    level = _LEVELS.index(entry.level) if entry.level in _LEVELS else len(_LEVELS)
    return (level, entry.region, entry.year or 0, entry.file, entry.id)


def _list(store: Store, fmt: str) -> None:
    """By level, region, year, then file (workers import in no fixed order)."""
    entries = sorted(store.entries(), key=_order)
    if fmt == "json":
        records = [
            {"report": e.id, "title": e.title, "region": e.region, "level": e.level,
             "year": e.year, "date": e.date, "file": e.file}
            for e in entries
        ]  # fmt: skip
        _out(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return
    lines = [
        f"{e.level or '-':<12} {e.year or '':>4}  {e.region or '-'}  {e.title}"
        + (f"  ({e.file})" if e.file else "")
        for e in entries
    ]
    _out("\n".join(lines) + ("\n" if lines else ""))


# the rows of ``--across LEVEL`` (commands/keywords_across.py), with the file and level
ACROSS_COLUMNS = ("report", "title", "file", "region", "level", "year", "word", "count")


def keywords_across(
    words: list[str], rule: CountingRule, by: str, fmt: str, rates: bool, store_path: Path | None
) -> None:
    """``keywords WORD… --across all``: one row per report (or year, level, region) and word,
    over every report of the store, the bundled ones included."""
    from workreport.core.store import Store
    from workreport.core.store.bundled import ensure_bundled
    from workreport.core.store.queries import GroupBy, keyword_counts

    try:
        group = GroupBy(by)
    except ValueError:
        choices = ", ".join(g.value for g in GroupBy)
        raise ReportError("", "", f"--across all counts --by {choices}, not {by}") from None
    with Store(store_path) as store:
        problems: list[str] = []
        ensure_bundled(store, problems)
        for problem in problems:
            sys.stderr.write(f"workreport: warning: left out: {problem}\n")
        rows = keyword_counts(store, words, by=group, rule=rule, rates=rates)
    columns: tuple[str, ...] = (
        ACROSS_COLUMNS if group is GroupBy.REPORT else (group.value, "word", "count")
    )
    if rates:
        columns = (*columns, "characters", "per_10k")
    if fmt == "json":
        _out(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        _out(export.rows_to_csv(rows, columns))
    else:
        lines = [rule_line(rule, rates=rates)]
        for row in rows:
            rate = f"{row['per_10k'] or 0:>9.2f}" if rates else ""
            name = row["report"] if group is GroupBy.REPORT else row[group.value]
            lines.append(f"{row['count']:>7}{rate}  {row['word']}  {name}")
        _out("\n".join(lines) + "\n")
