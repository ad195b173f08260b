"""No figure is lost unseen: a value out of range is not stored, but the report loads and a
``rejected_files`` row (stage ``validate``) names the field, the value as written and its line.

Two places decide: extraction, which reads no figure out of range from a form cell or the running
text (``report_fields.RANGES``) and says so when the field is left empty; and validation, which sets
a failing value of a nullable column to NULL (a table's figure reaches it as read) and drops a row
only for a column that may not be NULL or that places the row.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import polars as pl

from pipelines.extract import report_fields as R
from pipelines.normalise import build_document
from pipelines.batch import to_batch
from pipelines.results import FileResult
from pipelines.process import process_file
from pipelines.validate import validate_batch
from schemas import Reports
from tests.support import query, refresh

NOW = dt.datetime(2024, 7, 1)

# A short report whose running text states an impossible rate, score and establishment.
PROSE = """某某省某某市某某县水利局
2023年度部门整体支出绩效自评报告
一、部门基本情况
我局内设4个股室，编制人数300000人，实有人数18人。
二、部门整体收支情况
2023年度本年收入 512.40 万元，本年支出 498.75 万元，其中基本支出 410.30 万元，项目支出 88.45 万元。
全年预算数 512.40 万元，预算执行率为10000%。
三、自评结论
经自评，我局2023年度部门整体支出绩效自评得分为150分，自评等级为优。
"""
STAFF_LINE, RATE_LINE, SCORE_LINE = 4, 7, 9

# A self-evaluation form whose funds row states an impossible rate (line 7).
TABLE = """某某县文化馆2023年度部门整体支出绩效自评报告
一、基本情况
本馆编制人数9人，实有人数8人。
二、部门整体支出绩效自评表
单位：万元
| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 120.00 | 126.50 | 121.30 | 10 | 10000% | 9.6 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 举办公益展览场次 | ≥12场 | 14场 | 30 | 30 |
| 效益指标 | 社会效益指标 | 群众参与人次 | ≥5000人次 | 5600人次 | 30 | 28 |
| 满意度指标 | 服务对象满意度指标 | 观众满意率 | ≥90% | 93% | 30 | 29 |
| 总分 |  |  |  |  | 100 | 96.6 | 优 |
"""
TABLE_RATE_LINE = 7


def fields_and_notes(*lines: str) -> tuple[dict, list[tuple[str, str]]]:
    notes: list[tuple[str, str]] = []
    d = build_document("\n".join(lines))
    return R.read_report_fields(d, R.forms_of(d), None, notes), notes


def load(tmp_path: Path, text: str, name: str = "r.txt"):
    """process_file + to_batch + validate_batch over one report file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return validate_batch(to_batch([process_file(path, name)], "test", now=NOW), now=NOW)


def errors(batch) -> list[str]:
    return batch.rejected_files.filter(pl.col("stage") == "validate").get_column("error").to_list()


# --- extraction: out-of-range figures of the text and the form cells ------------------------------------

def test_prose_figures_out_of_range_are_null_and_each_is_told_with_its_value_and_line(tmp_path):
    out = load(tmp_path, PROSE)
    assert out.reports.height == 1  # the report loads
    row = out.reports.row(0, named=True)
    assert row["budget_execution_rate_pct"] is None and row["self_score"] is None
    assert row["staff_authorized"] is None and row["staff_actual"] == 18
    assert row["department"] == "某某省某某市某某县水利局" and row["grade"] == "优"
    assert out.budget_items.height > 0
    assert sorted(errors(out)) == sorted([
        f"budget_execution_rate_pct: 10000% on line {RATE_LINE} is outside 0–200%, not stored; "
        "the rest of the report is loaded",
        f"self_score: 150分 on line {SCORE_LINE} is outside 0–100分, not stored; the rest of the report is loaded",
        f"staff_authorized: 300000人 on line {STAFF_LINE} is outside 0–100,000人, not stored; "
        "the rest of the report is loaded",
    ])
    assert out.source_files.get_column("status").to_list() == ["loaded"]


