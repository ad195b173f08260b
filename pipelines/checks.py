"""Dagster asset checks: one per reconciliation check of pipelines/quality.py, over the loaded
warehouse. Non-blocking (WARN): a finding is data quality to look at, not a broken invariant."""

import dagster as dg
import polars as pl

from pipelines.load import findings_of
from pipelines.quality import CHECKS
from pipelines.resources import WarehouseResource


def _md(df: pl.DataFrame) -> dg.MetadataValue:
    if df.height == 0:
        return dg.MetadataValue.md("none")
    with pl.Config(tbl_formatting="MARKDOWN", tbl_hide_column_data_types=True, tbl_hide_dataframe_shape=True,
                   tbl_rows=20, fmt_str_lengths=120):
        return dg.MetadataValue.md(str(df.select("source_file", "department", "fiscal_year", "line_no", "message")))


def _result(findings: pl.DataFrame, what: str) -> dict:
    """The fields of one check's result."""
    files = sorted(set(findings.get_column("source_file").to_list())) if findings.height else []
    named = ", ".join(files[:20]) + (f" and {len(files) - 20} more" if len(files) > 20 else "")
    return {
        "passed": findings.height == 0,
        "severity": dg.AssetCheckSeverity.WARN,
        "description": f"{what}: not so in {named}" if files else f"{what}: holds everywhere",
        "metadata": {"findings": findings.height, "reports": len(files), "details": _md(findings)},
    }


_SCORES_ADD_UP = "indicator_scores_add_up"
_SCORES_ADD_UP_WHAT = "indicator scores add up to the stated 总分"


@dg.multi_asset_check(
    specs=[dg.AssetCheckSpec(check, asset="quality_findings", description=what, blocking=False)
           for check, what in CHECKS.items()]
    + [dg.AssetCheckSpec(_SCORES_ADD_UP, asset="indicators", blocking=False,
                         description="The 得分 of each indicator table add up to its stated 总分.")],
    can_subset=True,
)
def quality_checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
    """Every check in one step: the warehouse is opened and the findings read once, not once per check."""
    findings = findings_of(warehouse.db_path())
    selected = {key.name for key in context.selected_asset_check_keys}
    for check, what in CHECKS.items():
        if check in selected:
            mine = findings.filter(pl.col("check") == check) if findings.height else findings
            yield dg.AssetCheckResult(check_name=check, asset_key="quality_findings", **_result(mine, what))
    if _SCORES_ADD_UP in selected:
        mine = findings.filter(pl.col("check") == "indicator_scores_vs_total") if findings.height else findings
        result = _result(mine, _SCORES_ADD_UP_WHAT)
        result["metadata"]["reports_not_adding_up"] = mine.get_column("source_file").n_unique() if mine.height else 0
        yield dg.AssetCheckResult(check_name=_SCORES_ADD_UP, asset_key="indicators", **result)
