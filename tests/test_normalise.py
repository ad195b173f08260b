from pipelines import normalise as N
from pipelines.normalise import build_document, close_cjk_gaps, compact, normalise_line, normalise_text


def test_nfkc_folds_full_width_digits_and_punctuation():
    assert normalise_text("收入９７４．４２万元（含结转）") == "收入974.42万元(含结转)"


def test_markup_escaped_in_a_copied_page_is_the_characters_it_stands_for():
    assert normalise_text("年度资金总额&nbsp;120&nbsp;&nbsp;130&#160;125 &lt;研发&amp;推广&gt;") \
        == "年度资金总额 120  130 125 <研发&推广>"
    assert normalise_text("R&D 投入 & 产出") == "R&D 投入 & 产出"  # no entity: left as written


def test_traditional_characters_become_simplified():
    assert "部门整体支出绩效" in normalise_text("部門整體支出績效")


def test_one_traditional_glyph_in_a_simplified_page_is_converted():
    """年度资金总額: a page simplified but for one traditional form of a label's character (an OCR's, a typist's)."""
    assert normalise_text("年度资金总額 100.00 98.00") == "年度资金总额 100.00 98.00"
    assert normalise_text("全年執行数 95.00") == "全年执行数 95.00"


def test_the_traditional_forms_listed_cover_the_labels_characters():
    """normalise.TRADITIONAL_OF_LABELS holds the traditional form of every character of the rules' vocabulary
    (pipelines/extract) that opencc converts back to it."""
    import glob

    import opencc

    from pipelines.normalise import TRADITIONAL_OF_LABELS
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    chars = set()
    for path in glob.glob("pipelines/extract/*.py"):
        with open(path, encoding="utf-8") as f:
            chars |= {c for c in f.read() if "\u4e00" <= c <= "\u9fff"}
    wanted = {t for c in chars for t in s2t.convert(c) if t != c and t2s.convert(t) == c}
    assert wanted <= set(TRADITIONAL_OF_LABELS), "".join(sorted(wanted - set(TRADITIONAL_OF_LABELS)))


def test_lines_keep_single_spaces_that_may_separate_flattened_cells():
    assert normalise_line("专款专用情况   专款专用  专款专用 ") == "专款专用情况 专款专用 专款专用"


def test_running_text_drops_spaces_between_chinese_characters_but_not_between_numbers():
    assert close_cjk_gaps(normalise_line("2023 年度 部门整体  支出 合计 12.5 13.6")) == "2023 年度部门整体支出合计 12.5 13.6"
    assert build_document("部门整体 支出绩效自评报告").paragraphs[0].text == "部门整体支出绩效自评报告"


def test_tabs_separating_cells_are_kept():
    assert normalise_line("\t编制数\t\t8") == "\t编制数\t\t8"


