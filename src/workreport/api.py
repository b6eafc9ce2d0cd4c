"""The Python API: the reports as pandas DataFrames, for Jupyter and scripts.

>>> import workreport as wr
>>> reports = wr.library()                      # the bundled reports, loaded when first used
>>> frame = wr.figures(reports)                 # every figure, one row each
>>> frame[frame.target & (frame.kind == "growth")][["region", "label", "value", "high"]]

Every function takes one report or many (a :class:`Library`, a list of reports). The DataFrames
have the columns of the window's tables and of ``workreport export``: :data:`COLUMNS` for figures.
Importing :mod:`workreport` stays light: pandas is imported when a DataFrame is first made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from workreport.core import keywords as _keywords
from workreport.core.library import BundledReport, list_bundled, load_bundled, open_report
from workreport.core.model import Report
from workreport.core.record import COLUMNS, figure_rows
from workreport.core.tabular import Row

if TYPE_CHECKING:
    import pandas as pd

    from workreport.core.store.python_api import Library as StoreLibrary

__all__ = [
    "COLUMNS", "Library", "compare", "figures", "keyword_counts", "library",
    "load", "series",
]  # fmt: skip


class Library(Sequence[Report]):
    """Reports listed up front and loaded one by one, when first used, then kept.

    A library is a sequence of :class:`~workreport.core.model.Report`: ``len``, ``iter``,
    ``library[0]``, and also ``library["china-2025"]`` by id. :meth:`entries` lists the reports
    (id, title, region, level, year, date) without loading any of them; :meth:`where` picks some.

    >>> lib = wr.library()
    >>> lib.ids()[:2]
    ['china-2025', 'anhui-2025']
    >>> lib["china-2025"].title
    '2025年国务院政府工作报告'
    """

    def __init__(self, entries: Iterable[BundledReport], load: Callable[[str], Report]) -> None:
        self._entries = tuple(entries)
        self._load = load
        self._loaded: dict[str, Report] = {}

    def entries(self) -> list[BundledReport]:
        """Each report's id, title, region, level, year and date, without loading it."""
        return list(self._entries)

    def ids(self) -> list[str]:
        return [entry.id for entry in self._entries]

    def where(
        self, *, level: str | None = None, year: int | None = None, region: str | None = None
    ) -> Library:
        """The reports of one level (``provincial``), year or region, still not loaded.

        >>> len(wr.library().where(level="provincial", year=2025))
        31
        """
        chosen = [
            e
            for e in self._entries
            if (level is None or e.level == level)
            and (year is None or e.year == year)
            and (region is None or e.region == region)
        ]
        subset = Library(chosen, self._load)
        subset._loaded = self._loaded  # one report loads once, whichever library asks
        return subset

    def report(self, report_id: str) -> Report:
        """The report with this id, loaded on first use; KeyError if it is not in the library."""
        if report_id not in self.ids():
            raise KeyError(report_id)
        found = self._loaded.get(report_id)
        if found is None:
            found = self._loaded[report_id] = self._load(report_id)
        return found

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, key: int | str) -> Report: ...

    @overload
    def __getitem__(self, key: slice) -> Library: ...

    def __getitem__(self, key: int | str | slice) -> Report | Library:
        if isinstance(key, str):
            return self.report(key)
        if isinstance(key, slice):
            subset = Library(self._entries[key], self._load)
            subset._loaded = self._loaded
            return subset
        return self.report(self._entries[key].id)

    def __iter__(self) -> Iterator[Report]:
        for entry in self._entries:
            yield self.report(entry.id)

    def __repr__(self) -> str:
        return f"<Library of {len(self)} reports>"


@overload
def library(path: None = None) -> Library: ...


@overload
def library(path: str | Path) -> StoreLibrary: ...


def library(path: str | Path | None = None) -> Library | StoreLibrary:
    """The reports bundled with workreport (the national reports of many years, the provincial
    reports of 2025, the Zhengzhou article), listed from their index and loaded when first used.

    With ``path``, the library store in that file (``library.sqlite3``) instead (the one ``workreport library add``
    and the window's File ▸ Open Folder fill; see :class:`StoreLibrary`): ``.add(folder)``,
    ``.keywords(words)``, ``.find(phrase)``, ``.measure(name)``, ``.figures()``, ``.export(path)``.

    >>> lib = wr.library()
    >>> len(lib.where(level="national")) > 40
    True
    >>> store = wr.library("~/reports/library.sqlite3")  # doctest: +SKIP
    """
    if path is not None:
        from workreport.core.store.python_api import Library as StoreLibrary  # SQLite: on demand

        return StoreLibrary(Path(path).expanduser())
    return Library(list_bundled(), load_bundled)


