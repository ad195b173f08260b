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
import hashlib
import os
import re
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from pipelines import versions
from pipelines.batch import Batch
from pipelines.staging import Stage, stage_views
from schemas import MODELS, REPORT_TABLES, TABLES, ddl, descriptions

WAREHOUSE_SQL = Path(__file__).resolve().parent.parent / "warehouse"
# DuckDB's memory during a refresh. It holds the rows appended in the load's one transaction
# until COMMIT, spilling what it can beyond the limit: a fixed base keeps memory flat whatever the
# refresh's size. What it cannot spill is the primary-key index of the keys inserted (measured
# about 30 bytes a key), so the limit also grants KEY_BYTES for each key the refresh inserts; a
# fixed limit alone ran out of memory past ~300,000 reports in one refresh.
BASE_MEMORY_MB = 96
KEY_BYTES = 64


class WarehouseLockedError(RuntimeError):
    pass


WarehouseDamagedError = versions.WarehouseDamagedError


class WarehouseMemoryError(RuntimeError):
    pass


def memory_limit(keys: int = 0) -> str:
    """WAREHOUSE_MEMORY_LIMIT when set, else the base plus room for ``keys`` inserted keys."""
    return os.environ.get("WAREHOUSE_MEMORY_LIMIT") or f"{BASE_MEMORY_MB + keys * KEY_BYTES // 2**20}MB"


_DAMAGE_SIGNS = ("not a valid duckdb database", "corrupt database file", "could not read enough bytes",
                 "does not match stored checksum", "invalid thrift", "serialization error")


def is_damage(error: BaseException) -> bool:
    return any(sign in str(error).lower() for sign in _DAMAGE_SIGNS)


def damaged_error(path: Path, error: BaseException) -> WarehouseDamagedError:
    return WarehouseDamagedError(f"the warehouse {path} is damaged and cannot be read ({error}); "
                                 f"{versions.restore_hint(path)}")


