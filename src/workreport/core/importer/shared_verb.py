"""Figures that share one verb through 分别: which subject each of them takes.

``规上工业增加值、社会消费品零售总额分别增长4.8%、7.2%`` gives each figure its own subject;
``城乡居民人均可支配收入分别增长6.8%和8.3%`` splits 城乡 in two; ``游客超10.9亿人次，旅游总收入超
1.3万亿元，分别增长15.8%和11.5%`` takes the subjects of the levels before it.
"""

from __future__ import annotations

from workreport.core.importer import figure_rules as rules
from workreport.core.importer.candidates import Candidate, match_prefix, match_suffix

_MEASURE_NOUNS = tuple(sorted(rules.MEASURE_NOUNS, key=len, reverse=True))
_PARALLEL_WIDTH = 4  # names of at most four characters are read as parallel (小麦、稻谷)


def shared_list(candidates: list[Candidate], index: int, text: str) -> int:
    """How many figures from ``index`` on form one list joined by 、 (分别增长4.8%、7.2%)."""
    count = 1
    while index + count < len(candidates):
        previous, following = candidates[index + count - 1], candidates[index + count]
        if text[previous.end : following.start] not in rules.SHARED_LIST_SEPARATORS:
            break
        count += 1
    return count


def share_verb(
    candidates: list[Candidate],
    index: int,
    text: str,
    label: str,
    change_word: str,
    earlier: list[str],
    earlier_labels: bool = False,  # earlier are the labels of the levels before, whole already
) -> dict[int, tuple[str, str]]:
    """Labels for a list of figures that share one verb through 分别.

    ``规上工业增加值、社会消费品零售总额分别增长4.8%、7.2%``: as many subjects as figures, so each
    figure takes its own (规上工业增加值增长, 社会消费品零售总额增长). Otherwise every figure takes
    the whole label without 分别 (城乡居民人均可支配收入分别增长4.7%、6.6% → 城乡居民人均可支配收入增长).
    """
    subjects, _, verb = label.partition(rules.SHARED_VERB_MARK)
    count = shared_list(candidates, index, text)
    parts = subjects.split("、")
    if len(parts) != count:
        for joiner in rules.SUBJECT_JOINERS:  # 城镇和农村居民人均可支配收入分别增长4.3%和7.1%
            if len(joined := subjects.split(joiner)) == count:
                parts = joined
                break
    if (
        len(parts) == count > 1
        and all(len(part) == 1 for part in parts[:-1])
        and len(parts[-1]) > 1
    ):
        rest = parts[-1][1:]  # 一、二、三产业增加值 → 一产业增加值, 二产业增加值, 三产业增加值
        parts = [part + rest for part in parts[:-1]] + [parts[-1]]
    elif rest := _parallel_rest(parts, count):
        parts = [part + rest for part in parts[:-1]] + [parts[-1]]
    paired = match_prefix(subjects, 0, tuple(rules.PAIRED_SCOPES))
    if len(parts) != count and count == 2 and paired and len(subjects) > len(paired):
        rest = subjects[len(paired) :]  # 城乡居民人均可支配收入分别增长6.8%和8.3%
        parts = [scope + rest for scope in rules.PAIRED_SCOPES[paired]]
    own = True  # the subjects are written in this list (not those of earlier figures)
    if not subjects.strip() and len(earlier) == count:
        parts, own = earlier, not earlier_labels  # 分别新认定60家和30家，累计分别达到1016家和591家
    if own and len(parts) == count > 1 and all(len(part) >= 2 for part in parts):
        head = match_suffix(parts[-1], len(parts[-1]), _MEASURE_NOUNS)
        if head and len(parts[-1]) > len(head):
            parts = [
                part if part.endswith(rules.MEASURE_ENDINGS) else part + head for part in parts
            ]  # 汽车、家电、通讯、家具零售额 → 通讯零售额
        labels = [part + verb for part in parts]
    elif not own:
        labels = [part + verb for part in parts]
    else:
        labels = [subjects + verb] * count
    return {index + i: (labels[i], change_word) for i in range(count)}


def _parallel_rest(parts: list[str], count: int) -> str:
    """What names the measure after the last of parallel short names: 小麦、稻谷最低收购价平均每50公斤
    → 最低收购价平均每50公斤 (小麦 takes it too), 小学、初中入学率 → 入学率; else empty. The last
    name is its first word (jieba: 牛羊肉/价格, not 牛羊/肉价格), about as long as the others."""
    if not len(parts) == count > 1 or any(
        len(part) > _PARALLEL_WIDTH or part.endswith(rules.MEASURE_ENDINGS) for part in parts[:-1]
    ):
        return ""
    last = parts[-1]
    if match_suffix(last, len(last), _MEASURE_NOUNS):
        return ""  # 汽车、家电零售额, 城镇和农村居民人均可支配收入: the measure-noun rule below
    if not any(ending in last for ending in rules.MEASURE_ENDINGS):
        return ""
    from workreport.core.wordfreq import cut  # about a second once, only for such a list

    name = cut(last)[0]
    rest = last[len(name) :]
    if any(abs(len(name) - len(part)) > 1 for part in parts[:-1]):
        return ""  # 二氧化硫、化学需氧量: 化学 is no name like 二氧化硫
    return rest if any(ending in rest for ending in rules.MEASURE_ENDINGS) else ""
