"""A web page's footer copied with a report's text is not part of the report (pipelines/page_chrome.py)."""

from pipelines.extract import extract_document
from pipelines.normalise import build_document
from pipelines.extract.vocabulary import FOOTER_LINKS, FOOTER_WORDS
from pipelines.page_chrome import (FOOTER_GATE, footer_start, without_cut_cell, without_footer, without_print_marks,
                                   is_menu_item, menu_run, without_link_lists)

# A project form laid out one cell per line, as a page's text gives it, cut inside its last indicator row
# by the end of the article; the site's footer follows.
FORM = """\
2023年度项目支出绩效自评表
项目名称
河道保洁服务
主管部门
某县水务局
年度总体目标
完成全县河道日常保洁
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
产出指标
数量指标
保洁河道长度
≥120公里
126公里
20
20
效益指标
满意度指标
沿河群众满意度"""

FOOTER = """\

相关附件：
2023年度项目绩效自评表.xlsx
上一篇：关于调整办公时间的通知
下一篇：2024年部门预算公开说明
主办单位：某县人民政府办公室
网站标识码：1234000001 ICP备00000000号-1
技术支持：某某信息科技有限公司"""


def _names(text: str) -> list[str]:
    return [i["name"] for i in extract_document(build_document(text)).indicators]


def test_footer_lines_are_no_cells_of_a_table_cut_short():
    # (FORM closed by a line break: ending right after its last name, the text would read as cut inside it)
    assert _names(FORM + FOOTER) == _names(FORM + "\n") == ["保洁河道长度", "沿河群众满意度"]
    last = extract_document(build_document(FORM + FOOTER)).indicators[-1]
    # the attachment's year is no target of the row the page cut, nor the site's code its result
    assert (last["target_value"], last["actual_value"]) == (None, None)


def test_footer_is_blanked_and_the_line_numbers_stay():
    text = FORM + FOOTER
    kept = without_footer(text)
    assert kept.split("\n") == FORM.split("\n") + [""] * (len(FOOTER.split("\n")) - 1)
    doc = build_document(text)
    assert len(doc.lines) == len(text.split("\n"))
    assert not any("网站标识码" in line or "相关附件" in line for line in doc.lines)


def test_footer_opens_at_its_attachments_and_site_lines():
    lines = (FORM + FOOTER).split("\n")
    assert lines[footer_start(lines)] == "相关附件："


def test_the_sites_lists_of_links_above_its_footer_are_the_footer():
    """热点新闻 / 友情链接 and their links (other articles, the other units' sites: short lines, no sentence) between
    the report and the footer's marker are the footer: their years and units lend the report nothing. Without a
    heading, or with a sentence among them, the lines stay."""
    body = "某县档案馆部门整体支出绩效自评报告\n一、基本情况：编制8人，实有8人。\n二、自评得分93分，等级为优。"
    links = ["热点新闻", *(f"某县2021年度{w}" for w in ("财政预算执行情况", "部门决算汇总", "统计公报")),
             "友情链接", *(f"县{w}局" for w in ("财政", "民政", "水利", "林业", "审计") * 5)]
    footer = ["主办：某县人民政府办公室", "网站标识码：0000000000 ICP备00000000号"]
    text = "\n".join([body, *links, *footer])
    assert without_footer(text) == body + "\n" * (len(links) + len(footer))
    assert extract_document(build_document(text)).report["fiscal_year"] is None
    kept = "\n".join([body, *links[1:4], *footer])  # (no heading: the links stay)
    assert without_footer(kept).split("\n")[:6] == kept.split("\n")[:6]


def test_a_report_naming_a_host_keeps_its_lines():
    # 主办单位 names a partner of the project here: no footer marker follows, nothing is dropped
    text = FORM + "\n主办单位：某县文化馆\n联系电话：0000-1234567"
    assert without_footer(text) == text


def test_a_marker_far_from_the_end_is_no_footer():
    # a page whose text holds such words before the report (a second article after it, say) keeps it all
    text = "上一篇：工作动态\n" + FORM + "\n" + "\n".join(f"第{i}行说明文字" for i in range(30))
    assert without_footer(text) == text


