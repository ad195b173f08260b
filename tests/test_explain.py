"""``python -m pipelines.explain FILE``: the document as the rules see it, and every row with its evidence."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORM = """某县司法局2023年度项目支出绩效自评表
项目名称 | 法律援助服务 |
主管部门 | 某县司法局 | 实施单位 | 某县法律援助中心 |
项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 50 | 60 | 57 | 10 | 95% | 9.5 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 办理援助案件数 | ≥200件 | 236件 | 45 | 45 |
| 满意度指标 | 服务对象满意度指标 | 受援人满意度 | ≥90% | 96% | 45 | 44 |
| 总分 | | | | | 100 | 98.5 |
"""


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipelines.explain", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_explain_prints_the_forms_and_each_row_with_its_evidence(tmp_path):
    f = tmp_path / "form.txt"
    f.write_text(FORM, encoding="utf-8")
    out = run(str(f))
    assert out.returncode == 0, out.stderr
    text = out.stdout
    # the recovered grids, each column with its role
    assert "年初预算数=budget_initial | 全年预算数=budget_full_year | 全年执行数=expenditure_total" in text
    assert "row 年度资金总额: budget_initial=50 | budget_full_year=60 | expenditure_total=57" in text
    assert "三级指标=name" in text and "[产出指标 / 数量指标] 办理援助案件数" in text
    assert "totals: weight 100.0 score 98.5" in text
    # label -> value cells
    assert "实施单位 -> implementer = 某县法律援助中心" in text
    # the rows the warehouse gets, with the line they come from
    assert "expenditure_total      2023 57" in text and "line 5: 年度资金总额 | 50 | 60 | 57" in text
    assert "受援人满意度 | target >= 90.0 % (≥90%) | actual 96.0 % (96%) | weight 45.0 score 44.0 | table line 8" in text
    assert "budget_execution_rate_pct: 95.0" in text


def test_explain_shows_the_cell_stream_on_request(tmp_path):
    f = tmp_path / "form.txt"
    f.write_text(FORM, encoding="utf-8")
    out = run("--cells", str(f))
    assert out.returncode == 0, out.stderr
    assert "== cell stream" in out.stdout
    assert "      5 > text   年度资金总额" in out.stdout and "      5   num    57" in out.stdout


def test_explain_says_why_it_cannot_read_a_file(tmp_path):
    out = run(str(tmp_path / "missing.txt"))
    assert out.returncode == 2 and "cannot read" in out.stderr
