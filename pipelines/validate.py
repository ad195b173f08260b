"""Validate batch frames with the pandera models; bad rows leave, with reasons, good rows stay.

A row that fails a check is moved to ``rejected_files`` (stage ``validate``) with the column,
the check and the offending value, so the rest of the same file still loads. A schema-level
failure (a column missing or of the wrong type) is a bug in the pipeline, not in the data,
and is raised.
"""

from __future__ import annotations

import datetime as dt

import pandera.errors
import polars as pl

from pipelines.process import Batch, frame_schemas
from schemas import BudgetItems, Indicators, QualityFindings, Reports, SourceFiles


def split_valid(frame: pl.DataFrame, model) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, failure cases with a row ``index``) of ``frame`` against ``model``."""
    try:
        model.validate(frame, lazy=True)
        return frame, pl.DataFrame(schema={"index": pl.Int64, "column": pl.String, "check": pl.String,
                                           "failure_case": pl.String})
    except pandera.errors.SchemaErrors as e:
        cases = e.failure_cases
        if cases.filter(pl.col("index").is_null()).height:
            raise
        cases = cases.select(pl.col("index").cast(pl.Int64), "column", "check",
                             pl.col("failure_case").cast(pl.String))
        bad = cases.get_column("index").unique()
        good = frame.with_row_index("__i").filter(~pl.col("__i").is_in(bad.implode())).drop("__i")
        return good, cases


def validate_batch(batch: Batch, now: dt.datetime | None = None) -> Batch:
    now = now or dt.datetime.now()
    SourceFiles.validate(batch.manifest)  # built by the pipeline, not read from a file: a failure is a bug
    report_files = batch.reports.select("report_id", "source_file")
    sha = batch.manifest.select("source_file", "file_sha256")
    rejected = [batch.rejected_files]
    out = {}
    for name, model in (("reports", Reports), ("budget_items", BudgetItems), ("indicators", Indicators),
                        ("quality_findings", QualityFindings)):
        frame = getattr(batch, name)
        good, cases = split_valid(frame, model)
        out[name] = good
        if cases.height:
            reasons = (
                frame.with_row_index("index").with_columns(pl.col("index").cast(pl.Int64))
                .join(cases, on="index")
                .join(report_files, on="report_id", how="left")
                .join(sha, on="source_file", how="left")
                .select(
                    "source_file", "file_sha256", pl.lit("validate").alias("stage"),
                    pl.format(
                        "{} row {} dropped: {} = {} fails check {}",
                        pl.lit(name), (pl.col("index") + 1), pl.col("column"), pl.col("failure_case"), pl.col("check"),
                    ).alias("error"),
                    pl.lit(now).cast(pl.Datetime("us")).alias("detected_at"),
                )
            )
            schema = frame_schemas()["rejected_files"]
            rejected.append(reasons.select(schema.keys()).cast(schema))
    # A report that failed validation takes its figures with it: they would point at nothing.
    kept = out["reports"].get_column("report_id").implode()
    out["budget_items"] = out["budget_items"].filter(pl.col("report_id").is_in(kept))
    out["indicators"] = out["indicators"].filter(pl.col("report_id").is_in(kept))
    out["quality_findings"] = out["quality_findings"].filter(pl.col("report_id").is_in(kept))
    return Batch(reports=out["reports"], budget_items=out["budget_items"], indicators=out["indicators"],
                 rejected_files=pl.concat(rejected), manifest=batch.manifest,
                 quality_findings=out["quality_findings"])
