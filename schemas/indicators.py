import polars as pl
import pandera.polars as pa

from schemas.common import TARGET_OPS


# the row-wide check's name: validation sets the score to NULL when it fails (pipelines/validate.py)
SCORE_OVER_WEIGHT = "score is greater than weight"


class Indicators(pa.DataFrameModel):
    """One row per performance indicator (绩效指标)."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    seq: pl.Int32 = pa.Field(ge=1)
    level1: str = pa.Field(nullable=True)
    level2: str = pa.Field(nullable=True)
    name: str
    target_raw: str = pa.Field(nullable=True)
    actual_raw: str = pa.Field(nullable=True)
    target_op: str = pa.Field(nullable=True, isin=TARGET_OPS)
    target_value: pl.Float64 = pa.Field(nullable=True)
    actual_value: pl.Float64 = pa.Field(nullable=True)
    target_unit: str = pa.Field(nullable=True)
    actual_unit: str = pa.Field(nullable=True)
    weight: pl.Float64 = pa.Field(nullable=True, ge=0)
    score: pl.Float64 = pa.Field(nullable=True, ge=0)
    source_kind: str = pa.Field(isin=["table", "narrative"])
    line_no: pl.Int32 = pa.Field(ge=1)

    @pa.dataframe_check(error=SCORE_OVER_WEIGHT)
    def score_within_weight(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("score").is_null() | pl.col("weight").is_null() | (pl.col("score") <= pl.col("weight"))
        )

    class Config:
        strict = True
        coerce = False
