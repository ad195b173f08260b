-- One row per department (department_id) x fiscal year x report kind: every canonical budget item in
-- 万元 with 2 decimals, execution and adjustment rates, spending shares, spending per staff, the
-- self-score, the indicators judged by direction, and completeness flags.
-- Which report: among the current reports (current_reports) of the same department_id, year and kind
-- (two spellings of one unit are two current reports there), the file modified last, ties to the
-- later source_file name: the rule of 000_current_reports.sql. A report without a department or a
-- year is a row of its own (department_id NULL when no department).
-- Shares: 基本支出 and 项目支出 as parts of 支出合计; 人员经费 and 公用经费 as parts of 基本支出 (what
-- they make up together, as the quality check parts_personnel_public_vs_basic compares).
-- Spending per staff: 支出合计 / 实有人数, or / 编制数 when 实有人数 is not stated.
CREATE OR REPLACE VIEW department_year AS
WITH ranked AS (
    SELECT *,
           CASE WHEN department_id IS NULL OR fiscal_year IS NULL THEN report_id
                ELSE department_id || '|' || fiscal_year || '|' || report_kind END AS group_key
    FROM report_facts
),
picked AS (
    SELECT *,
           row_number() OVER (PARTITION BY group_key ORDER BY mtime_ns DESC NULLS LAST, source_file DESC) AS pick,
           count(*) OVER (PARTITION BY group_key) AS candidate_reports
    FROM ranked
)
SELECT department_id, department, department_as_written, province, city, district, fiscal_year, report_kind,
       CAST(income_total_wan_yuan AS DECIMAL(18,2))          AS income_total_wan_yuan,
       CAST(expenditure_total_wan_yuan AS DECIMAL(18,2))     AS expenditure_total_wan_yuan,
       CAST(expenditure_basic_wan_yuan AS DECIMAL(18,2))     AS expenditure_basic_wan_yuan,
       CAST(expenditure_project_wan_yuan AS DECIMAL(18,2))   AS expenditure_project_wan_yuan,
       CAST(expenditure_personnel_wan_yuan AS DECIMAL(18,2)) AS expenditure_personnel_wan_yuan,
       CAST(expenditure_public_wan_yuan AS DECIMAL(18,2))    AS expenditure_public_wan_yuan,
       CAST(budget_initial_wan_yuan AS DECIMAL(18,2))        AS budget_initial_wan_yuan,
       CAST(budget_adjustment_wan_yuan AS DECIMAL(18,2))     AS budget_adjustment_wan_yuan,
       CAST(budget_full_year_wan_yuan AS DECIMAL(18,2))      AS budget_full_year_wan_yuan,
       CAST(three_public_total_wan_yuan AS DECIMAL(18,2))    AS three_public_total_wan_yuan,
       CAST(carryover_begin_wan_yuan AS DECIMAL(18,2))       AS carryover_begin_wan_yuan,
       CAST(carryover_end_wan_yuan AS DECIMAL(18,2))         AS carryover_end_wan_yuan,
       stated_execution_rate_pct, computed_execution_rate_pct, computed_rate_basis,
       stated_adjustment_rate_pct, computed_adjustment_rate_pct AS adjustment_rate_pct,
       round(100 * expenditure_basic_wan_yuan / nullif(expenditure_total_wan_yuan, 0), 2)      AS basic_share_pct,
       round(100 * expenditure_project_wan_yuan / nullif(expenditure_total_wan_yuan, 0), 2)    AS project_share_pct,
       round(100 * expenditure_personnel_wan_yuan / nullif(expenditure_basic_wan_yuan, 0), 2)  AS personnel_share_of_basic_pct,
       round(100 * expenditure_public_wan_yuan / nullif(expenditure_basic_wan_yuan, 0), 2)     AS public_share_of_basic_pct,
       staff_authorized, staff_actual,
       CAST(expenditure_total_wan_yuan / coalesce(nullif(staff_actual, 0), nullif(staff_authorized, 0))
            AS DECIMAL(18,2)) AS expenditure_per_staff_wan_yuan,
       CASE WHEN expenditure_total_wan_yuan IS NULL THEN NULL
            WHEN staff_actual > 0 THEN 'staff_actual'
            WHEN staff_authorized > 0 THEN 'staff_authorized' END AS per_staff_basis,
       self_score, grade,
       indicators, indicators_judged, indicators_met, indicators_not_met, indicators_unknown,
       round(100.0 * indicators_met / nullif(indicators_judged, 0), 1) AS share_met_pct,
       has_budget, has_expenditure, has_income, has_execution_rate, has_self_score, has_grade, has_staff,
       has_indicators, has_judged_indicators,
       report_id, source_file, candidate_reports
FROM picked
WHERE pick = 1
ORDER BY province, city, district, department, fiscal_year, report_kind;

