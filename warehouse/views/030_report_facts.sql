-- Building blocks of the marts: which department a report belongs to (report_departments), and
-- one row of facts per current report (report_facts).
--
-- department_id: the same unit under different spellings is one id. The report's own resolved
-- province, city and district, full (陕西省, 西安市, 雁塔区) and short (陕西, 西安, 雁塔; 恩施 for
-- 恩施土家族苗族自治州, and 恩施州), are stripped from the front of the department's name, longest first and
-- repeatedly, leaving its core name (西安市雁塔区司法局 and 雁塔区司法局 -> 司法局); the id is the first
-- 12 hex digits of md5('province|city|district|core') (a place not resolved counts as ''). Short
-- forms under 2 characters are not stripped. A report without a department has no id.
-- The department's display name is its most common spelling, ties to the longest.
CREATE OR REPLACE VIEW report_departments AS
WITH place_names AS (
    -- what is stripped depends only on the place, not on the report: worked out once per place
    SELECT DISTINCT province, city, district
    FROM reports
    WHERE department IS NOT NULL
),
shorts AS (
    SELECT province, city, district,
           list_transform([province, city, district], lambda p: regexp_replace(p,
               '((蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族|维吾尔)*(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|盟|县|区|旗)$',
               '')) AS short_names
    FROM place_names
),
places AS (
    -- full names, short names, and 恩施州 / 长阳县 for an autonomous 州 / 县 / 旗
    SELECT province, city, district,
           list_distinct(list_filter(
               list_concat([province, city, district], short_names,
                           list_transform(list_zip([province, city, district], short_names),
                                          lambda z: CASE WHEN regexp_matches(z[1], '自治[州县旗]$')
                                                         THEN z[2] || right(z[1], 1) END)),
               lambda a: length(a) >= 2)) AS aliases
    FROM shorts
),
patterns AS (
    SELECT province, city, district,
           '^(?:' || string_agg(regexp_escape(alias), '|' ORDER BY length(alias) DESC, alias) || ')+' AS pattern
    FROM (SELECT province, city, district, unnest(aliases) AS alias FROM places)
    GROUP BY province, city, district
),
cores AS (
    -- a pattern that is not a constant is compiled for every row it is applied to: applied once per
    -- department and place, not once per report
    SELECT d.department, d.province, d.city, d.district,
           coalesce(nullif(regexp_replace(d.department, pt.pattern, ''), ''), d.department) AS department_core
    FROM (SELECT DISTINCT department, province, city, district FROM reports WHERE department IS NOT NULL) d
    LEFT JOIN patterns pt ON pt.province IS NOT DISTINCT FROM d.province AND pt.city IS NOT DISTINCT FROM d.city
                             AND pt.district IS NOT DISTINCT FROM d.district
),
keyed AS (
    SELECT r.report_id, r.department, c.department_core,
           substr(md5(concat_ws('|', coalesce(r.province, ''), coalesce(r.city, ''), coalesce(r.district, ''),
                                c.department_core)),
                  1, 12) AS department_id
    FROM reports r
    JOIN cores c ON c.department = r.department AND c.province IS NOT DISTINCT FROM r.province
                    AND c.city IS NOT DISTINCT FROM r.city AND c.district IS NOT DISTINCT FROM r.district
),
spellings AS (
    SELECT department_id, department,
           row_number() OVER (PARTITION BY department_id
                              ORDER BY count(*) DESC, length(department) DESC, department) AS preference
    FROM keyed
    GROUP BY department_id, department
)
SELECT r.report_id, k.department_id, s.department AS department_name, r.department AS department_as_written,
       k.department_core
FROM reports r
LEFT JOIN keyed k USING (report_id)
LEFT JOIN spellings s ON s.department_id = k.department_id AND s.preference = 1;

-- One row per current report (current_reports): department, money, rates, shares, score and the
-- counts of its indicators judged by direction (indicator_judgement), with completeness flags.
CREATE OR REPLACE VIEW report_facts AS
WITH judged AS (
    SELECT report_id,
           count(*) AS indicators,
           count(*) FILTER (WHERE attainment <> 'unknown') AS indicators_judged,
           count(*) FILTER (WHERE attainment = 'met') AS indicators_met,
           count(*) FILTER (WHERE attainment = 'not met') AS indicators_not_met,
           count(*) FILTER (WHERE attainment = 'unknown') AS indicators_unknown
    FROM indicator_judgement
    GROUP BY report_id
)
SELECT d.department_id, d.department_name AS department, c.department AS department_as_written,
       c.province, c.city, c.district, c.fiscal_year, c.report_kind,
       f.* EXCLUDE (report_id, fiscal_year, computed_execution_rate_pct, computed_rate_basis, computed_adjustment_rate_pct),
       c.budget_execution_rate_pct AS stated_execution_rate_pct,
       f.computed_execution_rate_pct, f.computed_rate_basis,
       c.budget_adjustment_rate_pct AS stated_adjustment_rate_pct,
       f.computed_adjustment_rate_pct,
       c.staff_authorized, c.staff_actual, c.self_score, c.grade,
       coalesce(j.indicators, 0) AS indicators,
       coalesce(j.indicators_judged, 0) AS indicators_judged,
       coalesce(j.indicators_met, 0) AS indicators_met,
       coalesce(j.indicators_not_met, 0) AS indicators_not_met,
       coalesce(j.indicators_unknown, 0) AS indicators_unknown,
       c.department IS NOT NULL AS has_department,
       c.fiscal_year IS NOT NULL AS has_fiscal_year,
       f.budget_full_year_wan_yuan IS NOT NULL OR f.budget_initial_wan_yuan IS NOT NULL AS has_budget,
       f.expenditure_total_wan_yuan IS NOT NULL AS has_expenditure,
       f.income_total_wan_yuan IS NOT NULL AS has_income,
       c.budget_execution_rate_pct IS NOT NULL OR f.computed_execution_rate_pct IS NOT NULL AS has_execution_rate,
       c.self_score IS NOT NULL AS has_self_score,
       c.grade IS NOT NULL AS has_grade,
       c.staff_actual IS NOT NULL OR c.staff_authorized IS NOT NULL AS has_staff,
       coalesce(j.indicators, 0) > 0 AS has_indicators,
       coalesce(j.indicators_judged, 0) > 0 AS has_judged_indicators,
       c.report_id, c.source_file, c.mtime_ns
FROM report_versions c
LEFT JOIN report_departments d USING (report_id)
LEFT JOIN report_figures f USING (report_id)
LEFT JOIN judged j USING (report_id)
WHERE c.is_current;

COMMENT ON VIEW report_departments IS '中间视图：每份报告所属部门的稳定编号 department_id（同一单位的不同写法为同一编号）及其规范名称';
COMMENT ON COLUMN report_departments.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN report_departments.department_id IS '部门编号：md5(省|市|区县|核心名称) 的前 12 位十六进制；报告无部门名称时为空';
COMMENT ON COLUMN report_departments.department_name IS '部门规范名称：该编号下出现最多的写法，并列取最长';
COMMENT ON COLUMN report_departments.department_as_written IS '本报告中的部门名称写法';
COMMENT ON COLUMN report_departments.department_core IS '核心名称：去掉开头的省、市、区县全称或简称后的部门名称（如 司法局）';
COMMENT ON VIEW report_facts IS '中间视图：每份现行报告一行的事实（部门、金额、比率、得分、指标达成计数、完整性标志）；集市视图据此汇总';
