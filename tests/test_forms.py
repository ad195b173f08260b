"""The national forms as web pages and exports flatten them: every shape on a short text of our own.

Each test writes one fictional form the way a page delivers it and checks what the form readers
(``pipelines.extract.cells`` + ``pipelines.extract.forms``) and the whole extraction make of it.
"""

from decimal import Decimal

import pytest

from pipelines.extract import extract_document
from pipelines.extract.cells import cell_stream, joined_letters, split_spaced
from pipelines.extract.forms import read_forms
from pipelines.extract.headers import find_headers
from pipelines.extract.kinds import kind
from pipelines.normalise import build_document
from pipelines.model import TableBlock


def forms_of(text: str):
    return read_forms(cell_stream(build_document(text)))


def budget_of(text: str) -> dict[str, Decimal]:
    return {b["item"]: b["amount_wan_yuan"] for b in extract_document(build_document(text)).budget_items
            if b["item"] != "other"}


def indicators_of(text: str) -> list[dict]:
    return extract_document(build_document(text)).indicators


def brief(ind: dict) -> tuple:
    return (ind["level1"], ind["level2"], ind["name"], ind["target_op"], ind["target_value"], ind["actual_value"],
            ind["weight"], ind["score"])


# --- cells ---------------------------------------------------------------------------------

def test_spaced_cells_keep_a_bracketed_note_whole():
    assert split_spaced("年初预算数 执行率(全年 执行数/全年 预算数) 得分") == ["年初预算数", "执行率(全年 执行数/全年 预算数)", "得分"]


def test_a_space_parting_thousands_in_both_figures_of_a_row():
    """指标1：培训人次 2 400人次 2 515人次 10 10: the target and the result both parted by a space at the thousands
    are two figures; a weight before a target (10 300人 320人) stays a cell of its own."""
    assert split_spaced("指标1:培训人次 2 400人次 2 515人次 10 10") == ["指标1:培训人次", "2400人次", "2515人次", "10", "10"]
    assert split_spaced("指标1:培训人次 10 300人 320人 10") == ["指标1:培训人次", "10", "300人", "320人", "10"]


def test_labels_spaced_out_a_letter_apart_are_whole_cells():
    """PDF exports and OCR space a header's letters (全 年 执 行 数): a run of single letters is the labels it
    spells; three letters or more spelling none are one word; values side by side (是 是) and grade words
    offered (优 良 中 差) stay apart."""
    assert joined_letters("年 初 预 算 数 全 年 执 行 数".split()) == ["年初预算数", "全年执行数"]
    assert joined_letters(["分值", "得", "分", "10", "9"]) == ["分值", "得分", "10", "9"]
    assert joined_letters("国 有 资 本 经 营 预 算".split()) == ["国有资本经营预算"]
    assert joined_letters("全 年 执 行 数 国 有 资 本".split()) == ["全年执行数", "国有资本"]
    assert joined_letters("优 良 中 差".split()) == ["优", "良", "中", "差"]
    assert joined_letters("是 是 10 10".split()) == ["是", "是", "10", "10"]


def test_short_first_levels_spaced_out_are_the_rows_first_level():
    """A form flattened onto one line with its level cells spaced a letter apart (产 出 | 数 量, 效 益 | 经济效益): the
    framework's short first level is a word of its own, before the second level's."""
    assert joined_letters("产 出 数 量 植树成活率".split()) == ["产出", "数量", "植树成活率"]
    text = ("一 级 二 级 三级指标 年度指标值 实际完成值 分值 得分 产 出 数 量 新植苗木株数 ≥5000株 5200株 30 30 "
            "质 量 苗木成活率 ≥85% 88% 30 28 效 益 生态效益 新增绿地面积 ≥20亩 21亩 30 30 合 计 90 88")
    assert [(i["level1"], i["level2"], i["name"], i["target_value"], i["actual_value"], i["score"])
            for i in indicators_of(text)] == [
        ("产出", "数量", "新植苗木株数", 5000.0, 5200.0, 30.0), ("产出", "质量", "苗木成活率", 85.0, 88.0, 28.0),
        ("效益", "生态效益", "新增绿地面积", 20.0, 21.0, 30.0)]


def test_a_form_with_its_labels_spaced_out_reads_as_written_plainly():
    plain = ("项目支出绩效自评表\n项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n"
             "48\n50\n45\n10\n90%\n9\n其中：基本支出\n20\n20\n19\n—\n—\n—\n"
             "绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
             "产出指标\n数量指标\n培训人次\n≥200人次\n236人次\n20\n20\n总分\n100\n92\n")
    spaced = plain
    for label in ("全年执行数", "得分", "其中：基本支出", "一级指标", "实际完成值", "总分"):
        spaced = spaced.replace(label, " ".join(label))
    assert spaced != plain
    assert budget_of(spaced) == budget_of(plain) == {
        "budget_initial": Decimal(48), "budget_full_year": Decimal(50), "expenditure_total": Decimal(45),
        "expenditure_basic": Decimal(19)}
    assert [brief(i) for i in indicators_of(spaced)] == [brief(i) for i in indicators_of(plain)] == [
        ("产出指标", "数量指标", "培训人次", ">=", 200.0, 236.0, 20.0, 20.0)]


def test_pipe_only_lines_end_a_row_and_one_pipe_is_an_empty_cell():
    cells = cell_stream(build_document("名称 |\n100% |\n|\n|||||\n下一行 |\n"))
    assert [(c.text, c.row_start) for c in cells] == [("名称", True), ("100%", False), ("", False), ("下一行", True)]


def test_a_pipe_row_cell_broken_over_lines_is_one_cell():
    """``| … | 渠道清淤`` / ``长度 | ≥8公里 | …``: a pipe row that does not close goes on on the next line, whose
    text up to its first pipe ends the broken cell; a reason over three lines is one cell, no row of its own."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
            "| 产出指标 | 数量指标 | 渠道清淤\n长度 | ≥8公里 | 7.5公里 | 20 | 18 | 雨季\n施工推迟，次年\n补齐 |\n"
            "| 总分 | | | | | 20 | 18 | |\n")
    assert [(c.text, c.row_start) for c in cell_stream(build_document(text))][8:16] == [
        ("产出指标", True), ("数量指标", False), ("渠道清淤长度", False), ("≥8公里", False), ("7.5公里", False),
        ("20", False), ("18", False), ("雨季施工推迟,次年补齐", False)]
    assert [(i["name"], i["target_value"], i["score"]) for i in indicators_of(text)] == [("渠道清淤长度", 8.0, 18.0)]
    # where rows are written a | b (no outer pipes), a row that opens with a pipe and does not close is whole
    text = ("年度目标 | 目标 | 完成情况\n| 清淤8公里 | 清淤7.5公里\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值\n"
            "产出指标 | 数量指标 | 渠道清淤长度 | ≥8公里 | 7.5公里 |\n")
    assert [(i["level1"], i["name"], i["target_value"]) for i in indicators_of(text)] == [("产出指标", "渠道清淤长度", 8.0)]


def test_a_pipe_row_broken_inside_a_cell_mid_row_goes_on_on_the_next_line():
    """``| 过程`` / ``(20分) | 预算执行 | … | 达到得满分，`` / ``每低扣分 | ≥90% | … |``: in a table of closed pipe rows, a
    row that opens with a pipe and does not close (one cell so far, or more) goes on on the next line, which
    carries the rest of its cell and the row's next cells; no rows of the continuation lines."""
    text = ("某某局2023年度部门整体支出绩效评价自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 指标值 | 实际值 | 得分 |\n"
            "| 过程\n（20分） | 预算执行 | 预算执行率 | 20 | 达到目标得满分，\n每低1点扣1分 | ≥90% | 93.5% | 18 |\n"
            "|  |  | 结转结余率 | 10 | 不超过目标得满分，\n超出不得分 | ≤10% | 6.2% | 10 |\n"
            "| 合计 |  |  | 30 |  |  |  | 28 |\n")
    assert [brief(i) for i in indicators_of(text)] == [
        ("过程", "预算执行", "预算执行率", ">=", 90.0, 93.5, 20.0, 18.0),
        ("过程", "预算执行", "结转结余率", "<=", 10.0, 6.2, 10.0, 10.0)]


def test_a_pipe_glued_inside_a_cell_ending_in_a_spaced_pipe_is_its_text():
    """One cell per line ending in `` |``: the bars of an absolute value in a scoring rule (=|调整数|/预算数) sit
    between characters, no space before them; they are the cell's text, not two cell ends."""
    text = ("某某局2023年度部门整体支出绩效自评表 |\n||||\n一级指标 |\n二级指标 |\n三级指标 |\n分值 |\n评分规则 |\n"
            "目标值 |\n实际值 |\n得分 |\n|\n过程 |\n预算执行 |\n预算调整率 |\n10 |\n"
            "调整率=|调整数|/年初预算数×100%，≤10%得满分 |\n≤10% |\n4.5% |\n10 |\n|\n合计 |\n|\n|\n10 |\n|\n|\n|\n10 |\n")
    cells = [c.text for c in cell_stream(build_document(text))]
    assert "调整率=|调整数|/年初预算数×100%,≤10%得满分" in cells and "调整数" not in cells
    assert [brief(i) for i in indicators_of(text)] == [("过程", "预算执行", "预算调整率", "<=", 10.0, 4.5, 10.0, 10.0)]
    # (compact pipe rows glue every pipe: those still part cells)
    assert [c.text for c in cell_stream(build_document("|一级指标|二级指标|三级指标|\n"))] == ["一级指标", "二级指标", "三级指标"]


def test_word_export_cells_broken_over_lines_are_joined():
    text = "\t二级指标\n\t社会效\n益指标\n\t三级指标\n"
    assert [c.text for c in cell_stream(build_document(text))] == ["二级指标", "社会效益指标", "三级指标"]


@pytest.mark.parametrize("text, expected", [
    ("≥95%", "value"), ("200余人", "value"), ("95", "num"), ("10分", "num"), ("≧", "op"), ("004 >=", "op"),
    ("═", "op"), ("%(百分比)", "unit"), ("人次", "unit"), ("/", "ph"), ("—", "ph"), ("产出指标(40分)", "level1"),
    ("社会效益 指标", "level2"), ("成本指标", "level"), ("指标2：群众满意度", "oname"), ("群众满意度", "text"),
    ("97.80%", "value"),
])
def test_cell_kinds(text, expected):
    assert kind(text) == expected


# --- funds block -----------------------------------------------------------------------------

def test_funds_block_one_cell_per_line_with_blank_lines():
    text = ("项目支出绩效自评表\n项目资金\n(万元)\n\n年初预算数\n\n全年预算数(A)\n\n全年执行数(B)\n\n分值\n\n执行率(B/A)\n\n"
            "得分\n\n年度资金总额:\n\n48\n\n50\n\n45\n\n10\n\n90%\n\n9\n\n其中:本年财政拨款\n\n48\n\n50\n\n45\n\n-\n\n"
            "90%\n\n-\n\n年度总体目标完成情况\n")
    assert budget_of(text) == {"budget_initial": Decimal(48), "budget_full_year": Decimal(50),
                               "expenditure_total": Decimal(45)}
    report = extract_document(build_document(text)).report
    assert (report["budget_execution_rate_pct"], report["budget_execution_weight"], report["budget_execution_score"]) \
        == (90.0, 10.0, 9.0)


def test_a_three_public_costs_table_with_its_rows_and_columns_turned():
    """A 三公经费 table whose columns name the costs (合计 | 因公出国（境）费 | 公务用车… | 公务接待费) and whose rows
    are 预算数 / 决算数: the rows' first figures are the three costs' total, the spending three_public_total,
    the budget no code; neither is the department's budget or spending."""
    text = ("某某县档案馆2022年度部门整体支出绩效自评报告\n"
            "| 项目 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 |\n"
            "| 预算数 | 12.5 | 0 | 8.0 | 4.5 |\n| 决算数 | 10.2 | 0 | 7.1 | 3.1 |\n单位：万元\n")
    assert budget_of(text) == {"three_public_total": Decimal("10.2")}
    flat = text.replace(" |\n| ", "\n").replace(" | ", "\n").replace("| ", "").replace(" |", "")
    assert "\n公务接待费\n预算数\n12.5\n" in flat
    assert budget_of(flat) == {"three_public_total": Decimal("10.2")}


def test_the_income_and_spending_summary_table_gives_its_balances_and_no_grand_total():
    """A 收入支出决算总表 (income and spending side by side, 决算数 columns): its 年初/年末结转和结余 rows are the
    balances, its 本年收入合计 / 本年支出合计 the year's totals; 总计 adds the balances to them and is no
    figure of the spending."""
    text = ("某某县档案馆2022年度部门整体支出绩效自评报告\n| 项目 | 决算数 | 项目 | 决算数 |\n"
            "| 财政拨款收入 | 456.8 | 一般公共服务支出 | 380.2 |\n| 本年收入合计 | 460.0 | 本年支出合计 | 450.8 |\n"
            "| 年初结转和结余 | 12.3 | 年末结转和结余 | 21.5 |\n| 总计 | 472.3 | 总计 | 472.3 |\n单位：万元\n")
    assert budget_of(text) == {"income_total": Decimal("460.0"), "expenditure_total": Decimal("450.8"),
                               "carryover_begin": Decimal("12.3"), "carryover_end": Decimal("21.5")}


def test_funds_row_label_on_its_own_line_and_blank_initial_budget_left_out():
    # the page split the row after its label and dropped the blank 年初预算数 cell
    text = ("项目支出绩效自评表\n项目资金 (万元) |\n| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "年度资金总额 |\n| 20.5 | 18.45 | 10 | 90.00% | 9 |\n其中:当年财政拨款 |\n| 20.5 | 18.45 | 10 | 90.00% | 9 |\n")
    assert budget_of(text) == {"budget_full_year": Decimal("20.5"), "expenditure_total": Decimal("18.45")}


def test_funds_block_in_yuan_with_thousands_separators_and_a_rate_without_percent():
    text = ("项目支出绩效自评表 |\n项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 备注 ||\n"
            "年度资金总额 | 120,000.00 | 118,500.00 | 118,500.00 | 10.00 | 100.00 | 10.00 ||\n")
    assert budget_of(text) == {"budget_initial": Decimal(12), "budget_full_year": Decimal("11.85"),
                               "expenditure_total": Decimal("11.85")}
    assert extract_document(build_document(text)).report["budget_execution_rate_pct"] == 100.0


def test_funds_block_on_one_spaced_line_with_a_fractional_rate():
    text = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元) 年度资金总额 40 40 36 10 0.9 9\n"
    assert budget_of(text) == {"budget_initial": Decimal(40), "budget_full_year": Decimal(40),
                               "expenditure_total": Decimal(36)}
    assert extract_document(build_document(text)).report["budget_execution_rate_pct"] == 90.0


def test_the_parts_rows_after_a_funds_header_written_with_the_wholes_figures_among_its_labels():
    """年初预算数 | 410.20 | 全年预算数 | … | 执行率 | 97.1% then 其中：基本支出 | three figures | 项目支出 | three figures (the
    header row and the whole's row run together, on one line or a cell a line): each part's figures stand in the
    columns of the labels in order, its spending under 全年执行数; a part with a figure missing is not read."""
    row = ("年度资金总额 年初预算数 410.20 全年预算数 452.60 全年执行数 439.48 执行率 97.10% "
           "其中：基本支出 250.10 262.30 262.30 项目支出 160.10 190.30 177.18 年度总体目标 完成巡回演出。\n")
    expected = {"budget_initial": Decimal("410.2"), "budget_full_year": Decimal("452.6"),
                "expenditure_total": Decimal("439.48"), "expenditure_basic": Decimal("262.3"),
                "expenditure_project": Decimal("177.18")}
    assert budget_of("2023年度部门整体支出绩效自评表\n" + row) == expected
    assert budget_of("2023年度部门整体支出绩效自评表\n金额单位：万元\n" + row.replace(" ", "\n")) == expected
    short = row.replace("160.10 190.30 177.18", "190.30 177.18")
    assert "expenditure_project" not in budget_of("2023年度部门整体支出绩效自评表\n" + short)


def test_the_100_percent_of_a_rate_headers_formula_is_no_rate():
    """执行率(B/A×100%) is how the column is worked out: with no figures under the header (an excerpt stopping
    there, or a form left blank) no rate is read; the figures' own rate still is."""
    head = "资金投入情况(万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) |\n"
    assert extract_document(build_document(head)).report["budget_execution_rate_pct"] is None
    assert extract_document(build_document(head.replace("×", "*"))).report["budget_execution_rate_pct"] is None
    assert extract_document(build_document(head + "120 | 96 | 80% |\n")).report["budget_execution_rate_pct"] == 80.0


def test_amounts_and_rate_run_together_split_where_spending_over_budget_is_the_rate():
    # a form flattened with its cells run together: 预算数 300 | 执行数 259.45 | 执行率 86.5%
    text = "项目资金(万元) 预算数 执行数 执行率 得分\n年度资金总额 300259.4586.5% 9\n"
    assert budget_of(text) == {"budget_full_year": Decimal(300), "expenditure_total": Decimal("259.45")}
    # ambiguous (two splits give 100%) or no split giving the rate: the cell is left as written
    from pipelines.extract.funds_block import _rate_split
    assert _rate_split("10001000100") == ("1000", "1000", "100")
    assert _rate_split("11100") == ("1", "1", "100") and _rate_split("1000900") is None
    assert _rate_split("99") is None and _rate_split("100") is None  # a rate alone is no split


def test_the_national_funds_row_run_together_splits_into_the_headers_columns():
    """年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 run together (a doc-sharing site's text): split into the
    header's columns where spending over the year's budget is the rate, points are above 0 and at most 100 and
    the year-opening budget is near the year's; a row that leaves 年初预算数 out has one amount fewer; of two
    splits, the one whose amounts stop at cents."""
    head = ("某县2023年度项目支出绩效自评表项目名称乡村道路养护主管部门某县交通运输局实施单位某县公路站"
            "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分")
    assert budget_of(head + "年度资金总额56.258.457.11097.77%9.8其中:当年财政拨款56.258.457.1\n") == \
        {"budget_initial": Decimal("56.2"), "budget_full_year": Decimal("58.4"), "expenditure_total": Decimal("57.1")}
    assert budget_of(head + "年度资金总额58.457.11097.77%9.8其中:当年财政拨款58.457.1\n") == \
        {"budget_full_year": Decimal("58.4"), "expenditure_total": Decimal("57.1")}
    in_yuan = head.replace("(万元)", "(元)") + "年度资金总额12345.6712345.6710100%10其中:当年财政拨款12345.6712345.67\n"
    assert budget_of(in_yuan) == {"budget_full_year": Decimal("1.234567"), "expenditure_total": Decimal("1.234567")}
    from pipelines.extract.funds_block import _header_split
    five = ["budget_initial", "budget_full_year", "expenditure_total", "weight", "rate"]
    # 99 | 99 | 99 and 999 | 999 both give 100%: every column filled wins
    assert _header_split("99999910100", five) == ["99", "99", "99", "10", "100"]
    assert _header_split("10001000100", five) is None  # no points in it: the header's are not there


