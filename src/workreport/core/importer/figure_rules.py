"""The tables that say what a figure looks like in Chinese report prose.

Every word list the figure recogniser uses lives here, so that supporting another report's style
means adding a row, not writing code.
"""

from __future__ import annotations

from workreport.core.importer.bounds import (
    BOUND_WORDS_AFTER,
    BOUND_WORDS_BEFORE,
    BOUND_WORDS_INSIDE,
)
from workreport.core.importer.direction import CHANGE_WORDS as CHANGE_WORDS

# Verbs written directly before the number (or before a bound word before it), longest first
# (达到 before 达). They say what the figure counts; bounds (不低于, 约, 左右 …) are in bounds.py.
VERB_QUALIFIERS: tuple[str, ...] = (
    "力争达到", "新增加", "力争", "达到", "累计", "新增", "净增", "高达", "达",
)  # fmt: skip

# Written anywhere in a figure's own words, it makes the figure a cumulative total and goes into
# its qualifier: 五年累计减税5.4万亿元, 碳市场累计成交5136万吨.
CUMULATIVE = "累计"

# Qualifiers written directly before the number: verbs and bound words, longest first.
QUALIFIERS_BEFORE: tuple[str, ...] = tuple(
    sorted(set(VERB_QUALIFIERS) | set(BOUND_WORDS_BEFORE), key=len, reverse=True)
)

# A total that names itself keeps its own verb: 新增…16家、总数达到98家 is not a new addition.
TOTAL_WORDS: tuple[str, ...] = ("总数", "总量", "总计", "总规模", "累计", "共计", "合计")

# Verbs that make a figure a new addition (a change, up) or a cumulative total (a level).
NEW_VERBS: tuple[str, ...] = ("新增加", "新增", "净增")

# Qualifiers that open a clause and govern every figure in it, even with a label in between:
# 新增网签安置房9120套、79.94万平方米 — both figures are new additions.
QUALIFIERS_OPENING_CLAUSE: tuple[str, ...] = ("新增加", "新增", "净增", "累计")

# Written between the number and the unit: 270余家, 3400多万人次.
APPROXIMATE_MARKS: tuple[str, ...] = BOUND_WORDS_INSIDE

# Written after the unit, longest first.
QUALIFIERS_AFTER: tuple[str, ...] = BOUND_WORDS_AFTER

# Words that open a clause without saying what is measured; dropped from labels (and looked
# through when finding a clause-opening qualifier): 全年完成绿化面积35万㎡ → 完成绿化面积.
LABEL_FILLERS: tuple[str, ...] = (
    "全区", "全年", "全市", "全省", "全国", "全县", "全州", "全盟", "全旗", "年内", "实现", "其中", "并", "为", "共", "另",
    "次年", "今年", "明年", "同时", "尽管", "但是", "但", "而且", "并且", "而",
)  # fmt: skip

# Function words that lead to the number at the end of a label, dropped: 人数有 → 人数,
# 货运量由 → 货运量, 总人数的 → 总人数. (了 and 为 after a change word stay: 增加了, 增速为.)
LABEL_TRAILING_WORDS: tuple[str, ...] = (
    "只有",
    "拟按",
    "由",
    "从",
    "的",
    "有",
    "是",
    "按",
    "共有",
    "约为",
)

# Adverbs between a label and its link, dropped after it: 钢产量也只有 → 钢产量, 同我国建交的国家
# 已经 → 同我国建交的国家, 地区生产总值将 → 地区生产总值 (not 只, 都 or 就: 船只, 首都, 成就).
TRAILING_ADVERBS: tuple[str, ...] = ("已经", "也还", "也", "就已经", "还将", "也将", "将")

# Verbs that end the noun after a classifier: 15个主平台新承接产业转移项目约700个 counts 主平台.
VERBS_AFTER_A_COUNTED_NOUN: tuple[str, ...] = (
    "新承接", "新引进", "新开工", "新建成", "承接", "引进", "完成", "实现", "建成", "达到", "累计",
    "开工", "签约", "带动", "吸纳", "获得", "落地", "获评", "入选", "纳入", "配备", "建立", "参与",
    "稳定消除", "由企业",
)  # fmt: skip

