"""Real processes, killed and raced: a refresh SIGKILLed at random moments leaves nothing behind
that a normal refresh does not set right; two refreshes started together both land, one after the
other. (``python -m benchmarks.faults`` runs the same with 20 kills on 2,000 reports for the note.)"""

from __future__ import annotations

import time

from benchmarks.corpus import generate
from benchmarks.faults import finish, kill_at_random_moments, start, started_runs, tables


def test_killed_refreshes_leave_nothing_a_normal_refresh_does_not_set_right(tmp_path):
    raw = tmp_path / "raw"
    generate(raw, 150)
    clean_db, db, home = tmp_path / "clean" / "w.duckdb", tmp_path / "w.duckdb", tmp_path / "home"
    began = time.monotonic()
    finish(start(raw, clean_db, tmp_path / "clean_home"))
    run_seconds = time.monotonic() - began
    leftovers = kill_at_random_moments(raw, db, home, kills=3, run_seconds=run_seconds)
    assert leftovers == []
    finish(start(raw, db, home))
    assert tables(db) == tables(clean_db)
    assert started_runs(home) == []  # the killed runs were marked failed, nothing holds the queue
    assert not list(db.parent.glob(".w.building-*"))


def test_two_refreshes_started_together_land_one_after_the_other(tmp_path):
    raw = tmp_path / "raw"
    generate(raw, 60)
    db = tmp_path / "w.duckdb"
    first, second = start(raw, db, tmp_path / "home1"), start(raw, db, tmp_path / "home2")
    outs = [finish(first), finish(second)]
    single = tmp_path / "single.duckdb"
    finish(start(raw, single, tmp_path / "home3"))
    assert tables(db) == tables(single)
    assert not list((tmp_path / "staging").rglob("*.parquet"))
    # a run that had to wait said for whom (unless they did not overlap at all)
    waits = [line for o in outs for line in o.splitlines() if "waiting for the warehouse" in line]
    assert all("being written by another refresh (Dagster run" in line for line in waits)
