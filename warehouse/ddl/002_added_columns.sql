-- Columns added after the first release: a warehouse built by an older version gains them here.
ALTER TABLE reports ADD COLUMN IF NOT EXISTS indicator_total_weight DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS indicator_total_score DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_execution_weight DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_execution_score DOUBLE;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS budget_adjustment_rate_pct DOUBLE;
