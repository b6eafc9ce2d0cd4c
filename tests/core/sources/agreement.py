"""How closely the report imported from a .docx, .pdf or web page agrees with the one its .txt gives:
the measures of issue 14's "done when"."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workreport.core.model import Report, SectionKind


@dataclass(frozen=True, slots=True)
class Agreement:
    chapters_same: bool
    titles: float  # share of the text's section titles the other report has too
    targets_same: bool
    figures: float  # share of the text's figures (value and unit) the other report has too
    missing_titles: tuple[str, ...]
    missing_figures: tuple[tuple[float, str], ...]

    def line(self) -> str:
        return (
            f"chapters {'same' if self.chapters_same else 'DIFFER'}, titles {self.titles:.1%}, "
            f"targets {'same' if self.targets_same else 'DIFFER'}, figures {self.figures:.2%}"
        )


def _figures(report: Report, *, targets: bool = False) -> Counter[tuple[float, str]]:
    return Counter(
        (round(i.value, 6), i.unit) for _, i in report.all_indicators() if i.target or not targets
    )


def _plain(title: str) -> str:
    """A title without spaces: a PDF closes up ``2024 年工作回顾`` as ``2024年工作回顾``, rightly."""
    return "".join(title.split())


def _titles(report: Report) -> Counter[str]:
    return Counter(_plain(s.title) for s in report.walk() if s.kind is SectionKind.SECTION)


def agreement(text: Report, other: Report) -> Agreement:
    chapters = [_plain(c.title) for c in text.chapters()]
    titles, other_titles = _titles(text), _titles(other)
    figures, other_figures = _figures(text), _figures(other)
    shared_titles = sum((titles & other_titles).values())
    shared_figures = sum((figures & other_figures).values())
    return Agreement(
        chapters_same=chapters == [_plain(c.title) for c in other.chapters()],
        titles=shared_titles / max(1, sum(titles.values())),
        targets_same=_figures(text, targets=True) == _figures(other, targets=True),
        figures=shared_figures / max(1, sum(figures.values())),
        missing_titles=tuple((titles - other_titles).elements()),
        missing_figures=tuple((figures - other_figures).elements()),
    )