def test_a_plausible_figure_elsewhere_is_chosen_as_before_and_nothing_is_told():
    report, notes = fields_and_notes("预算执行率为10000%。", "部门整体预算执行率为97.5%。",
                                     "其中项目自评得分150分。部门整体支出绩效自评得分为91分。",
                                     "编制人数300000人。", "核定编制20人，在职人数19人。")
    assert (report["budget_execution_rate_pct"], report["self_score"]) == (97.5, 91.0)
    assert (report["staff_authorized"], report["staff_actual"]) == (20, 19)
    assert notes == []


def test_one_note_per_field_naming_the_first_figure():
    report, notes = fields_and_notes("预算执行率为10000%。", "资金执行率为 350 %。")
    assert report["budget_execution_rate_pct"] is None
    assert notes == [("budget_execution_rate_pct", "budget_execution_rate_pct: 10000% on line 1 is outside "
                                                   "0–200%, not stored; the rest of the report is loaded")]


def test_a_rate_between_200_and_999_in_the_text_is_no_candidate():
    # once read as the report's rate, then failing validation with the whole report
    report, notes = fields_and_notes("预算执行率为250%，资金支出执行率为96%。")
    assert report["budget_execution_rate_pct"] == 96.0 and notes == []


def test_a_spaced_funds_header_whose_rate_is_out_of_range_is_told():
    report, notes = fields_and_notes("资金类别 全年预算 预算执行进度(%)", "资金执行情况 126.5 950")
    assert report["budget_execution_rate_pct"] is None
    assert notes == [("budget_execution_rate_pct", "budget_execution_rate_pct: 950% on line 2 is outside 0–200%, "
                                                   "not stored; the rest of the report is loaded")]
    assert fields_and_notes("资金类别 全年预算 预算执行进度(%)", "资金执行情况 126.5 95")[0][
        "budget_execution_rate_pct"] == 95.0


def test_the_line_of_a_figure_in_a_paragraph_spread_over_lines():
    report, notes = fields_and_notes("本单位内设科室3个，", "编制人数 300000 人，实有人数12人。")
    assert report["staff_actual"] == 12
    assert notes == [("staff_authorized", "staff_authorized: 300000人 on line 2 is outside 0–100,000人, "
                                          "not stored; the rest of the report is loaded")]


def test_staff_counts_summed_from_parts_are_judged_as_the_sum():
    report, notes = fields_and_notes("核定行政编制60000名、事业编制50000名。")
    assert report["staff_authorized"] is None
    assert notes[0][1].startswith("staff_authorized: 110000人 on line 1 is outside")


def test_form_cells_out_of_range_are_told_and_counts_of_four_digits_are_read():
    report, notes = fields_and_notes("| 部门名称 | 某县档案馆 |", "| 人员编制 | 1200 | 实有人数 | 150000 |",
                                     "| 自评总分 | 150 | 自评等级 | 优 |", "部门整体支出绩效自评表")
    # 编制 1200: a form cell of four digits is a count (it was once skipped as not a number)
    assert (report["staff_authorized"], report["staff_actual"], report["self_score"]) == (1200, None, None)
    assert dict(notes) == {
        "staff_actual": "staff_actual: 150000人 on line 2 is outside 0–100,000人, not stored; "
                        "the rest of the report is loaded",
        "self_score": "self_score: 150分 on line 3 is outside 0–100分, not stored; the rest of the report is loaded",
    }


def test_a_total_row_score_out_of_range_is_told():
    report, notes = fields_and_notes("| 一级指标 | 三级指标 | 分值 | 得分 |", "| 产出指标 | 展览场次 | 100 | 98 |",
                                     "| 总分 | | 100 | 180 |")
    assert report["self_score"] is None
    assert notes == [("self_score", "self_score: 180分 on line 3 is outside 0–100分, not stored; "
                                    "the rest of the report is loaded")]


