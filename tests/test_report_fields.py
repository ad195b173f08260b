from pipelines.extract import report_fields as R
from pipelines.extract.regions import resolve_region
from pipelines.normalise import build_document


def doc(*lines):
    return build_document("\n".join(lines))


def test_title_with_organisation_on_the_line_above():
    d = doc("", "某某县统计局", "2023 年度整体支出绩效自评报告", "一、概况")
    assert R.find_title(d) == ("某某县统计局2023年度整体支出绩效自评报告", 2)


def test_title_with_year_on_the_line_below():
    d = doc("西湖区部门整体支出绩效自评表", "(2022年度)", "部门名称 杭州市西湖区档案馆(部门) 单位:万元")
    title, _ = R.find_title(d)
    assert title == "西湖区部门整体支出绩效自评表(2022年度)"
    assert R.find_fiscal_year(d, title) == 2022
    # the field gives the fuller name and drops the (部门) tag
    assert R.find_department(d, title) == "杭州市西湖区档案馆"


def test_department_from_title_strips_year_and_report_type():
    assert R.department_from_title("2023年度湖州市统计局部门整体支出绩效自评报告") == "湖州市统计局"
    assert R.department_from_title("某区司法局2022年部门整体支出绩效自评报告") == "某区司法局"


def test_department_field_on_next_cell():
    d = doc("\t预算单位名称", "\t青山区档案馆", "")
    assert R.department_from_fields(d) == "青山区档案馆"


def test_report_kind():
    assert R.find_report_kind("2023年度法律援助项目支出绩效自评报告", doc("")) == "project"
    assert R.find_report_kind("某局部门整体支出绩效自评报告", doc("")) == "department_overall"


def test_fiscal_year_from_body_when_title_has_none():
    d = doc("某局部门整体支出绩效自评报告", "2023年度部门整体支出绩效自评分数为91分。", "填报日期:2024年7月1日")
    assert R.find_fiscal_year(d, "某局部门整体支出绩效自评报告") == 2023


def test_fiscal_year_from_date_line_only():
    d = doc("某局部门整体支出绩效自评报告", "本年度收入 10 万元。", "某局", "2024年3月15日")
    assert R.find_fiscal_year(d, "某局部门整体支出绩效自评报告") == 2023


def test_self_score_skips_component_scores():
    d = doc("本年度自评结果为“良”，评分为 86.5 分，其中管理效能自评分 40 分，履职效能评分为 46.5 分。")
    assert R.find_self_score(d) == 86.5
    assert R.find_grade(d) == "良"


def test_self_score_from_total_row():
    d = doc("\t总分", "\t100", "\t88", "")
    assert R.find_self_score(d) == 88.0


def test_grade_words_map_to_four_levels():
    assert R.find_grade(doc("部门整体综合绩效评定结论为良好。")) == "良"
    assert R.find_grade(doc("绩效评价等次为“优秀”。")) == "优"
    assert R.find_grade(doc("评价等级为合格。")) == "中"
    # a 中 that is not a grade
    assert R.find_grade(doc("评价结果中，产出指标完成较好。")) is None


def test_staff_counts():
    d = doc("本局编制人数12人，实际人数11人。")
    assert R.find_staff(d) == (12, 11)
    assert R.find_staff(doc("我局现有正式职工17人。")) == (None, 17)


def test_overall_execution_rate_beats_a_part_rate():
    d = doc("其中基本支出 80 万元，预算完成率 97.80%；整体预算完成率 93.58%，执行良好。")
    assert R.find_execution_rate(d) == 93.58


def test_rate_of_a_part_alone_is_not_the_overall_rate():
    assert R.find_execution_rate(doc("项目支出 20 万元，预算执行率 100%。")) is None
    assert R.find_execution_rate(doc("全年预算执行率为 95.5%。")) == 95.5


def test_region_city_level_bureau_has_no_district():
    r = resolve_region("湖州市统计局")
    assert (r.province, r.city, r.district) == ("浙江省", "湖州市", None)


