"""Speed work, round perf3-b (cell stream and form readers): each fast path is held to the plain code it
replaces, on short texts written for these tests (and random mixes of them)."""

from __future__ import annotations

import random

from pipelines.extract import indicator_block as B
from pipelines.model import Cell
from tests.test_fast_paths_indicators import _decode_rows_plain

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
