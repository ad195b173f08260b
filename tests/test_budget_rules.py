from decimal import Decimal

from pipelines.extract.budget import (classify_label, form_figures, narrative_figures, settle_adjusted_budgets,
                                      settle_allocations)
from pipelines.extract.cells import cell_stream
from pipelines.extract.forms import read_forms
from pipelines.normalise import build_document


def figures(text):
    return [(f.item, f.amount_wan_yuan, f.line_no) for f in narrative_figures(build_document(text))]


def tables_of(text):
    """(money figures, facts) of the tables in ``text``."""
    doc = build_document(text)
    return form_figures(doc, read_forms(cell_stream(doc), doc.open_end))


def test_label_right_before_the_number_names_the_item():
    assert classify_label("，本年收入", None)[0] == "income_total"
    assert classify_label("年末结转和结余", None)[0] == "carryover_end"


def test_longest_label_wins():
    # 基本支出和项目支出合计 is the total, not 项目支出
    assert classify_label("年度基本支出和项目支出合计：", None)[0] == "expenditure_total"


def test_a_supplement_in_the_year_and_the_years_budget_standing_alone():
    """年中追加 (without 预算) is the adjustment; 全年预算 alone, as 全年预算数, is the year's budget; both
    after a part (基本支出) stay the part's."""
    assert figures("年初预算资金150万元,年中追加30万元,全年预算180万元。") == [
        ("budget_initial", Decimal(150), 1), ("budget_adjustment", Decimal(30), 1), ("budget_full_year", Decimal(180), 1)]
    assert [f[0] for f in figures("基本支出年初预算100万元,全年预算120万元。")] == ["other", "other"]


def test_the_budget_at_the_years_end_and_a_rise_in_the_year():
    """年终预算 is the year's budget after its changes; 年中调增 the adjustment."""
    assert figures("年初预算860万元，年中调增140万元，年终预算1,000万元。") == [
        ("budget_initial", Decimal(860), 1), ("budget_adjustment", Decimal(140), 1), ("budget_full_year", Decimal(1000), 1)]


def test_the_rise_said_with_its_budget_and_the_balance_at_the_years_end_said_as_nianzhong():
    """调整增加预算96.15万元 is the adjustment (预算 closing it had named nothing); 年终结余 / 年底结余 the balance carried
    at the year's end, as 年末结余 is."""
    assert figures("年初预算812.4万元，年中调整增加预算96.15万元。")[1][:2] == ("budget_adjustment", Decimal("96.15"))
    assert figures("年终结余611,209.24元。") == [("carryover_end", Decimal("61.120924"), 1)]
    assert figures("年底结余12.5万元。") == [("carryover_end", Decimal("12.5"), 1)]


def test_a_budget_named_by_its_sum_is_that_budget():
    """全年预算总额 / 年初预算总额 / 调整后预算总额 name the budget by its sum: the same figures as 全年预算 …;
    a part's (基本支出全年预算总额) stays the part's."""
    assert figures("年初预算总额860万元，年中追加140万元，全年预算总额1,000万元。") == [
        ("budget_initial", Decimal(860), 1), ("budget_adjustment", Decimal(140), 1), ("budget_full_year", Decimal(1000), 1)]
    assert figures("调整后预算总额1,000万元，实际支出980万元。") == [
        ("budget_full_year", Decimal(1000), 1), ("expenditure_total", Decimal(980), 1)]
    assert figures("基本支出全年预算总额300万元。") == [("other", Decimal(300), 1)]


def test_the_approved_budget_is_the_initial_one():
    """预算批复数 / 年初批复预算: the budget as approved, before the year's changes; a part's stays the part's."""
    assert figures("预算批复数为4,562.00万元，调整后预算数为5,120.45万元。") == [
        ("budget_initial", Decimal("4562"), 1), ("budget_full_year", Decimal("5120.45"), 1)]
    assert figures("年初批复预算1,000万元，实际支出980万元。") == [
        ("budget_initial", Decimal(1000), 1), ("expenditure_total", Decimal(980), 1)]
    assert figures("基本支出批复预算300万元，实际支出290万元。") == [
        ("other", Decimal(300), 1), ("expenditure_basic", Decimal(290), 1)]


def test_budget_and_spending_named_with_other_words_of_the_same_parts():
    """年初预算金额 / 年初预算批复数, 全年预算安排数, 调整后预算金额, 全年实际执行金额 / 本年实际支出金额: the same
    figures as 年初预算数, 全年预算数, 调整后预算数, 实际执行数; a part's stay the part's."""
    assert figures("年初预算金额为640万元，调整后预算金额为702.5万元，全年实际执行金额688万元。") == [
        ("budget_initial", Decimal(640), 1), ("budget_full_year", Decimal("702.5"), 1),
        ("expenditure_total", Decimal(688), 1)]
    assert figures("年初预算批复数58万元，全年预算安排数61万元，本年实际支出金额60万元。") == [
        ("budget_initial", Decimal(58), 1), ("budget_full_year", Decimal(61), 1), ("expenditure_total", Decimal(60), 1)]
    assert figures("基本支出年初预算金额300万元，全年实际执行金额290万元。") == [
        ("other", Decimal(300), 1), ("expenditure_basic", Decimal(290), 1)]


def test_a_bare_actual_after_the_whole_budget_is_its_spending():
    """执行数 / 决算数 alone after the report's own budget (项目资金预算数, 整体支出全年预算数, 年初预算) is the
    spending of that budget; a side or a part in scope keeps its own (收入合计…，决算数 is the income's)."""
    assert figures("2023年项目资金预算数为50万元，执行数为48.5万元。") == [
        ("budget_initial", Decimal(50), 1), ("expenditure_total", Decimal("48.5"), 1)]
    assert figures("整体支出全年预算数1,000万元，执行数980万元，执行率98%。") == [
        ("budget_full_year", Decimal(1000), 1), ("expenditure_total", Decimal(980), 1)]
    assert figures("本年收入合计1,000万元，年初预算数1,200万元，决算数1,100万元。")[2] == ("income_total", Decimal(1100), 1)
    assert figures("基本支出年初预算600万元，执行数590万元。") == [
        ("other", Decimal(600), 1), ("expenditure_basic", Decimal(590), 1)]


def test_the_income_received_beside_its_budget_is_the_years_income():
    """收入预算900万元，实际收入1,012.36万元: the income as received is the year's, as 实际支出 is its spending."""
    assert figures("本年收入预算900万元，实际收入1,012.36万元；支出预算900万元，实际支出1,004.82万元。")[1::2] == [
        ("income_total", Decimal("1012.36"), 1), ("expenditure_total", Decimal("1004.82"), 1)]


def test_last_years_figure_in_a_bracket_is_its_own_and_the_years_figures_after_it_stay():
    """本年收入1,230万元（上年为1,100万元）/ 基本支出800万元（上年760万元），项目支出410万元: the bracket holds the same item's
    figure of the year before; the figures after the bracket are the year's again."""
    got = [(f.item, f.amount_wan_yuan, f.fiscal_year) for f in narrative_figures(build_document(
        "本年收入1,230.00万元（上年为1,100.00万元）。其中基本支出800.00万元（上年760.00万元），项目支出410.00万元（2021年300.00万元）。"))]
    assert got == [("income_total", Decimal(1230), None), ("income_total", Decimal(1100), -1),
                   ("expenditure_basic", Decimal(800), None), ("expenditure_basic", Decimal(760), -1),
                   ("expenditure_project", Decimal(410), None), ("expenditure_project", Decimal(300), 2021)]


def test_the_projects_funds_named_alone_and_two_budgets_said_of_one_figure():
    """项目资金85万元，其中中央财政资金51万元: the project's funds for the year (its sources after it are no item), but
    拨付项目资金 is a use of them; 项目年初预算和全年预算均为618万元: one figure, both budgets."""
    assert figures("项目资金85万元，其中中央财政资金51万元、县级配套资金34万元。") == [
        ("budget_full_year", Decimal(85), 1), ("other", Decimal(51), 1), ("other", Decimal(34), 1)]
    assert figures("已拨付项目资金50万元。")[0][0] == "other"
    assert figures("项目年初预算和全年预算均为618.00万元，全年实际支出601万元。") == [
        ("budget_initial", Decimal(618), 1), ("budget_full_year", Decimal(618), 1),
        ("expenditure_total", Decimal(601), 1)]


def test_the_general_budgets_appropriation_is_income_and_the_other_budgets_are_not():
    """财政拨款收入 / 一般公共预算财政拨款收入 count as the income (the contract's income_total), in a sentence and as a
    row of a final-accounts column (| 一、财政拨款收入 | 1,200.00 | under 决算数); the appropriation of the government
    funds' budget (政府性基金预算财政拨款收入) is a source of it, no item."""
    assert figures("收入合计1,230万元，其中：一般公共预算财政拨款收入1,000万元，政府性基金预算财政拨款收入200万元。") == [
        ("income_total", Decimal(1230), 1), ("income_total", Decimal(1000), 1), ("other", Decimal(200), 1)]
    for header in ("决算数", "2022年决算数"):
        text = (f"| 项目 | {header} |\n| 一、财政拨款收入 | 1,200.00 |\n| 二、其他收入 | 40.00 |\n"
                "| 本年收入合计 | 1,240.00 |\n")
        got = [(f.item, f.amount_wan_yuan) for f in tables_of(text)[0]]
        assert got == [("income_total", Decimal(1200)), ("other", Decimal(40)), ("income_total", Decimal(1240))], header


def test_an_adjusted_budget_the_sums_tell_apart_and_an_adjustment_said_as_an_increase():
    """调整预算 X beside the initial budget A: the adjustment when A + X is the full-year budget stated (调整后预算), the
    full-year budget when none is and X is at least A; 调整预算增加 is the adjustment, 年度预算总额 the full-year budget."""
    from pipelines.extract import extract_document

    def items(text):
        return [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items]
    assert items("年初预算1,162.40万元，调整预算253.18万元，调整后预算1,415.58万元。") == [
        ("budget_initial", Decimal("1162.4")), ("budget_adjustment", Decimal("253.18")),
        ("budget_full_year", Decimal("1415.58"))]
    assert items("年初预算100万元，调整预算120万元，执行数118万元。") == [
        ("budget_initial", Decimal(100)), ("budget_full_year", Decimal(120)), ("expenditure_total", Decimal(118))]
    assert items("年初预算100万元，调整预算20万元，执行数118万元。")[1][0] == "other"
    assert figures("调整预算增加52.30万元，年度预算总额670.77万元。") == [
        ("budget_adjustment", Decimal("52.3"), 1), ("budget_full_year", Decimal("670.77"), 1)]


def test_the_parts_of_a_budget_listed_under_it_are_no_spending():
    """年初预算1,284.36万元，其中基本支出207.40万元，项目支出1,076.96万元: the budget's parts, nothing spent; under the
    year's spending (全年支出…，其中基本支出…) the parts are the spending's."""
    assert figures("年初预算1,284.36万元，其中基本支出207.40万元，项目支出1,076.96万元。全年支出1,200万元，其中基本支出"
                   "200万元，项目支出1,000万元。") == [
        ("budget_initial", Decimal("1284.36"), 1), ("other", Decimal("207.4"), 1), ("other", Decimal("1076.96"), 1),
        ("expenditure_total", Decimal(1200), 1), ("expenditure_basic", Decimal(200), 1),
        ("expenditure_project", Decimal(1000), 1)]


def test_spending_said_as_a_verb_phrase_is_the_spending():
    """共支出 / 累计支出 / 已支出 / 实际完成支出 / 实际支出资金 state what was spent: the total alone, a part's after
    the part (三公经费累计支出…), other for a named cost (公务接待费…)."""
    for text in ("全年共支出98万元。", "截至年底，已支出98万元。", "本年度实际完成支出98万元。", "项目实际支出资金98万元。"):
        assert figures(text) == [("expenditure_total", Decimal(98), 1)], text
    assert figures("三公经费累计支出5万元。") == [("three_public_total", Decimal(5), 1)]
    assert figures("公务接待费累计支出2万元。") == [("other", Decimal(2), 1)]
    assert figures("基本支出年初预算600万元，累计支出590万元。")[1] == ("expenditure_basic", Decimal(590), 1)


def test_spending_said_as_using_or_paying_out_the_funds():
    """累计支出资金 / 已使用资金 / 全年共支付 / 项目资金共使用: the funds spent, used or paid out to date are the
    spending; funds passed on (已拨付资金) are not, nor a named payment (已支付工程款), nor a part's (三公经费已使用…)."""
    for text in ("截至年底，累计支出资金98万元。", "已使用资金98万元。", "全年共支付98万元。", "项目资金共使用98万元。"):
        assert figures(text) == [("expenditure_total", Decimal(98), 1)], text
    assert figures("已拨付资金98万元。") == [("other", Decimal(98), 1)]
    assert figures("其中已支付工程款60万元。") == [("other", Decimal(60), 1)]
    assert figures("三公经费已使用资金5万元。") == [("three_public_total", Decimal(5), 1)]


def test_balances_named_as_funds_or_as_结余_are_the_carryovers():
    """年初结转结余资金 / 上年结余 open the year, 年末结余资金 / 结转下年 close it; 上年结余 is this year's opening
    balance, not a figure of last year."""
    assert figures_with_year("2023年上年结余120万元，年末结余资金30万元。") == [
        ("carryover_begin", 2023, Decimal(120)), ("carryover_end", 2023, Decimal(30))]
    assert figures("年初结转结余资金120万元，结转下年22.55万元。") == [
        ("carryover_begin", Decimal(120), 1), ("carryover_end", Decimal("22.55"), 1)]


def test_a_balance_named_by_its_clause_alone_is_the_closing_balance():
    """…已支出80万元，结余5万元: 结余 (结余资金) as the whole clause is the balance left, as a form's 结余 column;
    ending other words (使用非财政拨款结余, 收回结余资金) it is not."""
    assert figures("下达资金85万元，已支出80万元，结余5万元。")[2] == ("carryover_end", Decimal(5), 1)
    assert figures("资金已全部拨付，结余资金0万元。") == [("carryover_end", Decimal(0), 1)]
    assert figures("使用非财政拨款结余3万元。") == [("other", Decimal(3), 1)]
    assert figures("收回结余资金3万元。") == [("other", Decimal(3), 1)]


def test_a_bare_spending_after_funds_allocated_is_their_spending():
    """项目批复资金60万元，支出59.4万元: the allocation is the year's budget and puts its spending in scope, so
    the bare 支出 after it is the spending, not a part's (it had stayed with the project, other)."""
    assert figures("项目批复资金60万元，支出59.4万元。") == [
        ("budget_full_year", Decimal(60), 1), ("expenditure_total", Decimal("59.4"), 1)]


def test_a_bare_budget_led_only_by_its_year_is_the_departments():
    """本年度预算安排… / 2019年部门预算数… / 当年预算资金…: a budget word with nothing before it but the year (and
    the department) is the department's initial budget, its spending in scope after it; last year's is not,
    nor a budget named by a part."""
    assert figures("本年度预算安排1,234.5万元，实际支出1,200.3万元。") == [
        ("budget_initial", Decimal("1234.5"), 1), ("expenditure_total", Decimal("1200.3"), 1)]
    assert figures("2019年部门预算数1000万元，年中追加234.5万元。") == [
        ("budget_initial", Decimal(1000), 1), ("budget_adjustment", Decimal("234.5"), 1)]
    assert figures("当年预算资金80万元，支出79万元。") == [
        ("budget_initial", Decimal(80), 1), ("expenditure_total", Decimal(79), 1)]
    assert figures("上年预算安排1,000万元。") == [("other", Decimal(1000), 1)]
    assert figures("本年度培训费预算数12万元。") == [("other", Decimal(12), 1)]


def test_the_currency_named_between_a_label_and_its_amount():
    """全年预算数为人民币3520万元: 人民币 joins the label to its amount as 为 does."""
    assert figures("全年预算数为人民币3520万元，全年执行数人民币3400万元。") == [
        ("budget_full_year", Decimal(3520), 1), ("expenditure_total", Decimal(3400), 1)]


def test_a_price_per_unit_is_no_figure_of_the_funds():
    """84元/人 or 12万元/公里 (a cost indicator's value, a cell of its own when a page flattens the table) is a
    price per unit: no budget item; the sum after it still is."""
    assert figures("人均补助标准84元/人") == []
    assert figures("建设成本12万元/公里，项目资金共支出96万元。") == [("expenditure_total", Decimal(96), 1)]


def test_a_budget_changed_to_a_figure_is_the_years_budget():
    """预算调整为… / …年初预算80万元，年中调整为95万元: the budget after the change is the year's; a part's stays
    the part's (and so does the spending after it); a standard changed (补助标准调整为500元) is no budget; 全年执行 is
    what was spent."""
    assert figures("本项目年初预算资金80万元，年中调整为95万元，全年执行95万元。") == [
        ("budget_initial", Decimal(80), 1), ("budget_full_year", Decimal(95), 1), ("expenditure_total", Decimal(95), 1)]
    assert figures("年初预算1,000万元，经年中调整至1,150万元。")[1] == ("budget_full_year", Decimal(1150), 1)
    assert figures("部门预算调整为1,200万元。") == [("budget_full_year", Decimal(1200), 1)]
    assert figures("基本支出预算调整为600万元，实际支出590万元。") == [
        ("other", Decimal(600), 1), ("expenditure_basic", Decimal(590), 1)]
    assert figures("补助标准年中调整为500万元。") == [("other", Decimal(500), 1)]
    # the verb before the budget (调整预算至…, 调增预算为…): the same change; a part's stays the part's
    assert figures("年初预算1,000万元，调整预算至1,150万元，实际支出1,120万元。")[1] == ("budget_full_year", Decimal(1150), 1)
    assert figures("年中调增预算为1,080万元。") == [("budget_full_year", Decimal(1080), 1)]
    assert figures("项目支出调整预算为300万元。") == [("other", Decimal(300), 1)]


def test_the_same_figure_of_another_year_in_the_sentence_takes_its_item():
    """A clause naming only another year before its figure (较上年…, 2022年为…) states the sentence's figure for
    that year; a bare 支出 after a year repeats the part the sentence opened with (“三公”经费支出…，2022年支出…).
    A change (比上年增加…) stays no item, and 收入…，支出… is still the spending side."""
    assert figures_with_year("2023年基本支出120万元，2022年为110万元。") == [
        ("expenditure_basic", 2023, Decimal(120)), ("expenditure_basic", 2022, Decimal(110))]
    assert figures_with_year("2023年“三公”经费支出5.66万元，2022年支出6.02万元。") == [
        ("three_public_total", 2023, Decimal("5.66")), ("three_public_total", 2022, Decimal("6.02"))]
    assert [f[:2] for f in figures_with_year("2023年支出总计1.25亿元，较上年1.01亿元增加0.24亿元。")][:2] == [
        ("expenditure_total", 2023), ("expenditure_total", -1)]
    assert [f[0] for f in figures("本年收入100万元，支出95万元，比上年增加5万元。")] == [
        "income_total", "expenditure_total", "other"]


def test_a_sentence_opening_with_a_named_project_and_a_colon_is_about_that_part():
    """``某某项目：预算安排…，实际支出…`` (a department's report going through its projects): the figures are the
    project's, not the department's spending."""
    assert [f[0] for f in figures("2.乡村道路养护项目：预算安排260万元，实际支出251.3万元。本年支出合计980万元。")] == [
        "other", "other", "expenditure_total"]


def test_an_amount_whose_thousands_a_space_splits():
    """``2 436.18 万元`` / ``1, 652.38万元`` / ``10 283 146.20元`` (a space for the separator, or OCR): one amount,
    kept as written; a space before a group of other than three digits splits two numbers."""
    found = [(f.item, f.amount_wan_yuan, f.amount_raw, f.line_no) for f in narrative_figures(build_document(
        "收入合计 2 436.18 万元，支出合计1, 652.38万元。\n全年支出合计10 283 146.20元，较上年增加 12 45.6万元。"))]
    assert found[:3] == [("income_total", Decimal("2436.18"), "2 436.18 万元", 1),
                         ("expenditure_total", Decimal("1652.38"), "1, 652.38万元", 1),
                         ("expenditure_total", Decimal("1028.31462"), "10 283 146.20元", 2)]
    assert found[3][1:3] == (Decimal("45.6"), "45.6万元")


def test_an_amount_ocr_wrote_with_a_letter_for_a_digit():
    """``1,2O6.35万元`` / ``8O4.11万元`` / ``l5.6万元``: O for 0, l or I for 1 inside an amount before its unit; the
    raw figure stays as written. Letters elsewhere (Excel, 项目A) are left alone."""
    found = [(f.item, f.amount_wan_yuan, f.amount_raw) for f in narrative_figures(build_document(
        "收入合计1,2O6.35万元，支出合计8O4.11万元，其中基本支出l5.6万元。使用Excel表统计项目A 10万元。"))]
    assert found == [("income_total", Decimal("1206.35"), "1,2O6.35万元"),
                     ("expenditure_total", Decimal("804.11"), "8O4.11万元"),
                     ("expenditure_basic", Decimal("15.6"), "l5.6万元"), ("other", Decimal(10), "10万元")]


def test_bare_amounts_after_a_colon_under_a_declared_unit():
    """``（金额单位：元）`` on its own line, then ``本年收入合计：1,250,000.00，…``: the bare amounts after a label's
    colon are money in that unit, to the next section; without a declaration, or after it, they are not."""
    text = "\n".join(["二、部门整体支出情况", "（金额单位：元）", "本年收入合计：1,250,000.00，其中基本支出：800,000.50。",
                      "三、绩效情况", "完成调查：36，目标：36。"])
    assert figures(text) == [("income_total", Decimal("125"), 3), ("expenditure_basic", Decimal("80.00005"), 3)]
    assert figures("本年收入合计：1,250,000.00。") == []


def test_a_figure_per_head_is_no_total_of_the_funds():
    """人均公用经费 / 生均经费 / 每人每月: a figure per head or per unit is not the funds' item."""
    assert [f[0] for f in figures("公用经费支出56.1万元，人均公用经费5.61万元。")] == ["expenditure_public", "other"]


