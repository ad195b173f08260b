"""Reconciliation checks on one report's extracted figures -> ``quality_findings`` rows.

Each check is a small function over the report's rows; it returns findings, never changes a
figure. A finding is what a careful reader would flag: parts that do not add up to their whole,
a stated rate the report's own figures contradict, a unit slip, a grade outside its score band,
a score above its weight, the same figure stated twice with different values. Tolerances are
explicit constants, each with the reason for its size.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from pipelines.extract import vocabulary as V

# Figures are printed rounded to 0.01 万元: a sum of three rounded figures may be off by 0.015.
MONEY_TOLERANCE = Decimal("0.015")
# Rates are printed with two decimals and recomputed from rounded figures: allow 0.1 point.
RATE_TOLERANCE_PCT = 0.1
# Scores are printed with up to two decimals; a sum of a dozen of them stays within 0.05.
SCORE_TOLERANCE = 0.05
# National grading bands of 绩效自评 (财预〔2020〕10号): 优 >= 90 > 良 >= 80 > 中 >= 60 > 差.
GRADE_BANDS = [("优", 90.0), ("良", 80.0), ("中", 60.0), ("差", float("-inf"))]
UNIT_SLIP_FACTOR = Decimal(10000)


def _finding(check: str, severity: str, message: str, line_no: int | None) -> dict[str, Any]:
    return {"check": check, "severity": severity, "message": message, "line_no": line_no}


def _first(items: list[dict], item: str, year: int | None) -> dict | None:
    return next((b for b in items if b["item"] == item and b["fiscal_year"] == year), None)


def _firsts(items: list[dict]) -> dict[tuple, dict]:
    """(item, fiscal_year) -> the first row of it: ``_first`` for every key in one pass over the rows
    (a report has dozens of rows, most of them ``other``, and the checks ask for a dozen keys)."""
    out: dict[tuple, dict] = {}
    for b in items:
        out.setdefault((b["item"], b["fiscal_year"]), b)
    return out


def _fmt(x: Decimal) -> str:
    return f"{x:,.2f}"


def check_parts(report: dict, items: list[dict]) -> list[dict]:
    out = []
    year = report.get("fiscal_year")
    rules = [
        ("parts_basic_project_vs_total", ["expenditure_basic", "expenditure_project"], "expenditure_total",
         "基本支出 {a} + 项目支出 {b} = {s} 万元, but 支出合计 is {w} 万元"),
        ("parts_personnel_public_vs_basic", ["expenditure_personnel", "expenditure_public"], "expenditure_basic",
         "人员经费 {a} + 公用经费 {b} = {s} 万元, but 基本支出 is {w} 万元"),
    ]
    first = _firsts(items)
    for check, parts, whole, text in rules:
        found = [first.get((p, year)) for p in parts]
        total = first.get((whole, year))
        if total is None or any(f is None for f in found):
            continue
        s = sum(f["amount_wan_yuan"] for f in found)
        if abs(s - total["amount_wan_yuan"]) > MONEY_TOLERANCE:
            msg = text.format(a=_fmt(found[0]["amount_wan_yuan"]), b=_fmt(found[1]["amount_wan_yuan"]), s=_fmt(s),
                              w=_fmt(total["amount_wan_yuan"]))
            out.append(_finding(check, "warning", msg, total["line_no"]))
    inc, beg = first.get(("income_total", year)), first.get(("carryover_begin", year))
    exp, end = first.get(("expenditure_total", year)), first.get(("carryover_end", year))
    if all((inc, beg, exp, end)):
        left = inc["amount_wan_yuan"] + beg["amount_wan_yuan"]
        right = exp["amount_wan_yuan"] + end["amount_wan_yuan"]
        if abs(left - right) > MONEY_TOLERANCE:
            out.append(_finding("balance_income_vs_expenditure", "warning",
                                f"收入 + 年初结转和结余 = {_fmt(left)} 万元, but 支出 + 年末结转和结余 = {_fmt(right)} 万元",
                                inc["line_no"]))
    return out


def check_rates(report: dict, items: list[dict]) -> list[dict]:
    out = []
    year = report.get("fiscal_year")
    first = _firsts(items)
    spent, full = first.get(("expenditure_total", year)), first.get(("budget_full_year", year))
    initial, adjust = first.get(("budget_initial", year)), first.get(("budget_adjustment", year))
    budget = full["amount_wan_yuan"] if full else (
        initial["amount_wan_yuan"] + adjust["amount_wan_yuan"] if initial and adjust else None)
    stated = report.get("budget_execution_rate_pct")
    if stated is not None and spent is not None and budget:
        computed = float(spent["amount_wan_yuan"] / budget * 100)
        if abs(computed - stated) > RATE_TOLERANCE_PCT:
            basis = "全年预算数" if full else "年初预算数 + 预算调整数"
            out.append(_finding("execution_rate_recomputed", "warning",
                                f"stated 执行率 {stated:.2f}% but 执行数 {_fmt(spent['amount_wan_yuan'])} / {basis} "
                                f"{_fmt(budget)} = {computed:.2f}%", spent["line_no"]))
    stated_adj = report.get("budget_adjustment_rate_pct")
    if stated_adj is not None and initial and adjust and initial["amount_wan_yuan"]:
        computed = float(adjust["amount_wan_yuan"] / initial["amount_wan_yuan"] * 100)
        if abs(computed - stated_adj) > RATE_TOLERANCE_PCT:
            out.append(_finding("adjustment_rate_recomputed", "warning",
                                f"stated 调整率 {stated_adj:.2f}% but 预算调整数 / 年初预算数 = {computed:.2f}%",
                                adjust["line_no"]))
    return out


# Names a figure can be about, longest first: two figures 10^4 apart are one quantity when they share one.
_SUBJECT_NAMES = sorted({s for s in [*V.SUBJECTS, *(k for labels in V.BUDGET_LABELS.values() for k in labels)]
                         if len(s) >= 3}, key=len, reverse=True)


def _shared_subject(a: str, b: str) -> str | None:
    return next((s for s in _SUBJECT_NAMES if s in a and s in b), None)


def check_unit_slips(report: dict, items: list[dict]) -> list[dict]:
    """Two figures of the same subject whose digits agree but whose units differ by 10^4 (97元 vs 97万元)."""
    by_amount: dict[Decimal, list[dict]] = defaultdict(list)
    for b in items:
        by_amount[b["amount_wan_yuan"]].append(b)
    out, seen = [], set()
    # a figure above the largest / 10^4 has no figure 10^4 times it: one comparison instead of a product and
    # its lookup (dividing by a power of ten keeps the digits: exact)
    limit = max(by_amount, default=Decimal(0)) / UNIT_SLIP_FACTOR
    for small in items:
        if small["amount_wan_yuan"] <= 0 or small["amount_wan_yuan"] > limit:
            continue
        for big in by_amount.get(small["amount_wan_yuan"] * UNIT_SLIP_FACTOR, []):
            subject = _shared_subject(small["label"] or "", big["label"] or "")
            if subject is None or (small["line_no"], big["line_no"]) in seen:
                continue
            seen.add((small["line_no"], big["line_no"]))
            out.append(_finding(
                "unit_slip", "error",
                f"{subject}: written as {small['amount_raw']} (line {small['line_no']}) but {big['amount_raw']} "
                f"(line {big['line_no']}) elsewhere: one of them has the wrong unit (x10,000)", small["line_no"]))
    return out


def check_grade(report: dict) -> list[dict]:
    grade, score = report.get("grade"), report.get("self_score")
    if grade is None or score is None:
        return []
    band = next(g for g, floor in GRADE_BANDS if score >= floor)
    if band == grade:
        return []
    return [_finding("grade_vs_score", "warning",
                     f"grade {grade} but self-score {score:g} is in the band of {band} "
                     "(优 >= 90, 良 >= 80, 中 >= 60, 差 below)", None)]


def check_indicators(report: dict, indicators: list[dict]) -> list[dict]:
    out = []
    for i in indicators:
        if i["weight"] is not None and i["score"] is not None and i["score"] > i["weight"]:
            out.append(_finding("score_above_weight", "error",
                                f"indicator {i['name']}: 得分 {i['score']:g} above its 分值 {i['weight']:g}", i["line_no"]))
    scored = [i for i in indicators if i["source_kind"] == "table" and i["score"] is not None]
    stated = report.get("indicator_total_score")
    if scored and stated is not None:
        total = sum(i["score"] for i in scored)
        weights = sum(i["weight"] or 0 for i in scored)
        funds_w, funds_s = report.get("budget_execution_weight"), report.get("budget_execution_score")
        stated_w = report.get("indicator_total_weight")
        if funds_s is not None and stated_w is not None and abs(weights + (funds_w or 0) - stated_w) < 0.01:
            total += funds_s  # the 总分 includes the funds row (年度资金总额)
        if abs(total - stated) > SCORE_TOLERANCE:
            out.append(_finding("indicator_scores_vs_total", "warning",
                                f"indicator 得分 add up to {total:g} but the table's 总分 is {stated:g}", None))
    return out


def check_restatements(report: dict, items: list[dict]) -> list[dict]:
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for b in items:
        if b["item"] != "other":
            by_key[(b["item"], b["fiscal_year"])].append(b)
    out = []
    for (item, year), rows in by_key.items():
        values = sorted({r["amount_wan_yuan"] for r in rows})
        if len(values) > 1:
            where = ", ".join(f"{r['amount_raw']} (line {r['line_no']})" for r in rows)
            out.append(_finding("restated_differently", "warning",
                                f"{item} {year} stated with different values: {where}", rows[0]["line_no"]))
    return out


def findings_for(report: dict, budget_items: list[dict], indicators: list[dict]) -> list[dict]:
    """All findings of one report (``version_conflict`` is decided across reports, at load)."""
    return (check_parts(report, budget_items) + check_rates(report, budget_items)
            + check_unit_slips(report, budget_items) + check_grade(report)
            + check_indicators(report, indicators) + check_restatements(report, budget_items))
