-- Dimension of departments: one row per department_id (see 030_report_facts.sql: the same unit under
-- different spellings of its name and place is one id), over every loaded report, current or not.
CREATE OR REPLACE VIEW departments AS
WITH spelled AS (
    SELECT department_id, department_as_written AS spelling, count(*) AS n
    FROM report_departments
    WHERE department_id IS NOT NULL
    GROUP BY ALL
),
spellings AS (
    SELECT department_id, list(spelling ORDER BY n DESC, length(spelling) DESC, spelling) AS spellings
    FROM spelled
    GROUP BY department_id
)
SELECT d.department_id,
       any_value(d.department_name) AS department,
       any_value(r.province) AS province,
       any_value(r.city) AS city,
       any_value(r.district) AS district,
       any_value(d.department_core) AS department_core,
       any_value(s.spellings) AS spellings,
       count(*) AS reports,
       count(*) FILTER (WHERE r.report_kind = 'department_overall') AS overall_reports,
       count(*) FILTER (WHERE r.report_kind = 'project') AS project_reports,
       min(r.fiscal_year) AS first_fiscal_year,
       max(r.fiscal_year) AS last_fiscal_year
FROM report_departments d
JOIN reports r USING (report_id)
JOIN spellings s USING (department_id)
GROUP BY d.department_id
ORDER BY province, city, district, department;

COMMENT ON VIEW departments IS '部门维度表：每个部门编号一行（同一单位不同写法的名称合并为一个编号），统计全部已载入报告';
COMMENT ON COLUMN departments.department_id IS '部门编号：md5(省|市|区县|核心名称) 的前 12 位十六进制，稳定不变';
COMMENT ON COLUMN departments.department IS '部门规范名称：最常见的写法，并列取最长';
COMMENT ON COLUMN departments.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN departments.city IS '市（地区、自治州）';
COMMENT ON COLUMN departments.district IS '区县';
COMMENT ON COLUMN departments.department_core IS '核心名称：去掉开头的省、市、区县全称或简称后的部门名称';
COMMENT ON COLUMN departments.spellings IS '报告中出现过的全部名称写法，最常见的在前（并列取最长）';
COMMENT ON COLUMN departments.reports IS '报告数（含被新版本取代的报告）';
COMMENT ON COLUMN departments.overall_reports IS '部门整体支出报告数';
COMMENT ON COLUMN departments.project_reports IS '项目支出报告数';
COMMENT ON COLUMN departments.first_fiscal_year IS '最早的预算年度';
COMMENT ON COLUMN departments.last_fiscal_year IS '最晚的预算年度';