def test_the_result_of_a_standard_per_head_is_no_spending_of_the_funds():
    """标准不低于每人每月520元，实际执行560元: the bare 实际执行 after a figure per head, in its unit, is that standard's
    result, no spending of the funds; the funds' spending in another unit after it still is."""
    assert [f[0] for f in figures("全年实际支出860万元。\n补助标准不低于每人每月520元，实际执行560元；"
                                  "每户每年补助300元，全年实际支出45万元。")] == [
        "expenditure_total", "other", "other", "other", "expenditure_total"]


def test_a_heading_run_into_its_first_sentence_with_a_space_before_the_year():
    """A page that lost its line breaks: ``…二室。 二、预算收支情况 2020年收入…`` — the space before the year
    opens the clause, so the heading's words do not hide the label."""
    text = "内设科室2个。 二、预算收支情况 2020年收入512.6万元，其中：财政拨款收入500万元。 2020年支出508.3万元。"
    assert figures(text)[0][:2] == ("income_total", Decimal("512.6"))
    assert ("expenditure_total", Decimal("508.3"), 1) in figures(text)


def test_qualifier_takes_the_subject_before_it():
    assert classify_label("人员经费支出", None)[0] == "expenditure_personnel"
    assert classify_label("“三公”经费决算数为", None)[0] == "three_public_total"


def test_a_budget_told_as_arranged_then_supplemented_and_adjusted():
    """年初预算安排资金… is the initial budget (not an allocation standing for the year's budget); 年中追加
    预算 the adjustment; 调整后全年预算 the year's budget."""
    text = ("2022年年初预算安排资金320.50万元,年中追加预算19.50万元,调整后全年预算340.00万元,"
            "全年实际支出331.20万元。")
    assert figures(text) == [("budget_initial", Decimal("320.50"), 1), ("budget_adjustment", Decimal("19.50"), 1),
                             ("budget_full_year", Decimal("340.00"), 1), ("expenditure_total", Decimal("331.20"), 1)]


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


def test_the_bare_project_opening_a_clause_is_the_reports_own_project():
    """项目年初预算数… (after a year at most) is the budget of the project the report evaluates; a project
    named before 项目 stays a part, and 项目支出 is the department's project spending."""
    assert [g[:2] for g in figures("项目年初预算数为300万元，全年预算数为320万元，全年执行数为316.5万元。")] == [
        ("budget_initial", Decimal("300")), ("budget_full_year", Decimal("320")),
        ("expenditure_total", Decimal("316.5"))]
    assert [g[:2] for g in figures("2022年项目资金全年预算数80万元，全年执行数76万元。")] == [
        ("budget_full_year", Decimal("80")), ("expenditure_total", Decimal("76"))]
    assert [g[0] for g in figures("培训经费项目年初预算30万元，支出28万元。")] == ["other", "other"]


def test_the_sum_of_a_part_is_the_parts_figure_and_parts_summed_together_are_the_total():
    """三公经费支出合计 / 基本支出合计 add up one part; 基本支出和项目支出合计 and 支出合计 alone are the total."""
    assert [g[:2] for g in figures("“三公”经费支出合计6.4万元。基本支出合计310万元。")] == [
        ("three_public_total", Decimal("6.4")), ("expenditure_basic", Decimal("310"))]
    assert [g[:2] for g in figures("基本支出和项目支出合计：450万元。本年支出合计450万元。")] == [
        ("expenditure_total", Decimal("450")), ("expenditure_total", Decimal("450"))]


def test_the_actual_execution_alone_is_the_years_spending_and_after_a_part_the_parts():
    assert [g[:2] for g in figures("全年实际执行426万元。")] == [("expenditure_total", Decimal("426"))]
    assert [g[:2] for g in figures("基本支出年初预算90万元，实际执行88万元。")] == [
        ("other", Decimal("90")), ("expenditure_basic", Decimal("88"))]


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


def test_a_part_row_under_a_group_cell_of_the_department_form():
    """按支出性质分 | 其中：基本支出 | …: the group cell opens the row's label; the part is still the row's item,
    its spending column the part's spending and its budget columns ``other``."""
    text = "\n".join([
        "| 资金 | | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |",
        "| 年度资金总额 | | 500 | 600 | 580 | 96.67% |",
        "| 按支出性质分 | 其中：基本支出 | 300 | 320 | 318 | — |",
        "| | 项目支出 | 200 | 280 | 262 | — |",
    ])
    figs, _ = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal("600")), ("budget_initial", Decimal("500")),
        ("expenditure_basic", Decimal("318")), ("expenditure_project", Decimal("262")),
        ("expenditure_total", Decimal("580"))]
    assert sorted(f.amount_wan_yuan for f in figs if f.item == "other") == [
        Decimal("200"), Decimal("280"), Decimal("300"), Decimal("320")]


def test_the_department_forms_side_by_side_parts_under_their_own_header_are_no_whole():
    """按收入性质分 | 全年执行数 | 按支出性质分 | 全年执行数 under the whole's row, then 其中：一般公共预算 | … | 其中：基本支出 |
    …: a block whose first row opens with 其中 holds parts of the whole above it, not the whole."""
    text = " ".join([
        "年度部门整体支出预算执行情况（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 860.5 912.3 905.1 10 99.21% 9.9",
        "按收入性质分 全年执行数 按支出性质分 全年执行数 其中：一般公共预算 842.6 其中：基本支出 701.2",
        "政府性基金预算 62.5 项目支出 203.9 年度总体目标"])
    figs, _ = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal("912.3")), ("budget_initial", Decimal("860.5")),
        ("expenditure_basic", Decimal("701.2")), ("expenditure_project", Decimal("203.9")),
        ("expenditure_total", Decimal("905.1"))]


def test_a_whole_header_label_before_a_broken_one_stays_a_column_of_its_own():
    """年初 预算数 全年 预算数 全年 执行数 分值 执行 率 得分 (labels broken by spaces): 分值 is whole, 执行 | 率 is the rate;
    joined as one (分值执行率) the block lost a column and every figure after the budget slid into the wrong one."""
    text = ("项目资金（万元） 年初 预算数 全年 预算数 全年 执行数 分值 执行 率 得分 "
            "年度资金总额 420.5 436.8 418.2 10 95.74% 9.6 其中：当年财政拨款 420.5 436.8 418.2 — — —")
    figs, facts = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal("436.8")), ("budget_initial", Decimal("420.5")),
        ("expenditure_total", Decimal("418.2"))]
    assert (facts.execution_rates[0][0], facts.funds_row) == (95.74, (10.0, 9.6))


def test_a_parts_spending_named_by_its_time_is_the_parts():
    """“三公”经费全年支出4.85万元 / 公用经费本年支出…: the part named before the year's spending owns it; the
    department's 全年支出 stays the department's."""
    assert figures("2023年全年支出1,200.00万元。“三公”经费全年支出4.85万元。") == [
        ("expenditure_total", Decimal("1200.00"), 1), ("three_public_total", Decimal("4.85"), 1)]
    assert figures("公用经费本年支出86.2万元。") == [("expenditure_public", Decimal("86.2"), 1)]


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


def figures_with_year(text):
    return [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]


def settled(text):
    return [(f.item, f.amount_wan_yuan) for f in settle_allocations(narrative_figures(build_document(text)))
            if f.item != "other"]


def test_figures_in_yuan_with_thousands_separators_and_a_filler_word():
    got = figures("某县档案局2023年度收入合计1,234,567.80元，支出合计1,100,000元，其中：基本支出就900,000.00元。")
    assert got == [("income_total", Decimal("123.45678"), 1), ("expenditure_total", Decimal("110"), 1),
                   ("expenditure_basic", Decimal("90"), 1)]


def test_initial_budget_of_income_and_spending_and_final_accounts_of_each_side():
    got = figures_with_year("单位年初预算收入500.5万元，决算数为520.25万元。单位年初预算支出500.5万元，决算支出498万元。"
                            "本年收入决算数为520.25万元，支出决算数为498万元。")
    assert got == [("budget_initial", None, Decimal("500.5")), ("income_total", None, Decimal("520.25")),
                   ("budget_initial", None, Decimal("500.5")), ("expenditure_total", None, Decimal("498")),
                   ("income_total", None, Decimal("520.25")), ("expenditure_total", None, Decimal("498"))]


def test_the_side_named_before_the_budget_word_is_the_budget_of_that_side():
    """年初收入预算 / 全年支出预算数: the side before 预算, as 年初预算收入 / 全年预算支出 name it after; the side is then
    in scope (决算数 after 年初收入预算 is the income's)."""
    got = figures_with_year("本单位年初收入预算300万元，决算数为310万元；年初支出预算300万元，实际支出296万元。"
                            "全年支出预算数320万元。")
    assert got == [("budget_initial", None, Decimal("300")), ("income_total", None, Decimal("310")),
                   ("budget_initial", None, Decimal("300")), ("expenditure_total", None, Decimal("296")),
                   ("budget_full_year", None, Decimal("320"))]


def test_more_of_the_running_texts_words_for_the_whole_departments_figures():
    """部门预算支出 (the words of 部门支出预算 the other way round) and the spending after it; 决算支出合计; the general
    budget's appropriation with 收入 left unsaid; an amount with the yuan sign before it; and a bare 支出 opening the
    sentence after one of the whole's income: the whole's spending. After a part's income it stays the part's."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("2022年度部门预算支出1,416.80万元，实际支出1,390.62万元。") == [
        ("budget_initial", Decimal("1416.80")), ("expenditure_total", Decimal("1390.62"))]
    assert got("部门决算支出合计305.62万元。") == [("expenditure_total", Decimal("305.62"))]
    assert got("其中一般公共预算拨款260.5万元。") == [("income_total", Decimal("260.5"))]
    assert got("收入合计¥3,162,500.00元。") == [("income_total", Decimal("316.25"))]
    assert got("2022年收入332.64万元，其中财政拨款收入298.20万元；支出327.85万元。") == [
        ("income_total", Decimal("332.64")), ("income_total", Decimal("298.20")), ("expenditure_total", Decimal("327.85"))]
    assert got("专项资金收入100万元；支出90万元。") == [("other", Decimal("100")), ("other", Decimal("90"))]


def test_other_income_is_not_the_income_side():
    assert [g[0] for g in figures("其他收入决算数为12万元，事业支出决算数为8万元。")] == ["other", "other"]


def test_previous_year_scope_lasts_for_its_sentence_but_not_a_comparison():
    got = figures_with_year("上年年初预算收入610万元，收入决算数为640.5万元，本年收入决算数比上年减少20.5万元。"
                            "上年决算支出600万元，本年支出580万元。")
    assert got == [("budget_initial", -1, Decimal("610")), ("income_total", -1, Decimal("640.5")),
                   ("other", None, Decimal("20.5")), ("expenditure_total", -1, Decimal("600")),
                   ("expenditure_total", None, Decimal("580"))]


def test_a_year_before_a_bare_side_names_the_years_total():
    got = figures("2022年收入300万元，其中：财政拨款收入280万元，其他资金来源20万元。2022年支出300万元。")
    assert [g[0] for g in got] == ["income_total", "income_total", "other", "expenditure_total"]
    # without the year a bare 支出 is whatever the sentence is about
    assert [g[0] for g in figures("举办培训班3期，支出2.5万元。")] == ["other"]


def test_general_budget_spending_is_the_spending_total():
    got = figures("本年度开展部门整体支出绩效自评，涉及一般公共预算支出12,345.60万元，另涉及专项资金800万元。")
    assert [g[0] for g in got] == ["expenditure_total", "other"]


def test_spending_summed_up_is_the_spending_total():
    assert [g[0] for g in figures("我校本年财政安排支出共计42.5万元，余款结转下年使用。")] == ["expenditure_total"]
    # a named part summed up stays that part's
    assert [g[0] for g in figures("公务接待费支出共计1.2万元。")] == ["other"]


def test_allocation_of_the_projects_funds_is_its_budget():
    assert settled("1.资金到位情况。市财政局下达我局道路养护补助经费88.5万元，全部到位。") == [
        ("budget_full_year", Decimal("88.5"))]
    assert settled("我镇计划新建便民桥1座，安排项目资金30万元。") == [("budget_full_year", Decimal("30"))]


def test_allocation_spent_in_full_is_the_spending():
    assert settled("安排项目资金30万元。下达建设资金30万元，全部用于便民桥建设。计划资金全部到位30万元。") == [
        ("budget_full_year", Decimal("30")), ("expenditure_total", Decimal("30"))]


def test_allocation_summed_up_after_a_list_of_projects():
    text = ("本年度上级下达转移支付养老服务项目12万元；困难群众救助项目30.5万元；社区建设经费7万元。"
            "共计下达上级转移支付资金49.5万元。")
    assert settled(text) == [("budget_full_year", Decimal("49.5"))]
    # 安排…，共计…: the sum closes the allocation; its sources are parts
    assert settled("我校本年按生均800元安排，共计96万元，其中上级资金72万元，本级24万元。") == [
        ("budget_full_year", Decimal("96"))]


def test_allocation_smaller_than_a_part_after_it_is_a_batch():
    text = "根据市财政文件，下达给我单位资金1.2万元，其中：造林补助调减2.1万元，管护补助3.3万元。"
    assert settled(text) == []


def test_several_allocations_without_a_total_are_batches():
    assert settled("第一批下达补助资金20万元。第二批下达补助资金15万元。") == []


def test_allocation_is_a_part_when_the_report_states_its_budget():
    text = "本年收入合计500万元，本年支出合计480万元。上级下达专项经费60万元，全部用于档案数字化。"
    assert settled(text) == [("income_total", Decimal("500")), ("expenditure_total", Decimal("480"))]


def test_running_text_in_a_table_cell_is_read():
    text = ("| 一、部门概况 | 本委员会编制15人。 |\n"
            "| (三)部门整体收支情况 | 单位年初预算收入300万元，决算数为320.5万元。本年决算支出310万元，年末无结转。 |")
    assert figures(text) == [("budget_initial", Decimal("300"), 2), ("income_total", Decimal("320.5"), 2),
                             ("expenditure_total", Decimal("310"), 2)]
    # short cells are left to the table rules
    assert figures("| 年度资金总额 | 100万元 | 95万元 |") == []


def test_a_bare_spending_clause_after_the_income_is_the_spending_side():
    assert [g[0] for g in figures("本年收入210万元，支出205.5万元，较上年减少4万元。")] == [
        "income_total", "expenditure_total", "other"]
    # a side in scope does not make the department's initial budget a part's
    assert [g[0] for g in figures("本年收入合计500万元，年初预算数480万元。")] == ["income_total", "budget_initial"]


def test_the_department_named_before_its_side():
    got = figures_with_year("2021年部门收入决算数为320万元，支出决算数为310万元；上年收入决算数为300万元。")
    assert got == [("income_total", 2021, Decimal("320")), ("expenditure_total", 2021, Decimal("310")),
                   ("income_total", -1, Decimal("300"))]


def test_a_date_is_not_the_figures_year():
    got = figures_with_year("截至2024年3月底，本项目实际支出45万元。")
    assert got == [("expenditure_total", None, Decimal("45"))]


def test_budget_funds_of_the_project():
    got = figures("该项目年初预算资金100万元，全年预算资金110万元，实际到位资金110万元，实际支出108.2万元。")
    assert [g[0] for g in got] == ["budget_initial", "budget_full_year", "other", "expenditure_total"]
    # a part's budget funds stay the part's
    assert [g[0] for g in figures("其中培训经费年初预算资金5万元。")] == ["other"]


def test_the_budget_named_by_what_it_arranges_and_the_year_after_the_subject():
    """项目预算安排 / 预算资金 name the budget as 预算数 does; a year between the report's own subject and its
    qualifier (本项目2022年预算资金…) leaves the subject the whole, so the spending after it is the total."""
    assert [f[0] for f in figures("项目预算安排420万元，截至年底累计支出400万元。")] == [
        "budget_initial", "expenditure_total"]
    assert [f[0] for f in figures("本项目2022年预算资金5,000,000元，实际支出4,800,000元。")] == [
        "budget_initial", "expenditure_total"]


def test_time_words_last_characters_are_those_of_the_pattern():
    import re
    from pipelines.extract import budget as B
    words = re.findall(r"[\u4e00-\u9fff]+", B._TIME_WORDS.pattern.replace("年度?", "年|年度"))
    assert {w[-1] for w in words} <= B._TIME_WORDS_LAST


def test_a_labels_unit_in_brackets_before_its_colon():
    """``年初预算（万元）：300；全年执行（元）：2,950,000``: the amount after the colon is in the bracket's unit; a
    percentage after such a bracket is no amount."""
    assert figures("年初预算（万元）：300；全年执行（元）：2,950,000；执行率（%）：98.3。") == [
        ("budget_initial", Decimal(300), 1), ("expenditure_total", Decimal(295), 1)]


def test_a_money_cap_and_the_spending_after_it_are_a_cost_not_the_funds():
    """培训经费控制在60万元以内，实际支出58.2万元 (a 成本指标 line): the cap is a cost target and the bare 实际支出
    after it in its sentence that cost's result; the department's spending stated elsewhere stays."""
    assert figures("项目全年执行数90万元。\n宣传经费控制在12万元以内，实际支出11.6万元。\n"
                   "差旅费不超过3万元，实际支出2.5万元。") == [
        ("expenditure_total", Decimal("90"), 1), ("other", Decimal("12"), 2), ("other", Decimal("11.6"), 2),
        ("other", Decimal("3"), 3), ("other", Decimal("2.5"), 3)]


def test_the_departments_budget_named_as_a_whole_is_its_initial_budget_when_nothing_better_states_it():
    """部门收支总预算 / 部门收入预算 / 部门支出预算 name the budget the department opened the year with (as
    年初预算); a 年初预算数 stated otherwise (the text's, a funds table's) wins, and the whole's figure is other."""
    from pipelines.extract import extract_document

    def initial(text):
        return [b["amount_wan_yuan"] for b in extract_document(build_document(text)).budget_items
                if b["item"] == "budget_initial"]
    assert initial("本年度部门收支总预算860.5万元，其中基本支出预算500万元。") == [Decimal("860.5")]
    assert initial("2024年部门收入预算320万元，年度实际支出301万元。") == [Decimal("320")]
    assert initial("部门收支总预算860.5万元。年初预算数800万元，全年预算数860.5万元。") == [Decimal("800")]
    # a part's budget stays a part's
    assert initial("本年基本支出预算500万元。") == []


def test_a_funds_row_an_excerpt_stops_in_holds_its_first_columns():
    """A page's excerpt (its first so many characters) may stop inside the funds table, after the total row's
    first figures: those are its first columns' (年初预算数, 全年预算数), the others cut, not left blank. A
    row as short in a text that ends (a line break after it) is a whole row with blank cells: read by what its
    figures hold (the spending and the points)."""
    form = ("某单位2023年度项目支出绩效自评表\n项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
            "年度资金总额\n80\n95")
    money = lambda text: sorted((f.item, f.amount_wan_yuan) for f in tables_of(text)[0])
    assert money(form) == [("budget_full_year", Decimal("95")), ("budget_initial", Decimal("80"))]
    assert money(form + "\n") == [("expenditure_total", Decimal("80"))]


def test_the_adjusted_budget_column_is_the_years_budget_unless_one_stands_beside_it():
    """调整预算数 with no 全年预算数 column beside it is the budget after its adjustment, the base of the execution
    rate (100 + an adjustment = 120, spent 114: 95%); beside 全年预算数 it is the adjustment itself."""
    head = "某单位2023年度项目支出绩效自评表\n| 项目资金（万元） | 年初预算数 | 调整预算数 |"
    money = lambda text: sorted((f.item, f.amount_wan_yuan) for f in tables_of(text)[0])
    alone = head + " 全年执行数 | 执行率 |\n| 年度资金总额 | 100 | 120 | 114 | 95% |\n"
    assert money(alone) == [("budget_full_year", Decimal("120")), ("budget_initial", Decimal("100")),
                            ("expenditure_total", Decimal("114"))]
    beside = head + " 全年预算数 | 全年执行数 | 执行率 |\n| 年度资金总额 | 100 | 20 | 120 | 114 | 95% |\n"
    assert money(beside) == [("budget_adjustment", Decimal("20")), ("budget_full_year", Decimal("120")),
                             ("budget_initial", Decimal("100")), ("expenditure_total", Decimal("114"))]


def test_a_note_in_brackets_after_the_label_or_a_word_in_brackets_inside_it_keeps_the_label():
    """收入（含追加）1200万元: the note after the label is no part of it, the figure is still the income; 因公出国（境）
    费: a word in brackets inside a name leaves the name whole (the bracket is no clause break there)."""
    got = [(f.item, f.label, f.amount_wan_yuan) for f in narrative_figures(build_document(
        "本年支出合计（含上年结转）为980.5万元，其中基本支出（人员和公用）700万元，一般公共预算财政拨款收入（含追加）"
        "1,200万元。其中因公出国（境）费0.5万元。"))]
    assert got == [("expenditure_total", "本年支出合计", Decimal("980.5")), ("expenditure_basic", "基本支出", Decimal("700")),
                   ("income_total", "一般公共预算财政拨款收入", Decimal("1200")),
                   ("other", "其中因公出国(境)费", Decimal("0.5"))]


def test_a_table_bar_between_a_label_and_its_figure_joins_them():
    """年初结转和结余 | 30万元 |: the row's label cell names the figure in the next cell, as a colon would."""
    from pipelines.extract import extract_document
    doc = build_document("收入类别 | 金额 |\n一般公共预算财政拨款收入 | 1,200万元 |\n年初结转和结余 | 30万元 |")
    got = [(b["item"], b["label"]) for b in extract_document(doc).budget_items]
    assert got == [("income_total", "一般公共预算财政拨款收入"), ("carryover_begin", "年初结转和结余")]


def test_a_rise_in_the_year_named_in_other_words_and_a_parts_rise():
    """年中追加调整 / 预算追加 / 预算调整 + a figure: the rise in the year (预算调整为… stays the budget it came to);
    a rise named after a part (基本支出追加预算) is the part's: other."""
    def items(clause):
        return [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(f"年初预算5,000万元，{clause}。"))][1:]
    for said in ("年中追加调整678.9万元", "预算追加678.9万元", "年中预算调整678.9万元"):
        assert items(said) == [("budget_adjustment", Decimal("678.9"))], said
    assert items("年中预算调整为5678.9万元") == [("budget_full_year", Decimal("5678.9"))]
    assert items("基本支出追加预算50万元") == [("other", Decimal("50"))]
    assert items("专项资金预算调整50万元") == [("other", Decimal("50"))]


