-- Building block of the marts (not a mart itself): one row per report with its canonical budget
-- figures for the fiscal year the report evaluates, in 万元 at full precision (the marts round them
-- to 2 decimals), and the execution and adjustment rates recomputed from them.
-- A figure stated twice with different values counts as first stated (lowest line_no), as the load
-- keeps the first of two equal ones. Figures of other years (a table of several years) are left out.
-- Computed execution rate = 支出合计 / 全年预算数; when 全年预算数 is not stated,
-- 支出合计 / (年初预算数 + 预算调整数) (全年预算数 is by definition 年初预算数 + 预算调整数).
CREATE OR REPLACE VIEW report_figures AS
WITH items AS (
    SELECT b.report_id, b.fiscal_year,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'income_total')          AS income_total_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'expenditure_total')     AS expenditure_total_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'expenditure_basic')     AS expenditure_basic_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'expenditure_project')   AS expenditure_project_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'expenditure_personnel') AS expenditure_personnel_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'expenditure_public')    AS expenditure_public_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'budget_initial')        AS budget_initial_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'budget_adjustment')     AS budget_adjustment_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'budget_full_year')      AS budget_full_year_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'three_public_total')    AS three_public_total_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'carryover_begin')       AS carryover_begin_wan_yuan,
           arg_min(b.amount_wan_yuan, b.line_no) FILTER (WHERE b.item = 'carryover_end')         AS carryover_end_wan_yuan
    FROM budget_items b
    JOIN reports r ON r.report_id = b.report_id AND r.fiscal_year = b.fiscal_year
    WHERE b.item <> 'other'
    GROUP BY b.report_id, b.fiscal_year
),
based AS (
    SELECT *,
           CASE WHEN budget_full_year_wan_yuan > 0 THEN 'budget_full_year'
                WHEN budget_initial_wan_yuan + budget_adjustment_wan_yuan > 0 THEN 'budget_initial+budget_adjustment'
           END AS budget_basis,
           CASE WHEN budget_full_year_wan_yuan > 0 THEN budget_full_year_wan_yuan
                WHEN budget_initial_wan_yuan + budget_adjustment_wan_yuan > 0
                    THEN budget_initial_wan_yuan + budget_adjustment_wan_yuan
           END AS budget_for_rate_wan_yuan
    FROM items
)
SELECT * EXCLUDE (budget_basis, budget_for_rate_wan_yuan),
       round(100 * expenditure_total_wan_yuan / budget_for_rate_wan_yuan, 2) AS computed_execution_rate_pct,
       CASE WHEN expenditure_total_wan_yuan IS NOT NULL THEN budget_basis END AS computed_rate_basis,
       round(100 * budget_adjustment_wan_yuan / nullif(budget_initial_wan_yuan, 0), 2) AS computed_adjustment_rate_pct
FROM based;

COMMENT ON VIEW report_figures IS '中间视图：每份报告所评价年度的规范预算科目（万元，全精度）及据此计算的执行率、调整率；供各集市视图使用';
COMMENT ON COLUMN report_figures.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN report_figures.fiscal_year IS '预算年度（即报告评价的年度）';
COMMENT ON COLUMN report_figures.income_total_wan_yuan IS '收入合计（万元）';
COMMENT ON COLUMN report_figures.expenditure_total_wan_yuan IS '支出合计/全年执行数（万元）';
COMMENT ON COLUMN report_figures.expenditure_basic_wan_yuan IS '基本支出（万元）';
COMMENT ON COLUMN report_figures.expenditure_project_wan_yuan IS '项目支出（万元）';
COMMENT ON COLUMN report_figures.expenditure_personnel_wan_yuan IS '人员经费（万元）';
COMMENT ON COLUMN report_figures.expenditure_public_wan_yuan IS '公用经费（万元）';
COMMENT ON COLUMN report_figures.budget_initial_wan_yuan IS '年初预算数（万元）';
COMMENT ON COLUMN report_figures.budget_adjustment_wan_yuan IS '预算调整数（万元）';
COMMENT ON COLUMN report_figures.budget_full_year_wan_yuan IS '全年预算数/调整后预算数（万元）';
COMMENT ON COLUMN report_figures.three_public_total_wan_yuan IS '“三公”经费（万元）';
COMMENT ON COLUMN report_figures.carryover_begin_wan_yuan IS '年初结转和结余（万元）';
COMMENT ON COLUMN report_figures.carryover_end_wan_yuan IS '年末结转和结余（万元）';
COMMENT ON COLUMN report_figures.computed_execution_rate_pct IS '计算的预算执行率（%）：支出合计 ÷ 全年预算数；无全年预算数时 ÷（年初预算数 + 预算调整数）';
COMMENT ON COLUMN report_figures.computed_rate_basis IS '计算执行率所用的分母：budget_full_year（全年预算数）或 budget_initial+budget_adjustment（年初预算数 + 预算调整数）';
COMMENT ON COLUMN report_figures.computed_adjustment_rate_pct IS '计算的预算调整率（%）：预算调整数 ÷ 年初预算数';
