"""Dagster asset checks, one per SQL file of ``warehouse/checks/``: each file names its asset and what
it checks in its header, and is a query over the published warehouse returning the rows that fail
(``source_file, department, fiscal_year, line_no, message``). All of them run as one step, in one
read-only connection. Non-blocking (WARN): a finding is data quality to look at, not a broken invariant.
"""


import re
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.load import WAREHOUSE_SQL, connect
from pipelines.resources import WarehouseResource

CHECKS_DIR = WAREHOUSE_SQL / "checks"
_HEADER = re.compile(r"^--\s*(asset|description):\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class SqlCheck:
    name: str  # the file's stem
    asset: str
    description: str
    sql: str


def sql_checks(folder: Path = CHECKS_DIR) -> list[SqlCheck]:
    checks = []
    for path in sorted(folder.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        header = dict(_HEADER.findall(sql))
        if "asset" not in header:
            raise ValueError(f"{path}: the check's header names no asset (a line `-- asset: <table>`)")
        checks.append(SqlCheck(path.stem, header["asset"], header.get("description", path.stem), sql))
    return checks


CHECKS = sql_checks()


def _md(df: pl.DataFrame) -> dg.MetadataValue:
    if df.height == 0:
        return dg.MetadataValue.md("none")
    with pl.Config(tbl_formatting="MARKDOWN", tbl_hide_column_data_types=True, tbl_hide_dataframe_shape=True,
                   tbl_rows=20, fmt_str_lengths=120):
        return dg.MetadataValue.md(str(df.select("source_file", "department", "fiscal_year", "line_no", "message")))


def result_of(check: SqlCheck, failing: pl.DataFrame) -> dg.AssetCheckResult:
    files = sorted(set(failing.get_column("source_file").to_list())) if failing.height else []
    named = ", ".join(files[:20]) + (f" and {len(files) - 20} more" if len(files) > 20 else "")
    return dg.AssetCheckResult(
        check_name=check.name, asset_key=check.asset, passed=failing.height == 0,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{check.description}: not so in {named}" if files else f"{check.description}: holds everywhere",
        metadata={"findings": failing.height, "reports": len(files), "details": _md(failing)})


@dg.multi_asset_check(
    specs=[dg.AssetCheckSpec(c.name, asset=c.asset, description=c.description, blocking=False) for c in CHECKS],
    can_subset=True,
)
def quality_checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
    """Every check in one step: the warehouse is opened once, each check's query run in it."""
    selected = {key.name for key in context.selected_asset_check_keys}
    with connect(warehouse.db_path(), read_only=True) as con:
        for check in CHECKS:
            if check.name in selected:
                yield result_of(check, con.sql(check.sql).pl())
