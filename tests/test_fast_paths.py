"""The fast paths of normalisation and extraction give what the plain code gives."""

import unicodedata

from pipelines.extract.cells import split_spaced
from pipelines.extract.funds_block import read_funds_pairs
from pipelines.extract.headers import cell_keys
from pipelines.extract.indicators import _Depth
from pipelines.model import Cell
from pipelines.normalise import build_document, close_cjk_gaps, nfkc
from pipelines.quality import _first, _firsts


def test_nfkc_of_report_symbols_is_unicodedata_nfkc():
    # symbols reports write (≥ ≤ × ÷ □ √ ① ㎡ ½, a no-break space) now take the per-character path
    text = "完成率≥95%，面积120㎡\u00a0①培训 ②验收 ×2 ÷4 □√ ½ ＡＢＣ１２３，。（）"
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert nfkc("≥95%") == "≥95%"
    assert nfkc("①㎡\u00a0") == "1m2 "
    # a combining mark still goes through unicodedata: e + U+0301 composes
    assert nfkc("e\u0301≥") == "é≥"


def test_paragraphs_close_cjk_gaps_line_by_line():
    doc = build_document("部门整体 支出 合计\n\n2023 年度 预算 12.5 13.6\nabc def")
    assert [p.text for p in doc.paragraphs] == [close_cjk_gaps(line) for line in doc.lines if line]
    assert [p.text for p in doc.paragraphs] == ["部门整体支出合计", "2023 年度预算 12.5 13.6", "abc def"]
    assert doc.lines[0] == "部门整体 支出 合计"  # the lines keep their spaces (they may separate cells)


def test_split_spaced_with_and_without_brackets():
    assert split_spaced("年初预算数 全年预算数 执行率") == ["年初预算数", "全年预算数", "执行率"]
    assert split_spaced("执行率(全年 执行数/全年 预算数) 分值") == ["执行率(全年 执行数/全年 预算数)", "分值"]


def _depth_slow(text: str, positions: list[int]) -> list[bool]:
    depth, pos, out = 0, 0, []
    for p in positions:
        for ch in text[pos:p]:
            if ch in "(（":
                depth += 1
            elif ch in ")）" and depth:
                depth -= 1
        pos = max(pos, p)
        out.append(depth > 0)
    return out


def test_bracket_depth_fast_path_matches_the_character_loop():
    text = "完成(含（补充)12项)，其中)3项（另计(5)项6"
    positions = [2, 5, 9, 12, 15, 18, 20, 22, len(text)]
    d = _Depth(text)
    assert [d.inside(p) for p in positions] == _depth_slow(text, positions)


def test_firsts_is_first_for_every_key():
    items = [{"item": "other", "fiscal_year": 2023, "n": 1}, {"item": "expenditure_total", "fiscal_year": 2023, "n": 2},
             {"item": "expenditure_total", "fiscal_year": 2023, "n": 3}, {"item": "expenditure_total", "fiscal_year": None, "n": 4}]
    first = _firsts(items)
    for item in ("other", "expenditure_total", "budget_full_year"):
        for year in (2023, None):
            assert first.get((item, year)) is _first(items, item, year)
    assert first[("expenditure_total", 2023)]["n"] == 2


def test_cell_keys_follow_the_stream_they_are_asked_for():
    a = [Cell("计划安排资金", 1), Cell("170", 1)]
    b = [Cell("转移支付预算数(A)", 2), Cell("5.8万", 2)]
    assert cell_keys(a) == ["计划安排资金", "170"]
    assert cell_keys(b) == ["转移支付预算数", "5.8万"]  # a new stream: not the cached keys of the last one
    pairs = read_funds_pairs(b, set())
    assert [(p.raw, str(p.value), p.line_no) for p in pairs] == [("5.8万", "5.8", 2)]
    assert cell_keys([Cell("x" * 31, 1)]) == [""]  # longer than a label: text
