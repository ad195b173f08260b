"""Configuration, through a Dagster resource and the contract's environment variables."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW_REPORTS_DIR = PROJECT_ROOT / "sample_reports"
DEFAULT_WAREHOUSE_PATH = PROJECT_ROOT / "warehouse" / "reports.duckdb"


class WarehouseResource(dg.ConfigurableResource):
    """Where reports are read from and the warehouse written to.

    Unset fields fall back, at run time, to ``RAW_REPORTS_DIR`` / ``WAREHOUSE_PATH`` and then to
    the bundled sample reports and ``warehouse/reports.duckdb``.
    """

    raw_reports_dir: str | None = None
    warehouse_path: str | None = None

    def raw_dir(self) -> Path:
        value = self.raw_reports_dir or os.environ.get("RAW_REPORTS_DIR")
        return Path(value).expanduser().resolve() if value else DEFAULT_RAW_REPORTS_DIR

    def db_path(self) -> Path:
        value = self.warehouse_path or os.environ.get("WAREHOUSE_PATH")
        return Path(value).expanduser().resolve() if value else DEFAULT_WAREHOUSE_PATH
