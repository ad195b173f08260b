"""The warehouse's views and comments are re-made only when what they are made from changed."""

import shutil

import duckdb
import pytest

import pipelines.load as load
from pipelines.batch import to_batch
from pipelines.process import process_file
from pipelines.validate import validate_batch
from tests.support import SAMPLES


@pytest.fixture
def batch():
    files = sorted(SAMPLES.glob("*.txt"))[:2]
    return validate_batch(to_batch([process_file(f, f.name) for f in files], "v"))


@pytest.fixture
def made(monkeypatch):
    """How many times the load made the views."""
    calls = []
    real = load.create_views_in
    monkeypatch.setattr(load, "create_views_in", lambda con: calls.append(1) or real(con))
    return calls


def _views(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return {r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}


def test_views_are_made_once_and_kept_while_their_sources_are_the_same(tmp_path, batch, made):
    db = tmp_path / "w.duckdb"
    load.load_batch(db, batch, [])
    views = _views(db)
    assert {"department_year", "region_rollup", "budget_execution"} <= views and len(made) == 1
    load.load_batch(db, batch, [])
    assert len(made) == 1 and _views(db) == views
    with duckdb.connect(str(db), read_only=True) as con:  # the views still answer, the comments stay
        assert con.sql("SELECT sum(reports) FROM province_rollup").fetchone()[0] == 2
        assert con.sql("SELECT comment FROM duckdb_tables() WHERE table_name = 'reports'").fetchone()[0]


def test_a_dropped_view_or_a_changed_view_file_makes_them_again(tmp_path, batch, made, monkeypatch):
    db = tmp_path / "w.duckdb"
    load.load_batch(db, batch, [])
    with duckdb.connect(str(db)) as con:
        con.execute("DROP VIEW region_rollup")
    load.load_batch(db, batch, [])
    assert len(made) == 2 and "region_rollup" in _views(db)

    sql = tmp_path / "sql"
    shutil.copytree(load.WAREHOUSE_SQL, sql)
    extra = sql / "views" / "zz_extra.sql"
    extra.write_text("CREATE OR REPLACE VIEW zz_extra AS SELECT count(*) AS n FROM reports;\n", encoding="utf-8")
    monkeypatch.setattr(load, "WAREHOUSE_SQL", sql)
    load.load_batch(db, batch, [])
    assert len(made) == 3 and "zz_extra" in _views(db)
    load.load_batch(db, batch, [])
    assert len(made) == 3
