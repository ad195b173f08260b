"""Extraction: rules that turn a normalised document into warehouse rows."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from pipelines.extract import report_fields as R
from pipelines.extract.budget import (BudgetFigure, form_figures, narrative_figures, settle_adjusted_budgets,
                                      settle_allocations, settle_bare_budgets, settle_department_budgets,
                                      settle_grand_totals, settle_source_budgets, settle_task_totals)
from pipelines.extract.forms import forms_of
from pipelines.extract.indicators import Indicator, extract_indicators, table_totals
from pipelines.extract import vocabulary as V
from pipelines.extract.parts import own_part
from pipelines.model import Document, Forms
from pipelines.normalise import compact


@dataclass
class Extraction:
    report: dict[str, Any]
    budget_items: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    forms: Forms = field(default_factory=Forms)  # what the form readers recovered (the rows came from it)
    # (field, why): figures found but not stored (out of range), so the file's rejections can say so
    notes: list[tuple[str, str]] = field(default_factory=list)


def extract_document(doc: Document) -> Extraction:
    # the forms first: the report-field, budget and indicator rules read the roles they recovered
    forms = forms_of(doc)
    form_figs, facts = form_figures(doc, forms)

    # report fields: the form's cells and blocks first, then the title, the page, the text; a department's
    # report is read without the project forms it attaches (parts.py)
    own_doc, own_forms, own_figs, own_facts = doc, forms, form_figs, facts
    if (own := own_part(doc, forms)) is not None:
        own_doc, own_forms = own.doc, own.forms
        own_figs, own_facts = form_figures(own_doc, own_forms)
    notes: list[tuple[str, str]] = []
    report = R.read_report_fields(own_doc, own_forms, own_facts, notes)
    if own is not None and report["report_kind"] == "department_overall":
        # a department's report: the project forms it attaches state each project's funds, not the department's
        form_figs = _attached_as_other(doc, own_doc, form_figs)
    # (a project's report: the fund its title names is the project, in the sentences too)
    project = report.get("report_kind") == "project"
    # (and its form's 项目名称 cell: a word of the project's name is no label of the figures, 某某公用经费保障资金)
    narrative = narrative_figures(doc, report.get("title") if project else None,
                                  tuple(f.value for f in own_forms.field("project")) if project else ())
    fiscal_year = report["fiscal_year"]
    figures = settle_bare_budgets(settle_grand_totals(settle_adjusted_budgets(settle_allocations(settle_department_budgets(
        settle_source_budgets(settle_task_totals(form_figs + narrative, own_figs + narrative), fiscal_year))))))
    indicators, totals = extract_indicators(doc, forms, fiscal_year)
    if own is not None:
        # the totals are the report's own form's: an attached project form's 总分 row totals that project
        totals = table_totals(own_forms.indicators)
    funds = own_facts.funds_row
    report.update({
        "indicator_total_weight": totals.weight, "indicator_total_score": totals.score,
        "budget_execution_weight": funds[0] if funds else None, "budget_execution_score": funds[1] if funds else None,
        "budget_adjustment_rate_pct": own_facts.adjustment_rates[0][0] if own_facts.adjustment_rates else None,
    })
    # (not with project forms attached: their indicator tables state each project's rate; another report's end
    # before this one: only the indicators standing in this report's own lines)
    if report["budget_execution_rate_pct"] is None and (own is None or not own.attached) \
            and (rate := _budget_rate_indicator(indicators if own is None else
                                                [i for i in indicators if _in_lines(own_doc, i.line_no)])) is not None:
        report["budget_execution_rate_pct"], report["budget_execution_rate_line_no"] = rate.actual.value, rate.line_no
    figures = _without_indicator_values(figures, indicators)
    return Extraction(report=report, budget_items=_budget_rows(figures, fiscal_year),
                      indicators=[ind.row(seq) for seq, ind in enumerate(indicators, start=1)], forms=forms,
                      notes=notes)


def _attached_as_other(doc: Document, own_doc: Document, figures: list[BudgetFigure]) -> list[BudgetFigure]:
    """The figures with those of the attached forms (their lines blank in the report's own part ``own_doc``) made
    ``other``."""
    for f in figures:
        no = f.line_no
        if f.item != "other" and 0 < no <= len(doc.lines) and not own_doc.lines[no - 1] and doc.lines[no - 1]:
            f.item = "other"
    return figures


def _in_lines(doc: Document, no: int | None) -> bool:
    """Line ``no`` is one the document keeps (not left blank as another part's)."""
    return no is not None and 0 < no <= len(doc.lines) and bool(doc.lines[no - 1])


def _without_indicator_values(figures: list[BudgetFigure], indicators: list[Indicator]) -> list[BudgetFigure]:
    """The figures less the `other` ones that are an indicator's target or result as written (人均补助标准不低于
    600元, a row's 8400元): no money of the department's funds. A figure is an indicator's when that indicator's
    raw value holds it and it stands between the indicator's line and the next one's (any of the indicators
    of a line holding several)."""
    if not indicators or not any(f.item == "other" for f in figures):
        return figures
    starts = sorted((ind.line_no, k) for k, ind in enumerate(indicators))
    lines = [line for line, _ in starts]
    out = []
    for f in figures:
        if f.item == "other" and (at := bisect_right(lines, f.line_no) - 1) >= 0:
            raw = compact(f.amount_raw) or ""
            first = bisect_left(lines, lines[at])  # (a form flattened onto a few lines: several rows a line)
            if raw and any(_holds(ind.target_raw, raw) or _holds(ind.actual_raw, raw)
                           for ind in (indicators[k] for _, k in starts[first: at + 1])) \
                    and (at + 1 < len(lines) or f.line_no - lines[at] <= _LAST_ROW_LINES):
                continue
        out.append(f)
    return out


def _budget_rate_indicator(indicators: list[Indicator]) -> Indicator | None:
    """The indicator of the budget's whole execution with its result in percent (预算完成率 | 100% | 86.10%),
    when it is the only one: the rate the report states, in its indicator table."""
    found = [ind for ind in indicators if ind.actual.unit == "%" and ind.actual.value is not None
             and V.BUDGET_RATE_INDICATOR.fullmatch(compact(ind.name) or "")]
    return found[0] if len(found) == 1 else None


def _holds(value_raw: str | None, raw: str) -> bool:
    """The value as written holds the figure as written, whole: 50 is no figure of ≥500件."""
    return bool(value_raw) and raw in value_raw and re.search(rf"(?<![\d.]){re.escape(raw)}(?![\d.])", value_raw) is not None


_LAST_ROW_LINES = 12  # how far below its name the last indicator's values may stand (a row written a cell a line)


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
