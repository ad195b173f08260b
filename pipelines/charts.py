"""Charts analysts ask for, and a static HTML summary of the latest refresh.

Where they go: beside the warehouse file, named after it, so that two warehouses in one folder
never overwrite each other's:

- ``<warehouse folder>/<warehouse stem>_charts/<chart>.png`` (:func:`chart_folder`)
- ``<warehouse folder>/<warehouse stem>_summary.html`` (:func:`summary_path`): one file, images
  embedded, opens in any browser.

``warehouse/reports.duckdb`` -> ``warehouse/reports_charts/*.png`` and ``warehouse/reports_summary.html``.

The page (headings in Chinese) gives the row counts, the self-score league tables (one per report
kind and fiscal year), the share of indicator targets met with its counts (``达成 1/1，可判定 1/8``:
met of judged, judged of all indicators), budget execution with the amounts it comes from, every
quality finding with its file and line, and the rejected files grouped by reason; a section with
nothing to show says ``无``. It reads whatever reporting views the warehouse has (discovered at run
time, ``duckdb_views()``) and falls back to the base tables when a view is missing.

The charts themselves are drawn by ``chart_drawing`` from plain columns, in two other processes.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import hashlib
import html
import json
import os
import re
from collections.abc import Callable
from concurrent.futures import Executor
from contextlib import nullcontext
from functools import lru_cache
from pathlib import Path

import duckdb
import polars as pl

from pipelines import chart_drawing
from pipelines.chart_drawing import (MAX_BARS, Chart, Columns, draw_execution, draw_score_vs_rate, draw_targets,
                                     setup_matplotlib)
from pipelines.load import connect
from pipelines.parallel import process_pool
from schemas import TABLES


def chart_folder(db: Path) -> Path:
    """Where the PNG files of the warehouse ``db`` go: ``<folder>/<stem>_charts``."""
    return db.parent / f"{db.stem}_charts"


def summary_path(db: Path) -> Path:
    """The summary page of the warehouse ``db``: ``<folder>/<stem>_summary.html``."""
    return db.parent / f"{db.stem}_summary.html"


# --- reading ------------------------------------------------------------------------------------

# Values of indicator_attainment.attainment read as met / as not judged (the rest are "not met").
MET_LABELS = ("met", "达成", "已达成", "达标")
UNKNOWN_LABELS = ("unknown", "未知", "无法判断", "无法判定", "unjudged", "not judged")
# Longest list the page shows in one table; the views and the export hold every row.
MAX_ROWS = 300


def _sql_list(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


class _Catalog:
    """The warehouse's views and tables and their columns, read once."""

    def __init__(self, con):
        rows = con.sql("SELECT table_name, column_name FROM duckdb_columns() "
                       "WHERE schema_name = 'main' AND database_name = current_database()").fetchall()
        self.columns: dict[str, set[str]] = {}
        for table, column in rows:
            self.columns.setdefault(table, set()).add(column)

    def has(self, name: str, *columns: str) -> bool:
        return name in self.columns and all(c in self.columns[name] for c in columns)

    def col(self, name: str, column: str, alias: str | None = None, prefix: str = "") -> str:
        """``prefix.column AS alias``, or ``NULL AS alias`` when ``name`` has no such column."""
        alias = alias or column
        return f'{prefix}"{column}" AS "{alias}"' if column in self.columns.get(name, ()) else f'NULL AS "{alias}"'


# department_year (one row per department x fiscal year x report kind) is the mart the page reads
# when the warehouse has it; otherwise the current reports and indicator_attainment, else the tables.
DEPARTMENT_YEAR = ("department", "fiscal_year", "report_kind", "self_score", "stated_execution_rate_pct",
                   "computed_execution_rate_pct", "expenditure_total_wan_yuan", "budget_full_year_wan_yuan",
                   "indicators", "indicators_judged", "indicators_met")


