"""The whole asset graph, materialized in process against a temporary DuckDB file."""

import shutil
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.load import BASE_MEMORY_MB, WarehouseLockedError, WarehouseMemoryError, load_batch, memory_limit
from pipelines.batch import Batch, concat_batches, to_batch
from pipelines.process import process_file
from tests.support import SAMPLES, query, refresh

REPORT_A = """某某市某某区档案馆2023年度部门整体支出绩效自评报告
一、基本情况
本单位编制人数12人，实际人数11人。2023年度本年收入 320.50 万元，本年支出 318.20 万元，其中基本支出 300.00 万元、项目支出 18.20 万元。
整体预算执行率 99.28%。
二、自评结论
自评结果为“优”，评分为 95 分。
"""


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def counts(db: Path) -> dict[str, int]:
    return {t: query(db, f"SELECT count(*) FROM {t}")[0][0]
            for t in ("reports", "budget_items", "indicators", "rejected_files", "source_files")}


@pytest.fixture
def raw(tmp_path) -> Path:
    folder = tmp_path / "raw"
    write(folder, "a.txt", REPORT_A)
    write(folder, "sub/b_gbk.txt", REPORT_A.replace("档案馆", "统计局").replace("320.50", "410.00"), "gb18030")
    write(folder, "empty.txt", "")
    write(folder, "notes.txt", "会议纪要：下周二开会。\n")
    return folder


def test_whole_graph_loads_reports_budgets_and_rejections(raw, warehouse):
    refresh(raw, warehouse)
    reports = query(warehouse, "SELECT source_file, department, fiscal_year, self_score, grade, staff_authorized, "
                               "staff_actual, budget_execution_rate_pct FROM reports ORDER BY source_file")
    assert reports == [
        ("a.txt", "某某市某某区档案馆", 2023, 95.0, "优", 12, 11, 99.28),
        ("sub/b_gbk.txt", "某某市某某区统计局", 2023, 95.0, "优", 12, 11, 99.28),
    ]
    items = query(warehouse, "SELECT item, amount_wan_yuan::DOUBLE, line_no FROM budget_items b JOIN reports r "
                             "USING (report_id) WHERE r.source_file = 'a.txt' ORDER BY line_no, item")
    assert items == [("expenditure_basic", 300.0, 3), ("expenditure_project", 18.2, 3),
                     ("expenditure_total", 318.2, 3), ("income_total", 320.5, 3)]
    rejected = dict(query(warehouse, "SELECT source_file, error FROM rejected_files"))
    assert set(rejected) == {"empty.txt", "notes.txt"}
    assert "empty" in rejected["empty.txt"] and "not a performance self-evaluation report" in rejected["notes.txt"]
    views = {r[0] for r in query(warehouse, "SELECT view_name FROM duckdb_views() WHERE NOT internal")}
    assert {"budget_execution", "self_score_league"} <= views


def test_every_input_file_is_accounted_for(raw, warehouse):
    refresh(raw, warehouse)
    files = {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}
    accounted = {r[0] for r in query(warehouse, "SELECT source_file FROM reports UNION SELECT source_file FROM rejected_files")}
    assert files == accounted


def test_rerun_is_idempotent_and_skips_unchanged_files(raw, warehouse):
    first = refresh(raw, warehouse)
    before = counts(warehouse)
    published = warehouse.stat().st_mtime_ns
    second = refresh(raw, warehouse)
    assert counts(warehouse) == before
    assert first.output_for_node("report_files").to_parse == 4
    # nothing changed: the plan has no output, and the load, views, charts and checks are skipped
    assert skipped_steps(second) >= {"extracted_reports.plan_shards", "warehouse_tables", "reporting_views",
                                     "report_charts", "quality_checks"}
    assert warehouse.stat().st_mtime_ns == published  # not even re-published


def skipped_steps(result) -> set[str]:
    return {e.step_key for e in result.all_events if e.event_type_value == "STEP_SKIPPED"}


