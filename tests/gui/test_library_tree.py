"""The library tree groups reports by level, region and year; reports land in their place."""

from __future__ import annotations

from workreport.gui.main_window import MainWindow
from workreport.gui.tree.model import SectionTreeModel
from workreport.gui.tree.node import ReportSource


def _unloadable() -> None:
    raise AssertionError("listing must not load a report")


def _source(n: int, level: str, region: str, year: int | None) -> ReportSource:
    return ReportSource(f"r{n}", f"报告{n}", level, _unloadable, region=region, year=year)  # type: ignore[arg-type]


def _labels(model: SectionTreeModel, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    node = parent or model.top
    return [model.index_of(child).data() for child in node.children]


def test_hundreds_of_reports_group_by_level_region_and_year(qapp) -> None:  # type: ignore[no-untyped-def]
    levels = ["county", "prefectural", "provincial", "mystery"]
    sources = [_source(n, levels[n % 4], f"地区{n % 30:02d}", 2015 + n % 7) for n in range(400)]
    sources.append(_source(400, "county", "", None))
    model = SectionTreeModel(sources)
    assert _labels(model) == [
        "Provincial (100)",
        "Prefectural (100)",
        "County (101)",
        "Other (100)",
    ]
    county = model.top.children[2]
    regions = _labels(model, county)
    assert regions[0].startswith("地区00 (") and regions[-1] == "Region unknown (1)"
    expected = sorted({s.region for s in sources if s.level == "county" and s.region})
    assert [r.label for r in county.children] == [*expected, ""]
    assert len(regions) == 16  # county reports have even n: 15 even regions, and the unknown
    years = county.children[0].children
    assert [y.label for y in years] == sorted((y.label for y in years), reverse=True)
    assert county.children[-1].children[0].label == "" and (
        model.index_of(county.children[-1].children[0]).data() == "Year unknown (1)"
    )
    # every report sits under its own level, region and year, and nothing was loaded
    for node in model.report_nodes():
        year, region, level = node.parent, node.parent.parent, node.parent.parent.parent
        source = node.source
        assert region.label == source.region and year.label == str(source.year or "")
        assert level.label == (source.level if source.level != "mystery" else "other")
        assert not node.populated
    assert sum(g.count for g in model.top.children) == len(model.report_nodes()) == 401


def test_a_report_landing_goes_to_its_place_and_updates_the_counts(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    model = SectionTreeModel(
        [_source(1, "county", "乙县", 2020), _source(2, "county", "乙县", 2018)]
    )
    inserted: list[tuple[str, int]] = []
    model.rowsInserted.connect(
        lambda parent, first, _last: inserted.append((model.node(parent).label, first))
    )
    model.add_report(_source(3, "county", "乙县", 2019), "county")
    model.add_report(_source(4, "county", "甲县", 2019), "county")
    model.add_report(_source(5, "county", "乙县", 2020), "county")
    county = model.top.children[0]
    assert _labels(model, county) == ["乙县 (4)", "甲县 (1)"]  # by name (code point order)
    assert _labels(model, county.children[0]) == ["2020 (2)", "2019 (1)", "2018 (1)"]
    assert [n.label for n in county.children[0].children[0].children] == ["报告1", "报告5"]
    assert ("乙县", 1) in inserted and ("county", 1) in inserted and ("2020", 1) in inserted
    assert model.index_of(county).data() == "County (5)"


def test_the_bundled_library_opens_on_zhengzhou_in_its_groups(window: MainWindow) -> None:
    node = window.library.current_node()
    assert node.is_report and node.source.id == "zhengzhou-hitech-2022"
    year, region, level = node.parent, node.parent.parent, node.parent.parent.parent
    assert (level.label, year.label) == ("zone", "2022") and region.label
    assert window.library.tree.isExpanded(window.library._view_index(year))
    national = window.library.tree_model.top.children[0]
    assert national.label == "national" and national.count == len(
        [n for n in window.library.tree_model.report_nodes() if n.source.level == "national"]
    )
