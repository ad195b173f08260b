"""One file through read -> normalise -> extract, and a batch of results into polars frames.

``process_file`` never raises for a bad input: what goes wrong becomes a rejection with the
stage and a message a person can act on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import polars as pl

from pipelines.discover import path_from_text
from pipelines.extract import extract_document
from pipelines.extract import vocabulary as V
from pipelines.extract.cells import cell_stream
from pipelines.extract.forms import read_forms
from pipelines.model import Document, Forms
from pipelines.normalise import build_document
from pipelines.quality import findings_for
from pipelines.read import ReadError, read_bytes, read_blocks


@lru_cache(maxsize=None)
def frame_schemas() -> dict[str, dict]:
    """Column -> polars dtype of each batch frame, from the pandera models in schemas/ (the one
    place a table's columns are listed). Imported on first use, not with this module: the parse
    workers import this module but never build frames, and pandera costs each ~95 MB and 0.4 s."""
    from schemas import MODELS, frame_schema

    return {name: frame_schema(model) for name, model in MODELS.items()}


# DECIMAL(18,6) holds 12 digits before the point.
MAX_STORABLE_WAN_YUAN = Decimal(10) ** 12


@dataclass
class FileResult:
    source_file: str
    size_bytes: int
    mtime_ns: int
    sha256: str | None = None
    source_format: str | None = None
    report: dict[str, Any] | None = None
    budget_items: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (stage, message)

    @property
    def report_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None


def process_file(path: Path, source_file: str, size_bytes: int = 0, mtime_ns: int = 0) -> FileResult:
    result = FileResult(source_file=source_file, size_bytes=size_bytes, mtime_ns=mtime_ns)
    path = path_from_text(str(path))  # a name that is not UTF-8 travels hex-encoded through the frames
    notes: list[str] = []  # damage that did not stop reading (a truncated or partly invalid text file)
    try:
        raw = read_bytes(path)
        result.sha256 = raw.sha256
        result.source_format, blocks = read_blocks(raw, path.name, notes)
    except ReadError as e:
        result.rejections.append(("read", str(e)))
        return result
    except Exception as e:  # a reader library failing on a malformed file must not stop the run
        result.rejections.append(("read", f"the file could not be read ({type(e).__name__}: {e}); re-export or "
                                          "re-save it, and please report this file"))
        return result
    try:
        doc = build_document(blocks)
        extraction = extract_document(doc)
    except Exception as e:  # a rule bug must not stop the other files of the run
        result.rejections.append(("parse", f"extraction failed ({type(e).__name__}: {e}); please report this file"))
        return result
    report = extraction.report
    problem = not_a_self_evaluation(doc, extraction.forms)
    if problem:
        result.rejections.append(("parse", problem))
        return result
    result.report = {"report_id": result.report_id, "source_file": source_file,
                     "source_format": result.source_format, **report}
    result.rejections.extend(("read", note) for note in notes)  # loaded, but the file is damaged
    result.rejections.extend(("validate", note) for _, note in extraction.notes)  # figures not stored
    for row in extraction.budget_items:
        if abs(row["amount_wan_yuan"]) >= MAX_STORABLE_WAN_YUAN:
            # would not fit DECIMAL(18,6) and break the whole batch's frame: this figure alone is dropped
            result.rejections.append(("validate", (
                f"budget_items: amount_wan_yuan = {row['amount_wan_yuan']:f} ({row['amount_raw']}) on line "
                f"{row['line_no']} is too large to be a budget figure (the warehouse stores less than 10^12 万元): "
                f"the row is not loaded; check the number in the report")))
    result.budget_items = [{"report_id": result.report_id, **row} for row in extraction.budget_items
                           if abs(row["amount_wan_yuan"]) < MAX_STORABLE_WAN_YUAN]
    result.indicators = [{"report_id": result.report_id, **row} for row in extraction.indicators]
    result.findings = [{"report_id": result.report_id, **f}
                       for f in findings_for(report, extraction.budget_items, extraction.indicators)]
    return result


def not_a_self_evaluation(doc: Document, forms: Forms | None = None) -> str | None:
    """Why a document is not a performance self-evaluation report, or None when it is one."""
    if forms is None:
        forms = read_forms(cell_stream(doc))
    if self_evaluation_evidence(doc.text(), forms):
        return None
    head = "".join(doc.lines[:60])
    kind = next((desc for word, desc in V.OTHER_DOCUMENT_KINDS if word in head), "another kind of document")
    return (f"not a performance self-evaluation report: the text never says 自评 or 绩效评价, has no 绩效指标 "
            f"table with 实际完成值 or 得分, no funds table with 执行数 and 执行率, and gives no account of "
            f"绩效情况 or 绩效目标完成情况 (it looks like {kind}); only 绩效自评报告/自评表 are loaded")


def self_evaluation_evidence(text: str, forms: Forms) -> str | None:
    """What shows a document is a self-evaluation: its words, its forms (as the form readers recovered
    them), or its account. A budget disclosure's 绩效目标表 has the indicator header too, but with
    指标值 only: a self-evaluation's has the result (实际完成值) or the score (得分)."""
    if V.SELF_EVALUATION_WORDS.search(text):
        return "words"
    if any({"actual", "score"} & set(block.header.columns) for block in forms.indicators):
        return "indicator table with results"
    if any("expenditure_total" in block.header.columns and {"rate", "score"} & set(block.header.columns)
           for block in forms.funds):
        return "funds table with execution"
    if V.PERFORMANCE_ACCOUNT_RE.search("".join(text.split()).replace("|", "")):
        return "account of performance"
    return None


@dataclass
class Batch:
    """The rows of a set of processed files, as frames in the warehouse's column order."""

    reports: pl.DataFrame
    budget_items: pl.DataFrame
    indicators: pl.DataFrame
    rejected_files: pl.DataFrame
    manifest: pl.DataFrame
    quality_findings: pl.DataFrame

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k).height
                for k in ("reports", "budget_items", "indicators", "quality_findings", "rejected_files", "manifest")}


