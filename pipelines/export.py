"""Export the warehouse's marts for analysts who work in Excel or read Parquet.

    python -m pipelines.export [--db FILE] [--out DIR] [--format xlsx|parquet|both]

Reads the warehouse at ``--db`` or else ``WAREHOUSE_PATH`` (default ``warehouse/reports.duckdb``),
opened read-only, so it never blocks or is blocked by a refresh (a refresh publishes a new version
of the file; the export reads the version it opened, one snapshot for every sheet and file).
Writes into ``--out``, by default a folder beside the database named after it
(``warehouse/reports.duckdb`` -> ``warehouse/reports_export/``):

- ``<db stem>.xlsx``: one workbook. First a ``说明`` sheet (the warehouse, the time of the export,
  each sheet with its rows and description, then every column with its type and description),
  then one sheet per reporting view (every view in the warehouse, the analyst marts first), then
  the tables ``reports``, ``budget_items``, ``indicators``, ``quality_findings``,
  ``rejected_files``. Each sheet has one header row (the column names, frozen, with a filter;
  a column's description is also a note on its header cell). Money columns (``*wan_yuan*``,
  ``amount*``, numeric) are numbers shown with two decimals (the cell keeps the exact value); text stays text
  (a value starting with ``=`` is never turned into a formula).
- ``parquet/<name>.parquet``: one file per view and table, the same rows, DuckDB's own types
  (money stays DECIMAL).

Descriptions come from the warehouse's comments (``COMMENT ON``, ``duckdb_columns().comment``)
and otherwise from the ``--`` comments of the SQL that creates the object (``warehouse/views``,
``warehouse/ddl``). The workbook and the Parquet folder are replaced whole, only once written.
Exit code 0 when everything was exported, 1 on any error (no warehouse, a view that fails, an
output that cannot be written), with the reason on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import math
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.load import WAREHOUSE_SQL, connect
from schemas import TABLES as WAREHOUSE_TABLES

# Not marts: the refresh's file manifest; helper views start with "_".
SKIPPED = {"source_files"}
# The warehouse tables exported, in the registry's order, after the views.
TABLES = tuple(t for t in WAREHOUSE_TABLES if t not in SKIPPED)
# The analyst marts come first, in this order, when present; other views follow by name.
VIEW_ORDER = (
    "departments", "department_year", "budget_execution", "self_score_league", "indicator_attainment",
    "target_attainment_by_department", "region_rollup", "province_rollup", "city_rollup",
    "reports_missing_figures", "current_reports", "report_versions",
)
# A stable row order for the tables (views keep their own ORDER BY).
TABLE_ORDER = {
    "reports": "source_file, report_id",
    "budget_items": "report_id, line_no, item",
    "indicators": "report_id, seq",
    "quality_findings": 'report_id, line_no NULLS FIRST, "check"',
    "rejected_files": "source_file, stage",
}
FORMATS = {"xlsx": ("xlsx",), "parquet": ("parquet",), "both": ("xlsx", "parquet")}
NOTES_SHEET = "说明"
EXCEL_MAX_ROWS = 1_048_576          # header included
EXCEL_MAX_CHARS = 32_767            # in one cell
EXACT_INT = 2 ** 53                 # larger integers would lose digits as Excel numbers: written as text


class ExportError(RuntimeError):
    """The export could not be done (or not completely); the message says why and what to do."""


@dataclass
class Column:
    name: str
    type: str
    comment: str | None = None

    @property
    def is_money(self) -> bool:
        numeric = re.match(r"(DECIMAL|DOUBLE|FLOAT|REAL|NUMERIC|HUGEINT|BIGINT|INTEGER)", self.type.upper())
        return bool(numeric) and ("wan_yuan" in self.name or self.name.startswith("amount"))


@dataclass
class Mart:
    name: str
    kind: str                      # view | table
    columns: list[Column]
    rows: int
    comment: str | None = None
    sheets: list[str] = field(default_factory=list)

    def select(self) -> str:
        order = TABLE_ORDER.get(self.name) if self.kind == "table" else None
        names = {c.name for c in self.columns}
        if order and not all(part.split()[0].strip('"') in names for part in order.split(",")):
            order = None           # an older warehouse without one of the columns
        return f"SELECT * FROM {quote(self.name)}" + (f" ORDER BY {order}" if order else "")


@dataclass
class ExportResult:
    db: Path
    out: Path
    marts: list[Mart]
    workbook: Path | None = None
    parquet: dict[str, Path] = field(default_factory=dict)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def default_out(db: Path) -> Path:
    """``<warehouse folder>/<warehouse stem>_export``: two warehouses in one folder never share it."""
    return db.parent / f"{db.stem}_export"


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- descriptions -------------------------------------------------------------------------------

_CREATE = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)\"?", re.I)
_COLUMN_LINE = re.compile(r"^\s*\"?(\w+)\"?\s+[A-Z][^-]*?--\s*(.+?)\s*$")
_ADDED_COLUMN = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)\"?", re.I)


def sql_comments() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Descriptions written as ``--`` comments in warehouse/views and warehouse/ddl: the comment
    lines right above ``CREATE … name`` describe the object; a comment at the end of a column's line
    in ``CREATE TABLE`` describes the column."""
    objects: dict[str, str] = {}
    columns: dict[tuple[str, str], str] = {}
    files = sorted((WAREHOUSE_SQL / "ddl").glob("*.sql")) + sorted((WAREHOUSE_SQL / "views").glob("*.sql"))
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        above: list[str] = []
        table: str | None = None
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("--"):
                above.append(stripped.lstrip("-").strip())
                continue
            created = _CREATE.search(line)
            if created:
                if above:
                    objects.setdefault(created[1], " ".join(above))
                table = created[1] if re.search(r"\bTABLE\b", line, re.I) else None
            elif table and (col := _COLUMN_LINE.match(line)):
                columns.setdefault((table, col[1]), col[2])
            elif (added := _ADDED_COLUMN.search(line)) and "--" in line:
                columns.setdefault((added[1], added[2]), line.split("--", 1)[1].strip())
            if stripped.startswith(")"):
                table = None
            above = []
    return objects, columns


