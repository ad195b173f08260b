import polars as pl
import pandera.polars as pa

from schemas.common import GRADES, MAX_YEAR, MIN_YEAR, REPORT_KINDS, SOURCE_FORMATS


class Reports(pa.DataFrameModel):
    """One row per distinct document (same bytes twice = one row)."""

    report_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$")
    source_file: str
    source_format: str = pa.Field(isin=SOURCE_FORMATS)
    title: str = pa.Field(nullable=True)
    department: str = pa.Field(nullable=True)
    province: str = pa.Field(nullable=True)
    city: str = pa.Field(nullable=True)
    district: str = pa.Field(nullable=True)
    fiscal_year: pl.Int32 = pa.Field(nullable=True, ge=MIN_YEAR, le=MAX_YEAR)
    report_kind: str = pa.Field(isin=REPORT_KINDS)
    self_score: pl.Float64 = pa.Field(nullable=True, ge=0, le=100)
    grade: str = pa.Field(nullable=True, isin=GRADES)
    staff_authorized: pl.Int32 = pa.Field(nullable=True, ge=0, le=100_000)
    staff_actual: pl.Int32 = pa.Field(nullable=True, ge=0, le=100_000)
    budget_execution_rate_pct: pl.Float64 = pa.Field(nullable=True, ge=0, le=200)
    # beyond the contract: the 总分 row of the indicator table and the 分值/得分 of the funds row
    indicator_total_weight: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000)
    indicator_total_score: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000)
    budget_execution_weight: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000)
    budget_execution_score: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000)
    budget_adjustment_rate_pct: pl.Float64 = pa.Field(nullable=True, ge=-100, le=1000)
    # beyond the contract: the line each report field was read from (1-based, as budget_items.line_no),
    # and where the department was read (form cell, title, page metadata, running text)
    title_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    department_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    department_source: str = pa.Field(nullable=True, isin=["form", "title", "metadata", "text"])
    region_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    fiscal_year_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    report_kind_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    self_score_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    grade_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    staff_authorized_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    staff_actual_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)
    budget_execution_rate_line_no: pl.Int32 = pa.Field(nullable=True, ge=1)

    class Config:
        strict = True
        coerce = False
