-- Files no longer in RAW_REPORTS_DIR whose rows the warehouse keeps (a refresh deletes them only with
-- drop_missing: true). A file put back leaves this list at the next refresh.
CREATE OR REPLACE VIEW removed_files AS
SELECT m.source_file, m.removed_at, m.status, m.report_id, r.department, r.fiscal_year, r.report_kind,
       r.report_id IS NOT NULL AS rows_kept
FROM source_files m
LEFT JOIN reports r ON r.report_id = m.report_id
WHERE m.removed_at IS NOT NULL;
COMMENT ON VIEW removed_files IS '已从 RAW_REPORTS_DIR 移除、但其行仍保留在仓库中的文件';
