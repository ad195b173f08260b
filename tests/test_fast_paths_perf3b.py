"""Speed work, round perf3-b (cell stream and form readers): each fast path is held to the plain code it
replaces, on short texts written for these tests (and random mixes of them)."""

from __future__ import annotations

import random

from pipelines.extract import fields as F
from pipelines.extract import headers as H
from pipelines.extract import indicator_block as B
from pipelines.extract.kinds import LABEL_MAX, compact, is_header_cell, key, kind
from pipelines.model import Cell, FieldValue
from tests.test_fast_paths_indicators import _decode_rows_plain

_TEXTS = [
    "", " ", "项目名称", "某某道路养护项目", "主管部门", "某某局", "实施单位：某某中心", "自评得分", "自评总分95",
    "编制数63人", "编制数（人）", "联系电话", "年初预算数", "全年执行数", "执行率", "100%", "96.5%", "12", "年度资金总额",
    "数量指标", "培训人数", "≥120人", "某某说明文字，较长，" * 3, "部门：某某学校", "x" * LABEL_MAX,
    "x" * (LABEL_MAX + 1), "某" * F._FIELD_CELL_MAX, "某" * (F._FIELD_CELL_MAX + 1), "计划安排资金", "(万元)", "170",
]


def _streams(count: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(count):
        cells, line = [], 1
        for _ in range(rnd.randint(0, 30)):
            line += rnd.random() < 0.3
            cells.append(Cell(rnd.choice(_TEXTS), line, rnd.random() < 0.2))
        yield cells


# --- per cell stream: the texts listed once, keys and fields looked up in C ----------------------

def test_cell_keys_looked_up_in_c_are_the_plain_keys():
    for cells in _streams(300, 3):
        assert H.cell_keys(cells) == [key(c.text) if len(c.text) <= LABEL_MAX else "" for c in cells]


def test_long_texts_are_not_kept_by_the_key_and_field_caches():
    long_key, long_field = "长" * (LABEL_MAX + 1) + "甲", "长" * (F._FIELD_CELL_MAX + 1) + "乙"
    cells = [Cell(long_key, 1), Cell(long_field, 1), Cell("项目名称", 2)]
    assert H.cell_keys(cells) == ["", "", "项目名称"]
    F.read_fields(cells)
    assert long_key not in H._key_of and long_field not in H._key_of and "项目名称" in H._key_of
    assert long_field not in F._field_of and "项目名称" in F._field_of
    assert H._key_of[long_key] == "" and F._field_of[long_field] is None  # (and asked again: the same)


def test_cell_texts_follow_the_stream_they_are_asked_for():
    a, b = [Cell("甲", 1)], [Cell("乙", 1)]
    assert H.cell_texts(a) == ["甲"] and H.cell_texts(b) == ["乙"] and H.cell_texts(a) == ["甲"]
    a.append(Cell("丙", 2))  # a list grown in place: listed again
    assert H.cell_texts(a) == ["甲", "丙"]


def _read_fields_plain(cells: list[Cell], headers=frozenset()) -> list[FieldValue]:
    """read_fields as it was: every cell's text through the rule (no cache, no pick in C)."""
    out: list[FieldValue] = []
    n = len(cells)
    labels = [i for i, c in enumerate(cells) if len(c.text) <= F._FIELD_CELL_MAX and F._cell_field(c.text) is not None]
    over = F._labels_over_values(cells, labels) if len(labels) >= 2 else {}  # (the same rows of labels)
    for i in labels:
        if i in headers:
            continue
        c = cells[i]
        f = F._cell_field(c.text)
        if i in over:
            out.append(FieldValue(f[0], f[1], compact(cells[over[i]].text) or "", cells[over[i]].line_no))
            continue
        if len(f) == 3:
            pieces = [g for p in F._PAIR_BREAK.split(c.text.strip())
                      if p and len(p) <= F._FIELD_CELL_MAX and (g := F._cell_field(p)) and len(g) == 3]
            for g in pieces if len(pieces) >= 2 else [f]:
                out.append(FieldValue(g[0], g[1], g[2], c.line_no))
            continue
        role, k = f
        j = i + 1
        while j < n and j - i <= 4 and kind(cells[j].text) == "empty":
            j += 1
        if j >= n or j - i > 4:
            continue
        nxt = cells[j]
        nk = key(nxt.text) if len(nxt.text) <= LABEL_MAX else ""
        if nk in F._FIELD_LABELS or is_header_cell(nk):
            out.append(FieldValue(role, k, "", c.line_no))
            continue
        if nxt.row_start and not c.row_start and F._heads_a_column(cells, i):
            continue  # (a label closing a row of column heads: the row under them is no value of its)
        if role == "self_score" and (after := F._score_after_full_mark(cells, j)) is not None:
            nxt = after  # (the same steps after the value's cell is found)
        value = (compact(nxt.text) or "").lstrip(":：")
        if role in F._UNIT_ROLES and (rest := F._unit_rest(cells, j, value)) is not None:
            value += rest
        out.append(FieldValue(role, k, value, nxt.line_no))
    return out


def test_read_fields_picks_the_label_cells_the_plain_loop_picks():
    for cells in _streams(300, 5):
        headers = {i for i in range(len(cells)) if i % 7 == 3}
        assert F.read_fields(cells, headers) == _read_fields_plain(cells, headers), cells


# --- the indicator block's Viterbi: the columns a cell may go to, kept per header columns -----------

_BLOCK_TEXTS = ["", "产出指标", "数量指标", "质量指标", "效益指标", "社会效益指标", "满意度指标", "培训人数",
                "群众满意度", "按期完成全部培训任务", "100%", "≥95%", "120人", "15", "14", "200", "9.5", "/",
                "指标1", "3.", "完成", "次", "正向指标", "产出", "满意度", "社会效益", "投入管理指标", "服务对象满意度"]
_LAYOUTS = [["level1", "level2", "name", "target", "actual", "weight", "score", "reason"],
            ["level1", "level2", "name", "desc", "target", "actual", "weight", "score", "reason"],
            ["level1", "level2", "name", "target", "unit", "actual", "score", "other"],  # (as long as the first)
            ["level1", "level2", "index", "name", "nature", "target", "unit", "actual", "status", "other"],
            ["index", "name", "level1", "level2", "target", "actual", "score"],
            ["name", "target", "actual", "score"]]


def test_decode_rows_with_plans_kept_across_blocks_is_the_plain_viterbi():
    rng = random.Random(17)
    B._plans.clear()
    for trial in range(400):
        # (layouts taken again and again: later blocks read with the plans the earlier ones made)
        columns = list(rng.choice(_LAYOUTS))
        cells = [Cell(rng.choice(_BLOCK_TEXTS), line_no=i // 3 + 1, row_start=rng.random() < 0.3)
                 for i in range(rng.randint(0, 30))]
        fixed = {i: rng.choice(("level1", "level2", "name", "target", "score")) for i in range(len(cells))
                 if rng.random() < 0.2} if trial % 2 else None
        assert B.decode_rows(cells, columns, fixed) == _decode_rows_plain(cells, columns, fixed), (columns, cells)


def test_decode_rows_plans_start_over_when_full():
    B._plans.clear()
    cells = [Cell(t, line_no=i + 1) for i, t in enumerate(["产出指标", "数量指标", "培训人数", "120人", "15"])]
    for extra in range(300):
        columns = ["level1", "level2", "name", "target", "score"] + ["other"] * (extra % 5) + ["reason"] * (extra // 5)
        assert B.decode_rows(cells, columns) == _decode_rows_plain(cells, columns)
        assert len(B._plans) <= 256
