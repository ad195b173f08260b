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


# --- round 3: cheap tests before patterns, and patterns written to be searched for fast ----------

import itertools  # noqa: E402
import re  # noqa: E402

from pipelines.extract import indicators as I  # noqa: E402
from pipelines.extract import vocabulary as V  # noqa: E402
from pipelines.extract.budget import _unit_declarations  # noqa: E402
from pipelines.extract.headers import _key  # noqa: E402
from pipelines.extract.kinds import key  # noqa: E402
from pipelines.extract.numbers import UNIT_DECLARATION_RE  # noqa: E402
from pipelines.extract.report_fields import _TOTAL_ROW_WORD, _total_row  # noqa: E402
from pipelines.model import Paragraph  # noqa: E402
from pipelines.normalise import _CJK, _CJK_GAP, _is_wrapped, _looks_like_table_row, MIN_WRAPPED_LINE, \
    _BLOCK_START, _CJK_CHAR, _OPENS_WITH_DATE, _SENTENCE_END  # noqa: E402
from pipelines.normalise import compact  # noqa: E402


def _clean_name_slow(name: str) -> str:
    name = compact(name) or ""
    for pattern in (I._NAME_NUMBERING, V.INDICATOR_LINE, I._NAME_GOAL_LEAD, I._NAME_GOAL_TAIL,
                    I._NAME_ADVERB_TAIL, I._ORG_LEAD, I._NAME_EVENT_LEAD):
        before, name = name, pattern.sub("", name)
        if pattern is I._NAME_ADVERB_TAIL and name != before:
            name = I._NAME_GOAL_TAIL.sub("", name)  # (目标均: the goal's word before the adverb)
    if name in I._COMPARED_WITH or len(name) == 1:
        return ""
    return I._SURVEY_TAIL.sub("", I._PER_UNIT_TAIL.sub("", name))


def test_clean_name_gates_give_what_every_pattern_gives():
    parts = ["", "1.", "、", "３", "其中", "年度目标", "确保", "本年", "当年", "全年", "年初", "我局", "本单位", "全县",
             "某某区教育局", "绩效指标：", "指标:", "受理率", "满意度", "目标值", "的计划", "目标要求", "均", "分别",
             "总体", "也", "局", "人数", "共发生", "累计出现了", "发生", "火灾", "调查结果", "测评", "得分"]
    names = ["".join(p) for p in itertools.product(parts, repeat=3)]
    assert len(names) > 10_000
    for name in names:
        assert I._clean_name(name) == _clean_name_slow(name), name
    assert I._clean_name("1.其中我局受理率目标值") == "受理率"
    assert I._clean_name("满意度均") == "满意度"


def test_cjk_gap_opening_with_the_space_is_the_lookbehind_pattern():
    chars = f"[{_CJK}，。、；：“”（）,;:()]"
    slow = re.compile(f"(?<={chars}) (?={chars})")
    pieces = ["部门", " ", "  ", "a", "1", "，", "(", "）", "\n", "\t", "支出"]
    for text in ("".join(p) for p in itertools.product(pieces, repeat=4)):
        assert _CJK_GAP.sub("", text) == slow.sub("", text), repr(text)
    assert _CJK_GAP.sub("", "部门 整体 支出 12 万元 , 合计") == "部门整体支出 12 万元,合计"


def _is_wrapped_slow(prev: str, nxt: str) -> bool:
    if "\t" in prev or "\t" in nxt or len(prev) < MIN_WRAPPED_LINE:
        return False
    if prev[-1] in _SENTENCE_END or _looks_like_table_row(prev):
        return False
    last = prev[-1]
    cut_after_point = last in ".．" and prev[-2:-1].isdigit() and nxt[:1].isdigit()
    if not (_CJK_CHAR.match(last) or last.isdigit() or last in ",，、" or cut_after_point):
        return False
    if _BLOCK_START.match(nxt):
        return False
    if re.match(r"[\u4e00-\u9fff]{2,6}:", nxt) and ":" in prev \
            and not any(ch in prev[prev.rfind(":") + 1:] for ch in "，,。；;、"):
        return False  # a field's line after a field's line (评价等级:优 / 填表人:张某)
    if _CJK_CHAR.match(nxt[0]) or nxt[0] in ",，。、;；:：)）”“《":
        return True
    figure = nxt[0].isdigit() or last.isdigit() and (nxt[0] in "%％" or nxt[0] in ".．" and nxt[1:2].isdigit())
    return figure and not _OPENS_WITH_DATE.match(nxt) and not _looks_like_table_row(nxt)


def test_is_wrapped_in_its_cheap_order_answers_as_before():
    prevs = ["短", "这是一段被页面版式在中间切断的很长很长的句子内容", "这是一段完整的句子，以句号结束。结束了。",
             "预算数\t执行数\t执行率 很长很长很长很长很长的单元格", "2021 12.5 13.6 15.0 16.0 17.0 18.0 19",
             "这是一段被页面版式在中间切断的很长很长的句子内容abc", "这是一段被页面版式在中间切断的很长很长的句子12",
             "这是一段被页面版式在中间切断的很长很长的句子,", "这是一段被页面版式在中间切断的很长很长的句子12.",
             "这是一段被页面版式在中间切断的很长很长的句子a.", "这是一段很长很长的表格记录的说明,评价等级:优",
             "这是一段很长很长的表格记录的说明:内容,未完"]
    nxts = ["续写的内容。", "一、标题", "\t单元格", "，接着写", "abc", "(二)项目", "12万元", ".5万元", "%,其中",
            "2023年,本单位", "12 13 14", "1.第一条", "“优秀”", ",234万元", "3月5日", "填表人:张某", "联系电话:1234"]
    for prev, nxt in itertools.product(prevs, nxts):
        assert _is_wrapped(prev, nxt) == _is_wrapped_slow(prev, nxt), (prev, nxt)
    assert _is_wrapped(prevs[1], nxts[0]) and not _is_wrapped(prevs[2], nxts[0])


def test_line_at_of_a_one_line_paragraph_and_of_a_joined_one():
    assert Paragraph("一行", [(0, 7)]).line_at(0) == 7
    assert Paragraph("一行", [(0, 7)]).line_at(99) == 7
    joined = Paragraph("第一行第二行", [(0, 3), (3, 5)])
    assert [joined.line_at(i) for i in range(6)] == [3, 3, 3, 5, 5, 5]


def test_cell_key_fast_path_is_key():
    for text in ["年初预算数", " 执行数 (万元) ", "执行率(%)：", "主管部门:", "分值（10）", "(空)", "a b\tc", "", "指标1)"]:
        assert _key(text) == key(text), text
    assert _key("全年 执行数（万元）:") == "全年执行数"


def test_total_row_and_unit_declaration_gates_hold_for_every_word():
    # the line gates: every 总分-row word holds 分 (the lines holding one are the lines tried), every money unit 元
    assert all("分" in w for w in V.SELF_SCORE_TOTAL_ROWS)
    for m in ("单位：万元", "(元)", "（ 亿元 ）", "单位 千元"):
        assert UNIT_DECLARATION_RE.search(m) and "元" in UNIT_DECLARATION_RE.search(m).group(0)
    assert _TOTAL_ROW_WORD.search("总 分\t100\t92")
    doc = build_document("某项目\n单位：万元\n其他\t无\n总 分\t100\t92\t优")
    row = _total_row(doc)
    assert (row.score, row.grade, row.line_no) == (92.0, "优", 4)
    assert _unit_declarations(doc) == ([1], ["万元"])
