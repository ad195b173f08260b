-- Findings for reports superseded by another version of the same department, year and kind.
-- Which version is current is decided by the view current_reports (warehouse/views/000_current_reports.sql).
SELECT r.report_id, 'version_conflict' AS "check", 'warning' AS severity,
       'another version of this report exists (' || c.source_file || ', report ' || c.report_id ||
       '); that one is current: its file was modified last' AS message,
       CAST(NULL AS INTEGER) AS line_no
FROM report_versions r
JOIN report_versions c
  ON c.version_key = r.version_key AND c.is_current AND NOT r.is_current
