-- League table of self-given scores: rank within each fiscal year, highest first.
CREATE OR REPLACE VIEW self_score_league AS
SELECT fiscal_year,
       rank() OVER (PARTITION BY fiscal_year ORDER BY self_score DESC) AS rank_in_year,
       department, province, city, district, report_kind, self_score, grade,
       budget_execution_rate_pct, report_id
FROM current_reports
WHERE self_score IS NOT NULL
ORDER BY fiscal_year DESC, rank_in_year;
