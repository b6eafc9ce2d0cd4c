"""``workreport keywords WORD… --across LEVEL|all``: the words counted in every bundled report of a
level (or all of them), one row per report and word with its year, by the rule of one report's
全文 (the whole report)."""

from __future__ import annotations

import argparse
import json

from workreport import cli_words
from workreport.core import keywords
from workreport.core.errors import ReportError
from workreport.core.export import rows_to_csv
from workreport.core.library import list_bundled, load_bundled
from workreport.core.model import Report

LEVELS: tuple[str, ...] = ("national", "provincial", "prefectural", "county", "zone", "all")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--across",
        choices=LEVELS,
        metavar="LEVEL|all",
        help="count the WORDs in every bundled report of a level (national, provincial,"
        " prefectural, county, zone), or in all: every report of the library (bundled and added"
        " by `workreport library add`; --by report, year, level or region): one row per report"
        " and word, with its year",
    )


def level_reports(level: str) -> list[Report]:
    """The bundled reports of ``level`` (every one for ``all``), loaded."""
    return [load_bundled(e.id) for e in list_bundled() if level in ("all", e.level)]


def run(args: argparse.Namespace, rule: keywords.CountingRule) -> str:
    """The counts as text, CSV or JSON."""
    words: list[str] = args.words
    if args.by not in (None, keywords.CountBy.REPORT.value):
        raise ReportError("", "", f"--across counts whole reports: --by {args.by} does not apply")
    if args.top is not None or args.story:
        raise ReportError("", "", "--across counts WORDs: give no --top or --story")
    if not words:
        raise ReportError("", "", "--across: give a WORD to count")
    reports = level_reports(args.across)
    if not reports:
        raise ReportError("", "", f"--across {args.across}: no bundled report of this level")
    from workreport.core.series import words as word_trend  # the series rules, when asked

    counts = word_trend.WordTrend(reports, rule).counts(words)
    records = word_trend.count_records(counts)
    rates: bool = args.per_10k
    if not rates:
        for record in records:
            del record["characters"], record["per_10k"]
    columns = tuple(c for c in word_trend.COLUMNS if rates or c not in ("characters", "per_10k"))
    if args.format == "json":
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if args.format == "csv":
        return rows_to_csv(records, columns)
    lines = [cli_words.rule_line(rule, rates=rates)]
    for c in counts:
        rate = cli_words.rate_text(c.per_10k) if rates else ""
        lines.append(f"{c.count:>6}{rate}  {c.word}  {c.report.year or '':>4}  {c.report.title}")
    return "\n".join(lines) + "\n"
