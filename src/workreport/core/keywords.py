"""Count words in a report, per section, by a stated rule.

The rule: a section's count covers its title and everything under it (its paragraphs and its
subsections, titles included); the whole report's count covers every section and the headline.
Occurrences are counted without overlap, exactly as written (``新`` in ``创新`` counts).
With ``include_titles=False`` only body paragraphs are counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from workreport.core.model import Report, Section, path_title

WHOLE_REPORT = "全文"

RULE = (
    "A section's count covers its title and everything under it; the whole report ("
    + WHOLE_REPORT
    + ") covers every section and the headline. Occurrences are counted as written, without overlap."
)


@dataclass(frozen=True, slots=True)
class KeywordCount:
    section: str  # titles from the chapter down, joined by " / "; 全文 for the whole report
    word: str
    count: int


def count_in_section(section: Section, word: str, *, include_titles: bool = True) -> int:
    return section.text(include_titles=include_titles).count(word)


def count_in_report(report: Report, word: str, *, include_titles: bool = True) -> int:
    total = sum(count_in_section(s, word, include_titles=include_titles) for s in report.sections)
    if include_titles:
        total += report.headline.count(word)
    return total


def keyword_counts(
    report: Report, words: list[str], *, include_titles: bool = True
) -> list[KeywordCount]:
    """For each word: the whole report first, then every section in reading order."""
    paths = report.section_paths()
    counts: list[KeywordCount] = []
    for word in words:
        counts.append(
            KeywordCount(
                WHOLE_REPORT, word, count_in_report(report, word, include_titles=include_titles)
            )
        )
        for section in report.walk():
            counts.append(
                KeywordCount(
                    path_title(paths[id(section)]),
                    word,
                    count_in_section(section, word, include_titles=include_titles),
                )
            )
    return counts
