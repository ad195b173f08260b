"""End to end: the contract's headless command, as a user runs it, in a fresh process."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT, SAMPLES, query


def test_headless_job_execute_builds_the_warehouse(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    (raw / "broken.txt").write_bytes(b"")
    db = tmp_path / "out" / "w.duckdb"
    env = {**os.environ, "RAW_REPORTS_DIR": str(raw), "WAREHOUSE_PATH": str(db), "DAGSTER_HOME": str(tmp_path / "dh")}
    Path(env["DAGSTER_HOME"]).mkdir()
    dagster = Path(sys.executable).parent / "dagster"
    cmd = [str(dagster), "job", "execute", "-m", "pipelines.definitions", "-j", "refresh_warehouse"]
    for _ in range(2):  # twice: the second run must change nothing
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-3000:]
    n_samples = len(list(SAMPLES.glob("*.txt")))
    assert query(db, "SELECT count(*) FROM reports")[0][0] == n_samples
    assert query(db, "SELECT source_file FROM rejected_files") == [("broken.txt",)]
    league = query(db, "SELECT count(*) FROM self_score_league")[0][0]
    assert 0 < league <= n_samples


def test_definitions_validate():
    dagster = Path(sys.executable).parent / "dagster"
    proc = subprocess.run([str(dagster), "definitions", "validate", "-w", "workspace.yaml"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