# --- what is exported -----------------------------------------------------------------------------

def inventory(con) -> tuple[list[Mart], dict[str, str]]:
    """The views and tables to export, with columns, comments and row counts; and the ones that
    failed to read (name -> error): a view broken by a change of the SQL is reported, not skipped."""
    views = {name: comment for name, comment in con.sql(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
        "AND database_name = current_database()").fetchall()}
    tables = {name: comment for name, comment in con.sql(
        "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' "
        "AND database_name = current_database()").fetchall()}
    if "reports" not in views and "reports" not in tables:
        raise ExportError("this database has no reports table: it is not a reports warehouse (run the refresh "
                          "to build one, or point --db / WAREHOUSE_PATH at the warehouse)")
    marts_views = [v for v in views if v not in TABLES and v not in SKIPPED and not v.startswith("_")]
    ordered = [v for v in VIEW_ORDER if v in marts_views] + sorted(v for v in marts_views if v not in VIEW_ORDER)
    wanted = [(v, "view", views[v]) for v in ordered]
    # in a Parquet-mode warehouse the tables are views over the Parquet dataset: still exported as tables
    wanted += [(t, "table", tables.get(t, views.get(t))) for t in TABLES if t in tables or t in views]

    described, described_columns = sql_comments()
    column_rows = con.sql(
        "SELECT table_name, column_name, data_type, comment FROM duckdb_columns() WHERE schema_name = 'main' "
        "AND database_name = current_database() ORDER BY table_name, column_index").fetchall()
    columns: dict[str, list[Column]] = {}
    for table, name, dtype, comment in column_rows:
        columns.setdefault(table, []).append(Column(name, dtype, comment or described_columns.get((table, name))))

    marts, failed = [], {}
    for name, kind, comment in wanted:
        try:
            cols = columns.get(name) or [Column(n, str(t)) for n, t in zip(*_describe(con, name))]
            rows = con.sql(f"SELECT count(*) FROM {quote(name)}").fetchone()[0]
        except Exception as e:  # a view whose SQL no longer binds: the others are still exported
            failed[name] = f"{type(e).__name__}: {e}"
            continue
        marts.append(Mart(name, kind, cols, rows, comment or described.get(name)))
    return marts, failed


def _describe(con, name: str):
    rel = con.sql(f"SELECT * FROM {quote(name)} LIMIT 0")
    return rel.columns, rel.types


# --- Excel --------------------------------------------------------------------------------------

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = _BAD_SHEET_CHARS.sub("_", name).strip("'") or "sheet"
    candidate, n = base[:31], 1
    while candidate.lower() in taken or candidate.lower() == "history":
        n += 1
        suffix = f"~{n}"
        candidate = base[:31 - len(suffix)] + suffix
    taken.add(candidate.lower())
    return candidate


def display_width(value: object) -> int:
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[:200])


class _Cells:
    """Writes Python values from DuckDB as Excel cells of the right kind."""

    def __init__(self, workbook):
        self.money = workbook.add_format({"num_format": "#,##0.00"})
        self.timestamp = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.date = workbook.add_format({"num_format": "yyyy-mm-dd"})

    def write(self, ws, row: int, col: int, value, money: bool) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            ws.write_boolean(row, col, value)
        elif isinstance(value, int):
            if abs(value) < EXACT_INT:
                ws.write_number(row, col, value, self.money if money else None)
            else:
                ws.write_string(row, col, str(value))
        elif isinstance(value, (float, decimal.Decimal)):
            number = float(value)
            if math.isnan(number):
                return  # no number: an empty cell, as NULL
            ws.write_number(row, col, number, self.money if money else None)
        elif isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
            ws.write_datetime(row, col, value, self.timestamp)
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, dt.datetime.combine(value, dt.time()), self.date)
        else:
            text = value if isinstance(value, str) else str(value)
            if len(text) > EXCEL_MAX_CHARS:
                text = text[:EXCEL_MAX_CHARS - 20] + "…（已截断，见 Parquet）"
            ws.write_string(row, col, text)


