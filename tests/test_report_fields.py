import pytest

from pipelines.extract import extract_document
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


def test_a_results_page_titled_as_its_self_evaluations_results():
    """``某局2022年项目支出绩效自评结果`` names a report as a results page does: it is the title (its unit, year,
    kind); a section heading ``四、绩效自评结果`` is none."""
    d = doc("某某县卫生健康局2022年项目支出绩效自评结果", "一、项目概况")
    assert R.find_title(d) == ("某某县卫生健康局2022年项目支出绩效自评结果", 1)
    assert R.find_department(d, R.find_title(d)[0]) == "某某县卫生健康局"
    assert R.find_title(doc("一、项目概况", "四、绩效自评结果", "自评结果：优。"))[0] is None


def test_a_title_naming_the_report_by_another_of_its_names():
    """绩效评估报告, 绩效情况报告, 绩效的报告, 绩效自查报告, 自评工作总结, 绩效评价表 and 绩效目标完成情况表 (the form as
    some provinces name it) or its 情况报告, 绩效评价自查报告, 绩效评价结果, 自评情况表 (whole): titles as 自评报告 is (unit, year, kind); a heading with
    none of them is none."""
    for title, kind in (("某某县水务局2022年度项目资金绩效评估报告", "project"),
                        ("某某县水务局2022年度预算执行及绩效情况报告", "department_overall"),
                        ("某某县水务局关于2022年度项目支出绩效的报告", "project"),
                        ("某某县水务局2022年度项目绩效自查报告", "project"),
                        ("某某县水务局2022年度部门整体支出绩效自评工作总结", "department_overall"),
                        ("某某县水务局2022年度项目支出绩效评价表", "project"),
                        ("某某县水务局2022年度项目支出绩效自评情况表", "project"),
                        ("某某县水务局2022年度项目绩效目标完成情况表", "project"),
                        ("某某县水务局2022年度项目绩效目标完成情况报告", "project"),
                        ("某某县水务局关于2022年度项目绩效目标执行情况的报告", "project"),
                        ("某某县水务局2022年度项目资金绩效评价自查报告", "project"),
                        ("某某县水务局2022年度项目支出绩效评价结果", "project")):
        r = fields(title, "一、基本情况", "全年支出合计320万元。")
        assert (r["title"], r["department"], r["fiscal_year"], r["report_kind"]) == (title, "某某县水务局", 2022, kind)
    assert R.find_title(doc("一、基本情况", "二、绩效情况分析", "全年支出合计320万元。"))[0] is None


def test_department_from_title_strips_year_and_report_type():
    assert R.department_from_title("2023年度湖州市统计局部门整体支出绩效自评报告") == "湖州市统计局"
    assert R.department_from_title("某区司法局2022年部门整体支出绩效自评报告") == "某区司法局"


def test_the_unit_that_compiles_sends_or_is_evaluated_is_the_department():
    """``编报单位：某局`` / ``| 报送单位 | 某局 |`` / ``被评价单位：某局`` / 预算单位 / 申报单位 on a form whose title
    names no unit; a sentence about senders (各报送单位于…) names none."""
    for line in ("编报单位：某某县统计局", "| 报送单位 | 某某县统计局 | 报送日期 | 2024年3月1日 |", "被评价单位：某某县统计局",
                 "预算单位：某某县统计局", "| 申报单位 | 某某县统计局 |"):
        d = doc("部门整体支出绩效自评表", "（2023年度）", line)
        assert R.find_department(d) == "某某县统计局", line
    assert R.find_department(doc("部门整体支出绩效自评表", "（2023年度）", "请各报送单位于3月底前报送。")) is None


def test_unit_labels_in_one_sentence_each_give_their_unit():
    """``项目主管部门为某局，实施单位为某站。``: a value ends at its clause's comma, so the next label is read
    too, and the unit that carries the project out reports (a value's trailing comma, NFKC's ``,``, is
    no list of units)."""
    d = doc("2022年度供水维修项目支出绩效自评报告", "项目主管部门为某某县水务局，实施单位为某某县供水管理站。")
    assert R.find_department(d, R.find_title(d)[0]) == "某某县供水管理站"
    d = doc("2022年度供水维修项目支出绩效自评报告", "本项目主管部门为某某县水务局，由其组织实施。")
    assert R.find_department(d, R.find_title(d)[0]) == "某某县水务局"


def test_a_publishers_label_in_square_brackets_names_the_unit_and_is_no_part_of_the_title():
    """``【发布机构】某局`` above a title without a unit: the bracket closes the label, so the unit is read as the
    page's publisher; the line is no upper part of the title."""
    d = doc("【发布机构】某某县文化馆", "2022年度部门整体支出绩效自评报告", "一、部门基本情况")
    title = R.find_title(d)
    assert title == ("2022年度部门整体支出绩效自评报告", 2)
    assert R.find_department(d, title[0]) == "某某县文化馆"


def test_other_portals_words_for_the_publisher():
    """发布部门 / 供稿单位 / 来源单位 / 发文机构 / 发布者 label the page's publisher as 发布机构 does."""
    for label in ("发布部门", "供稿单位", "来源单位", "发文机构", "发布者"):
        d = doc(f"{label}：某某县文化馆", "2022年度部门整体支出绩效自评报告", "一、部门基本情况")
        assert R.find_department(d, R.find_title(d)[0]) == "某某县文化馆", label


def test_a_browser_title_joining_the_sites_name_and_the_title_by_a_dash():
    """``某县人民政府-关于某局…的报告``: the site's name before the dash is no part of the unit the title names; a dash
    after the unit's own name, or a title naming no unit after the site's name, keeps what the title writes."""
    for first in ("长丰县人民政府-关于长丰县档案馆2023年度部门整体支出绩效自评的报告",
                  "长丰县人民政府门户网站_长丰县档案馆2023年度部门整体支出绩效自评报告",
                  "长丰县档案馆-2023年度部门整体支出绩效自评报告"):
        d = doc(first, "一、部门基本情况", "我馆负责全县档案管理。")
        assert R.find_department(d) == "长丰县档案馆", first
    d = doc("长丰县人民政府-2023年度部门整体支出绩效自评报告", "一、部门基本情况")
    assert R.find_department(d) == "长丰县人民政府"


def test_a_titles_unit_in_short_takes_the_full_name_the_metadata_or_the_signature_writes():
    """区卫健局 / 某县人社局 / 经开区某局 in the title, the same unit in full in 来源： (a posting date after it) or above the
    date: the full name; another unit, or one of another place, is no fuller name of it."""
    body = ("一、部门基本情况", "我局负责全区卫生健康工作。")
    d = doc("区卫健局2022年度部门整体支出绩效自评报告", "来源:南宁市青秀区卫生健康局  2023-06-01", *body)
    assert R.find_department(d) == "南宁市青秀区卫生健康局"
    sign = ("长丰县人社局2022年度就业补助资金绩效自评报告", *body)
    assert R.find_department(doc(*sign, "长丰县人力资源和社会保障局", "2023年5月1日")) == "长丰县人力资源和社会保障局"
    assert R.find_department(doc(*sign, "长丰县财政局", "2023年5月1日")) == "长丰县人社局"
    assert R.find_department(doc(*sign, "肥西县人力资源和社会保障局", "2023年5月1日")) == "长丰县人社局"
    r = fields("经开区教育局2023年度部门整体支出绩效自评报告", "来源:芜湖经济技术开发区教育局  2024-05-10", *body)
    assert (r["department"], r["province"], r["city"]) == ("芜湖经济技术开发区教育局", "安徽省", "芜湖市")



def test_an_autonomous_regions_department_by_its_level_takes_the_metadatas_full_name():
    """自治区某厅 in the title (the level written for the place, as 省/市 are), the region's name before it in 发布机构:
    the full name; a committee in short (某某委) takes 某某委员会 the metadata writes."""
    body = ("一、部门基本情况", "我厅负责全区财政工作。")
    d = doc("发布机构:内蒙古自治区水利厅 发布日期:2024-03-02", "自治区水利厅2023年度部门整体支出绩效自评报告", *body)
    assert R.find_department(d) == "内蒙古自治区水利厅"
    d = doc("发布机构:内蒙古自治区水利厅 发布日期:2024-03-02", "自治区财政厅2023年度部门整体支出绩效自评报告", *body)
    assert R.find_department(d) == "自治区财政厅"  # another department: no full name of it
    d = doc("发布机构:河北省发展和改革委员会 发布日期:2024-03-02", "河北省发展改革委2023年度部门整体支出绩效自评报告", *body)
    assert R.find_department(d) == "河北省发展和改革委员会"
    d = doc("发布机构:河北省民族宗教事务委员会 发布日期:2024-03-02", "河北省民宗委2023年度部门整体支出绩效自评报告", *body)
    assert R.find_department(d) == "河北省民族宗教事务委员会"
    d = doc("发布机构:河北省教育厅 发布日期:2024-03-02", "河北省卫生健康委2023年度部门整体支出绩效自评报告", *body)
    assert R.find_department(d) == "河北省卫生健康委"
    d = doc("发布机构:河北省卫生健康委员会 发布日期:2024-03-02", "河北省卫生健康委2023年度部门整体支出绩效自评报告", *body)
    assert R.find_department(d) == "河北省卫生健康委员会"

def test_a_township_or_street_named_without_its_places_takes_them_from_the_page():
    """某街道办事处 / 某镇 in the title: the signature or the metadata writing it after its places (with their government
    between) names it in full."""
    body = ("一、部门基本情况", "本街道下辖8个社区。")
    r = fields("东湖街道办事处2022年度部门整体支出绩效自评报告", *body, "南昌市东湖区人民政府东湖街道办事处", "2023年4月1日")
    assert (r["department"], r["city"], r["district"]) == ("南昌市东湖区人民政府东湖街道办事处", "南昌市", "东湖区")
    r = fields("桃源镇2021年度部门整体支出绩效自评报告", "来源：六安市金寨县桃源镇人民政府  2022-06-01", *body)
    assert (r["department"], r["district"]) == ("六安市金寨县桃源镇人民政府", "金寨县")
    # (the places the text writes before the township make no name the page does not write)
    r = fields("桃源镇人民政府2021年度项目支出绩效自评报告", "为改善金寨县桃源镇人居环境，我镇实施了道路硬化项目。")
    assert r["department"] == "桃源镇人民政府"
    # (the signature naming the government stands as written)
    r = fields("桃源镇2021年度项目支出绩效自评报告", "为改善金寨县桃源镇人居环境，我镇实施了道路硬化项目。",
               "桃源镇人民政府", "2022年3月1日")
    assert r["department"] == "桃源镇人民政府"


def test_a_titles_unit_written_with_its_city_in_the_signature_is_given_so():
    """某区某局 in the title, 某市某区某局 above the date: the same unit, with its city; the text writing it so, a unit of
    another name, or its city written before another unit, change nothing (the title names the unit as it is)."""
    head = ("青山湖区民政局2022年度部门整体支出绩效自评报告", "一、部门基本情况")
    assert R.find_department(doc(*head, "我局负责全区民政工作。", "南昌市青山湖区民政局", "2023年4月1日")) \
        == "南昌市青山湖区民政局"
    assert R.find_department(doc(*head, "南昌市青山湖区民政局是区政府工作部门。")) == "青山湖区民政局"
    assert R.find_department(doc(*head, "根据南昌市青山湖区财政局的通知开展自评。", "南昌市青山湖区财政局",
                                 "2023年4月1日")) == "青山湖区民政局"


def test_department_field_on_next_cell():
    d = doc("\t预算单位名称", "\t青山区档案馆", "")
    assert R.department_from_fields(d) == "青山区档案馆"


def test_report_kind():
    assert R.find_report_kind("2023年度法律援助项目支出绩效自评报告", doc("")) == "project"
    assert R.find_report_kind("某局部门整体支出绩效自评报告", doc("")) == "department_overall"
    # a fund evaluated on its own is reported as a project; 部门整体 written first still wins
    assert R.find_report_kind("某县2023年度困难群众救助补助资金绩效自评报告", doc("")) == "project"
    assert R.find_report_kind("某局2023年度部门整体支出资金绩效自评报告", doc("")) == "department_overall"


def test_fiscal_year_from_body_when_title_has_none():
    d = doc("某局部门整体支出绩效自评报告", "2023年度部门整体支出绩效自评分数为91分。", "填报日期:2024年7月1日")
    assert R.find_fiscal_year(d, "某局部门整体支出绩效自评报告") == 2023


def test_fiscal_year_from_a_year_field_a_numeric_date_and_not_from_a_year_compared_with():
    """``评价年度：2023`` names the year; a year compared with (较2022年度…) is not the one evaluated, so the
    date line decides; a date in numbers only (2024-03-15) counts when no year is written in words."""
    title = "某局部门整体支出绩效自评报告"
    assert R.find_fiscal_year(doc(title, "评价年度：2023", "填报日期：2025年1月5日"), title) == 2023
    assert R.find_fiscal_year(doc(title, "公用经费较2022年度减少12%。", "某局", "2024年2月26日"), title) == 2023
    assert R.find_fiscal_year(doc(title, "本年度收入10万元。", "填报日期：2024-03-15"), title) == 2023
    # the field in cells, its label opening its cell; 2022年度 | 2023年度 heading two columns is no field
    for cells in ("| 预算年度 | 2023 |", "年度\t2023", "| 评价年度 | 2023 | 填报日期 | 2025年1月5日 |"):
        assert R.find_fiscal_year(doc(title, cells, "填报日期：2025年1月5日"), title) == 2023, cells
    assert R.find_fiscal_year(doc(title, "| 项目 | 2022年度 | 2025年度 |", "某局", "2024年2月26日"), title) != 2025


def test_fiscal_year_not_from_a_cited_notice_unless_it_asks_for_the_evaluation():
    """A notice cited by its title has a year of its own (《…关于做好2025年度预算管理工作的通知》, the year of
    its work); one asking for the evaluation (《…关于开展2024年度绩效自评工作的通知》) names the year evaluated."""
    title = "某局部门整体支出绩效自评报告"
    d = doc(title, "根据《某县财政局关于做好2025年度预算绩效管理工作的通知》要求，报告如下：",
            "2024年度本年支出80万元。", "某局", "2025年3月2日")
    assert R.find_fiscal_year(d, title) == 2024
    d = doc(title, "根据《某县财政局关于开展2024年度部门绩效自评工作的通知》要求，报告如下：", "某局", "2025年3月2日")
    assert R.find_fiscal_year(d, title) == 2024


def test_fiscal_year_not_from_the_end_of_a_period():
    title = "某馆部门整体支出绩效自评报告"
    d = doc(title, "接收2021-2023年度档案3000卷。", "2024年度本年支出50万元。", "某馆", "2025年3月2日")
    assert R.find_fiscal_year(d, title) == 2024


def test_a_bare_title_year_yields_to_the_year_the_text_says_it_evaluates():
    """某中心2025年部门整体支出绩效自评报告 over 现将本中心2024年度部门整体支出绩效自评情况报告如下 (or 对2024年度…开展了
    绩效自评): the title's bare year is the year it is published in, the year evaluated the text's. A title writing the
    fiscal year (2025年度), a text stating only a year's result (2024年度…自评得分88分), a later year: the title's."""
    body = ["现将本中心2024年度部门整体支出绩效自评情况报告如下：", "2024年度本年支出合计320万元。", "自评得分91分。"]
    title = "某县某中心2025年部门整体支出绩效自评报告"
    got = fields(title, *body)
    assert (got["fiscal_year"], got["self_score"]) == (2024, 91)
    assert fields("某县某中心2025年项目支出绩效自评报告", "我中心对2024年度某某补助资金开展了绩效自评。")["fiscal_year"] == 2024
    assert fields("某县某中心2025年度部门整体支出绩效自评报告", *body)["fiscal_year"] == 2025
    assert fields(title, "2024年度部门整体支出绩效自评得分88分，2025年度自评得分91分。")["fiscal_year"] == 2025
    assert fields(title, "现将本中心2026年度部门整体支出绩效自评情况报告如下：")["fiscal_year"] == 2025


def test_rates_listed_over_years_give_the_reports_years():
    """2022—2024年，预算执行率分别为94.5%、96%和97.3%: the report's year's rate, in the years' order (none was read); one
    whose years do not match the rates' count, or a part's, is none."""
    title = "某局2024年度部门整体支出绩效自评报告"
    assert fields(title, "2022—2024年，我局预算执行率分别为94.5%、96%和97.3%。")["budget_execution_rate_pct"] == 97.3
    assert fields(title, "2023年、2024年预算执行率分别为96%、98.5%。")["budget_execution_rate_pct"] == 98.5
    assert fields(title, "2022—2024年，我局预算执行率分别为96%和97.3%。")["budget_execution_rate_pct"] is None
    assert fields(title, "2023年、2024年项目支出执行率分别为96%、98.5%。")["budget_execution_rate_pct"] is None


def test_staff_a_year_leads_is_the_reports_years_first():
    """2023年末实有人数30人，2024年末实有人数32人 in a report on 2024: the report's year's count (the first had been
    read); a form's cell led by a year (2024年实际在职人数 | 32) is read as the label without it."""
    title = "某局2024年度部门整体支出绩效自评报告"
    assert fields(title, "2023年末实有人数30人，2024年末实有人数32人，编制人数35人。")["staff_actual"] == 32
    assert fields(title, "2023年末实有人数30人。")["staff_actual"] == 30  # (another year's only: kept)
    got = fields(title, "整体支出绩效自评基础数据表", "| 编制人数 | 35 | 2024年实际在职人数 | 32 |")
    assert (got["staff_authorized"], got["staff_actual"]) == (35, 32)
    got = fields(title, "| 2023年实有人数 | 30 | 2024年实有人数 | 32 |")
    assert got["staff_actual"] == 32


def test_fiscal_year_from_date_line_only():
    d = doc("某局部门整体支出绩效自评报告", "本年度收入 10 万元。", "某局", "2024年3月15日")
    assert R.find_fiscal_year(d, "某局部门整体支出绩效自评报告") == 2023


def test_self_score_skips_component_scores():
    d = doc("本年度自评结果为“良”，评分为 86.5 分，其中管理效能自评分 40 分，履职效能评分为 46.5 分。")
    assert R.find_self_score(d) == 86.5
    assert R.find_grade(d) == "良"


def test_a_bare_score_of_one_indicator_before_the_total_is_not_the_self_score():
    """…完成值100%，得分10分 scores one indicator: the total's own label later (自评得分) wins; a bare 得分
    stays the self score when nothing else states one."""
    d = doc("出行安全率:目标值100%,完成值100%,得分10分。", "本项目自评得分91.5分。")
    assert R.find_self_score(d) == 91.5
    assert R.find_self_score(doc("经评价，本项目得分为88分。")) == 88.0



def test_a_bare_score_beside_its_grade_in_the_conclusion_is_the_self_score():
    """自评结论：得分N，等级优 (no 分 after the figure): the conclusion's score; a bare figure without the grade beside
    it is not read."""
    assert R.find_self_score(doc("一、概况", "五、自评结论：得分91.6，等级优。")) == 91.6
    assert R.find_self_score(doc("评价结论:得分 88.5,评价等级良。")) == 88.5
    assert R.find_self_score(doc("五、自评结论：得分91.6，较上年提高。")) is None

def test_a_part_score_after_its_points_is_not_the_self_score():
    """A bare 得分 after its part's points in its sentence (（分值15分），得分14.5分) scores that part; the
    total (综合评分, 最终得分) is read later. The full marks of the whole (总分值100分) are no part's."""
    d = doc("（一）决策指标（分值20分），得分19分；", "（二）过程指标分值30分，得分28.5分。", "综合评分94.5分，评价为优。")
    assert R.find_self_score(d) == 94.5
    assert R.find_self_score(doc("（一）决策指标（分值20分），得分19分；", "经评价，最终得分为90.5分。")) == 90.5
    assert R.find_self_score(doc("本项目总分值100分，得分92分。")) == 92.0


def test_a_totals_figure_before_a_bracketed_parts_points_and_score():
    """总分：96分（其中预算执行率分值10分，得分8分）: the figure right after 总分 is the total, the bracket's a part's
    points and score; a 总分 of 100 with the score after it stays the full marks."""
    assert R.find_self_score(doc("三、自评结论", "总分：96分（其中预算执行率分值10分，得分8分）", "自评等级：优")) == 96.0
    assert R.find_self_score(doc("总分：96分 (含预算执行率得分8分)。")) == 96.0
    assert R.find_self_score(doc("总分100分，得分91分（其中预算执行率得分9分）。")) == 91.0

def test_a_grade_right_after_its_own_label_and_a_score_in_brackets_after_a_grade():
    """``等级优，`` needs no 为 or colon after a grade's own label (等级/等次); after 结果 it does (结果优于预期
    is no grade). ``评价结果：优秀（95.5分）``: the score in brackets after the result's grade is the self score."""
    assert R.find_grade(doc("自评得分92分，等级优。")) == "优"
    assert R.find_grade(doc("结果优于预期。")) is None
    d = doc("经综合评定，评价结果：良好（86.5分）。")
    assert (R.find_self_score(d), R.find_grade(d)) == (86.5, "良")


def test_a_grade_answering_a_scores_label_with_the_score_in_brackets():
    """``自评得分：良（85分）``: the grade is written where the score's label leads, its score in brackets after
    it: both are the report's."""
    d = doc("经自评，本单位自评得分：良（84分）。")
    assert (R.find_self_score(d), R.find_grade(d)) == (84.0, "良")
    d = doc("绩效评价总分：优秀（93.5分）。")
    assert (R.find_self_score(d), R.find_grade(d)) == (93.5, "优")


def test_the_first_step_of_the_good_scale():
    """好 is the first step of the 好 / 较好 / 一般 / 较差 scale (优), standing alone after a grade's label as 优
    does; opening other words (好于预期) it is none."""
    assert R.find_grade(doc("本单位绩效等级为“好”。")) == "优"
    assert R.find_grade(doc("评价等级：好。")) == "优"
    assert R.find_grade(doc("实施结果：好于预期。")) is None


def test_a_totals_label_with_its_score_and_no_fen():
    """``自评得分：92.50，…`` (no 分 after the figure, also before a bracketed note) is the self score; a bare
    得分 needs its 分, and a total written with 分 elsewhere wins."""
    assert R.find_self_score(doc("自评得分：92.50，自评等级为良好。")) == 92.5
    assert R.find_self_score(doc("单位自评总分88（满分100）。")) == 88.0
    assert R.find_self_score(doc("出行安全率得分10，合格。")) is None
    assert R.find_self_score(doc("自评得分：92.50，", "经复核，自评得分为91分。")) == 91.0


def test_a_totals_label_and_its_score_with_the_grades_label_run_on_after_the_figure():
    """A line whose spaces were lost (总分100自评得分96.4自评等级优): the figure before the grade's label is the
    score; a figure running on into other words (自评得分96.4万元) is none."""
    assert R.find_self_score(doc("总分100自评得分96.4自评等级优")) == 96.4
    assert R.find_self_score(doc("综合得分83.5等次良")) == 83.5
    assert R.find_self_score(doc("自评得分96.4万元")) is None


