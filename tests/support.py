from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import assets, checks
from pipelines.resources import WarehouseResource

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
SAMPLES = ROOT / "sample_reports"


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: the shared seeds/gold folder sits beside the project in CI only")
    return path


def refresh(raw_dir: Path, db: Path, **run_config) -> dg.ExecuteInProcessResult:
    """Materialize the whole asset graph in process, as the job does."""
    result = dg.materialize(
        [*dg.load_assets_from_modules([assets]), *dg.load_asset_checks_from_modules([checks])],
        resources={"warehouse": WarehouseResource(raw_reports_dir=str(raw_dir), warehouse_path=str(db))},
        run_config=run_config or None,
    )
    assert result.success
    return result


def query(db: Path, sql: str, params=()) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()