def test_budget_spending_and_rate_outside_a_grid_check_themselves():
    """A header whose notes broke it into pieces (执行率(B/A | 得分(10分×执行率)) reads no grid, yet the
    values after it, glued or in a row, are the total row's when spending / budget is the rate."""
    glued = ("某县2023年度项目支出绩效自评表项目名称道路养护项目主管部门某县交通运输局实施单位某县公路站"
             "预算执行情况(万元)预算数(A)执行数(B)执行率(B/A得分(10分*执行率)年度资金总额480456.995.19%9.5\n")
    assert budget_of(glued) == {"budget_full_year": Decimal(480), "expenditure_total": Decimal("456.9")}
    assert extract_document(build_document(glued)).report["budget_execution_rate_pct"] == 95.19
    def one_per_line(label: str, rate: str = "95.2%", head: str = "预算数(A)\n执行数(B)\n执行率(B/A\n") -> str:
        return f"某县项目支出绩效自评表\n预算执行情况\n{head}得分(10分*执行率)\n{label}\n480\n456.9\n{rate}\n年度总体目标\n"

    assert forms_of(one_per_line("年度资金总额")).funds[-1].rows[0].label == "年度资金总额"
    assert budget_of(one_per_line("年度资金总额")) == {"budget_full_year": Decimal(480),
                                                   "expenditure_total": Decimal("456.9")}
    # a part's row keeps its part; a rate that is not spending / budget, or no funds label near: no triple
    assert budget_of(one_per_line("其中：基本支出")) == {"expenditure_basic": Decimal("456.9")}
    from pipelines.extract.funds_block import read_rate_triple
    stream = cell_stream(build_document("资金情况\n全年执行数\n年度资金总额\n480\n456.9\n90.2%\n"))
    assert read_rate_triple(stream, set()) is None
    assert budget_of(one_per_line("年度资金总额", head="")) == {}


def test_columns_after_the_known_ones_are_not_the_first_rows_label():
    """A header line ending in columns the rules do not read (退休人数), the values on the next line: those
    cells are columns, not the label of the first row, so the values stay under their own columns. A line
    ending with the next row's label (… | 得分 | 年度资金总额, then no more values than columns) keeps it."""
    staff = forms_of("编制数|实有人数|退休人数|借调人数\n24|22|7|1\n").funds[0]
    assert staff.header.labels == ["编制数", "实有人数", "退休人数", "借调人数"]
    assert [(v.role, v.value) for v in staff.rows[0].values] == [("staff_authorized", 24), ("staff_actual", 22)]
    funds = forms_of("项目资金 年初预算数 全年预算数 全年执行数 执行率 年度资金总额\n300 320 310 96.88%\n").funds[0]
    assert funds.rows[0].label == "年度资金总额"
    assert [(v.role, v.value) for v in funds.rows[0].values][:2] == [("budget_initial", 300), ("budget_full_year", 320)]


def test_the_change_columns_after_two_years_are_read_past():
    """项目 | 2022年决算数 | 2021年决算数 | 增减额 | 增减率: each year's figure under its own column, the change columns
    not read (their values had shifted the years' one column on), in every layout; a column the rules do not know
    ending the header's line is read past as well when the next line opens with its row's label."""
    def money(text):
        return sorted((b["item"], b["fiscal_year"], b["amount_wan_yuan"]) for b in extract_document(build_document(
            "某单位2022年度部门整体支出绩效自评报告\n单位：万元\n" + text)).budget_items if b["item"] != "other")
    rows = [["项目", "2022年决算数", "2021年决算数", "增减额", "增减率"], ["收入合计", "1,250.00", "1,100.00", "150.00", "13.64%"],
            ["支出合计", "1,230.00", "1,090.00", "140.00", "12.84%"]]
    want = [("expenditure_total", 2021, Decimal("1090")), ("expenditure_total", 2022, Decimal("1230")),
            ("income_total", 2021, Decimal("1100")), ("income_total", 2022, Decimal("1250"))]
    for text in in_every_layout(rows):
        assert money(text) == want, text
    unknown = [["项目", "2022年决算数", "2021年决算数", "差值", "占比"], ["收入合计", "1,250.00", "1,100.00", "150.00", "50.4%"],
               ["支出合计", "1,230.00", "1,090.00", "140.00", "49.6%"]]
    assert money(in_every_layout(unknown)[0]) == want


def test_a_funds_column_the_rules_do_not_know_keeps_the_others_in_place():
    """结余 between 全年执行数 and 分值: an unread column of its own, so the row's values stay under theirs (the
    header ended at it before, and nothing was read), whatever the layout."""
    rows = [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "结余", "分值", "执行率", "得分"],
            ["年度资金总额", "120", "130", "125", "5", "10", "96.15%", "9.6"]]
    for text in in_every_layout(rows):
        assert budget_of(text) == {"budget_initial": Decimal(120), "budget_full_year": Decimal(130),
                                   "expenditure_total": Decimal(125)}, text


def test_a_short_part_row_fills_the_money_columns_from_the_left():
    """Only 年度资金总额 carries 分值 | 执行率 | 得分: a part row that stops after its amounts (60 | 60 | 58, 0 | 0 | 0)
    gives them to 年初预算数 | 全年预算数 | 全年执行数, small numbers as well as large, in every layout; a part row
    as wide as the total row keeps the total row's layout."""
    rows = [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "260", "260", "238", "10", "91.54%", "9.2"],
            ["其中：当年财政拨款", "60", "60", "58"], ["上年结转资金", "200", "200", "180"], ["其他资金", "0", "0", "0"]]
    money = ["budget_initial", "budget_full_year", "expenditure_total"]
    for text in in_every_layout(rows):
        parts = forms_of(text).funds[0].rows[1:]
        assert [[(v.role, v.value) for v in row.values] for row in parts] == [
            list(zip(money, (60, 60, 58))), list(zip(money, (200, 200, 180))), list(zip(money, (0, 0, 0)))], text
    wide = ("| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 年度资金总额 | 80 | 76 | 10 | 95% | 9.5 |\n| 其中：当年财政拨款 | 80 | 76 | 10 | 95% | 9.5 |\n")
    assert [v.role for v in forms_of(wide).funds[0].rows[1].values] == [
        "budget_full_year", "expenditure_total", "weight", "rate", "score"]


def test_a_group_cell_written_again_on_every_row_it_spans():
    """A page that copies a merged cell into every row (| 资金情况(万元) | 其中：… |) still gives the part rows."""
    text = ("| 资金情况(万元) | 资金情况(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 资金情况(万元) | 年度资金总额 | 330 | 330 | 301 | 10 | 91.21% | 9.1 |\n"
            "| 资金情况(万元) | 其中：当年财政拨款 | 300 | 300 | 280 | / | / | / |\n"
            "| 资金情况(万元) | 其他资金 | 30 | 30 | 21 | / | / | / |\n"
            "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n")
    rows = forms_of(text).funds[0].rows
    assert [(r.label, [v.value for v in r.values]) for r in rows] == [
        ("年度资金总额", [330, 330, 301, 10, Decimal("91.21"), Decimal("9.1")]),
        ("其中:当年财政拨款", [300, 300, 280]), ("其他资金", [30, 30, 21])]


def test_self_score_heading_the_funds_blocks_score_column():
    """``… | 权重 | 自评得分``: 自评得分 heads the funds row's score as 得分 does; the weight stays the weight."""
    rows = [["项目资金(万元)", "预算数", "执行数", "执行率", "权重", "自评得分"],
            ["年度资金总额", "84", "79", "94.05%", "10", "9.4"]]
    for text in in_every_layout(rows):
        report = extract_document(build_document(text)).report
        assert (report["budget_execution_weight"], report["budget_execution_score"]) == (10.0, 9.4), text


def test_funds_header_of_budget_actual_spending_and_completion_rate():
    """``预算数 | 实际支出 | 完成率 | 分值 | 得分``: 实际支出 heads the spending column and 完成率 the rate, in every
    layout; a bare 完成率 outside a funds header (任务完成率 | 100%) is still no execution rate."""
    rows = [["项目资金(万元)", "预算数", "实际支出", "完成率", "分值", "得分"],
            ["资金总额", "56.4", "50.2", "89.01%", "10", "8.9"]]
    for text in in_every_layout(rows, sep="        "):
        assert budget_of(text) == {"budget_full_year": Decimal("56.4"), "expenditure_total": Decimal("50.2")}, text
        report = extract_document(build_document(text)).report
        assert (report["budget_execution_rate_pct"], report["budget_execution_weight"],
                report["budget_execution_score"]) == (89.01, 10.0, 8.9), text
    assert extract_document(build_document("任务完成率 | 100%\n")).report["budget_execution_rate_pct"] is None


@pytest.mark.parametrize("whole, parts", [
    ("资金总量", ["其中：当年财政拨款", "上年结转资金", "其他资金"]),
    ("项目总资金", ["其中：财政资金", "自有资金"]),
    ("全部资金", ["财政拨款", "上年结转", "其他资金"])])
def test_the_whole_of_a_funds_table_under_a_label_of_its_own(whole, parts):
    """The first row of a funds table is its whole, whatever its label, when its sources follow it (其中：…, or
    rows each naming a source of funds): its figures are the report's, the sources' are parts; a first row
    the sources do not follow stays a part."""
    rows = [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [whole, "500", "480", "470", "10", "97.92%", "9.8"]]
    rows += [[part, "100", "90", "80", "—", "88.89%", "—"] for part in parts]
    expected = {"budget_initial": Decimal("500"), "budget_full_year": Decimal("480"), "expenditure_total": Decimal("470")}
    for text in in_every_layout(rows):
        assert budget_of(text) == expected, text
    alone = rows[:2] + [["公益性岗位", "100", "90", "80", "—", "88.89%", "—"]]
    assert budget_of(in_every_layout(alone)[0]) == {}


@pytest.mark.parametrize("initial, full_year, spent", [
    ("年初预算金额", "调整后预算金额", "全年实际执行金额"),
    ("年初批复数", "全年预算资金", "执行金额"),
    ("年初预算数", "预算批复数", "全年支出金额"),
    ("年初预算数", "全年预算数", "实际使用数"),
    ("年初预算", "批复预算", "全年支出"),
    ("年初预算数", "年度批复预算", "实际执行"),
    ("年初预算数", "全年预算数", "已支出"),
    ("年初预算数", "批复金额", "支出金额"),
    ("年初预算", "调整预算", "决算"),
    ("年初预算", "全年预算", "全年决算"),
    ("年初预算数", "批复数", "支出数"),
])
def test_funds_columns_named_with_other_words_of_the_same_parts(initial, full_year, spent):
    """Provinces name the funds columns with their own combinations of the parts (年初/全年/调整后 + 预算/批复 +
    数/金额/资金; 全年/实际 + 执行/支出/使用 + 数/金额): each heads its column in every layout."""
    rows = [["项目资金(万元)", initial, full_year, spent, "分值", "执行率(%)", "得分"],
            ["年度资金总额", "72", "80", "76", "10", "95", "9.5"]]
    for text in in_every_layout(rows):
        assert budget_of(text) == {"budget_initial": Decimal("72"), "budget_full_year": Decimal("80"),
                                   "expenditure_total": Decimal("76")}, text


def test_the_generated_funds_columns_name_no_other_role():
    """The combinations stay out of the indicator columns and fields (完成数, 预算数 of an indicator table), and
    funds received (到位数, 拨付数) are never a spending column."""
    from pipelines.extract import roles as R
    money = {w for r in ("budget_initial", "budget_full_year", "expenditure_total") for w in R.FUNDS_COLUMNS[r]}
    others = {w for table in (R.INDICATOR_COLUMNS, R.FIELDS, R.FUNDS_KEYS) for ws in table.values() for w in ws}
    assert not money & (others | set(R.FUNDS_GROUPS))
    # (完成 only after the year's whole, 全年完成数 | 本年完成数: the funds' execution in a funds header)
    assert not [w for w in money if "到位" in w or "拨付" in w or "完成" in w and not w.startswith(("全年完成", "本年完成"))]


def test_a_years_bare_budget_column_is_that_years_budget_under_any_name():
    """2023年预算金额 / 2023年批复预算数 beside 2022年决算数: that year's budget, not the evaluated year's."""
    for word in ("预算数", "预算金额", "批复预算数"):
        text = f"| 项目 | 2022年决算数 | 2023年{word} |\n| 合计 | 310.5 | 330 |\n"
        assert budget_of(text) == {"expenditure_total": Decimal("310.5")}, word


@pytest.mark.parametrize("total", ["资金合计", "项目资金合计", "年度资金合计", "部门经费总额", "本年预算资金总计"])
def test_the_total_row_named_with_other_words_of_the_same_parts(total):
    rows = [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [total, "30", "34", "33", "10", "97.06%", "9.7"],
            ["财政资金", "30", "34", "33", "", "97.06%", ""]]
    for text in in_every_layout(rows):
        assert budget_of(text) == {"budget_initial": Decimal("30"), "budget_full_year": Decimal("34"),
                                   "expenditure_total": Decimal("33")}, text


def test_a_parts_summed_row_is_that_part_but_a_grand_total_with_balances_is_not_the_spending():
    """基本支出合计 | 2022年决算数 is the basic spending; 支出总计 (spending plus the balance carried over) is none,
    nor is a bare 经费合计 (it may sum the controlled costs alone)."""
    text = ("| 项目 | 2022年决算数 |\n| 基本支出合计 | 410.2 |\n| 项目支出小计 | 95 |\n| 三公经费合计 | 3.1 |\n"
            "| 支出总计 | 560 |\n| 经费合计 | 12.5 |\n")
    assert budget_of(text) == {"expenditure_basic": Decimal("410.2"), "expenditure_project": Decimal("95"),
                               "three_public_total": Decimal("3.1")}


def test_columns_of_funds_received_keep_the_others_in_place_and_give_no_money():
    """资金到位数 | 实际拨付数 between the budget and the spending: funds received, not spent, and no budget either."""
    rows = [["项目资金(万元)", "全年预算金额", "资金到位数", "实际拨付数", "实际支出数", "执行率"],
            ["合计", "90", "90", "88", "85.5", "95%"]]
    for text in in_every_layout(rows):
        assert budget_of(text) == {"budget_full_year": Decimal("90"), "expenditure_total": Decimal("85.5")}, text


def test_the_annual_budget_cell_is_the_budget_column_when_it_groups_none():
    """年度预算数 | 全年执行数 | 执行率: with no budget column under it, 年度预算数 is the budget column itself."""
    rows = [["资金情况(万元)", "年度预算数", "全年执行数", "执行率", "分值", "得分"],
            ["年度资金总额", "210", "199.5", "95%", "10", "9.5"]]
    for text in in_every_layout(rows):
        assert budget_of(text) == {"budget_full_year": Decimal("210"), "expenditure_total": Decimal("199.5")}, text


@pytest.mark.parametrize("group", ["年度预算金额", "年度预算安排数"])
def test_the_annual_budget_under_any_name_groups_the_budget_columns_or_is_the_budget(group):
    """年度预算金额(万元) over 年初预算 | 调整后预算数 is their group, not a third budget; alone it is the budget."""
    text = (f"| 预算执行情况 | {group}(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n"
            "| 合计 | | 512.3 | 560 | 548.8 | 98% | 10 | 9.8 |\n")
    assert budget_of(text) == {"budget_initial": Decimal("512.3"), "budget_full_year": Decimal("560"),
                               "expenditure_total": Decimal("548.8")}
    text = f"| 资金情况(万元) | {group} | 全年执行数 | 执行率 |\n| 年度资金总额 | 210 | 199.5 | 95% |\n"
    assert budget_of(text) == {"budget_full_year": Decimal("210"), "expenditure_total": Decimal("199.5")}


def test_the_scores_totals_row_right_after_the_funds_rows_is_no_money():
    """``总分 | 100 | 96`` straight after 年度资金总额 closes the funds block: no `other` 100万元, the score stays 96."""
    rows = [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "90", "90", "81", "10", "90%", "9"], ["总分", "100", "96"], ["自评等级", "优"]]
    for text in in_every_layout(rows, sep="  "):
        result = extract_document(build_document(text))
        assert sorted((b["item"], b["amount_wan_yuan"]) for b in result.budget_items) == [
            ("budget_full_year", 90), ("budget_initial", 90), ("expenditure_total", 81)], text
        assert result.report["self_score"] == 96.0, text


def test_funds_block_whose_group_cell_spans_the_label_column():
    text = ("预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n"
            "总额 | 5.00 | 6.00 | 6.00 | 100.00% | 10 | 10 | 无 |\n")
    assert budget_of(text) == {"budget_initial": Decimal(5), "budget_full_year": Decimal(6),
                               "expenditure_total": Decimal(6)}


def test_funds_labels_followed_by_their_values():
    text = ("某项目绩效评价自评报告\n计划安排资金\n\n(万元)\n\n80\n\n实际到位资金\n\n(万元)\n\n80\n\n实际支出\n\n(万元)\n\n"
            "76.5\n\n结余(万元)\n\n3.5\n")
    assert budget_of(text) == {"budget_initial": Decimal(80), "expenditure_total": Decimal("76.5"),
                               "carryover_end": Decimal("3.5")}


def test_the_total_row_written_as_a_record_of_labels_and_values():
    """``年度资金总额：预算数 48.00 执行数 45.60 执行率 95%``: the row label before the colon, then each column's label
    and its value."""
    text = "某县项目支出绩效自评表\n项目资金(万元)\n年度资金总额：预算数 48.00 执行数 45.60 执行率 95% 分值10 得分9.5\n"
    assert budget_of(text) == {"budget_full_year": Decimal(48), "expenditure_total": Decimal("45.6")}


def test_a_rate_label_in_a_scoring_tables_row_is_no_rate():
    """``预算完成率 | 10 | 9.6`` under 分值 | 得分: the numbers are the row's points; ``执行率 | 96.5`` with no
    number after it, or with a %, is the rate."""
    scoring = "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n| 过程 | 预算执行 | 预算完成率 | 10 | 9.6 |\n"
    assert [fv for fv in forms_of(scoring).funds_pairs if fv.role == "rate"] == []
    rates = [(fv.role, fv.value) for fv in forms_of("执行率 | 96.5\n自评得分 | 95\n").funds_pairs]
    assert rates == [("rate", Decimal("96.5"))]
    assert [(fv.role, fv.value) for fv in forms_of("| 预算完成率 | 96.5% | 9.6 |\n").funds_pairs] == [
        ("rate", Decimal("96.5"))]
    # …also with the scoring standard between the points and the score (分值 | 评分标准 | 得分)
    for standard in ("=100%得5分，每低1%扣0.2分", "预算完成率×分值"):
        row = f"| 过程 | 预算执行 | 预算完成率 | 5 | {standard} | 4.6 |\n"
        assert [fv for fv in forms_of(scoring.splitlines()[0] + "\n" + row).funds_pairs if fv.role == "rate"] == []


def test_funds_labels_with_a_qualifier_and_a_short_unit():
    text = "专项转移支付绩效目标自评表\n转移支付预算数(A) 7.2万 预算执行率(B/A) 100%\n转移支付执行数(B) 7.2万\n"
    assert budget_of(text) == {"budget_full_year": Decimal("7.2"), "expenditure_total": Decimal("7.2")}
    assert extract_document(build_document(text)).report["budget_execution_rate_pct"] == 100.0


def test_funds_labels_with_their_value_after_a_colon_in_one_cell():
    """A form written as label：value lines: the unit from the label's bracket, else the declaration above
    (单位：元), else 万元; a colon in running text or before something that is no value is not a pair."""
    text = ("某项目支出绩效自评表\n单位：元\n年初预算数：1,200,000.00\n全年执行数：1,250,000\n"
            "全年预算数(万元)：130\n执行率：96.15%\n全年执行数：详见附表\n")
    assert budget_of(text) == {"budget_initial": Decimal(120), "budget_full_year": Decimal(130),
                               "expenditure_total": Decimal(125)}
    assert extract_document(build_document(text)).report["budget_execution_rate_pct"] == 96.15
    pairs = forms_of("年初预算数：80\n说明：本年度全年执行数为76.5\n").funds_pairs
    assert [(p.role, p.value, p.unit) for p in pairs] == [("budget_initial", 80, None)]


def test_a_clause_of_running_text_is_not_a_funds_label():
    assert not forms_of("全年收入120万元,预算完成率 97.80%;整体预算完成率 93.58%,预算执行良好。\n").funds_pairs