def test_the_funds_spending_is_the_spending_unless_a_fund_is_named():
    """下达资金300万元，资金支出298万元: 资金支出 is the spending of the funds; 专项资金支出 (a named fund's) is a part's."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("本项目下达资金300万元，资金支出298万元。") == [("budget_full_year", Decimal("300")),
                                                   ("expenditure_total", Decimal("298"))]
    assert got("本年支出合计500万元，其中专项资金支出120万元。") == [("expenditure_total", Decimal("500")),
                                                     ("other", Decimal("120"))]


def test_an_indicators_money_value_is_no_figure_of_the_funds():
    """人均月补助标准不低于600元，实际为620元 / a row's 8400元: an indicator's target or result, not money of the
    department's funds; the funds' figures around them stay."""
    from pipelines.extract import extract_document
    head = "某县民政局2023年度城乡低保资金项目支出绩效自评报告\n全年预算数500万元，全年执行数498万元。\n"
    for rest, name in (("1、产出指标：保障对象1,200人，目标1,000人；人均月补助标准不低于600元，实际为620元。\n", "人均月补助标准"),
                       ("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                        "效益指标 | 经济效益指标 | 务工人员年人均增收 | ≥8400元 | 8400元 | 10 | 10 |\n", "务工人员年人均增收")):
        got = extract_document(build_document(head + rest))
        assert [(b["item"], b["amount_wan_yuan"]) for b in got.budget_items] == [
            ("budget_full_year", Decimal("500")), ("expenditure_total", Decimal("498"))], rest
        assert name in {i["name"] for i in got.indicators}


def test_an_indicators_money_value_is_no_figure_of_the_funds_on_a_line_of_several_rows():
    """A form flattened onto a few lines, several rows a line: a money value of any row of the line is the row's,
    not the funds'; a bare funds figure (50) is no figure of a value holding it inside another (≥500件)."""
    from pipelines.extract import extract_document
    text = ("2023年度项目支出绩效自评表\n项目资金（万元） 年初预算数 全年预算数 全年执行数 年度资金总额 80 80 78"
            " 其中：当年财政拨款 50 50 48\n"
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 调解案件数 ≥500件 520件 20 20 产出指标 成本指标 每件调解补贴 ≤1200元 1150元 20 20"
            " 效益指标 社会效益指标 群众满意程度 明显提升 明显提升 20 20\n")
    got = extract_document(build_document(text))
    assert {(b["item"], b["amount_wan_yuan"]) for b in got.budget_items if b["amount_wan_yuan"] < 1} == set()
    assert sorted(b["amount_wan_yuan"] for b in got.budget_items if b["item"] == "other") == [
        Decimal("48"), Decimal("50"), Decimal("50")]
    assert [i["name"] for i in got.indicators] == ["调解案件数", "每件调解补贴", "群众满意程度"]


def test_a_summary_tables_row_labels_name_their_figures_with_no_header_row():
    """A 收支 summary with no header row (| 收入合计 | 620.5 | 支出合计 | 598.2 |, or a cell a line), its unit declared in
    the heading: each label of the funds names the figure after it. Figures in columns no header names (行次 then
    amount) and running text spaced out around its figures (本年收入 665.14 万元，…) are no such pairs."""
    from pipelines.extract import extract_document
    got = lambda text: sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items)
    head = "某县档案馆2023年度部门整体支出绩效自评报告\n二、收支情况（单位：万元）\n"
    assert got(head + "| 收入合计 | 620.5 | 支出合计 | 598.2 |\n| 其中：财政拨款收入 | 600 | 基本支出 | 410.7 |\n"
                      "| 上年结转 | 0 | 项目支出 | 187.5 |\n") == [
        ("carryover_begin", 0), ("expenditure_basic", Decimal("410.7")), ("expenditure_project", Decimal("187.5")),
        ("expenditure_total", Decimal("598.2")), ("income_total", 600), ("income_total", Decimal("620.5"))]
    assert got("某县档案馆2023年度部门整体支出绩效自评报告\n二、收支情况（单位：元）\n本年支出合计 |\n5,982,000.00 |\n"
               "年末结转和结余 |\n223,000.00 |\n") == [("carryover_end", Decimal("22.3")), ("expenditure_total", Decimal("598.2"))]
    assert got(head + "| 本年收入合计 | 6 | 620.5 | 本年支出合计 | 57 | 598.2 |\n") == []
    assert got(head + "| 二、政府性基金预算财政拨款收入 | 2 | | 二、社会保障和就业支出 | 33 | 15.2 |\n") == []


def test_a_side_named_after_who_states_it_is_the_departments():
    """The unit naming itself by its level or as a whole (全校, 局本级, 委机关本级, 单位本级) before 收入合计 / 支出总额
    leaves the side's total; a label of the side's total before 决算数 (一般公共预算财政拨款支出决算数) makes it the side's;
    the public funds as income (部门财政资金收入) and the general budget's old name are the income; a summed budget of a
    side (全年预算收入合计) is the budget."""
    assert [f[0] for f in figures("2019年度全校收入总额820.5万元，局本级支出合计790.2万元。")] == [
        "income_total", "expenditure_total"]
    assert [f[0] for f in figures("2021年委机关本级收入合计640万元，委机关本级支出合计630万元，单位本级支出合计600万元。")] == [
        "income_total", "expenditure_total", "expenditure_total"]
    assert [f[0] for f in figures("2020年度一般公共预算财政拨款支出决算数512.3万元，其中基本支出400万元。")] == [
        "expenditure_total", "expenditure_basic"]
    assert [f[0] for f in figures("2022年部门财政资金收入930万元，其中公共财政预算拨款900万元。")] == [
        "income_total", "income_total"]
    assert [f[0] for f in figures("年中追加经费12万元，全年预算收入合计336万元。")][-1] == "budget_full_year"
    # (a part's sum stays the part's: 事业收入合计 is some of the income)
    assert [f[0] for f in figures("全校事业收入合计20万元。")] == ["other"]


def test_a_bare_final_account_after_a_sides_budget_is_that_sides():
    """收入年初预算安排…，决算数…: the side named before the budget is in scope, its 决算数 the income's; 支出 after it
    the spending's."""
    assert [f[0] for f in figures("2021年收入年初预算安排300万元，决算数320万元；支出年初预算数300万元，决算数310万元。")] == [
        "budget_initial", "income_total", "budget_initial", "expenditure_total"]


def test_the_fund_a_project_reports_title_names_is_its_project_in_the_sentences():
    """某某补贴资金年初预算数…，全年预算数…，全年执行数… in the report on that fund (its title names it): the project's own
    budget and spending, as after 项目 / 本项目; a fund the title does not name stays ``other``."""
    from pipelines.extract import extract_document
    got = lambda text: [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items]
    body = "一、基本情况\n2021年度乡村公路养护补助资金年初预算数150万元，全年预算数168万元，全年执行数160万元。\n"
    assert got("某县交通运输局2021年度乡村公路养护补助资金项目绩效自评报告\n" + body) == [
        ("budget_initial", 150), ("budget_full_year", 168), ("expenditure_total", 160)]
    assert [item for item, _ in got("某县交通运输局2021年度客运站建设资金项目绩效自评报告\n" + body)] == [
        "other", "other", "other"]


def test_the_project_a_title_names_written_with_its_place_or_as_its_funds_is_its_own():
    """…全县某某服务项目全年预算… / 2021年某某改造补助资金全年预算… in the report on 某某服务项目 / 某某改造补助项目 (the
    title writes the name before its end word): the project's own budget, and the spending after it its own; a fund the
    title does not name stays ``other``."""
    from pipelines.extract import extract_document
    got = lambda text: [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items]
    assert got("某县2020年老年人健康管理服务项目绩效自评报告\n一、资金情况\n"
               "2020年全县老年人健康管理服务项目全年预算480万元，其中：中央补助300万元，县级配套180万元。\n") == [
        ("budget_full_year", 480), ("other", 300), ("other", 180)]
    body = "一、资金情况\n2021年农村道路改造补助资金全年预算360万元（中央资金300万元，县级资金60万元），实际支出352万元。\n"
    assert got("某县交通局2021年农村道路改造补助项目绩效自评报告\n" + body) == [
        ("budget_full_year", 360), ("other", 300), ("other", 60), ("expenditure_total", 352)]
    assert [item for item, _ in got("某县交通局2021年桥梁养护项目绩效自评报告\n" + body)][0] == "other"


def test_a_level_of_government_or_the_projects_sum_before_the_budget():
    """全年县级预算… is the year's budget (the level's words between do not block it); 项目预算总额… is the year's whole
    budget."""
    assert [f[0] for f in figures("年初预算安排80万元，年中追加5万元，全年县级预算85万元。")] == [
        "budget_initial", "budget_adjustment", "budget_full_year"]
    assert [f[0] for f in figures("2019年项目预算总额1,250万元，其中中央财政1,000万元，省级财政250万元。")] == [
        "budget_full_year", "other", "other"]


def test_a_projects_funds_paid_out_or_restated_in_its_report():
    """In a project's report: 已通过…发放补贴资金… / 实际拨付…资金… / 实际完成投资… is its spending where nothing else states
    it (上级拨付… is money received); 项目支出… alone is the project's spending, no part; a fund named with the budget's
    own figure leaves the spending after it the project's; 年初预算即为… is the initial budget."""
    from pipelines.extract import extract_document
    got = lambda text: [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items]
    title = "某县2021年农机购置补贴项目绩效自评报告\n一、资金情况\n"
    assert got(title + "上级下达我县补贴资金520万元。截至年底，已通过一卡通发放补贴资金518万元。\n") == [
        ("budget_full_year", 520), ("expenditure_total", 518)]
    assert got(title + "全年预算300万元，实际支出296万元，实际拨付施工单位资金280万元。\n") == [
        ("budget_full_year", 300), ("expenditure_total", 296), ("other", 280)]
    assert got(title + "年初预算410万元，截至年底，实际完成投资402万元。\n") == [
        ("budget_initial", 410), ("expenditure_total", 402)]
    assert got(title + "年初预算410万元，截至年底，项目支出402万元。\n") == [
        ("budget_initial", 410), ("expenditure_total", 402)]
    assert got(title + "全年预算数32万元，省级某某专项资金32万元已全部到位，实际支出31万元。\n") == [
        ("budget_full_year", 32), ("other", 32), ("expenditure_total", 31)]
    assert got(title + "全年预算资金64万元，年初预算即为64万元。\n") == [
        ("budget_full_year", 64), ("budget_initial", 64)]


def test_funding_sources_as_columns_give_each_funds_row_its_sum():
    """资金来源 | 中央 | 省级 | 县级 | 合计 over 年初预算数 | … | 全年执行数 | …: each row's figure is the 合计 column's, not
    the first source's; the rate row after them keeps its own cells."""
    figs, facts = tables_of("| 项目名称 | 某某补助 |\n| 资金来源（万元） | 中央 | 省级 | 县级 | 合计 |\n"
                            "| 年初预算数 | 500 | 40 | 10 | 550 |\n| 全年预算数 | 520 | 40 | 10 | 570 |\n"
                            "| 全年执行数 | 510 | 40 | 6 | 556 |\n| 执行率 | 97.54% | 分值 | 10 | 得分 | 9.75 |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [
        ("budget_initial", 550), ("budget_full_year", 570), ("expenditure_total", 556)]
    assert [r for r, _ in facts.execution_rates] == [97.54]


def test_funding_sources_as_columns_under_the_blocks_own_name():
    """资金情况（万元） | | 中央 | 地方 | 合计 over 全年预算数 | | 900 | 100 | 1000: the block's name over the sources (an empty
    cell after it) still makes each row's figure the 合计 column's, and the rate row's rate the sum's."""
    figs, facts = tables_of("| 项目名称 | 某某补助 |\n| 资金情况（万元） |  | 中央资金 | 地方资金 | 合计 |\n"
                            "| 全年预算数 |  | 900 | 100 | 1000 |\n| 全年执行数 |  | 900 | 80 | 980 |\n"
                            "| 执行率 |  | 100% | 80% | 98% |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [("budget_full_year", 1000), ("expenditure_total", 980)]
    assert [r for r, _ in facts.execution_rates] == [98]


def test_a_row_pairs_label_and_figure_apart_by_merged_cells_blanks():
    """A summary's label and figure each merged over columns leave empty cells between and after them (| 本年收入 | | |
    620.5 | | |), or, a cell a line, lines of their own (本年收入 | / | / 620.5 |): still the label's figure. Under
    项目 | 金额 the first row's label (年初预算数) is the row's, no second column of the header."""
    from pipelines.extract import extract_document
    got = lambda text: sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items)
    head = "某县档案馆2023年度部门整体支出绩效自评报告\n二、收支情况（单位：万元）\n"
    assert got(head + "| 项目 | | | 金额 | | |\n| 本年收入 | | | 620.5 | | |\n| 本年支出 | | | 598.2 | | |\n"
                      "| 其中：基本支出 | | | 410.7 | | |\n") == [
        ("expenditure_basic", Decimal("410.7")), ("expenditure_total", Decimal("598.2")),
        ("income_total", Decimal("620.5"))]
    rows = [("项目", "金额"), ("年初预算数", "600"), ("全年预算数", "640"), ("全年执行数", "598.2"),
            ("其中：基本支出", "410.7"), ("项目支出", "187.5")]
    assert got(head + "".join(f"{label} |\n |\n{value} |\n |\n" for label, value in rows)) == [
        ("budget_full_year", 640), ("budget_initial", 600), ("expenditure_basic", Decimal("410.7")),
        ("expenditure_project", Decimal("187.5")), ("expenditure_total", Decimal("598.2"))]
    # (a 行次 column before the figure, the amount's own cell empty: no pair, as before)
    assert got(head + "| 本年收入合计 | 6 | | |\n") == []


def test_the_national_department_forms_total_row_and_its_numbered_structure_rows():
    """部门整体支出绩效自评表: 部门预算支出总额 | 预算数 | 执行数 | 执行率 is the whole's row; 2.资金结构：（1）基本支出 |
    （2）项目支出 are the spending's parts, the group's label and the numbers in brackets no part of their names."""
    from pipelines.extract import extract_document
    text = ("某县档案局2022年度部门整体支出绩效自评表\n年度预算执行情况（万元） 预算数 执行数 执行率 分值 得分\n"
            "部门预算支出总额 318.60 305.04 95.74% 10 9.57\n1.资金来源：（1）财政拨款 318.60 305.04\n"
            "2.资金结构：（1）基本支出 274.22 270.91\n（2）项目支出 44.38 34.13\n")
    got = {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items if b["item"] != "other"}
    assert got == {("budget_full_year", Decimal("318.60")), ("expenditure_total", Decimal("305.04")),
                   ("expenditure_basic", Decimal("270.91")), ("expenditure_project", Decimal("34.13"))}


def test_the_final_accounts_figure_named_bare_after_its_subject():
    """“三公”经费预算12万元，决算10万元: 决算 is the subject's actual figure, as 决算数 is; 基本支出预算…，决算… too."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("2022年“三公”经费预算12万元，决算10万元。") == [("other", Decimal("12")), ("three_public_total", Decimal("10"))]
    assert got("基本支出预算700万元，决算690万元。") == [("other", Decimal("700")), ("expenditure_basic", Decimal("690"))]


def test_a_funds_record_named_by_its_group_before_its_first_label():
    """项目资金（万元）：年初预算数 50  全年预算数 55 …: the group's name before the first label (and its colon) names
    the record; the first figure is still the initial budget."""
    from pipelines.extract import extract_document
    doc = build_document("2023年度项目支出绩效自评表\n项目名称：某项目\n"
                         "项目资金（万元）：年初预算数 50  全年预算数 55  全年执行数 54.2  执行率 98.55%\n")
    got = sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(doc).budget_items)
    assert got == [("budget_full_year", Decimal("55")), ("budget_initial", Decimal("50")),
                   ("expenditure_total", Decimal("54.2"))]


def test_a_sides_sum_after_words_naming_what_it_sums():
    """支出总额 / 收入合计 after the name of a part (项目支出总额, 三公经费支出总额) are the part's figures; after other words
    (培训费支出合计, 事业收入合计) some of the side's, ``other``; after the report's own words (我局, 2023年度部门,
    an org and its year) or parts joined (基本支出和项目支出合计) the side's whole."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("本年支出合计800万元，其中项目支出总额275万元，人员经费支出总额300万元。") == [
        ("expenditure_total", Decimal("800")), ("expenditure_project", Decimal("275")),
        ("expenditure_personnel", Decimal("300"))]
    assert got("培训费支出合计2万元，“三公”经费支出总额15万元。") == [("other", Decimal("2")), ("three_public_total", Decimal("15"))]
    assert got("事业收入合计30万元，资本性支出合计12万元。") == [("other", Decimal("30")), ("other", Decimal("12"))]
    assert got("某县档案馆2023年收入合计650万元，我局支出合计640万元。") == [
        ("income_total", Decimal("650")), ("expenditure_total", Decimal("640"))]
    assert got("基本支出和项目支出合计640万元，一般公共预算支出合计600万元。") == [
        ("expenditure_total", Decimal("640")), ("expenditure_total", Decimal("600"))]
    # headings run into the sentence (lines joined into a paragraph) name no part
    assert got("部门概况\n本局内设股室6个\n部门收支\n收入合计3250万元。") == [("income_total", Decimal("3250"))]


def test_names_listed_before_respectively_take_the_figures_in_order():
    """基本支出、项目支出分别为500万元、150万元: each figure after 分别为 is the next name's (the first had gone to the
    last name, the rest to ``other``); years listed before one name each take it; a comma may part the figures."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("基本支出、项目支出分别为500万元、150万元。") == [
        ("expenditure_basic", None, Decimal("500")), ("expenditure_project", None, Decimal("150"))]
    assert got("人员经费和公用经费分别为420.5万元和79.5万元。") == [
        ("expenditure_personnel", None, Decimal("420.5")), ("expenditure_public", None, Decimal("79.5"))]
    assert got("年初预算数、全年预算数和全年执行数分别为100万元，120万元，118万元。") == [
        ("budget_initial", None, Decimal("100")), ("budget_full_year", None, Decimal("120")),
        ("expenditure_total", None, Decimal("118"))]
    assert got("2022年、2023年支出合计分别为600万元、650万元。") == [
        ("expenditure_total", 2022, Decimal("600")), ("expenditure_total", 2023, Decimal("650"))]
    # a span of years before the name: each year in turn (the figures had all been this year's)
    assert got("2021年至2023年，我局支出分别为310万元、325.5万元、348.2万元。") == [
        ("expenditure_total", 2021, Decimal("310")), ("expenditure_total", 2022, Decimal("325.5")),
        ("expenditure_total", 2023, Decimal("348.2"))]


def test_years_listed_before_respectively_hand_the_figures_to_the_years_in_order():
    """2020—2022年，我局支出分别为…: a span whose first year has no 年 of its own; 2021年、2022年本年收入分别为…: a year
    before the label 本年收入 (本年 a word of the label, not the report's year); a later 分别为 of the same sentence with a
    name alone (…，本年支出分别为…) takes the years listed before."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("2020—2022年，我局决算支出分别为210.5万元、220万元和236.4万元。") == [
        ("expenditure_total", 2020, Decimal("210.5")), ("expenditure_total", 2021, Decimal("220")),
        ("expenditure_total", 2022, Decimal("236.4"))]
    assert got("2021年、2022年本年收入分别为300万元、320万元，本年支出分别为295万元、318万元。") == [
        ("income_total", 2021, Decimal("300")), ("income_total", 2022, Decimal("320")),
        ("expenditure_total", 2021, Decimal("295")), ("expenditure_total", 2022, Decimal("318"))]
    # the next sentence's 分别为 does not take them
    assert got("2021年、2022年本年收入分别为300万元、320万元。本年支出分别为295万元。")[2] == (
        "expenditure_total", None, Decimal("295"))


def test_last_years_column_beside_this_years():
    """项目 | 本年决算数 | 上年决算数: the second column is last year's (the year before the report's, -1 until the
    report's year is known); last year's figure had been read as this year's, this year's lost."""
    figs, _ = tables_of("单位：万元\n| 项目 | 本年决算数 | 上年决算数 |\n| 本年支出合计 | 925.00 | 860.00 |\n"
                        "| 基本支出 | 650.00 | 600.00 |\n")
    assert [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in figs] == [
        ("expenditure_total", None, Decimal("925.00")), ("expenditure_total", -1, Decimal("860.00")),
        ("expenditure_basic", None, Decimal("650.00")), ("expenditure_basic", -1, Decimal("600.00"))]
    figs, _ = tables_of("单位：万元\n| 项目 | 上年度决算数 | 本年决算数 | 增减率 |\n| 支出合计 | 860.00 | 925.00 | 7.6% |\n")
    assert [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in figs] == [
        ("expenditure_total", -1, Decimal("860.00")), ("expenditure_total", None, Decimal("925.00"))]


