import polars as pl
import pandera.polars as pa

from schemas.common import ITEM_CODES, MAX_YEAR, MIN_YEAR


class BudgetItems(pa.DataFrameModel):
    """One row per money figure about the department's funds, in 万元."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    fiscal_year: pl.Int32 = pa.Field(ge=MIN_YEAR, le=MAX_YEAR)
    item: str = pa.Field(isin=ITEM_CODES)
    label: str = pa.Field(nullable=True)
    # 10^8 万元 = one trillion yuan: anything above is a parsing slip, not a department budget.
    amount_wan_yuan: pl.Decimal(18, 6) = pa.Field(ge=0, le=100_000_000)
    amount_raw: str
    line_no: pl.Int32 = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = False