def test_a_tab_ending_a_line_parts_off_nothing():
    """Word leaves a tab after a row's last cell: a pipe row so ended stays a pipe row, whose cells the table
    reads (kept, the tab made it a tab row of one cell and an empty one)."""
    rows = ["项目名称 | 护林员补助 |", "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "产出指标 | 数量指标 | 聘用护林员人数 | ≥120人 | 126人 | 20 | 20 |"]
    ended = build_document("\n".join(row + "\t" for row in rows))
    assert ended.lines == build_document("\n".join(rows)).lines
    assert normalise_line("合计 100\t\t") == "合计 100"
    # in a row parted by tabs they are its empty last cells, which keep the row as wide as its header
    assert normalise_line("合计\t100\t\t") == "合计\t100\t\t"
    assert build_document("一级指标\t二级指标\t指标值\t\n\t数量指标\t12个\t\n\t").lines == [
        "一级指标\t二级指标\t指标值\t", "\t数量指标\t12个\t", "\t"]


def test_a_table_drawn_in_text_reads_as_a_pipe_table():
    """Box-drawing bars part cells as pipes do; rule lines (├──┤, +----+, ----, ____) part nothing and are left
    blank, keeping every other line's number; a dash or two as a cell's text stays (and a fill-in blank after a label,
    备注：______, is the label's empty cell, a slash)."""
    drawn = build_document("\n".join(["┌────┬────┐", "│项目资金│年初预算数│全年执行数│", "├────┼────┤",
                                      "┃年度资金总额┃120.00┃118.50┃", "+--------+-------+", "|其中：其他资金|--|--|",
                                      "备注：______", "________________", "|合计|120.00|118.50|"]))
    assert drawn.lines == ["", "|项目资金|年初预算数|全年执行数|", "", "|年度资金总额|120.00|118.50|", "",
                           "|其中:其他资金|--|--|", "备注:/", "", "|合计|120.00|118.50|"]


def test_a_pipe_row_cut_inside_a_cell_by_a_line_break_is_one_row_again():
    """| 产出指标 | 数量指标 | 修缮古 / 建筑面积 | ≥800平方米 |…: a line ending in a cell's text after a pipe and the next,
    ending in a pipe, are one row where the whole is as wide as the rows beside it (the second line is left
    blank, every line keeps its number); a label and its value with a row of its own below stay."""
    doc = build_document("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
        "| 产出指标 | 数量指标 | 修缮古", "建筑面积 | ≥800平方米 | 812平方米 |",
        "| 产出指标 | 质量指标 | 验收合格率 | 100% | 100% |"]))
    assert doc.lines[1:] == ["| 产出指标 | 数量指标 | 修缮古建筑面积 | ≥800平方米 | 812平方米 |", "",
                             "| 产出指标 | 质量指标 | 验收合格率 | 100% | 100% |"]
    kept = ["项目名称 | 古建筑修缮", "主管部门 | 某县文物局 |", "实施单位 | 某县文物保护中心 |"]
    assert build_document("\n".join(kept)).lines == kept


def test_a_superscript_after_a_figure_is_a_footnotes_mark_and_after_a_letter_a_power():
    """99.2%¹ and 1180.00² mark footnotes (NFKC would make them the figure's last digit: 99.2%1); m² stays m2."""
    assert normalise_text("完成率99.2%¹，预算1180.00²万元，面积20m²") == "完成率99.2%,预算1180.00万元,面积20m2"


def test_compact_removes_inner_whitespace():
    assert compact("部门整体 支出") == "部门整体支出"


def test_sentence_broken_by_page_layout_is_rejoined_with_line_numbers_kept():
    text = "第一行说明单位按照要求严格执行预算编\n\n制、执行及使用效益情况均达到目标。\n二、下一节"
    doc = build_document(text)
    para = doc.paragraphs[0]
    assert para.text == "第一行说明单位按照要求严格执行预算编制、执行及使用效益情况均达到目标。"
    assert para.line_at(para.text.index("执行及")) == 3
    assert para.line_at(0) == 1
    assert doc.paragraphs[1].text == "二、下一节"


def test_short_lines_and_headings_are_not_glued():
    doc = build_document("某某区档案馆\n2023年度部门整体支出绩效自评报告\n一、基本情况")
    assert [p.text for p in doc.paragraphs] == ["某某区档案馆", "2023年度部门整体支出绩效自评报告", "一、基本情况"]


def test_table_rows_are_not_glued_to_the_next_line():
    doc = build_document("一般公共预算拨款 120.00 118.50 98.75\n年度目标说明文字比较长的一行内容继续写")
    assert len(doc.paragraphs) == 2


def test_characters_of_no_width_inside_words_and_numbers_go():
    """A soft hyphen (where a page could break a line), zero-width joiners and the word joiner are no text:
    9\u00ad6.5% is 96.5%, 满意\u200d度 is 满意度."""
    from pipelines.normalise import normalise_text
    assert normalise_text("群众满意\u200d度\t≥9\u00ad6.5%\t9\u20608%\u200c") == "群众满意度\t≥96.5%\t98%"