def test_the_unit_naming_itself_before_its_side_and_this_years_opening_balance_added():
    """我局收入决算3250万元 / 局机关支出决算数 / a unit's name then its year (某县人社局本年度收入决算数, a title run into the
    first sentence): the side's whole, as 收入决算 alone (they had been ``other``); a subordinate's (下属中心收入决算) stays
    ``other``. 加上年初结转和结余 is this year's opening balance (加上 + 年初), not last year's figure."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("我局收入决算3250万元，局机关支出决算数3100万元。") == [
        ("income_total", None, Decimal("3250")), ("expenditure_total", None, Decimal("3100"))]
    assert got("某县人社局本年度收入决算数为3250万元。") == [("income_total", None, Decimal("3250"))]
    assert got("下属中心收入决算120万元。") == [("other", None, Decimal("120"))]
    assert got("本年收入合计660万元，加上年初结转和结余30万元。") == [
        ("income_total", None, Decimal("660")), ("carryover_begin", None, Decimal("30"))]


def test_a_bare_amount_column_takes_its_item_from_the_rows_label():
    """项目 | 金额 under 单位：万元 (rows 本年支出合计 | 925.00 …) and 项目 | 2022年 | 2023年: the row's label names the figure,
    as a sentence's label would (such tables had given nothing); under a bare year only a label of the funds makes a
    figure (服务人次 | 500 | 600 is none)."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n| 项目 | 金额 |\n| 本年支出合计 | 925.00 |\n| 基本支出 | 650.00 |\n| 项目支出 | 275.00 |\n") == [
        ("expenditure_total", None, Decimal("925.00")), ("expenditure_basic", None, Decimal("650.00")),
        ("expenditure_project", None, Decimal("275.00"))]
    assert got("单位：万元\n| 项目 | 2022年 | 2023年 |\n| 本年支出合计 | 860.00 | 925.00 |\n") == [
        ("expenditure_total", 2022, Decimal("860.00")), ("expenditure_total", 2023, Decimal("925.00"))]
    assert got("| 指标 | 2022年 | 2023年 |\n| 服务人次 | 500 | 600 |\n") == []
    # a bare year over a second header row's columns groups them: no amount column of its own, the year carried
    # across the columns it spans (the spending's total row gives each year's budget and its spending)
    assert got("单位：万元\n| 项目 | 2022年 | | 2023年 | |\n| | 预算数 | 决算数 | 预算数 | 决算数 |\n"
               "| 支出合计 | 850.00 | 860.00 | 900.00 | 925.00 |\n") == [
        ("budget_full_year", 2022, Decimal("850.00")), ("expenditure_total", 2022, Decimal("860.00")),
        ("budget_full_year", 2023, Decimal("900.00")), ("expenditure_total", 2023, Decimal("925.00"))]
    assert got("单位：万元\n| 指标 | | 2021年度 | | 2022年度 | |\n| | | 预算数 | 决算数 | 预算数 | 决算数 |\n"
               "| 公用经费 | | 60.00 | 58.00 | 64.00 | 61.00 |\n")[1::2] == [
        ("expenditure_public", 2021, Decimal("58.00")), ("expenditure_public", 2022, Decimal("61.00"))]


def test_a_row_number_column_before_the_amount_is_no_figure():
    """项目 | 行次 | 金额 (the accounts forms number their rows): the small integer after the label is the row's number,
    the amount after it the row's figure; in spaced rows and in side-by-side income | spending halves alike."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n项目  行次  金额\n本年收入合计  1  880.50\n本年支出合计  2  860.25\n"
               "年末结转和结余  3  20.25\n") == [
        ("income_total", Decimal("880.50")), ("expenditure_total", Decimal("860.25")),
        ("carryover_end", Decimal("20.25"))]
    assert got("单位：万元\n| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n| 本年收入合计 | 9 | 510.00 | 本年支出合计 | 40 "
               "| 498.00 |\n| 年初结转和结余 | 10 | 12.00 | 年末结转和结余 | 41 | 24.00 |\n") == [
        ("income_total", Decimal("510.00")), ("expenditure_total", Decimal("498.00")),
        ("carryover_begin", Decimal("12.00")), ("carryover_end", Decimal("24.00"))]


def test_a_header_of_bare_years_one_cell_a_line_gives_each_year_its_column():
    """项目 / 2022年 / 2023年 written one cell a line (no second header row under the years): each year is its column,
    the row's label names the figure."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n项目 |\n2022年 |\n2023年 |\n本年支出合计 |\n700.10 |\n735.20 |\n基本支出 |\n"
               "500.00 |\n520.00 |\n") == [
        ("expenditure_total", 2022, Decimal("700.10")), ("expenditure_total", 2023, Decimal("735.20")),
        ("expenditure_basic", 2022, Decimal("500.00")), ("expenditure_basic", 2023, Decimal("520.00"))]


def test_change_columns_beside_the_years_one_cell_a_line_keep_their_place():
    """项目 / 2021年 / 2022年 / 增减额 / 增减率 one cell a line: the change columns beside the bare years group nothing
    (each year is its column), as in | rows."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n项目 |\n2021年 |\n2022年 |\n增减额 |\n增减率 |\n本年支出合计 |\n610.40 |\n633.90 |\n"
               "23.50 |\n3.85% |\n基本支出 |\n400.00 |\n415.00 |\n15.00 |\n3.75% |\n") == [
        ("expenditure_total", 2021, Decimal("610.40")), ("expenditure_total", 2022, Decimal("633.90")),
        ("expenditure_basic", 2021, Decimal("400.00")), ("expenditure_basic", 2022, Decimal("415.00"))]


def test_a_change_column_named_in_other_words_ends_the_header():
    """上年度实际支出 / 本年度实际支出 / 增减变化 one cell a line: the change column is the header's last, no label of the
    first row (合计's figures were read one place late, this year's as the change)."""
    text = ("某县某馆部门整体支出绩效自评表\n（2022年度）\n支出情况（万元） |\n上年度实际支出 |\n本年度实际支出 |\n"
            "增减变化 |\n合计 |\n210.00 |\n225.50 |\n15.50 |\n项目支出 |\n40.00 |\n44.00 |\n4.00 |\n")
    items, _ = _extracted(text)
    assert items == [("expenditure_project", 2021, Decimal(40)), ("expenditure_project", 2022, Decimal(44)),
                     ("expenditure_total", 2021, Decimal(210)), ("expenditure_total", 2022, Decimal("225.5"))]


def test_a_second_header_row_of_years_under_a_money_label_gives_each_year_its_column():
    """| 项目 | 决算数 | | 增减率 | over | | 2021年 | 2022年 | |: the years under 决算数 are that label's columns of each
    year (2021年决算数 | 2022年决算数), one cell a line alike; two labels over four years share them in order."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in tables_of(text)[0]]
    want = [("expenditure_total", 2021, Decimal("880.00")), ("expenditure_total", 2022, Decimal("910.50")),
            ("expenditure_basic", 2021, Decimal("600.00")), ("expenditure_basic", 2022, Decimal("612.00"))]
    assert got("单位：万元\n| 项目 | 决算数 | | 增减率 |\n| | 2021年 | 2022年 | |\n"
               "| 支出合计 | 880.00 | 910.50 | 3.47% |\n| 其中：基本支出 | 600.00 | 612.00 | 2.00% |\n") == want
    assert got("单位：万元\n项目 |\n决算数 |\n增减率 |\n2021年 |\n2022年 |\n支出合计 |\n880.00 |\n910.50 |\n3.47% |\n"
               "其中：基本支出 |\n600.00 |\n612.00 |\n2.00% |\n") == want
    assert got("单位：万元\n| 项目 | 预算数 | | 决算数 | |\n| | 2021年 | 2022年 | 2021年 | 2022年 |\n"
               "| 支出合计 | 870.00 | 900.00 | 880.00 | 910.50 |\n") == [
        ("other", 2021, Decimal("870.00")), ("other", 2022, Decimal("900.00")),
        ("expenditure_total", 2021, Decimal("880.00")), ("expenditure_total", 2022, Decimal("910.50"))]


def test_the_departments_budget_total_row_is_the_whole():
    """部门预算合计 (the whole named by its budget, 合计 with the department's qualifier) heads the block as 年度资金总额
    would: its budget columns and its spending are the department's."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n项目\t年初预算数\t全年预算数\t执行数\t执行率\n部门预算合计\t500.00\t560.00\t550.00\t98.21%\n") == [
        ("budget_initial", Decimal("500.00")), ("budget_full_year", Decimal("560.00")),
        ("expenditure_total", Decimal("550.00"))]


def test_the_three_costs_named_as_spending_in_a_years_column():
    """“三公”经费支出 | 2022年决算数 is the three costs' total, as “三公”经费 is."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n| 项目 | 2022年决算数 | 2023年决算数 |\n| “三公”经费支出 | 12.50 | 11.80 |\n") == [
        ("three_public_total", 2022, Decimal("12.50")), ("three_public_total", 2023, Decimal("11.80"))]


def test_the_balance_column_of_a_budgets_execution_is_the_years_end_balance():
    """全年预算数 | 全年执行数 | 结转结余 | 执行率: the whole row's 结转结余 is what the year leaves, 年末结转和结余; a part row's is
    no figure of the department's."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("单位：万元\n项目\t全年预算数\t全年执行数\t结转结余\t执行率\n合计\t300.00\t290.00\t10.00\t96.67%\n"
               "基本支出\t200.00\t196.00\t4.00\t98.00%\n") == [
        ("budget_full_year", Decimal("300.00")), ("expenditure_total", Decimal("290.00")),
        ("carryover_end", Decimal("10.00")), ("other", Decimal("200.00")), ("expenditure_basic", Decimal("196.00")),
        ("other", Decimal("4.00"))]


def test_a_unit_line_right_below_a_table_is_its_unit():
    """（单位：元） right below a funds table's last row, the next section after it, declares the table's unit; heading a
    table under it, it is that table's."""
    figs, _ = tables_of("二、收支情况\n项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
                        "合计\t5230000.00\t6010000.00\t5890000.00\t98.00%\n（单位：元）\n三、自评结果\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [
        ("budget_initial", 523), ("budget_full_year", 601), ("expenditure_total", 589)]
    figs, _ = tables_of("二、收支情况\n项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
                        "合计\t52.3\t60.1\t58.9\t98.00%\n（单位：元）\n项目\t金额\n公用经费\t30000\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs][:3] == [
        ("budget_initial", Decimal("52.3")), ("budget_full_year", Decimal("60.1")), ("expenditure_total", Decimal("58.9"))]


def test_a_tables_declared_unit_reaches_to_the_next_numbered_section():
    """单位：元 over a table of 一、部门收支情况 is not the unit of a table of 二、三公经费 that declares none (its 15.00 had
    been read as 15 元); as in running text, a declaration holds to the next numbered section."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in tables_of(text)[0]]
    assert got("一、部门收支情况\n单位：元\n| 项目 | 2023年决算数 |\n| 基本支出 | 6500000.00 |\n"
               "二、三公经费\n| 项目 | 2023年决算数 |\n| 三公经费合计 | 15.00 |\n") == [
        ("expenditure_basic", Decimal("650")), ("three_public_total", Decimal("15.00"))]
    assert got("单位：元\n| 项目 | 2023年决算数 |\n| 基本支出 | 6500000.00 |\n| 三公经费合计 | 150000.00 |\n") == [
        ("expenditure_basic", Decimal("650")), ("three_public_total", Decimal("15"))]
    # a figure only 元 make so large (5,000,000.00) keeps the earlier section's 元
    assert got("单位：元\n| 项目 | 2023年决算数 |\n| 本年收入合计 | 5,100,000.00 |\n二、支出情况\n"
               "| 项目 | 2023年决算数 |\n| 本年支出合计 | 5,000,000.00 |\n") == [
        ("income_total", Decimal("510")), ("expenditure_total", Decimal("500"))]


def test_a_part_named_right_before_a_sum_word_is_the_parts_sum():
    """“三公”经费合计15万元 / 人员经费总额560万元: the part's figure, as 三公经费支出合计 is (they had been ``other``); a
    subject with no item of its own (专项资金合计) or parts joined (培训费和三公经费合计) stay ``other``."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("“三公”经费合计15万元，人员经费总额560万元。") == [
        ("three_public_total", Decimal("15")), ("expenditure_personnel", Decimal("560"))]
    assert got("专项资金合计80万元，培训费和三公经费合计20万元。") == [("other", Decimal("80")), ("other", Decimal("20"))]


def test_the_periods_opening_and_closing_balances_and_last_years_funds_brought_forward():
    """期末结转结余 / 期初结转和结余 are the year's closing and opening balances, as 年末… / 年初… are; 上年结转资金 is
    this year's opening balance (they had been ``other``)."""
    got = lambda text: [(f.item, f.fiscal_year, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("期末结转结余35万元，期初结转和结余30万元，上年结转资金20万元。") == [
        ("carryover_end", None, Decimal("35")), ("carryover_begin", None, Decimal("30")),
        ("carryover_begin", None, Decimal("20"))]


def test_a_side_after_the_unit_or_the_year_and_a_verb_of_getting_or_spending():
    """我局共取得收入 / 本年实现收入 / 局机关共计收入 / 全年实现支出: a bare side after the unit or the year and a verb of
    getting or spending is the side's whole (it had been ``other``); a subordinate's (下属中心实现收入) stays ``other``, and
    a verb alone after a part (基本支出…，累计支出…) is the part's."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in narrative_figures(build_document(text))]
    assert got("2023年度我局共取得收入586.2万元。") == [("income_total", Decimal("586.2"))]
    assert got("本年实现收入325.6万元，完成支出318.4万元。") == [
        ("income_total", Decimal("325.6")), ("expenditure_total", Decimal("318.4"))]
    assert got("局机关共计收入586.2万元。") == [("income_total", Decimal("586.2"))]
    assert got("全年实现支出565.2万元。") == [("expenditure_total", Decimal("565.2"))]
    assert got("下属中心实现收入120万元。") == [("other", Decimal("120"))]
    assert got("基本支出年初预算600万元，累计支出590万元。")[1] == ("expenditure_basic", Decimal("590"))


def test_a_funds_label_heading_a_column_takes_no_serial_number_from_the_next_row():
    """序号 | 任务名称 | 主要内容 | 预算金额（万元） over | 1 | 统计调查 | … | 60.00 |: the label ends a header row, and the
    next row's first cell is its serial number, not the label's value (it had been a budget of 1万元). A label alone on
    its line with its value on the next (one cell a line) is still read."""
    figs, _ = tables_of("| 序号 | 任务名称 | 主要内容 | 预算金额（万元） |\n| 1 | 统计调查 | 开展常规统计调查 | 60.00 |\n"
                        "| 2 | 普查工作 | 开展经济普查 | 35.00 |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == []
    figs, _ = tables_of("项目名称\n某某经费\n计划安排资金（万元）\n170\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [("budget_initial", Decimal("170"))]


def test_a_rows_serial_number_or_account_code_is_no_figure_of_the_table():
    """序号 | 项目 | 年初预算数 | … over | 1 | 基本支出 | 220.00 | … and 科目编码 | 科目名称 | … over | 205 | 教育支出 | …: the
    number opening a row before its label is its index, not a figure (1 had been the spending total, and the next
    row's code the 合计's spending)."""
    figs, _ = tables_of("单位：万元\n| 序号 | 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
                        "| 1 | 基本支出 | 220.00 | 230.00 | 228.00 | 99.13% |\n| 2 | 项目支出 | 80.00 | 90.00 | 84.00 | 93.33% |\n"
                        "| | 合计 | 300.00 | 320.00 | 312.00 | 97.50% |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == [
        ("expenditure_basic", Decimal("228.00")), ("expenditure_project", Decimal("84.00")),
        ("budget_initial", Decimal("300.00")), ("budget_full_year", Decimal("320.00")),
        ("expenditure_total", Decimal("312.00"))]
    figs, _ = tables_of("单位：万元\n| 科目编码 | 科目名称 | 年初预算数 | 决算数 |\n| | 合计 | 9,400.00 | 9,600.00 |\n"
                        "| 205 | 教育支出 | 8,800.00 | 9,000.00 |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == [
        ("budget_initial", Decimal("9400.00")), ("expenditure_total", Decimal("9600.00"))]


def test_the_spending_totals_row_of_a_budgets_execution_gives_the_departments_budgets():
    """本年支出合计 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率: the spending's total row is the department's row of its
    budget's execution, so its budgets and rate are the department's (they had been ``other``, the rate lost)."""
    text = ("单位：万元\n| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
            "| 本年支出合计 | 420.00 | 450.00 | 441.00 | 98.00% |\n| 基本支出 | 300.00 | 310.00 | 310.00 | 100.00% |\n")
    figs, facts = tables_of(text)
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == [
        ("budget_initial", Decimal("420.00")), ("budget_full_year", Decimal("450.00")),
        ("expenditure_total", Decimal("441.00")), ("expenditure_basic", Decimal("310.00"))]
    assert [rate for rate, _ in facts.execution_rates] == [98.0]


def test_a_table_whose_columns_are_the_spendings_parts_gives_its_total_rows_figures():
    """支出决算表: | 项目 | 本年支出合计 | 基本支出 | 项目支出 | over | 合计 | 720.00 | 500.00 | 220.00 | gives the spending and
    its parts (such tables had given nothing), by place when each header cell has its cell (- for none), 元 declared
    above; a part over a second header row of parts (基本支出 over 人员经费 | 公用经费) is read from those, not from the
    first figure under it; the whole's column over 人员经费 and 公用经费 alone (基本支出决算表) is no spending total."""
    got = lambda text: [(f.item, f.amount_wan_yuan) for f in tables_of(text)[0] if f.item != "other"]
    assert got("单位：万元\n| 项目 | 本年支出合计 | 基本支出 | 项目支出 |\n| 合计 | 720.00 | 500.00 | 220.00 |\n"
               "| 公共安全支出 | 680.00 | 460.00 | 220.00 |\n") == [
        ("expenditure_total", Decimal("720.00")), ("expenditure_basic", Decimal("500.00")),
        ("expenditure_project", Decimal("220.00"))]
    assert got("单位：元\n科目名称\t合计\t基本支出\t项目支出\t经营支出\n合计\t1,500,000.00\t1,500,000.00\t-\t0.00\n") == [
        ("expenditure_total", Decimal("150")), ("expenditure_basic", Decimal("150"))]
    assert got("单位：万元\n| 项目 | 合计 | 基本支出 | | 项目支出 |\n| | | 人员经费 | 公用经费 | |\n"
               "| 合计 | 925.00 | 560.00 | 90.00 | 275.00 |\n") == [
        ("expenditure_total", Decimal("925.00")), ("expenditure_project", Decimal("275.00")),
        ("expenditure_personnel", Decimal("560.00")), ("expenditure_public", Decimal("90.00"))]
    assert got("单位：万元\n| 项目 | 合计 | 人员经费 | 公用经费 |\n| 合计 | 523.01 | 468.00 | 55.01 |\n") == [
        ("expenditure_personnel", Decimal("468.00")), ("expenditure_public", Decimal("55.01"))]


def test_a_header_whose_top_row_groups_whole_budget_columns_reads_them_in_place():
    """预算数 over 年初预算数 | 调整预算数 | 全年预算数, beside 执行数 | 执行率 on the top row alone: with the rows' empty cells
    kept (pipes, tabs) each column is the second row's label at its place, else the top row's; laid out with
    spaces, the second row's budget columns stand in the top row's one budget column. (Read in reading order,
    every figure had fallen under another column.)"""
    rows = ["| 合计 | 500.00 | 20.00 | 520.00 | 507.00 | 97.50% |", "| 基本支出 | 400.00 | 0.00 | 400.00 | 400.00 | 100.00% |"]
    expected = [("budget_initial", Decimal("500.00")), ("budget_adjustment", Decimal("20.00")),
                ("budget_full_year", Decimal("520.00")), ("expenditure_total", Decimal("507.00")),
                ("expenditure_basic", Decimal("400.00"))]
    piped = "单位：万元\n| 项目 | 预算数 | | | 执行数 | 执行率 |\n| | 年初预算数 | 调整预算数 | 全年预算数 | | |\n" + "\n".join(rows)
    tabbed = "单位：万元\n项目\t预算数\t\t\t执行数\t执行率\n\t年初预算数\t调整预算数\t全年预算数\t\t\n" + "\n".join(
        r.strip("| ").replace(" | ", "\t") for r in rows)
    spaced = "单位：万元\n项目 预算数 执行数 执行率\n年初预算数 调整预算数 全年预算数\n" + "\n".join(
        r.strip("| ").replace(" | ", " ") for r in rows)
    for text in (piped, tabbed, spaced):
        figs, facts = tables_of(text)
        assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == expected, text
        assert [rate for rate, _ in facts.execution_rates] == [97.5], text


def test_the_department_forms_parts_written_label_colon_figure_in_their_cells():
    """按收入性质分： | 按支出性质分： over 其中：一般公共预算：310.5 | 其中：基本支出：220.4 | and 政府性基金拨款：12 |
    项目支出：98.1 |, under the funds header: each spending part's label names the bare figure after its colon (the
    block's rows read none inside a cell); the income's sources name no item."""
    from pipelines.extract import extract_document
    text = ("某县档案馆2022年度部门整体支出绩效自评表\n"
            "年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "年度资金总额 | 300 | 322.5 | 318.5 | 10 | 98.76% | 9.9 |\n按收入性质分： | 按支出性质分： |\n"
            "其中：一般公共预算：310.5 | 其中：基本支出：220.4 |\n政府性基金拨款：12 | 项目支出：98.1 |\n其他资金：0 | |\n")
    got = {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items}
    assert got == {("budget_initial", 300), ("budget_full_year", Decimal("322.5")),
                   ("expenditure_total", Decimal("318.5")), ("expenditure_basic", Decimal("220.4")),
                   ("expenditure_project", Decimal("98.1"))}
    # a cell a line, as a page flattens the form
    cells = text.replace(" | ", " |\n").replace("|\n\n", "|\n")
    got = {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(cells)).budget_items}
    assert ("expenditure_basic", Decimal("220.4")) in got and ("expenditure_project", Decimal("98.1")) in got


def test_the_general_budgets_appropriation_the_balance_alone_and_the_mid_year_change_named_in_short():
    """其中：一般公共预算财政拨款 under 收入总计 is income (收入 left unsaid, as 一般公共预算拨款; the 收入总计 adding the
    balance carried in is no income of the year); 结转结余 as a clause of its
    own after the year's totals is the year-end balance; 年中调整预算 is the budget's adjustment."""
    from pipelines.extract import extract_document
    got = lambda text: sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items)
    assert got("某县档案馆2022年度部门整体支出绩效自评报告\n二、收支情况\n| 项目 | 金额（万元） |\n| 收入总计 | 520.40 |\n"
               "| 其中：一般公共预算财政拨款 | 498.10 |\n| 上年结转 | 22.30 |\n") == [
        ("carryover_begin", Decimal("22.30")), ("income_total", Decimal("498.10")), ("other", Decimal("520.40"))]
    assert got("某县档案馆2022年度部门整体支出绩效自评报告\n2022年度总收入520.4万元，总支出512.3万元。结转结余8.1万元。") == [
        ("carryover_end", Decimal("8.1")), ("expenditure_total", Decimal("512.3")), ("income_total", Decimal("520.4"))]
    assert got("某县档案馆2022年度部门整体支出绩效自评报告\n2022年度，年初预算480万元，年中调整预算40.4万元，全年预算520.4万元。") == [
        ("budget_adjustment", Decimal("40.4")), ("budget_full_year", Decimal("520.4")), ("budget_initial", 480)]


