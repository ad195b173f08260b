from pathlib import Path

import pytest


@pytest.fixture
def warehouse(tmp_path) -> Path:
    """A fresh DuckDB file path for one test."""
    return tmp_path / "w.duckdb"
