-- League table of budget execution: rank within each fiscal year and report kind (a project report
-- is never ranked among department-wide ones), highest rate first, one row per department
-- (department_year). The rate is the stated one, else the one computed from the figures.
CREATE OR REPLACE VIEW execution_league AS
WITH rated AS (
    SELECT *,
           coalesce(stated_execution_rate_pct, computed_execution_rate_pct) AS execution_rate_pct,
           CASE WHEN stated_execution_rate_pct IS NOT NULL THEN 'stated' ELSE 'computed' END AS execution_rate_source
    FROM department_year
    WHERE coalesce(stated_execution_rate_pct, computed_execution_rate_pct) IS NOT NULL
)
SELECT fiscal_year, report_kind,
       rank() OVER (PARTITION BY fiscal_year, report_kind ORDER BY execution_rate_pct DESC) AS rank_in_year,
       count(*) OVER (PARTITION BY fiscal_year, report_kind) AS ranked,
       department, province, city, district,
       execution_rate_pct, execution_rate_source, stated_execution_rate_pct, computed_execution_rate_pct,
       expenditure_total_wan_yuan, budget_full_year_wan_yuan, self_score, grade,
       department_id, report_id, source_file
FROM rated
ORDER BY fiscal_year DESC, report_kind, rank_in_year;

COMMENT ON VIEW execution_league IS '预算执行率排行：按预算年度与报告类型分别排名（项目支出报告不与部门整体报告同榜），执行率高者在前';
COMMENT ON COLUMN execution_league.fiscal_year IS '预算年度';
COMMENT ON COLUMN execution_league.report_kind IS '报告类型：department_overall（部门整体支出）或 project（项目支出）';
COMMENT ON COLUMN execution_league.rank_in_year IS '同年度同类型报告中的名次（并列同名次）';
COMMENT ON COLUMN execution_league.ranked IS '同年度同类型参与排名的部门数';
COMMENT ON COLUMN execution_league.department IS '部门规范名称';
COMMENT ON COLUMN execution_league.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN execution_league.city IS '市（地区、自治州）';
COMMENT ON COLUMN execution_league.district IS '区县';
COMMENT ON COLUMN execution_league.execution_rate_pct IS '排名所用的预算执行率（%）：报告所述，无则按科目计算';
COMMENT ON COLUMN execution_league.execution_rate_source IS '执行率来源：stated（报告所述）或 computed（计算）';
COMMENT ON COLUMN execution_league.stated_execution_rate_pct IS '报告所述预算执行率（%）';
COMMENT ON COLUMN execution_league.computed_execution_rate_pct IS '计算的预算执行率（%）';
COMMENT ON COLUMN execution_league.expenditure_total_wan_yuan IS '支出合计（万元，两位小数）';
COMMENT ON COLUMN execution_league.budget_full_year_wan_yuan IS '全年预算数（万元，两位小数）';
COMMENT ON COLUMN execution_league.self_score IS '自评得分';
COMMENT ON COLUMN execution_league.grade IS '自评等级';
COMMENT ON COLUMN execution_league.department_id IS '部门编号（-> departments）';
COMMENT ON COLUMN execution_league.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN execution_league.source_file IS '报告文件';
