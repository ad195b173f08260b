"""Validate batch frames with the pandera models; a bad value leaves with its reason, the rest stays.

A value failing a check in a column that may be NULL is set to NULL and its row kept; a failure in
a column that may not be NULL (or that places the row, ``KEY_COLUMNS``) drops the row. Either way
``rejected_files`` gets a row (stage ``validate``) naming the table, the column, the value, the
check and the document line, e.g. ``indicators: score = 250 fails check
less_than_or_equal_to(100) on line 88: set to NULL, the rest of the row is kept``. A report dropped takes its
figures with it. A schema-level failure (a column missing or of the wrong type) is a bug in the
pipeline, not in the data, and is raised.
"""

from __future__ import annotations

import datetime as dt

import pandera.errors
import polars as pl

from pipelines.batch import Batch, frame_schemas
from schemas import MODELS, REPORT_TABLES, SourceFiles
from schemas.indicators import SCORE_OVER_WEIGHT

_CASES_SCHEMA = {"index": pl.Int64, "column": pl.String, "check": pl.String, "failure_case": pl.String}

# Nullable columns that place the row: a report of a year out of range is misread as a whole (its
# figures' years follow it), so it is dropped rather than kept without a year.
KEY_COLUMNS = {"reports": {"fiscal_year"}}
# A row-wide check names no column: the column whose value it rejects. A score above its weight is
# the score's fault (the weight is the scale).
ROW_CHECK_COLUMN = {SCORE_OVER_WEIGHT: "score"}
# How many times a frame is re-checked after NULLs were set, before any row still failing is dropped.
_PASSES = 3


def split_valid(frame: pl.DataFrame, model) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, failure cases with a row ``index``) of ``frame`` against ``model``."""
    cases = failure_cases(frame, model)
    if not cases.height:
        return frame, cases.select(_CASES_SCHEMA.keys())
    bad = cases.get_column("index").unique()
    good = frame.with_row_index("__i").filter(~pl.col("__i").is_in(bad.implode())).drop("__i")
    return good, cases.select(_CASES_SCHEMA.keys())


def failure_cases(frame: pl.DataFrame, model) -> pl.DataFrame:
    """Every failing (row ``index``, ``column``, ``check``, ``failure_case``) of ``frame``; a row-wide
    check's case carries the column it rejects (``ROW_CHECK_COLUMN``), else the model's name."""
    try:
        model.validate(frame, lazy=True)
        return pl.DataFrame(schema=_CASES_SCHEMA)
    except pandera.errors.SchemaErrors as e:
        if e.failure_cases.filter(pl.col("index").is_null()).height:
            raise
        cases = e.failure_cases
    row_wide = pl.col("schema_context") == "DataFrameSchema"
    return cases.select(
        pl.col("index").cast(pl.Int64),
        pl.when(row_wide).then(pl.col("check").replace_strict(ROW_CHECK_COLUMN, default=pl.col("column")))
        .otherwise(pl.col("column")).alias("column"),
        "check",
        # a row-wide case's failure_case is the whole row: the value is read from the frame below
        pl.when(row_wide).then(None).otherwise(pl.col("failure_case").cast(pl.String)).alias("failure_case"),
    )


def _line_column(frame: pl.DataFrame, column: str) -> str | None:
    """The column holding the document line of ``column``'s value: a report field's own
    ``<field>_line_no`` (the rate's without ``_pct``, the region's for province/city/district), else
    the row's ``line_no``."""
    region = "region_line_no" if column in ("province", "city", "district") else None
    for name in (f"{column}_line_no", f"{column.removesuffix('_pct')}_line_no", region, "line_no"):
        if name and name in frame.columns:
            return name
    return None


def _own_line(frame: pl.DataFrame, column: str) -> str | None:
    """A report field's own line column (not the row's ``line_no``, not the region's, shared by three)."""
    line = _line_column(frame, column)
    return line if line not in (None, "line_no", "region_line_no", column) else None


