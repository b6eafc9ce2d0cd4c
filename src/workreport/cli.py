"""The ``workreport`` command: the window by default, and subcommands that work without it.

Every failure the user can cause (a missing, empty, binary or undecodable file, invalid JSON, a
schema violation, a text that is not a report) ends in one line naming the file and the problem,
and exit status 2. Qt is imported only by the subcommands that show or render the window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workreport import __version__, cli_words, library_cli
from workreport.commands import keywords_across
from workreport.commands import series as series_command
from workreport.core import export, keywords, paths
from workreport.core.errors import ReportError
from workreport.core.jsonformat import save_report
from workreport.core.library import (
    DEFAULT_REPORT,
    bundled_ids,
    import_data,
    import_file,
    looks_like_report,
    metadata_from_json,
    names_a_file,
    open_report,
)
from workreport.core.model import Report, Section
from workreport.core.record import figure_rows
from workreport.core.textfile import MAX_BYTES

EXIT_BAD_INPUT = 2

REPORT_HELP = (
    f"a bundled report's id (default: {DEFAULT_REPORT}), a .json report, or a document to import"
    " (.txt, .docx, .pdf, .html, .htm: the format is read from the content)"
)


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with status 2 too, as argparse does; this only fixes the program name."""


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workreport",
        description="Read Chinese government work reports as data. With no command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"workreport {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load every bundled report, render the window offscreen, and exit 0 (or say what failed)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    show = commands.add_parser("show", help="open the window (the default)")
    show.add_argument("report", nargs="?", metavar="REPORT", help=REPORT_HELP)

    imp = commands.add_parser(
        "import", help="import a report's text, Word file, PDF or web page into a JSON report"
    )
    imp.add_argument(
        "text",
        metavar="DOCUMENT",
        help=".txt, .docx, .pdf, .html or .htm (read by content); - reads standard input",
    )
    imp.add_argument("-o", "--output", metavar="REPORT.json", required=True)
    imp.add_argument(
        "--meta",
        metavar="META.json",
        help="metadata the text does not give (title, region, date, glosses)",
    )

    sections = commands.add_parser("sections", help="print the report's section tree")
    sections.add_argument("report", nargs="?", metavar="REPORT", help=REPORT_HELP)
    sections.add_argument("--format", choices=("text", "json"), default="text")

    exp = commands.add_parser(
        "export", help="one row per figure, every column of the figure record (see the README)"
    )
    exp.add_argument("report", nargs="?", metavar="REPORT", help=REPORT_HELP)
    exp.add_argument("--format", choices=("csv", "xlsx", "json"), default="csv")
    exp.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of to standard output"
    )

    kw = commands.add_parser(
        "keywords",
        help="count words per section, or list the most frequent words",
        description=cli_words.RULE
        + " The text counted is switchable: titles, front matter (the headline and the intro) and"
        " body text (chapters, sections, closing). Every figure is shown with its rule; rates"
        f" (--per-10k) are {cli_words.PER_10K_BASIS}.",
        epilog="--top N lists the N most frequent words instead, cut by jieba in precise mode with"
        " a user dictionary of policy terms (专精特新, 高质量发展, …) and a stop list of function"
        " words, numerals and units; numbers and punctuation are left out. --story sets a claim of"
        " the report's headline beside the text's own count: the bundled article's headline says"
        " 新 occurs 158 times in the report, but the article is a summary of the report, not its"
        " full text, so it holds fewer.",
    )
    kw.add_argument(
        "words",
        nargs="*",
        metavar="[REPORT] WORD",
        help=f"optionally a report first ({REPORT_HELP}), then the words",
    )
    kw.add_argument("--format", choices=("text", "csv", "json"), default="text")
    kw.add_argument(
        "--by",
        choices=[*(by.value for by in keywords.CountBy), "year", "level", "region"],
        help="rows after the whole report: every chapter, every section (the default), or none;"
        " with --across all: a row per report (the default there), year, level or region",
    )
    keywords_across.add_arguments(kw)
    kw.add_argument(
        "--top", type=int, metavar="N", help="list the N most frequent words instead of WORDs"
    )
    kw.add_argument(
        "--per-10k", action="store_true", help="add the characters counted and the rate per 10,000"
    )
    kw.add_argument("--no-titles", action="store_true", help="leave out titles")
    kw.add_argument(
        "--no-front-matter", action="store_true", help="leave out the headline and the intro"
    )
    kw.add_argument("--no-body", action="store_true", help="leave out body text")
    kw.add_argument(
        "--story",
        action="store_true",
        help="the headline's count of each WORD beside the text's own, under each rule, and why"
        " they differ",
    )

    library_cli.add_parser(commands)
    series_command.add_parser(commands)

    shot = commands.add_parser("screenshot", help="render the window offscreen to a PNG")
    shot.add_argument("output", metavar="OUT.png")
    shot.add_argument("--report", metavar="REPORT", help=REPORT_HELP)
    shot.add_argument(
        "--section", metavar="'chapter / subsection'", default="", help="the section to show"
    )
    shot.add_argument("--size", metavar="WxH", default="1280x800")
    shot.add_argument(
        "--view",
        choices=("figures", "keywords", "compare", "series"),
        default="figures",
        help="the view in front (default: figures)",
    )
    return parser


