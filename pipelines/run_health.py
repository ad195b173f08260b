"""Runs whose process is gone are marked failed, so they neither sit STARTED forever nor hold up
the one-writer queue of dagster.yaml.

The daemon's run monitoring (dagster.yaml) watches runs it launched. A run started by
``dagster job execute`` has no launcher to watch it: each refresh tags its run with its process id
and host, and the next refresh marks failed every STARTED run whose tagged process is dead.
"""

from __future__ import annotations

import os
import socket

import dagster as dg

PID_TAG = "reports/pid"
HOST_TAG = "reports/host"


def claim(instance: dg.DagsterInstance, run_id: str) -> None:
    """Record which process runs ``run_id``."""
    instance.add_run_tags(run_id, {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()})


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pid_of(instance: dg.DagsterInstance, run: dg.DagsterRun) -> str | None:
    """The run's process: our tag, else the process that reported the run started (RUN_START is
    written by the run's own process, before any step), for a run killed before it could be tagged."""
    if PID_TAG in run.tags:
        return run.tags[PID_TAG] if run.tags.get(HOST_TAG) == socket.gethostname() else None
    for record in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.RUN_START):
        if record.dagster_event is not None and record.dagster_event.pid is not None:
            return str(record.dagster_event.pid)
    return None


def fail_dead_runs(instance: dg.DagsterInstance, current_run_id: str | None = None) -> list[str]:
    """Mark failed the STARTED runs of this host whose process no longer exists; their ids."""
    failed = []
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED])):
        if run.run_id == current_run_id:
            continue
        pid = _pid_of(instance, run)
        if pid is None:
            continue
        if not _alive(int(pid)):
            instance.report_run_failed(run, message=(
                f"the process running this refresh (pid {pid}) is gone: it was killed or crashed. Nothing it "
                f"did was published (a refresh lands whole or not at all); marked failed by run {current_run_id}"))
            failed.append(run.run_id)
    return failed