def test_a_marker_in_the_head_of_a_short_page_is_no_footer():
    """On a page short enough for its last lines to reach its head, a marker there (上一篇 above the title, a
    site's © banner) would cut most of the text: it is no footer, and the report stays; a footer under it is
    still cut."""
    body = "某县档案馆2023年度部门整体支出绩效自评报告\n一、基本情况：编制8人，实有8人。\n二、自评得分93分，等级为优。"
    for head in ("上一篇：某县史志室2023年度部门整体支出绩效自评报告", "Copyright © 2024 某县人民政府 版权所有"):
        assert without_footer(head + "\n" + body) == head + "\n" + body
    text = head + "\n" + body + "\n" + "\n".join(["主办单位：某县人民政府办公室 版权所有", "网站标识码：0000000000"])
    assert without_footer(text) == head + "\n" + body + "\n\n"
    assert extract_document(build_document("上一篇：某县史志室工作动态\n" + body)).report["self_score"] == 93.0


def test_a_browsers_print_marks_are_blanked_wherever_they_stand():
    """A page printed to PDF from a browser carries the print's date and time with the page's title, and the
    page's address with the page's number: never the report's, blanked (line numbers kept); a figure's date
    written with slashes inside a sentence, or a labelled address, stays."""
    text = "\n".join(["| 产出指标 | 数量指标 | 修缮校舍 | 12所 | 12所 | 20 | 20 |",
                      "2024/5/6 下午3:15 某县教育局项目支出绩效自评表",
                      "https://www.example.gov.cn/art/2024/5/6/art_88.html 2/3",
                      "截至2023/12/31 10:00前完成验收。", "网址:https://www.example.gov.cn"])
    assert without_print_marks(text).split("\n") == [
        "| 产出指标 | 数量指标 | 修缮校舍 | 12所 | 12所 | 20 | 20 |", "", "", "截至2023/12/31 10:00前完成验收。",
        "网址:https://www.example.gov.cn"]
    assert without_print_marks("没有网址的文字。") == "没有网址的文字。"


def test_every_marker_passes_the_gate():
    # the one-character gate must let each marker's text through, or a footer would stay unseen
    for word in (*FOOTER_LINKS, *FOOTER_WORDS):
        assert any(ch in word for ch in FOOTER_GATE), word
        assert without_footer(FORM + f"\n{word}：某某") != FORM + f"\n{word}：某某", word


# --- an excerpt cut inside a cell ---------------------------------------------------------------

PIPE_FORM = """\
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 培训农民人数 | ≥300人 | 326人 | 20 | 20 |
| 产出指标 | 质量指标 | 培训合格率 | ≥90% | 9"""


def _indicator(text: str, name: str) -> dict:
    return next(i for i in extract_document(build_document(text)).indicators if i["name"] == name)


def test_a_figure_the_excerpt_cut_is_not_read():
    # 9 of 96%: the row stops inside its cell, where every row above closes each cell with |
    row = _indicator(PIPE_FORM, "培训合格率")
    assert (row["target_value"], row["actual_value"]) == (90.0, None)
    assert _indicator(PIPE_FORM, "培训农民人数")["actual_value"] == 326.0
    assert without_cut_cell(PIPE_FORM) == PIPE_FORM[:-2]


def test_a_cell_ended_by_a_space_or_a_bar_is_whole():
    for text in (PIPE_FORM + "6% ", PIPE_FORM + "6% |", PIPE_FORM + "6%\n"):
        assert without_cut_cell(text) == text
        assert _indicator(text, "培训合格率")["actual_value"] == 96.0


def test_a_target_the_excerpt_stops_right_after_is_whole():
    """``… | 培训合格率 | ≥90%`` then the end: a bound, its figure and its unit is a target written whole, read (a bare
    figure, or one ending in a multiplier, 90万 of 90万元, may be a piece and still goes)."""
    whole = PIPE_FORM[:-4]  # (the row stops right after its target's cell)
    assert whole.endswith("≥90%")
    assert without_cut_cell(whole) == whole
    row = _indicator(whole, "培训合格率")
    assert (row["target_op"], row["target_value"], row["actual_value"]) == (">=", 90.0, None)
    for text in (whole[:-1], whole[:-4] + "不少于90万"):
        assert without_cut_cell(text) == text[: text.rfind("|") + 1], text
    cells = "三级指标 |\n年度指标值 |\n实际完成值 |\n培训农民人数 |\n不少于300人"
    assert without_cut_cell(cells) == cells


