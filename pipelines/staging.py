"""Rows of a refresh staged on disk as Parquet, one folder per chunk of files.

A refresh of any size keeps at most one shard's rows in memory, as frames: each shard step stages
its validated rows as one chunk, and the loader hands the Parquet files to DuckDB, which reads them
in a stream. Shard steps on other processes or machines
write into the same folder, each its own chunks: ``<stage>/<table>/chunk=<id>/part.parquet``.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from pipelines.batch import Batch, to_batch
from pipelines.versions import DiskFullError, is_disk_full
from schemas import REPORT_TABLES, TABLES

@dataclass
class Stage:
    folder: Path
    rows: dict[str, int] | None = field(default=None, compare=False, repr=False)  # counts(), once known

    @classmethod
    def create(cls, folder: Path) -> "Stage":
        shutil.rmtree(folder, ignore_errors=True)
        stage = cls(folder)
        # an empty chunk gives every table its schema, so readers never face a table with no file
        stage.write(to_batch([], "-"), "empty")
        return stage

    def write(self, batch: Batch, chunk: str) -> None:
        try:
            for name in TABLES:
                target = self.folder / name / f"chunk={chunk}"
                target.mkdir(parents=True, exist_ok=True)
                batch[name].write_parquet(target / "part.parquet")
        except OSError as e:
            if is_disk_full(e):  # said here, not later as a half-written file's "Invalid thrift"
                raise DiskFullError(
                    f"the disk holding the staging folder {self.folder} is full ({shutil.disk_usage(self.folder).free / 2**20:.0f} "
                    "MB free) while this refresh staged its rows; nothing was changed in the warehouse. Free some "
                    "space (or set WAREHOUSE_PATH to a bigger disk) and refresh again") from e
            raise

    def glob(self, name: str) -> str:
        return (self.folder / name).as_posix() + "/chunk=*/part.parquet"

    def sql(self, query: str) -> pl.DataFrame:
        """Run ``query`` over the staged tables, named ``{reports}``, ``{rejected_files}``…: DuckDB
        streams the Parquet files, so nothing the size of the refresh is held in memory."""
        return self.queries(query)[0]

    def queries(self, *queries: str) -> list[pl.DataFrame]:
        """``sql`` for several queries, on one connection (each opened one costs tens of ms), reading
        only the tables they name."""
        named = [name for name in TABLES if any("{" + name + "}" in q for q in queries)]
        with duckdb.connect(config={"memory_limit": "256MB", "enable_external_file_cache": False}) as con:
            for name in named:
                # the path goes in as a value, never spliced into SQL text (a ' in a folder name is fine)
                con.register(f"staged_{name}", con.read_parquet(self.glob(name), hive_partitioning=False))
            return [con.sql(q.format(**{name: f"staged_{name}" for name in TABLES})).pl() for q in queries]

    def counts(self) -> dict[str, int]:
        """Rows staged per table; counted once (gather, load and summary each ask, and the stage is
        complete before the first does)."""
        if self.rows is None:
            row = self.sql("SELECT " + ", ".join(f"(SELECT count(*) FROM {{{n}}}) AS {n}" for n in TABLES)).row(0)
            self.rows = dict(zip(TABLES, row))
        return dict(self.rows)


def remove_finished_runs(root: Path, instance, keep: str, max_age_s: float = 86400) -> None:
    """Remove the staging folders of runs that are over (finished, failed, or killed): those of this
    Dagster instance by their status, others (another DAGSTER_HOME) once a day old."""
    for folder in root.iterdir() if root.is_dir() else ():
        if folder.name == keep or not folder.is_dir():
            continue
        run = instance.get_run_by_id(folder.name) if instance else None
        if run is not None and not run.is_finished:
            continue
        if run is None and time.time() - folder.stat().st_mtime < max_age_s:
            continue
        shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(root / keep, ignore_errors=True)


def stage_views(con, stage: Stage) -> None:
    """Temp views ``batch_<table>`` over a stage. A report whose bytes sit in two chunks is kept once,
    from the chunk of its first file name (a chunk holds each report once: ``to_batch``).

    Views, not tables: the loader's INSERTs then stream the Parquet straight into the warehouse,
    so memory does not grow with the size of the refresh. Only the key set ``kept`` (report id and
    chunk, a few dozen bytes a report) is materialized."""

    for name in TABLES:
        # The chunk comes from the file's path; the path goes in as a value, never spliced into SQL.
        # register: a temporary view of this connection; create_view would be saved in the warehouse
        con.register(f"staged_{name}", con.read_parquet(stage.glob(name), filename=True).project(
            "* EXCLUDE (filename), regexp_extract(filename, 'chunk=([^/]+)/part[.]parquet$', 1) AS chunk"))
    con.execute("""
        CREATE OR REPLACE TEMP TABLE kept AS
        SELECT report_id, chunk FROM staged_reports
        QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY source_file) = 1""")
    for name in TABLES:
        keep = " SEMI JOIN kept USING (report_id, chunk)" if name in REPORT_TABLES else ""
        con.execute(f"CREATE OR REPLACE TEMP VIEW batch_{name} AS SELECT t.* EXCLUDE (chunk) FROM staged_{name} t{keep}")
