import polars as pl
import pandera.polars as pa


class SourceFiles(pa.DataFrameModel):
    """The manifest: every file seen, for incremental refreshes. The loader stamps ``loaded_at``
    and re-decides ``status`` (a report dropped by validation makes its file ``rejected``)."""

    source_file: str = pa.Field(unique=True)
    file_sha256: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$")
    report_id: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{16}$")
    size_bytes: pl.Int64 = pa.Field(ge=-1)  # -1: the entry could not be stat'ed (a dangling link)
    mtime_ns: pl.Int64
    source_format: str = pa.Field(nullable=True)
    status: str = pa.Field(isin=["loaded", "rejected"])
    extractor_version: str

    class Config:
        strict = True
        coerce = False
