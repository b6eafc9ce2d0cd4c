"""Recall on ten figure-dense paragraphs of the corpus, every figure counted by hand."""

from __future__ import annotations

from tests.conftest import CORPUS
from workreport.core.importer.figures import find_figures

# (file, the paragraph's opening, every figure in it as written, counted by hand). Not figures:
# ordinals (第5位), names (“1+3+N”, 2.0版), set phrases (十种有色金属, 三个一批), spans (连续6年).
PARAGRAPHS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("provinces/2025年河南省政府工作报告.txt", "（一）经济运行持续向好。全年生产总值",
     ("6.36万亿元", "5.1%", "8.1%", "7%", "21.6%", "2.76万亿元", "6.1%", "5.4%", "1.68万个",
      "9718个", "318个", "40万辆", "450万台")),
    ("provinces/2025年浙江省政府工作报告.txt", "8.交通出行方面。新建新能源汽车公共充电桩",
     ("2万个", "1万个", "1000公里")),
    ("provinces/2025年四川省政府工作报告.txt", "——经济运行稳中向好。全省地区生产总值增长5.7%",
     ("5.7%", "0.7个百分点", "64697亿元", "2.5%", "6.6%", "6.3%", "2.4%", "4.2%", "9.4%")),
    ("provinces/2025年广东省政府工作报告.txt", "13.“1+3+N”低空经济发展平台", ("1个", "3个")),
    ("provinces/2025年甘肃省政府工作报告.txt", "令人振奋的是，经济发展提速跨关。",
     ("4个", "1.3万亿元", "5.8%", "10个", "5万", "5.28万元")),  # 突破5万关口: no unit written
    ("national/2025年国务院政府工作报告.txt", "今年发展主要预期目标是：",
     ("5%", "5.5%", "1200万人", "2%", "1.4万亿斤", "3%")),
    ("national/2010年国务院政府工作报告.txt", "国内生产总值达到33.5万亿元",
     ("33.5万亿元", "8.7%", "6.85万亿元", "11.7%", "5.31亿吨", "1102万人", "17175元", "5153元",
      "9.8%", "8.5%")),
    ("national/1959年国务院政府工作报告.txt", "由于第一个五年计划的完成和超额完成",
     ("一千三百八十七亿四千万元", "八百二十七亿一千万元", "百分之六十八", "六百五十亿二千万元",
      "二百七十亿一千万元", "百分之一百四十一", "一百三十三亿七千万元", "七十三亿一千万元",
      "百分之八十三", "六百零三亿五千万元", "四百八十三亿九千万元", "百分之二十五")),
    ("national/1980年国务院政府工作报告.txt", "原材料工业，钢产量",
     ("3，500万吨", "108万吨", "7，800万吨", "1，230万吨", "4，910万立方米")),
    ("zhengzhou-hitech-2022.txt", "安置房建设全面推进。",
     ("10.77万平方米", "256.29万平方米", "5个", "1.6万人", "92%", "9120套", "79.94万平方米")),
)  # fmt: skip


def _paragraph(name: str, opening: str) -> str:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    [paragraph] = [line.strip() for line in lines if line.strip().startswith(opening)]
    return paragraph


def test_recall_on_dense_paragraphs_is_at_least_97_percent_with_nothing_made_up() -> None:
    expected = found = 0
    for name, opening, figures in PARAGRAPHS:
        paragraph = _paragraph(name, opening)
        written = [paragraph[f.start : f.end] for f in find_figures(paragraph)]
        assert set(written) <= set(figures), (name, set(written) - set(figures))
        expected += len(figures)
        found += sum(1 for figure in figures if figure in written)
    assert expected == 73
    assert found / expected >= 0.97, found
