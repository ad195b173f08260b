"""Fault runs on real processes: a refresh SIGKILLed at random moments, then one normal refresh.

    python -m benchmarks.faults --reports 2000 --kills 20

prints what was left alive after each kill, the runs left STARTED, and whether the tables equal a
clean build's. ``tests/test_kills.py`` runs the same with 3 kills on a small corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dagster as dg
import duckdb
from dagster._core.instance.ref import InstanceRef

from benchmarks.corpus import generate
from tests import procs

ROOT = Path(__file__).resolve().parent.parent
DAGSTER = str(Path(sys.executable).parent / "dagster")
TABLES = {
    "reports": "SELECT * FROM reports ORDER BY report_id",
    "budget_items": "SELECT * FROM budget_items ORDER BY ALL",
    "indicators": "SELECT * FROM indicators ORDER BY ALL",
    "quality_findings": "SELECT * FROM quality_findings ORDER BY ALL",
    "rejected_files": "SELECT source_file, file_sha256, stage, error FROM rejected_files ORDER BY ALL",
    "source_files": "SELECT * EXCLUDE (loaded_at) FROM source_files ORDER BY source_file",
}


def start(raw: Path, db: Path, home: Path, **env) -> subprocess.Popen:
    """The contract's headless command with the project's instance settings (as scripts/setup.sh
    makes them), in its own session so its whole process tree can be found. Output goes to a file:
    a pipe would wait for every process holding it, killed run or not."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    log = open(home / f"run-{time.time_ns()}.log", "w+")
    proc = subprocess.Popen(
        [DAGSTER, "job", "execute", "-m", "pipelines.definitions", "-j", "refresh_warehouse"], cwd=ROOT,
        env={**os.environ, "RAW_REPORTS_DIR": str(raw), "WAREHOUSE_PATH": str(db), "DAGSTER_HOME": str(home), **env},
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    proc.log = log  # type: ignore[attr-defined]
    return proc


def output(proc: subprocess.Popen) -> str:
    proc.log.seek(0)  # type: ignore[attr-defined]
    return proc.log.read()  # type: ignore[attr-defined]


def finish(proc: subprocess.Popen) -> str:
    proc.wait(timeout=1800)
    out = output(proc)
    if proc.returncode != 0:
        raise RuntimeError(f"refresh failed ({proc.returncode}):\n{out[-3000:]}")
    return out


def tables(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.sql(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


def kill_at_random_moments(raw: Path, db: Path, home: Path, kills: int, run_seconds: float, seed: int = 7) -> list[str]:
    """SIGKILL the refresh's own process (not its group: as the OOM killer or a power cut would)
    at random moments; returns the command lines still alive 10 s after each kill (should be none)."""
    rng, leftovers = random.Random(seed), []
    for _ in range(kills):
        proc = start(raw, db, home)
        time.sleep(rng.uniform(0.5, run_seconds))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while procs.in_session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        for pid in procs.in_session(proc.pid):
            try:
                leftovers.append(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"))
            except OSError:
                pass
    return leftovers


def started_runs(home: Path) -> list[str]:
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        return [r.run_id for r in instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED]))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw = tmp / "raw"
        generate(raw, args.reports)
        began = time.monotonic()
        finish(start(raw, tmp / "clean" / "w.duckdb", tmp / "clean_home"))
        run_seconds = time.monotonic() - began
        leftovers = kill_at_random_moments(raw, tmp / "w.duckdb", tmp / "home", args.kills, run_seconds)
        stuck_before = started_runs(tmp / "home")
        finish(start(raw, tmp / "w.duckdb", tmp / "home"))
        print(json.dumps({
            "reports": args.reports, "kills": args.kills, "clean_run_s": round(run_seconds, 1),
            "processes_alive_10s_after_a_kill": leftovers, "runs_started_before_the_normal_refresh": len(stuck_before),
            "runs_left_started_after": len(started_runs(tmp / "home")),
            "tables_equal_clean_build": tables(tmp / "w.duckdb") == tables(tmp / "clean" / "w.duckdb"),
        }, indent=2))


if __name__ == "__main__":
    main()
