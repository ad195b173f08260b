"""Extraction: rules that turn a normalised document into warehouse rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipelines.extract import report_fields as R
from pipelines.extract.budget import form_figures, narrative_figures, settle_allocations
from pipelines.extract.cells import cell_stream
from pipelines.extract.forms import read_forms
from pipelines.extract.indicators import extract_indicators
from pipelines.extract.regions import resolve_region
from pipelines.model import Document

@dataclass
class Extraction:
    report: dict[str, Any]
    budget_items: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)


def extract_document(doc: Document) -> Extraction:
    # the forms first: the report-field, budget and indicator rules read the roles they recovered
    forms = read_forms(cell_stream(doc))
    title, _ = R.find_title(doc)
    department = R.find_department(doc, title)
    context = (title or "") + "\n" + "\n".join(doc.lines[:200])
    region = resolve_region(department, context)
    fiscal_year = R.find_fiscal_year(doc, title)
    staff_authorized, staff_actual = R.find_staff(doc)

    form_figs, facts = form_figures(doc, forms)
    figures = settle_allocations(form_figs + narrative_figures(doc))

    rate = facts.execution_rates[0][0] if facts.execution_rates else R.find_execution_rate(doc)
    if staff_authorized is None and facts.staff_authorized:
        staff_authorized = facts.staff_authorized[0][0]
    if staff_actual is None and facts.staff_actual:
        staff_actual = facts.staff_actual[0][0]

    report = {
        "title": title,
        "department": department,
        "province": region.province,
        "city": region.city,
        "district": region.district,
        "fiscal_year": fiscal_year,
        "report_kind": R.find_report_kind(title, doc),
        "self_score": R.find_self_score(doc),
        "grade": R.find_grade(doc),
        "staff_authorized": staff_authorized,
        "staff_actual": staff_actual,
        "budget_execution_rate_pct": rate,
    }
    indicators, totals = extract_indicators(doc, forms)
    funds = facts.funds_row
    report.update({
        "indicator_total_weight": totals.weight, "indicator_total_score": totals.score,
        "budget_execution_weight": funds[0] if funds else None, "budget_execution_score": funds[1] if funds else None,
        "budget_adjustment_rate_pct": facts.adjustment_rates[0][0] if facts.adjustment_rates else None,
    })
    return Extraction(report=report, budget_items=_budget_rows(figures, fiscal_year),
                      indicators=[ind.row(seq) for seq, ind in enumerate(indicators, start=1)])


def _budget_rows(figures, fiscal_year: int | None) -> list[dict[str, Any]]:
    """One row per figure; a canonical figure restated with the same value is kept once (first seen)."""
    rows, seen = [], set()
    for f in sorted(figures, key=lambda f: f.line_no):
        year = f.fiscal_year
        if year == -1:
            year = fiscal_year - 1 if fiscal_year else None
        elif year is None:
            year = fiscal_year
        key = (f.item, year, f.amount_wan_yuan)
        if f.item != "other" and key in seen:
            continue
        seen.add(key)
        rows.append({
            "fiscal_year": year, "item": f.item, "label": f.label, "amount_wan_yuan": f.amount_wan_yuan,
            "amount_raw": f.amount_raw, "line_no": f.line_no,
        })
    return rows
