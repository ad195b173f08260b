#!/usr/bin/env bash
# Create .venv (if missing) and install the project with its test tools. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
# The project's Dagster instance settings (one warehouse writer at a time).
DAGSTER_HOME_DIR="${DAGSTER_HOME:-$PWD/.dagster_home}"
mkdir -p "$DAGSTER_HOME_DIR"
cp -u dagster.yaml "$DAGSTER_HOME_DIR/dagster.yaml" 2>/dev/null || true  # the project's settings, when newer
