"""Bounds shared by the models."""

import datetime as _dt

MIN_YEAR = 2000
# A report cannot evaluate a year that has not started yet.
MAX_YEAR = _dt.date.today().year + 1
SOURCE_FORMATS = ["txt", "pdf", "docx", "html", "xlsx", "xls", "doc"]
REPORT_KINDS = ["department_overall", "project"]
GRADES = ["优", "良", "中", "差"]
TARGET_OPS = [">=", "<=", ">", "<", "="]
ITEM_CODES = [
    "income_total", "expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_personnel",
    "expenditure_public", "budget_initial", "budget_adjustment", "budget_full_year", "three_public_total",
    "carryover_begin", "carryover_end", "other",
]