def _queries(cat: _Catalog) -> dict[str, str]:
    current = "current_reports" if cat.has("current_reports", "report_id") else "reports"
    c = lambda column, alias=None: cat.col(current, column, alias, "r.")  # noqa: E731
    marts = cat.has("department_year", *DEPARTMENT_YEAR)
    label = "coalesce(department, source_file)" if cat.has("department_year", "source_file") else "department"
    queries: dict[str, str] = {}

    # budget execution: the rate, with the amounts behind it (全年执行数 / 全年预算数) when stated
    if marts:
        queries["execution"] = f"""
            SELECT {label} AS department, fiscal_year, report_kind,
                   coalesce(stated_execution_rate_pct, computed_execution_rate_pct) AS rate,
                   CASE WHEN stated_execution_rate_pct IS NOT NULL THEN '报告所述' ELSE '按金额计算' END AS rate_source,
                   CAST(expenditure_total_wan_yuan AS DOUBLE) AS spent_wan_yuan,
                   CAST(budget_full_year_wan_yuan AS DOUBLE) AS budget_wan_yuan
            FROM department_year
            WHERE coalesce(stated_execution_rate_pct, computed_execution_rate_pct) IS NOT NULL
            ORDER BY fiscal_year, rate"""
    else:
        queries["execution"] = f"""
            WITH money AS (
                SELECT report_id, fiscal_year,
                       CAST(max(amount_wan_yuan) FILTER (WHERE item = 'expenditure_total') AS DOUBLE) AS spent_wan_yuan,
                       CAST(max(amount_wan_yuan) FILTER (WHERE item = 'budget_full_year') AS DOUBLE) AS budget_wan_yuan
                FROM budget_items GROUP BY ALL)
            SELECT coalesce(r.department, r.source_file) AS department, r.fiscal_year, {c("report_kind")},
                   r.budget_execution_rate_pct AS rate, '报告所述' AS rate_source, m.spent_wan_yuan, m.budget_wan_yuan
            FROM {current} r LEFT JOIN money m ON m.report_id = r.report_id AND m.fiscal_year = r.fiscal_year
            WHERE r.budget_execution_rate_pct IS NOT NULL
            ORDER BY r.fiscal_year, rate"""

    if marts:
        queries["score_vs_rate"] = f"""
            SELECT {label} AS department, fiscal_year, self_score,
                   coalesce(stated_execution_rate_pct, computed_execution_rate_pct) AS rate
            FROM department_year
            WHERE self_score IS NOT NULL AND coalesce(stated_execution_rate_pct, computed_execution_rate_pct) IS NOT NULL"""
    else:
        queries["score_vs_rate"] = f"""
            SELECT coalesce(department, source_file) AS department, fiscal_year, self_score,
                   budget_execution_rate_pct AS rate
            FROM {current} WHERE self_score IS NOT NULL AND budget_execution_rate_pct IS NOT NULL"""

    # share of indicator targets met, per department x year x kind, with the counts behind it
    if marts:
        counts = f"""
            SELECT {label} AS department, fiscal_year, report_kind, indicators,
                   indicators_met AS met, indicators_judged AS judged
            FROM department_year WHERE indicators > 0"""
    elif cat.has("indicator_attainment", "attainment", "report_id"):
        judged = f"a.attainment IS NOT NULL AND lower(trim(a.attainment)) NOT IN ({_sql_list(UNKNOWN_LABELS)})"
        met = f"lower(trim(a.attainment)) IN ({_sql_list(MET_LABELS)})"
        counts = f"""
            SELECT coalesce(r.department, r.source_file) AS department, r.fiscal_year, {c("report_kind")},
                   count(*) AS indicators, count(*) FILTER (WHERE {met}) AS met,
                   count(*) FILTER (WHERE {judged}) AS judged
            FROM indicator_attainment a JOIN {current} r USING (report_id)
            GROUP BY r.report_id, 1, 2, 3"""
    elif cat.has("target_attainment_by_department", "indicators", "met", "unknown"):
        counts = """
            SELECT department, fiscal_year, NULL AS report_kind, indicators, met, indicators - unknown AS judged
            FROM target_attainment_by_department"""
    else:
        counts = ("SELECT NULL::VARCHAR AS department, NULL::INTEGER AS fiscal_year, NULL::VARCHAR AS report_kind, "
                  "0::BIGINT AS indicators, 0::BIGINT AS met, 0::BIGINT AS judged WHERE false")
    queries["targets_met"] = f"""
        SELECT department || ' ' || coalesce(CAST(fiscal_year AS VARCHAR), '') ||
                   CASE WHEN report_kind = 'project' THEN ' 项目' ELSE '' END AS label,
               department, fiscal_year, report_kind,
               round(100.0 * met / nullif(judged, 0), 1) AS share_met_pct,
               met, judged - met AS not_met, indicators - judged AS unknown, judged, indicators
        FROM ({counts}) t
        ORDER BY share_met_pct NULLS FIRST, department"""

    # league tables: ranked within fiscal year and report kind (self_score_league when present)
    if cat.has("self_score_league", "self_score", "fiscal_year"):
        league = "self_score_league"
    else:
        league = "department_year" if marts else current
    lc = lambda column, alias=None: cat.col(league, column, alias)  # noqa: E731
    rate = ("budget_execution_rate_pct" if "budget_execution_rate_pct" in cat.columns.get(league, ())
            else "stated_execution_rate_pct")
    queries["league"] = f"""
        SELECT {lc("fiscal_year")}, {lc("report_kind")},
               rank() OVER (PARTITION BY fiscal_year, report_kind ORDER BY self_score DESC) AS rank,
               {lc("department")}, {lc("province")}, {lc("city")}, {lc("district")},
               {lc("self_score")}, {lc("grade")}, {lc(rate, "budget_execution_rate_pct")}
        FROM {league} WHERE self_score IS NOT NULL
        ORDER BY report_kind, fiscal_year DESC, rank, department"""

    counted = ("reports", "current_reports", *(t for t in TABLES if t not in ("reports", "source_files")))
    parts = [f"(SELECT count(*) FROM {t}) AS {t}" for t in counted if t in cat.columns]
    queries["counts"] = "SELECT " + ", ".join(parts)
    if cat.has("rejected_files"):
        queries["rejections"] = """
            SELECT stage, regexp_replace(error, '[0-9]+', 'N', 'g') AS reason, count(*) AS files
            FROM rejected_files GROUP BY ALL ORDER BY files DESC, reason LIMIT 20"""
    if cat.has("quality_findings"):
        queries["findings"] = """
            SELECT "check", severity, count(*) AS findings FROM quality_findings GROUP BY ALL
            ORDER BY findings DESC, "check" """
        queries["finding_list"] = f"""
            SELECT r.source_file, f.line_no, f."check", f.severity, f.message, r.department, r.fiscal_year
            FROM quality_findings f LEFT JOIN reports r USING (report_id)
            ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                     r.source_file, f.line_no NULLS FIRST, f."check"
            LIMIT {MAX_ROWS + 1}"""
        queries["finding_total"] = "SELECT count(*) AS n FROM quality_findings"
    # analyst marts shown when present: the columns listed (those the view has), else all
    for name, (_, columns) in OPTIONAL_MARTS.items():
        if name not in cat.columns or (name in ("province_rollup", "city_rollup") and "region_rollup" in cat.columns):
            continue
        present = [f'"{col}"' for col in columns if col in cat.columns[name]] or ["*"]
        queries[name] = f"SELECT {', '.join(present)} FROM {name} LIMIT {MAX_ROWS + 1}"
        queries[name + "_total"] = f"SELECT count(*) AS n FROM {name}"
    queries["column_comments"] = """
        SELECT table_name, column_name, comment FROM duckdb_columns()
        WHERE schema_name = 'main' AND database_name = current_database() AND comment IS NOT NULL"""
    return queries


