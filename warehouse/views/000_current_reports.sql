-- Versions of the same report: two files for one department, fiscal year and report kind
-- (a corrected republication) both stay in `reports`. The current one is the file modified
-- last (a republication replaces what came before); ties go to the later source_file name.
-- Reports without a department or a year are each their own version.
CREATE OR REPLACE VIEW report_versions AS
WITH ranked AS (
    SELECT r.*,
           coalesce(r.department || '|' || r.fiscal_year || '|' || r.report_kind, r.report_id) AS version_key,
           m.mtime_ns
    FROM reports r
    LEFT JOIN (SELECT report_id, max(mtime_ns) AS mtime_ns FROM source_files GROUP BY report_id) m USING (report_id)
)
SELECT *,
       row_number() OVER (PARTITION BY version_key ORDER BY mtime_ns DESC NULLS LAST, source_file DESC) = 1
           AS is_current,
       count(*) OVER (PARTITION BY version_key) AS versions
FROM ranked;

CREATE OR REPLACE VIEW current_reports AS
SELECT * EXCLUDE (version_key, mtime_ns, is_current, versions)
FROM report_versions
WHERE is_current;
