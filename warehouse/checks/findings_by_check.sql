-- The findings of one check (parameter $check; NULL for all), with the report they are about.
SELECT f."check", f.severity, f.message, f.line_no, r.source_file, r.department, r.fiscal_year, r.report_id
FROM quality_findings f
JOIN reports r USING (report_id)
WHERE $check IS NULL OR f."check" = $check
ORDER BY r.source_file, f.line_no
