import polars as pl
import pandera.polars as pa

from schemas.common import ITEM_CODES, MAX_YEAR, MIN_YEAR


class BudgetItems(pa.DataFrameModel):
    """One row per money figure about the department's funds, in 万元."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="报告编号（关联 reports）")
    fiscal_year: pl.Int32 = pa.Field(ge=MIN_YEAR, le=MAX_YEAR, description="金额所属年度")
    item: str = pa.Field(isin=ITEM_CODES, description="标准科目代码，如 income_total、expenditure_total，无法归类为 other")
    label: str = pa.Field(nullable=True, description="原文科目名称")
    # 10^8 万元 = one trillion yuan: anything above is a parsing slip, not a department budget.
    amount_wan_yuan: pl.Decimal(18, 6) = pa.Field(ge=0, le=100_000_000, description="金额（万元）")
    amount_raw: str = pa.Field(description="原文金额写法")
    line_no: pl.Int32 = pa.Field(ge=1, description="所在行号")

    class Config:
        description = "预算收支：报告中有关部门资金的每个金额一行，单位万元"
        strict = True
        coerce = False
