"""Speed work, round perf4-c: the form readers. Each fast path is held to the plain code it replaces, on short
texts written for the test."""

from __future__ import annotations

import itertools
import random

from pipelines.extract import funds_block as FB
from pipelines.extract import headers as H
from pipelines.extract import indicator_records as IR
from pipelines.extract.kinds import compact
from pipelines.model import Cell, IndicatorRow


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
    rows: list[IndicatorRow] = []
    level1 = level2 = None
    first = last = -1
    for i, cell in enumerate(cells):
        text = cell.text
        if (":" not in text and "：" not in text) or i in taken:
            continue
        m = IR._RECORD_CELL.match(text.strip())
        if m is None:
            continue
        role, value = IR._LABELS[m.group("label")], compact(m.group("value")) or ""
        first, last = first if first >= 0 else i, i
        if role == "level1":
            level1, level2 = value or None, None
        elif role == "level2":
            level2 = value or None
        elif role == "name":
            rows.append(IndicatorRow(level1, level2, value, cell.line_no, {}))
        elif rows and role not in rows[-1].cells:
            rows[-1].cells[role] = value
    rows = [r for r in rows if r.name and (r.cells.get("target") or r.cells.get("actual"))]
    if not rows:
        return None
    return first, last, rows


def _records(cells: list[Cell], taken: set[int]):
    block = IR.read_indicator_records(cells, taken)
    return None if block is None else (block.header.start, block.header.end - 1, block.rows)


_RECORD_TEXTS = ["一级指标：产出指标", "二级指标:数量指标", "三级指标：培训村医人数", "年度指标值：≥120人",
                 "实际完成值: 126人", "分值：10", "得分：10", "三级指标：培训合格率", "年度指标值:≥95%",
                 "实际完成值：97%", "说明：无", "培训合格率", "三级指标 ：随访覆盖率", "指标值：", "自评得分：92",
                 "二级指标：质量指标", "备注", "100%", "一级指标:效益指标"]


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
