"""The tables that say what a figure looks like in Chinese report prose.

Every word list the figure recogniser uses lives here, so that supporting another report's style
means adding a row, not writing code.
"""

from __future__ import annotations

# Qualifiers written directly before the number, longest first (达到 before 达).
QUALIFIERS_BEFORE: tuple[str, ...] = (
    "新增加", "达到", "超过", "突破", "累计", "新增", "净增", "达", "超", "近", "约",
)  # fmt: skip

# Qualifiers that open a clause and govern every figure in it, even with a label in between:
# 新增网签安置房9120套、79.94万平方米 — both figures are new additions.
QUALIFIERS_OPENING_CLAUSE: tuple[str, ...] = ("新增加", "新增", "净增", "累计")

# Written between the number and the unit: 270余家, 3400多万人次.
APPROXIMATE_MARKS: tuple[str, ...] = ("余", "多")

# Written after the unit, longest first.
QUALIFIERS_AFTER: tuple[str, ...] = ("左右", "以上", "以内", "以下")

# Words that open a clause without saying what is measured; dropped from labels (and looked
# through when finding a clause-opening qualifier): 全年完成绿化面积35万㎡ → 完成绿化面积.
LABEL_FILLERS: tuple[str, ...] = (
    "全区", "全年", "全市", "全省", "全国", "年内", "实现", "其中", "并", "为", "共", "另",
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

# A number right after one of these is an ordinal or part of a name (第23届, PM2.5, G219, 5G).
NOT_BEFORE_A_FIGURE = "第"

# A label before a classifier figure that is at most this long is kept in front of the phrase
# after it: 新培育2家省级创新联合体 → 新培育省级创新联合体; a longer one is context, not label.
SHORT_VERB_LENGTH = 4