def test_a_funds_tables_balance_row_written_without_和():
    """| 三、年末结转结余 | | 34.53 | | under 项目 | 预算数 | 决算数: the year-end balance, as 年末结转和结余 is."""
    from pipelines.extract import extract_document
    text = ("某镇人民政府2022年度部门整体支出绩效自评报告\n二、收支情况（单位：万元）\n| 项目 | 预算数 | 决算数 | 完成率 |\n"
            "| 一、收入合计 | 3,218.60 | 3,406.12 | 105.83% |\n| 二、支出合计 | 3,406.12 | 3,371.59 | 98.99% |\n"
            "| 三、年末结转结余 | | 34.53 | |\n")
    got = {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items}
    assert ("carryover_end", Decimal("34.53")) in got and ("other", Decimal("34.53")) not in got


def test_a_row_of_funds_labels_over_a_row_of_their_figures():
    """本年收入 | 本年支出 | 基本支出 | 项目支出 over 402.36 | 398.14 | 306.52 | 91.62 (a page's summary laid across): each
    figure is the item of the label above it. Not where a label names no item of the funds, nor under a row of
    another width."""
    from pipelines.extract import extract_document
    got = lambda text: sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items)
    head = "某县统计局2021年度部门整体支出绩效自评报告\n二、部门整体支出情况\n单位：万元\n"
    assert got(head + "本年收入 | 本年支出 | 基本支出 | 项目支出\n402.36 | 398.14 | 306.52 | 91.62\n") == [
        ("expenditure_basic", Decimal("306.52")), ("expenditure_project", Decimal("91.62")),
        ("expenditure_total", Decimal("398.14")), ("income_total", Decimal("402.36"))]
    assert got(head + "本年收入\t上年结转\t本年支出\t年末结转\n1,024.56\t38.40\t1,041.72\t21.24\n") == [
        ("carryover_begin", Decimal("38.40")), ("carryover_end", Decimal("21.24")),
        ("expenditure_total", Decimal("1041.72")), ("income_total", Decimal("1024.56"))]
    assert got(head + "本年收入 | 培训人次 | 本年支出\n402.36 | 120 | 398.14\n") == []
    assert got(head + "本年收入 | 本年支出\n402.36 | 398.14 | 306.52\n") == []


def test_the_initial_arrangement_with_预算_left_unsaid_and_the_departments_budget_funds_as_a_whole():
    """部门预算资金年初安排397.11万元，…全年实际支出421.48万元: 年初安排 is the initial budget (预算 left unsaid), and the
    department's budget funds name the whole, no fund of its own; a special fund's stays a part's."""
    assert figures("2020年度部门预算资金年初安排397.11万元，全年实际支出421.48万元。") == [
        ("budget_initial", Decimal("397.11"), 1), ("expenditure_total", Decimal("421.48"), 1)]
    assert figures("年初安排资金606.54万元。") == [("budget_initial", Decimal("606.54"), 1)]
    assert figures("专项预算资金年初安排50万元，实际支出40万元。") == [("other", Decimal(50), 1), ("other", Decimal(40), 1)]


def test_a_grand_total_adding_the_balance_to_the_years_total_is_no_income_or_spending():
    """本年收入合计660万元，加上年初结转和结余30万元，收入总计690万元: 690 adds the balance carried in, no income of the year;
    收入总计 alone is the year's income."""
    from pipelines.extract import extract_document
    got = lambda text: sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items)
    head = "某县审计局2023年度部门整体支出绩效自评报告\n"
    assert got(head + "本年收入合计660万元，加上年初结转和结余30万元，收入总计690万元。") == [
        ("carryover_begin", 30), ("income_total", 660), ("other", 690)]
    assert got(head + "| 收入项目 | 金额（万元） | 支出项目 | 金额（万元） |\n| 本年收入 | 1200 | 本年支出 | 1188 |\n"
                      "| 年初结转和结余 | 10 | 年末结转和结余 | 22 |\n| 收入总计 | 1210 | 支出总计 | 1210 |\n") == [
        ("carryover_begin", 10), ("carryover_end", 22), ("expenditure_total", 1188), ("income_total", 1200),
        ("other", 1210), ("other", 1210)]
    assert got(head + "2023年收入总计690万元，支出总计672万元。") == [("expenditure_total", 672), ("income_total", 690)]


def test_the_sum_of_the_funds_sources_before_the_spending_column_is_the_full_year_budget():
    """项目资金（万元） | 资金来源 | 中央资金 | 省级资金 | 市县资金 | 合计 | 全年执行数 | 执行率 | 分值 | 得分: the sources' 合计
    is the full-year budget, the sources themselves no item; laid out a cell a line too."""
    from pipelines.extract import extract_document
    got = lambda text: sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items
                              if b["item"] != "other")
    text = ("某县2022年农村供水保障工程项目支出绩效自评表\n"
            "项目资金（万元） | 资金来源 | 中央资金 | 省级资金 | 市县资金 | 合计 | 全年执行数 | 执行率 | 分值 | 得分 |\n"
            "年度资金总额 |  | 860 | 240 | 100 | 1200 | 1176.5 | 98.04% | 10 | 9.8 |\n")
    assert got(text) == [("budget_full_year", 1200), ("expenditure_total", Decimal("1176.5"))]
    assert got(text.replace(" | ", " |\n")) == [("budget_full_year", 1200), ("expenditure_total", Decimal("1176.5"))]


def _laid_out(rows: list[list[str]], layout: str) -> str:
    """Rows of cells as a page writes them: pipe rows, tab rows (the blanks kept), cells spaced apart, or a cell a line
    (the blanks dropped)."""
    if layout == "pipe":
        return "".join("| " + " | ".join(row) + " |\n" for row in rows)
    if layout == "tab":
        return "".join("\t".join(row) + "\n" for row in rows)
    if layout == "spaced":
        return "".join("  ".join(c for c in row if c) + "\n" for row in rows)
    return "".join(c + "\n" for row in rows for c in row if c)


_LAYOUTS = ("pipe", "tab", "spaced", "lines")


def _funds_items(text: str) -> list[tuple[str, Decimal]]:
    from pipelines.extract import extract_document
    return sorted((b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items
                  if b["item"] != "other")


def test_the_sources_of_funds_written_below_their_group_and_their_sum_the_full_year_budget():
    """项目资金（万元） | 资金来源 | 执行数 | 执行率 | 得分 over | 中央 | 省级 | 市级 | 县级 | 合计 |: the 资金来源 group spans
    the sources written on the header's second row (or a cell a line after it); their 合计 is the full-year budget,
    the sources no item, and the group's place keeps the columns after it in theirs. The sum may come first."""
    head = "某县2023年村道养护项目支出绩效自评表\n"
    goal = ["年度总体目标", "完成村道养护"]
    split = [["项目资金（万元）", "资金来源", "", "", "全年执行数", "分值", "执行率", "得分"],
             ["", "财政拨款", "其他资金", "合计", "", "", "", ""], ["年度资金总额", "64", "16", "80", "72", "10", "90%", "9"], goal]
    cases = [
        ([["项目资金（万元）", "", "资金来源", "", "", "", "执行数", "执行率", "得分"],
          ["", "中央", "省级", "市级", "县级", "合计", "", "", ""], ["", "510", "150", "90", "50", "800", "776", "97%", "9.7"], goal],
         [("budget_full_year", 800), ("expenditure_total", 776)]),
        # 财政拨款 | 其他资金 | 合计 under the group, a 分值 column after the spending's; and the sum first (总额)
        (split, [("budget_full_year", 80), ("expenditure_total", 72)]),
        ([split[0], ["", "总额", "财政拨款", "其他资金", "", "", "", ""], ["年度资金总额", "80", "64", "16", "72", "10", "90%", "9"],
          goal], [("budget_full_year", 80), ("expenditure_total", 72)]),
        # a 年初预算数 column before the group: the year's opening budget, and the sum still the full year's
        ([["项目资金（万元）", "年初预算数", "资金来源", "", "", "全年执行数", "执行率", "得分"],
          ["", "", "中央", "县级", "合计", "", "", ""], ["年度资金总额", "70", "60", "20", "80", "72", "90%", "9"], goal],
         [("budget_full_year", 80), ("budget_initial", 70), ("expenditure_total", 72)]),
    ]
    for rows, want in cases:
        for layout in _LAYOUTS:
            assert _funds_items(head + _laid_out(rows, layout)) == want, layout


def test_the_sources_of_funds_with_no_sum_give_no_budget():
    """资金来源 over 中央补助 | 地方配套 with no 合计: the form writes no budget (adding the sources up is no reader's
    figure); the spending after them is still the spending."""
    head = "某县2023年村道养护项目支出绩效自评表\n"
    rows = [["项目资金（万元）", "资金来源", "", "执行数", "执行率", "得分"],
            ["", "中央补助", "地方配套", "", "", ""],
            ["", "300", "60", "342", "95%", "9.5"],
            ["年度总体目标", "完成村道养护"]]
    for layout in _LAYOUTS:
        assert _funds_items(head + _laid_out(rows, layout)) == [("expenditure_total", 342)], layout


def test_the_sources_of_funds_under_the_one_budget_column_sum_to_its_figure():
    """全年预算数 | 全年执行数 | 执行率 over 中央 | 省级 | 小计: the sources split the one budget column, their sum is
    its figure."""
    head = "某县2023年村道养护项目支出绩效自评表\n"
    rows = [["项目资金（万元）", "全年预算数", "", "", "全年执行数", "执行率", "得分"],
            ["", "中央", "省级", "小计", "", "", ""],
            ["", "120", "30", "150", "135", "90%", "9"],
            ["年度总体目标", "完成村道养护"]]
    for layout in _LAYOUTS:
        assert _funds_items(head + _laid_out(rows, layout)) == [
            ("budget_full_year", 150), ("expenditure_total", 135)], layout


def test_a_pdf_header_with_the_sources_before_the_spending_and_a_label_broken_over_its_two_lines():
    """A PDF's text layer writes the header row line by line: 中央 省级 本级 合计 执行数 执行 over (万元) … (万元) 率, the
    execution rate's label broken with the other columns' units between its two pieces. 执行 … 率 is 执行率, and the
    sources (named by their level alone) and their sum before the spending are the full-year budget's columns."""
    text = ("某县农业农村局2022年度项目支出绩效自评表\n项目名称 高标准农田建设 项目属性 1、常年性 2、一次性 "
            "中央 省级 本级 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) 率 400 120 80 600 570 95% 年度目标 建成农田\n")
    assert _funds_items(text) == [("budget_full_year", 600), ("expenditure_total", 570)]


def test_a_funds_label_and_its_figure_with_the_unit_after_a_space_take_that_unit():
    """全年预算数 8511036.00 元,全年执行数…: PDF text puts a space between a figure and its unit, so the unit opens the
    next cell; the figure is in 元 (851.1036万元), not in the default 万元. A word merely opening with 元 (元旦) is none."""
    figs, _ = tables_of("全年预算数 6230000.00 元,预算执行率 97.9%\n全年执行数 6100000.00 元\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [("budget_full_year", Decimal("623")),
                                                          ("expenditure_total", Decimal("610"))]
    figs, _ = tables_of("全年预算数 623 元旦慰问\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [("budget_full_year", Decimal("623"))]


def test_a_funds_table_total_row_named_as_the_years_whole_budget():
    """| 年度总预算 | 100.00 | 120.00 | 114.00 | over 基本支出 | … (no 其中 before the parts): the row naming the year's whole
    budget is the table's total row, its figures the initial and full-year budgets and the spending."""
    figs, _ = tables_of("| 年度部门整体支出预算（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
                        "| 年度总预算 | 100.00 | 120.00 | 114.00 | 95.00% |\n| 基本支出 | 80.00 | 82.00 | 82.00 | |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.line_no == 2] == [
        ("budget_initial", Decimal("100")), ("budget_full_year", Decimal("120")), ("expenditure_total", Decimal("114"))]


def test_a_funds_block_turned_sideways_with_the_groups_cell_left_empty_on_each_row():
    """| 年度…预算（万元） | 资金总额 | 财政拨款 | 其他资金 | over | | 预算数 | 120.00 | 110.00 | 10.00 |: the empty cell the group's
    merged label leaves opens each row, and 预算数 with its figures after it on its line is the row's label, no header
    of one column (which had read the last figure, the other funds', as the budget)."""
    figs, _ = tables_of("| 年度部门整体支出预算（万元） | 资金总额 | 财政拨款 | 其他资金 |\n"
                        "| | 预算数 | 120.00 | 110.00 | 10.00 |\n| | 执行数 | 114.00 | 105.00 | 9.00 |\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == [
        ("budget_full_year", Decimal("120")), ("expenditure_total", Decimal("114"))]


def test_the_next_sections_heading_after_a_funds_row_with_no_label_is_no_label_of_it():
    """年初预算数 | 全年预算数 | 全年执行数 | 执行率 over 100.00 | 120.00 | 114.00 | 95.00%, then 二、绩效指标完成情况: the heading is
    the next section's, not the row's label written after its figures; the lone row is the block's whole."""
    figs, _ = tables_of("一、预算执行情况（万元）\n年初预算数 | 全年预算数 | 全年执行数 | 执行率\n100.00 | 120.00 | 114.00 | 95.00%\n"
                        "二、绩效指标完成情况\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [
        ("budget_initial", Decimal("100")), ("budget_full_year", Decimal("120")), ("expenditure_total", Decimal("114"))]


def test_a_funds_rows_label_closed_by_a_colon_and_run_into_its_first_figure():
    """年度资金总额：260 260 247.52 10 95.2% 9.52: the row's label and its first figure in one cell after a colon, the row's
    other figures after it on its line: the first figure is the first column's (it had been lost, the label read as
    年度资金总额:260). A label：figure cell alone on its line stays a field of its own."""
    figs, _ = tables_of("项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额：260 280 247.52 10 88.4% 8.84\n")
    assert [(f.item, f.amount_wan_yuan) for f in figs] == [
        ("budget_initial", Decimal("260")), ("budget_full_year", Decimal("280")), ("expenditure_total", Decimal("247.52"))]


def test_a_line_written_as_a_record_of_funds_labels_and_bare_figures():
    """资金情况（万元）：年初预算数38.00；全年预算数40.00；… / 年初预算数 3,208.50；全年预算数 8,762.14；… under 单位：万元: a line of funds
    labels each with its bare figure (two or more) is the funds' record, in the unit its lead or a 单位 line above
    declares; a part's record (其中：基本支出：…) gives the part its spending, a sentence with 万元 after its figures is
    the sentences' reader's."""
    def items(text):
        return [(f.item, f.amount_wan_yuan) for f in form_figures(build_document(text), forms_of(build_document(text)))[0]
                if f.item != "other"]
    from pipelines.extract.forms import forms_of
    assert items("资金情况（万元）：年初预算数38.00；全年预算数40.00；全年执行数37.05；执行率92.6%\n") == [
        ("budget_initial", Decimal("38.00")), ("budget_full_year", Decimal("40.00")), ("expenditure_total", Decimal("37.05"))]
    assert items("单位：元\n年初预算数 320,850；全年预算数 876,214；全年执行数 853,027\n"
                 "其中：基本支出：年初预算数 100,000；全年预算数 110,000；全年执行数 105,000\n") == [
        ("budget_initial", Decimal("32.085")), ("budget_full_year", Decimal("87.6214")),
        ("expenditure_total", Decimal("85.3027")), ("expenditure_basic", Decimal("10.5"))]
    assert items("年度资金总额（万元）：预算数 825.00 执行数 810.00 执行率 98.2%\n") == [
        ("budget_full_year", Decimal("825.00")), ("expenditure_total", Decimal("810.00"))]
    assert items("全年预算数38.00万元；全年执行数37.05万元。\n") == []


def test_a_figure_right_after_a_comparison_is_the_compared_years():
    """比上年决算数…, 较上年收入…, 与2021年度的…相比, 公用经费比上年…略有下降: the figure after a comparison and the words
    naming it is the compared year's (of what those words, the words before the comparison or the figure before name),
    never this year's; the comparison scopes nothing after it, and a change said after it (比上年增加…) is no item."""
    assert figures_with_year("本部门收入决算数820.40万元，比上年决算数760.15万元增加60.25万元；"
                             "支出决算数812.30万元，较上年支出750.00万元增加62.30万元。") == [
        ("income_total", None, Decimal("820.40")), ("income_total", -1, Decimal("760.15")),
        ("other", None, Decimal("60.25")), ("expenditure_total", None, Decimal("812.30")),
        ("expenditure_total", -1, Decimal("750.00")), ("other", None, Decimal("62.30"))]
    assert figures_with_year("2022年收入总额为530.20万元，与2021年度的498.60万元相比增加31.60万元，其中财政拨款收入"
                             "510.20万元。") == [
        ("income_total", 2022, Decimal("530.20")), ("income_total", 2021, Decimal("498.60")),
        ("other", 2022, Decimal("31.60")), ("income_total", 2022, Decimal("510.20"))]
    assert figures_with_year("公用经费比上年42.70万元略有下降。") == [("expenditure_public", -1, Decimal("42.70"))]


def test_an_amount_in_wan_without_yuan_after_a_label_of_the_funds():
    """年初预算2,480.5万，全年预算3,106.2万: 万 (亿) with 元 left unsaid is 万元 (亿元) after a label of the funds, whole
    (never the digit before its thousands comma); after other words (游客1,250万，) it is no figure."""
    doc = "2023年部门年初预算2,480.5万，全年预算3,106.2万，全年执行3,050.8万，执行率98.22%。全年接待游客1,250万，增长8%。\n"
    assert figures(doc) == [("budget_initial", Decimal("2480.5"), 1), ("budget_full_year", Decimal("3106.2"), 1),
                            ("expenditure_total", Decimal("3050.8"), 1)]
    from pipelines.extract.forms import forms_of
    built = build_document(doc)
    assert [f.item for f in form_figures(built, forms_of(built))[0] if f.item != "other"] == []


def test_a_pdfs_space_before_a_thousands_comma_splits_no_figure():
    """年 初 预 算 2 ,318.60 万 元 / 年初预算数 1 ,362.48；… (a PDF's text layer): the digits before the comma are no figure
    of the label's; the amount is read whole."""
    from pipelines.extract.forms import forms_of

    def items(text):
        doc = build_document(text)
        return [(f.item, f.amount_wan_yuan) for f in form_figures(doc, forms_of(doc))[0] if f.item != "other"]
    assert items("2022 年 度 年 初 预 算 2 ,318.60 万 元 ，全 年 预 算 2 ,502.10 万 元 。\n") in (
        [], [("budget_initial", Decimal("2318.60")), ("budget_full_year", Decimal("2502.10"))])
    assert items("（单位：万元）\n年初预算数 1 ,362.48；全年预算数 2 ,105.93；全年执行数 2 ,031.56\n") == [
        ("budget_initial", Decimal("1362.48")), ("budget_full_year", Decimal("2105.93")),
        ("expenditure_total", Decimal("2031.56"))]


def test_the_budgets_wordings_with_the_side_or_the_opening_figure_after_the_budget():
    """全年预算收入 / 全年预算支出 are the full-year budget as 年初预算收入 is the initial one; 收入预算年初数为…，年中调整为…
    and 部门预算年初数 the initial budget and the budget after the change; 全年决算数 the year's spending as 全年执行数 is;
    执行 bare after a part (基本支出执行…) the part's spending."""
    assert [f[:2] for f in figures("2021年部门年初预算收入1,210.40万元，全年预算收入1,388.20万元，收入决算1,388.20万元；"
                                   "年初预算支出1,210.40万元，全年预算支出1,388.20万元，支出决算1,352.66万元。")] == [
        ("budget_initial", Decimal("1210.40")), ("budget_full_year", Decimal("1388.20")),
        ("income_total", Decimal("1388.20")), ("budget_initial", Decimal("1210.40")),
        ("budget_full_year", Decimal("1388.20")), ("expenditure_total", Decimal("1352.66"))]
    assert [f[:2] for f in figures("本部门收入预算年初数为806.30万元，年中调整为912.75万元。我局部门预算年初数640.18万元。")] == [
        ("budget_initial", Decimal("806.30")), ("budget_full_year", Decimal("912.75")),
        ("budget_initial", Decimal("640.18"))]
    assert [f[:2] for f in figures("全年预算数2,460.00万元；全年决算数2,401.37万元。其中：基本支出执行612.48万元，"
                                   "项目支出执行1,788.89万元。")] == [
        ("budget_full_year", Decimal("2460.00")), ("expenditure_total", Decimal("2401.37")),
        ("expenditure_basic", Decimal("612.48")), ("expenditure_project", Decimal("1788.89"))]


def test_an_appropriation_named_bare_in_the_incomes_breakdown():
    """总收入…，其中：财政拨款… (收入 left unsaid): the appropriation's income, as 财政拨款收入; after the spending it is none."""
    assert [f[0] for f in figures("2022年部门总收入1.46亿元，其中：财政拨款1.38亿元，上年结转0.08亿元。")] == [
        "income_total", "income_total", "carryover_begin"]
    assert [f[0] for f in figures("2022年部门总支出1.40亿元，其中：财政拨款1.32亿元。")] == ["expenditure_total", "other"]


def test_the_budgets_adjustment_said_in_the_year_or_cut_beside_an_addition():
    """年度中调整预算-84.20万元 is the adjustment the sums tell (a negative one); 年中追加<what for>等预算… the adjustment; an
    addition beside a cut in its sentence (年中追加…，年中追减…) is no adjustment of the year's, and a net change stated
    with its parts stays."""
    assert settle_adjusted_budgets(narrative_figures(build_document(
        "我局年初预算批复930.50万元，年度中调整预算-84.20万元，调整后预算846.30万元。")))[1].item == "budget_adjustment"
    assert [f[0] for f in figures("年初预算410.20万元；年中追加人口普查经费等预算96.40万元，全年预算506.60万元。")] == [
        "budget_initial", "budget_adjustment", "budget_full_year"]
    assert [f[0] for f in figures("年初预算1,200.00万元，年中追加350.00万元，年中追减42.50万元，全年预算1,507.50万元。")] == [
        "budget_initial", "other", "other", "budget_full_year"]
    assert [f[0] for f in figures("年初预算500万元，年中预算调整80万元（其中调增100万元，调减20万元），全年预算580万元。")] == [
        "budget_initial", "budget_adjustment", "other", "other", "budget_full_year"]


def test_funds_added_or_cut_in_the_year_named_after_the_verb():
    """年中追加<the funds>… / 年内追加…补助资金… / 年中<a reason>追加… is the year's adjustment (a named fund with no code,
    专项资金, no part); 年中调减… alone is a negative one; a cut beside an addition, or inside a net change, is none."""
    def adjustments(text):
        return [(f[0], f[1]) for f in figures(text) if f[0] == "budget_adjustment"]
    assert adjustments("年初预算900万元，年中追加省级资金60万元，全年预算960万元。") == [
        ("budget_adjustment", Decimal("60"))]
    assert adjustments("年初预算400万元，年中追加市级专项资金25万元，全年预算425万元。") == [
        ("budget_adjustment", Decimal("25"))]
    assert adjustments("年初预算安排90万元，年内按实施进度追加县级配套资金12.5万元。") == [
        ("budget_adjustment", Decimal("12.5"))]
    assert adjustments("项目年初预算800万元，年中调减150万元，调整后预算650万元。") == [
        ("budget_adjustment", Decimal("-150"))]
    assert adjustments("项目年初预算800万元，年中调减预算40万元，全年预算760万元。") == [
        ("budget_adjustment", Decimal("-40"))]
    assert adjustments("年初预算800万元，年中追加资金60万元，年中调减预算40万元，全年预算820万元。") == []
    assert adjustments("年初预算800万元，年中追加项目支出资金60万元。") == []


def test_the_departments_units_and_one_key_project_are_parts():
    """所属单位年初预算…，实际支出… (the department's units named apart) and 本年度重点项目某某项目，预算资金…，已支付… are parts,
    not the department's totals; 本级及所属单位 is the whole. 部门预算总额 stated with the initial budget and the
    adjustment that make it up is the full-year budget."""
    assert [f[0] for f in figures("所属单位年初预算3.20亿元，实际支出3.41亿元。")] == ["other", "other"]
    assert [f[0] for f in figures("本年度重点项目某河流域监测站网建设项目，预算资金310.00万元，已支付298.60万元。")] == [
        "other", "other"]
    assert [f[0] for f in figures("2019年局本级及所属单位部门预算收入2,106.40万元。")] == ["budget_initial"]
    from pipelines.extract.budget import settle_department_budgets
    got = settle_department_budgets(narrative_figures(build_document(
        "2020年部门预算总额为5.36亿元，其中：年初预算4.90亿元，年中调整预算0.46亿元。")))
    assert [f.item for f in got] == ["budget_full_year", "budget_initial", "budget_adjustment"]


def test_an_adjusted_budgets_figure_the_sums_tell_is_the_adjustment():
    """年中调整预算数为X (the noun 调整预算数, not the budget changed to X) between the initial and the full-year budget
    that X and the initial budget make up: the adjustment; with no such sum it stays the budget after the change."""
    got = settle_adjusted_budgets(narrative_figures(build_document(
        "2021年年初预算数为1,240.50万元，年中调整预算数为310.25万元，全年预算数1,550.75万元。")))
    assert [f.item for f in got] == ["budget_initial", "budget_adjustment", "budget_full_year"]
    got = settle_adjusted_budgets(narrative_figures(build_document("年初预算80万元，调整预算为95万元，执行数93万元。")))
    assert [f.item for f in got] == ["budget_initial", "budget_full_year", "expenditure_total"]


def _items(text):
    return {(f.item, float(f.amount_wan_yuan)) for f in tables_of(text)[0] if f.item != "other"}


def test_a_funds_rows_long_note_ends_no_block():
    """年度资金总额's row ends its line with the scoring column's formula (得分计算方法): a note of the row; the part rows
    below it, one with its points wrapped to the next line, are read."""
    text = "\n".join([
        "部门(单位)总体资金(万元) | 年初预算数(A) | 全年执行数(B) | 分值 | 得分 | 得分计算方法 |",
        "年度资金总额: | 500.00 | 480.00 | 10 | 9.6 | 执行数除以预算数再乘以该指标的分值,不超过分值上限 |",
        "基本支出 | 300.00 | 290.00 |",
        "10 | 10 |",
        "项目支出 | 200.00 | 190.00 | 10 | 10 |",
    ])
    assert _items(text) == {("budget_initial", 500.0), ("expenditure_total", 480.0),
                            ("expenditure_basic", 290.0), ("expenditure_project", 190.0)}


def test_part_rows_take_the_columns_of_the_total_row():
    """Under 年初预算数 | 全年预算数 | 全年执行数 the total row writes two amounts (the full year's budget and its spending,
    年初 left out): the part rows below it, with two amounts and placeholders, fill the same columns."""
    text = "\n".join([
        "| 年度预算资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| 年度资金总额 | 900.00 | 870.00 | 10 | 96.67% | 9.67 |",
        "| 按支出性质分 | 基本支出 | 400.00 | 395.00 | — |",
        "| 项目支出 | 500.00 | 475.00 | — |",
    ])
    assert _items(text) == {("budget_full_year", 900.0), ("expenditure_total", 870.0),
                            ("expenditure_basic", 395.0), ("expenditure_project", 475.0)}


def test_a_funds_table_turned_reads_the_spendings_row_by_column():
    """The funds' columns as rows (年初预算数 / 全年执行数) under the spending's parts as columns (合计 | 基本支出 | 其中：
    人员经费 | 公用经费 | 项目支出): the spending's row gives each part's figure."""
    text = "\n".join([
        "| 部门预算资金（万元） | 合计 | 基本支出 | 其中：人员经费 | 公用经费 | 项目支出 |",
        "| 年初预算数 | 700.00 | 300.00 | 250.00 | 50.00 | 400.00 |",
        "| 全年执行数 | 680.00 | 310.00 | 260.00 | 50.00 | 370.00 |",
        "| 执行率 | 97.14% | | | | |",
    ])
    items = _items(text)
    assert {("expenditure_basic", 310.0), ("expenditure_personnel", 260.0), ("expenditure_public", 50.0),
            ("expenditure_project", 370.0), ("expenditure_total", 680.0)} <= items
    assert not any(item.startswith("expenditure_") and amount in (300.0, 250.0, 400.0) for item, amount in items)


def test_a_parts_cell_with_its_figure_and_unit_after_a_colon():
    """其中：基本支出：120.50万元 / 项目支出：80.25万元, a cell each, under the department form's 按支出性质分: the parts."""
    text = "\n".join([
        "\t按支出性质分：", "", "\t其中：基本支出：120.50万元", "\t项目支出：80.25万元", "",
    ])
    assert {("expenditure_basic", 120.5), ("expenditure_project", 80.25)} <= _items(text)


def test_a_record_of_the_whole_gives_its_parts_bare_figures_in_the_unit_its_labels_declare():
    from pipelines.extract import extract_document
    items = lambda text: sorted((b["item"], float(b["amount_wan_yuan"])) for b in
                                extract_document(build_document(text)).budget_items if b["item"] != "other")
    line = ("某县某局2022年度部门整体支出绩效自评表 部门名称 某县某局 | 全年预算数（万元） 3,100.20 | "
            "全年执行数（万元） 3,000.10 | 执行率 96.77% | 基本支出 1,200.40 | 项目支出 1,799.70 | 自评得分 92\n")
    got = items(line)
    assert ("expenditure_basic", 1200.4) in got and ("expenditure_project", 1799.7) in got
    assert ("expenditure_total", 3000.1) in got
    # no unit declared on the record: a bare part figure stays unread
    bare = items(line.replace("（万元）", ""))
    assert not any(item in ("expenditure_basic", "expenditure_project") for item, _ in bare)


def test_a_numbered_heading_run_into_the_sections_first_sentence():
    """二、某某情况 项目年初预算…: the heading (its space closed by normalising) is no subject of the figure."""
    assert [f[0] for f in figures("已建成。 三、资金投入情况 项目年初预算80万元，年中追加20万元，调整后预算100万元。")] == [
        "budget_initial", "budget_adjustment", "budget_full_year"]


def test_funds_allocated_at_the_years_start_and_their_spending_named_again():
    """年初预算安排某资金… is the initial budget; the funds the paragraph budgeted named again with 资金支出 are spent
    as the whole (县级某资金支出 after 年中追加县级某资金)."""
    assert [f[0] for f in figures("市级财政年初预算安排奖补资金50万元，年中追加市级奖补资金10万元，全年市级预算60万元；"
                                  "年底市级奖补资金支出58万元。")] == [
        "budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total"]


def test_sources_listed_then_their_sum_is_the_allocation():
    """省级下达某资金…，县级配套资金…，合计…: the sum of the sources is the funds allocated, not the first source."""
    assert [(f[0], f[1]) for f in figures("省级下达改造补助资金70万元，县级配套资金30万元，合计100万元。")] == [
        ("other", Decimal(70)), ("other", Decimal(30)), ("budget_full_year", Decimal(100))]


def test_money_left_carried_into_the_next_year():
    """剩余…万元结转下年使用: the year's closing balance."""
    assert [f[0] for f in figures("全年实际支出90万元，剩余10万元结转下年使用。")] == ["expenditure_total", "carryover_end"]


def test_a_funds_row_with_figures_ocr_parted_by_spaces_is_joined_back_to_its_columns():
    """年度资金总额 with more figures than the header's columns (OCR parted 412 as 41 2, 10 as 1 0, 98.1% as 9 8.1%): the
    one joining into six figures where 全年执行数 / 全年预算数 is the rate as written is the row."""
    text = "\n".join([
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 4 10.5 420 41 2 1 0 9 8.1% 9.8",
        "年度总体目标 完成工程。"])
    figs, facts = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal("420")), ("budget_initial", Decimal("410.5")),
        ("expenditure_total", Decimal("412"))]
    assert (facts.execution_rates[0][0], facts.funds_row) == (98.1, (10.0, 9.8))


