import polars as pl
import pandera.polars as pa

from schemas.common import TARGET_OPS


# the row-wide check's name: validation sets the score to NULL when it fails (pipelines/validate.py)
SCORE_OVER_WEIGHT = "score is greater than weight"


class Indicators(pa.DataFrameModel):
    """One row per performance indicator (绩效指标)."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="报告编号（关联 reports）")
    seq: pl.Int32 = pa.Field(ge=1, description="指标在文中的顺序，从 1 起")
    level1: str = pa.Field(nullable=True, description="一级指标")
    level2: str = pa.Field(nullable=True, description="二级指标")
    name: str = pa.Field(description="三级指标（指标名称）")
    target_raw: str = pa.Field(nullable=True, description="年度指标值（原文）")
    actual_raw: str = pa.Field(nullable=True, description="实际完成值（原文）")
    target_op: str = pa.Field(nullable=True, isin=TARGET_OPS, description="指标值的比较方向：>=、<=、>、<、=")
    target_value: pl.Float64 = pa.Field(nullable=True, description="指标值（数值）")
    actual_value: pl.Float64 = pa.Field(nullable=True, description="完成值（数值）")
    target_unit: str = pa.Field(nullable=True, description="指标值单位")
    actual_unit: str = pa.Field(nullable=True, description="完成值单位")
    weight: pl.Float64 = pa.Field(nullable=True, ge=0, description="分值")
    score: pl.Float64 = pa.Field(nullable=True, ge=0, description="得分")
    source_kind: str = pa.Field(isin=["table", "narrative"], description="来源：table 绩效指标表，narrative 正文叙述")
    line_no: pl.Int32 = pa.Field(ge=1, description="所在行号")

    @pa.dataframe_check(error=SCORE_OVER_WEIGHT)
    def score_within_weight(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("score").is_null() | pl.col("weight").is_null() | (pl.col("score") <= pl.col("weight"))
        )

    class Config:
        description = "绩效指标：每个绩效指标一行"
        strict = True
        coerce = False
