"""A department's report read apart from the project forms it attaches (pipelines/extract/parts.py)."""

from pipelines.extract import extract_document
from pipelines.normalise import build_document


def _extract(*lines):
    return extract_document(build_document("\n".join(lines)))


def _project_form(name, unit, budget, spent, rate, scores, total):
    return [
        f"| 项目名称 | {name} | | | | | |",
        f"| 主管部门 | 示例县农业农村局 | | 实施单位 | {unit} | | |",
        "| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        f"| | 年度资金总额 | {budget} | {budget} | {spent} | 10 | {rate} | 9 |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        f"| 产出指标 | 数量指标 | 培训农户人数 | ≥300人 | 320人 | 50 | {scores[0]} |",
        f"| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 93% | 40 | {scores[1]} |",
        f"| 总分 | | | | | 100 | {total} |",
    ]


DEPARTMENT_TEXT = [
    "示例县农业农村局2023年度部门整体支出绩效自评报告",
    "一、部门基本情况",
    "我局核定编制30名，实有人员28人。",
    "二、预算执行情况",
    "2023年度全年预算数800.00万元，全年执行数760.00万元，预算执行率95.00%。",
    "三、自评结论",
    "经自评，我局2023年度部门整体支出绩效自评得分为91.5分，评价等级为良。",
    "",
]


def test_attached_project_form_gives_no_report_field_but_keeps_its_rows():
    """附件：项目支出绩效自评表 after the department's text: the form's 总分, 执行率 and funds row are the
    project's; the report's score, rate and grade are the text's. The form's indicators and money are kept, its
    money as ``other``: the project's funds, not the department's."""
    ex = _extract(*DEPARTMENT_TEXT, "附件：项目支出绩效自评表", "",
                  "项目支出绩效自评表", "（2023年度）",
                  *_project_form("农技推广补助资金", "示例县农技推广站", "120.00", "105.60", "88%", (50, 40), 99))
    r = ex.report
    assert (r["self_score"], r["grade"], r["budget_execution_rate_pct"]) == (91.5, "良", 95.0)
    assert r["department"] == "示例县农业农村局"
    assert (r["budget_execution_weight"], r["budget_execution_score"]) == (None, None)
    assert [i["name"] for i in ex.indicators] == ["培训农户人数", "农户满意度"]
    assert {(b["item"], float(b["amount_wan_yuan"])) for b in ex.budget_items} >= {("other", 120.0), ("other", 105.6)}
    assert ("budget_full_year", 120.0) not in {(b["item"], b["amount_wan_yuan"]) for b in ex.budget_items}


def test_department_form_then_project_forms():
    """表1 部门整体支出绩效自评表 then 表2 项目支出绩效自评表: the department is the 部门名称 of the first
    form, not the 实施单位 of a project's form after it."""
    ex = _extract("示例县农业农村局2023年度绩效自评表", "", "表1 部门整体支出绩效自评表",
                  "| 部门名称 | 示例县农业农村局 | | | | | |",
                  "| 年度预算资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                  "| | 年度资金总额 | 700.00 | 800.00 | 760.00 | 10 | 95% | 9.5 |",
                  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                  "| 产出指标 | 数量指标 | 高标准农田建设面积 | ≥2万亩 | 2.1万亩 | 90 | 84 |",
                  "| 总分 | | | | | 100 | 93.5 |", "",
                  "表2 项目支出绩效自评表",
                  *_project_form("农技推广补助资金", "示例县农技推广站", "120.00", "105.60", "88%", (50, 40), 99))
    r = ex.report
    assert r["department"] == "示例县农业农村局"
    assert (r["self_score"], r["budget_execution_rate_pct"]) == (93.5, 95.0)


# 附件1 a project's form, then 附件2 the department's own form with its 总分 row
_PROJECT_THEN_DEPARTMENT_FORM = (
    "示例县农业农村局2023年度部门整体支出绩效自评报告", "我局全面完成了年度工作任务。", "",
    "附件1", "项目支出绩效自评表",
    *_project_form("农技推广补助资金", "示例县农技推广站", "120.00", "105.60", "88%", (50, 40), 99), "",
    "附件2", "部门整体支出绩效自评表",
    "| 部门名称 | 示例县农业农村局 | | | | | |",
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "| 产出指标 | 数量指标 | 高标准农田建设面积 | ≥2万亩 | 2.1万亩 | 100 | 92 |",
    "| 总分 | | | | | 100 | 92 |")


def test_department_form_after_the_project_forms_is_the_reports():
    """附件1 项目支出绩效自评表, then 附件2 部门整体支出绩效自评表: the department's own form resumes the
    report, and its 总分 is the report's, not the project form's before it."""
    ex = _extract(*_PROJECT_THEN_DEPARTMENT_FORM)
    assert ex.report["self_score"] == 92.0
    assert ex.report["department"] == "示例县农业农村局"


