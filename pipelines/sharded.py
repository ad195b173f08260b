"""Scaling past one process: the refresh as shards that any Dagster executor can spread out.

``refresh_warehouse_sharded`` splits the files to parse into shards (by a hash of the path), maps
one ``parse_shard`` step over them, and loads every shard in one step at the end. Each shard
writes its validated rows as Parquet under ``<parquet root>/runs/<run>/<table>/chunk=<shard>/``: the files a
step on another machine leaves for the loader, with no shared database to contend for.

- Here, the multiprocess executor runs the shard steps in parallel processes.
- Across machines, the same job runs under ``dagster-k8s``'s ``k8s_job_executor`` or
  ``dagster-celery``'s ``celery_executor`` (each shard step in its own pod/worker), with the
  Parquet root on shared storage: no code changes, only the executor and the path.
- ``load_shards`` writes the single DuckDB file as ``refresh_warehouse`` does (the default), or,
  with ``WAREHOUSE_FORMAT=parquet``, leaves the rows in the hive-partitioned Parquet dataset and
  makes the DuckDB file a catalogue of views with the same table names over it.
"""


import hashlib
import os
import shutil
from pathlib import Path

import dagster as dg

from pipelines import versions
from pipelines.discover import extractor_version, files_frame, plan, iter_scan
from pipelines.load import connect, create_views_in, load_batch, read_manifest
from pipelines.parallel import process_many
from pipelines.process import to_batch
from pipelines.staging import Stage
from pipelines.resources import WarehouseResource
from pipelines.validate import validate_batch


class ShardConfig(dg.Config):
    shards: int = 8  # how many parse steps the files are spread over
    reparse_all: bool = False
    drop_missing: bool = False


def parquet_root(warehouse: WarehouseResource) -> Path:
    value = os.environ.get("WAREHOUSE_PARQUET_DIR")
    return Path(value).resolve() if value else warehouse.db_path().parent / "shards"


def shard_of(source_file: str, shards: int) -> int:
    return int(hashlib.sha1(source_file.encode("utf-8")).hexdigest()[:8], 16) % shards


@dg.op(out={"shards": dg.DynamicOut(), "missing": dg.Out()})
def plan_shards(context: dg.OpExecutionContext, config: ShardConfig, warehouse: WarehouseResource):
    files = files_frame(iter_scan(warehouse.raw_dir()))
    todo, missing = plan(files, read_manifest(warehouse.db_path()), extractor_version(), config.reparse_all)
    rows = list(zip(todo.get_column("path"), todo.get_column("source_file"), todo.get_column("size_bytes"),
                    todo.get_column("mtime_ns")))
    buckets: dict[int, list] = {}
    for row in rows:
        buckets.setdefault(shard_of(row[1], config.shards), []).append(row)
    Stage.create(parquet_root(warehouse) / "runs" / context.run.run_id)  # every shard writes into it
    context.log.info(f"{files.height} files seen, {len(rows)} to parse in {len(buckets)} shards")
    yield dg.Output(missing, output_name="missing")
    for key, chunk in sorted(buckets.items()):
        yield dg.DynamicOutput(chunk, output_name="shards", mapping_key=f"shard_{key:03d}")


@dg.op
def parse_shard(context: dg.OpExecutionContext, warehouse: WarehouseResource, files: list) -> str:
    """Parse and validate one shard; write its rows as Parquet; return the shard folder."""
    key = context.get_mapping_key() or "shard_000"
    # parsed in worker processes under the per-file budgets, never in this step's own process
    batch = validate_batch(to_batch(process_many([tuple(f) for f in files], workers=1), extractor_version()))
    root = parquet_root(warehouse) / "runs" / context.run.run_id
    Stage(root).write(batch, key)
    context.log.info(f"{key}: {len(files)} files, " + ", ".join(f"{k}={v}" for k, v in batch.counts().items()))
    return str(root)


@dg.op
def load_shards(context: dg.OpExecutionContext, config: ShardConfig, warehouse: WarehouseResource,
                shard_roots: list, missing: list) -> dict:
    root = parquet_root(warehouse) / "runs" / context.run.run_id
    stage = Stage(root) if root.exists() else Stage.create(root)  # no shard at all: nothing changed
    db = warehouse.db_path()
    if os.environ.get("WAREHOUSE_FORMAT", "duckdb") == "parquet":
        counts = publish_parquet(db, parquet_root(warehouse), stage)
    else:
        counts = load_batch(db, stage, missing, drop_missing=config.drop_missing, run_id=context.run.run_id,
                            log=context.log.info)
    shutil.rmtree(root, ignore_errors=True)
    context.log.info(", ".join(f"{t}={n}" for t, n in counts.items()))
    return counts


def publish_parquet(db: Path, root: Path, stage: Stage) -> dict[str, int]:
    """Parquet mode: the dataset is this run's hive-partitioned shards (a rebuild: run with
    reparse_all) and the DuckDB file holds views named like the tables over the Parquet files."""
    dataset = root / "dataset"
    shutil.rmtree(dataset, ignore_errors=True)
    shutil.copytree(stage.folder, dataset)
    tables = ("reports", "budget_items", "indicators", "quality_findings", "rejected_files", "source_files")
    def src(folder: str) -> str:
        # a view keeps its source in its SQL text, so the path cannot be a parameter: quoted as a literal
        glob = f"{(dataset / folder).as_posix()}/chunk=*/part.parquet".replace("'", "''")
        return (f"read_parquet('{glob}', hive_partitioning = true, "
                f"hive_types = {{'chunk': VARCHAR}})")

    views = {
        # the same bytes in two shards are one report, as in the DuckDB tables
        "_kept_reports": f"SELECT report_id, chunk FROM {src('reports')} "
                         "QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY source_file) = 1",
        "reports": f"SELECT t.* EXCLUDE (chunk) FROM {src('reports')} t SEMI JOIN _kept_reports USING (report_id, chunk)",
        # the columns the DuckDB loader stamps: a Parquet dataset is a rebuild, nothing in it was removed
        "source_files": f"SELECT * EXCLUDE (chunk), NULL::TIMESTAMP AS loaded_at, NULL::TIMESTAMP AS removed_at "
                        f"FROM {src('manifest')}",
        "rejected_files": f"SELECT * EXCLUDE (chunk) FROM {src('rejected_files')} UNION ALL "
                          "SELECT m.source_file, m.file_sha256, 'duplicate', 'same bytes as ' || r.source_file || "
                          "' (report ' || r.report_id || '): loaded once, under that name', current_timestamp "
                          "FROM source_files m JOIN reports r USING (report_id) WHERE m.source_file <> r.source_file",
    }
    for name in ("budget_items", "indicators", "quality_findings"):
        views[name] = f"SELECT t.* EXCLUDE (chunk) FROM {src(name)} t SEMI JOIN _kept_reports USING (report_id, chunk)"
    with versions.writer_lock(db), connect(db) as con:
        for name, sql in views.items():
            con.execute(f"DROP TABLE IF EXISTS {name}")
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        counts = {name: con.sql(f"SELECT count(*) FROM {name}").fetchone()[0] for name in tables}
        create_views_in(con)
    return counts


@dg.job(
    executor_def=dg.multiprocess_executor,
    tags={"reports/warehouse": "write"},
    description="The refresh spread over shards: parallel processes here, pods or workers with k8s/celery "
                "executors. Same tables as refresh_warehouse.",
)
def refresh_warehouse_sharded():
    shards, missing = plan_shards()
    load_shards(shards.map(parse_shard).collect(), missing)
