-- Indicator tables whose 得分 do not add up to the stated 总分.
-- The 总分 row sometimes includes the funds row (年度资金总额: 分值 10, 得分 10): it counts when the
-- indicator weights plus the funds weight make the stated total weight.
WITH sums AS (
    SELECT report_id, sum(score) AS score_sum, sum(weight) AS weight_sum
    FROM indicators
    WHERE source_kind = 'table'
    GROUP BY report_id
)
SELECT r.report_id, r.source_file, r.department, r.fiscal_year,
       r.indicator_total_score AS stated_total_score,
       s.score_sum + CASE WHEN abs(s.weight_sum + coalesce(r.budget_execution_weight, 0)
                                   - coalesce(r.indicator_total_weight, s.weight_sum)) < 0.01
                          THEN coalesce(r.budget_execution_score, 0) ELSE 0 END AS computed_total_score
FROM reports r
JOIN sums s USING (report_id)
WHERE r.indicator_total_score IS NOT NULL
  AND abs(r.indicator_total_score - (s.score_sum + CASE WHEN abs(s.weight_sum + coalesce(r.budget_execution_weight, 0)
                                   - coalesce(r.indicator_total_weight, s.weight_sum)) < 0.01
                          THEN coalesce(r.budget_execution_score, 0) ELSE 0 END)) > 0.01
ORDER BY r.source_file;