def test_a_number_cut_by_the_right_margin_is_rejoined():
    """A page exported from a PDF wraps at a fixed width, also before a figure and inside one: the line
    above ends mid-sentence (on a character, a digit, a comma or a decimal point) and the next opens on
    the figure's rest (digits, a decimal point, a percent sign, a thousands comma)."""
    cases = [
        ("本单位年度收入合计九百八十万元，支出合计", "86.5万元，结余主要为项目资金。", "支出合计86.5万元"),
        ("本单位年度收入合计九百八十万元，其中支出合计58", "3.16万元，结余主要为项目资金。", "合计583.16万元"),
        ("本单位年度收入合计九百八十万元，其中支出合计58", ".16万元，结余主要为项目资金。", "合计58.16万元"),
        ("本单位年度收入合计九百八十万元，其中支出合计58.", "16万元，结余主要为项目资金。", "合计58.16万元"),
        ("本单位年度收入合计九百八十万元，其中支出合计1", ",234.5万元，结余主要为项目资金。", "合计1,234.5万元"),
        ("本单位年度收入合计九百八十万元，其中执行率为99.5", "%，结余主要为项目资金。", "执行率为99.5%"),
        ("本单位年度收入合计九百八十万元，按生均标准安排资金，", "共计86.5万元，结余主要为项目资金。", "安排资金,共计86.5万元"),
        ("本单位今年整体支出绩效自评得分为九十三分，等次为", "“优秀”。", "等次为“优秀”"),
    ]
    for prev, nxt, joined in cases:
        doc = build_document(prev + "\n" + nxt)
        assert len(doc.paragraphs) == 1 and joined in doc.paragraphs[0].text, (prev, nxt)
        para = doc.paragraphs[0]
        assert para.line_at(para.text.index(joined) + len(joined) - 1) == 2  # (the figure's end is on line 2)


def test_a_line_opening_on_a_date_a_list_number_or_a_row_of_figures_is_no_wrapped_figure():
    heading = "二、部门整体支出绩效目标实现情况及其分析"
    for nxt in ("2023年，本单位完成了各项工作任务。", "1.资金使用情况良好。", "12 13 14 15", "3月15日完成验收。"):
        assert len(build_document(heading + "\n" + nxt).paragraphs) == 2, nxt


def test_ocrs_letter_o_in_a_year_and_its_wu_for_yuan_are_read_back():
    """OCR writes a year's 0 as the letter O (2O23年度) and an amount's 元 as 兀 (4826.35万兀): a year before 年 holds
    digits only, and 兀 after a figure or its magnitude is no word. Elsewhere both stay (Office 2O, 突兀)."""
    assert normalise_text("项目支出绩效自评表（2O23年度）某局202O年") == "项目支出绩效自评表(2023年度)某局2020年"
    assert normalise_text("收入合计4826.35万兀，支出12兀") == "收入合计4826.35万元,支出12元"
    assert normalise_text("Office 2O 突兀 1O23年") == "Office 2O 突兀 1O23年"


def test_ocrs_bars_between_cells_are_pipes():
    """OCR's 丨 or lone I for a drawn table's vertical rule, several in a line, part cells as a pipe does."""
    assert normalise_text("支出总额 丨 50 丨 48.5 丨 97% 丨") == "支出总额 | 50 | 48.5 | 97% |"
    assert normalise_text("丨 时效指标 丨 按时完成 丨") == "| 时效指标 | 按时完成 |"
    assert normalise_text("分值 I 得分 I 20 I I 质量指标 I") == "分值 | 得分 | 20 | | 质量指标 |"
    # one alone, an English sentence's I, or a Latin word beside it: left as written
    assert normalise_text("乙类 丨 资金") == "乙类 丨 资金"
    assert normalise_text("注:Phase I and I think 达标") == "注:Phase I and I think 达标"
    assert normalise_text("I am sure I know") == "I am sure I know"


def test_ocrs_look_alike_characters_in_the_labels_words_are_read_back():
    """预箅 (箅 for 算), 绩敛 (敛 for 效): pairs that are no word of their own; 箅 alone (a grate's) stays."""
    assert normalise_text("年初预箅数 80 万元,部门决箅已公开") == "年初预算数 80 万元,部门决算已公开"
    assert normalise_text("单位绩敛自评得分 95 分") == "单位绩效自评得分 95 分"
    assert normalise_text("全年执杆数 | 执杆率") == "全年执行数 | 执行率"
    assert normalise_text("更换雨水箅子 40 个") == "更换雨水箅子 40 个"