def test_a_score_in_quotation_marks():
    """自评得分为“91.5分” / 综合得分「88分」 (quoted as a grade often is) is the score."""
    assert R.find_self_score(doc("2023年度部门整体支出绩效自评得分为“91.5分”，等级“优”。")) == 91.5
    assert R.find_self_score(doc("本项目综合得分「88分」。")) == 88.0


def test_the_grading_scale_gives_neither_the_score_nor_the_grade():
    """总分100分，评价结果分为四档：90分（含）以上为“优”… states the scale: its 100 is the full marks and its 优 no grade
    given; 优（90分及以上）、良（80—89分） lists the grades with their bands. The score and grade given come after."""
    d = doc("按照评分办法，总分100分，评价结果分为四档：90分（含）以上为“优”，80分（含）至90分为“良”。",
            "经逐项评分，我局部门整体支出绩效得分为88.6分。")
    assert R.find_self_score(d) == 88.6
    d = doc("评价结果分为四个等级：优（90分及以上）、良（80—89分）、中（60—79分）、差（60分以下）。",
            "经评价，本单位部门整体支出绩效自评得分为87.5分，等级为良。")
    assert (R.find_self_score(d), R.find_grade(d)) == (87.5, "良")


def test_the_score_of_the_rating_and_the_spendings_share_of_the_budget_with_its_amount():
    """评分结果为89分 is the score as 评价结果为… is; 占全年预算1,502.80万元的96.38% (the budget's amount before 的) is the
    execution rate as 占全年预算的96.38% is."""
    assert R.find_self_score(doc("经综合评定，评分结果为89分，等级为良。")) == 89.0
    assert R.find_execution_rate(doc("全年共支出1,448.36万元，占全年预算1,502.80万元的96.38%。")) == 96.38


def test_a_half_width_full_stop_ends_the_sentence_before_a_rate():
    """…项目支出600万元. 预算执行率98.5%.: the stop after a word ends the part's sentence: the rate is the whole's."""
    text = doc("某县某镇人民政府2023年度部门整体支出绩效自评报告",
               "2023年本年支出合计1000万元, 其中基本支出400万元, 项目支出600万元. 预算执行率98.5%.")
    assert R.find_execution_rate(text) == 98.5


def test_full_marks_of_a_total_label_before_the_score_are_not_the_score():
    """``评价总分为100分，我局得分96.5分``: a total label's 100 with a score after it in its sentence is the
    scale; alone (自评总分100分) it is the score."""
    assert R.find_self_score(doc("本次评价总分为100分，我局得分96.5分。")) == 96.5
    assert R.find_self_score(doc("本项目自评总分100分。")) == 100.0


def test_self_score_from_total_row():
    d = doc("\t总分", "\t100", "\t88", "")
    assert R.find_self_score(d) == 88.0


def test_a_total_row_written_a_cell_a_line_closed_by_pipes_gives_its_score_and_grade():
    """A page's table copied a cell a line, each line closed by a pipe and rows parted by lines of pipes (总分 | /
    ||||| / 100 | / 93.6 | / 优 |): the score and the grade on the lines after the label."""
    d = doc("年度资金总额 |", "80 |", "78.2 |", "|||||||", "总分 |", "100 |", "93.6 |", "优 |")
    assert (R.find_self_score(d), R.find_grade(d)) == (93.6, "优")


def test_a_grade_written_before_its_label_after_a_verb():
    """属于“良”等级 / 被评为优秀等次: the grade before 等级/等次, after a verb; a hope (争创优秀等次) is none, and a
    grade after its label still comes first."""
    assert R.find_grade(doc("本项目自评得分86分，属于“良”等级。")) == "良"
    assert R.find_grade(doc("经综合评价，被评为优秀等次。")) == "优"
    assert R.find_grade(doc("年内争创优秀等次。")) is None
    assert R.find_grade(doc("被评为良好等次。", "自评等级为优。")) == "优"


def test_a_grade_right_after_the_score_or_after_a_level_label():
    """``92分（优）`` / ``结果为：88分，良。`` (the grade right after the score, alone before a stop or a
    bracket) and ``自评级别：优秀``; a grade word that opens other words (良好地完成) is none."""
    assert R.find_grade(doc("经综合评价，本单位自评得分93分（优）。")) == "优"
    assert R.find_grade(doc("本次绩效自评结果为：88分，良。")) == "良"
    assert R.find_grade(doc("自评得分91分，自评级别：优秀。")) == "优"
    assert R.find_grade(doc("自评得分92分，良好地完成了年度任务。")) is None
    assert R.find_grade(doc("年度考核95分，中期评估按期开展。")) is None


def test_a_letter_grade_is_the_word_in_its_brackets_and_a_lone_grade_may_be_followed_by_a_note():
    assert R.find_grade(doc("自评等级：B（良好）")) == "良"
    assert R.find_grade(doc("自评等级：A")) is None  # a letter alone says no word
    assert R.find_grade(doc("综合评价等级为优（90分及以上）。")) == "优"


def test_a_lone_grade_after_a_label_ending_in_its_verb():
    """``评价为良。`` / ``评定为差。``: the label's own 为 introduces a lone grade; one opening a word (评价为中心, 优良) is none."""
    assert R.find_grade(doc("经综合评分，得分为86分，评价为良。")) == "良"
    assert R.find_grade(doc("经评审，该项目评定为差。")) == "差"
    assert R.find_grade(doc("群众评价为中心工作的重点。")) is None
    assert R.find_grade(doc("群众对窗口服务的评价为优良。")) is None


def test_a_score_and_grade_named_this_year_after_last_years():
    """``上年自评得分86分，本年自评得分94分``: a clause naming the report's year (本年, 今年) after last year's
    gives this year's figures; last year's alone (上年度…自评得分86分) is still passed over."""
    assert R.find_self_score(doc("上年自评得分86分，本年自评得分94分。")) == 94.0
    assert R.find_grade(doc("上年度自评等级为良，本年度自评等级为优。")) == "优"
    assert R.find_self_score(doc("与上年相比，本年度自评得分为91分。")) == 91.0
    assert R.find_self_score(doc("上年度自评得分为86分。")) is None
    assert R.find_grade(doc("本年度较上年自评等级为良。")) is None


def test_a_self_score_whose_clause_names_another_year_is_not_the_reports():
    """``2021年度自评得分87分，2022年度自评得分93分`` in a report on 2022: the score of the year evaluated."""
    r = fields("某某县档案馆2022年度部门整体支出绩效自评报告", "2021年度自评得分87分，2022年度自评得分93分。")
    assert r["self_score"] == 93.0
    r = fields("某某县档案馆2022年度部门整体支出绩效自评报告", "2022年度自评得分93分。")
    assert r["self_score"] == 93.0


def test_grade_words_map_to_four_levels():
    assert R.find_grade(doc("部门整体综合绩效评定结论为良好。")) == "良"
    assert R.find_grade(doc("绩效评价等次为“优秀”。")) == "优"
    assert R.find_grade(doc("评价等级为合格。")) == "中"
    # a 中 that is not a grade
    assert R.find_grade(doc("评价结果中，产出指标完成较好。")) is None


def test_a_grade_or_score_cell_with_a_note_in_brackets():
    # 自评等级 | 良好(80-90分), 自评得分 | 95.5(满分100分): the form's cell gives the grade or the score, the note
    # in brackets is no part of it
    assert fields("项目支出绩效自评表", "| 自评等级 | 良好（80-90分） |")["grade"] == "良"
    assert fields("项目支出绩效自评表", "| 评价等级 | 优(≥90分) |")["grade"] == "优"
    assert fields("项目支出绩效自评表", "| 自评得分 | 95.5（满分100分） |")["self_score"] == 95.5
    assert fields("部门整体支出绩效自评表", "| 编制数 | 12（含工勤2人） | 实有人数 | 11 |")["staff_authorized"] == 12


def test_staff_counts():
    d = doc("本局编制人数12人，实际人数11人。")
    assert R.find_staff(d) == (12, 11)
    assert R.find_staff(doc("我局现有正式职工17人。")) == (None, 17)



def test_staff_parts_with_thousands_separators_and_their_stated_total():
    """编制数：行政编制N名、事业编制1,234名，共1,352名: the stated total, its figures' thousands parted by commas;
    the parts summed when no total is stated."""
    d = doc("一、基本情况：编制人数:行政编制96名、事业编制2,310名,共2,406名;实有人数2,200名。")
    assert R.find_staff(d) == (2406, 2200)
    assert R.find_staff(doc("核定编制:行政编制96名、事业编制2,310名。")) == (2406, None)
    assert R.find_staff(doc("编制数：行政96名、事业2,310名，合计2,406名。")) == (2406, None)

def test_overall_execution_rate_beats_a_part_rate():
    d = doc("其中基本支出 80 万元，预算完成率 97.80%；整体预算完成率 93.58%，执行良好。")
    assert R.find_execution_rate(d) == 93.58


def test_budget_execution_progress_is_the_execution_rate():
    assert R.find_execution_rate(doc("截至年底，全年预算执行进度为94.3%，较上年提高。")) == 94.3
    assert R.find_execution_rate(doc("其中项目支出预算执行进度为88%。")) is None  # a part's


def test_other_names_of_the_execution_rate():
    """预算资金支出率; the label's formula in brackets (执行率(B/A) 97.5%); the spending's share of the budget right
    after the spending total's figure (支出285万元，占全年预算的97.5%). A part's share, or another cost's, is none."""
    assert R.find_execution_rate(doc("全年预算资金支出率达到97.5%。")) == 97.5
    assert R.find_execution_rate(doc("全年预算数292万元，执行数285万元，执行率（B/A）97.5%。")) == 97.5
    assert R.find_execution_rate(doc("全年预算数292万元，执行率(B/A×100%)：97.5%。")) == 97.5
    assert R.find_execution_rate(doc("全年预算292万元，全年实际支出285万元，占全年预算的97.5%。")) == 97.5
    assert R.find_execution_rate(doc("全年预算292万元，基本支出185万元，占全年预算的63.3%。")) is None
    assert R.find_execution_rate(doc("全年预算292万元，三公经费支出5万元，占预算的1.7%。")) is None


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
    assert (r.province, r.city, r.district) == ("北京市", None, "海淀区")


def test_a_cover_notices_title_gives_way_to_the_reports_own():
    """某财政局关于公开…自评报告的通知 / …自评报告的公告 publishes the report: the report's own title below is the
    title (and its unit the department); the notice's title serves only when the page gives no other."""
    d = doc("某县财政局关于公开2023年度部门整体支出绩效自评报告的通知", "各单位：现将有关报告予以公开。",
            "某县文化馆2023年度部门整体支出绩效自评报告", "一、部门概况")
    assert R.find_title(d) == ("某县文化馆2023年度部门整体支出绩效自评报告", 3)
    d = doc("某县文化馆2023年度部门整体支出绩效自评报告的公告", "某县文化馆2023年度部门整体支出绩效自评报告")
    assert R.find_title(d)[1] == 2
    d = doc("某县文化馆关于公开2023年度部门整体支出绩效自评报告的公告", "一、部门概况")
    assert R.find_title(d) == ("某县文化馆关于公开2023年度部门整体支出绩效自评报告", 1)


def test_a_notice_publishing_the_report_names_its_unit_after_the_verb():
    """关于公示某局2023年度…自评报告的公告 with no other title on the page: the unit is the one after the verb
    (公示, 公开, 发布), not the verb and the unit."""
    for verb in ("公示", "公开", "发布"):
        found = extract_document(build_document(
            f"关于{verb}某县档案馆2023年度部门整体支出绩效自评报告的公告\n一、部门概况\n本馆编制12人。"))
        assert (found.report["department"], found.report["fiscal_year"]) == ("某县档案馆", 2023), verb


def test_a_place_the_project_builds_named_in_the_title_is_no_unit():
    """关于2023年度滨河广场改造项目…的报告: 广场 (停车场, 运动场, 体育馆 …) ends as a unit's name does but is the
    project's object; the unit is the one signing the report, or none; 校舍 (school buildings) ends no 学校."""
    text = "\n".join(["关于2023年度滨河广场改造项目绩效自评情况的报告", "一、项目概况：项目全年预算120万元。",
                      "二、自评得分91分。", "鹿邑县住房和城乡建设局", "2024年5月8日"])
    assert extract_document(build_document(text)).report["department"] == "鹿邑县住房和城乡建设局"
    assert extract_document(build_document(text.rsplit("\n", 2)[0])).report["department"] is None
    from pipelines.extract.titles import unit_prefix

    assert (unit_prefix("鹿邑县实验学校舍维修改造"), unit_prefix("鹿邑县实验学校校舍维修")) == (None, "鹿邑县实验学校")
    # what a project does may end so too (送戏下乡: going to the countryside, no township)
    text = "\n".join(["送戏下乡文化惠民工程项目支出绩效自评报告（2022年度）", "信息来源：克山县文化广电和旅游局",
                      "一、项目基本情况"])
    assert extract_document(build_document(text)).report["department"] == "克山县文化广电和旅游局"


def test_title_written_as_a_letter_about_the_self_evaluation():
    d = doc("关于芜湖市镜湖区档案馆2023年度部门整体支出绩效自评情况的报告", "一、基本情况")
    title, _ = R.find_title(d)
    assert title == "关于芜湖市镜湖区档案馆2023年度部门整体支出绩效自评情况的报告"
    assert R.department_from_title(title) == "芜湖市镜湖区档案馆"
    assert R.find_fiscal_year(d, title) == 2023


def test_self_score_after_a_run_of_joiners():
    assert R.find_self_score(doc("经自评，本单位整体支出绩效自评得分为：77分，等次为中。")) == 77.0
    assert R.find_self_score(doc("综合评分 是 : 81.5 分。")) == 81.5
    # 合计 between the label and the score, and 自评分值 (a value of the self score, not an indicator's 分值)
    assert R.find_self_score(doc("依照评分细则，本次自评得分合计89.5分。")) == 89.5
    assert R.find_self_score(doc("经评定，本项目自评分值为86分。")) == 86.0
    assert R.find_self_score(doc("评分体系总分合计100分。")) is None


def test_self_score_with_ocr_spaces_between_its_digits():
    """自评得分8 7.5分 / 综合得分 9 1 分: OCR spaces a figure's digits; two figures side by side stay two."""
    assert R.find_self_score(doc("经评价，我单位部门整体支出绩效自评得分8 7.5分，等级为良。")) == 87.5
    assert R.find_self_score(doc("本年度综合得分 9 1 分，评价等级为优。")) == 91.0
    assert R.find_self_score(doc("指标体系总分1 00分，本单位自评得分9 4分。")) == 94.0
    assert R.find_self_score(doc("自评得分 100 96分。")) is None
    # the point spaced too (9 3 . 5 分), on a line OCR spaced throughout
    assert R.find_self_score(doc("本 单 位 自评得分 9 3 . 5 分，等级 为 优 。")) == 93.5


def test_a_labelled_self_score_ocr_spaced_in_running_text_is_read_whole():
    """自评得分：8 9.5，… : the spaced figure splits into two cells; the field's first digits are not the score."""
    from pipelines.extract import extract_document
    report = extract_document(doc("二、评价结论", "自评得分：8 9.5，自评等级：良。")).report
    assert report["self_score"] == 89.5
    assert extract_document(doc("二、评价结论", "自评得分：89.5，自评等级：良。")).report["self_score"] == 89.5


def test_self_score_after_the_verb_alone():
    """自评得96分 / 最终得93.5分: the verb 得 alone before the figure; a part's (产出指标得40分) stays a part."""
    assert R.find_self_score(doc("该项目自评得96分，等次为优。")) == 96.0
    assert R.find_self_score(doc("经综合评价，最终得93.5分。")) == 93.5
    assert R.find_self_score(doc("产出指标自评得40分，效益指标得30分，总计自评得96分。")) == 96.0
    # the total said with 共 / 共计 between the words: 本次自评共得92分
    assert R.find_self_score(doc("本次自评共得92分，等级为优。")) == 92.0
    assert R.find_self_score(doc("部门整体支出自评共计得88.5分。")) == 88.5


def test_self_score_and_grade_after_zipingwei():
    """自评为95分 / 自评为“良”: what the unit scored itself, said with 自评为 before the figure or the grade word; a
    grade there leaves the score to its own label (自评为优秀，综合得分95分)."""
    assert R.find_self_score(doc("经自评，该项目自评为95分，等级为优。")) == 95.0
    assert R.find_grade(doc("该项目自评为“良”，得分85分。")) == "良"
    assert R.find_grade(doc("单位自评为优秀，综合得分95分。")) == "优"
    assert R.find_self_score(doc("单位自评为优秀，综合得分95分。")) == 95.0


def test_the_second_step_of_a_good_fair_scale_is_liang():
    """较好 (the scale 好 / 较好 / 一般 / 较差) is 良, after a grade's label or before it, or in brackets after the score."""
    assert R.find_grade(doc("该项目自评结论为“较好”。")) == "良"
    assert R.find_grade(doc("经评价属于“较好”等次。")) == "良"
    assert R.find_grade(doc("自评得分86分（较好）。")) == "良"
    assert R.find_grade(doc("评价结果较差。")) == "差"


def test_a_unit_filling_the_span_from_the_year_to_the_kind_words_is_the_titles_unit():
    """2023年度文广旅体局整体支出… names its unit after the year without a place: the whole span up to the kind words
    is a unit's name. A project's name there (…校舍维修改造项目…) names none."""
    d = doc("2023年度文广旅体局整体支出绩效自评报告", "一、基本情况")
    assert R.find_department(d, R.find_title(d)[0]) == "文广旅体局"
    d = doc("2023年度中小学校舍维修改造项目绩效自评报告", "一、项目概况")
    assert R.find_department(d, R.find_title(d)[0]) is None


def test_a_rate_after_a_run_of_joiners():
    """预算执行率为：98.6% / 达到了98.6%: a short run of joiners between the label and the figure."""
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告", "预算执行率为：98.6%。")) == 98.6
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告", "全年预算执行率达到了97.1%。")) == 97.1


def test_a_rate_after_its_change_against_last_year():
    """预算执行率较上年提高2个百分点，达到98.5%: the change in points comes first, the rate after it; a change alone
    states no rate."""
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告", "预算执行率较上年提高2个百分点，达到98.5%。")) == 98.5
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告", "预算执行率比上年下降1.5个百分点，为97%。")) == 97.0
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告", "预算执行率较上年提高2个百分点。")) is None


def test_a_bare_rate_after_the_budget_and_a_bare_spending_figure_is_the_overall_one():
    """全年预算数…，执行数…，执行率…: the bare spending figure is the total's when the sentence names no part;
    after 基本支出预算…，执行数… the rate stays the part's."""
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告",
                                     "全年预算数1,000万元，执行数986万元，执行率98.6%。")) == 98.6
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告",
                                     "基本支出预算600万元，执行数590万元，执行率98.3%。")) is None


def test_a_projects_completion_rate_after_its_budget_and_spending_is_its_execution_rate():
    """项目全年预算数486万元，实际支出476.3万元，完成率98.0%: in a project's report the sentence naming 项目 names the whole, so the
    bare 完成率 after the spending's figure is the execution rate (over 100% too), no indicator of its own."""
    for rate in ("98.0", "101.6"):
        found = extract_document(build_document(
            f"某县林业局2023年度林业有害生物防治项目支出绩效自评报告\n一、项目资金情况\n"
            f"项目全年预算数486万元，实际支出476.3万元，完成率{rate}%。\n"))
        assert found.report["budget_execution_rate_pct"] == float(rate)
        assert [i.name for i in found.indicators] == []


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


def test_staff_counts_written_as_records_after_a_colon_without_a_unit():
    """编制数：20；实有数：19。: after its label and a colon a bare figure closing its clause is the count; without
    the colon the count needs its unit (编制20 户 is no count), and a year after the colon is none."""
    assert R.find_staff(doc("一、基本情况：编制数：20；实有数：19。")) == (20, 19)
    assert R.find_staff(doc("核定编制：12，在职人数：11。")) == (12, 11)
    assert R.find_staff(doc("编制20户，在职2023年调入。")) == (None, None)
    assert R.find_staff(doc("编制数：2023年核定。")) == (None, None)


def test_who_is_counted_between_shiyou_and_the_count():
    """实有 and the people it counts before the figure (实有在编干警72人, 实有干部职工25人, 实有工作人员17人, 实有民警271名)
    is the staff in post."""
    for text, want in (("编制80人，实有在编干警72人。", (80, 72)), ("编制26人，实有干部职工25人。", (26, 25)),
                       ("核定编制18人，实有工作人员17人。", (18, 17)), ("编制300名，实有民警271名。", (300, 271))):
        assert R.find_staff(doc(text)) == want, text
    # (one kind of post is a part, not the staff: the kinds listed are summed)
    assert R.find_staff(doc("实有行政人员9名、事业人员33名。")) == (None, 42)


def test_those_within_the_establishment_are_the_staff_in_post():
    """编制内人员19人（编制数20人） / 编制内实有人员23人: the people within the establishment are those in post."""
    assert R.find_staff(doc("一、基本情况：编制内人员19人（编制数20人）。")) == (20, 19)
    assert R.find_staff(doc("核定编制25名，编制内实有人员23人。")) == (25, 23)


def test_the_bare_word_before_the_count_of_staff():
    """``编制18名，实有17人`` / ``在职15人``: the bare word (实有, 在职, 在编, 在岗) before a count of people is the
    staff in post; words after it (在职党员) make another count."""
    assert R.find_staff(doc("本站核定编制18名，实有17人。")) == (18, 17)
    assert R.find_staff(doc("编制20人，在职15人，退休5人。")) == (20, 15)
    assert R.find_staff(doc("局机关在职党员15人。")) == (None, None)


def test_staff_in_post_and_total_establishment():
    assert R.find_staff(doc("我中心核定编制26人，在编人员24人，另有编外人员3人。")) == (26, 24)
    assert R.find_staff(doc("现有在职干部职工41人，其中公务员15人。")) == (None, 41)
    assert R.find_staff(doc("编制总数33名（其中：管理岗位4名，专业技术岗位29名），实有人员30名。")) == (33, 30)
    # the staff counted as in post (在编人数, 在岗人员)
    assert R.find_staff(doc("本所核定编制人数18人，实际在编人数17人。")) == (18, 17)
    assert R.find_staff(doc("人员编制12名，现有在岗人员11名。")) == (12, 11)


def test_staff_kinds_listed_without_total_are_summed():
    assert R.find_staff(doc("核定行政编制21名、事业编制7名，实有在职人员26名。")) == (28, 26)
    # a total given before its breakdown is the total
    assert R.find_staff(doc("核定编制30名，其中行政编制21名、事业编制9名。"))[0] == 30
    # one kind alone is the whole establishment
    assert R.find_staff(doc("本部门行政编制11名，实有人员10名。")) == (11, 10)


