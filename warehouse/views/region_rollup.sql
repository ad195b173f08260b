-- Roll-ups by province and by city, over department_year (each department, year and kind once).
-- region_rollup holds both levels (level = 'province' | 'city'); province_rollup and city_rollup are
-- each level alone. total_expenditure_wan_yuan adds up the department-wide (部门整体) reports only: a
-- project's spending is already part of its department's. The average execution rate takes the
-- stated rate, else the computed one. Key figures: self-score, expenditure, execution rate, indicators.
CREATE OR REPLACE VIEW region_rollup AS
SELECT CASE WHEN grouping(city) = 1 THEN 'province' ELSE 'city' END AS level,
       province, city,
       count(*) AS reports,
       count(*) FILTER (WHERE report_kind = 'department_overall') AS overall_reports,
       count(*) FILTER (WHERE report_kind = 'project') AS project_reports,
       count(DISTINCT department_id) AS departments,
       list_sort(list_distinct(list(fiscal_year))) AS fiscal_years,
       min(fiscal_year) AS first_fiscal_year,
       max(fiscal_year) AS last_fiscal_year,
       round(avg(self_score), 2) AS avg_self_score,
       CAST(sum(expenditure_total_wan_yuan) FILTER (WHERE report_kind = 'department_overall') AS DECIMAL(18,2))
           AS total_expenditure_wan_yuan,
       round(avg(coalesce(stated_execution_rate_pct, computed_execution_rate_pct)), 2) AS avg_execution_rate_pct,
       count(*) FILTER (WHERE has_self_score) AS reports_with_self_score,
       count(*) FILTER (WHERE has_expenditure) AS reports_with_expenditure,
       count(*) FILTER (WHERE has_budget) AS reports_with_budget,
       count(*) FILTER (WHERE has_execution_rate) AS reports_with_execution_rate,
       count(*) FILTER (WHERE has_indicators) AS reports_with_indicators,
       count(*) FILTER (WHERE NOT (has_self_score AND has_expenditure AND has_execution_rate AND has_indicators))
           AS reports_lacking_key_figures
FROM department_year
GROUP BY GROUPING SETS ((province), (province, city))
ORDER BY province, level DESC, city;

CREATE OR REPLACE VIEW province_rollup AS
SELECT * EXCLUDE (level, city) FROM region_rollup WHERE level = 'province';

CREATE OR REPLACE VIEW city_rollup AS
SELECT * EXCLUDE (level) FROM region_rollup WHERE level = 'city';

COMMENT ON VIEW region_rollup IS '按省、按市汇总（level 区分）：报告数、部门数、覆盖年度、平均自评得分、支出总额、平均执行率与关键数据覆盖情况';
COMMENT ON COLUMN region_rollup.level IS '汇总层级：province（省）或 city（市）';
COMMENT ON COLUMN region_rollup.province IS '省（自治区、直辖市）；空为未识别';
COMMENT ON COLUMN region_rollup.city IS '市（地区、自治州）；省级汇总行为空，市级行为空表示未识别到市';
COMMENT ON COLUMN region_rollup.reports IS '报告数（部门 × 年度 × 类型各计一份）';
COMMENT ON COLUMN region_rollup.overall_reports IS '部门整体支出报告数';
COMMENT ON COLUMN region_rollup.project_reports IS '项目支出报告数';
COMMENT ON COLUMN region_rollup.departments IS '部门数（按部门编号去重）';
COMMENT ON COLUMN region_rollup.fiscal_years IS '覆盖的预算年度';
COMMENT ON COLUMN region_rollup.first_fiscal_year IS '最早的预算年度';
COMMENT ON COLUMN region_rollup.last_fiscal_year IS '最晚的预算年度';
COMMENT ON COLUMN region_rollup.avg_self_score IS '平均自评得分';
COMMENT ON COLUMN region_rollup.total_expenditure_wan_yuan IS '支出合计之和（万元，两位小数；只计部门整体支出报告，项目支出已含在部门支出内）';
COMMENT ON COLUMN region_rollup.avg_execution_rate_pct IS '平均预算执行率（%）：报告所述，无则用计算值';
COMMENT ON COLUMN region_rollup.reports_with_self_score IS '有自评得分的报告数';
COMMENT ON COLUMN region_rollup.reports_with_expenditure IS '有支出合计的报告数';
COMMENT ON COLUMN region_rollup.reports_with_budget IS '有预算数的报告数';
COMMENT ON COLUMN region_rollup.reports_with_execution_rate IS '有预算执行率（所述或可计算）的报告数';
COMMENT ON COLUMN region_rollup.reports_with_indicators IS '有绩效指标的报告数';
COMMENT ON COLUMN region_rollup.reports_lacking_key_figures IS '缺少关键数据（自评得分、支出合计、执行率、绩效指标之一）的报告数';
COMMENT ON VIEW province_rollup IS '按省汇总（region_rollup 的省级行）';
COMMENT ON VIEW city_rollup IS '按市汇总（region_rollup 的市级行）';
