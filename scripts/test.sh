#!/usr/bin/env bash
# Set up (first time) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
export DAGSTER_HOME="${DAGSTER_HOME:-$(mktemp -d)}"
.venv/bin/python -m pytest -q "$@"
