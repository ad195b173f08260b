"""Load a validated batch into the DuckDB warehouse in one transaction.

Semantics (see README "Loading"):
- a file processed in this refresh replaces the rows it produced before (its old report, its
  old rejections); rows of files not processed are untouched, so re-running changes nothing;
- a file that disappeared from RAW_REPORTS_DIR keeps its rows unless ``drop_missing`` is set;
- the same bytes under two names are one report; the other name gets a ``duplicate`` row in
  ``rejected_files`` so every file stays accounted for;
- any error rolls the whole refresh back: the previous warehouse stays as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from pipelines.process import Batch
from pipelines.staging import Stage, stage_views

WAREHOUSE_SQL = Path(__file__).resolve().parent.parent / "warehouse"
# DuckDB's memory during a refresh. It holds the rows appended in the load's one transaction
# until COMMIT, spilling what it can beyond the limit: a fixed base keeps memory flat whatever the
# refresh's size. What it cannot spill is the primary-key index of the keys inserted (measured
# about 30 bytes a key), so the limit also grants KEY_BYTES for each key the refresh inserts; a
# fixed limit alone ran out of memory past ~300,000 reports in one refresh.
BASE_MEMORY_MB = 96
KEY_BYTES = 64
TABLES = ("reports", "budget_items", "indicators", "quality_findings", "rejected_files", "source_files")


class WarehouseLockedError(RuntimeError):
    pass


class WarehouseMemoryError(RuntimeError):
    pass


def memory_limit(keys: int = 0) -> str:
    """WAREHOUSE_MEMORY_LIMIT when set, else the base plus room for ``keys`` inserted keys."""
    return os.environ.get("WAREHOUSE_MEMORY_LIMIT") or f"{BASE_MEMORY_MB + keys * KEY_BYTES // 2**20}MB"


@contextmanager
def connect(path: Path, read_only: bool = False, keys: int = 0):
    if read_only and not path.exists():
        yield None
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only, config={
            "memory_limit": memory_limit(keys),
            # Row order inside a table means nothing here; keeping it makes DuckDB buffer whole scans.
            "preserve_insertion_order": False,
            # staged Parquet is read once: caching its bytes only grows memory
            "enable_external_file_cache": False})
    except duckdb.IOException as e:
        if "lock" in str(e).lower():
            raise WarehouseLockedError(
                f"the warehouse {path} is open in another process (a DuckDB CLI, notebook or BI tool): "
                f"close it and run the refresh again. DuckDB said: {e}"
            ) from e
        raise
    try:
        yield con
    finally:
        con.close()


def sql_files(folder: str) -> list[Path]:
    return sorted((WAREHOUSE_SQL / folder).glob("*.sql"))


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    for f in sql_files("ddl"):
        con.execute(f.read_text(encoding="utf-8"))


def read_manifest(path: Path) -> pl.DataFrame:
    """The manifest of files loaded so far (empty when the warehouse does not exist yet)."""
    with connect(path, read_only=True) as con:
        if con is None or not con.sql(
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'source_files'"
        ).fetchall():
            return pl.DataFrame(schema={"source_file": pl.String, "file_sha256": pl.String, "size_bytes": pl.Int64,
                                        "mtime_ns": pl.Int64, "extractor_version": pl.String})
        return con.sql("SELECT source_file, file_sha256, size_bytes, mtime_ns, extractor_version FROM source_files").pl()


def load_batch(path: Path, source: Batch | Stage, missing_files: list[str], drop_missing: bool = False,
               now: dt.datetime | None = None) -> dict[str, int]:
    """Apply a batch (frames in memory, or a Parquet stage read in a stream) to the warehouse at
    ``path``, in one transaction; returns the row count of every table after."""
    now = now or dt.datetime.now()
    sizes = source.counts()
    keys = sizes["reports"] + sizes["indicators"] + sizes["manifest"]  # rows of the keyed tables
    with connect(path, keys=keys) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            ensure_tables(con)
            if isinstance(source, Stage):
                stage_views(con, source)
            else:
                _frame_tables(con, source)
            # the files of this refresh, and the removed files when they are to be dropped
            touched = "SELECT source_file FROM batch_manifest_raw UNION ALL SELECT unnest(CAST($missing AS VARCHAR[]))"
            gone = {"missing": missing_files if drop_missing else []}
            con.execute(f"DELETE FROM rejected_files WHERE source_file IN ({touched})", gone)
            con.execute(f"DELETE FROM source_files WHERE source_file IN ({touched})", gone)
            con.execute("""
                INSERT INTO source_files BY NAME
                SELECT m.source_file, m.file_sha256, CASE WHEN loaded THEN m.report_id END AS report_id,
                       m.size_bytes, m.mtime_ns, m.source_format,
                       CASE WHEN loaded THEN 'loaded' ELSE 'rejected' END AS status, m.extractor_version,
                       CAST(? AS TIMESTAMP) AS loaded_at
                FROM (SELECT *, report_id IN (SELECT report_id FROM batch_reports) AS loaded FROM batch_manifest_raw) m
            """, [now])
            # Reports no file points at any more, and reports about to be re-inserted, go with their rows.
            con.execute("""
                CREATE OR REPLACE TEMP TABLE stale AS
                SELECT report_id FROM reports
                WHERE report_id NOT IN (SELECT report_id FROM source_files WHERE report_id IS NOT NULL)
                   OR report_id IN (SELECT report_id FROM batch_reports)
            """)
            for table in ("budget_items", "indicators", "quality_findings", "reports"):
                con.execute(f"DELETE FROM {table} WHERE report_id IN (SELECT report_id FROM stale)")
            con.execute("INSERT INTO reports BY NAME SELECT * FROM batch_reports")
            con.execute("INSERT INTO budget_items BY NAME SELECT * FROM batch_budget")
            con.execute("INSERT INTO indicators BY NAME SELECT * FROM batch_indicators")
            con.execute("INSERT INTO quality_findings BY NAME SELECT * FROM batch_findings")
            con.execute("INSERT INTO rejected_files BY NAME SELECT * FROM batch_rejected")
            # A report whose file changed but whose old bytes live on under another name follows that name.
            con.execute("""
                UPDATE reports SET source_file = (
                    SELECT min(m.source_file) FROM source_files m WHERE m.report_id = reports.report_id)
                WHERE source_file NOT IN (
                    SELECT m.source_file FROM source_files m WHERE m.report_id = reports.report_id)
            """)
            con.execute("DELETE FROM rejected_files WHERE stage = 'duplicate'")
            con.execute("""
                INSERT INTO rejected_files
                SELECT m.source_file, m.file_sha256, 'duplicate',
                       'same bytes as ' || r.source_file || ' (report ' || r.report_id || '): loaded once, under that name',
                       ?
                FROM source_files m JOIN reports r USING (report_id)
                WHERE m.source_file <> r.source_file
            """, [now])
            # versions are decided across reports: recompute their findings on every refresh
            create_views_in(con)
            con.execute("DELETE FROM quality_findings WHERE \"check\" = 'version_conflict'")
            con.execute("INSERT INTO quality_findings BY NAME " + check_sql("version_conflicts"))
            _fault_injection_pause()
            con.execute("COMMIT")
        except duckdb.OutOfMemoryException as e:
            con.execute("ROLLBACK")
            raise WarehouseMemoryError(
                f"the warehouse load ran out of its memory limit ({memory_limit(keys)}); nothing was written. "
                f"Set WAREHOUSE_MEMORY_LIMIT higher (e.g. 1GB) and run the refresh again. DuckDB said: {e}") from e
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return {t: con.sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _frame_tables(con: duckdb.DuckDBPyConnection, batch: Batch) -> None:
    for table, frame in (("batch_reports", batch.reports), ("batch_budget", batch.budget_items),
                         ("batch_indicators", batch.indicators), ("batch_findings", batch.quality_findings),
                         ("batch_rejected", batch.rejected_files), ("batch_manifest_raw", batch.manifest)):
        con.register(f"{table}_frame", frame.to_arrow())
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {table}_frame")
        con.unregister(f"{table}_frame")


def _fault_injection_pause() -> None:
    """Crash-safety tests kill a refresh here, with every write done and nothing committed.
    Inert unless PERF_REPORTS_PAUSE_BEFORE_COMMIT names a marker file to create before waiting."""
    marker = os.environ.get("PERF_REPORTS_PAUSE_BEFORE_COMMIT")
    if marker:
        Path(marker).write_text(str(os.getpid()))
        time.sleep(float(os.environ.get("PERF_REPORTS_PAUSE_SECONDS", "60")))


def create_views_in(con: duckdb.DuckDBPyConnection) -> list[str]:
    names = []
    for f in sql_files("views"):
        con.execute(f.read_text(encoding="utf-8"))
        names.append(f.stem)
    return names


def create_views(path: Path) -> list[str]:
    """(Re)create the reporting views of warehouse/views/*.sql; returns their file names."""
    with connect(path) as con:
        ensure_tables(con)
        return create_views_in(con)


def check_sql(name: str) -> str:
    return (WAREHOUSE_SQL / "checks" / f"{name}.sql").read_text(encoding="utf-8")


def findings_of(path: Path, check: str) -> pl.DataFrame:
    """The quality findings of one check, with their reports (warehouse/checks/findings_by_check.sql)."""
    with connect(path, read_only=True) as con:
        if con is None:
            return pl.DataFrame(schema={"source_file": pl.String, "message": pl.String})
        return con.execute(check_sql("findings_by_check"), {"check": check}).pl()
