import datetime as dt
from decimal import Decimal

import polars as pl

from pipelines.batch import to_batch
from pipelines.results import FileResult
from pipelines.validate import split_valid, validate_batch
from schemas import BudgetItems, Reports


def result(name: str, sha: str, year: int, items: list[tuple[str, str]]) -> FileResult:
    r = FileResult(source_file=name, size_bytes=1, mtime_ns=1, sha256=sha * 64, source_format="txt")
    rid = r.report_id
    r.report = {"report_id": rid, "source_file": name, "source_format": "txt", "title": "t", "department": "某局",
                "province": None, "city": None, "district": None, "fiscal_year": year,
                "report_kind": "department_overall", "self_score": 90.0, "grade": "优", "staff_authorized": None,
                "staff_actual": None, "budget_execution_rate_pct": 99.0}
    r.budget_items = [{"report_id": rid, "fiscal_year": year, "item": item, "label": "x",
                       "amount_wan_yuan": Decimal(amount), "amount_raw": amount + "万元", "line_no": 3}
                      for item, amount in items]
    return r


def test_bad_rows_are_rejected_with_reason_and_good_rows_of_the_same_file_stay():
    batch = to_batch([result("a.txt", "a", 2023, [("income_total", "10"), ("made_up_code", "5"), ("other", "-3")])], "v")
    out = validate_batch(batch, now=dt.datetime(2024, 1, 1))
    assert out.reports.height == 1
    assert out.budget_items.get_column("item").to_list() == ["income_total"]
    errors = out.rejected_files.filter(pl.col("stage") == "validate")
    assert errors.get_column("source_file").to_list() == ["a.txt", "a.txt"]
    messages = " ".join(errors.get_column("error").to_list())
    assert "item = made_up_code" in messages and "amount_wan_yuan = -3" in messages


def test_a_report_failing_its_checks_takes_its_figures_with_it():
    batch = to_batch([result("old.txt", "b", 1990, [("income_total", "10")]), result("ok.txt", "c", 2022, [])], "v")
    out = validate_batch(batch)
    assert out.reports.get_column("source_file").to_list() == ["ok.txt"]
    assert out.budget_items.height == 0
    msg = out.rejected_files.get_column("error").to_list()
    assert any("fiscal_year = 1990" in m for m in msg)


def test_rate_above_200_is_rejected():
    r = result("r.txt", "d", 2023, [])
    r.report["budget_execution_rate_pct"] = 250.0
    good, cases = split_valid(to_batch([r], "v").reports, Reports)
    assert good.height == 0 and cases.get_column("column").to_list() == ["budget_execution_rate_pct"]


def test_budget_model_accepts_a_clean_frame():
    frame = to_batch([result("a.txt", "e", 2023, [("income_total", "1.5")])], "v").budget_items
    good, cases = split_valid(frame, BudgetItems)
    assert good.height == 1 and cases.height == 0
