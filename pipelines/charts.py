"""Charts analysts ask for, and a static HTML summary of the latest refresh.

PNG files under ``<warehouse folder>/charts/`` and ``summary.html`` beside them (one file, images
embedded, opens in any browser). Chinese labels use Noto Sans CJK SC, shipped by the ``mplfonts``
package, so no system font is needed.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.load import connect


@lru_cache(maxsize=1)
def _setup_matplotlib() -> str:
    import matplotlib

    matplotlib.use("Agg")  # no display: render to files
    from matplotlib import font_manager, pyplot as plt
    import mplfonts

    font = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    font_manager.fontManager.addfont(str(font))
    name = font_manager.FontProperties(fname=str(font)).get_name()
    plt.rcParams["font.family"] = [name]
    plt.rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212 minus
    return name


@dataclass
class Chart:
    name: str
    title: str
    path: Path


QUERIES = {
    "execution": """
        SELECT coalesce(department, source_file) AS department, fiscal_year, budget_execution_rate_pct AS rate
        FROM current_reports WHERE budget_execution_rate_pct IS NOT NULL
        ORDER BY fiscal_year, rate""",
    "score_vs_rate": """
        SELECT coalesce(department, source_file) AS department, fiscal_year, self_score,
               budget_execution_rate_pct AS rate
        FROM current_reports WHERE self_score IS NOT NULL AND budget_execution_rate_pct IS NOT NULL""",
    "targets_met": """
        SELECT department || ' ' || fiscal_year AS label, share_met_pct, met, not_met, unknown
        FROM target_attainment_by_department WHERE share_met_pct IS NOT NULL
        ORDER BY share_met_pct""",
    "counts": """
        SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM current_reports) AS current_reports,
               (SELECT count(*) FROM budget_items) AS budget_items, (SELECT count(*) FROM indicators) AS indicators,
               (SELECT count(*) FROM quality_findings) AS quality_findings,
               (SELECT count(*) FROM rejected_files) AS rejected_files""",
    "rejections": """
        SELECT stage, regexp_replace(error, '[0-9]+', 'N', 'g') AS reason, count(*) AS files
        FROM rejected_files GROUP BY ALL ORDER BY files DESC LIMIT 20""",
    "findings": """
        SELECT "check", severity, count(*) AS findings FROM quality_findings GROUP BY ALL ORDER BY findings DESC""",
}


def read_frames(db: Path) -> dict[str, pl.DataFrame]:
    with connect(db, read_only=True) as con:
        if con is None:
            raise FileNotFoundError(f"no warehouse at {db}: run the refresh first")
        return {k: con.sql(q).pl() for k, q in QUERIES.items()}


# A bar chart stays readable up to this many bars; beyond, the lowest and highest halves are shown.
MAX_BARS = 40


def _extremes(df: pl.DataFrame, column: str) -> tuple[pl.DataFrame, str]:
    """All rows, or the MAX_BARS/2 lowest and highest by ``column`` when there are more."""
    df = df.sort(column)
    if df.height <= MAX_BARS:
        return df, ""
    half = MAX_BARS // 2
    return pl.concat([df.head(half), df.tail(half)]), f"（共 {df.height} 项，显示最低与最高各 {half} 项）"


UNKNOWN_LABEL = "（未识别）"


def _bar_h(ax, labels, values, xlabel):
    # a report whose department was not found has a NULL label; matplotlib takes only strings
    labels = [UNKNOWN_LABEL if label is None else str(label) for label in labels]
    ax.barh(labels, values, color="#3b7dd8")
    ax.set_xlabel(xlabel)
    for y, v in enumerate(values):
        ax.text(v, y, f" {v:.1f}", va="center", fontsize=8)


def render_charts(frames: dict[str, pl.DataFrame], folder: Path) -> list[Chart]:
    _setup_matplotlib()
    from matplotlib import pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    charts: list[Chart] = []

    def save(fig, name: str, title: str) -> None:
        path = folder / f"{name}.png"
        fig.suptitle(title)
        fig.tight_layout()
        fig.savefig(path, dpi=110)
        plt.close(fig)
        charts.append(Chart(name, title, path))

    ex, note = _extremes(frames["execution"], "rate")
    n = max(ex.height, 1)
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.32 * n))
    if ex.height:
        _bar_h(ax, [f"{d} {y}" for d, y in zip(ex["department"], ex["fiscal_year"])], ex["rate"].to_list(), "预算执行率 (%)")
        ax.axvline(100, color="grey", lw=0.8, ls="--")
    else:
        ax.text(0.5, 0.5, "暂无数据", ha="center")
    save(fig, "execution_rate_by_department", "各部门各年度预算执行率" + note)

    sv = frames["score_vs_rate"]
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.scatter(sv["rate"].to_list(), sv["self_score"].to_list(), color="#d8603b")
    if sv.height <= MAX_BARS:  # names only while they stay legible
        for d, x, y in zip(sv["department"], sv["rate"], sv["self_score"]):
            ax.annotate(d or UNKNOWN_LABEL, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.set_xlabel("预算执行率 (%)")
    ax.set_ylabel("自评得分")
    save(fig, "self_score_vs_execution_rate", "自评得分与预算执行率")

    tm, note = _extremes(frames["targets_met"], "share_met_pct")
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.32 * max(tm.height, 1)))
    if tm.height:
        _bar_h(ax, tm["label"].to_list(), tm["share_met_pct"].to_list(), "达成目标的绩效指标占比 (%)")
    else:
        ax.text(0.5, 0.5, "暂无数据", ha="center")
    save(fig, "targets_met_share", "绩效指标目标达成率" + note)
    return charts


def _table_html(df: pl.DataFrame) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in df.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                   for row in df.iter_rows())
    return f"<table><tr>{head}</tr>{body}</table>"


def write_summary(frames: dict[str, pl.DataFrame], charts: list[Chart], path: Path, db: Path) -> Path:
    images = "".join(
        f"<h2>{html.escape(c.title)}</h2><img alt='{html.escape(c.title)}' "
        f"src='data:image/png;base64,{base64.b64encode(c.path.read_bytes()).decode()}'>" for c in charts)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效自评报告仓库 · 最新刷新</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1100px}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:4px 8px;font-size:13px}}img{{max-width:100%}}</style></head><body>
<h1>绩效自评报告仓库：最新刷新摘要</h1>
<p>生成时间 {dt.datetime.now():%Y-%m-%d %H:%M} · 仓库 {html.escape(str(db))}</p>
<h2>表行数</h2>{_table_html(frames["counts"])}
<h2>质量检查发现</h2>{_table_html(frames["findings"])}
<h2>未能载入的文件（按原因）</h2>{_table_html(frames["rejections"])}
{images}
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return path


def build(db: Path) -> tuple[list[Chart], Path, dict[str, pl.DataFrame]]:
    """Charts and summary page for the warehouse at ``db``, written under its folder."""
    frames = read_frames(db)
    folder = db.parent / "charts"
    charts = render_charts(frames, folder)
    summary = write_summary(frames, charts, folder / "summary.html", db)
    return charts, summary, frames