def test_staff_kinds_each_with_its_count_in_post_are_summed():
    """行政编制N人，实有M人；事业编制…: each kind of post with its count in post after it; both counts are the kinds'
    sums. A kind named with its holder between (，下属事业单位事业编制…) is still a listed part."""
    assert R.find_staff(doc("全所行政编制12人，实有11人；事业编制30人，实有27人。")) == (42, 38)
    assert R.find_staff(doc("行政编制8名，在职7名，事业编制5名，在职5名。")) == (13, 12)
    assert R.find_staff(doc("局机关行政编制15名，下属中心事业编制20名；年末实有人员33名。")) == (35, 33)
    # (a kind alone with its count in post is the whole)
    assert R.find_staff(doc("本局行政编制12人，实有11人。")) == (12, 11)
    # (a part of those in post between is no holder: the establishment stops at it)
    assert R.find_staff(doc("行政编制12名，其中在编干部10名，事业编制6名。"))[0] == 12
    assert R.find_staff(doc("行政编制12名，核减事业编制3名。"))[0] == 12  # (a change, no part)


def test_staff_wordings_of_the_establishment_and_of_those_in_post():
    """定编 / 定编定员 and the posts after the unit holding them (学校编制教职工, 医院编制人员) are the establishment;
    在岗教师 and a bare 现有 right after the establishment's count are the staff in post. Beds are no staff."""
    assert R.find_staff(doc("局机关定编16人，年末实有在编15人。")) == (16, 15)
    assert R.find_staff(doc("本站定编定员9人。"))[0] == 9
    assert R.find_staff(doc("学校编制教职工150人，实有在编教职工141人。")) == (150, 141)
    assert R.find_staff(doc("医院编制床位200张，医院编制人员180人，现有在职职工230人。")) == (180, 230)
    assert R.find_staff(doc("学校核定教师编制60名，在岗教师58名。")) == (60, 58)
    assert R.find_staff(doc("（二）人员：人员编制20名，现有19名，退休人员4名。")) == (20, 19)
    assert R.find_staff(doc("行政编制人员98人。"))[0] is None  # (those holding the posts)
    assert R.find_staff(doc("医院编制床位200张。")) == (None, None)
    assert R.find_staff(doc("学校现有学生300名。")) == (None, None)


def test_staff_of_the_establishment_named_as_its_posts_opening_a_clause():
    """编制人员 opening its clause (。编制人员37名, 人员情况：编制人员37名) is the establishment, counted in 名; 编制人员
    after words naming who holds them (行政编制人员, 非编制人员) is not."""
    assert R.find_staff(doc("局机关设5个科室。编制人员37名，在职实有35名。")) == (37, 35)
    assert R.find_staff(doc("（二）人员情况：编制人员37名，实有人员35名。")) == (37, 35)
    assert R.find_staff(doc("另有非编制人员6名。"))[0] is None


def test_staff_counts_in_a_form_one_cell_a_line_with_their_unit():
    """单位编制数 | 45人 / 实有人数 | 42人 as a department form's cells, one a line: the counts with their unit."""
    d = doc("某县某局2023年度部门整体支出绩效自评表", "部门名称", "某县某局", "单位编制数", "45人", "实有人数", "42人",
            "年度预算申请", "资金来源")
    authorized, actual = R.staff_evidence(d, R.forms_of(d))
    assert (authorized.value, authorized.source, actual.value, actual.source) == (45, "form", 42, "form")


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


def test_fiscal_year_from_the_form_year_line_under_its_heading():
    """项目支出绩效自评表 / （2021年度）: the form's own year line, its digits spaced as a page's cells print them, and
    over the year of a notice's title that publishes the form."""
    d = doc("项目支出绩效自评表 |", "( 2 021 年度) |", "项目名称 |", "道路养护 |")
    assert R.find_fiscal_year(d, None) == 2021
    title = "某县某局2024年项目绩效自评结果公开"
    d = doc(title, "现将自评表公开如下：", "| 项目支出绩效自评表 |", "| （2023年度） |", "| 项目名称 | 道路养护 |")
    assert R.find_fiscal_year(d, title) == 2023
    # (a year line under no form heading is no form's)
    d = doc(title, "现将自评表公开如下：", "（2023年度）", "项目名称 | 道路养护")
    assert R.find_fiscal_year(d, title) == 2024


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


def test_an_execution_rate_of_another_year_is_not_the_reports():
    """A rate whose clause, or whose sentence's opening, names the year before (上年, 去年) or another year
    than the report's is that year's: the report year's rate is read after it."""
    text = "2022年预算执行率为94.25%，2023年预算执行率为99.13%。"
    assert R._rate_in_text(doc(text), year=2023).value == 99.13
    assert R._rate_in_text(doc("上年预算执行率96.2%。", "本年预算执行率为97.5%。")).value == 97.5
    assert R._rate_in_text(doc("2022年支出95万元，预算执行率95%。", "2023年支出120万元，预算执行率98%。"),
                           year=2023).value == 98.0
    assert R._rate_in_text(doc("预算执行率97.5%，较上年提高1.3个百分点。")).value == 97.5


def test_an_execution_rate_whose_clause_names_this_year_after_last_years():
    """``上年预算执行率为93%，本年预算执行率为97%``: the sentence opens with last year's rate, but the second
    rate's own clause names the report's year (本年, 今年, 当年)."""
    assert R._rate_in_text(doc("上年预算执行率为93%，本年预算执行率为97%。")).value == 97.0
    assert R._rate_in_text(doc("去年预算执行率90%，今年预算执行率为96.5%。")).value == 96.5
    assert R._rate_in_text(doc("上年预算执行率为93%，执行率有所提高。")) is None


def test_bare_execution_rate_right_after_the_spending_total_is_overall():
    d = doc("某县档案局2023年度收入合计3,120,000.00元，支出合计2,900,000.00元，执行率为92.95%，"
            "其中：基本支出2,000,000.00元，执行率达100.00%，项目支出900,000.00元，执行率达81.80%。")
    assert R.find_execution_rate(d) == 92.95
    # …or after the full-year budget's; 支出进度 is the rate too
    assert R.find_execution_rate(doc("年初预算900万元，调整后预算1,050万元，执行率97.4%。")) == 97.4
    assert R.find_execution_rate(doc("年终预算1,000万元，支出进度98.6%。")) == 98.6
    # after a part's figure the bare rate is the part's
    assert R.find_execution_rate(doc("项目支出90万元，执行率为81.8%。")) is None
    # a bare rate after something else is not a budget rate
    assert R.find_execution_rate(doc("培训经费支出2万元，完成率为100%。")) is None


# --- the ways real pages write the report fields (issue: who, where, which year, what kind) -------

def fields(*lines):
    """The report fields extract_document gives a short text (forms read as in a refresh)."""
    from pipelines.extract import extract_document
    return extract_document(doc(*lines)).report


def test_title_broken_after_the_year():
    r = fields("沧州市林业局2022年度", "项目绩效自评报告", "(某某防火补助经费项目)", "一、项目基本情况")
    assert r["title"] == "沧州市林业局2022年度项目绩效自评报告(某某防火补助经费项目)"
    assert (r["department"], r["fiscal_year"], r["report_kind"]) == ("沧州市林业局", 2022, "project")
    assert (r["province"], r["city"], r["district"]) == ("河北省", "沧州市", None)
    assert r["title_line_no"] == 1 and r["department_line_no"] == 1


def test_title_wrapped_inside_the_units_name():
    """A long title wrapped by a PDF's line inside the unit's name (…社会保障 / 局2022年度…, …自 / 治县林业局…): the
    line above and the words before the year make the unit, opening with its place; a line above that names no
    place (a breadcrumb) is not joined."""
    r = fields("沧州市人力资源和社会保障", "局2022年度部门整体支出绩效自评报告", "一、部门基本情况")
    assert (r["department"], r["fiscal_year"], r["city"]) == ("沧州市人力资源和社会保障局", 2022, "沧州市")
    assert r["title"] == "沧州市人力资源和社会保障局2022年度部门整体支出绩效自评报告"
    r = fields("信息公开目录", "局2022年度部门整体支出绩效自评报告", "一、部门基本情况")
    assert r["title"] == "局2022年度部门整体支出绩效自评报告"


def test_the_year_the_text_says_it_evaluates_is_the_fiscal_year_of_a_title_without_one():
    """我局对2022年度部门整体支出开展了绩效自评: that year, though the notice asking for the evaluation and the plans
    after it name the next more often (关于开展2023年度预算绩效自评工作的通知 / 2023年度我局将…)."""
    r = fields("某县民政局部门整体支出绩效自评报告",
               "根据县财政局《关于开展2023年度预算绩效自评工作的通知》要求，我局对2022年度部门整体支出开展了绩效自评。",
               "2023年度我局将进一步加强预算管理。")
    assert r["fiscal_year"] == 2022


def test_the_sum_closing_a_list_of_part_scores_is_the_self_score():
    """其中预算执行得分9分，产出指标得分38分，…，合计86.5分: the sum after two parts' scores or more is the total, though
    no score label precedes it (an indicator's 得分10分 elsewhere had been taken); a 合计 of money is no score."""
    r = fields("某县档案馆2023年度部门整体支出绩效自评报告", "产出指标完成率100%，得分10分。",
               "其中预算执行得分9分，产出指标得分38分，效益指标得分25.5分，满意度得分14分，合计86.5分，等级为良。")
    assert (r["self_score"], r["grade"]) == (86.5, "良")
    r = fields("某县档案馆2023年度部门整体支出绩效自评报告", "基本支出120万元，项目支出30万元，合计150万元。")
    assert r["self_score"] is None


def test_a_footnotes_mark_after_the_total_score_leaves_the_score():
    """总分 | 100 | 94.5* (or 94.5 *, 97.75① written (1)): the mark refers to a note; the figure is the score (the
    row had given the full marks, 100, as the score). The indicator table's own total reads it alike."""
    for total, score in (("94.5*", 94.5), ("94.5 *", 94.5), ("97.75①", 97.75)):
        text = "\n".join(["某县民政局2023年度临时救助项目支出绩效自评表",
                          "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                          "| 产出指标 | 数量指标 | 救助人次 | ≥300人次 | 312人次 | 50 | 50 |",
                          f"| 总分 | | | | | 100 | {total} |", "注：*含加分项。"])
        got = extract_document(build_document(text)).report
        assert (got["self_score"], got["indicator_total_score"]) == (score, score), total


def test_a_list_of_the_sites_articles_opened_by_bullets_or_dates_lends_no_title():
    """■ 某局2022年度…报告 / · … / [2024-04-01] 某局…报告, two such lines or more above the report: the site's latest
    or related articles, each a link; the report's own title below them gives the unit and the year."""
    for mark in ("■ ", "· ", "[2024-04-01] "):
        r = fields("某县人民政府", f"{mark}某县水务局2022年度部门整体支出绩效自评报告",
                   f"{mark}某县教育局2022年度部门整体支出绩效自评报告", "某县民政局2023年度部门整体支出绩效自评报告",
                   "一、部门基本情况")
        assert (r["department"], r["fiscal_year"]) == ("某县民政局", 2023), mark


def test_a_project_name_opening_with_a_kind_of_unit_yields_to_the_form_unit_cell():
    """图书馆免费开放项目绩效自评报告 / 项目实施单位：某区文化和旅游局: the title's first words name a kind of unit, no unit
    by its place; the unit cell names who reports. A unit the title names by its place still stands."""
    r = fields("图书馆免费开放项目绩效自评报告", "（2023年度）", "项目实施单位：某区文化和旅游局", "一、项目基本情况")
    assert r["department"] == "某区文化和旅游局"
    r = fields("沧州市图书馆免费开放项目绩效自评报告", "（2023年度）", "项目实施单位：沧州市文化和旅游局", "一、项目基本情况")
    assert r["department"] == "沧州市图书馆"


def test_title_broken_after_its_kind_and_its_place_on_the_line_above():
    """``某局2023年度部门整体支出`` / ``绩效自评报告`` is one title; a place alone on the line above
    (``沧县``) is its unit's place. A place the line below names already is not joined again."""
    r = fields("附件1", "沧县", "水务局2023年度部门整体支出", "绩效自评报告", "一、部门基本情况")
    assert (r["title"], r["department"], r["title_line_no"]) == ("沧县水务局2023年度部门整体支出绩效自评报告", "沧县水务局", 2)
    assert (r["fiscal_year"], r["report_kind"], r["district"]) == (2023, "department_overall", "沧县")
    r = fields("沧县", "沧县水务局2023年度部门整体支出", "绩效自评报告", "一、部门基本情况")
    assert (r["title"], r["department"]) == ("沧县水务局2023年度部门整体支出绩效自评报告", "沧县水务局")


def test_title_in_three_pieces_joins_unit_year_and_fund():
    r = fields("首页 > 信息公开", "泗县民政局", "", "2024年度中央、省级转移支付资金", "", "绩效自评报告", "一、绩效目标")
    assert r["title"] == "泗县民政局2024年度中央、省级转移支付资金绩效自评报告"
    assert (r["department"], r["fiscal_year"], r["report_kind"]) == ("泗县民政局", 2024, "project")


def test_title_of_a_project_evaluation_within_the_final_accounts():
    t = R.parse_title("衢州市审计局2023年度部门决算中项目绩效评价报告", 1, R.gazetteer().starts_with_place)
    assert (t.unit, t.year, t.kind) == ("衢州市审计局", 2023, "project")


def test_title_with_a_township_or_a_bare_place_around_the_year():
    """Towns are not in the gazetteer: a township's unit right after the year is the unit (城乡/乡镇 name
    none); a place before the year with the unit after it (某市2024年度第一中学…) is one name."""
    place = R.gazetteer().starts_with_place
    assert R.parse_title("2023年度杨家乡卫生院部门整体支出绩效自评报告", 1, place).unit == "杨家乡卫生院"
    assert R.parse_title("2022年度城关街道办事处部门整体支出绩效自评报告", 1, place).unit == "城关街道办事处"
    assert R.parse_title("2023年度农村乡镇道路建设项目绩效自评报告", 1, place).unit is None
    assert R.parse_title("2023年度城乡环境整治项目绩效自评报告", 1, place).unit is None
    assert R.parse_title("湄潭县2024年度第二中学部门整体支出绩效自评报告", 1, place).unit == "湄潭县第二中学"
    assert R.parse_title("湄潭县2024年度农村公路养护项目绩效自评报告", 1, place).unit is None


def test_a_page_that_runs_its_chrome_into_the_title():
    """``今天是:2025年12月04日 … 2021年…自评表(某分局)`` on one line: a year opening a date is no report year,
    and the title's unit in brackets, a short name of the form's unit, still lets the title give the kind."""
    r = fields("今天是:2025年12月04日 某开发区 2021年中央对地方专项转移支付区域绩效目标自评表(市场监管经开区分局) "
               "单位名称 遂宁市市场监督管理局经开区分局 预算执行率 100%")
    assert (r["fiscal_year"], r["report_kind"]) == (2021, "project")
    place = R.gazetteer().starts_with_place
    assert R.parse_title("填报日期2023年3月1日 2022年度某局项目支出绩效自评表", 1, place).year == 2022


def test_a_title_broken_anywhere_over_lines_and_a_breadcrumb_ending_in_the_title():
    """A title broken inside its kind (某局2023年度部门 / 整体支出绩效自评报告), in three (某局2023年度 / 部门整体支出绩效 /
    自评报告), or after the year and a project's name (2023年度某县某某工程 / 项目支出绩效自评报告) is one title; a line
    joined that loses what the title gave alone is none of it. A breadcrumb ending in the title (首页 > … > title)
    gives the title alone."""
    r = fields("沧县水务局2023年度部门", "整体支出绩效自评报告", "一、部门基本情况")
    assert (r["title"], r["department"], r["fiscal_year"]) == ("沧县水务局2023年度部门整体支出绩效自评报告", "沧县水务局", 2023)
    r = fields("沧县水务局2023年度", "部门整体支出绩效", "自评报告", "一、部门基本情况")
    assert (r["title"], r["department"]) == ("沧县水务局2023年度部门整体支出绩效自评报告", "沧县水务局")
    r = fields("2023年度沧县农村饮水安全工程", "项目支出绩效自评报告", "主管部门：沧县水务局")
    assert (r["title"], r["fiscal_year"], r["report_kind"]) == ("2023年度沧县农村饮水安全工程项目支出绩效自评报告", 2023, "project")
    r = fields("2023年度政务公开专栏", "沧县水务局部门整体支出绩效自评报告(2023年度)", "一、部门基本情况")
    assert (r["title"], r["department"]) == ("沧县水务局部门整体支出绩效自评报告(2023年度)", "沧县水务局")
    r = fields("首页 > 政务公开 > 财政资金 > 沧县水务局2023年度部门整体支出绩效自评报告", "一、部门基本情况")
    assert (r["title"], r["department"]) == ("沧县水务局2023年度部门整体支出绩效自评报告", "沧县水务局")
    r = fields("当前位置：首页>信息公开>沧县水务局2023年度部门整体支出绩效自评报告", "一、部门基本情况")
    assert (r["title"], r["department"]) == ("沧县水务局2023年度部门整体支出绩效自评报告", "沧县水务局")


def test_title_with_the_project_in_brackets_after_it():
    r = fields("泗县民政局2022年度项目支出绩效自评报告(春节慰问经费)", "一、项目概况")
    assert r["title"] == "泗县民政局2022年度项目支出绩效自评报告(春节慰问经费)"
    assert (r["department"], r["fiscal_year"], r["report_kind"]) == ("泗县民政局", 2022, "project")


def test_title_chrome_is_stripped():
    assert R.find_title(doc("附 件:2.衢州市审计局2023年度部门整体支出绩效自评报告"))[0] == \
        "衢州市审计局2023年度部门整体支出绩效自评报告"
    assert R.find_title(doc("名称: 衢州市审计局2021年度某某项目支出绩效自评表 文号:"))[0] == \
        "衢州市审计局2021年度某某项目支出绩效自评表"
    assert R.find_title(doc("《某县第三中学专项资金绩效自评价报告.docx》 在线阅读"))[0] == \
        "某县第三中学专项资金绩效自评价报告"
    # a metadata row's cell saying 自评报告 is no title; the form's own title below is
    assert R.find_title(doc("公开目录 | 自评报告 | 发布日期 | 2023-03-08 |", "项目支出绩效自评表 | ||||"))[0] == \
        "项目支出绩效自评表"
    # a sentence naming the report is no title
    assert R.find_title(doc("现将2023年某某项目绩效目标自评报告如下:")) == (None, None)


def test_unit_on_the_line_below_a_title_without_one():
    r = fields("2020年部门整体支出绩效评价报告", "", "衢州市柯城区城市管理局", "", "一、基本情况")
    assert (r["department"], r["department_source"], r["department_line_no"]) == ("衢州市柯城区城市管理局", "title", 3)
    assert r["district"] == "柯城区"


def test_unit_only_in_the_pages_metadata():
    r = fields("索引号: 0001/2024-01 发布机构: 湄潭县档案馆 发文日期: 2024-05-01",
               "部门整体支出及项目支出绩效评价报告", "一、部门概况", "本单位2023年度整体支出……")
    assert (r["department"], r["department_source"], r["department_line_no"]) == ("湄潭县档案馆", "metadata", 1)
    assert r["report_kind"] == "department_overall"
    assert (r["province"], r["city"], r["district"]) == ("贵州省", "遵义市", "湄潭县")
    # the label in brackets with the name on the next line
    r = fields("[ 发布机构 ]", "湄潭县档案馆", "[ 成文日期 ]", "2024-06-12", "部门整体支出绩效自评报告")
    assert (r["department"], r["department_line_no"]) == ("湄潭县档案馆", 2)


def test_a_finance_bureau_publishing_the_page_yields_to_the_unit_the_report_names():
    # the finance bureau's site posts the reports of every unit: its name in the metadata and the
    # breadcrumbs is the publisher's; the report's own words name the unit
    r = fields("湄潭县人民政府", "当前位置：首页 > 信息公开 > 湄潭县财政局 > 预决算公开",
               "发布机构：湄潭县财政局 发布日期：2024-05-10",
               "部门整体支出绩效自评报告", "一、部门概况", "湄潭县档案馆是县委直属事业单位，主要职责是……")
    assert (r["department"], r["department_source"]) == ("湄潭县档案馆", "text")
    # a second metadata line naming the unit wins over the publisher's before it
    r = fields("来源：湄潭县财政局", "发布机构：湄潭县档案馆", "部门整体支出绩效自评报告")
    assert (r["department"], r["department_line_no"]) == ("湄潭县档案馆", 2)
    # the finance bureau's own report names no other unit: the metadata's stands
    r = fields("发布机构：湄潭县财政局", "部门整体支出绩效自评报告", "一、部门概况", "本部门主要职责是管理全县财政收支。")
    assert r["department"] == "湄潭县财政局"


def test_a_report_speaking_as_a_township_is_its_governments():
    # a letter to a county's office, the township's name only in the project's (its signature cut off): the report
    # speaks as the township (我镇), whose government reports; 我乡 / 我街道 alike
    letter = ["湄潭县乡村振兴工作领导小组：", "现将2024年湄潭县兴隆镇茶园道路项目绩效自评报告如下：",
              "一、项目基本情况", "我镇新建茶园道路3公里，安排项目资金56万元。"]
    r = fields(*letter)
    assert (r["department"], r["department_source"], r["department_line_no"]) == ("湄潭县兴隆镇人民政府", "text", 2)
    r = fields("现将义乌市稠城街道社区服务项目绩效自评报告如下：", "我街道全年开展服务120场。")
    assert r["department"] == "义乌市稠城街道办事处"
    # a word going on after 乡 / 镇 (美丽乡村, 城镇化) ends no township
    r = fields("湄潭县美丽乡村建设项目绩效自评报告如下：", "我乡新建村道2公里。", "湄潭县复兴乡辖8个村。")
    assert r["department"] == "湄潭县复兴乡人民政府"
    # the finance bureau publishing it is not the township; a signature naming the government stands as written
    assert fields("发布机构：湄潭县财政局", *letter)["department"] == "湄潭县兴隆镇人民政府"
    assert fields(*letter, "兴隆镇人民政府", "2025年3月1日")["department"] == "兴隆镇人民政府"
    # a report speaking as a 厅 is not the 财政局 publishing it; one speaking as a 局 may be its own
    r = fields("发布机构：湄潭县财政局", "部门整体支出绩效自评报告", "2023年我厅组织开展了整体支出绩效自评。")
    assert r["department"] is None
    r = fields("发布机构：湄潭县财政局", "部门整体支出绩效自评报告", "2023年我局组织开展了整体支出绩效自评。")
    assert r["department"] == "湄潭县财政局"


def test_a_unit_named_by_its_level_takes_the_pages_place():
    r = fields("欢迎访问镜湖区政府门户网", "更新时间:2022-03-02 来源:区疾病预防控制中心 作者:",
               "一、预算单位基本情况", "根据芜湖市镜湖区人民政府办公室的通知,区疾控中心负责全区疾病预防控制工作。",
               "三、资金使用及绩效情况", "(一)整体支出绩效情况")
    assert r["department"] == "芜湖市镜湖区疾病预防控制中心"
    assert (r["province"], r["city"], r["district"]) == ("安徽省", "芜湖市", "镜湖区")
    # no title: the text's own words say it is a department-wide evaluation
    assert r["report_kind"] == "department_overall"
    # a name opening with 市场 is no bare level
    assert R.find_department(doc("发布机构：市场监督管理局", "部门整体支出绩效自评报告")) == "市场监督管理局"