def _extracted(text):
    from pipelines.extract import extract_document
    ex = extract_document(build_document(text))
    return sorted((b["item"], b["fiscal_year"], b["amount_wan_yuan"]) for b in ex.budget_items), ex.report


def test_a_unit_declared_in_words_is_the_tables_unit():
    """说明：本表金额单位为元 / 以元为单位 above a funds table of bare figures: the figures are in 元 (256000 -> 25.6万元);
    a unit named after 单位为 that runs into a word (实施单位为元…县) declares none."""
    header = "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |"
    row = "| 年度资金总额 | 256000 | 256000 | 249856 | 10 | 97.6% | 9.76 |"
    for note in ("说明：本表金额单位为元，分值合计100分。", "本表以元为单位。", "金额单位是元"):
        figs, _ = tables_of("\n".join([note, header, row]))
        assert sorted((f.item, f.amount_wan_yuan) for f in figs) == [
            ("budget_full_year", Decimal("25.6")), ("budget_initial", Decimal("25.6")),
            ("expenditure_total", Decimal("24.9856"))], note
    figs, _ = tables_of("\n".join(["实施单位为元丰县某站", header, row]))
    assert [f.amount_wan_yuan for f in figs if f.item == "budget_initial"] == [Decimal(256000)]


def test_an_amount_with_its_unit_in_brackets_after_it():
    """全年预算数：1,360,000.00（元）: the bracket after the figure is its unit; a year before a bracketed unit (2022（万元）,
    a column's heading) is no figure."""
    assert figures("年初预算数：1,200,000.00（元）\n全年预算数：1,360,000.00（元）\n全年执行数：1,318,500.00（元）") == [
        ("budget_initial", Decimal(120), 1), ("budget_full_year", Decimal(136), 2),
        ("expenditure_total", Decimal("131.85"), 3)]
    assert figures("本年支出合计58.6(万元)。") == [("expenditure_total", Decimal("58.6"), 1)]
    assert figures("项目 2022(万元) 2023(万元)") == []


