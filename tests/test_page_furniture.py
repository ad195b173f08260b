"""Page furniture in text taken from a PDF: page numbers, running headers, a table's header row written
again on the next page, and the sentence or row a page break cut (pipelines/furniture.py)."""

from __future__ import annotations

import pytest

from pipelines.extract import extract_document
from pipelines.extract.cells import cell_stream
from pipelines.normalise import build_document

_OPEN = "本局全年共组织开展道路养护巡查工作四十余次,对辖区内的县道乡道进行了全面排查,及时处理发现的各类"
_REST = "病害问题,保障了辖区道路的安全畅通。"


@pytest.mark.parametrize("number", ["- 2 -", "— 2 —", "第 2 页", "第2页 共3页", "共3页 第2页", "Page 2 of 3"])
def test_a_page_number_is_no_text_and_the_sentence_it_cut_is_one_again(number):
    doc = build_document(f"某县交通运输局绩效自评报告\n{_OPEN}\n\n{number}\n\n{_REST}\n")
    assert all(number not in line for line in doc.lines)
    assert [p.text for p in doc.paragraphs] == ["某县交通运输局绩效自评报告", _OPEN + _REST]
    assert doc.lines[1] == _OPEN + _REST  # a long line the page cut is one line again
    assert doc.paragraphs[1].line_no == 2


def test_a_page_number_inside_a_form_flattened_onto_one_line_is_no_cell():
    """… 98% 97% 15 15 — 1 — 效益指标 …: a form run onto one line keeps its page's number among its cells; it goes,
    and the rows around it are read as on one page. A dash between words or an empty cell's dash stays."""
    line = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 质量指标 设备完好率 ≥95% 97% 15 15 — 1 — "
            "效益指标 社会效益指标 群众就医等候时间缩短 ≥10分钟 12分钟 15 14")
    doc = build_document("某县人民医院2023年度设备购置项目支出绩效自评表\n" + line)
    assert "— 1 —" not in doc.lines[1] and doc.lines[1].startswith("一级指标")
    found = extract_document(doc).indicators
    assert [(i["name"], i["weight"], i["score"]) for i in found] == [
        ("设备完好率", 15.0, 15.0), ("群众就医等候时间缩短", 15.0, 14.0)]
    kept = "其中:其他资金 — — — 2021 — 2023年度 项目 — 已完成"
    assert build_document(kept).lines == [kept]


def test_a_running_header_and_its_page_number_on_one_line_are_furniture_inside_a_table():
    """| … | 10 | 10 | / 某某县2020年度部门决算 第 18 页 / | … |: the booklet's title and the page number on one line between a
    table's rows are the page's furniture, no row (it had been an indicator named after the booklet, 18 页 its result);
    at the top of the text such a line is the report's title and stays."""
    rows = ["| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 修缮文物点数量 | 12处 | 12处 | 20 | 20 |",
            "| | 质量指标 | 修缮工程验收合格率 | 100% | 100% | 20 | 20 |",
            "某某县2020年度部门决算汇编 第 18 页",
            "| | 时效指标 | 修缮按期完成率 | ≥90% | 95% | 20 | 20 |"]
    doc = build_document("某县文物局2020年度文物保护项目支出绩效自评表\n" + "\n".join(rows) + "\n")
    assert [(i["name"], i["actual_value"]) for i in extract_document(doc).indicators] == [
        ("修缮文物点数量", 12.0), ("修缮工程验收合格率", 100.0), ("修缮按期完成率", 95.0)]
    top = build_document("某县文物局2020年度文物保护项目支出绩效自评表 第 1 页\n" + "\n".join(rows[:3]) + "\n")
    assert top.lines[0].startswith("某县文物局")


def test_a_bare_page_number_is_dropped_where_the_page_cut_a_sentence():
    doc = build_document(f"{_OPEN}\n3\n{_REST}\n")
    assert "3" not in doc.lines
    assert doc.paragraphs[0].text == _OPEN + _REST


def test_bare_page_numbers_counted_in_turn_are_dropped():
    body = [f"第{i}段说明文字。" for i in range(12)]
    text = "\n".join(["某某局自评报告", *body, "2", *body, "3", *body, "4", "结束。"])
    doc = build_document(text)
    assert not {"2", "3", "4"} & set(doc.lines)


