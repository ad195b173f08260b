import polars as pl
import pandera.polars as pa

from pipelines.check_names import CHECKS


class QualityFindings(pa.DataFrameModel):
    """What the reconciliation checks found wrong in a report."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="报告编号（关联 reports）")
    check: str = pa.Field(isin=list(CHECKS), description="检查名称")
    severity: str = pa.Field(isin=["error", "warning", "info"], description="严重程度：error、warning、info")
    message: str = pa.Field(str_length={"min_value": 1}, description="发现的问题说明")
    line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="相关行号")

    class Config:
        description = "质量发现：核对检查在每份报告中发现的问题"
        strict = True
        coerce = False