def test_department_cells_of_a_form():
    assert R.find_department(doc("单位(盖章)：湄潭县水务局", "部门整体支出绩效自评表")) == "湄潭县水务局"
    # 部门: in the page header, the 实施单位 in the form: the 实施单位 reports
    d = doc("2022年度项目支出绩效自评表 | 部门:昭通市彝良县青松中学 |",
            "| 项目名称 | 某某专项资金 | 主管部门 | 彝良县教育体育局 | 实施单位 | 彝良县青松中学 | 项目资金 (元) |")
    assert R.find_department(d) == "彝良县青松中学"
    # the 主管部门 cell written with a 部门 tag is read without it
    d = doc("| 项目名称 | 某某补助资金 |", "| 主管部门 | 彝良县司法局部门 | 实施单位 | |")
    assert R.find_department(d) == "彝良县司法局"


def test_codes_in_front_of_names_are_dropped():
    for code in ("219-", "219001-", "314002-"):
        d = doc("项目名称: 某某补贴 实施(主管)单位 " + code + "歙县民政局机关 金额单位: 万元")
        assert R.find_department(d) == "歙县民政局机关"


def test_form_cells_run_together_end_at_the_next_label():
    d = doc("2023年度财政项目绩效自评表单位名称:歙县人民医院填报日期:2024年4月2日项目名称某某补助"
            "主管部门歙县卫生健康委项目实施单位歙县人民医院项目类别1、部门预算项目")
    assert R.find_department(d) == "歙县人民医院"
    d = doc("某某项目绩效目标自评表(2023年度)项目总得分91分项目名称某某示范项目项目实施单位/项目负责人"
            "屯溪区农技中心/张三市县主管部门屯溪区农业农村局资金情况(万元)")
    assert R.find_department(d) == "屯溪区农技中心"


def test_a_title_naming_the_forms_supervisor_keeps_it():
    # the report is the 司法局's, whose name the title bears; its project is carried out by a centre
    d = doc("2023年度武义县司法局法律援助项目支出绩效自评报告", "| 项目名称 | 法律援助经费 |",
            "| 主管部门 | 武义县司法局 | 实施单位 | 武义县法律援助中心 |")
    assert R.find_department(d) == "武义县司法局"


def test_a_department_report_including_project_forms_stays_the_departments():
    r = fields("武义县教育局2023年度部门整体支出绩效自评报告", "一、部门概况",
               "本局项目支出绩效情况见附表。", "| 项目名称 | 某某改造项目 |",
               "| 主管部门 | 武义县教育局 | 实施单位 | 武义县第二中学 |")
    assert (r["department"], r["report_kind"]) == ("武义县教育局", "department_overall")


def test_a_township_named_in_full_above_the_date():
    r = fields("县乡村振兴指挥部:", "现将2024年某某社区排水项目绩效目标自评报告如下:",
               "附件:2024年歙县南源镇某某社区产业设施配套项目自评表[点击下载]", "歙县南源镇人民政府", "2025年1月10日")
    assert (r["department"], r["district"], r["report_kind"]) == ("歙县南源镇人民政府", "歙县", "project")
    assert r["department_line_no"] == 4


def test_the_organisation_the_running_text_names_with_its_place():
    d = doc("| 2022年度部门整体支出绩效自评情况报告 | |||",
            "| 一、部门基本情况 | 会东县人民代表大会常务委员会部门年末共有编制15人。 |")
    assert R.find_department(d) == "会东县人民代表大会常务委员会"


def test_report_kind_from_title_form_and_text():
    kind = R.find_report_kind
    assert kind("泗县审计局2023年度某某项目绩效评价报告", doc("")) == "project"
    assert kind("某县第三中学专项资金绩效自评价报告", doc("")) == "project"
    assert kind("某局2021年度中央对地方转移支付预算执行情况绩效自评报告", doc("")) == "project"
    assert kind("某校2024年度部门整体和项目支出绩效自评报告", doc("")) == "department_overall"
    assert kind("部门整体支出及项目支出绩效评价报告", doc("")) == "department_overall"
    # no kind in the title: the form's 转移支付(项目)名称 cell says
    d = doc("就业补助资金绩效自评表", "转移支付(项目)名称 | 就业补助资金 | ||||||", "资金使用单位 | 歙县人社局 | ||||")
    assert R.find_report_kind(None, d) == "project"
    # a cover whose 项目名称 is the whole department's spending
    d = doc("项目名称：2023年部门整体支出", "部门名称：歙县档案馆")
    assert R.find_report_kind(None, d) == "department_overall"
    # no kind in the title (…养护工程支出绩效自评报告): a report opening on the project's own section is a project's
    d = doc("某县交通运输局2019年度农村公路养护工程支出绩效自评报告", "一、项目基本情况", "（一）项目概况", "养护农村公路。")
    assert R.find_report_kind(None, d) == "project"


def test_execution_rate_of_a_funds_block_flattened_into_text():
    r = fields("2021年度财政项目绩效自评表项目名称某某补助主管部门歙县卫生健康委项目实施单位歙县人民医院"
               "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额80080098%20"
               "年度绩效目标", "")
    assert r["budget_execution_rate_pct"] == 98.0
    # a header whose last column is the rate, its figures on the next line
    r = fields("某县民政局2020年度预算项目绩效自评表",
               "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)",
               "预算数 12.50 到位数 12.50 执行数 11.20 89.60", "")
    assert (r["budget_execution_rate_pct"], r["budget_execution_rate_line_no"]) == (89.6, 3)
    # the figures over three lines after the total row's label
    r = fields("资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助省级补助120万元",
               "103.2万元", "86.0%市县资金年度总体目标")
    assert (r["budget_execution_rate_pct"], r["budget_execution_rate_line_no"]) == (86.0, 3)


def test_execution_rate_written_as_a_label_and_value():
    r = fields("2022年中央对地方专项转移支付区域绩效目标自评表", "单位名称 歙县市场监督管理局 联系人及电话 张三",
               " 转移支付预算数(A) 7.2万 预算执行率(B/A) 98%", " 转移支付执行数(B) 7.056万")
    assert r["budget_execution_rate_pct"] == 98.0
    assert find_rate("项目资金执行情况。2022年度某某补助经费执行率为97.5%。") == 97.5


def find_rate(*lines):
    return R.find_execution_rate(doc(*lines))


def test_rates_of_several_funds_are_none_of_them_the_reports():
    text = ("某某补偿资金到位100万元，已全部支付，预算执行率100%。",
            "某某管护补助资金到位20万元，年内未支付，预算执行率0%。")
    assert find_rate(*text) is None
    assert find_rate(text[0]) == 100.0


def test_staff_from_the_forms_cells_and_the_text():
    r = fields("| 部门名称 | 歙县档案馆 |", "| 人员编制 | 21 | 实有人数 | 19 |", "部门整体支出绩效自评表")
    assert (r["staff_authorized"], r["staff_actual"]) == (21, 19)
    assert R.find_staff(doc("编制13人，其中行政编制10人、事业编制3人。")) == (13, None)
    assert R.find_staff(doc("本单位在职在编实有行政人员12人。"))[1] == 12
    assert R.find_staff(doc("学校现有在编教师数为28 人。"))[1] == 28


def test_a_conclusion_cell_holding_a_grade_word():
    """``| 自评结论 | 良好 |``: a conclusion cell that holds a grade word gives the grade; one holding text none."""
    assert fields("| 项目名称 | 某某项目 |", "| 自评结论 | 良好 |")["grade"] == "良"
    assert fields("| 项目名称 | 某某项目 |", "| 评价结论 | 项目总体完成较好 |")["grade"] is None


def test_a_combined_score_cell_and_a_result_cell_holding_a_grade_word():
    """``| 综合评分 | 88.5 | 评价结果 | 良 |``: a form names the whole's score 综合评分 and its grade's cell 评价结果;
    a result cell holding text or a score gives no grade."""
    r = fields("| 项目名称 | 某某项目 |", "| 综合评分 | 88.5 | 评价结果 | 良 |")
    assert (r["self_score"], r["grade"]) == (88.5, "良")
    assert fields("| 项目名称 | 某某项目 |", "| 评价结果 | 86分 |")["grade"] is None


@pytest.mark.parametrize("score_label, grade_label", [
    ("绩效自评得分", "绩效等级"), ("部门整体自评得分", "评定等级"), ("项目自评得分", "等次"), ("最终得分", "考核等次"),
    ("自评综合得分", "绩效评价等级"), ("自评总得分", "自评等级"), ("绩效自评总分", "评价等级"), ("项目自评总分", "等级"),
    ("自评综合评分", "评定等次")])
def test_score_and_grade_cells_under_the_names_forms_give_them(score_label, grade_label):
    """The whole's score and grade cells go by more names than 自评得分 / 自评等级; an indicator table's score
    column (评价得分, 考核得分) names no whole's score."""
    r = fields("| 项目名称 | 某某项目 |", f"| {score_label} | 91.5 | {grade_label} | 优 |")
    assert (r["self_score"], r["grade"]) == (91.5, "优")
    assert fields("| 项目名称 | 某某项目 |", "| 评价得分 | 91.5 |")["self_score"] is None