# Reporting views put on the page when the warehouse has them: heading and the columns shown.
_ROLLUP = ("level", "province", "city", "reports", "departments", "avg_self_score", "total_expenditure_wan_yuan",
           "avg_execution_rate_pct", "reports_lacking_key_figures")
OPTIONAL_MARTS = {
    "region_rollup": ("按地区汇总", _ROLLUP),
    "province_rollup": ("按省汇总", _ROLLUP),
    "city_rollup": ("按市汇总", _ROLLUP),
    "reports_missing_figures": ("缺少关键数据的报告", ("source_file", "department", "fiscal_year", "report_kind",
                                                    "missing_zh", "indicators", "indicators_judged")),
}


# The marts all build on these views; every query re-computes a view it reads, so the page computes
# them once, as temporary tables of its own connection (which shadow the views: temp comes first in
# DuckDB's search path), and the dozen queries of the page read those.
BASE_VIEWS = ("report_departments", "report_facts")
CHARTS_MEMORY = os.environ.get("WAREHOUSE_MEMORY_LIMIT") or "512MB"


def _materialize_bases(con: duckdb.DuckDBPyConnection) -> None:
    present = {r[0] for r in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    for view in BASE_VIEWS:
        if view in present:
            con.execute(f"CREATE TEMP TABLE {view} AS SELECT * FROM main.{view}")


def read_frames(db: Path) -> dict[str, pl.DataFrame]:
    with connect(db, read_only=True) as con:
        if con is None:
            raise FileNotFoundError(f"no warehouse at {db}: run the refresh first")
        con.execute("SET preserve_insertion_order = true")
        con.execute(f"SET memory_limit = '{CHARTS_MEMORY}'")  # the marts' joins at 10,000s of reports
        _materialize_bases(con)
        cat = _Catalog(con)
        frames = {}
        optional = {name for name in OPTIONAL_MARTS} | {name + "_total" for name in OPTIONAL_MARTS}
        for key, sql in _queries(cat).items():
            try:
                frames[key] = con.sql(sql).pl()
            except duckdb.Error as e:
                if key not in optional:
                    raise
                # a view being rewritten must not cost the page: its section says what went wrong
                frames[key.removesuffix("_total") + "_error"] = pl.DataFrame({"error": [f"{type(e).__name__}: {e}"]})
        return frames


# --- charts -------------------------------------------------------------------------------------

def _ordered(df: pl.DataFrame, column: str) -> pl.DataFrame:
    """By ``column``, ties by the other columns: the same rows give the same chart whatever order the
    warehouse returned them in (a chart is drawn again only when its inputs change)."""
    return df.sort([column, *(c for c in df.columns if c != column)], nulls_last=True)


def _extremes(df: pl.DataFrame, column: str) -> tuple[pl.DataFrame, str]:
    """All rows, or the MAX_BARS/2 lowest and highest by ``column`` when there are more."""
    df = _ordered(df, column)
    if df.height <= MAX_BARS:
        return df, ""
    half = MAX_BARS // 2
    return pl.concat([df.head(half), df.tail(half)]), f"（共 {df.height} 项，显示最低与最高各 {half} 项）"


def _columns(df: pl.DataFrame, *names: str) -> Columns:
    """The columns a chart reads, as lists (None for a column the frame lacks)."""
    return {name: df[name].to_list() if name in df.columns else [None] * df.height for name in names}


def chart_jobs(frames: dict[str, pl.DataFrame]) -> list[tuple[Callable[..., Chart], tuple]]:
    """Each chart's drawing function and its plain arguments (all but the folder), in the page's order."""
    ex, ex_note = _extremes(frames["execution"], "rate")
    tm, tm_note = _extremes(frames["targets_met"].filter(pl.col("share_met_pct").is_not_null()), "share_met_pct")
    return [
        (draw_execution, (_columns(ex, "department", "fiscal_year", "report_kind", "rate", "rate_source",
                                   "spent_wan_yuan", "budget_wan_yuan"), ex_note)),
        (draw_score_vs_rate, (_columns(_ordered(frames["score_vs_rate"], "rate"), "department", "rate", "self_score"),)),
        (draw_targets, (_columns(tm, "label", "share_met_pct", "met", "judged", "indicators"), tm_note)),
    ]


# A chart is drawn again only when what it shows changed: each PNG's key (the drawing code, its function
# and its arguments) is recorded beside the PNGs, so a refresh that changed reports inside the league
# tables reuses the pictures instead of paying ~1.4 s of matplotlib.
DRAWN_RECORD = ".drawn.json"
CHART_COUNT = 3  # the charts chart_jobs lists


@lru_cache(maxsize=1)
def _drawing_code() -> bytes:
    from importlib.metadata import version

    return hashlib.sha256(Path(chart_drawing.__file__).read_bytes() + version("matplotlib").encode()).digest()


def _job_key(draw: Callable[..., Chart], args: tuple) -> str:
    return hashlib.sha256(_drawing_code() + draw.__name__.encode() + repr(args).encode()).hexdigest()


def drawn_charts(folder: Path) -> dict[str, Chart]:
    """Job key -> chart, for the charts of ``folder`` still as recorded (a PNG gone or rewritten is not)."""
    try:
        record = json.loads((folder / DRAWN_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for key, c in record.items() if isinstance(record, dict) else ():
        path = folder / c["file"]
        try:
            if path.stat().st_mtime_ns == c["mtime_ns"]:
                out[key] = Chart(c["name"], c["title"], path, c["empty"])
        except OSError:
            continue
    return out


def _record(folder: Path, charts: dict[str, Chart]) -> None:
    record = {key: {"name": c.name, "title": c.title, "file": c.path.name, "empty": c.empty,
                    "mtime_ns": c.path.stat().st_mtime_ns} for key, c in charts.items()}
    partial = folder / f"{DRAWN_RECORD}.{os.getpid()}.partial"
    partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    partial.replace(folder / DRAWN_RECORD)


def render_charts(frames: dict[str, pl.DataFrame], folder: Path, pool: Executor | None = None,
                  kept: dict[str, Chart] | None = None) -> list[Chart]:
    """The charts of ``frames`` as PNG files in ``folder``: those whose inputs are unchanged since they were
    drawn (``kept``: ``drawn_charts(folder)``, read here when not given) kept as they are, the others drawn by
    ``pool``'s processes when given, else in this one."""
    folder.mkdir(parents=True, exist_ok=True)
    keyed = [(_job_key(draw, args), draw, args) for draw, args in chart_jobs(frames)]
    kept = drawn_charts(folder) if kept is None else kept
    todo = [(key, draw, args) for key, draw, args in keyed if key not in kept]
    if pool is None:
        drawn = {key: draw(*args, folder) for key, draw, args in todo}
    else:
        # (two processes, three charts: the second takes the small scatter, then the other bar chart)
        futures = {key: pool.submit(draw, *args, folder) for key, draw, args in todo}
        drawn = {key: future.result() for key, future in futures.items()}
    charts = {key: drawn.get(key) or kept[key] for key, _, _ in keyed}
    if drawn:
        _record(folder, charts)
    return list(charts.values())


# --- the summary page ---------------------------------------------------------------------------

COLUMN_LABELS = {
    "reports": "报告", "current_reports": "当前版本报告", "budget_items": "预算收支条目", "indicators": "绩效指标",
    "quality_findings": "质量检查发现", "rejected_files": "未能载入的文件",
    "department": "部门", "province": "省", "city": "市", "district": "区县", "fiscal_year": "年度",
    "report_kind": "报告类型", "rank": "名次", "self_score": "自评得分", "grade": "等级",
    "budget_execution_rate_pct": "预算执行率（%）", "rate": "预算执行率（%）", "source_file": "文件", "line_no": "行",
    "check": "检查", "severity": "严重程度", "message": "说明", "stage": "阶段", "reason": "原因", "files": "文件数",
    "findings": "条数", "share_met_pct": "目标达成率（%）", "met_of_judged": "达成/可判定",
    "judged_of_all": "可判定/指标数", "not_met": "未达成", "unknown": "无法判定",
    "spent_wan_yuan": "全年执行数（万元）", "budget_wan_yuan": "全年预算数（万元）",
    "stated_execution_rate_pct": "报告所述执行率（%）", "computed_execution_rate_pct": "按金额计算执行率（%）",
    "report_id": "报告编号", "title": "标题", "rate_source": "执行率依据", "level": "汇总层级",
    "missing_zh": "缺少的数据", "indicators_judged": "可判定的指标数",
}
LEVELS = {"province": "省", "city": "市"}
REPORT_KINDS = {"department_overall": "部门整体支出", "project": "项目支出"}
SEVERITIES = {"error": "错误", "warning": "警告", "info": "提示"}
STAGES = {"read": "读取", "parse": "解析", "validate": "校验", "duplicate": "重复"}
NONE = "<p class='none'>无</p>"


def _cell(value, money: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if money and isinstance(value, (int, float, decimal.Decimal)):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) >= 1000 else f"{value:g}"
    return str(value)


def short_label(comment: str) -> str:
    """A column comment as a table heading: without its parentheses, up to the first stop
    (``省（自治区、直辖市）；空为未识别`` -> ``省``)."""
    bare = re.sub(r"（[^（）]*）|\([^()]*\)", "", comment)
    return re.split(r"[：:；;，,。]", bare, maxsplit=1)[0].strip() or comment


def _table_html(df: pl.DataFrame, total: int | None = None, comments: dict[str, str] | None = None) -> str:
    """The frame as a table with Chinese headings (ours, else the view's column comments), or 无 when
    it has no rows; at most MAX_ROWS rows."""
    if df.height == 0:
        return NONE
    note = ""
    total = df.height if total is None else total
    if total > MAX_ROWS:
        df = df.head(MAX_ROWS)
        note = f"<p class='note'>共 {total} 行，此处显示前 {MAX_ROWS} 行；全部见仓库（或 python -m pipelines.export 的导出）。</p>"
    comments = comments or {}

    def th(column: str) -> str:
        comment = comments.get(column)
        label = short_label(comment) if comment else COLUMN_LABELS.get(column, column)
        tip = f" title='{html.escape(comment)}'" if comment else ""
        return f"<th{tip}>{html.escape(label)}</th>"

    head = "".join(th(c) for c in df.columns)
    money = ["wan_yuan" in c for c in df.columns]
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(v, m))}</td>" for v, m in zip(row, money)) + "</tr>"
                   for row in df.iter_rows())
    return f"<table><tr>{head}</tr>{body}</table>{note}"