def _write_notes(ws, fmt, result: ExportResult, failed: dict[str, str]) -> None:
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 14)
    ws.set_column(3, 3, 100)
    row = 0
    ws.write_string(row, 0, "绩效自评报告仓库导出", fmt["title"])
    row += 1
    for label, value in (("仓库文件", str(result.db)), ("导出时间", f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}"),
                         ("说明", "每个视图和表一张工作表，第一行为列名；金额单位为万元，显示两位小数，单元格保留原值。"
                                  "Parquet 文件在同一文件夹的 parquet/ 下，每个视图和表一个文件。")):
        ws.write_string(row, 0, label, fmt["bold"])
        ws.write_string(row, 1, value)
        row += 1
    row += 1
    ws.write_row(row, 0, ["工作表", "视图或表", "类型", "行数 / 说明"], fmt["header"])
    row += 1
    for mart in result.marts:
        for sheet in mart.sheets:
            ws.write_string(row, 0, sheet)
            ws.write_string(row, 1, mart.name)
            ws.write_string(row, 2, "视图" if mart.kind == "view" else "表")
            ws.write_string(row, 3, f"{mart.rows} 行" + (f"；{mart.comment}" if mart.comment else ""))
            row += 1
    for name, error in failed.items():
        ws.write_string(row, 0, "（未导出）", fmt["bold"])
        ws.write_string(row, 1, name)
        ws.write_string(row, 3, f"读取失败：{error[:1000]}")
        row += 1
    row += 1
    ws.write_row(row, 0, ["视图或表", "列", "类型", "列说明"], fmt["header"])
    row += 1
    for mart in result.marts:
        for column in mart.columns:
            ws.write_string(row, 0, mart.name)
            ws.write_string(row, 1, column.name)
            ws.write_string(row, 2, column.type)
            ws.write_string(row, 3, column.comment or ("金额，万元" if column.is_money else ""))
            row += 1


def write_workbook(con, result: ExportResult, failed: dict[str, str], path: Path,
                   progress: Callable[[str], None]) -> Path:
    try:
        import xlsxwriter
    except ImportError as e:
        raise ExportError("the Excel export needs the xlsxwriter package: pip install xlsxwriter "
                          "(or export Parquet only with --format parquet)") from e

    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    workbook = xlsxwriter.Workbook(str(partial), {
        "constant_memory": True,          # rows go to disk as written: memory stays flat for big tables
        "strings_to_formulas": False,     # a report's "=…" text stays text
        "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    fmt = {
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "bold": workbook.add_format({"bold": True}),
        "header": workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1}),
    }
    cells = _Cells(workbook)
    taken = {NOTES_SHEET.lower()}
    notes = workbook.add_worksheet(NOTES_SHEET)
    # sheet names first: the 说明 sheet lists them, and it is written before the data sheets
    per_sheet = EXCEL_MAX_ROWS - 1
    for mart in result.marts:
        parts = max(1, math.ceil(mart.rows / per_sheet))
        mart.sheets = [sheet_name(mart.name if i == 0 else f"{mart.name}({i + 1})", taken) for i in range(parts)]
    _write_notes(notes, fmt, result, failed)

    try:
        for n, mart in enumerate(result.marts, 1):
            progress(f"[{n}/{len(result.marts)}] sheet {mart.sheets[0]}: {mart.rows} rows")
            names = [c.name for c in mart.columns]
            money = [c.is_money for c in mart.columns]
            cursor = con.execute(mart.select())
            batch = cursor.fetchmany(2048)
            for sheet in mart.sheets:
                ws = workbook.add_worksheet(sheet)
                ws.freeze_panes(1, 0)
                widths = [max(8, display_width(name) + 2) for name in names]
                for row in batch[:200]:
                    for i, value in enumerate(row):
                        if value is not None:
                            widths[i] = max(widths[i], min(60, display_width(value) + 2))
                for i, width in enumerate(widths):
                    ws.set_column(i, i, width, cells.money if money[i] else None)
                ws.write_row(0, 0, names, fmt["header"])
                for i, column in enumerate(mart.columns):
                    if column.comment:
                        ws.write_comment(0, i, column.comment[:2000])
                written = 0
                while batch and written < per_sheet:
                    take = batch[:per_sheet - written]
                    batch = batch[len(take):]
                    for row in take:
                        written += 1
                        for i, value in enumerate(row):
                            cells.write(ws, written, i, value, money[i])
                    if not batch:
                        batch = cursor.fetchmany(2048)
                ws.autofilter(0, 0, max(written, 1), max(len(names) - 1, 0))
        workbook.close()
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