def test_a_figure_alone_on_its_line_in_a_table_of_one_cell_a_line_stays():
    text = "计划安排资金\n\n(万元)\n\n170\n\n实际到位资金\n\n(万元)\n\n170\n\n其中：省财政\n\n3\n\n其中：省财政\n"
    doc = build_document(text)
    assert doc.lines.count("170") == 2 and "3" in doc.lines and not doc.page_breaks


def test_a_running_header_next_to_the_page_numbers_is_dropped_and_the_title_stays():
    title = "某县交通运输局2023年度部门整体支出绩效自评报告"
    cover = [f"评价小组成员第{i}名" for i in range(12)]  # (the title again on the first page, after the cover)
    text = "\n".join([title, *cover, title, "一、部门概况", _OPEN, "- 2 -", title, _REST, "二、绩效目标", "目标已完成。" * 5,
                      "- 3 -", title, "三、自评结论", "良好。"])
    doc = build_document(text)
    assert doc.lines.count(title) == 2 and doc.lines[0] == doc.lines[13] == title
    assert _OPEN + _REST in [p.text for p in doc.paragraphs]


def test_a_department_heading_each_page_is_dropped_between_the_halves_of_a_sentence():
    doc = build_document(f"某县交通运输局绩效自评报告\n{_OPEN}\n第 2 页\n某县交通运输局\n{_REST}\n")
    assert "某县交通运输局" not in doc.lines
    assert doc.paragraphs[1].text == _OPEN + _REST


def test_a_cell_written_again_next_to_a_page_number_is_no_running_header():
    # 其中：中央财政 is a row label the table writes on each of its rows, not the page's header
    text = "\n".join(["某某局自评报告", *("说明文字第%d行。" % i for i in range(10)), "其中：中央财政", "12",
                      "其中：中央财政", "- 2 -", "其中：中央财政", "13"])
    doc = build_document(text)
    assert doc.lines.count("其中:中央财政") == 3


def test_figures_next_to_a_page_number_in_a_table_of_one_cell_a_line_are_its_cells():
    """A row of a table written one cell a line cut by the page: its figures beside the page number (96% twice,
    written nowhere else) are cells, not the page's running header."""
    row = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "产出指标", "质量指标", "档案归档完整率", "96%", "96%"]
    text = "\n".join(["某县档案馆2023年度项目支出绩效自评表", *row, "— 2 —", "12", "11", "满意度指标"])
    doc = build_document(text)
    assert [line for line in doc.lines if line] == ["某县档案馆2023年度项目支出绩效自评表", *row, "12", "11", "满意度指标"]


def test_the_unit_line_written_again_on_the_next_page_is_dropped():
    text = "\n".join(["单位：万元", "项目\t年初预算数\t全年预算数\t全年执行数", "合计\t10\t12\t11", "- 2 -",
                      "单位：万元", "其中：财政拨款\t10\t12\t11"])
    doc = build_document(text)
    assert doc.lines.count("单位:万元") == 1
    # the cells go on over the page break: the row after it opens a row as the one before did
    cells = [c.text for c in cell_stream(doc)]
    assert cells[cells.index("合计") + 4] == "其中:财政拨款"


_HEADER = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |"
_INDICATORS = f"""某县交通局2023年度项目支出绩效自评表
项目名称 | 乡村道路养护 |
{_HEADER}
产出指标 | 数量指标 | 养护道路里程 | 120公里 | 125公里 | 20 | 20 |
产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 |

- 2 -

某县交通局2023年度项目支出绩效自评表
{_HEADER}
 | 时效指标 | 按时完成率 | 100% | 100% | 10 | 10 |
效益指标 | 社会效益指标 | 群众出行便利度 | 提升 | 提升 | 20 | 18 |
"""


def test_a_table_header_written_again_after_a_page_break_is_no_row():
    doc = build_document(_INDICATORS)
    assert doc.lines.count(_HEADER) == 1
    got = {i["name"]: (i["level1"], i["level2"], i["score"]) for i in extract_document(doc).indicators}
    assert got == {"养护道路里程": ("产出指标", "数量指标", 20), "验收合格率": ("产出指标", "质量指标", 20),
                   "按时完成率": ("产出指标", "时效指标", 10), "群众出行便利度": ("效益指标", "社会效益指标", 18)}