# --- indicator block -----------------------------------------------------------------------

def test_indicator_rows_one_cell_per_line_ending_in_a_pipe():
    rows = ["一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分", "偏差原因分析及改进措施", "|||||",
            "产出指标", "数量指标", "培训场次", "≥4场", "5场", "20", "20", "", "|||||||",
            "培训覆盖率", "100%", "98%", "20", "18", "", "|||||||",
            "", "", "", "", "", "", "|||||||",  # an empty template row
            "效益指标", "社会效益 指标", "群众知晓率", "≥90%", "93%", "20", "20", "", "|||||"]
    text = "项目支出绩效自评表\n" + "\n".join(r if r.startswith("|") else f"{r} |" if r else "|"
                                        for r in rows) + "\n总分 |\n100 |\n95 |\n"
    got = [brief(i) for i in indicators_of(text)]
    assert got == [("产出指标", "数量指标", "培训场次", ">=", 4.0, 5.0, 20.0, 20.0),
                   ("产出指标", "数量指标", "培训覆盖率", "=", 100.0, 98.0, 20.0, 18.0),
                   ("效益指标", "社会效益指标", "群众知晓率", ">=", 90.0, 93.0, 20.0, 20.0)]


def test_indicator_rows_spaced_with_a_header_broken_column_by_column():
    text = ("绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n"
            "指标值 完成值\n"
            "产出指标 数量指标 指标1:维修道路长度 12公里 12.5公里 10 10\n"
            "指标2:维修桥梁数量 3座 3座 10 10\n"
            "指标3:\n"
            "质量指标 指标1:验收合格率 100% 96% 10 8\n"
            "时效指标 完工时间 完成时间为当年11月 完成时间为当年11月 10 9\n")
    got = [brief(i) for i in indicators_of(text)]
    assert got == [("产出指标", "数量指标", "维修道路长度", "=", 12.0, 12.5, 10.0, 10.0),
                   ("产出指标", "数量指标", "维修桥梁数量", "=", 3.0, 3.0, 10.0, 10.0),
                   ("产出指标", "质量指标", "验收合格率", "=", 100.0, 96.0, 10.0, 8.0),
                   ("产出指标", "时效指标", "完工时间", None, None, None, 10.0, 9.0)]


def test_a_header_label_broken_onto_the_row_below_under_its_first_part():
    """| 一级指标 | 二级指标 | 三级 | … over | | | 指标 | … (a PDF's pipe rows wrapping a header cell): 三级 and 指标 are
    one label, the name column; and so for every level written so (一级 / 指标 …). The table had been lost."""
    rows = ["| 产出指标 | 数量指标 | 新建候车亭 | ≥20个 | 22个 | 30 | 30 |",
            "| 满意度指标 | 服务对象满意度指标 | 乘客满意度 | ≥90% | 94% | 20 | 19 |"]
    for top, below in (("| 一级指标 | 二级指标 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 |", "| | | 指标 | | | | |"),
                       ("| 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 |", "| 指标 | 指标 | 指标 | | | | |")):
        got = [brief(i) for i in indicators_of("\n".join([top, below, *rows]))]
        assert got == [("产出指标", "数量指标", "新建候车亭", ">=", 20.0, 22.0, 30.0, 30.0),
                       ("满意度指标", "服务对象满意度指标", "乘客满意度", ">=", 90.0, 94.0, 20.0, 19.0)], top


def test_a_header_wrapped_cell_by_cell_with_the_reason_column_last():
    """| 一级 | 二级 | 三级 | 年度 | 实际 | 分值 | 得分 | 偏差 | over | 指标 | 指标 | 指标 | 指标值 | 完成值 | | | 原因分析及改进措施 |
    (every cell of a narrow header wrapped): the header reads on through 偏差 into its second row. The table had
    been lost."""
    text = "\n".join([
        "| 一级 | 二级 | 三级 | 年度 | 实际 | 分值 | 得分 | 偏差 |",
        "| 指标 | 指标 | 指标 | 指标值 | 完成值 | | | 原因分析及改进措施 |",
        "| 产出指标 | 数量指标 | 新建候车亭 | ≥20个 | 22个 | 30 | 30 | |",
        "| 满意度指标 | 服务对象满意度指标 | 乘客满意度 | ≥90% | 88% | 20 | 18 | 线路调整影响 |"])
    assert [brief(i) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "新建候车亭", ">=", 20.0, 22.0, 30.0, 30.0),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", ">=", 90.0, 88.0, 20.0, 18.0)]


def test_indicator_header_in_two_rows_with_nature_and_unit_columns():
    # 年度指标值 spans 指标性质 / 指标值 / 度量单位 of the second header row; operators in full-width forms
    text = ("| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
            "| 产出指标 | 数量指标 | 受助学生人数 | ≧ | 300 | 人次 | 312 | 20 | 20 |\n"
            "| 质量指标 | 资助准确率 | ═ | 100 | % | 100% | 20 | 20 |\n"
            "| 效益指标 | 社会效益 指标 | 家长知晓率 | 004 >= | 90 | % | 88% | 20 | 18 |\n"
            "| 经费支出 | 005 <= | 12 | 万元 | 11.8 | 20 | 20 |\n")
    got = [brief(i) for i in indicators_of(text)]
    assert got == [("产出指标", "数量指标", "受助学生人数", ">=", 300.0, 312.0, 20.0, 20.0),
                   ("产出指标", "质量指标", "资助准确率", "=", 100.0, 100.0, 20.0, 20.0),
                   ("效益指标", "社会效益指标", "家长知晓率", ">=", 90.0, 88.0, 20.0, 18.0),
                   ("效益指标", "社会效益指标", "经费支出", "<=", 12.0, 11.8, 20.0, 20.0)]
    assert indicators_of(text)[0]["target_unit"] == "人次"


def test_levels_written_only_when_they_change_and_a_lost_first_level():
    text = ("一级\n指标\n二级指标 三级指标 指标值 完成值\n"
            "数量指标 指标1.检查企业数 ≥40 52\n指标2.抽检批次 ≥10 12\n"
            "指标3.整改完成率\n"
            "成本指标 指标1.人均培训成本 300元/人 280元/人\n")
    got = [brief(i) for i in indicators_of(text)]
    assert got == [(None, "数量指标", "检查企业数", ">=", 40.0, 52.0, None, None),
                   (None, "数量指标", "抽检批次", ">=", 10.0, 12.0, None, None),
                   (None, "数量指标", "整改完成率", None, None, None, None, None),
                   (None, "成本指标", "人均培训成本", "=", 300.0, 280.0, None, None)]


def test_a_row_cut_short_keeps_what_it_has_and_dates_have_no_value():
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |\n"
            "| 产出指标 | 时效指标 | 完工时限 | = | 2023年12月 | | 2023年11月 | 10 | 10 |\n"
            "| 质量指标 | 设备验收合格率 | = | 100 |\n")
    got = [brief(i) for i in indicators_of(text)]
    assert got == [("产出指标", "时效指标", "完工时限", None, None, None, 10.0, 10.0),
                   ("产出指标", "质量指标", "设备验收合格率", "=", 100.0, None, None, None)]


def test_a_label_merged_across_a_row_is_not_an_indicator():
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 发放人数 ≥50人 56人 50 50\n预算执行率 预算执行率\n")
    assert [i["name"] for i in indicators_of(text)] == ["发放人数"]


def test_levels_of_the_evaluation_frameworks_written_bare():
    """部门整体 and 项目 frameworks write their levels bare (投入 | 预算配置, 过程 | 预算执行, 效果 | 履职效益, 产出 |
    数量): they are level cells, not the start of the name; a level word after a second level is a name (社会效益
    under 履职效益), and one broken off a name is its end (回访对象 / 满意度)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["投入", "预算配置", "在编人员控制率", "≤100%", "96%", "10", "10"],
            ["过程", "预算执行", "结转结余率", "≤5%", "3%", "10", "10"],
            ["产出", "数量", "巡查次数", "≥12次", "14次", "30", "30"],
            ["效果", "履职效益", "社会效益", "显著", "显著", "20", "18"]]
    want = [("投入", "预算配置", "在编人员控制率", "<=", 100.0, 96.0, 10.0, 10.0),
            ("过程", "预算执行", "结转结余率", "<=", 5.0, 3.0, 10.0, 10.0),
            ("产出", "数量", "巡查次数", ">=", 12.0, 14.0, 30.0, 30.0),
            ("效果", "履职效益", "社会效益", None, None, None, 20.0, 18.0)]
    for text in in_every_layout(rows):
        assert [brief(i) for i in indicators_of(text)] == want, text
    text = ("一级指标\n二级指标\n三级指标\n指标值\n完成值\n分值\n得分\n满意度指标\n服务对象满意度指标\n"
            "回访对象\n满意度\n≥90%\n94%\n10\n10\n")
    assert [i["name"] for i in indicators_of(text)] == ["回访对象满意度"]
    # a first-level label the vocabulary lacks, before a second level, is the first level
    rows = [rows[0], ["运行管理指标", "预算执行", "预算调整率", "≤10%", "6%", "5", "5"]]
    for text in in_every_layout(rows):
        assert [brief(i)[:3] for i in indicators_of(text)] == [("运行管理指标", "预算执行", "预算调整率")], text


def in_every_layout(rows: list[list[str]], sep: str = "\t") -> list[str]:
    """The same table as pipe rows, one cell per line, and rows whose cells ``sep`` separates."""
    return ["\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n",
            "\n".join(c for r in rows for c in r if c) + "\n",
            "\n".join(sep.join(r) for r in rows) + "\n"]


# two indicator rows and their header; a column is inserted into all three where a test needs one
_ROWS = (["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "数量指标", "走访户数", "≥300户", "326户", "20", "19"],
         ["", "质量指标", "台账合格率", "100%", "100%", "15", "15"])
_READ = [("产出指标", "数量指标", "走访户数", ">=", 300.0, 326.0, 20.0, 19.0),
         ("产出指标", "质量指标", "台账合格率", "=", 100.0, 100.0, 15.0, 15.0)]


def _with_column(at: int, cells: tuple[str, str, str]) -> list[list[str]]:
    rows = [list(r) for r in _ROWS]
    for row, cell in zip(rows, cells):
        row.insert(at, cell)
    return rows


def test_a_completion_rate_column_is_read_past_not_into_the_values():
    """``… | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分``: the 完成率 column (each row's actual / target) held up
    the header, and its % shifted the rows; it is now a column whose cells are not read, in every layout."""
    for text in in_every_layout(_with_column(5, ("完成率", "108.7%", "100%")), sep="  "):
        assert [brief(i) for i in indicators_of(text)] == _READ, text


def test_a_weight_written_as_its_share_of_the_whole():
    """``权重 | 20%``: a weight written as a share of 100 is the weight (20 points), not a result pushing the row's
    values a column on, in every layout; the rows' own percentages (100% | 100%) stay target and result."""
    rows = [list(r) for r in _ROWS]
    rows[0][5], rows[1][5], rows[2][5] = "权重", "20%", "15%"
    for text in in_every_layout(rows):
        assert [brief(i) for i in indicators_of(text)] == _READ, text


def test_a_column_the_rules_do_not_know_between_two_they_do_is_read_past():
    """A header cell the vocabulary lacks (指标解释 after the name, 数据来源 after the results) no longer ends the
    header: its cells go to a column that is not read, and the rows keep their values, in every layout."""
    for at, cells in ((3, ("指标解释", "走访困难家庭的户数", "台账检查合格的比例")), (5, ("数据来源", "统计台账", "检查记录"))):
        for text in in_every_layout(_with_column(at, cells)):
            assert [brief(i) for i in indicators_of(text)] == _READ, text


def test_weight_column_before_the_target():
    text = "一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分\n产出指标 数量指标 种植面积 10 500亩 520亩 10\n"
    assert [brief(i) for i in indicators_of(text)] == [("产出指标", "数量指标", "种植面积", "=", 500.0, 520.0, 10.0, 10.0)]


def test_the_points_after_each_level_are_the_levels_and_the_one_after_the_name_the_weight():
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 目标值 | 实际值 | 得分 (the department forms' frame of 投入 / 过程 /
    产出 / 效果): a 分值 after a level's label holds that level's points, the one after the name the indicator's
    weight, in every layout; the total row writes the full marks under each, its last two figures being the
    weight's and the score's."""
    rows = [["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "目标值", "实际值", "得分"],
            ["投入", "20", "预算配置", "20", "在编人员控制率", "10", "≤100%", "95%", "10"],
            ["重点支出保障率", "10", "≥90%", "93%", "9"],
            ["产出", "80", "职责履行", "80", "重点工作完成率", "80", "100%", "98%", "76"]]
    for text in in_every_layout(rows):
        assert [brief(i) for i in indicators_of(text)] == [
            ("投入", "预算配置", "在编人员控制率", "<=", 100.0, 95.0, 10.0, 10.0),
            ("投入", "预算配置", "重点支出保障率", ">=", 90.0, 93.0, 10.0, 9.0),
            ("产出", "职责履行", "重点工作完成率", "=", 100.0, 98.0, 80.0, 76.0)], text
    block = forms_of(in_every_layout(rows + [["合计", "100", "", "100", "", "100", "", "", "95"]])[0]).indicators[0]
    assert (block.total_weight, block.total_score) == (100.0, 95.0)


def test_a_rows_label_going_on_in_words_heads_its_own_row_not_the_figures_above():
    """| 部门整体支出预算执行情况 | 年初预算数 | 全年预算数 | 全年执行数 | over a row of figures with no label, then
    | 厉行节约保障措施 | 严格执行… |: the worded row is a row of its own, the figures the execution's (a page writing
    each label after its figures ends on a label alone)."""
    text = ("| 部门整体支出预算执行情况 | 年初预算数 | 全年预算数 | 全年执行数 |\n| | 4,126.80 | 4,693.52 | 4,580.22 |\n"
            "| 厉行节约保障措施 | 严格执行公务接待和公车使用管理规定。 |\n")
    assert budget_of(text) == {"budget_initial": Decimal("4126.8"), "budget_full_year": Decimal("4693.52"),
                               "expenditure_total": Decimal("4580.22")}


def test_a_levels_points_spaced_off_its_label_stay_with_it():
    """产出指标 （50分） 数量指标 指标1：… in a row laid out with spaces: the points are the level cell's, no name."""
    text = ("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "产出指标 （50分） 数量指标 指标1：公益性岗位开发数量 ≥500个 512个 10 10\n"
            "指标2：安置人数 ≥300人 318人 10 10\n"
            "效益指标 （30分） 社会效益指标 指标1：困难人员收入增加 稳步增加 稳步增加 15 15\n")
    assert [brief(i) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "公益性岗位开发数量", ">=", 500.0, 512.0, 10.0, 10.0),
        ("产出指标", "数量指标", "安置人数", ">=", 300.0, 318.0, 10.0, 10.0),
        ("效益指标", "社会效益指标", "困难人员收入增加", None, None, None, 15.0, 15.0)]


def test_the_years_execution_column_named_without_its_number_word():
    """资金情况（万元） | 年初预算 | 全年预算 | 全年执行 | 执行率: 全年执行 heads the spending's column as 全年执行数 does."""
    text = "资金情况（万元）\t年初预算\t全年预算\t全年执行\t执行率\n年度资金总额\t900\t920\t892.4\t97%\n"
    assert budget_of(text) == {"budget_initial": Decimal(900), "budget_full_year": Decimal(920),
                               "expenditure_total": Decimal("892.4")}


def test_the_totals_row_after_empty_cells():
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 办件量 | ≥100件 | 120件 | 100 | 96 |\n| 总分 | | | | | 100 | 96 |\n")
    block = forms_of(text).indicators[0]
    assert (block.total_weight, block.total_score) == (100.0, 96.0)


def test_a_goals_table_is_not_an_indicator_header():
    text = "年度总体目标 | 预期目标 | 实际完成情况 |\n完成培训 | 完成 |\n"
    assert find_headers(cell_stream(build_document(text))) == []


# --- label -> value fields ---------------------------------------------------------------------

def test_field_cells_of_a_project_form():
    text = ("项目名称 | 社区养老服务补助 |\n主管部门 | 某县民政局 | 实施单位 | 某县养老服务中心 |\n"
            "部门:某县第三小学\n自评得分 | | 自评等级 | 优 |\n")
    fields = [(f.role, f.value) for f in forms_of(text).fields]
    assert fields == [("project", "社区养老服务补助"), ("supervisor", "某县民政局"), ("implementer", "某县养老服务中心"),
                      ("department", "某县第三小学"), ("self_score", ""), ("grade", "优")]
    assert [f.value for f in forms_of(text).field("implementer")] == ["某县养老服务中心"]


# --- a form run together with no separator (OCR, document-sharing copies) ------------------------

def test_glued_form_is_cut_into_cells_again():
    text = ("某县农业示范项目绩效目标自评表项目名称示范推广项目主管部门某县农业农村局项目实施单位某县农技中心"
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
            "产出指标(50分)数量指标指标1示范推广面积10600亩600亩10指标2培训农户人次10300人次300人次10"
            "质量指标指标1技术到位率10100%100%9\n")
    got = [brief(i) for i in indicators_of(text)]
    assert got == [("产出指标", "数量指标", "示范推广面积", "=", 600.0, 600.0, 10.0, 10.0),
                   ("产出指标", "数量指标", "培训农户人次", "=", 300.0, 300.0, 10.0, 10.0),
                   ("产出指标", "质量指标", "技术到位率", "=", 100.0, 100.0, 10.0, 9.0)]


def test_glued_row_whose_name_repeats_its_value():
    # ``name target actual score`` run together, target and actual written alike
    text = ("一级指标二级指标三级指标年初目标值实际完成值得分产出指标数量指标成本控制不超过预算不超过预算10"
            "质量指标资金专款专用专款专用专款专用10时效2年2年2年10\n")
    got = [(i["level2"], i["name"], i["target_raw"], i["actual_raw"], i["score"]) for i in indicators_of(text)]
    assert got == [("数量指标", "成本控制", "不超过预算", "不超过预算", 10.0),
                   ("质量指标", "资金专款专用", "专款专用", "专款专用", 10.0),
                   ("时效", "2年", "2年", "2年", 10.0)]


