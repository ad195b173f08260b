"""A sensor on RAW_REPORTS_DIR: new or changed files request a refresh, by themselves.

It lists the folder and stats each file (no hashing, never opens the warehouse), fingerprints the
(name, size, mtime) of every file, and requests ``refresh_warehouse`` when the fingerprint differs
from the last one it saw. The run key is the fingerprint, so one state of the folder never runs
twice, and a change set made of many files is one run.
"""

import hashlib
import os

import dagster as dg

from pipelines.discover import scan
from pipelines.resources import WarehouseResource

# Seconds between looks at the folder: a 100,000-file folder takes about a second to list.
MIN_INTERVAL_S = int(os.environ.get("REPORTS_SENSOR_INTERVAL", "60"))


def folder_fingerprint(files) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.source_file}\0{f.size_bytes}\0{f.mtime_ns}\n".encode("utf-8", errors="surrogateescape"))
    return h.hexdigest()[:24]


@dg.sensor(job_name="refresh_warehouse", minimum_interval_seconds=MIN_INTERVAL_S,
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Requests a refresh when files under RAW_REPORTS_DIR are added or changed.")
def new_reports_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    root = warehouse.raw_dir()
    if not root.is_dir():
        return dg.SkipReason(f"RAW_REPORTS_DIR {root} is not a folder")
    files = scan(root)
    fingerprint = folder_fingerprint(files)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change among {len(files)} files")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, tags={"reports/files": str(len(files))})
