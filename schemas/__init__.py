"""pandera (polars API) models, one per warehouse table, matching ../shared/CONTRACT.md.

``MODELS`` is the one list of the warehouse's tables: the batch frames, the staged Parquet, the
validation, the DDL, the load, the table comments and the assets' specs all iterate it.
"""

from __future__ import annotations

import polars as pl

from schemas.budget_items import BudgetItems
from schemas.indicators import Indicators
from schemas.quality_findings import QualityFindings
from schemas.rejected_files import RejectedFiles
from schemas.reports import Reports
from schemas.source_files import STAMPED_BY_LOADER, SourceFiles

MODELS = {"reports": Reports, "budget_items": BudgetItems, "indicators": Indicators,
          "quality_findings": QualityFindings, "rejected_files": RejectedFiles, "source_files": SourceFiles}
TABLES = tuple(MODELS)
# The rows of a report (by report_id): they come and go with their report, and the same bytes under
# two names are kept once. The other tables hold one row per file (or per problem with a file).
REPORT_TABLES = ("reports", "budget_items", "indicators", "quality_findings")
PRIMARY_KEYS = {"reports": ("report_id",), "indicators": ("report_id", "seq"), "source_files": ("source_file",)}

_SQL_TYPES = {pl.String: "VARCHAR", pl.Int32: "INTEGER", pl.Int64: "BIGINT", pl.Float64: "DOUBLE",
              pl.Boolean: "BOOLEAN", pl.Datetime: "TIMESTAMP"}


def frame_schema(model) -> dict:
    """The polars schema (column -> dtype, in order) of a model: batch frames are built from it."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items()}


def sql_type(dtype) -> str:
    if isinstance(dtype, pl.Decimal):
        return f"DECIMAL({dtype.precision},{dtype.scale})"
    return _SQL_TYPES[dtype.base_type()]


def ddl(table: str) -> tuple[str, dict[str, str]]:
    """(the statement creating ``table`` from its model, column -> the statement adding it to an older
    warehouse's table): a column added to a model needs no migration file."""
    schema = MODELS[table].to_schema()
    columns = [(name, sql_type(column.dtype.type), column.nullable) for name, column in schema.columns.items()]
    columns += [(name, kind, True) for name, (_, kind) in STAMPED_BY_LOADER.get(table, {}).items()]
    lines = [f'"{name}" {kind}{"" if nullable else " NOT NULL"}' for name, kind, nullable in columns]
    if table in PRIMARY_KEYS:
        lines.append(f"PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
    create = f"CREATE TABLE IF NOT EXISTS {table} (\n    " + ",\n    ".join(lines) + "\n)"
    return create, {name: f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{name}" {kind}' for name, kind, _ in columns}


def descriptions(model) -> tuple[str, dict[str, str]]:
    """(the table's description, column -> description) of a model, for the warehouse's COMMENTs and
    the assets' column schemas."""
    schema = model.to_schema()
    columns = {name: column.description or "" for name, column in schema.columns.items()}
    table = next(name for name, m in MODELS.items() if m is model)
    columns.update({name: text for name, (text, _) in STAMPED_BY_LOADER.get(table, {}).items()})
    return schema.description or "", columns


__all__ = ["MODELS", "PRIMARY_KEYS", "REPORT_TABLES", "TABLES", "BudgetItems", "Indicators", "QualityFindings",
           "RejectedFiles", "Reports", "SourceFiles", "ddl", "descriptions", "frame_schema"]
