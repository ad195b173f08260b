"""One file through read -> normalise -> extract, into a ``FileResult``.

``process_file`` never raises for a bad input: what goes wrong becomes a rejection with the
stage and a message a person can act on.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipelines.results import FileResult
from pipelines.paths import path_from_text
from pipelines.extract import extract_document
from pipelines.extract import vocabulary as V
from pipelines.extract.forms import forms_of
from pipelines.model import Document, Forms
from pipelines.normalise import build_document
from pipelines.quality import findings_for
from pipelines.read import ReadError, read_bytes, read_blocks


# DECIMAL(18,6) holds 12 digits before the point.
MAX_STORABLE_WAN_YUAN = Decimal(10) ** 12


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
        forms = forms_of(doc)
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
    if "监控" in text and V.MONITORING_TITLE_RE.search("\n".join(text.split("\n", 8)[:8])):
        # (a monitoring report's head names it; the words of a self-evaluation are looked for spaced out too)
        return "words" if V.SELF_EVALUATION_WORDS.search("".join(text.split())) else None
    if any({"actual", "score"} & set(block.header.columns) for block in forms.indicators):
        return "indicator table with results"
    if any("expenditure_total" in block.header.columns and {"rate", "score"} & set(block.header.columns)
           for block in forms.funds):
        return "funds table with execution"
    # (the words spaced out: a title a PDF spreads over its width, 绩 效 自 评 报 告)
    compacted = "".join(text.split())
    if V.SELF_EVALUATION_WORDS.search(compacted):
        return "words"
    if V.PERFORMANCE_ACCOUNT_RE.search(compacted.replace("|", "")):
        return "account of performance"
    if ("原因" in text or "结果应用" in text or "总分" in text) and V.SELF_EVALUATION_FORM_CELLS.search(text):
        return "cells of a self-evaluation form"
    return None