# --- Parquet ------------------------------------------------------------------------------------

def write_parquet(con, result: ExportResult, folder: Path, progress: Callable[[str], None]) -> dict[str, Path]:
    """One file per mart in a fresh folder, swapped in for the old one once every file is written
    (so a view dropped since the last export leaves no stale file behind)."""
    partial = folder.with_name(f".{folder.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    files: dict[str, Path] = {}
    try:
        for n, mart in enumerate(result.marts, 1):
            progress(f"[{n}/{len(result.marts)}] parquet {mart.name}.parquet: {mart.rows} rows")
            target = partial / f"{mart.name}.parquet"
            literal = str(target).replace("'", "''")  # COPY takes no parameter for its path
            con.execute(f"COPY ({mart.select()}) TO '{literal}' (FORMAT parquet, COMPRESSION zstd)")
            files[mart.name] = folder / target.name
        old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
        if folder.exists():
            folder.rename(old)
        partial.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return files


# --- the export -----------------------------------------------------------------------------------

def export(db: Path | None = None, out: Path | None = None, formats: Iterable[str] = ("xlsx", "parquet"),
           progress: Callable[[str], None] = _stderr) -> ExportResult:
    """Export every reporting view and the main tables of the warehouse ``db`` (default: the
    resource's ``WAREHOUSE_PATH``) to ``out`` (default :func:`default_out`). Raises
    :class:`ExportError` (or the warehouse's own errors: locked, damaged) with a message to show;
    a view that cannot be read fails the export after the others are written."""
    if db is None:
        from pipelines.resources import WarehouseResource

        db = WarehouseResource().db_path()
    db = Path(db).expanduser().resolve()
    formats = tuple(formats)
    if not db.is_file():
        raise ExportError(f"no warehouse at {db}: run the refresh first (bash scripts/refresh.sh), "
                          f"or point --db / WAREHOUSE_PATH at the warehouse file")
    out = Path(out).expanduser().resolve() if out else default_out(db)
    with connect(db, read_only=True) as con:
        if con is None:
            raise ExportError(f"no warehouse at {db}: run the refresh first")
        con.execute("SET preserve_insertion_order = true")  # views' ORDER BY kept row for row
        marts, failed = inventory(con)
        result = ExportResult(db, out, marts)
        progress(f"exporting {len(marts)} views and tables of {db} to {out}")
        try:
            out.mkdir(parents=True, exist_ok=True)
            if "xlsx" in formats:
                result.workbook = write_workbook(con, result, failed, out / f"{db.stem}.xlsx", progress)
            if "parquet" in formats:
                result.parquet = write_parquet(con, result, out / "parquet", progress)
        except PermissionError as e:
            raise ExportError(f"cannot write {e.filename or out}: {e.strerror} (is the workbook open in Excel? "
                              f"close it, or choose another folder with --out)") from e
        except OSError as e:
            raise ExportError(f"cannot write the export to {out}: {e}") from e
    if failed:
        listed = "; ".join(f"{name}: {error}" for name, error in failed.items())
        raise ExportError(f"exported {len(marts)} views and tables to {out}, but {len(failed)} could not be read "
                          f"and are missing from it: {listed}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.export",
        description="Export the warehouse's reporting views and main tables to an Excel workbook "
                    "(one sheet each, plus a 说明 sheet) and Parquet files (one each).")
    parser.add_argument("--db", type=Path, help="the warehouse file (default: WAREHOUSE_PATH, else "
                                                "warehouse/reports.duckdb)")
    parser.add_argument("--out", type=Path, help="output folder (default: <warehouse folder>/<warehouse name>_export)")
    parser.add_argument("--format", choices=sorted(FORMATS), default="both", help="what to write (default: both)")
    args = parser.parse_args(argv)
    try:
        result = export(args.db, args.out, FORMATS[args.format])
    except Exception as e:  # every failure ends in one readable line and exit code 1
        from pipelines.load import WarehouseLockedError
        from pipelines.versions import DiskFullError, WarehouseDamagedError

        known = (ExportError, WarehouseLockedError, WarehouseDamagedError, DiskFullError)
        _stderr(f"export failed: {e}" if isinstance(e, known) else f"export failed ({type(e).__name__}): {e}")
        return 1
    if result.workbook:
        print(f"workbook: {result.workbook} ({sum(len(m.sheets) for m in result.marts)} sheets + {NOTES_SHEET})")
    if result.parquet:
        print(f"parquet:  {result.out / 'parquet'} ({len(result.parquet)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
