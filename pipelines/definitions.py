"""Dagster definitions: assets, the ``refresh_warehouse`` job and its annual schedule."""

from __future__ import annotations

import atexit
import gc
import os

import dagster as dg

from pipelines import assets, checks
from pipelines.executors import executor_from_env
from pipelines.sensors import new_reports_sensor
from pipelines.resources import WarehouseResource

# At exit the interpreter collects garbage over every object Dagster's CLI ever made: 0.6 s of each
# `dagster job execute`, a fifth of a refresh with nothing to do. Frozen objects are skipped; nothing
# is lost by it (connections and files are closed by their `with` blocks, not by finalizers).
atexit.register(gc.freeze)

# These reports are published around June; refresh on 1 July, 06:00 Beijing time.
# Override with REFRESH_CRON (e.g. "0 6 * * 1" for every Monday).
DEFAULT_REFRESH_CRON = "0 6 1 7 *"

# Console logs at INFO: the progress and summary lines, not Dagster's ~100 DEBUG events a run.
INFO_LOGS = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}

refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.groups(assets.GROUP),
    description="Read every new or changed report under RAW_REPORTS_DIR and refresh the DuckDB warehouse.",
    # dagster.yaml limits runs with this tag to one at a time (they all write the one DuckDB file)
    tags={"reports/warehouse": "write"},
    config=INFO_LOGS,
)

annual_refresh = dg.ScheduleDefinition(
    name="annual_refresh",
    job=refresh_warehouse,
    cron_schedule=os.environ.get("REFRESH_CRON", DEFAULT_REFRESH_CRON),
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="The yearly refresh when the self-evaluation reports are published.",
)

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[refresh_warehouse],
    schedules=[annual_refresh],
    sensors=[new_reports_sensor],
    resources={"warehouse": WarehouseResource()},
    # Every run in one process, however it is started ("Materialize all" in the UI, the job, the sensor,
    # the schedule): no per-step process start, and the steps share the parse pool's fork server.
    # DAGSTER_EXECUTOR=multiprocess|celery runs the steps elsewhere (pipelines/executors.py).
    executor=executor_from_env(),
)

# The modules imported so far (Dagster, polars, pandera: ~half a million objects) live as long as the
# process: frozen, the full collections of a run (three in a refresh of 1,500 files, ~0.15 s each) skip them.
gc.freeze()