def test_look_alikes_are_read_back_inside_any_word_of_the_labels():
    """The pairs of characters OCR confuses (人/入, 木/本, 赀/费, 未/末, 汾/分, 圾/级, 冇/有, 剖/制 …) are mended
    inside the labels' words, wherever the word stands."""
    assert normalise_text("本年收人合计 512.30 万元,其中基木支出 300 万元(人员经赀 210 万元)") \
        == "本年收入合计 512.30 万元,其中基本支出 300 万元(人员经费 210 万元)"
    assert normalise_text("年未结转和结余 12 万元。自评得汾 92 分,评价等圾为良。核定编剖数 22 人,实冇人数 20 人") \
        == "年末结转和结余 12 万元。自评得分 92 分,评价等级为良。核定编制数 22 人,实有人数 20 人"
    assert normalise_text("| 产岀指标 | 数暈指标 | 成本指栎 | 满意庋指标 | 全年执仃数 | 执衍率 |") \
        == "| 产出指标 | 数量指标 | 成本指标 | 满意度指标 | 全年执行数 | 执行率 |"
    # two misread words in one label: the shorter word first, then the longer one it stands in
    assert normalise_text("收人合汁 88.5") == "收入合计 88.5"
    # a text without any rare look-alike: the everyday ones are still read back
    assert normalise_text("其他收人 5 万元") == "其他收入 5 万元"


def test_look_alikes_bo_and_mu_are_read_back_in_the_labels_words():
    """拔 for 拨 (财政拔款收入) and 日 for 目 (项日支出, 项日经费) inside the labels' words; 日 is an everyday
    character (今日, 日常) and 拔 one of running text (海拔, 选拔): both stay outside those words."""
    assert normalise_text("财政拔款收入 80 万元,项日支出 12 万元,项日经费 4 万元") \
        == "财政拨款收入 80 万元,项目支出 12 万元,项目经费 4 万元"
    text = "日常巡查,今日项目开工,海拔 900 米,选拔骨干"
    assert normalise_text(text) == text


def test_look_alikes_leave_running_texts_own_words():
    """A look-alike outside a label's word is the text's own character: 全年未发生 (未 not 末), 验收人员 (收人 is
    no 收入 there), 林木年, 地基木桩, 垃圾, 汾河, 果汁, 解剖."""
    text = "全年未发生安全事故,验收人员 3 名,垃圾清运及时,汾河沿岸果汁厂,解剖室,林木年生长量,地基木桩,成木林"
    assert normalise_text(text) == text


def test_a_dash_for_the_first_levels_one_is_read_back_in_the_indicator_header():
    """—级指标 二级指标 …: OCR read the 一 of the header's first level as a dash (—, ―, –, -); the label is read back,
    the header found (the rows had been read under no header). A dash elsewhere stays."""
    for dash in "—―–-":
        assert normalise_text(f"{dash}级指标 二级指标 三级指标 分值") == "一级指标 二级指标 三级指标 分值"
    assert normalise_text("— 3 — 级别 一 级") == "— 3 — 级别 一 级"
    from pipelines.extract import extract_document
    text = ("某县2022年度项目支出绩效自评表\n—级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 新建泵站 ≥6座 7座 20 20\n满意度指标 服务对象满意度指标 群众满意度 ≥85% 88% 10 9\n")
    found = extract_document(build_document(text)).indicators
    assert [(i["level1"], i["name"], i["actual_value"]) for i in found] == [
        ("产出指标", "新建泵站", 7.0), ("满意度指标", "群众满意度", 88.0)]


def test_the_look_alikes_label_words_are_words_of_the_rules_vocabulary():
    """normalise.OCR_LABEL_WORDS: each a word the rules (pipelines/extract) read labels by, and each misread form
    of one no word of the bundled reports (clean text: the misreading would otherwise be a word of its own)."""
    import glob

    from pipelines.normalise import OCR_LABEL_WORDS, _lookalike_forms
    vocabulary = "".join(open(p, encoding="utf-8").read() for p in glob.glob("pipelines/extract/*.py"))
    assert [w for w in OCR_LABEL_WORDS if w not in vocabulary] == []
    reports = "".join(normalise_text(open(p, encoding="utf-8").read()) for p in glob.glob("sample_reports/*.txt"))
    assert reports
    assert [misread for _, _, misread, _ in _lookalike_forms()[1] if misread in reports] == []


