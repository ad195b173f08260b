"""Scaling past one process: the refresh as shards that any Dagster executor can spread out.

``refresh_warehouse_sharded`` splits the files to parse into shards (by a hash of the path), maps
one ``parse_shard`` step over them, and loads every shard in one step at the end. Each shard
writes its validated rows as Parquet under ``<parquet root>/<table>/shard=<key>/``: the files a
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
import polars as pl

from pipelines.discover import extractor_version, files_frame, plan, scan
from pipelines.load import connect, create_views_in, load_batch, read_manifest
from pipelines.process import Batch, process_file, to_batch
from pipelines.resources import WarehouseResource
from pipelines.validate import validate_batch

FRAMES = ("reports", "budget_items", "indicators", "quality_findings", "rejected_files", "manifest")


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
    files = files_frame(scan(warehouse.raw_dir()))
    todo, missing = plan(files, read_manifest(warehouse.db_path()), extractor_version(), config.reparse_all)
    rows = list(zip(todo.get_column("path"), todo.get_column("source_file"), todo.get_column("size_bytes"),
                    todo.get_column("mtime_ns")))
    buckets: dict[int, list] = {}
    for row in rows:
        buckets.setdefault(shard_of(row[1], config.shards), []).append(row)
    context.log.info(f"{files.height} files seen, {len(rows)} to parse in {len(buckets)} shards")
    yield dg.Output(missing, output_name="missing")
    for key, chunk in sorted(buckets.items()):
        yield dg.DynamicOutput(chunk, output_name="shards", mapping_key=f"shard_{key:03d}")


@dg.op
def parse_shard(context: dg.OpExecutionContext, warehouse: WarehouseResource, files: list) -> str:
    """Parse and validate one shard; write its rows as Parquet; return the shard folder."""
    key = context.get_mapping_key() or "shard_000"
    batch = validate_batch(to_batch([process_file(Path(p), s, size, mtime) for p, s, size, mtime in files],
                                    extractor_version()))
    root = parquet_root(warehouse) / "runs" / context.run_id
    for name in FRAMES:
        folder = root / name / f"shard={key}"
        folder.mkdir(parents=True, exist_ok=True)
        getattr(batch, name).write_parquet(folder / "part.parquet")
    context.log.info(f"{key}: {len(files)} files, " + ", ".join(f"{k}={v}" for k, v in batch.counts().items()))
    return str(root)


def read_shards(root: Path, template: Batch) -> Batch:
    """All shards' frames as one batch; a report whose bytes sit in two shards is kept once."""
    frames = {}
    for name in FRAMES:
        schema = getattr(template, name).schema
        files = sorted((root / name).glob("shard=*/part.parquet"))
        parts = [pl.read_parquet(f).with_columns(pl.lit(f.parent.name.split("=", 1)[1]).alias("shard"))
                 for f in files]
        frames[name] = pl.concat(parts) if parts else pl.DataFrame(schema={**schema, "shard": pl.String})
    reports = frames["reports"].sort("source_file").unique("report_id", keep="first", maintain_order=True)
    kept = reports.select("report_id", "shard")
    out = {"reports": reports}
    for name in ("budget_items", "indicators", "quality_findings"):
        out[name] = frames[name].join(kept, on=["report_id", "shard"], how="semi")
    out["rejected_files"], out["manifest"] = frames["rejected_files"], frames["manifest"]
    return Batch(**{k: v.drop("shard").cast(getattr(template, k).schema) for k, v in out.items()})


@dg.op
def load_shards(context: dg.OpExecutionContext, config: ShardConfig, warehouse: WarehouseResource,
                shard_roots: list, missing: list) -> dict:
    template = to_batch([], extractor_version())
    roots = sorted(set(shard_roots))
    batch = read_shards(Path(roots[0]), template) if roots else template
    db = warehouse.db_path()
    if os.environ.get("WAREHOUSE_FORMAT", "duckdb") == "parquet":
        counts = publish_parquet(db, parquet_root(warehouse), batch)
    else:
        counts = load_batch(db, batch, missing, drop_missing=config.drop_missing)
        with connect(db) as con:
            create_views_in(con)
    for root in roots:
        shutil.rmtree(root, ignore_errors=True)
    context.log.info(", ".join(f"{t}={n}" for t, n in counts.items()))
    return counts


def publish_parquet(db: Path, root: Path, batch: Batch) -> dict[str, int]:
    """Parquet mode: the dataset is rebuilt from this run's rows (no incremental skip: run with
    reparse_all) and the DuckDB file holds views named like the tables over the Parquet files."""
    dataset = root / "dataset"
    tables = {"reports": batch.reports, "budget_items": batch.budget_items, "indicators": batch.indicators,
              "quality_findings": batch.quality_findings, "rejected_files": batch.rejected_files,
              "source_files": batch.manifest}
    counts = {}
    for name, frame in tables.items():
        shutil.rmtree(dataset / name, ignore_errors=True)
        (dataset / name).mkdir(parents=True, exist_ok=True)
        frame.write_parquet(dataset / name / "part-0.parquet")
        counts[name] = frame.height
    with connect(db) as con:
        for name in tables:
            con.execute(f"DROP TABLE IF EXISTS {name}")
            con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet("
                        f"'{(dataset / name).as_posix()}/*.parquet')")
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
