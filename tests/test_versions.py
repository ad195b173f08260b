"""The warehouse as versions: one writer at a time, each refresh published whole, a way back, and
messages that name the cause and the next step."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import pytest

from pipelines import versions
from pipelines.definitions import defs
from pipelines.load import WarehouseDamagedError
from pipelines.resources import WarehouseResource
from pipelines.sensors import new_reports_sensor
from tests.support import ROOT, SAMPLES, query, refresh

SNAPSHOT = ("SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM budget_items), "
            "(SELECT count(*) FROM indicators), (SELECT string_agg(report_id, ',' ORDER BY report_id) FROM reports)")


def _raw(tmp_path: Path, n: int | None = None) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted(SAMPLES.glob("*.txt"))[:n]:
        shutil.copy(p, raw / p.name)
    return raw


def test_each_refresh_publishes_a_version_and_keeps_the_previous(tmp_path, warehouse):
    raw = _raw(tmp_path, 3)
    refresh(raw, warehouse)
    first = query(warehouse, SNAPSHOT)
    assert not versions.previous_path(warehouse).exists()
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[5], raw / "added.txt")
    refresh(raw, warehouse)
    assert query(warehouse, SNAPSHOT)[0][0] == first[0][0] + 1
    assert query(versions.previous_path(warehouse), SNAPSHOT) == first
    leftovers = [p.name for p in warehouse.parent.iterdir() if "building" in p.name or p.suffix == ".wal"]
    assert leftovers == []
    assert not any((warehouse.parent / "staging").rglob("*.parquet"))  # the run's staging is gone


def test_a_damaged_warehouse_names_the_restore_command_which_brings_the_previous_version_back(tmp_path, warehouse):
    raw = _raw(tmp_path, 3)
    refresh(raw, warehouse)
    good = query(warehouse, SNAPSHOT)
    touched = sorted(raw.iterdir())[0]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    refresh(raw, warehouse)  # a second version (a refresh with nothing to do publishes none): the first is "previous"
    data = warehouse.read_bytes()
    warehouse.write_bytes(data[:8192] + b"\x5a" * (len(data) - 8192))  # torn by a bad disk or a bad copy
    with pytest.raises(WarehouseDamagedError) as failure:
        refresh(raw, warehouse)
    error = failure.value
    assert versions.RESTORE_COMMAND in str(error) and "previous version" in str(error)
    out = subprocess.run([sys.executable, "-m", "pipelines.versions", "restore"], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "WAREHOUSE_PATH": str(warehouse)})
    assert out.returncode == 0, out.stderr
    assert query(warehouse, SNAPSHOT) == good
    assert versions.undone_path(warehouse).exists()  # the damaged one is kept aside, not deleted
    refresh(raw, warehouse)
    assert query(warehouse, SNAPSHOT) == good


def test_a_writer_waiting_on_a_holder_not_yet_named_waits_for_its_name(tmp_path):
    """The holder writes who it is right after it takes the lock: a waiter that arrives in between reads an
    empty note, and its message waits for the name (it had said "it did not say who it is")."""
    import fcntl
    db = tmp_path / "w.duckdb"
    path = versions.lock_path(db)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)  # the lock taken, the note still empty

    def name_then_release():
        time.sleep(0.5)
        os.pwrite(fd, b'{"pid": 1, "host": "h", "run_id": "the-holder", "started_at": "t", "command": "c"}', 0)
        time.sleep(0.5)
        fcntl.flock(fd, fcntl.LOCK_UN)

    messages: list[str] = []
    t = threading.Thread(target=name_then_release)
    t.start()
    with versions.writer_lock(db, run_id="waiter", wait_s=30, log=messages.append):
        pass
    t.join()
    os.close(fd)
    assert messages and all("Dagster run the-holder" in m for m in messages), messages


def test_restore_without_a_previous_version_says_so(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pipelines.versions", "restore"], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "WAREHOUSE_PATH": str(tmp_path / "w.duckdb")})
    assert out.returncode == 1 and "no previous version" in out.stderr


def test_a_second_writer_waits_and_says_for_whom(tmp_path, warehouse):
    messages: list[str] = []
    held = threading.Event()
    release = threading.Event()

    def holder():
        with versions.writer_lock(warehouse, run_id="first-run"):
            held.set()
            release.wait(10)

    t = threading.Thread(target=holder)
    t.start()
    held.wait(5)
    # flock is per open file: a second lock from this process contends like another process would
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    with versions.writer_lock(warehouse, run_id="second-run", wait_s=30, log=messages.append):
        waited = time.monotonic() - started
    t.join()
    assert 0.8 < waited < 10
    assert messages and "first-run" in messages[0] and f"process {os.getpid()}" in messages[0]


def test_a_writer_that_will_not_wait_names_the_holder(tmp_path, warehouse):
    with versions.writer_lock(warehouse, run_id="the-holder"):
        with pytest.raises(versions.WarehouseBusyError, match="the-holder.*WAREHOUSE_LOCK_WAIT_S"):
            with versions.writer_lock(warehouse, wait_s=0):
                pass


def test_a_full_disk_says_how_much_room_is_needed(tmp_path, warehouse, monkeypatch):
    raw = _raw(tmp_path, 2)
    refresh(raw, warehouse)
    before = query(warehouse, SNAPSHOT)
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=1000))
    with versions.writer_lock(warehouse), pytest.raises(versions.DiskFullError, match="Free some space"):
        versions.start_build(warehouse)
    assert query(warehouse, SNAPSHOT) == before


def test_a_quote_in_the_warehouse_path_is_just_a_name(tmp_path):
    raw = _raw(tmp_path, 2)
    db = tmp_path / "analyst's folder" / "w'1.duckdb"
    refresh(raw, db)
    assert query(db, "SELECT count(*) FROM reports") == [(2,)]


def test_identical_files_resolve_the_same_however_the_warehouse_was_built(tmp_path):
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    at_once, one_by_one = tmp_path / "a", tmp_path / "b"
    for folder in (at_once, one_by_one):
        folder.mkdir()
    shutil.copy(sample, at_once / "b_copy.txt")
    shutil.copy(sample, at_once / "a_copy.txt")
    refresh(at_once, tmp_path / "at_once.duckdb")
    shutil.copy(sample, one_by_one / "b_copy.txt")
    refresh(one_by_one, tmp_path / "one_by_one.duckdb")
    shutil.copy(sample, one_by_one / "a_copy.txt")
    refresh(one_by_one, tmp_path / "one_by_one.duckdb")
    sql = ("SELECT (SELECT list(source_file) FROM reports), "
           "(SELECT list(source_file || ':' || stage ORDER BY source_file) FROM rejected_files)")
    assert query(tmp_path / "at_once.duckdb", sql) == query(tmp_path / "one_by_one.duckdb", sql) == [
        (["a_copy.txt"], ["b_copy.txt:duplicate"])]


def test_a_failed_sensor_run_is_requested_again_and_loads_next_tick(tmp_path, monkeypatch):
    raw = _raw(tmp_path, 2)
    db = tmp_path / "w.duckdb"
    monkeypatch.setenv("REPORTS_SENSOR_RETRY_S", "0")
    monkeypatch.setenv("RAW_REPORTS_DIR", str(raw))  # the job as defined, configured as users do
    monkeypatch.setenv("WAREHOUSE_PATH", str(db))
    resources = {"warehouse": WarehouseResource()}
    job = defs.get_job_def("refresh_warehouse")
    with dg.instance_for_test() as instance:
        def tick(cursor):
            context = dg.build_sensor_context(instance=instance, cursor=cursor, resources=resources)
            return new_reports_sensor(context), context.cursor

        request, cursor = tick(None)
        assert isinstance(request, dg.RunRequest)
        # the run fails: another writer holds the warehouse and this run will not wait
        monkeypatch.setenv("WAREHOUSE_LOCK_WAIT_S", "0")
        with versions.writer_lock(db, run_id="someone-else"):
            failed = job.execute_in_process(instance=instance, tags={**request.tags, "dagster/run_key": request.run_key},
                                            raise_on_error=False)
        assert not failed.success and not db.exists()
        monkeypatch.delenv("WAREHOUSE_LOCK_WAIT_S")
        again, cursor = tick(cursor)
        assert isinstance(again, dg.RunRequest) and again.run_key != request.run_key
        assert again.tags["reports/retry_of"] == request.run_key
        ok = job.execute_in_process(instance=instance, tags={**again.tags, "dagster/run_key": again.run_key})
        assert ok.success and query(db, "SELECT count(*) FROM reports") == [(2,)]
        quiet, _ = tick(cursor)  # it succeeded: nothing more to ask
        assert isinstance(quiet, dg.SkipReason)


@pytest.fixture
def small_disk(tmp_path):
    """A real 12 MB file system (tmpfs), where the machine allows mounting one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()}): the disk-full test needs one")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_named_and_changes_nothing(tmp_path, small_disk):
    raw = _raw(tmp_path, 4)
    db = small_disk / "w.duckdb"
    refresh(raw, db)
    before = query(db, SNAPSHOT)
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[6], raw / "added.txt")
    free = shutil.disk_usage(small_disk).free
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (free - 256 * 1024))  # leave a quarter of a megabyte
    with pytest.raises(versions.DiskFullError, match="is full .*Free some space"):
        refresh(raw, db)
    assert query(db, SNAPSHOT) == before
    assert not [p for p in small_disk.iterdir() if "building" in p.name]
    filler.unlink()
    refresh(raw, db)
    assert query(db, SNAPSHOT)[0][0] == before[0][0] + 1


