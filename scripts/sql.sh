#!/usr/bin/env bash
# Open the warehouse read-only in the DuckDB CLI (run it while no refresh is running).
#   bash scripts/sql.sh                      # interactive
#   bash scripts/sql.sh -c "SELECT * FROM self_score_league"
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${WAREHOUSE_PATH:-warehouse/reports.duckdb}"
exec .venv/bin/duckdb -readonly "$DB" "$@"
