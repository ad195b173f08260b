"""Dagster assets: a thin layer over the plain functions of discover / process / validate / load.

    report_files -> extracted_reports -> validated_reports
        -> [reports, budget_items, indicators, rejected_files, source_files] -> reporting_views
"""


import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.discover import extractor_version, files_frame, plan, scan
from pipelines.load import TABLES, create_views, load_batch, read_manifest
from pipelines.process import Batch, process_file, to_batch
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
    rows = report_files.todo.to_dicts()
    results, started, last_log = [], time.monotonic(), 0.0
    for i, f in enumerate(rows, start=1):
        results.append(process_file(Path(f["path"]), f["source_file"], f["size_bytes"], f["mtime_ns"]))
        now = time.monotonic()
        if now - last_log > 5 or i == len(rows):
            rate = i / max(now - started, 1e-9)
            context.log.info(f"parsed {i}/{len(rows)} files, {rate:.0f} files/s, "
                             f"about {(len(rows) - i) / rate:.0f}s left")
            last_log = now
    batch = to_batch(results, report_files.version)
    context.add_output_metadata({**{f"rows_{k}": v for k, v in batch.counts().items()},
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
    frames = {"reports": validated_reports.reports, "budget_items": validated_reports.budget_items,
              "indicators": validated_reports.indicators, "rejected_files": validated_reports.rejected_files,
              "quality_findings": validated_reports.quality_findings,
              "source_files": validated_reports.manifest}
    for table in TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata={
            "dagster/row_count": counts[table], "rows_written_this_run": frames[table].height,
            "warehouse_path": str(db), "preview_this_run": _preview(frames[table]),
        })


@dg.asset(group_name=GROUP, deps=list(TABLES), description="Reporting views of warehouse/views/*.sql.")
def reporting_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    names = create_views(warehouse.db_path())
    return dg.MaterializeResult(metadata={"views": ", ".join(names)})
