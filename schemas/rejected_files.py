import polars as pl
import pandera.polars as pa


class RejectedFiles(pa.DataFrameModel):
    """Every input that could not be fully loaded, and why."""

    source_file: str = pa.Field(description="源文件：相对于 RAW_REPORTS_DIR 的路径")
    file_sha256: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$", description="文件字节的 SHA-256（无法读取时为空）")
    stage: str = pa.Field(isin=["discover", "read", "parse", "validate", "load"], description="环节：read 读取、parse 解析、validate 校验、duplicate 重复等")
    error: str = pa.Field(str_length={"min_value": 1}, description="原因及处理办法")
    detected_at: pl.Datetime("us") = pa.Field(description="发现时间")

    class Config:
        description = "未能完整入库的文件及原因"
        strict = True
        coerce = False
