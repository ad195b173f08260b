"""Dagster asset checks over the loaded warehouse (non-blocking: data quality, not invariants)."""

import dagster as dg
import polars as pl

from pipelines.load import run_check_query
from pipelines.resources import WarehouseResource


@dg.asset_check(asset="indicators", blocking=False,
                description="The 得分 of each indicator table add up to its stated 总分.")
def indicator_scores_add_up(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    findings = run_check_query(warehouse.db_path(), "indicator_scores_add_up")
    preview = ""
    if findings.height:
        with pl.Config(tbl_formatting="MARKDOWN", tbl_hide_column_data_types=True, tbl_hide_dataframe_shape=True):
            preview = str(findings.select("source_file", "department", "fiscal_year", "stated_total_score",
                                          "computed_total_score"))
    return dg.AssetCheckResult(
        passed=findings.height == 0,
        severity=dg.AssetCheckSeverity.WARN,
        description=("scores do not add up in: " + ", ".join(findings.get_column("source_file").to_list()))
        if findings.height else "every indicator table adds up",
        metadata={"reports_not_adding_up": findings.height, "findings": dg.MetadataValue.md(preview or "none")},
    )