def test_rows_that_never_close_and_long_text_cells_are_kept():
    open_rows = "\n".join(line.rstrip(" |") for line in PIPE_FORM.split("\n"))
    assert without_cut_cell(open_rows) == open_rows
    prose = PIPE_FORM.rsplit("\n", 1)[0] + "\n| 情况说明 | " + "本年度组织开展培训班十二期，覆盖全部乡镇" * 3
    assert without_cut_cell(prose) == prose


def test_one_cell_a_line_the_last_cell_cut_goes():
    cells = "三级指标 |\n年度指标值 |\n实际完成值 |\n培训农民人数 |\n≥300人 |\n326人 |\n培训合"
    assert without_cut_cell(cells) == cells[: cells.rfind("\n") + 1]



def test_one_cell_a_line_without_bars_a_header_label_cut_goes_and_a_whole_cell_stays():
    header = "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n"
    assert without_cut_cell(header + "偏差原") == header  # (of 偏差原因分析及改进措施)
    assert extract_document(build_document(header + "偏差原")).indicators == []
    for whole in (header + "偏差原因", header + "分值", header + "产出指标\n数量指标\n培训场"):
        assert without_cut_cell(whole) == whole  # a whole label; a cell under no label: nothing tells it cut



def test_a_name_the_excerpt_stops_in_is_no_indicator_and_a_closed_one_is():
    # cells parted by spaces: the text stops right after the last row's name, with no value after it; closed by a
    # line break or a space the same row is a row named without values (the forms have such rows)
    form = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 培训场次 ≥4场 5场 10 9\n质量指标 参训人员合"
    names = lambda text: [i["name"] for i in extract_document(build_document(text)).indicators]
    assert build_document(form).open_end and names(form) == ["培训场次"]
    for closed in (form + "格率\n", form + "格率 "):
        assert not build_document(closed).open_end and names(closed) == ["培训场次", "参训人员合格率"]
    assert names(form + "格率 ≥95% 9") == ["培训场次", "参训人员合格率"]  # a value after it: the name is whole


def test_a_name_spread_out_the_excerpt_stops_in_is_no_indicator():
    # a PDF's cells spread out to their width (培 训 场 次): the cut cell is the text after the last bar, spaces and all
    form = ("一 级 指 标 | 二 级 指 标 | 三 级 指 标 | 年度指标值 | 实际完成值 | 分 值 | 得 分\n"
            "产 出 指 标 | 数 量 指 标 | 培 训 场 次 | ≥4场 | 5场 | 10 | 9\n质 量 指 标 | 质 量 指 标 | 参 训 人 员 合")
    names = lambda text: [i["name"] for i in extract_document(build_document(text)).indicators]
    assert build_document(form).open_end and names(form) == ["培训场次"]
    assert names(form + " 格 率\n") == ["培训场次", "参训人员合格率"]


# --- lists of the site's articles ------------------------------------------------------------------

SIDEBAR = """\
最新信息
湄潭县交通运输局2020年度部门整体支出绩效自评报告 2021-06-18
某县教育体育局2019年度项目支出绩效自评表 [2020/07/02]
关于2022年部门预算公开的说明 2022-02-11
"""
REPORT = """\
2021年度部门整体支出绩效自评报告
一、部门概况
湄潭县档案馆是县委直属事业单位，编制12人。
二、部门整体支出情况
2021年度全年预算数320.5万元，全年执行数316.2万元。"""


def test_a_list_of_the_sites_articles_lends_the_report_nothing():
    ex = extract_document(build_document(SIDEBAR + REPORT))
    alone = extract_document(build_document(REPORT))
    for field in ("department", "fiscal_year", "report_kind"):
        assert ex.report[field] == alone.report[field], field
    assert (ex.report["department"], ex.report["fiscal_year"]) == ("湄潭县档案馆", 2021)
    assert sorted((b["item"], b["fiscal_year"]) for b in ex.budget_items) == \
        [("budget_full_year", 2021), ("expenditure_total", 2021)]
    # the lines are blanked, their numbers kept
    assert without_link_lists(SIDEBAR + REPORT).split("\n")[:5] == ["最新信息", "", "", "", "2021年度部门整体支出绩效自评报告"]


