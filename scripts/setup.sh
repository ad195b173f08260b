#!/usr/bin/env bash
# Create .venv (if missing) and install the project: `setup.sh` for analysts (what the refresh needs),
# `setup.sh dev` adds the test tools (pytest, hypothesis, playwright, fixture writers). Idempotent, and
# quick when nothing changed: pip runs only when pyproject.toml or the wanted extras differ from the
# last install (a stamp in .venv records them).
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${1:-}"
# The interpreter of a new .venv: $PYTHON, else the system's (/usr/bin/python3, when 3.11+), else python3
# on the PATH. Distributions build their Python with profile-guided and link-time optimisation; pyenv's and
# a plain source build have neither, and parse 10-18% slower (README, "The interpreter"). An existing .venv is kept.
if [ ! -x .venv/bin/python ]; then
    source scripts/make_venv.sh
    if [ -n "${PYTHON:-}" ]; then make_venv .venv "$PYTHON"; else make_venv .venv /usr/bin/python3 python3; fi
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
