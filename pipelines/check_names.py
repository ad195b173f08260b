"""The reconciliation checks whose findings extraction reports: the values of ``quality_findings.check``.

What each checks is said once, in its asset check (warehouse/checks/<name>.sql); a test keeps the two
lists the same. A module of its own, importing nothing: the table's pandera model (schemas/) reads the
names without loading the extraction rules into the run's process.
"""

CHECKS = (
    "parts_basic_project_vs_total", "parts_personnel_public_vs_basic", "balance_income_vs_expenditure",
    "indicator_scores_vs_total", "execution_rate_recomputed", "adjustment_rate_recomputed", "unit_slip",
    "grade_vs_score", "score_above_weight", "restated_differently", "version_conflict",
)
