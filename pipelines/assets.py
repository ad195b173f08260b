"""Dagster assets: a thin layer over the plain functions of discover / process / validate / load.

    report_files -> extracted_reports -> validated_reports
        -> [reports, budget_items, indicators, rejected_files, source_files] -> reporting_views
"""


import base64
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.charts import build as build_charts
from pipelines.discover import extractor_version, files_frame, plan, scan
from pipelines.load import TABLES, create_views, load_batch, read_manifest
from pipelines.parallel import SERIAL_BELOW, default_workers, process_many
from pipelines.process import Batch, to_batch
from pipelines.resources import WarehouseResource
from pipelines.validate import validate_batch

GROUP = "reports_warehouse"


@dataclass
class RefreshPlan:
    root: str
    todo: pl.DataFrame  # files to parse this run
    missing: list[str]  # files in the manifest no longer on disk
    seen: int
    version: str


class DiscoverConfig(dg.Config):
    reparse_all: bool = False  # parse every file, even those unchanged since the last refresh


class LoadConfig(dg.Config):
    drop_missing: bool = False  # delete the rows of files removed from RAW_REPORTS_DIR


def _preview(df: pl.DataFrame, n: int = 10) -> dg.MetadataValue:
    with pl.Config(tbl_formatting="MARKDOWN", tbl_hide_column_data_types=True, tbl_hide_dataframe_shape=True,
                   tbl_rows=n, tbl_cols=-1, fmt_str_lengths=40):
        return dg.MetadataValue.md(str(df.head(n)))


@dg.asset(group_name=GROUP, description="Report files under RAW_REPORTS_DIR, and which of them changed.")
def report_files(context: dg.AssetExecutionContext, config: DiscoverConfig, warehouse: WarehouseResource) -> RefreshPlan:
    root = warehouse.raw_dir()
    files = files_frame(scan(root))
    version = extractor_version()
    todo, missing = plan(files, read_manifest(warehouse.db_path()), version, config.reparse_all)
    context.add_output_metadata({
        "raw_reports_dir": str(root), "files_seen": files.height, "files_to_parse": todo.height,
        "files_unchanged": files.height - todo.height, "files_missing": len(missing), "extractor_version": version,
    })
    return RefreshPlan(root=str(root), todo=todo, missing=missing, seen=files.height, version=version)


