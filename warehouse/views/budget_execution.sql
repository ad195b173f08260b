-- Budget execution by department and year: stated rate, and the rate recomputed from the
-- canonical figures (全年执行数 / 全年预算数) where both are stated.
CREATE OR REPLACE VIEW budget_execution AS
WITH figures AS (
    SELECT report_id, fiscal_year,
           max(amount_wan_yuan) FILTER (WHERE item = 'income_total')      AS income_wan_yuan,
           max(amount_wan_yuan) FILTER (WHERE item = 'expenditure_total') AS expenditure_wan_yuan,
           max(amount_wan_yuan) FILTER (WHERE item = 'budget_initial')    AS budget_initial_wan_yuan,
           max(amount_wan_yuan) FILTER (WHERE item = 'budget_full_year')  AS budget_full_year_wan_yuan
    FROM budget_items
    GROUP BY report_id, fiscal_year
)
SELECT r.province, r.city, r.district, r.department, r.fiscal_year, r.report_kind,
       f.income_wan_yuan, f.expenditure_wan_yuan, f.budget_initial_wan_yuan, f.budget_full_year_wan_yuan,
       r.budget_execution_rate_pct AS stated_execution_rate_pct,
       round(100 * f.expenditure_wan_yuan / nullif(f.budget_full_year_wan_yuan, 0), 2) AS computed_execution_rate_pct,
       r.report_id, r.source_file
FROM current_reports r
LEFT JOIN figures f ON f.report_id = r.report_id AND f.fiscal_year = r.fiscal_year
ORDER BY r.province, r.city, r.district, r.department, r.fiscal_year;