def _holder(message: str) -> str:
    """The process DuckDB names as holding the file's lock, as `` (pid N: command)``."""
    match = re.search(r"PID (\d+)", message)
    if not match:
        return ""
    try:
        command = Path(f"/proc/{match[1]}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        command = ""
    return f" (pid {match[1]}{': ' + command[:120] if command else ''})"


def _raise_named(path: Path, error: duckdb.Error) -> None:
    """Raise DuckDB's error as the cause a person can act on (a damaged file, a full disk), if it is one."""
    if is_damage(error):
        raise damaged_error(path, error) from error
    if versions.is_disk_full(error):
        raise versions.DiskFullError(versions.disk_full_message(path)) from error


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
    except duckdb.Error as e:
        if "could not set lock" in str(e).lower() or "conflicting lock" in str(e).lower():
            # refreshes never open the live file for writing (see versions.py): the holder is another program
            raise WarehouseLockedError(
                f"the warehouse {path} is open for writing in another program{_holder(str(e))}, which opened it "
                f"without read-only: close it and run the refresh again (readers that open it read-only never "
                f"block a refresh). DuckDB said: {e}") from e
        _raise_named(path, e)
        raise
    try:
        yield con
    except duckdb.Error as e:
        _raise_named(path, e)
        raise
    finally:
        con.close()


def sql_files(folder: str) -> list[Path]:
    return sorted((WAREHOUSE_SQL / folder).glob("*.sql"))


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The tables as their pandera models say (schemas.ddl): created when absent; a warehouse built by
    an older version gains the columns added since."""
    present = {(t, c) for t, c in con.sql("SELECT table_name, column_name FROM duckdb_columns()").fetchall()}
    for table in TABLES:
        create, add_column = ddl(table)
        if not any(t == table for t, _ in present):
            con.execute(create)
            continue
        for column, statement in add_column.items():
            if (table, column) not in present:
                con.execute(statement)


def read_manifest(path: Path) -> pl.DataFrame:
    """The manifest of files loaded so far (empty when the warehouse does not exist yet)."""
    with connect(path, read_only=True) as con:
        if con is None or not con.sql(
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'source_files'"
        ).fetchall():
            return pl.DataFrame(schema={"source_file": pl.String, "file_sha256": pl.String, "size_bytes": pl.Int64,
                                        "mtime_ns": pl.Int64, "extractor_version": pl.String,
                                        "removed_at": pl.Datetime("us")})
        columns = {r[0] for r in con.sql("SELECT column_name FROM duckdb_columns() WHERE table_name = 'source_files'")
                   .fetchall()}
        removed = "removed_at" if "removed_at" in columns else "NULL::TIMESTAMP AS removed_at"  # an older warehouse
        return con.sql(f"SELECT source_file, file_sha256, size_bytes, mtime_ns, extractor_version, {removed} "
                       "FROM source_files").pl()


def load_batch(path: Path, source: Batch | Stage, missing_files: list[str], drop_missing: bool = False,
               now: dt.datetime | None = None, run_id: str | None = None,
               log: Callable[[str], None] | None = None) -> dict[str, int]:
    """Apply a batch (frames in memory, or a Parquet stage read in a stream) to the warehouse at
    ``path`` and publish the result as its new version (see versions.py): under the writer lock,
    into a copy, then one atomic rename. Returns the row count of every table after."""
    with versions.writer_lock(path, run_id, log=log):
        # Readers never block us, but a program holding the live file open for writing could be
        # changing it under the copy (it then says so here), and a damaged file is named before any work.
        with connect(path, read_only=True):
            pass
        work = versions.start_build(path)
        try:
            counts = _load_into(work, source, missing_files, drop_missing, now or dt.datetime.now())
            versions.publish(path, work)
        except WarehouseDamagedError as e:
            versions.discard(work)
            raise damaged_error(path, e.__cause__ or e) from e
        except BaseException:
            versions.discard(work)
            raise
    return counts


def _load_into(path: Path, source: Batch | Stage, missing_files: list[str], drop_missing: bool,
               now: dt.datetime) -> dict[str, int]:
    sizes = source.counts()
    keys = sizes["reports"] + sizes["indicators"] + sizes["source_files"]  # rows of the keyed tables
    with connect(path, keys=keys) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            ensure_tables(con)
            if isinstance(source, Stage):
                stage_views(con, source)
            else:
                _frame_tables(con, source)
            # the files of this refresh, and the removed files when they are to be dropped
            touched = "SELECT source_file FROM batch_source_files UNION ALL SELECT unnest(CAST($missing AS VARCHAR[]))"
            gone = {"missing": missing_files if drop_missing else []}
            con.execute(f"DELETE FROM rejected_files WHERE source_file IN ({touched})", gone)
            con.execute(f"DELETE FROM source_files WHERE source_file IN ({touched})", gone)
            con.execute("""
                INSERT INTO source_files BY NAME
                SELECT m.source_file, m.file_sha256, CASE WHEN loaded THEN m.report_id END AS report_id,
                       m.size_bytes, m.mtime_ns, m.source_format,
                       CASE WHEN loaded THEN 'loaded' ELSE 'rejected' END AS status, m.extractor_version,
                       CAST(? AS TIMESTAMP) AS loaded_at
                FROM (SELECT *, report_id IN (SELECT report_id FROM batch_reports) AS loaded FROM batch_source_files) m
            """, [now])
            # Reports no file points at any more, and reports about to be re-inserted, go with their rows.
            con.execute("""
                CREATE OR REPLACE TEMP TABLE stale AS
                SELECT report_id FROM reports
                WHERE report_id NOT IN (SELECT report_id FROM source_files WHERE report_id IS NOT NULL)
                   OR report_id IN (SELECT report_id FROM batch_reports)
            """)
            for table in reversed(REPORT_TABLES):
                con.execute(f"DELETE FROM {table} WHERE report_id IN (SELECT report_id FROM stale)")
            for table in (*REPORT_TABLES, "rejected_files"):
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_{table}")
            # Same bytes under several names: the report is filed under the first name, whatever the
            # order the files came in over the refreshes (and a changed file's old bytes follow their name).
            con.execute("""
                UPDATE reports SET source_file = first.name
                FROM (SELECT report_id, min(source_file) AS name FROM source_files
                      WHERE report_id IS NOT NULL GROUP BY report_id) first
                WHERE first.report_id = reports.report_id AND reports.source_file <> first.name
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
            # Files gone from the folder whose rows are kept say so; a file back in the folder clears it.
            con.execute("""
                UPDATE source_files SET removed_at = CASE
                    WHEN source_file IN (SELECT unnest(CAST($missing AS VARCHAR[]))) THEN coalesce(removed_at, $now)
                END
            """, {"missing": [] if drop_missing else missing_files, "now": now})
            if not catalog_is_current(con):
                create_views_in(con)
                comment_tables(con)
                mark_catalog(con)
            con.execute("DELETE FROM quality_findings WHERE \"check\" = 'version_conflict'")
            con.execute("INSERT INTO quality_findings BY NAME " + (WAREHOUSE_SQL / "load" / "version_conflicts.sql")
                        .read_text(encoding="utf-8"))
            _fault_injection_pause()
            con.execute("COMMIT")
        except duckdb.OutOfMemoryException as e:
            _rollback(con)
            raise WarehouseMemoryError(
                f"the warehouse load ran out of its memory limit ({memory_limit(keys)}); nothing was written. "
                f"Set WAREHOUSE_MEMORY_LIMIT higher (e.g. 1GB) and run the refresh again. DuckDB said: {e}") from e
        except BaseException:
            _rollback(con)
            raise
        counts = {t: con.sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        # Write everything into the file itself now: a checkpoint DuckDB cannot finish at close (a full
        # disk) would otherwise pass in silence and leave the rows in a WAL the publish does not carry.
        con.execute("CHECKPOINT")
        return counts


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back what is left to roll back: after a failed COMMIT (a full disk) DuckDB has already
    ended the transaction, and its "no transaction is active" would hide the real error."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def _frame_tables(con: duckdb.DuckDBPyConnection, batch: Batch) -> None:
    for table in TABLES:
        con.register(f"{table}_frame", batch[table].to_arrow())
        con.execute(f"CREATE OR REPLACE TEMP TABLE batch_{table} AS SELECT * FROM {table}_frame")
        con.unregister(f"{table}_frame")


def _fault_injection_pause() -> None:
    """Crash-safety tests kill a refresh here, with every write done and nothing committed.
    Inert unless PERF_REPORTS_PAUSE_BEFORE_COMMIT names a marker file to create before waiting."""
    marker = os.environ.get("PERF_REPORTS_PAUSE_BEFORE_COMMIT")
    if marker:
        Path(marker).write_text(str(os.getpid()))
        time.sleep(float(os.environ.get("PERF_REPORTS_PAUSE_SECONDS", "60")))


# The views and comments of a warehouse are made from the view files and the pandera models; creating them
# binds every view through the ones beneath it (~0.5 s a refresh). A refresh that finds them made from
# the same sources, all still there, leaves them as they are. The macro says what they were made from.
CATALOG_MACRO = "warehouse_catalog_version"


def catalog_version() -> str:
    """A hash of what the views and comments are made from: the view files, the tables' DDL and descriptions."""
    digest = hashlib.sha256()
    for f in sql_files("views"):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    for table, model in MODELS.items():
        digest.update(repr((ddl(table), descriptions(model))).encode())
    return digest.hexdigest()[:16]


def _view_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary").fetchall()}


def catalog_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """The views and comments were made from today's sources, and none of those views was dropped since."""
    try:
        stamp = con.sql(f"SELECT {CATALOG_MACRO}()").fetchone()[0]
    except duckdb.CatalogException:
        return False  # a new warehouse, or one an older version built
    version, _, views = stamp.partition(":")
    return version == catalog_version() and set(filter(None, views.split(","))) <= _view_names(con)


def mark_catalog(con: duckdb.DuckDBPyConnection) -> None:
    stamp = catalog_version() + ":" + ",".join(sorted(_view_names(con)))
    con.execute(f"CREATE OR REPLACE MACRO {CATALOG_MACRO}() AS '{stamp}'")  # (hex and view names: no quote)


def create_views_in(con: duckdb.DuckDBPyConnection) -> list[str]:
    names = []
    for f in sql_files("views"):
        con.execute(f.read_text(encoding="utf-8"))
        names.append(f.stem)
    return names


def comment_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The pandera models' descriptions as COMMENT ON TABLE / COLUMN, so `DESCRIBE`, `duckdb_columns()`
    and BI tools show what each column means."""
    def literal(text: str) -> str:  # COMMENT takes no parameters; our own text, quoted
        return "'" + text.replace("'", "''") + "'"

    present = {r[0] for r in con.sql("SELECT column_name FROM duckdb_columns() WHERE table_name = 'source_files'")
               .fetchall()}
    for table, model in MODELS.items():
        about, columns = descriptions(model)
        con.execute(f"COMMENT ON TABLE {table} IS {literal(about)}")
        for column, text in columns.items():
            if text and (table != "source_files" or column in present):
                con.execute(f'COMMENT ON COLUMN {table}."{column}" IS {literal(text)}')


def table_heads(path: Path, tables: tuple[str, ...] = TABLES, n: int = 10) -> dict[str, pl.DataFrame]:
    """The first rows of each table as it now stands (newest reports first where it has them), read
    in one connection."""
    with connect(path, read_only=True) as con:
        if con is None:
            return {table: pl.DataFrame() for table in tables}
        heads = {}
        for table in tables:
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [table]).fetchall()]
            # evidence line numbers make a preview unreadably wide; the tables keep them
            shown = ", ".join(f'"{c}"' for c in columns if not c.endswith("_line_no") or c == "line_no")
            order = "ORDER BY fiscal_year DESC NULLS LAST, 1" if "fiscal_year" in columns else "ORDER BY 1"
            heads[table] = con.sql(f"SELECT {shown} FROM {table} {order} LIMIT {int(n)}").pl()
        return heads


def view_names(path: Path) -> list[str]:
    """The reporting views present in the published warehouse (those warehouse/views/*.sql create)."""
    with connect(path, read_only=True) as con:
        if con is None:
            return []
        return [r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary "
                                      "ORDER BY view_name").fetchall()]
