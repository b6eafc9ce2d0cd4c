"""How fast the keyword analysis is, per report: prints figures, exits 1 if an update is too slow.

For each report: the first segmentation (jieba, once per report), a cached one, and a *keyword
update* — what a Keywords view recomputes when the user changes the words or the rule: counts of
every word in every section, every occurrence in context, and the top 20 words of every section.
The budget for an update is 100 ms once the report has been segmented.

Reports: every bundled one, and the 2025 national report of the shared corpus imported afresh with
``workreport.core.library.import_file``; ``--provinces`` adds the corpus's 31 provincial reports::

    .venv/bin/python benchmarks/keywords_speed.py [--corpus DIR] [--provinces] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from workreport.core import keywords, kwic, wordfreq
from workreport.core.keywords import CountBy, CountingRule
from workreport.core.library import bundled_ids, import_file, load_bundled
from workreport.core.model import Report

BUDGET_MS = 100.0
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

WORD_LISTS: list[list[str]] = [
    ["新"],
    ["创新", "高质量发展"],
    ["新质生产力", "改革", "开放", "民生", "专精特新", "安全"],
]
RULES: list[CountingRule] = [keywords.ALL_TEXT, keywords.BODY_ONLY, CountingRule(titles=False)]


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def keyword_update(report: Report, words: list[str], rule: CountingRule) -> None:
    """Everything a Keywords view recomputes when the words or the rule change."""
    keywords.keyword_counts(report, words, by=CountBy.SECTION, rule=rule)
    for word in words:
        kwic.occurrences(report, word, rule=rule)
    wordfreq.top_words(report, 20, by=CountBy.SECTION, rule=rule)


def _reports(corpus: Path, provinces: bool) -> list[tuple[str, Report]]:
    reports = [(f"bundled {name}", load_bundled(name)) for name in bundled_ids()]
    texts = sorted((corpus / "national").glob("*.txt"))
    if provinces:
        texts += sorted((corpus / "provinces").glob("*.txt"))
    reports += [(f"imported {path.stem}", import_file(path)) for path in texts]
    return reports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--provinces", action="store_true", help="the provincial reports too")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each update (default 5)")
    args = parser.parse_args()

    reports = _reports(args.corpus, args.provinces)
    print(f"jieba tokenizer with the user dictionary: {_ms(wordfreq.tokenizer):.0f} ms (once)")
    print(f"budget for a keyword update: {BUDGET_MS:.0f} ms; {args.repeat} runs of each")
    print("segmentation: first and cached, ms; keyword update: median and max, ms")
    print(f"{'chars':>7} {'first':>7} {'cached':>7} {'median':>7} {'max':>7}  report")
    worst = 0.0
    for name, report in reports:
        size = sum(keywords.character_count(p.text) for p in keywords.report_parts(report))
        wordfreq.clear_segmentation_cache()  # a report of the same text may have been cut already
        first = _ms(partial(wordfreq.segment, report))
        cached = _ms(partial(wordfreq.segment, report))
        updates = [
            _ms(partial(keyword_update, report, words, rule))
            for _ in range(args.repeat)
            for words in WORD_LISTS
            for rule in RULES
        ]
        worst = max(worst, max(updates))
        median = statistics.median(updates)
        print(f"{size:>7} {first:>7.1f} {cached:>7.2f} {median:>7.1f} {max(updates):>7.1f}  {name}")
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    print(f"slowest keyword update: {worst:.1f} ms, {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