def test_an_amount_after_the_yuan_sign_is_in_yuan():
    """全年预算数¥1,360,000.00 / ￥ 4,800 in a sentence, and ¥256,000.00 in a funds table's cell: 元; a figure with its unit
    after the sign (¥12万元) keeps that unit."""
    assert figures("全年预算数¥1,360,000.00，全年执行数￥ 1,318,500.00。") == [
        ("budget_full_year", Decimal(136), 1), ("expenditure_total", Decimal("131.85"), 1)]
    assert figures("全年执行数¥12万元。") == [("expenditure_total", Decimal(12), 1)]
    figs, _ = tables_of("\n".join(["| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                                   "| 年度资金总额 | ¥256,000.00 | ¥256,000.00 | ¥249,856.00 | 10 | 97.6% | 9.76 |"]))
    assert sorted((f.item, f.amount_wan_yuan) for f in figs) == [
        ("budget_full_year", Decimal("25.6")), ("budget_initial", Decimal("25.6")),
        ("expenditure_total", Decimal("24.9856"))]


def test_a_table_cell_holding_a_label_run_into_its_amount():
    """| 本年收入合计1,862.35万元 | 其中财政拨款收入1,806.20万元 | (a table row's cells, no colon) and the same cells parted by
    tabs: each the label's figure, as in a sentence; a rate's label run into its % is the execution rate; a label naming
    last year (上年收入合计…) gives last year's figure, and its rate none; a cell with figures after it on its row, none."""
    items, report = _extracted("\n".join([
        "某县文化局2022年度部门整体支出绩效自评报告",
        "| 收入情况 | 本年收入合计1,862.35万元 | 其中财政拨款收入1,806.20万元 | 上年收入合计1,500.00万元 |",
        "| 支出情况 | 本年支出合计1,840.12万元 | 基本支出1,215.40万元 | 项目支出624.72万元 |",
        "| 结转结余 | 年末结转和结余22.23万元 |",
        "| 预算执行 | 上年预算执行率90% | 部门预算执行率98.81% |"]))
    assert items == [
        ("carryover_end", 2022, Decimal("22.23")), ("expenditure_basic", 2022, Decimal("1215.4")),
        ("expenditure_project", 2022, Decimal("624.72")), ("expenditure_total", 2022, Decimal("1840.12")),
        ("income_total", 2021, Decimal(1500)), ("income_total", 2022, Decimal("1806.2")),
        ("income_total", 2022, Decimal("1862.35"))]
    assert report["budget_execution_rate_pct"] == 98.81
    items, _ = _extracted("某县文化局2022年度部门整体支出绩效自评报告\n本年收入合计500.00万元\t本年支出合计490.00万元\n")
    assert items == [("expenditure_total", 2022, Decimal(490)), ("income_total", 2022, Decimal(500))]
    # (a row run into its values, more figures after it with no header naming them: which figure it is, none says)
    items, _ = _extracted("某县文化局2022年度部门整体支出绩效自评报告\n| 本年支出合计1,840.12万元 | 1,800.00万元 |\n")
    assert items == []


def test_a_table_cell_holding_a_statement_of_a_label_and_its_amount():
    """| 年末结转结余3.15万元。 |: a cell too short for prose, the label run into its amount closed by a full stop, is read
    as the cell without it is."""
    for end in ("。", ""):
        items, _ = _extracted("某县某局2022年度部门整体支出绩效自评报告\n| 一、部门概况 | 某县某局为县政府工作部门。 |\n"
                              f"| 二、预算管理 | 年末结转结余3.15万元{end} |\n")
        assert items == [("carryover_end", 2022, Decimal("3.15"))]


def test_spending_by_the_years_end_is_the_years_spending():
    """截至年底支出… / 截至12月31日，支出… (the year's end as the spending's time): the year's spending; by another time
    (截至6月底) it is not, nor the spending of a part the sentence names (基本支出…，截至年底支出…)."""
    assert figures("全年预算资金48万元。截至年底支出46.2万元，执行率96.25%。") == [
        ("budget_full_year", Decimal(48), 1), ("expenditure_total", Decimal("46.2"), 1)]
    assert figures("全年预算资金48万元。截至2020年12月31日，支出46.2万元。")[1][:2] == ("expenditure_total", Decimal("46.2"))
    assert figures("全年预算资金48万元。截至6月底支出20万元。")[1][0] == "other"
    assert figures("基本支出年初预算30万元，截至年底支出29万元。")[1][0] != "expenditure_total"


def test_a_bare_spending_after_funds_spent_in_full_is_the_spending():
    """该项资金已全部支出，支出…: the funds spent in full, then the sum as a bare 支出: the spending; a part of the spending
    (基本支出) or a unit (下属单位) before 已全部支出 keeps its figure a part's."""
    assert figures("下达专项经费40万元。截至年底，上述经费已全部支出，支出40万元，执行率100%。")[1][:2] == (
        "expenditure_total", Decimal(40))
    assert figures("某某资金30万元已全额支出，支出30万元。")[-1][0] == "expenditure_total"
    assert figures("人员经费已全部支出，支出12万元。")[-1][0] != "expenditure_total"
    assert figures("下属单位资金已全部支出，支出8万元。")[-1][0] != "expenditure_total"


def test_a_line_of_running_text_is_no_table_cell_run_into_its_amount():
    """A line of running text parted by a space (2021年度 收入合计480万元) is read as the sentence it is, in its context (the
    year before it): its piece after the space, a label run into an amount, is no table cell of the report's year."""
    items, _ = _extracted("某县文化局2022年度部门整体支出绩效自评报告\n一、收支情况\n2021年度 收入合计480万元\n")
    assert items == [("income_total", 2021, Decimal(480))]


def test_a_headings_word_before_a_sum_names_no_part():
    """支出情况 本年支出合计… (a table's label cell, 支出情况, run into the cell after it by spaces): the side's total, not a
    sum of some 支出情况."""
    assert figures("支出情况 本年支出合计1,840.12万元 基本支出1,215.40万元") == [
        ("expenditure_total", Decimal("1840.12"), 1), ("expenditure_basic", Decimal("1215.4"), 1)]


def test_the_unit_naming_itself_and_then_its_level_before_a_sides_sum():
    """我委本级收入合计… / 我局机关支出合计… (the unit naming itself, then by its level or its organ): the side's total, as
    after 我委 or 委本级 alone."""
    assert figures("2021年我委本级收入合计3,210.55万元，本年支出合计3,188.20万元。") == [
        ("income_total", Decimal("3210.55"), 1), ("expenditure_total", Decimal("3188.2"), 1)]
    assert figures("我局机关支出合计860.4万元。") == [("expenditure_total", Decimal("860.4"), 1)]


def test_a_funds_rows_unknown_label_is_the_whole_when_it_is_the_tables_one_row_or_the_sum_of_the_others():
    """Under 年初预算数 | 全年预算数 | 全年执行数, a row whose label names no total (单位经费, 本部门合计) is the whole when
    it is the table's one row of figures, or when the other rows add up to it column by column; a table of several
    units (甲校 | 乙校, none their sum) has no whole, nor has a lone row under two columns that are not the form's."""
    head = "某县某局2022年度部门整体支出绩效自评表\n资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    items, _ = _extracted(head + "单位经费\t1,210.50\t1,305.20\t1,288.40\t98.71%\n")
    assert [x for x in items if x[0] != "other"] == [("budget_full_year", 2022, Decimal("1305.2")), ("budget_initial", 2022, Decimal("1210.5")),
                     ("expenditure_total", 2022, Decimal("1288.4"))]
    items, _ = _extracted(head + "基本支出\t800.00\t820.00\t815.00\t99.39%\n项目支出\t200.00\t260.00\t240.00\t92.31%\n"
                                 "本部门合计\t1,000.00\t1,080.00\t1,055.00\t97.69%\n")
    assert ("budget_initial", 2022, Decimal(1000)) in items and ("expenditure_total", 2022, Decimal(1055)) in items
    items, _ = _extracted(head + "甲校\t300.00\t320.00\t310.00\t96.88%\n乙校\t200.00\t210.00\t205.00\t97.62%\n"
                                 "丙校\t100.00\t110.00\t100.00\t90.91%\n")
    assert [x for x in items if x[0] != "other"] == []
    items, _ = _extracted("某县某局2022年度部门整体支出绩效自评报告\n乡镇\t分配资金（万元）\t已支付（万元）\t执行率\n"
                          "某某镇\t986.40\t948.92\t96.2%\n")
    assert [x for x in items if x[0] != "other"] == []


def test_a_row_laid_a_cell_a_line_with_its_figures_unit_in_the_figures_cell():
    """本年收入合计 | over 3,406.18万元 | (a table laid a cell a line, the figure written with its unit): the label's figure,
    as the bare figure is."""
    items, _ = _extracted("某县某局2021年度部门整体支出绩效自评报告 |\n二、收支情况 |\n本年收入合计 |\n3,406.18万元 |\n"
                          "本年支出合计 |\n3,390.02万元 |\n其中：基本支出 |\n902.40万元 |\n")
    assert [x for x in items if x[0] != "other"] == [
        ("expenditure_basic", 2021, Decimal("902.4")), ("expenditure_total", 2021, Decimal("3390.02")),
        ("income_total", 2021, Decimal("3406.18"))]


def test_a_unit_named_after_qizhong_states_its_own_figure():
    """…支出合计…，其中某某中心全年支出… / 其中：县某站支出… (one of the department's units named after 其中): that unit's
    figure, a part, not the department's spending; 其中基本支出 stays the part it names, 我局 the whole."""
    assert figures("2021年度部门支出合计2,860.00万元，其中县畜牧站全年支出410.25万元，执行率97%。") == [
        ("expenditure_total", Decimal(2860), 1), ("other", Decimal("410.25"), 1)]
    assert figures("支出合计900万元，其中：县农技中心支出120万元。")[1][0] == "other"
    assert figures("支出合计900万元，其中基本支出700万元。")[1][0] == "expenditure_basic"


def test_the_spending_of_several_units_one_after_another_is_each_units():
    """分单位看，局机关支出…，县某站支出…，县某中心支出… (a breakdown by unit in one sentence): each unit's figure, none the
    department's spending, 局机关's either; the unit's figure the others add up to is the whole."""
    text = ("2022年部门支出合计1,500.00万元。分单位看，局机关支出900.00万元，县水保站支出350.00万元，"
            "县水文监测中心支出250.00万元。")
    assert figures(text) == [("expenditure_total", Decimal(1500), 1), ("other", Decimal(900), 1),
                             ("other", Decimal(350), 1), ("other", Decimal(250), 1)]
    text = "某县水务局支出合计1,500.00万元，局机关支出900.00万元，县水保站支出350.00万元，县水文监测中心支出250.00万元。"
    assert [f[0] for f in figures(text)] == ["expenditure_total", "other", "other", "other"]


def test_a_budget_named_by_yusuan_alone_is_the_full_years_when_no_other_budget_is_stated():
    """项目预算数…，到位数…，执行数… (a budget with no 年初 / 全年 split, as a form's lone 预算数 column): the year's budget
    its spending is measured against, budget_full_year; beside a budget changed in the year (调整后预算…) it stays the
    initial one, and 预算安排 (what was arranged at the start) stays initial."""
    items, _ = _extracted("某县某局2022年度项目支出绩效自评报告\n项目预算数240万元，到位数240万元，执行数231.6万元。\n")
    assert [x for x in items if x[0] != "other"] == [
        ("budget_full_year", 2022, Decimal(240)), ("expenditure_total", 2022, Decimal("231.6"))]
    items, _ = _extracted("某县某局2022年度项目支出绩效自评报告\n项目预算数240万元，调整后预算260万元，执行数251万元。\n")
    assert ("budget_initial", 2022, Decimal(240)) in items and ("budget_full_year", 2022, Decimal(260)) in items
    items, _ = _extracted("某县某局2022年度项目支出绩效自评报告\n本项目预算安排240万元，执行数231.6万元。\n")
    assert ("budget_initial", 2022, Decimal(240)) in items


def _project_figures(text, title):
    return [(f.item, f.amount_wan_yuan) for f in settle_allocations(narrative_figures(build_document(text), title))
            if f.item != "other"]


def test_a_projects_total_investment_is_its_budget_where_no_other_is_stated():
    title = "某县2021年度村道硬化项目绩效自评报告"
    got = _project_figures("项目总投资320万元，其中省级资金200万元、县级配套120万元。实际支出318.5万元。", title)
    assert got == [("budget_full_year", Decimal("320")), ("expenditure_total", Decimal("318.5"))]
    # a stated initial budget wins: the investment is no figure of its own
    got = _project_figures("计划总投资320万元。年初预算320万元，实际支出318.5万元。", title)
    assert got == [("budget_initial", Decimal("320")), ("expenditure_total", Decimal("318.5"))]
    # a department's report: an investment is no budget of the department's
    assert [f.item for f in narrative_figures(build_document("总投资320万元。"))] == ["other"]


def test_a_four_character_project_the_title_names_with_its_end_word_is_the_reports_own():
    title = "某区水利局关于报送2021年度河道疏浚项目绩效自评报告"
    got = _project_figures("2021年河道疏浚项目预算2,400万元，实际支出2,310.5万元，预算执行率为96.3%。", title)
    assert ("expenditure_total", Decimal("2310.5")) in got
    assert any(item in ("budget_full_year", "budget_initial") and amount == Decimal("2400") for item, amount in got)


def test_a_header_naming_the_items_column_by_column_gives_the_row_below_its_items():
    """| 项目 | 合计 | 人员经费 | 公用经费 | over | 基本支出 | … |, | “三公”经费合计 | 因公出国(境)费 | … | over bare figures,
    | 项目 | 本年收入合计 | 财政拨款收入 | 上级补助收入 | over | 合计 | … |, | 年度 | 本年收入合计 | 本年支出合计 | over rows of
    years: each figure under its column's item, the row a total's, a year's or the parent of the columns' parts (its
    own figure under 合计); a part's row (工资福利支出) gives none. Pipe rows, tab rows, a cell a line."""
    head = "某县第一中学2022年度部门整体支出绩效自评报告\n二、收支情况(单位:万元)\n"
    basic = [["项目", "合计", "人员经费", "公用经费"], ["基本支出", "812.40", "700.10", "112.30"],
             ["工资福利支出", "650.00", "650.00", ""]]
    three = [["“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费"], ["6.20", "0.00", "4.50", "1.70"]]
    income = [["项目", "本年收入合计", "财政拨款收入", "上级补助收入", "其他收入"], ["合计", "930.00", "900.00", "10.00", "20.00"]]
    years = [["年度", "本年收入合计", "本年支出合计"], ["2021年", "880.50", "870.20"], ["2022年", "930.00", "925.60"]]
    for layout in ("pipe", "tab", "lines"):
        assert _extracted(head + _laid_out(basic, layout))[0] == [
            ("expenditure_basic", 2022, Decimal("812.40")), ("expenditure_personnel", 2022, Decimal("700.10")),
            ("expenditure_public", 2022, Decimal("112.30"))], layout
        assert _extracted(head + _laid_out(three, layout))[0] == [("three_public_total", 2022, Decimal("6.20"))], layout
        assert _extracted(head + _laid_out(income, layout))[0] == [
            ("income_total", 2022, Decimal("900.00")), ("income_total", 2022, Decimal("930.00"))], layout
        assert _extracted(head + _laid_out(years, layout))[0] == [
            ("expenditure_total", 2021, Decimal("870.20")), ("expenditure_total", 2022, Decimal("925.60")),
            ("income_total", 2021, Decimal("880.50")), ("income_total", 2022, Decimal("930.00"))], layout
    # a part's row right under the header: no figure of the columns' items
    assert _extracted(head + _laid_out([basic[0], basic[2]], "pipe"))[0] == []


def test_a_staff_table_above_ends_where_the_items_header_of_the_next_begins():
    """编制数 | 实有人数 over their counts, then a heading and | 项目 | 年初结转和结余 | 本年收入 | … | over | 金额 | … |:
    the staff table's rows end at the next table's header, a line of words naming items column by column, whose row
    below gives each figure its item; tab rows that end in a tab (Word's export) alike."""
    staff = [["编制数", "实有人数"], ["46", "43"]]
    funds = [["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
             ["金额", "12.30", "1,508.60", "1,492.75", "28.15"]]
    want = [("carryover_begin", 2022, Decimal("12.30")), ("carryover_end", 2022, Decimal("28.15")),
            ("expenditure_total", 2022, Decimal("1492.75")), ("income_total", 2022, Decimal("1508.60"))]
    for layout in ("pipe", "tab"):
        text = ("某县档案馆2022年度部门整体支出绩效自评报告\n一、部门基本情况\n" + _laid_out(staff, layout)
                + "二、部门预算执行情况（单位：万元）\n" + _laid_out(funds, layout))
        got, report = _extracted(text)
        assert got == want and (report["staff_authorized"], report["staff_actual"]) == (46, 43), layout
        if layout == "tab":  # a tab closing every line, the cells not moved by it
            got, _ = _extracted(text.replace("\n", "\t\n"))
            assert got == want


def test_a_fiscal_appropriations_row_gives_its_income_and_balances_not_its_spending():
    """财政拨款收入支出决算表: | 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 | over | 一般公共预算财政拨款 | … |:
    the source's 本年收入 is the 财政拨款收入 (income_total), its balances the year's; its 本年支出 (the appropriation's
    spending only) and a source's zeros are not read."""
    text = ("某县中心医院2022年度部门整体支出绩效自评报告\n财政拨款收入支出决算(单位:万元)\n"
            "| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |\n"
            "| 一般公共预算财政拨款 | 40.00 | 1,500.00 | 1,510.00 | 30.00 |\n"
            "| 政府性基金预算财政拨款 | 0.00 | 0.00 | 0.00 | 0.00 |\n")
    assert _extracted(text)[0] == [("carryover_begin", 2022, Decimal("40.00")), ("carryover_end", 2022, Decimal("30.00")),
                                   ("income_total", 2022, Decimal("1500.00"))]


def test_a_figure_the_excerpt_cut_in_a_row_left_open_is_no_figure():
    """| 本年支出合计 | 2,6 with no closing bar under rows closed by theirs, the section after it: the excerpt cut the row
    inside the figure's thousands group (no decimal comma: 2.6 had been read)."""
    text = ("某县第二小学2023年度部门整体支出绩效自评报告\n支出决算表(单位:万元)\n"
            "教育支出 | 1,402.20 |\n其他支出 | 30.18 |\n本年支出合计 | 1,4\n四、下一步工作\n加强管理。\n")
    assert [f for f in _extracted(text)[0] if f[0] == "expenditure_total"] == []
    # a row closed by its bar keeps its decimal comma
    assert _extracted(text.replace("| 1,4\n", "| 1,432,38 |\n"))[0][-1] == ("expenditure_total", 2023, Decimal("1432.38"))


def test_a_department_table_headed_by_the_bare_role_words_budget_and_final_accounts():
    """| 项目 | 预算 | 决算 | (or the year before each, 2022年预算 | 2022年决算, a table of cells spaced apart): the bare 预算 is the
    year's budget, its 合计 row's figure the full-year budget; 决算 the accounts' figures of each row's item."""
    rows = [["项目", "预算", "决算"], ["本年收入合计", "1,500.00", "1,612.40"], ["本年支出合计", "1,500.00", "1,590.25"],
            ["基本支出", "1,100.00", "1,120.75"], ["项目支出", "400.00", "469.50"]]
    want = [("budget_full_year", 2022, Decimal("1500.00")), ("expenditure_basic", 2022, Decimal("1120.75")),
            ("expenditure_project", 2022, Decimal("469.50")), ("expenditure_total", 2022, Decimal("1590.25")),
            ("income_total", 2022, Decimal("1612.40"))]
    head = "某县档案馆2022年度部门整体支出绩效自评报告\n一、部门预算收支情况（单位：万元）\n"
    for layout in ("pipe", "spaced"):
        got = [f for f in _extracted(head + _laid_out(rows, layout))[0] if f[0] != "other"]
        assert got == want, layout
        years = [["项目", "2022年预算", "2022年决算"], *rows[1:]]
        got = [f for f in _extracted(head + _laid_out(years, layout))[0] if f[0] != "other"]
        assert got == want, layout


def test_a_funds_column_named_by_its_roles_other_words():
    """实际数 (the actuals), 全年完成数 (the execution), 年初计划数 / 全年计划数 (the budgets): the funds columns of their roles."""
    head = "某县水利局2023年度项目支出绩效自评表\n"
    text = head + ("| 项目资金（万元） | 年初计划数 | 全年计划数 | 全年完成数 | 分值 | 执行率 | 得分 |\n"
                   "| 年度资金总额 | 50.00 | 60.00 | 57.30 | 10 | 95.50% | 9.55 |\n")
    assert [f for f in _extracted(text)[0] if f[0] != "other"] == [
        ("budget_full_year", 2023, Decimal("60.00")), ("budget_initial", 2023, Decimal("50.00")),
        ("expenditure_total", 2023, Decimal("57.30"))]
    text = head + "单位：万元\n| 项目 | 预算数 | 实际数 |\n| 支出合计 | 300.00 | 288.40 |\n"
    assert ("expenditure_total", 2023, Decimal("288.40")) in _extracted(text)[0]


def test_an_adjustment_column_is_told_by_the_stated_rate():
    """年初预算数 | 调整预算数 | 全年执行数 | 执行率 with no full-year column: where the spending over the initial budget plus
    the column's figure is the stated rate (300 + 40, 331.50 -> 97.50%), the column is the adjustment; where over the
    figure alone it is (300 | 340 | 331.50 | 97.50%), the full-year budget."""
    head = "某县司法局2023年度部门整体支出绩效自评表\n单位：万元\n| 资金来源 | 年初预算数 | 调整预算数 | 全年执行数 | 执行率 |\n"
    got = _extracted(head + "| 合计 | 300.00 | 40.00 | 331.50 | 97.50% |\n")[0]
    assert ("budget_adjustment", 2023, Decimal("40.00")) in got
    assert not any(f[0] == "budget_full_year" for f in got)
    got = _extracted(head + "| 合计 | 300.00 | 340.00 | 331.50 | 97.50% |\n")[0]
    assert ("budget_full_year", 2023, Decimal("340.00")) in got


def test_an_adjustment_column_under_its_other_words():
    """年中追加数 / 追加(减)数 / 预算调整 beside 年初预算数 and 全年预算数: the adjustment."""
    for word in ("年中追加数", "追加（减）数", "预算调整"):
        text = ("某县应急管理局2022年度部门整体支出绩效自评表\n单位：万元\n"
                f"| 资金来源 | 年初预算数 | {word} | 全年预算数 | 实际支出数 | 执行率 |\n"
                "| 合计 | 700.00 | 52.50 | 752.50 | 740.10 | 98.35% |\n")
        assert ("budget_adjustment", 2022, Decimal("52.50")) in _extracted(text)[0], word


def test_a_row_label_the_page_wrapped_after_its_figures():
    """年度资金 | 186.00 … then 总额 alone on the next line (a PDF's narrow label column): the row is 年度资金总额, the
    whole's; 上年结转 … over 资金, a source's."""
    text = ("某县林业局2023年度项目支出绩效自评表\n"
            "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n（万元）\n"
            "年度资金 120.00 132.00 129.36 10 98.00% 9.8\n总额\n"
            "上年结转 0 0 0 — — —\n资金\n其他资金 0 0 0 — — —\n")
    assert [f for f in _extracted(text)[0] if f[0] != "other"] == [
        ("budget_full_year", 2023, Decimal("132.00")), ("budget_initial", 2023, Decimal("120.00")),
        ("expenditure_total", 2023, Decimal("129.36"))]


def test_a_bare_yi_after_a_funds_cells_figure_is_yi_yuan():
    """| 年度资金总额 | 1.5亿 | …: 亿 alone after the figure is 亿元 as 万 alone is 万元 (15000 万元)."""
    text = ("某市交通运输局2023年度项目支出绩效自评表\n"
            "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 年度资金总额 | 1.5亿 | 1.6亿 | 1.56亿 | 10 | 97.50% | 9.75 |\n")
    assert [f for f in _extracted(text)[0] if f[0] != "other"] == [
        ("budget_full_year", 2023, Decimal("16000")), ("budget_initial", 2023, Decimal("15000")),
        ("expenditure_total", 2023, Decimal("15600"))]


def test_a_funds_block_run_together_on_short_lines():
    """A page copied from a document-sharing site, no separator at all, each line short: the header's labels back to
    back and each row's label run into its figures (the rate's row, and a part's row of amounts to two places)."""
    text = ("某县2022年度项目支出绩效自评表\n项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分\n"
            "年度资金总额64.0064.0062.721098.00%9.8\n其中：财政拨款64.0064.0062.72\n其他资金000\n")
    got = _extracted(text)[0]
    assert [f for f in got if f[0] != "other"] == [
        ("budget_full_year", 2022, Decimal("64.00")), ("budget_initial", 2022, Decimal("64.00")),
        ("expenditure_total", 2022, Decimal("62.72"))]
    assert ("other", 2022, Decimal("62.72")) in got


def test_pair_labels_over_a_row_of_figures():
    """| 计划安排资金（万元） | 实际到位资金（万元） | 实际支出（万元） | 结余（万元） | over | 90 | 90 | 86.4 | 3.6 |: each figure
    the item of the label above it (the funds received not read), no header with a label column."""
    text = ("某市2021年度财政支出项目绩效评价自评报告\n一、项目资金情况\n"
            "| 计划安排资金（万元） | 实际到位资金（万元） | 实际支出（万元） | 结余（万元） |\n| 90 | 90 | 86.4 | 3.6 |\n"
            "二、项目实施情况\n按计划完成。\n")
    assert _extracted(text)[0] == [("budget_initial", 2021, Decimal("90")), ("carryover_end", 2021, Decimal("3.6")),
                                   ("expenditure_total", 2021, Decimal("86.4"))]


def test_a_score_under_a_score_column_is_no_money():
    """| 评价对象 | 自评得分 | 评价等级 | over | 某局部门整体支出 | 92.6 | 优 |: the row's label names spending, but its figure
    stands under the score's column."""
    text = ("某市某局2021年度部门整体支出绩效自评报告\n一、评价结论\n| 评价对象 | 自评得分 | 评价等级 |\n"
            "| 某市某局部门整体支出 | 92.6 | 优 |\n二、存在问题\n无。\n")
    got, report = _extracted(text)
    assert got == [] and float(report["self_score"]) == 92.6


def test_adjusted_written_without_budget_after_the_initial_budget_is_the_years_budget():
    assert ("budget_full_year", Decimal("950"), 1) in figures("年初预算1000万元，调整后950万元，实际支出930万元，执行率97.89%。")


def test_a_projects_planned_investment_is_its_budget():
    got = _project_figures("本项目计划投资120万元，实际支出118.5万元，执行率98.75%。", "某县2023年度村道硬化项目绩效自评报告")
    assert got == [("budget_full_year", Decimal("120")), ("expenditure_total", Decimal("118.5"))]


def test_the_years_spending_after_a_clause_about_a_part_is_that_parts():
    """二是临聘人员经费占比较高，全年支出约800万元: the part the clause before opens on was spent, not the total."""
    found = figures("二是临聘人员经费占比较高，全年支出约800万元。")
    assert found and all(item != "expenditure_total" for item, _, _ in found)


def test_funds_rows_of_a_table_of_years_are_each_of_their_columns_year():
    """| 项目 | 上年数 | 本年数 | over | 全年预算数 | 900.00 | 1,000.00 |: each figure of its column's year (上年: the year
    before the report's); | 项目 | 2021年 | 2022年 |: the year written."""
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document
    for head in ("| 项目 | 上年数 | 本年数 |", "| 项目 | 2021年 | 2022年 |"):
        text = "\n".join(("某县某局2022年度部门整体支出绩效自评报告", "二、预算执行", head,
                          "| 全年预算数（万元） | 900.00 | 1,000.00 |", "| 全年执行数（万元） | 850.00 | 964.00 |"))
        got = {(b["item"], b["fiscal_year"], float(b["amount_wan_yuan"]))
               for b in extract_document(build_document(text)).budget_items}
        assert got == {("budget_full_year", 2021, 900.0), ("budget_full_year", 2022, 1000.0),
                       ("expenditure_total", 2021, 850.0), ("expenditure_total", 2022, 964.0)}, head


def test_a_rate_in_its_own_column_is_never_split_as_glued_figures():
    """| 项目支出 | 700.00 | 560.84 | 80.12% | under 全年预算数 | 全年执行数 | 执行率: a figure in every column, so 80.12% is the
    rate, not a glued run (8 | 0.1 | 2%)."""
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document
    text = "\n".join(("某区某局2021年度部门整体支出绩效自评报告", "| 支出类型 | 全年预算数（万元） | 全年执行数（万元） | 执行率 |",
                      "| 基本支出 | 500.00 | 500.00 | 100.00% |", "| 项目支出 | 700.00 | 560.84 | 80.12% |",
                      "| 合计 | 1,200.00 | 1,060.84 | 88.40% |"))
    got = {(b["item"], float(b["amount_wan_yuan"])) for b in extract_document(build_document(text)).budget_items}
    assert ("expenditure_project", 560.84) in got and ("expenditure_project", 0.1) not in got


def test_a_funds_row_named_by_its_item_under_year_columns_gives_each_years_figure():
    """| 项目 | 2022年 | 2023年 | over | 本年支出（万元） | 1,200.50 | 1,310.00 |: the row names its item; each column's figure
    is of that column's year (no figure dropped for standing in several columns)."""
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document
    text = "\n".join(("某市某局2023年度部门整体支出绩效自评报告", "一、基本情况", "| 项目 | 2022年 | 2023年 |",
                      "| 实有人数（人） | 20 | 21 |", "| 本年支出（万元） | 1,200.50 | 1,310.00 |"))
    got = {(b["item"], b["fiscal_year"], float(b["amount_wan_yuan"]))
           for b in extract_document(build_document(text)).budget_items}
    assert got == {("expenditure_total", 2022, 1200.5), ("expenditure_total", 2023, 1310.0)}


def test_a_sum_over_the_several_projects_or_funds_a_report_covers_is_its_own():
    """A summary of several projects or funds: the sentence names them counted (3个项目, 两项资金) or as those above
    (上述资金), and the figure's clause after that is a budget summed or the spending: the report's totals."""
    assert figures("我处3个项目年度预算合计450.5万元，执行430万元。") == [
        ("budget_full_year", Decimal("450.5"), 1), ("expenditure_total", Decimal(430), 1)]
    assert figures("两项资金合计下达620万元，支出600.2万元。") == [
        ("budget_full_year", Decimal(620), 1), ("expenditure_total", Decimal("600.2"), 1)]
    assert figures("本年对6个项目开展了自评，涉及预算资金98.4万元。") == [("budget_full_year", Decimal("98.4"), 1)]
    assert figures("截至年底，上述资金已支出77.1万元。") == [("expenditure_total", Decimal("77.1"), 1)]
    assert figures("本局共实施项目4个，全年预算数合计300万元，实际支出296万元。") == [
        ("budget_full_year", Decimal(300), 1), ("expenditure_total", Decimal(296), 1)]
    # the funds a check of projects covered (涉及资金 alone), a bare 支出 in a clause after a count: no summary's total
    assert [f[0] for f in figures("共抽查项目30个，涉及资金5,200万元。")] == ["other"]
    assert [f[0] for f in figures("我局实施项目3个，支出120万元。")] == ["other"]
    # one fund's figures, the fund named: not the summary's
    assert [f[0] for f in figures("（一）某某补助资金：下达40万元，支出38万元。")] == ["other", "other"]


def test_the_figures_of_an_item_of_a_numbered_list_of_funds_are_the_funds():
    """A numbered list of the projects or funds a report covers (1.某某资金：全年预算…，执行…): each item's figures are
    its fund's, not the report's budget and spending."""
    assert [f[0] for f in figures("1.农村危房改造补助资金：全年预算300万元，执行290万元。")] == ["other", "other"]
    assert [f[0] for f in figures("（二）城乡医疗救助补助：全年预算52万元，执行50万元。")] == ["other", "other"]
    assert [f[0] for f in figures("（3）农村公路养护资金：年初预算50万元，全年支出49万元。")] == ["other", "other"]
    assert [f[0] for f in figures("2.某某改造补助资金：共下达资金50万元，支出49万元。")] == ["other", "other"]
    # a part of the department's spending heading the item (“三公”经费, named by the vocabulary) stays that part
    assert [f[0] for f in figures("（三）“三公”经费：全年“三公”经费支出8.5万元。")] == ["three_public_total"]
    # the same sentence with no list item naming a fund: the report's own
    assert [f[0] for f in figures("全年预算300万元，执行290万元。")] == ["budget_full_year", "expenditure_total"]


def test_a_column_of_the_funds_issued_is_the_budget_of_its_total_row():
    """下达资金 | 执行数 | 执行率 (a summary of the funds issued): the issued funds are the budget; the 合计 row's
    figures the report's."""
    text = "\n".join([
        "序号 | 资金名称 | 下达资金(万元) | 执行数(万元) | 执行率 |",
        "1 | 某甲补助资金 | 400.00 | 390.00 | 97.5% |",
        "2 | 某乙补助资金 | 100.00 | 90.00 | 90% |",
        "合计 |  | 500.00 | 480.00 | 96% |"])
    figs, _ = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal(500)), ("expenditure_total", Decimal(480))]


def test_placeholders_of_columns_the_header_does_not_name_are_left_out_before_a_figure():
    """A summary whose score and grade columns stand before the money columns: its 合计 row's dashes are those
    columns' cells, the figures after them the money columns' (no figure shifted into the next column)."""
    text = "\n".join([
        "序号 项目名称 自评得分 等级 年初预算数 全年预算数 全年执行数 执行率",
        "1 某甲经费 90 优 20.00 25.00 24.00 96.00%",
        "2 某乙经费 85 良 10.00 10.00 9.00 90.00%",
        "合计 — — 30.00 35.00 33.00 94.29%"])
    figs, _ = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal(35)), ("budget_initial", Decimal(30)), ("expenditure_total", Decimal(33))]


