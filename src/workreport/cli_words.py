"""The command line's words for the core's structured outcomes: rules, claim checks, counts.

The core returns data (a :class:`~workreport.core.keywords.CountingRule`'s flags, a
:class:`~workreport.core.keywords.ClaimOutcome` and its numbers); the command line says them in
English here, as the window says them in the interface's language through ``tr()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workreport.core.keywords import (
    WHOLE_REPORT,
    ClaimCheck,
    ClaimOutcome,
    CountingRule,
    KeywordCount,
)

if TYPE_CHECKING:
    from workreport.core.wordfreq import WordFrequency

RULE = (
    "A section's count covers its title and everything under it; the whole report ("
    + WHOLE_REPORT
    + ") covers every section and the headline, as far as the rule lets them in. Occurrences are"
    " counted as written, without overlap."
)

PER_10K_BASIS = "per 10,000 characters of the counted text, whitespace left out"

_KIND_NAMES = {
    "titles": "titles",
    "front_matter": "front matter (headline, intro)",
    "body": "body text (chapters, sections, closing)",
}


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def describe_rule(rule: CountingRule) -> str:
    """One line for a user, e.g. ``Counts body text; leaves out titles and front matter …``."""
    counted = [_KIND_NAMES[name] for name, on in rule.flags() if on]
    left_out = [_KIND_NAMES[name] for name, on in rule.flags() if not on]
    if not counted:
        return "Counts nothing: titles, front matter and body text are all left out"
    line = "Counts " + _join_names(counted)
    if left_out:
        line += "; leaves out " + _join_names(left_out)
    return line


def rule_line(rule: CountingRule, *, rates: bool = False) -> str:
    """The line that states the counting rule above every text output."""
    return f"rule: {describe_rule(rule)}" + (f"; rates {PER_10K_BASIS}" if rates else "")


def rate_text(rate: float | None) -> str:
    """A rate in a column nine wide, blank when nothing is counted."""
    return " " * 9 if rate is None else f"{rate:>9.2f}"


def explain_claim(check: ClaimCheck) -> str:
    """Why the headline's count and the text's own agree or differ, in one paragraph."""
    word, claim = check.word, check.claim
    if claim is None or check.outcome is ClaimOutcome.NO_CLAIM:
        return f"The headline states no count of {word}."
    if check.outcome is ClaimOutcome.AGREES:
        return f"The text's own count of {word} agrees with the headline's {claim.count}."
    if check.outcome is ClaimOutcome.MORE:
        return (
            f"The text holds more occurrences of {word} ({check.everything}) than the headline's "
            f"{claim.count}: the headline counts some other text or by another rule."
        )
    what = (
        "a summary of the report (its source says so), not the report's full text"
        if check.outcome is ClaimOutcome.SUMMARY
        else "not the whole text the headline counted"
    )
    return (
        f"The headline's {claim.count} is a count over the full report; this text is {what}, "
        f"so it holds only {check.everything} occurrences of {word} counting everything: "
        f"{check.front_matter} in its own front matter (headline and intro) and "
        f"{check.rest} in the titles and body it keeps of the report. "
        f"The text can neither confirm nor refute {claim.count}."
    )


def counts_text(counts: list[KeywordCount], rule: CountingRule, *, rates: bool = False) -> str:
    """The counts as lines ``count [rate] word section``, under a line stating the rule."""
    lines = [rule_line(rule, rates=rates)]
    for c in counts:
        rate = rate_text(c.per_10k) if rates else ""
        lines.append(f"{c.count:>6}{rate}  {c.word}  {c.section}")
    return "\n".join(lines) + "\n"


def claim_text(check: ClaimCheck, *, rates: bool = False) -> str:
    """The claim, the text's own count under each rule, and the explanation, as lines."""
    claimed = "no count" if check.claim is None else f"{check.claim.count} ({check.claim.text})"
    lines = [f"{check.word}: the headline says {claimed}; the text itself holds"]
    for c in check.counts:
        rate = rate_text(c.per_10k) if rates else ""
        lines.append(f"{c.count:>6}{rate}  {describe_rule(c.rule)}")
    lines.append(explain_claim(check))
    return "\n".join(lines) + "\n"


def top_text(frequencies: list[WordFrequency], rule: CountingRule, *, rates: bool = False) -> str:
    """Each section's top words as lines ``rank count [rate] word``, under the rule."""
    lines = [rule_line(rule, rates=rates)]
    for frequency in frequencies:
        lines.append(
            f"{frequency.section}  ({frequency.characters} characters, {frequency.words} words)"
        )
        for rank, word in enumerate(frequency.top, start=1):
            rate = rate_text(word.per_10k) if rates else ""
            lines.append(f"{rank:>4}  {word.count:>6}{rate}  {word.word}")
    return "\n".join(lines) + "\n"
