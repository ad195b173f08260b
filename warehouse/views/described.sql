-- DESCRIBE in DuckDB 1.5 shows no comments: `FROM described('department_year')` lists a table's or
-- view's columns with their types and Chinese descriptions.
CREATE OR REPLACE MACRO described(name) AS TABLE
SELECT column_name, data_type, comment
FROM duckdb_columns()
WHERE table_name = name AND NOT internal
ORDER BY column_index;
