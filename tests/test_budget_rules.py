from decimal import Decimal

from pipelines.extract.budget import classify_label, narrative_figures, table_figures
from pipelines.extract.tables import all_tables, flat_rows
from pipelines.normalise import build_document


def figures(text):
    return [(f.item, f.amount_wan_yuan, f.line_no) for f in narrative_figures(build_document(text))]


def tables_of(text):
    """(money figures, facts) of the tables in ``text``."""
    doc = build_document(text)
    return table_figures(doc, all_tables(doc), flat_rows(doc))


def test_label_right_before_the_number_names_the_item():
    assert classify_label("，本年收入", None)[0] == "income_total"
    assert classify_label("年末结转和结余", None)[0] == "carryover_end"


def test_longest_label_wins():
    # 基本支出和项目支出合计 is the total, not 项目支出
    assert classify_label("年度基本支出和项目支出合计：", None)[0] == "expenditure_total"


def test_qualifier_takes_the_subject_before_it():
    assert classify_label("人员经费支出", None)[0] == "expenditure_personnel"
    assert classify_label("“三公”经费决算数为", None)[0] == "three_public_total"


def test_budget_of_a_part_is_not_the_department_budget():
    item, _, subject = classify_label("本年项目支出年初预算安排为", None)
    assert item == "other" and subject == "项目支出"
    # and the spending that follows in the same sentence is that part's
    assert classify_label("，本年实际支出为", subject)[0] == "expenditure_project"


def test_unknown_subject_makes_other():
    assert classify_label("其中公务接待费预算数", "三公经费")[0] == "other"


def test_narrative_money_in_wan_yuan_yuan_and_yi_yuan():
    text = "本单位本年收入 1,204.50 万元，本年支出 1,198.00 万元；人员经费支出3,120,000.00元，公用经费0.01亿元。"
    assert figures(text) == [
        ("income_total", Decimal("1204.5"), 1), ("expenditure_total", Decimal("1198"), 1),
        ("expenditure_personnel", Decimal("312"), 1), ("expenditure_public", Decimal("100"), 1),
    ]


def test_project_fund_is_not_the_department_project_spending():
    got = figures("专项工作经费项目预算 50 万元，支出 48 万元，完成预算的 96%。")
    assert [g[0] for g in got] == ["other", "other"]


def test_subject_scope_ends_with_the_sentence():
    got = figures("基本支出年初预算安排为80万元，本年实际支出为90万元。本年实际支出为150万元。")
    assert [g[0] for g in got] == ["other", "expenditure_basic", "expenditure_total"]


def test_previous_year_figure_gets_previous_year_marker():
    f = narrative_figures(build_document("上年收入合计 500 万元。"))[0]
    assert f.item == "income_total" and f.fiscal_year == -1


def test_word_table_one_cell_per_line_with_year_columns():
    text = "\n".join([
        "\t经费控制情况", "\t2021年决算数", "\t2022年预算数", "\t2022年决算数", "",
        "\t公用经费", "\t30.5", "\t28", "\t29.75", "",
        "\t项目支出:", "\t12", "\t10", "\t9", "",
    ])
    figs, _ = tables_of(text)
    got = {(f.item, f.fiscal_year, f.amount_wan_yuan) for f in figs if f.item != "other"}
    assert got == {("expenditure_public", 2021, Decimal("30.5")), ("expenditure_public", 2022, Decimal("29.75")),
                   ("expenditure_project", 2021, Decimal("12")), ("expenditure_project", 2022, Decimal("9"))}


def test_self_evaluation_table_total_row_and_rate():
    text = "\n".join([
        "\t年度预算(万元)", "\t", "\t年初预算数", "\t全年预算数", "\t全年执行数", "\t分值", "\t执行率", "\t得分", "",
        "\t", "\t年度资金总额", "\t300", "\t320.5", "\t310", "\t10", "\t96.72%", "\t9.5", "",
    ])
    figs, facts = tables_of(text)
    assert {(f.item, f.amount_wan_yuan) for f in figs} == {
        ("budget_initial", Decimal("300")), ("budget_full_year", Decimal("320.5")), ("expenditure_total", Decimal("310"))}
    assert facts.execution_rates[0][0] == 96.72