def test_region_county_bureau():
    r = resolve_region("甘谷县信访局")
    assert (r.province, r.city, r.district) == ("甘肃省", "天水市", "甘谷县")


def test_region_ambiguous_district_uses_the_document():
    assert resolve_region("鼓楼区信访局").city is None
    r = resolve_region("鼓楼区信访局", "福州市鼓楼区人民政府 福州市")
    assert (r.province, r.city) == ("福建省", "福州市")


def test_region_municipality():
    r = resolve_region("北京市海淀区司法局")
    assert (r.province, r.city, r.district) == ("北京市", "北京市", "海淀区")


def test_title_written_as_a_letter_about_the_self_evaluation():
    d = doc("关于芜湖市镜湖区档案馆2023年度部门整体支出绩效自评情况的报告", "一、基本情况")
    title, _ = R.find_title(d)
    assert title == "关于芜湖市镜湖区档案馆2023年度部门整体支出绩效自评情况的报告"
    assert R.department_from_title(title) == "芜湖市镜湖区档案馆"
    assert R.find_fiscal_year(d, title) == 2023


def test_self_score_after_a_run_of_joiners():
    assert R.find_self_score(doc("经自评，本单位整体支出绩效自评得分为：77分，等次为中。")) == 77.0
    assert R.find_self_score(doc("综合评分 是 : 81.5 分。")) == 81.5


def test_self_score_labelled_total_score():
    assert R.find_self_score(doc("对照指标体系逐项打分，本办自评总分为90.2分，等级为优秀。")) == 90.2
    # 总分 as the full marks of a scale is not the self score
    d = doc("评价指标体系总分100分。", "全年工作总分100分，自评得分83分。")
    assert R.find_self_score(d) == 83.0
    # the total row of an indicator table still reads (weight total, then score)
    assert R.find_self_score(doc("总分\t\t\t100\t79.25", "")) == 79.25


def test_self_score_from_total_row_in_layout_text():
    # pdftotext -layout: cells separated by runs of spaces, not tabs
    d = doc("   满意度指标    群众满意度     ≥90%     91%     10     10",
            "   总分                                           100     87.6", "")
    assert R.find_self_score(d) == 87.6


def test_staff_in_post_and_total_establishment():
    assert R.find_staff(doc("我中心核定编制26人，在编人员24人，另有编外人员3人。")) == (26, 24)
    assert R.find_staff(doc("现有在职干部职工41人，其中公务员15人。")) == (None, 41)
    assert R.find_staff(doc("编制总数33名（其中：管理岗位4名，专业技术岗位29名），实有人员30名。")) == (33, 30)


def test_staff_kinds_listed_without_total_are_summed():
    assert R.find_staff(doc("核定行政编制21名、事业编制7名，实有在职人员26名。")) == (28, 26)
    # a total given before its breakdown is the total
    assert R.find_staff(doc("核定编制30名，其中行政编制21名、事业编制9名。"))[0] == 30
    # one kind alone is the whole establishment
    assert R.find_staff(doc("本部门行政编制11名，实有人员10名。")) == (11, 10)


def test_execution_rate_after_a_breakdown_of_the_total():
    d = doc("本年支出合计860.5万元，其中基本支出500.1万元，项目支出360.4万元，预算执行率96.12%。")
    assert R.find_execution_rate(d) == 96.12
    d = doc("全年支出2.1亿元，其中基本支出0.3亿元，项目支出1.8亿元，全年预算执行率为91.0%。")
    assert R.find_execution_rate(d) == 91.0
    # a thousands separator is not a clause break
    d = doc("全年执行数2,310.4万元，其中：基本支出1,702.2万元、项目支出608.2万元，全年预算执行率为94.7%。")
    assert R.find_execution_rate(d) == 94.7