def _out(text: str) -> None:
    if sys.stdout is None:  # a windowed program on Windows has no standard output
        return
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.flush()


# How the CLI words the importer's notes (Report.notes codes).
NOTE_TEXT = {
    "no_chapters": "note: no chapter headings recognised; the body is shown as one chapter",
}


def _tree(section: Section) -> dict[str, Any]:
    return {"title": section.title, "children": [_tree(child) for child in section.children]}


def _cmd_sections(report: Report, fmt: str) -> None:
    if fmt == "json":
        root = {"title": report.title, "children": [_tree(s) for s in report.sections]}
        _out(json.dumps(root, ensure_ascii=False, indent=1) + "\n")
        return
    lines = [report.title]
    lines.extend(NOTE_TEXT.get(note, note) for note in report.notes)
    for section in report.walk():
        figures = len(section.indicators)
        suffix = f"  ({figures} figure{'s' if figures > 1 else ''})" if figures else ""
        lines.append("  " * section.level + section.numbering + section.title + suffix)
    _out("\n".join(lines) + "\n")


def _cmd_export(spec: str | None, fmt: str, output: str | None) -> None:
    if output is not None:
        paths.check_output(output)  # before the report is read: a bad -o costs nothing
    report = open_report(spec)
    rows = figure_rows(report)
    if fmt == "xlsx":
        if output is None:
            raise ReportError("", "", "--format xlsx needs -o FILE.xlsx")
        export.write_xlsx(rows, Path(output))
    elif output is not None:
        if fmt == "csv":
            export.write_csv(rows, Path(output))
        else:
            paths.write_file(output, export.rows_to_json(rows).encode("utf-8", "replace"))
    else:
        _out(export.rows_to_csv(rows) if fmt == "csv" else export.rows_to_json(rows))