def test_the_sensor_frees_the_queue_of_runs_whose_process_is_gone(tmp_path):
    import socket

    from dagster._core.storage.dagster_run import DagsterRun

    from pipelines import run_health

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer runs anything
    with dg.instance_for_test() as instance:
        for run_id, tags in (("killed", {run_health.PID_TAG: str(dead.pid), run_health.HOST_TAG: socket.gethostname()}),
                             ("alive", {run_health.PID_TAG: str(os.getpid()), run_health.HOST_TAG: socket.gethostname()})):
            instance.add_run(DagsterRun(job_name="refresh_warehouse", run_id=run_id,
                                        status=dg.DagsterRunStatus.STARTED, tags=tags))
        context = dg.build_sensor_context(instance=instance, resources={
            "warehouse": WarehouseResource(raw_reports_dir=str(_raw(tmp_path, 1)), warehouse_path=str(tmp_path / "w.duckdb"))})
        new_reports_sensor(context)
        assert instance.get_run_by_id("killed").status == dg.DagsterRunStatus.FAILURE
        assert instance.get_run_by_id("alive").status == dg.DagsterRunStatus.STARTED


def test_a_run_killed_before_it_was_tagged_is_failed_by_the_process_that_started_it():
    """Killed just after Dagster wrote RUN_START, before the first step tagged the run with its process:
    the process named in RUN_START tells the next refresh the run is dead (it used to stay STARTED)."""
    from dagster._core.events import DagsterEvent
    from dagster._core.storage.dagster_run import DagsterRun

    from pipelines import run_health

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with dg.instance_for_test() as instance:
        for run_id, pid in (("killed", dead.pid), ("alive", os.getpid()), ("unknown", None)):
            instance.add_run(DagsterRun(job_name="refresh_warehouse", run_id=run_id, status=dg.DagsterRunStatus.STARTED))
            if pid is not None:
                instance.report_dagster_event(DagsterEvent(dg.DagsterEventType.RUN_START.value, "refresh_warehouse",
                                                           message="started", pid=pid), run_id)
        assert run_health.fail_dead_runs(instance, "current") == ["killed"]
        assert [instance.get_run_by_id(r).status for r in ("killed", "alive", "unknown")] == [
            dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTED]


def test_files_removed_from_the_folder_are_listed_while_their_rows_are_kept(tmp_path, warehouse):
    raw = _raw(tmp_path, 3)
    refresh(raw, warehouse)
    gone = sorted(raw.glob("*.txt"))[0]
    kept = gone.read_bytes()
    gone.unlink()
    refresh(raw, warehouse)
    rows = query(warehouse, "SELECT source_file, rows_kept, removed_at IS NOT NULL FROM removed_files")
    assert rows == [(gone.name, True, True)]
    assert query(warehouse, "SELECT count(*) FROM reports") == [(3,)]  # its rows stay
    gone.write_bytes(kept)
    refresh(raw, warehouse)
    assert query(warehouse, "SELECT count(*) FROM removed_files") == [(0,)]