def test_a_years_budget_the_one_money_column_beside_scores_is_that_years_budget():
    """项目 | 2023年预算 | 2022年度得分 | 2023年度得分: the one money column, a year's budget beside scores of two
    years, is that year's budget; its 合计 row the summary's."""
    text = "\n".join([
        "项目名称 | 2023年预算(万元) | 2022年度自评得分 | 2023年度自评得分 |",
        "某甲推广项目 | 40.0 | 88 | 92 |",
        "某乙示范项目 | 60.5 | 90 | 95 |",
        "合计 | 100.5 | — | — |"])
    figs, _ = tables_of(text)
    assert [(f.item, f.amount_wan_yuan, f.fiscal_year) for f in figs if f.item != "other"] == [
        ("budget_full_year", Decimal("100.5"), 2023)]


def test_a_summary_of_projects_with_one_money_column_after_their_names():
    """序号 | 项目名称 | 预算金额(元) | 自评得分 | 等级: a header opening its row with the items' names reads its one money
    column; the 合计 row, in 元, is the summary's budget."""
    text = "\n".join([
        "序号\t项目名称\t预算金额(元)\t自评得分\t等级",
        "1\t某甲能力提升\t1,000,000.00\t93\t优",
        "2\t某乙物资储备\t500,000.00\t88\t良",
        "合计\t\t1,500,000.00\t\t"])
    figs, _ = tables_of(text)
    assert [(f.item, f.amount_wan_yuan) for f in figs if f.item != "other"] == [("budget_full_year", Decimal(150))]


def test_a_table_of_two_years_written_a_cell_a_line_gives_each_years_figures():
    """项目 / 上年数 / 本年数 / 增减率, a cell a line (each row's cells too): no second header row grouping the
    columns; every row's figures are of their column's year."""
    lines = ["某局2023年度部门整体支出绩效自评报告 |", "|||||", "一、收支情况(单位:万元) |", "|||||"]
    for row in (("项目", "上年数", "本年数", "增减率"), ("收入合计", "500.00", "560.00", "12.00%"),
                ("支出合计", "480.00", "550.00", "14.58%")):
        lines += [c + " |" for c in row] + ["|||||"]
    figs, _ = tables_of("\n".join(lines))
    assert sorted((f.item, f.amount_wan_yuan, f.fiscal_year) for f in figs if f.item != "other") == [
        ("expenditure_total", Decimal(480), -1), ("expenditure_total", Decimal(550), None),
        ("income_total", Decimal(500), -1), ("income_total", Decimal(560), None)]


def test_a_rows_serial_number_written_a_cell_a_line_is_no_figure():
    """序号 / 项目名称 / 预算数(元) / 执行数(元), a cell a line: each row's serial number (1 / 某某项目 / …) opens the row,
    no figure of the money columns (1元 spent); the rows' figures are their projects'."""
    lines = ["附件:项目支出自评情况 |", "|||||"]
    for row in (("序号", "项目名称", "预算数(元)", "执行数(元)", "自评得分"),
                ("1", "某甲加工项目", "860,000.00", "842,300.00", "95"),
                ("2", "某乙维保项目", "130,000.00", "126,500.00", "97")):
        lines += [c + " |" for c in row] + ["|||||"]
    figs, _ = tables_of("\n".join(lines))
    assert figs and all(f.item == "other" for f in figs)
    assert not any(f.amount_raw.startswith(("1元", "2元")) for f in figs)


def test_a_funds_header_over_three_lines_its_marks_and_its_unit_on_lines_of_their_own():
    """年初预算数 | 全年预算数 | 全年执行数 | … over (A) | (B) | (B/A) over (万元) | 年度资金总额 | figures: the columns' marks
    and the rest of the group's name (年度预算 / 申请 / (万元)) are the header's, the unit opening the data row too."""
    def items(text):
        doc = build_document(text)
        return {(f.item, f.amount_wan_yuan) for f in form_figures(doc, read_forms(cell_stream(doc), doc.open_end))[0]}

    want = {("budget_initial", Decimal("80.00")), ("budget_full_year", Decimal("90.00")),
            ("expenditure_total", Decimal("85.50"))}
    for group, second in (("项目资金", "(A) (B) (B/A)"), ("年度预算", "申请 (A) (B) (B/A)"), ("年度预算", "执行情况")):
        text = ("项目支出绩效自评表\n项目名称 某某项目\n"
                f"{group} 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n{second}\n"
                "(万元) 年度资金总额 80.00 90.00 85.50 10 95.0% 9.5\n"
                "其中:当年财政拨款 80.00 90.00 85.50 — — —\n")
        assert want <= items(text), second


def test_a_staff_and_money_header_broken_over_two_lines_and_the_groups_unit_left_on_the_data_row():
    """编制人数 | 实有 | 年度预算 | 年初预算数 | … over (人) | 人数 | 执行情况 | (万元) | … over 30 | 27 | (万元) | 500.00 | …: the second
    line completes the labels above (实有人数) and names their units; the group's unit left between the row's figures
    is no row label."""
    from pipelines.extract import extract_document

    text = ("某某县某某局2022年度部门整体支出绩效自评表\n部门名称 某某县某某局\n"
            "编制人数 实有 年度预算 年初预算数 全年预算数 全年执行数 执行率\n"
            "(人) 人数 执行情况 (万元) (万元) (万元)\n"
            "30 27 (万元) 500.00 560.00 550.00 98.21%\n")
    out = extract_document(build_document(text))
    assert (out.report["staff_authorized"], out.report["staff_actual"]) == (30, 27)
    items = {(b["item"], b["amount_wan_yuan"]) for b in out.budget_items}
    assert {("budget_initial", Decimal("500.00")), ("budget_full_year", Decimal("560.00")),
            ("expenditure_total", Decimal("550.00"))} <= items
    # the unit alone between the figures: the row is read the same
    out = extract_document(build_document(text.replace("(人) 人数 执行情况 (万元) (万元) (万元)\n", "")
                                          .replace(" 实有 ", " 实有人数 ")))
    assert (out.report["staff_authorized"], out.report["staff_actual"]) == (30, 27)
    assert ("budget_full_year", Decimal("560.00")) in {(b["item"], b["amount_wan_yuan"]) for b in out.budget_items}


def test_labels_over_figures_the_rows_opening_on_a_groups_name_and_its_unit():
    """支出结构 | 基本支出 | 人员经费 | 公用经费 | 项目支出 over (万元) | 300.50 | 250.20 | 50.30 | 99.50 (or the name's halves, 支出 over
    结构): each figure under its label, the group's cells no item."""
    from pipelines.extract import extract_document

    want = {("expenditure_basic", Decimal("300.50")), ("expenditure_personnel", Decimal("250.20")),
            ("expenditure_public", Decimal("50.30")), ("expenditure_project", Decimal("99.50"))}
    for top, below in (("支出结构", "(万元)"), ("支出", "结构")):
        text = ("某某县某某局2022年度部门整体支出绩效自评表\n部门名称 某某县某某局\n"
                f"{top} 基本支出 人员经费 公用经费 项目支出\n{below} 300.50 250.20 50.30 99.50\n")
        got = {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items}
        assert want <= got, top
    # a figure opening the row is no group's cell: the row is not read shifted
    text = ("某某县某某局2022年度部门整体支出绩效自评表\n部门名称 某某县某某局\n"
            "合计 基本支出 人员经费 公用经费 项目支出\n400.00 300.50 250.20 50.30 99.50\n")
    got = {(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items}
    assert ("expenditure_basic", Decimal("250.20")) not in got


def test_a_transfer_forms_rows_by_source_with_no_total_row_give_no_whole():
    """中央财政资金 | 地方资金 | 其他资金 with no 年度资金总额 row: with two sources holding figures the first is one
    source among others, no budget or spending of the funds and no rate of theirs; the central funds alone (the other
    sources left empty) are the whole."""
    from pipelines.extract.report_fields import execution_rate_evidence
    parts = ("资金情况（万元） | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n"
             "中央财政资金 | 640 | 640 | 100% |\n地方资金 | 90 | 72 | 80% |\n其他资金 | | | |\n")
    doc = build_document(parts)
    money, facts = form_figures(doc, read_forms(cell_stream(doc), doc.open_end))
    assert not [f for f in money if f.item in ("budget_full_year", "expenditure_total")]
    assert execution_rate_evidence(doc, facts, "project") is None
    alone = ("资金情况（万元） | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n"
             "中央财政资金 | 640 | 620 | 96.88% |\n地方资金 | | | |\n其他资金 | | | |\n")
    doc = build_document(alone)
    money, facts = form_figures(doc, read_forms(cell_stream(doc), doc.open_end))
    assert sorted((f.item, f.amount_wan_yuan) for f in money if f.item != "other") == [
        ("budget_full_year", Decimal(640)), ("expenditure_total", Decimal(620))]
    assert execution_rate_evidence(doc, facts, "project").value == 96.88


def test_the_part_of_last_years_balance_used_is_no_opening_balance():
    """执行数超出预算系动用上年结转资金3万元 / 含使用上年结转资金57.40万元: what the year spent of the balance brought forward,
    not the balance itself (年初结转和结余); 上年结转资金12万元 alone still is."""
    assert [f[0] for f in figures("全年执行数63万元，执行数超出预算系动用上年结转资金3万元。")] == ["expenditure_total", "other"]
    assert "carryover_begin" not in [f[0] for f in figures("全年支出4577.4万元，含使用上年结转资金57.40万元。")]
    assert figures("上年结转资金12万元。")[0][:2] == ("carryover_begin", Decimal(12))


def test_a_parts_word_inside_the_projects_name_is_no_label_of_its_figures():
    """A project form whose 项目名称 holds a part's word (某某公用经费补助资金): 拨付公用经费… in its sentences speaks of
    the project's funds by its name, no 公用经费 of a department's spending."""
    from pipelines.extract import extract_document
    text = ("某县2023年度项目支出绩效自评表\n"
            "| 项目名称 | 农村学校公用经费补助资金 | | | |\n"
            "| 主管部门 | 某县教育局 | 实施单位 | 某县教育局 | |\n"
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
            "| 年度资金总额 | 850 | 900 | 880 | 97.78% |\n"
            "| 年度总体目标 | 预期目标 | 实际完成情况 | | |\n"
            "| | 按标准拨付学校运转经费。 | 全年拨付公用经费880万元，保障学校正常运转。 | | |\n")
    got = [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items
           if b["item"] != "other"]
    assert got == [("budget_initial", Decimal(850)), ("budget_full_year", Decimal(900)),
                   ("expenditure_total", Decimal(880))]


def _settled(text, year=2023):
    from pipelines.extract.budget import settle_source_budgets
    return [(f.item, f.amount_wan_yuan) for f in settle_source_budgets(narrative_figures(build_document(text)), year)]


def test_a_budget_named_by_its_source_of_funds_is_the_stages_unless_the_wholes_budget_is_stated():
    """财政拨款年初预算…，调整增加…，全年预算…，全年执行…: the stage words decide the figures, the appropriation being the
    only budget the page states (全年财政拨款实际执行… too); beside the whole's budget (全年预算数…。其中：财政拨款全年预算数…，
    执行数…) the source's figures are a part, ``other``."""
    assert _settled("财政拨款年初预算500.00万元，年中调整增加60.00万元，全年预算560.00万元，全年执行548.00万元，"
                    "预算执行率97.86%。") == [("budget_initial", Decimal(500)), ("budget_adjustment", Decimal(60)),
                                          ("budget_full_year", Decimal(560)), ("expenditure_total", Decimal(548))]
    assert _settled("2023年财政拨款全年预算数420万元，其中基本支出300万元。全年财政拨款实际执行415万元。") == [
        ("budget_full_year", Decimal(420)), ("other", Decimal(300)), ("expenditure_total", Decimal(415))]
    assert _settled("全年预算数800万元，全年执行数780万元。其中：财政拨款全年预算数700万元，执行数690万元。") == [
        ("budget_full_year", Decimal(800)), ("expenditure_total", Decimal(780)), ("other", Decimal(700)),
        ("other", Decimal(690))]


def test_a_budget_whose_note_says_it_holds_the_years_changes_is_the_full_years():
    """部门预算批复数…万元（含年中追加） / 预算数（含调整）…: the budget after the year's changes, the full year's; a budget
    said to be 年初 keeps its word."""
    assert figures("2023年部门预算批复数320.50万元（含年中追加），实际支出300.10万元。")[:2] == [
        ("budget_full_year", Decimal("320.50"), 1), ("expenditure_total", Decimal("300.10"), 1)]
    assert figures("部门预算数（含调整）150万元。")[0][:2] == ("budget_full_year", Decimal(150))
    assert figures("年初预算100万元（含追加）。")[0][:2] == ("budget_initial", Decimal(100))


def test_a_sides_grand_total_row_under_a_budget_and_execution_header_is_that_sides():
    """年度收入总计 | 预算数 | 执行数 | 执行率 over 年度支出总计 | …: the row's label, not its place under the header, says
    what its figures are: the income row's executed figure the income (its rate no execution rate), the appropriation
    under it (其中：财政拨款) the appropriation's income, the spending row the budget, the spending and the rate; in a table
    holding the balances carried over, 收入总计 / 支出总计 add them, no figure of the year's."""
    text = ("某县文化馆2021年度部门整体支出绩效自评表\n单位：万元\n项目\t预算数\t执行数\t执行率\n"
            "年度收入总计\t640.00\t640.00\t100%\n其中：财政拨款\t600.00\t600.00\t100%\n其他资金\t40.00\t40.00\t100%\n"
            "年度支出总计\t640.00\t612.80\t95.75%\n其中：基本支出\t410.00\t410.00\t100%\n项目支出\t230.00\t202.80\t88.17%\n")
    figs, facts = tables_of(text)
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal(640)), ("expenditure_basic", Decimal(410)), ("expenditure_project", Decimal("202.80")),
        ("expenditure_total", Decimal("612.80")), ("income_total", Decimal(600)), ("income_total", Decimal(640))]
    assert facts.execution_rates[0][0] == 95.75
    figs, facts = tables_of("项目\t预算数\t执行数\t执行率\n收入总计\t300.00\t300.00\t100%\n支出总计\t300.00\t288.00\t96%\n")
    assert sorted((f.item, f.amount_wan_yuan) for f in figs if f.item != "other") == [
        ("budget_full_year", Decimal(300)), ("expenditure_total", Decimal(288)), ("income_total", Decimal(300))]
    assert [r for r, _ in facts.execution_rates] == [96.0]
    figs, _ = tables_of("| 项目 | 决算数 | 项目 | 决算数 |\n| 本年收入合计 | 500 | 本年支出合计 | 480 |\n"
                        "| 年初结转和结余 | 20 | 年末结转和结余 | 40 |\n| 收入总计 | 520 | 支出总计 | 520 |\n")
    assert ("other", Decimal(520)) in [(f.item, f.amount_wan_yuan) for f in figs]
    assert all(f.amount_wan_yuan != 520 for f in figs if f.item != "other")


def test_the_units_general_budget_income_summed_is_its_income():
    """我镇一般公共预算收入总计… / 本单位一般公共预算收入合计…: the unit naming itself before the general budget whose income it
    sums states its income; said without the unit (a township's may be its area's fiscal revenue) or of an area (全镇) it
    stays ``other``."""
    assert figures("2020年度我镇一般公共预算收入总计800万元，其中上级补助收入500万元。")[0] == (
        "income_total", Decimal(800), 1)
    assert figures("本单位一般公共预算收入合计800万元。")[0][:2] == ("income_total", Decimal(800))
    assert figures("2020年度一般公共预算收入合计800万元。")[0][:2] == ("other", Decimal(800))
    assert figures("全镇一般公共预算收入总计800万元。")[0][:2] == ("other", Decimal(800))


def test_a_projects_funds_spent_said_verb_first_are_its_spending():
    """In a project's report, 累计支出某某补助资金… / 全省已支出…资金… (the verb, then the funds it names, then the amount) is
    its spending, the area the report's funds cover before it at most; a bare 支出 after the area is no such phrase."""
    from pipelines.extract import extract_document
    got = lambda text: [(b["item"], b["amount_wan_yuan"]) for b in extract_document(build_document(text)).budget_items]
    title = "某省2021年度职业培训补助资金绩效自评报告\n一、资金情况\n"
    assert got(title + "全省职业培训补助资金全年预算数为3.2亿元。截至年底，全省累计支出职业培训补助资金3.1亿元。\n") == [
        ("budget_full_year", 32000), ("expenditure_total", 31000)]
    assert got(title + "全年预算数为900万元。截至年底，已支出补助资金860万元。\n") == [
        ("budget_full_year", 900), ("expenditure_total", 860)]


def test_the_years_budget_set_against_the_initial_one_is_the_adjustment():
    """调整后预算较年初增加… / 全年预算数比年初预算减少…: the change the year made to the budget (a fall, negative); a part's
    or a cost's set against its budget (三公经费…，较年初预算减少…) is none."""
    assert figures("年初预算500万元，年中追加防疫经费，调整后预算较年初增加60万元，实际支出550万元。") == [
        ("budget_initial", Decimal(500), 1), ("budget_adjustment", Decimal(60), 1), ("expenditure_total", Decimal(550), 1)]
    assert figures("2021年全年预算数比年初预算减少20.5万元。") == [("budget_adjustment", Decimal("-20.5"), 1)]
    assert figures("“三公”经费支出8万元，较年初预算减少1万元。") == [
        ("three_public_total", Decimal(8), 1), ("other", Decimal(1), 1)]


def test_the_years_budget_summed_after_its_sources_wins_over_the_first_allocation():
    """省级下达…，县级配套…，全年预算合计… : the budget summed (全年预算合计 / 年初预算资金总计: the budget's own words before
    a sum) is that budget, and the allocation listed first one of its sources; the funds named before their sum closing
    such a list (资金合计…) are the sum of the sources, as 合计 alone is."""
    assert settled("2023年省级下达助学资金150万元，县级配套60万元，全年预算合计210万元。实际支出205万元。") == [
        ("budget_full_year", Decimal(210)), ("expenditure_total", Decimal(205))]
    assert figures("年初预算资金总计88万元。")[0][:2] == ("budget_initial", Decimal(88))
    assert figures("基本支出全年预算合计40万元。")[0][:2] == ("other", Decimal(40))
    assert [f[:2] for f in figures("省级下达助学资金150万元，县级配套60万元，资金合计210万元。")] == [
        ("other", Decimal(150)), ("other", Decimal(60)), ("budget_full_year", Decimal(210))]
    # (not the sum of the sources listed: no sum of theirs, the allocation first stays)
    assert [f[0] for f in figures("省级下达助学资金150万元，县级配套60万元，资金合计230万元。")] == [
        "budget_full_year", "other", "other"]


def test_funds_paid_out_and_spent_are_the_spending():
    """已拨付支出… (拨付 closed by 支出: paid out and spent) is the spending, as 已支出; 已拨付 alone (funds passed on)
    is none."""
    assert settled("项目总投资600万元，资金全部到位，已拨付支出570万元，结余资金30万元。") == [
        ("expenditure_total", Decimal(570)), ("carryover_end", Decimal(30))]
    assert figures("已拨付资金570万元。")[0][0] == "other"


def test_a_public_institutions_appropriation_income_is_named_caizheng_buzhu():
    """A hospital's or school's accounts name the appropriation's income 财政补助收入: income_total, as 财政拨款收入 (上级补助
    收入, money from the unit above, is none)."""
    assert figures("2022年医院总收入3.2亿元，其中财政补助收入0.45亿元、医疗收入2.6亿元。") == [
        ("income_total", Decimal(32000), 1), ("income_total", Decimal(4500), 1), ("other", Decimal(26000), 1)]
    assert figures("上级补助收入12万元。")[0][0] == "other"


def test_another_sources_spending_and_an_areas_total_income_are_no_totals():
    """其中：财政拨款支出…，其他资金支出…: the spending of the sources besides the appropriation is a part (no code); 旅游总收入
    is an area's economy, no unit's income, while 医院总收入 and 本年度总收入 are the unit's."""
    got = figures("2023年全年执行数820.00万元。其中：财政拨款支出700.00万元，其他资金支出120.00万元；自筹资金支出5.00万元。")
    assert [(i, a) for i, a, _ in got] == [("expenditure_total", Decimal("820.00")), ("expenditure_total", Decimal("700.00")),
                                           ("other", Decimal("120.00")), ("other", Decimal("5.00"))]
    assert classify_label("全县实现旅游总收入", None)[0] == "other"
    assert classify_label("2022年度医院总收入", None)[0] == "income_total"
    assert classify_label("本年度总收入", None)[0] == "income_total"