def test_changed_file_replaces_its_own_rows(raw, warehouse):
    refresh(raw, warehouse)
    time.sleep(0.01)
    write(raw, "a.txt", REPORT_A.replace("320.50", "333.00"))
    refresh(raw, warehouse)
    income = query(warehouse, "SELECT amount_wan_yuan::DOUBLE FROM budget_items JOIN reports USING (report_id) "
                              "WHERE source_file = 'a.txt' AND item = 'income_total'")
    assert income == [(333.0,)]
    assert query(warehouse, "SELECT count(*) FROM reports")[0][0] == 2


def test_removed_file_is_kept_unless_asked(raw, warehouse):
    refresh(raw, warehouse)
    (raw / "a.txt").unlink()
    assert "warehouse_tables" not in skipped_steps(refresh(raw, warehouse))  # a newly gone file is marked
    assert query(warehouse, "SELECT count(*) FROM reports WHERE source_file = 'a.txt'")[0][0] == 1
    assert query(warehouse, "SELECT count(*) FROM source_files WHERE removed_at IS NOT NULL")[0][0] == 1
    assert "warehouse_tables" in skipped_steps(refresh(raw, warehouse))  # and then nothing is left to do
    refresh(raw, warehouse, ops={"report_files": {"config": {"drop_missing": True}}})
    assert query(warehouse, "SELECT count(*) FROM reports WHERE source_file = 'a.txt'")[0][0] == 0
    assert query(warehouse, "SELECT count(*) FROM budget_items b WHERE NOT EXISTS "
                            "(SELECT 1 FROM reports r WHERE r.report_id = b.report_id)")[0][0] == 0


def test_same_bytes_under_two_names_is_one_report(raw, warehouse):
    shutil.copy(raw / "a.txt", raw / "copy of a.txt")
    refresh(raw, warehouse)
    assert query(warehouse, "SELECT count(*) FROM reports WHERE department = '某某市某某区档案馆'")[0][0] == 1
    dup = query(warehouse, "SELECT error FROM rejected_files WHERE source_file = 'copy of a.txt'")
    assert dup and "same bytes as a.txt" in dup[0][0]


def test_a_report_in_two_chunks_is_merged_once_from_its_first_name(raw):
    # the shard makes frames a chunk of files at a time and validates their concatenation once
    copy = shutil.copy(raw / "a.txt", raw / "0 copy.txt")
    later, first = process_file(raw / "a.txt", "a.txt"), process_file(copy, "0 copy.txt")
    other = process_file(raw / "sub/b_gbk.txt", "sub/b_gbk.txt")
    merged = concat_batches([to_batch([later, other], "v"), to_batch([first], "v")])
    assert sorted(merged.reports.get_column("source_file").to_list()) == ["0 copy.txt", "sub/b_gbk.txt"]
    assert merged.budget_items.height == to_batch([first, other], "v").budget_items.height == 8
    assert merged.source_files.height == 3  # every file keeps its own row
    plain = concat_batches([to_batch([later], "v"), to_batch([other], "v")])
    assert plain.reports.height == 2 and plain.budget_items.height == 8


def test_failed_load_rolls_back_and_leaves_the_previous_warehouse(raw, warehouse):
    refresh(raw, warehouse)
    before = counts(warehouse)

    class Boom(Exception):
        pass

    batch = to_batch([], "v")
    # a frame with a wrong column makes the INSERT fail mid-transaction
    bad = Batch({**batch, "reports": batch.reports.rename({"title": "no_such_column"})})
    with pytest.raises(duckdb.Error):
        load_batch(warehouse, bad, missing_files=["a.txt"], drop_missing=True)
    assert counts(warehouse) == before