@dg.asset(group_name=GROUP, description="Read, normalise and extract every new or changed file.")
def extracted_reports(context: dg.AssetExecutionContext, report_files: RefreshPlan) -> Batch:
    todo = report_files.todo
    files = list(zip(todo.get_column("path"), todo.get_column("source_file"), todo.get_column("size_bytes"),
                     todo.get_column("mtime_ns")))
    started, last_log = time.monotonic(), [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last_log[0] > 5 or done == total:
            rate = done / max(now - started, 1e-9)
            context.log.info(f"parsed {done}/{total} files, {rate:.0f} files/s, about {(total - done) / rate:.0f}s left")
            last_log[0] = now

    results = process_many(files, progress=progress)
    batch = to_batch(results, report_files.version)
    context.add_output_metadata({**{f"rows_{k}": v for k, v in batch.counts().items()},
                                 "files_parsed": len(files), "workers": default_workers() if len(files) >= SERIAL_BELOW else 1,
                                 "reports_preview": _preview(batch.reports.select(
                                     "source_file", "department", "fiscal_year", "self_score", "grade"))})
    return batch


@dg.asset(group_name=GROUP, description="pandera checks; failing rows move to rejected_files with the reason.")
def validated_reports(context: dg.AssetExecutionContext, extracted_reports: Batch) -> Batch:
    batch = validate_batch(extracted_reports)
    dropped = batch.rejected_files.filter(pl.col("stage") == "validate")
    context.add_output_metadata({**{f"rows_{k}": v for k, v in batch.counts().items()},
                                 "rows_rejected_by_checks": dropped.height,
                                 "rejections_preview": _preview(batch.rejected_files.select("source_file", "stage", "error"))})
    return batch


@dg.multi_asset(
    group_name=GROUP,
    specs=[dg.AssetSpec(t, deps=["report_files", "validated_reports"], description=d) for t, d in (
        ("reports", "One row per distinct report document."),
        ("budget_items", "Money figures about the department's funds, in 万元."),
        ("indicators", "Performance indicators (绩效指标)."),
        ("quality_findings", "What the reconciliation checks found wrong in each report."),
        ("rejected_files", "Inputs that could not be fully loaded, and why."),
        ("source_files", "Manifest of the files seen, for incremental refreshes."),
    )],
    ins={"report_files": dg.AssetIn(), "validated_reports": dg.AssetIn()},
    description="Load the batch into DuckDB in one transaction.",
)
def warehouse_tables(context: dg.AssetExecutionContext, config: LoadConfig, warehouse: WarehouseResource,
                     report_files: RefreshPlan, validated_reports: Batch):
    db = warehouse.db_path()
    counts = load_batch(db, validated_reports, report_files.missing, drop_missing=config.drop_missing)
    context.log.info(f"warehouse {db}: " + ", ".join(f"{t}={n}" for t, n in counts.items()))
    summary = run_summary(report_files, validated_reports)
    context.log.info(summary)
    frames = {"reports": validated_reports.reports, "budget_items": validated_reports.budget_items,
              "indicators": validated_reports.indicators, "rejected_files": validated_reports.rejected_files,
              "quality_findings": validated_reports.quality_findings,
              "source_files": validated_reports.manifest}
    for table in TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata={
            "dagster/row_count": counts[table], "rows_written_this_run": frames[table].height,
            "warehouse_path": str(db), "preview_this_run": _preview(frames[table]),
            "run_summary": dg.MetadataValue.md(summary),
        })


def run_summary(plan: RefreshPlan, batch: Batch) -> str:
    """Files seen, parsed, skipped as unchanged, loaded and rejected, with the reasons grouped."""
    rejected = batch.rejected_files
    reasons = (rejected.group_by("stage", pl.col("error").str.replace_all(r"\d+", "N").alias("reason"))
               .agg(pl.len().alias("files")).sort("files", descending=True).head(15))
    lines = [
        "| files seen | parsed | unchanged (skipped) | loaded as reports | rejected (or rows rejected) |",
        "|---|---|---|---|---|",
        f"| {plan.seen} | {plan.todo.height} | {plan.seen - plan.todo.height} | {batch.reports.height} "
        f"| {rejected.get_column('source_file').n_unique() if rejected.height else 0} |",
    ]
    if reasons.height:
        lines += ["", "| stage | reason | files |", "|---|---|---|"]
        lines += [f"| {s} | {r[:160]} | {n} |" for s, r, n in reasons.iter_rows()]
    return "\n".join(lines)


@dg.asset(group_name=GROUP, deps=list(TABLES), description="Reporting views of warehouse/views/*.sql.")
def reporting_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    names = create_views(warehouse.db_path())
    return dg.MaterializeResult(metadata={"views": ", ".join(names)})


@dg.asset(group_name=GROUP, deps=["reporting_views"],
          description="Charts (PNG) and a static HTML summary of the latest refresh, under the warehouse folder.")
def report_charts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    charts, summary, frames = build_charts(warehouse.db_path())
    metadata: dict = {"summary_page": dg.MetadataValue.path(str(summary))}
    for chart in charts:
        b64 = base64.b64encode(chart.path.read_bytes()).decode()
        metadata[chart.name] = dg.MetadataValue.md(f"**{chart.title}**\n\n![{chart.name}](data:image/png;base64,{b64})")
    context.log.info(f"charts and summary written to {summary.parent}")
    return dg.MaterializeResult(metadata=metadata)
