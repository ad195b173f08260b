import polars as pl
import pandera.polars as pa

from schemas.common import GRADES, MAX_YEAR, MIN_YEAR, REPORT_KINDS, SOURCE_FORMATS


class Reports(pa.DataFrameModel):
    """One row per distinct document (same bytes twice = one row)."""

    report_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$", description="报告编号：文件字节 SHA-256 的前 16 位十六进制")
    source_file: str = pa.Field(description="源文件：相对于 RAW_REPORTS_DIR 的路径")
    source_format: str = pa.Field(isin=SOURCE_FORMATS, description="文件格式：txt、pdf、docx、html、xlsx、xls、doc")
    title: str = pa.Field(nullable=True, description="报告标题")
    department: str = pa.Field(nullable=True, description="报告单位（按文中写法）")
    province: str = pa.Field(nullable=True, description="省级行政区（全称）")
    city: str = pa.Field(nullable=True, description="地级行政区（全称）")
    district: str = pa.Field(nullable=True, description="县级行政区（全称）")
    fiscal_year: pl.Int32 = pa.Field(nullable=True, ge=MIN_YEAR, le=MAX_YEAR, description="评价的预算年度")
    report_kind: str = pa.Field(isin=REPORT_KINDS, description="报告类型：department_overall 部门整体支出，project 项目支出")
    self_score: pl.Float64 = pa.Field(nullable=True, ge=0, le=100, description="自评总分")
    grade: str = pa.Field(nullable=True, isin=GRADES, description="自评等级：优、良、中、差")
    staff_authorized: pl.Int32 = pa.Field(nullable=True, ge=0, le=100_000, description="编制人数")
    staff_actual: pl.Int32 = pa.Field(nullable=True, ge=0, le=100_000, description="实有人数")
    budget_execution_rate_pct: pl.Float64 = pa.Field(nullable=True, ge=0, le=200, description="报告所述预算执行率（%）")
    # beyond the contract: the 总分 row of the indicator table and the 分值/得分 of the funds row
    indicator_total_weight: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000, description="绩效指标表总分值")
    indicator_total_score: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000, description="绩效指标表总得分")
    budget_execution_weight: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000, description="预算执行率的分值")
    budget_execution_score: pl.Float64 = pa.Field(nullable=True, ge=0, le=1000, description="预算执行率的得分")
    budget_adjustment_rate_pct: pl.Float64 = pa.Field(nullable=True, ge=-100, le=1000, description="报告所述预算调整率（%）")
    # beyond the contract: the line each report field was read from (1-based, as budget_items.line_no),
    # and where the department was read (form cell, title, page metadata, running text)
    title_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="标题所在行号")
    department_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="报告单位所在行号")
    department_source: str = pa.Field(nullable=True, isin=["form", "title", "metadata", "text"], description="报告单位的出处：form 表格、title 标题、metadata 页面信息、text 正文")
    region_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="行政区划依据所在行号")
    fiscal_year_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="预算年度所在行号")
    report_kind_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="报告类型依据所在行号")
    self_score_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="自评得分所在行号")
    grade_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="自评等级所在行号")
    staff_authorized_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="编制人数所在行号")
    staff_actual_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="实有人数所在行号")
    budget_execution_rate_line_no: pl.Int32 = pa.Field(nullable=True, ge=1, description="预算执行率所在行号")

    class Config:
        description = "报告：每份不同的绩效自评报告一行（相同字节的文件只计一次）"
        strict = True
        coerce = False
