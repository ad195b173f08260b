"""The analyst's day: the folder sensor, the run summary, charts and the summary page."""

import shutil

import dagster as dg

from pipelines.resources import WarehouseResource
from pipelines.sensors import new_reports_sensor
from tests.support import SAMPLES, refresh


def tick(raw, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"warehouse": WarehouseResource(raw_reports_dir=str(raw))})
    return new_reports_sensor(context), context.cursor


def test_sensor_requests_one_run_per_change_set(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    first, cursor = tick(raw)
    assert isinstance(first, dg.RunRequest) and first.run_key == cursor
    again, cursor2 = tick(raw, cursor)
    assert isinstance(again, dg.SkipReason) and cursor2 == cursor
    shutil.copy(next(raw.glob("*.txt")), raw / "dropped_in.txt")
    (raw / "second.txt").write_text("某局2023年度部门整体支出绩效自评报告\n", encoding="utf-8")
    new, cursor3 = tick(raw, cursor)
    assert isinstance(new, dg.RunRequest) and new.run_key not in (cursor, None) and cursor3 == new.run_key
    assert new.tags["reports/files"] == str(len(list(raw.glob("*.txt"))))


def test_sensor_never_opens_the_warehouse(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    context = dg.build_sensor_context(resources={"warehouse": WarehouseResource(
        raw_reports_dir=str(raw), warehouse_path=str(tmp_path / "nowhere" / "w.duckdb"))})
    assert isinstance(new_reports_sensor(context), dg.RunRequest)
    assert not (tmp_path / "nowhere").exists()


def test_charts_summary_page_and_run_summary(tmp_path, warehouse):
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    (raw / "broken.txt").write_bytes(b"")
    result = refresh(raw, warehouse)
    charts = warehouse.parent / f"{warehouse.stem}_charts"  # beside the warehouse, named after it
    for name in ("execution_rate_by_department", "self_score_vs_execution_rate", "targets_met_share"):
        png = charts / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    page = (warehouse.parent / f"{warehouse.stem}_summary.html").read_text(encoding="utf-8")
    assert "预算执行率" in page and "data:image/png;base64," in page and "broken.txt" not in page
    assert "the file is empty" in page  # rejection reasons, grouped
    meta = result.asset_materializations_for_node("report_charts")[0].metadata
    assert "data:image/png;base64," in meta["targets_met_share"].value
    summary = next(m for m in result.asset_materializations_for_node("warehouse_tables")
                   if m.asset_key.to_user_string() == "reports").metadata["run_summary"].value
    n = len(list(raw.glob("*.txt")))
    assert f"| {n} | {n} | 0 | {n - 1} | 1 |" in summary and "the file is empty" in summary


def test_every_query_in_the_analysts_guide_runs(tmp_path, warehouse):
    import re

    from tests.support import ROOT, query

    refresh(SAMPLES, warehouse)
    guide = (ROOT / "warehouse" / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", guide, flags=re.S)
    assert len(queries) >= 8
    for sql in queries:
        query(warehouse, sql)  # raises on any error
    assert query(warehouse, "SELECT count(*) FROM self_score_league")[0][0] > 0
