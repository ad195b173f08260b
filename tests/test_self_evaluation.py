"""Which documents are performance self-evaluations: by their words, their forms or their account."""

from pipelines.normalise import build_document
from pipelines.process import not_a_self_evaluation


def problem(text):
    return not_a_self_evaluation(build_document(text))


def test_a_report_that_calls_itself_a_self_evaluation():
    assert problem("某县统计局2023年度部门整体支出绩效自评报告\n一、基本情况") is None


def test_a_title_spread_over_its_width_still_says_it():
    """``2 0 2 2 年 度 … 绩 效 自 评 报 告`` (a PDF's title with a space between its characters): the words are
    there once the spaces go, as they are in every field the rules read."""
    assert problem("某 县 民 政 局\n2 0 2 2 年 度 部 门 整 体 支 出 绩 效 自 评 报 告\n一、部门基本情况\n"
                   "本部门编制人数18人。") is None
    assert problem("某 县 民 政 局\n2 0 2 2 年 度 部 门 决 算 公 开\n一、部门基本情况\n本部门编制人数18人。") is not None


def test_a_report_on_its_spending_named_a_performance_report():
    # (部门整体支出绩效报告: the unit's account of its spending, the self-evaluation by another name; the page's
    # first lines need not say 自评)
    assert problem("某县财政局2022年度部门整体支出绩效报告\n一、基本情况\n2022年支出合计320万元。") is None
    assert problem("某县某项目2023年度项目支出绩效报告\n项目资金320万元。") is None
    for title in ("某县某局2022年度部门绩效报告", "某县某局2022年度项目资金绩效评估报告", "某县某局2022年度项目绩效自查报告",
                  "某县某局2022年度预算执行及绩效情况报告", "某县某局关于2022年度项目支出绩效的报告",
                  "某县某局2022年度项目支出绩效目标执行情况表"):
        assert problem(title + "\n一、基本情况\n2022年支出合计320万元。") is None, title
    # a budget disclosure's plans for appraising its staff (绩效考评) say nothing of how its spending performed
    assert problem("某县某局2024年度部门预算公开\n完善绩效考评机制。\n本年收入合计 | 500") is not None


def test_an_indicator_table_with_results_without_the_word():
    text = "\n".join([
        "某某疫苗接种补助项目(2022年度)",
        "绩效指标 | 一级 指标 |",
        "二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因 |",
        "产出指标 | 数量指标 | 接种人次 | ≥500人次 | 520人次 | |",
    ])
    assert problem(text) is None


def test_a_funds_table_with_execution_without_the_word():
    text = "\n".join([
        "项目资金(万元) |", "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) |",
        "年度资金总额: | 120.5 | 118 | 97.93% |",
    ])
    assert problem(text) is None


def test_an_account_of_how_the_funds_performed():
    text = ("一、预算单位基本情况\n本中心编制30人。\n二、预算收支情况\n2021年收入900万元。\n"
            "三、资金使用及绩效情况\n(一)整体支出绩效情况\n全年完成监测任务12次。")
    assert problem(text) is None
    assert problem("二、绩效目标完成情况分析\n全年培训农民300人次。") is None


def test_a_budget_disclosure_with_a_goals_table_is_rejected_with_a_reason():
    text = "\n".join([
        "某省某某厅2024年度部门预算公开",
        "一、收支预算总表 单位:万元",
        "本年收入合计 | 5,000.00 | 本年支出合计 | 5,000.00",
        "十四、预算绩效目标设置情况说明",
        "2024年本部门共3个项目实行绩效目标管理,涉及财政性资金合计800万元。",
        "项目支出绩效目标表",
        "一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "产出指标 | 数量指标 | 培训人次 | ≥200人次 |",
        "效益指标 | 社会效益指标 | 群众满意度 | ≥90% |",
    ])
    reason = problem(text)
    assert reason.startswith("not a performance self-evaluation report")
    assert "部门预算" in reason and "实际完成值" in reason


def test_a_final_accounts_disclosure_without_results_is_rejected():
    text = "某县某某局2022年度部门决算\n收入支出决算总表\n本年收入合计 | 300.5\n本年支出合计 | 298.1\n预算执行数 | 298.1"
    assert "决算" in problem(text)


def test_last_years_result_beside_the_targets_is_not_a_result_column():
    text = "某某局2025年度部门预算\n一级指标 | 二级指标 | 三级指标 | 指标值 | 上年实际完成值 |\n产出指标 | 数量指标 | 巡查次数 | ≥12次 | 12次 |"
    assert problem(text) is not None


def test_the_self_evaluation_by_its_other_names():
    # (绩效自我评价, a 绩效目标自查表, how far the goals were met: 绩效目标实现程度)
    for title in ("某县某局2021年度部门整体支出绩效自我评价", "项目支出绩效目标自查表\n(2022年度)",
                  "某县某局关于2022年度项目资金绩效目标实现程度的总结", "某县某局2022年度部门整体支出绩效白评报告"):
        assert problem(title + "\n一、基本情况\n本局编制人数20人。") is None, title


def test_a_continuation_page_of_a_self_evaluation_form():
    """A page that opens past the form's title and header still has the rows only a self-evaluation form has:
    the 总分 row (100 points, the score got) and the reasons a goal was missed."""
    rows = ["| 产出指标 | 数量指标 | 修缮校舍面积 | ≥800平方米 | 860平方米 | 20 | 20 |",
            "| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 93% | 10 | 9 |"]
    assert problem("\n".join(rows + ["| 总分 | | | | | 100 | 95 |"])) is None
    assert problem("\n".join(rows + ["| 偏差大或目标未完成原因分析 | 雨季影响工期。 |"])) is None
    assert problem("\n".join(rows + ["| 改进措施及结果应用方案 | 加强进度管理。 |"])) is None
    assert problem("\n".join(rows + ["注:偏差原因分析及改进措施栏填写未达标的理由。"])) is None
    # the rows alone, or a 总分 that is no score row, say nothing
    assert problem("\n".join(rows)) is not None
    assert problem("\n".join(rows + ["考试总分由三部分构成。"])) is not None


def test_a_monitoring_report_is_rejected_though_its_funds_table_has_execution():
    text = "\n".join([
        "某县某局2023年项目支出绩效运行监控表",
        "项目资金(万元) | 年初预算数 | 1-6月执行数 | 执行率 |",
        "年度资金总额 | 200 | 96.5 | 48.25% |",
        "二、绩效目标执行情况:预计年底能完成。",
    ])
    reason = problem(text)
    assert reason is not None and "监控" in reason
    # a self-evaluation that says so is one, though its head speaks of monitoring
    assert problem("某县某局2023年度项目支出绩效自评报告\n一、绩效监控情况\n全年开展监控2次。") is None
    # nor is a section on monitoring in an account of how the funds performed
    assert problem("某县某局2023年度部门整体支出绩效情况\n一、绩效监控情况\n全年开展监控2次。") is None
