"""The Parquet stage between parsing and the load: what it counts and how it is queried."""

import pickle
import shutil

import polars as pl

from pipelines.batch import to_batch
from pipelines.process import process_file
from pipelines.staging import Stage
from tests.support import SAMPLES


def _staged(tmp_path):
    files = sorted(SAMPLES.glob("*.txt"))[:3]
    stage = Stage.create(tmp_path / "stage")
    stage.write(to_batch([process_file(f, f.name) for f in files], "v"), "c0")
    return stage, len(files)


def test_counts_are_the_rows_written_and_are_carried_with_the_stage(tmp_path):
    stage, n = _staged(tmp_path)
    counts = stage.counts()
    assert counts["source_files"] == n and counts["reports"] == n
    assert counts["indicators"] == stage.sql("SELECT count(*) FROM {indicators}").item() > 0
    # counted once: the stage is complete when gathered, and the load and the summary ask again
    # after the stage travelled to their steps (pickled by the IO manager)
    shutil.rmtree(stage.folder / "indicators")
    travelled = pickle.loads(pickle.dumps(stage))
    assert travelled.counts() == counts and travelled == Stage(stage.folder)


def test_queries_on_one_connection_read_only_the_tables_they_name(tmp_path):
    stage, n = _staged(tmp_path)
    asked = ("SELECT count(DISTINCT report_id) AS n FROM {reports}",
             "SELECT source_file, stage FROM {rejected_files} ORDER BY source_file",
             "SELECT item, count(*) AS n FROM {budget_items} GROUP BY item ORDER BY item")
    together = stage.queries(*asked)
    for query, frame in zip(asked, together):
        assert frame.equals(stage.sql(query))
    assert together[0].item() == n
    # a table no query names is never opened (registering it would read its files' metadata)
    shutil.rmtree(stage.folder / "indicators")
    assert stage.queries(asked[0])[0].item() == n
    assert isinstance(stage.sql(asked[2]), pl.DataFrame)
