"""Charts and the summary page: counts beside every share, 无 for an empty section, findings with
their file and line, league tables per report kind, and one set of files per warehouse."""

import os
import re
import shutil

import polars as pl
import pytest

from pipelines.charts import build, chart_folder, render_charts, summary_path, write_summary
from tests.support import SAMPLES, refresh

GANGU = "county_pipe_table_gangu_xinfang_2023.txt"
OVERSCORED = "|  |  | 县级领导接访下访次数 | ≥48次 | 52次 | 10 | 12 |"


@pytest.fixture(scope="module")
def two_warehouses(tmp_path_factory):
    """Two warehouses in one folder: ``a`` from the samples, ``b`` from one report whose indicator
    scores 12 of a weight of 10 (a quality finding with a line number)."""
    root = tmp_path_factory.mktemp("two")
    raw_b = root / "raw_b"
    raw_b.mkdir()
    text = (SAMPLES / GANGU).read_text(encoding="utf-8")
    assert "| 县级领导接访下访次数 | ≥48次 | 52次 | 10 | 10 |" in text
    (raw_b / "gangu_overscored.txt").write_text(
        text.replace("|  |  | 县级领导接访下访次数 | ≥48次 | 52次 | 10 | 10 |", OVERSCORED), encoding="utf-8")
    a, b = root / "a.duckdb", root / "b.duckdb"
    refresh(SAMPLES, a)
    refresh(raw_b, b)
    return a, b, raw_b


def _sections(page: str) -> dict[str, str]:
    """Each <h2> heading with what follows it up to the next one."""
    parts = re.split(r"<h2>(.*?)</h2>", page.split("</h1>", 1)[1])
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_charts_accept_a_report_without_department(tmp_path):
    frames = {
        "execution": pl.DataFrame({"department": [None, "某某县信访局"], "fiscal_year": [2023, 2023], "rate": [95.0, 97.0]}),
        "score_vs_rate": pl.DataFrame({"department": [None], "rate": [95.0], "self_score": [90.0]}),
        "targets_met": pl.DataFrame({"label": [None, "某某县信访局 2023"], "share_met_pct": [80.0, 100.0]}),
    }
    charts = render_charts(frames, tmp_path)
    assert len(charts) == 3 and all(c.path.exists() for c in charts)


def one_of_eight() -> dict[str, pl.DataFrame]:
    """One department-year whose 100% comes from 1 judged indicator of 8."""
    return {
        "execution": pl.DataFrame({"department": ["某某县信访局"], "fiscal_year": [2023], "rate": [97.5],
                                   "spent_wan_yuan": [950.0], "budget_wan_yuan": [974.36]}),
        "score_vs_rate": pl.DataFrame({"department": ["某某县信访局"], "rate": [97.5], "self_score": [90.0]}),
        "targets_met": pl.DataFrame({
            "label": ["某某县信访局 2023"], "department": ["某某县信访局"], "fiscal_year": [2023],
            "report_kind": ["department_overall"], "share_met_pct": [100.0], "met": [1], "not_met": [0],
            "unknown": [7], "judged": [1], "indicators": [8]}),
    }


def test_every_share_carries_its_counts(tmp_path, monkeypatch):
    from matplotlib.axes import Axes

    written: list[str] = []
    text = Axes.text
    monkeypatch.setattr(Axes, "text", lambda self, x, y, s, *a, **k: written.append(str(s)) or text(self, x, y, s, *a, **k))
    frames = one_of_eight()
    charts = render_charts(frames, tmp_path / "charts")
    bar = next(s for s in written if "100.0%" in s)
    assert "1/8" in bar and "1/1" in bar  # on the bar: met of judged, judged of all
    assert any("950.00" in s and "974.36" in s for s in written)  # the execution rate's amounts

    page = write_summary(frames, charts, tmp_path / "summary.html", tmp_path / "w.duckdb").read_text(encoding="utf-8")
    targets = _sections(page)["绩效指标目标达成情况"]
    row = re.search(r"<tr><td>某某县信访局</td>.*?</tr>", targets)[0]
    assert "<td>100.0</td>" in row and "<td>1/1</td>" in row and "<td>1/8</td>" in row


def test_an_empty_section_says_none(tmp_path):
    frames = {
        "execution": pl.DataFrame(schema={"department": pl.String, "fiscal_year": pl.Int32, "rate": pl.Float64}),
        "score_vs_rate": pl.DataFrame(schema={"department": pl.String, "rate": pl.Float64, "self_score": pl.Float64}),
        "targets_met": pl.DataFrame(schema={"label": pl.String, "share_met_pct": pl.Float64}),
        "findings": pl.DataFrame(schema={"check": pl.String, "severity": pl.String, "findings": pl.Int64}),
        "rejections": pl.DataFrame(schema={"stage": pl.String, "reason": pl.String, "files": pl.Int64}),
    }
    charts = render_charts(frames, tmp_path / "charts")
    assert all(c.empty for c in charts)
    page = write_summary(frames, charts, tmp_path / "summary.html", tmp_path / "w.duckdb").read_text(encoding="utf-8")
    sections = _sections(page)
    assert len(sections) >= 8
    for heading, content in sections.items():
        assert content.strip(), f"bare heading {heading}"
        if "<table" not in content:
            assert "无" in content, f"{heading}: {content[:200]}"
    assert "data:image/png" not in page  # no picture of an empty chart