COMMENT ON VIEW department_year IS '部门 × 年度 × 报告类型一行：全部规范预算科目（万元，两位小数）、执行率、调整率、支出结构、人均支出、自评得分、指标达成与完整性标志';
COMMENT ON COLUMN department_year.department_id IS '部门编号（-> departments）：同一单位不同写法为同一编号；无部门名称的报告为空';
COMMENT ON COLUMN department_year.department IS '部门规范名称（该编号下最常见的写法）';
COMMENT ON COLUMN department_year.department_as_written IS '所选报告中的部门名称写法';
COMMENT ON COLUMN department_year.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN department_year.city IS '市（地区、自治州）';
COMMENT ON COLUMN department_year.district IS '区县';
COMMENT ON COLUMN department_year.fiscal_year IS '预算年度';
COMMENT ON COLUMN department_year.report_kind IS '报告类型：department_overall（部门整体支出）或 project（项目支出）';
COMMENT ON COLUMN department_year.income_total_wan_yuan IS '收入合计（万元，两位小数）';
COMMENT ON COLUMN department_year.expenditure_total_wan_yuan IS '支出合计/全年执行数（万元，两位小数）';
COMMENT ON COLUMN department_year.expenditure_basic_wan_yuan IS '基本支出（万元，两位小数）';
COMMENT ON COLUMN department_year.expenditure_project_wan_yuan IS '项目支出（万元，两位小数）';
COMMENT ON COLUMN department_year.expenditure_personnel_wan_yuan IS '人员经费（万元，两位小数）';
COMMENT ON COLUMN department_year.expenditure_public_wan_yuan IS '公用经费（万元，两位小数）';
COMMENT ON COLUMN department_year.budget_initial_wan_yuan IS '年初预算数（万元，两位小数）';
COMMENT ON COLUMN department_year.budget_adjustment_wan_yuan IS '预算调整数（万元，两位小数）';
COMMENT ON COLUMN department_year.budget_full_year_wan_yuan IS '全年预算数/调整后预算数（万元，两位小数）';
COMMENT ON COLUMN department_year.three_public_total_wan_yuan IS '“三公”经费（万元，两位小数）';
COMMENT ON COLUMN department_year.carryover_begin_wan_yuan IS '年初结转和结余（万元，两位小数）';
COMMENT ON COLUMN department_year.carryover_end_wan_yuan IS '年末结转和结余（万元，两位小数）';
COMMENT ON COLUMN department_year.stated_execution_rate_pct IS '报告所述预算执行率（%）';
COMMENT ON COLUMN department_year.computed_execution_rate_pct IS '计算的预算执行率（%）：支出合计 ÷ 全年预算数；无全年预算数时 ÷（年初预算数 + 预算调整数）';
COMMENT ON COLUMN department_year.computed_rate_basis IS '计算执行率所用的分母：budget_full_year 或 budget_initial+budget_adjustment';
COMMENT ON COLUMN department_year.stated_adjustment_rate_pct IS '报告所述预算调整率（%）';
COMMENT ON COLUMN department_year.adjustment_rate_pct IS '计算的预算调整率（%）：预算调整数 ÷ 年初预算数';
COMMENT ON COLUMN department_year.basic_share_pct IS '基本支出占支出合计的比例（%）';
COMMENT ON COLUMN department_year.project_share_pct IS '项目支出占支出合计的比例（%）';
COMMENT ON COLUMN department_year.personnel_share_of_basic_pct IS '人员经费占基本支出的比例（%）';
COMMENT ON COLUMN department_year.public_share_of_basic_pct IS '公用经费占基本支出的比例（%）';
COMMENT ON COLUMN department_year.staff_authorized IS '编制数（人）';
COMMENT ON COLUMN department_year.staff_actual IS '实有人数（人）';
COMMENT ON COLUMN department_year.expenditure_per_staff_wan_yuan IS '人均支出（万元/人，两位小数）：支出合计 ÷ 实有人数；无实有人数时 ÷ 编制数';
COMMENT ON COLUMN department_year.per_staff_basis IS '人均支出所用的人数：staff_actual（实有人数）或 staff_authorized（编制数）';
COMMENT ON COLUMN department_year.self_score IS '自评得分';
COMMENT ON COLUMN department_year.grade IS '自评等级：优、良、中、差';
COMMENT ON COLUMN department_year.indicators IS '绩效指标数';
COMMENT ON COLUMN department_year.indicators_judged IS '可判断达成情况的指标数（目标与实际值均有数字且单位一致）';
COMMENT ON COLUMN department_year.indicators_met IS '达成目标的指标数（按指标方向判断）';
COMMENT ON COLUMN department_year.indicators_not_met IS '未达成目标的指标数';
COMMENT ON COLUMN department_year.indicators_unknown IS '无法判断的指标数';
COMMENT ON COLUMN department_year.share_met_pct IS '可判断指标中达成目标的比例（%）';
COMMENT ON COLUMN department_year.has_budget IS '是否有预算数（全年预算数或年初预算数）';
COMMENT ON COLUMN department_year.has_expenditure IS '是否有支出合计';
COMMENT ON COLUMN department_year.has_income IS '是否有收入合计';
COMMENT ON COLUMN department_year.has_execution_rate IS '是否有预算执行率（报告所述或可计算）';
COMMENT ON COLUMN department_year.has_self_score IS '是否有自评得分';
COMMENT ON COLUMN department_year.has_grade IS '是否有自评等级';
COMMENT ON COLUMN department_year.has_staff IS '是否有人员数（实有人数或编制数）';
COMMENT ON COLUMN department_year.has_indicators IS '是否有绩效指标';
COMMENT ON COLUMN department_year.has_judged_indicators IS '是否有可判断达成情况的绩效指标';
COMMENT ON COLUMN department_year.report_id IS '所选报告编号（-> reports）';
COMMENT ON COLUMN department_year.source_file IS '所选报告文件（相对 RAW_REPORTS_DIR 的路径）';
COMMENT ON COLUMN department_year.candidate_reports IS '该部门、年度、类型的现行报告数（不同写法各算一份；大于 1 时只取最后修改的一份）';