def test_a_dated_headline_alone_or_a_dated_field_is_the_pages_own():
    headline = "某县档案馆2021年度部门整体支出绩效自评报告 2022-04-30\n" + REPORT
    assert without_link_lists(headline) == headline
    dated = "发布日期：2022-04-30\n关于绩效自评的说明 2022-04-30\n信息来源：某县档案馆 2022-04-30\n" + REPORT
    assert without_link_lists(dated) == dated


# --- a site's menu -------------------------------------------------------------------------------------

MENU = "\n".join(["首页", "政务公开", "政务服务", "互动交流", "信息公开指南", "财政信息", "预算公开", "绩效评价"] * 6)


def test_a_menu_one_item_a_line_does_not_push_the_report_out_of_its_head():
    page = MENU + "\n发布机构：湄潭县档案馆\n" + REPORT
    ex, alone = extract_document(build_document(page)), extract_document(build_document("发布机构：湄潭县档案馆\n" + REPORT))
    for field in ("department", "province", "city", "district", "fiscal_year", "report_kind"):
        assert ex.report[field] == alone.report[field], field
    assert (ex.report["department"], ex.report["report_kind"]) == ("湄潭县档案馆", "department_overall")
    # the title 49 lines down is still the title, and the unit the running text names is still read
    titled = MENU + "\n湄潭县档案馆2021年度部门整体支出绩效自评报告\n一、部门概况\n本馆编制12人。"
    assert extract_document(build_document(titled)).report["department"] == "湄潭县档案馆"
    texted = MENU + "\n" + REPORT
    assert extract_document(build_document(texted)).report["department"] == "湄潭县档案馆"


def test_menu_items_and_the_run_they_make():
    assert [is_menu_item(s) for s in ("首页", " 政务公开 ", "2023年", "一级指标二级指标三级指标", "")] == [True, True, False, False, False]
    lines = ["某县人民政府门户网站欢迎您", "首页", "", "公开"] + ["服务", "互动"] * 4 + ["某局2021年度部门整体支出绩效自评报告", "首页"]
    assert menu_run(lines) == (12, 10)  # the run ends at the title: 12 lines, 10 items, the blank passed over
    # a few short lines (a title's parts, cells of a row) make no menu; nor a run opening far down the page
    assert menu_run(["某局", "2021年度", "项目支出绩效自评表", "项目名称", "道路维修"]) == (0, 0)
    assert menu_run([f"第{i}行的正文内容" for i in range(20)] + ["首页"] * 10) == (0, 0)


def test_a_row_the_excerpt_cut_after_its_name_is_a_row_of_its_name():
    """The excerpt stops in a row's first value (立案件数 | ≥): the name before it is a row of its own, named without
    values as the forms' cut rows are, not a tail of the name above (pipe rows) nor the reason of the row above
    (a cell a line)."""
    names = lambda text: [(i["name"], i["target_value"]) for i in extract_document(build_document(text)).indicators]
    pipes = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
             "| 产出指标 | 数量指标 | 召开会议次数 | ≥4次 | 5次 | 10 | 10 | |\n| 立案件数 | ≥")
    assert names(pipes) == [("召开会议次数", 4.0), ("立案件数", None)]
    cells = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
             "产出指标\n数量指标\n召开会议次数\n≥4次\n5次\n10\n10\n部门预算执行率\n≥")
    assert names(cells) == [("召开会议次数", 4.0), ("部门预算执行率", None)]


def test_a_footer_after_a_line_left_open_leaves_the_report_whole():
    """A footer line with no line break after it ends the text mid-line, but it is the page's: the report above is
    not cut (its last row's name stays a name, no piece)."""
    form = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 培训场次 ≥4场 5场 10 9\n"
    footer = "主办单位：某县人民政府办公室\n版权所有 © 2019-2023"
    assert build_document(form + footer).open_end is False
    assert build_document(form.rstrip("\n")).open_end is True
