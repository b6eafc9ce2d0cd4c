"""The ``workreport`` command: the window by default, and subcommands that work without it.

Every failure the user can cause (a missing, empty, binary or undecodable file, invalid JSON, a
schema violation, a text that is not a report) ends in one line naming the file and the problem,
and exit status 2. Qt is imported only by the subcommands that show or render the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workreport import __version__
from workreport.core import export, keywords
from workreport.core.errors import ReportError
from workreport.core.jsonformat import save_report
from workreport.core.library import (
    DEFAULT_REPORT,
    import_file,
    looks_like_report,
    metadata_from_json,
    open_report,
)
from workreport.core.model import Report, Section

EXIT_BAD_INPUT = 2

REPORT_HELP = (
    f"a bundled report's id (default: {DEFAULT_REPORT}), a .json report, or a .txt text to import"
)


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with status 2 too, as argparse does; this only fixes the program name."""


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workreport",
        description="Read Chinese government work reports as data. With no command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"workreport {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    show = commands.add_parser("show", help="open the window (the default)")
    show.add_argument("report", nargs="?", metavar="REPORT", help=REPORT_HELP)

    imp = commands.add_parser("import", help="import a report's text into a JSON report")
    imp.add_argument("text", metavar="REPORT.txt", type=Path)
    imp.add_argument("-o", "--output", metavar="REPORT.json", type=Path, required=True)
    imp.add_argument(
        "--meta",
        metavar="META.json",
        type=Path,
        help="metadata the text does not give (title, region, date, glosses)",
    )

    sections = commands.add_parser("sections", help="print the report's section tree")
    sections.add_argument("report", nargs="?", metavar="REPORT", help=REPORT_HELP)
    sections.add_argument("--format", choices=("text", "json"), default="text")

    exp = commands.add_parser("export", help="one row per figure: section, label, value, unit, …")
    exp.add_argument("report", nargs="?", metavar="REPORT", help=REPORT_HELP)
    exp.add_argument("--format", choices=("csv", "xlsx", "json"), default="csv")
    exp.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write here instead of to standard output"
    )

    kw = commands.add_parser(
        "keywords",
        help="count words per section",
        description="Count how often each WORD occurs in each section and in the whole report. "
        + keywords.RULE,
    )
    kw.add_argument(
        "words",
        nargs="+",
        metavar="[REPORT] WORD",
        help=f"optionally a report first ({REPORT_HELP}), then the words",
    )
    kw.add_argument("--format", choices=("text", "csv", "json"), default="text")
    kw.add_argument(
        "--no-titles", action="store_true", help="count body paragraphs only, not titles"
    )

    shot = commands.add_parser("screenshot", help="render the window offscreen to a PNG")
    shot.add_argument("output", metavar="OUT.png", type=Path)
    shot.add_argument("--report", metavar="REPORT", help=REPORT_HELP)
    shot.add_argument(
        "--section", metavar="'chapter / subsection'", default="", help="the section to show"
    )
    shot.add_argument("--size", metavar="WxH", default="1280x800")
    return parser


def _out(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _tree(section: Section) -> dict[str, Any]:
    return {"title": section.title, "children": [_tree(child) for child in section.children]}


def _cmd_sections(report: Report, fmt: str) -> None:
    if fmt == "json":
        root = {"title": report.title, "children": [_tree(s) for s in report.sections]}
        _out(json.dumps(root, ensure_ascii=False, indent=1) + "\n")
        return
    lines = [report.title]
    for section in report.walk():
        figures = len(section.indicators)
        suffix = f"  ({figures} figure{'s' if figures > 1 else ''})" if figures else ""
        lines.append("  " * section.level + section.numbering + section.title + suffix)
    _out("\n".join(lines) + "\n")


def _cmd_export(report: Report, fmt: str, output: Path | None) -> None:
    rows = export.figure_rows(report)
    if fmt == "xlsx":
        if output is None:
            raise ReportError("", "", "--format xlsx needs -o FILE.xlsx")
        export.write_xlsx(rows, output)
    elif output is not None:
        if fmt == "csv":
            export.write_csv(rows, output)
        else:
            from workreport.core.jsonformat import write_atomically

            write_atomically(output, export.rows_to_json(rows).encode("utf-8"))
    else:
        _out(export.rows_to_csv(rows) if fmt == "csv" else export.rows_to_json(rows))


def _cmd_keywords(words: list[str], fmt: str, include_titles: bool) -> None:
    spec = words[0] if len(words) > 1 and looks_like_report(words[0]) else None
    if spec is not None:
        words = words[1:]
    report = open_report(spec)
    counts = keywords.keyword_counts(report, words, include_titles=include_titles)
    rows = [{"section": c.section, "word": c.word, "count": c.count} for c in counts]
    if fmt == "json":
        _out(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        _out(export.rows_to_csv(rows, ("section", "word", "count")))
    else:
        lines = [f"{c.count:>6}  {c.word}  {c.section}" for c in counts]
        _out("\n".join(lines) + "\n")


def _cmd_import(text: Path, output: Path, meta: Path | None) -> None:
    metadata = None
    if meta is not None:
        from workreport.core.textfile import read_text

        try:
            metadata = metadata_from_json(json.loads(read_text(meta)))
        except (json.JSONDecodeError, AttributeError, TypeError) as error:
            raise ReportError(str(meta), "", f"invalid metadata: {error}") from None
    report = import_file(text, metadata)
    save_report(report, output)
    figures = sum(1 for _ in report.all_indicators())
    sys.stderr.write(f"{output}: {len(report.chapters())} chapters, {figures} figures\n")


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ReportError(
            "", "", f"--size {text!r}: expected WIDTHxHEIGHT, e.g. 1280x800"
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise ReportError("", "", f"--size {text!r}: each side must be 200 to 8000 pixels")
    return width, height


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        match args.command:
            case None | "show":
                from workreport.gui.app import run_window  # Qt only when needed

                return run_window(getattr(args, "report", None))
            case "import":
                _cmd_import(args.text, args.output, args.meta)
            case "sections":
                _cmd_sections(open_report(args.report), args.format)
            case "export":
                _cmd_export(open_report(args.report), args.format, args.output)
            case "keywords":
                _cmd_keywords(args.words, args.format, not args.no_titles)
            case "screenshot":
                from workreport.gui.app import run_screenshot

                size = _parse_size(args.size)
                return run_screenshot(args.output, args.report, args.section, size)
    except ReportError as error:
        sys.stderr.write(f"workreport: error: {error.message}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return 0


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main([])
