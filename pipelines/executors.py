"""Which Dagster executor runs the steps of a refresh, chosen by ``DAGSTER_EXECUTOR``.

- ``in_process`` (default): every step in the run's own process (the parse step still parses in its
  own worker pool). Quickest to start, and the only choice that needs no shared storage.
- ``multiprocess``: one process per step on this machine; step outputs go through the instance's
  files (DAGSTER_HOME must be set).
- ``celery``: each step is a Celery task that a worker on any machine picks up from the broker
  (``CELERY_BROKER_URL``, default ``redis://localhost:6379/0``; results through ``CELERY_BACKEND_URL``,
  default the broker). Workers need the same code, environment and a shared filesystem: see the README,
  "Running on many machines".

``python -m pipelines.executors celery-yaml`` prints the worker config for the same broker and backend
(``dagster-celery worker start -A dagster_celery.app -y <that file>``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping

import dagster as dg

ENV = "DAGSTER_EXECUTOR"
CHOICES = ("in_process", "multiprocess", "celery")
DEFAULT_BROKER_URL = "redis://localhost:6379/0"
CELERY_INSTALL_HINT = "pip install dagster-celery redis"


class ExecutorChoiceError(ValueError):
    """DAGSTER_EXECUTOR names no executor we offer."""


def choice(environ: Mapping[str, str] | None = None) -> str:
    """The executor named by DAGSTER_EXECUTOR (case and ``-``/``_`` do not matter); unset or empty is
    ``in_process``."""
    environ = os.environ if environ is None else environ
    raw = environ.get(ENV, "")
    name = raw.strip().lower().replace("-", "_") or "in_process"
    if name not in CHOICES:
        raise ExecutorChoiceError(f"{ENV}={raw!r} is not an executor we offer; choose one of: {', '.join(CHOICES)}")
    return name


# Celery settings the workers take from the -y file. "solo": a worker runs its task in its own main
# process. Celery's default pool (prefork) runs tasks in daemonic children, and a daemonic process may
# not start processes: the parse step's worker pool (pipelines/parallel.py) fails there with
# "daemonic processes are not allowed to have children". One task at a time per worker process; start
# more workers for more steps at once.
WORKER_SETTINGS = {"worker_pool": "solo"}


def celery_config(environ: Mapping[str, str] | None = None) -> dict:
    """The Celery executor's config: broker, result backend and the workers' settings. The workers must
    be started with the same (``celery_worker_yaml``)."""
    environ = os.environ if environ is None else environ
    broker = environ.get("CELERY_BROKER_URL", "").strip() or DEFAULT_BROKER_URL
    # dagster-celery's own default backend is rpc://, which is AMQP's: with Redis the broker is the backend
    backend = environ.get("CELERY_BACKEND_URL", "").strip() or broker
    return {"broker": broker, "backend": backend, "config_source": dict(WORKER_SETTINGS)}


def celery_worker_yaml(environ: Mapping[str, str] | None = None) -> str:
    """The ``-y`` file of ``dagster-celery worker start``: the executor's config block (JSON is YAML)."""
    return json.dumps({"execution": {"config": celery_config(environ)}}, indent=2) + "\n"


def _import_celery_executor():
    # Imported only here: the default install has no Celery, and the other executors do not need it.
    try:
        from dagster_celery import celery_executor
    except ImportError as e:
        raise ImportError(f"{ENV}=celery needs dagster-celery, which is not installed: {CELERY_INSTALL_HINT} "
                          "(or pip install -e '.[distributed]')") from e
    return celery_executor


def executor_from_env(environ: Mapping[str, str] | None = None) -> dg.ExecutorDefinition:
    """The executor for ``Definitions``, as DAGSTER_EXECUTOR says (read when the code is loaded: the run's
    process and each worker load it with their own environment)."""
    name = choice(environ)
    if name == "in_process":
        return dg.in_process_executor
    if name == "multiprocess":
        return dg.multiprocess_executor
    celery_executor = _import_celery_executor()
    config = celery_config(environ)
    if config["broker"].startswith(("redis://", "rediss://")) or config["backend"].startswith(("redis://", "rediss://")):
        try:
            import redis  # noqa: F401  (Celery imports it only when it first connects: say it now)
        except ImportError as e:
            raise ImportError(f"a redis:// broker or backend needs the redis client: {CELERY_INSTALL_HINT}") from e
    return celery_executor.configured(config, name="celery")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipelines.executors", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("celery-yaml", help="print the dagster-celery worker config (-y) for CELERY_BROKER_URL / "
                                      "CELERY_BACKEND_URL")
    sub.add_parser("show", help="print the executor DAGSTER_EXECUTOR chooses")
    args = parser.parse_args(argv)
    if args.command == "celery-yaml":
        sys.stdout.write(celery_worker_yaml())
    else:
        print(choice())
    return 0


if __name__ == "__main__":
    sys.exit(main())
