"""Reconciliation checks on the project's own small reports, and versions of the same report."""

import os
import time
from decimal import Decimal

from pipelines.quality import check_grade, check_indicators, check_parts, check_rates, check_unit_slips, findings_for
from tests.support import query, refresh


def item(item, amount, line=1, label=None, raw=None, year=2023):
    return {"item": item, "fiscal_year": year, "amount_wan_yuan": Decimal(amount), "label": label or item,
            "amount_raw": raw or f"{amount}万元", "line_no": line}


REPORT = {"fiscal_year": 2023, "self_score": 92.0, "grade": "优", "budget_execution_rate_pct": 95.0}


def checks(findings):
    return [f["check"] for f in findings]


def test_parts_that_add_up_within_rounding_are_fine():
    items = [item("expenditure_total", "570.79"), item("expenditure_basic", "570.79"),
             item("expenditure_project", "0"), item("expenditure_personnel", "171.42"),
             item("expenditure_public", "399.38")]  # 171.42 + 399.38 = 570.80: rounding, not an error
    assert check_parts(REPORT, items) == []


def test_parts_that_do_not_add_up():
    items = [item("expenditure_total", "500", 3), item("expenditure_basic", "400"), item("expenditure_project", "90")]
    (f,) = check_parts(REPORT, items)
    assert (f["check"], f["severity"], f["line_no"]) == ("parts_basic_project_vs_total", "warning", 3)
    assert "490.00" in f["message"] and "500.00" in f["message"]


def test_income_and_carryover_balance():
    items = [item("income_total", "100"), item("carryover_begin", "5"), item("expenditure_total", "98"),
             item("carryover_end", "3")]
    assert checks(check_parts(REPORT, items)) == ["balance_income_vs_expenditure"]


def test_stated_execution_rate_against_the_figures():
    items = [item("expenditure_total", "90"), item("budget_full_year", "100")]
    assert checks(check_rates(REPORT, items)) == ["execution_rate_recomputed"]  # 95% stated, 90% computed
    assert check_rates({**REPORT, "budget_execution_rate_pct": 90.0}, items) == []
    # no 全年预算数: 年初预算数 + 预算调整数 is the full-year budget
    items = [item("expenditure_total", "822.26"), item("budget_initial", "843.65"), item("budget_adjustment", "106.87")]
    assert check_rates({**REPORT, "budget_execution_rate_pct": 86.51, "budget_adjustment_rate_pct": 12.67}, items) == []
    assert checks(check_rates({**REPORT, "budget_execution_rate_pct": 86.51, "budget_adjustment_rate_pct": 15.0},
                              items)) == ["adjustment_rate_recomputed"]


def test_unit_slip_between_text_and_table():
    items = [item("other", "0.0097", 28, label="项目支出年初预算安排", raw="97元"),
             item("other", "97", 111, label="项目支出", raw="97万元"),
             item("other", "97", 116, label="业务工作经费", raw="97万元")]
    (f,) = check_unit_slips(REPORT, items)
    assert (f["check"], f["severity"], f["line_no"]) == ("unit_slip", "error", 28)
    assert "97元" in f["message"] and "line 111" in f["message"]


def test_grade_outside_its_score_band():
    assert check_grade(REPORT) == []
    (f,) = check_grade({**REPORT, "self_score": 85.0})
    assert f["check"] == "grade_vs_score" and "良" in f["message"]


def test_indicator_scores_and_weights():
    inds = [{"name": "a", "weight": 10.0, "score": 12.0, "source_kind": "table", "line_no": 5},
            {"name": "b", "weight": 20.0, "score": 18.0, "source_kind": "table", "line_no": 6}]
    got = check_indicators({"indicator_total_score": 28.0, "indicator_total_weight": 30.0}, inds)
    assert checks(got) == ["score_above_weight", "indicator_scores_vs_total"]


def test_same_figure_stated_twice_with_different_values():
    items = [item("income_total", "100", 3), item("income_total", "110", 9)]
    assert checks(findings_for(REPORT, items, [])) == ["restated_differently"]


SLIP = """某某区统计局2023年度部门整体支出绩效自评报告
2023年度本年收入 300.00 万元，本年支出 300.00 万元，其中基本支出 250.00 万元、项目支出 50.00 万元。
本年项目支出年初预算安排为50元。
自评得分为 85 分，绩效评价等次为“优”。
"""


def test_findings_are_loaded_and_replaced_with_their_report(tmp_path, warehouse):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.txt").write_text(SLIP, encoding="utf-8")
    result = refresh(raw, warehouse)
    got = query(warehouse, 'SELECT "check", severity, line_no FROM quality_findings ORDER BY "check"')
    assert got == [("grade_vs_score", "warning", None), ("unit_slip", "error", 3)]
    failed = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert failed == {"grade_vs_score", "unit_slip"}
    (raw / "r.txt").write_text(SLIP.replace("“优”", "“良”"), encoding="utf-8")
    refresh(raw, warehouse)
    assert query(warehouse, 'SELECT "check" FROM quality_findings') == [("unit_slip",)]


def test_two_versions_both_stay_and_the_latest_is_current(tmp_path, warehouse):
    raw = tmp_path / "raw"
    raw.mkdir()
    first, second = raw / "v1.txt", raw / "v2_corrected.txt"
    first.write_text(SLIP, encoding="utf-8")
    second.write_text(SLIP.replace("300.00 万元，本年支出", "301.00 万元，本年支出"), encoding="utf-8")
    os.utime(first, (time.time() - 3600, time.time() - 3600))  # the republication is newer
    refresh(raw, warehouse)
    assert query(warehouse, "SELECT count(*) FROM reports")[0][0] == 2
    assert query(warehouse, "SELECT source_file FROM current_reports") == [("v2_corrected.txt",)]
    conflict = query(warehouse, 'SELECT r.source_file, f.message FROM quality_findings f JOIN reports r USING '
                                '(report_id) WHERE "check" = \'version_conflict\'')
    assert len(conflict) == 1 and conflict[0][0] == "v1.txt" and "v2_corrected.txt" in conflict[0][1]
    # aggregating views see the current version only
    assert query(warehouse, "SELECT count(*) FROM budget_execution")[0][0] == 1