def _cmd_keywords(args: argparse.Namespace) -> None:
    words: list[str] = args.words
    top: int | None = args.top
    report_first = len(words) > 1 or (len(words) == 1 and (top is not None or args.story))
    names_file = bool(words) and names_a_file(words[0])  # a path is never a word to count
    spec = words[0] if names_file or (report_first and looks_like_report(words[0])) else None
    if spec is not None:
        words = words[1:]
        if not os.path.lexists(spec) and spec not in bundled_ids():
            open_report(spec)  # a file named that is missing: its error, before any other
    rule = keywords.CountingRule(
        titles=not args.no_titles, front_matter=not args.no_front_matter, body=not args.no_body
    )
    if not (rule.titles or rule.front_matter or rule.body):
        raise ReportError(
            "", "", "--no-titles, --no-front-matter and --no-body leave nothing to count"
        )
    if args.across == "all":  # every report of the library's store, the bundled ones too
        if spec is not None or top is not None or args.story:
            raise ReportError(
                "", "", "--across all counts WORDs in every report: no REPORT, --top or --story"
            )
        if not words:
            raise ReportError("", "", "--across: give a WORD to count")
        by_value: str = args.by or keywords.CountBy.REPORT.value
        library_cli.keywords_across(words, rule, by_value, args.format, args.per_10k, None)
        return
    if args.across is not None:
        _out(keywords_across.run(args, rule))
        return
    if top is not None and (words or args.story):
        raise ReportError("", "", "--top N lists the most frequent words: give no WORD or --story")
    if top is not None and top < 1:
        raise ReportError("", "", f"--top {top}: N must be at least 1")
    if top is None and not words:
        raise ReportError("", "", "give a WORD to count (or to check with --story), or --top N")
    if args.by in ("year", "level", "region"):
        raise ReportError("", "", f"--by {args.by} counts across reports: add --across all")
    report = open_report(spec)
    by = keywords.CountBy(args.by or keywords.CountBy.SECTION.value)
    rates: bool = args.per_10k
    if args.story:
        checks = [keywords.check_claim(report, word) for word in words]
        rows = [row for c in checks for row in keywords.claim_rows(c, rates=rates)]
        records = [
            keywords.claim_record(c, rates=rates) | {"explanation": cli_words.explain_claim(c)}
            for c in checks
        ]
        text = "\n".join(cli_words.claim_text(c, rates=rates) for c in checks)
        columns = keywords.CLAIM_COLUMNS
    elif top is not None:
        from workreport.core import wordfreq  # jieba only when words are cut

        frequencies = wordfreq.top_words(report, top, by=by, rule=rule)
        records = rows = wordfreq.top_rows(frequencies, rates=rates)
        text = cli_words.top_text(frequencies, rule, rates=rates)
        columns = wordfreq.TOP_COLUMNS
    else:
        counts = keywords.keyword_counts(report, words, by=by, rule=rule)
        records = rows = keywords.count_rows(counts, rates=rates)
        text = cli_words.counts_text(counts, rule, rates=rates)
        columns = keywords.COUNT_COLUMNS
    if args.format == "json":
        _out(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif args.format == "csv":
        _out(export.rows_to_csv(rows, keywords.with_rates(columns) if rates else columns))
    else:
        _out(text)


def _cmd_import(text: str, output_name: str, meta: str | None) -> None:
    if text != "-":  # every path first: nothing is read or written when one is wrong
        paths.check_input(text)
    paths.check_output(output_name)
    metadata = None
    if meta is not None:
        from workreport.core.textfile import read_text

        paths.check_input(meta)
        try:
            metadata = metadata_from_json(json.loads(read_text(Path(meta))))
        except json.JSONDecodeError as error:
            raise ReportError(paths.shown(meta), "", f"invalid metadata: {error.msg}") from None
        except (ValueError, AttributeError, TypeError, RecursionError):
            raise ReportError(
                paths.shown(meta), "", "invalid metadata: expected an object of strings"
            ) from None
    if text == "-":
        report = import_data(sys.stdin.buffer.read(MAX_BYTES + 1), "standard input", metadata)
    else:
        report = import_file(Path(text), metadata)
    if not report.id:  # the saved file names the report: zhengzhou-hitech-2022.json
        report.id = Path(output_name).stem
    save_report(report, Path(output_name))
    figures = sum(1 for _ in report.all_indicators())
    sys.stderr.write(
        f"{paths.shown(output_name)}: {len(report.chapters())} chapters, {figures} figures\n"
    )


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


def _with_command(argv: Sequence[str]) -> list[str]:
    """``workreport REPORT`` means ``workreport show REPORT``: a report is not a command."""
    words = list(argv)
    commands = {
        "show", "import", "sections", "export", "keywords", "series", "screenshot", "library",
    }  # fmt: skip
    if words and not words[0].startswith("-") and words[0] not in commands:
        return ["show", *words]
    return words


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a bundled app's folder-import workers start here too
    args = _build_parser().parse_args(_with_command(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        from workreport.selftest import run_self_test  # Qt only when needed

        return run_self_test()
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
                _cmd_export(args.report, args.format, args.output)
            case "keywords":
                _cmd_keywords(args)
            case "library":
                return library_cli.run(args)
            case "series":
                _out(series_command.run(args))
            case "screenshot":
                from workreport.gui.app import run_screenshot

                size = _parse_size(args.size)
                output = paths.check_output(args.output)
                return run_screenshot(output, args.report, args.section, size, args.view)
    except ReportError as error:
        sys.stderr.write(f"workreport: error: {error.message}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return 0


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main([])
