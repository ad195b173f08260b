"""The executor choice (pipelines/executors.py), and the refresh on Celery workers over Redis giving the
same warehouse as the in-process refresh.

The end-to-end test starts its own redis-server and two dagster-celery workers. Without redis-server or
dagster-celery it skips, except in CI (CI=true), where it fails: CI installs both (.ci/run, the dev extra).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import executors
from pipelines.executors import ExecutorChoiceError, celery_config, choice, executor_from_env

IN_CI = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
TABLES = ("reports", "budget_items", "indicators", "quality_findings", "rejected_files", "source_files")
# when a row was written, not what it says: differs between any two refreshes
TIME_COLUMNS = {"loaded_at", "detected_at"}
BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"


# --- the choice -----------------------------------------------------------------------------------

def test_default_is_in_process():
    assert choice({}) == "in_process"
    assert executor_from_env({}) is dg.in_process_executor
    assert executor_from_env({"DAGSTER_EXECUTOR": "  "}) is dg.in_process_executor
    assert executor_from_env({"DAGSTER_EXECUTOR": "In-Process"}) is dg.in_process_executor


def test_multiprocess():
    assert executor_from_env({"DAGSTER_EXECUTOR": "multiprocess"}) is dg.multiprocess_executor


def test_unknown_value_names_the_choices():
    with pytest.raises(ExecutorChoiceError) as err:
        executor_from_env({"DAGSTER_EXECUTOR": "dask"})
    assert "'dask'" in str(err.value)
    for name in ("in_process", "multiprocess", "celery"):
        assert name in str(err.value)


def test_celery_config_from_env():
    assert celery_config({}) == {"broker": "redis://localhost:6379/0", "backend": "redis://localhost:6379/0",
                                 "config_source": {"worker_pool": "solo"}}
    config = celery_config({"CELERY_BROKER_URL": "redis://q:7000/3", "CELERY_BACKEND_URL": "redis://r:7001/4"})
    assert (config["broker"], config["backend"]) == ("redis://q:7000/3", "redis://r:7001/4")
    # the backend follows the broker when not given
    assert celery_config({"CELERY_BROKER_URL": "redis://q:7000/3"})["backend"] == "redis://q:7000/3"


def test_celery_worker_yaml_is_the_executor_config():
    import yaml  # a dagster dependency

    text = executors.celery_worker_yaml({"CELERY_BROKER_URL": "redis://q:7000/3"})
    assert yaml.safe_load(text) == {"execution": {"config": {
        "broker": "redis://q:7000/3", "backend": "redis://q:7000/3", "config_source": {"worker_pool": "solo"}}}}


def test_command_line(monkeypatch, capsys):
    import yaml

    monkeypatch.setenv("DAGSTER_EXECUTOR", "multiprocess")
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://q:7000/3")
    assert executors.main(["show"]) == 0
    assert capsys.readouterr().out == "multiprocess\n"
    assert executors.main(["celery-yaml"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["execution"]["config"]["broker"] == "redis://q:7000/3"


def test_celery_missing_names_the_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "dagster_celery", None)  # import now fails as if not installed
    with pytest.raises(ImportError, match="pip install dagster-celery redis"):
        executor_from_env({"DAGSTER_EXECUTOR": "celery"})


def _need(what: str) -> None:
    message = f"{what}: the distributed test cannot run (install it: apt-get install redis-server; " \
              "pip install -e '.[dev]')"
    if IN_CI:
        pytest.fail(message + "; CI must run it")
    pytest.skip(message)


def test_celery_executor_is_configured_from_env():
    if importlib.util.find_spec("dagster_celery") is None:
        _need("dagster-celery is not installed")
    executor = executor_from_env({"DAGSTER_EXECUTOR": "CELERY", "CELERY_BROKER_URL": "redis://q:7000/3"})
    assert executor.name == "celery"
    resolved = executor.config_schema.resolve_config({})
    assert resolved.success
    config = resolved.value.get("config", resolved.value)
    assert (config["broker"], config["backend"]) == ("redis://q:7000/3", "redis://q:7000/3")
    assert config["config_source"] == {"worker_pool": "solo"}


# --- the same refresh on two Celery workers ------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(cmd: list[str], log: Path, env: dict, cwd: Path) -> subprocess.Popen:
    # its own session: the whole group (the CLI, celery, parse pools) is killed together at the end
    with log.open("wb") as out:  # the child keeps its own copy of the file
        return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                                start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    for sig, wait_s in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait_s)
            if sig == signal.SIGKILL:
                return
        except subprocess.TimeoutExpired:
            continue
    # the leader is gone; children that ignored SIGTERM still get the SIGKILL
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _wait_for(predicate, what: str, timeout_s: float, logs: list[Path]) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    tails = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-2000:]}" for p in logs if p.exists())
    pytest.fail(f"{what} not within {timeout_s}s\n{tails}")


def _home(path: Path) -> Path:
    # a persistent instance with the project's settings: the run and the workers share its run and
    # event storage, and the default IO manager writes step outputs under it
    path.mkdir()
    shutil.copy(ROOT / "dagster.yaml", path / "dagster.yaml")
    # create its storage now, once: processes opening a new SQLite instance at the same moment (two
    # workers starting) can both stamp its schema ("alembic_version has more than one head")
    with dg.DagsterInstance.from_config(str(path)) as instance:
        instance.get_runs(limit=1)
    return path


def _table(db: Path, table: str) -> tuple[list[str], list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [name for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall()
                   if name not in TIME_COLUMNS and not kind.startswith("TIMESTAMP")]
        listed = ", ".join(f'"{c}"' for c in columns)
        return columns, con.execute(f"SELECT {listed} FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()


def test_refresh_on_celery_workers_matches_in_process(tmp_path):
    redis_server = shutil.which("redis-server")
    if redis_server is None:
        _need("redis-server is not on PATH")
    for module in ("dagster_celery", "redis"):
        if importlib.util.find_spec(module) is None:
            _need(f"the Python package {module} is not installed")
    import redis

    port = _free_port()
    broker = f"redis://127.0.0.1:{port}/0"
    (tmp_path / "redis").mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("CELERY_", "DAGSTER_"))}
    base["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    # `dagster-celery worker start` runs `celery` by name: the environment's scripts come first on PATH
    # (CI runs the tests with .venv/bin/python, the environment not activated)
    base["PATH"] = os.pathsep.join([str(BIN), *filter(None, [os.environ.get("PATH")])])
    celery_env = {**base, "DAGSTER_HOME": str(_home(tmp_path / "home")), "RAW_REPORTS_DIR": str(SAMPLES),
                  "WAREHOUSE_PATH": str(tmp_path / "celery" / "w.duckdb"), "DAGSTER_EXECUTOR": "celery",
                  "CELERY_BROKER_URL": broker}
    local_env = {**base, "DAGSTER_HOME": str(_home(tmp_path / "home_local")), "RAW_REPORTS_DIR": str(SAMPLES),
                 "WAREHOUSE_PATH": str(tmp_path / "local" / "w.duckdb"), "DAGSTER_EXECUTOR": "in_process"}
    config_yaml = tmp_path / "celery_config.yaml"
    config_yaml.write_text(executors.celery_worker_yaml(celery_env))
    execute = [str(BIN / "dagster"), "job", "execute", "-m", "pipelines.definitions", "-j", "refresh_warehouse"]

    procs: list[subprocess.Popen] = []
    logs = {name: tmp_path / f"{name}.log" for name in ("redis", "w1", "w2", "celery_run", "local_run")}
    try:
        procs.append(_start([redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path / "redis")], logs["redis"], base, tmp_path))
        client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1)

        def pong() -> bool:
            try:
                return bool(client.ping())
            except redis.exceptions.ConnectionError:
                return False

        _wait_for(pong, "redis-server answering", 20, [logs["redis"]])
        for name in ("w1", "w2"):
            # cwd is not the project: the workers find the code through PYTHONPATH, as on another machine
            procs.append(_start([str(BIN / "dagster-celery"), "worker", "start", "-A", "dagster_celery.app",
                                 "-y", str(config_yaml), "-n", name,
                                 # no wait for other workers' greetings at start: a second saved
                                 "--", "--concurrency=1", "--without-mingle", "--without-gossip"],
                                logs[name], celery_env, tmp_path))
        _wait_for(lambda: all(f"{n}@" in logs[n].read_text(errors="replace")
                              and " ready." in logs[n].read_text(errors="replace") for n in ("w1", "w2")),
                  "both celery workers ready", 60, [logs["w1"], logs["w2"]])

        # the in-process refresh alongside: the two share nothing but the sample reports
        local = _start(execute, logs["local_run"], local_env, ROOT)
        procs.append(local)
        with logs["celery_run"].open("wb") as out:
            celery_run = subprocess.run(execute, cwd=ROOT, env=celery_env, stdout=out, stderr=subprocess.STDOUT,
                                        timeout=240)
        assert local.wait(240) == 0, logs["local_run"].read_text(errors="replace")[-4000:]
        assert celery_run.returncode == 0, "\n".join(
            f"--- {n}\n{logs[n].read_text(errors='replace')[-3000:]}" for n in ("celery_run", "w1", "w2"))
    finally:
        for proc in reversed(procs):
            _stop(proc)

    # the run's own record: which worker ran each step
    with dg.DagsterInstance.from_config(celery_env["DAGSTER_HOME"]) as instance:
        [run] = instance.get_runs(filters=dg.RunsFilter(job_name="refresh_warehouse"))
        assert run.status == dg.DagsterRunStatus.SUCCESS
        succeeded = {r.step_key for r in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_SUCCESS)}
        ran_on = {}
        for record in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.ENGINE_EVENT):
            metadata = record.dagster_event.event_specific_data.metadata
            if "Celery worker" in metadata:
                ran_on[record.step_key] = metadata["Celery worker"].value
    with dg.DagsterInstance.from_config(local_env["DAGSTER_HOME"]) as instance:
        [local_run] = instance.get_runs(filters=dg.RunsFilter(job_name="refresh_warehouse"))
        local_steps = {r.step_key for r in instance.all_logs(local_run.run_id,
                                                             of_type=dg.DagsterEventType.STEP_SUCCESS)}
    assert succeeded and succeeded == local_steps  # the same steps, all succeeded
    assert set(ran_on) == succeeded, f"steps not run by a celery worker: {succeeded - set(ran_on)}"
    assert {w.split("@")[0] for w in ran_on.values()} <= {"w1", "w2"}
    # and the workers' own logs say they ran them
    worker_logs = logs["w1"].read_text(errors="replace") + logs["w2"].read_text(errors="replace")
    assert worker_logs.count("Task execute_plan[") >= 2 * len(succeeded)  # received + succeeded

    # the same warehouse, table by table, row by row
    celery_db, local_db = Path(celery_env["WAREHOUSE_PATH"]), Path(local_env["WAREHOUSE_PATH"])
    for table in TABLES:
        columns, rows = _table(celery_db, table)
        assert (columns, rows) == _table(local_db, table), f"{table} differs between celery and in-process"
    n_reports = len(_table(local_db, "reports")[1])
    assert n_reports == len(list(SAMPLES.glob("*.txt")))
