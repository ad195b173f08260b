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


def _result(findings: pl.DataFrame, what: str) -> dg.AssetCheckResult:
    files = sorted(set(findings.get_column("source_file").to_list())) if findings.height else []
    named = ", ".join(files[:20]) + (f" and {len(files) - 20} more" if len(files) > 20 else "")
    return dg.AssetCheckResult(
        passed=findings.height == 0,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{what}: not so in {named}" if files else f"{what}: holds everywhere",
        metadata={"findings": findings.height, "reports": len(files), "details": _md(findings)},
    )


def _quality_check(check: str, what: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset="quality_findings", name=check, blocking=False, description=what)
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        return _result(findings_of(warehouse.db_path(), check), what)

    return _check


QUALITY_CHECKS = [_quality_check(check, what) for check, what in CHECKS.items()]


@dg.asset_check(asset="indicators", blocking=False,
                description="The 得分 of each indicator table add up to its stated 总分.")
def indicator_scores_add_up(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    findings = findings_of(warehouse.db_path(), "indicator_scores_vs_total")
    result = _result(findings, "indicator scores add up to the stated 总分")
    return dg.AssetCheckResult(passed=result.passed, severity=result.severity, description=result.description,
                               metadata={**result.metadata, "reports_not_adding_up": len(
                                   set(findings.get_column("source_file").to_list())) if findings.height else 0})