def settle(frame: pl.DataFrame, model, name: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows kept, with failing nullable values set to NULL; one row per failure: ``index``, ``column``,
    ``check``, ``value``, ``line``, ``action`` ("null" or "drop") and the row's ``report_id`` /
    ``source_file`` where the frame has them)."""
    schema = model.to_schema().columns
    nullable = [c for c, col in schema.items() if col.nullable and c not in KEY_COLUMNS.get(name, set())]
    numbers = [c for c, col in schema.items() if col.dtype.type in (pl.Float64, pl.Float32) or
               isinstance(col.dtype.type, pl.Decimal)]
    ids = [c for c in ("report_id", "source_file") if c in frame.columns]
    found = []
    frame = frame.with_row_index("__i")  # the batch's row, to find it again (never shown)
    for attempt in range(_PASSES):
        cases = failure_cases(frame.drop("__i"), model)
        if not cases.height:
            break
        last = attempt == _PASSES - 1
        # the frame's own row numbers, so cases of later passes refer to the same rows
        cases = cases.join(frame.select(pl.col("__i"), pl.int_range(pl.len(), dtype=pl.Int64).alias("index")),
                           on="index").drop("index").rename({"__i": "index"})
        drop = cases.filter(~pl.col("column").is_in(nullable) | pl.lit(last)).get_column("index").unique()
        dropped = pl.col("index").is_in(drop.implode())
        cases = cases.with_columns(pl.when(dropped).then(pl.lit("drop")).otherwise(pl.lit("null")).alias("action"))
        found.append(_described(frame, cases, numbers, ids))
        # a report field set to NULL loses its own line too (the message keeps it)
        to_null = cases.filter(pl.col("action") == "null").select("index", "column")
        own = {c: _own_line(frame, c) for c in to_null.get_column("column").unique().to_list()}
        own_lines = to_null.with_columns(pl.col("column").replace_strict(own, default=None, return_dtype=pl.String))
        to_null = pl.concat([to_null, own_lines.drop_nulls()]).unique()
        frame = frame.filter(~pl.col("__i").is_in(drop.implode())).with_columns(
            pl.when(pl.col("__i").is_in(to_null.filter(pl.col("column") == c).get_column("index").implode()))
            .then(None).otherwise(pl.col(c)).alias(c)
            for c in to_null.get_column("column").unique().to_list())
    out = frame.drop("__i")
    return out, pl.concat(found, how="diagonal_relaxed") if found else pl.DataFrame()


def _described(frame: pl.DataFrame, cases: pl.DataFrame, numbers: list[str], ids: list[str]) -> pl.DataFrame:
    """``cases`` with the failing value as the frame holds it and the document line of each."""
    columns = cases.get_column("column").unique().to_list()
    cells = pl.concat([
        frame.select(
            pl.col("__i").cast(pl.Int64).alias("index"), pl.lit(c).alias("column"),
            (pl.col(c).cast(pl.String) if c in frame.columns else pl.lit(None, pl.String)).alias("value"),
            (pl.col(ln).cast(pl.Int64) if (ln := _line_column(frame, c)) else pl.lit(None, pl.Int64)).alias("line"),
            *ids)
        for c in columns])
    described = cases.join(cells, on=["index", "column"], how="left")
    value = pl.coalesce("failure_case", "value")
    # a number shows as the report writes it (250, not 250.0 or 250.000000)
    value = (pl.when(pl.col("column").is_in(numbers))
             .then(value.str.replace(r"(\.\d*?)0+$", "${1}").str.replace(r"\.$", "")).otherwise(value))
    return described.with_columns(value.fill_null("NULL").alias("value")).drop("failure_case")


# the part of the row a NULL leaves, and what a dropped row takes with it
_KEPT = {"reports": "the rest of the report is loaded"}
_DROPPED = {"reports": "the report is not loaded, nor its budget figures and indicators"}


def validate_batch(batch: Batch, now: dt.datetime | None = None) -> Batch:
    now = now or dt.datetime.now()
    SourceFiles.validate(batch.source_files)  # built by the pipeline, not read from a file: a failure is a bug
    report_files = batch.reports.select("report_id", pl.col("source_file").alias("__file"))
    sha = batch.source_files.select("source_file", "file_sha256")
    schema = frame_schemas()["rejected_files"]
    rejected = [batch.rejected_files]
    out = {}
    for name in REPORT_TABLES:  # reports first: the others follow what is kept of it
        frame, model = batch[name], MODELS[name]
        if name != "reports":
            # A report that failed validation takes its figures with it: they would point at nothing
            # (its own message says so; theirs would be noise).
            frame = frame.filter(pl.col("report_id").is_in(out["reports"].get_column("report_id").implode()))
        out[name], cases = settle(frame, model, name)
        if not cases.height:
            continue
        if "source_file" not in cases.columns:
            cases = cases.join(report_files, on="report_id", how="left").rename({"__file": "source_file"})
        line = pl.when(pl.col("line") >= 1).then(pl.format(" on line {}", pl.col("line"))).otherwise(pl.lit(""))
        outcome = (pl.when(pl.col("action") == "null")
                   .then(pl.lit("set to NULL, " + _KEPT.get(name, "the rest of the row is kept")))
                   .otherwise(pl.lit(_DROPPED.get(name, "the row is not loaded"))))
        reasons = (
            cases.join(sha, on="source_file", how="left")
            .select(
                "source_file", "file_sha256", pl.lit("validate").alias("stage"),
                pl.format("{}: {} = {} fails check {}{}: {}", pl.lit(name), pl.col("column"), pl.col("value"),
                          pl.col("check"), line, outcome).alias("error"),
                pl.lit(now).cast(pl.Datetime("us")).alias("detected_at"),
            )
        )
        rejected.append(reasons.select(schema.keys()).cast(schema))
    return Batch({**out, "rejected_files": pl.concat(rejected), "source_files": batch.source_files})
