"""Dagster assets: a thin layer over the plain functions of discover / process / validate / load.

    report_files -> extracted_reports -> extracted_reports
        -> [reports, budget_items, indicators, rejected_files, source_files] -> reporting_views
"""


import base64
import decimal
import os
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines import executors, run_health, versions
from pipelines.discover import extractor_version, files_frame, iter_scan, plan
from pipelines.load import load_batch, read_manifest, table_heads, view_names
from pipelines.parallel import FrameRows, default_workers, warm_up
from pipelines.resources import WarehouseResource
from pipelines.shard import parse_into_stage
from pipelines.staging import Stage, remove_finished_runs
from schemas import MODELS, TABLES, descriptions, frame_schema

GROUP = "reports_warehouse"
# dagster.yaml lets one run holding this pool through the queue at a time: the job, the sensor's and
# the schedule's runs and "Materialize all" alike (the writer lock of versions.py backs it up).
POOL = "reports_warehouse"


@dataclass
class RefreshPlan:
    """What a refresh will do. Small whatever the folder's size: the list of files to parse waits
    in a Parquet file, so the IO manager never pickles a frame of every file between steps."""
    root: str
    todo_file: str  # Parquet: path, source_file, size_bytes, mtime_ns of the files to parse
    to_parse: int
    missing: list[str]  # files in the manifest no longer on disk
    drop_missing: bool  # their rows are deleted (else kept, marked removed)
    shard_files: int
    seen: int
    version: str

    def todo(self, start: int = 0, length: int | None = None) -> pl.DataFrame:
        """The files to parse (``length`` of them from ``start``): a shard reads only its own rows."""
        return pl.scan_parquet(self.todo_file).slice(start, length).collect()


class RefreshConfig(dg.Config):
    reparse_all: bool = False  # parse every file, even those unchanged since the last refresh
    drop_missing: bool = False  # delete the rows of files removed from RAW_REPORTS_DIR
    # files per parse step: one step holds every core of its machine; a distributed executor runs the
    # steps on its workers (lower it to spread a refresh over more machines)
    shard_files: int = int(os.environ.get("PARSE_SHARD_FILES", "20000"))


def _preview(df: pl.DataFrame, n: int = 10) -> dg.MetadataValue:
    """Rows as a table the UI renders whole (a markdown preview is wrapped into fragments)."""
    def cell(value):
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        return float(value) if isinstance(value, decimal.Decimal) else str(value)

    return dg.MetadataValue.table(
        records=[dg.TableRecord({k: cell(v) for k, v in row.items()}) for row in df.head(n).iter_rows(named=True)],
        schema=dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in df.schema.items()]))


def column_schema(table: str) -> dg.TableSchema:
    """The table's columns with their types and Chinese descriptions, from its pandera model."""
    about, described = descriptions(MODELS[table])
    types = frame_schema(MODELS[table])
    return dg.TableSchema(columns=[dg.TableColumn(name, str(types.get(name, "Datetime")), description=text)
                                   for name, text in described.items()])


@dg.asset(group_name=GROUP, pool=POOL, output_required=False,
          description="Report files under RAW_REPORTS_DIR, and which of them changed. When none did, the "
                      "later steps are skipped: the published warehouse, its views and charts are current.")
def report_files(context: dg.AssetExecutionContext, config: RefreshConfig, warehouse: WarehouseResource):
    if executors.choice() == "in_process":  # elsewhere this step's process is not the run's (a worker's)
        run_health.claim(context.instance, context.run.run_id)
        # the parse step runs in this process too: its workers' fork server starts on the other core
        # while this step walks the folder (a refresh with nothing to parse pays only its spawn)
        warm_up()
    for run_id in run_health.fail_dead_runs(context.instance, context.run.run_id):
        context.log.warning(f"run {run_id} was left STARTED by a process that is gone: marked failed")
    root, db = warehouse.raw_dir(), warehouse.db_path()
    files = files_frame(iter_scan(root))
    version = extractor_version()
    manifest = read_manifest(db)
    todo, missing = plan(files, manifest, version, config.reparse_all)
    if nothing_to_do(db, todo, missing, manifest, config.drop_missing):
        # no output: Dagster skips every later step, so a refresh with nothing to do costs the walk
        context.log.info(f"nothing changed under {root}: {files.height} files, all loaded as they are "
                         f"(extractor {version}); {db} is current, later steps skipped")
        return
    todo_file = staging_root(warehouse, context.run.run_id) / "plan" / "todo.parquet"
    todo_file.parent.mkdir(parents=True, exist_ok=True)
    todo.write_parquet(todo_file)
    yield dg.Output(
        RefreshPlan(root=str(root), todo_file=str(todo_file), to_parse=todo.height, missing=missing,
                    seen=files.height, version=version, drop_missing=config.drop_missing,
                    shard_files=config.shard_files),
        metadata={"raw_reports_dir": str(root), "files_seen": files.height, "files_to_parse": todo.height,
                  "files_unchanged": files.height - todo.height, "files_missing": len(missing),
                  "extractor_version": version})


