"""A sensor on RAW_REPORTS_DIR: new or changed files request a refresh, by themselves.

It lists the folder and stats each file (no hashing, never opens the warehouse), fingerprints the
(name, size, mtime) of every file, and requests ``refresh_warehouse`` when the fingerprint differs
from the last one it saw. The run key is the fingerprint, so one state of the folder never runs
twice, and a change set made of many files is one run. When the run it requested failed (the disk
was full, the machine restarted mid-run), the same state is requested again, under a new key, once
REPORTS_SENSOR_RETRY_S have passed since: no change is lost to one bad run.
"""

import hashlib
import os
import time

import dagster as dg

from pipelines import run_health
from pipelines.discover import scan
from pipelines.resources import WarehouseResource

# Seconds between looks at the folder: a 100,000-file folder takes about a second to list.
MIN_INTERVAL_S = int(os.environ.get("REPORTS_SENSOR_INTERVAL", "60"))
RETRY_SEP = "-retry"


def retry_after_s() -> float:
    return float(os.environ.get("REPORTS_SENSOR_RETRY_S", "300"))


def _instance(context: dg.SensorEvaluationContext) -> dg.DagsterInstance | None:
    try:
        return context.instance
    except Exception:  # a context built without an instance (unit tests): nothing to look up
        return None


def _failed_run_ended_at(context: dg.SensorEvaluationContext, run_key: str) -> float | None:
    """When the run requested under ``run_key`` failed or was canceled; None if it did not (or is unknown)."""
    instance = _instance(context)
    if instance is None:
        return None
    records = instance.get_run_records(filters=dg.RunsFilter(tags={"dagster/run_key": run_key}), limit=1)
    if not records or records[0].dagster_run.status not in (dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED):
        return None
    end = records[0].end_time or records[0].update_timestamp.timestamp()
    return float(end)


def folder_fingerprint(files) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.source_file}\0{f.size_bytes}\0{f.mtime_ns}\n".encode("utf-8", errors="surrogateescape"))
    return h.hexdigest()[:24]


def _free_the_queue(context: dg.SensorEvaluationContext) -> None:
    """Runs left STARTED by a killed `dagster job execute` hold the one-writer queue (the daemon's run
    monitoring only watches runs it launched): mark them failed here, every tick."""
    instance = _instance(context)
    if instance is None:
        return
    for run_id in run_health.fail_dead_runs(instance):
        context.log.warning(f"run {run_id} was left STARTED by a process that is gone: marked failed")


# REPORTS_SENSOR=off starts the daemon with the sensor stopped (turn it on in the UI's Automation page).
DEFAULT_STATUS = (dg.DefaultSensorStatus.STOPPED if os.environ.get("REPORTS_SENSOR", "").lower() in ("off", "0", "no")
                  else dg.DefaultSensorStatus.RUNNING)


@dg.sensor(job_name="refresh_warehouse", minimum_interval_seconds=MIN_INTERVAL_S,
           default_status=DEFAULT_STATUS,
           description="Requests a refresh when files under RAW_REPORTS_DIR are added or changed.")
def new_reports_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    _free_the_queue(context)
    root = warehouse.raw_dir()
    if not root.is_dir():
        return dg.SkipReason(f"RAW_REPORTS_DIR {root} is not a folder")
    files = scan(root)
    fingerprint = folder_fingerprint(files)
    last = context.cursor or ""
    if last.split(RETRY_SEP)[0] == fingerprint:
        failed_at = _failed_run_ended_at(context, last)
        if failed_at is None:
            return dg.SkipReason(f"no change among {len(files)} files")
        if time.time() - failed_at < retry_after_s():
            return dg.SkipReason(f"the refresh for this state of the folder failed; asking again "
                                 f"{retry_after_s():.0f} s after the failure")
        attempt = int(last.split(RETRY_SEP)[1]) + 1 if RETRY_SEP in last else 1
        key = f"{fingerprint}{RETRY_SEP}{attempt}"
        context.update_cursor(key)
        return dg.RunRequest(run_key=key, tags={"reports/files": str(len(files)), "reports/retry_of": last})
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, tags={"reports/files": str(len(files))})