# Words before a number that leave a coordinate open: 实现所有乡镇和90%以上行政村通硬化路 — the
# 90% measures the 行政村 after it, not the 乡镇 before.
COORDINATING_ENDS: tuple[str, ...] = ("和", "及", "与", "或", "、")

# After X%的, nouns that say what kind of figure it is, not what it is a share of.
NOT_SHARED_NOUNS: tuple[str, ...] = ("目标", "水平", "增速", "速度", "幅度", "标准", "比例", "增长")

# After a unit, words that make the figure a threshold for the noun after 的: 10万元以上的村.
THRESHOLD_WORDS: tuple[str, ...] = ("以上", "以下", "以内")

# Words that never name what is measured on their own.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {"和", "及", "与", "或", "在", "过", "次", "的", "为", "是", "有", "多", "余", "超", "达", "约",
     "其中", "共", "等", "以上", "以下", "左右", "了"}
)  # fmt: skip

# Characters that end a clause: a label never reaches back past them. The enumeration comma 、
# does not end a clause (新增网签安置房9120套、79.94万平方米 shares 新增).
CLAUSE_DELIMITERS = "，,；;。：:！？!?"

# Characters that end the phrase after a unit (``7个专业技术服务平台、…``).
PHRASE_DELIMITERS = CLAUSE_DELIMITERS + "、"

# Sentence terminators.
SENTENCE_TERMINATORS = "。！？!?"

# Paired marks whose contents are names, not figures: “15分钟服务圈”, 《资本力量》1+6系列.
NAME_BRACKETS: dict[str, str] = {"“": "”", "《": "》", "「": "」", "『": "』"}

# A number right after one of these is an ordinal or part of a name (第23届, PM2.5, G219, 5G); after
# 每 see classes.is_denominator.
NOT_BEFORE_A_FIGURE = "第"

# A unit followed by one of these characters is the start of a word: 人民, 多元化, 元素, 元旦.
NOT_AFTER_A_UNIT: dict[str, str] = {
    "人": "民口",
    "元": "化素旦首",
    "方": "面式向案法",
    "台": "阶",
    "家": "庭具电乡长属政",
    "轮": "船胎渡椅车",  # 有效应对14轮强降雨 counts rounds; 三四轮车, 3轮船 would not
}


# A label before a classifier figure that is at most this long is kept in front of the phrase
# after it: 新培育2家省级创新联合体 → 新培育省级创新联合体; a longer one is context, not label.
SHORT_VERB_LENGTH = 4

# Between the two ends of a range: 5.0%—5.5%, 1—2个, 5%至5.5%. Year spans (2025—2027年) have no unit
# and are never figures.
RANGE_DASHES: tuple[str, ...] = ("—", "－", "-", "–", "~", "～", "至", "到")

# Qualifiers before which a round Chinese numeral and magnitude are a figure: 突破千亿元, 超百亿元,
# 跨过万亿元大关. Without one (万亿元级产业集群, 再上一个万亿元台阶) the words are a name or a phrase.
CHINESE_MAGNITUDE_QUALIFIERS: tuple[str, ...] = (
    "首次突破", "双超", "跨过", "突破", "超过", "稳定在", "达到", "超", "近", "达",
)  # fmt: skip

# A Chinese-numeral magnitude followed by one of these is part of a name: 千亿元级, 超千亿元镇.
CHINESE_MAGNITUDE_NOT_BEFORE = "级镇"

# Words that say the figure after them is a change (增长5.4%, 再提高20元) are CHANGE_WORDS, from
# the direction rules in direction.py.

# Written between a change word and the figure without changing its meaning: 增长了5%, 增速为5%.
# 提高到/提高至 are not among them: 提高到60% names the level reached, not the change.
CHANGE_WORD_LINKS: tuple[str, ...] = ("保持在", "控制在", "了", "为")

# How far before the number a change verb with its object may stand: 提高大病保险最高支付限额3800元,
# 压减省级机关事业单位公用经费15%.
CHANGE_VERB_REACH = 16

