"""Crash safety with real processes: a refresh killed mid-load, and a refresh while a user reads."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipelines import versions
from tests.support import ROOT, SAMPLES, query, refresh

DAGSTER = str(Path(sys.executable).parent / "dagster")
SNAPSHOT = ("SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM budget_items), "
            "(SELECT count(*) FROM indicators), (SELECT count(*) FROM quality_findings), "
            "(SELECT count(*) FROM source_files), (SELECT string_agg(report_id, ',' ORDER BY report_id) FROM reports)")


def start_refresh(raw: Path, db: Path, home: Path, **env) -> subprocess.Popen:
    home.mkdir(exist_ok=True)
    full_env = {**os.environ, "RAW_REPORTS_DIR": str(raw), "WAREHOUSE_PATH": str(db), "DAGSTER_HOME": str(home), **env}
    return subprocess.Popen([DAGSTER, "job", "execute", "-m", "pipelines.definitions", "-j", "refresh_warehouse"],
                            cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    return raw


def change(raw: Path) -> None:
    first = sorted(raw.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")
    shutil.copy(sorted(raw.glob("*.txt"))[1], raw / "new_copy_with_change.txt")
    extra = raw / "new_copy_with_change.txt"
    extra.write_text(extra.read_text(encoding="utf-8").replace("2023", "2022", 1), encoding="utf-8")


def test_refresh_killed_before_commit_leaves_the_previous_warehouse(tmp_path, warehouse):
    raw = corpus(tmp_path)
    refresh(raw, warehouse)
    before = query(warehouse, SNAPSHOT)
    change(raw)
    marker = tmp_path / "in_load"
    proc = start_refresh(raw, warehouse, tmp_path / "home", PERF_REPORTS_PAUSE_BEFORE_COMMIT=str(marker))
    try:
        deadline = time.monotonic() + 180
        while not marker.exists():
            assert proc.poll() is None, proc.stdout.read()[-3000:]
            assert time.monotonic() < deadline, "the refresh never reached the load"
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGKILL)  # every write done, nothing committed
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert query(warehouse, SNAPSHOT) == before  # readable and complete, as before the refresh
    done = start_refresh(raw, warehouse, tmp_path / "home2")
    out, _ = done.communicate(timeout=300)
    assert done.returncode == 0, out[-3000:]
    after = query(warehouse, SNAPSHOT)
    assert after[0][0] == before[0][0] + 1 and after != before


def test_a_reader_keeps_its_snapshot_and_never_blocks_a_refresh(tmp_path, warehouse):
    raw = corpus(tmp_path)
    refresh(raw, warehouse)
    before = query(warehouse, SNAPSHOT)
    change(raw)
    # An analyst's read-only session, open through the whole refresh: it asks again once the refresh is done.
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb,sys; c=duckdb.connect(sys.argv[1], read_only=True); q=sys.argv[2]; "
                               "print(repr(c.sql(q).fetchall()), flush=True); sys.stdin.readline(); "
                               "print(repr(c.sql(q).fetchall()), flush=True)", str(warehouse), SNAPSHOT],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        first_look = reader.stdout.readline().strip()
        proc = start_refresh(raw, warehouse, tmp_path / "home")
        out, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0, out[-3000:]
        reader.stdin.write("again\n")
        reader.stdin.flush()
        second_look = reader.stdout.readline().strip()
    finally:
        reader.kill()
        reader.wait()
    assert first_look == second_look == repr(before)  # its snapshot, unchanged under it
    after = query(warehouse, SNAPSHOT)  # a new session sees the new version
    assert after[0][0] == before[0][0] + 1
    # the version the reader had is kept as the previous one
    assert query(versions.previous_path(warehouse), SNAPSHOT) == before
