import polars as pl
import pandera.polars as pa

from pipelines.quality import CHECKS


class QualityFindings(pa.DataFrameModel):
    """What the reconciliation checks found wrong in a report."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    check: str = pa.Field(isin=list(CHECKS))
    severity: str = pa.Field(isin=["error", "warning", "info"])
    message: str = pa.Field(str_length={"min_value": 1})
    line_no: pl.Int32 = pa.Field(nullable=True, ge=1)

    class Config:
        strict = True
        coerce = False