def test_glued_weight_and_score_are_parted_after_the_row_s_values():
    """一级指标…实际完成值分值得分偏差原因… then rows ending ≥8公里8.5公里2018: the two-letter labels run together are a
    column each, and a bare figure over 100 closing the row is its weight and score (the one way of cutting it into
    a weight up to 100 and a score within it), after figures or after a target and result in the same words."""
    text = ("某县2023年度项目支出绩效自评表项目名称农村道路养护项目主管部门某县交通运输局实施单位某县公路站"
            "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
            "产出指标数量指标养护农村公路里程≥8公里8.5公里2018质量指标路面完好率≥90%92%109.5"
            "效益指标社会效益指标群众出行条件有所改善有所改善3030\n")
    got = [(i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"]) for i in indicators_of(text)]
    assert got == [("养护农村公路里程", 8.0, 8.5, 20.0, 18.0), ("路面完好率", 90.0, 92.0, 10.0, 9.5),
                   ("群众出行条件", None, None, 30.0, 30.0)]
    from pipelines.extract.indicator_block import _points_parted
    # (a year cuts no way: 20 | 21 has a score over its weight, 202 | 1 a weight over 100, 2 | 021 a leading zero)
    assert (_points_parted("1009"), _points_parted("2021"), _points_parted("100")) == (("100", "9"), None, ("10", "0"))


def test_glued_points_before_a_deadline_and_its_result_after_it():
    """…项目验收时限82023年11月底前已验收8…: the weight ends where the deadline's year opens (no figure 82023), and
    the result's words after the deadline (已…, 未…) are a cell of their own."""
    text = ("某县2023年度项目支出绩效自评表项目名称乡村道路硬化项目主管部门某县交通运输局实施单位某县公路站"
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"
            "产出指标数量指标指标1硬化道路里程8≥12公里12.6公里8时效指标指标1项目验收时限82023年11月底前已验收8"
            "质量指标指标1验收合格率8100%100%8\n")
    got = [(i["name"], i["target_value"], i["actual_raw"], i["weight"], i["score"]) for i in indicators_of(text)]
    assert got == [("硬化道路里程", 12.0, "12.6公里", 8.0, 8.0), ("项目验收时限", None, "已验收", 8.0, 8.0),
                   ("验收合格率", 100.0, "100%", 8.0, 8.0)]


def test_glued_form_s_amounts_a_space_apart_stay_apart_and_its_total_is_parted_from_its_points():
    """A department form run together (a document-sharing copy) whose funds row keeps a space between its amounts
    (年度资金总额2,310.40 2,486.25 …): two whole amounts a space apart are two cells, the points and rate run together
    after them (10 96.62% -> 1096.62%) are cut so that the rate is spending / budget, and the total row's full marks
    run into its score (总分10098.66) are 100 | 98.66."""
    text = ("某县文化旅游局部门整体支出绩效自评表(2021年度)部门名称某县文化旅游局单位:万元预算执行情况"
            "年初预算数全年预算数全年执行数分值执行率得分年度资金总额2,310.40 2,486.25 2,402.18 10 96.62% 9.66"
            "其中:财政拨款2,310.40 2,486.25 2,402.18 - - -年度总体目标预期目标实际完成情况完成全县文物保护任务。"
            "完成文物巡查和送戏下乡任务。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
            "产出指标数量指标送戏下乡场次≥120场126场3030质量指标文物安全事故0起0起3030"
            "满意度指标服务对象满意度指标群众满意度≥90%94%3029总分10098.66\n")
    assert budget_of(text) == {"budget_initial": Decimal("2310.40"), "budget_full_year": Decimal("2486.25"),
                               "expenditure_total": Decimal("2402.18")}
    report = extract_document(build_document(text)).report
    assert (report["budget_execution_rate_pct"], report["self_score"], report["indicator_total_weight"]) \
        == (96.62, 98.66, 100.0)
    from pipelines.extract.cells import _glued_segments
    # (a figure OCR spaced, 1 206.55 / 12. 5, is never whole on both sides of its space: joined as before)
    assert _glued_segments("合计1,206.55 3,100 12.5 6.40 1 206.55 12. 5%") \
        == ["合计1,206.55", "3,100", "12.5", "6.401206.5512.5%"]


def test_a_form_run_together_keeping_its_amounts_thousands_separators_is_cut_at_their_groups():
    """年度资金总额3,205.403,180.00… (a document-sharing copy that keeps the amounts' separators): each amount ends two
    digits after its point, where the next one's first group opens (never 3,205.403 | ,180.003); the points and rate run
    together after them are cut so that the rate is spending / budget."""
    text = ("某县2021年度项目支出绩效自评表项目名称乡村学校食堂改造主管部门某县教育局实施单位某县教育局"
            "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分"
            "年度资金总额3,205.403,180.003,149.741099.05%9.9其中：当年财政拨款3,205.403,180.003,149.74—99.05%—"
            "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
            "产出指标数量指标改造食堂数量≥12个12个5050效益指标社会效益指标学生就餐满意度≥90%95%5049.9总分10099.9\n")
    assert budget_of(text) == {"budget_initial": Decimal("3205.40"), "budget_full_year": Decimal("3180.00"),
                               "expenditure_total": Decimal("3149.74")}
    report = extract_document(build_document(text)).report
    assert (report["budget_execution_rate_pct"], report["budget_execution_weight"], report["budget_execution_score"],
            report["self_score"]) == (99.05, 10.0, 9.9, 99.9)
    from pipelines.extract.cells import split_glued
    # (a part's row of amounts alone: one cell, the funds reader cuts it at the groups)
    assert split_glued("其中：当年财政拨款3,205.403,180.003,149.74—99.05%—")[1] == "3,205.403,180.003,149.74"


def test_a_glued_rows_empty_cells_are_parted_from_the_next_rows_label_and_two_dates_are_target_and_result():
    """…100.00%——项目支出…: the dashes of a row's empty cells (分值 / 得分) run into the next row's label are cells of their
    own, so the row reads as 项目支出; a deadline and the date it was met run together after a name (…时间2022年6月底前
    2022年5月1010) are the target and the result, the points after them the weight and score."""
    text = ("某镇2022年度部门整体支出绩效自评表部门名称某县某镇人民政府单位:万元年度预算安排资金情况年初预算数全年预算数"
            "全年执行数执行率分值得分年度资金总额1,500.001,800.001,710.0095.00%109.5其中:基本支出600.00700.00700.00"
            "100.00%——项目支出900.001,100.001,010.0091.82%——年度总体目标完成情况预期目标实际完成情况保障机关运转。"
            "完成年度任务。年度绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
            "产出指标数量指标修缮村道条数8条8条1010时效指标村道修缮完成时间2022年6月底前2022年5月1010"
            "效益指标社会效益指标村民满意度≥90%95%1010\n")
    got = budget_of(text)
    assert (got["expenditure_basic"], got["expenditure_project"]) == (Decimal("700.00"), Decimal("1010.00"))
    rows = [(i["name"], i["target_raw"], i["actual_raw"], i["target_value"], i["weight"], i["score"])
            for i in indicators_of(text)]
    assert rows[1] == ("村道修缮完成时间", "2022年6月底前", "2022年5月", None, 10.0, 10.0)
    from pipelines.extract.cells import split_glued
    # (the result's words after its date stay with it; one date alone stays in the text around it)
    assert split_glued("时效指标修缮完成时间2022年6月底前2022年5月完成1010") == [
        "时效指标", "修缮完成时间", "2022年6月底前", "2022年5月完成", "1010"]
    assert split_glued("时效指标修缮完成时间2022年6月底前完成1010") == ["时效指标", "修缮完成时间2022年6月底前完成", "1010"]


def test_the_grade_after_a_total_run_into_its_full_marks_is_the_grade():
    """总分10096合格 (a form run together): the grade word after the full marks and score run together is the form's
    grade, as after a total row's cells."""
    text = ("某县2021年度项目支出绩效自评表项目名称乡村学校食堂改造实施单位某县教育局"
            "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分年度资金总额120.0120.0118.81099.00%9.9"
            "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
            "产出指标数量指标改造食堂数量≥12个12个5050效益指标社会效益指标学生就餐满意度≥90%95%5046总分10096优\n")
    report = extract_document(build_document(text)).report
    assert (report["self_score"], report["grade"]) == (96.0, "优")
    report = extract_document(build_document(text.replace("10096优", "10096良好"))).report
    assert (report["self_score"], report["grade"]) == (96.0, "良")


def test_points_and_rate_run_together_after_a_row_s_amounts_are_cut_by_the_rate():
    text = ("预算执行情况 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 2,310.40 2,486.25 2,402.18 1096.62% 9.66\n")
    assert budget_of(text) == {"budget_initial": Decimal("2310.40"), "budget_full_year": Decimal("2486.25"),
                               "expenditure_total": Decimal("2402.18")}
    report = extract_document(build_document(text)).report
    assert (report["budget_execution_rate_pct"], report["budget_execution_weight"]) == (96.62, 10.0)
    from pipelines.extract.funds_block import _tail_split
    from pipelines.model import Cell
    cols = ["budget_initial", "budget_full_year", "expenditure_total", "weight", "rate", "score"]
    # (a rate of 0 is no cut: 387.5 | 387.5 | 10 then 100% is no spending of 10 and a rate of 0)
    assert _tail_split("100", [Cell("387.5", 1), Cell("387.5", 1), Cell("10", 1)], cols, 0) is None


def test_a_whole_spaced_form_in_a_pipe_cell_of_a_page_s_chrome_is_read():
    """A document-sharing page's chrome parts its line with pipes (上传人:… | 页数:2 | 浏览:58 …) before the form it
    flattened onto the same line with spaces: that last pipe cell, the forms' labels among its pieces, is the form's
    cells, read as a spaced line's."""
    text = ("某县水利局2022年度部门整体支出绩效自评表 - 某某文库 首页 > 公文 上传人:abc123 | 页数:2 | 浏览:58 "
            "部门整体支出绩效自评表 (2022年度) 部门名称 某县水利局 单位:万元 预算执行情况 年初预算数 全年预算数 全年执行数 "
            "分值 执行率 得分 年度资金总额 3,620.00 4,105.50 3,987.20 10 97.12% 9.71 其中:财政拨款 3,620.00 4,105.50 "
            "3,987.20 - 97.12% - 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            "产出指标 数量指标 新建灌溉渠道 ≥12公里 13.5公里 30 30 质量指标 工程验收合格率 100% 100% 30 30 "
            "满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 95% 30 29 总分 100 98.71 自评等级 优\n")
    assert budget_of(text) == {"budget_initial": Decimal("3620.00"), "budget_full_year": Decimal("4105.50"),
                               "expenditure_total": Decimal("3987.20")}
    got = [brief(i) for i in indicators_of(text)]
    assert got == [("产出指标", "数量指标", "新建灌溉渠道", ">=", 12.0, 13.5, 30.0, 30.0),
                   ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, 100.0, 30.0, 30.0),
                   ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, 95.0, 30.0, 29.0)]
    assert extract_document(build_document(text)).report["self_score"] == 98.71
    # (a pipe cell of words, no form's labels among them, stays one cell)
    from pipelines.extract.cells import _form_runs_parted
    assert _form_runs_parted(["某某 文库 首页 > 公文 > 通知 上传人:abc123", "页数:2"]) \
        == ["某某 文库 首页 > 公文 > 通知 上传人:abc123", "页数:2"]


def test_prose_is_not_cut_as_a_glued_form():
    from pipelines.extract.cells import is_glued
    assert not is_glued("本年度年初预算数2.08亿元，全年预算数2.4012亿元，全年预算执行率95.15%，其中项目支出执行良好，"
                        "年初预算数与全年预算数之差为追加。")


def test_funds_rows_whose_label_follows_their_numbers():
    # the page's HTML put each row's label after its cells: the block opens with numbers, ends with a label
    text = ("| 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| 30 | 32 | 31 | 96.88% | 年度资金总额 |\n"
            "| 30 | 30 | 29 | 96.67% | 其中:财政拨款 |\n| 0 | 2 | 2 | 100% | 上年结转 |\n")
    assert budget_of(text) == {"budget_initial": Decimal(30), "budget_full_year": Decimal(32),
                               "expenditure_total": Decimal(31)}
    assert extract_document(build_document(text)).report["budget_execution_rate_pct"] == 96.88


def test_a_whole_form_on_one_spaced_line():
    text = ("项目支出绩效自评表 项目名称 社区矫正经费 主管部门 某市司法局 实施单位 某市司法局 项目资金(万元) 年初预算数 "
            "全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 80万元 80万元 76万元 10 95% 9.5 其中:当年财政 拨款 "
            "80万元 80万元 76万元 - 95% - 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 "
            "矫正对象走访次数 ≥12次 14次 45 45 满意度指标 服务对象满意度指标 群众满意度 ≥90% 93% 45 44\n")
    assert budget_of(text) == {"budget_initial": Decimal(80), "budget_full_year": Decimal(80),
                               "expenditure_total": Decimal(76)}
    assert [brief(i) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "矫正对象走访次数", ">=", 12.0, 14.0, 45.0, 45.0),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, 93.0, 45.0, 44.0)]


def test_a_stray_mark_of_ocr_is_not_an_indicator_name():
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 质量指标 验收合格率 100% 100% 10 10\n$ 90% 8\n")
    assert [i["name"] for i in indicators_of(text)] == ["验收合格率"]


def test_totals_row_one_cell_per_line_gives_score_and_grade():
    cells = ["项目支出绩效自评表", "实施单位", "某县公路养护段", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
             "分值", "得分", "产出指标", "数量指标", "养护里程", "≥300公里", "312公里", "100", "97.5", "总分", "100", "97.5",
             "优"]
    report = extract_document(build_document("\n\n".join(cells) + "\n")).report
    assert (report["self_score"], report["grade"], report["department"]) == (97.5, "优", "某县公路养护段")


def test_a_score_field_after_the_indicator_block_is_not_an_indicator():
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值\n产出指标 数量指标 检查次数 ≥12次 15次\n"
            "自评得分 93 自评等级 优\n")
    doc = build_document(text)
    assert [i["name"] for i in extract_document(doc).indicators] == ["检查次数"]
    assert extract_document(doc).report["self_score"] == 93.0


def test_a_report_label_with_its_value_after_a_colon_ends_the_indicator_block():
    """A table with no totals row, then ``自评得分：…`` / ``综合评分：…`` / ``评价等次：…`` lines: the report's own
    figures end the table, they are no row of it."""
    for tail in ("自评得分：81.5分\n自评等级：良\n", "综合评分：77分\n评价等次：中\n"):
        text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                "| 产出指标 | 数量指标 | 巡查河段数 | ≥14段 | 15段 | 50 | 50 |\n" + tail)
        assert [i["name"] for i in indicators_of(text)] == ["巡查河段数"], tail


def test_a_report_label_with_a_note_in_brackets_before_its_colon_ends_the_indicator_block():
    """``自评得分（满分100分）：…`` / ``总分（100分）：…``: the label's note in brackets (its full marks) keeps it the report's
    own label, so the line ends the table and is no row of it; the score is the report's."""
    for tail, score in (("自评得分（满分100分）：87.5分\n", 87.5), ("总分（100分）：84分\n", 84.0)):
        text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
                "产出指标 数量指标 巡查河段数 ≥14段 15段 50 50\n"
                "满意度指标 服务对象满意度指标 沿河村民满意度 ≥90% 93% 50 37.5\n" + tail)
        doc = build_document(text)
        assert [i["name"] for i in extract_document(doc).indicators] == ["巡查河段数", "沿河村民满意度"], tail
        assert extract_document(doc).report["self_score"] == score, tail


def test_a_page_footer_and_the_header_repeated_on_the_next_page_are_no_rows():
    """A table over two pages: the footer (第 1 页，共 2 页) and the header again on the next page are skipped."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head, ["产出指标", "数量指标", "走访户数", "≥300户", "326户", "20", "19"]]
    more = [head, ["", "质量指标", "台账合格率", "100%", "100%", "15", "15"], ["总分", "", "", "", "", "35", "34"]]
    for before, after in zip(in_every_layout(rows, sep="  "), in_every_layout(more, sep="  ")):
        for footer in ("第 1 页，共 2 页\n", "第1页/共2页\n"):
            text = before + footer + after
            assert [brief(i) for i in indicators_of(text)] == _READ, text


def test_a_level_cell_broken_before_its_last_word_is_one_level():
    """``服务对象`` / ``满意度指标``, ``生态`` / ``效益指标`` one cell per line: the level's two pieces are one level
    cell, not a row named after the first piece."""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "效益指标", "生态", "效益指标", "护林巡查覆盖率", "≥95%", "97%", "20", "20",
             "满意度指标", "服务对象", "满意度指标", "林农满意度", "≥85%", "90%", "20", "19"]
    assert [brief(i) for i in indicators_of("\n".join(cells) + "\n")] == [
        ("效益指标", "生态效益指标", "护林巡查覆盖率", ">=", 95.0, 97.0, 20.0, 20.0),
        ("满意度指标", "服务对象满意度指标", "林农满意度", ">=", 85.0, 90.0, 20.0, 19.0)]


def test_actual_column_under_other_names():
    """全年完成值 / 实际完成情况 head the year's figures as 实际完成值 does: no unread column, the target in its place."""
    for label in ("全年完成值", "实际完成情况"):
        text = (f"| 一级指标 | 二级指标 | 具体指标 | 预期指标值 | {label} | 权重 | 自评得分 |\n"
                "| 产出指标 | 数量指标 | 修缮校舍栋数 | 不少于6栋 | 7栋 | 50 | 50 |\n"
                "| 产出指标 | 质量指标 | 验收合格率 | 达到100% | 90% | 50 | 45 |\n")
        assert [(i["name"], i["target_value"], i["actual_value"]) for i in indicators_of(text)] == [
            ("修缮校舍栋数", 6.0, 7.0), ("验收合格率", 100.0, 90.0)], label


def test_funds_columns_split_over_two_header_rows():
    """全年预算数 over 金额 | 分值 and 全年执行数 over 金额 | 得分: each amount sub-column takes its column's role
    and the points keep their place (pipe rows, tab rows repeating merged cells alike)."""
    pipe = ("| 资金情况（万元） | | 全年预算数 | | 全年执行数 | | 执行率 |\n"
            "| | | 金额 | 分值 | 金额 | 得分 | |\n"
            "| | 年度资金总额 | 80 | 10 | 72 | 9 | 90% |\n"
            "| | 其中：市级资金 | 50 | | 45 | | 90% |\n")
    tabs = ("资金情况（万元）\t资金情况（万元）\t全年预算数\t全年预算数\t全年执行数\t全年执行数\t执行率\n"
            "资金情况（万元）\t资金情况（万元）\t金额\t分值\t金额\t得分\t执行率\n"
            "年度资金总额\t年度资金总额\t80\t10\t72\t9\t90%\n")
    for text in (pipe, tabs):
        assert budget_of(text) == {"budget_full_year": Decimal("80"), "expenditure_total": Decimal("72")}
        block = forms_of(text).funds[0]
        assert [(v.role, str(v.value)) for v in block.rows[0].values] == [
            ("budget_full_year", "80"), ("weight", "10"), ("expenditure_total", "72"), ("score", "9"),
            ("rate", "90")]


def test_funds_columns_split_into_sources_on_a_page_that_drops_merged_cells():
    """A native table whose merged cells came out once (预算数 | 执行数 over 总额 | 财政拨款 | 其他资金 twice; 全年执行数
    over 金额 | 其中：财政拨款 with the unsplit columns left out of the second row): the amounts are the columns'
    figures, the sources are not read."""
    doc = build_document([TableBlock([
        ["年度主要任务", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）"],
        ["总额", "财政拨款", "其他资金", "总额", "财政拨款", "其他资金"],
        ["校舍维修", "维修教学楼", "90", "80", "10", "88", "78", "10"],
        ["合计", "", "90", "80", "10", "88", "78", "10"]])])
    assert {b["item"]: b["amount_wan_yuan"] for b in extract_document(doc).budget_items if b["item"] != "other"} == {
        "budget_full_year": Decimal("90"), "expenditure_total": Decimal("88")}
    doc = build_document([TableBlock([
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
        ["金额", "其中：财政拨款"],
        ["年度资金总额", "40", "50", "45", "30", "90%", "9"]])])
    assert {b["item"]: b["amount_wan_yuan"] for b in extract_document(doc).budget_items if b["item"] != "other"} == {
        "budget_initial": Decimal("40"), "budget_full_year": Decimal("50"), "expenditure_total": Decimal("45")}


_AFTER_TABLE_HEAD = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                     "| 产出指标 | 数量指标 | 修缮校舍栋数 | ≥6栋 | 7栋 | 30 | 30 |\n")
_AFTER_TABLE_ROW = "| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 95% | 30 | 30 |\n"


def test_a_subtotal_row_is_no_indicator_and_the_rows_below_it_go_on():
    text = _AFTER_TABLE_HEAD + "| 产出指标小计 | | | | | 30 | 30 |\n" + _AFTER_TABLE_ROW
    assert [i["name"] for i in indicators_of(text)] == ["修缮校舍栋数", "师生满意度"]
    text = _AFTER_TABLE_HEAD + "| 产出指标 | 小计 | | | | 30 | 30 |\n" + _AFTER_TABLE_ROW
    assert [i["name"] for i in indicators_of(text)] == ["修缮校舍栋数", "师生满意度"]