def test_several_project_forms_the_first_is_the_reports():
    """A file of several projects' forms (附表1, 附表2): the report's unit is the first form's (its 主管部门
    when its 实施单位 names several units), not the 实施单位 of a later form."""
    ex = _extract("示例县农业农村局2023年度项目支出绩效自评表", "", "附表1", "项目支出绩效自评表",
                  *_project_form("农技推广补助资金", "各乡镇农技站", "120.00", "105.60", "88%", (50, 40), 90), "",
                  "附表2", "项目支出绩效自评表",
                  *_project_form("耕地保护补贴资金", "示例县耕地保护中心", "60.00", "60.00", "100%", (50, 40), 100))
    r = ex.report
    assert r["department"] == "示例县农业农村局"
    assert (r["self_score"], r["budget_execution_rate_pct"]) == (90.0, 88.0)
    assert len(ex.indicators) == 4


def test_no_attached_form_is_seen_where_there_is_none():
    """A cover's 项目名称：…部门整体支出 names the department; a project written on a cover and again on its
    form is one project: nothing is set apart, the form's total is the report's."""
    ex = _extract(*DEPARTMENT_TEXT[:1], "项目名称：示例县农业农村局部门整体支出", "",
                  "| 部门名称 | 示例县农业农村局 | | | | | |",
                  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                  "| 产出指标 | 数量指标 | 高标准农田建设面积 | ≥2万亩 | 2.1万亩 | 100 | 92 |",
                  "| 总分 | | | | | 100 | 92 |")
    assert ex.report["self_score"] == 92.0
    ex = _extract("示例县农技推广站2023年度项目支出绩效自评表", "项目名称：农技推广补助资金", "",
                  *_project_form("农技推广补助资金（2023年）", "示例县农技推广站", "120.00", "105.60", "88%",
                                 (50, 40), 90))
    assert (ex.report["self_score"], ex.report["budget_execution_rate_pct"]) == (90.0, 88.0)
    assert ex.report["department"] == "示例县农技推广站"


def test_the_reports_text_resumes_below_an_attached_form():
    """A form attached in the middle of the text (三、项目自评情况 / the form / 四、自评结论…): the report's
    numbered section after it is the report's own again, its score the report's."""
    ex = _extract(*DEPARTMENT_TEXT[:5], "三、重点项目自评情况", "项目支出绩效自评表",
                  *_project_form("农技推广补助资金", "示例县农技推广站", "120.00", "105.60", "88%", (50, 40), 99), "",
                  "四、自评结论", "经自评，我局2023年度部门整体支出绩效自评得分为91.5分，评价等级为良。")
    assert (ex.report["self_score"], ex.report["budget_execution_rate_pct"]) == (91.5, 95.0)


def test_a_project_named_in_the_text_or_the_departments_budget_is_no_attached_form():
    """项目名称：某工程 on a line of the text opens no form (no block is read after it); 项目名称 | 某局部门预算
    names the department's own budget: the form is the report's."""
    ex = _extract(*DEPARTMENT_TEXT[:5], "项目名称：高标准农田建设工程", "全年完成建设2.1万亩。",
                  "经自评，我局2023年度部门整体支出绩效自评得分为91.5分，评价等级为良。")
    assert (ex.report["self_score"], ex.report["grade"]) == (91.5, "良")
    ex = _extract(*DEPARTMENT_TEXT[:1], "| 项目名称 | 示例县农业农村局2023年部门预算 | | | | | |",
                  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                  "| 产出指标 | 数量指标 | 高标准农田建设面积 | ≥2万亩 | 2.1万亩 | 100 | 92 |",
                  "| 总分 | | | | | 100 | 92 |")
    assert ex.report["self_score"] == 92.0


def test_indicator_totals_are_the_reports_own_forms():
    """The 总分 row of an attached project form totals that project's indicators: the report's
    indicator_total_weight / _score are its own form's, or none when its own part has no total row."""
    ex = _extract(*DEPARTMENT_TEXT, "附件：项目支出绩效自评表", "", "项目支出绩效自评表",
                  *_project_form("农技推广补助资金", "示例县农技推广站", "120.00", "105.60", "88%", (50, 40), 99))
    assert (ex.report["indicator_total_weight"], ex.report["indicator_total_score"]) == (None, None)
    ex = _extract(*_PROJECT_THEN_DEPARTMENT_FORM)
    assert (ex.report["indicator_total_weight"], ex.report["indicator_total_score"]) == (100.0, 92.0)
    assert len(ex.indicators) == 3  # every form's indicators are still the report's rows


