-- Columns added after the first release: a warehouse built by an older version gains them here.
ALTER TABLE reports ADD COLUMN IF NOT EXISTS indicator_total_weight DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS indicator_total_score DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_execution_weight DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_execution_score DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_adjustment_rate_pct DOUBLE;
-- The evidence line of each report field (1-based line of the document's text, as budget_items.line_no),
-- and where the department was read: form (a label -> value cell), title, metadata (发布机构 …), text.
ALTER TABLE reports ADD COLUMN IF NOT EXISTS title_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS department_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS department_source VARCHAR;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS region_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS fiscal_year_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS report_kind_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS self_score_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS grade_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS staff_authorized_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS staff_actual_line_no INTEGER;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_execution_rate_line_no INTEGER;
ALTER TABLE source_files ADD COLUMN IF NOT EXISTS removed_at TIMESTAMP;