def _kind(value) -> str:
    return REPORT_KINDS.get(value, value or "（未识别类型）")


def _league_html(league: pl.DataFrame) -> str:
    if league.height == 0:
        return NONE
    parts = []
    shown = ["rank", "department", "province", "city", "district", "self_score", "grade", "budget_execution_rate_pct"]
    for (kind, year), group in league.group_by(["report_kind", "fiscal_year"], maintain_order=True):
        year_label = f"{year} 年度" if year is not None else "年度未识别"
        parts.append(f"<h3>{html.escape(_kind(kind))} · {html.escape(year_label)}（{group.height} 份）</h3>")
        parts.append(_table_html(group.select([c for c in shown if c in group.columns])))
    return "".join(parts)


def _targets_html(tm: pl.DataFrame) -> str:
    if tm.height == 0:
        return NONE
    table = tm.sort(["fiscal_year", "department"], descending=[True, False], nulls_last=True).select(
        "department", "fiscal_year",
        pl.col("report_kind").map_elements(_kind, return_dtype=pl.String).alias("report_kind"),
        pl.col("share_met_pct").cast(pl.String).fill_null("—"),
        pl.format("{}/{}", "met", "judged").alias("met_of_judged"),
        pl.format("{}/{}", "judged", "indicators").alias("judged_of_all"),
        "not_met", "unknown")
    return ("<p>目标达成率 = 达成的指标 ÷ 可判定的指标（目标与实际值都有数字且单位一致）；"
            "“达成/可判定”与“可判定/指标数”给出比例背后的个数。</p>" + _table_html(table))