def test_ocrs_letters_in_a_count_before_its_unit_are_digits():
    """核定编制 4l 人, 自评得分 9O 分: a number with OCR's letters, a unit or a label after it, in running text. (An
    amount before 元 is the money readers', who keep its raw text as written.)"""
    assert normalise_text("核定编制 4l 人,实有 l2 人,得分 9O 分,支出 2,1O5.3 万元") \
        == "核定编制 41 人,实有 12 人,得分 90 分,支出 2,1O5.3 万元"
    # more letters than digits, or a Latin word: as written
    assert normalise_text("推行O2O模式,采购ISO9001认证 I2C 总线") == "推行O2O模式,采购ISO9001认证 I2C 总线"
    assert normalise_text("Win l0 系统") == "Win l0 系统"


def test_a_figure_touching_an_ocr_blot_is_an_empty_cell_in_its_place():
    """3■7.5, 8■%, 4■1次: a cell the scan could not read is an empty cell (a slash), the row keeps its columns;
    a blot before a word (a ticked box) or alone stays."""
    assert normalise_text("资金总额 120 120 3■7.5 10 8■% 9.6") == "资金总额 120 120 / 10 / 9.6"
    assert normalise_text("培训次数 ≥40次 4■1次 10 10") == "培训次数 ≥40次 / 10 10"
    assert normalise_text("等级 ■优 □良\n■ 某县水利局") == "等级 ■优 □良\n■ 某县水利局"


def test_a_line_of_a_field_is_not_glued_to_the_next_fields_line():
    """部门整体支出绩效自评得分：91分，评价等级：良 / 填表人：李某 联系电话：…: a form's records a line each, the first
    ending on its value (no clause after its colon's value), the next opening on a label and its colon: two paragraphs,
    so the grade stands alone (良 read, not 良填表人). A sentence's piece, a clause after its colon, goes on as before."""
    doc = build_document("部门整体支出绩效自评得分：91分（满分100分），评价等级：良\n填表人：李某 联系电话：0731-1234567")
    assert [p.text for p in doc.paragraphs] == ["部门整体支出绩效自评得分:91分(满分100分),评价等级:良",
                                                "填表人:李某联系电话:0731-1234567"]
    doc = build_document("二、主要做法：我局严格执行预算管理制度，加强资金\n管理：按月调度支出进度。")
    assert len(doc.paragraphs) == 1
    from pipelines.extract import extract_document
    r = extract_document(build_document("某县自然资源局2020年度部门整体支出绩效评价基础数据表\n"
                                        "部门整体支出绩效自评得分：91分（满分100分），评价等级：良\n"
                                        "填表人：李某 填报日期：2021年3月1日")).report
    assert (r["self_score"], r["grade"]) == (91.0, "良")


def test_page_markup_table_cells_on_one_line_part_as_pipes():
    """<tr><td>…</td><td>…</td></tr> pasted as text: neighbouring cells part as a bar, the row is a pipe row."""
    text = '<tr><td>年度资金总额</td><td colspan="2">80.00</td><th>76.40</th></tr>\n<tr><td>执行率</td><td>95.5%</td></tr>'
    assert normalise_text(text) == "| 年度资金总额 | 80.00 | 76.40 |\n| 执行率 | 95.5% |"


def test_page_markup_row_written_a_cell_a_line_is_one_line_and_keeps_the_line_count():
    text = "表头\n<tr>\n<td>培训人次</td>\n<td>≥300人次</td>\n</tr>\n合计 12"
    out = normalise_text(text)
    assert out.split("\n") == ["表头", "| 培训人次 | ≥300人次 |", "", "", "", "合计 12"]


def test_page_markup_paragraphs_and_breaks_end_lines():
    text = "<p>一、基本情况</p><p>编制28名。<br/>实有25人。</p>\n<div>二、结论</div>"
    assert normalise_text(text).split("\n") == ["一、基本情况", "编制28名。", "实有25人。", "二、结论"]


