"""The three charts of the summary page as PNG files, drawn from plain columns (name -> list).

Plain lists in, a ``Chart`` out: a chart can be drawn in another process (``charts.build`` draws them
on two), which imports only this module and matplotlib, not polars or DuckDB. Chinese labels use
Noto Sans CJK SC, shipped by the ``mplfonts`` package, so no system font is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

Columns = dict[str, list]

# A bar chart stays readable up to this many bars; beyond, the lowest and highest halves are shown.
MAX_BARS = 40
DPI = 110
UNKNOWN_LABEL = "（未识别）"


@dataclass
class Chart:
    name: str
    title: str
    path: Path
    empty: bool = False   # drawn with no data ("暂无数据"); the summary page says 无 instead of the image


@lru_cache(maxsize=1)
def setup_matplotlib() -> str:
    import matplotlib

    matplotlib.use("Agg")  # no display: render to files
    from matplotlib import font_manager, pyplot as plt
    import mplfonts

    font = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    font_manager.fontManager.addfont(str(font))
    name = font_manager.FontProperties(fname=str(font)).get_name()
    plt.rcParams["font.family"] = [name]
    plt.rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212 minus
    plt.rcParams["figure.dpi"] = DPI  # layout (tight_layout) and drawing then share text extents
    return name


def _fmt_wan(value) -> str:
    return f"{value:,.2f}"


def target_note(met, judged, indicators) -> str:
    """The counts behind a share of targets met: ``（达成 1/1，可判定 1/8）``."""
    if met is None or judged is None or indicators is None:
        return ""
    return f"（达成 {met}/{judged}，可判定 {judged}/{indicators}）"


def execution_note(spent, budget) -> str:
    """The amounts behind an execution rate: ``（执行 950.00 / 预算 975.00 万元）``, when both are stated."""
    if spent is None or budget is None:
        return ""
    return f"（执行 {_fmt_wan(spent)} / 预算 {_fmt_wan(budget)} 万元）"


def _bar_h(ax, labels, values, xlabel, notes=None):
    # a report whose department was not found has a NULL label; matplotlib takes only strings
    labels = [UNKNOWN_LABEL if label is None else str(label) for label in labels]
    ax.barh(labels, values, color="#3b7dd8")
    ax.set_xlabel(xlabel)
    notes = notes or [""] * len(values)
    for y, (v, note) in enumerate(zip(values, notes)):
        ax.text(v, y, f" {v:.1f}%{note}", va="center", fontsize=8)
    if values:  # room on the right for the figures written after each bar, ticks only up to the data
        top = max(max(values), 1)
        ax.set_xlim(0, top * (1.75 if any(notes) else 1.15))
        step = 20 if top > 40 else 10 if top > 10 else 2
        ax.set_xticks(range(0, int(max(top, 100 if top > 80 else top)) + 1, step))


def _save(fig, folder: Path, name: str, title: str, empty: bool) -> Chart:
    from matplotlib import pyplot as plt

    path = folder / f"{name}.png"
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI, pil_kwargs={"compress_level": 1})  # zlib level 9 was half the draw time
    plt.close(fig)
    return Chart(name, title, path, empty)


def _figure(width: float, height: float):
    setup_matplotlib()
    from matplotlib import pyplot as plt

    return plt.subplots(figsize=(width, height))


def _no_data(ax) -> None:
    ax.text(0.5, 0.5, "暂无数据", ha="center", transform=ax.transAxes)


def draw_execution(ex: Columns, note: str, folder: Path) -> Chart:
    """Budget execution rate per department-year: ``department, fiscal_year, report_kind, rate,
    rate_source, spent_wan_yuan, budget_wan_yuan``, lowest first."""
    rates = ex["rate"]
    fig, ax = _figure(10, 1.2 + 0.32 * max(len(rates), 1))
    if rates:
        notes = [("（按金额计算）" if source == "按金额计算" else "") + execution_note(s, b)
                 for s, b, source in zip(ex["spent_wan_yuan"], ex["budget_wan_yuan"], ex["rate_source"])]
        labels = [f"{d} {y}" + (" 项目" if kind == "project" else "")
                  for d, y, kind in zip(ex["department"], ex["fiscal_year"], ex["report_kind"])]
        _bar_h(ax, labels, rates, "预算执行率 (%)", notes)
        ax.axvline(100, color="grey", lw=0.8, ls="--")
    else:
        _no_data(ax)
    return _save(fig, folder, "execution_rate_by_department", "各部门各年度预算执行率" + note, not rates)


def draw_score_vs_rate(sv: Columns, folder: Path) -> Chart:
    """Self-score against execution rate, one point per department-year: ``department, rate, self_score``."""
    fig, ax = _figure(8, 6)
    ax.scatter(sv["rate"], sv["self_score"], color="#d8603b")
    if len(sv["rate"]) <= MAX_BARS:  # names only while they stay legible
        for d, x, y in zip(sv["department"], sv["rate"], sv["self_score"]):
            ax.annotate(d or UNKNOWN_LABEL, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    if not sv["rate"]:
        _no_data(ax)
    ax.set_xlabel("预算执行率 (%)")
    ax.set_ylabel("自评得分")
    return _save(fig, folder, "self_score_vs_execution_rate", "自评得分与预算执行率", not sv["rate"])


def draw_targets(tm: Columns, note: str, folder: Path) -> Chart:
    """Share of indicator targets met per department-year, with its counts: ``label, share_met_pct, met,
    judged, indicators``, lowest first."""
    shares = tm["share_met_pct"]
    fig, ax = _figure(10, 1.2 + 0.32 * max(len(shares), 1))
    if shares:
        notes = [target_note(m, j, i) for m, j, i in zip(tm["met"], tm["judged"], tm["indicators"])]
        _bar_h(ax, tm["label"], shares, "达成目标的绩效指标占可判定指标的比例 (%)", notes)
    else:
        _no_data(ax)
    return _save(fig, folder, "targets_met_share", "绩效指标目标达成率" + note, not shares)
