"""Speed and scale-out: the parallel parse, the benchmark, and the refresh in shards on the multiprocess executor."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import generate
from pipelines.discover import files_frame, iter_scan, scan
from pipelines.parallel import FrameRows, process_many
from pipelines.batch import to_batch
from tests.support import ROOT, SAMPLES, query, refresh

TABLES = {
    "reports": "SELECT * FROM reports ORDER BY report_id",
    "budget_items": "SELECT * FROM budget_items ORDER BY report_id, line_no, item, label, amount_wan_yuan",
    "indicators": "SELECT * FROM indicators ORDER BY report_id, seq",
    "quality_findings": 'SELECT * FROM quality_findings ORDER BY report_id, "check", line_no, message',
    "rejected_files": "SELECT source_file, file_sha256, stage, error FROM rejected_files ORDER BY ALL",
    "source_files": "SELECT * EXCLUDE (loaded_at) FROM source_files ORDER BY source_file",
}


def corpus(tmp_path: Path, n: int) -> Path:
    raw = tmp_path / "raw"
    generate(raw, n)
    shutil.copytree(SAMPLES, raw / "samples")
    shutil.copy(next((raw / "samples").glob("*.txt")), raw / "same bytes, other name.txt")
    (raw / "empty.txt").write_bytes(b"")
    return raw


def test_parallel_parse_equals_serial(tmp_path):
    raw = tmp_path / "raw"
    generate(raw, 70)
    files = [(str(p), p.relative_to(raw).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
             for p in sorted(raw.rglob("*.txt"))]
    serial = to_batch(process_many(files, workers=0), "v")  # in this process
    parallel = to_batch(process_many(files, workers=2), "v")
    for name in ("reports", "budget_items", "indicators", "quality_findings", "source_files"):
        assert getattr(parallel, name).equals(getattr(serial, name)), name
    assert serial.reports.height == len(files)


def test_files_are_listed_as_a_stream_in_name_order(tmp_path):
    raw = corpus(tmp_path, 25)
    listed = scan(raw)
    frame = files_frame(iter_scan(raw), piece=4)  # many small pieces, concatenated
    assert frame.get_column("source_file").to_list() == [f.source_file for f in listed]
    assert frame.get_column("source_file").to_list() == sorted(frame.get_column("source_file").to_list())
    assert frame.get_column("size_bytes").to_list() == [f.size_bytes for f in listed]
    assert frame.equals(files_frame(listed))


def test_frame_rows_slice_like_the_list_of_tuples(tmp_path):
    frame = files_frame(scan(corpus(tmp_path, 12)))
    rows = list(zip(frame.get_column("path"), frame.get_column("source_file"), frame.get_column("size_bytes"),
                    frame.get_column("mtime_ns")))
    lazy = FrameRows(frame)
    assert len(lazy) == len(rows) > 12
    for window in (slice(0, 5), slice(5, 9), slice(10, 10_000), slice(len(rows), len(rows) + 3), slice(1, 9, 3)):
        assert lazy[window] == rows[window], window
    assert lazy[3] == rows[3]
    serial = to_batch(process_many(lazy, workers=0), "v")
    assert serial.source_files.get_column("source_file").to_list() == [r[1] for r in rows]


def test_the_refresh_on_the_multiprocess_executor_in_shards_gives_the_same_tables(tmp_path):
    """The same job and assets, each step in its own process and the parse in shards of 20 files."""
    raw = corpus(tmp_path, 60)
    single, sharded = tmp_path / "single.duckdb", tmp_path / "sharded.duckdb"
    refresh(raw, single)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "RAW_REPORTS_DIR": str(raw), "WAREHOUSE_PATH": str(sharded), "DAGSTER_HOME": str(home),
           "DAGSTER_EXECUTOR": "multiprocess"}
    dagster = str(Path(sys.executable).parent / "dagster")
    config = tmp_path / "run.yaml"
    config.write_text("ops:\n  report_files:\n    config:\n      shard_files: 20\n", encoding="utf-8")
    proc = subprocess.run([dagster, "job", "execute", "-m", "pipelines.definitions", "-j", "refresh_warehouse",
                           "-c", str(config)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "parse_shard[shard_0003]" in proc.stderr and "parse_shard[shard_0004]" not in proc.stderr  # 4 x 20 files
    assert len(step_pids(home)) >= 5  # the steps ran each in its own process
    for name, sql in TABLES.items():
        assert query(sharded, sql) == query(single, sql), name
    assert query(single, "SELECT count(*) FROM reports")[0][0] > 60


def step_pids(home: Path) -> set[int]:
    """The processes the steps of the instance's one run started in."""
    import dagster as dg
    from dagster._core.instance.ref import InstanceRef

    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        (run,) = instance.get_runs()
        return {e.dagster_event.pid for e in instance.all_logs(run.run_id)
                if e.dagster_event and e.dagster_event.event_type_value == "STEP_START"}


def test_benchmark_runs_and_a_no_change_refresh_parses_nothing(tmp_path):
    out = tmp_path / "bench.json"
    # (tests/test_benchmark.py times the CLI on its own: here the in-process runs and the memory sizes)
    proc = subprocess.run([sys.executable, "benchmarks/refresh_bench.py", "--n", "80", "--runs", "1", "--out", str(out),
                           "--memory-sizes", "40"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["n"] == 80
    assert results["no_change_files_parsed"] == 0
    assert results["one_percent_files_parsed"] == 1
    assert results["full_refresh_s"] > 0 and results["floor_s"] > 0 and results["full_peak_rss_mb"] > 0
    assert "full / floor" in proc.stdout
    assert [m["n"] for m in results["memory_by_n"]] == [40]
    assert all(0 < m["peak_rss_run_process_mb"] <= m["peak_rss_mb"] for m in results["memory_by_n"])
    assert "peak RSS at N = 40" in proc.stdout


def test_parse_workers_do_not_import_pandera():
    # the pool's workers import pipelines.process: pandera there would cost each ~95 MB and 0.4 s
    code = "import sys, pipelines.process, pipelines.parallel; print('pandera' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_parse_workers_do_not_run_the_main_module_again(tmp_path):
    """multiprocessing re-imports the parent's __main__ in each new process: under `dagster job execute`
    that is Dagster's CLI, in every parse worker. The pool hides it while a worker starts."""
    report = tmp_path / "r.txt"
    report.write_text((SAMPLES / sorted(p.name for p in SAMPLES.glob("*.txt"))[0]).read_text(encoding="utf-8"),
                      encoding="utf-8")
    script = tmp_path / "main_script.py"
    script.write_text(
        "import sys\n"
        "print('main module ran', flush=True)\n"
        "if __name__ == '__main__':\n"
        f"    sys.path.insert(0, {str(ROOT)!r})\n"
        "    from pipelines.parallel import process_many\n"
        f"    (result,) = process_many([({str(report)!r}, 'r.txt', 1, 1)], workers=1)\n"
        "    print('parsed', result.report is not None, flush=True)\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True).stdout
    assert out.count("main module ran") == 1 and "parsed True" in out