def load(source: str | Path) -> Report:
    """One report: a bundled id (``china-2025``), a ``.json`` report, or a document to import
    (``.txt``, ``.docx``, ``.pdf``, ``.html``), read as ``workreport`` reads a REPORT argument.

    A report read from a file without an id of its own is named by the file (``郑州.txt`` →
    ``郑州``), so that its figures say which report they come from. Bad input raises
    :class:`~workreport.core.errors.ReportError`, whose message names the file and the problem.

    >>> wr.load("china-2025").region
    '国务院'
    >>> wr.load("my-city-2024.txt").title  # doctest: +SKIP
    """
    report = open_report(str(source))
    if not report.id:
        report.id = Path(source).stem
    return report


def _reports(reports: Report | Iterable[Report]) -> Iterable[Report]:
    return [reports] if isinstance(reports, Report) else reports


def _frame(rows: list[Row], columns: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    if "year" in frame.columns:
        frame["year"] = frame["year"].astype("Int64")  # a report may have no year
    return frame


def figures(reports: Report | Iterable[Report], section_id: str | None = None) -> pd.DataFrame:
    """Every figure of one report or many, one row each, in reading order: the columns
    :data:`COLUMNS` (``report``, ``region``, ``level``, ``year``, ``section_id``, ``section``,
    ``label``, ``value``, ``high`` … ``written``). ``high`` is NaN unless the figure is a range.

    ``section_id`` keeps one section and those below it (with one report): ``report.section(id)``
    resolves any row's ``section_id``.

    >>> frame = wr.figures(wr.library())
    >>> frame[frame.target & (frame.label == "地区生产总值增长")][["region", "value", "high"]]
    """
    rows: list[Row] = []
    for report in _reports(reports):
        rows.extend(figure_rows(report, section_id))
    return _frame(rows, COLUMNS)


KEYWORD_COLUMNS: tuple[str, ...] = (
    "report", "section_id", "section", "word", "count", "characters", "per_10k", "rule",
)  # fmt: skip


def keyword_counts(
    reports: Report | Iterable[Report],
    words: str | Iterable[str],
    *,
    by: str = "report",
    titles: bool = True,
    front_matter: bool = True,
    body: bool = True,
) -> pd.DataFrame:
    """Occurrences of each word, as ``workreport keywords`` and the window count them.

    ``by`` is ``report`` (one row per report and word), ``chapter`` or ``section`` (the whole
    report first, then each chapter or section). ``titles``, ``front_matter`` (the headline and
    intro) and ``body`` say which text is counted; ``rule`` names the choice
    (``titles+front_matter+body``). ``per_10k`` is per 10,000 characters of the counted text,
    whitespace left out.

    >>> wr.keyword_counts(wr.load("zhengzhou-hitech-2022"), "新")[["word", "count"]]
      word  count
    0    新     98
    """
    rule = _keywords.CountingRule(titles=titles, front_matter=front_matter, body=body)
    chosen = [words] if isinstance(words, str) else list(words)
    rows: list[Row] = []
    for report in _reports(reports):
        counts = _keywords.keyword_counts(report, chosen, by=_keywords.CountBy(by), rule=rule)
        rows.extend({"report": report.id} | row for row in _keywords.count_rows(counts, rates=True))
    return _frame(rows, KEYWORD_COLUMNS)


def compare(
    reports: Report | Iterable[Report],
    measure: str,
    *,
    targets_only: bool = False,
    first_only: bool = False,
) -> pd.DataFrame:
    """One measure across reports: the figures whose label means ``measure``, in the columns of
    :func:`figures`.

    ``measure`` is a label as a report writes it (``地区生产总值增长``; 国内生产总值增长, 经济增长 and
    全省生产总值增长 match it too) or a concept name (``gdp_growth``, ``unemployment``, ``cpi`` …).
    ``targets_only`` keeps the year's main expected targets; ``first_only`` each report's first.

    >>> wr.compare(wr.library().where(year=2025), "gdp_growth", targets_only=True, first_only=True)
    """
    from workreport.core.compare import compare as matching  # the importer's label rules

    records = matching(_reports(reports), measure, targets_only=targets_only, first_only=first_only)
    return _frame([{name: getattr(r, name) for name in COLUMNS} for r in records], COLUMNS)


def series(
    reports: Report | Iterable[Report], measure: str, *, region: str = "国务院"
) -> pd.DataFrame:
    """One measure year by year for one region: the target each year's report sets and the
    outcome the next year's report states, as ``workreport series MEASURE --format json`` gives
    them: ``year``, ``target_value``, ``target_high``, ``target_bound``, ``target_qualifier``,
    ``target_report``, ``target_sentence``, ``target_reason``, ``outcome_value``,
    ``outcome_report``, ``outcome_sentence``, ``outcome_reason``, ``verdict``. A missing target
    or outcome is empty, with its reason code (``no_next_report``, ``only_several_years`` …).

    >>> wr.series(wr.library().where(level="national"), "国内生产总值增长")  # doctest: +SKIP
    """
    from workreport.core.series import series_frame  # the series rules, when first asked

    return series_frame(_reports(reports), region, measure)