def test_a_note_and_the_form_footer_under_the_table_end_it():
    for tail in ("注：1.满意度问卷发放120份，回收118份。\n2.其余数据来自统计年报\n",
                 "| 备注：满意度问卷回收118份 | | | | | | |\n",
                 "| 填报人：王某 | 联系电话：0000-1234567 | 填报日期：2024年3月1日 | | | | |\n"):
        assert [i["name"] for i in indicators_of(_AFTER_TABLE_HEAD + _AFTER_TABLE_ROW + tail)] == [
            "修缮校舍栋数", "师生满意度"], tail


def test_a_paragraph_right_below_the_table_rows_ends_the_table():
    """No totals row: the running text after the rows (a sentence alone on its line) is no row of the table."""
    tabs = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t修缮校舍栋数\t≥6栋\t7栋\t30\t30\n"
            "全年修缮校舍7栋，惠及师生1200人。\n下一步将继续做好校舍维护。\n")
    for text in (tabs, _AFTER_TABLE_HEAD + "全年修缮校舍7栋，惠及师生1200人。\n下一步将继续做好校舍维护。\n",
                 _AFTER_TABLE_HEAD + "全年修缮校舍7栋，惠及师生1200人\n项目负责人：王某\n"):
        assert [i["name"] for i in indicators_of(text)] == ["修缮校舍栋数"]


def test_a_note_and_the_form_footer_end_the_funds_rows():
    """注：… and 填报人：… under the funds rows are no rows of them: a phone number is no money."""
    text = ("| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| | 年度资金总额 | 50 | 60 | 57 | 10 | 95% | 9.5 |\n"
            "注：其他资金 2 万元\n"
            "填报人：王某 联系电话 87654321\n")
    block = forms_of(text).funds[0]
    assert [r.label for r in block.rows] == ["年度资金总额"]
    assert all(b["amount_wan_yuan"] < 100 for b in extract_document(build_document(text)).budget_items)


def test_funds_columns_split_into_the_spendings_parts():
    """预算数 | 执行数 over 合计 | 基本支出 | 项目支出: 合计 is each column's figure; the parts are not read as it."""
    text = ("| 预算执行情况（万元） | 预算数 | | | 执行数 | | | 执行率 |\n"
            "| | 合计 | 基本支出 | 项目支出 | 合计 | 基本支出 | 项目支出 | |\n"
            "| 部门整体支出 | 300 | 200 | 100 | 270 | 200 | 70 | 90% |\n")
    assert budget_of(text) == {"budget_full_year": Decimal("300"), "expenditure_total": Decimal("270")}


def test_a_second_level_section_row_written_short_is_no_indicator():
    """服务对象满意度 | | | (a section row of the second level written short, no values) heads the rows below, as
    written; a row of that name with its values is an indicator."""
    text = ("| 指标名称 | 年度目标值 | 实际完成值 | 权重 | 得分 |\n"
            "| 三、满意度指标 | | | | |\n"
            "| 服务对象满意度 | | | | |\n"
            "| 住户满意度 | ≥90% | 92% | 20 | 20 |\n"
            "| 服务对象满意度 | ≥90% | 95% | 20 | 20 |\n")
    assert [(i["level2"], i["name"]) for i in indicators_of(text)] == [
        ("服务对象满意度", "住户满意度"), ("服务对象满意度", "服务对象满意度")]


_TASKS = ("| 年度主要任务 | 任务名称 | 主要内容 | 预算数（万元） | 执行数（万元） |\n"
          "| | 窗口服务 | 窗口办件满意率达到99%以上 | 30.00 | 29.00 |\n"
          "| | 12345热线办理 | 按时办结来电 | 20.00 | 18.00 |\n"
          "| 年度总体目标 | 提升服务水平 | | | |\n")


def test_a_percentage_in_the_tasks_table_is_no_execution_rate():
    """年度主要任务 | 任务名称 | 主要内容 | 预算数 | 执行数: its rows are tasks; a rate in a task's description is none
    of the department's spending."""
    assert extract_document(build_document(_TASKS)).report["budget_execution_rate_pct"] is None


def test_a_figure_followed_by_words_names_a_row_and_is_no_money():
    """12345热线办理 opening a task's row is its name: not money, and the row's own figures stay in their columns."""
    block = forms_of(_TASKS).funds[0]
    rows = {r.label: [(v.role, str(v.value)) for v in r.values] for r in block.rows if r.values}
    assert rows["12345热线办理按时办结来电"] == [("budget_full_year", "20.00"), ("expenditure_total", "18.00")]
    assert max(b["amount_wan_yuan"] for b in extract_document(build_document(_TASKS)).budget_items) == 30


def test_points_written_for_thousands_in_a_funds_cell_are_separators():
    """2.350.00 has two points: a number has one decimal point, so the first parts thousands (2,350.00), not
    2.35; a version or an address (V2.100.3, 10.100.10.1) stays."""
    got = budget_of("| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
                    "| 年度资金总额 | 2.350.00 | 2.400.00 | 2.280.50 | 95% |\n")
    assert (got["budget_initial"], got["budget_full_year"], got["expenditure_total"]) == (
        Decimal("2350"), Decimal("2400"), Decimal("2280.5"))
    from pipelines.extract.numbers import mend_point_thousands
    assert [mend_point_thousands(t) for t in ("V2.100.3", "10.100.10.1", "3.14")] == ["V2.100.3", "10.100.10.1", "3.14"]


@pytest.mark.parametrize("target, actual, weight, score", [
    ("全年目标值", "全年实际完成数", "分值", "得分"), ("计划指标值", "实际指标值", "分值", "得分"),
    ("年度预期目标值", "年度实际值", "分值", "得分"), ("预期指标值", "实际完成指标值", "分值", "得分"),
    ("绩效指标值", "实现值", "指标权重", "考核得分"), ("考核指标值", "实际达到值", "满分", "自评分值"),
    ("计划完成值", "实际实现值", "权重分", "评价得分"), ("年度绩效目标值", "完成情况", "标准分值", "得分值"),
    ("年度指标", "实际完成指标", "分值", "得分"), ("预期指标", "实际指标", "分值", "得分"),
    ("计划指标", "完成指标", "权重", "得分"), ("预期目标", "实际完成", "分值", "得分"),
    ("年度目标", "完成情况", "分值", "得分"), ("年度指标值", "实际完成值", "分值", "实得分"),
    ("年度指标值", "实际完成值", "指标分值", "考评得分"), ("年度指标值", "实际完成值", "分值", "自评分数"),
    ("年度指标值", "实际完成值", "分数", "得分情况"), ("计划目标", "实际完成", "标准分", "实得分")])
def test_target_and_result_columns_named_with_a_provinces_own_words(target, actual, weight, score):
    """The target and result columns go by many names made of the same parts (年度/全年/预期/计划/绩效/考核 +
    目标/指标/计划/绩效目标/计划完成 + 值; 全年/年度/年终 + 实际完成/实际/完成/实现/实际达到 + 值; 年度指标 |
    实际完成指标 without 值; the goal itself, 预期目标 / 计划目标 | 实际完成), the points and the score too (指标权重, 满分 /
    考核得分, 自评分值; 实得分, 考评得分, 自评分数, 得分情况): each is read as its role. 完成情况 with no result
    column besides it holds the results."""
    text = (f"一级指标 | 二级指标 | 三级指标 | {target} | {actual} | {weight} | {score} |\n"
            "产出指标 | 数量指标 | 新修渠道长度 | ≥12公里 | 12.6公里 | 20 | 20 |\n"
            " | 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 18 |\n")
    assert [brief(i) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "新修渠道长度", ">=", 12.0, 12.6, 20.0, 20.0),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, 100.0, 20.0, 18.0)]


@pytest.mark.parametrize("output, quantity, benefit, social", [
    ("产出指标 40分", "数量指标 20分", "效益指标30分", "社会效益指标 30分"),
    ("产出指标（权重40%）", "数量指标(20)", "效益指标(30)", "社会效益指标"),
    ("1.产出指标", "1.1数量指标", "2.效益指标", "2.1. 社会效益指标")])
def test_level_cells_with_their_points_or_a_decimal_section_number(output, quantity, benefit, social):
    """A level cell writes its points after its label (40分, (20), （权重40%）) or numbers the second level under
    the first (1.1数量指标): the label is the level."""
    text = ("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            f"{output} | {quantity} | 培训场次 | ≥4场 | 5场 | 10 | 9 |\n"
            f"{benefit} | {social} | 群众满意度 | ≥90% | 95% | 10 | 10 |\n")
    assert [brief(i) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "培训场次", ">=", 4.0, 5.0, 10.0, 9.0),
        ("效益指标", "社会效益指标", "群众满意度", ">=", 90.0, 95.0, 10.0, 10.0)]


def test_a_status_column_beside_the_result_column_is_not_read():
    text = ("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 完成情况 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 新修渠道长度 | ≥12公里 | 12.6公里 | 已完成 | 20 | 20 |\n")
    assert [brief(i) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "新修渠道长度", ">=", 12.0, 12.6, 20.0, 20.0)]


_TASKS_TOTAL = _TASKS.replace("| 年度总体目标 | 提升服务水平 | | | |\n", "| | 合计 | | 50.00 | 47.00 |\n")


def test_the_tasks_tables_total_is_the_departments_only_when_nothing_else_states_it():
    """年度主要任务's 合计 sums the main tasks: the department's budget and spending when the report states them
    nowhere else; a funds table's total row or the text's 全年预算数… wins, and the 合计's figures are other."""
    def whole(text):
        return {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items
                if b["item"] != "other"}
    assert whole(_TASKS_TOTAL) == {("budget_full_year", Decimal("50")), ("expenditure_total", Decimal("47"))}
    assert whole("全年预算数300.00万元，全年执行数280.00万元。\n" + _TASKS_TOTAL) == {
        ("budget_full_year", Decimal("300")), ("expenditure_total", Decimal("280"))}
    funds = ("| 年度预算资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
             "| | 年度资金总额 | 250 | 300 | 280 | 93.33% |\n")
    assert whole(funds + _TASKS_TOTAL) == {("budget_initial", Decimal("250")), ("budget_full_year", Decimal("300")),
                                           ("expenditure_total", Decimal("280"))}


def test_a_tab_row_opening_on_empty_cells_is_not_a_word_export_cell():
    """A tab row whose first cells are empty (its label on the line above) opens with a tab, as Word's
    export of one cell a line does; with several cells after the tab it is a row, and the line after it is
    the next row's label, not the rest of its last cell."""
    text = ("项目名称\t乡村道路养护\n项目资金（万元）\n\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\n\t56.2\t54.8\t10\t97.5%\t9.8\n其中：当年财政拨款\n\t56.2\t54.8\t10\t97.5%\t9.8\n")
    assert budget_of(text) == {"budget_full_year": Decimal("56.2"), "expenditure_total": Decimal("54.8")}


def test_the_total_of_a_table_of_the_three_public_costs_is_theirs_not_the_departments():
    """A table of the 三公经费 (公务接待费 / 公务用车… / 因公出国（境）费) sums the three costs: its 合计 is the
    three_public_total spent, no budget or spending of the department. A funds table with other parts
    (基本支出, 项目支出) keeps its 合计 as the whole's."""
    three = ("（二）“三公”经费支出情况\n| 项目 | 预算数 | 支出数 |\n| 因公出国（境）费 | 0 | 0 |\n"
             "| 公务接待费 | 3.5 | 2.9 |\n| 公务用车运行维护费 | 6.0 | 5.1 |\n| 合计 | 9.5 | 8.0 |\n")
    assert budget_of(three) == {"three_public_total": Decimal("8.0")}
    whole = ("| 项目 | 预算数 | 支出数 |\n| 基本支出 | 300 | 290 |\n| 项目支出 | 120 | 110 |\n"
             "| 公务接待费 | 3.5 | 2.9 |\n| 合计 | 420 | 400 |\n")
    assert budget_of(whole)["budget_full_year"] == Decimal("420")
    assert budget_of(whole)["expenditure_total"] == Decimal("400")


def test_the_total_of_a_table_of_named_costs_is_no_figure_of_the_departments_funds():
    """A table of other costs of the economic classification (会议费 / 培训费), or of the 三公经费 with one of
    them, sums those costs: its 合计 is no budget or spending of the department (and not the 三公经费's).
    Funding categories (基本经费 / 项目经费) are the department's: their 合计 is the whole's."""
    costs = ("（三）会议费、培训费支出情况\n| 项目 | 预算数 | 支出数 |\n| 会议费 | 2.00 | 1.50 |\n"
             "| 培训费 | 3.00 | 2.80 |\n| 合计 | 5.00 | 4.30 |\n")
    assert budget_of(costs) == {}
    mixed = ("| 项目 | 预算数 | 支出数 |\n| 公务接待费 | 3.5 | 2.9 |\n| 会议费 | 2.0 | 1.5 |\n| 合计 | 5.5 | 4.4 |\n")
    assert budget_of(mixed) == {}
    funding = ("| 项目 | 预算数 | 支出数 |\n| 基本经费 | 300 | 290 |\n| 项目经费 | 120 | 110 |\n| 合计 | 420 | 400 |\n")
    assert budget_of(funding) == {"budget_full_year": Decimal("420"), "expenditure_total": Decimal("400")}


def test_a_funds_rows_label_run_into_its_first_amount():
    # a flattened page drops the gap between the row's label and its first amount
    text = ("项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额70 72 60 10 83.3% 8\n其中本年财政拨款70 72 60 - 83.3% -\n")
    assert budget_of(text) == {"budget_initial": Decimal(70), "budget_full_year": Decimal(72),
                               "expenditure_total": Decimal(60)}
    text = ("项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "年度资金总额12.5万元 | 13万元 | 13万元 | 10 | 100% | 10 |\n")
    assert budget_of(text) == {"budget_initial": Decimal("12.5"), "budget_full_year": Decimal(13),
                               "expenditure_total": Decimal(13)}
    # words with a figure that name no funds row stay one label
    from pipelines.extract.funds_block import _glued_label
    from pipelines.model import Cell
    assert _glued_label(Cell("培训班3", 1)) is None and _glued_label(Cell("年度资金总额", 1)) is None


def test_a_figures_label_run_into_its_figure_is_a_field():
    # 自评总分95 / 编制数12人: the separator between label and figure dropped by a flattened page
    text = "某县水利站项目支出绩效自评表\n项目名称 小型水库维修 自评总分88.5 实施单位 某县水利站\n"
    assert extract_document(build_document(text)).report["self_score"] == 88.5
    fields = {(f.role, f.value) for f in forms_of("部门名称 某县档案馆 编制数12人 实有人数10人 自评得分91分\n").fields}
    assert {("staff_authorized", "12"), ("staff_actual", "10"), ("self_score", "91")} <= fields
    # a name's label is never split from its value this way (where the label ends cannot be told)
    assert not any(f.role == "project" for f in forms_of("项目名称2023 主管部门 某县水利局\n").fields
                   if f.value == "2023")


def test_a_unit_declaration_under_the_group_cell_is_no_rows_label():
    # the cell under 项目资金 written as a declaration (（单位：万元）) rather than (万元)
    for unit in ("（单位：万元）", "(单位:万元)", "金额单位：万元"):
        text = ("项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                f"{unit} 年度资金总额 40 42 36 10 85.7% 9\n")
        assert budget_of(text) == {"budget_initial": Decimal(40), "budget_full_year": Decimal(42),
                                   "expenditure_total": Decimal(36)}, unit


def test_an_amount_and_its_unit_apart_in_a_spaced_funds_row():
    # a page putting a space between the figure and 万元 (36.5 万元): the unit is the amount's, not a row label
    text = ("项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 40 万元 42 万元 36.5 万元 10 86.9% 9\n")
    assert budget_of(text) == {"budget_initial": Decimal(40), "budget_full_year": Decimal(42),
                               "expenditure_total": Decimal("36.5")}


@pytest.mark.parametrize("budget, spent", [("全年预算金额", "全年执行金额"), ("预算金额", "执行金额"),
                                           ("调整后预算金额", "实际执行金额")])
def test_funds_columns_headed_with_amounts_instead_of_numbers(budget, spent):
    text = (f"项目资金（万元） | 年初预算金额 | {budget} | {spent} | 分值 | 执行率 | 得分 |\n"
            "年度资金总额 | 50 | 52 | 48 | 10 | 92.3% | 9 |\n")
    assert budget_of(text) == {"budget_initial": Decimal(50), "budget_full_year": Decimal(52),
                               "expenditure_total": Decimal(48)}


def test_a_date_with_a_space_after_its_year_stays_one_cell_in_a_spaced_row():
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 时效指标 护栏安装完成时间 2023 年10月底 2023 年9月 10 10\n")
    ind = indicators_of(text)[0]
    assert (ind["name"], ind["target_value"], ind["weight"], ind["score"]) == ("护栏安装完成时间", None, 10.0, 10.0)
    from pipelines.extract.cells import _joined_dates
    assert _joined_dates(["2023", "年底", "2023", "年", "10"]) == ["2023年底", "2023", "年", "10"]


def test_a_label_then_a_unit_declaration_cell_then_its_amount():
    # 计划安排资金 | （单位：万元） | 170: the declaration gives the amount its unit (and breaks nothing)
    for unit, wan in (("（单位：万元）", Decimal(170)), ("(单位:元)", Decimal("0.017"))):
        text = f"项目基本情况\n计划安排资金\n{unit}\n170\n"
        assert budget_of(text).get("budget_initial") == wan, unit


def test_level_words_in_a_grid_take_the_column_their_header_gives():
    """In rows lined up with their header (merged cells written empty), the column decides: 服务对象满意度 under
    二级指标 is the second level written short, under 三级指标 a name; 满意度 under 二级指标 is a second level
    after a first; 满意度指标 under 一级指标 after the output levels is a first level, not a second."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 修缮校舍 | 3栋 | 3栋 | 20 | 20 |\n"
            "| 满意度指标 | 服务对象满意度 | 师生满意度 | ≥90% | 94% | 10 | 10 |\n"
            "|  |  | 服务对象满意度 | ≥90% | 93% | 10 | 10 |\n"
            "| 效果 | 满意度 | 家长满意度 | ≥85% | 90% | 10 | 9 |\n"
            "|  | 满意度 | 满意度 | ≥85% | 88% | 10 | 9 |\n")
    assert [(i["level1"], i["level2"], i["name"]) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "修缮校舍"), ("满意度指标", "服务对象满意度", "师生满意度"),
        ("满意度指标", "服务对象满意度", "服务对象满意度"), ("效果", "满意度", "家长满意度"),
        ("效果", "满意度", "满意度")]
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 |\n"
            "| 满意度指标 |  | 服务对象满意度 | ≥90% | 93% | 10 | 10 |\n")
    assert [(i["level1"], i["name"]) for i in indicators_of(text)] == [
        ("产出指标", "验收合格率"), ("满意度指标", "服务对象满意度")]


def test_a_level_and_the_name_in_one_cell():
    """数量指标：培训人数 in the name's cell (a level column merged into it, or the level repeated before the
    name): the level before the colon is the row's second level, the rest its name."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 数量指标：维修路灯 | 80盏 | 86盏 | 20 | 20 |\n"
            "| 产出指标 | 质量：路灯亮灯率 | ≥98% | 99% | 20 | 20 |\n")
    assert [(i["level1"], i["level2"], i["name"]) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "维修路灯"), ("产出指标", "质量", "路灯亮灯率")]


