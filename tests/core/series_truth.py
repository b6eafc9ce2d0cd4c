"""The national GDP growth target of each year 2005–2024 and its outcome, read by hand from the
texts in ../shared/corpus/national/: the target from the list of main targets in year Y's report,
the outcome from the review in year Y+1's report. Not derived with the importer.

Each row: year → (target value, high end of a range or None, qualifier as written,
outcome value or None, what the outcome sentence says or why there is none).
"""

from __future__ import annotations

GDP_GROWTH: dict[int, tuple[float | None, float | None, str, float | None, str]] = {
    # 2005: 主要预期目标是：国内生产总值增长8%左右 / 2006: 全年国内生产总值达到18.23万亿元，比上年增长9.9%
    2005: (8, None, "左右", 9.9, "比上年增长9.9%"),
    # 2006: 主要预期目标是：国内生产总值增长8%左右 / 2007: 国内生产总值20.94万亿元，比上年增长10.7%
    2006: (8, None, "左右", 10.7, "比上年增长10.7%"),
    # 2007: 主要目标是：…国内生产总值增长8%左右 / 2008 reviews five years only: 2007年，国内生产总值
    # 达到24.66万亿元，比2002年增长65.5%，年均增长10.6% — no growth of 2007 alone is stated
    2007: (8, None, "左右", None, "only_several_years"),
    # 2008: 预期目标是：…国内生产总值增长8%左右 / 2009: 国内生产总值超过30万亿元，比上年增长9%
    2008: (8, None, "左右", 9, "比上年增长9%"),
    # 2009: 主要预期目标是：国内生产总值增长8%左右 / 2010: 国内生产总值达到33.5万亿元，比上年增长8.7%
    2009: (8, None, "左右", 8.7, "比上年增长8.7%"),
    # 2010: 主要预期目标是：（next line）国内生产总值增长8％左右 / 2011: 国内生产总值增长10.3%
    2010: (8, None, "左右", 10.3, "国内生产总值增长10.3%"),
    # 2011: 主要预期目标是：（next line）国内生产总值增长8%左右 / 2012: 国内生产总值47.2万亿元，比上年增长9.2％
    2011: (8, None, "左右", 9.2, "比上年增长9.2％"),
    # 2012: 主要预期目标是：（next line）国内生产总值增长7.5％ / 2013: 2012年，…国内生产总值增长7.8%
    2012: (7.5, None, "", 7.8, "国内生产总值增长7.8%"),
    # 2013: 国内生产总值增长7.5%左右 / 2014: 国内生产总值达到56.9万亿元，比上年增长7.7%
    2013: (7.5, None, "左右", 7.7, "比上年增长7.7%"),
    # 2014: 国内生产总值增长7.5%左右 / 2015: 国内生产总值达到63.6万亿元，比上年增长7.4%
    2014: (7.5, None, "左右", 7.4, "比上年增长7.4%"),
    # 2015: 国内生产总值增长7%左右 / 2016: 国内生产总值达到67.7万亿元，增长6.9%
    2015: (7, None, "左右", 6.9, "增长6.9%"),
    # 2016: 国内生产总值增长6.5%－7% / 2017: 国内生产总值达到74.4​万亿元，增长6.7%
    2016: (6.5, 7, "", 6.7, "增长6.7%"),
    # 2017: 国内生产总值增长6.5%左右 / 2018: 刚刚过去的2017年，…国内生产总值增长6.9%
    2017: (6.5, None, "左右", 6.9, "国内生产总值增长6.9%"),
    # 2018: 国内生产总值增长6.5%左右 / 2019: 国内生产总值增长6.6%，总量突破90万亿元
    2018: (6.5, None, "左右", 6.6, "国内生产总值增长6.6%"),
    # 2019: 国内生产总值增长6%－6.5% / there is no 2020 report
    2019: (6, 6.5, "", None, "no_next_report"),
    # no 2020 report (no target) / 2021: 全年国内生产总值增长2.3％
    2020: (None, None, "", 2.3, "全年国内生产总值增长2.3％"),
    # 2021: 国内生产总值增长6%以上 / 2022: 国内生产总值达到114万亿元，增长8.1%
    2021: (6, None, "以上", 8.1, "增长8.1%"),
    # 2022: 国内生产总值增长5.5%左右 / 2023: 全年国内生产总值增长3%
    2022: (5.5, None, "左右", 3, "全年国内生产总值增长3%"),
    # 2023: 国内生产总值增长5%左右 / 2024: 国内生产总值超过126万亿元，增长5.2%
    2023: (5, None, "左右", 5.2, "增长5.2%"),
    # 2024: 国内生产总值增长5%左右 / 2025: 国内生产总值达到134.9万亿元、增长5%
    2024: (5, None, "左右", 5, "增长5%"),
}


# Before 2005 the national reports list no targets: the GDP (经济增长) target is stated in the prose
# about the year, read by hand (year → (value, high end or None, the sentence up to the figure)).
# 1993 sets a GNP target (国民生产总值计划增长百分之八), not GDP; 2000–2002 state none.
STATED_GDP_TARGETS: dict[int, tuple[float, float | None, str]] = {
    1994: (9, None, "今年计划国内生产总值增长百分之九"),
    1995: (8, 9, "今年经济增长速度的宏观调控目标，定为百分之八至九"),
    1997: (8, None, "经济增长速度的调控目标定为８％"),
    1998: (8, None, "今年国民经济宏观调控的主要目标是：经济增长速度8 ％"),
    1999: (7, None, "今年的经济增长预期为7％左右"),
    2003: (7, None, "今年经济增长预期目标为7%左右"),
    2004: (7, None, "中央提出今年经济增长预期目标为7%左右"),
}