def test_a_row_the_page_cut_between_two_cells_is_one_row_again():
    text = f"""{_HEADER}
产出指标 | 数量指标 | 养护道路里程 | 120公里 | 125公里 | 20 | 20 |
产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 |
产出指标 | 时效指标 | 按时完成率 | 100% |
第 2 页
100% | 10 | 9 |
效益指标 | 社会效益指标 | 群众出行便利度 | 提升 | 提升 | 20 | 18 |
"""
    doc = build_document(text)
    assert doc.lines[3] == "产出指标 | 时效指标 | 按时完成率 | 100% | 100% | 10 | 9 |"
    got = {i["name"]: (i["level2"], i["score"]) for i in extract_document(doc).indicators}
    assert got["按时完成率"] == ("时效指标", 9)


def test_the_cell_stream_goes_on_over_a_page_break_as_on_one_page():
    title = "某县交通局2023年度项目支出绩效自评表"
    cells = ["项目名称", "乡村道路养护", "主管部门", "某县交通局", "年初预算数", "12", "全年执行数", "11"]
    whole = build_document("\n".join([title, *cells]))
    broken = build_document("\n".join([title, *cells[:3], "- 2 -", "", title, *cells[3:]]))
    assert [(c.text, c.row_start) for c in cell_stream(broken)] == [(c.text, c.row_start) for c in cell_stream(whole)]


def test_a_line_at_the_top_and_at_two_page_breaks_is_a_running_header():
    body = ["说明文字第%d行。" % i for i in range(12)]
    text = "\n".join(["内部资料 注意保存", "某某局自评报告", *body, "- 2 -", "内部资料 注意保存", *body, "- 3 -",
                      "内部资料 注意保存", *body])
    assert build_document(text).lines.count("内部资料 注意保存") == 1


def test_the_next_forms_header_after_a_page_break_is_its_own():
    # the page breaks between the first form's funds table and the second form's indicator table: the header
    # reads as the first form's, but it is the new table's, not the table above written again
    text = f"""{_HEADER}
产出指标 | 数量指标 | 养护道路里程 | 120公里 | 125公里 | 20 | 20 |
项目名称 | 桥梁维修 |
资金 | 年初预算数 | 全年执行数 | 执行率 |
合计 | 50 | 50 | 100% |
- 2 -
{_HEADER}
产出指标 | 数量指标 | 维修桥梁座数 | 3座 | 3座 | 20 | 19 |
"""
    doc = build_document(text)
    assert doc.lines.count(_HEADER) == 2
    got = {i["name"]: i["score"] for i in extract_document(doc).indicators}
    assert got == {"养护道路里程": 20, "维修桥梁座数": 19}


def test_a_bare_page_number_between_two_whole_rows_of_a_pipe_table_is_no_cell():
    text = ("项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
            "年度资金总额 | 30 | 30 | 29 | 96.67% |\n\n2\n\n其中:财政拨款 | 30 | 30 | 29 | 96.67% |\n")
    doc = build_document(text)
    assert "2" not in doc.lines
    # one cell a line, each closed by a pipe: a figure alone there is a cell
    cells = build_document("年度资金总额 |\n30 |\n2\n29 |\n")
    assert "2" in cells.lines


def test_scores_counting_up_in_a_table_of_one_cell_a_line_are_no_page_numbers():
    # 分值 then 得分 of each row, one cell a line: 8 … 9 … 10 stand a dozen lines apart, as pages numbered in turn
    # would, but each stands next to the row's other figure
    rows = [("培训场次", "≥4场", "5场", "10", "8"), ("参训合格率", "≥95%", "97%", "10", "9"),
            ("完成时间", "年底前", "按时", "12", "10"), ("宣传覆盖人数", "≥2000人", "2300人", "12", "11")]
    lines = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    for name, target, actual, weight, score in rows:
        lines += ["数量指标", "（本行说明）", name, target, actual, weight, score, "无", "—", "—", "—"]
    doc = build_document("\n".join(lines))
    assert [line for line in doc.lines if line in {"8", "9", "10", "11"}] == ["10", "8", "10", "9", "10", "11"]
    assert not doc.page_breaks


_DASHED_ROWS = ["| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                "| 产出指标 | 数量指标 | 巡查里程 | ≥800公里 | 812公里 | 50 | 50 |",
                "— 第 2 页 共 3 页 —", "某县交通运输局2022年度部门决算",
                "| | 时效指标 | 问题整改及时率 | ≥95% | 96% | 40 | 38 |", "| 总分 | | | | | 90 | 88 |"]