def test_a_short_satisfaction_level_between_a_first_level_and_a_name():
    """满意度 / 服务对象满意度 / 学员满意度 / ≥90% (a cell a line: no column to go by): the short satisfaction level
    between a first level and a name is the second level; alone before the values it is the name."""
    text = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
            "产出\n数量\n巡河次数\n≥50次\n56次\n20\n20\n"
            "满意度\n服务对象满意度\n沿河住户满意度\n≥90%\n94%\n10\n10\n"
            "服务对象满意度\n≥90%\n92%\n10\n10\n")
    assert [(i["level1"], i["level2"], i["name"]) for i in indicators_of(text)] == [
        ("产出", "数量", "巡河次数"), ("满意度", "服务对象满意度", "沿河住户满意度"),
        ("满意度", "服务对象满意度", "服务对象满意度")]


def test_the_satisfaction_level_after_the_output_levels_is_a_first_level():
    """满意度指标 written as a section row after 数量指标 (no level columns) opens the first level again: only the
    output kinds (成本指标) after 数量/质量/时效指标 are second levels of 产出指标."""
    text = ("| 三级指标 | 年度目标值 | 实际完成值 | 权重 | 得分 |\n"
            "| 产出指标 | | | | |\n| 数量指标 | | | | |\n"
            "| 修缮校舍 | 3栋 | 3栋 | 20 | 20 |\n"
            "| 满意度指标 | | | | |\n| 服务对象满意度指标 | | | | |\n"
            "| 家长满意度 | ≥90% | 93% | 20 | 20 |\n")
    assert [(i["level1"], i["level2"], i["name"]) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "修缮校舍"), ("满意度指标", "服务对象满意度指标", "家长满意度")]


def test_a_section_row_of_a_short_second_level_with_placeholders_keeps_the_level_as_written():
    """服务对象满意度 | / | / | (a second level written short, its values slashed out) heads the rows below as the
    report writes it, as every short level cell does (数量, 社会效益)."""
    text = ("| 三级指标 | 年度目标值 | 实际完成值 | 权重 | 得分 |\n"
            "| 服务对象满意度 | / | / | / | / |\n"
            "| 游客满意度 | ≥90% | 92% | 20 | 20 |\n")
    assert [(i["level2"], i["name"]) for i in indicators_of(text)] == [("服务对象满意度", "游客满意度")]


def test_fenshu_heads_the_weight_column_of_the_funds_and_indicator_blocks():
    """Some provinces head the points column 分数 (for 分值 / 权重): the weight of the funds row and of each
    indicator, in every layout."""
    rows = [["项目资金(万元)", "全年预算数", "全年执行数", "执行率", "分数", "得分"],
            ["年度资金总额", "48", "45", "93.75%", "10", "9.4"]]
    for text in in_every_layout(rows):
        report = extract_document(build_document(text)).report
        assert (report["budget_execution_weight"], report["budget_execution_score"]) == (10.0, 9.4), text
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分数", "得分"],
            ["产出指标", "数量指标", "走访户数", "≥300户", "326户", "20", "19"]]
    for text in in_every_layout(rows):
        assert [(i["name"], i["weight"], i["score"]) for i in indicators_of(text)] == [("走访户数", 20.0, 19.0)], text


def test_a_level_label_alone_on_a_line_under_another_is_a_cell_of_its_own():
    """Under a Word-export cell (a tab, then its text), an untabbed line continues the cell (经济效 / 益指标);
    a tab row of one cell has no tab, so a whole level label under another whole one (效益指标 / 社会效益指标)
    is the next row's cell: the indicators under it stand under 效益指标, not 效益指标社会效益指标."""
    text = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t培训场次\t≥4场\t5场\t20\t20\n"
            "\t效益指标\n社会效益指标\n"
            "\t\t宣传覆盖人数\t≥2000人\t2300人\t20\t18\n")
    found = {i["name"]: (i["level1"], i["level2"]) for i in indicators_of(text)}
    assert found == {"培训场次": ("产出指标", "数量指标"), "宣传覆盖人数": ("效益指标", "社会效益指标")}
    broken = "一级指标\t二级指标\t三级指标\n\t效益指标\n\t社会效\n益指标\n"  # a cell broken over two lines
    assert [c.text for c in cell_stream(build_document(broken))][-2:] == ["效益指标", "社会效益指标"]


def test_no_header_runs_through_a_sentence():
    """One cell a line: the 年度总体目标 table's own labels (预期目标 | 实际完成情况), its goal sentence and a short
    verdict stand right above the indicator header. A sentence is never a header cell, so the indicator header
    starts after it and gets no column of the table above (实际完成情况 taken for its 实际完成值, the verdict for
    a column of its own)."""
    goal = "全年组织开展农村实用技术培训不少于四场次，受训农民满意度保持在百分之九十以上，带动增收"
    text = "\n".join(["年度总体目标", "预期目标", "实际完成情况", goal, "基本完成目标", "绩效指标", "一级指标", "二级指标",
                      "三级指标", "年度指标值", "实际完成值", "分值", "得分", "产出指标", "数量指标", "培训场次", "≥4场",
                      "5场", "10", "9"])
    headers = [h for h in find_headers(cell_stream(build_document(text))) if h.block == "indicators"]
    assert len(headers) == 1
    assert headers[0].columns == ["level1", "level2", "name", "desc", "target", "actual", "weight", "score"]
    assert headers[0].labels[4:] == ["年度指标值", "实际完成值", "分值", "得分"]


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cells"])
def test_a_first_level_carried_down_gives_way_to_the_one_its_second_level_stands_under(layout):
    """产出指标 | 数量指标 … then | 社会效益指标 | with the first level's cell empty: the row stands under 效益指标, as
    the national forms put it (it had kept 产出指标 from the rows above); 服务对象满意度指标 under 满意度指标."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "改造路灯数量", "≥300盏", "320盏", "20", "20"],
            ["", "社会效益指标", "夜间出行安全改善", "明显改善", "明显改善", "20", "18"],
            ["", "服务对象满意度指标", "沿街居民满意度", "≥90%", "93%", "10", "10"]]
    if layout == "pipes":
        body = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    elif layout == "tabs":
        body = "\n".join("\t".join(r) for r in rows)
    else:
        body = "\n".join(c for r in rows for c in r if c)
    got = indicators_of("某县城管局2023年度路灯改造项目支出绩效自评表\n" + body + "\n")
    assert [(i["level1"], i["level2"], i["name"]) for i in got] == [
        ("产出指标", "数量指标", "改造路灯数量"), ("效益指标", "社会效益指标", "夜间出行安全改善"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度")]


@pytest.mark.parametrize("group", ["评分", "自评情况"])
@pytest.mark.parametrize("layout", ["pipes", "tabs"])
def test_a_group_cell_over_the_points_columns_of_a_two_row_header(group, layout):
    """指标值 over 目标值 | 实际值 and 评分 (or a word the rules do not know, 自评情况) over 分值 | 得分: the second
    row names the columns in their order (the group's 评分 had put the score before the weight; 自评情况, with the
    empty cell of its merge after it, had ended the header)."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "", group, ""],
            ["", "", "", "目标值", "实际值", "分值", "得分"],
            ["产出指标", "质量指标", "救助对象认定准确率", "≥98%", "99%", "20", "19"]]
    sep = (" | ", "| ", " |") if layout == "pipes" else ("\t", "", "")
    body = "\n".join(sep[1] + sep[0].join(r) + sep[2] for r in rows)
    got = indicators_of("某县民政局2023年度救助项目支出绩效自评表\n" + body + "\n")
    assert [(i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"]) for i in got] == [
        ("救助对象认定准确率", 98.0, 99.0, 20.0, 19.0)]


def test_the_words_under_a_lined_up_rows_level_columns_are_its_levels_known_or_not():
    """| 项目管理 | 资金管理 | 资金到位率 | … under 一级指标 | 二级指标 | 三级指标: an evaluation framework's own levels, words
    the vocabulary does not know, stand in the level columns by their place (they had been glued into the name, the
    levels carried from the row above)."""
    text = ("某县市场监管局2023年度部门整体支出绩效自评报告\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 检查企业户数 | ≥500户 | 520户 | 10 | 10 |\n"
            "| 项目管理 | 资金管理 | 资金到位率 | 100% | 100% | 20 | 20 |\n"
            "| | 财务管理 | 资金使用合规性 | 合规 | 合规 | 10 | 10 |\n")
    assert [(i["level1"], i["level2"], i["name"], i["weight"]) for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "检查企业户数", 10.0), ("项目管理", "资金管理", "资金到位率", 20.0),
        ("项目管理", "财务管理", "资金使用合规性", 10.0)]


@pytest.mark.parametrize("header", [
    "| 一级指标 | 二级指标 | 三级指标 | 年度指 | 实际完 | 分值 | 得分 |\n| | | | 标值 | 成值 | | |",
    "| 一级指标 | 二级指标 | 评价指标 | 年度绩效目标 | 指标完成值 | 分值 | 得分 |",
    "| 一级指标 | 二级指标 | 明细指标 | 年度指标值 | 绩效完成情况 | 分值 | 得分 |"])
def test_value_and_name_columns_broken_mid_word_or_named_otherwise(header):
    """年度指 / 标值 and 实际完 / 成值 (a narrow column's label wrapped inside a word), 评价指标 / 明细指标 for the name,
    年度绩效目标 for the target, 指标完成值 / 绩效完成情况 for the result: the table is read (it had given nothing)."""
    text = ("某县文旅局2023年度文物保护项目支出绩效自评表\n" + header + "\n"
            "| 产出指标 | 数量指标 | 修缮文物点 | 5处 | 5处 | 30 | 30 |\n"
            "| 产出指标 | 质量指标 | 修缮验收合格率 | 100% | 100% | 30 | 28 |\n")
    assert [(i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"]) for i in indicators_of(text)] == [
        ("修缮文物点", 5.0, 5.0, 30.0, 30.0), ("修缮验收合格率", 100.0, 100.0, 30.0, 28.0)]


def test_a_unit_in_brackets_after_the_name_or_the_figure_and_more_counters():
    """规范管理率（%） | 60 | 65: the unit the name carries is its figures'; ≥95（%） the unit in brackets after the figure;
    笔, 延米, 项次 are units of a cell's figure (项次 had been cut to 项)."""
    text = ("某县卫健局2023年度公卫项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 质量指标 | 高血压患者规范管理率（%） | 60 | 65 | 10 | 10 |\n"
            "| 产出指标 | 质量指标 | 电子档案建档率 | ≥95（%） | 96（%） | 10 | 10 |\n"
            "| 产出指标 | 数量指标 | 办理业务 | 500笔 | 520笔 | 10 | 10 |\n"
            "| 产出指标 | 数量指标 | 管网改造长度 | 300延米 | 320延米 | 10 | 10 |\n"
            "| 产出指标 | 数量指标 | 督导检查 | 20项次 | 22项次 | 10 | 10 |\n")
    assert [(i["target_value"], i["target_unit"], i["actual_unit"]) for i in indicators_of(text)] == [
        (60.0, "%", "%"), (95.0, "%", "%"), (500.0, "笔", "笔"), (300.0, "延米", "延米"), (20.0, "项次", "项次")]


def test_the_reason_columns_label_wrapped_after_its_conjunction_does_not_end_the_table():
    """偏差原因分析及 / 改进措施 (the last header cell wrapped, one cell per line): the tail is the rest of the label,
    not the 改进措施 that ends a table, so the rows under it are read (they had given nothing)."""
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及", "改进措施"]
    rows = ["产出指标", "数量指标", "新建村级书屋", "≥12个", "12个", "40", "40", "无",
            "效益指标", "社会效益指标", "借阅人次增长率", "≥10%", "12%", "40", "38", "宣传不足"]
    text = "某县文旅局2023年度农家书屋项目支出绩效自评表\n" + "\n".join(header + rows) + "\n"
    assert [(i["level1"], i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"])
            for i in indicators_of(text)] == [("产出指标", "新建村级书屋", 12.0, 12.0, 40.0, 40.0),
                                              ("效益指标", "借阅人次增长率", 10.0, 12.0, 40.0, 38.0)]


def test_a_level_broken_inside_its_word_is_one_level():
    """A level word broken anywhere (社会效 / 益指标, 服务对象满 / 意度指标; one cell a line) is one level, not a level's
    tail and a name. (A first level written mid-group stays where it is written: rows above it state none.)"""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "效益指标", "社会效", "益指标", "借阅人次", "≥3000人次", "3400人次", "50", "50",
             "满意度指标", "服务对象满", "意度指标", "读者满意度", "≥90%", "95%", "50", "48"]
    text = "某县文旅局2023年度农家书屋项目支出绩效自评表\n" + "\n".join(cells) + "\n"
    assert [(i["level1"], i["level2"], i["name"]) for i in indicators_of(text)] == [
        ("效益指标", "社会效益指标", "借阅人次"), ("满意度指标", "服务对象满意度指标", "读者满意度")]


def test_a_level_cell_wrapped_below_a_row_written_whole_goes_back_into_it():
    """PDF text writes a row a line; a level cell too wide for its column wraps its last piece onto a line of its own
    (效益指标 社会效益 … 10 10 / 指标, 可持续影 … / 响指标, 服务对象 … / 满意度指标): the piece completes the level cell of
    the row above, wherever that stands in the row (it had been a row of its own, and the row's score was lost)."""
    lines = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
             "效益指标 社会效益 农户增收户数 ≥500户 540户 20 19", "指标",
             "可持续影 设施使用年限 ≥10年 10年 20 20", "响指标",
             "满意度指标 服务对象 农户满意度 ≥90% 95% 10 9", "满意度指标"]
    text = "某县农业农村局2023年度农田水利项目支出绩效自评表\n" + "\n".join(lines) + "\n"
    assert [(i["level1"], i["level2"], i["name"], i["score"]) for i in indicators_of(text)] == [
        ("效益指标", "社会效益指标", "农户增收户数", 19.0), ("效益指标", "可持续影响指标", "设施使用年限", 20.0),
        ("满意度指标", "服务对象满意度指标", "农户满意度", 9.0)]


def test_a_form_on_one_line_whose_header_labels_run_together_is_read():
    """A copy from a document-sharing site puts the whole form on one line, its figures spaced but its header's labels
    run together (年初预算数全年预算数全年执行数分值执行率得分, 一级指标二级指标三级指标…分值得分…) and a row's two levels too
    (产出指标数量指标): each label is a cell of its own again, so the funds and the indicators are read (none had been)."""
    line = ("某县文旅局2023年度部门整体支出绩效自评表 年度预算申请（万元）年初预算数全年预算数全年执行数分值执行率得分 "
            "年度资金总额 520.00 560.00 548.80 10 98.00% 9.8 "
            "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分 "
            "产出指标数量指标 送戏下乡场次 ≥40场 46场 20 20 满意度指标服务对象满意度指标 群众满意度 ≥90% 95% 10 10")
    doc = build_document(line + "\n")
    assert {b["item"]: float(b["amount_wan_yuan"]) for b in extract_document(doc).budget_items if b["item"] != "other"} \
        == {"budget_initial": 520.0, "budget_full_year": 560.0, "expenditure_total": 548.8}
    assert [(i["level1"], i["level2"], i["name"], i["weight"], i["score"]) for i in extract_document(doc).indicators] == [
        ("产出指标", "数量指标", "送戏下乡场次", 20.0, 20.0), ("满意度指标", "服务对象满意度指标", "群众满意度", 10.0, 10.0)]


def test_the_forms_total_named_with_its_owner_and_its_figure_run_in_ends_the_block():
    """项目总得分98.6分 on the line after the last row: the form's total (its owner named, the figure in the cell), no row
    of the block (it had been an indicator named so)."""
    lines = ["一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分",
             "产出指标 数量指标 指标1:新建桥梁座数 20 ≥3座 3座 20",
             "满意度指标 服务对象满意度指标 指标1:沿线群众满意度 10 ≥90% 96% 9", "项目总得分98.6分"]
    found = indicators_of("某县交通运输局2022年度桥梁建设项目绩效目标自评表\n" + "\n".join(lines) + "\n")
    assert [i["name"] for i in found] == ["新建桥梁座数", "沿线群众满意度"]


def test_the_task_an_indicator_serves_in_a_column_before_its_name_is_read_past():
    """The Guangdong department form lists each indicator under its task: | 年度绩效目标 | 任务名称 | 关键指标 | 预期实现值 |
    指标完成情况 | … (the group's label first, its rows giving it no cell) and | 任务名称 | 绩效指标 | 预期实现值 | … (the task
    column opening the header row). The task's cell (任务2, 社会保险经办) is read past, however the row's values are written
    (it had become the name, and the name the target, where a value was no figure: ＜0.08 / 0, 按规定时限 / 按时完成)."""
    first = ["| 年度绩效目标 | 任务名称 | 关键指标 | 预期实现值 | 指标完成情况 | 未完成原因 |",
             "| 任务1 | 食品抽检合格率 | ≥97% | 98.1% | |", "| 任务2 | 特种设备万台死亡率 | ＜0.08 | 0 | |",
             "| 任务2 | 事故调查处理时限 | 按规定时限 | 按时完成 | |"]
    second = ["| 三、年度绩效指标完成情况 |", "| 任务名称 | 绩效指标 | 预期实现值 | 实际完成值 | 未完成原因 |",
              "| 就业创业服务 | 城镇新增就业人数 | 不少于6000人 | 6512人 | |", "| 社会保险经办 | 群众满意度 | ≥90% | 达标 | |"]
    head = "某市某局2022年度部门整体支出绩效自评表\n| 合计 | 6821.50 | 6398.26 | 98.30% |\n"
    for rows, want in ((first, [("食品抽检合格率", 97.0), ("特种设备万台死亡率", 0.08), ("事故调查处理时限", None)]),
                       (second, [("城镇新增就业人数", 6000.0), ("群众满意度", 90.0)])):
        found = indicators_of(head + "\n".join(rows) + "\n")
        assert [(i["name"], i["target_value"]) for i in found] == want


def test_the_task_columns_the_tasks_number_and_funds_around_the_indicator_are_read_past():
    """The Guangdong department form's whole header: 主要任务 | 年初预期目标 | 目标完成情况 | 关键指标 | 计算公式或指标内容 |
    预期实现值 | 指标完成情况 | 任务涉及资金, each task's first row numbered (任务1) and carrying its funds, the rows after it
    only the indicator's cells; and 任务名称 | 任务涉及资金 | 关键指标 … under a funds block. The task's cells and funds are
    no indicator, no name and no value (they had become an indicator 任务1, the task's words a part of the name, and the
    funds the result)."""
    head = "某区某局2021年度部门整体支出绩效自评表\n资金来源 整体支出年初预算数 整体年度实际支出数 预算完成率\n合计 812.40 790.15 97.26%\n"
    whole = ["主要任务 年初预期目标 目标完成情况 关键指标 计算公式或指标内容 预期实现值 指标完成情况 任务涉及资金",
             "任务1 水土保持 完成坡耕地治理 已完成 坡耕地治理面积 当年治理的坡耕地面积 ≥300亩 320亩 156.20",
             "治理工程验收合格率 验收合格工程/验收工程 ≥95% 97%",
             "任务2 山塘整治 完成山塘清淤 已完成 山塘清淤座数 当年清淤的山塘座数 ≥20座 22座 98.60"]
    named = ["| 年度主要任务 | 任务名称 | 任务涉及资金（万元） | 关键指标 | 预期实现值 | 指标完成情况 |",
             "| 任务1 | 城乡低保救助 | 1,250.30 | 低保资金按时发放率 | 100% | 100% |",
             "| 困难群众救助覆盖户数 | ≥800户 | 836户 |", "| 任务2 | 养老服务 | 312.00 | 新增养老服务站点 | ≥5个 | 6个 |"]
    for rows, want in ((whole, [("坡耕地治理面积", 300.0, 320.0), ("治理工程验收合格率", 95.0, 97.0), ("山塘清淤座数", 20.0, 22.0)]),
                       (named, [("低保资金按时发放率", 100.0, 100.0), ("困难群众救助覆盖户数", 800.0, 836.0),
                                ("新增养老服务站点", 5.0, 6.0)])):
        found = indicators_of(head + "\n".join(rows) + "\n")
        assert [(i["name"], i["target_value"], i["actual_value"]) for i in found] == want