def test_the_extraction_ranges_are_the_warehouse_checks():
    checks = Reports.to_schema().columns
    for name, (low, high, _unit) in R.RANGES.items():
        stats = {c.name: c.statistics for c in checks[name].checks}
        assert stats == {"greater_than_or_equal_to": {"min_value": low}, "less_than_or_equal_to": {"max_value": high}}


# --- validation: a failing value of a nullable column is set to NULL, the row kept ------------------------

def test_a_table_rate_out_of_range_is_null_and_the_report_loads_with_its_figures(tmp_path):
    out = load(tmp_path, TABLE)
    assert out.reports.height == 1
    row = out.reports.row(0, named=True)
    assert row["budget_execution_rate_pct"] is None and row["budget_execution_rate_line_no"] is None
    assert (row["self_score"], row["grade"], row["staff_authorized"]) == (96.6, "优", 9)
    assert out.indicators.height == 3 and out.budget_items.height > 0
    assert errors(out) == [f"reports: budget_execution_rate_pct = 10000 fails check less_than_or_equal_to(200) "
                           f"on line {TABLE_RATE_LINE}: set to NULL, the rest of the report is loaded"]
    assert out.rejected_files.get_column("source_file").to_list() == ["r.txt"]


def result(name: str, sha: str, **report) -> FileResult:
    """A processed file with one report, one budget figure (line 5) and two indicators (lines 20, 21)."""
    r = FileResult(source_file=name, size_bytes=1, mtime_ns=1, sha256=sha * 64, source_format="txt")
    rid = r.report_id
    r.report = {c: None for c in Reports.to_schema().columns} | {
        "report_id": rid, "source_file": name, "source_format": "txt", "fiscal_year": 2023,
        "report_kind": "department_overall", "self_score": 90.0, "self_score_line_no": 30} | report
    r.budget_items = [{"report_id": rid, "fiscal_year": 2023, "item": "income_total", "label": "本年收入",
                       "amount_wan_yuan": Decimal("10"), "amount_raw": "10万元", "line_no": 5}]
    r.indicators = [{"report_id": rid, "seq": seq, "level1": "产出指标", "level2": None, "name": name_,
                     "target_raw": None, "actual_raw": None, "target_op": None, "target_value": None,
                     "actual_value": None, "target_unit": None, "actual_unit": None, "weight": 10.0, "score": 9.0,
                     "source_kind": "table", "line_no": line}
                    for seq, name_, line in ((1, "办件量", 20), (2, "满意率", 21))]
    return r


def test_a_failing_report_field_is_null_its_line_dropped_and_the_message_says_where():
    r = result("a.txt", "a", self_score=150.0, staff_actual=-3, staff_actual_line_no=4)
    out = validate_batch(to_batch([r], "v"), now=NOW)
    row = out.reports.row(0, named=True)
    assert (row["self_score"], row["self_score_line_no"], row["staff_actual"], row["staff_actual_line_no"]) == (
        None, None, None, None)
    assert out.budget_items.height == 1 and out.indicators.height == 2
    assert sorted(errors(out)) == [
        "reports: self_score = 150 fails check less_than_or_equal_to(100) on line 30: set to NULL, "
        "the rest of the report is loaded",
        "reports: staff_actual = -3 fails check greater_than_or_equal_to(0) on line 4: set to NULL, "
        "the rest of the report is loaded",
    ]


