from __future__ import annotations

import pytest

from workreport.core.tabular import format_chinese_magnitude, format_number, to_html, to_tsv


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (5_820_000_000, "58.2亿"),
        (350_000, "35万"),
        (67_645_000, "6764.5万"),
        (2_562_900, "256.29万"),
        (1_200_000_000_000, "1.2万亿"),
        (1800, "1800"),
        (10.6, "10.6"),
        (9999, "9999"),
        (10_000, "1万"),
        (-25_000, "-2.5万"),
        (0.1, "0.1"),
    ],
)
def test_chinese_magnitudes(value: float, text: str) -> None:
    assert format_chinese_magnitude(value) == text


def test_numbers_as_written() -> None:
    assert [format_number(v) for v in (58.2, 1800, 1e20, 0.30000000000000004, 3.0)] == [
        "58.2", "1800", "100000000000000000000", "0.30000000000000004", "3",
    ]  # fmt: skip


def test_tsv_has_a_header_and_flattens_tabs_and_newlines() -> None:
    assert to_tsv(["a", "b"], [["x\ty", 1.5], ["两\n行", 2]]) == "a\tb\nx y\t1.5\n两 行\t2\n"


def test_html_is_a_real_table_and_escapes_everything() -> None:
    html = to_html(
        ["<名>", "值"], [["<script>alert(1)</script>", 5]], numeric_columns=[1], source="来源 & <b>"
    )
    assert "<thead><tr><th>&lt;名&gt;</th><th>值</th></tr></thead>" in html
    assert (
        '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td style="text-align:right">5</td>' in html
    )
    assert html.rstrip().endswith("<p>来源 &amp; &lt;b&gt;</p>")
    assert "<script>" not in html


def test_every_base_unit_has_an_english_name() -> None:
    from workreport.core.english import UNIT_NAMES, format_english_magnitude
    from workreport.core.units import UNIT_RULES

    assert {rule.base_unit for rule in UNIT_RULES} <= set(UNIT_NAMES)
    assert format_english_magnitude(5_820_000_000) == "5.82 billion"
    assert format_english_magnitude(350_000) == "350,000"
    assert format_english_magnitude(1_200_000_000_000) == "1.2 trillion"