# A change verb with one of these between it and the number governs another phrase.
NOT_BETWEEN_VERB_AND_NUMBER = "的占是为比了"
# Nor across a 、 that opens a phrase of its own with a verb (提高城乡居民基础养老金、惠及549万人);
# a list of its objects it governs (压减粗钢、水泥产能320万吨, 降低物流、融资、用能等成本1000亿元).
PHRASE_VERBS: tuple[str, ...] = (
    "惠及", "覆盖", "受益", "新增", "带动", "吸纳", "完成", "实现", "达到", "建成", "累计", "帮助",
    "服务", "培训", "引进", "落地", "开工", "签约", "获得",
)  # fmt: skip
# Verbs before 提升/提高 that make it a verb of works, counting what is worked on (改造提升老旧厂房40处).
WORKS_VERBS: tuple[str, ...] = ("改造", "整治", "新建", "建设", "打造", "升级", "新改造")
AFTER_WORKS_VERB: tuple[str, ...] = ("发展", "项目", "工程", "行动")  # 提升发展, 提升项目

# Written right before a number that is the level reached, not a change: 提高到67%, 降至4%.
LEVEL_LINKS: tuple[str, ...] = ("到", "至", "为", "成")
# The verbs that link a subject to its level, taken off the end of a subject as whole words (the 成
# of 完成 is no link of its own: 一般公共预算收入完成180亿元，增长5% → 一般公共预算收入增长).
SUBJECT_LINKS: tuple[str, ...] = (
    "完成", "建成", "形成", "实现", "达到", "达", "到", "至", "为", "了",
)  # fmt: skip

# A level reached keeps its subject, not its verb, as its label: 常住人口城镇化率提高到67% →
# 常住人口城镇化率, 全省高校增至80所 → 高校, 工业部门为二百四十八亿五千万元 → 工业部门. The link
# (到, 至, 为) goes, with the verb before it (a change word or one of these) and adverbs before that.
LEVEL_REACHED_LINKS: tuple[str, ...] = ("到", "至", "为")
LEVEL_REACHED_VERBS: tuple[str, ...] = (
    "优化重组",
    "扩展",
    "延长",
    "恢复",
    "调整",
    "发展",
    "更新",
    "缩",
    "降",
    "升",
    "增",
    "减",
    "共",
    "拟定",
    "设定",
    "安排",
    "估算",
    "定",
)
# Words that open a level's label and lead to it, dropped: 将养老保险单位缴费比例从20%降至16%.
LEVEL_REACHED_OPENERS: tuple[str, ...] = ("要把", "将", "把")  # fmt: skip
LEVEL_REACHED_ADVERBS: tuple[str, ...] = (
    "进一步", "已经", "预计", "分别", "迅速", "稳步", "将", "已", "均", "则", "就", "才", "又",
    "却", "再", "也", "并", "要", "拟",
)  # fmt: skip
# Change words that are nouns: before 为 they are what is measured (工业增速为8%).
RATE_NOUNS: tuple[str, ...] = ("增长率", "增速", "增幅", "涨幅", "降幅")
NOT_ADVERBS: tuple[str, ...] = ("平均", "年均", "人均")  # 均 here is part of the noun
LEVEL_REACHED_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("常住人口城镇化率提高到", "常住人口城镇化率"),
    ("社会物流总费用占地区生产总值的比重下降至", "社会物流总费用占地区生产总值的比重"),
    ("国营机械化农场将增加到", "国营机械化农场"),
    ("工业部门为", "工业部门"),
    ("经济增长速度的调控目标定为", "经济增长速度的调控目标"),
    ("将养老保险单位缴费比例降至", "养老保险单位缴费比例"),
    ("拟定为", "拟定为"),
    ("省重点实验室优化重组至", "省重点实验室"),
    ("城镇调查失业率平均为", "城镇调查失业率平均"),
    ("从增加到", "从增加到"),
    ("用于城市居民最低生活保障的补助资金由上年增加到", "用于城市居民最低生活保障的补助资金"),
    ("已由五十年代上升到", "已由五十年代上升到"),  # nothing would be left: the label stays as it is
    ("工业增速为", "工业增速"),
    ("一九五二年为", "一九五二年为"),
    ("城镇新增就业", "城镇新增就业"),
)

# The word that shares one verb among several figures: 分别增长4.8%、7.2%.
SHARED_VERB_MARK = "分别"