def test_execution_rate_of_a_part_in_its_own_clause_is_not_overall():
    d = doc("本年支出合计860.5万元，其中基本支出500.1万元，项目支出预算执行率为88%。")
    assert R.find_execution_rate(d) is None
    d = doc("本年支出合计860.5万元，项目支出预算执行率为88%，全年预算执行率为95.2%。")
    assert R.find_execution_rate(d) == 95.2


def test_fiscal_year_and_department_from_a_chinese_numeral_title():
    d = doc("二〇二二年度宁陵县水利局部门整体支出绩效自评报告", "与2021年相比，2021年支出减少。")
    title, _ = R.find_title(d)
    assert R.find_fiscal_year(d, title) == 2022
    assert R.department_from_title(title) == "宁陵县水利局"
    assert R.department_from_title("二零二三年度宁陵县水利局部门整体支出绩效自评报告") == "宁陵县水利局"


def test_fiscal_year_from_a_chinese_numeral_date_line():
    d = doc("某局部门整体支出绩效自评报告", "本年度收入 10 万元。", "某局", "二〇二五年二月十八日")
    assert R.find_fiscal_year(d, "某局部门整体支出绩效自评报告") == 2024


def test_year_line_above_the_title_joins_it():
    d = doc("附件2", "", "2021年度", "嘉善县审计局部门整体支出绩效自评报告", "一、概况", "2022年度预算编制…2022年度")
    title, no = R.find_title(d)
    assert (title, no) == ("2021年度嘉善县审计局部门整体支出绩效自评报告", 3)
    assert R.find_fiscal_year(d, title) == 2021
    assert R.find_department(d, title) == "嘉善县审计局"
    # a title that states its year keeps it alone
    d = doc("2021年度", "嘉善县审计局2021年度部门整体支出绩效自评报告")
    assert R.find_title(d)[0] == "嘉善县审计局2021年度部门整体支出绩效自评报告"


def test_grade_after_pingding():
    assert R.find_grade(doc("本局整体支出绩效自评总分70分，等级评定：合格。")) == "中"
    assert R.find_grade(doc("评价结果：优秀等次。")) == "优"


def test_self_score_in_a_cell_next_to_its_label():
    d = doc("四、自评结果", "自评得分\t88.25\t自评等级\t良好")
    assert R.find_self_score(d) == 88.25
    assert R.find_grade(d) == "良"


def test_spending_execution_rate_is_overall_unless_a_part_is_named():
    assert R.find_execution_rate(doc("全年总支出500万元，支出执行率95.5%。")) == 95.5
    assert R.find_execution_rate(doc("项目支出执行率80.1%。")) is None


def test_department_field_in_pipe_cells():
    # on a project form the 实施单位 reports; its 主管部门 only when the 实施单位 cell is empty
    d = doc("| 项目名称 | 某工程 |", "| 主管部门 | 某某县水利局 | 实施单位 | 某某县供水站 |")
    assert R.department_from_fields(d) == "某某县供水站"
    d = doc("| 项目名称 | 某工程 |", "| 主管部门 | 某某县水利局 | 实施单位 | |")
    assert R.department_from_fields(d) == "某某县水利局"


def test_two_fields_on_one_line_take_the_first():
    d = doc("部门整体支出绩效自评报告", "部门名称：某某县信访局        主管部门：某某县人民政府")
    assert R.find_department(d, "部门整体支出绩效自评报告") == "某某县信访局"


def test_bare_execution_rate_right_after_the_spending_total_is_overall():
    d = doc("某县档案局2023年度收入合计3,120,000.00元，支出合计2,900,000.00元，执行率为92.95%，"
            "其中：基本支出2,000,000.00元，执行率达100.00%，项目支出900,000.00元，执行率达81.80%。")
    assert R.find_execution_rate(d) == 92.95
    # after a part's figure the bare rate is the part's
    assert R.find_execution_rate(doc("项目支出90万元，执行率为81.8%。")) is None
    # a bare rate after something else is not a budget rate
    assert R.find_execution_rate(doc("培训经费支出2万元，完成率为100%。")) is None
