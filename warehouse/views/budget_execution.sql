-- Budget execution by department and year (current reports): stated rate, and the rate recomputed
-- from the canonical figures: 支出合计 / 全年预算数, or / (年初预算数 + 预算调整数) when 全年预算数 is
-- not stated (computed_rate_basis says which). Money in 万元 with 2 decimals.
CREATE OR REPLACE VIEW budget_execution AS
SELECT r.province, r.city, r.district, r.department, r.fiscal_year, r.report_kind,
       CAST(f.income_total_wan_yuan AS DECIMAL(18,2))      AS income_wan_yuan,
       CAST(f.expenditure_total_wan_yuan AS DECIMAL(18,2)) AS expenditure_wan_yuan,
       CAST(f.budget_initial_wan_yuan AS DECIMAL(18,2))    AS budget_initial_wan_yuan,
       CAST(f.budget_adjustment_wan_yuan AS DECIMAL(18,2)) AS budget_adjustment_wan_yuan,
       CAST(f.budget_full_year_wan_yuan AS DECIMAL(18,2))  AS budget_full_year_wan_yuan,
       r.budget_execution_rate_pct AS stated_execution_rate_pct,
       f.computed_execution_rate_pct,
       r.report_id, r.source_file,
       f.computed_rate_basis,
       d.department_id
FROM current_reports r
LEFT JOIN report_figures f ON f.report_id = r.report_id
LEFT JOIN report_departments d ON d.report_id = r.report_id
ORDER BY r.province, r.city, r.district, r.department, r.fiscal_year;

COMMENT ON VIEW budget_execution IS '各部门各年度预算执行情况（现行报告）：报告所述执行率与按规范科目计算的执行率；金额单位万元，保留两位小数';
COMMENT ON COLUMN budget_execution.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN budget_execution.city IS '市（地区、自治州）';
COMMENT ON COLUMN budget_execution.district IS '区县';
COMMENT ON COLUMN budget_execution.department IS '部门名称（报告中的写法）';
COMMENT ON COLUMN budget_execution.fiscal_year IS '预算年度';
COMMENT ON COLUMN budget_execution.report_kind IS '报告类型：department_overall（部门整体支出）或 project（项目支出）';
COMMENT ON COLUMN budget_execution.income_wan_yuan IS '收入合计（万元，两位小数）';
COMMENT ON COLUMN budget_execution.expenditure_wan_yuan IS '支出合计/全年执行数（万元，两位小数）';
COMMENT ON COLUMN budget_execution.budget_initial_wan_yuan IS '年初预算数（万元，两位小数）';
COMMENT ON COLUMN budget_execution.budget_adjustment_wan_yuan IS '预算调整数（万元，两位小数）';
COMMENT ON COLUMN budget_execution.budget_full_year_wan_yuan IS '全年预算数/调整后预算数（万元，两位小数）';
COMMENT ON COLUMN budget_execution.stated_execution_rate_pct IS '报告所述预算执行率（%）';
COMMENT ON COLUMN budget_execution.computed_execution_rate_pct IS '计算的预算执行率（%）：支出合计 ÷ 全年预算数；无全年预算数时 ÷（年初预算数 + 预算调整数）';
COMMENT ON COLUMN budget_execution.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN budget_execution.source_file IS '报告文件（相对 RAW_REPORTS_DIR 的路径）';
COMMENT ON COLUMN budget_execution.computed_rate_basis IS '计算执行率所用的分母：budget_full_year 或 budget_initial+budget_adjustment';
COMMENT ON COLUMN budget_execution.department_id IS '部门编号（-> departments）';