def test_a_long_description_column_between_the_name_and_the_target_is_read_past():
    """| 三级指标 | 计算公式或指标内容 | 年度指标值 | …: a column the rules do not read, its label longer than an unknown label
    a header is read past at; the table is read (it had found no header, and no indicator of the table)."""
    lines = ["| 一级指标 | 二级指标 | 三级指标 | 计算公式或指标内容 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
             "| 产出指标 | 数量指标 | 村道硬化里程 | 当年硬化的村道里程 | ≥40公里 | 42公里 | 20 | 20 |"]
    found = indicators_of("某县交通运输局2022年度村道建设项目支出绩效自评表\n" + "\n".join(lines) + "\n")
    assert [(i["level2"], i["name"], i["target_value"], i["actual_value"], i["score"]) for i in found] == [
        ("数量指标", "村道硬化里程", 40.0, 42.0, 20.0)]


def test_a_first_levels_points_in_brackets_under_its_label_are_no_cell_of_the_row():
    """产出指标 数量指标 指标1：… / （40分） 指标2：…: a form printing each first level's points under its label, the
    bracket opens the group's second row; it is no name (the row had been named (40分)) and no row of its own."""
    lines = ["一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分",
             "产出指标 数量指标 指标1：新建机耕道路 20 ≥12公里 12.5公里 20",
             "（40分） 指标2：新建排灌沟渠 20 ≥8公里 7.6公里 18",
             "满意度指标 服务对象满意度指标 指标1：农户满意度 20 ≥90% 93% 20", "（20分）"]
    text = "某县农业农村局2022年度高标准农田项目绩效目标自评表\n" + "\n".join(lines) + "\n"
    assert [(i["level1"], i["name"], i["score"]) for i in indicators_of(text)] == [
        ("产出指标", "新建机耕道路", 20.0), ("产出指标", "新建排灌沟渠", 18.0), ("满意度指标", "农户满意度", 20.0)]


def test_a_figure_spaced_after_its_point_in_a_row_written_on_one_line_is_one_cell():
    """质量指标 验收合格率 ≥90% 93. 6% 15 15: PDF text put a space after the result's point; the figure is one cell (93 had
    been the result, 6% the weight, and the row's last figures lost)."""
    lines = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分", "产出指标 质量指标 验收合格率 ≥90% 93. 6% 15 15",
             "满意度指标 服务对象满意度指标 群众满意度 ≥85% 89. 27% 10 9"]
    found = indicators_of("某县住建局2023年度老旧小区改造项目支出绩效自评表\n" + "\n".join(lines) + "\n")
    assert [(i["name"], i["actual_value"], i["weight"], i["score"]) for i in found] == [
        ("验收合格率", 93.6, 15.0, 15.0), ("群众满意度", 89.27, 10.0, 9.0)]


def test_a_figure_spaced_after_its_point_before_its_unit_is_one_cell():
    """效益指标 社会效益指标 受益户数 ≥3万户 3. 6万户 10 10: a scan's space after the point of a figure with its unit;
    the figure is one cell (36 had been read: the point lost); a line's opening number (1. 5个村) stays as written."""
    lines = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分", "产出指标 数量指标 新建泵站 ≥6座 7座 10 10",
             "效益指标 社会效益指标 受益户数 ≥3万户 3. 6万户 10 10", "满意度指标 服务对象满意度指标 群众满意度 ≥85% 88% 10 9"]
    found = indicators_of("某县水利局2022年度抗旱项目支出绩效自评表\n" + "\n".join(lines) + "\n")
    assert [(i["name"], i["actual_value"], i["actual_unit"], i["weight"]) for i in found] == [
        ("新建泵站", 7.0, "座", 10.0), ("受益户数", 3.6, "万户", 10.0), ("群众满意度", 88.0, "%", 10.0)]
    from pipelines.extract.cells import spaced_cells
    assert spaced_cells("1. 5个村 完成 改造") == ["1.", "5个村", "完成", "改造"]


@pytest.mark.parametrize("layout", ["pipes", "spaces", "lines"])
def test_a_score_ocr_spaced_at_its_point_is_read_whole(layout):
    """98 .5 / 9 .5 / 97. 68: OCR put a space at the point of a score; the figure is read whole (it had been its
    digits before the point: 98), in pipe rows, space-separated rows and one cell a line."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建村级书屋", "≥12个", "12个", "90", "88 .5"],
            ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "95%", "10", "9. 5"], ["总分", "100", "98 .0"]]
    join = {"pipes": lambda r: "| " + " | ".join(r) + " |", "spaces": " ".join, "lines": "\n".join}[layout]
    text = "某县文旅局2023年度农家书屋项目支出绩效自评表\n" + "\n".join(map(join, rows)) + "\n"
    assert [(i["name"], i["score"]) for i in indicators_of(text)] == [("新建村级书屋", 88.5), ("读者满意度", 9.5)]
    assert extract_document(build_document(text.replace("98 .0", "98 .5"))).report["self_score"] == 98.5


def test_the_header_repeated_after_a_page_break_without_its_group_cell_is_no_row():
    """A table over two pages repeats its header on the next page, often without the group's cell that opened it
    (绩效指标): the repeat is skipped, not read as indicators (二级指标三级指标… had been one)."""
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    cells = ["绩效指标", *header, "产出指标", "数量指标", "新建村级书屋", "≥12个", "12个", "50", "50",
             "第 1 页，共 2 页", *header, "效益指标", "社会效益指标", "借阅人次", "≥3000人次", "3400人次", "50", "48"]
    text = "某县文旅局2023年度农家书屋项目支出绩效自评表\n" + "\n".join(cells) + "\n"
    assert [(i["name"], i["weight"], i["score"]) for i in indicators_of(text)] == [
        ("新建村级书屋", 50.0, 50.0), ("借阅人次", 50.0, 48.0)]


def test_a_header_broken_after_its_first_level_label_lines_up_no_row():
    """绩效指标 | 一级指标 | / 二级指标 | 三级指标 | 指标值 | …: the header's line under which the rows stand lacks its first
    level, so a row as long as that line is no grid row of it (产出指标 had stood under 二级指标, 数量指标 under 三级指标:
    the level word read as the name)."""
    text = ("2022年度中央对地方转移支付区域绩效自评表\n"
            "绩效指标 | 一级指标 |\n"
            "二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | ||\n"
            "产出指标 | 数量指标 | 新建蓄水池 | ≥40座 | 42座 | |||\n"
            " | | 维修渠道长度 | ≥12公里 | 12.5公里 | |||\n"
            "效益指标 | 社会效益指标 | 受益农户数 | ≥800户 | 860户 | |||\n")
    assert [brief(i)[:6] for i in indicators_of(text)] == [
        ("产出指标", "数量指标", "新建蓄水池", ">=", 40.0, 42.0), ("产出指标", "数量指标", "维修渠道长度", ">=", 12.0, 12.5),
        ("效益指标", "社会效益指标", "受益农户数", ">=", 800.0, 860.0)]


@pytest.mark.parametrize("rows", [
    # a row under merged level cells: one empty cell for both, one more after its result
    "| 产出指标 | 数量指标 | 新建蓄水池 | ≥40座 | 42座 | |\n| | 维修渠道长度 | ≥12公里 | 12.5公里 | |\n",
    # a table wrapped four cells a line: | | 质量指标 | name | target | is no 一级指标 | 二级指标 | 三级指标 row
    "| 产出指标 | 数量指标 | 新建蓄水池 | ≥40座 |\n| 42座 | | | |\n| | 质量指标 | 维修渠道长度 | ≥12公里 |\n| 12.5公里 | | | |\n"])
def test_a_row_whose_cells_fall_under_other_labels_does_not_line_up_with_the_header(rows):
    """A row as long as the header's line whose cells cannot stand under its labels (a target under 三级指标, 质量指标
    under 一级指标) is no grid row: the values had shifted a column (the target lost), the second level read as the
    first."""
    head = "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 |\n| 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |\n" \
        if rows.count("\n") == 4 else "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 |\n"
    got = indicators_of("2022年度中央对地方转移支付区域绩效自评表\n" + head + rows)
    assert [brief(i)[:6] for i in got] == [
        ("产出指标", "数量指标", "新建蓄水池", ">=", 40.0, 42.0),
        ("产出指标", "质量指标" if "质量" in rows else "数量指标", "维修渠道长度", ">=", 12.0, 12.5)]


def test_the_guangdong_department_forms_second_levels():
    """履职效能 | 部门履职目标 | … / 部门效果目标 | …: the Guangdong department form's second levels stand in their column
    (they had been glued onto the name)."""
    cells = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分",
             "履职效能", "部门履职目标", "巡查河道里程", "≥600公里", "640公里", "10", "10",
             "部门效果目标", "河长制群众知晓率", "≥80%", "86%", "10", "9"]
    text = "某区水务局2022年度部门整体支出绩效自评报告\n" + "\n\n".join(cells) + "\n"
    assert [brief(i)[:3] for i in indicators_of(text)] == [
        ("履职效能", "部门履职目标", "巡查河道里程"), ("履职效能", "部门效果目标", "河长制群众知晓率")]


def test_a_magnitude_before_any_counter_is_a_unit():
    """≥ 2.5 万条 / 1.2 亿次 parted from their figure by a space: 万, 亿 or 千 before a counter makes a unit the figure
    joins (万条 had been a name of its own, the row's values shifted)."""
    text = ("某区融媒体中心2021年度项目支出绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 短视频播放量 ≥ 1 亿次 1.3 亿次 20 20\n"
            "产出指标 数量指标 原创稿件发布 ≥ 2.5 万条 2.7 万条 20 18\n")
    assert [brief(i)[2:] for i in indicators_of(text)] == [
        ("短视频播放量", ">=", 1.0, 1.3, 20.0, 20.0), ("原创稿件发布", ">=", 2.5, 2.7, 20.0, 18.0)]


def test_a_label_merged_across_the_level_columns_is_no_indicator():
    """The Hebei form's closing line, 预算执行率 | 预算执行率 | 预算执行进度 | >= | 95 …: one label over the level columns,
    the form's line of its own, not an indicator (it had been one, named 预算执行率预算执行率预算执行进度)."""
    text = ("某县卫健局2022年度预算项目绩效自评表\n"
            "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分\n"
            "符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分\n"
            "产出指标 数量指标 免费体检人数 受检老人数 >= 3000 人 3150人 完成 40.00 40.00 16.00\n"
            "预算执行率 预算执行率 预算执行进度 >= 95 %(百分比) 96% 完成 10.00 10.00 1.00\n")
    assert [i["name"][:6] for i in indicators_of(text)] == ["免费体检人数"]
    # a level merged across both level columns in a level column's own words is the row's level, the row an indicator
    text = ("某县某局2023年度部门整体支出绩效自评表\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 履职效能 | 重点工作履行情况 | 窗口办件数 | ≥800件 | 850件 | 20 | 20 |\n"
            "| 服务对象满意度 | 服务对象满意度 | 办事群众满意度 | ≥90% | 94% | 10 | 10 |\n")
    assert [i["name"] for i in indicators_of(text)] == ["窗口办件数", "办事群众满意度"]


def test_a_row_short_of_a_cell_still_lines_up_its_values_under_a_group_cell():
    """绩效指标 | 指标内容 | 指标符号 | … with rows laid out with spaces (产出指标 | name | 定性 | 按月 | 按月 | 10 | 10, the empty
    unit dropped): the row short of a cell lines up its values, not its levels, so its level word under the name's
    label does not unline it (its weight had been read as the result, its score lost)."""
    text = ("某县民政局2019年度特困供养项目支出绩效自评表\n绩效指标 指标内容 指标符号 指标值 计量单位 实际完成值 分值 得分\n"
            "产出指标 救助对象人数 >= 500 人 512 30 30\n产出指标 补助金按季发放 定性 按季 按季 20 20\n")
    assert [(i["name"], i["actual_value"], i["weight"], i["score"]) for i in indicators_of(text)] == [
        ("救助对象人数", 512.0, 30.0, 30.0), ("补助金按季发放", None, 20.0, 20.0)]


def test_a_total_row_after_a_pipe_row_left_open_is_a_row_of_its_own():
    """…|10|9|样本偏少，下年扩大 then 总分||||100|96|: the last row left open (no closing bar) does not go on into the form's
    total row; 总分 opens a row (it had been read into the reason, and the total's figures an indicator of their own)."""
    text = ("某区水务局2022年度河道保洁项目支出绩效自评表\n|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因|\n"
            "|产出指标|数量指标|保洁河道长度|≥60公里|62公里|20|20||\n"
            "|满意度指标|服务对象满意度指标|沿河群众满意度|≥90%|88%|10|9|样本偏少，下年扩大\n总分||||100|96|\n")
    assert [(i["name"], i["weight"], i["score"]) for i in indicators_of(text)] == [
        ("保洁河道长度", 20.0, 20.0), ("沿河群众满意度", 10.0, 9.0)]


def test_digits_side_by_side_in_a_letter_spaced_line_are_one_figure():
    """A line written a character a piece, most of them Chinese letters (some PDF converters' text): digits side by
    side there spell one figure; on a line of cells, or one of few letters, figures side by side stay apart."""
    assert [c.text for c in cell_stream(build_document("编 制 人 数 3 6 人 ， 实 有 人 数 3 4 人 。"))][:6] == [
        "编制人数", "36", "人", ",", "实有人数", "34"]
    assert [c.text for c in cell_stream(build_document("执 行 率 为 9 1.2 5% ， 得 分 9 分"))][:3] == ["执行率", "为", "91.25%"]
    assert [c.text for c in cell_stream(build_document("产出指标 数量指标 某某人数 ≥120人 125人 10 9"))][-2:] == ["10", "9"]
    assert [c.text for c in cell_stream(build_document("1 2 3 4 5 6 7 8 9 10"))][:2] == ["1", "2"]
    # (a letter-spaced row's figures of two digits or more are each whole: its weight and score stay two)
    assert [c.text for c in cell_stream(build_document("抽 查 合 格 率 ≥ 98 % 99 % 10 10"))][-2:] == ["10", "10"]


@pytest.mark.parametrize("title", ["某市某区 2021年度 项目支出绩效自评表", "某 市 某 区 2 0 2 1 年 度 项 目 支 出 绩 效 自 评 表"])
def test_a_year_between_a_titles_words_heads_no_funds_column(title):
    """A title whose year stands between its words as a cell (某市某区 | 2021年度 | 项目支出绩效自评表) is no header row
    of one money column after its label column (项目 | 全年执行数): the form's funds block below is read."""
    text = (f"{title}\n项目名称 某某设备运行维护\n项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 320.00 320.00 300.80 10 94% 9.4\n")
    got = budget_of(text)
    assert (got["budget_initial"], got["budget_full_year"], got["expenditure_total"]) == (320, 320, Decimal("300.80"))
    # (a header row of one money column with a short column after it, 项目 | 金额 | 占比, is still one)
    got = budget_of("某县某局2023年度部门整体支出绩效自评报告\n| 项目 | 金额（万元） | 占比 |\n| 本年支出合计 | 871.06 | 100% |\n"
                    "| 基本支出 | 612.58 | 70.33% |\n")
    assert (got["expenditure_total"], got["expenditure_basic"]) == (Decimal("871.06"), Decimal("612.58"))


def test_the_task_group_label_opening_the_header_row_is_read_past_with_the_task_columns():
    """| 年度主要任务完成情况 | 任务名称 | 任务涉及资金（万元） | 关键指标 | …: the group's label opening the header row, longer
    than a column label, its rows giving it no cell; the task's cell (任务1：河道保洁, its number run in) and its funds are
    no indicator (each had become one, the funds its target), and a row left empty before its indicator is read."""
    rows = ["| 年度主要任务完成情况 | 任务名称 | 任务涉及资金（万元） | 关键指标 | 预期实现值 | 指标完成情况 |",
            "| 任务1：河道保洁 | 64.20 | 保洁河道长度 | ≥120公里 | 126公里 |",
            "|  |  | 河面漂浮物清理及时率 | 95% | 98% |",
            "| 任务2：水质监测 | 21.80 | 监测断面数 | ≥12个 | 12个 |"]
    found = indicators_of("某县水利局2023年度部门整体支出绩效自评表\n| 合计 | 930.00 | 902.40 | 97.03% |\n"
                          + "\n".join(rows) + "\n")
    assert [(i["name"], i["target_value"], i["actual_value"]) for i in found] == [
        ("保洁河道长度", 120.0, 126.0), ("河面漂浮物清理及时率", 95.0, 98.0), ("监测断面数", 12.0, 12.0)]


def test_a_bare_name_label_opening_the_header_row_heads_the_names():
    """指标 | 年度目标值 | 实际完成值 | 分值 | 得分 (the name column headed bare, a fragment elsewhere): the rows under it are
    indicators, each name cell opening on its second level before a colon (质量指标：…)."""
    text = ("指标\t年度目标值\t实际完成值\t分值\t得分\n"
            "数量指标：巡查河道长度\t≥120公里\t131公里\t30\t30\n"
            "质量指标：问题整改率\t≥95%\t97%\t30\t30\n")
    got = [(i["level2"], i["name"], i["target_op"], i["target_value"], i["actual_value"], i["weight"])
           for i in indicators_of(text)]
    assert got == [("数量指标", "巡查河道长度", ">=", 120.0, 131.0, 30.0), ("质量指标", "问题整改率", ">=", 95.0, 97.0, 30.0)]


def test_a_funds_block_above_a_bare_name_header_ends_where_that_header_starts():
    """The funds rows read the header's bare 指标 as a row's label (指标 | 年度目标值 …, no figure of its own): the funds
    block ends at the indicator header that opens on it, whose rows are read."""
    text = ("项目资金 年初预算数 全年预算数 全年执行数 执行率\n 60.00 60.00 57.00 95%\n"
            "指标\t年度目标值\t实际完成值\t分值\t得分\n"
            "数量指标：维修路灯数\t≥200盏\t214盏\t40\t40\n")
    assert [(i["name"], i["target_value"], i["actual_value"]) for i in indicators_of(text)] == [("维修路灯数", 200.0, 214.0)]
    assert budget_of(text)["expenditure_total"] == 57


def test_a_level_row_naming_its_column_before_a_colon_is_that_level():
    """一级指标：效益指标 / 二级指标：社会效益指标 written as rows of their own above the indicators (a table with no level
    columns): the label after the colon is the level the column's label names, whatever its words (一级指标：履职成效)."""
    text = ("三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "一级指标：产出指标\n二级指标：数量指标\n培训场次\t≥8场\t9场\t20\t20\n"
            "一级指标：履职成效\n二级指标：社会效益指标\n政策知晓率\t≥85%\t90%\t20\t20\n")
    got = [(i["level1"], i["level2"], i["name"], i["actual_value"]) for i in indicators_of(text)]
    assert got == [("产出指标", "数量指标", "培训场次", 9.0), ("履职成效", "社会效益指标", "政策知晓率", 90.0)]
    assert kind("一级指标:产出指标(40分)") == "level1" and kind("二级指标:质量指标") == "level2"


def test_a_category_column_before_the_names_gives_each_row_its_first_level_as_written():
    """指标类别 | 绩效指标 | 目标值 …: the indicator's category written on every row before its name, in words of its own
    (公共服务, 群众满意度): each row's first level as written, never carried down nor run into the name."""
    text = ("指标类别\t绩效指标\t目标值\t完成值\t权重\t得分\n"
            "履职效能\t案件办结率\t≥90%\t95%\t30\t30\n"
            "公共服务\t窗口办件及时率\t100%\t100%\t30\t30\n"
            "群众满意度\t办事群众满意度\t≥90%\t92%\t40\t40\n")
    got = [(i["level1"], i["level2"], i["name"]) for i in indicators_of(text)]
    assert got == [("履职效能", None, "案件办结率"), ("公共服务", None, "窗口办件及时率"), ("群众满意度", None, "办事群众满意度")]


def test_rows_lined_up_under_a_group_label_heading_the_names_keep_their_level_words():
    """一级指标 | 绩效指标 | … (the group's label heads the names: no 三级指标): rows as long as the header's line put a
    word under 一级指标 in that column, known or not (公共服务), as under a 三级指标 header."""
    text = ("一级指标\t绩效指标\t目标值\t完成值\t权重\t得分\n"
            "履职效能\t案件办结率\t≥90%\t95%\t50\t50\n"
            "公共服务\t窗口办件及时率\t100%\t100%\t50\t50\n")
    got = [(i["level1"], i["name"]) for i in indicators_of(text)]
    assert got == [("履职效能", "案件办结率"), ("公共服务", "窗口办件及时率")]


def test_a_one_character_cell_after_a_name_ends_that_name_past_empty_merged_cells():
    """A cell a line (`text |`), the merged level cells left as lone `|` lines before a row: its name wrapped onto a
    one-character cell (…处置 / 量) is that name's end, not a name of its own, and the name before it no reason of the
    row above."""
    lines = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因",
             "产出指标", "数量指标", "年度新增绿化面", "积", "≥5万平方米", "5.2万平方米", "20", "20", "", "", "",
             "古树名木挂牌保护", "数", "≥300株", "310株", "20", "20", ""]
    text = "\n".join(f"{t} |" if t else "|" for t in lines) + "\n"
    got = [(i["level2"], i["name"], i["target_value"], i["actual_value"]) for i in indicators_of(text)]
    assert got == [("数量指标", "年度新增绿化面积", 5.0, 5.2), ("数量指标", "古树名木挂牌保护数", 300.0, 310.0)]