def test_staff_cells_under_their_longer_names():
    """``| 人员编制数 | 24 | 在职在编人数 | 22 |`` / ``| 核定编制数 | 7 | 在编在岗人数 | 6 |``: the form's counts."""
    r = fields("| 单位名称 | 某某中心 |", "| 人员编制数 | 24 | 在职在编人数 | 22 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (24, 22)
    r = fields("| 单位名称 | 某某中心 |", "| 核定编制数 | 7 | 在编在岗人数 | 6 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (7, 6)


def test_a_staff_table_under_other_names_of_its_columns():
    """``| 人员编制 | 在职人数 | 退休人数 |`` over its counts (and 编制总数 | 在编人数): the unit's staff; the retired
    column, after the known ones, is read past."""
    for table in ("| 人员编制 | 在职人数 | 退休人数 |\n| 18 | 17 | 5 |", "| 编制总数 | 在编人数 |\n| 18 | 17 |"):
        r = fields("某某县司法局2022年度部门整体支出绩效自评报告", "一、部门基本情况", table)
        assert (r["staff_authorized"], r["staff_actual"]) == (18, 17), table


def test_a_self_score_labelled_zipingfenshu_without_its_points():
    """``自评分数：86.5`` (no 分 after the figure) and ``| 自评分数 | 86.5 |``: the self score under that label too."""
    assert R.find_self_score(doc("二、自评结论", "自评分数：86.5", "等级：良")) == 86.5
    assert fields("| 单位名称 | 某某中心 |", "| 自评分数 | 77.5 |")["self_score"] == 77.5


def test_a_label_cell_with_its_unit_in_brackets():
    """``| 编制数（人） | 12 | 实有人数(人) | 10 |``: the note after the label is no part of it."""
    r = fields("| 单位名称 | 某某中心 |", "| 编制数（人） | 12 | 实有人数(人) | 10 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (12, 10)


def test_score_and_grade_from_the_total_row_and_the_cells():
    r = fields("| 其他需要说明事项 | 无 | 总分 | 100 | 93 | 优 |")
    assert (r["self_score"], r["grade"], r["self_score_line_no"]) == (93.0, "优", 1)
    d = doc("某某项目绩效目标自评表 填报日期:2023 年 5 月 6 项目名称 某某 自评总分: 88 项目实施单位 歙县交通运输局")
    assert R.find_self_score(d, R.forms_of(d)) == 88.0
    assert R.find_grade(doc("本年度部门整体支出和两项专项资金的自评等次均为优秀。")) == "优"


def test_a_total_row_writing_its_points():
    """``| 总分 | 100分 | 89.5分 | 良好 |``: the score is the second figure, as when the cells hold bare numbers,
    not the full marks."""
    r = fields("| 单位名称 | 某某中心 |", "| 总分 | 100分 | 89.5分 | 良好 |")
    assert (r["self_score"], r["grade"]) == (89.5, "良")


def test_a_closing_sum_row_over_the_full_marks_is_the_self_score():
    """A 合计 row often sums the indicators alone (合计 | 90 | 86): not the self score. Over the full marks
    (合计 | 100 | 95.5) it is."""
    table = ["| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
             "| 产出指标 | 数量指标 | 改造管网长度 | ≥12公里 | 12.6公里 | 60 | 60 |",
             "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 92% | {w} | {s} |"]
    full = fields(*table[:2], table[2].format(w=40, s=35.5), "| 合计 | | | | | 100 | 95.5 |")
    part = fields(*table[:2], table[2].format(w=30, s=26), "| 合计 | | | | | 90 | 86 |")
    assert (full["self_score"], part["self_score"]) == (95.5, None)


def test_a_scoring_tables_sum_row_over_the_full_marks_without_indicator_names():
    """A department's scoring summary (一级指标 | 分值 | 得分, one row a part) ends in ``合计 | 100 | 93.5 | 优``: the
    self score and grade. A 合计 row over 100 under a budget header (项目 | 金额) is money, not a score."""
    scored = fields("| 一级指标 | 分值 | 得分 |", "| 决策 | 20 | 19 |", "| 过程 | 20 | 18 |", "| 产出 | 40 | 37.5 |",
                    "| 效益 | 20 | 19 |", "| 合计 | 100 | 93.5 | 优 |")
    assert (scored["self_score"], scored["grade"]) == (93.5, "优")
    money = fields("| 项目 | 年初预算 | 执行数 |", "| 基本支出 | 60 | 58 |", "| 项目支出 | 40 | 35 |", "| 合计 | 100 | 93 |")
    assert money["self_score"] is None


def test_a_total_row_short_of_the_full_marks_gives_way_to_the_stated_total():
    """``总分 | 90 | 88`` sums the indicators alone: the total the text states (自评得分97.85分) is the self score;
    with no total stated the row's score stays."""
    table = ["| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
             "| 产出指标 | 数量指标 | 改造管网长度 | ≥12公里 | 12.6公里 | 90 | 88 |", "| 总分 | | | | | 90 | 88 |"]
    assert fields("经评价，本项目自评得分97.85分。", *table)["self_score"] == 97.85
    assert fields("经评价，本项目完成较好。", *table)["self_score"] == 88.0


def test_last_years_score_and_a_grading_band_are_not_the_self_score():
    """``上年度…自评得分89.6分，等级为良`` is last year's; ``综合得分90分（含）以上为优秀`` is a band of the standard."""
    d = doc("上年度部门整体支出自评得分为89.6分，等级为良。本年度自评得分95.6分，等级为优。")
    assert (R.find_self_score(d), R.find_grade(d)) == (95.6, "优")
    assert R.find_self_score(doc("评分标准：综合得分90分（含）以上为优秀，80-90分为良好。")) is None
    assert R.find_self_score(doc("自评得分92分，较上年提高3分。")) == 92.0


def test_every_field_keeps_its_line():
    r = fields("歙县档案馆2023年度部门整体支出绩效自评报告", "一、部门概况", "本馆编制人数12人，实际人数11人。",
               "本年支出合计100万元，预算执行率为95.5%。", "自评得分92分，等级为优秀。")
    assert r["department_line_no"] == r["title_line_no"] == r["fiscal_year_line_no"] == r["report_kind_line_no"] == 1
    assert r["region_line_no"] == 1
    assert (r["staff_authorized_line_no"], r["staff_actual_line_no"]) == (3, 3)
    assert r["budget_execution_rate_line_no"] == 4
    assert (r["self_score_line_no"], r["grade_line_no"]) == (5, 5)


def test_a_cell_writing_the_titles_unit_in_full_is_taken():
    d = doc("歙县民政局2020年度预算项目绩效自评表", "项目名称: 某某补贴 实施(主管)单位 314002-歙县民政局机关 金额单位: 万元")
    assert R.find_department(d) == "歙县民政局机关"
    # a unit under the title's (its 福利院) is another unit: the report stays the title's
    d = doc("歙县民政局2020年度某某项目支出绩效自评报告", "| 项目名称 | 某某补贴 |",
            "| 主管部门 | | 实施单位 | 歙县民政局社会福利院 |")
    assert R.find_department(d) == "歙县民政局"
    # …but a form (自评表) titled by its 主管部门 is its 实施单位's
    d = doc("歙县民政局2020年度某某项目支出绩效自评表", "| 项目名称 | 某某补贴 |",
            "| 主管部门 | 歙县民政局 | 实施单位 | 歙县社会福利院 |")
    assert R.find_department(d) == "歙县社会福利院"


def test_an_implementer_naming_several_units_leaves_the_report_to_its_supervisor():
    """实施单位 | 各乡镇人民政府 (or 某中心、某医院, or 某局等) names no one unit: the 主管部门 is the report's."""
    for implementer in ("各乡镇人民政府", "歙县疾控中心、歙县人民医院", "歙县社会福利院等", "歙县各中小学校"):
        r = fields("2020年度某某项目支出绩效自评表", "| 项目名称 | 某某补贴 |",
                   f"| 主管部门 | 歙县民政局 | 实施单位 | {implementer} |")
        assert r["department"] == "歙县民政局", implementer


def test_in_a_projects_report_the_projects_funds_rate_is_the_reports():
    text = ("歙县档案馆2023年度某某档案数字化项目绩效自评报告", "一、项目资金情况",
            "本项目年初安排资金50万元，项目资金执行率为98%。")
    assert fields(*text)["budget_execution_rate_pct"] == 98.0
    # in a department's report the same sentence is about one of its parts
    assert find_rate(text[2]) is None
    assert R.find_self_score(doc("本项目自评结果为88分，等级为良好。")) == 88.0


def test_a_year_field_naming_a_period_gives_its_last_year():
    """``评价年度：2021-2022`` / ``评价年度：2021年至2022年``: the last year, as a title's 2021-2022年度 gives; a date
    after the field's year (2022-12-31) is no period."""
    for field in ("评价年度：2021-2022", "评价年度：2021年至2022年", "评价年度：2022-12-31"):
        assert R.find_fiscal_year(doc("部门整体支出绩效自评报告", field, "填报单位：某某县档案馆"), None) == 2022, field


def test_chinese_numeral_dates_become_digits_and_a_non_number_is_left_alone():
    from pipelines.extract.titles import arabic_years

    assert arabic_years("二〇二四年三月十五日") == "2024年3月15日"
    assert arabic_years("二〇二三年十二月三十一日") == "2023年12月31日"
    assert arabic_years("二〇二三年二十日") == "2023年20日"
    # 三九 and 十十 are no month: the text is kept (before, 三九 stopped the whole file's extraction)
    assert arabic_years("二〇二二年三九月") == "2022年三九月"
    assert arabic_years("年十十月") == "年十十月"


def test_the_unit_above_a_date_written_in_chinese_numerals_signs_the_report():
    """``某县档案馆`` / ``二〇二四年三月十五日`` closing a report whose title names no unit: the signature, as with
    a date in digits; a line of words above such a date is none."""
    d = doc("2023年度部门整体支出绩效自评报告", "一、基本情况", "正文。", "", "某某县档案馆", "二〇二四年三月十五日")
    assert R.find_department(d) == "某某县档案馆"
    d = doc("2023年度部门整体支出绩效自评报告", "一、基本情况", "报告如下。", "二〇二四年三月十五日")
    assert R.find_department(d) is None


def test_a_signature_with_its_label_or_its_seals_note_signs_the_report():
    """``某某县档案馆（盖章）`` / ``报告单位：某某县档案馆`` above the closing date: the unit, its seal's note and its label
    aside (they had hidden it)."""
    for sig in ("某某县档案馆（盖章）", "报告单位：某某县档案馆", "某某县档案馆(公章)"):
        d = doc("2023年度部门整体支出绩效自评报告", "一、基本情况", "正文。", "", sig, "2024年3月15日")
        assert R.find_department(d) == "某某县档案馆", sig


def test_a_report_with_a_garbled_chinese_date_is_still_read(tmp_path):
    from pipelines.process import process_file

    # no year in the title: the year rule reads every line with 年 (the date line too)
    text = ("某某县文化馆部门整体支出绩效自评报告\n2022年度自评得分92分，等级为优。\n"
            "本年支出 120.00 万元。\n填报日期：二〇二三年三九月\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    result = process_file(path, "r.txt")
    assert result.rejections == [] and (result.report["self_score"], result.report["fiscal_year"]) == (92.0, 2022)


def test_a_funds_block_in_running_text_ends_at_a_comma():
    """全年执行数480万元，其中… in a sentence: the flattened-block rule reads no further than the comma (the
    normalised text writes ，as ,), so a part's or a project's rate after it is not the funds row's."""
    r = fields("某县文化馆2023年度部门整体支出绩效自评报告",
               "全年预算数500.00万元，全年执行数480.00万元，其中项目支出执行率90.00%。全年预算执行率96.00%。")
    assert r["budget_execution_rate_pct"] == 96.0
    r = fields("某县文化馆2023年度部门整体支出绩效自评报告",
               "1.馆舍维修项目：年初预算数60.00万元，全年执行数57.00万元，执行率95.00%；",
               "全年预算执行率98.20%。")
    assert r["budget_execution_rate_pct"] == 98.2
    # a thousands separator is no clause's end: the row's figures run on to the rate
    assert fields("年度资金总额 1,200.00 1,150.00 95.83% 10 9.6", "")["budget_execution_rate_pct"] == 95.83


def test_a_part_ending_in_the_rates_label_makes_the_rate_a_parts():
    """其中基本支出执行率99.1%: the label 支出执行率 takes the end of 基本支出; the rate is still the part's."""
    assert find_rate("全年支出856万元，其中基本支出执行率99.10%，项目支出执行率83.50%。") is None
    assert find_rate("基本支出执行率99.10%，整体预算执行率95.90%。") == 95.9


def test_a_rate_as_of_a_date_inside_the_year_is_progress_not_the_years():
    """截至6月30日 / 9月末 / 上半年: the rate so far in the year is not the year's execution rate."""
    assert find_rate("截至2023年6月30日，预算执行进度为46.2%，低于序时进度3.8个百分点。") is None
    assert find_rate("截至9月末预算执行率72.5%。全年预算执行率96.8%。") == 96.8
    assert find_rate("上半年预算执行率48%，全年预算执行率97%。") == 97.0
    assert find_rate("截至2023年12月31日，预算执行率为98.5%。") == 98.5  # the year's end


def test_a_parts_rate_in_a_funds_table_is_not_the_reports():
    """基本支出 | 400 | 396 | 99% is the part's row: neither the funds block nor the flattened-block rule
    reading its line again gives its rate as the report's; nor a label naming a part (基本支出执行率 | 99%).
    In a project's report the project's funds are the whole: 项目资金执行率 | 97% is its rate."""
    title = "某县文化馆2023年度部门整体支出绩效自评报告"
    assert fields(title, "| 项目 | 全年预算数 | 全年执行数 | 执行率 |", "| 基本支出 | 400 | 396 | 99% |",
                  "| 项目支出 | 200 | 170 | 85% |")["budget_execution_rate_pct"] is None
    assert fields(title, "| 基本支出执行率 | 99% |", "| 项目支出执行率 | 85% |")["budget_execution_rate_pct"] is None
    assert fields(title, "| 项目 | 全年预算数 | 全年执行数 | 执行率 |", "| 合计 | 600 | 566 | 94.33% |",
                  "| 基本支出 | 400 | 396 | 99% |")["budget_execution_rate_pct"] == 94.33
    assert fields("某县农技站2023年度项目支出绩效自评表", "| 项目名称 | 某补助资金 |",
                  "| 项目资金执行率 | 97% |")["budget_execution_rate_pct"] == 97.0


def test_a_grade_offered_as_check_boxes_is_the_ticked_one():
    """优□ 良☑ 中□ / □优 ■良 / 优 □ 良 □ √中: the word whose box is ticked is the grade, the first word after
    the label is only the first choice; with no box ticked there is none."""
    from pipelines.extract.cells import cell_stream
    from pipelines.extract.forms import read_forms

    def grade(*lines):
        d = doc(*lines)
        return R.find_grade(d, read_forms(cell_stream(d))), R.find_grade(d)

    assert grade("项目名称：某某补助", "自评等级：优□ 良☑ 中□ 差□") == ("良", "良")
    assert grade("项目名称：某某补助", "自评等级：□优 ■良 □中 □差") == ("良", "良")
    assert grade("项目名称：某某补助", "评价等级 优 □ 良 □ √中 差 □") == ("中", "中")
    assert grade("| 自评等级 | ☑优（90分及以上） □良（80-89分） □中 |") == ("优", "优")
    assert grade("项目名称：某某补助", "自评等级：优□ 良□ 中□ 差□") == (None, None)
    assert R.ticked_grade("优☑良□中□") == "优" and R.ticked_grade("□优☑良□中") == "良"


def test_a_box_ocr_read_as_kou_is_an_empty_box_of_the_grades_offered():
    """OCR reads □ as 口: before a grade word (口优 √良 口中 口差) or after a one-character one (优口 良√), it is an
    empty box, so the tick goes with the grade on its own side."""
    assert R.find_grade(doc("项目名称：某某补助", "自评等级：口优 √良 口中 口差")) == "良"
    assert R.find_grade(doc("项目名称：某某补助", "自评等级：口优 口良 ☑中 口差")) == "中"
    assert R.ticked_grade("优口 良√ 中口 差口") == "良"


def test_grade_boxes_written_one_cell_a_line_are_read_together():
    """A form of one cell a line gives its boxes a line each (优□ / 良☑ / 中□, or 优 / □ / 良 / ☑): the ticked
    one is the grade, not the first after the label."""
    from pipelines.extract.cells import cell_stream
    from pipelines.extract.forms import read_forms

    for lines in (("自评等级", "优□", "良☑", "中□", "差□"), ("自评等级", "优", "□", "良", "☑", "中", "□")):
        d = doc("项目名称：某某补助", *lines)
        assert R.find_grade(d, read_forms(cell_stream(d))) == "良", lines


def test_a_single_bare_execution_rate_in_a_departments_report_is_its_overall_rate():
    # no 整体, no 预算: the one execution rate the department's report states is its own
    d = doc("某县园林局2023年度部门整体支出绩效自评报告", "全年支出共406.2万元。资金执行率96.3%。")
    assert R.find_execution_rate(d) == 96.3
    assert R.read_report_fields(d)["budget_execution_rate_pct"] == 96.3
    # two such rates, each of something unnamed: neither is the whole
    d = doc("部门整体支出绩效自评报告", "资金执行率96.3%。另有执行率88%。")
    assert R.find_execution_rate(d) is None
    # a part's stays a part's
    assert R.find_execution_rate(doc("部门整体支出绩效自评报告", "项目资金执行率80%。")) is None


def test_a_wrapped_line_ending_a_letters_sentence_is_not_the_title():
    # a PDF's text wraps the cover letter: its second line starts inside the report's name and ends in 如下:
    d = doc("某市财政局:", "按照年度绩效评价工作安排,现将2023年度某", "县水务局农村供水保障项目绩效自评报告如下:",
            "一、项目概况", "某县水务局", "2024年3月5日")
    title, _ = R.find_title(d)
    assert title is None  # (not 县水务局农村供水保障项目绩效自评报告, cut from the sentence by the wrap)
    assert R.find_department(d, title) == "某县水务局"  # the signature's, not 县水务局 of the fragment


def test_fiscal_year_from_a_date_at_the_years_end():
    """A report is written after the year it evaluates, so a date gives the year before; the year's own end (截至…12月31日,
    a period running to December) names that year itself. A plan's date (…年12月底前完成) is still a date."""
    title = "某局部门整体支出绩效自评报告"
    assert R.find_fiscal_year(doc(title, "截至2022年12月31日，预算执行率96%。"), title) == 2022
    assert R.find_fiscal_year(doc(title, "评价时段：2022年1月1日至2022年12月31日。"), title) == 2022
    assert R.find_fiscal_year(doc(title, "2022年1月至12月，我局累计支出96万元。", "某局", "2023年3月2日"), title) == 2022
    assert R.find_fiscal_year(doc(title, "计划于2023年12月底前完成。", "某局", "2023年3月2日"), title) == 2022


def test_a_rate_of_something_else_a_goal_or_a_scoring_rule_is_not_the_years_execution_rate():
    """审计计划执行率 / 政府采购执行率 rate something else; “三公”经费预算执行率 is a part's; 目标要求…达到95%以上 a goal and
    …达到100%的得满分 a scoring rule; the rate as of a date inside the year (截至6月底) is progress, even when the
    sentence runs on from a heading. A sentence opening with 项目 and no money (完成审计项目20个) names no part."""
    rate = lambda *lines: R.find_execution_rate(doc(*lines))
    assert rate("全年审计计划执行率100%。") is None
    assert rate("政府采购执行率100%。") is None
    assert rate("“三公”经费预算执行率为45%。") is None
    assert rate("目标要求预算执行率达到95%以上，实际预算执行率为92.3%。") == 92.3
    assert rate("评分标准：预算执行率达到100%的得满分。") is None
    assert rate("一、预算执行情况截至6月底，预算执行率45%；截至年底，预算执行率92.3%。") == 92.3
    assert rate("完成审计项目20个，预算执行率96%。") == 96.0
    assert rate("项目支出20万元，预算执行率100%。") is None
    assert rate("预算执行率=96%。") == 96.0
    # a heading before a colon is no goal (二、绩效目标完成情况：…); a project named (项目名称：…) is a part
    assert rate("二、绩效目标完成情况：全年预算执行率96%，完成审计项目20个。") == 96.0
    assert rate("项目名称：审计业务经费，预算执行率85%。项目名称：信息化建设，预算执行率70%。") is None


def test_a_bare_score_of_a_part_an_indicator_or_someone_elses_marks_is_not_the_self_score():
    """得分 alone may score anything: after a part's full marks (满分20分，得分19分), an indicator's statement (满意度
    达到95%，得分10分), another body's marks (在全市目标考核中得分98.5分, 抽查复核得分86分) or several summed up
    (平均得分93分) it is not the self score; the whole's full marks (满分100分，得分92分) leave it the total."""
    score = lambda *lines: R.find_self_score(doc("某局2022年度部门整体支出绩效自评报告", *lines))
    assert score("（一）预算执行情况（满分20分，得分19分）") is None
    assert score("群众满意度达到95%，得分10分。") is None
    assert score("在全市目标考核中得分98.5分，位列第一。") is None
    assert score("财政部门抽查复核得分86分。") is None
    assert score("我局共对5个项目开展自评，平均得分93分。") is None
    assert score("经自评，本次评价满分100分，得分92分。") == 92.0


def test_the_wholes_full_marks_before_a_bare_score_and_a_sum_of_part_scores():
    """分值100分 / 满分为100分 before 得分 are the whole's full marks, so the score after them is the total; 得分 after
    a sum word alone (…，合计得分88.5分) sums the parts listed before it. An indicator's result (实际值…，得分8分) and a
    score followed by its own full marks below 100 (得分8分（满分10分）) are a part's."""
    score = lambda *lines: R.find_self_score(doc("某局2022年度部门整体支出绩效自评报告", *lines))
    assert score("经自评，分值100分，得分90.25分，等级为优。") == 90.25
    assert score("本次评价满分为100分，本单位得分为86分。") == 86.0
    assert score("产出指标得分40分，效益指标得分30分，满意度指标得分9分，合计得分88.5分。") == 88.5
    assert score("学生资助人数：目标值≥500人，实际值512人，得分8分。") is None
    assert score("完成校舍维修2处，得分8分（满分10分）。") is None
    assert score("（二）预算执行（分值为20分），得分18分。") is None


def test_an_average_or_an_areas_rate_and_a_comparison_with_last_year():
    """全省平均预算执行率 / 全县预算执行率 before the unit's own is others' rate; 较上年提高… / 比上年增长… between the score
    and the grade only compares, so the grade is this year's (it had been taken for last year's)."""
    rate = lambda *lines: R.find_execution_rate(doc(*lines))
    assert rate("全省平均预算执行率为93.2%，我局预算执行率为98.6%。") == 98.6
    assert rate("全县预算执行率95%，本单位预算执行率为97.5%。") == 97.5
    assert rate("全市平均预算执行率为93.2%。") is None
    grade = lambda *lines: R.grade_evidence(doc("某局2022年度部门整体支出绩效自评报告", *lines), year=2022)
    assert grade("自评得分91.5分，较上年（89分）提高2.5分，评价等级为“优”。").value == "优"
    assert grade("自评得分91.5分，比上年同期增长2.5分，评价等级为良。").value == "良"
    assert grade("上年度自评得分89分，评价等级为良。") is None


def test_in_a_departments_report_a_projects_score_and_grade_are_not_the_reports():
    """A department's report often lists its projects' self-evaluations (某某项目自评得分98分，等级为优) before its own
    conclusion: those are the projects'. The department's own (部门整体支出绩效自评得分94.5分) is the report's; in a
    project's report 本项目自评得分 stays its own."""
    got = lambda *lines: fields("某县农业农村局2023年度部门整体支出绩效自评报告", *lines)
    r = got("五、项目支出绩效情况", "乡村产业发展项目自评得分98分，评价等级为“优”。", "动物防疫项目自评得分78分，评价等级为“中”。",
            "六、自评结论", "经自评，部门整体支出绩效自评得分84.5分，评价等级为“良”。")
    assert (r["self_score"], r["grade"]) == (84.5, "良")
    r = got("五、项目支出绩效情况", "乡村产业发展项目自评得分98分，评价等级为“优”。")
    assert (r["self_score"], r["grade"]) == (None, None)
    r = fields("某县农业农村局2023年度乡村产业发展项目支出绩效自评报告", "经自评，本项目自评得分96分，评价等级为“优”。")
    assert (r["self_score"], r["grade"]) == (96.0, "优")


def test_a_letter_grade_with_its_word_and_a_grade_reached():
    """等级为A级（优） is the word in brackets (the 级 after the letter had hidden it); 达到优秀等次 states the grade
    reached."""
    grade = lambda *lines: R.grade_evidence(doc("某局2022年度部门整体支出绩效自评报告", *lines), year=2022)
    assert grade("自评得分94.5分，评价等级为A级（优）。").value == "优"
    assert grade("自评得分84.5分，达到良好等次。").value == "良"


def test_a_grade_of_another_thing_or_another_year_is_not_the_evaluations():
    """满意度评价为优秀, 干部年度考核等次为优秀, 审计项目质量评定为优秀 grade other things; 2021年度…评价结果为优 in a
    report of 2022 is last year's; the evaluation's own grade stays, also after a sentence on satisfaction."""
    grade = lambda *lines: R.grade_evidence(doc("某局2022年度部门整体支出绩效自评报告", *lines), year=2022)
    assert grade("群众满意度评价为优秀。") is None
    assert grade("全局干部年度考核等次均为优秀。") is None
    assert grade("审计项目质量评定为优秀。") is None
    assert grade("2021年度部门整体支出绩效评价结果为优。") is None
    assert grade("群众满意度达95%。评价等级为优。").value == "优"
    assert grade("2022年度部门整体支出绩效评价结果为良。").value == "良"


def test_a_department_named_with_a_second_name_in_brackets_keeps_the_closing_bracket():
    """某区城市管理局（区综合行政执法局）2022年度…: the name runs to the bracket it opened, closed (it had lost the ')')."""
    from pipelines.extract.titles import parse_title
    assert parse_title("某区城市管理局（区综合行政执法局）2022年度部门整体支出绩效自评报告", 1).unit == "某区城市管理局(区综合行政执法局)"
    assert parse_title("某县教育局（机关）2022年度部门整体支出绩效自评报告", 1).unit == "某县教育局(机关)"
    assert parse_title("某县教育局2022年度部门整体支出绩效自评报告", 1).unit == "某县教育局"


def test_a_county_then_a_word_opening_with_a_township_ending_names_no_township():
    """某县2023年度乡村道路…, 某县城乡…, 某县乡镇…, 某县街道…: 乡/镇/街道 right after the county's level (or one character
    on) begins a word, not a township's name, which takes two characters or more (某县某某镇 stays a unit)."""
    from pipelines.extract.titles import unit_prefix
    assert unit_prefix("洱川县乡村道路养护项目") is None
    assert unit_prefix("洱川县城乡环境整治项目") is None
    assert unit_prefix("洱川县镇村污水治理项目") is None
    assert unit_prefix("洱川县街道综合服务项目") is None
    assert unit_prefix("洱川县石岭镇人民政府") == "洱川县石岭镇人民政府"
    assert unit_prefix("洱川县石岭镇乡村道路") == "洱川县石岭镇"
    d = doc("洱川县2023年度乡村道路养护项目支出绩效自评报告", "主管部门：洱川县交通运输局")
    assert R.find_department(d, R.find_title(d)[0]) == "洱川县交通运输局"


def test_a_figure_ocr_spaced_digit_by_digit_is_read_whole():
    """自评得分 9 2 分 (a space and no colon after the label; the line's cells split the figure) and 预算执行率：9 8 . 5 %
    are 92 and 98.5, not their first digit; two figures side by side (5 5) stay two."""
    from pipelines.extract import extract_document
    from pipelines.extract.cells import split_spaced
    for line, score in (("自评得分 9 2 分", 92.0), ("自评得分9 2 分", 92.0), ("综 合 得 分 9 2 分", 92.0)):
        assert extract_document(build_document("某局2022年度部门整体支出绩效自评报告\n" + line + "\n")).report["self_score"] \
            == score, line
    got = extract_document(build_document("某局2022年度部门整体支出绩效自评报告\n预算执行率：9 8 . 5 %\n")).report
    assert got["budget_execution_rate_pct"] == 98.5
    assert split_spaced("完成率 9 5 %") == ["完成率", "95", "%"]
    assert split_spaced("培训场次 3 3 个") == ["培训场次", "3", "3", "个"]


def test_staff_counted_as_the_whole_and_not_a_count_of_visits():
    """全局共有干部职工32名 / 在职人员共计32人 / 编制共计15名 are head counts; 慰问在职人员300人次 counts visits, and
    干部职工 of an activity (组织干部职工50人参加培训) no staff."""
    staff = lambda line: R.staff_evidence(doc("某局2022年度部门整体支出绩效自评报告", line))
    val = lambda ev: ev.value if ev is not None else None
    assert [val(e) for e in staff("慰问在职人员300人次。")] == [None, None]
    assert [val(e) for e in staff("全局共有干部职工32名。")] == [None, 32]
    assert [val(e) for e in staff("在职人员共计32人。")] == [None, 32]
    assert [val(e) for e in staff("编制共计15名，实有14人。")] == [15, 14]
    assert [val(e) for e in staff("组织干部职工50人参加培训。")] == [None, None]


def test_a_sites_name_above_the_title_or_the_issuer_of_a_cited_notice_is_not_the_department():
    """某区人民政府门户网站 on the line above the page's title is the site, no part of the title (the department had been the
    site); 根据某区财政局《关于开展…的通知》 cites the notice's issuer, not the unit reporting."""
    from pipelines.extract import extract_document
    got = extract_document(build_document("某区人民政府门户网站\n2022年度部门整体支出绩效自评报告\n经自评，综合得分90分。\n"
                                          "某区审计局\n2023年3月1日\n")).report
    assert (got["title"], got["department"]) == ("2022年度部门整体支出绩效自评报告", "某区审计局")
    got = extract_document(build_document("2022年度部门整体支出绩效自评报告\n根据河北省唐山市丰南区财政局《关于开展2022年度"
                                          "绩效自评工作的通知》要求，我局开展了自评。\n经自评，综合得分90分。\n")).report
    assert got["department"] is None
    # a unit's own 关于…的报告 is its document, not one it cites
    got = extract_document(build_document("唐山市丰南区审计局关于2022年度绩效自评问题整改情况的报告\n针对自评中发现的问题，我局采取了措施。\n")).report
    assert got["department"] == "唐山市丰南区审计局"


def test_a_publisher_alone_above_the_title_yields_to_the_unit_the_page_names():
    """某县人民政府 / 某县财政局 alone on the line above a title with no unit of its own is the site as likely as
    the title's upper part: the unit named right below the title, in a 单位名称 cell or in the signature reports;
    with nothing else named, the publisher stays."""
    from pipelines.extract import extract_document

    def unit(*lines):
        return extract_document(build_document("\n".join(lines))).report["department"]

    title = "2023年度部门整体支出绩效自评报告"
    assert unit("某县人民政府", "", title, "", "某县商务局", "经自评，综合得分91分。") == "某县商务局"
    assert unit("某县财政局", title, "单位名称：某县教育局", "经自评，综合得分91分。") == "某县教育局"
    assert unit("某县人民政府", title, "经自评，综合得分91分。", "某县统计局", "2024年3月1日") == "某县统计局"
    assert unit("某县财政局", title, "经自评，综合得分91分。") == "某县财政局"


def test_a_sections_heading_or_a_pages_link_above_the_title_is_no_title():
    """二、绩效自评情况 (a section's heading) and 相关链接：2021年度…自评报告 (a link of the page's lists) above the report's
    title are no title: the year and the unit come from the title below (the link had given 2021)."""
    from pipelines.extract import extract_document
    for above in ("二、绩效自评情况", "（二）绩效自评情况", "相关链接：2021年度部门整体支出绩效自评报告"):
        got = extract_document(build_document(above + "\n某区审计局2022年度部门整体支出绩效自评报告\n经自评，综合得分90分。\n")).report
        assert (got["title"], got["fiscal_year"]) == ("某区审计局2022年度部门整体支出绩效自评报告", 2022), above


def test_a_scoring_tables_rate_rows_give_no_execution_rate():
    """An evaluation's scoring table (三级指标 | 分值 | 评分标准 | 得分): the points after a rate's name are its weight,
    whatever follows (a formula), and a rate of something other than the budget (政府采购执行率) is none; the
    execution rate written as a sentence stays."""
    table = ["某县档案局2021年度部门整体支出绩效评价指标评分表",
             "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
             "过程\t预算执行\t预算执行率\t5\t预算执行率=（执行数/预算数）×100%\t4.5",
             "\t\t政府采购执行率\t3\t按规定执行政府采购的得满分\t3"]
    assert fields(*table)["budget_execution_rate_pct"] is None
    assert fields(*table, "全年预算执行率为96.3%。")["budget_execution_rate_pct"] == 96.3
    assert fields("某县档案局2021年度部门整体支出绩效自评表", "政府采购执行率：3")["budget_execution_rate_pct"] is None


def test_a_grade_after_is_and_a_colon_two_fields_in_one_cell_and_a_score_labelled_with_the_reports_kind():
    """评价等级为：优秀 (为 then a colon); | 自评得分：96.4分    自评等级：良 | (two label：value pairs in one cell of a
    row); 部门整体支出绩效自评得分（满分100分） | 91.5 | (the score's label after the report's kind)."""
    head = "某县档案馆2023年度部门整体支出绩效自评报告"
    assert fields(head, "经综合评价，本馆自评得分93分，评价等级为：优秀。")["grade"] == "优"
    assert fields(head, "综合得分86分，部门整体支出绩效评价结论为：良好。")["grade"] == "良"
    r = fields(head, "| 自评得分：86.4分    自评等级：良 |")
    assert (r["self_score"], r["grade"]) == (86.4, "良")
    assert fields(head, "部门整体支出绩效自评得分（满分100分） | 91.5 |")["self_score"] == 91.5


def test_staff_totals_after_parts_named_holders_notes_thousands_and_both_kinds_of_post():
    """The establishment's total after its parts (行政编制12名，…事业编制26名，共计38名; 编制数：行政9名、事业21名，合计30名),
    核定编制教职工180人; staff in post named by whom (在编在岗教职工209人), with a note (实有人员（编制内）337名), with
    thousands parted (1,318人), or counted by kind of post (实有行政人员26人，事业人员19人: both). 行政编制人员98人
    counts those holding posts, no establishment."""
    staff = lambda text: (lambda r: (r["staff_authorized"], r["staff_actual"]))(
        fields("某县某局2023年度部门整体支出绩效自评报告", "一、基本情况", text))
    assert staff("局机关行政编制12名，所属事业单位事业编制26名，共计38名。实有人员36名。") == (38, 36)
    assert staff("编制数：行政9名、事业21名，合计30名；实有：28名。") == (30, 28)
    assert staff("学校核定编制教职工180人，在编在岗教职工176人。") == (180, 176)
    assert staff("核定编制340名，实有人员（编制内）337名。") == (340, 337)
    assert staff("编制人数1,400人，实有职工1,318人。") == (1400, 1318)
    assert staff("核定编制50名，在职在编实有行政人员26人，事业人员19人。") == (50, 45)
    assert staff("现有干部职工146人，其中行政编制人员98人。")[0] is None


def test_a_forms_numbered_part_naming_the_grade_gives_the_grade():
    """| 四、部门自评等级 | 优 |: the grade's label numbered as the form's last part, and named for whose grade it is."""
    assert fields("某县文化和旅游局2021年度部门整体支出绩效自评表", "| 四、部门自评等级 | 优 | |")["grade"] == "优"
    assert fields("某县文化和旅游局2021年度部门整体支出绩效自评表", "（四）自评等级", "良")["grade"] == "良"


def test_a_row_of_labels_over_a_row_of_their_values():
    """A notice summing a report up: 部门名称 | 评价年度 | 自评得分 | 自评等级 over the unit's row: each label's value is
    the cell under it. A row of labels and their values side by side (主管部门 | 某局 | 实施单位 | 某中心) stays label ->
    value."""
    r = fields("某县审计局关于2022年度部门整体支出绩效自评结果的公示", "部门名称 | 评价年度 | 自评得分 | 自评等级 |",
               "某县审计局 | 2022年度 | 95.8 | 优 |")
    assert (r["department"], r["self_score"], r["grade"]) == ("某县审计局", 95.8, "优")
    r = fields("2023年度项目支出绩效自评表", "| 项目名称 | 法律援助经费 | | |", "| 主管部门 | 某县司法局 | 实施单位 | 某县法律援助中心 |",
               "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |")
    assert r["department"] == "某县法律援助中心"


def test_unit_labels_over_their_values_with_the_funds_heads_under_them():
    """中央主管部门 | 市级主管部门 | 资金使用单位 over the units' row, then the funds table's heads (资金情况（万元） |
    全年预算数（A） | …) as wide: the heads are no further record of the labels' columns, each label's value is the
    cell under it."""
    r = fields("2023年度中央对地方转移支付区域绩效目标自评表", "中央主管部门 | 市级主管部门 | 资金使用单位 | |",
               "交通运输部 | 某市交通运输局 | 某县公路事务中心 | |",
               "资金情况（万元） | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |", "年度资金总额 | 300 | 290 | 96.67% |")
    assert r["department"] == "某县公路事务中心"


def test_a_publishers_notice_about_another_units_report_names_that_unit():
    """某财政局关于某自然资源局2023年度…自评结果的公告: the unit is the one after 关于; 某审计局关于2022年度…的公示 names
    none after it, so the publisher is the unit."""
    r = fields("某县财政局关于某县自然资源局2023年度部门整体支出绩效自评结果的公告")
    assert (r["department"], r["fiscal_year"]) == ("某县自然资源局", 2023)
    assert fields("某县审计局关于2022年度部门整体支出绩效自评结果的公示")["department"] == "某县审计局"


def test_a_unit_with_no_place_of_its_own_takes_the_place_of_the_government_whose_site_it_is_on():
    """麦市镇人民政府 on 通城县人民政府's site: the township is the county's; a unit naming its place keeps its own."""
    r = fields("通城县人民政府", "首页 > 信息公开 > 乡镇街道", "某市镇人民政府2023年度部门整体绩效自评报告")
    assert (r["province"], r["city"], r["district"]) == ("湖北省", "咸宁市", "通城县")
    r = fields("通城县人民政府门户网站", "崇阳县民政局2023年度部门整体支出绩效自评报告")
    assert (r["province"], r["city"], r["district"]) == ("湖北省", "咸宁市", "崇阳县")


def test_execution_rate_from_the_budget_rate_indicator_when_nothing_else_states_one():
    head = ["某县档案馆2021年度部门整体支出绩效自评表", "| 一级指标 | 二级指标 | 三级指标 | 分值 | 目标值 | 实际值 | 得分 |",
            "| 投入 | 预算配置 | 在职人员控制率 | 3 | ≤100% | 95.2% | 3 |"]
    r = fields(*head, "| 过程 | 预算执行 | 预算完成率 | 5 | 100% | 91.40% | 4.5 |",
               "| 产出 | 职责履行 | 档案查阅利用率 | 5 | ≥90% | 96% | 5 |")
    assert (r["budget_execution_rate_pct"], r["budget_execution_rate_line_no"]) == (91.4, 4)
    # 部门预算执行率 too; a rate the text states wins over the row's
    assert fields(*head, "| 过程 | 预算执行 | 部门预算执行率 | 5 | ≥95% | 97.5% | 5 |")["budget_execution_rate_pct"] == 97.5
    r = fields(*head, "| 过程 | 预算执行 | 预算完成率 | 5 | 100% | 91.40% | 4.5 |",
               "全年预算执行率为92.3%。")
    assert r["budget_execution_rate_pct"] == 92.3
    # another rate (支付进度率, 政府采购执行率), or a result not in percent, is none
    assert fields(*head, "| 过程 | 预算执行 | 支付进度率 | 3 | ≥95% | 97.6% | 3 |")["budget_execution_rate_pct"] is None
    assert fields(*head, "| 过程 | 预算执行 | 预算完成率 | 5 | 100% | 完成 | 5 |")["budget_execution_rate_pct"] is None


def test_fiscal_year_of_the_spending_evaluated_over_the_years_of_the_work_and_the_plans():
    """With no year in the title: the year written before the spending evaluated (现将我局2023年部门整体支出绩效自评情况
    报告如下) wins over the years of the work (2024年绩效评价工作安排) and of the plans; a notice cited for the work of
    2024 whose text evaluates 上年度 evaluates 2023."""
    r = fields("某县卫生健康局部门整体支出绩效自评报告", "根据县财政局2024年绩效评价工作安排，现将我局2023年部门整体支出绩效自评情况"
               "报告如下：", "一、预算执行率96.1%。", "二、下一步：2024年我局将加强预算绩效管理，做好2024年度绩效目标编制。")
    assert (r["fiscal_year"], r["fiscal_year_line_no"], r["budget_execution_rate_pct"]) == (2023, 2, 96.1)
    r = fields("某县市场监督管理局部门整体支出绩效自评报告",
               "根据《某县财政局关于开展2024年度预算绩效自评工作的通知》要求，我局对上年度部门整体支出进行了绩效自评。",
               "二、2023年部门预算执行率为95.2%。")
    assert (r["fiscal_year"], r["budget_execution_rate_pct"]) == (2023, 95.2)
    # the notice naming the year evaluated itself, the text saying nothing of 上年度: its year
    assert fields("某县市场监督管理局部门整体支出绩效自评报告",
                  "根据《某县财政局关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局开展了绩效自评。")["fiscal_year"] == 2023


def test_staff_from_a_tables_total_row_over_its_first_part():
    """人员类别 | 编制数 | 实有人数 over 行政 | 40 | 38, 事业 | 60 | 57, 合计 | 100 | 95: the whole staff is the total row's."""
    r = fields("某县财政局2023年度部门整体支出绩效自评报告", "一、部门基本情况", "人员类别 | 编制数 | 实有人数 |",
               "行政 | 40 | 38 |", "事业 | 60 | 57 |", "合计 | 100 | 95 |", "二、预算执行率96.4%。")
    assert (r["staff_authorized"], r["staff_actual"], r["staff_authorized_line_no"]) == (100, 95, 6)
    # no total row: the first row's, as before
    r = fields("某县财政局2023年度部门整体支出绩效自评报告", "人员类别 | 编制数 | 实有人数 |", "行政 | 40 | 38 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (40, 38)


def test_a_self_score_label_before_the_full_mark_and_the_score():
    """自评总分 | 100 | 90.3 (a scoring table's total row, its label a report field's): 100 is the full mark, the score
    the figure after it. A lone 100 is the score; so is 100 with more figures after it on the line (no such row)."""
    head = ["某县应急管理局2022年度部门整体支出绩效自评表", "| 一级指标 | 二级指标 | 三级指标 | 分值 | 自评得分 | 备注 |",
            "| 投入 | 预算配置 | 在职人员控制率 | 5 | 5 | |"]
    assert fields(*head, "| 自评总分 | 100 | 90.3 |")["self_score"] == 90.3
    assert fields(*head, "| 自评总分 | 100 |")["self_score"] == 100.0


def test_execution_rate_from_the_final_accounts_share_of_the_budget_column():
    """项目 | 预算数 | 决算数 | 决算数占预算数%: the share on the total row is the execution rate."""
    r = fields("某市统计局2021年度部门整体支出绩效自评报告", "(单位：万元)", "项目 | 预算数 | 决算数 | 决算数占预算数%",
               "支出合计 | 1,426.80 | 1,392.46 | 97.59%", "基本支出 | 986.30 | 986.30 | 100.00%")
    assert (r["budget_execution_rate_pct"], r["budget_execution_rate_line_no"]) == (97.59, 4)


def test_a_units_name_a_narrow_cell_broke_is_read_whole():
    """实施单位 桂岭县农业技术 推广中心 (a space or a line break in a narrow cell): the name whole, as the unit's; not a
    mark before it (首页 > 部门 > 某局: a menu) nor a name that ends as a unit's already."""
    r = fields("项目支出绩效自评表 (2021年度) 项目名称 高标准农田建设 主管部门 桂岭县农业农村局 实施单位 桂岭县农业技术 推广中心"
               " 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分")
    assert r["department"] == "桂岭县农业技术推广中心"
    r = fields("部门（单位）整体支出绩效自评表", "部门（单位）名称 | 丰川县退役军人", "事务局 |", "年度主要任务 | 任务名称 | 主要内容 |")
    assert r["department"] == "丰川县退役军人事务局"
    r = fields("部门（单位）整体支出绩效自评表", "部门（单位）名称 | 丰川县民政局 | 办公室 |")
    assert r["department"] == "丰川县民政局"


def test_two_field_pairs_in_one_cell_parted_by_a_semicolon():
    """自评得分：94分；自评等级：优 | (a cell ending in ` |` on the line under the table): both fields."""
    r = fields("某县林业局2022年度天然林保护项目支出绩效自评表 |", "项目名称 |", "天然林保护 |", "自评得分：94分；自评等级：优 |")
    assert (r["self_score"], r["grade"]) == (94.0, "优")


def test_staff_in_post_of_each_kind_given_respectively_are_summed():
    """核定编制数为行政编制32名、事业编制45名，实有人数分别为30名、41名: 71 in post, as the establishment's 77."""
    r = fields("某镇人民政府2023年度部门整体支出绩效自评报告", "镇机关核定编制数为行政编制32名、事业编制45名，实有人数分别为30名、41名。")
    assert (r["staff_authorized"], r["staff_actual"]) == (77, 71)


def test_staff_in_post_written_only_by_kind_of_post_is_their_sum():
    """实有 / 在职 followed by its counts by kind of post (实有行政人员…、事业人员…; 在职人员：行政…，事业…): their sum, as
    the establishment's parts are summed; one kind alone is the whole; the retirees' parts after a ； are no part."""
    assert R.find_staff(doc("全乡核定行政编制20名、事业编制25名；实有行政人员18名、事业人员23名。")) == (45, 41)
    assert R.find_staff(doc("局机关行政编制11名，实有行政人员10名。")) == (11, 10)
    assert R.find_staff(doc("（二）人员情况。核定编制总数30名。在职人员：行政12人，事业15人；离退休人员：行政7人，事业8人。")) == (30, 27)


def test_the_budgets_share_completed_after_the_spending_is_the_execution_rate():
    """执行数为…万元，完成预算的N%: the share of the budget the spending completed, right after the spending's figure, is
    the execution rate; after an income's figure it is not."""
    assert R.find_execution_rate(doc("全年财政拨款800.00万元，执行数为776.40万元，完成预算的97.05%。")) == 97.05
    assert R.find_execution_rate(doc("全年非税收入300万元，完成预算的105.2%。")) is None


def test_staff_kinds_of_post_in_a_rows_cells_are_summed():
    """| 编制情况 | 行政编制6个 | 事业编制9个 | 实有人员14人 |: the kinds of post a cell each are summed, as in running text."""
    assert R.find_staff(doc("| 编制情况 | 行政编制6个 | 事业编制9个 | 实有人员14人 |")) == (15, 14)


def test_staff_and_rate_of_a_table_of_years_are_the_reports_years_column():
    """项目 | 2022年 | 2023年 over 实有人数 | 40 | 41 and 预算执行率 | 94.00% | 97.50% in a 2023 report: the 2023 column's;
    under 本年数 | 上年数 | 增减 the 本年 column's (the change's 0 no count); 上年数 | 本年数: the 本年 rate."""
    r = fields("某县某局2023年度部门整体支出绩效自评报告", "一、基本情况", "| 项目 | 2022年 | 2023年 |",
               "| 编制人数（人） | 42 | 44 |", "| 实有人数（人） | 40 | 41 |", "| 预算执行率 | 94.00% | 97.50% |")
    assert (r["staff_authorized"], r["staff_actual"], r["budget_execution_rate_pct"]) == (44, 41, 97.5)
    r = fields("某县某局2022年度部门整体支出绩效自评报告", "一、基本情况", "| 指标 | 本年数 | 上年数 | 增减 |",
               "| 编制人数 | 50 | 50 | 0 |", "| 实有人数 | 47 | 45 | 2 |", "二、预算执行", "| 项目 | 上年数 | 本年数 |",
               "| 全年预算数（万元） | 900.00 | 1,000.00 |", "| 预算执行率 | 93.10% | 96.40% |")
    assert (r["staff_authorized"], r["staff_actual"], r["budget_execution_rate_pct"]) == (50, 47, 96.4)


def test_staff_rows_written_as_kinds_of_post_with_a_total():
    """编制数    行政编制 6    事业编制 11    合计 17 (a space-aligned row, a cell each): the row's total; without one, the kinds'
    counts summed."""
    r = fields("某县某局2023年度部门整体支出绩效自评报告", "人员编制情况：", "编制数    行政编制 6    事业编制 11    合计 17",
               "实有人数  行政 5        事业 10        合计 15", "离退休    4")
    assert (r["staff_authorized"], r["staff_actual"]) == (17, 15)
    r = fields("某县某局2023年度部门整体支出绩效自评报告", "| 编制数 | 行政编制 | 6 | 事业编制 | 11 |", "| 实有人数 | 行政 | 5 | 事业 | 9 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (17, 14)


def test_staff_table_written_a_cell_a_line_heads_then_values():
    """内设机构数 | 编制数 | 实有人数 | 离退休人数 a cell a line, then 4 | 30 | 28 | 12: each count at its head's place."""
    r = fields("某区某中心2023年度部门整体支出绩效自评表", "内设机构数 |", "编制数 |", "实有人数 |", "离退休人数 |",
               "4 |", "30 |", "28 |", "12 |", "资金情况（万元） |")
    assert (r["staff_authorized"], r["staff_actual"]) == (30, 28)


def test_the_evaluated_whole_named_before_a_bare_score_and_a_parts_score_in_brackets():
    """经自评，该项目得分92.8分: a bare 得分 after the evaluated whole is the self score, and 指标体系 in the clause
    leading to it (根据…评价指标体系) names no indicator; 专项资金绩效自评得分: the fund's evaluation as a whole; a score in
    the bracket of a part's points (预算执行率97%（分值：10分；得分：9.7分）) is that part's."""
    assert fields("某县某局2023年度某某项目绩效自评报告", "根据项目支出绩效评价指标体系，经自评，该项目得分92.8分。")[
        "self_score"] == 92.8
    assert fields("某县某局2023年度某某项目绩效自评报告", "经自评，专项资金绩效自评得分91.6分，等级为优。")["self_score"] == 91.6
    assert fields("某县某局2023年度某某项目绩效自评报告", "预算执行率97.27%（分值：10分；得分：9.7分）。")["self_score"] is None


def test_the_income_budgets_completion_rate_is_no_execution_rate():
    """收入预算完成率101.2%；支出预算完成率95.7%: how much of the income budget came in is the income's; the budget's
    execution is the spending's rate."""
    assert fields("某局2024年度部门整体支出绩效自评报告", "2024年收入预算数3,380万元，实际收入3,420.56万元，收入预算完成率101.2%；"
                  "支出预算数3,418.26万元，实际支出3,271.28万元，支出预算完成率95.7%。")["budget_execution_rate_pct"] == 95.7


def test_a_self_score_named_the_evaluations_points_out_of_its_full_marks_or_summed_in_a_row():
    """绩效评价分值为96.5分 / 自评得分为95.2/100分 / | 自评得分合计 | 100 | 97.2 |: each the self score."""
    head = "某县某局2023年度部门整体支出绩效自评报告"
    assert fields(head, "经综合评定，绩效评价分值为96.5分，等级为优。")["self_score"] == 96.5
    assert fields(head, "本单位部门整体支出绩效自评得分为95.2/100分，等级为优。")["self_score"] == 95.2
    assert fields(head, "| 一级指标 | 分值 | 得分 |", "| 产出指标 | 100 | 97.2 |", "| 自评得分合计 | 100 | 97.2 |")[
        "self_score"] == 97.2


def test_a_self_score_cut_by_an_excerpts_end_is_no_score():
    """…自评得分9 as a text's last characters, stopping mid-line (an excerpt cut where its count ran out): the figure may
    be cut short (of 95), so no score; the same figure closing a line that ends is one."""
    head = ("某县某局2022年度部门整体支出绩效自评报告", "三、自评情况")
    assert R.find_self_score(doc(*head, "经自评，本年度部门整体支出绩效自评得分9")) is None
    assert R.find_self_score(doc(*head, "经自评，本年度部门整体支出绩效自评得分92", "")) == 92


def test_the_sites_information_line_above_the_title_is_no_part_of_the_unit():
    """平阴县人民政府 政府信息公开 on the line above 平阴县审计局2020年度…报告: the site's name, not the unit's upper part."""
    assert fields("平阴县人民政府 政府信息公开", "平阴县审计局2020年度部门整体支出绩效自评报告", "一、部门基本情况")[
        "department"] == "平阴县审计局"


def test_a_site_header_with_navigation_words_is_no_part_of_the_title():
    """某市人民政府 政务公开 (a site's name and its menu's words) above 某镇人民政府2023年度…报告: never the title's upper
    part."""
    r = fields("宁远县人民政府 政务公开", "宁远县天堂镇人民政府2023年度部门整体支出绩效自评报告", "一、部门概况")
    assert r["department"] == "宁远县天堂镇人民政府"
    r = fields("宁远县人民政府 首页", "宁远县天堂镇人民政府2023年度部门整体支出绩效自评报告", "一、部门概况")
    assert r["department"] == "宁远县天堂镇人民政府"


def test_workers_a_project_pays_in_post_are_no_staff_of_the_unit():
    """管护员在岗4186人 / 村医在岗596人: people a project pays, named as such before 在岗, are not the unit's staff."""
    head = "某县林业局2022年度森林管护项目支出绩效自评表"
    assert fields(head, "完成情况：管护面积128万亩，管护员在岗4186人。")["staff_actual"] is None
    assert fields(head, "现有村医在岗596人。")["staff_actual"] is None
    assert fields("某县林业局2022年度部门整体支出绩效自评报告", "编制35人，在岗33人。")["staff_actual"] == 33


def test_a_transfer_payments_form_reports_for_its_most_local_supervisor():
    """中央主管部门 | 某部 | 地方主管部门 | 某县某局, no 资金使用单位: the local supervisor reports, with its place, whatever the
    title opens with; of 市级主管部门 and 区县主管部门 the 区县's."""
    r = fields("2021年度中央对地方转移支付区域绩效自评表", "| 转移支付(项目)名称 | 某某补助资金 |",
               "| 中央主管部门 | 农业农村部 | 地方主管部门 | 桐梓县农业农村局 |")
    assert (r["department"], r["district"]) == ("桐梓县农业农村局", "桐梓县")
    r = fields("云南省水利厅2021年度中央对地方转移支付区域绩效自评表", "| 转移支付(项目)名称 | 某某补助资金 |",
               "| 中央主管部门 | 水利部 |", "| 地方主管部门 | 云南省水利厅 |")
    assert (r["department"], r["province"]) == ("云南省水利厅", "云南省")
    r = fields("2022年度市级转移支付区域绩效自评表", "| 转移支付(项目)名称 | 某某发展资金 |",
               "| 市级主管部门 | 重庆市林业局 |", "| 区县主管部门 | 重庆市綦江区林业局 |")
    assert (r["department"], r["district"]) == ("重庆市綦江区林业局", "綦江区")


def test_a_local_supervisors_cell_listing_its_levels_gives_the_most_local():
    """地方主管部门 naming a supervisor a level (某省某委、某市某委、某县某局, or a cell a level on lines of their own): the
    most local reports, not the centre's 中央主管部门 nor the first level; two units of one place are co-supervisors."""
    r = fields("2023年度转移支付项目绩效自评表", "转移支付(项目)名称 | 某某补助资金 | |",
               "中央主管部门 | 国家林业和草原局 | |", "地方主管部门 | 湖北省林业局、宜昌市林业和园林局、秭归县林业局 | |")
    assert (r["department"], r["city"], r["district"]) == ("秭归县林业局", "宜昌市", "秭归县")
    r = fields("2020年度省级专项资金绩效自评表 |", "专项资金名称 |", "某某发展专项资金 |", "省级主管部门 |", "湖北省林业局 |",
               "地方主管部门 |", "宜昌市林业和园林局 |", "秭归县林业局 |", "资金情况（万元） |", "全年预算数(A) |")
    assert (r["department"], r["district"]) == ("秭归县林业局", "秭归县")
    r = fields("2023年度转移支付项目绩效自评表", "转移支付(项目)名称 | 某某补助资金 | |",
               "中央主管部门 | 国家林业和草原局 | |", "地方主管部门 | 秭归县林业局、秭归县财政局 | |")
    assert r["department"] != "秭归县财政局"


def test_staff_counts_under_their_header_when_the_rows_end_in_empty_cells():
    """编制人数 | 实际人数 | 内设机构 | 下属单位 | | over 41 | 39 | 6 | 2 | |: each count is its column's, the empty
    cells that end the rows aside (not 6 and 2, the counts of offices)."""
    for table in ("编制人数 | 实际人数 | 内设机构 | 下属单位 | |\n41 | 39 | 6 | 2 | |",
                  "| 编制数 | 实有人数 | 退休人数 | | |\n| 41 | 39 | 17 | | |"):
        r = fields("某某县档案馆2021年度部门整体支出绩效自评表", "部门（单位）名称 | 某某县档案馆 | | |", table)
        assert (r["staff_authorized"], r["staff_actual"]) == (41, 39), table


def test_staff_at_the_years_end_in_a_cell_pair():
    """``| 编制人数 | 31 | 年末实有人数 | 29 |`` / 年末在职人数 / 期末在编人数: the staff in post."""
    for label in ("年末实有人数", "年末在职人数", "期末在编人数"):
        r = fields("某某县审计局2022年度部门整体支出绩效自评表", f"| 编制人数 | 31 | {label} | 29 |")
        assert (r["staff_authorized"], r["staff_actual"]) == (31, 29), label


def test_the_evaluated_wholes_score_without_its_points_and_the_evaluations_score_cells():
    """经自评，该项目得分为91.8，等级为优秀 (no 分 after the figure); 评价得分 | 91.8 beside the grade's cell, and
    绩效评价得分 | 91.8: the self score. 评价得分 alone stays an indicator table's column (see above)."""
    head = "某某县文旅局2022年度某某演出项目支出绩效自评报告"
    assert fields(head, "三、自评得分及等级", "经自评，该项目得分为91.8，等级为优秀。")["self_score"] == 91.8
    assert fields(head, "经自评，本项目得分91.8，评价等级为优。")["self_score"] == 91.8
    r = fields(head, "| 项目名称 | 某某演出 |", "| 评价得分 | 91.8 | 评价等级 | 优 |")
    assert (r["self_score"], r["grade"]) == (91.8, "优")
    assert fields(head, "| 项目名称 | 某某演出 |", "| 绩效评价得分 | 91.8 |")["self_score"] == 91.8


def test_a_unit_opening_the_name_of_the_fund_the_title_reports_on_yields_to_the_signature_or_source():
    """醴陵市乡镇综合文化站免费开放补助资金绩效自评报告: the title's unit opens the fund's name (the units the fund is for, or
    a fragment of the name read across the year: 茶陵县2022年省级某某驻镇帮镇扶村资金); the signature, else the page's source
    when no publisher of others' reports, names the unit reporting. A unit signing in full stays, and the words naming
    the kind of report (专项资金) are no fund's name."""
    r = fields("醴陵市乡镇综合文化站免费开放补助资金绩效自评报告", "来源：市文旅广体局", "一、项目概况",
               "全市乡镇综合文化站补助资金共安排85万元。", "醴陵市文化旅游广电体育局", "2023年4月6日")
    assert (r["department"], r["district"]) == ("醴陵市文化旅游广电体育局", "醴陵市")
    r = fields("攸县乡镇（街道）农技站运行经费项目绩效自评报告", "来源：攸县财政局", "一、项目概况", "攸县农业农村局",
               "2023年3月2日")
    assert r["department"] == "攸县农业农村局"
    r = fields("茶陵县2022年省级乡村振兴驻镇帮镇扶村资金绩效自评报告", "发布时间：2023-05-06 来源：茶陵县农业农村局",
               "一、项目基本情况")
    assert (r["department"], r["district"]) == ("茶陵县农业农村局", "茶陵县")
    r = fields("炎陵县第二中学专项资金绩效自评报告", "一、项目概况", "炎陵县教育局", "2023年3月2日")
    assert r["department"] == "炎陵县第二中学"
    r = fields("攸县某某镇垃圾中转站建设项目绩效自评报告", "一、项目概况", "攸县某某镇人民政府", "2023年3月2日")
    assert r["department"] == "攸县某某镇人民政府"


def test_the_spending_stated_as_a_share_of_its_budget_is_the_execution_rate():
    """决算支出为调整后预算的96.40% / 本年支出决算占调整预算的95.12% / 完成支出预算的97.30%: the spending's share of its
    budget, its subject the spending, is the year's rate (the income's share, 完成收入预算的…, is not; nor a part's)."""
    assert R.find_execution_rate(doc("决算支出812.60万元，决算支出为调整后预算的96.40%。")) == 96.4
    assert R.find_execution_rate(doc("本年支出决算占调整预算的95.12%。")) == 95.12
    assert R.find_execution_rate(doc("收入决算640万元，完成收入预算的99.10%。支出决算630万元，完成支出预算的97.30%。")) == 97.3
    assert R.find_execution_rate(doc("基本支出为全年预算的40.20%。")) is None


def test_a_total_above_the_reports_title_closes_the_form_before():
    """A page opening on the tail of another form (its rows, 总分 | 100 | 95, 填表人) then the report's own form: that
    total is the form before's, not the report's self score; the report's own total below its title is."""
    tail = "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 94% | 10 | 10 |\n总分 | 100 | 95 |\n填表人：李某 |\n"
    form = ("项目支出绩效自评表 |\n（2022年度） |\n项目名称 | 某乡饮水安全巩固提升 |\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 改造供水管网长度 | ≥12公里 | 12.5公里 | 20 | 20 |\n")
    assert extract_document(build_document(tail + form)).report["self_score"] is None
    assert extract_document(build_document(tail + form + "总分 | 100 | 91 |\n")).report["self_score"] == 91.0


def test_an_execution_rate_written_as_a_fraction_and_a_pipe_rows_closing_rate():
    """执行率0.9875 in prose is 98.75% (a bare 完成率's fraction may be anything); the Hebei project form's
    rows as | cells (预算数 | … | 执行数 | … | rate |, the header's last column 预算执行进度(%)) give the rate as spaces do."""
    assert find_rate("截至年底，部门支出402.10万元，执行率0.9875。") == 98.75
    assert find_rate("年度预算完成率0.85。") is None
    r = fields("某县水利局2021年度预算项目绩效自评表",
               "二、预算执行情况 | 预算安排情况(调整后) | 资金到位情况 | 资金执行情况 | 预算执行进度(%) |",
               "预算数 | 36.00 | 到位数 | 36.00 | 执行数 | 33.12 | 92.00 |", "")
    assert (r["budget_execution_rate_pct"], r["budget_execution_rate_line_no"]) == (92.0, 3)


def test_a_figure_spaced_apart_in_letter_spaced_text_is_one_figure():
    """Some PDF converters write every character a space apart (编 制 人 数 4 7 人): the digits of a figure there are one
    figure, in the cells and in the running text, whole or partly spaced (9 3.4 5%); in a line of cells (10 9) figures
    side by side stay apart."""
    r = extract_document(doc(
        "某 县 某 某 局 2 0 2 2 年 度 部 门 整 体 支 出 绩 效 自 评 报 告",
        "（ 一 ） 人 员 情 况 。 编 制 人 数 4 7 人 ， 实 有 人 数 4 3 人 。",
        "（ 二 ） 预 算 执 行 。 全 年 预 算 数 8 6 0 . 5 0 万 元 ， 预 算 执 行 率 为 9 3.4 5% 。")).report
    assert (r["staff_authorized"], r["staff_actual"]) == (47, 43)
    assert r["budget_execution_rate_pct"] == 93.45


def test_a_figure_ocr_parted_by_a_space_between_its_label_and_unit_is_one_figure():
    """OCR parts a figure by a single space in running text (编制人数 4 7 人, 收入合计 2,38 1.64 万元, 执行率为 93.4 5%):
    between a label and its unit the pieces joined make one well-formed figure; figures each whole (10 10) stay apart,
    and so do pieces that joined make no figure (1,23 45), a row's cells (a weight, then a target: 8 100% 100% 8) and
    a share over a whole (8 100%)."""
    r = extract_document(doc(
        "某县某某局2022年度部门整体支出绩效自评报告",
        "一、基本情况",
        "单位编制人数 4 7 人,实有人数 43 人。全年收入合计 2,38 1.64 万元,全年支出合计 2,30 5.10 万元。",
        "全年预算执行率为 93.4 5%。")).report
    assert (r["staff_authorized"], r["staff_actual"]) == (47, 43)
    assert r["budget_execution_rate_pct"] == 93.45
    items = {(b["item"], float(b["amount_wan_yuan"])) for b in extract_document(doc(
        "某县某某局2022年度部门整体支出绩效自评报告",
        "全年收入合计 2,38 1.64 万元,全年支出合计 2,30 5.10 万元。")).budget_items}
    assert {("income_total", 2381.64), ("expenditure_total", 2305.1)} <= items
    assert build_document("完成指标 10 10 人\n合计 1,23 45 万元\n预算数 1 8.5 万元\n兑付率 8 100% 100% 8\n"
                          "控制率 8 100%").lines == [
        "完成指标 10 10 人", "合计 1,23 45 万元", "预算数 18.5 万元", "兑付率 8 100% 100% 8", "控制率 8 100%"]


def test_a_grade_after_its_label_and_a_space_in_one_cell_of_a_row():
    """| 自评得分 88.5 | 评价等级 良 |: a page that flattened the form wrote each label and its value in one cell, a space
    between (the grade had been lost: a word after the space, not a figure run into the label)."""
    report = extract_document(build_document(
        "某县农业农村局2022年度部门整体支出绩效自评报告\n"
        "部门整体支出绩效自评表 单位名称 某县农业农村局 | 全年预算数（万元） 860.00 | 自评得分 88.5 | 评价等级 良 | "
        "年度总体目标 完成高标准农田建设任务\n")).report
    assert (report["self_score"], report["grade"]) == (88.5, "良")


def test_a_projects_funds_rate_named_by_their_use_when_no_execution_rate_is_stated():
    """资金使用率/兑付率/拨付率 right after the money's figure is a project's execution rate where no 执行率 is stated;
    not in a department's report, not beside a stated 执行率, not 到位率, not one with no money before it. A
    date of the next year (截至次年1月底) is after the year's end."""
    assert R._rate_in_text(doc("全年实际使用资金88万元，资金使用率95.5%。"), project=True).value == 95.5
    assert R._rate_in_text(doc("截至2024年1月底，已发放补贴50万元，资金兑付率100%。"), project=True,
                           year=2023).value == 100.0
    assert R._rate_in_text(doc("截至2023年6月底，已拨付资金50万元，资金拨付率60%。"), project=True, year=2023) is None
    assert R._rate_in_text(doc("全年实际使用资金88万元，资金使用率95.5%。")) is None
    assert R._rate_in_text(doc("全年支出88万元，执行率90%，实际使用资金88万元，资金使用率95.5%。"),
                           project=True).value == 90.0
    assert R._rate_in_text(doc("资金到位90万元，到位率100%。"), project=True) is None
    assert R._rate_in_text(doc("资金使用率95.5%。"), project=True) is None


def test_a_unit_with_no_place_of_its_own_takes_the_place_of_its_supervisor_then_the_publisher_then_the_site():
    """实施单位 城关小学 names no place: the 主管部门 cell's place (its department stays as written); with no such cell,
    the 来源 line's; else the government whose menu or breadcrumb opens the page."""
    form = ["项目支出绩效自评表", "(2022年度)", "| 项目名称 | 校舍维修 | | |"]
    place = ("陕西省", "安康市", "宁陕县")
    r = fields(*form, "| 主管部门 | 宁陕县教育体育局 | 实施单位 | 城关小学 |", "| 总分 | 100 | 95 | |")
    assert (r["department"], (r["province"], r["city"], r["district"])) == ("城关小学", place)
    assert r["region_line_no"] == 4
    r = fields("来源：宁陕县教育体育局  发布时间：2023-05-01", *form, "| 实施单位 | 城关小学 | | |", "| 总分 | 100 | 95 | |")
    assert (r["department"], (r["province"], r["city"], r["district"])) == ("城关小学", place)
    r = fields("宁陕县人民政府 > 信息公开 > 财政预决算", *form, "| 实施单位 | 城关小学 | | |", "| 总分 | 100 | 95 | |")
    assert (r["department"], (r["province"], r["city"], r["district"])) == ("城关小学", place)
    r = fields("| 宁陕县人民政府 | 政务公开 | 财政预决算 |", *form, "| 实施单位 | 城关小学 | | |", "| 总分 | 100 | 95 | |")
    assert (r["province"], r["city"], r["district"]) == place
    # a government's name opening a line that is no site menu gives nothing
    r = fields("宁陕县人民政府 > 关于校舍的批复", *form, "| 实施单位 | 城关小学 | | |", "| 总分 | 100 | 95 | |")
    assert (r["province"], r["city"], r["district"]) == (None, None, None)


def test_a_bare_level_unit_takes_no_city_from_a_market_or_a_short_name_inside_a_longer_one():
    """市某局 is the city the page names most: 北京市场 (a market) names no city; 巴州 (a prefecture's short name)
    written inside 巴州区 names no prefecture."""
    r = fields("市海洋与渔业局2020年度部门整体支出绩效自评报告", "一、舟山市海洋渔业基本情况",
               "鱼货销往北京市场，北京市场占比提高。")
    assert r["department"] == "舟山市海洋与渔业局"
    r = fields("州财政局2023年度部门整体支出绩效自评报告", "一、博尔塔拉蒙古自治州财政基本情况",
               "对口支援巴中市巴州区，巴中市巴州区项目两个。")
    assert r["department"] == "博尔塔拉蒙古自治州财政局"


def test_a_total_score_with_a_colon_or_wei_and_no_fen_is_the_self_score():
    """总分：88.75 / 本项目总分为91.5 / 得分合计：86.4, the figure closing its clause or its cell (总分：88.75 | 填表人：…), or
    the grade's label run on after it (总分：88.75评价结论：良好):
    the report's total, read without 分 after a colon or 为. Not a 总分 of 100 with a score after it in its sentence (the
    full marks), nor one whose clause names a scale, nor a figure that is no score (a date, a count)."""
    head = "某县交通运输局2020年度项目支出绩效自评报告\n一、自评结论\n"
    for text, score in (("总分：88.75\n", 88.75), ("经自评，本项目总分为91.5，评价等级为优。\n", 91.5),
                        ("总分：88.75\t\t评价结论：良好\n", 88.75), ("| 总分：88.75 | 填表人：王某 |\n", 88.75),
                        ("总分：88.75评价结论：良好\n", 88.75), ("得分合计：86.4\n", 86.4),
                        ("总分：100，自评得分：92\n", 92.0), ("总分为100，其中产出指标50分，效益指标30分。\n", None),
                        ("指标体系总分为100。\n", None), ("产出指标设置总分为50，效益指标设置总分为30。\n", None), ("总分为2023年\n", None), ("总分为3项\n", None)):
        assert fields(head + text)["self_score"] == score, text


def test_a_total_of_100_before_a_score_in_its_sentence_is_the_full_marks():
    """总分：100分；自评得分：93.6分 (the form's two fields parted by a semicolon) / 总分：100分，得分：88.75: the 总分 of 100
    is the full marks, the score after it is the self score, with 分 or not; a 总分 of 100 alone is the score."""
    head = "某县商务局2021年度部门整体支出绩效自评报告\n一、自评结论\n"
    for text, score in (("对照评价指标体系，总分：100分；自评得分：93.6分；自评等级：优。\n", 93.6),
                        ("总分：100分，得分：88.75\n", 88.75), ("总分：100分，得分：88.75分\n", 88.75),
                        ("评价总分为100分；自评得分为90.5分。\n", 90.5), ("总分：100\t得分：88.5\n", 88.5),
                        ("经自评，总分100分。\n", 100.0)):
        assert fields(head + text)["self_score"] == score, text


def test_the_full_marks_in_brackets_after_a_score_label():
    """总分（满分100分）：91分 / 自评得分（100分）：90.5分: the label's note of the full marks is passed over."""
    head = "某县林业局2024年度项目支出绩效自评报告\n一、自评结论\n"
    for text, score in (("总分（满分100分）：91分\n", 91.0), ("经自评，自评得分（100分）：90.5分。\n", 90.5)):
        assert fields(head + text)["self_score"] == score, text


def test_a_grade_in_brackets_or_after_a_comma_after_a_score_written_without_fen():
    """自评得分：88.6（良） / 自评得分：88.6，良 / 总分：92（优秀）: the grade right after a score's figure that its label
    gives without 分, as after one with 分; a word after the comma that only starts with a grade is none (优于…)."""
    head = "某县卫生健康局2024年度项目支出绩效自评报告\n一、自评结论\n"
    for text, grade in (("自评得分：88.6（良）\n", "良"), ("自评得分：88.6，良。\n", "良"), ("总分：92（优秀）\n", "优"),
                        ("自评得分：88.6，优于上年。\n", None)):
        assert fields(head + text)["grade"] == grade, text


def test_an_execution_rate_written_in_words():
    """预算执行率为百分之九十八 / 达百分之百 / 百分之九十六点五: a percentage written in words is the rate as a figure is
    (numbers.parse_chinese_number); a part's stays the part's."""
    assert find_rate("全年支出83万元，预算执行率为百分之九十八。") == 98.0
    assert find_rate("我局严格按照批复使用资金，预算执行率达百分之百。") == 100.0
    assert find_rate("预算执行率为百分之九十六点五。") == 96.5
    assert find_rate("基本支出执行率为百分之九十。") is None
    r = fields("某县文化和旅游局2019年度项目支出绩效自评报告", "一、项目基本情况",
               "全年预算85万元，实际支出83.3万元，", "预算执行率为百分之九十八。")
    assert (r["budget_execution_rate_pct"], r["budget_execution_rate_line_no"]) == (98.0, 4)


def test_a_grade_closing_a_sentence_in_a_result_cell():
    """| 自评结果 | 总分93分，评价等级为良 | |: the grade closes the cell, spaces and the cell's rule after it."""
    assert R.find_grade(doc("| 评价结论 | 得分93分，评价等级为良 | | |")) == "良"
    assert R.find_grade(doc("评价结论\t得分88分，自评等级中\t")) == "中"
    assert R.find_grade(doc("| 说明 | 评价等级为良和中的项目 |")) is None


def test_a_score_in_a_result_cell_is_the_self_score():
    """自评结果 | 91.5 (one cell a line, or side by side): a result cell holding a figure gives the self score."""
    text = "\n".join(["某局部门整体支出绩效自评表 |", "指标 |", "分值 |", "得分 |", "办结率 |", "10 |", "9 |",
                      "自评结果 |", "91.5 |", "评价结论 |", "良 |"])
    got = extract_document(build_document(text)).report
    assert (got["self_score"], got["grade"]) == (91.5, "良")
    text = "\n".join(["某局部门整体支出绩效自评表", "| 指标 | 分值 | 得分 |", "| 办结率 | 10 | 9 |", "| 评价结果 | 88 |"])
    assert extract_document(build_document(text)).report["self_score"] == 88.0


def test_staff_counts_in_cells_with_thousands_separators():
    """| 编制人数 | 2,315人 | 实有人数 | 2,280人 |: a large department's staff, its thousands parted by a comma, is the
    count (not nothing)."""
    r = fields("某市卫生健康委员会2022年度部门整体支出绩效自评报告", "| 编制人数 | 2,315人 | 实有人数 | 2,280人 |",
               "| 编制数 | 1,020 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (2315, 2280)
    r = fields("某市卫生健康委员会2022年度部门整体支出绩效自评报告", "| 编制数 | 1,020 | 实有人数 | 998 |")
    assert (r["staff_authorized"], r["staff_actual"]) == (1020, 998)


def test_a_table_listing_projects_gives_no_grade_or_rate_of_the_report():
    """序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级 over a row a project, in a department's
    report: the first project's grade and rate are its own, not the report's; a label row over one row of values (a
    notice summing the report up) still gives its fields."""
    head = "某县司法局2021年度部门整体支出绩效自评报告"
    r = fields(head, "三、项目支出绩效自评情况",
               "| 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级 |",
               "| 1 | 法律援助经费 | 52.00 | 52.00 | 100% | 95 | 优 |",
               "| 2 | 人民调解补助 | 30.00 | 24.60 | 82.00% | 81 | 良 |",
               "四、部门整体支出绩效情况")
    assert (r["grade"], r["budget_execution_rate_pct"]) == (None, None)
    r = fields(head, "| 部门名称 | 评价年度 | 自评得分 | 自评等级 |", "| 某县司法局 | 2021年度 | 93.5 | 优 |",
               "一、部门基本情况")
    assert (r["self_score"], r["grade"]) == (93.5, "优")


def test_a_score_or_grade_of_another_evaluation_is_not_the_reports():
    """县财政局…开展了重点绩效评价，评价得分88分，等级为良 / 委托第三方…绩效评价，评价得分90分: the key evaluation's or the
    third party's figures, not the self-evaluation's; the report's own after them is read, and with none the field is
    empty. A sentence going on to the self-evaluation (根据第三方评价意见开展自评，自评得分…) is the report's."""
    head = "某县民政局2022年度部门整体支出绩效自评报告"
    r = fields(head, "二、上年度评价情况",
               "2022年，市财政局对我局2021年度部门整体支出开展了重点绩效评价，评价得分88分，等级为良。",
               "三、自评结论", "2022年度部门整体支出绩效自评得分95.5分，等级为优。")
    assert (r["self_score"], r["grade"]) == (95.5, "优")
    r = fields(head, "县财政局委托第三方机构对我局“养老服务补贴项目”开展了财政重点评价，评价得分86.2分。",
               "四、自评情况。自评结论另附。")
    assert (r["self_score"], r["grade"]) == (None, None)
    r = fields("某县住建局2022年度老旧小区改造项目绩效自评报告",
               "县财政局委托某事务所对本项目开展第三方绩效评价，评价得分90分，等级为优；本单位自评得分87分，自评等级为良。")
    assert (r["self_score"], r["grade"]) == (87.0, "良")
    r = fields("某县住建局2022年度老旧小区改造项目绩效自评报告",
               "按照第三方评价意见，我局开展了绩效自评，自评得分89.5分，等级为良。")
    assert (r["self_score"], r["grade"]) == (89.5, "良")
    for other in ("县财政局对本项目开展了再评价", "该项目纳入财政部门评价范围"):
        r = fields("某县住建局2022年度老旧小区改造项目绩效自评报告", f"{other}，评价得分82分，等级为良。", "四、其他")
        assert (r["self_score"], r["grade"]) == (None, None), other
    # a project's form: the key evaluation's grade in a note, the form's own total score, no grade of its own
    r = fields("某县农业农村局2023年度项目支出绩效自评表",
               "说明：该项目2022年度被列入市财政重点绩效评价，评价得分80分，等级为良。",
               "项目名称 | 耕地地力保护 |", "总分 | 100 | 94 |")
    assert (r["self_score"], r["grade"]) == (94.0, None)


def test_a_score_after_a_project_named_earlier_in_its_sentence_is_the_projects_in_a_departments_report():
    """…；某某维修项目预算执行率为91.2%，自评得分84分。 in a department's report: the project named in the clause before is
    the score's subject, not the department; the department's own score after it is the report's."""
    r = fields("某县水利局2021年度部门整体支出绩效自评报告",
               "本局对6个项目开展绩效自评；小型水库维修项目预算执行率为91.2%，自评得分84分。",
               "经综合评价，2021年度部门整体支出绩效自评得分为93.1分，等级为优。")
    assert r["self_score"] == 93.1


def test_fields_and_amounts_under_labels_ocr_misread():
    """收人合计, 支岀合计, 人员经赀, 核定编剖数, 实冇人数, 自评得汾, 等圾: a scan's look-alike characters in the labels'
    words are read back, and the labels read as written."""
    found = extract_document(build_document(
        "某县文化馆2022年度部门整体支出绩效自评报告\n核定编剖数 18 人,实冇人数 16 人。\n"
        "本年收人合计 520.40 万元,支岀合计 498.60 万元,其中基本支出 300.10 万元(人员经赀 250.00 万元)。\n"
        "自评得汾 93.5 分,评价等圾为优。\n"))
    assert {k: found.report[k] for k in ("self_score", "grade", "staff_authorized", "staff_actual")} == {
        "self_score": 93.5, "grade": "优", "staff_authorized": 18, "staff_actual": 16}
    assert sorted((b["item"], float(b["amount_wan_yuan"])) for b in found.budget_items) == [
        ("expenditure_basic", 300.1), ("expenditure_personnel", 250.0), ("expenditure_total", 498.6),
        ("income_total", 520.4)]


def test_with_no_unit_found_the_place_the_title_opens_with_is_the_reports():
    """平和县2022年度…项目绩效自评报告 and no unit named with its place anywhere (县交通运输局 in the text): the report's
    place is the title's; a title naming no place gives none."""
    body = "一、项目概况\n2022年县交通运输局实施村道安保工程，年初预算安排资金120万元。"
    got = fields("上杭县2022年度村道安保工程项目绩效自评报告", *body.split("\n"))
    assert (got["department"], got["province"], got["city"], got["district"]) == (None, "福建省", "龙岩市", "上杭县")
    got = fields("2022年度村道安保工程项目绩效自评报告", *body.split("\n"))
    assert (got["province"], got["city"], got["district"]) == (None, None, None)


# --- score and grade: labels by their ending, totals by their header, scales, cut rows, other years -----------------

def test_a_score_or_grade_label_read_by_its_ending():
    """项目绩效自评得分 / 综合评价等级 / 自评结果等级 / 绩效评价结论: a cell label with words of whose before a label of the
    whole's own is that label; one naming a part (产出指标自评得分) is none."""
    r = fields("某县交通局2023年度项目支出绩效自评报告", "| 项目名称 | 乡道养护 |",
               "| 项目绩效自评得分 | 88.5 | 综合评价等级 | 良 |", "")
    assert (r["self_score"], r["grade"]) == (88.5, "良")
    r = fields("某县交通局2023年度项目支出绩效自评报告", "| 项目名称 | 乡道养护 |", "| 自评结果等级 | 中 |", "")
    assert r["grade"] == "中"
    r = fields("某县交通局2023年度项目支出绩效自评报告", "| 项目名称 | 乡道养护 |", "| 绩效评价结论 | 良好 |", "")
    assert r["grade"] == "良"
    r = fields("某县交通局2023年度项目支出绩效自评报告", "| 项目名称 | 乡道养护 |", "| 产出指标自评得分 | 36 |", "")
    assert r["self_score"] is None


def test_a_total_rows_grade_with_its_band_in_brackets():
    """总分 | 100 | 91.6 | 优秀（90分及以上）: the grade cell's band after the word is no part of it."""
    r = fields("某县交通局2023年度项目支出绩效自评报告",
               "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |",
               "| 产出指标 | 数量指标 | 养护里程 | 50 | 45 |",
               "| 效益指标 | 社会效益指标 | 通行条件改善 | 50 | 46.6 |",
               "| 总分 | 100 | 91.6 | 良好（80-90分） |", "")
    assert (r["self_score"], r["grade"]) == (91.6, "良")
    # (the row alone, no indicator table above it)
    r = fields("某县交通局2023年度项目支出绩效自评报告", "| 项目名称 | 乡道养护 |", "| 总分 | 100 | 93.6 | 优秀（90分及以上） |", "")
    assert (r["self_score"], r["grade"]) == (93.6, "优")


def test_a_results_score_then_its_grade():
    """自评结果 | 95.5 | 优: the result's score, then its grade in the cell after it."""
    r = fields("某县交通局2023年度项目支出绩效自评报告", "| 项目名称 | 乡道养护 |", "| 自评结果 | 95.5 | 优 |", "")
    assert (r["self_score"], r["grade"]) == (95.5, "优")


def test_a_sentence_describing_the_scale_gives_no_score():
    """采用…指标体系，总分为100分 / 一级指标包括决策（20分）…，总分100分: the scale's full marks, not a score."""
    r = fields("某县文化局2023年度项目支出绩效自评报告",
               "本次自评采用三级指标体系，总分为100分，从四个方面评价。经自评，自评得分为86.4分。", "")
    assert r["self_score"] == 86.4
    r = fields("某县文化局2023年度项目支出绩效自评报告",
               "一级指标包括决策（20分）、过程（20分）、产出（40分）、效益（20分），总分100分。", "")
    assert r["self_score"] is None


def test_a_bare_total_of_full_marks_loses_to_a_labelled_score():
    """本项目总分100分。…自评得分为86.4分: a bare 总分 of 100 may be the full marks; a score labelled anywhere is the score."""
    r = fields("某县文化局2023年度项目支出绩效自评报告", "本项目总分100分。", "经自评，自评得分为86.4分。", "")
    assert r["self_score"] == 86.4


def test_a_total_row_cut_by_the_texts_end_has_no_score():
    """总分 | 100 | where the text ends (a cell a line, or a row whose score cell the end cut): the figure is the
    points, the score is missing."""
    r = fields("某县文化局2023年度项目支出绩效自评报告", "一级指标 |", "分值 |", "得分 |", "决策 |", "20 |", "18 |",
               "总分 |", "100 |")
    assert r["self_score"] is None
    r = fields("某县文化局2023年度项目支出绩效自评报告",
               "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |",
               "| 产出指标 | 数量指标 | 演出场次 | 20场 | 22场 | 50 | 50 |",
               "| 效益指标 | 社会效益指标 | 观众人次 | 5000人次 | 5200人次 | 50 | 48 |",
               "| 其他需要说明事项 | 无 | 总分 | 100 | 9")
    assert r["self_score"] is None


def test_a_sum_row_read_by_its_headers_column_order():
    """合计 | 91 | 100 under 一级指标 | 得分 | 分值: the score first as the header has it; a table written a cell a line
    (一级指标 / 分值 / 得分 … 合计 / 100 / 95.5) read as its rows."""
    r = fields("某县交通局2022年度部门整体支出绩效自评报告", "| 一级指标 | 得分 | 分值 |", "| 决策 | 17 | 20 |",
               "| 过程 | 18 | 20 |", "| 合计 | 91 | 100 |", "")
    assert r["self_score"] == 91
    r = fields("某县交通局2022年度部门整体支出绩效自评报告", "一级指标 |", "分值 |", "得分 |",
               *[x for part in (("决策 |", "20 |", "18 |"), ("过程 |", "20 |", "19 |"), ("产出 |", "40 |", "38.5 |"),
                                ("效益 |", "20 |", "20 |")) for x in part],
               "合计 |", "100 |", "95.5 |", "四、存在问题 |", "")
    assert r["self_score"] == 95.5


def test_a_sum_closing_part_scores_with_their_full_marks():
    """决策指标17分（满分20分），…，合计90分: the parts' scores with their full marks, then the sum: the total."""
    r = fields("某县交通局2022年度部门整体支出绩效自评报告",
               "自评情况：决策指标17分（满分20分），过程指标18分（满分20分），产出指标36分（满分40分），"
               "效益指标19分（满分20分），合计90分。", "")
    assert r["self_score"] == 90


def test_a_grade_in_a_sentence_of_another_year():
    """2022年度…自评得分为88分，评价等级为“良” in a report of 2023: that year's grade, as its score is."""
    r = fields("某县交通局2023年度部门整体支出绩效自评报告", "（三）上年度绩效评价结果",
               "2022年度部门整体支出绩效自评得分为88分，评价等级为“良”。", "")
    assert (r["self_score"], r["grade"]) == (None, None)
    # (a later year is when the evaluation was made: the grade is the report's)
    r = fields("某县交通局2023年度部门整体支出绩效自评报告", "我局2024年组织开展了绩效自评工作，自评等级为“优”。", "")
    assert r["grade"] == "优"


def test_a_grade_after_an_aside_about_last_year():
    """…较上年度（2022年度自评得分90分，评价等级为良）提高4分，绩效评价等级为“优”: the aside's grade is last year's,
    the one after it the report's."""
    r = fields("某县交通局2023年度部门整体支出绩效自评报告",
               "本年度部门整体支出绩效自评得分为94分，较上年度（2022年度自评得分90分，评价等级为良）提高4分，"
               "绩效评价等级为“优”。", "")
    assert (r["self_score"], r["grade"]) == (94, "优")


def test_a_closing_grade_line_at_the_texts_end_after_a_table():
    """A grade's line closing the form, the text's last, no line break after it: whole, not a cell cut."""
    rows = [f"| 产出指标 | 数量指标 | 指标{k} | {k}0个 | {k}0个 | 10 | 10 |" for k in range(1, 9)]
    r = fields("某县交通局2023年度项目支出绩效自评报告",
               "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |", *rows,
               "| 总分 | | | 100 | 97 |", "项目自评等级：优秀")
    assert r["grade"] == "优"


def test_a_part_score_in_a_list_of_parts_is_no_total():
    """其中：决策得分17分，过程管理得分18分，产出得分 (cut): the parts' scores, never the total."""
    r = fields("某县交通局2022年度部门整体支出绩效自评报告",
               "经自评，其中：部门决策得分17分，部门过程管理得分18分，部门产出得分")
    assert r["self_score"] is None


def test_a_score_written_over_its_full_marks():
    """自评得分：92.5/100，等级：优: the score before the full marks."""
    r = fields("某县交通局2022年度部门整体支出绩效自评报告", "经自评，本部门自评得分：92.5/100，等级：优。", "")
    assert (r["self_score"], r["grade"]) == (92.5, "优")


def test_a_score_after_its_parts_points_is_the_parts():
    """指标分值15分，自评得分15分: an indicator's score, after its points; the total is stated after them."""
    r = fields("某县交通局2023年度项目支出绩效自评报告",
               "（一）决策指标：指标分值15分，自评得分15分。", "（二）产出指标：指标分值40分，自评得分39分。",
               "综上，本项目自评总分98分。", "")
    assert r["self_score"] == 98


def test_a_grade_given_by_a_verb_after_the_score():
    """该项目自评分97分，评为“优”: the score's grade."""
    r = fields("某县交通局2023年度项目支出绩效自评报告", "经自评，该项目自评分97分，评为“优”。", "")
    assert (r["self_score"], r["grade"]) == (97, "优")


# --- pages holding several evaluations, or another form's tail (helper fxm) -------------------------------------

def test_a_form_continued_from_the_page_before_is_not_the_title():
    """部门整体支出绩效自评表(续) opening the page, then a whole 项目支出 form: the whole form's title is the report's
    (its kind, its unit cell); the tail's 自评总分 and 等级 close the form before."""
    r = fields("部门整体支出绩效自评表(续) |",
               "满意度指标 | 服务对象满意度 | 群众满意度 | ≥85% | 90% | 10 | 10 |",
               "自评总分 | 93.2 | 自评等级 | 优 |",
               "项目支出绩效自评表 |", "(2022年度) |",
               "项目名称 | 某某街道保洁经费 |",
               "主管部门 | 某某县城市管理局 | 实施单位 | 某某县环卫所 |",
               "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
               "年度资金总额 | 100 | 120 | 118 | 10 | 98.3% | 9.8 |", "")
    assert r["report_kind"] == "project"
    assert r["title"] == "项目支出绩效自评表" and r["department"] == "某某县环卫所"
    assert (r["self_score"], r["grade"]) == (None, None)


def test_a_score_above_a_forms_title_is_the_form_befores():
    """…自评得分 88.5 自评等级 良 / 某局2022年度项目绩效自评表: the tail of the form before closes with its score; the
    report is the form whose title follows, which states none."""
    r = fields("产出指标 数量指标 慰问人数 ≥200人 210人 20 20",
               "四、总体评价 自评得分 88.5 自评等级 良",
               "填报单位:某某县民政局 填报日期:2023年3月1日",
               "某某县民政局2022年度预算项目绩效自评表",
               "一、基本情况 项目名称:临时救助 实施(主管)单位:某某县民政局",
               "产出指标 数量指标 救助人次 ≥100人次 120人次 20 20", "")
    assert r["title"] == "某某县民政局2022年度预算项目绩效自评表"
    assert (r["self_score"], r["grade"]) == (None, None)


def test_the_best_of_several_projects_score_is_no_report_score():
    """得分最高的项目为“某某工程”，自评得分97分: one of the projects, the best; not the report's score."""
    r = fields("某某县农业农村局2023年度项目支出绩效自评总体情况",
               "我局对6个项目开展了自评。",
               "得分最高的项目为“某某灌溉工程”，自评得分97分；得分最低的项目为“某某培训”，自评得分82分。", "")
    assert r["self_score"] is None


def test_a_listed_projects_score_on_a_page_of_several_is_no_report_score():
    """（一）某某补助。预算…，自评得分95分 on a page summing up 3 projects: the item's; a page of one project heading its
    result so ((二)自评结论。…自评得分94分) keeps its score."""
    r = fields("某某县卫生健康局2023年度项目支出绩效自评工作情况",
               "2023年度，我局对3个项目开展了自评，整体执行率95.5%。",
               "(一)基层医疗机构设备购置。预算300万元，执行290万元，自评得分95分。",
               "(二)家庭医生签约服务补助。预算120万元，执行118万元，自评得分92分。", "")
    assert r["self_score"] is None
    r = fields("某某县卫生健康局2023年度项目支出绩效自评报告", "共涉及2个项目资金来源。",
               "(二)自评结论。经自评，该项目自评得分94分。", "")
    assert r["self_score"] == 94


def test_grades_counted_are_no_grade():
    """其中评价等级为“优”的5个、“良”的1个: how many evaluations got each grade, no one grade."""
    r = fields("某某县水利局2023年度项目支出绩效自评总体情况",
               "6个项目平均得分92分，其中评价等级为“优”的5个、“良”的1个。", "")
    assert r["grade"] is None


def test_a_score_row_of_a_table_of_years_is_read_at_the_reports_year():
    """自评得分 | 90.5 | 95 under 项目 | 2022年度 | 2023年度 in a report of 2023: the 2023 column's."""
    r = fields("某某县城市管理局2023年度部门整体支出绩效自评报告",
               "项目 | 2022年度 | 2023年度 |",
               "全年预算数(万元) | 1,200.00 | 1,300.00 |",
               "自评得分 | 90.5 | 95 |",
               "评价等级 | 良 | 优 |", "")
    assert (r["self_score"], r["grade"]) == (95, "优")


def test_scores_listed_over_years_give_the_reports_years():
    """自评得分分别为88分(2021年度)、91分(2022年度)和93.5分(2023年度) in a report of 2023: 93.5; 等级由良提升为优: 优."""
    r = fields("某某县林业局2023年度部门整体支出绩效自评报告",
               "近三年我局自评得分分别为88分(2021年度)、91分(2022年度)和93.5分(2023年度)，自评等级由良提升为优。", "")
    assert (r["self_score"], r["grade"]) == (93.5, "优")


def test_a_score_label_closing_a_header_row_a_cell_a_line_has_no_value():
    """序号 / 项目名称 / 执行数(元) / 自评得分 then a rule of bars and 1 / 某项目 …: the label heads a column, the 1 under it
    numbers the first row; the text's score stands."""
    r = fields("某某县档案馆2023年度部门整体支出绩效自评报告 |", "|||||",
               "经自评，我馆2023年度部门整体支出绩效自评得分92.4分，等级为优。 |", "|||||",
               "附件:项目支出自评情况 |", "|||||",
               "序号 |", "项目名称 |", "执行数(元) |", "自评得分 |", "|||||",
               "1 |", "档案数字化 |", "500,000.00 |", "95 |", "|||||", "")
    assert r["self_score"] == 92.4


def test_a_titles_about_ends_the_publishers_name():
    """某局关于局属单位2022年度…自评结果的公告: the unit is 某局, 关于 and what follows no part of its name."""
    d = doc("某某市某某区教育和体育局关于局属单位2022年度部门整体支出绩效自评结果的公告", "现将结果公告如下：")
    assert R.find_department(d, R.find_title(d)[0]) == "某某市某某区教育和体育局"
    # (a unit after 关于 is the one the report is of: 某中心关于某局部门整体支出…)
    d = doc("某某县疾控中心关于某某县民政局部门整体支出绩效自评报告", "一、基本情况")
    assert R.find_department(d, R.find_title(d)[0]) == "某某县民政局"


def test_a_years_self_evaluation_results_page_is_titled():
    """某局2023年度绩效自评结果公开: a results page's title (its unit written in full), as …项目支出绩效自评结果 is."""
    d = doc("某某县市场监督管理局2023年度绩效自评结果公开", "来源:县市场监管局", "")
    assert R.find_title(d)[0] == "某某县市场监督管理局2023年度绩效自评结果"
    assert R.find_department(d, R.find_title(d)[0]) == "某某县市场监督管理局"


def test_the_department_wholes_row_of_a_results_table():
    """评价对象 | 预算数 | 执行数 | 自评得分 | 等级 with 部门整体支出 | … | 94.5 | 优 first, then the projects' rows: the
    department's score and grade; a funds row scored against its points (分值 | 得分), no grade column, is none."""
    r = fields("某某县市场监督管理局2023年度绩效自评结果公开",
               "现将我局2023年度部门整体支出及项目支出绩效自评结果公开如下:",
               "评价对象 | 预算数(万元) | 执行数(万元) | 自评得分 | 等级 |",
               "部门整体支出 | 1,000.00 | 980.00 | 94.5 | 优 |",
               "食品抽检经费 | 100.00 | 99.00 | 96 | 优 |", "")
    assert (r["self_score"], r["grade"]) == (94.5, "优")
    r = fields("某某市自然资源局2021年度部门整体支出绩效自评表",
               "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 |",
               "| 部门整体 | 100.00 | 120.00 | 110.00 | 91.67% | 20 | 18.33 |", "")
    assert r["self_score"] is None


def test_several_named_funds_rates_are_no_overall_rate():
    """某某发展资金执行率100%；某某保护资金执行率92.3%: each fund's rate, none the report's."""
    r = fields("某某县林业局2023年度中央林业转移支付资金绩效自评报告",
               "林业改革发展资金执行率100%；林业生态保护恢复资金执行率92.3%；林业防灾减灾资金执行率81.6%。", "")
    assert r["budget_execution_rate_pct"] is None


def test_a_total_label_a_cell_a_line_stops_at_the_rows_rule():
    """序号 / 项目名称 / 预算数(元) / 执行数(元) / 自评得分 / a rule of bars / 1 / …: the score label closes a header row,
    read as a total row a cell a line it would take the row's number 1; the rule of bars ends its row."""
    r = fields("某某县档案馆2023年度部门整体支出绩效自评报告 |", "|||||",
               "经自评，我馆2023年度部门整体支出绩效自评得分92.4分，等级为优。 |", "|||||",
               "附件:项目支出自评情况 |", "|||||",
               "序号 |", "项目名称 |", "预算数(元) |", "执行数(元) |", "自评得分 |", "|||||",
               "1 |", "档案数字化 |", "600,000.00 |", "500,000.00 |", "95 |", "|||||", "")
    assert r["self_score"] == 92.4


def test_a_unit_named_with_those_under_it_is_the_unit_leading_them():
    """实施单位 | 某县乡村振兴局及各乡（镇）人民政府: the unit before 及各 / 及所属 / 及其下属 carries the project out and is
    the report's; a cell naming units side by side, or only 各乡镇, names none of them."""
    from pipelines.extract.units import clean_unit
    assert clean_unit("某县乡村振兴局及各乡（镇）人民政府") == "某县乡村振兴局"
    assert clean_unit("某县农业农村局及所属单位") == "某县农业农村局"
    assert clean_unit("某县卫生健康局及其下属事业单位") == "某县卫生健康局"
    assert clean_unit("各乡镇人民政府") is None and clean_unit("某县某中心、某县某医院") is None
    r = fields("上犹县2022年度衔接推进乡村振兴补助资金项目支出绩效自评表",
               "| 项目名称 | 衔接推进乡村振兴补助资金 |", "| 实施单位 | 上犹县乡村振兴局及各乡（镇）人民政府 |", "")
    assert (r["department"], r["district"]) == ("上犹县乡村振兴局", "上犹县")


def test_staff_in_post_of_both_kinds_past_a_note_and_of_two_kinds_of_people_joined():
    """在职在编实有行政人员2人(含行政工勤人员1人)，事业人员40人: both kinds of post, the first's note in brackets between;
    实有干警及工作人员57名: who is counted named as two kinds of people joined."""
    staff = lambda text: (lambda r: (r["staff_authorized"], r["staff_actual"]))(
        fields("某县某局2023年度部门整体支出绩效自评报告", "一、基本情况", text))
    assert staff("实有人员编制45人。在职在编实有行政人员2人(含行政工勤人员1人)，事业人员40人(含参公管理事业人员0人)。") == (45, 42)
    assert staff("核定编制60名，实有干警及工作人员57名。") == (60, 57)


def test_the_spending_share_of_the_income_is_the_rate_only_where_no_budget_rate_is_stated():
    """收支完成率98.5% (some provinces' department form: the final accounts' spending over their income) is the report's
    rate where it states no rate of the budget; beside one (预算执行率96%) it is not."""
    head = ("某县某局2023年度部门整体支出绩效自评报告", "一、部门整体收支情况")
    assert fields(*head, "本年收入决算数为300万元，支出决算数为295.5万元，收支完成率为98.5%。")[
        "budget_execution_rate_pct"] == 98.5
    assert fields(*head, "本年收入决算数为300万元，支出决算数为295.5万元，收支完成率为98.5%。预算执行率为96%。")[
        "budget_execution_rate_pct"] == 96


def test_a_one_row_summary_of_the_units_evaluation_gives_its_score():
    """部门名称 | 年初预算数 | … | 预算执行率 | 自评得分 | 自评等级 over one row of the unit's values: the score and the grade
    are the report's (the 自评得分 column no funds row's points); under several rows (a list of units) none is."""
    head = "| 部门名称 | 年初预算数（万元） | 调整后预算数（万元） | 实际支出数（万元） | 预算执行率 | 自评得分 | 自评等级 |"
    rule = "|---|---|---|---|---|---|---|"
    r = fields("某区某街道办事处2022年度部门整体支出绩效自评结果", "二、自评结果汇总", head, rule,
               "| 某区某街道办事处 | 1,200.00 | 1,350.00 | 1,300.00 | 96.30% | 91.5 | 优 |", "三、说明", "无。")
    assert (r["self_score"], r["grade"], r["budget_execution_rate_pct"]) == (91.5, "优", 96.3)
    r = fields("某区财政局2022年度部门绩效自评结果汇总", head, rule,
               "| 某区甲局 | 100.00 | 120.00 | 110.00 | 91.67% | 88 | 良 |",
               "| 某区乙局 | 200.00 | 210.00 | 205.00 | 97.62% | 93 | 优 |", "")
    assert r["self_score"] is None


def test_a_sum_row_of_one_figure_is_the_self_score_when_it_adds_the_funds_score_to_the_rows_scores():
    """A form whose indicator table has no points column (年初目标值 | 实际完成值 | 得分) closing with 合计 96: the funds
    row's score (18) and the rows' scores (40 + 38) summed, the whole form's total, so the self score; a 合计 of the rows'
    scores alone (78) is the indicators' part, no self score."""
    text = ("2020年度财政项目绩效自评表 单位名称：某县水利局 项目名称 小型水库维修 预算执行情况（万元）（20分） 预算数（A） "
            "执行数（B） 执行率（B/A） 得分（20分*执行率） 年度财政资金总额 200 180 90% 18 年度绩效目标（80分） 一级指标 "
            "二级指标 三级指标 年初目标值（A） 实际完成值（B） 得分 产出指标 数量指标 维修水库座数 ≥5座 5座 40 效益指标 "
            "社会效益 受益人口 ≥2万人 2.2万人 38 合计 96")
    report = extract_document(doc(text)).report
    assert (report["self_score"], report["budget_execution_score"]) == (96.0, 18.0)
    assert extract_document(doc(text.replace("合计 96", "合计 78"))).report["self_score"] is None


def test_a_unit_cell_with_the_forms_money_unit_run_into_it_names_the_unit():
    """部门名称某县某镇人民政府单位:万元 (a form run together): the money unit declared after the name is no part of it, and
    the form's cell names who reports, not the shorter name of a document-sharing page's heading."""
    d = doc("2022年度双墩镇部门整体支出绩效自评表.pdf-某某文库", "页数:2",
            "部门整体支出绩效自评表(2022年度)部门名称长丰县双墩镇人民政府单位:万元年度预算安排资金情况年初预算数全年预算数"
            "全年执行数执行率分值得分年度资金总额800.00900.00870.0096.67%109.7")
    assert R.find_department(d) == "长丰县双墩镇人民政府"


def test_a_title_written_as_a_file_name_is_the_weakest_writing_of_it():
    """A document-sharing page heads itself with the file's name (…自评表.pdf-某某文库) and writes the title again below:
    the unit the title names is read from the title written plainly."""
    d = doc("2022年度双墩镇部门整体支出绩效自评表.pdf-某某文库", "页数:2", "文档介绍",
            "长丰县双墩镇人民政府2022年度部门整体支出绩效自评表", "一、部门基本情况", "我镇负责全镇公共事务。")
    assert R.find_department(d) == "长丰县双墩镇人民政府"
