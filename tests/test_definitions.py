"""The Dagster code location as users meet it: asset keys, the job and its schedule."""

import dagster as dg

from pipelines.definitions import DEFAULT_REFRESH_CRON, defs
from tests.support import ROOT


def test_asset_graph_keys():
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert keys == {"report_files", "extracted_reports", "reports", "budget_items",
                    "indicators", "quality_findings", "rejected_files", "source_files", "reporting_views",
                    "report_charts"}


def test_every_quality_check_is_an_asset_check():
    from pipelines.check_names import CHECKS

    names = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert set(CHECKS) <= names and "indicator_scores_add_up" in names
    # generated from warehouse/checks/*.sql: one asset check per file
    assert names == {p.stem for p in (ROOT / "warehouse" / "checks").glob("*.sql")}


def test_refresh_job_and_annual_schedule():
    job = defs.resolve_job_def("refresh_warehouse")
    assert job.executor_def is dg.in_process_executor
    schedule = defs.resolve_schedule_def("annual_refresh")
    assert schedule.cron_schedule == DEFAULT_REFRESH_CRON == "0 6 1 7 *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    sensor = defs.resolve_sensor_def("new_reports_sensor")
    assert sensor.job_name == "refresh_warehouse" and sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert "refresh_warehouse" in {j.name for j in defs.resolve_all_job_defs()}


def test_a_check_is_a_sql_file_naming_its_asset(tmp_path):
    import pytest

    from pipelines.checks import sql_checks

    (tmp_path / "no_negative_budget.sql").write_text(
        "-- asset: budget_items\n-- description: no budget figure is negative\n"
        "SELECT source_file, NULL AS department, NULL AS fiscal_year, line_no, 'negative' AS message\n"
        "FROM budget_items JOIN reports USING (report_id) WHERE amount_wan_yuan < 0\n", encoding="utf-8")
    (check,) = sql_checks(tmp_path)
    assert (check.name, check.asset, check.description) == ("no_negative_budget", "budget_items",
                                                            "no budget figure is negative")
    (tmp_path / "headless.sql").write_text("SELECT 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="names no asset"):
        sql_checks(tmp_path)


def test_the_imported_modules_are_frozen_out_of_the_runs_garbage_collections():
    import subprocess
    import sys

    code = "import gc; import pipelines.definitions; print(gc.get_freeze_count())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert int(out.stdout.split()[-1]) > 100_000  # Dagster, polars and pandera's objects