def _execution_html(ex: pl.DataFrame) -> str:
    if ex.height == 0:
        return NONE
    cols = [c for c in ("department", "fiscal_year", "report_kind", "rate", "rate_source", "spent_wan_yuan",
                        "budget_wan_yuan") if c in ex.columns]
    if "report_kind" in cols:
        ex = ex.with_columns(pl.col("report_kind").map_elements(_kind, return_dtype=pl.String))
    return _table_html(ex.sort(["fiscal_year", "rate"], descending=[True, False], nulls_last=True).select(cols))


def _image_html(chart: Chart) -> str:
    if chart.empty or not chart.path.exists():
        return NONE
    data = base64.b64encode(chart.path.read_bytes()).decode()
    return f"<img alt='{html.escape(chart.title)}' src='data:image/png;base64,{data}'>"


def _translate(df: pl.DataFrame, column: str, mapping: dict[str, str]) -> pl.DataFrame:
    if column not in df.columns:
        return df
    return df.with_columns(pl.col(column).replace(mapping))


def write_summary(frames: dict[str, pl.DataFrame], charts: list[Chart], path: Path, db: Path) -> Path:
    by_name = {c.name: c for c in charts}

    def chart(name: str, heading: bool = True) -> str:
        c = by_name.get(name)
        if c is None:
            return ""
        return (f"<h3>{html.escape(c.title)}</h3>" if heading else "") + _image_html(c)

    empty = pl.DataFrame()
    findings = _translate(frames.get("findings", empty), "severity", SEVERITIES)
    finding_list = _translate(frames.get("finding_list", empty), "severity", SEVERITIES)
    finding_total = frames["finding_total"]["n"][0] if "finding_total" in frames else finding_list.height
    rejections = _translate(frames.get("rejections", empty), "stage", STAGES)
    sections = [
        ("表行数", _table_html(frames.get("counts", empty))),
        ("自评得分排名（按报告类型与年度，同分同名次）", _league_html(frames.get("league", empty))),
        ("绩效指标目标达成情况", _targets_html(frames["targets_met"]) + chart("targets_met_share")),
        ("预算执行率", chart("execution_rate_by_department") + _execution_html(frames["execution"])),
        ("自评得分与预算执行率", chart("self_score_vs_execution_rate", heading=False)),
        ("质量检查发现（按检查汇总）", _table_html(findings)),
        ("质量检查发现（逐条，附文件与行号）", _table_html(finding_list, finding_total)),
        ("未能载入的文件（按原因汇总）", _table_html(rejections)),
    ]
    comments: dict[str, dict[str, str]] = {}
    for table, column, comment in frames.get("column_comments", empty).iter_rows():
        comments.setdefault(table, {})[column] = comment
    for name, (heading, _) in OPTIONAL_MARTS.items():
        if name + "_error" in frames:
            error = frames[name + "_error"]["error"][0]
            sections.append((heading, f"<p class='note'>视图 {name} 读取失败：{html.escape(error[:500])}</p>"))
        elif name in frames:
            mart = _translate(_translate(frames[name], "level", LEVELS), "report_kind", REPORT_KINDS)
            total = frames[name + "_total"]["n"][0] if name + "_total" in frames else None
            sections.append((heading, _table_html(mart, total, comments.get(name))))
    body = "\n".join(f"<h2>{html.escape(title)}</h2>{content or NONE}" for title, content in sections)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效自评报告仓库 · 最新刷新</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1100px}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:4px 8px;font-size:13px}}th{{background:#eef3fa}}img{{max-width:100%}}
.none{{color:#777}}.note{{color:#555;font-size:13px}}</style></head><body>
<h1>绩效自评报告仓库：最新刷新摘要</h1>
<p>生成时间 {dt.datetime.now():%Y-%m-%d %H:%M} · 仓库 {html.escape(str(db))}</p>
{body}
</body></html>"""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(page, encoding="utf-8")
    partial.replace(path)  # a browser open on the page never reads half of it
    return path


def build(db: Path) -> tuple[list[Chart], Path, dict[str, pl.DataFrame]]:
    """Charts and summary page for the warehouse at ``db``: ``<folder>/<stem>_charts/*.png`` and
    ``<folder>/<stem>_summary.html``. Returns (charts, summary page, the frames they were drawn from)."""
    # Drawing is the slowest part (~1.5 s of matplotlib, whatever the number of reports): when the charts are
    # not all drawn yet, on a machine of two cores or more, two processes draw them, each having imported
    # matplotlib (~0.5 s) while this one read the marts. When they are, most refreshes change none of them
    # (render_charts): one that changed is drawn here, after the marts are read.
    folder = chart_folder(db)
    kept = drawn_charts(folder)
    eager = (os.cpu_count() or 1) >= 2 and len(kept) < CHART_COUNT
    with process_pool(2, setup_matplotlib) if eager else nullcontext() as pool:
        frames = read_frames(db)
        charts = render_charts(frames, folder, pool, kept)
    summary = write_summary(frames, charts, summary_path(db), db)
    return charts, summary, frames