def test_page_markup_break_inside_a_pipe_cell_is_a_space():
    assert normalise_text("| 资金总额 | 40.00<br>38.50 | 96.25% |") == "| 资金总额 | 40.00 38.50 | 96.25% |"


def test_page_markup_inline_tags_go_and_a_figures_sign_stays():
    text = '自评得分<span style="font-size:12pt">88.5</span>分,编制<strong>12</strong>名,<b>优</b>。目标<5%,x<b and y>z'
    assert normalise_text(text) == "自评得分88.5分,编制12名,优。目标<5%,x<b and y>z"


def test_markdown_escaped_pipes_are_bars():
    assert normalise_text("\\| 项目名称 \\| 村道修缮 \\|") == "| 项目名称 | 村道修缮 |"


def test_markdown_bold_around_labels_and_figures_in_prose_goes():
    text = "- **自评得分**:92分\n得分**92.5**分,等级为**优**,目标**≥**90%"
    assert normalise_text(text) == "自评得分:92分\n得分92.5分,等级为优,目标≥90%"


def test_a_markdown_bullet_before_a_word_goes_a_dash_before_a_figure_or_a_bar_stays():
    """- 支出合计:598.41万元 (a list item's mark) is no cell of a row: it goes; a dash before a page's number (- 2 -)
    or a row's bar (- | 0.00 |, an empty first cell) stays."""
    assert normalise_text("单位情况\n- 支出合计:598.41万元\n  - “三公”经费:3.2万元") == \
        "单位情况\n支出合计:598.41万元\n“三公”经费:3.2万元"
    assert normalise_text("- 2 -\n- | 0.00 |") == "- 2 -\n- | 0.00 |"
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document
    ex = extract_document(build_document(
        "某县档案馆2024年度部门整体支出绩效自评报告\n- 支出合计:598.41万元(基本支出 470.26万元,项目支出 128.15万元)\n"))
    assert sorted((b["item"], str(b["amount_wan_yuan"])) for b in ex.budget_items) == [
        ("expenditure_basic", "470.26"), ("expenditure_project", "128.15"), ("expenditure_total", "598.41")]


def test_markdown_bold_underscores_go_but_a_blank_to_fill_stays_a_blank():
    assert normalise_text("- __预算执行率__:97%") == "预算执行率:97%"
    assert normalise_text("编制__人,实有__人") == "编制  人,实有  人"  # (a blank to fill: _FILL_IN_BLANK's)


def test_ocrs_look_alike_for_shu_in_a_funds_columns_label():
    """全年执行敉 (敉 for 数), with 预箅 for 预算 beside it: the funds columns' labels read back."""
    assert normalise_text("年初预箅敉 全年预箅数 全年执行敉 分值") == "年初预算数 全年预算数 全年执行数 分值"


def test_prose_with_its_figures_set_apart_by_spaces_is_no_table_row_and_its_wrapped_lines_join():
    """A PDF's text layer sets figures a space apart from the words (核定编制 30 名，实有 27 名。): two figures on a
    line of sentences do not make it a table's row, so a label the line break cut (核定编 / 制, 项目支出 / 1,200.00 万元)
    is whole again, and the money and staff it names are read."""
    from pipelines.extract import extract_document

    text = ("某某县某某局2022年度部门整体支出绩效自评报告\n"
            "一、部门概况\n"
            "本局内设股室 5 个，下属单位 2 个。核定编\n"
            "制 30 名，实有在编人员 27 名。\n"
            "二、支出情况\n"
            "全年支出合计 3,100.50 万元，其中基本支出 1,900.50 万元，占 61.30%；项目支出\n"
            "1,200.00 万元，占 38.70%。年末结转 12.40 万\n"
            "元。\n")
    doc = build_document(text)
    paragraphs = [p.text for p in doc.paragraphs]
    assert "本局内设股室 5 个,下属单位 2 个。核定编制 30 名,实有在编人员 27 名。" in paragraphs
    assert any(p.endswith("项目支出1,200.00 万元,占 38.70%。年末结转 12.40 万元。") for p in paragraphs)
    out = extract_document(doc)
    assert out.report["staff_authorized"] == 30
    items = {(b["item"], float(b["amount_wan_yuan"])) for b in out.budget_items}
    assert ("expenditure_project", 1200.0) in items
    # a table's row stays one: its figures side by side (95 100 10 10), or no sentence's punctuation
    assert N._looks_like_table_row("某某指标 ≥95% 98% 10 10") and N._looks_like_table_row("合计 12 13 某某某")
    assert N._looks_like_table_row("完成率 95 100,其中 10 10")
    assert not N._looks_like_table_row("核定编制 30 名,实有 27 名。")


