-- The quality findings of one check with the report they are about: `FROM findings_of('unit_slip')`.
-- Each asset check (warehouse/checks/*.sql) is a query over the warehouse returning its failing rows.
CREATE OR REPLACE MACRO findings_of(name) AS TABLE
SELECT r.source_file, r.department, r.fiscal_year, f.line_no, f.message, f.severity, r.report_id
FROM quality_findings f
JOIN reports r USING (report_id)
WHERE f."check" = name
ORDER BY r.source_file, f.line_no;
