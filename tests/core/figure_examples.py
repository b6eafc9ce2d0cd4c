"""Hand-read examples for the figure rules, from the corpus texts (report and year in the comment).

Each row: the rule, a sentence, the figure as written in it, and the fields it must have; a row
whose fields are None says the written text is no figure (a counter-example).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, str, dict[str, Any] | None]

EXAMPLES: tuple[Row, ...] = (
    # ranges: value is the low end, high the high end, one unit
    ("range", "国内生产总值增长6.5%－7%。", "6.5%－7%", {"value": 6.5, "high": 7}),  # 2017
    ("range", "地区生产总值增长5.0%—5.5%。", "5.0%—5.5%", {"value": 5, "high": 5.5}),  # 福建 2025
    ("range", "国内生产总值增长6%~6.5%。", "6%~6.5%", {"value": 6, "high": 6.5}),
    ("range", "增长7%到8%。", "7%到8%", {"value": 7, "high": 8}),
    ("range", "农民大体上有百分之二十到三十过着略有余粮的生活。", "百分之二十到三十",
     {"value": 20, "high": 30, "unit": "%"}),  # 1957
    ("range", "实施城市更新行动（2025—2027年）。", "2025—2027年", None),
    ("range", "八年内使它们提供的商品粮比现在增加两、三倍。", "两、三倍",
     {"value": 2, "high": 3, "unit": "倍", "direction": "up"}),  # 1978
    ("range", "则虽然每年减少粮食二、三十亿斤，但能增产薯类一百多亿斤。", "二、三十亿斤",
     {"value": 20, "high": 30, "unit": "亿斤"}),  # 1955: neighbouring digits
    ("range", "工业交通企业目前一年大约多耗电二、三百亿度。", "二、三百亿度",
     {"value": 200, "high": 300, "unit": "亿度"}),  # 1979: 度 after a numeral's own magnitude
    # kinds: level, growth, change; new additions and cumulative totals
    ("kind", "压减粗钢产量3000万吨。", "3000万吨", {"kind": "change", "direction": "down"}),
    ("kind", "次年提高大病保险最高支付限额3800元。", "3800元", {"kind": "change", "direction": "up"}),
    ("kind", "提升100家县级特用供养机构服务水平。", "100家", {"kind": "level", "direction": ""}),
    ("kind", "新增国家级农业龙头企业16家、总数达到98家。", "98家",
     {"kind": "level", "qualifier": "达到", "label": "总数"}),  # 2025
    ("kind", "新增国家级农业龙头企业16家、总数达到98家。", "16家",
     {"kind": "change", "qualifier": "新增", "direction": "up"}),
    ("kind", "累计群众回迁率达到92%。", "92%", {"kind": "level", "qualifier": "累计 达到"}),  # 郑州
    ("kind", "常住人口城镇化率提高到67%。", "67%",
     {"kind": "level", "direction": "", "label": "常住人口城镇化率"}),  # 2025
    ("kind", "减税降费公平普惠、高效直达，五年累计减税5.4万亿元。", "5.4万亿元",
     {"kind": "level", "qualifier": "累计", "label": "五年累计减税"}),  # 2023
    ("kind", "碳市场累计成交5136万吨。", "5136万吨", {"kind": "level", "qualifier": "累计"}),  # 重庆
    ("direction", "今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。", "0.4个百分点",
     {"kind": "change", "direction": "down"}),  # 2018
    ("direction", "今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。", "0.2个百分点",
     {"kind": "change", "direction": "up"}),  # 2019
    ("direction", "现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。",
     "2.5个百分点", {"kind": "change", "direction": "up"}),  # 2016
    ("kind", "城镇登记失业率降至4%。", "4%", {"kind": "level", "direction": ""}),
    ("kind", "我国的工业总产值增长一点二倍，即增加三百三十三亿元。", "一点二倍",
     {"kind": "growth", "value": 1.2, "unit": "倍", "direction": "up"}),  # 1957
    ("kind", "五年间产值增长２倍。", "２倍", {"kind": "growth", "value": 2}),  # 1993
    ("kind", "园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点。", "2.2个",
     {"unit": "个百分点", "kind": "change", "direction": "up"}),
    # a half after the unit: 倍半, 斤半; not 半 that starts a word
    ("half", "一九五四年預算中經濟建設的支出等於一九五〇年的六倍半；", "六倍半",
     {"value": 6.5, "unit": "倍"}),  # 1954
    ("half", "使每百斤大豆的出油量在一九五四年提高到十三斤半，比全国每百斤大豆的平均出油量多二斤左右。",
     "十三斤半", {"value": 13.5, "unit": "斤"}),  # 1955
    ("half", "企业开办时间压缩到3天半。", "3天半", {"value": 3.5, "unit": "天"}),
    ("half", "引进3个半导体项目。", "3个", {"value": 3}),
    ("half", "历时3个半小时。", "3个半小时", {"value": 3.5, "unit": "小时"}),
    ("half", "高出全国2个半百分点。", "2个半百分点", {"value": 2.5, "unit": "个百分点"}),
    ("half", "建成5个半岛旅游度假区。", "5个", {"value": 5}),
    # adverbs and a verb of having are no label: the clause before or the words after name it
    ("adverb", "建立关键共性技术及卡脖子技术清单64项，56项已经实现产业化。", "56项",
     {"label": "实现产业化"}),  # 郑州
    ("adverb", "同我国建立经济关系的国家和地区，已经有九十三个；", "九十三个",
     {"label": "同我国建立经济关系的国家和地区"}),  # 1959
    ("adverb", "已有17个省（区、市）完成国有企业下岗职工基本生活保障向失业保险并轨。", "17个",
     {"label": "省"}),  # 2006
    ("adverb", "到一九三三年，全国钢产量也只有二万五千吨。", "二万五千吨",
     {"label": "钢产量"}),  # 1955
    ("adverb", "从今天起，到1997年7月1日我国对香港恢复行使主权，只有849天了。", "849天",
     {"label": "到1997年7月1日我国对香港恢复行使主权"}),  # 1995: a date is no figure of its own
    ("adverb", "全省已有首都功能核心区项目12个。", "12个",
     {"label": "首都功能核心区项目"}),  # 首都 keeps its 都
    ("adverb", "水土流失比较严重的面积有一百五十万平方公里，初步进行了保持水土措施的有六十万平方公里，"
     "已经有四十万平方公里得到治理。", "四十万平方公里",
     {"label": "得到治理"}),  # a clause with a figure of its own names no other
    ("adverb", "目前国营建筑企业固定职工的比例，已由五十年代的50%左右，上升到80%以上。", "50%",
     {"label": "目前国营建筑企业固定职工的比例"}),  # 1984: 已由 a level's origin
    ("adverb", "将养老保险单位缴费比例从20%降至16%。", "20%", {"label": "养老保险单位缴费比例"}),  # 2023
    ("adverb", "已建在建电力装机2705万千瓦。", "2705万千瓦", {"label": "已建在建电力装机"}),  # 西藏
    ("adverb", "工业企业可比产品的成本，一九八○年上升百分之零点九，一九八一年上升百分之一。", "百分之一",
     {"label": "工业企业可比产品的成本一九八一年上升"}),  # 1983: not the clause with a figure, the subject
    # so do a comparison with 高于, 低于, 快于 … and one with 超 before a percentage
    ("share", "城市空气优良天数比例达89%、高于全国平均水平1.8个百分点。", "1.8个百分点",
     {"label": "城市空气优良天数比例高于全国平均水平", "direction": "up"}),  # 湖南
    ("share", "省重大项目投资7300亿元、超年度计划目标13.9%。", "13.9%",
     {"label": "省重大项目投资超年度计划目标"}),  # 江苏
    ("share", "新增零碳工厂3家、超级能效工厂8家。", "8家", {"label": "超级能效工厂"}),  # 河南
    ("share", "每百元工业固定资产净值提供的税收利润，1977年为31.5元。", "31.5元",
     {"label": "每百元工业固定资产净值提供的税收利润1977年"}),  # 1980: a year and a link
    # a year and a link or change word: the measure before in another year
    ("share", "每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元，"
     "1979年进一步提高到36.3元。", "36.3元",
     {"label": "每百元工业固定资产净值提供的税收利润1979年"}),  # 1980
    ("share", "全市常住人口2020年为100万人，2023年达到120万人。", "120万人", {"label": "常住人口2023年"}),
    ("share", "计划规定，五年合计国家财政收入为五千九百五十三亿元，其中一九八五年为一千二百七十四亿元。",
     "一千二百七十四亿元", {"label": "国家财政收入一九八五年"}),  # 1982: one year, not the five
    ("share", "农业总产值平均每年增长7.9%，1984年增长14.5%。", "14.5%",
     {"label": "农业总产值1984年增长", "direction": "up"}),  # 1985: no average
    # a share of the figure before takes its subject, when that is one
    ("share", "完成保供任务8.3亿吨、占全国34.5%。", "34.5%", {"label": "完成保供任务占全国"}),  # 内蒙古
    ("share", "2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍。", "1.8倍",
     {"label": "财政性教育经费投入是1997年"}),  # 2003: a multiple takes the subject too
    ("share", "工业部门为二百四十八亿五千万元，占百分之五十八点二；", "百分之五十八点二",
     {"label": "工业部门占"}),  # 1955
    ("share", "全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，"
     "占国内生产总值的比重从0.64%提高到1.13%。", "0.64%",
     {"label": "占国内生产总值的比重"}),  # 2003: 增加到2002年 is no subject
    ("share", "国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右。",
     "11.4%", {"label": "占世界经济比重"}),  # 2018
    ("share", "财政民生支出420亿元，同比增长5%，占一般公共预算支出的80%。", "80%",
     {"label": "财政民生支出占一般公共预算支出"}),  # no 同比 in the subject
    ("subject", "一般公共预算收入完成180亿元，增长5%，占年度预算的102%。", "5%",
     {"label": "一般公共预算收入增长"}),  # 完成 is one word: not 一般公共预算收入完增长
    ("subject", "发电量：从七十二亿六千万度增加到一百五十九亿度，增长一点二倍。", "一点二倍",
     {"label": "发电量增长", "value": 1.2}),  # 1955: the subject before the colon
    # what an amount is for names it only when the words before are a bare verb
    ("purpose", "吸引社会资本100亿元参与城市更新。", "100亿元", {"label": "吸引社会资本"}),
    ("purpose", "安排超长期特别国债3000亿元支持消费品以旧换新。", "3000亿元",
     {"label": "安排超长期特别国债"}),  # 2025
    ("purpose", "拿出120.6亿元支持基层化债。", "120.6亿元", {"label": "拿出支持基层化债"}),  # 内蒙古
    # a number right after 每 is a rate's denominator, not a figure of its own
    ("per", "今年小麦最低收购价每50公斤提高5到7元。", "50公斤", None),  # 2011
    ("per", "今年小麦最低收购价每50公斤提高5到7元。", "5到7元",
     {"value": 5, "high": 7, "label": "小麦最低收购价每50公斤提高"}),
    ("per", "每10万人口拥有执业医师320人。", "320人", {"label": "每10万人口拥有执业医师"}),
    ("per", "配置AED达每10万人45台。", "10万人", None),  # 浙江 2025
    ("per", "地铁高峰发车间隔缩短至每3分钟一班。", "3分钟", {"value": 3}),  # an interval
    # an item number run into a count at a paragraph's start (四川 2025's glossary)
    ("list", "8.6个重大科技专项：省委十二届五次全会明确提出。", "6个", {"value": 6, "unit": "个"}),
    ("list", "每千人口拥有婴幼儿托位数增至4.14个。", "4.14个", {"value": 4.14}),  # 青海 2025
    # people counted with no unit written, 人口 before or after the number
    ("people", "在全国的三千六百万的少数民族人口中。", "三千六百万",
     {"value": 3600, "unit": "万人", "dimension": "people"}),  # 1959
    ("people", "使我国这样一个有六亿多人口的大国。", "六亿多", {"value": 6, "unit": "亿人"}),  # 1959
    ("people", "1509万农民享受了农村最低生活保障。", "1509万", {"value": 1509, "unit": "万人"}),  # 2007
    ("people", "今年我区有17万应届大学生毕业。", "17万", {"value": 17, "unit": "万人"}),  # 内蒙古
    ("people", "新增405万皖北群众喝上引调水。", "405万",
     {"value": 405, "unit": "万人", "kind": "change"}),  # 安徽
    ("people", "惠及五地州500万各族群众。", "500万", {"value": 500, "unit": "万人"}),  # 新疆
    ("people", "新增技能人才74万、专业人才8.1万。", "74万", {"value": 74, "unit": "万人"}),  # 云南
    ("people", "旅居人数达389.75万、增长20.7%。", "389.75万", {"value": 389.75, "unit": "万人"}),
    ("unit", "有效应对14轮强降雨和7次台风。", "14轮", {"value": 14, "unit": "轮"}),  # 广东
    ("unit", "违规电动三四轮车实现动态清零。", "三四轮", None),  # 北京: wheels, not rounds
    ("unit", "PM2.5年均浓度降至38微克／立方米以下。", "38微克／立方米",
     {"value": 38, "unit": "微克/立方米"}),  # 天津: a full-width slash
    ("people", "年收入10万以上的农民。", "10万", None),
    ("people", "培育2.3万农民专业合作社。", "2.3万", None),  # cooperatives, not farmers
    ("range", "八年内使它们提供的商品粮比现在增加两三倍。", "两三倍",
     {"value": 2, "high": 3, "unit": "倍"}),  # neighbouring digits are never 23
    ("range", "比上年提高三四个百分点。", "三四个百分点", {"value": 3, "high": 4}),
    ("adverb", "全区47个村已经实现集体经济收入超10万元。", "47个", {"label": "村"}),
    ("adverb", "全县已有23个行政村通上天然气。", "23个", {"label": "行政村通上天然气"}),
    ("adverb", "地区生产总值将突破800亿元。", "800亿元", {"label": "地区生产总值"}),
    ("adverb", "全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍。", "一点四倍",
     {"label": "粮食增产", "direction": "up"}),  # 1975: 尽管, 但 are no part of a label
    ("share", "2020年全市财政收入为30亿元，2024年为42亿元。", "42亿元",
     {"label": "全市财政收入2024年"}),
    ("share", "全市GDP年均增长6.5%，2024年为5.8%。", "5.8%",
     {"label": "GDP2024年增长", "kind": "growth", "direction": "up"}),  # the growth of another year
    ("share", "地区生产总值增长5%，2024年为1.2万亿元。", "1.2万亿元",
     {"label": "地区生产总值2024年", "kind": "level"}),  # another unit: a level
    ("unit", "组织开展5轮次应急演练。", "5轮次", {"value": 5, "unit": "轮次"}),
    ("people", "落实1.2亿学生资助资金。", "1.2亿", None),
    ("direction", "压减粗钢、水泥产能320万吨。", "320万吨", {"kind": "change", "direction": "down"}),
    ("direction", "提高义务教育学位供给1.2万个。", "1.2万个", {"kind": "change", "direction": "up"}),
    ("direction", "完成轨道站点步行便捷性提升项目13个。", "13个", {"kind": "level", "direction": ""}),
    ("direction", "超大城市治理试点投入3.2亿元。", "3.2亿元", {"kind": "level", "direction": ""}),
    ("share", "地区生产总值达到520亿元，超高清视频产业增长25%。", "25%",
     {"label": "超高清视频产业增长"}),  # 超高清 is a word, no comparison
    ("adverb", "将乐县新增就业1200人。", "1200人", {"label": "将乐县新增就业"}),  # 将乐 is a county
    ("shared", "猪肉、牛羊肉价格分别下降5%和3%。", "5%", {"label": "猪肉价格下降"}),  # jieba: 牛羊肉
    ("shared", "小学、初中入学率分别达到100%和99%。", "100%", {"label": "小学入学率"}),  # a class of farmers, not a number of them
    ("people", "参加新型农村合作医疗的人口8.14亿。", "8.14亿", {"value": 8.14, "unit": "亿人"}),  # 2009
    ("people", "全省人口20万以上的县达到9个。", "20万", None),  # a class of counties
    ("people", "投资1000万以上。", "1000万", None),  # no unit, no people
    # parallel short names share the measure written after the last of them
    ("shared", "今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。", "7.4元",
     {"label": "小麦最低收购价平均每50公斤提高"}),  # 2012
    ("shared", "汽车、家电零售额分别增长5%、6%。", "5%", {"label": "汽车零售额增长"}),
    # a paired scope split over a 分别 list of two
    ("shared", "城乡居民人均可支配收入分别增长6.8%和8.3%。", "8.3%",
     {"label": "农村居民人均可支配收入增长"}),  # 西藏 2025
    ("shared", "城乡低保标准分别提高13.1%和17.7%。", "13.1%", {"label": "城镇低保标准提高"}),
    # a 分别 list with no subjects of its own takes those of the levels before it
    ("shared", "文旅市场持续升温，接待境内外游客超10.9亿人次，旅游总收入超1.3万亿元，分别增长15.8%和11.5%。",
     "11.5%", {"label": "旅游总收入增长", "direction": "up"}),  # 江苏 2025
    ("shared", "文旅市场持续升温，接待境内外游客超10.9亿人次，旅游总收入超1.3万亿元，分别增长15.8%和11.5%。",
     "15.8%", {"label": "接待境内外游客增长"}),
    # per-unit rates
    ("rate", "城乡低保标准提高到不低于740元/月。", "740元/月",
     {"unit": "元/月", "dimension": "money_per_month", "bound": "at_least"}),  # 湖南 2025
    ("rate", "人均年收入16.8万元/人。", "16.8万元/人",
     {"base_value": 168000, "base_unit": "元/人", "dimension": "money_per_person"}),
    ("rate", "新增污水处理能力30万吨/日。", "30万吨/日", {"dimension": "mass_per_day"}),
    # numbers as written anywhere
    ("numeral", "国家预算支出比1956年减少百分之四。", "百分之四",
     {"value": 4, "unit": "%", "direction": "down"}),  # 1957
    ("numeral", "工业总产值将增长百分之十一点八。", "百分之十一点八", {"value": 11.8}),
    ("numeral", "达到八百二十七亿一千万元。", "八百二十七亿一千万元",
     {"value": 827.1, "unit": "亿元", "base_value": 82_710_000_000}),
    ("numeral", "粮食三亿零四百七十五万吨。", "三亿零四百七十五万吨",
     {"value": 3.0475, "unit": "亿吨", "base_value": 304_750_000}),
    ("numeral", "减税降费两千亿元。", "两千亿元", {"value": 2000, "unit": "亿元"}),
    ("numeral", "财政收入４３８００亿元。", "４３８００亿元", {"value": 43800}),  # 1980s
    ("numeral", "国内生产总值7 4 7 7 2 亿元。", "7 4 7 7 2 亿元", {"value": 74772}),  # 1998
    ("numeral", "粮食产量33，212万吨。", "33，212万吨", {"value": 33212}),  # 1980
    ("numeral", "千分之五。", "千分之五", {"value": 5, "unit": "‰", "base_value": 0.5}),
    ("numeral", "各地人民公社还办了三万多所农业中学。", "三万多所",
     {"value": 3, "unit": "万所", "bound": "more_than"}),  # 1960
    ("numeral", "坚持八项规定精神。", "八项", None),
    ("numeral", "深刻领悟两个确立的决定性意义。", "两个", None),
    ("numeral", "处理好十大关系。", "十大", None),
    ("numeral", "第十一个五年计划。", "十一个", None),
    # units the table once lacked
    ("unit", "年供水370亿方。", "370亿方", {"base_value": 37_000_000_000, "base_unit": "立方米"}),
    ("unit", "集装箱吞吐量5150.6万标准箱。", "5150.6万标准箱", {"dimension": "containers"}),
    ("unit", "算力总规模达到9.4万P。", "9.4万P", {"dimension": "computing", "base_unit": "EFlops"}),
    ("unit", "建成1000千伏特高压线路。", "1000千伏", {"dimension": "voltage"}),
    ("unit", "修建的职工宿舍十五万平方公尺。", "十五万平方公尺", {"base_unit": "平方米"}),  # 1955
    ("unit", "现已吸纳农村劳动力１亿多人。", "１亿多人", {"value": 1, "unit": "亿人"}),  # 1993
    # not figures: classes before 级
    ("class", "建设30万吨级进港航道。", "30万吨", None),
    ("class", "26兆瓦级风电机组下线。", "26兆瓦", None),
    # labels
    ("label", "15个主平台新承接产业转移项目约700个。", "700个",
     {"bound": "about", "label": "主平台新承接产业转移项目"}),
    ("label", "规上工业增加值、社会消费品零售总额分别增长4.8%、7.2%。", "7.2%",
     {"label": "社会消费品零售总额增长"}),
    ("label", "铁路货运量由八亿二千万吨增加到十亿七千万吨，增长百分之三十点五。", "百分之三十点五",
     {"label": "铁路货运量增长"}),  # 1979
    ("label", "在食堂吃饭的人数有四亿人。", "四亿人", {"label": "在食堂吃饭的人数"}),  # 1960
)  # fmt: skip