def test_two_warehouses_in_one_folder_keep_their_own_charts(two_warehouses):
    a, b, _ = two_warehouses
    assert chart_folder(a) == a.parent / "a_charts" and summary_path(a) == a.parent / "a_summary.html"
    for db in (a, b):  # drawn by the refresh's report_charts asset
        for name in ("execution_rate_by_department", "self_score_vs_execution_rate", "targets_met_share"):
            assert (chart_folder(db) / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
        assert summary_path(db).exists()
    page_a = summary_path(a).read_text(encoding="utf-8")
    page_b = summary_path(b).read_text(encoding="utf-8")
    assert str(a) in page_a and str(b) in page_b
    assert "贵阳市南明区信访局" in page_a and "贵阳市南明区信访局" not in page_b
    assert (chart_folder(a) / "execution_rate_by_department.png").read_bytes() != \
        (chart_folder(b) / "execution_rate_by_department.png").read_bytes()
    # drawing one again leaves the other as it was
    before = summary_path(b).read_bytes()
    charts, summary, _ = build(a)
    assert summary == summary_path(a) and all(c.path.parent == chart_folder(a) for c in charts)
    assert summary_path(b).read_bytes() == before


def test_findings_are_listed_with_file_and_line(two_warehouses):
    _, b, raw_b = two_warehouses
    lines = (raw_b / "gangu_overscored.txt").read_text(encoding="utf-8").splitlines()
    line_no = lines.index(OVERSCORED) + 1
    section = _sections(summary_path(b).read_text(encoding="utf-8"))["质量检查发现（逐条，附文件与行号）"]
    rows = re.findall(r"<tr>.*?</tr>", section)
    assert "<th>文件</th><th>行</th>" in rows[0]
    assert any(f"<td>gangu_overscored.txt</td><td>{line_no}</td><td>score_above_weight</td>" in r for r in rows)


def test_sample_summary_league_per_kind_and_none_for_empty(two_warehouses):
    a, _, _ = two_warehouses
    page = summary_path(a).read_text(encoding="utf-8")
    sections = _sections(page)
    assert not re.search(r"</h2>\s*<h2>", page)
    league = sections["自评得分排名（按报告类型与年度，同分同名次）"]
    assert "<h3>部门整体支出 · 2023 年度（8 份）</h3>" in league and "<h3>项目支出 · 2023 年度（1 份）</h3>" in league
    # each league starts again at 1: the project report is first among projects
    project = league.split("<h3>项目支出 · 2023 年度（1 份）</h3>", 1)[1]
    assert re.search(r"<tr><td>1</td><td>武汉市洪山区司法局</td>", project)
    # the samples load clean: no findings, no rejections, and the page says so
    for heading in ("质量检查发现（按检查汇总）", "质量检查发现（逐条，附文件与行号）", "未能载入的文件（按原因汇总）"):
        assert sections[heading].strip() == "<p class='none'>无</p>"
    # shares of targets met carry their counts: 洪山区 met 6 of 7 judged, 7 of 8 indicators judged
    targets = sections["绩效指标目标达成情况"]
    assert re.search(r"<td>武汉市洪山区司法局</td><td>2023</td><td>项目支出</td><td>85.7</td><td>6/7</td><td>7/8</td>", targets)


def test_summary_html_has_chinese_headings(two_warehouses):
    a, _, _ = two_warehouses
    page = summary_path(a).read_text(encoding="utf-8")
    for heading in re.findall(r"<h[123]>(.*?)</h[123]>", page):
        assert re.search(r"[\u4e00-\u9fff]", heading), heading
    for th in set(re.findall(r"<th>(.*?)</th>", page)):
        assert re.search(r"[\u4e00-\u9fff]", th), th


def test_build_without_a_warehouse_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="no warehouse"):
        build(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing_charts").exists()


def test_charts_survive_a_warehouse_without_the_reporting_views(tmp_path, two_warehouses):
    """Views are rewritten by other work: the page falls back to the base tables when one is gone."""
    import duckdb

    a, _, _ = two_warehouses
    copy = tmp_path / "bare.duckdb"
    shutil.copy(a, copy)
    con = duckdb.connect(str(copy))
    views = [r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
    for view in views:
        con.execute(f'DROP VIEW IF EXISTS "{view}" CASCADE')
    con.close()
    charts, summary, frames = build(copy)
    page = summary.read_text(encoding="utf-8")
    assert len(charts) == 3 and "甘谷县信访局" in page and frames["league"].height == 9


def test_a_broken_optional_view_costs_only_its_section(tmp_path, two_warehouses):
    import duckdb

    a, _, _ = two_warehouses
    copy = tmp_path / "half.duckdb"
    shutil.copy(a, copy)
    con = duckdb.connect(str(copy))
    con.execute("CREATE TABLE scratch AS SELECT 1 AS x")
    con.execute("CREATE OR REPLACE VIEW reports_missing_figures AS SELECT x FROM scratch")
    con.execute("DROP TABLE scratch")
    con.close()
    _, summary, _ = build(copy)
    section = _sections(summary.read_text(encoding="utf-8"))["缺少关键数据的报告"]
    assert "视图 reports_missing_figures 读取失败" in section


def test_a_chart_is_drawn_again_only_when_what_it_shows_changed(tmp_path):
    """render_charts keeps a PNG whose inputs are those it was drawn from (a refresh that changed no figure
    it shows), and draws again the chart whose figures changed and one whose file was replaced."""
    folder = tmp_path / "charts"
    frames = one_of_eight()
    first = render_charts(frames, folder)
    stamp = {c.name: c.path.stat().st_mtime_ns for c in first}
    again = render_charts(one_of_eight(), folder)
    assert [(c.name, c.title, c.empty, c.path) for c in again] == [(c.name, c.title, c.empty, c.path) for c in first]
    assert {c.name: c.path.stat().st_mtime_ns for c in again} == stamp  # none drawn
    changed = one_of_eight()
    changed["execution"] = changed["execution"].with_columns(pl.lit(88.0).alias("rate"))
    (folder / "targets_met_share.png").write_bytes(b"not a picture")
    render_charts(changed, folder)
    now = {c.name: c.path.stat().st_mtime_ns for c in again}
    assert now["self_score_vs_execution_rate"] == stamp["self_score_vs_execution_rate"]
    assert now["execution_rate_by_department"] != stamp["execution_rate_by_department"]
    assert (folder / "targets_met_share.png").read_bytes()[:4] == b"\x89PNG"  # the replaced file drawn again
    here = render_charts(changed, tmp_path / "fresh")  # the same pictures as drawn from nothing
    for c in here:
        assert c.path.read_bytes() == (folder / c.path.name).read_bytes()
    # rows of equal rates come back from the warehouse in any order: the same rows, the same chart
    tied = one_of_eight()
    tied["execution"] = pl.concat([tied["execution"], tied["execution"].with_columns(pl.lit("某某县民政局").alias("department"))])
    tied["score_vs_rate"] = pl.concat([tied["score_vs_rate"], tied["score_vs_rate"].with_columns(pl.lit("某某县民政局").alias("department"))])
    render_charts(tied, folder)
    stamp = {c.name: c.path.stat().st_mtime_ns for c in again}
    tied = {name: frame.reverse() for name, frame in tied.items()}
    assert {c.name: c.path.stat().st_mtime_ns for c in render_charts(tied, folder)} == stamp


def test_charts_drawn_by_other_processes_are_the_ones_drawn_here(tmp_path):
    """build() draws on two processes of the fork server: the same files, byte for byte, as drawn in this
    process, listed in the same order; a chart that fails there fails the build with its own error."""
    from pipelines.chart_drawing import draw_execution, setup_matplotlib
    from pipelines.parallel import process_pool

    frames = one_of_eight()
    frames["targets_met"] = pl.concat([frames["targets_met"], frames["targets_met"].with_columns(
        pl.lit("某某县民政局 2023").alias("label"), pl.lit(50.0).alias("share_met_pct"))])
    here = render_charts(frames, tmp_path / "here")
    with process_pool(2, setup_matplotlib) as pool:
        there = render_charts(frames, tmp_path / "there", pool)
        with pytest.raises(KeyError, match="rate"):
            pool.submit(draw_execution, {}, "", tmp_path).result()
    assert [(c.name, c.title, c.empty) for c in there] == [(c.name, c.title, c.empty) for c in here]
    assert [c.name for c in here] == ["execution_rate_by_department", "self_score_vs_execution_rate",
                                      "targets_met_share"]
    for a, b in zip(here, there):
        assert a.path.parent == tmp_path / "here" and b.path.parent == tmp_path / "there"
        assert a.path.read_bytes() == b.path.read_bytes() and a.path.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="charts are drawn in this process on a single core")
def test_build_draws_in_other_processes_and_the_run_never_imports_matplotlib(two_warehouses, tmp_path):
    import subprocess
    import sys

    from tests.support import ROOT

    a, _, _ = two_warehouses
    copy = tmp_path / "c.duckdb"
    shutil.copy(a, copy)
    code = ("import sys; from pathlib import Path; from pipelines.charts import build; "
            f"charts, _, _ = build(Path({str(copy)!r})); "
            "print(len(charts), all(c.path.exists() for c in charts), 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["3", "True", "False"]
