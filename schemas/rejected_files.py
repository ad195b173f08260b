import polars as pl
import pandera.polars as pa


class RejectedFiles(pa.DataFrameModel):
    """Every input that could not be fully loaded, and why."""

    source_file: str
    file_sha256: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$")
    stage: str = pa.Field(isin=["discover", "read", "parse", "validate", "load"])
    error: str = pa.Field(str_length={"min_value": 1})
    detected_at: pl.Datetime("us")

    class Config:
        strict = True
        coerce = False
