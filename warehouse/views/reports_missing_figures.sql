-- Current reports lacking key figures, with the file to look at: one row per report missing at least
-- one of department, fiscal year, self-score, grade, expenditure (支出合计), budget (全年 or 年初预算数),
-- execution rate (stated or computable), indicators, or an indicator whose attainment can be judged.
CREATE OR REPLACE VIEW reports_missing_figures AS
WITH checked AS (
    SELECT *,
           list_filter([
               CASE WHEN NOT has_department THEN 'department' END,
               CASE WHEN NOT has_fiscal_year THEN 'fiscal_year' END,
               CASE WHEN NOT has_self_score THEN 'self_score' END,
               CASE WHEN NOT has_grade THEN 'grade' END,
               CASE WHEN NOT has_expenditure THEN 'expenditure_total' END,
               CASE WHEN NOT has_budget THEN 'budget' END,
               CASE WHEN NOT has_execution_rate THEN 'execution_rate' END,
               CASE WHEN NOT has_indicators THEN 'indicators' END,
               CASE WHEN has_indicators AND NOT has_judged_indicators THEN 'judged_indicators' END
           ], lambda m: m IS NOT NULL) AS missing
    FROM report_facts
)
SELECT source_file, department_as_written AS department, province, city, district, fiscal_year, report_kind,
       missing,
       array_to_string(list_transform(missing, lambda m: CASE m
           WHEN 'department' THEN '部门名称' WHEN 'fiscal_year' THEN '预算年度' WHEN 'self_score' THEN '自评得分'
           WHEN 'grade' THEN '自评等级' WHEN 'expenditure_total' THEN '支出合计' WHEN 'budget' THEN '预算数'
           WHEN 'execution_rate' THEN '预算执行率' WHEN 'indicators' THEN '绩效指标'
           WHEN 'judged_indicators' THEN '可判断的指标目标' END), '、') AS missing_zh,
       len(missing) AS missing_count,
       NOT has_self_score AS lacks_self_score,
       NOT has_expenditure AS lacks_expenditure,
       NOT has_budget AS lacks_budget,
       NOT has_execution_rate AS lacks_execution_rate,
       NOT has_indicators AS lacks_indicators,
       indicators, indicators_judged,
       department_id, report_id
FROM checked
WHERE len(missing) > 0
ORDER BY missing_count DESC, source_file;

COMMENT ON VIEW reports_missing_figures IS '缺少关键数据的现行报告及其文件：部门名称、年度、自评得分、等级、支出合计、预算数、执行率、绩效指标或可判断的指标目标';
COMMENT ON COLUMN reports_missing_figures.source_file IS '报告文件（相对 RAW_REPORTS_DIR 的路径）';
COMMENT ON COLUMN reports_missing_figures.department IS '部门名称（报告中的写法）';
COMMENT ON COLUMN reports_missing_figures.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN reports_missing_figures.city IS '市（地区、自治州）';
COMMENT ON COLUMN reports_missing_figures.district IS '区县';
COMMENT ON COLUMN reports_missing_figures.fiscal_year IS '预算年度';
COMMENT ON COLUMN reports_missing_figures.report_kind IS '报告类型：department_overall（部门整体支出）或 project（项目支出）';
COMMENT ON COLUMN reports_missing_figures.missing IS '缺少的数据代码：department、fiscal_year、self_score、grade、expenditure_total、budget、execution_rate、indicators、judged_indicators';
COMMENT ON COLUMN reports_missing_figures.missing_zh IS '缺少的数据（中文）';
COMMENT ON COLUMN reports_missing_figures.missing_count IS '缺少的数据项数';
COMMENT ON COLUMN reports_missing_figures.lacks_self_score IS '是否缺自评得分';
COMMENT ON COLUMN reports_missing_figures.lacks_expenditure IS '是否缺支出合计';
COMMENT ON COLUMN reports_missing_figures.lacks_budget IS '是否缺预算数（全年预算数与年初预算数均无）';
COMMENT ON COLUMN reports_missing_figures.lacks_execution_rate IS '是否缺预算执行率（既未报告也无法计算）';
COMMENT ON COLUMN reports_missing_figures.lacks_indicators IS '是否缺绩效指标';
COMMENT ON COLUMN reports_missing_figures.indicators IS '绩效指标数';
COMMENT ON COLUMN reports_missing_figures.indicators_judged IS '可判断达成情况的指标数';
COMMENT ON COLUMN reports_missing_figures.department_id IS '部门编号（-> departments）';
COMMENT ON COLUMN reports_missing_figures.report_id IS '报告编号（-> reports）';
