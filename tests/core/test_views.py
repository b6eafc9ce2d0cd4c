"""The presentation layer: what the window's views show, as data, counted the one way."""

from __future__ import annotations

from workreport.core.compare import compare
from workreport.core.keywords import BODY_ONLY, CountBy, keyword_counts, scopes
from workreport.core.library import list_bundled, load_bundled
from workreport.core.model import Report
from workreport.core.record import figure_rows
from workreport.core.views.charts import figure_groups, word_bars
from workreport.core.views.compare import compare_bars, compare_rows, reports_compared
from workreport.core.views.header import header_counts
from workreport.core.views.keywords import count_key, rate_key, report_rows, scope_rows

CHAPTER_1 = "持续强化创新引领 创新能力实现新跃升"


def test_header_counts_are_the_keyword_counts(zhengzhou: Report) -> None:
    whole = header_counts(zhengzhou)
    # 98 新 counted by hand; 3,643 characters as `workreport keywords --per-10k` counts them
    assert (whole.figures, whole.characters, whole.word, whole.count) == (111, 3643, "新", 98)
    assert whole.claimed == 158  # the headline's own count, beside ours
    chapter = header_counts(zhengzhou, "2")
    [count] = [
        c for c in keyword_counts(zhengzhou, ["新"], by=CountBy.CHAPTER) if c.section == CHAPTER_1
    ]
    assert (chapter.count, chapter.characters, chapter.claimed) == (31, count.characters, None)
    assert chapter.figures == len(figure_rows(zhengzhou, "2"))
    assert header_counts(load_bundled("china-2025")).claimed is None


def test_word_bars_per_child_section(zhengzhou: Report) -> None:
    bars = word_bars(zhengzhou, None, "新")
    assert [b.count for b in bars] == [19, 31, 9, 8, 14, 9, 3, 2]  # hand counts per chapter
    assert [b.section_id for b in bars] == [s.id for s in zhengzhou.sections]
    assert [b.count for b in word_bars(zhengzhou, "2", "新")] == [1, 14, 8, 1, 2, 2]


def test_figure_groups_keep_the_largest_when_cut(zhengzhou: Report) -> None:
    rows = figure_rows(zhengzhou)
    groups = figure_groups(rows, max_bars=5)
    assert sum(g.total for g in groups) == len(rows)
    money = next(g for g in groups if g.dimension == "money")
    assert money.cut and len(money.rows) == 5 and money.units == ("元",)
    sizes = [abs(r["base_value"]) for r in money.rows]
    assert sizes == sorted(sizes, reverse=True)
    every = [abs(r["base_value"]) for r in rows if r["dimension"] == "money"]
    assert sizes == sorted(every, reverse=True)[:5]
    small = figure_groups(rows[:3])
    assert not any(g.cut for g in small)


def test_compare_rows_name_the_report_and_say_the_figure() -> None:
    reports = [load_bundled(e.id) for e in list_bundled() if e.year == 2025]
    records = compare(reports, "gdp_growth", targets_only=True, first_only=True)
    rows = compare_rows(records, reports)
    assert reports_compared(rows) == 32
    fujian = next(r for r in rows if r["region"] == "福建省")
    assert (fujian["figure"], fujian["high"], fujian["report_id"]) == (
        "5%—5.5%",
        5.5,
        "fujian-2025",
    )
    assert fujian["report"] == load_bundled("fujian-2025").title
    bar = compare_bars([fujian])[0]
    assert (bar.label, bar.value) == ("福建省", 5)
    assert bar.detail.splitlines()[1] == "5%—5.5%"


def test_keyword_table_rows(zhengzhou: Report) -> None:
    rows = scope_rows(scopes(zhengzhou, CountBy.CHAPTER, BODY_ONLY), ["新"])
    assert rows[0]["section"] == "全文" and rows[0][count_key("新")] == 58
    assert rows[0][rate_key("新")] == round(58 * 10_000 / rows[0]["characters"], 2)
    [row] = report_rows([zhengzhou], ["新", "创新"], BODY_ONLY)
    assert (row["report_id"], row[count_key("新")]) == ("zhengzhou-hitech-2022", 58)
