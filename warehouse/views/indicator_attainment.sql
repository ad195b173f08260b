-- Attainment of each indicator (current reports), and per department-year the share of targets met.
-- Direction-aware (see 020_indicator_judgement.sql): a target with ≤ / < / 以内 / 不超过 / 不高于 / 低于,
-- or an indicator counting something bad (差错率, 投诉率, 事故, 成本 …, list in indicator_direction_words),
-- is met when the result is at or below the target; otherwise at or above (a bare `100%` is "at least").
-- Unknown when the target or the result has no number, or their units differ.
CREATE OR REPLACE VIEW indicator_attainment AS
SELECT r.department, r.province, r.city, r.district, r.fiscal_year,
       i.seq, i.level1, i.level2, i.name, i.target_raw, i.actual_raw, i.target_op, i.target_value, i.actual_value,
       i.target_unit, i.actual_unit, i.weight, i.score, i.source_kind,
       j.attainment,
       r.report_id, i.line_no,
       r.report_kind, j.direction, j.direction_basis, j.direction_word
FROM indicators i
JOIN current_reports r USING (report_id)
JOIN indicator_judgement j USING (report_id, seq);

CREATE OR REPLACE VIEW target_attainment_by_department AS
SELECT department, province, city, district, fiscal_year,
       count(*) AS indicators,
       count(*) FILTER (WHERE attainment = 'met') AS met,
       count(*) FILTER (WHERE attainment = 'not met') AS not_met,
       count(*) FILTER (WHERE attainment = 'unknown') AS unknown,
       round(100.0 * count(*) FILTER (WHERE attainment = 'met')
             / nullif(count(*) FILTER (WHERE attainment <> 'unknown'), 0), 1) AS share_met_pct
FROM indicator_attainment
GROUP BY ALL
ORDER BY fiscal_year DESC, department;

COMMENT ON VIEW indicator_attainment IS '每个绩效指标（现行报告）的目标、实际完成值与达成情况，按指标方向判断（越低越好的指标实际值不高于目标即达成）';
COMMENT ON COLUMN indicator_attainment.department IS '部门名称（报告中的写法）';
COMMENT ON COLUMN indicator_attainment.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN indicator_attainment.city IS '市（地区、自治州）';
COMMENT ON COLUMN indicator_attainment.district IS '区县';
COMMENT ON COLUMN indicator_attainment.fiscal_year IS '预算年度';
COMMENT ON COLUMN indicator_attainment.seq IS '指标在文中的顺序号';
COMMENT ON COLUMN indicator_attainment.level1 IS '一级指标（产出、效益、满意度、成本指标等）';
COMMENT ON COLUMN indicator_attainment.level2 IS '二级指标（数量、质量、时效指标等）';
COMMENT ON COLUMN indicator_attainment.name IS '三级指标名称';
COMMENT ON COLUMN indicator_attainment.target_raw IS '年度指标值（原文）';
COMMENT ON COLUMN indicator_attainment.actual_raw IS '实际完成值（原文）';
COMMENT ON COLUMN indicator_attainment.target_op IS '解析出的目标比较符：>=、<=、>、< 或 =（无比较符的目标）';
COMMENT ON COLUMN indicator_attainment.target_value IS '目标数值';
COMMENT ON COLUMN indicator_attainment.actual_value IS '实际完成数值';
COMMENT ON COLUMN indicator_attainment.target_unit IS '目标单位';
COMMENT ON COLUMN indicator_attainment.actual_unit IS '实际完成值单位';
COMMENT ON COLUMN indicator_attainment.weight IS '分值';
COMMENT ON COLUMN indicator_attainment.score IS '得分';
COMMENT ON COLUMN indicator_attainment.source_kind IS '来源：table（绩效指标表）或 narrative（正文）';
COMMENT ON COLUMN indicator_attainment.attainment IS '达成情况：met（达成）、not met（未达成）、unknown（无数字或单位不同）';
COMMENT ON COLUMN indicator_attainment.report_id IS '报告编号（-> reports）';
COMMENT ON COLUMN indicator_attainment.line_no IS '证据行号（文档提取文本中的第几行）';
COMMENT ON COLUMN indicator_attainment.report_kind IS '报告类型：department_overall（部门整体支出）或 project（项目支出）';
COMMENT ON COLUMN indicator_attainment.direction IS '指标方向：at_most（越低越好）或 at_least（越高越好）';
COMMENT ON COLUMN indicator_attainment.direction_basis IS '方向的依据：target_op、target_raw、name、level1 或 default';
COMMENT ON COLUMN indicator_attainment.direction_word IS '决定方向的比较符或词';
COMMENT ON VIEW target_attainment_by_department IS '各部门各年度绩效指标目标达成情况（按方向判断）';
COMMENT ON COLUMN target_attainment_by_department.department IS '部门名称（报告中的写法）';
COMMENT ON COLUMN target_attainment_by_department.province IS '省（自治区、直辖市）';
COMMENT ON COLUMN target_attainment_by_department.city IS '市（地区、自治州）';
COMMENT ON COLUMN target_attainment_by_department.district IS '区县';
COMMENT ON COLUMN target_attainment_by_department.fiscal_year IS '预算年度';
COMMENT ON COLUMN target_attainment_by_department.indicators IS '绩效指标数';
COMMENT ON COLUMN target_attainment_by_department.met IS '达成目标的指标数';
COMMENT ON COLUMN target_attainment_by_department.not_met IS '未达成目标的指标数';
COMMENT ON COLUMN target_attainment_by_department.unknown IS '无法判断的指标数（无数字或单位不同）';
COMMENT ON COLUMN target_attainment_by_department.share_met_pct IS '可判断指标中达成目标的比例（%）';