def test_a_word_or_a_date_the_page_wrapped_at_a_hyphen_is_whole_again_on_its_line():
    """某某设施巡检覆- / 盖率 ≥90% …, 2022- / 6-30前 …: the rest of the wrapped line moves up, the hyphen of a word goes and
    a date's stays; the next line is left blank (every line keeps its number); a hyphen after a space stays."""
    from pipelines.extract import extract_document

    text = ("某某项目2022年度绩效自评表\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 质量指标 某某设施巡检覆-\n"
            "盖率 ≥90% 95% 20 20\n"
            "时效指标 某某资金拨付时间 2022-\n"
            "6-30前 2022-6-20 10 10\n"
            "成本指标 某某单价 ≤5万元 4.8万元 10 -\n"
            "备注\n")
    doc = build_document(text)
    assert doc.lines[2:6] == ["产出指标 质量指标 某某设施巡检覆盖率 ≥90% 95% 20 20", "",
                              "时效指标 某某资金拨付时间 2022-6-30前 2022-6-20 10 10", ""]
    assert doc.lines[6] == "成本指标 某某单价 ≤5万元 4.8万元 10 -"
    names = {i["name"]: i for i in extract_document(doc).indicators}
    assert "某某设施巡检覆盖率" in names and names["某某设施巡检覆盖率"]["score"] == 20
    assert names["某某资金拨付时间"]["score"] == 10


def test_a_date_written_with_spaces_about_its_words_is_one_cell():
    """2022 年 9 月底前 in a row: one date (2022年9月底前), its row's weight and score read after it; a year alone stays."""
    from pipelines.extract import extract_document

    text = ("某某项目2022年度绩效自评表\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 时效指标 某某工程完工时间 2022 年 9 月底前 2022 年 9 月 15 15\n"
            "成本指标 某某单价 ≤5万元 4.8万元 10 10\n")
    doc = build_document(text)
    assert doc.lines[2] == "产出指标 时效指标 某某工程完工时间 2022年9月底前 2022年9月 15 15"
    row = {i["name"]: i for i in extract_document(doc).indicators}["某某工程完工时间"]
    assert (row["weight"], row["score"], row["target_value"]) == (15, 15, None)
    assert build_document("全年 2022 年 共完成 12 项").lines == ["全年 2022 年 共完成 12 项"]


def test_a_space_before_a_thousands_comma_and_after_it_or_not_parts_no_figure():
    """本年收入合计 4 , 306.25 万元 / 受理案件 2 ,318 件 (a PDF's text layer): the digits before the comma, the comma and the
    group of three digits after it are one figure; a list of small figures (1, 2, 3 and 4 , 5) stays apart."""
    from pipelines.extract import extract_document

    text = ("某局2022年度部门整体支出绩效自评报告\n"
            "本年收入合计 4 , 306.25 万元，本年支出合计 4 ,118.60 万元。\n"
            "全年受理调解案件 2 ,318 件，年度目标不少于 2 ,000 件。\n"
            "评分分为 1, 2, 3 三档，扣 4 , 5 分。\n")
    doc = build_document(text)
    assert doc.lines[1] == "本年收入合计 4,306.25 万元,本年支出合计 4,118.60 万元。"
    assert doc.lines[3] == "评分分为 1, 2, 3 三档,扣 4 , 5 分。"
    got = extract_document(doc)
    assert sorted((b["item"], float(b["amount_wan_yuan"])) for b in got.budget_items) == [
        ("expenditure_total", 4118.6), ("income_total", 4306.25)]
    case = {i["name"]: i for i in got.indicators}["受理调解案件"]
    assert (case["target_op"], case["target_value"], case["actual_value"]) == (">=", 2000, 2318)
