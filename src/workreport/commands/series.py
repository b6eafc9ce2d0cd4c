"""``workreport series MEASURE``: a measure's target and outcome year by year, and ``--list``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from workreport.core.errors import ReportError
from workreport.core.export import rows_to_csv
from workreport.core.library import list_bundled, load_bundled
from workreport.core.model import Report

DEFAULT_REGION = "国务院"


def add_parser(commands: Any) -> None:
    """Add ``series`` to the subcommands."""
    parser = commands.add_parser(
        "series",
        help="a measure year by year: the target each report set, the outcome the next states",
        description="For each year of a region's bundled reports: the target that year's report"
        " sets for MEASURE (a label such as 国内生产总值增长, or gdp_growth) and the outcome the"
        " next year's report states in its review. Where there is no outcome (no next report, or"
        " only a five-year average), it is empty and the reason is given.",
    )
    parser.add_argument("measure", nargs="?", metavar="MEASURE")
    parser.add_argument("--region", default=DEFAULT_REGION, help="default: 国务院 (national)")
    parser.add_argument("--format", choices=("text", "csv", "json"), default="text")
    parser.add_argument(
        "--list", action="store_true", help="list the measures with targets, and their years"
    )


def region_reports(region: str) -> list[Report]:
    """The bundled reports of ``region``, loaded (the index says which they are)."""
    entries = [e for e in list_bundled() if e.region == region]
    if not entries:
        regions = sorted({e.region for e in list_bundled()})
        raise ReportError(
            "", "", f"--region {region}: no bundled report; regions: {'、'.join(regions)}"
        )
    return [load_bundled(e.id) for e in entries]


def run(args: argparse.Namespace) -> str:
    """The command's output for ``args``."""
    from workreport.core.series import SeriesIndex, query_key  # the series rules, when asked
    from workreport.core.series import table as series_table

    region: str = args.region
    index = SeriesIndex(region_reports(region))
    if args.list:
        found = index.measures(region)
        if args.format == "json":
            return _json(series_table.measure_records(found))
        if args.format == "csv":
            listed = [
                r | {"years": " ".join(map(str, r["years"]))}
                for r in series_table.measure_records(found)
            ]
            return rows_to_csv(listed, ("measure", "label", "years"))
        return series_table.measures_text(found, region)
    if not args.measure:
        raise ReportError("", "", "give a MEASURE (e.g. 国内生产总值增长), or --list")
    rows = index.series(region, args.measure)
    if not rows:
        raise ReportError(
            "",
            "",
            f"{args.measure}: no report of {region} sets or states it ({query_key(args.measure)});"
            " see workreport series --list",
        )
    if args.format == "json":
        return _json(series_table.records(rows))
    if args.format == "csv":
        return rows_to_csv(series_table.records(rows), series_table.COLUMNS)
    return series_table.series_text(rows, region, args.measure)


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
