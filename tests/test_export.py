"""The export: every reporting view and the main tables to one Excel workbook and to Parquet files."""

import os
import subprocess
import sys
from decimal import Decimal

import duckdb
import openpyxl
import polars as pl
import pytest

from pipelines.export import ExportError, default_out, export, sheet_name
from tests.support import ROOT, SAMPLES, refresh

MAIN_TABLES = ("reports", "budget_items", "indicators", "rejected_files")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "w.duckdb"
    refresh(SAMPLES, db)
    return db


def marts_of(db) -> dict[str, int]:
    """What the export must hold: every reporting view and the main tables, with their row counts."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        views = [v for (v,) in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
                 if not v.startswith("_") and v != "source_files"]
        names = views + [t for t in (*MAIN_TABLES, "quality_findings") if t not in views]
        return {n: con.sql(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def run_cli(*args, env_db=None):
    env = {**os.environ, "WAREHOUSE_PATH": str(env_db)} if env_db else dict(os.environ)
    return subprocess.run([sys.executable, "-m", "pipelines.export", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_workbook_holds_every_mart_with_header_and_real_rows(warehouse, tmp_path):
    result = export(warehouse, tmp_path / "out", progress=lambda m: None)
    assert result.workbook == tmp_path / "out" / "w.xlsx"
    expected = marts_of(warehouse)
    assert len(expected) >= len(MAIN_TABLES) + 4  # the views of warehouse/views are there
    wb = openpyxl.load_workbook(result.workbook)
    assert wb.sheetnames[0] == "说明"
    assert set(wb.sheetnames[1:]) == set(expected)  # all names fit in 31 characters
    assert all(len(name) <= 31 for name in wb.sheetnames)

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for name, rows in expected.items():
            ws = wb[name]
            header = [c.value for c in ws[1]]
            columns = [c for (c,) in con.sql(f"SELECT column_name FROM (DESCRIBE \"{name}\")").fetchall()]
            assert header == columns, name
            assert ws.max_row - 1 == rows, name
        departments = {d for (d,) in con.sql("SELECT department FROM reports WHERE department IS NOT NULL").fetchall()}
        amounts = dict(con.sql("SELECT amount_raw || '|' || report_id || '|' || line_no, amount_wan_yuan "
                               "FROM budget_items").fetchall())
    finally:
        con.close()

    reports = wb["reports"]
    header = [c.value for c in reports[1]]
    column = header.index("department")
    in_sheet = {row[column] for row in reports.iter_rows(min_row=2, values_only=True)}
    assert "甘谷县信访局" in in_sheet and in_sheet - {None} == departments

    # money stays a number, shown with two decimals, the exact value kept
    items = wb["budget_items"]
    header = [c.value for c in items[1]]
    amount, raw, rid, line = (header.index(c) for c in ("amount_wan_yuan", "amount_raw", "report_id", "line_no"))
    rows = list(items.iter_rows(min_row=2))
    assert len(rows) == len(amounts)
    for row in rows:
        cell = row[amount]
        assert isinstance(cell.value, (int, float)) and cell.number_format == "#,##0.00"
        assert Decimal(str(cell.value)) == amounts[f"{row[raw].value}|{row[rid].value}|{row[line].value}"]


def test_notes_sheet_lists_sheets_and_column_comments(warehouse, tmp_path):
    result = export(warehouse, tmp_path / "out", formats=("xlsx",), progress=lambda m: None)
    notes = list(openpyxl.load_workbook(result.workbook)["说明"].iter_rows(values_only=True))
    assert any(str(warehouse) in (row[1] or "") for row in notes)
    listed = {row[1] for row in notes if row[0] and row[2] in ("视图", "表")}
    assert listed == set(marts_of(warehouse))
    described = {(row[0], row[1]): row[3] for row in notes if row[2] and row[2] not in ("视图", "表", "类型")}
    assert described[("reports", "report_id")]  # every column listed, with its description where one exists
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        comments = con.sql("SELECT table_name, column_name, comment FROM duckdb_columns() "
                           "WHERE comment IS NOT NULL AND table_name IN ('reports', 'budget_items')").fetchall()
    finally:
        con.close()
    for table, column, comment in comments:
        assert described[(table, column)] == comment


def test_parquet_files_match_the_warehouse(warehouse, tmp_path):
    result = export(warehouse, tmp_path / "out", formats=("parquet",), progress=lambda m: None)
    assert result.workbook is None and not (tmp_path / "out" / "w.xlsx").exists()
    expected = marts_of(warehouse)
    assert set(result.parquet) == set(expected)
    assert {p.name for p in (tmp_path / "out" / "parquet").iterdir()} == {f"{n}.parquet" for n in expected}
    for name, rows in expected.items():
        assert pl.read_parquet(result.parquet[name]).height == rows, name
    reports = pl.read_parquet(result.parquet["reports"])
    assert "甘谷县信访局" in reports["department"].to_list()
    assert pl.read_parquet(result.parquet["budget_items"]).schema["amount_wan_yuan"] == pl.Decimal(18, 6)


def test_cli_writes_both_beside_the_warehouse_by_default(warehouse):
    done = run_cli(env_db=warehouse)
    assert done.returncode == 0, done.stderr
    out = default_out(warehouse)
    assert out == warehouse.parent / "w_export"
    assert (out / "w.xlsx").exists() and (out / "parquet" / "reports.parquet").exists()
    assert "reports" in done.stderr  # progress, sheet by sheet
    assert not list(out.rglob("*.csv"))
    wb = openpyxl.load_workbook(out / "w.xlsx", read_only=True)
    assert set(MAIN_TABLES) <= set(wb.sheetnames)
    wb.close()


def test_cli_out_and_format(warehouse, tmp_path):
    done = run_cli("--db", str(warehouse), "--out", str(tmp_path / "x"), "--format", "xlsx")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "x" / "w.xlsx").exists() and not (tmp_path / "x" / "parquet").exists()
    done = run_cli("--out", str(tmp_path / "y"), "--format", "parquet", env_db=warehouse)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "y" / "w.xlsx").exists() and (tmp_path / "y" / "parquet" / "indicators.parquet").exists()


def test_missing_warehouse_is_a_clear_error(tmp_path):
    missing = tmp_path / "nowhere" / "w.duckdb"
    done = run_cli(env_db=missing)
    assert done.returncode == 1
    assert "no warehouse at" in done.stderr and str(missing) in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(ExportError, match="no warehouse"):
        export(missing)


def test_a_broken_view_fails_the_export_after_the_rest_is_written(warehouse, tmp_path):
    import shutil

    db = tmp_path / "broken.duckdb"
    shutil.copy(warehouse, db)
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE scratch AS SELECT 1 AS x")
    con.execute("CREATE VIEW broken_view AS SELECT x FROM scratch")
    con.execute("DROP TABLE scratch")
    con.close()
    done = run_cli("--db", str(db))
    assert done.returncode == 1 and "broken_view" in done.stderr and "Traceback" not in done.stderr
    wb = openpyxl.load_workbook(tmp_path / "broken_export" / "broken.xlsx", read_only=True)
    assert "reports" in wb.sheetnames and "broken_view" not in wb.sheetnames
    wb.close()


def test_sheet_names_fit_excel():
    taken: set[str] = set()
    long = "a_very_long_view_name_that_is_over_thirty_one_chars"
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert len(first) <= 31 and len(second) <= 31 and first.lower() != second.lower()
    assert sheet_name("a/b:c[d]", taken) == "a_b_c_d_"
    assert sheet_name("Reports", {"reports"}) != "Reports"


def test_text_stays_text(tmp_path):
    """A value beginning with '=' (or a huge id) is written as text, not a formula or a rounded number."""
    db = tmp_path / "t.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE reports (report_id VARCHAR, department VARCHAR, big HUGEINT)")
    con.execute("INSERT INTO reports VALUES ('r1', '=HYPERLINK(\"x\")', 123456789012345678901)")
    con.close()
    result = export(db, tmp_path / "out", formats=("xlsx",), progress=lambda m: None)
    ws = openpyxl.load_workbook(result.workbook)["reports"]
    assert ws["B2"].value == '=HYPERLINK("x")' and ws["B2"].data_type == "s"
    assert ws["C2"].value == "123456789012345678901"
