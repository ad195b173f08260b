-- League table of self-given scores: rank within each fiscal year and report kind, highest first (a
-- project report is never ranked among department-wide ones). One row per department
-- (department_year: two spellings of one unit are ranked once).
CREATE OR REPLACE VIEW self_score_league AS
SELECT fiscal_year,
       rank() OVER (PARTITION BY fiscal_year, report_kind ORDER BY self_score DESC) AS rank_in_year,
       department, province, city, district, report_kind, self_score, grade,
       stated_execution_rate_pct AS budget_execution_rate_pct, report_id,
       count(*) OVER (PARTITION BY fiscal_year, report_kind) AS ranked,
       department_id, source_file
FROM department_year
WHERE self_score IS NOT NULL
ORDER BY fiscal_year DESC, report_kind, rank_in_year;

COMMENT ON VIEW self_score_league IS '自评得分排行：按预算年度与报告类型分别排名（项目支出报告不与部门整体报告同榜），得分高者在前';
COMMENT ON COLUMN self_score_league.fiscal_year IS '预算年度';
COMMENT ON COLUMN self_score_league.rank_in_year IS '同年度同类型报告中的名次（并列同名次）';
COMMENT ON COLUMN self_score_league.department IS '部门规范名称';
COMMENT ON COLUMN self_score_league.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN self_score_league.city IS '市（地区、自治州）';
COMMENT ON COLUMN self_score_league.district IS '区县';
COMMENT ON COLUMN self_score_league.report_kind IS '报告类型：department_overall（部门整体支出）或 project（项目支出）';
COMMENT ON COLUMN self_score_league.self_score IS '自评得分';
COMMENT ON COLUMN self_score_league.grade IS '自评等级：优、良、中、差';
COMMENT ON COLUMN self_score_league.budget_execution_rate_pct IS '报告所述预算执行率（%）';
COMMENT ON COLUMN self_score_league.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN self_score_league.ranked IS '同年度同类型参与排名的部门数';
COMMENT ON COLUMN self_score_league.department_id IS '部门编号（-> departments）';
COMMENT ON COLUMN self_score_league.source_file IS '报告文件';
