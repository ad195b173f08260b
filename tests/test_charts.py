"""Charts render even when a report's department was not found (a NULL label)."""

import polars as pl

from pipelines.charts import render_charts


def test_charts_accept_a_report_without_department(tmp_path):
    frames = {
        "execution": pl.DataFrame({"department": [None, "某某县信访局"], "fiscal_year": [2023, 2023], "rate": [95.0, 97.0]}),
        "score_vs_rate": pl.DataFrame({"department": [None], "rate": [95.0], "self_score": [90.0]}),
        "targets_met": pl.DataFrame({"label": [None, "某某县信访局 2023"], "share_met_pct": [80.0, 100.0]}),
    }
    charts = render_charts(frames, tmp_path)
    assert len(charts) == 3 and all(c.path.exists() for c in charts)
