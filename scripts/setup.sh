#!/usr/bin/env bash
# Create .venv (if missing) and install the project: `setup.sh` for analysts (what the refresh needs),
# `setup.sh dev` adds the test tools (pytest, hypothesis, playwright, fixture writers). Idempotent, and
# quick when nothing changed: pip runs only when pyproject.toml or the wanted extras differ from the
# last install (a stamp in .venv records them).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
EXTRAS="${1:-}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
SPEC="."
[ -n "$EXTRAS" ] && SPEC=".[$EXTRAS]"
STAMP=".venv/.installed"
WANT="$(cat pyproject.toml | sha256sum | cut -c1-16) $SPEC"
# a dev install covers the analyst's: do not downgrade it
if [ ! -f "$STAMP" ] || { [ "$(cat "$STAMP")" != "$WANT" ] && ! { [ -z "$EXTRAS" ] && [ "$(cat "$STAMP")" = "${WANT% *} .[dev]" ]; }; }; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e "$SPEC"
    echo "$WANT" > "$STAMP"
fi
# The project's Dagster instance settings (one warehouse writer at a time).
DAGSTER_HOME_DIR="${DAGSTER_HOME:-$PWD/.dagster_home}"
mkdir -p "$DAGSTER_HOME_DIR"
cp -u dagster.yaml "$DAGSTER_HOME_DIR/dagster.yaml" 2>/dev/null || true  # the project's settings, when newer
# The instance's storage, made once here rather than by the first run (or by a webserver and a daemon
# starting together, which can both stamp a new SQLite schema).
if [ ! -f "$DAGSTER_HOME_DIR/history/runs.db" ]; then
    DAGSTER_HOME="$DAGSTER_HOME_DIR" .venv/bin/dagster instance migrate > /dev/null
fi
