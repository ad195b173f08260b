"""Speed work, round perf4-c: the form readers. Each fast path is held to the plain code it replaces, on short
texts written for the test."""

from __future__ import annotations

import itertools
import random
import re

from pipelines.extract import funds_block as FB
from pipelines.extract import headers as H
from pipelines.extract import indicator_records as IR
from pipelines.extract.kinds import compact, kind
from pipelines.model import Cell, Header


def _stream(texts: list[str]) -> list[Cell]:
    return [Cell(t, n // 3 + 1, n % 3 == 0) for n, t in enumerate(texts)]


def _marked_plain(cells: list[Cell]) -> tuple[list[int], list[int]]:
    texts = [c.text for c in cells]
    return ([i for i, t in enumerate(texts) if ":" in t or "：" in t],
            [i for i, t in enumerate(texts) if "%" in t and t.endswith("%")])


_PIECES = ["", "三级指标", ":", "：", "%", "95", " ", "完成率", "\n", "万元"]


def test_marked_cells_are_the_colon_and_rate_cells_of_the_plain_tests():
    rng = random.Random(4)
    texts = ["".join(p) for p in itertools.product(_PIECES, repeat=3)]
    for _ in range(40):
        cells = _stream(rng.sample(texts, 30))
        assert H.marked_cells(cells) == _marked_plain(cells)
    cells = _stream(["完成率：98%", "预算执行率%", "%完成", "得分:9", "", "100%", "备注 ： 无"])
    assert H.marked_cells(cells) == ([0, 3, 6], [0, 1, 5])


def test_marked_cells_follow_the_stream_they_are_asked_for():
    a = _stream(["执行率", "96%", "说明:无"])
    b = _stream(["年度指标值：≥90%", "分值", "10"])
    assert H.marked_cells(a) == ([2], [1])
    assert H.marked_cells(b) == ([0], [0])
    assert H.marked_cells(a) == ([2], [1])
    # the same list grown (a cell added): read again
    a.append(Cell("完成：100%", 9))
    assert H.marked_cells(a) == ([2, 3], [1, 3])


def _records_plain(cells: list[Cell], taken: set[int]):
    """``read_indicator_records`` as it read every cell."""
    block = IR.read_indicator_records(cells, taken, candidates=range(len(cells)))
    return None if block is None else (block.header.start, block.header.end - 1, block.rows)


def _records(cells: list[Cell], taken: set[int]):
    block = IR.read_indicator_records(cells, taken)
    return None if block is None else (block.header.start, block.header.end - 1, block.rows)


_RECORD_TEXTS = ["一级指标：产出指标", "二级指标:数量指标", "三级指标：培训村医人数", "年度指标值：≥120人",
                 "实际完成值: 126人", "分值：10", "得分：10", "三级指标：培训合格率", "年度指标值:≥95%",
                 "实际完成值：97%", "说明：无", "培训合格率", "三级指标 ：随访覆盖率", "指标值：", "自评得分：92",
                 "二级指标：质量指标", "备注", "100%", "一级指标:效益指标",
                 "2.三级指标：巡查次数；年度指标值：≥12次；实际完成值：14次；分值：5；得分：5"]


def test_indicator_records_read_from_the_colon_cells_are_the_plain_loops():
    rng = random.Random(7)
    for n in range(60):
        texts = [rng.choice(_RECORD_TEXTS) for _ in range(rng.randint(0, 24))]
        cells = _stream(texts)
        taken = set(rng.sample(range(len(cells)), min(len(cells), rng.randint(0, 4))))
        assert _records(cells, taken) == _records_plain(cells, taken), (texts, taken)
    cells = _stream(_RECORD_TEXTS)
    assert _records(cells, set()) is not None
    assert _records(cells, set()) == _records_plain(cells, set())


def _plain_marks(monkeypatch) -> None:
    monkeypatch.setattr(FB, "marked_cells", _marked_plain)


_FUNDS_TEXTS = ["年初预算数（万元）：150.00", "全年预算数:300", "全年执行数 : 290.5", "执行率：96.8%", "预算执行率",
                "96.83%", "全年预算数", "全年执行数", "年度资金总额", "300", "290.5", "说明：无", "得分", "10",
                "10001000100%", "项目资金(万元)", "资金到位率:100%", "资金总额 300 万元", "50%"]


def test_funds_pairs_and_rate_triple_over_the_marked_cells_are_the_plain_filters(monkeypatch):
    rng = random.Random(11)
    cases = []
    for _ in range(80):
        texts = [rng.choice(_FUNDS_TEXTS) for _ in range(rng.randint(0, 20))]
        cells = _stream(texts)
        taken = set(rng.sample(range(len(cells)), min(len(cells), rng.randint(0, 3))))
        cases.append((cells, taken))
    fast = [(FB.read_funds_pairs(c, t), FB.read_rate_triple(c, t)) for c, t in cases]
    _plain_marks(monkeypatch)
    plain = [(FB.read_funds_pairs(c, t), FB.read_rate_triple(c, t)) for c, t in cases]
    assert fast == plain
    assert any(pairs for pairs, _ in fast) and any(triple is not None for _, triple in fast)


def test_misread_letters_read_at_the_letters_places_is_the_letter_gate_pattern():
    from pipelines.extract import forms as FM
    from pipelines.ocr_digits import MISREAD_LETTER_GATE_RE

    pieces = ["O", "o", "l", "I", "1", "٣", ",", ".", "\n", "字", " ", "a"]
    for n in range(1, 5):
        for text in ("".join(p) for p in itertools.product(pieces, repeat=n)):
            assert FM._misread_letters(text) == (MISREAD_LETTER_GATE_RE.search(text) is not None), repr(text)
    # more letters than are looked at one by one: the pattern decides, the same way
    many = "Tool lo " * (FM._LETTER_PLACES_MAX + 1)
    assert not FM._misread_letters(many)
    assert FM._misread_letters(many + "l9") and FM._misread_letters(many + "9o")
    assert FM._misread_letters("培训2O人") and FM._misread_letters("l.5万元") and not FM._misread_letters("培训20人")


def _mend_plain(cells: list[Cell]) -> list[Cell]:
    """``mend_misread_cells`` with its gates as they were: the letters' substring tests then the letter pattern,
    and each point pattern on its own."""
    from pipelines.extract import forms as FM
    from pipelines.extract import vocabulary as V
    from pipelines.extract.numbers import SEVERAL_POINTS_RE, mend_point_thousands
    from pipelines.ocr_digits import (MISREAD_GATE_RE, MISREAD_LETTER_GATE_RE, mend_misread_number)

    joined = "\n".join(c.text for c in cells)
    letters = any(ch in joined for ch in "OolI") and MISREAD_LETTER_GATE_RE.search(joined) is not None
    points = FM._POINTS_GATE.search(joined) is not None and SEVERAL_POINTS_RE.search(joined) is not None
    counts = FM._COUNT_POINT_GATE.search(joined) is not None and V.POINT_THOUSANDS_COUNT_RE.search(joined) is not None
    if not (letters or points or counts):
        return cells
    out = []
    for c in cells:
        t = c.text
        if letters and MISREAD_GATE_RE.search(t) is not None:
            t = mend_misread_number(t)
        if points and "." in t:
            t = mend_point_thousands(t)
        if counts and "." in t:
            t = V.POINT_THOUSANDS_COUNT_RE.sub(lambda m: m.group().replace(".", ","), t)
        out.append(c if t == c.text else Cell(t, c.line_no, c.row_start))
    return out


def test_mend_misread_cells_with_one_point_gate_is_the_two_gates():
    from pipelines.extract import forms as FM

    pieces = ["1.200.00", "1.200人", "1.200 户", "3.5", "12.5万元", ".123", "人", "2O", "l9", "完成", "1.2003", "\n",
              "1.200.5", " "]
    rng = random.Random(5)
    for n in range(1, 4):
        for combo in itertools.product(pieces, repeat=n):
            cells = _stream(["".join(combo)])
            assert FM.mend_misread_cells(cells) == _mend_plain(cells), combo
    for _ in range(200):
        cells = _stream([rng.choice(pieces) + rng.choice(pieces) for _ in range(rng.randint(1, 6))])
        got = FM.mend_misread_cells(cells)
        assert got == _mend_plain(cells)
        assert (got is cells) == (_mend_plain(cells) is cells)
    assert FM.mend_misread_cells(_stream(["培训1.200人"]))[0].text == "培训1,200人"
    assert FM.mend_misread_cells(_stream(["预算1.200.00万元"]))[0].text == "预算1,200.00万元"


# --- the flagged label cells: one pass per stream for the header finder and the pair reader -----------------

_LABEL_TEXTS = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "300", "290.5", "96%",
                "整体支出年初预", "算数", "一级", "指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "计划安排资金",
                "(万元)", "170", "转移支付预算数(A)", "5.8万", "资金到位率", "100%", "项目名称", "某某村道路修缮", "",
                "预算数", "执行数", "其中：财政拨款", "说明", "年度资金总额：预算数"]


def _label_streams(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield _stream([rng.choice(_LABEL_TEXTS) for _ in range(rng.randint(0, 40))])


def test_label_cells_are_the_header_and_pair_keys():
    from pipelines.extract.kinds import HEADER_ENDS, is_header_cell

    for cells in _label_streams(200, 3):
        keys = H.cell_keys(cells)
        plain = [i for i, k in enumerate(keys) if k and (is_header_cell(k) or k in H._FRAGMENTS or (
            len(k) <= 3 and k[-1] in HEADER_ENDS) or H.pair_role(k) is not None)]
        assert H.label_cells(cells) == plain
    a, b = _stream(["计划安排资金", "170"]), _stream(["某某村道路修缮", "全年预算数"])
    assert H.label_cells(a) == [0] and H.label_cells(b) == [1] and H.label_cells(a) == [0]


def test_header_finder_and_pair_reader_over_label_cells_read_as_over_every_cell(monkeypatch):
    cases = [(cells, set(random.Random(len(cells)).sample(range(len(cells)), len(cells) // 5)))
             for cells in _label_streams(300, 9)]
    fast = [(H.find_headers(c), FB.read_funds_pairs(c, t)) for c, t in cases]
    # every cell offered: the readers' own tests leave the cells the flags leave
    monkeypatch.setattr(H, "label_cells", lambda cells: list(range(len(cells))))
    monkeypatch.setattr(FB, "label_cells", lambda cells: list(range(len(cells))))
    plain = [(H.find_headers(c), FB.read_funds_pairs(c, t)) for c, t in cases]
    assert fast == plain
    assert any(h for h, _ in fast) and any(p for _, p in fast)


# --- glued runs' splits remembered per run of digits --------------------------------------------------------

def _digit_runs(seed: int, n: int):
    rng = random.Random(seed)
    pieces = ["0", "1", "5", "9", "10", "100", "96.8", "95", "0.5", "200", "1000", "99.9", "12.34", "."]
    for _ in range(n):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))


def test_rate_split_remembered_is_the_split_tried_afresh():
    runs = list(_digit_runs(1, 1500)) + ["10001000100", "100095095", "96.8", "100", "2000190095"]
    for digits in runs + runs:  # (asked twice: the second time remembered)
        assert FB._rate_split(digits) == FB._rate_split_plain(digits), digits
    assert FB._rate_split("10001000100") == ("1000", "1000", "100")


def test_glued_values_split_from_remembered_splits_are_the_plain_splits():
    from pipelines.model import Header

    columns = [["budget_initial", "budget_full_year", "expenditure_total", "weight", "rate", "score"],
               ["budget_full_year", "expenditure_total", "rate"], ["budget_full_year", "expenditure_total", "weight"]]
    runs = list(_digit_runs(2, 300)) + ["10001000100", "99999910100", "1001009510"]
    for cols in columns:
        header = Header(0, len(cols), "funds", cols, cols)
        values = [Cell(d + "%", 3) for d in runs] + [Cell("95%", 4), Cell("万元", 4)]
        for row in values, values[:len(cols) - 1], values[len(runs) - 2:len(runs) - 3 + len(cols)]:
            got = FB._unglued(row, header)
            plain = []
            parts = cols[[j for j, c in enumerate(cols) if c in FB.MONEY_ROLES][0]: cols.index("rate") + 1] \
                if "rate" in cols else None
            if sum(kind(c.text) != "empty" for c in row) >= len(cols):
                parts = None  # (a figure in every column: no glued run)
            for cell in row:
                m = FB._GLUED.match(compact(cell.text) or "") if parts else None
                split = FB._header_split(m.group("digits"), parts) if m else None
                if split is None:
                    plain.append(cell)
                    continue
                split[-1] += "%"
                plain += [Cell(split[0], cell.line_no, cell.row_start), *(Cell(x, cell.line_no) for x in split[1:])]
            assert got == plain
    header = Header(0, 6, "funds", columns[0], columns[0])
    assert [c.text for c in FB._unglued([Cell("99999910100%", 1)], header)][-1] == "100%"


# --- read_funds: a cell's label and value tests remembered per text -----------------------------------------

_ROW_TEXTS = ["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金", "300", "290.5", "96.83%", "10", "9.7", "/", "",
              "万元", "12345热线", "3个街道", "32.431.691097.80%", "全年预算数", "总分", "注：上年结转6万元", "(一)",
              "产出指标", "某某项目资金的一段较长的说明文字超过二十个字符", "620.82万元", "——", "≥95%", "填报人"]


def test_label_and_value_tests_remembered_are_the_plain_tests():
    from pipelines.extract.kinds import is_header_cell, key, kind

    for text in _ROW_TEXTS + ["".join(p) for p in itertools.product(_ROW_TEXTS[:12], repeat=2)]:
        label = (kind(text) in ("text", "level1", "level2", "level", "unit", "ord", "oname")
                 or FB._worded_figure(text)) and len(text) <= FB._ROW_LABEL_MAX and not is_header_cell(key(text)) \
            and not FB._stops(key(text)) and not FB._GLUED.match(compact(text) or "")
        k = kind(text)
        ends = (k not in ("num", "value", "ph", "empty") or FB._worded_figure(text)) \
            and not (k == "text" and FB._GLUED.match(compact(text) or ""))
        for _ in range(2):
            assert FB._label_like_of[text] == bool(label), text
            assert FB._ends_values_of[text] == bool(ends), text


def test_read_funds_with_remembered_tests_is_the_plain_reading(monkeypatch):
    from pipelines.extract.kinds import is_header_cell, key, kind

    def label_like(text):
        return (kind(text) in ("text", "level1", "level2", "level", "unit", "ord", "oname")
                or FB._worded_figure(text)) and len(text) <= FB._ROW_LABEL_MAX and not is_header_cell(key(text)) \
            and not FB._stops(key(text)) and not FB._GLUED.match(compact(text) or "")

    def ends_values(text):
        k = kind(text)
        return (k not in ("num", "value", "ph", "empty") or FB._worded_figure(text)) \
            and not (k == "text" and FB._GLUED.match(compact(text) or ""))

    rng = random.Random(13)
    head = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    streams = [_stream(head + [rng.choice(_ROW_TEXTS) for _ in range(rng.randint(0, 30))]) for _ in range(150)]
    streams = [(c, h) for c in streams for h in H.find_headers(c)[:1] if h.block == "funds"]
    assert streams
    fast = [FB.read_funds(c, h) for c, h in streams]

    class Plain(dict):
        def __init__(self, fn):
            super().__init__()
            self.fn = fn

        def __missing__(self, text):
            return bool(self.fn(text))

    monkeypatch.setattr(FB, "_label_like_of", Plain(label_like))
    monkeypatch.setattr(FB, "_ends_values_of", Plain(ends_values))
    assert [FB.read_funds(c, h) for c, h in streams] == fast


# --- decode_rows: what it asks of a cell's text remembered per text -------------------------------------------

_DECODE_TEXTS = ["产出指标", "数量指标", "质量指标", "效益", "满意度", "服务对象满意度", "服务对象满意度指标", "投入管理指标",
                 "社会效益指标", "产出", "培训村医人数", "≥120人", "126人", "10", "150", "9.5", "/", "", "人", "≥95%",
                 "98%", "一、产出指标", "(二)质量指标", "项目效益", "指标1", "3.", "达标", "按期完成", "满意度指标等", "量"]
_DECODE_LAYOUTS = [["level1", "level2", "name", "target", "actual", "weight", "score", "reason"],
                   ["level1", "level2", "name", "desc", "target", "unit", "actual", "score"],
                   ["index", "name", "target", "actual", "score"],
                   ["level2", "name", "nature", "target", "actual", "status", "other"]]


def test_cell_facts_remembered_are_the_plain_tests():
    from pipelines.extract import indicator_block as B
    from pipelines.extract.kinds import kind, level_name
    from pipelines.extract.numbers import parse_number

    for text in _DECODE_TEXTS + ["".join(p) for p in itertools.product(_DECODE_TEXTS[:10], repeat=2)]:
        ck = kind(text)
        share = ck == "value" and re.fullmatch(r"\d+(?:\.\d+)?%", compact(text)) is not None
        plain = (((v := parse_number(text)) is not None and v <= 100) if ck == "num"
                 else ck != "value" or share and float(compact(text)[:-1]) <= 100,
                 ck in B._LEVEL_KINDS and compact(text) in B._FRAME_WORDS,
                 ck == "level2" and level_name(compact(text)) not in B._KNOWN_LEVEL2,
                 ck == "text" and compact(text) in B._SHORT_LEVEL2,
                 ck in B._LEVEL_KINDS and not compact(text).endswith(("指标", "指标等")),
                 ck == "text" and len(compact(text)) == 1 and B.WORDY.match(compact(text)) is not None)
        for _ in range(2):
            assert B._cell_facts_of[text] == plain, text


def test_decode_rows_with_remembered_facts_is_the_plain_viterbi():
    from pipelines.extract import indicator_block as B
    from tests.test_fast_paths_indicators import _decode_rows_plain

    rng = random.Random(19)
    for trial in range(300):
        columns = list(rng.choice(_DECODE_LAYOUTS))
        cells = [Cell(rng.choice(_DECODE_TEXTS), line_no=i // 4 + 1, row_start=rng.random() < 0.3)
                 for i in range(rng.randint(0, 28))]
        fixed = {i: rng.choice(("level1", "level2", "name", "target")) for i in range(len(cells))
                 if rng.random() < 0.15} if trial % 3 == 0 else None
        assert B.decode_rows(cells, columns, fixed) == _decode_rows_plain(cells, columns, fixed), (columns, cells)


# --- block_end: what a cell's text says of the block's end remembered per text ----------------------------------

def _block_end_plain(cells: list[Cell], start: int, limit: int = 600) -> int:
    from pipelines.extract import indicator_block as B
    from pipelines.extract.kinds import key, level_of

    n = min(len(cells), start + limit)
    for i in range(start, n):
        k = key(cells[i].text)
        if k in B._TOTALS or k in B._ENDS or len(k) > 120:
            return i
        if B._SECTION.match(k) and not level_of(k):
            return i
        if ":" in k and k[: k.index(":")] in B._LABELLED_ENDS:
            return i
        if ("。" in k or "," in k) and cells[i].row_start and B._running_text(cells, i, len(k)):
            return i
    return n


def test_block_end_from_remembered_text_tests_is_the_plain_scan():
    from pipelines.extract import indicator_block as B
    from pipelines.extract import roles as R

    texts = ["产出指标", "数量指标", "培训人数", "≥120人", "126人", "10", "", "/", "一、产出指标", "二、项目概况",
             "第三章 附则", "自评得分：86分", "注：数据来自台账", "本年度培训工作按计划完成，群众满意度较高。",
             "资金使用规范,效果良好", "完成。", "满意度:95%", "合计" if "合计" in R.TOTAL_ROWS else "总分",
             "某" * 121, "(一)数量指标", "说明：无"]
    rng = random.Random(23)
    for _ in range(400):
        cells = [Cell(rng.choice(texts), line_no=1 + i // rng.choice((1, 3)), row_start=rng.random() < 0.5)
                 for i in range(rng.randint(0, 25))]
        start = rng.randint(0, len(cells))
        limit = rng.choice((600, 5))
        assert B.block_end(cells, start, limit) == _block_end_plain(cells, start, limit), (cells, start)
    # a sentence alone on its line below a row of three cells: running text after the table, with a comma or a stop
    for sentence in ("资金使用规范,培训效果良好", "本年度培训工作按计划完成。"):
        cells = [Cell("培训人数", 1, True), Cell("≥120人", 1), Cell("126人", 1), Cell(sentence, 2, True)]
        assert B.block_end(cells, 0) == _block_end_plain(cells, 0) == 3
        cells[3] = Cell(sentence, 2, False)
        assert B.block_end(cells, 0) == _block_end_plain(cells, 0) == 4


# --- funds rows: a value's cost per column and its reading remembered per text -------------------------------

def _funds_cost_plain(text: str, role: str) -> float:
    from pipelines.extract.kinds import INF, MONEY_ROLES, STAFF_ROLES, kind
    from pipelines.extract.numbers import parse_number

    s = compact(text) or ""
    k = kind(text)
    if k == "ph":
        return 0.2
    if s.endswith("%"):
        return 0.0 if role in ("rate", "adjust_rate", "other") else INF
    if FB._MONEY_CELL.match(s):
        return 0.0 if role in MONEY_ROLES else INF
    v = parse_number(s)
    if v is None:
        return INF
    if role in MONEY_ROLES:
        return 0.3
    if role in ("weight", "score"):
        return 0.3 if 0 <= v <= 100 else INF
    if role in ("rate", "adjust_rate"):
        return 0.5 if 0 <= v <= 200 else INF
    if role in STAFF_ROLES:
        return 0.3 if v == int(v) else INF
    return 2.0


def _values_plain(placed, header, row_label):
    from decimal import Decimal

    from pipelines.extract.kinds import kind
    from pipelines.extract.numbers import parse_number
    from pipelines.model import FundsValue

    out = []
    for cell, j in placed:
        role = header.columns[j]
        if role == "note" or kind(cell.text) in ("ph", "empty"):
            continue
        s = compact(cell.text) or ""
        v = parse_number(s)
        if v is None:
            continue
        m = FB._MONEY_CELL.match(s)
        unit = m.group("unit") if m else None
        if role in ("rate", "adjust_rate") and "%" not in s and v <= Decimal("1.5"):
            v = v * 100
        out.append(FundsValue(role=role, raw=cell.text.strip(), value=v, unit="万元" if unit == "万" else unit,
                              line_no=cell.line_no, label=f"{row_label} {header.labels[j]}".strip(),
                              year=header.years[j] if header.years else None))
    return out


_VALUE_TEXTS = ["300", "290.5", "96.83%", "10", "0.958", "1.2", "150", "-", "/", "", "620.82万元", "5.8万", "12人",
                "≥95%", "达标", " 300 ", "1,200.00", "250", "0", "12.5"]
_VALUE_ROLES = ["budget_initial", "budget_full_year", "expenditure_total", "weight", "rate", "adjust_rate", "score",
                "staff_authorized", "note", "other"]


def test_funds_costs_remembered_are_the_plain_costs():
    for text in _VALUE_TEXTS:
        for role in _VALUE_ROLES:
            for _ in range(2):
                assert FB._funds_costs[(text, role)] == _funds_cost_plain(text, role), (text, role)


def test_values_read_from_remembered_readings_are_the_plain_values():
    from pipelines.model import Header

    rng = random.Random(29)
    for trial in range(300):
        cols = [rng.choice(_VALUE_ROLES) for _ in range(rng.randint(1, 6))]
        header = Header(0, len(cols), "funds", cols, [f"列{j}" for j in range(len(cols))], None,
                        [rng.choice((None, 2023)) for _ in cols] if trial % 2 else [])
        placed = [(Cell(rng.choice(_VALUE_TEXTS), 2), j) for j in range(len(cols)) if rng.random() < 0.8]
        for _ in range(2):
            assert FB._values(placed, header, "年度资金总额") == _values_plain(placed, header, "年度资金总额")
        values = [Cell(rng.choice(_VALUE_TEXTS), 2) for _ in range(rng.randint(0, 7))]
        assert FB._align(values, header, "其中：财政拨款", trial % 3 == 0) == _align_plain(values, header, "其中：财政拨款",
                                                                                          trial % 3 == 0)


def _align_plain(values, header, row_label, part=False):
    """``_align`` with each cost worked out afresh (``_funds_cost_plain``) and the plain ``_values``."""
    import pytest

    mp = pytest.MonkeyPatch()
    try:
        class Plain(dict):
            def __missing__(self, key):
                return _funds_cost_plain(*key)

        mp.setattr(FB, "_funds_costs", Plain())
        mp.setattr(FB, "_values", _values_plain)
        return FB._align(values, header, row_label, part)
    finally:
        mp.undo()


# --- _make_header: a run with no indicator label goes straight to the funds reading -------------------------

def _make_header_plain(cells, run, end):
    """``_make_header`` as it was: every run through the indicator reading first."""
    if not run:
        return None
    labelled = H._resolve_fragments(run, {c.index: cells[c.index].line_no for c in run})
    ind = [(i, k, H.INDICATOR_LABELS[k]) for i, k, known in labelled if known and k in H.INDICATOR_LABELS]
    name_at = min((i for i, _, r in ind if r == "name"), default=None)
    if name_at is not None:
        # value labels before the name on its row: the task's columns, the row's first one the group's (no column)
        line = cells[name_at].line_no
        ind = [(i, k, "task" if i < name_at and cells[i].line_no == line and r in ("target", "actual", "status")
                and (r == "status" or any(j > name_at and q == r for j, _, q in ind)) else r) for i, k, r in ind]
        ind = [c for c in ind if not (c[2] == "task" and cells[c[0]].row_start)]
    # an unknown column is read past: after a value column as 'other', between the name and the values
    # as a 'note' on the name (指标解释, 计算方法), before the name on its row as the task's
    first_value = min((i for i, _, r in ind if r in ("target", "actual")), default=None)
    if first_value is not None and name_at is not None:
        ind = H._spending_as_result(labelled, ind, first_value)
    for i, k, known in labelled:
        if not known and first_value is not None:
            if i > first_value:
                ind.append((i, k, "other"))
            elif name_at is not None and i > name_at:
                ind.append((i, k, "note"))
            elif name_at is not None and i < name_at and cells[i].line_no == cells[name_at].line_no:
                ind.append((i, k, "task"))
    ind.sort()
    ind_roles = {r for _, _, r in ind}
    if "name" not in ind_roles and ind_roles & {"target", "actual"}:
        # 序号 | 绩效指标 | 指标值 | 实际完成值: with no name column of its own, the group's label heads the names
        group = next(((i, k) for i, k, known in labelled if known and k in H._NAME_GROUPS), None)
        if group is not None:
            ind = sorted([*ind, (group[0], group[1], "name")])
            ind_roles.add("name")
    start = run[0].index
    if "name" not in ind_roles and ind and ind[0][0] == start and ind[0][2] in H._VALUE_ROLES | {"nature"} \
            and (bare := H._bare_name_head(cells, start)) is not None:
        ind.insert(0, (bare, H.key(cells[bare].text), "name"))  # 指标 | 年度目标值 …: the bare label heads the names
        ind_roles.add("name")
        start = bare
    if "name" not in ind_roles and (bare := H._bare_after_level(cells, ind)) is not None:
        ind = sorted([*ind, (bare, H.key(cells[bare].text), "name")])  # 一级指标 | 指标 | 分值 …: it heads the names
        ind_roles.add("name")
    if start > 0 and (before := cells[start - 1]).row_start and before.line_no == cells[start].line_no \
            and ind and ind[0][2] == "name" and cells[ind[0][0]].line_no == before.line_no \
            and (k := H.key(before.text)) in H._TASK_LABELS:
        start -= 1  # 任务名称 | 绩效指标 | …: the task's column opening the header row
        ind.insert(0, (start, k, "task"))
    if "name" in ind_roles and ind_roles & {"target", "actual"}:
        # 度量单位 | 年度指标值 on one header line: the unit column is written before the target
        u = next((i for i, _, r in ind if r == "unit"), None)
        t = next((i for i, _, r in ind if r == "target"), None)
        unit_first = u is not None and t is not None and u < t and cells[u].line_no == cells[t].line_no
        columns, labels = H._header_order(ind, cells) or H._indicator_columns(ind, unit_first)
        return Header(start, end, "indicators", columns, labels)
    funds = H._grouped_by_place(cells, run) or H._two_row_funds(cells, labelled)
    if funds is None:
        funds = []
        # 年度预算数 heads the budget columns it groups (年初预算数 | 调整后预算数); with none it is the budget column
        budget_named = any((fl := H.funds_label(k)) is not None and fl[0] in H.BUDGET_ROLES for _, k, _ in labelled)
        for _, k, known in labelled:
            if not known:
                funds.append((k, ("note", None, k)))  # a column the rules do not know (到位数, 结余): unread
            elif (fl := H.funds_label(k)) is not None:
                funds.append((k, fl))
            elif k in H._BUDGET_GROUPS and not budget_named:
                funds.append((k, ("budget_full_year", None, k)))
    funds = H._same_year_budget(funds)
    roles = [fl[0] for _, fl in funds]
    money = [r for r in roles if r in H.MONEY_ROLES]
    # one money column will do in a header row that opens with its label column (项目 | 全年执行数)
    # (not a row's label with its figures after it on its line, the row opened by a merged group's empty cell;
    # nor a pair's funds label opening the row: a column of its own)
    row_header = start > 0 and cells[start - 1].line_no == cells[start].line_no and cells[start - 1].row_start \
        and H.pair_role(H.key(cells[start - 1].text)) is None \
        and not (not cells[start - 1].text.strip() and end < len(cells) and cells[end].line_no == cells[start].line_no
                 and H.kind(cells[end].text) == "num") \
        and not (end < len(cells) and cells[end].line_no == cells[start].line_no and H.kind(cells[end].text) == "text"
                 and H._names_a_form(cells, end))
    # (nor a row of the items' names opening the run itself: 序号 | 项目名称 | 预算金额 | 自评得分)
    items_named = bool(money) and cells[start].row_start and any(k in H._ITEM_NAME_COLUMNS for _, k, _ in labelled[:2])
    if len(money) >= 2 or (money and ("rate" in roles or row_header or items_named)) \
            or sum(r in H.STAFF_ROLES for r in roles) >= 2:
        columns: list[tuple[str, int | None, str]] = []  # (role, year, label); a role and year once
        for k, (role, year, _) in funds:
            if role == "note" or not any(c[0] == role and c[1] == year for c in columns):
                columns.append((role, year, k))  # every unread column keeps its place
        unit = H.declared_unit([cells[c.index].text for c in run])
        return Header(start, end, "funds", [r for r, _, _ in columns], [k for _, _, k in columns], unit,
                      [y for _, y, _ in columns])
    return None


def test_make_header_straight_to_funds_is_the_plain_reading():
    from pipelines.model import Header  # noqa: F401 (the plain copy builds headers)

    runs = 0
    for cells in _label_streams(400, 31):
        keys = H.cell_keys(cells)
        for start in range(len(cells)):
            run = [H.RunCell(j, keys[j], bool(keys[j]) and j % 7 != 3) for j in range(start, min(len(cells), start + 6))
                   if keys[j]]
            if not run:
                continue
            end = run[-1].index + 1
            assert H._make_header(cells, run, end) == _make_header_plain(cells, run, end), (cells, run)
            runs += 1
    assert runs