def test_a_project_form_after_the_department_form_states_no_department_money():
    """部门整体支出绩效自评表 then a 项目支出绩效自评表 on the same page: the project's 年度资金总额 row is the project's
    funds (``other``); the department's row keeps its items."""
    ex = _extract("示例县林业局2023年度绩效自评表", "部门整体支出绩效自评表",
                  "| 部门名称 | 示例县林业局 | | | | | |",
                  "| 年度预算资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                  "| | 年度资金总额 | 610.00 | 640.00 | 620.00 | 10 | 96.88% | 9.7 |",
                  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                  "| 产出指标 | 数量指标 | 植树造林面积 | ≥500亩 | 520亩 | 90 | 90 |",
                  "| 总分 | | | | | 100 | 99.7 |",
                  "项目支出绩效自评表",
                  *_project_form("森林防火补助资金", "示例县林业局", "75.00", "70.00", "93.33%", (50, 40), 98))
    items = {(b["item"], float(b["amount_wan_yuan"])) for b in ex.budget_items}
    assert {("budget_initial", 610.0), ("budget_full_year", 640.0), ("expenditure_total", 620.0)} <= items
    assert {("other", 75.0), ("other", 70.0)} <= items
    assert not any(item != "other" and amount in (75.0, 70.0) for item, amount in items)


# the end of another unit's report opening a page of a compiled file: its last sentences, signature and date
OTHER_REPORTS_END = [
    "（三）预算执行情况。全年预算执行率为90.20%。",
    "四、自评结论",
    "经自评，样例县文化广电旅游局2022年度部门整体支出绩效自评得分为81分，评价等级为“中”。",
    "样例县文化广电旅游局",
    "2023年4月18日",
    "",
]


def test_another_reports_end_before_the_title_gives_no_report_field():
    """A page opening with the end of the report before it (its score, grade and rate, signed by another unit and
    dated), then this report's title: the score, grade and rate are this report's, read below its title."""
    ex = _extract(*OTHER_REPORTS_END,
                  "样例县卫生健康局", "2022年度部门整体支出绩效自评报告",
                  "一、部门整体支出情况",
                  "全年预算数600.00万元，全年执行数582.00万元，预算执行率97.00%。",
                  "二、自评结论",
                  "本局2022年度部门整体支出绩效自评得分为93分，评价等级为“优”。")
    r = ex.report
    assert r["department"] == "样例县卫生健康局"
    assert (r["self_score"], r["grade"], r["budget_execution_rate_pct"]) == (93.0, "优", 97.0)


def test_another_reports_end_before_a_department_form_gives_none_of_its_fields():
    """The end of another unit's report, then a department's form with no title of its own, its unit in 填报单位: the
    form's total and rate are the report's, and the other report's grade is no grade of this one."""
    ex = _extract(*OTHER_REPORTS_END,
                  "部门整体支出绩效自评表", "（2022年度）", "填报单位：样例县卫生健康局",
                  "| 年度预算资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                  "| | 年度资金总额 | 500.00 | 600.00 | 582.00 | 10 | 97% | 9.7 |",
                  "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                  "| 产出指标 | 数量指标 | 家庭医生签约人数 | ≥5000人 | 5230人 | 90 | 86 |",
                  "| 总分 | | | | | 100 | 95.7 |")
    r = ex.report
    assert r["department"] == "样例县卫生健康局"
    assert (r["self_score"], r["grade"], r["budget_execution_rate_pct"]) == (95.7, None, 97.0)
    # the form laid out on one line, its unit on its heading's line
    ex = _extract(*OTHER_REPORTS_END,
                  "部门整体支出绩效自评表 （2022年度） 填报单位：样例县卫生健康局 单位：万元 年度预算资金 年初预算数 全年预算数"
                  " 全年执行数 分值 执行率 得分 年度资金总额 500.00 600.00 582.00 10 97% 9.7 总分 100 95.7")
    assert ex.report["grade"] is None


def test_the_reports_own_signature_before_its_form_is_no_other_reports_end():
    """The report's text signed by its own unit, then its department's form: the text is the report's own, its
    grade read."""
    ex = _extract("经自评，本局2022年度部门整体支出绩效自评得分为95.7分，评价等级为“优”。",
                  "样例县卫生健康局", "2023年4月18日", "",
                  "部门整体支出绩效自评表", "（2022年度）", "填报单位：样例县卫生健康局",
                  "| 年度预算资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                  "| | 年度资金总额 | 500.00 | 600.00 | 582.00 | 10 | 97% | 9.7 |",
                  "| 总分 | | | | | 100 | 95.7 |")
    assert ex.report["grade"] == "优"