def nothing_to_do(db: Path, todo: pl.DataFrame, missing: list[str], manifest: pl.DataFrame,
                  drop_missing: bool = False) -> bool:
    """True when a refresh would change nothing: a warehouse exists, no file is new or changed, and
    every file gone from the folder is already marked removed (a newly gone one gets its removed_at)."""
    if todo.height or not db.exists():
        return False
    if not missing:
        return True
    if drop_missing:
        return False
    marked = manifest.filter(pl.col("removed_at").is_not_null()).get_column("source_file")
    return set(missing) <= set(marked.to_list())


def staging_root(warehouse: WarehouseResource, run_id: str | None = None) -> Path:
    """Where a run stages its rows: beside the warehouse, one folder per run (two runs never share
    one), removed once the run has loaded them."""
    root = warehouse.db_path().parent / "staging" / warehouse.db_path().stem
    return root / run_id if run_id else root


@dg.op(pool=POOL, out=dg.DynamicOut(tuple))
def plan_shards(context: dg.OpExecutionContext, warehouse: WarehouseResource, report_files: RefreshPlan):
    """The files to parse, as shards of ``shard_files``: each is one step, which a distributed executor
    runs on any worker (one shard, even empty, so the step after always runs)."""
    Stage.create(staging_root(warehouse, context.run.run_id) / "extracted")  # every shard writes into it
    size = max(1, report_files.shard_files)
    starts = range(0, report_files.to_parse, size) or [0]
    context.log.info(f"{report_files.to_parse} files to parse in {len(starts)} shard(s) of up to {size}")
    for n, start in enumerate(starts):
        yield dg.DynamicOutput((start, min(start + size, report_files.to_parse)), mapping_key=f"shard_{n:04d}")


@dg.op(pool=POOL)
def parse_shard(context: dg.OpExecutionContext, warehouse: WarehouseResource, report_files: RefreshPlan,
                shard: tuple) -> int:
    """Parse one shard's files in worker processes (under the per-file budgets), validate their rows,
    and stage them a chunk at a time; returns the number of files parsed."""
    start, stop = shard
    files = FrameRows(report_files.todo(start, stop - start))
    stage = Stage(staging_root(warehouse, context.run.run_id) / "extracted")
    return parse_into_stage(files, stage, context.get_mapping_key() or "shard_0000", report_files.version,
                            log=context.log.info)


@dg.op(pool=POOL)
def gather_shards(context: dg.OpExecutionContext, warehouse: WarehouseResource, parsed: list) -> Stage:
    stage = Stage(staging_root(warehouse, context.run.run_id) / "extracted")
    counts = stage.counts()
    dropped, reports, rejections = stage.queries(
        "SELECT count(*) AS n FROM {rejected_files} WHERE stage = 'validate'",
        "SELECT source_file, department, fiscal_year, self_score, grade FROM {reports} LIMIT 10",
        "SELECT source_file, stage, error FROM {rejected_files} LIMIT 10")
    context.add_output_metadata({
        **{f"rows_{k}": v for k, v in counts.items()}, "files_parsed": sum(parsed), "shards": len(parsed),
        "workers_per_shard": default_workers(), "staged_at": str(stage.folder),
        "rows_rejected_by_checks": dropped.item(), "reports_preview": _preview(reports),
        "rejections_preview": _preview(rejections)})
    return stage


@dg.graph_asset(group_name=GROUP, description=(
    "Read, normalise and extract every new or changed file, and check the rows with the pandera models "
    "(failing values move to rejected_files with the reason); in shards a distributed executor spreads out."))
def extracted_reports(report_files: RefreshPlan) -> Stage:
    shards = plan_shards(report_files)
    return gather_shards(shards.map(lambda shard: parse_shard(report_files, shard)).collect())


