-- Attainment of each indicator, and per department-year the share of targets met.
-- A bare target (`100%`, op '=') is read as "reach at least this value". Unknown when the target
-- or the result has no number, or their units differ.
CREATE OR REPLACE VIEW indicator_attainment AS
SELECT r.department, r.province, r.city, r.district, r.fiscal_year,
       i.seq, i.level1, i.level2, i.name, i.target_raw, i.actual_raw, i.target_op, i.target_value, i.actual_value,
       i.target_unit, i.actual_unit, i.weight, i.score, i.source_kind,
       CASE
           WHEN i.target_value IS NULL OR i.actual_value IS NULL THEN 'unknown'
           WHEN i.target_unit IS DISTINCT FROM i.actual_unit
                AND i.target_unit IS NOT NULL AND i.actual_unit IS NOT NULL THEN 'unknown'
           WHEN i.target_op IN ('>=', '=') THEN CASE WHEN i.actual_value >= i.target_value THEN 'met' ELSE 'not met' END
           WHEN i.target_op = '>' THEN CASE WHEN i.actual_value > i.target_value THEN 'met' ELSE 'not met' END
           WHEN i.target_op = '<=' THEN CASE WHEN i.actual_value <= i.target_value THEN 'met' ELSE 'not met' END
           WHEN i.target_op = '<' THEN CASE WHEN i.actual_value < i.target_value THEN 'met' ELSE 'not met' END
           ELSE 'unknown'
       END AS attainment,
       r.report_id, i.line_no
FROM indicators i
JOIN current_reports r USING (report_id);

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
