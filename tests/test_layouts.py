"""The same form laid out every way a page flattens it gives the same rows.

Each report with ``|`` rows (the bundled samples, and the real excerpts of ``../shared/real-dev``
where present) is laid out again: one cell per line with blank lines between rows, one cell per line
ending in `` |`` with ``||||`` closing the row, cells separated by spaces, tab rows, and Word's export
(one tab-opened cell per line). The report fields, budget items and indicators must not change.
"""

from pathlib import Path

import pytest

from pipelines.extract import extract_document
from pipelines.normalise import build_document
from tests.support import ROOT, SHARED

LAYOUTS = ("one_per_line", "pipe_per_line", "spaced", "tabs", "word")


def _cells(line: str) -> list[str] | None:
    s = line.strip()
    return [c.strip() for c in s.strip("|").split("|")] if s.count("|") >= 2 else None


def relayout(text: str, how: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        cells = _cells(line)
        if cells is None:
            out.append(line)
        elif how == "one_per_line":
            out += [c for c in cells if c] + [""]
        elif how == "pipe_per_line":
            out += [f"{c} |" if c else "|" for c in cells] + ["||||"]
        elif how == "spaced":
            out.append(" ".join(c.replace(" ", "") for c in cells if c))
        elif how == "tabs":
            out.append("\t".join(cells))
        else:  # Word's export
            out += ["\t" + c for c in cells] + [""]
    relaid = "\n".join(out)
    # a text whose last cell was closed (a space or a bar after it) keeps a closed end: an open one reads as an
    # excerpt cut inside its last cell
    return relaid + "\n" if text[-1:] in (" ", "|") and not relaid.endswith("\n") else relaid


def summary(text: str):
    ex = extract_document(build_document(text))
    report = {k: ex.report[k] for k in ("department", "fiscal_year", "report_kind", "self_score", "grade",
                                        "budget_execution_rate_pct")}
    budget = sorted((b["item"], str(b["amount_wan_yuan"])) for b in ex.budget_items if b["item"] != "other")
    indicators = [(i["level1"], i["level2"], i["name"], i["target_op"], i["target_value"], i["actual_value"],
                   i["weight"], i["score"]) for i in ex.indicators]
    return report, budget, indicators


def with_pipe_rows(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*.txt"))
            if sum(_cells(line) is not None for line in p.read_text(encoding="utf-8").split("\n")) >= 3]


SAMPLES = with_pipe_rows(ROOT / "sample_reports")
REAL = with_pipe_rows(SHARED / "real-dev" / "docs") if (SHARED / "real-dev" / "docs").exists() else []


def test_relayout_moves_every_cell():
    text = "| 一级指标 | 二级指标 |\n| 产出指标 | |\n"
    assert relayout(text, "pipe_per_line") == "一级指标 |\n二级指标 |\n||||\n产出指标 |\n|\n||||\n"
    assert relayout(text, "spaced") == "一级指标 二级指标\n产出指标\n"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("how", LAYOUTS)
def test_sample_forms_read_alike_in_every_layout(path, how):
    text = path.read_text(encoding="utf-8")
    assert summary(relayout(text, how)) == summary(text)


@pytest.mark.parametrize("how", LAYOUTS)
def test_real_forms_read_alike_in_every_layout(how):
    if not REAL:
        pytest.skip(f"{SHARED / 'real-dev' / 'docs'} not found: the shared folder sits beside the project in CI only")
    for path in REAL:
        text = path.read_text(encoding="utf-8")
        assert summary(relayout(text, how)) == summary(text), path.name


def test_a_markdown_table_with_its_rule_bold_cells_and_line_break_tags():
    """A page converted to markdown: the rule under the header (| --- | :---: |) is no row, a bold cell
    (**总分**) is its text, a line-break tag inside a cell (巡查<br>次数) joins the cell's two parts."""
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document

    text = ("项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| :--- | :---: | --- | --- | --- | --- | ---: |\n"
            "| 产出指标 | 数量指标 | 巡查<br>次数 | ≥40次 | 46次 | 50 | 50 |\n"
            "| **效益指标** | 社会效益指标 | 河道整洁度 | 明显改善 | 明显改善 | 50 | 45 |\n"
            "| **总分** | | | | | **100** | **95** |\n")
    out = extract_document(build_document(text))
    assert [(i["level1"], i["name"], i["weight"], i["score"]) for i in out.indicators] == [
        ("产出指标", "巡查次数", 50.0, 50.0), ("效益指标", "河道整洁度", 50.0, 45.0)]
    assert out.report["self_score"] == 95.0


def test_header_cells_wrapped_over_lines_where_each_cell_ends_in_a_pipe():
    """One cell a line, each ending in `` |``: a header cell the page wrapped (绩 / 效 / 指 / 标 |, 年度 / 指标值 |,
    实际 / 完成值 |) is one cell, read as its column."""
    lines = ["项目名称 |", "示例河道治理 |", "||||", "绩", "效", "指", "标 |", "一级指标 |", "二级指标 |", "三级指标 |",
             "年度", "指标值 |", "实际", "完成值 |", "分值 |", "得分 |", "偏差原因", "分析及", "改进措施 |", "||||", "产出指标 |", "数量指标 |", "清淤河道长度 |", "≥12公里 |",
             "12.5公里 |", "50 |", "50 |", "||||", "|", "质量指标 |", "工程验收合格率 |", "100% |", "100% |", "50 |",
             "48 |", "||||"]
    ex = extract_document(build_document("\n".join(lines)))
    assert [(i["name"], i["target_raw"], i["actual_value"], i["score"]) for i in ex.indicators] == [
        ("清淤河道长度", "≥12公里", 12.5, 50.0), ("工程验收合格率", "100%", 100.0, 48.0)]


def test_figures_wrapped_over_lines_where_each_cell_ends_in_a_pipe():
    """One cell a line, each ending in `` |``, narrow columns: a figure the page wrapped (1,482,60 / 0.00 |, 96.08 / % |,
    ≥8 / 5% |) is one cell (its pieces had been two cells: the amounts read as 0.148 万元, the rate lost, the target 8). A
    bare figure alone before a whole one (a page number: 5 / 20 |) is no piece of it."""
    lines = ["项目资金(元) |", "年初预算数 |", "全年执行数 |", "执行率 |", "年度资金总额 |", "1,482,60", "0.00 |",
             "1,424,01", "4.00 |", "96.08", "% |",
             "一级指标 |", "二级指标 |", "三级指标 |", "年度指标值 |", "实际完成值 |", "分值 |", "得分 |",
             "满意度指标 |", "服务对象满意度指标 |", "参训人员满意度 |", "≥8", "5% |", "91.5", "% |", "20 |", "19 |"]
    ex = extract_document(build_document("\n".join(lines) + "\n"))
    got = {b["item"]: float(b["amount_wan_yuan"]) for b in ex.budget_items}
    assert (got["budget_initial"], got["expenditure_total"]) == (148.26, 142.4014)
    assert ex.report["budget_execution_rate_pct"] == 96.08
    assert [(i["name"], i["target_value"], i["actual_value"], i["score"]) for i in ex.indicators] == [
        ("参训人员满意度", 85.0, 91.5, 19.0)]
    from pipelines.extract.cells import _wrapped_figure_end
    assert _wrapped_figure_end(["5", "20 |"], 1) is None and _wrapped_figure_end(["20", "19 |"], 1) is None


def test_a_form_pasted_with_its_page_markup_reads_as_its_pipe_rows():
    """<tr><td>…</td></tr> rows and inline tags left in a text file: the cells are read as a pipe table's."""
    text = ("示范县文体局2023年度项目支出绩效自评表\n"
            "<tr><td>项目名称</td><td>乡村书屋建设</td></tr>\n"
            "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
            "<td>分值</td><td>得分</td></tr>\n"
            "<tr><td><strong>产出指标</strong></td><td>数量指标</td><td>新建书屋数</td><td>≥12个</td>"
            "<td>13个</td><td>50</td><td>50</td></tr>\n"
            "\n<p>一、结论</p><p>自评得分<span style=\"font-size:12pt\">96.5</span>分。</p>\n")
    ex = extract_document(build_document(text))
    assert [(i["level1"], i["level2"], i["name"], i["actual_value"], i["score"]) for i in ex.indicators] == [
        ("产出指标", "数量指标", "新建书屋数", 13.0, 50.0)]
    assert ex.report["self_score"] == 96.5