# --- headers in two rows, completion columns, total rows -------------------------------------

def _report_of(text: str) -> dict:
    return extract_document(build_document(text)).report


_SPLIT_LEVELS_ROWS = [["产出指标", "数量指标", "修缮水渠长度", "≥8公里", "8.5公里", "40", "40"],
                      ["效益指标", "社会效益指标", "受益农户数", "≥300户", "320户", "50", "48"]]
_SPLIT_LEVELS_WANT = [("产出指标", "数量指标", "修缮水渠长度", ">=", 8.0, 8.5, 40.0, 40.0),
                      ("效益指标", "社会效益指标", "受益农户数", ">=", 300.0, 320.0, 50.0, 48.0)]


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_funds_block_ends_where_an_indicator_header_opens_on_broken_level_labels(sep):
    """| 一级 | 二级 | 三级指标 | … over | 指标 | 指标 | | …, right under the funds block: 一级 and 二级, no header cells
    of their own, had been read as a funds row's label, and the funds block ran over the indicator header (the table
    was lost)."""
    rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["年度资金总额", "50", "60", "57", "95%"],
            ["一级", "二级", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["指标", "指标", "", "", "", "", ""],
            *_SPLIT_LEVELS_ROWS]
    text = "某县水利局项目支出绩效自评表\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    assert [brief(i) for i in indicators_of(text)] == _SPLIT_LEVELS_WANT
    got = budget_of(text)
    assert (got["budget_initial"], got["budget_full_year"], got["expenditure_total"]) == (50, 60, 57)


def test_a_header_in_two_rows_laid_a_cell_a_line_joins_each_piece_in_the_second_row():
    """一级 / 二级 / 三级指标 / 年度 / 实际 / 分值 / 得分 / 指标 / 指标 / | / 指标值 / 完成值 / | / | (a cell a line): 实际 is
    the top of 实际完成值 in the second row, not the start of 实际得分 with the cell after it (the actual column had
    stood last, the score column had been taken by 实际得分)."""
    cells = ["一级", "二级", "三级指标", "年度", "实际", "分值", "得分", "指标", "指标", "", "指标值", "完成值", "", ""]
    for r in _SPLIT_LEVELS_ROWS:
        cells += r
    text = "某县水利局项目支出绩效自评表\n" + "\n".join(f"{c} |" if c else "|" for c in cells) + "\n"
    header = next(h for h in find_headers(cell_stream(build_document(text))) if h.block == "indicators")
    assert [c for c in header.columns if c != "desc"] == ["level1", "level2", "name", "target", "actual", "weight", "score"]
    assert [brief(i) for i in indicators_of(text)] == _SPLIT_LEVELS_WANT


def test_the_reason_labels_tail_on_the_second_header_row_belongs_to_the_header():
    """偏差原因分析 over 及改进措施 (the label broken before its conjunction, a column's whole label on top): the tail is
    a piece of the header, which ends after it, not a cell of the rows."""
    text = ("| 一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 |\n"
            "| 指标 | 指标 | | | | | | 及改进措施 |\n"
            "| 产出指标 | 数量指标 | 修缮水渠长度 | ≥8公里 | 8.5公里 | 40 | 40 | |\n")
    cells = cell_stream(build_document(text))
    header = next(h for h in find_headers(cells) if h.block == "indicators")
    assert cells[header.end - 1].text == "及改进措施" and cells[header.end].text == "产出指标"


_RATE_HEADER = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分 | 偏差原因 |\n"
_RATE_FIRST = "| 产出指标 | 数量指标 | 清理河道长度 | ≥12公里 | 12.6公里 | 105% | 30 | 30 | |\n"


def test_a_completion_rate_column_is_no_value_of_a_row_written_in_words():
    """| 实际完成值 | 完成率 | 分值 |: a row whose target and result are words (明显改善 | 明显改善 | 100%) keeps its name
    and its words; the 100% is its completion, no result (the name had taken the target, the target the result's
    place and the 100% had become the result)."""
    text = _RATE_HEADER + _RATE_FIRST + "| 质量指标 | 河道水质状况 | 明显改善 | 明显改善 | 100% | 20 | 20 | |\n"
    got = [(i["name"], i["target_raw"], i["actual_raw"], i["actual_value"], i["weight"]) for i in indicators_of(text)]
    assert got == [("清理河道长度", "≥12公里", "12.6公里", 12.6, 30.0), ("河道水质状况", "明显改善", "明显改善", None, 20.0)]


def test_a_row_of_words_under_a_completion_column_keeps_its_name_from_the_reason_above():
    """| | 管护责任落实 | 到位 | 到位 | 100% | …, after a row whose reason cell is empty: a row left without its completion
    costs as much as one left without its result, so its name is no reason of the row above (the row had lost its
    name to the reason above, 到位 becoming its name and the 100% its result)."""
    text = _RATE_HEADER + _RATE_FIRST + "| | 管护责任落实 | 到位 | 到位 | 100% | 20 | 19 | |\n"
    got = [(i["name"], i["target_raw"], i["actual_value"], i["weight"]) for i in indicators_of(text)]
    assert got == [("清理河道长度", "≥12公里", 12.6, 30.0), ("管护责任落实", "到位", None, 20.0)]


_WORDED_ROWS = [["产出指标", "数量指标", "清理河道长度", "≥12公里", "12.6公里", "105%", "30", "30", ""],
                ["", "质量指标", "管护制度建设", "健全", "健全", "100%", "20", "20", ""],
                ["", "", "管护责任落实", "到位", "到位", "100%", "20", "19", ""]]
_WORDED_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "完成率", "分值", "得分", "偏差原因"]
_WORDED_WANT = [("清理河道长度", 12.6, 30.0), ("管护制度建设", None, 20.0), ("管护责任落实", None, 20.0)]


def test_a_tab_row_opening_on_a_tab_and_several_cells_opens_a_row():
    """A tab row whose first cells are empty (⇥管护责任落实⇥到位⇥…, its leading empty cell dropped as Word's): its line
    opens a row (the row had been read on as the row above's)."""
    lines = ["\t".join(r).rstrip("\t") for r in [_WORDED_HEADER, *_WORDED_ROWS]]
    lines[2:] = ["\t" + line.lstrip("\t") for line in lines[2:]]
    text = "\n".join(lines) + "\n"
    assert [c.row_start for c in cell_stream(build_document(text)) if c.text == "管护责任落实"] == [True]
    assert [(i["name"], i["actual_value"], i["weight"]) for i in indicators_of(text)] == _WORDED_WANT


def test_a_completion_rate_column_is_filled_on_every_row_a_cell_a_line():
    """A cell a line, empty cells dropped: the completion column is as much a row's as its result (a row left
    without it costs as much as a result left out), so 管护制度建设 | 健全 | 健全 | 100% is a row, its name no reason of
    the row above."""
    cells = [c for r in [_WORDED_HEADER, *_WORDED_ROWS] for c in r if c]
    text = "\n".join(cells) + "\n"
    assert [(i["name"], i["actual_value"], i["weight"]) for i in indicators_of(text)] == _WORDED_WANT


_SCORE_FIRST = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 | 分值 |\n"
                "| 产出指标 | 数量指标 | 清理河道长度 | ≥12公里 | 12.6公里 | 45 | 50 |\n"
                "| 效益指标 | 生态效益指标 | 水质达标率 | ≥90% | 96% | 50 | 50 |\n")


def test_a_total_row_follows_its_headers_order_of_score_and_weight():
    """得分 | 分值 in the header: the total row (总分 | 95 | 100) writes the score first too."""
    block = forms_of(_SCORE_FIRST + "| 总分 | | | | | 95 | 100 |\n").indicators[0]
    assert (block.total_weight, block.total_score) == (100.0, 95.0)
    assert _report_of(_SCORE_FIRST + "| 总分 | | | | | 95 | 100 |\n")["self_score"] == 95.0


def test_a_total_rows_cell_naming_its_figures_is_read_past():
    """总分 | （得分/分值） | 95 | 100: the cell names the figures after it, by their columns' labels."""
    block = forms_of(_SCORE_FIRST + "| 总分 | （得分/分值） | 95 | 100 |\n").indicators[0]
    assert (block.total_weight, block.total_score) == (100.0, 95.0)


def test_a_total_rows_weight_written_as_a_share_where_the_rows_weights_are():
    """权重 | 30% on every row: the total row's 100% is its full weight (合计 | 100% | 98), the score after it."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 |\n"
            "| 产出指标 | 数量指标 | 清理河道长度 | ≥12公里 | 12.6公里 | 50% | 50 |\n"
            "| 效益指标 | 生态效益指标 | 水质达标率 | ≥90% | 96% | 50% | 48 |\n"
            "| 合计 | | | | | 100% | 98 |\n")
    block = forms_of(text).indicators[0]
    assert (block.total_weight, block.total_score) == (100.0, 98.0)
    assert _report_of(text)["self_score"] == 98.0


def test_a_header_in_two_rows_flattened_onto_one_line():
    """The two header rows on one line, their empty cells dropped (a form on one line: 年度 实际 … 偏差原因分析 指标值 完成值):
    the line's last cells are the second row, each completing a broken label of the first in order (指标值 had stood
    after the reason column, 年度 and 实际 were lost); and so the funds header (年初 全年 全年 … 预算数 预算数 执行数)."""
    text = ("项目支出绩效自评表 项目资金 年初 全年 全年 执行率 （万元） 预算数 预算数 执行数 年度资金总额 50 60 57 95% "
            "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析 指标值 完成值 及改进措施 "
            + " ".join(" ".join(r) for r in _SPLIT_LEVELS_ROWS) + "\n")
    assert [brief(i) for i in indicators_of(text)] == _SPLIT_LEVELS_WANT
    got = budget_of(text)
    assert (got["budget_initial"], got["budget_full_year"], got["expenditure_total"]) == (50, 60, 57)


def test_a_header_in_two_rows_flattened_onto_one_line_with_broken_level_labels():
    """一级 二级 三级指标 年度 实际 … 指标 指标 指标值 完成值 on one line: the pieces after the top row go on the header
    (the run had stopped at the first 指标, and no indicator header was left)."""
    text = ("项目支出绩效自评表 一级 二级 三级指标 年度 实际 分值 得分 偏差原因分析 指标 指标 指标值 完成值 及改进措施 "
            + " ".join(" ".join(r) for r in _SPLIT_LEVELS_ROWS) + "\n")
    assert [brief(i) for i in indicators_of(text)] == _SPLIT_LEVELS_WANT


def test_a_flattened_second_row_needs_pieces_completing_the_top_rows_labels_in_order():
    """One broken cell alone before a label that completes it (三级指标 实际 分值 得分: 实际 then 得分) is no second row:
    a header on one line keeps its order."""
    from pipelines.extract.headers import RunCell, _flattened_second_row
    run = [RunCell(i, k) for i, k in enumerate(["三级指标", "实际", "分值", "得分"])]
    assert _flattened_second_row(run) == -1
    run = [RunCell(i, k) for i, k in enumerate(["三级指标", "年度", "实际", "分值", "得分", "指标值", "完成值"])]
    assert _flattened_second_row(run) == 5


# --- noise of scanned and retyped pages --------------------------------------------------------

def test_a_comma_read_for_a_decimal_point_ends_a_figure_in_one_or_two_digits():
    """OCR's comma for a figure's point (76,35 | 97,2% | 得分 9,5 | 2,410,57万元): a last group of one or two digits after a
    comma, alone or after thousands groups, before a cell's end, another figure, %, 分 or a money unit, is the decimals
    (the figure had been 76, the rate 2, the score lost). A list of figures (2,4,6项, 3,4月) stays as written."""
    text = ("某县农业局2022年度项目支出绩效自评表\n"
            "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 80 80 76,35 10 95,4% 9,5\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 质量指标 种子抽检合格率 ≥95% 97,2% 50 48,5\n"
            "满意度指标 服务对象满意度指标 农户满意度 ≥90% 93% 40 40\n"
            "总分 100 97,5\n")
    got = budget_of(text)
    assert (got["budget_initial"], got["expenditure_total"]) == (80, Decimal("76.35"))
    assert [(i["name"], i["actual_value"], i["weight"], i["score"]) for i in indicators_of(text)] == [
        ("种子抽检合格率", 97.2, 50.0, 48.5), ("农户满意度", 93.0, 40.0, 40.0)]
    report = _report_of(text)
    assert (report["budget_execution_rate_pct"], report["self_score"]) == (95.4, 97.5)
    prose = ("某县农业局2022年度部门整体支出绩效自评报告\n"
             "2022年度收入合计2,410,57万元,支出合计2,388,06万元。预算执行率99,07%。经自评,得分91,5分。\n")
    got = budget_of(prose)
    assert (got["income_total"], got["expenditure_total"]) == (Decimal("2410.57"), Decimal("2388.06"))
    assert (_report_of(prose)["budget_execution_rate_pct"], _report_of(prose)["self_score"]) == (99.07, 91.5)
    from pipelines.ocr_digits import mend_decimal_commas
    kept = ("完成2,4,6项", "3,4月", "(1,2)", "1,250万元", "合计 2,41 57 万元", "| 4,120,50\n0.00 |", "支出3,4\n— 2 —\n", "| 26,7")
    assert [mend_decimal_commas(t) for t in kept] == list(kept)  # (lists; pieces parted; a figure wrapped, cut, at the end)
    assert mend_decimal_commas("| 26,7", closed=True) == "| 26.7"


def test_a_figure_written_on_a_fill_in_blank_is_read_without_its_underscores():
    """A form's blanks filled in (全年预算数__2,150.00__万元, 执行率__95.2__%, 得分:__88.5__分, 目标≥__95__%): the underscores
    are no part of the figure (none had been read)."""
    text = ("某县林业局2023年度项目绩效自评报告\n"
            "一、项目资金情况\n"
            "年初预算数__2,000.00__万元,全年预算数__2,150.00__万元,全年执行数__2,046.80__万元,执行率__95.2__%。\n"
            "二、绩效目标完成情况\n"
            "1.苗木成活率:年度目标≥__85__%,实际完成__91.4__%;\n"
            "三、自评结论\n"
            "自评得分:__88.5__分。\n")
    got = budget_of(text)
    assert (got["budget_initial"], got["budget_full_year"], got["expenditure_total"]) == (2000, 2150, Decimal("2046.8"))
    report = _report_of(text)
    assert (report["budget_execution_rate_pct"], report["self_score"]) == (95.2, 88.5)
    assert [(i["name"], i["target_value"], i["actual_value"]) for i in indicators_of(text)] == [("苗木成活率", 85.0, 91.4)]


def test_a_blank_left_empty_is_an_empty_cell_in_its_column():
    """A blank left unfilled between cells (其他资金 ____ ____ ____, 总分 100 ____) is an empty cell keeping its column: the
    total row's one figure is then its full marks, no score (the self-score had been 100)."""
    text = ("某县林业局2023年度项目支出绩效自评表\n"
            "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 60 64 61 10 95.31% 9.5\n"
            "其他资金 ____ ____ ____ — — —\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 新造林面积 ≥500亩 520亩 50 50\n"
            "满意度指标 服务对象满意度指标 林农满意度 ≥90% ____ 40 ____\n"
            "总分 100 ____\n")
    report = _report_of(text)
    assert (report["self_score"], report["indicator_total_score"], report["budget_execution_rate_pct"]) == (
        None, None, 95.31)
    assert budget_of(text)["budget_full_year"] == 64
    assert [(i["name"], i["actual_value"], i["weight"], i["score"]) for i in indicators_of(text)] == [
        ("新造林面积", 520.0, 50.0, 50.0), ("林农满意度", None, 40.0, None)]


def test_a_spending_word_heading_an_indicator_tables_result_column():
    """| 三级指标 | 年度指标值 | 全年完成数 | 分值 | 得分 | (or 实际数): the funds' word for the year's execution heads the
    results' column of an indicator table with no other result column; the row's points stay in their columns."""
    for word in ("全年完成数", "实际数"):
        text = ("某县2023年度项目支出绩效自评表\n"
                f"| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | {word} | 分值 | 得分 |\n"
                "| 产出指标 | 数量指标 | 检测样品数 | 200份 | 230份 | 20 | 20 |\n")
        got = [(i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"]) for i in indicators_of(text)]
        assert got == [("检测样品数", 200, 230, 20, 20)], word


def test_a_scoring_rows_rate_is_the_figure_written_as_a_percent_not_its_points():
    """预算执行率 | 10 | 执行数/预算数×100% | 96.2% | 9.62: the row's points first, its formula, then the rate written as a
    percent: the rate is the percent; two percents after the points (a target, a result) are left to the indicators."""
    row = "| 预算执行 | 预算执行率 | 10 | 执行数/预算数×100% | 96.2% | 9.62 |\n"
    assert [(fv.role, fv.value) for fv in forms_of(row).funds_pairs if fv.role == "rate"] == [("rate", Decimal("96.2"))]
    row = "| 预算执行 | 预算执行率 | 10 | 100% | 96.2% | 9.62 |\n"
    assert [fv for fv in forms_of(row).funds_pairs if fv.role == "rate"] == []


def test_a_funds_figure_a_space_parts_at_its_thousands_is_one_figure():
    """全年预算数 2 415.30 万元 (a PDF's space for the thousands separator, the pieces read as cells): 2415.30, not 2."""
    for text in ("全年预算数 2 415.30 万元，全年执行数 2 301.12 万元。\n", "全年预算数 2 415.30万元，全年执行数 2 301.12万元。\n"):
        got = [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items]
        assert sorted(got) == [("budget_full_year", Decimal("2415.30")), ("expenditure_total", Decimal("2301.12"))], text