def to_batch(results: list[FileResult], extractor_version: str, now: dt.datetime | None = None) -> Batch:
    now = now or dt.datetime.now()
    reports, budget, indicators, findings, rejected, manifest = [], [], [], [], [], []
    seen_ids: set[str] = set()
    for r in sorted(results, key=lambda r: r.source_file):
        status = "rejected" if r.rejections and r.report is None else "loaded"
        if r.report is not None:
            # Same bytes under another name: one report row (the loader records the duplicate).
            if r.report_id not in seen_ids:
                seen_ids.add(r.report_id)
                reports.append(r.report)
                budget.extend(r.budget_items)
                indicators.extend(r.indicators)
                findings.extend(r.findings)
        for stage, message in r.rejections:
            rejected.append({"source_file": r.source_file, "file_sha256": r.sha256, "stage": stage,
                             "error": message, "detected_at": now})
        manifest.append({"source_file": r.source_file, "file_sha256": r.sha256, "report_id": r.report_id,
                         "size_bytes": r.size_bytes, "mtime_ns": r.mtime_ns, "source_format": r.source_format,
                         "status": status, "extractor_version": extractor_version})
    schemas = frame_schemas()
    return Batch(
        reports=pl.DataFrame(reports, schema=schemas["reports"]),
        budget_items=pl.DataFrame(budget, schema=schemas["budget_items"]),
        indicators=pl.DataFrame(indicators, schema=schemas["indicators"]),
        rejected_files=pl.DataFrame(rejected, schema=schemas["rejected_files"]),
        manifest=pl.DataFrame(manifest, schema=schemas["source_files"]),
        quality_findings=pl.DataFrame(findings, schema=schemas["quality_findings"]),
    )