@dg.multi_asset(
    group_name=GROUP,
    pool=POOL,
    specs=[dg.AssetSpec(t, deps=["report_files", "extracted_reports"], description=descriptions(MODELS[t])[0],
                        metadata={"dagster/column_schema": column_schema(t)}) for t in TABLES],
    ins={"report_files": dg.AssetIn(), "extracted_reports": dg.AssetIn()},
    description="Load the batch into DuckDB in one transaction.",
)
def warehouse_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                     report_files: RefreshPlan, extracted_reports: Stage):
    db = warehouse.db_path()
    counts = load_batch(db, extracted_reports, report_files.missing, drop_missing=report_files.drop_missing,
                        run_id=context.run.run_id, log=context.log.info)
    context.log.info(f"warehouse {db} published (committed; readers see it from now on): "
                     + ", ".join(f"{t}={n}" for t, n in counts.items()))
    try:
        summary = run_summary(report_files, extracted_reports)
        written = extracted_reports.counts()
    except Exception as e:  # the load is published: a summary that cannot be made must not hide that
        context.log.warning(f"the warehouse was published, but this run's summary could not be made: {e}")
        summary, written = "unavailable", {}
    context.log.info(summary)
    heads = table_heads(db)
    for table in TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata={
            "dagster/row_count": counts[table], "rows_written_this_run": written.get(table, 0),
            "warehouse_path": str(db), "preview": _preview(heads[table]),
            "run_summary": dg.MetadataValue.md(summary),
        })
    remove_finished_runs(staging_root(warehouse), context.instance, keep=context.run.run_id)


def run_summary(plan: RefreshPlan, stage: Stage) -> str:
    """Files seen, parsed, skipped as unchanged, loaded and rejected, with the reasons grouped."""
    rejected, loaded = stage.queries("SELECT source_file, stage, error FROM {rejected_files}",
                                     "SELECT count(DISTINCT report_id) AS n FROM {reports}")
    loaded = loaded.item()
    reasons = (rejected.group_by("stage", pl.col("error").str.replace_all(r"\d+", "N").alias("reason"))
               .agg(pl.len().alias("files")).sort("files", descending=True).head(15))
    lines = [
        "| files seen | parsed | unchanged (skipped) | loaded as reports | rejected (or rows rejected) |",
        "|---|---|---|---|---|",
        f"| {plan.seen} | {plan.to_parse} | {plan.seen - plan.to_parse} | {loaded} "
        f"| {rejected.get_column('source_file').n_unique() if rejected.height else 0} |",
    ]
    if reasons.height:
        lines += ["", "| stage | reason | files |", "|---|---|---|"]
        lines += [f"| {s} | {r[:160]} | {n} |" for s, r, n in reasons.iter_rows()]
    return "\n".join(lines)


@dg.asset(group_name=GROUP, pool=POOL, deps=list(TABLES), description="Reporting views of warehouse/views/*.sql.")
def reporting_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    # The load creates the views inside the version it publishes: nothing here writes the warehouse.
    return dg.MaterializeResult(metadata={"views": ", ".join(view_names(warehouse.db_path()))})


@dg.asset(group_name=GROUP, pool=POOL, deps=["reporting_views"],
          description="Charts (PNG) and a static HTML summary of the latest refresh, under the warehouse folder.")
def report_charts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    try:
        # under the writer lock: two runs finishing together never draw over each other's files
        with versions.writer_lock(warehouse.db_path(), context.run.run_id, log=context.log.info):
            from pipelines.charts import build as build_charts  # matplotlib: only when charts are drawn

            charts, summary, frames = build_charts(warehouse.db_path())
            metadata: dict = {"summary_page": dg.MetadataValue.path(str(summary))}
            for chart in charts:
                b64 = base64.b64encode(chart.path.read_bytes()).decode()
                metadata[chart.name] = dg.MetadataValue.md(
                    f"**{chart.title}**\n\n![{chart.name}](data:image/png;base64,{b64})")
    except versions.WarehouseBusyError:
        raise
    except Exception as e:
        raise RuntimeError(f"the charts could not be drawn ({type(e).__name__}: {e}). The warehouse itself was "
                           f"loaded and published by this run's load step and stays as loaded; refresh again to "
                           f"redraw the charts") from e
    context.log.info(f"charts and summary written to {summary.parent}")
    return dg.MaterializeResult(metadata=metadata)