def test_load_out_of_memory_rolls_back_with_a_clear_message(raw, warehouse, monkeypatch):
    refresh(raw, warehouse)
    before = counts(warehouse)
    from pipelines.parallel import process_many

    files = [(str(p), p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(SAMPLES.glob("*.txt"))]
    batch = to_batch(process_many(files, workers=1), "v")
    monkeypatch.setenv("WAREHOUSE_MEMORY_LIMIT", "1MB")
    with pytest.raises(WarehouseMemoryError, match="Set WAREHOUSE_MEMORY_LIMIT higher"):
        load_batch(warehouse, batch, missing_files=[])
    assert counts(warehouse) == before
    monkeypatch.delenv("WAREHOUSE_MEMORY_LIMIT")
    load_batch(warehouse, batch, missing_files=[])  # the default limit, sized for the batch, is enough
    assert counts(warehouse)["reports"] == before["reports"] + batch.reports.height


def test_memory_limit_is_a_fixed_base_plus_room_for_the_inserted_keys(monkeypatch):
    monkeypatch.delenv("WAREHOUSE_MEMORY_LIMIT", raising=False)
    assert memory_limit() == f"{BASE_MEMORY_MB}MB"
    assert memory_limit(1000) == f"{BASE_MEMORY_MB}MB"  # a small refresh: the base alone
    assert memory_limit(4 * 2**20) == f"{BASE_MEMORY_MB + 256}MB"  # 4 Mi keys at 64 bytes
    monkeypatch.setenv("WAREHOUSE_MEMORY_LIMIT", "2GB")
    assert memory_limit(4 * 2**20) == "2GB"


def test_open_reader_in_another_connection_gives_a_clear_message(raw, warehouse, tmp_path):
    refresh(raw, warehouse)
    code = (f"import duckdb,time; c=duckdb.connect({str(warehouse)!r}); print('open', flush=True); time.sleep(30)")
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        with pytest.raises(WarehouseLockedError, match="close it and run the refresh again"):
            load_batch(warehouse, to_batch([], "v"), missing_files=[])
    finally:
        proc.kill()
        proc.wait()


def test_bundled_sample_reports_all_load(warehouse):
    refresh(SAMPLES, warehouse)
    files = {p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*.txt")}
    loaded = {r[0] for r in query(warehouse, "SELECT source_file FROM reports")}
    assert files and files == loaded
    assert query(warehouse, "SELECT count(*) FROM rejected_files")[0][0] == 0


SCORED_TABLE = """某某县统计局2023年度部门整体支出绩效自评报告
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 调查任务完成数 | ≥12项 | 12项 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 用户满意度 | ≥90% | 92% | 50 | {score} |
| 总分 | | | | | 100 | 95 |
"""


def test_asset_check_flags_a_table_whose_scores_do_not_add_up(tmp_path, warehouse):
    raw = tmp_path / "raw"
    write(raw, "adds_up.txt", SCORED_TABLE.format(score=45))
    write(raw, "does_not.txt", SCORED_TABLE.format(score=40).replace("某某县", "另一县"))
    result = refresh(raw, warehouse)
    evaluation = next(e for e in result.get_asset_check_evaluations() if e.check_name == "indicator_scores_add_up")
    assert not evaluation.passed and evaluation.severity.value == "WARN"
    assert "does_not.txt" in evaluation.description and "adds_up.txt" not in evaluation.description
    assert evaluation.metadata["reports"].value == 1


def test_indicators_are_loaded_with_their_evidence_lines(tmp_path, warehouse):
    raw = tmp_path / "raw"
    write(raw, "t.txt", SCORED_TABLE.format(score=45))
    refresh(raw, warehouse)
    got = query(warehouse, "SELECT seq, level1, name, target_op, target_value, actual_value, weight, score, line_no "
                           "FROM indicators ORDER BY seq")
    assert got == [(1, "产出指标", "调查任务完成数", ">=", 12.0, 12.0, 50.0, 50.0, 3),
                   (2, "满意度指标", "用户满意度", ">=", 90.0, 92.0, 50.0, 45.0, 4)]
    assert query(warehouse, "SELECT attainment FROM indicator_attainment ORDER BY seq") == [("met",), ("met",)]
    assert query(warehouse, "SELECT share_met_pct FROM target_attainment_by_department") == [(100.0,)]
