"""A ``Batch`` of frames, one per table, made of the ``FileResult``s a parse hands on.

A batch holds one polars frame per warehouse table (``schemas.TABLES``), with the columns and
dtypes of the table's pandera model: the extraction stages it, validation filters it, the load
inserts it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import polars as pl

from pipelines.results import FileResult


@lru_cache(maxsize=None)
def frame_schemas() -> dict[str, dict]:
    """Column -> polars dtype of each batch frame, from the pandera models in schemas/ (the one
    place a table's columns are listed). Imported on first use, not with this module: pandera costs
    ~95 MB and 0.4 s, and a refresh with nothing to parse never builds a frame."""
    from schemas import MODELS, frame_schema

    return {name: frame_schema(model) for name, model in MODELS.items()}


class Batch(dict):
    """Table name -> frame, for every table of ``schemas.TABLES`` (``batch.reports`` reads one)."""

    def __getattr__(self, table: str) -> pl.DataFrame:
        try:
            return self[table]
        except KeyError:
            raise AttributeError(table) from None

    def counts(self) -> dict[str, int]:
        return {table: frame.height for table, frame in self.items()}


def to_batch(results: list[FileResult], extractor_version: str, now: dt.datetime | None = None,
             schemas: dict[str, dict] | None = None) -> Batch:
    """The rows of ``results`` as frames (of ``schemas``, else ``frame_schemas()``). The same bytes under
    two names are one report: the batch holds its rows once, under the first name (``concat_batches``
    and the load do the same across batches)."""
    now = now or dt.datetime.now()
    schemas = schemas or frame_schemas()
    rows: dict[str, list] = {table: [] for table in schemas}
    seen_ids: set[str] = set()
    for r in sorted(results, key=lambda r: r.source_file):
        if r.report is not None and r.report_id not in seen_ids:
            seen_ids.add(r.report_id)
            rows["reports"].append(r.report)
            rows["budget_items"].extend(r.budget_items)
            rows["indicators"].extend(r.indicators)
            rows["quality_findings"].extend(r.findings)
        rows["rejected_files"].extend({"source_file": r.source_file, "file_sha256": r.sha256, "stage": stage,
                                       "error": message, "detected_at": now} for stage, message in r.rejections)
        rows["source_files"].append({
            "source_file": r.source_file, "file_sha256": r.sha256, "report_id": r.report_id,
            "size_bytes": r.size_bytes, "mtime_ns": r.mtime_ns, "source_format": r.source_format,
            "status": "rejected" if r.rejections and r.report is None else "loaded",
            "extractor_version": extractor_version})
    return Batch({table: pl.DataFrame(rows[table], schema=schema) for table, schema in schemas.items()})


@dataclass(frozen=True)
class BatchPacker:
    """``to_batch`` as a parse worker runs it on the results it made (``parallel.iter_process``'s pack):
    frames pickle in a few large buffers where a result is thousands of small objects. The dtypes come
    with it, so a worker imports polars, never the pandera models."""

    extractor_version: str
    schemas: dict[str, dict]

    @classmethod
    def for_version(cls, extractor_version: str) -> "BatchPacker":
        return cls(extractor_version, frame_schemas())

    def __call__(self, results: list[FileResult]) -> Batch:
        return to_batch(results, self.extractor_version, schemas=self.schemas)


def concat_batches(batches: list[Batch]) -> Batch:
    """One batch of several, each made by ``to_batch``. A report whose bytes are in two of them is kept
    once, from the batch holding its first file name: the rule ``to_batch`` keeps within one."""
    from schemas import REPORT_TABLES  # lazily, as frame_schemas: the parse workers never merge

    if len(batches) == 1:
        return batches[0]
    reports = pl.concat([b.reports.select("report_id", "source_file", pl.lit(i).alias("__batch"))
                         for i, b in enumerate(batches)])
    repeated = reports.height != reports.get_column("report_id").n_unique()
    kept = reports.sort("source_file").unique("report_id", keep="first").select("report_id", "__batch")
    out = {}
    for table in batches[0]:
        frames = [b[table] for b in batches]
        if repeated and table in REPORT_TABLES:
            frames = [f.join(kept.filter(pl.col("__batch") == i).drop("__batch"), on="report_id", how="semi")
                      for i, f in enumerate(frames)]
        out[table] = pl.concat(frames)
    return Batch(out)