# The opening of the year's list of main expected targets: every figure from here to the end of
# the sentence is a target, not a result. 今年发展主要预期目标是：国内生产总值增长5%左右；…。
TARGET_OPENERS: tuple[str, ...] = (
    "主要预期目标建议为", "主要预期目标是", "主要预期目标为", "预期目标是", "预期目标为",
)  # fmt: skip
TARGET_OPENER_END = "：:"

# A phrase after a figure that starts with one of these names a milestone or joins the next figure,
# not the thing measured: 1.4万亿斤新台阶, 30元和5元.
NOT_A_LABEL_AFTER: tuple[str, ...] = (
    "新台阶", "台阶", "大关", "新高", "和", "及", "与", "或", "增加到", "增长到", "提高到", "下降到",
    "减少到", "降到", "降至", "增至", "到", "至",
)  # fmt: skip
# A phrase after a figure that starts with one of these says what the amount is for: the words
# before it name the figure when they are more than a bare verb (吸引社会资本100亿元参与城市更新 →
# 吸引社会资本, 中央财政安排219亿元支持… → 中央财政安排; but 拿出120.6亿元支持基层化债 →
# 拿出支持基层化债).
PURPOSE_AFTER: tuple[str, ...] = (
    "参与", "用于", "投向", "集中投向", "投入", "带动", "支持", "助力", "惠及", "直达", "撬动", "拉动",
    "推动", "促进",
)  # fmt: skip
BARE_VERB_LENGTH = 2

# Dimensions whose figures never take their label from the phrase after them: 按4%左右安排 does not
# measure 安排.
NO_LABEL_AFTER_DIMENSIONS: frozenset[str] = frozenset({"percent", "percentage_points"})

# A label that opens with one of these compares with the figure before it in the sentence and
# takes that figure's subject: 赤字规模5.66万亿元、比上年增加1.6万亿元 → 赤字规模比上年增加.
COMPARISON_OPENERS: tuple[str, ...] = ("比上年", "比去年", "较上年", "同比")
# A label that opens with this is a share of the figure before it and takes its subject when that
# is a subject (no number, no verb first): 工业增加值达到5000亿元，占全省的30% → 工业增加值占全省;
# not 从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重 (the subject there is 增加到2002年).
SHARE_OPENER = "占"
# A comparison that opens with one of these takes the subject too: 城市空气优良天数比例达89%、高于全国
# 平均水平1.8个百分点 → 城市空气优良天数比例高于全国平均水平; 超 alone only before a percentage
# (省重大项目投资7300亿元、超年度计划目标13.9%), not 超级能效工厂8家 or 超百亿级的县域特色链10条.
COMPARING_OPENERS: tuple[str, ...] = ("高于", "低于", "快于", "慢于", "优于", "超出", "超过")
COMPARING_BEFORE_PERCENT = "超"
NOT_COMPARING: tuple[str, ...] = (
    "超高",
    "超大",
    "超级",
    "超低",
    "超前",
    "超常",
    "超长",
    "超算",
    "超导",
)
PERCENT_UNITS: tuple[str, ...] = ("%", "％", "个百分点")
# A multiple that opens with 是 compares with another time and takes the subject too:
# 全国财政性教育经费投入3366亿元，是1997年的1.8倍 → 全国财政性教育经费投入是1997年 (2003).
MULTIPLE_OPENER = "是"
MULTIPLE_UNIT = "倍"
NOT_A_SUBJECT_OPENERS: tuple[str, ...] = (
    "增加", "提高", "增长", "达到", "是", "从", "由", "占", "年均", "累计", "比", "较", "同比",
)  # fmt: skip

# The head nouns of a measure: in 汽车、家电、通讯、家具零售额分别增长… the last subject's head
# (零售额) completes the subjects before it that have none (通讯 → 通讯零售额). Longest first.
MEASURE_NOUNS: tuple[str, ...] = (
    "零售总额", "零售额", "销售额", "增加值", "营业收入", "收入", "产量", "产值", "投资", "出口额",
    "进口额", "出口", "进口", "总额", "规模", "人数", "数量", "面积", "比例", "比重", "浓度",
    "覆盖率", "利润", "税收", "支出", "增速", "居民人均可支配收入", "人均可支配收入",
)  # fmt: skip

