"""Budget performance self-evaluation reports -> DuckDB warehouse (Dagster code location)."""