def test_an_indicator_score_out_of_range_is_null_and_the_rest_of_the_row_is_kept():
    r = result("a.txt", "a")
    r.indicators[1].update(score=250.0, target_op="≈")
    out = validate_batch(to_batch([r], "v"), now=NOW)
    ind = out.indicators.sort("seq")
    assert ind.get_column("score").to_list() == [9.0, None]
    assert ind.get_column("target_op").to_list() == [None, None] and ind.get_column("name")[1] == "满意率"
    assert sorted(errors(out)) == [
        "indicators: score = 250 fails check score is greater than weight on line 21: set to NULL, "
        "the rest of the row is kept",
        "indicators: target_op = ≈ fails check isin(['>=', '<=', '>', '<', '=']) on line 21: set to NULL, "
        "the rest of the row is kept",
    ]


def test_a_failure_in_a_column_that_may_not_be_null_drops_that_row_only():
    r = result("a.txt", "a")
    r.indicators[0]["line_no"] = 0
    r.budget_items[0]["amount_wan_yuan"] = Decimal("-4")
    out = validate_batch(to_batch([r], "v"), now=NOW)
    assert out.reports.height == 1 and out.budget_items.height == 0
    assert out.indicators.get_column("seq").to_list() == [2]
    assert sorted(errors(out)) == [
        "budget_items: amount_wan_yuan = -4 fails check greater_than_or_equal_to(0) on line 5: "
        "the row is not loaded",
        "indicators: line_no = 0 fails check greater_than_or_equal_to(1): the row is not loaded",
    ]


def test_a_year_out_of_range_drops_the_report_with_one_message_for_it_and_its_figures():
    r = result("old.txt", "b", fiscal_year=1990, fiscal_year_line_no=2)
    r.budget_items[0]["fiscal_year"] = 1990
    out = validate_batch(to_batch([r], "v"), now=NOW)
    assert out.reports.height == out.budget_items.height == out.indicators.height == 0
    assert errors(out) == ["reports: fiscal_year = 1990 fails check greater_than_or_equal_to(2000) on line 2: "
                           "the report is not loaded, nor its budget figures and indicators"]


def test_the_message_is_the_same_whatever_the_batch_holds():
    """Once it named the row's index in the run's internal batch, which changed between builds."""
    bad = lambda: result("z.txt", "c", budget_execution_rate_pct=10000.0, budget_execution_rate_line_no=12)  # noqa: E731
    alone = errors(validate_batch(to_batch([bad()], "v"), now=NOW))
    others = [result(f"{i}.txt", f"{i}") for i in range(6)]
    among = validate_batch(to_batch([*others, bad()], "v"), now=NOW)
    assert errors(among) == alone == ["reports: budget_execution_rate_pct = 10000 fails check less_than_or_equal_to"
                                      "(200) on line 12: set to NULL, the rest of the report is loaded"]
    assert among.rejected_files.get_column("source_file").to_list() == ["z.txt"]
    assert not any(re.search(r"\brow \d+", m) for m in alone)


# --- the whole graph ---------------------------------------------------------------------------------------

def test_through_the_dagster_graph_the_report_loads_and_rejected_files_says_why(tmp_path, warehouse):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "prose.txt").write_text(PROSE, encoding="utf-8")
    (raw / "table.txt").write_text(TABLE, encoding="utf-8")
    refresh(raw, warehouse)
    assert query(warehouse, "SELECT source_file, self_score, staff_authorized, budget_execution_rate_pct "
                            "FROM reports ORDER BY source_file") == [("prose.txt", None, None, None),
                                                                    ("table.txt", 96.6, 9, None)]
    assert query(warehouse, "SELECT count(*) FROM indicators JOIN reports USING (report_id) "
                            "WHERE source_file = 'table.txt'") == [(3,)]
    rejected = query(warehouse, "SELECT source_file, stage, error FROM rejected_files ORDER BY source_file, error")
    assert [(f, s) for f, s, _ in rejected] == [("prose.txt", "validate")] * 3 + [("table.txt", "validate")]
    assert "10000% on line 7" in rejected[0][2] and "line 7" in rejected[3][2] and "= 10000" in rejected[3][2]
    assert query(warehouse, "SELECT DISTINCT status FROM source_files") == [("loaded",)]
