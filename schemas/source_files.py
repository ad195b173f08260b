import polars as pl
import pandera.polars as pa


class SourceFiles(pa.DataFrameModel):
    """The manifest: every file seen, for incremental refreshes. The loader stamps ``loaded_at``
    and re-decides ``status`` (a report dropped by validation makes its file ``rejected``)."""

    source_file: str = pa.Field(unique=True, description="源文件：相对于 RAW_REPORTS_DIR 的路径")
    file_sha256: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$", description="文件字节的 SHA-256")
    report_id: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{16}$", description="入库的报告编号")
    size_bytes: pl.Int64 = pa.Field(ge=-1, description="文件大小（字节）")  # -1: the entry could not be stat'ed (a dangling link)
    mtime_ns: pl.Int64 = pa.Field(description="文件修改时间（纳秒）")
    source_format: str = pa.Field(nullable=True, description="文件格式")
    status: str = pa.Field(isin=["loaded", "rejected"], description="状态：loaded 已入库，rejected 未入库")
    extractor_version: str = pa.Field(description="解析代码版本")

    class Config:
        description = "文件清单：每次刷新见到的文件，用于增量刷新"
        strict = True
        coerce = False


# Columns the loader stamps (not part of the batch frames), per table: (description, SQL type).
STAMPED_BY_LOADER = {"source_files": {
    "loaded_at": ("入库时间", "TIMESTAMP"),
    "removed_at": ("文件从 RAW_REPORTS_DIR 中移除的时间（其行仍保留）；文件在目录中时为空", "TIMESTAMP"),
}}
