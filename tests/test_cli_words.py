"""The command line's English for the core's structured outcomes."""

from __future__ import annotations

from workreport.cli_words import claim_text, counts_text, describe_rule, explain_claim
from workreport.core.keywords import (
    ALL_TEXT,
    BODY_ONLY,
    TITLES_AND_BODY,
    CountBy,
    CountingRule,
    check_claim,
    keyword_counts,
)
from workreport.core.model import Report


def test_rules_are_described_in_one_line() -> None:
    assert describe_rule(ALL_TEXT) == (
        "Counts titles, front matter (headline, intro) and body text (chapters, sections, closing)"
    )
    assert describe_rule(BODY_ONLY) == (
        "Counts body text (chapters, sections, closing); "
        "leaves out titles and front matter (headline, intro)"
    )
    assert describe_rule(TITLES_AND_BODY) == (
        "Counts titles and body text (chapters, sections, closing); "
        "leaves out front matter (headline, intro)"
    )
    assert describe_rule(CountingRule(False, False, False)).startswith("Counts nothing")


def test_counts_as_lines_under_the_rule(zhengzhou: Report) -> None:
    counts = keyword_counts(zhengzhou, ["新"], by=CountBy.REPORT, rule=BODY_ONLY)
    assert counts_text(counts, BODY_ONLY) == (
        "rule: Counts body text (chapters, sections, closing); leaves out titles and front matter"
        " (headline, intro)\n    58  新  全文\n"
    )


def test_the_158_story_in_words(zhengzhou: Report) -> None:
    check = check_claim(zhengzhou, "新")
    assert explain_claim(check) == (
        "The headline's 158 is a count over the full report; this text is a summary of the report "
        "(its source says so), not the report's full text, so it holds only 98 occurrences of 新 "
        "counting everything: 22 in its own front matter (headline and intro) and 76 in the "
        "titles and body it keeps of the report. The text can neither confirm nor refute 158."
    )
    assert claim_text(check).splitlines()[0] == (
        "新: the headline says 158 (“新”字高频出现了158次); the text itself holds"
    )
    assert explain_claim(check_claim(zhengzhou, "创新")) == "The headline states no count of 创新."