# A subject that ends with one of these is a measure already and is not completed: 生产安全事故起数.
MEASURE_ENDINGS: tuple[str, ...] = (*MEASURE_NOUNS, "数", "量", "率", "额", "值", "价", "费")

# A scope that names two in one word: 城乡居民人均可支配收入分别增长6.8%和8.3% gives 城镇居民… and
# 农村居民… (only for a 分别 list of two figures).
PAIRED_SCOPES: dict[str, tuple[str, str]] = {"城乡": ("城镇", "农村")}

# Between the subjects of one 分别 list when there is no 、: 城镇和农村居民人均可支配收入分别增长….
SUBJECT_JOINERS: tuple[str, ...] = ("和", "及", "与")

# One-character change verbs before 至/到, for completing a label with its subject: 由23.9%降至10%.
SHORT_CHANGE_WORDS: tuple[str, ...] = ("降", "升", "增", "减", "缩")

# Between the figures of one 分别 list.
SHARED_LIST_SEPARATORS: tuple[str, ...] = ("、", "和", "及")

# A figure whose own words are a link verb alone names its measure in the clause before the comma:
# 今年经济增长速度的宏观调控目标，定为百分之八至九 → 今年经济增长速度的宏观调控目标定为 (then its
# measure is the growth of the economy). Only these verbs, and only across one comma of the same
# sentence: 全年粮食产量，为 is read so, 全年粮食产量，增长 keeps its own verb.
LINK_ONLY_LABELS: tuple[str, ...] = ("定为", "确定为", "定在", "调整为", "设定为", "为", "是")

# Own words that are an adverb and a verb of having or reaching, nothing that names the figure:
# 同我国建立经济关系的国家和地区，已经有九十三个 (1959), 国家拨款为工人职员建筑的住宅，将约达…
# (1955). The figure is named by the clause before (not one with a figure of its own), or by
# the words after (已有25个省 → 省); an after-phrase that opens with an adverb keeps its verb
# (56项已经实现产业化 → 实现产业化, 郑州). Not 共计: a total of the figures before.
LEADING_ADVERBS: tuple[str, ...] = (
    "已经", "已", "将要", "将", "都", "均", "也", "还", "又", "只", "仅", "正在", "曾经", "曾",
)  # fmt: skip
# Of those, the ones a label never opens with (将 as the object marker too): 已由一九四九年的百分之十七
# → 由一九四九年 (a level's origin), 将养老保险单位缴费比例从20%降至16% → 养老保险单位缴费比例. Not
# 都 or 均 (都市圈, 均衡), not 正在 (正在施工 is not 施工), nor the words they start (将近 is a
# qualifier, 已建在建 a pair).
OPENING_ADVERBS: tuple[str, ...] = ("已经", "已", "将要", "将", "也", "又", "曾经")
NOT_OPENING_ADVERBS: tuple[str, ...] = (
    "将近", "将来", "将军", "将乐", "也门", "又称", "又一", "已知", "已建", "已婚", "已就业",
)  # fmt: skip
BARE_LINKS: tuple[str, ...] = ("有", "达到", "达", "共有", "约有", "共达", "约达")

# Own words that only say where a level comes from (由年初的400多万人扩大到…, 从三十七万吨增加到…,
# 由上年的74.3％提高到…): the measure is the subject of the clause before (its comma or colon).
# Not 从业人员, 从事, 由于: words of their own.
FROM_WORDS: tuple[str, ...] = ("由", "从")
NOT_FROM_WORDS: tuple[str, ...] = ("从业", "从事", "从而", "从严", "由于", "由此", "从来", "从未")

# Nouns of people that count a number with a magnitude and no unit: 1509万农民享受了农村最低生活
# 保障 (2007), 惠及16万儿童, 帮助158万残疾人就业 (see candidates.implied_people).
# Not when the noun only qualifies another (1.2亿学生资助资金, 2.3万农民专业合作社: money or
# cooperatives, however the number is written).
PEOPLE_NOUNS = (
    r"(?:农民|群众|居民|职工|学生|儿童|老人|老年人|妇女|残疾人|毕业生|青少年|劳动力|劳动者|游客)"
    r"(?!专业|合作|资金|经费|补助|补贴|资助|工资|保证金|公寓|小区|食堂|服务|中心|医保|疗休养|文化|集散)"
)