def test_a_page_number_with_its_count_between_dashes_and_its_running_header_are_furniture():
    """— 第 2 页 共 3 页 — between two rows of a pipe table, the booklet's title below it (written at the first page break
    too): no indicator named 2页, and the title no part of the next row's name."""
    text = "\n".join(["某县交通运输局2022年度部门决算", "第 1 页 共 3 页", "某县道路养护项目支出绩效自评表", *_DASHED_ROWS])
    found = extract_document(build_document(text)).indicators
    assert [(i["level2"], i["name"], i["score"]) for i in found] == [("数量指标", "巡查里程", 50.0),
                                                                     ("时效指标", "问题整改及时率", 38.0)]


def test_a_page_number_and_running_header_written_as_cells_one_a_line_are_furniture():
    """Cells one a line, each closed by a pipe: the page's running header and 第 2 页 共 4 页 written so between two cells
    of a row (年度资金总额 | 320.50 | [header] | [page] | 336.00 …) are no cells, and the row keeps its columns."""
    cells = ["某县市场监督管理局部门整体支出绩效自评表", "年度预算申请", "年初预算数", "全年预算数", "全年执行数", "执行率",
             "年度资金总额", "320.50", "某县2021年度部门决算公开", "第 2 页 共 4 页", "336.00", "330.12", "98.25%",
             "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "产出指标", "数量指标", "抽检批次", "≥600批次", "某县2021年度部门决算公开", "第 3 页 共 4 页", "640批次", "60", "60"]
    doc = build_document("\n".join(f"{c} |" for c in cells) + "\n")
    out = extract_document(doc)
    got = {b["item"]: b["amount_wan_yuan"] for b in out.budget_items}
    assert (float(got["budget_initial"]), float(got["budget_full_year"]), float(got["expenditure_total"])) == (
        320.5, 336.0, 330.12)
    assert out.report["budget_execution_rate_pct"] == 98.25
    assert [(i["name"], i["target_value"], i["actual_value"], i["score"]) for i in out.indicators] == [
        ("抽检批次", 600.0, 640.0, 60.0)]


@pytest.mark.parametrize("sep", [" | ", " "])
def test_a_page_number_and_running_header_among_the_cells_of_one_line_are_no_cells(sep):
    """A row the page broke written on one line with the page's furniture among its cells (年度资金总额 | 500 | [header] |
    第 2 页 共 5 页 | 520 …), the header written as a line of its own at another page break: both go, the row keeps its
    columns. A title beside the page number that the page writes nowhere else stays (no running header)."""
    head = ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "执行率"]
    row = ["年度资金总额", "500", "某县2021年度部门决算公开", "第 2 页 共 5 页", "520", "510", "98.08%"]
    edge = ("| ", " |") if sep == " | " else ("", "")
    lines = ["某县某局2021年度部门整体支出绩效自评表", *(edge[0] + sep.join(r) + edge[1] for r in (head, row)),
             "某县2021年度部门决算公开", "第 3 页 共 5 页"]
    got = {b["item"]: float(b["amount_wan_yuan"]) for b in extract_document(build_document("\n".join(lines))).budget_items}
    assert (got["budget_initial"], got["budget_full_year"], got["expenditure_total"]) == (500, 520, 510)
    from pipelines.furniture import inline_page_chrome
    assert inline_page_chrome("年度资金总额 | 500 | 某县决算 | 第 2 页 共 5 页 | 520 |") == "年度资金总额 | 500 | 某县决算 | 520 |"


def test_the_title_the_later_pages_write_again_as_their_header_stays_on_the_first_page():
    """某某局2023年度部门整体支出绩效自评报告 / - 1 - / … / - 2 - / 某某局…自评报告: the one title line, above the first page's
    number, is also the running header of the later pages; the later ones go, the first stays as the title."""
    title = "某某市某某区文化和旅游局2023年度部门整体支出绩效自评报告"
    text = (f"{title}\n- 1 -\n一、部门基本情况\n本局核定行政编制 20 名，实有在职人员 18 名。\n"
            f"- 2 -\n{title}\n二、自评结论\n本部门整体支出绩效自评得分 92 分。\n- 3 -\n")
    doc = build_document(text)
    assert [line for line in doc.lines if line == title] == [title]
    assert doc.lines.index(title) == 0
    report = extract_document(doc).report
    assert report["department"] == "某某市某某区文化和旅游局"
    # a running header naming no report (the department's name) goes from the first page as well
    doc = build_document(text.replace(title, "某某市某某区文化和旅游局"))
    assert "某某市某某区文化和旅游局" not in doc.lines