def test_flattened_pdf_row_with_header_broken_over_lines():
    text = "\n".join([
        "部门名称 某市某区某局 单位:元", "资金来源", "整体支出年初预", "算数", "整体支出预算调整", "数",
        "整体年度实际支出数 预算完成率 预算调整率", "合计 1,000,000 50,000 990,000 94.29% 5.00%",
    ])
    figs, facts = tables_of(text)
    assert {(f.item, f.amount_wan_yuan, f.line_no) for f in figs} == {
        ("budget_initial", Decimal("100"), 8), ("budget_adjustment", Decimal("5"), 8),
        ("expenditure_total", Decimal("99"), 8)}
    assert facts.execution_rates[0][0] == 94.29


def test_pipe_table_total_row():
    text = "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| 合计 | 100 | 110 | 99 | 90% |"
    figs, facts = tables_of(text)
    assert {f.item for f in figs} == {"budget_initial", "budget_full_year", "expenditure_total"}
    assert facts.execution_rates[0][0] == 90.0


def test_functional_classification_is_not_the_previous_subject():
    got = figures("实际支出100万元(基本支出100万元、项目支出0万元),其中一般公共服务支出60万元、住房保障支出40万元。")
    assert [g[0] for g in got] == ["expenditure_total", "expenditure_basic", "expenditure_project", "other", "other"]


def test_adverbial_text_before_a_budget_qualifier_is_not_a_subject():
    got = figures("年初预算数100万元，年中追加经费后全年预算数120万元，年中预算调整数20万元。")
    assert [g[0] for g in got] == ["budget_initial", "budget_full_year", "budget_adjustment"]


def test_row_labels_with_a_time_word_or_a_colon_after_qizhong():
    text = "\n".join([
        "| 项目 | 2022年决算数 | 2023年决算数 |",
        "| 本年收入合计 | 1,210.50 | 1,305.00 |",
        "| 本年支出合计 | 1,190.00 | 1,298.40 |",
        "| 其中：基本支出 | 800.00 | 850.25 |",
        "| 其中:项目支出 | 390.00 | 448.15 |",
    ])
    figs, _ = tables_of(text)
    assert {(f.item, f.fiscal_year, f.amount_wan_yuan) for f in figs} == {
        ("income_total", 2022, Decimal("1210.50")), ("income_total", 2023, Decimal("1305.00")),
        ("expenditure_total", 2022, Decimal("1190.00")), ("expenditure_total", 2023, Decimal("1298.40")),
        ("expenditure_basic", 2022, Decimal("800.00")), ("expenditure_basic", 2023, Decimal("850.25")),
        ("expenditure_project", 2022, Decimal("390.00")), ("expenditure_project", 2023, Decimal("448.15"))}


def test_total_row_of_an_indicator_table_is_not_the_funds_row():
    text = "\n".join([
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| 年度资金总额 | 200 | 210 | 205 | 10 | 97.62% | 9.8 |",
        "",
        "| 序号 | 指标名称 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 1 | 来访事项按期办结率 | ≥95% | 98% | 90 | 88 |",
        "| 合计 | | | | 100 | 97.8 |",
    ])
    _, facts = tables_of(text)
    assert facts.funds_row == (10.0, 9.8)


def test_bare_initial_budget_is_the_department_budget():
    got = figures("全年年初预算为1,200.0万元，调整后预算1,350.5万元，实际支出1,301.2万元。")
    assert [g[0] for g in got] == ["budget_initial", "budget_full_year", "expenditure_total"]
    # a part's initial budget stays the part's
    assert [g[0] for g in figures("项目支出年初预算为80万元。")] == ["other"]


def test_short_carryover_labels_belong_to_the_report_year():
    fs = narrative_figures(build_document("上年结转20.5万元，年末结转18.2万元。上年收入合计500万元。"))
    assert [(f.item, f.fiscal_year) for f in fs] == [
        ("carryover_begin", None), ("carryover_end", None), ("income_total", -1)]


def test_final_accounts_income_and_spending():
    got = figures("本年度部门决算收入2,010.00万元，决算支出1,990.50万元。")
    assert [g[0] for g in got] == ["income_total", "expenditure_total"]
    # 三公经费's final-accounts spending is 三公经费's, not the department's
    assert [g[0] for g in figures("“三公”经费决算支出6.2万元。")] == ["three_public_total"]


def test_income_parts_other_income_is_other():
    got = figures("本年度收入总计900万元，其中：财政拨款收入850万元，其他收入50万元。")
    # 财政拨款收入 is income_total as the contract lists it; 其他收入 is a part without a code
    assert [g[0] for g in got] == ["income_total", "income_total", "other"]
