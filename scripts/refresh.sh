#!/usr/bin/env bash
# Set up (first time) and build the warehouse from RAW_REPORTS_DIR (default: the bundled samples).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/.dagster_home}"
mkdir -p "$DAGSTER_HOME"
.venv/bin/dagster job execute -m pipelines.definitions -j refresh_warehouse
.venv/bin/python - <<'PY'
import duckdb, os
from pipelines.resources import WarehouseResource
db = WarehouseResource().db_path()
con = duckdb.connect(str(db), read_only=True)
counts = {t: con.sql(f"SELECT count(*) FROM {t}").fetchone()[0]
          for t in ("reports", "budget_items", "indicators", "rejected_files")}
print(f"warehouse {db}: " + ", ".join(f"{t}={n}" for t, n in counts.items()))
PY
