"""Indicator rules on short texts of the project's own, one group per way reports state them."""

from pipelines.extract.cells import cell_stream
from pipelines.extract.forms import read_forms
from pipelines.extract.indicators import extract_indicators, flat_indicators, narrative_indicators
from pipelines.extract.targets import Value, parse_value
from pipelines.normalise import build_document


def rows(text):
    doc = build_document(text)
    found, totals = extract_indicators(doc, read_forms(cell_stream(doc)))
    return [i.row(n) for n, i in enumerate(found, 1)], totals


# --- way 4: targets as written --------------------------------------------------------------


def test_a_minus_sign_is_kept_but_a_dash_after_a_number_is_no_sign():
    assert parse_value("-7.5%") == Value("=", -7.5, "%")
    assert (parse_value("≤-3%").value, parse_value("变动率-2%").value, parse_value("−1.2%").value) == (-3.0, -2.0, -1.2)
    assert parse_value("2021-2023").value is None and parse_value("A-12").value == 12.0


def test_a_figure_within_a_time_is_a_bound():
    """10个工作日内 / 3天内 / 24小时内: within, as 以内; 内 opening a word of its own (5件内容) is no bound."""
    assert [parse_value(v) for v in ("10个工作日内", "3天内", "24小时内", "5件内容", "10个工作日")] == [
        Value("<=", 10.0, "工作日"), Value("<=", 3.0, "天"), Value("<=", 24.0, "小时"), Value("=", 5.0, "件"),
        Value("=", 10.0, "工作日")]


def test_a_day_before_which_is_a_deadline_has_no_value():
    """每月15日前 / 20号前: a day of the month (a deadline, as 6月30日前), no quantity; 15日内 stays a bound."""
    assert [parse_value(v) for v in ("每月15日前", "次月20号前发放", "15日内")] == [
        Value(None, None, None), Value(None, None, None), Value("<=", 15.0, "日")]


def test_a_unit_per_another_is_kept_whole():
    """元/人·月, 次/年, 元/人、天, 元/人次: the unit after the slash (and one joined to it) is part of the unit,
    in a value and in a unit column's cell."""
    assert parse_value("≥650元/人·月") == Value(">=", 650.0, "元/人·月")
    assert (parse_value("2次/年").unit, parse_value("300元/人、天").unit, parse_value("40元/人次").unit,
            parse_value("18元/平方米").unit, parse_value("60元/人").unit) == (
        "次/年", "元/人、天", "元/人次", "元/平方米", "元/人")
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 成本指标 | 护林员补助标准 | ≥ | 800 | 元/人·月 | 820 | 20 | 20 |\n")
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document
    ind = extract_document(build_document(text)).indicators[0]
    assert (ind["target_value"], ind["target_unit"], ind["actual_value"], ind["actual_unit"]) == (
        800.0, "元/人·月", 820.0, "元/人·月")

def test_a_prohibited_bound_is_the_opposite_bound():
    """不得低于 / 严禁超过 / 不应少于: the negated comparison, not the bare one (低于 alone is <)."""
    assert [parse_value(v).op for v in ("不得低于88%", "不应少于20%", "严禁超过12%", "不宜高于3天", "不能多于4次")] == [
        ">=", ">=", "<=", "<=", "<="]
    assert parse_value("不得低于88%").value == 88.0
    # (bound_op asks the prohibitions only of a text holding 不 or 禁: each holds one)
    from pipelines.extract import vocabulary as V
    assert all("不" in word or "禁" in word for word, _ in V.NEGATED_BOUNDS)
    assert narrative_indicators(build_document("三、绩效目标完成情况\n1.村卫生室覆盖率不得低于88%，实际达到91.5%。"))[0].target \
        == Value(">=", 88.0, "%")


def test_most_and_least_before_a_figure_are_bounds():
    """最多3小时 / 最低60分: the most or least allowed, a bound as 不超过 / 不低于."""
    assert parse_value("最多3小时") == Value("<=", 3.0, "小时")
    assert parse_value("最低60分") == Value(">=", 60.0, "分")
    assert parse_value("最低生活保障对象300人").op == "="  # (最低 opening a word, no bound)


def test_a_note_in_brackets_or_a_year_before_the_value_is_no_part_of_it():
    """≥4.2分(满分5分), 98%(抽检40批次): the note's figure is no second value; 2022年完成≥300户: the year either."""
    assert parse_value("≥4.2分(满分5分)") == Value(">=", 4.2, "分")
    assert parse_value("98%（抽检40批次）") == Value("=", 98.0, "%")
    assert parse_value("2022年完成≥300户") == Value(">=", 300.0, "户")
    assert parse_value("2022年实现318户") == Value("=", 318.0, "户")
    # (a date stays no value: 2022年11月, 2022年底前完成5项; nor two figures outside the brackets)
    assert parse_value("2022年11月").value is None and parse_value("2022年底前完成5项").value is None
    assert parse_value("30户、20人（其中5户）").value is None


def test_a_range_in_counted_units_is_met_at_its_low_figure():
    """4-7个月 (months counted, no span of the calendar), 0.5-2个等级 (a counter, then what it counts)."""
    assert parse_value("4-7个月") == Value(">=", 4.0, "月")
    assert parse_value("0.5-2个等级") == Value(">=", 0.5, "个")
    assert parse_value("3-6月").value is None  # (a span of the calendar)


def test_a_rank_in_the_first_n_is_no_value():
    assert parse_value("前3名").value is None and parse_value("进入前10位").value is None


def test_fractions_written_in_words():
    """千分之六以内 -> ≤6‰; 十万分之二十以下 -> ≤20/10万; 千分之一点五 -> 1.5‰."""
    assert parse_value("千分之六以内") == Value("<=", 6.0, "‰")
    assert parse_value("十万分之二十以下") == Value("<=", 20.0, "/10万")
    assert parse_value("千分之一点五") == Value("=", 1.5, "‰")
    found = narrative_indicators(build_document("三、绩效目标完成情况\n1.新生儿死亡率控制在千分之六以内，实际为千分之三点二。"))
    assert [(f.name, f.target, f.actual.value) for f in found] == [("新生儿死亡率", Value("<=", 6.0, "‰"), 3.2)]


def narrated(text):
    return [(f.name, f.target, f.actual.value) for f in narrative_indicators(build_document("三、绩效目标完成情况\n" + text))]


def test_a_result_named_by_how_it_was_measured_answers_the_goal_before_it():
    """满意度不低于88%，经抽样调查满意度为92.6%: how it was measured and the measure's end, the goal's result (no
    indicator named 经抽样调查满意度)."""
    assert narrated("1.服务对象满意度不低于88%，经抽样调查满意度为92.6%。") == [
        ("服务对象满意度", Value(">=", 88.0, "%"), 92.6)]


def test_a_goal_in_ten_thousands_is_answered_in_the_unit_it_counts():
    """不少于2.5万件，实际受理26,310件: the goal in ten thousands of the result's unit, the same measure."""
    assert narrated("1.全年受理咨询事项不少于2.5万件，实际受理26,310件。") == [
        ("受理咨询事项", Value(">=", 2.5, "万件"), 26310.0)]


def test_a_zero_answered_by_a_zero_is_the_goal():
    """森林火灾发生数为0，实际发生0起: the bare zero, answered by 实际 and a zero in the next clause, is the goal."""
    assert narrated("1.森林火灾发生数为0，实际发生0起。") == [("森林火灾发生数", Value("=", 0.0, "起"), 0.0)]
    assert narrated("1.校园安全事故发生率为0，实际为0。") == [("校园安全事故发生率", Value("=", 0.0, None), 0.0)]
    assert narrated("1.森林火灾发生数为0。") == []


def test_a_rate_per_ten_thousands_of_people_in_running_text():
    """控制在18/10万以下，实际为9.6/10万 (or 十万分之十八 in words): a health rate's unit, read as a table's is."""
    assert narrated("1.孕产妇死亡率控制在18/10万以下，实际为9.6/10万。") == [
        ("孕产妇死亡率", Value("<=", 18.0, "/10万"), 9.6)]
    assert narrated("1.孕产妇死亡率控制在十万分之十八以下，实际为0。") == [
        ("孕产妇死亡率", Value("<=", 18.0, "/10万"), 0.0)]


def test_a_unit_cell_holding_a_rate_base_or_a_counter():
    """A 度量单位 cell 1/10万 (a rate's base, digits and all) or 个月 (a counter opening the unit) is the unit's, so
    the row keeps its places."""
    from pipelines.extract import extract_document
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
            "| 效益指标 | 社会效益指标 | 新生儿破伤风发病率 | ≤ | 8 | 1/10万 | 0 | 15 | 15 |\n"
            "| | | 适龄儿童建档率 | ≥ | 95 | % | 97 | 15 | 14 |\n")
    got = [(i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"])
           for i in extract_document(build_document(text)).indicators]
    assert got == [("新生儿破伤风发病率", 8.0, 0.0, 15.0, 15.0), ("适龄儿童建档率", 95.0, 97.0, 15.0, 14.0)]
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 单位 | 实际完成值 | 单位 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 河道清淤长度 | ≥12 | 公里 | 12.4 | 公里 | 20 | 20 |\n"
            "| | 时效指标 | 项目建设周期 | ≤8 | 个月 | 7.5 | 个月 | 20 | 18 |\n")
    got = [(i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"])
           for i in extract_document(build_document(text)).indicators]
    assert got == [("河道清淤长度", 12.0, 12.4, 20.0, 20.0), ("项目建设周期", 8.0, 7.5, 20.0, 18.0)]


def test_target_bounds_and_units():
    assert parse_value("≥15宗") == parse_value("不少于15宗") == parse_value("15宗以上")
    v = parse_value("≥15宗")
    assert (v.op, v.value, v.unit) == (">=", 15.0, "宗")
    assert (parse_value("90%以上").op, parse_value("不低于98%").op) == (">=", ">=")
    assert (parse_value("≤5天").op, parse_value("3天以内").op, parse_value("不超过1800元").op) == ("<=", "<=", "<=")
    assert (parse_value("100%").op, parse_value("100%").value, parse_value("100%").unit) == ("=", 100.0, "%")
    assert (parse_value("2023年").value, parse_value("2023年").unit) == (2023.0, "年")
    assert parse_value("不少于6000份").value == 6000.0
    # 万 with a counted unit is a unit of its own; the value stays as written
    assert parse_value("≥2.5万亩") == Value(">=", 2.5, "万亩")
    assert (parse_value("3万平方米").unit, parse_value("1.2万株").unit, parse_value("5万人次").unit) == (
        "万平方米", "万株", "万人次")


def test_bound_words_that_hold_a_shorter_one_and_the_other_greater_equal_signs():
    """大于等于 holds 大于 and 小于等于 holds 小于: the longer word decides; ≧ and ≦ are ≥ and ≤ as some fonts write them."""
    assert (parse_value("大于等于650株").op, parse_value("小于等于3天").op) == (">=", "<=")
    assert (parse_value("≧ 85 %").op, parse_value("≧ 85 %").value, parse_value("≦4次").op) == (">=", 85.0, "<=")


def test_not_over_is_at_most_though_it_holds_over():
    """未超过 / 未超出 / 不超出 / 不超 / 未高于 (not over) are at most, though 未超过 holds 超过 (over); 未低于 is at
    least; 不足 (short of) is below. In running text the word is no part of the name before it."""
    ops = [parse_value(t).op for t in ("未超过5%", "未超出3天", "不超出2次", "不超5%", "未高于2%", "未低于90%", "不足5%")]
    assert ops == ["<=", "<=", "<=", "<=", "<=", ">=", "<"]
    assert parse_value("超过90%").op == ">"
    found = narrative_indicators(build_document("1.质量指标：重复信访率未超过3%，目标值不超过5%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [("重复信访率", "<=", 5.0, 3.0)]


def test_visit_counts_sets_events_pages_and_percentage_points_keep_their_whole_unit():
    assert [parse_value(t).unit for t in ("≥350台次", "120家次", "≥40户次", "16车次", "≥25组", "0起", "≥12万页")] == [
        "台次", "家次", "户次", "车次", "组", "起", "万页"]
    assert parse_value("≥3个百分点") == Value(">=", 3.0, "百分点")


def test_counters_of_the_sectors_forms_are_units():
    """Wells, classes, cases, doses, aircraft, handsets, boards, lamps, litres and poultry are counted in
    units of their own; 千瓦时 and 吨标准煤 are not 千瓦 or 吨, nor 万羽 a bare 万."""
    texts = ("6眼", "20口", "≥6班", "210例", "1050剂", "3架", "10部", "30块", "200盏", "≤2000升", "10.5万羽",
             "62万千瓦时", "≥120千瓦时", "105吨标准煤", "520人·次")
    assert [parse_value(t).unit for t in texts] == [
        "眼", "口", "班", "例", "剂", "架", "部", "块", "盏", "升", "万羽", "万千瓦时", "千瓦时", "吨标准煤", "人·次"]
    assert parse_value("≥120千瓦时") == Value(">=", 120.0, "千瓦时")
    # a 度量单位 column holding such a unit: the value takes it
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 度量单位 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 新挖灌溉井 | 眼 | 4 | 4 | 10 | 10 |",
        "| 产出指标 | 数量指标 | 添置路灯 | 盏 | 50 | 52 | 10 | 10 |"]))
    assert [(r["name"], r["target_unit"]) for r in found] == [("新挖灌溉井", "眼"), ("添置路灯", "盏")]


def test_areas_volumes_and_power_as_forms_also_write_them_keep_their_whole_unit():
    """km² and m³ are not km and m; 平方公里 is a unit though 平方 stands between the number and 公里; 平米 and
    立方 are 平方米 and 立方米 as forms shorten them; kW / kWh, 艘 and 幢 count power, vessels and buildings."""
    texts = ("≥4.5平方公里", "2.6km²", "350m³", "1200平米", "≥800立方", "3.4万立方", "60kW", "900kWh", "2艘", "5幢")
    assert [parse_value(t).unit for t in texts] == [
        "平方公里", "km²", "m³", "平米", "立方", "万立方", "kW", "kWh", "艘", "幢"]
    assert parse_value("≥4.5平方公里") == Value(">=", 4.5, "平方公里")


def test_a_unit_column_naming_a_measure_without_unit_is_no_part_of_the_name():
    """是/否, 等级, 比例 in the 计量单位 column describe a measure without a unit: the name stays the name."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 计量单位 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 质量指标 | 台账建立情况 | 是/否 | 是 | 是 | 10 | 10 |",
        "| 产出指标 | 质量指标 | 苗圃评定 | 等级 | 甲级 | 甲级 | 10 | 10 |",
        "| 产出指标 | 数量指标 | 地方配套 | 比例 | 1:2 | 1:2 | 10 | 10 |"]))
    assert [r["name"] for r in found] == ["台账建立情况", "苗圃评定", "地方配套"]


def test_text_only_and_ranked_targets_have_no_value():
    for text in ("专款专用", "持续跟进", "全省排名第5名、全市第1名"):
        v = parse_value(text)
        assert (v.op, v.value, v.unit) == (None, None, None)


def test_a_cell_that_is_one_range_is_met_at_its_lower_figure():
    """90%-95%, 0.5‰～0.9‰, 260至280人, 85-90% (the unit once), 8—12年: at least the lower figure, in the range's
    unit. Two figures of different units, a span of months or of years, or a high figure first are no range."""
    got = [(v.op, v.value, v.unit) for v in map(parse_value, (
        "90%-95%", "0.5‰～0.9‰", "260至280人", "85-90%", "8—12年", "2 – 4 次"))]
    assert got == [(">=", 90.0, "%"), (">=", 0.5, "‰"), (">=", 260.0, "人"), (">=", 85.0, "%"),
                   (">=", 8.0, "年"), (">=", 2.0, "次")]
    for text in ("3人-5%", "1-12月", "2022-2024年", "95%-90%", "第1-3名", "90%-95%以上"):
        assert parse_value(text).value is None, text
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 满意度指标 | 服务对象满意度指标 | 受助家庭满意度 | 88%-92% | 93.5% | 10 | 10 |"]))
    assert [(r["name"], r["target_raw"], r["target_op"], r["target_value"], r["target_unit"], r["actual_value"])
            for r in found] == [("受助家庭满意度", "88%-92%", ">=", 88.0, "%", 93.5)]


# --- way 1: the 自评表 ----------------------------------------------------------------------

WORD_TABLE = "\n".join([
    "\t一级指标", "\t二级指标", "\t三级指标", "\t年度指标值", "\t实际完成值", "\t分值", "\t得分", "\t偏差原因", "",
    "\t产出指标", "",                    # the level-1 cell, merged downwards, ends its row early
    "\t数量", "指标", "\t培训", "人次", "\t≥200人次", "\t236人次", "\t20", "\t20", "\t", "",
    "\t", "\t", "\t课程", "数量", "\t≥12门", "\t10门", "\t20", "\t16", "\t未完成2门", "",
    "\t效益指标", "\t社会效益指标", "\t群众知晓率", "\t90%", "\t93%", "\t30", "\t28", "\t", "",
    "\t总分", "\t70", "\t64", "",
])


def test_word_table_with_merged_cells_and_cells_over_lines():
    found, totals = rows(WORD_TABLE)
    got = [(r["level1"], r["level2"], r["name"], r["target_op"], r["target_value"], r["target_unit"],
            r["actual_value"], r["actual_unit"], r["weight"], r["score"], r["source_kind"]) for r in found]
    assert got == [
        ("产出指标", "数量指标", "培训人次", ">=", 200.0, "人次", 236.0, "人次", 20.0, 20.0, "table"),
        ("产出指标", "数量指标", "课程数量", ">=", 12.0, "门", 10.0, "门", 20.0, 16.0, "table"),
        ("效益指标", "社会效益指标", "群众知晓率", "=", 90.0, "%", 93.0, "%", 30.0, 28.0, "table"),
    ]
    assert (totals.weight, totals.score) == (70.0, 64.0)


def test_pipe_table_with_blank_merged_cells():
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 时效指标 | 办结平均用时 | ≤10天 | 8天 | 10 | 10 |",
        "| | | 按期办结率 | ≥95% | 96% | 10 | 9 |",
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 91% | 10 | 10 |",
        "| 合计 | | | | | 30 | 29 |",
    ])
    found, totals = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_op"]) for r in found] == [
        ("产出指标", "时效指标", "办结平均用时", "<="),
        ("产出指标", "时效指标", "按期办结率", ">="),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">="),
    ]
    assert totals.score == 29.0


def test_levels_written_as_numbered_section_rows_head_the_rows_under_them():
    """``| 一、产出指标 | | |`` / ``| （一）数量指标 | |``: a level written as a numbered row of its own is a level
    cell, not a section heading that ends the table."""
    text = "\n".join([
        "| 指标名称 | 年度目标值 | 实际完成值 | 分值 | 得分 |",
        "| 一、产出指标 | | | | |",
        "| （一）数量指标 | | | | |",
        "| 路灯维修盏数 | ≥400盏 | 452盏 | 20 | 20 |",
        "| (二)时效指标 | | | | |",
        "| 报修响应时长 | ≤2小时 | 1.5小时 | 20 | 19 |",
        "| 二、效益指标 | | | | |",
        "| （一）社会效益指标 | | | | |",
        "| 夜间出行安全感 | ≥88% | 91% | 20 | 20 |",
        "| 合计 | | | 60 | 59 |",
    ])
    found, totals = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_op"], r["target_value"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "路灯维修盏数", ">=", 400.0, 20.0),
        ("产出指标", "时效指标", "报修响应时长", "<=", 2.0, 19.0),
        ("效益指标", "社会效益指标", "夜间出行安全感", ">=", 88.0, 20.0),
    ]
    assert totals.score == 59.0


def test_a_group_label_heads_the_names_of_a_table_without_a_name_column():
    """序号 | 绩效指标 | 指标值 | 实际完成值 | 分值 | 得分: with no name column of its own (三级指标, 指标名称),
    the group's label 绩效指标 is the names' column."""
    text = "\n".join([
        "| 序号 | 绩效指标 | 指标值 | 实际完成值 | 分值 | 得分 |",
        "| 1 | 安置房交付套数 | ≥120套 | 126套 | 40 | 40 |",
        "| 2 | 住户满意度 | ≥90% | 92% | 40 | 38 |",
        "| 合计 | | | | 80 | 78 |",
    ])
    found, totals = rows(text)
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["weight"], r["score"])
            for r in found] == [("安置房交付套数", ">=", 120.0, 126.0, 40.0, 40.0), ("住户满意度", ">=", 90.0, 92.0, 40.0, 38.0)]
    assert totals.score == 78.0


def test_goal_column_holding_output_and_effect_goals_gives_the_rows_first_level():
    """绩效目标 | 指标 | 预期值 | 实际值 (the older forms): the goal column before the bare 指标 writes each group's
    first level once, as 产出目标 / 效果目标 (效益目标): the rows' first level as written."""
    text = "\n".join([
        "绩效目标  指标  预期值  实际值  是否完成",
        "产出目标  改造路灯数量  ≥300盏  312盏  是",
        "          维修响应时长  ≤2小时  1.5小时  是",
        "效果目标  夜间出行满意度  ≥90%  92%  是",
        "效益目标  节约电费  ≥5万元  6万元  是",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("产出目标", "改造路灯数量", 300.0, 312.0), ("产出目标", "维修响应时长", 2.0, 1.5),
        ("效果目标", "夜间出行满意度", 90.0, 92.0), ("效益目标", "节约电费", 5.0, 6.0)]


def test_headers_under_other_words_of_the_same_roles():
    """考核指标 (the group) heads the names as 绩效指标 does; 绩效目标 / 目标任务 head the targets; 年末实现值 /
    年末完成值 the results (as 年终…); 完成情况 beside a target and no result column holds the results."""
    for header in ("| 考核指标 | 目标任务 | 完成情况 | 分值 | 得分 |", "| 考核指标 | 绩效目标 | 实际完成 | 分值 | 得分 |",
                   "| 指标名称 | 年初目标值 | 年末实现值 | 分值 | 得分 |", "| 三级指标 | 绩效目标 | 年末完成值 | 分值 | 得分 |"):
        found, _ = rows(header + "\n| 安置房交付套数 | ≥120套 | 126套 | 40 | 38 |\n")
        assert [(r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] \
            == [("安置房交付套数", 120.0, 126.0, 40.0, 38.0)], header


def test_a_name_read_from_a_table_row_as_text_holds_no_bar():
    """A row of a table no header names, read as running text (培训农民人数 | ≥500人 | 520人): no bar in its name."""
    found, _ = rows("2023年度项目支出绩效自评表\n项目名称 | 某项目 |\n指标 | 目标值 | 完成值 | 标准分 | 评分 |\n"
                    "培训农民人数 | ≥500人 | 520人 | 20 | 19 |\n")
    assert [r["name"] for r in found] == ["培训农民人数"]


def test_the_unit_column_is_the_units_of_the_target_and_of_the_result():
    """指标性质 | 指标值 | 度量单位 | 实际完成值: the sign and the unit have columns of their own; the unit is the
    indicator's, so a bare result takes it too (a result written with its own unit keeps that)."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 巡河次数 | ≥ | 48 | 次 | 52 | 20 | 20 |",
        "| | 质量指标 | 水质达标率 | ≥ | 90 | % | 93.6% | 20 | 20 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_op"], r["target_value"], r["target_unit"], r["actual_value"], r["actual_unit"])
            for r in found] == [("巡河次数", ">=", 48.0, "次", 52.0, "次"), ("水质达标率", ">=", 90.0, "%", 93.6, "%")]


def test_a_unit_column_written_before_the_target_is_read_there():
    """度量单位 | 年度指标值 | 实际完成值 on one header line: the unit column comes before the values."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 计量单位 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 修缮校舍间数 | 间 | 30 | 32 | 30 | 30 |",
        "| | 质量指标 | 验收通过率 | % | 100 | 100 | 30 | 30 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["target_unit"], r["actual_value"], r["actual_unit"], r["weight"])
            for r in found] == [("修缮校舍间数", 30.0, "间", 32.0, "间", 30.0), ("验收通过率", 100.0, "%", 100.0, "%", 30.0)]


def test_a_count_unit_column_makes_a_point_before_three_digits_a_thousands_mark():
    """人 | 1.200: a count of people is whole, so the point of 1.200 groups thousands; a measure keeps its decimal."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 体检老人数 | ≥ | 1.500 | 人 | 1.620 | 30 | 30 |",
        "| | 数量指标 | 清淤长度 | ≥ | 1.500 | 公里 | 1.620 | 30 | 30 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("体检老人数", 1500.0, 1620.0), ("清淤长度", 1.5, 1.62)]


def test_indicator_rows_written_as_label_value_records():
    """三级指标：… / 年度指标值：… / 实际完成值：… one cell a line: a record opens at its name, the level cells
    before it carry on, and a report field after the records (自评得分：95) is not the last record's score."""
    text = "\n".join([
        "一级指标：产出指标", "二级指标：数量指标",
        "三级指标：维修水井数量", "年度指标值：≥40口", "实际完成值：43口", "分值：25", "得分：25",
        "二级指标：质量指标",
        "三级指标：维修验收合格率", "年度指标值：100%", "实际完成值：100%", "分值：25",
        "自评得分：95",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_op"], r["target_value"], r["actual_value"],
             r["weight"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "维修水井数量", ">=", 40.0, 43.0, 25.0, 25.0),
        ("产出指标", "质量指标", "维修验收合格率", "=", 100.0, 100.0, 25.0, None)]
    # a document with a grid under a header reads the grid only
    grid = "| 三级指标 | 年度指标值 | 实际完成值 |\n| 巡查次数 | 12次 | 14次 |\n二、其他\n三级指标：另一指标\n年度指标值：5次"
    assert [r["name"] for r in rows(grid)[0]] == ["巡查次数"]


def test_indicator_records_written_on_one_line_each():
    """A record's cells on one line, parted by ；/，/spaces and opened by its number (1. / （2）): each label -> value
    pair is a cell of the record; a label inside a value (no separator before it) stays in the value, and a line
    that opens with no label is no record."""
    text = "\n".join([
        "1.一级指标：产出指标；二级指标：数量指标；三级指标：维修水井数量；年度指标值：≥40口；实际完成值：43口；分值：25分；得分：25分。",
        "（2）二级指标：质量指标，三级指标：维修验收合格率，年度指标值：100%，实际完成值：100%，分值：25，得分：24",
        "3、一级指标：满意度指标 三级指标：受益群众满意度 年度指标值：≥90% 实际完成值：96% 分值：10 得分：10",
        "本项目总分值：100分，得分：95分。",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_op"], r["target_value"], r["actual_value"],
             r["weight"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "维修水井数量", ">=", 40.0, 43.0, 25.0, 25.0),
        ("产出指标", "质量指标", "维修验收合格率", "=", 100.0, 100.0, 25.0, 24.0),
        ("满意度指标", None, "受益群众满意度", ">=", 90.0, 96.0, 10.0, 10.0)]



def test_a_records_category_right_under_its_name_is_that_records_levels():
    """指标名称：… / 指标类别：产出指标-质量指标 / 目标值：… (each record a block of lines, its category after its name):
    the category is the record above's, not the next one's, its two levels parted at the dash."""
    text = "\n".join([
        "指标名称：新建公厕座数", "指标类别：产出指标-数量指标", "目标值：≥8座", "实际值：9座", "分值：20", "得分：20",
        "指标名称：公厕验收合格率", "指标类别：产出指标-质量指标", "目标值：100%", "实际值：100%", "分值：20", "得分：18",
        "指标名称：游客满意度", "指标类别：满意度指标-服务对象满意度指标", "目标值：≥90%", "实际值：93%", "分值：10",
        "得分：10",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"])
            for r in found] == [
        ("产出指标", "数量指标", "新建公厕座数", 8.0, 9.0, 20.0, 20.0),
        ("产出指标", "质量指标", "公厕验收合格率", 100.0, 100.0, 20.0, 18.0),
        ("满意度指标", "服务对象满意度指标", "游客满意度", 90.0, 93.0, 10.0, 10.0)]


def test_an_indicator_header_turned_sideways_a_column_per_indicator():
    """The form transposed: lines opening with the header's labels read down (三级指标 / 年度指标值 / 实际完成值 / 分值 /
    得分), each as many cells, a column per indicator: read column by column, an empty cell keeping its place, level
    lines above the names' giving each column its levels."""
    pipes = "\n".join([
        "| 三级指标 | 巡河次数 | 河道保洁率 |", "| 年度指标值 | ≥120次 | ≥95% |", "| 实际完成值 | 136次 | 97% |",
        "| 分值 | 20 | 20 |", "| 得分 | 20 | 19 |"])
    found, _ = rows(pipes)
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("巡河次数", ">=", 120.0, 136.0, 20.0, 20.0), ("河道保洁率", ">=", 95.0, 97.0, 20.0, 19.0)]
    tabs = "\n".join([
        "三级指标\t巡河次数\t河道保洁率\t水质达标率", "年度指标值\t≥120次\t≥95%\t100%", "实际完成值\t136次\t\t100%",
        "分值\t20\t20\t10", "得分\t20\t19\t10"])
    found, _ = rows(tabs)
    assert [(r["name"], r["target_value"], r["actual_value"], r["score"]) for r in found] == [
        ("巡河次数", 120.0, 136.0, 20.0), ("河道保洁率", 95.0, None, 19.0), ("水质达标率", 100.0, 100.0, 10.0)]
    levels = "\n".join([
        "| 一级指标 | 产出指标 | 产出指标 | 效益指标 |", "| 二级指标 | 数量指标 | 质量指标 | 社会效益指标 |",
        "| 指标名称 | 巡河次数 | 河道保洁率 | 群众投诉下降率 |", "| 目标值 | ≥120次 | ≥95% | ≥10% |",
        "| 实际值 | 136次 | 97% | 12% |", "| 分值 | 20 | 20 | 10 |", "| 得分 | 20 | 19 | 10 |"])
    found, _ = rows(levels)
    assert [(r["level1"], r["level2"], r["name"], r["actual_value"]) for r in found] == [
        ("产出指标", "数量指标", "巡河次数", 136.0), ("产出指标", "质量指标", "河道保洁率", 97.0),
        ("效益指标", "社会效益指标", "群众投诉下降率", 12.0)]
    # the header as usual, a row per indicator, stays as it is
    found, _ = rows("| 三级指标 | 年度指标值 | 实际完成值 |\n| 巡河次数 | ≥120次 | 136次 |\n| 河道保洁率 | ≥95% | 97% |")
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("巡河次数", 120.0, 136.0), ("河道保洁率", 95.0, 97.0)]

# --- way 1b: a 自评表 flattened by PDF extraction, one cell per line ---------------------------

def test_flattened_key_indicators_with_descriptions_between_name_and_values():
    text = "\n".join([
        "主要任务 年初预期目标 目标完成情况 关键指标", "预期实现值", "", "指标完成", "情况", "", "任务1", "",
        "保障接待大厅日常运行，提升", "群众的满意度", "，增强获得感。", "设备完好率", "", "设备正常使用天数/", "全年天数", "",
        "98% 99%", "", "35.20", "", "来访登记录入宗数", " 登记并录入系统的", "来访宗数", "≥300宗  ≥300宗", "",
        "资金使用情况 资金使用情况 专款专用 专款专用", "", "存在问题", "个别指标偏粗。",
    ])
    found = [i.row(n) for n, i in enumerate(flat_indicators(build_document(text)), 1)]
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["actual_unit"], r["line_no"])
            for r in found] == [
        ("设备完好率", "=", 98.0, 99.0, "%", 12),
        ("来访登记录入宗数", ">=", 300.0, 300.0, "宗", 21),
        ("资金使用情况", None, None, None, None, 26),
    ]
    assert all(r["source_kind"] == "table" for r in found)


# --- way 2: goals with a target, results later ---------------------------------------------------

def test_goal_and_result_in_different_sections_make_one_indicator():
    text = "\n".join([
        "(二)分项绩效目标", "绩效指标:信访事项按期办结率达到 95%以上,初信初访化解率达到 85%以上。",
        "绩效指标:全年开展宣传活动不少于 10 场次。", "四、目标实现情况",
        "绩效指标:信访事项按期办结率达到 98%,初信初访化解率达到 88%。", "绩效指标:全年开展宣传活动 12 场次。",
    ])
    found = narrative_indicators(build_document(text))
    got = [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit, i.line_no)
           for i in found]
    assert got == [
        ("信访事项按期办结率", ">=", 95.0, "%", 98.0, "%", 2),
        ("初信初访化解率", ">=", 85.0, "%", 88.0, "%", 2),
        ("开展宣传活动", ">=", 10.0, "场次", 12.0, "场次", 3),
    ]
    assert all(i.source_kind == "narrative" for i in found)


def test_a_range_in_running_text_is_no_value():
    """保持在80%-85%之间 / 3至5天: a range has no one value (as a table's cell of it has none); the statement
    beside it is still read. A change (由70%提高至75%) is no range."""
    found = narrative_indicators(build_document(
        "二、绩效目标完成情况\n1.质量指标：抽检合格率保持在80%-85%之间，巡检覆盖率达到96%。"
        "\n2.时效指标：故障修复时间为3至5天，投诉办结率达到98%。"))
    assert [(i.name, i.actual.value, i.actual.unit) for i in found] == [
        ("巡检覆盖率", 96.0, "%"), ("投诉办结率", 98.0, "%")]
    found = narrative_indicators(build_document("1.质量指标：设备完好率由70%提高至75%。"))
    assert [(i.name, i.actual.value) for i in found] == [("设备完好率", 75.0)]


def test_earthworks_energy_and_teaching_hours_in_running_text():
    """万立方米, 万千瓦时 / 千瓦时, 吨标准煤, 公斤 and 千瓦 make a result against its goal (the whole unit: not 千瓦 or
    吨 cut short); 课时, 学时 and 人天 make a value as 人次 does."""
    found = narrative_indicators(build_document(
        "1.数量指标：完成渠道疏浚1.8万立方米，目标1.5万立方米；节约标煤42吨标准煤，高于考核目标；"
        "储备种子900公斤，目标800公斤；并网容量36千瓦时，低于计划目标。"))
    assert [(i.name, i.actual.value, i.actual.unit) for i in found] == [
        ("渠道疏浚", 1.8, "万立方米"), ("节约标煤", 42.0, "吨标准煤"), ("储备种子", 900.0, "公斤"),
        ("并网容量", 36.0, "千瓦时")]
    found = narrative_indicators(build_document("绩效指标:岗前培训不少于40课时,技术指导不少于15人天。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit) for i in found] == [
        ("岗前培训", ">=", 40.0, "课时"), ("技术指导", ">=", 15.0, "人天")]


def test_durations_in_running_text_and_a_duration_describing_a_noun():
    """2小时 / 12分钟 make a value (时效指标); 24小时值班 describes the duty, not a measure."""
    found = narrative_indicators(build_document(
        "二、绩效目标完成情况\n1.时效指标：报修响应时长不超过3小时，实际平均2.5小时；救护到场时间18分钟，目标20分钟以内。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("报修响应时长", "<=", 3.0, "小时", 2.5), ("救护到场时间", "<=", 20.0, "分钟", 18.0)]
    found = narrative_indicators(build_document("绩效指标:落实24小时轮班制度,处置时长不超过40分钟。"))
    assert [(i.name, i.target.value, i.target.unit) for i in found] == [("处置时长", 40.0, "分钟")]


def test_goal_and_result_in_one_sentence():
    found = narrative_indicators(build_document(
        "目标要求病虫害绿色防控覆盖率达到60%以上,实际覆盖率达到64.5%。良种推广率目标为90%,实际达到92%。"))
    # (the second is an explicit statement, 目标为…，实际达到…: those are read first)
    assert sorted((i.name, i.target.op, i.target.value, i.actual.value) for i in found) == [
        ("病虫害绿色防控覆盖率", ">=", 60.0, 64.5), ("良种推广率", "=", 90.0, 92.0)]


def test_a_target_stated_after_its_result_belongs_to_it():
    """``…率98.2%，目标值≥96%``: the target has no name of its own; it is the goal of the result just stated
    in the same sentence (a target in another sentence, or in another unit, is not)."""
    found = narrative_indicators(build_document(
        "全年新生儿访视率达到98.2%,目标值为≥96%。老年人健康管理率71.4%。年度目标值70%。"
        "家庭医生签约人数5200人,目标值90%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("新生儿访视率", ">=", 96.0, 98.2, "%"), ("老年人健康管理率", None, None, 71.4, "%")]


def test_a_goal_word_inside_the_indicator_name_does_not_make_its_figure_a_target():
    """目标/预期 mark a figure as a goal only outside the indicator's own name: 目标责任考核合格率100% and
    重点项目绩效目标完成率98% are results; 年度目标合格率95% is a goal."""
    found = narrative_indicators(build_document(
        "安全生产目标责任考核合格率100%。重点项目绩效目标完成率达98%。年度目标食品抽检合格率95%。"))
    assert [(i.name, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("安全生产目标责任考核合格率", None, 100.0, "%"), ("重点项目绩效目标完成率", None, 98.0, "%"),
        ("食品抽检合格率", 95.0, None, None)]


def test_a_count_with_its_goal_right_after_it_is_one_indicator():
    """A count alone is no indicator, but with a nameless goal in the same sentence and unit it is (named
    without its 完成); a goal in the next sentence, or in another unit, does not make one."""
    found = narrative_indicators(build_document(
        "全年完成业务培训1620人次,年度目标为不少于1500人次。开展巡查240次。目标200次。"
        "新增就业岗位85个,目标90%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("业务培训", ">=", 1500.0, 1620.0, "人次")]


def test_a_target_in_brackets_after_its_result_belongs_to_it():
    """``达到97%（目标值95%）``: a bracket opening on a goal label holds the result's target; any other
    figure in brackets stays an aside."""
    found = narrative_indicators(build_document(
        "垃圾分类覆盖率达到97%(年度目标≥95%),道路清扫保洁率99%(上年为96%)。公厕达标率为100%,年初目标为98%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("垃圾分类覆盖率", ">=", 95.0, 97.0), ("道路清扫保洁率", None, None, 99.0), ("公厕达标率", "=", 98.0, 100.0)]


def test_a_goal_named_before_a_bracket_holds_its_figure_in_it():
    """``98.5%，高于年度目标（95%）``: the goal is named just before the bracket, and the bracket holds its
    figure; a bracket after other words (上年) stays an aside."""
    found = narrative_indicators(build_document(
        "路灯亮灯率98.5%,高于年度目标(≥95%)。绿地养护合格率96%,高于上年(93%)。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("路灯亮灯率", ">=", 95.0, 98.5), ("绿地养护合格率", None, None, 96.0)]


def test_a_numbered_level_heading_run_into_the_text_before_it():
    """A page that lost its line breaks: ``…(二)绩效指标完成情况 1.产出指标完成情况。…`` — the numbered heading
    after a space still heads what follows."""
    found = narrative_indicators(build_document(
        "(二)项目绩效指标完成情况 1.产出指标完成情况。案件查处率100%。 2.效益指标完成情况。群众满意率96%。"))
    assert [(i.level1, i.name) for i in found] == [("产出指标", "案件查处率"), ("效益指标", "群众满意率")]


def test_a_first_level_and_its_numbered_second_level_run_together_on_one_line_head_both():
    """A page that lost its line breaks: ``…情况（一）产出指标 1.数量指标：…`` and ``（二）效益指标 1.社会效益：…`` —
    the first level and the numbered second level right after it head what follows, the next numbered second
    level (2.质量指标：) staying under the first."""
    found = narrative_indicators(build_document(
        "三、年度目标完成情况（一）产出指标 1.数量指标：巡查次数目标≥40次，实际完成44次。"
        "2.质量指标：整改合格率目标≥95%，实际98%。（二）效益指标 1.社会效益：投诉下降率目标≥10%，实际12%。"))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        ("产出指标", "数量指标", "巡查次数"), ("产出指标", "质量指标", "整改合格率"),
        ("效益指标", "社会效益", "投诉下降率")]


def test_a_numbered_output_kind_written_with_chanchu_heads_the_second_level_as_written():
    """``1.产出数量：…`` / ``2.产出质量：…``: a numbered heading of the output's kinds written short, no 指标, heads the
    second level as written."""
    found = narrative_indicators(build_document("\n".join([
        "三、绩效指标完成情况", "1.产出数量：修缮道路，计划12公里，实际完成13公里。",
        "2.产出质量：验收合格率，计划100%，实际100%。"])))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        (None, "产出数量", "修缮道路"), (None, "产出质量", "验收合格率")]


def test_a_bound_figure_followed_by_a_bracketed_goal_is_the_result():
    """``达到95%以上（目标90%）``: 以上 bounds the figure, but the goal in the bracket after it says the figure is
    what was reached; a bound figure with an aside after it (高于上年) stays a target."""
    found = narrative_indicators(build_document(
        "群众满意度达到95%以上(目标90%)。投诉办结率98%以上(高于上年93%)。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("群众满意度", "=", 90.0, 95.0), ("投诉办结率", ">=", 98.0, None)]


def test_a_completion_rate_after_a_statement_is_that_statements():
    """``…实际完成3260人次，完成率108.67%``: the rate measures the statement before it in its sentence; it is
    no indicator named 完成率."""
    found = narrative_indicators(build_document(
        "计划开展技能培训3000人次,实际完成3260人次,完成率108.67%。培训合格率92%。"
        "鉴定人数：目标200人，实际完成230人，完成率115%。"))
    assert sorted(i.name for i in found) == ["培训合格率", "开展技能培训", "鉴定人数"]


def test_money_is_an_indicators_value_under_a_cost_heading():
    """Under a 成本指标 heading (a first or a second level) a figure in 元/万元 is the indicator's; elsewhere
    money in running text stays no indicator (unless a bound states it and 实际 the result after it: the rule of
    test_a_bound_then_the_result_opening_the_next_clause_with_actual_is_one_indicator)."""
    found = narrative_indicators(build_document("\n".join([
        "（四）成本指标", "每册印制成本不超过12元,实际每册10.5元。",
        "（五）效益指标", "人均补助标准800元,实际完成530元。"])))
    assert [(i.level1, i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("成本指标", "每册印制成本", "<=", 12.0, "元", 10.5)]


def test_money_against_its_goal_is_an_indicators_value_under_an_economic_benefit_heading():
    """Under 经济效益指标 money is what is measured: a result in 元 with its goal's figure in the next clause
    (…增收260元，目标值≥200元) is read; the same under 社会效益指标, or with no goal after it, is not."""
    found = narrative_indicators(build_document("\n".join([
        "（二）效益指标", "1.经济效益指标", "试点户户均增收260元，目标值≥200元。", "带动村集体增收45万元。",
        "2.社会效益指标", "每户减负80元，目标值≥60元。"])))
    assert [(i.level2, i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit)
            for i in found] == [("经济效益指标", "试点户户均增收", ">=", 200.0, "元", 260.0, "元")]


def test_a_unit_per_another_unit_in_running_text_is_kept_whole():
    """300元/人, 8万元/公里, 120元/平方米: the value's unit is the whole (a bound after it, 以内, still reads);
    an amount per unit is a measure wherever it stands, not money of the budget."""
    found = narrative_indicators(build_document("\n".join([
        "（三）成本指标", "管护成本控制在3万元/公里以内，实际为2.4万元/公里。", "保洁单价不超过9元/平方米，实际8元/平方米。",
        "（四）效益指标", "人均补贴标准为150元/人，目标值≤180元/人。"])))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit) for i in found] == [
        ("管护成本", "<=", 3.0, "万元/公里", 2.4, "万元/公里"), ("保洁单价", "<=", 9.0, "元/平方米", 8.0, "元/平方米"),
        ("人均补贴标准", "<=", 180.0, "元/人", 150.0, "元/人")]


def test_a_first_level_and_its_second_joined_by_a_dash_head_both():
    """产出指标——数量指标：… / 效益指标-社会效益指标 / 产出指标—成本指标: both levels for what follows (成本指标
    dashed to a first level is its second level)."""
    found = narrative_indicators(build_document("\n".join([
        "产出指标——数量指标：全年巡河120次，目标值≥100次。",
        "（二）产出指标—成本指标", "单次巡河成本不超过50元，实际46元。",
        "效益指标-社会效益指标：河长制知晓率达到92%，目标值≥85%。"])))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        ("产出指标", "数量指标", "巡河"), ("产出指标", "成本指标", "单次巡河成本"),
        ("效益指标", "社会效益指标", "河长制知晓率")]


def test_a_minus_before_a_figure_in_running_text_is_its_sign():
    """变化率为-8.4%, ≤-3%: a fall keeps its sign; a dash between two numbers (2-5%) is a range, no sign."""
    found = narrative_indicators(build_document(
        "（二）效益指标\n农药用量变化率为-8.4%，目标值≤-3%。渗漏率控制在2-5%的项目较多。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual_raw) for i in found] == [
        ("农药用量变化率", "<=", -3.0, -8.4, "-8.4%")]


def test_a_goal_figure_without_a_unit_after_a_result_takes_the_results_unit():
    """能耗变化率-6.2%，目标值≤0 / 合格率98%，目标值95: the goal's figure is in the result's unit."""
    found = narrative_indicators(build_document(
        "（二）效益指标\n单位能耗变化率为-6.2%，目标值≤0。复检合格率98%，目标值95。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("单位能耗变化率", "<=", 0.0, "%", -6.2), ("复检合格率", "=", 95.0, "%", 98.0)]


def test_a_funds_name_with_money_under_a_cost_heading_is_a_cost_indicator():
    """Under 成本指标 a 经费/支出 name with a money bound (宣传经费不超过8万元) is the cost indicator; elsewhere it
    stays money of the budget, and a change on last year stays no indicator under the heading either."""
    found = narrative_indicators(build_document("\n".join([
        "（三）成本指标", "宣传经费不超过8万元，实际7.5万元。", "办公支出较上年减少2万元。",
        "（四）效益指标", "宣传经费不超过9万元，实际8万元。"])))
    assert [(i.level1, i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("成本指标", "宣传经费", "<=", 8.0, "万元", 7.5)]


def test_actual_and_a_verb_answer_the_figure_just_before():
    """…不少于50次，实际开展56次 / (成本指标) 印刷经费6万元，实际支出5.8万元: 实际 and a bare verb report the result of
    the bound just stated, and under a cost heading of the figure just before; 实际人数 names a measure of its own."""
    found = narrative_indicators(build_document("\n".join([
        "（一）产出指标", "河道巡查不少于50次，实际开展56次。", "培训班次12期，实际举办12期。",
        "（二）成本指标", "印刷经费6万元，实际支出5.8万元。"])))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("河道巡查", ">=", 50.0, 56.0, "次"), ("印刷经费", "=", 6.0, 5.8, "万元")]


def test_value_added_is_a_measure_not_an_increase():
    """增加值 (value added) names a measure: 旅游业增加值占比达到6.5%，目标≥6% is an indicator; an increase
    (收入增加8%) stays none."""
    found = narrative_indicators(build_document(
        "（二）效益指标\n旅游业增加值占比达到6.5%，目标≥6%。游客收入增加8%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("旅游业增加值占比", ">=", 6.0, 6.5)]


def test_actual_with_a_unit_per_another_answers_the_goal_just_stated():
    """单车运维成本不超过0.8万元/辆，实际平均支付0.76万元/辆: the unit per another names the measure, so the 实际
    figure in it answers the goal before it whatever words stand between."""
    found = narrative_indicators(build_document(
        "（三）成本指标\n单车运维成本不超过0.8万元/辆，实际平均支付0.76万元/辆。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("单车运维成本", "<=", 0.8, 0.76, "万元/辆")]


def test_counts_in_ten_thousands_keep_their_unit():
    """发放宣传册4.2万份，目标值4万份 / 受理咨询1.5万件，目标≥1.2万件: the count in ten thousands, as written."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n发放宣传册4.2万份，目标值4万份；受理咨询1.5万件，目标≥1.2万件。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("发放宣传册", "=", 4.0, "万份", 4.2), ("受理咨询", ">=", 1.2, "万件", 1.5)]


def test_visits_counted_by_firm_or_household_keep_their_unit():
    """走访企业260家次，目标值≥200家次 / 入户走访1800户次: 家次 and 户次 are units whole, not 家 and 户."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n走访企业260家次，目标值≥200家次；入户走访1800户次，目标值≥1500户次。"))
    assert [(i.name, i.target.value, i.target.unit, i.actual.value, i.actual.unit) for i in found] == [
        ("走访企业", 200.0, "家次", 260.0, "家次"), ("入户走访", 1500.0, "户次", 1800.0, "户次")]


def test_a_benefit_kind_before_a_colon_heads_unnumbered():
    """（二）效益指标 / 社会效益：… / 生态效益：…: a 效益 kind opening its line before a colon heads what follows
    without a number; 社会效益显著 (no colon) heads nothing."""
    found = narrative_indicators(build_document("\n".join([
        "（二）效益指标", "社会效益：适龄儿童接种率达到98%，目标≥95%。", "生态效益：林木成活率92%，目标≥85%。",
        "社会效益显著，群众知晓率达到90%，目标≥80%。"])))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        ("效益指标", "社会效益", "适龄儿童接种率"), ("效益指标", "生态效益", "林木成活率"),
        ("效益指标", "生态效益", "群众知晓率")]


def test_a_levels_label_opening_a_record_is_its_level_and_the_goal_names_the_measure():
    """``产出指标：年初目标改造村道12公里，实际改造13.5公里``: the level's label before the colon names no indicator; the
    words before the goal's figure do, under that level."""
    found = narrative_indicators(build_document(
        "产出指标：年初目标改造村道12公里，实际改造13.5公里。效益指标：年初目标受益农户不少于800户，实际受益860户。"))
    assert [(i.level1, i.level2, i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("产出指标", None, "改造村道", "=", 12.0, 13.5), ("效益指标", None, "受益农户", ">=", 800.0, 860.0)]


def test_a_goal_shared_by_two_measures_then_their_results_in_order():
    """``商户和游客满意度均达到90%以上，实际分别为93.5%、91.2%`` / two rates likewise: the goal holds for each measure,
    the results after 实际 go to them in order."""
    found = narrative_indicators(build_document(
        "商户和游客满意度均达到90%以上，实际分别为93.5%、91.2%。受理率和办结率均不低于95%，实际分别为96%、98%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("商户满意度", ">=", 90.0, 93.5), ("游客满意度", ">=", 90.0, 91.2),
        ("受理率", ">=", 95.0, 96.0), ("办结率", ">=", 95.0, 98.0)]


def test_the_goal_word_before_an_adverb_is_no_part_of_the_shared_name():
    """``<a>和<b>目标均为<figure>以上，实际分别为…``: 目标 stands before 均, both no part of the names."""
    found = narrative_indicators(build_document("登记率和回访率目标均为90%以上，实际分别为93%和91%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("登记率", ">=", 90.0, 93.0), ("回访率", ">=", 90.0, 91.0)]


def test_an_index_in_percent_is_a_measure_stated_as_a_result():
    """``<…指数><figure>%`` with no goal: an index given in percent is a measure's result, as a rate is."""
    found = narrative_indicators(build_document("全年受理投诉56件；居民幸福感指数95.2%。"))
    assert [(i.name, i.actual.value, i.actual.unit) for i in found] == [("居民幸福感指数", 95.2, "%")]


def test_a_growth_rate_is_a_measure_not_a_change():
    """``<…增长率>目标≥<figure>，实际<figure>（分值…）``: 增长率 names a measure (a rate), not a change against
    the year before, so its goal is read."""
    found = narrative_indicators(build_document("社会效益指标：会员人数增长率目标≥12%，实际9.5%（分值20分，得分16分）。"))
    assert [(i.level2, i.name, i.target.op, i.target.value, i.actual.value, i.weight, i.score) for i in found] == [
        ("社会效益指标", "会员人数增长率", ">=", 12.0, 9.5, 20.0, 16.0)]


def test_a_numbered_second_level_after_the_first_levels_colon():
    """``（一）产出指标：1.数量指标：…；2.质量指标：…``: the numbered second level run in after the first's colon."""
    found = narrative_indicators(build_document(
        "（一）产出指标：1.数量指标：举办读书活动，年度目标≥60场，实际完成72场；2.质量指标：场馆开放率，目标100%，实际100%。"))
    assert [(i.level1, i.level2, i.name, i.target.value, i.actual.value) for i in found] == [
        ("产出指标", "数量指标", "举办读书活动", 60.0, 72.0), ("产出指标", "质量指标", "场馆开放率", 100.0, 100.0)]


def test_two_subjects_sharing_a_measure_respectively():
    """患者和家属满意度分别为96%和94%，目标值均≥90%: an indicator per subject, each with its figure in order and
    the goal stated once for both."""
    found = narrative_indicators(build_document(
        "（三）满意度指标\n患者和家属满意度分别为96%和94%，目标值均≥90%。教师和学生知晓率分别达到88%、91%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("患者满意度", ">=", 90.0, 96.0), ("家属满意度", ">=", 90.0, 94.0),
        ("教师知晓率", None, None, 88.0), ("学生知晓率", None, None, 91.0)]


def test_a_name_before_a_colon_names_the_bound_after_it():
    """``<name>：<bound><figure>，实际<figure>`` is a record of its own: the name is the one before the colon
    (also when a per-one qualifier stands before the bound, 每人不超过…). A heading before the colon
    (…完成情况：, a level label) names nothing."""
    found = narrative_indicators(build_document("\n".join([
        "（三）满意度指标", "服务对象满意度：不低于90%，实际97%。", "设备完好率：达到95%以上，实际98.5%。",
        "（四）成本指标", "人均培训费用：每人不超过800元，实际每人650元。",
        "质量指标完成情况：达到95%以上。"])))
    assert [(i.level1, i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("满意度指标", "服务对象满意度", ">=", 90.0, 97.0), ("满意度指标", "设备完好率", ">=", 95.0, 98.5),
        ("成本指标", "人均培训费用", "<=", 800.0, 650.0)]


def test_a_goal_the_result_is_compared_with_is_its_target():
    """``…为93.5%，高于目标值90%``: the figure after the comparison is the goal of the one before it, not an
    indicator named 高于."""
    found = narrative_indicators(build_document(
        "（三）满意度指标\n经问卷调查，受助对象满意度为94.2%，高于目标值90%。设施完好率97%，略高于年度目标95%。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("受助对象满意度", 90.0, 94.2), ("设施完好率", 95.0, 97.0)]


def test_a_funds_rate_under_a_second_level_heading_is_an_indicator():
    """A rate about funds is a budget measure in running text (资金到位率), but under a second-level
    indicator heading (时效指标) it is that heading's indicator."""
    found = narrative_indicators(build_document(
        "本年资金到位率100%。\n（三）时效指标\n补助资金发放及时率100%，项目完工及时率95%。"))
    assert [(i.level2, i.name, i.actual.value) for i in found] == [
        ("时效指标", "补助资金发放及时率", 100.0), ("时效指标", "项目完工及时率", 95.0)]


def test_a_measure_with_its_goal_in_the_next_clause():
    """``完成道路改造85公里，目标80公里`` (and 万平方米, 卷): a measure followed by its goal's figure in the next
    clause is an indicator, named without the verb reporting it. Money is not (收入100万元，目标120万元 is a budget
    sentence), and a measure alone stays no indicator."""
    found = narrative_indicators(build_document(
        "完成乡村道路改造85公里，目标80公里；新建绿地4.8万平方米，目标4.5万平方米。接收进馆档案3,260卷，目标≥3,000卷。"
        "本年收入100万元，目标120万元。新建泵站3座。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("乡村道路改造", "=", 80.0, "公里", 85.0), ("新建绿地", "=", 4.5, "万平方米", 4.8),
        ("接收进馆档案", ">=", 3000.0, "卷", 3260.0)]


def test_a_goal_named_after_the_verb_that_meets_it():
    """``…，完成年度目标100件`` / ``实现目标值10公里`` / ``达到目标要求200人次``: the goal's label after the verb that
    meets it is still the goal of the figure before it (not an indicator named 完成), whatever the unit; a
    share of the goal met (完成年度目标的98%) is no goal."""
    found = narrative_indicators(build_document(
        "全年办理法律援助案件120件，完成年度目标100件的120%。新建道路12公里，实现年度目标值10公里。"
        "培训村医300人次，达到目标要求200人次。完成年度目标的98%。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("办理法律援助案件", "=", 100.0, "件", 120.0), ("新建道路", "=", 10.0, "公里", 12.0),
        ("培训村医", "=", 200.0, "人次", 300.0)]


def test_level_headings_numbered_as_lists_or_written_without_zhibiao():
    """``①数量指标：`` (normalised: (1)数量指标), ``1.1 质量指标``, and a numbered level without 指标 ending at a colon or its
    line (1.生态效益：…, （三）满意度) head what follows; a level word inside a sentence heads nothing."""
    found = narrative_indicators(build_document("\n".join([
        "（一）产出指标", "①数量指标：新建蓄水池12座，目标10座。", "1.1 质量指标", "工程验收合格率100%。",
        "1.生态效益：森林覆盖率达到62.5%，目标≥62%。", "（三）满意度", "群众满意率95%，数量质量均达标。"])))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        ("产出指标", "数量指标", "新建蓄水池"), ("产出指标", "质量指标", "工程验收合格率"),
        ("产出指标", "生态效益", "森林覆盖率"), ("满意度", None, "群众满意率")]


def test_short_unnumbered_output_kinds_opening_a_line_under_chanchu_head_the_second_level():
    """数量：/质量：/时效：/成本： opening a line under an 产出 heading are its second levels written short (成本 too,
    beside the others), kept as written (as 1.数量： keeps 数量); before any 产出 heading such a line is a mere label."""
    found = narrative_indicators(build_document("\n".join([
        "质量：设备更换后供水合格率98%，目标≥95%。",
        "一、产出指标", "数量：改造供水管网8公里，目标6公里。", "质量：", "管网验收合格率100%，目标100%。",
        "时效：维修响应及时率97%，目标≥90%。", "成本：每公里改造成本不超过50万元，实际46万元。",
        "二、效益指标", "群众满意率95%，目标≥90%。"])))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        (None, None, "设备更换后供水合格率"),
        ("产出指标", "数量", "改造供水管网"), ("产出指标", "质量", "管网验收合格率"),
        ("产出指标", "时效", "维修响应及时率"), ("产出指标", "成本", "每公里改造成本"),
        ("效益指标", None, "群众满意率")]


def test_a_per_unit_tail_is_not_part_of_the_name():
    """``城市低保标准每人每月1,020元`` under a cost heading: the indicator is the standard; 每人每月 says per what.
    A name opening with 每 (每万人口…) keeps it."""
    found = narrative_indicators(build_document(
        "1.4 成本指标：城市低保标准每人每月不低于980元，实际1,020元。每万人口执业医师数达到3.2人，目标3人。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("城市低保标准", 980.0, 1020.0), ("每万人口执业医师数", 3.0, 3.2)]


def test_a_bound_figure_followed_by_its_goal_in_the_next_clause_is_the_result():
    """``办结时限压缩至3个工作日以内，目标值≤5个工作日``: the goal after it makes the bound figure the result (and
    the verb before it, 压缩至, is no part of the name); a goal stated first keeps its 实际 after it."""
    found = narrative_indicators(build_document(
        "审批办结时限压缩至3个工作日以内，目标值≤5个工作日。受理时限不超过5个工作日，实际3个工作日。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("审批办结时限", "<=", 5.0, 3.0), ("受理时限", "<=", 5.0, 3.0)]


def test_no_results_under_a_heading_of_problems_or_plans():
    """What 四、存在的问题 or 五、下一步工作计划 states with figures (仅为72%，与目标80%相差… / 力争…达到98%以上) is no
    result of the year; the next numbered section that is neither is read again. A one-character name (与)
    names nothing."""
    found = narrative_indicators(build_document("\n".join([
        "三、绩效指标完成情况", "群众满意度96%，目标90%。", "四、存在的问题", "部分乡镇覆盖率仅为72%，与目标80%相差8个百分点。",
        "五、下一步工作计划", "力争服务对象满意度达到98%以上。", "六、其他说明", "培训合格率95%。",
        "设备完好率97%，与目标95%相比有提高。"])))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("群众满意度", 90.0, 96.0), ("培训合格率", None, 95.0), ("设备完好率", 95.0, 97.0)]


def test_no_results_under_a_heading_of_the_setting():
    """What 一、项目基本情况 or （一）部门概况 states with figures describes the place and the unit (森林覆盖率达65.2%),
    no result of the year; the next numbered section is read again, and a heading that also names goals or
    results (基本情况及绩效目标完成情况) is read as one of results."""
    found = narrative_indicators(build_document("\n".join([
        "一、项目基本情况", "本县林地面积12万公顷，森林覆盖率达65.2%。", "（一）部门概况", "辖区通村公路硬化率100%。",
        "二、绩效目标完成情况", "群众满意度96%，目标90%。", "三、基本情况及绩效目标完成情况", "培训合格率95%。"])))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("群众满意度", 90.0, 96.0), ("培训合格率", None, 95.0)]


def test_a_numbered_heading_run_in_with_its_text_opens_its_section():
    """二、绩效目标完成情况：城区… / 一、基本情况 | （一）… / （二）绩效目标的设立情况 1.…: a heading written on one line with its
    section's text (after a colon, a full stop, a table cell's bar, or a space before the next numbering) opens the
    section as a heading on its own line does: after the setting, the results are read again."""
    got = lambda *lines: [(i.name, i.actual.value) for i in narrative_indicators(build_document("\n".join(lines)))]
    setting = "一、基本情况：本局在编人员32名，辖区森林覆盖率68%。"
    assert got(setting, "二、绩效目标完成情况：城区道路保洁覆盖率达到99.2%，目标为95%以上；群众满意度96%。") == [
        ("城区道路保洁覆盖率", 99.2), ("群众满意度", 96.0)]
    assert got(setting, "二、绩效目标完成情况 | 城区道路保洁覆盖率达到99.2%，目标为95%以上；群众满意度96%。") == [
        ("城区道路保洁覆盖率", 99.2), ("群众满意度", 96.0)]
    assert got(setting, "（二）年度重点工作完成情况 1.城区道路保洁覆盖率达到99.2%，目标为95%以上；2.群众满意度96%。") == [
        ("城区道路保洁覆盖率", 99.2), ("群众满意度", 96.0)]
    # a figure opening a cell of a row read as text is named by the row's first cell, not its description's
    assert got("二、完成情况", "就业培训人数 | 就业培训人数情况 | ≥150人 | 162人 |") == [("就业培训人数", 162.0)]
    # (a run-in heading of problems mutes what it states)
    assert got("二、绩效目标完成情况：群众满意度96%。", "三、存在的问题：部分路段保洁覆盖率仅为85%，需加强。") == [
        ("群众满意度", 96.0)]


def test_no_results_under_a_heading_of_a_later_years_goals():
    """三、2025年度绩效目标 in a report on 2024 states what the next year plans (计划…以上), no result of the year: muted as
    plans; a heading of that year's results, or of the report's own year's goals, is not. On a page that lost its
    line breaks the numbered heading opening a sentence opens its section the same way."""
    lines = ["二、绩效目标完成情况", "群众满意度96%。", "三、2025年度绩效目标", "计划全年开展义诊活动60场以上。"]
    got = lambda text, year=2024: [(i.name, i.target.value, i.actual.value)
                                   for i in narrative_indicators(build_document(text), year)]
    assert got("\n".join(lines)) == [("群众满意度", None, 96.0)]
    assert got(" ".join(lines[1:])) == [("群众满意度", None, 96.0)]  # (one line: the heading after a full stop)
    # the report's own year's goals, and a year unknown: read as before
    assert got("\n".join(lines), 2025)[1:] == [("计划全年开展义诊活动", 60.0, None)]
    assert got("\n".join(lines), None)[1:] == [("计划全年开展义诊活动", 60.0, None)]
    # a later year's heading naming results (a report's year misread) is not muted
    assert got("\n".join([*lines[:2], "三、2025年度目标完成情况", lines[3]]))[1:] == [("计划全年开展义诊活动", 60.0, None)]
    # one line, a heading of problems after a full stop
    assert got("群众满意度96%。 三、存在的问题 部分站点覆盖率仅为72%。") == [("群众满意度", None, 96.0)]
    assert got("群众满意度96%。 三、存在的问题 部分站点覆盖率仅为72%。 四、其他完成情况 培训合格率95%。") == [
        ("群众满意度", None, 96.0), ("培训合格率", None, 95.0)]


def test_a_sub_section_is_as_the_section_it_stands_in():
    """Sub-headings with no words of their own (（一）机构设置, （2）编制, 1.资金方面) are as their section: under
    the setting their figures describe the unit, under problems or plans they state no result; a sub-section of
    the year's work or of goals under the setting is read. A heading numbered as one open (二、 after 一、), or
    numbered as none open but no deeper (一、 after （一） and 1.), closes the sections inside it."""
    found = narrative_indicators(build_document("\n".join([
        "（一）部门概况", "1.人员", "在编人员参保率100%。", "一、年度绩效完成情况", "档案数字化率92%。",
        "二、部门基本情况", "（一）机构设置", "（2）编制", "干部培训覆盖率100%，持证上岗率96%。",
        "（二）年度重点工作", "全年调解成功率98%。", "（三）人员结构", "本科以上学历占比85%。",
        "三、绩效目标完成情况", "群众满意度96%，目标90%。", "四、存在的问题", "1.资金方面", "部分项目支付进度仅为60%。",
        "2.绩效目标设置", "个别指标完成率85%。", "五、其他说明", "培训合格率95%。"])))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("档案数字化率", None, 92.0), ("调解成功率", None, 98.0), ("群众满意度", 90.0, 96.0),
        ("培训合格率", None, 95.0)]


def test_a_planned_count_with_the_actual_one_after_it_is_a_target_and_its_result():
    """``计划…N件，实际…M件`` in one sentence: the plan is the target. A plan with no actual figure after it,
    an actual one in another unit, and 计划生育 (no plan) stay what they were: counts, not indicators."""
    found = narrative_indicators(build_document(
        "计划开展法律援助讲座40场,实际开展46场。计划走访企业300家。计划检查200次,实际检查15天。"
        "计划生育家庭奖励扶助120户,实际发放120户。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("开展法律援助讲座", "=", 40.0, "场", 46.0)]


def test_a_figure_the_actual_one_after_it_answers_is_its_target():
    """``合格率达到90%，实际合格率93%``: the 实际 figure with the same name's end answers the first, which is
    its target; an 实际 figure of another measure (使用率 after 覆盖率) does not."""
    found = narrative_indicators(build_document("调解成功率达到90%,实际成功率94%。覆盖率达到90%,实际使用率85%。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found][:2] == [
        ("调解成功率", 90.0, 94.0), ("覆盖率", None, 90.0)]


# --- way 3: results without a target --------------------------------------------------------------

def test_results_without_target_counts_and_changes_are_not_indicators():
    text = ("全年受理来信来访 3200 件,同比上升 12.5%。本单位及时受理率和按期办结率均达 100%;"
            "满意率达 97.3%,较上年提高 2 个百分点;网上信访占比 80%。(上年满意率为95.3%)"
            "综合满意率达到 97.3%。档案数字化率由上年的70%提高到76.5%。")
    found = narrative_indicators(build_document(text))
    assert [(i.name, i.actual.value, i.target.value) for i in found] == [
        ("及时受理率", 100.0, None), ("按期办结率", 100.0, None), ("满意率", 97.3, None),
        ("档案数字化率", 76.5, None)]


def test_a_name_holding_the_accident_grade_jiaoda_is_no_comparison():
    """较大 in 较大以上道路交通事故数 is a grade of accidents, part of the measure's name; 较2022年 still compares
    (its 2% is no indicator)."""
    text = ("较大以上道路交通事故数0起，目标值0起；较大及以上森林火灾发生率为0.5%，目标值≤1%；"
            "群众满意率96%，较2022年提高2%，目标值≥90%。")
    found = narrative_indicators(build_document(text))
    assert [(i.name, i.actual.value, i.target.value) for i in found] == [
        ("较大以上道路交通事故数", 0.0, 0.0), ("较大及以上森林火灾发生率", 0.5, 1.0), ("群众满意率", 96.0, 90.0)]


def test_a_unitless_coefficient_index_or_zero_rate_against_its_goal():
    """系数/指数/率 with no unit, their goal's figure right after: read; a bare figure under another name is not
    (编号, a count whose unit is left out)."""
    text = ("林地保有系数提升至0.63，目标值≥0.6；群众安全感指数88.5，目标≥85；"
            "重大疫情漏报率为0，目标值为0；档案编号2023，目标值2023；新增点位12，目标10。")
    found = narrative_indicators(build_document(text))
    assert [(i.name, i.actual.value, i.target.op, i.target.value, i.target.unit) for i in found] == [
        ("林地保有系数", 0.63, ">=", 0.6, None), ("群众安全感指数", 88.5, ">=", 85.0, None),
        ("重大疫情漏报率", 0.0, "=", 0.0, None)]


def test_a_satisfaction_scored_in_fen_against_its_goal_in_fen():
    """满意度为94.5分，目标值≥90分: a score of such a measure and its goal, both in 分; 分 after another name is not."""
    text = "受益农户满意度为94.5分，目标值≥90分；项目得分为18分，目标值20分。"
    found = narrative_indicators(build_document(text))
    assert [(i.name, i.actual.value, i.actual.unit, i.target.op, i.target.value, i.target.unit) for i in found] == [
        ("受益农户满意度", 94.5, "分", ">=", 90.0, "分")]


def test_a_measure_stated_against_its_target_is_a_result_and_alone_is_not():
    text = ("二、效益指标完成情况。全年共发生安全生产事故2起，低于年度控制指标5起；"
            "改造老旧管网12.5公里，超过计划任务2.5公里；完成绿化面积300亩。"
            "下达补助资金50万元，用于设备购置。")
    found = narrative_indicators(build_document(text))
    # the figure after the comparison may be the margin, not the target: only the result is read
    assert [(i.name, i.actual.value, i.actual.unit, i.target.value, i.level1) for i in found] == [
        ("安全生产事故", 2.0, "起", None, "效益指标"), ("改造老旧管网", 12.5, "公里", None, "效益指标")]
    # the goal in brackets right after the measure is stated against it too, and holds the target
    found = narrative_indicators(build_document("新建防火隔离带12公里(目标10公里)。改造供水管网8公里(其中主管3公里)。"))
    assert [(i.name, i.actual.value, i.target.value, i.target.unit) for i in found] == [
        ("新建防火隔离带", 12.0, 10.0, "公里")]
    # 个 before 小时 stays the counter of an indicator unit, as before
    assert [(i.name, i.actual.value, i.actual.unit) for i in narrative_indicators(build_document(
        "群众办事平均等待时长缩短为5个小时，投诉处理满意率98%。"))] == [("投诉处理满意率", 98.0, "%")]


def test_shared_actor_carries_to_the_next_rate_of_a_list():
    found = narrative_indicators(build_document("责任单位受理率100%、及时受理率97.5%。"))
    assert [i.name for i in found] == ["责任单位受理率", "责任单位及时受理率"]


def test_budget_execution_rates_are_not_indicators():
    assert narrative_indicators(build_document("基本支出预算完成率 97.80%;整体预算执行率 93.58%。")) == []


def test_narrative_restating_a_table_is_not_extracted_twice():
    found, _ = rows(WORD_TABLE + "\n群众知晓率达到93%。")
    assert [r["name"] for r in found] == ["培训人次", "课程数量", "群众知晓率"]


# --- way 1c: row numbers, thousands separators, measure words --------------------------------------

def test_index_column_is_skipped_and_the_total_row_is_the_indicators_total():
    text = "\n".join([
        "| 序号 | 指标名称 | 年度目标值 | 实际完成值 | 分值 | 得分 |",
        "| 1 | 档案借阅办理量 | ≥2,000件 | 2,415件 | 20 | 20 |",
        "| 2 | 窗口服务好评率 | ≥92% | 95% | 20 | 19 |",
        "| 合计 |  |  |  | 40 | 39 |",
    ])
    found, totals = rows(text)
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["actual_unit"], r["weight"], r["score"])
            for r in found] == [
        ("档案借阅办理量", ">=", 2000.0, 2415.0, "件", 20.0, 20.0),
        ("窗口服务好评率", ">=", 92.0, 95.0, "%", 20.0, 19.0),
    ]
    assert (totals.weight, totals.score) == (40.0, 39.0)


def test_bare_ordinal_opening_a_row_is_not_the_name():
    text = "\n".join([
        "| 三级指标 | 指标值 | 完成值 | 分值 | 得分 |",
        "| 3. | 志愿服务时长 | ≥500小时 | 612小时 | 10 | 10 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_unit"]) for r in found] == [("志愿服务时长", 500.0, "小时")]


def test_thousands_separators_and_measure_words_in_values():
    assert (parse_value("≥3,000件").op, parse_value("≥3,000件").value) == (">=", 3000.0)
    assert (parse_value("12,480人次").value, parse_value("12,480人次").unit) == (12480.0, "人次")
    assert parse_value("1,2345人").value is None  # not one number: a broken thousands group
    v = parse_value("≤7个工作日")
    assert (v.op, v.value, v.unit) == ("<=", 7.0, "工作日")
    assert (parse_value("6个工作日").unit, parse_value("3个月").unit, parse_value("5个").unit) == ("工作日", "月", "个")
    v = parse_value("控制在0.5‰以内")
    assert (v.op, v.value, v.unit) == ("<=", 0.5, "‰")


# --- way 2b: explicit "目标值 … 完成值" statements, sign-bounded counts ----------------------------------

def test_explicit_target_and_result_labels_name_the_indicator():
    text = "\n".join([
        "（三）绩效目标完成情况",
        "1.档案数字化率：年度目标值≥80%，实际完成值83.5%。",
        "2.应急预案修订：目标值按期完成，完成值：已完成。",
        "3.业务培训次数：指标值=6次，实际值7次。",
        "4.窗口受理用时：年度目标值≤3个工作日，实际完成值2个工作日。",
        "5.辖区登记总量：年度目标值≥4,500户，实际完成值4,872户。",
    ])
    found = narrative_indicators(build_document(text))
    assert [(i.name, i.target_raw, i.actual_raw, i.target.op, i.target.value, i.actual.value, i.actual.unit, i.line_no)
            for i in found] == [
        ("档案数字化率", "≥80%", "83.5%", ">=", 80.0, 83.5, "%", 2),
        ("应急预案修订", "按期完成", "已完成", None, None, None, None, 3),
        ("业务培训次数", "=6次", "7次", "=", 6.0, 7.0, "次", 4),
        ("窗口受理用时", "≤3个工作日", "2个工作日", "<=", 3.0, 2.0, "工作日", 5),
        ("辖区登记总量", "≥4,500户", "4,872户", ">=", 4500.0, 4872.0, "户", 6),
    ]


def test_explicit_statements_named_before_a_comma_with_prose_labels_take_the_level_headed_above():
    """``<name>，指标值…，实际完成…`` names the indicator before the comma; 年度目标/目标 and 完成情况 (完成,
    达到) label a target and a result in running text (a bare 目标 or 完成 only with a figure after it); an explicit statement
    takes the levels of the headings before it, as the other statements do, and the 分值/得分 right after it."""
    text = "\n".join([
        "1.产出指标",
        "（1）数量指标。指标一：新建村级服务站点数，年度指标值≥12个，实际完成值14个。",
        "（2）质量指标。站点验收合格率：目标值100%，完成值100%。",
        "2.效益指标",
        "便民桥梁：目标值2座，完成值2座，分值10分，得分9.5分。",
        "3.满意度指标",
        "村民满意度：年度目标≥85%；实际完成情况：91.2%。完成年度目标任务，完成情况良好。",
        "抽检批次：目标值≥300批次，完成326批次；处置及时率：目标100%，达到100%。积压案件：目标值0件，完成年度目标。",
    ])
    found = narrative_indicators(build_document(text))
    assert [(i.level1, i.level2, i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit)
            for i in found] == [
        ("产出指标", "数量指标", "新建村级服务站点数", ">=", 12.0, 14.0, "个"),
        ("产出指标", "质量指标", "站点验收合格率", "=", 100.0, 100.0, "%"),
        ("效益指标", None, "便民桥梁", "=", 2.0, 2.0, "座"),
        ("满意度指标", None, "村民满意度", ">=", 85.0, 91.2, "%"),
        # a bare 完成/达到 labels a result with a figure after it; 完成年度目标 states none
        ("满意度指标", None, "抽检批次", ">=", 300.0, 326.0, "批次"),
        ("满意度指标", None, "处置及时率", "=", 100.0, 100.0, "%"),
    ]
    # the weight and score written right after a statement are its own
    assert [(i.weight, i.score) for i in found] == [(None, None), (None, None), (10.0, 9.5), (None, None),
                                                    (None, None), (None, None)]


def test_explicit_statements_in_brackets_without_a_break_and_with_plan_words():
    """``名称 指标值：… 实际值：…`` (the space between them lost), ``名称（指标值…，实际完成…）``, and the plan
    words 计划/预期目标 with 实际 are explicit statements; a bare word labels a figure written right after it
    only: 目标要求…达到90%以上，实际…达到96.8% is a sentence naming its indicator inside, and 计划生育 no plan."""
    found = narrative_indicators(build_document("\n".join([
        "1.入户走访户数 指标值：≥300户 实际值：326户",
        "2.台账建档率（指标值≥95%，实际完成98%）",
        "3.宣传活动场次：计划12场，实际15场。",
        "4.咨询接待人次：预期目标800人次，实际完成865人次。",
        "全年开展集中宣传，目标要求群众知晓率达到80%以上，实际群众知晓率达到86%。",
        "计划生育家庭奖励扶助120户，实际发放120户。",
    ])))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual_raw) for i in found] == [
        ("入户走访户数", ">=", 300.0, 326.0, "326户"),
        ("台账建档率", ">=", 95.0, 98.0, "98%"),
        ("宣传活动场次", "=", 12.0, 15.0, "15场"),
        ("咨询接待人次", "=", 800.0, 865.0, "865人次"),
        ("群众知晓率", ">=", 80.0, 86.0, "86%"),
    ]


def test_a_target_in_brackets_after_the_name_then_its_result():
    """``名称（目标≥30场），实际开展35场`` / ``名称（目标值≥20次）：完成24次`` / no break after the bracket: the
    bracket holds the target, closed before the result's label; neither the target nor the result keeps the
    bracket as written."""
    found = narrative_indicators(build_document("\n".join([
        "1.巡查检查次数（目标≥40次），实际开展46次。",
        "2.隐患整改完成率（目标值≥90%）：实际完成94%。",
        "3.应急演练场次（计划6场）实际完成7场。",
    ])))
    assert [(i.name, i.target_raw, i.target.op, i.target.value, i.actual_raw, i.actual.value) for i in found] == [
        ("巡查检查次数", "≥40次", ">=", 40.0, "46次", 46.0),
        ("隐患整改完成率", "≥90%", ">=", 90.0, "94%", 94.0),
        ("应急演练场次", "6场", "=", 6.0, "7场", 7.0),
    ]
    # a bracket opened after the target's label is no such bracket: a form's header run together states nothing
    assert narrative_indicators(build_document("三级指标年初目标值 (A)实际完成值 (B)得分产出 指标数量指标")) == []


def test_explicit_statements_on_lines_joined_into_one_paragraph_keep_their_names_and_levels():
    """A form exported as ``label：value`` lines without stops joins into one paragraph: a result ends where
    a joined line goes on to another label, a level heading run into the next name is that indicator's
    level, and digits that belong to a name (65岁) stay in it."""
    text = "\n".join([
        "产出指标", "数量指标",
        "65岁以上老人体检人数：年度指标值≥3000人，实际完成值3120人",
        "质量指标",
        "体检报告反馈率：年度指标值≥95%，实际完成值97%",
    ])
    found = narrative_indicators(build_document(text))
    assert [(i.level1, i.level2, i.name, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("产出指标", "数量指标", "65岁以上老人体检人数", 3000.0, 3120.0, "人"),
        ("产出指标", "质量指标", "体检报告反馈率", 95.0, 97.0, "%"),
    ]


def test_sign_bounded_count_with_a_result_in_the_sentence_is_a_target():
    text = ("数量指标：入驻孵化企业数≥120家，实际完成1,315家；新建服务站点≥8个，实际完成9个。"
            "全年走访企业260家。新增备案≥30家。")
    found = narrative_indicators(build_document(text))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("入驻孵化企业数", ">=", 120.0, 1315.0, "家"), ("新建服务站点", ">=", 8.0, 9.0, "个")]


def test_time_limits_about_funds_are_indicators_but_fund_rates_are_not():
    found = narrative_indicators(build_document(
        "时效指标：补助资金拨付时限≤20个工作日，实际平均16个工作日。虫害发生率控制在0.6‰以内。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("补助资金拨付时限", "<=", 20.0, "工作日", 16.0), ("虫害发生率", "<=", 0.6, "‰", None)]
    assert narrative_indicators(build_document(
        "部门预算执行率为96.2%，专项资金到位率100%，资金使用率达到98%。")) == []


# --- way 1d: a table laid out with spaces (pdftotext -layout) ----------------------------------------

def test_spaced_table_under_a_recognised_header():
    text = "\n".join([
        "  一级指标   二级指标     三级指标            年度指标值    实际完成值   分值   得分   偏差原因",
        "  产出指标   数量指标     巡查河道里程        ≥1,200公里    1,260公里    20     20",
        "                          河长制会议次数      =4次          4次          10     10",
        "             质量指标     水质达标率          ≥90%          88%          20     17     上游来水影响",
        "  满意度指标 服务对象满意度指标 沿岸居民满意度 ≥85%         90%          20     20",
        "  总分                                                                   70     67",
        "",
        "  自评结论：本年度工作总体良好。",
    ])
    found, totals = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_raw"], r["actual_raw"], r["weight"], r["score"])
            for r in found] == [
        ("产出指标", "数量指标", "巡查河道里程", "≥1,200公里", "1,260公里", 20.0, 20.0),
        ("产出指标", "数量指标", "河长制会议次数", "=4次", "4次", 10.0, 10.0),
        ("产出指标", "质量指标", "水质达标率", "≥90%", "88%", 20.0, 17.0),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥85%", "90%", 20.0, 20.0),
    ]
    assert (totals.weight, totals.score) == (70.0, 67.0)


def test_spaced_row_whose_name_is_split_by_spaces():
    text = "\n".join([
        "三级指标 年度指标值 实际完成值 分值 得分",
        "网格 员 到岗率 ≥95% 97% 10 10",  # a name split by spaces: its cells are told by what they hold
        "矛盾纠纷化解率 ≥90% 93% 10 9",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("网格员到岗率", 95.0, 97.0, 10.0, 10.0), ("矛盾纠纷化解率", 90.0, 93.0, 10.0, 9.0)]


def test_pipe_table_under_a_completion_heading_is_not_read_as_flattened_rows():
    # the heading names 指标完成情况 (a flattened-table header word); rows ending in a blank cell
    text = ("三、绩效指标完成情况\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
            "| 产出指标 | 数量指标 | 培训场次 | ≥10场 | 12场 | 20 | 20 | |\n"
            "|  |  | 修复面积 | ≥300亩 | 270亩 | 15 | 12 | 降雨影响，完成率90%，少30亩 |\n")
    found, _ = rows(text)
    assert [(r["name"], r["level1"], r["level2"]) for r in found] == [
        ("培训场次", "产出指标", "数量指标"), ("修复面积", "产出指标", "数量指标")]


def test_narrative_raw_values_leave_out_the_verb():
    found, _ = rows("病虫害绿色防控覆盖率达到50%以上，实际达到53.5%。")
    assert [(r["target_raw"], r["actual_raw"], r["target_op"]) for r in found] == [("50%以上", "53.5%", ">=")]


def test_goals_listed_without_punctuation_between_items():
    found, _ = rows("年度绩效目标：1.保障机关日常运转经费及时拨付2.完成年度业务培训3期以上3.组织巡查人数在30人以上。")
    assert [(r["name"], r["target_op"], r["target_value"], r["target_unit"]) for r in found] == [
        ("完成年度业务培训", ">=", 3.0, "期"), ("组织巡查人数", ">=", 30.0, "人")]


def test_a_bound_describing_a_noun_is_not_a_target():
    found, _ = rows("全年未发生20人以上群体性上访事件，社会秩序总体稳定。")
    assert found == []


def test_goals_written_in_a_table_cell_are_read():
    found, _ = rows("| (二)部门绩效目标 | 1.开展专题调研2次以上;2.编印简报12期以上。 |")
    assert [(r["name"], r["target_value"]) for r in found] == [("开展专题调研", 2.0), ("编印简报", 12.0)]


def test_narrative_indicators_take_the_level_of_their_heading():
    text = ("1.产出指标完成情况。全年开展巡查40次，巡查覆盖率100%。\n"
            "2.满意度指标完成情况。群众满意率96.5%。\n")
    found, _ = rows(text)
    assert [(r["level1"], r["name"], r["actual_value"]) for r in found] == [
        ("产出指标", "巡查覆盖率", 100.0), ("满意度指标", "群众满意率", 96.5)]


def test_a_budget_completion_rate_is_not_an_indicator():
    found, _ = rows("本年收支完成率为100%，年末无结转结余。")
    assert found == []


def test_a_bare_plan_or_expectation_label_may_take_a_verb_before_its_figure():
    """``计划达到100%，实际为100%`` / ``预期100%，完成100%``: the bare label with 达到 (or alone, 预期) before the
    figure states the target; the verb is no part of the value as written."""
    found = narrative_indicators(build_document(
        "质量指标\n资金发放准确率计划达到100%，实际为100%。\n发放及时率预期100%，完成100%。\n"
        "培训合格率预期达到95%以上，实际达到97%。"))
    assert [(i.name, i.target_raw, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("资金发放准确率", "100%", "=", 100.0, 100.0), ("发放及时率", "100%", "=", 100.0, 100.0),
        ("培训合格率", "95%以上", ">=", 95.0, 97.0)]


def test_a_goal_in_brackets_after_a_colon_is_the_target():
    """``合格率：100%（目标：100%）``: the colon inside the bracket leaves the goal word out of the figure's
    clause; the bracket still says the figure is the goal of the result before it."""
    found = narrative_indicators(build_document(
        "质量指标\n验收合格率：100%（目标：100%）。\n新建隔离带12公里（目标：10公里）。"))
    assert [(i.name, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("验收合格率", 100.0, "%", 100.0), ("新建隔离带", 10.0, "公里", 12.0)]


def test_a_result_labelled_actual_may_repeat_the_verb_before_its_figure():
    """``目标1000人，实际新增1100人``: the verb after 实际 (新增, 培训, 覆盖) is no part of the result, when the result
    is in the target's unit; 实际支出98万元 after a count is no result of it."""
    found = narrative_indicators(build_document(
        "数量指标\n新增就业人数目标1000人，实际新增1100人。\n覆盖率目标95%，实际覆盖97%。\n"
        "培训人数目标200人，实际支出9万元。"))
    assert [(i.name, i.target.value, i.actual.value, i.actual_raw) for i in found] == [
        ("新增就业人数", 1000.0, 1100.0, "1100人"), ("覆盖率", 95.0, 97.0, "97%")]


def test_a_result_labelled_actual_may_repeat_the_measure_before_its_figure():
    """``户均增收目标2800元，实际户均增收3150元``: the measure named before 目标, said again after 实际 in the same unit,
    is the indicator (money per household no budget's)."""
    found = narrative_indicators(build_document(
        "效益指标\n试点农户户均增收目标2800元，实际户均增收3150元。\n"
        "巡护里程目标300公里，实际巡护里程320公里。"))
    assert [(i.name, i.target.value, i.target.unit, i.actual.value, i.actual_raw) for i in found] == [
        ("试点农户户均增收", 2800.0, "元", 3150.0, "3150元"), ("巡护里程", 300.0, "公里", 320.0, "320公里")]


def test_how_a_satisfaction_was_measured_is_no_part_of_its_name():
    """``群众满意度调查结果为96.5%``: the survey's words after the name (调查结果, 测评得分) go; the figure is the
    satisfaction's result."""
    found = narrative_indicators(build_document(
        "满意度指标\n群众满意度调查结果为96.5%。\n服务对象满意率测评得分95%。"))
    assert [(i.name, i.actual.value) for i in found] == [("群众满意度", 96.5), ("服务对象满意率", 95.0)]


def test_counts_in_ten_thousands_in_running_text():
    """惠及群众3.6万人次，目标3万人次: a count of people in ten thousands is a value, as written, in 万人次."""
    found, _ = rows("1.全年接待游客3.6万人次，目标≥3万人次；\n2.发放救助户数1.25万户，目标1.2万户。")
    assert [(i["name"], i["target_value"], i["target_unit"], i["actual_value"], i["actual_unit"]) for i in found] == [
        ("接待游客", 3.0, "万人次", 3.6, "万人次"), ("发放救助户数", 1.2, "万户", 1.25, "万户")]


def test_letters_ocr_reads_for_digits_inside_a_table_cells_number():
    """2O | l9 | ≥1O0人 | I20人: O for 0, l or I for 1 inside a cell's number; a weight read as text no longer
    starts a row of its own. Letters beside other Latin letters (ISO9001, l0kV) are no digits."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 义诊服务人次 | ≥1O0人 | I20人 | 2O | l9 |\n"
            "| 产出指标 | 质量指标 | 抽检合格率 | ≥9O% | 96.5% | 10 | 1O |\n")
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("义诊服务人次", 100.0, 120.0, 20.0, 19.0), ("抽检合格率", 90.0, 96.5, 10.0, 10.0)]
    from pipelines.ocr_digits import mend_misread_number
    assert [mend_misread_number(t) for t in ("ISO9001认证", "l0kV线路", "PM2.5", "2O19年", "l,2O5.5")] == [
        "ISO9001认证", "l0kV线路", "PM2.5", "2019年", "1,205.5"]


def test_bounds_written_with_or_equal_the_sign_typed_backwards_and_not_less_than_signs():
    """大于或等于 / 小于或等于, => / =< (the ASCII sign typed the other way round) and ≮ / ≯ are bounds with
    equality, in a value and in a 指标性质 cell."""
    assert [parse_value(t).op for t in ("大于或等于90%", "小于或等于2天", "=>85%", "=<7日", "≮95%", "≯3次")] == [
        ">=", "<=", ">=", "<=", ">=", "<="]
    from pipelines.extract.kinds import kind, op_of
    assert [op_of(t) for t in ("=>", "=<", "≮", "≯", "大于或等于")] == [">=", "<=", ">=", "<=", ">="]
    assert (kind("=>85%"), kind("≯3次")) == ("value", "value")


def test_a_weight_glued_to_the_value_of_the_column_beside_it_is_parted_from_it():
    """实际完成值 | 分值 written 98%20 (the space lost): the value ends in its unit, the weight is the bare number
    after it; with 分值 before 指标值, 15≥90% parts at the bound's sign. A date cut short (2023年12) is left."""
    head = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    found, _ = rows(head + "| 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 46次15 | 14 |\n"
                           "| 产出指标 | 质量指标 | 整改到位率 | ≥90% | 98%20 | 20 |\n")
    assert [(r["target_value"], r["actual_value"], r["actual_unit"], r["weight"], r["score"]) for r in found] == [
        (40.0, 46.0, "次", 15.0, 14.0), (90.0, 98.0, "%", 20.0, 20.0)]
    head = "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
    found, _ = rows(head + "| 产出指标 | 质量指标 | 整改到位率 | 15≥90% | 93% | 15 |\n")
    assert [(r["target_op"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        (">=", 90.0, 93.0, 15.0, 15.0)]
    from pipelines.extract.indicator_block import _VALUE_THEN_WEIGHT
    assert _VALUE_THEN_WEIGHT.match("2023年12") is None and _VALUE_THEN_WEIGHT.match("9812") is None


def test_a_bare_funds_rate_in_the_funds_paragraph_is_no_indicator():
    """``资金到位88万元，到位率100%``: a rate named 到位率 alone is the funds' (资金 left out, as the sentence is about
    them); a named one (设备到位率) is still an indicator."""
    found = narrative_indicators(build_document(
        "资金到位88万元，到位率100%。\n设备到位率达到98%。"))
    assert [(i.name, i.actual.value) for i in found] == [("设备到位率", 98.0)]


def test_a_bare_actual_answers_the_figure_before_it():
    """``发放准确率100%，实际100%``: a figure answered in its sentence by a bare 实际 in the same unit is the target;
    a result named only by its verb (实际350元) names no indicator of its own. (Under 成本指标 a 经费 name with
    money is a cost indicator: 每生补助经费 is the one 实际350元 answers.)"""
    found = narrative_indicators(build_document(
        "（2）质量指标：补助发放准确率100%，实际100%。\n（4）成本指标：每生补助经费350元，实际350元。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("补助发放准确率", "=", 100.0, 100.0), ("每生补助经费", "=", 350.0, 350.0)]


def test_a_number_opening_the_name_is_part_of_it():
    """``；2型糖尿病患者规范管理率达到71%`` / ``65岁及以上老人体检率为70%``: a number opening the clause and run into
    the words after it belongs to the name; a list number (1.) or a year (2023年) does not."""
    found = narrative_indicators(build_document(
        "产出指标：65岁及以上老人体检率为70%；2型糖尿病患者规范管理率达到71%；1.回访率100%。"))
    assert [i.name for i in found] == ["65岁及以上老人体检率", "2型糖尿病患者规范管理率", "回访率"]


def test_cost_heading_numbered_as_the_second_levels_is_a_second_level():
    """成本指标 is a first level in the 2021 forms and a second one under 产出指标 in older ones: numbered as the
    second-level headings before it (（一）产出指标 / 1.数量指标 / 2.成本指标) it is a second level; numbered as the
    first-level one (（二）成本指标) it is a first level."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n1.数量指标：培训人数目标≥100人，实际120人。\n2.成本指标：人均培训成本不超过80元，实际75元。\n"
        "（二）成本指标\n1.经济成本指标：单位成本不超过60元，实际58元。"))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        ("产出指标", "数量指标", "培训人数"), ("产出指标", "成本指标", "人均培训成本"),
        ("成本指标", "经济成本指标", "单位成本")]


def test_a_sentence_opening_on_a_level_and_fangmian_heads_it():
    """``产出指标方面，…。满意度方面，…``: a sentence opening on a level and 方面 heads what follows, written short or
    not (满意度 -> 满意度指标)."""
    found = narrative_indicators(build_document(
        "产出指标方面，培训合格率达到98%。满意度方面，学员满意度达到95%，高于目标值90%。"))
    assert [(i.level1, i.name) for i in found] == [("产出指标", "培训合格率"), ("满意度指标", "学员满意度")]


def test_a_bracketed_figure_after_a_name_with_the_result_after_it_is_the_target():
    """``绿化面积（≥12万平方米）完成12.6万平方米``: a bracket right after a name holding only a figure, followed by the
    result, holds the target; a bracket with no result after it stays an aside."""
    found = narrative_indicators(build_document(
        "1.数量指标：绿化面积（≥12万平方米）完成12.6万平方米；巡查覆盖率（100%）完成100%。\n"
        "2.质量指标：成活率达到97%（抽样30株）。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found] == [
        ("绿化面积", ">=", 12.0, "万平方米", 12.6), ("巡查覆盖率", "=", 100.0, "%", 100.0), ("成活率", None, None, None, 97.0)]


def test_a_unit_in_brackets_ending_the_name_is_its_figures_unit():
    """``处理率（%）目标值100，实际值99``: the bracketed unit closing the name is the unit of its bare figures, and no
    part of the name; a bracket of other words (含补训) stays in the name."""
    found = narrative_indicators(build_document(
        "质量指标：污水处理率（%）目标值≥95，实际值97.5；处理成本（元/吨）目标值≤2，实际值1.8；"
        "培训人数（含补训）目标值100人，实际值108人。"))
    assert [(i.name, i.target.unit, i.actual.value, i.actual.unit) for i in found] == [
        ("污水处理率", "%", 97.5, "%"), ("处理成本", "元/吨", 1.8, "元/吨"), ("培训人数(含补训)", "人", 108.0, "人")]


def test_a_numbered_level_situation_heading_heads_what_follows():
    """``1．产出情况。…`` / ``2、满意度完成情况：…``: a level named with 情况 as a heading sets it (as its 指标 form);
    情况 inside a sentence heads nothing."""
    found = narrative_indicators(build_document(
        "1．产出情况。调解成功率达96%，目标≥95%。\n2、满意度完成情况：群众满意度为97%，年度目标90%。\n"
        "工作开展情况良好，回访率达到99%。"))
    assert [(i.level1, i.name) for i in found] == [
        ("产出指标", "调解成功率"), ("满意度指标", "群众满意度"), ("满意度指标", "回访率")]


def test_an_actual_figure_ending_as_the_goal_just_stated_answers_it():
    """``服务对象满意度≥90%，实际调查满意度为94.6%``: a result opening on 实际 and ending as the goal just stated (满意度)
    is that goal's result; one ending otherwise (实际到课率 after 培训合格率) is not."""
    found = narrative_indicators(build_document(
        "受助对象满意度≥90%，实际调查满意度为94.6%。\n培训合格率≥90%，实际到课率为94%。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("受助对象满意度", 90.0, 94.6), ("培训合格率", 90.0, None), ("到课率", None, 94.0)]


def test_a_weight_or_score_with_a_point_after_it_or_a_space_inside_it_is_that_number():
    """OCR leaves 15． / 14. (a point after a bare number) and 1 5 / 1 4.5 (a space inside it) in the 分值 / 得分
    cells: the numbers they are. A row number opening a row (3.) is no weight."""
    text = ("| 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 1. | 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 46次 | 15． | 14. |\n"
            "| 2. | 产出指标 | 质量指标 | 整改到位率 | ≥90% | 98% | 1 5 | 1 4.5 |\n")
    found, _ = rows(text)
    assert [(r["name"], r["weight"], r["score"]) for r in found] == [
        ("巡查次数", 15.0, 14.0), ("整改到位率", 15.0, 14.5)]


def test_a_point_before_three_digits_in_a_count_of_people_or_households_parts_thousands():
    """1.200人 / 3.500户 in a table cell: a count is whole, so the point parts thousands; an amount (1.200万元), a
    count in ten thousands (1.250万人) and percentage points (1.500个百分点) keep their decimal point."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 培训农户人数 | ≥1.200人 | 1.236人 | 20 | 20 |\n"
            "| 产出指标 | 数量指标 | 改厕户数 | 2.500户 | 2.518户 | 10 | 10 |\n"
            "| 产出指标 | 成本指标 | 培训经费 | 1.200万元 | 1.186万元 | 10 | 10 |\n"
            "| 效益指标 | 社会效益指标 | 受益人口 | 1.250万人 | 1.262万人 | 10 | 10 |\n")
    found, _ = rows(text)
    assert [(r["target_value"], r["actual_value"]) for r in found] == [
        (1200.0, 1236.0), (2500.0, 2518.0), (1.2, 1.186), (1.25, 1.262)]
    from pipelines.extract.vocabulary import POINT_THOUSANDS_COUNT_RE
    assert POINT_THOUSANDS_COUNT_RE.search("提高1.500个百分点") is None


def test_a_number_spaced_out_on_its_own_line_in_a_form_of_one_cell_a_line_is_one_cell():
    """A form written one cell a line: a line 1 5 (a weight OCR spaced out) is the one cell 15, not two."""
    text = "\n".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                      "产出指标", "数量指标", "巡查次数", "≥40次", "46次", "1 5", "1 4.5",
                      "质量指标", "整改到位率", "≥90%", "98%", "15", "15"])
    found, _ = rows(text)
    assert [(r["name"], r["weight"], r["score"]) for r in found] == [("巡查次数", 15.0, 14.5), ("整改到位率", 15.0, 15.0)]


def test_a_count_with_a_point_for_its_thousands_in_running_text_and_in_a_value():
    """培训人员不少于1.200人 / 3.500户 in a sentence or a value: a count of people or households is whole, so the
    point before three digits parts thousands; 1.5万人, 2.500公里 and 1.500个百分点 stay decimals."""
    found = narrative_indicators(build_document("（一）产出指标\n培训基层调解员不少于1.200人，实际培训1.260人。\n"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [("培训基层调解员", 1200.0, 1260.0)]
    assert [parse_value(t).value for t in ("≥3.500户", "1.500个百分点", "2.500公里", "1.250万人", "0.500人")] == [
        3500.0, 1.5, 2.5, 1.25, 0.5]


def test_rows_laid_out_with_runs_of_spaces_keep_the_words_of_a_cell_together():
    """After a pipe table, rows whose cells are parted by runs of spaces and whose cells hold single spaces
    (OCR's: 明显 改善): the runs part the cells, a single space stays inside its cell."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 46次 | 20 | 20 |\n"
            "效益指标    社会效益指标    河道 环境    明显 改善    基本 改善    20    18\n"
            "满意度指标    服务对象满意度指标    群众 满意度    ≥90%    93%    20    20\n")
    found, _ = rows(text)
    assert [(r["name"], r["target_raw"], r["actual_raw"], r["weight"], r["score"]) for r in found] == [
        ("巡查次数", "≥40次", "46次", 20.0, 20.0), ("河道环境", "明显改善", "基本改善", 20.0, 18.0),
        ("群众满意度", "≥90%", "93%", 20.0, 20.0)]


def test_the_totals_row_reads_a_bare_number_with_a_point_after_it_or_a_space_inside_it():
    """总分 | 1 00 | 95.5． : OCR's noise in the totals row, read as in the rows above (100, 95.5)."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 46次 | 100 | 95.5 |\n"
            "| 总分 | | | | | 1 00 | 95.5． |\n")
    _, totals = rows(text)
    assert (totals.weight, totals.score) == (100.0, 95.5)


def test_cost_after_the_output_levels_under_a_short_first_level_is_a_second_level():
    # 一级指标 written short (产出 / 效益): 成本指标 after 数量/质量指标 is still the output's second level
    from pipelines.extract import extract_document
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出 | 数量指标 | 维修水渠 | 3公里 | 3公里 | 20 | 20 |\n"
            "| 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 |\n"
            "| 成本指标 | 每公里维修费用 | ≤5万元 | 4.8万元 | 20 | 20 |\n"
            "| 效益 | 社会效益指标 | 受益农户 | 300户 | 320户 | 20 | 20 |\n")
    got = [(i["level1"], i["level2"], i["name"]) for i in extract_document(build_document(text)).indicators]
    assert got == [("产出", "数量指标", "维修水渠"), ("产出", "质量指标", "验收合格率"),
                   ("产出", "成本指标", "每公里维修费用"), ("效益", "社会效益指标", "受益农户")]


def test_a_header_in_one_row_gives_its_columns_in_its_own_order():
    """Provinces reorder the national form's columns (实际完成值 before 年度指标值, 得分 before 分值, 权重 and
    度量单位 before the target): a header written as one row says which column each cell of a row is in."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 实际完成值 | 年度指标值 | 得分 | 分值 | 偏差原因 |",
        "| 产出指标 | 数量指标 | 巡查河段数 | 14 | ≥12 | 18 | 20 | 无 |",
        "| | 质量指标 | 设备完好率 | 96% | ≥95% | 20 | 20 | 无 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("巡查河段数", ">=", 12.0, 14.0, 20.0, 18.0), ("设备完好率", ">=", 95.0, 96.0, 20.0, 20.0)]
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 度量单位 | 权重 | 指标值 | 完成值 | 得分 |",
        "| 效益指标 | 社会效益指标 | 受训人次 | ≥ | 人次 | 30 | 200 | 160 | 24 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("受训人次", ">=", 200.0, 160.0, 30.0, 24.0)]


def test_a_value_label_of_the_table_above_is_no_column_of_the_indicator_header():
    """年度总体目标 | 预期目标 | 实际完成情况 above the indicator header is another table's header: the indicator
    header's own row orders its columns (实际完成值 before 年度指标值 here)."""
    text = "\n".join([
        "| 年度总体目标 | 预期目标 | 实际完成情况 |",
        "| | 完成河道巡查全覆盖 | 已完成 |",
        "| 一级指标 | 二级指标 | 三级指标 | 实际完成值 | 年度指标值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 巡查河段数 | 14 | ≥12 | 20 | 18 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [("巡查河段数", 12.0, 14.0)]


def test_a_row_lined_up_with_its_header_keeps_each_figure_in_the_column_above_it():
    """A grid's row writes every cell, empty ones too: a result under 实际完成值 with the target left empty is
    no target, and a lone figure under 得分 with 分值 left empty is no weight."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 巡查次数 | | 12 | 20 | 18 |",
        "| | 质量指标 | 合格率 | ≥90% | 95% | | 18 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_raw"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("巡查次数", None, 12.0, 20.0, 18.0), ("合格率", "≥90%", 95.0, None, 18.0)]


def test_a_header_with_two_note_columns_still_gives_its_own_order():
    """偏差原因 | 备注 (or 评分标准 | 备注): two note columns, none read, do not make a header in one row a header in
    two; its order still gives the row's columns (完成值 before 指标值 here)."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 完成值 | 指标值 | 分值 | 得分 | 偏差原因 | 备注 |",
        "| 产出指标 | 数量指标 | 培训场次 | 9 | ≥8 | 20 | 20 | 无 | 无 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"], r["weight"]) for r in found] == [("培训场次", 8.0, 9.0, 20.0)]


def test_a_levels_points_on_a_line_of_their_own_are_no_indicator():
    """产出指标 written over two lines with its points ((40分) alone on a line) and no note column after the
    scores to take them: the points are no indicator's name."""
    text = "\n".join([
        "年度绩效指标完成情况",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "(40分)",
        "数量指标 指标1:宣讲场次 12 15场 20 20",
        "质量指标 指标1:资料归档率 100% 100% 20 20",
    ])
    found, _ = rows(text)
    assert [r["name"] for r in found] == ["宣讲场次", "资料归档率"]


def test_a_header_in_two_rows_lines_up_no_value_column():
    """指标值 written over both value columns (指标值 | 指标值 over 年度目标值 | 实际完成值): the top row is a group,
    so no figure stands in a column by its place under it; the rows read as the forms' order says."""
    text = "\n".join([
        "一级指标\t二级指标\t三级指标\t指标值\t指标值\t分值\t得分",
        "一级指标\t二级指标\t三级指标\t年度目标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t维修路灯数\t≥300盏\t312盏\t20\t20",
        "效益指标\t社会效益指标\t亮灯率\t≥98%\t99%\t20\t20",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("维修路灯数", 300.0, 312.0), ("亮灯率", 98.0, 99.0)]


def test_a_row_leaving_out_the_side_group_cell_still_lines_up_with_its_header():
    """绩效指标(90分) opens the header's line and spans the rows down the side: each row leaves its cell out, and
    still keeps its figures in the columns above them (a lone 100 under 指标值 after empty 单位 and 权重 cells)."""
    text = "\n".join([
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 度量单位 | 权重 | 指标值 | 完成值 | 得分 |",
        "产出指标 | 数量指标 | 采购台数 | ≥ | 台 | 30 | 12 | 12 | 30 |",
        "产出指标 | 质量指标 | 验收合格率 | = | | | 100 | | |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("采购台数", 12.0, 12.0, 30.0, 30.0), ("验收合格率", 100.0, None, None, None)]


def test_a_bound_then_the_result_opening_the_next_clause_with_actual_is_one_indicator():
    """增产不低于50公斤，实际增产55公斤: a figure in a unit read only against a target (公斤, 公里, 元) is the
    target when a bound states it and the next clause opens with 实际 and a figure in its unit, the result;
    and 实际 right after a goal in its sentence answers it, whatever it names (成本控制在…以内，实际亩均投入…)."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit)
                        for i in narrative_indicators(build_document(text))]
    assert got("2.经济效益指标。每亩玉米增产不低于40公斤，实际增产46公斤。") \
        == [("每亩玉米增产", ">=", 40.0, 46.0, "公斤")]
    assert got("（四）成本指标\n每公里维护成本控制在2000元以内，实际单位投入1850元。") \
        == [("每公里维护成本", "<=", 2000.0, 1850.0, "元")]
    # (the result's figure grouped in thousands: 4,015.8万亩)
    assert got("油菜种植面积稳定在4,000万亩以上，实际达到4,015.8万亩。") == [("油菜种植面积", ">=", 4000.0, 4015.8, "万亩")]
    # no bound, or another unit after 实际: nothing stated against a target
    assert got("2.经济效益指标。每亩玉米增产40公斤，实际增产46公斤。") == []
    assert got("2.经济效益指标。每亩玉米增产不低于40公斤，实际覆盖12公里。") == []


def test_a_bound_then_the_result_is_read_in_a_paragraph_of_its_own():
    """A paragraph holding only result-only measures (亩, 公里) passes on to be read when a bound's figure is
    followed by the result's clause (…不少于8公里，实际完成8.4公里), not only when it heads a level."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n修缮村道不少于8公里，实际完成8.4公里。\n整治坑塘3处，实际完成3处。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("修缮村道", ">=", 8.0, 8.4, "公里")]


def test_a_bound_or_a_unit_parted_from_its_figure_by_a_space_stays_with_it():
    """PDF text laid out with spaces parts ≥ / 不少于 from the figure after it and 公里 / % / 以上 from the figure
    before it: where the header has no column for the bound or the unit, they are joined to the figure again
    (apart, each was a cell of its own and the row's cells fell into the wrong columns)."""
    found, _ = rows("\n".join([
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "产出指标 数量指标 疏浚河道长度 ≥ 18 公里 19.5 公里 20 20",
        "质量指标 验收合格率 不少于 95% 97.5 % 20 18",
        "效益指标 社会效益指标 受益人口 3000人 以上 3260人 20 20"]))
    assert [(r["level2"], r["name"], r["target_op"], r["target_value"], r["target_unit"], r["actual_value"],
             r["actual_unit"], r["weight"], r["score"]) for r in found] == [
        ("数量指标", "疏浚河道长度", ">=", 18.0, "公里", 19.5, "公里", 20.0, 20.0),
        ("质量指标", "验收合格率", ">=", 95.0, "%", 97.5, "%", 20.0, 18.0),
        ("社会效益指标", "受益人口", ">=", 3000.0, "人", 3260.0, "人", 20.0, 20.0)]


def test_a_figure_and_its_unit_on_a_line_of_a_table_laid_out_a_cell_a_line_are_one_cell():
    """One cell a line: 97.5 % or ≥ 95% on a line is one cell (its figure and its unit or bound), not two."""
    found, _ = rows("\n".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                               "产出指标", "质量指标", "验收合格率", "≥ 95%", "97.5 %", "20", "18",
                               "效益指标", "社会效益指标", "受益人口", "≥3000 人", "3260 人", "20", "20"]))
    assert [(r["name"], r["target_op"], r["target_value"], r["target_unit"], r["actual_value"], r["actual_unit"],
             r["weight"], r["score"]) for r in found] == [
        ("验收合格率", ">=", 95.0, "%", 97.5, "%", 20.0, 18.0), ("受益人口", ">=", 3000.0, "人", 3260.0, "人", 20.0, 20.0)]


def test_the_result_word_after_a_name_is_no_part_of_it():
    """…率实际完成98%，目标值≥95%: 实际 says the figure is the result, it is no part of the name; alone (计划…，实际
    完成…) it still marks the result of the goal before it."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n培训考核合格率实际完成98%，目标值≥95%。\n计划开展义诊12次，实际完成15次。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("培训考核合格率", ">=", 95.0, 98.0), ("开展义诊", "=", 12.0, 15.0)]


def test_a_reviewers_score_beside_the_self_evaluations_is_not_the_score():
    """自评得分 | 复核得分: the self-evaluation's column is the row's score, the reviewer's is read into none."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 自评得分 | 复核得分 |",
        "| 产出指标 | 数量指标 | 新建蓄水池 | ≥12座 | 12座 | 30 | 30 | 28 |",
        "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 93% | 20 | 19 | 18 |"]))
    assert [(r["name"], r["weight"], r["score"]) for r in found] == [("新建蓄水池", 30.0, 30.0), ("农户满意度", 20.0, 19.0)]


def test_a_caption_among_a_tables_rows_is_no_indicator():
    """(续上表) / 表3(续) after a page break, the next table's caption (附件2:…) and a note of units among the rows
    caption the table: no indicator, and the rows after them still read."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 建设村级便民点 | ≥15个 | 16个 | 20 | 20 |", "单位:个、%", "(续上表)",
        "| 产出指标 | 质量指标 | 便民点验收合格率 | 100% | 100% | 20 | 20 |", "表3(续)",
        "| 效益指标 | 社会效益指标 | 群众办事便利度 | 明显提升 | 明显提升 | 30 | 28 |",
        "附件2:村级便民服务运维项目绩效自评表"]))
    assert [r["name"] for r in found] == ["建设村级便民点", "便民点验收合格率", "群众办事便利度"]


def test_a_goal_set_at_the_years_start_and_its_result_at_the_years_end_are_one_indicator():
    """年初设定…≥90%，年末实际为93%: 设定 is no part of the name, and 年末实际 is the result of the goal before it (a
    name of its own, 年末, had carried it); 年终 before a measure's words names it (年终结案率)."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n年初设定群众知晓率≥85%，年末实际为91.2%。\n年终结案率98%，目标值95%以上。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("群众知晓率", ">=", 85.0, 91.2), ("年终结案率", ">=", 95.0, 98.0)]


def test_a_rate_of_how_funds_were_handled_is_an_indicator_under_any_heading():
    """资金到位率 measures the budget, but 资金拨付及时率 / 补助资金发放准确率 / 专项资金专款专用率 measure how funds were
    handled (timeliness, quality): indicators, written under no second level as often as under 时效指标."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n资金拨付及时率达100%。补助资金发放准确率99.6%，目标≥99%。资金到位率100%。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("资金拨付及时率", None, 100.0), ("补助资金发放准确率", 99.0, 99.6)]


def test_the_levels_written_before_a_name_with_dashes_are_no_part_of_it():
    """产出指标-数量指标-开放天数：… / 效益指标—社会效益指标—参与率…: the levels, each closed by a dash, head the
    indicator; its name is what follows them."""
    got = lambda text: [(i.level1, i.level2, i.name) for i in narrative_indicators(build_document(text))]
    assert got("绩效指标完成情况：\n产出指标-数量指标-举办展览场次：年度指标值≥10场，实际完成值12场，分值15，得分15；") \
        == [("产出指标", "数量指标", "举办展览场次")]
    assert got("绩效指标完成情况：\n效益指标—社会效益指标—群众文化活动参与率达到85%，目标80%。") \
        == [("效益指标", "社会效益指标", "群众文化活动参与率")]


def test_the_score_said_with_its_verb_after_a_statement_is_its_score():
    """…，全年实际值25次，得10分: the points the statement got, as 得分10分 would say."""
    found = narrative_indicators(build_document("（1）防火宣传次数，年度指标值≥20次，全年实际值25次，得10分；\n"
                                                "（2）扑火队员培训人数，年度指标值120人，全年实际值126人，实际得9.5分。"))
    assert [(i.name, i.actual.value, i.score) for i in found] == [("防火宣传次数", 25.0, 10.0), ("扑火队员培训人数", 126.0, 9.5)]


def test_a_target_and_its_result_parted_by_a_space_only():
    """学员满意度：预期值95% 实际值97% (a row's cells copied as text, a space between them, or none once the spaces
    between Chinese characters go): a result column's label with its figure right after it opens the result, as after
    a comma."""
    found = narrative_indicators(build_document("4.学员满意度：预期值95% 实际值97%\n5.培训人次：预期值500人次 实际完成值520人次"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [("学员满意度", 95.0, 97.0), ("培训人次", 500.0, 520.0)]


def test_a_bound_opening_a_clause_before_a_figure_named_a_goal_compares_the_result_with_it():
    """参与率达到88%，超过80%的目标值 / 投诉率0.2%，低于0.5%的控制目标: the bound says how the result stands to the
    goal, whose figure it is; it is no bound of the goal. A goal stated with its bound and its name keeps it, and the
    verb meeting it (实现) is no part of the name."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("3、满意度指标\n活动参与率达到88%，超过80%的目标值。") == [("活动参与率", "=", 80.0, 88.0)]
    assert got("2、效益指标\n投诉率0.2%，低于0.5%的控制目标。") == [("投诉率", "=", 0.5, 0.2)]
    assert got("3、满意度指标\n实现读者满意度不低于85%的目标，实际读者满意度91%。") == [("读者满意度", ">=", 85.0, 91.0)]


def test_a_name_stated_as_a_sentence_of_its_own_before_the_explicit_values():
    """培训合格率。年度指标值≥85%，… / 指标2：结业人数；年度指标值…: the name ends with a stop, its values follow (the
    target's label had been taken for the name, the points lost); a long sentence before the label names nothing."""
    got = lambda text: [(i.name, i.target.value, i.actual.value, i.weight, i.score)
                        for i in narrative_indicators(build_document(text))]
    assert got("三、绩效指标完成情况\n培训合格率。年度指标值≥85%，实际完成值90%，分值10分，得分9分。\n"
               "指标2：结业人数；年度指标值≥100人，实际完成值120人，分值10分，得分10分。") == [
        ("培训合格率", 85.0, 90.0, 10.0, 9.0), ("结业人数", 100.0, 120.0, 10.0, 10.0)]


def _results_section(text: str) -> list[tuple]:
    """(name, target op, target, result) of the prose indicators of ``text`` under a results section's heading."""
    return [(i.name, i.target.op, i.target.value, i.actual.value)
            for i in narrative_indicators(build_document("三、绩效目标完成情况\n" + text))]


def test_a_goal_named_only_by_its_label_after_the_result():
    """完成抚育面积3200亩，计划3000亩 / …18次，预期目标15次 / …97.5%（指标值≥95%） / …，年初计划20项: the clause after a
    result holding only a goal's label and a figure states that result's goal (the goal had been lost, or the result
    with it); a plan stated first (计划培训1500人次，实际培训1620人次) still answers the result after it."""
    got = _results_section
    assert got("完成森林抚育面积3200亩，计划3000亩。") == [("森林抚育面积", "=", 3000.0, 3200.0)]
    assert got("开展义诊活动18次，预期目标15次。") == [("开展义诊活动", "=", 15.0, 18.0)]
    assert got("抽检合格率97.5%（指标值≥95%）。") == [("抽检合格率", ">=", 95.0, 97.5)]
    assert got("完成统计调查23项，年初计划20项。") == [("统计调查", "=", 20.0, 23.0)]
    assert got("计划培训1500人次，实际培训1620人次。") == [("培训", "=", 1500.0, 1620.0)]


def test_items_numbered_with_circled_numbers_keep_no_digit_in_their_names():
    """①开展义诊活动18次…；②儿童免疫接种率99.2%…: a circled number opens a list's item (NFKC alone had made it a bare
    digit that ran into the name: 2儿童免疫接种率)."""
    found = narrative_indicators(build_document(
        "三、绩效目标完成情况\n①开展义诊活动18次，目标15次；②儿童免疫接种率99.2%，目标≥95%。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("开展义诊活动", 15.0, 18.0), ("儿童免疫接种率", 95.0, 99.2)]


def test_more_count_units_bound_words_and_list_marks_in_running_text():
    """特派员65名 / 物资32种 / 路灯120盏 against a goal are indicators (名, 种, 盏 were no units); 高于 and ASCII >= bound
    a goal (they had stayed in the name, the goal read as =); 一是… / 二是… mark a list's items, no part of a name."""
    got = _results_section
    assert got("选派科技特派员65名，预期目标60名。") == [("选派科技特派员", "=", 60.0, 65.0)]
    assert got("储备应急物资品种32种，目标30种。") == [("储备应急物资品种", "=", 30.0, 32.0)]
    assert got("新装路灯120盏，目标100盏。") == [("新装路灯", "=", 100.0, 120.0)]
    assert got("价格监测数据准确率高于98%，实际99.5%。") == [("价格监测数据准确率", ">", 98.0, 99.5)]
    assert got("法定传染病报告及时率>=95%，实际98.6%。") == [("法定传染病报告及时率", ">=", 95.0, 98.6)]
    assert got("一是改厕质量合格率98%，目标≥95%；二是群众满意度95%，目标≥90%。") == [
        ("改厕质量合格率", ">=", 95.0, 98.0), ("群众满意度", ">=", 90.0, 95.0)]


def test_a_date_before_a_name_is_no_part_of_it_and_an_age_after_a_preposition_is():
    """组织2023年高考考点5个 / 2023年度新认定非遗项目: the date before the name is none of it (年高考考点 had been the
    name); 为65岁以上老年人免费体检 / 为0-6岁儿童…: the age after 为 opens the name (岁以上… had lost it)."""
    got = _results_section
    assert got("组织2023年高考考点5个，目标5个。") == [("高考考点", "=", 5.0, 5.0)]
    assert got("我县2023年度新认定非遗项目5个，目标4个。") == [("新认定非遗项目", "=", 4.0, 5.0)]
    assert got("为65岁以上老年人免费体检1.8万人，目标1.6万人。") == [("65岁以上老年人免费体检", "=", 1.6, 1.8)]


def test_a_goal_written_as_a_label_and_colon_before_the_result_written_alike():
    """年度目标：资助困难学生1500人次；实际完成：资助困难学生1620人次: the clause opened by a goal's label and colon states
    the goal, the result named alike after it answers it (both had been lost)."""
    assert _results_section("年度目标：资助困难学生1500人次；实际完成：资助困难学生1620人次。") == [
        ("资助困难学生", "=", 1500.0, 1620.0)]


def test_level_labels_run_into_the_name_cell_are_the_rows_levels():
    """Flattened merged cells leave a row's level labels run into its name (产出指标数量指标培训人次): the labels
    are its levels, the rest its name; one label alone is the level it names."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "产出指标数量指标培训人次 ≥200人次 236人次 20 20",
        "质量指标结业考核合格率 ≥90% 94% 20 20",
        "满意度指标服务对象满意度指标学员满意度 ≥90% 96% 10 10"]))
    assert [(r["level1"], r["level2"], r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("产出指标", "数量指标", "培训人次", 200.0, 236.0),
        ("产出指标", "质量指标", "结业考核合格率", 90.0, 94.0),
        ("满意度指标", "服务对象满意度指标", "学员满意度", 90.0, 96.0)]


def test_both_levels_in_one_cell_joined_by_a_dash_or_a_slash_are_the_rows_levels():
    """A form with one level column writes the path to the row (产出指标—时效指标, 满意度指标/服务对象满意度指标): the part
    before the joint is its first level, the part after its second, however long the cell."""
    found, _ = rows("\n".join([
        "| 指标类别 | 指标名称 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标—时效指标 | 补助发放及时率 | 100% | 100% | 20 | 20 |",
        "| 效益指标-社会效益指标 | 困难家庭覆盖户数 | ≥300户 | 316户 | 20 | 19 |",
        "| 满意度指标/服务对象满意度指标 | 受助家庭满意度 | ≥90% | 95% | 10 | 10 |"]))
    assert [(r["level1"], r["level2"], r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("产出指标", "时效指标", "补助发放及时率", 100.0, 100.0),
        ("效益指标", "社会效益指标", "困难家庭覆盖户数", 300.0, 316.0),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", 90.0, 95.0)]


def test_a_row_written_again_at_the_top_of_the_next_page_is_one_indicator():
    """A page break that repeats the row before it (every cell the same) gives one indicator; a row of the same
    name with other figures, or under another level, is an indicator of its own."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 巡查河道里程 | ≥120公里 | 126公里 | 20 | 20 |",
        "| 产出指标 | 数量指标 | 巡查河道里程 | ≥120公里 | 126公里 | 20 | 20 |",
        "| 产出指标 | 质量指标 | 巡查河道里程 | ≥120公里 | 126公里 | 20 | 20 |",
        "| 产出指标 | 质量指标 | 巡查河道里程 | ≥100公里 | 104公里 | 10 | 10 |",
        "| 满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90% | 93% | 10 | 10 |"]))
    assert [(r["level2"], r["name"], r["target_value"], r["weight"]) for r in found] == [
        ("数量指标", "巡查河道里程", 120.0, 20.0), ("质量指标", "巡查河道里程", 120.0, 20.0),
        ("质量指标", "巡查河道里程", 100.0, 10.0), ("服务对象满意度指标", "沿河群众满意度", 90.0, 10.0)]


def test_a_footnotes_mark_after_a_value_or_a_name_is_no_part_of_it():
    """93.6%[1], ≥90%*, 12个(2), 99.2%¹ (NFKC: 99.2%1) are the value; 满意度*, 人口数量① (NFKC: (1)) and 成本注2
    the name, their marks pointing to a note under the table."""
    got = [(v.op, v.value, v.unit) for v in map(parse_value, ("93.6%[1]", "≥90%*", "12个(2)", "99.2%¹", "≤0.8‰3"))]
    assert got == [("=", 93.6, "%"), (">=", 90.0, "%"), ("=", 12.0, "个"), ("=", 99.2, "%"), ("<=", 0.8, "‰")]
    assert parse_value("2023(1)").value is None  # (no unit before the mark: not read as a mark)
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 受训农户数量① | ≥300户 | 312户 | 20 | 20 |",
        "| 产出指标 | 成本指标 | 户均培训成本注2 | ≤800元 | 760元 | 10 | 10 |",
        "| 满意度指标 | 服务对象满意度指标 | 受训农户满意度* | ≥90% | 95.1%[3] | 10 | 10 |"]))
    assert [(r["name"], r["target_value"], r["actual_value"], r["actual_unit"]) for r in found] == [
        ("受训农户数量", 300.0, 312.0, "户"), ("户均培训成本", 800.0, 760.0, "元"), ("受训农户满意度", 90.0, 95.1, "%")]


def test_a_names_tail_wrapped_onto_a_line_of_its_own_below_its_row_is_joined_to_it():
    """A table laid out a row a line (spaces or tabs) wraps a long name's tail below its row (村级公益设施管护 /
    覆盖率): the tail is the name's. Not when the row below has no name (the line is that name's head), nor a
    lone character or a level label's piece."""
    found, _ = rows("\n".join([
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分",
        "产出指标  数量指标  新建村级公益设施  ≥40处  42处  20  20",
        "产出指标  质量指标  村级公益设施管护  ≥90%  93%  20  20",
        "                      覆盖率",
        "效益指标  社会效益指标  受益群众满意度  ≥90%  95%  10  10"]))
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("新建村级公益设施", 40.0, 42.0), ("村级公益设施管护覆盖率", 90.0, 93.0), ("受益群众满意度", 90.0, 95.0)]
    found, _ = rows("\n".join([
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t新建村级公益设施\t≥40处\t42处\t20\t20",
        "受益群众",
        "效益指标\t社会效益指标\t≥90%\t95%\t10\t10"]))
    assert found[0]["name"] == "新建村级公益设施"


def test_the_forms_name_of_the_goal_in_running_text_states_the_goal():
    """指标值, the form's name of the goal's column, states the goal in a sentence as 目标值 does: …达到93.5%，高于
    年度指标值90% and …（年度指标值90%）."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n档案数字化率达到93.5%，高于年度指标值90%；档案查阅办结率98%（年度指标值≥95%）。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("档案数字化率", "=", 90.0, 93.5), ("档案查阅办结率", ">=", 95.0, 98.0)]


def test_records_under_level_headings_take_the_headings_levels():
    """指标名称：…  目标值：…  实际值：… records under headings of their levels (1.产出指标 / 2.效益指标 / （一）数量指标):
    each record stands under the heading above it, as under a level cell of its own."""
    found, _ = rows("\n".join([
        "三、绩效目标完成情况", "1.产出指标",
        "指标名称：新建农家书屋  目标值：≥30个  实际值：32个",
        "指标名称：配送图书  目标值：≥6000册  实际值：6400册",
        "2.效益指标", "（一）社会效益指标",
        "指标名称：村民借阅人次  目标值：≥9000人次  实际值：9650人次",
        "3.满意度指标",
        "指标名称：村民满意度  目标值：≥90%  实际值：94%"]))
    assert [(r["level1"], r["level2"], r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("产出指标", None, "新建农家书屋", 30.0, 32.0), ("产出指标", None, "配送图书", 6000.0, 6400.0),
        ("效益指标", "社会效益指标", "村民借阅人次", 9000.0, 9650.0), ("满意度指标", None, "村民满意度", 90.0, 94.0)]


def test_a_reason_cell_wrapped_onto_the_next_line_does_not_end_the_table():
    """A row whose last cell (the reason) ends open, in a comma, wraps its sentence onto the next line: that line is
    the cell's text, not running text after the table, and the rows after it are read."""
    found, _ = rows("\n".join([
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "产出指标 数量指标 新建村级文化广场 8个 6个 20 15 两处选址涉及基本农田，",
        "已重新选址，预计次年上半年完工",
        "质量指标 广场验收合格率 100% 100% 20 20",
        "满意度指标 服务对象满意度指标 村民满意度 ≥90% 93% 20 20"]))
    assert [(r["name"], r["target_value"], r["actual_value"], r["score"]) for r in found] == [
        ("新建村级文化广场", 8.0, 6.0, 15.0), ("广场验收合格率", 100.0, 100.0, 20.0), ("村民满意度", 90.0, 93.0, 20.0)]


def test_a_pipe_row_carrying_only_a_names_tail_and_the_level_opening_the_next_row():
    """| | | 覆盖率 | | | | |: a pipe row holding only the tail of the name above; the row after it opens with its own
    level (产出指标), which the empty cell ending the tail's row does not take: the next row keeps its levels."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 农村适龄妇女两癌筛查 | ≥85% | 88% | 20 | 20 |",
        "|  |  | 覆盖率 |  |  |  |  |",
        "| 产出指标 | 质量指标 | 筛查结果告知率 | 100% | 100% | 20 | 20 |",
        "| 满意度指标 | 服务对象满意度指标 | 受检妇女满意度 | ≥90% | 95% | 20 |  |"]))
    assert [(r["level1"], r["level2"], r["name"], r["weight"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "农村适龄妇女两癌筛查覆盖率", 20.0, 20.0),
        ("产出指标", "质量指标", "筛查结果告知率", 20.0, 20.0),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", 20.0, None)]


def test_a_form_flattened_onto_a_few_lines_keeps_each_rows_levels():
    """A 自评表 flattened onto a few long lines, two rows and pieces of rows a line, the header on the line of the
    goals before it: no line is a row, so no cell stands in a column by its place on its line (the header's line,
    counted from its goals, had as many cells as a line of two rows); each row takes its own levels."""
    text = "\n".join([
        "年度总体目标 预期目标 实际完成情况 完成路灯维修。 已完成。 绩效指标 一级指标 二级指标 三级指标 年度指标值"
        " 实际完成值 分值 得分 偏差原因分析及改进措施",
        "产出指标 数量指标 维修路灯数 ≥300盏 312盏 20 20 产出指标 时效指标 维修完成时间 ≤30天 25天 20 18",
        "效益指标 社会效益指标 夜间出行安全 明显改善 明显改善 20 20 满意度指标 服务对象满意度指标 居民满意度 ≥90% 93% 20 20",
        "总分 100 98",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["target_value"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "维修路灯数", 300.0, 20.0),
        ("产出指标", "时效指标", "维修完成时间", 30.0, 18.0),
        ("效益指标", "社会效益指标", "夜间出行安全", None, 20.0),
        ("满意度指标", "服务对象满意度指标", "居民满意度", 90.0, 20.0)]


def test_the_reason_column_under_each_provinces_words_is_no_indicator():
    """扣分原因 / 未完成原因分析及改进措施 / 存在问题及改进措施 head the reason column as 偏差原因分析及改进措施 does: a
    row's reason (无偏差) is no name of the next row, though that row's name opens with a figure (3岁以下…)."""
    for label in ("扣分原因", "未完成原因分析及改进措施", "存在问题及改进措施", "偏差原因及改进措施", "原因说明"):
        text = "\n".join([
            f"绩效指标\t一级指标\t二级指标\t三级指标\t目标值\t实际值\t权重\t评分\t{label}",
            "产出指标\t数量指标\t建立健康档案人数\t≥5200人\t5316人\t20\t20\t无偏差",
            "3岁以下儿童系统管理人数\t860人\t872人\t20\t20\t无",
            "质量指标\t档案合格率\t≥90%\t93%\t20\t20\t无",
        ])
        found, _ = rows(text)
        assert [r["name"] for r in found] == ["建立健康档案人数", "3岁以下儿童系统管理人数", "档案合格率"], label


def test_an_evaluations_scoring_table_gives_its_total_but_no_indicators():
    """一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分 with no target or result: its 投入/过程 rows are the
    evaluation's criteria, no 绩效指标 (the dev gold leaves a 决策/过程 block out); its 合计 row is the score. The form's
    indicator table after it is read under its own header, not as more rows of the criteria."""
    criteria = ["一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
                "投入\t目标设定\t绩效目标合理性\t5\t目标依据充分的得满分\t5",
                "过程\t预算执行\t预算执行率\t10\t预算执行率=执行数/预算数×100%\t9.5"]
    found, totals = rows("\n".join(criteria + ["合计\t\t\t100\t\t94.5"]))
    assert found == [] and (totals.weight, totals.score) == (100.0, 94.5)
    found, _ = rows("\n".join(criteria + [
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t维修路灯数\t≥300盏\t312盏\t20\t20"]))
    assert [(r["level1"], r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("产出指标", "维修路灯数", 300.0, 312.0)]


def test_a_scoring_tables_outcome_rows_are_indicators_with_points_and_score():
    """A scoring table (分值 | 评分标准 | 得分, no target or result): the rows under an outcome's first level (产出, 效果,
    履职效能 …) are the report's indicators, read with their points and score; those under the process's (投入, 过程,
    and the 2021 department frame's 运行成本 and 管理效率) are criteria of how the money was run, none."""
    text = "\n".join([
        "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
        "投入(20)\t目标设定\t绩效目标合理性\t10\t合理的得满分\t9",
        "过程(30)\t预算执行\t支付进度率\t10\t达到进度得满分\t10",
        "产出(30)\t职责履行\t年度工作完成率\t20\t按完成比例计分\t19",
        "效果(20)\t履职效益\t服务对象满意度\t10\t按调查结果计分\t9",
        "合计\t\t\t100\t\t47"])
    found, totals = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["weight"], r["score"], r["target_value"], r["actual_value"])
            for r in found] == [("产出", "职责履行", "年度工作完成率", 20.0, 19.0, None, None),
                                ("效果", "履职效益", "服务对象满意度", 10.0, 9.0, None, None)]
    assert (totals.weight, totals.score) == (100.0, 47.0)
    frame_2021 = "\n".join([
        "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
        "运行成本\t经济成本\t公用经费控制率\t10\t不超预算得满分\t10",
        "管理效率\t预算执行\t结转结余率\t10\t低于5%得满分\t8",
        "履职效能\t部门履职目标\t河道巡查完成率\t30\t按完成比例计分\t28"])
    assert [r["name"] for r in rows(frame_2021)[0]] == ["河道巡查完成率"]


def test_a_bare_name_label_after_a_level_column_heads_the_names():
    """一级指标 | 指标 | 分值 | 评分标准 | 得分: the bare 指标 after the level's column heads the indicators' names, as
    三级指标 would; on rows of cells and one cell a line alike."""
    lines = [["一级指标", "指标", "分值", "评分标准", "得分"],
             ["投入", "预算编制完整性", "10", "编制完整的得满分", "10"],
             ["产出", "档案接收进馆率", "20", "按比例计分", "18"],
             ["", "查档服务办结率", "10", "全部办结得满分", "10"],
             ["效果", "查档群众满意度", "20", "按调查计分", "19"]]
    for text in ("\n".join("\t".join(r) for r in lines), "\n".join(f"{c} |" for r in lines for c in r)):
        found, _ = rows(text)
        assert [(r["level1"], r["name"], r["weight"], r["score"]) for r in found] == [
            ("产出", "档案接收进馆率", 20.0, 18.0), ("产出", "查档服务办结率", 10.0, 10.0),
            ("效果", "查档群众满意度", 20.0, 19.0)], text[:40]


def test_an_attachments_link_after_the_table_is_no_indicator():
    """A page lists its attachments after the form (附件1-自评表.xlsx (下载次数: 12)): a file's name in the name's
    place is a link, whatever figure follows it, no row of the table."""
    table = ["一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
             "产出指标 | 数量指标 | 新建村级书屋 | ≥12个 | 12个 | 20 | 20 |"]
    for link in ("附件1-项目自评表.xlsx (下载次数: 12)", "附件：自评报告.PDF | 23 |"):
        found, _ = rows("\n".join([*table, link]))
        assert [r["name"] for r in found] == ["新建村级书屋"], link


def test_a_forms_words_a_pdfs_text_broke_with_a_space_are_whole_again():
    """PDF text lays cells out with spaces and breaks some words with one too (三 级指标, 实 际完成值, 数 量指标,
    社会效益指 标): pieces that spell one of the forms' words, none a word itself, are that word; two whole labels
    side by side stay two. A row of as many cells as the header with its group cell (绩效指标) opens with a level
    under that group cell: it does not line up with the header by place."""
    from pipelines.extract.cells import joined_pieces
    assert joined_pieces(["产出指标", "数", "量指标", "维修路灯数"]) == ["产出指标", "数量指标", "维修路灯数"]
    assert joined_pieces(["偏差", "原因分析", "及改进措施"]) == ["偏差原因分析及改进措施"]
    assert joined_pieces(["一级指标", "二级指标"]) == ["一级指标", "二级指标"]
    text = "\n".join([
        "绩效指标 一级指标 二级指标 三 级指标 年度指标值 实 际完成值 分值 得分 偏差原因分析及改进措施",
        "产出指标 数 量指标 维修路灯数 ≥300盏 290盏 20 18 部分路段 施工延后",
        "效益指标 社会效益指 标 亮灯率 ≥98% 99% 20 20",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "维修路灯数", 290.0, 20.0, 18.0), ("效益指标", "社会效益指标", "亮灯率", 99.0, 20.0, 20.0)]


def test_a_rate_per_so_many_people_keeps_its_figure_and_bound():
    """≤300/10万, 15/10万人, 2/千人 (incidence and mortality per population): one figure with its bound, the per-people
    part its unit; a year span stays without a value."""
    assert parse_value("≤300/10万") == Value("<=", 300.0, "/10万")
    assert parse_value("186/10万") == Value("=", 186.0, "/10万")
    assert parse_value("≤15/10万人") == Value("<=", 15.0, "/10万人")
    assert parse_value("3.5/千人") == Value("=", 3.5, "/千人")
    assert parse_value("2021-2023").value is None


def test_a_names_last_character_or_unit_word_wrapped_below_its_row_is_joined_to_it():
    """A PDF's text wraps a name's last character (…账实相符 / 率, …任务完成 / 数) or a unit's word that ends it (…参与 /
    人次) onto a line of its own: the name's. A unit's word under a target with no unit of its own (≥20万) may be
    that target's, and another lone character (个) is no name's end."""
    head = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"
    found, _ = rows("\n".join([
        head, "产出指标 数量指标 重点工作任务完成 ≥12项 13项 20 20", "数",
        "产出指标 质量指标 固定资产账实相符 100% 100% 20 20", "率",
        "效益指标 社会效益指标 群众文化活动参与 ≥20万人次 21.5万人次 20 20", "人次",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20 20"]))
    assert [r["name"] for r in found] == ["重点工作任务完成数", "固定资产账实相符率", "群众文化活动参与人次", "群众满意度"]
    found, _ = rows("\n".join([
        head, "效益指标 社会效益指标 群众文化活动参与 ≥20 21.5 20 20", "人次",
        "产出指标 数量指标 新建文化站 ≥3 4 20 20", "个",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20 20"]))
    assert [r["name"] for r in found] == ["群众文化活动参与", "新建文化站", "群众满意度"]


def test_a_first_level_printed_on_the_middle_row_of_its_span_heads_the_rows_above_it():
    """A PDF's text prints a merged level cell on the middle row it spans: the rows above the block's first level
    label stand under it, their second level going on through its row (and the first second level heads the rows
    above it). Rows whose second level is another first level's (数量指标 above 效益指标) stay without one."""
    head = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"
    found, _ = rows("\n".join([
        head, "新建文化站 ≥3个 4个 10 10", "数量指标 送戏下乡场次 ≥120场 136场 10 10",
        "产出指标 图书流通人次 ≥15万人次 16万人次 10 10", "质量指标 文物安全事故数 0起 0起 10 10",
        "效益指标 社会效益指标 群众文化活动参与率 ≥60% 65% 10 10"]))
    assert [(r["level1"], r["level2"], r["name"]) for r in found] == [
        ("产出指标", "数量指标", "新建文化站"), ("产出指标", "数量指标", "送戏下乡场次"),
        ("产出指标", "数量指标", "图书流通人次"), ("产出指标", "质量指标", "文物安全事故数"),
        ("效益指标", "社会效益指标", "群众文化活动参与率")]
    found, _ = rows("\n".join([
        head, "数量指标 送戏下乡场次 ≥120场 136场 10 10", "质量指标 文物安全事故数 0起 0起 10 10",
        "效益指标 社会效益指标 群众文化活动参与率 ≥60% 65% 10 10"]))
    assert [(r["level1"], r["level2"]) for r in found] == [
        (None, "数量指标"), (None, "质量指标"), ("效益指标", "社会效益指标")]


def test_a_first_level_written_on_each_row_keeps_the_merged_second_level():
    """产出指标 | 数量指标 | … over 产出指标 | | … (the first level written again on each of its rows, the second merged
    and written once): the second level goes on; a new first level opens without one."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 办理法律援助案件 | ≥480件 | 512件 | 20 | 20 |",
        "| 产出指标 | | 开展普法宣传活动 | ≥40场次 | 46场次 | 20 | 20 |",
        "| 产出指标 | 质量指标 | 法律援助案件结案率 | ≥95% | 96.1% | 20 | 20 |",
        "| 产出指标 | | 社区矫正对象脱管率 | ≤0.5% | 0% | 20 | 20 |",
        "| 满意度指标 | | 受援人满意度 | ≥95% | 97.2% | 20 | 20 |"]))
    assert [(r["level1"], r["level2"]) for r in found] == [
        ("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "质量指标"),
        ("满意度指标", None)]


def test_how_a_result_was_measured_said_between_the_goal_and_the_result():
    """群众满意度达到95%以上，经问卷调查实际为97.5%: the survey says how the result was measured, no measure of its own;
    the result answers the goal just stated."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document("二、绩效目标完成情况\n" + text))]
    assert got("群众满意度达到95%以上，经问卷调查实际为97.5%。") == [("群众满意度", ">=", 95.0, 97.5)]
    assert got("群众满意度目标95%，通过发放问卷实际测评为97.5%。") == [("群众满意度", "=", 95.0, 97.5)]


def test_a_goal_written_with_a_bound_sign_in_a_list_of_goals():
    """年初设定的主要绩效指标为：1.执法检查≥4次；2.培训≥300人次 (a count's bound as a sign, as 4次以上 is), then the
    results in a later section: each goal meets its result. A sign after a list's mark (53处、≥820人次) is no name's."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("二、绩效目标\n年初设定的主要绩效指标为：1.执法检查≥4次；2.培训≥300人次。\n三、完成情况\n"
               "执法检查实际完成5次，培训实际完成320人次。") == [("执法检查", ">=", 4.0, 5.0), ("培训", ">=", 300.0, 320.0)]
    assert all(name and name[-1] != "、" for name, *_ in got(
        "建设健身路径、救助困难群众分别完成53处、861人次，年度目标分别为不低于53处、≥820人次。"))


def test_a_goal_and_the_years_result_in_any_unit_with_their_verbs_and_points():
    """计划完成40座，实际完成40座 / 年度目标≥1500亩，全年实际1575亩: a goal's label with the verb before its figure, and the
    year's result, in a unit read only against a target (座, 亩); the weight in brackets after the name (（分值15分）)
    and said of the indicator after it (，该指标分值15分，得分14分). A heading's label before a colon (绩效目标完成情况：)
    states no goal: the statement after the colon is read on its own."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value, i.weight, i.score)
                        for i in narrative_indicators(build_document(text))]
    assert got("数量指标：新建大棚计划完成40座，实际完成40座。") == [("新建大棚", "=", 40.0, 40.0, None, None)]
    assert got("新增节水灌溉面积年度目标≥1500亩，全年实际1575亩。") == [("新增节水灌溉面积", ">=", 1500.0, 1575.0, None, None)]
    assert got("（1）运维系统数量（分值15分）计划完成12个，实际完成12个，得分15分；") == [
        ("运维系统数量", "=", 12.0, 12.0, 15.0, 15.0)]
    # (no name before the bracket: no indicator's weight)
    assert all(weight is None for *_, weight, _ in got("（分值15分）计划完成12个，实际完成12个。"))
    assert got("（2）安全事件数：预期值0起，实际值0起，该指标分值10分，得分9分。") == [("安全事件数", "=", 0.0, 0.0, 10.0, 9.0)]
    assert got("全年绩效目标完成情况：群众满意度不低于95%，全年实际完成98%。") == [("群众满意度", ">=", 95.0, 98.0, None, None)]


def test_levels_joined_by_a_colon_written_short_or_met_after_a_goal_listed_apart():
    """产出指标：数量指标，…；质量指标，…: a second level joined to its first by a colon or a comma heads what follows;
    数量：…。质量：…: a short second level opening any sentence of a paragraph; a goal listed apart from the levels
    (二、绩效目标 ①…) takes the levels its result is stated under."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.level1, i.level2, i.name, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("产出指标：数量指标，选聘护林员人数：预期620人，实际620人；质量指标，护林员在岗率年度指标值≥95%，"
               "实际完成值99.1%。") == [("产出指标", "数量指标", "选聘护林员人数", 620.0, 620.0),
                                   ("产出指标", "质量指标", "护林员在岗率", 95.0, 99.1)]
    assert got("（一）产出指标完成情况\n数量：培训农民计划500人次，实际完成520人次。质量：培训合格率目标90%，实际93%。") == [
        ("产出指标", "数量", "培训农民", 500.0, 520.0), ("产出指标", "质量", "培训合格率", 90.0, 93.0)]
    assert got("二、绩效目标\n①培训农民不低于3200人；②培训合格率≥90%。\n四、绩效指标完成情况\n"
               "1.产出指标—数量指标：培训农民实际完成3418人。\n2.产出指标—质量指标：培训合格率实际为93%。") == [
        ("产出指标", "数量指标", "培训农民", 3200.0, 3418.0), ("产出指标", "质量指标", "培训合格率", 90.0, 93.0)]


def test_the_weight_and_score_after_a_statement_in_prose_are_its_indicators_whatever_reads_it():
    """…达到98.6%（目标值≥95%），分值10分，得分9分 / …不超过3小时，实际2.5小时，得8分（权重8分）: the points stated right after
    an indicator's last figure (past the bracket closing its goal) are its weight and score, whether the sentence
    is read as labelled values or as value statements; a weight in brackets after the score is its weight."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.value, i.actual.value, i.weight, i.score)
                        for i in narrative_indicators(build_document(text))]
    assert got("1.供水水质抽检合格率达到98.6%（目标值≥95%），分值10分，得分9分。") == [
        ("供水水质抽检合格率", 95.0, 98.6, 10.0, 9.0)]
    assert got("2.故障处理时长不超过3小时，实际2.5小时，得8分（权重8分）。") == [("故障处理时长", 3.0, 2.5, 8.0, 8.0)]
    assert got("3.巡查覆盖率：目标值100%，实际值100%，得6分（分值6分）。") == [("巡查覆盖率", 100.0, 100.0, 6.0, 6.0)]
    # the weight in brackets after the name, before its colon: past it the name is read (a number opening it too)
    assert got("2型糖尿病患者随访率（分值12分）：≥70%，完成74.5%，得分12分。") == [
        ("2型糖尿病患者随访率", 70.0, 74.5, 12.0, 12.0)]
    # (figures after the next clause's own name are no points of the statement before it)
    assert got("4.维修路灯目标600盏，实际640盏，群众满意度96%。")[0][3:] == (None, None)


def test_the_weight_and_score_in_one_bracket_after_the_name():
    """林下种植面积（分值：20分；得分：18分）：目标120亩，完成110亩: a bracket after the name holding the weight and the score
    gives both; the break inside it (；) ends no name. Read alike after a goal's label and before a bare figure."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.value, i.actual.value, i.weight, i.score)
                        for i in narrative_indicators(build_document(text))]
    assert got("1.林下种植面积（分值：20分；得分：18分）：目标120亩，完成110亩。") == [("林下种植面积", 120.0, 110.0, 20.0, 18.0)]
    assert got("2.苗木成活率（权重10分，得分9.5分）：目标≥85%，实际88%。") == [("苗木成活率", 85.0, 88.0, 10.0, 9.5)]
    assert got("3.农户满意度（分值12分/得分12分）：≥90%，完成94%。") == [("农户满意度", 90.0, 94.0, 12.0, 12.0)]


def test_a_bound_word_after_a_space_bounds_the_figure():
    """城镇登记失业率控制在 3 % 以内，实际为 2.1 % (PDF text spaces the figure, its unit and its bound apart): the bound
    after the space is the figure's (it had read as =)."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("城镇调查失业率控制在 3.5 % 以内，实际为 2.1 %。") == [("城镇调查失业率", "<=", 3.5, 2.1)]
    assert got("仲裁结案率目标为 90 % 以上，实际为 96.8 %。") == [("仲裁结案率", ">=", 90.0, 96.8)]


def test_a_goal_labelled_as_the_years_task_or_number():
    """…1532件，目标任务为不少于1300件 / 目标任务40个 / 办理目标数为400件，实际办理436件: 目标任务 and 目标数 label a goal's
    figure as 目标 does, after the result or after the name."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("全年调处矛盾纠纷1532件，目标任务为不少于1300件；改造农村危房41户，目标任务40户。") == [
        ("调处矛盾纠纷", ">=", 1300.0, 1532.0), ("改造农村危房", "=", 40.0, 41.0)]
    assert got("公证事项办理目标数为400件，实际办理436件。") == [("公证事项办理", "=", 400.0, 436.0)]


def test_a_short_second_level_joined_to_its_first_or_opening_a_clause_after_a_comma_heads_what_follows():
    """产出指标—数量：… / 效益指标：社会效益，…: a second level written short joined to the first level it belongs to heads
    what follows, as 数量指标 does; so does one opening a sentence or a clause after a semicolon before a comma
    (…；质量，…). Joined to another first level, or followed by no separator (产出指标：质量较好), it heads nothing."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.level1, i.level2, i.name) for i in narrative_indicators(build_document(text))]
    assert got("1.产出指标—数量：维修农村公路里程目标值45公里，实际值47公里。\n"
               "2.效益指标：社会效益，沿线受益群众不少于8000人，实际8650人。") == [
        ("产出指标", "数量", "维修农村公路里程"), ("效益指标", "社会效益", "沿线受益群众")]
    assert got("产出指标：时效，维修任务完成及时率目标95%，实际98%；质量，维修工程验收合格率目标值100%，实际值100%。") == [
        ("产出指标", "时效", "维修任务完成及时率"), ("产出指标", "质量", "维修工程验收合格率")]
    assert got("效益指标：数量，带动就业人数目标300人，实际320人。")[0][:2] == ("效益指标", None)
    assert got("产出指标：质量较好，路面完好率目标95%，实际97%。")[0][:2] == ("产出指标", None)


def test_a_cost_level_run_in_after_its_siblings_under_the_output_level_is_a_second_level():
    """（一）产出指标完成情况 / 数量指标：…。成本指标：…: 成本指标 written as 数量指标 and 质量指标 before it, under 产出指标, is
    the older forms' second level; with a second level of its own joined to it (成本指标：经济成本指标，…) it is the
    2021 forms' first level."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.level1, i.level2, i.name) for i in narrative_indicators(build_document(text))]
    head = "（一）产出指标完成情况\n数量指标：维护路灯数量目标值9500盏，实际值9860盏。"
    assert got(head + "成本指标：单灯年维护成本不超过260元，实际为248元。")[1] == ("产出指标", "成本指标", "单灯年维护成本")
    assert got(head + "成本指标：经济成本指标，单灯年维护成本不超过260元，实际为248元。")[1] == (
        "成本指标", "经济成本指标", "单灯年维护成本")


def test_a_control_goal_a_survey_result_and_the_goals_verb_said_again_of_the_result():
    """（控制目标4%以内）: a cap is a goal too; 目标≥90%，问卷调查结果为91.6%: the survey's result answers the goal; 目标救助80名，
    实际救助86名 / 送教下基层：计划开展60场，实际开展72场: the goal's verb said again of the result is no part of either,
    and the name is the one before the colon."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("城镇登记失业率3.1%（控制目标4%以内）。") == [("城镇登记失业率", "<=", 4.0, 3.1)]
    assert got("服务对象满意度：目标≥90%，问卷调查结果为91.6%。") == [("服务对象满意度", ">=", 90.0, 91.6)]
    assert got("残疾儿童康复救助：目标救助80名，实际救助86名。") == [("残疾儿童康复救助", "=", 80.0, 86.0)]
    assert got("送教下基层：计划开展60场，实际开展72场。") == [("送教下基层", "=", 60.0, 72.0)]


def test_a_goal_stated_after_its_result_and_a_figure_an_excerpts_end_cut():
    """视察调研14次，超过年初计划12次的目标 / 培训妇女860人次，完成年度任务800人次的107.5% / 满意度95.6%，高于年初设定的90% /
    满意度88%，未达到90%的预期目标: the figure the result is measured against is its goal. A figure ending a text that
    stops mid-line (…目标≥9, of ≥90%) was cut: no goal is read from it."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("视察调研14次，超过年初计划12次的目标。") == [("视察调研", "=", 12.0, 14.0)]
    assert got("培训妇女860人次，完成年度任务800人次的107.5%。") == [("培训妇女", "=", 800.0, 860.0)]
    assert got("群众满意度95.6%，高于年初设定的90%。") == [("群众满意度", "=", 90.0, 95.6)]
    assert got("群众满意度88%，未达到90%的预期目标。") == [("群众满意度", "=", 90.0, 88.0)]
    assert got("群众满意度达到96%，目标≥9") == [("群众满意度", None, None, 96.0)]
    assert got("群众满意度达到96%，目标≥90\n") == [("群众满意度", ">=", 90.0, 96.0)]


def test_a_goal_after_its_result_past_another_count_in_brackets_or_named_a_task_after_its_figure():
    """完成某改造25个，惠及居民3,100户，年度目标为20个: the goal in the result's unit, past a count in another; 播种面积
    60.5万亩，完成目标任务（不低于58万亩）的104.3%: the goal in brackets after the label of the task met; 参保率达到97.1%，
    完成上级下达的95%目标任务 / 完成市下达的…: the figure named the goal task right after it."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("全年完成某某片区改造25个，惠及居民3,100户，年度目标为20个。") == [("某某片区改造", "=", 20.0, 25.0)]
    assert got("全年油菜播种面积60.5万亩，完成目标任务（不低于58万亩）的104.3%。") == [("油菜播种面积", ">=", 58.0, 60.5)]
    assert got("居民养老保险参保率达到97.1%，完成上级下达的95%目标任务。") == [("居民养老保险参保率", "=", 95.0, 97.1)]
    assert got("居民养老保险参保率达到97.1%，完成市下达的95%目标任务。") == [("居民养老保险参保率", "=", 95.0, 97.1)]


def test_a_goal_after_its_result_past_the_word_comparing_them_or_named_a_goal_after_its_bound():
    """全年完成沟渠清淤36条，超过年度目标30条: the goal label after the word comparing the result with it holds the goal, a
    measure counted in a result-only unit too; 失业率为4.8%，控制在5.5%以内的目标范围内: a bound the goal is named right after
    is the goal's (a bound a noun follows describes it: 50人以上集体访)."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("全年完成沟渠清淤36条，超过年度目标30条。") == [("沟渠清淤", "=", 30.0, 36.0)]
    assert got("年末调查失业率为4.8%，控制在5.5%以内的目标范围内。") == [("年末调查失业率", "<=", 5.5, 4.8)]


def test_a_goal_naming_its_measure_again_after_the_result_is_its_goal():
    """亩均增收达到540元，年度目标为亩均增收450元以上: the goal's clause names the result's measure again (its verb aside),
    its bound the goal's (money as an average: 亩均); a goal naming another measure, or a total of money, stays out."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("项目区柑橘亩均增收达到540元，年度目标为亩均增收450元以上。") == [("项目区柑橘亩均增收", ">=", 450.0, 540.0)]
    assert got("新建生态护坡8公里，年度目标为新建护坡6公里。") == [("新建生态护坡", "=", 6.0, 8.0)]
    assert got("群众满意度95%，年度目标为满意度达到90%。") == [("群众满意度", "=", 90.0, 95.0)]
    assert got("项目区柑橘亩均增收达到540元，年度目标为人均补助450元。") == []
    assert got("全年支出资金540万元，年度目标为支出资金500万元。") == []
    assert got("单位经营收入达到620万元，年度目标为经营收入500万元。") == []  # (a total of money: the budget's)


def test_a_change_with_the_same_change_as_its_goal_in_brackets_is_the_indicator():
    """餐厨垃圾处置量较上年下降6.1%（目标下降4%以上）: the change measured from the year before, its goal the same change
    in brackets: the indicator, the comparison part of its name; the budget's change stays out."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("餐厨垃圾处置量较上年下降6.1%（目标下降4%以上）。") == [("餐厨垃圾处置量较上年下降", ">=", 4.0, 6.1)]
    assert got("公用经费支出较上年下降6.1%（目标下降4%以上）。") == []


def test_a_lead_of_goals_set_without_its_particle_lists_goals():
    """年初设定目标：新建村级供水站12处，… then 完成情况：…村级供水站13处: the goals set (设定 as 设定的), their results read
    by name after them, a result-only count too."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    assert got("二、绩效目标完成情况\n年初设定目标：新建村级供水站12处，水质检测合格率达到95%以上。\n"
               "完成情况：全年建成村级供水站13处，水质检测合格率97%。") == [
        ("新建村级供水站", "=", 12.0, 13.0), ("水质检测合格率", ">=", 95.0, 97.0)]


def test_a_table_cell_listing_numbered_goals_under_a_cell_heading_them_states_goals():
    """| (二)部门绩效目标的设立情况 | 1.保障…2.完成巡河200次以上3.…100% |: a cell of numbered items run in is prose
    without a sentence's mark, and the cell before it heading the goals set makes its figures goals."""
    found = narrative_indicators(build_document(
        "| 一、部门基本情况 | (二)部门绩效目标的设立情况 | 1.保障机关正常运转2.完成巡河200次以上3.群众投诉办结率100% | |\n"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("完成巡河", ">=", 200.0, None), ("群众投诉办结率", "=", 100.0, None)]


def test_figures_in_the_paragraph_under_a_heading_of_the_goals_setting_are_goals():
    """（二）部门绩效目标的设立情况 / 三、绩效目标设定情况, then one unnumbered paragraph: its figures, bound or not, are the
    goals set, their results read later by name; under a heading of the year's work they are results."""
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    goals = "验收合格率100%；结案率不低于90%。\n（三）部门收支情况\n"
    assert got("（二）部门绩效目标的设立情况 |\n" + goals) == [("验收合格率", "=", 100.0, None), ("结案率", ">=", 90.0, None)]
    assert got("三、绩效目标设定情况\n" + goals + "四、完成情况\n验收合格率实际为98%。") == [
        ("验收合格率", "=", 100.0, 98.0), ("结案率", ">=", 90.0, None)]
    assert got("（二）部门重点工作开展情况\n" + goals) == [("验收合格率", None, None, 100.0), ("结案率", ">=", 90.0, None)]


def test_a_goal_set_in_a_later_sentence_is_the_goal_of_the_result_named_alike():
    """``…结案率92.4%。年初设定的结案率目标为90%以上。``: the goal stated after its result, in a sentence of its own, is
    that result's goal (设定的/确定的 is no part of the name); a goal of another measure stays apart."""
    found = narrative_indicators(build_document(
        "全年办理案件210件，结案率92.4%。年初设定的结案率目标为90%以上。年初确定的调解成功率目标为85%以上。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("结案率", ">=", 90.0, 92.4), ("调解成功率", ">=", 85.0, None)]


def test_every_figure_of_a_list_of_goals_is_a_goal():
    """年初确定的主要绩效目标为：1.送戏下乡演出40场；…3.普查覆盖率90%: after a list's lead each figure is its indicator's
    goal, bound or not, whatever its unit (a count in 名 or 万亩 too), its result read later by its name; a list's
    items may be paragraphs of their own after the lead. A level's label (产出指标：) or a lead that says the goals
    were met (绩效目标完成情况：) lists results."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.op, i.target.value, i.actual.value)
                        for i in narrative_indicators(build_document(text))]
    results = "三、完成情况\n经核实，送戏下乡演出实际完成46场，资助学生实际完成12名，普查覆盖率实际为93%。"
    want = [("送戏下乡演出", "=", 40.0, 46.0), ("资助学生", ">=", 10.0, 12.0), ("普查覆盖率", "=", 90.0, 93.0)]
    assert got("二、年度绩效目标\n年初确定的主要绩效目标为：1.送戏下乡演出40场；2.资助学生不少于10名；3.普查覆盖率90%。\n"
               + results) == want
    assert got("二、年度绩效目标\n年度绩效目标如下：\n1.送戏下乡演出40场；\n2.资助学生不少于10名；\n3.普查覆盖率90%。\n"
               + results) == want
    assert got("年度目标：新建水利设施30处；实际完成：新建水利设施32处。") == [("新建水利设施", "=", 30.0, 32.0)]
    # a numbered heading naming the goals alone heads a list of numbered paragraphs (a count of 0 too)
    assert got("（一）年度绩效目标\n1.送戏下乡演出40场；\n2.安全责任事故0起。\n（二）完成情况\n送戏下乡演出实际完成46场。") == [
        ("送戏下乡演出", "=", 40.0, 46.0), ("安全责任事故", "=", 0.0, None)]
    # a heading ending in a full stop, its first item numbered right after it, leads a list too
    assert got("（二）部门整体支出绩效目标。1.送戏下乡演出40场；2.资助学生不少于10名；3.普查覆盖率90%。\n" + results) == want
    # (no list: the figures state results, and a count in 处 alone is none)
    assert got("产出指标：普查覆盖率93%；新建水利设施32处。") == [("普查覆盖率", None, None, 93.0)]
    assert got("绩效目标完成情况：普查覆盖率93%，送戏下乡演出46场。") == [("普查覆盖率", None, None, 93.0)]


def test_a_result_naming_nothing_answers_only_a_goal_stated_just_above_it():
    """…2.家长满意度≥90%。 then a section on the spending (教育支出1331.57万元，占55.0%): the share names nothing and stands
    a section below the goal, no result of it; the goal's own result later still meets it. A result naming nothing in
    the sentence after its goal answers it."""
    from pipelines.extract.indicators import narrative_indicators
    got = lambda text: [(i.name, i.target.value, i.actual.value) for i in narrative_indicators(build_document(text))]
    assert got("一、绩效目标\n年初设定的主要绩效指标为：1.开展教研活动不少于20次；2.家长满意度≥90%。\n\n二、部门整体支出情况\n"
               "按支出功能分类：教育支出1331.57万元，占55.0%；社会保障支出200万元，占8.3%。\n三、完成情况\n家长满意度为90.1%。") == [
        ("开展教研活动", 20.0, None), ("家长满意度", 90.0, 90.1)]
    assert got("群众满意度目标90%以上。经调查，实际达到96.5%。") == [("群众满意度", 90.0, 96.5)]


def test_a_result_written_as_its_change_against_the_year_before_states_no_level():
    """较上年提高0.8个百分点 / 同比增长3.5% under an indicator that is no change (森林覆盖率 | 稳中有升): the figure is the
    change, not the indicator's result (it had been read as one: 0.8); an indicator that is the change itself, its
    name or target naming the year before (≤上年), keeps it."""
    found, _ = rows("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                    "| 效益指标 | 生态效益指标 | 森林覆盖率 | 稳中有升 | 较上年提高0.8个百分点 | 10 | 10 |\n"
                    "| 效益指标 | 社会效益指标 | 景区接待人次 | 稳步增长 | 同比增长3.5% | 10 | 10 |\n"
                    "| 产出指标 | 成本指标 | 办公经费支出 | ≤上年 | 较上年下降2.4% | 10 | 10 |\n")
    assert [(r["name"], r["actual_value"]) for r in found] == [("森林覆盖率", None), ("景区接待人次", None),
                                                              ("办公经费支出", 2.4)]


# --- pages holding more than one form ----------------------------------------------------------

_NEXT_FORM = ("项目支出绩效自评表 |\n（2022年度） |\n项目名称 | 某镇农村道路养护 |\n主管部门 | 某县交通运输局 | 实施单位 | 某县交通运输局 |\n"
              "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
              "产出指标 | 数量指标 | 养护道路里程 | ≥40公里 | 42公里 | 20 | 20 |\n")


def test_a_page_opening_on_the_tail_of_the_form_before_reads_its_rows_under_the_next_header():
    """A page opening on the last rows of the form before (its header on the page before), its 总分 and 填表人, then
    the next form: the rows are indicators, read under the columns of the header below; their total is the form
    before's, no stated total of the text's."""
    text = ("满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥92% | 96% | 10 | 10 |\n总分 | 100 | 95 |\n"
            "填表人：王某 | 联系电话：0000-1234567 |\n" + _NEXT_FORM)
    found, totals = rows(text)
    assert [(r["name"], r["level1"], r["target_value"], r["actual_value"], r["weight"]) for r in found] == [
        ("受益农户满意度", "满意度指标", 92.0, 96.0, 10.0), ("养护道路里程", "产出指标", 40.0, 42.0, 20.0)]
    assert totals.score is None
    # (a page opening on anything but a level, a menu or a sentence, is read from its first header as before)
    assert [r["name"] for r in rows("首页 | 政务公开 |\n" + _NEXT_FORM)[0]] == ["养护道路里程"]


def test_a_page_opening_on_rows_whose_level_cells_are_merged_from_the_page_before():
    """| | | 维修围墙长度 | ≥300米 | …: the page opens on the form before's rows, their level cells empty (merged over
    the rows above, on the page before): they are indicators too, under the next header's columns, their levels
    as written (none for the first). A funds row opening so (| | 年度资金总额 | 52.00 |) is none."""
    text = ("| | | 维修围墙长度 | ≥300米 | 320米 | 10 | 10 |\n| | 质量指标 | 工程验收合格率 | 100% | 100% | 10 | 10 |\n"
            "总分 | 100 | 98 |\n填表人：王某 |\n" + _NEXT_FORM)
    found, totals = rows(text)
    assert [(r["name"], r["level1"], r["level2"], r["target_value"], r["actual_value"]) for r in found] == [
        ("维修围墙长度", None, None, 300.0, 320.0), ("工程验收合格率", None, "质量指标", 100.0, 100.0),
        ("养护道路里程", "产出指标", "数量指标", 40.0, 42.0)]
    assert totals.score is None
    assert [r["name"] for r in rows("| | 年度资金总额 | 52.00 | 50.00 |\n" + _NEXT_FORM)[0]] == ["养护道路里程"]


def test_the_headings_of_a_second_form_on_the_page_end_the_first_forms_rows():
    """附件2 / …自评表 (a cell alone on its line each) between the first form's last row and the second form's cells
    head the second form: no rows of the first (they had been read as indicators under its last level)."""
    first = ("绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值\n"
             "满意度指标 | 服务对象满意度指标 | 学生家长满意度 | ≥90% | 95%\n")
    second = ("附件2\n某某专项资金绩效自评表\n项目名称 | 某县校舍维修\n"
              "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值\n产出指标 | 数量指标 | 维修校舍面积 | ≥800平方米 | 860平方米\n")
    assert [r["name"] for r in rows(first + second)[0]] == ["学生家长满意度", "维修校舍面积"]
    # (the title broken over two lines, its unit above: 某县教育局 / 2022年度项目支出绩效自评表)
    second = second.replace("附件2\n某某专项资金绩效自评表", "某县教育局\n2022年度项目支出绩效自评表")
    assert [r["name"] for r in rows(first + second)[0]] == ["学生家长满意度", "维修校舍面积"]


def test_the_sentences_of_a_forms_goal_table_are_no_indicators():
    """年度总体目标 | 预期目标 | 实际完成情况 with the goals and results in sentences below: their figures restate the
    indicator table's (the gold labels the table alone), no indicators of their own; the same sentences as running
    text are still read."""
    goal = "全年培训新型农民1200人次以上，农技推广覆盖率达到90%以上。"
    done = "全年培训新型农民1350人次，农技推广覆盖率达到96%。"
    form = f"年度总体目标 |\n预期目标 |\n实际完成情况 |\n{goal} |\n{done} |\n"
    assert rows("部门整体支出绩效自评表 |\n部门（单位）名称 | 某县农业农村局 |\n" + form)[0] == []
    assert rows("年度总体目标 | 预期目标 | 实际完成情况 |\n" + f"| {goal} | {done} |\n")[0] == []
    assert [r["name"] for r in rows(f"{goal}\n{done}\n")[0]] == ["培训新型农民", "农技推广覆盖率"]


def test_a_result_stated_before_its_goal_and_an_abbreviation_in_brackets_in_its_name():
    """年均浓度28微克/立方米，目标为不高于40微克/立方米: the goal after the result is that result's; a concentration
    is a measure's unit; a Latin abbreviation in brackets (AQI), (PM10) is part of the name, no break in it."""
    found = narrative_indicators(build_document(
        "三、绩效目标完成情况\n1.城区可吸入颗粒物（PM10）年均浓度28微克/立方米，目标为不高于40微克/立方米；"
        "2.环境空气质量优良率（AQI）90.4%，目标88%以上。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("城区可吸入颗粒物(PM10)年均浓度", "<=", 40.0, 28.0), ("环境空气质量优良率(AQI)", ">=", 88.0, 90.4)]


def test_a_zero_with_no_unit_after_a_rate_or_as_the_result_of_its_goal():
    """再犯罪率为0 / 新生儿破伤风发病率为0: a zero written without its unit is the rate's result; …以内，实际为0 the
    goal's, in its unit (so is 全年脱管率为0 after the goal of 脱管率). A zero under no measure's name (编号为0) is none."""
    found = narrative_indicators(build_document(
        "三、绩效目标完成情况\n安置帮教对象重新犯罪率为0；新生儿破伤风发病率为0。草原火灾受害率控制在1‰以内，实际为0。"
        "系统编号为0。安置帮教对象脱管率控制在0.5%以内，全年脱管率为0。"))
    assert [(i.name, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("安置帮教对象重新犯罪率", None, 0.0, None), ("新生儿破伤风发病率", None, 0.0, None),
        ("草原火灾受害率", 1.0, 0.0, "‰"), ("安置帮教对象脱管率", 0.5, 0.0, "%")]


def test_a_rate_of_how_funds_are_handled_or_published_holds_funds_words():
    """补助经费按时足额发放率, 直达资金…直达率, 部门预算公开率: how funds are paid or published, an indicator though its
    name holds 经费/资金/预算; the budget's own share (完成年度预算的101.3%) stays none."""
    found = narrative_indicators(build_document(
        "二、绩效目标完成情况\n全镇税收完成年度预算的101.3%；“两免一补”经费按时足额发放率100%；"
        "惠民资金直达率99.5%；部门预算公开率100%。"))
    assert [(i.name, i.actual.value) for i in found] == [
        ("“两免一补”经费按时足额发放率", 100.0), ("惠民资金直达率", 99.5), ("部门预算公开率", 100.0)]


def test_a_column_holding_the_target_and_its_result_in_one_cell():
    """目标值及完成情况 / 指标值及实际完成情况: one column, each cell the target then its result, labelled or bare
    (目标…，实际…; 年度目标：…；完成：…; 目标值…以上/实际…; ≥X/Y), split into the two with their bounds and units."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标值及实际完成情况 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 改造农房数量 | 目标≥40户,实际完成43户 | 20 | 20 |\n"
            "| 产出指标 | 数量指标 | 新建步道长度 | 年度目标:≥1.2万米;完成:1.35万米 | 20 | 18 |\n"
            "| 产出指标 | 质量指标 | 工程验收合格率 | 目标值95%以上/实际97% | 20 | 20 |\n"
            "| 效益指标 | 社会效益指标 | 住房安全保障率 | ≥98%/100% | 20 | 20 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | 目标≥90%，实际92.5% | 20 | 19 |\n")
    got = [(r["name"], r["target_op"], r["target_value"], r["target_unit"], r["actual_value"], r["actual_unit"],
            r["weight"], r["score"]) for r in rows(text)[0]]
    assert got == [
        ("改造农房数量", ">=", 40.0, "户", 43.0, "户", 20.0, 20.0),
        ("新建步道长度", ">=", 1.2, "万米", 1.35, "万米", 20.0, 18.0),
        ("工程验收合格率", ">=", 95.0, "%", 97.0, "%", 20.0, 20.0),
        ("住房安全保障率", ">=", 98.0, "%", 100.0, "%", 20.0, 20.0),
        ("农户满意度", ">=", 90.0, "%", 92.5, "%", 20.0, 19.0)]
    assert rows(text)[0][0]["level2"] == "数量指标" and rows(text)[0][0]["source_kind"] == "table"
    from pipelines.extract.indicators import split_combined
    # (the result in brackets; a value per unit and a rate per population are one value, no split)
    assert [split_combined(t) for t in ("≥85%（实际88%）", "≥600元/人·年", "12/10万")] == [
        ("≥85%", "88%"), ("≥600元/人·年", None), ("12/10万", None)]


def test_a_lone_pipe_line_among_cells_written_one_a_line_is_an_empty_cell_in_its_place():
    """Cells one a line ending in `` |``: a line of a lone ``|`` is the row's empty cell (a result or a target left
    blank), the cells after it keep their columns (the weight is no result, the score no weight)."""
    lines = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
             "产出指标", "数量指标", "修缮校舍间数", "≥12间", "", "10", "8", "",
             "时效指标", "资金支付及时率", "", "100%", "10", "10", "",
             "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "93%", "20", "20", ""]
    text = "".join(f"{c} |\n" if c else "|\n" for c in lines)
    got = [(r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in rows(text)[0]]
    assert got == [("修缮校舍间数", 12.0, None, 10.0, 8.0), ("资金支付及时率", None, 100.0, 10.0, 10.0),
                   ("师生满意度", 90.0, 93.0, 20.0, 20.0)]


def test_a_row_under_a_header_whose_first_level_label_stands_on_the_line_above():
    """一级 / 指标 broken onto the line above 二级指标 | 三级指标 | …: a row of as many cells as that header line,
    its reason left out, still opens with its first level (满意度指标 | 服务对象满意度指标 | name), not a second level
    and a name one column left."""
    text = ("一级 指标\n"
            "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "产出指标 数量指标 新修水渠长度 ≥8公里 8.5公里 30 30 无\n"
            "效益指标 社会效益指标 受益农田面积 ≥2000亩 2100亩 30 30 无\n"
            "满意度指标 服务对象满意度指标 农户满意度 ≥90% 92% 20 19\n"
            "总分 100 99\n")
    got = [(r["level1"], r["level2"], r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"])
           for r in rows(text)[0]]
    assert got[-1] == ("满意度指标", "服务对象满意度指标", "农户满意度", 90.0, 92.0, 20.0, 19.0)
    assert got[0] == ("产出指标", "数量指标", "新修水渠长度", 8.0, 8.5, 30.0, 30.0)


def test_the_forms_own_lines_after_the_satisfaction_rows_are_no_indicators():
    """Below the satisfaction rows, no level cell of their own: the budget's execution rate with its points
    (预算执行率 | 10 | 9.6) or cut after its label written twice, and a line of points and their labels
    (资金执行分值 | 10 | 得分 | 9.5), are the form's own lines, not indicators."""
    head = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 发放救助物资批次 ≥4批 4批 40 40\n"
            "满意度指标 服务对象满意度指标 受助群众满意度 ≥90% 95% 50 50\n")
    for tail in ("预算执行率 10 9.6\n其他需要说明事项 无\n", "| 资金执行分值 | 10 | 得分 | 9.5 |\n"):
        names = [r["name"] for r in rows(head + tail)[0]]
        assert names == ["发放救助物资批次", "受助群众满意度"], tail
    # (under a header with a column of each indicator's explanation, the label's second cell stands in it)
    text = ("一级指标 二级指标 三级指标 指标解释 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 发放救助物资批次 全年发放批次 ≥4批 4批 40 40\n"
            "满意度指标 服务对象满意度指标 受助群众满意度 抽样调查满意比例 ≥90% 95% 50 50\n"
            "预算执行率 预算执行率\n")
    assert [r["name"] for r in rows(text)[0]] == ["发放救助物资批次", "受助群众满意度"]


def test_a_rate_ocr_wrote_in_letters_alone_is_read_as_its_digits():
    """lOO% (l for 1, O for 0, no digit left among them) is 100%, as ≥9O% is 90%; a word before a percent sign
    (Il, a code) is left alone."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 时效指标 | 工程按期完工率 | ≥9O% | lOO% | 10 | 10 |\n")
    got = rows(text)[0][0]
    assert (got["target_value"], got["actual_value"], got["actual_unit"]) == (90.0, 100.0, "%")
    from pipelines.ocr_digits import mend_misread_rate
    assert (mend_misread_rate("lOO%"), mend_misread_rate("PIO%"), mend_misread_rate("达到lOO%")) == ("100%", "PIO%", "达到100%")


def _with_units(text: str) -> list[tuple]:
    """(name, target op, target, target unit, result, result unit) of the prose indicators of ``text`` under a results
    section's heading."""
    return [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit)
            for i in narrative_indicators(build_document("三、绩效目标完成情况\n" + text))]


def test_a_plan_then_its_result_in_any_counted_unit():
    """计划…12处，实际建成13处: a plan and the result answering it with 实际 in the next clause state an indicator
    whatever the unit counts (处, 公里, 座 as 个 or 人), as a table's row does."""
    got = _with_units
    assert got("计划修建村级文化广场12处，实际建成13处。") == [("修建村级文化广场", "=", 12.0, "处", 13.0, "处")]
    assert got("计划铺设供水管网8公里，实际铺设8.6公里。") == [("铺设供水管网", "=", 8.0, "公里", 8.6, "公里")]


def test_a_bound_before_the_verb_and_an_approximate_plan():
    """至少达到35万平方米 (the bound before the verb), 计划约180吨左右 (about: no bound, no part of the name), the result
    after each with 实际 and a qualifier (实际日均处理186吨)."""
    got = _with_units
    assert got("绿化面积至少达到35万平方米，实际完成37万平方米。") == [
        ("绿化面积", ">=", 35.0, "万平方米", 37.0, "万平方米")]
    assert got("污水日处理量计划约180吨左右，实际日均处理186吨。") == [("污水日处理量", "=", 180.0, "吨", 186.0, "吨")]


def test_a_result_after_its_goal_with_a_verb_or_in_a_bracket():
    """…以内，实际支出78.4万元: 实际 and the verb of spending answer the goal just stated (no budget clause of its own);
    …90%以上（实际测评满意度为93.1%）: the bracket right after a goal holding 实际 holds its result, no aside."""
    got = _with_units
    assert got("培训成本控制在80万元以内，实际支出78.4万元。") == [("培训成本", "<=", 80.0, "万元", 78.4, "万元")]
    assert got("群众满意度90%以上（实际测评满意度为93.1%）。") == [("群众满意度", ">=", 90.0, "%", 93.1, "%")]


def test_a_plan_stated_after_its_result():
    """新增城镇就业岗位215个，全年计划新增200个: the plan after the result, in its unit and naming only the plan and the
    verb, is that result's goal."""
    assert _with_units("新增城镇就业岗位215个，全年计划新增200个。") == [
        ("新增城镇就业岗位", "=", 200.0, "个", 215.0, "个")]


def test_a_rate_of_whom_the_funds_reach_is_an_indicator():
    """助学资金资助覆盖率 / 补贴资金到户率: a rate of the people the funds reach is no budget rate (资金到位率 is)."""
    got = _with_units
    assert got("助学资金资助覆盖率达100%（目标≥90%）。") == [("助学资金资助覆盖率", ">=", 90.0, "%", 100.0, "%")]
    assert got("资金到位率100%（目标≥90%）。") == []


def test_a_numbered_section_ends_the_level_it_opened():
    """（一）产出情况 … （二）运行情况: the next section numbered as the level's heading, naming no level, ends it."""
    found = narrative_indicators(build_document(
        "三、绩效目标完成情况\n（一）产出情况。培训合格率达到97%，目标不低于90%。\n"
        "（二）运行情况。设备完好率98.5%，目标不低于95%。\n"))
    assert [(i.name, i.level1) for i in found] == [("培训合格率", "产出指标"), ("设备完好率", None)]


def test_percentages_written_in_words():
    """百分之百, 百分之九十五以上, 百分之九十七点五: a figure with the unit %, in a table's cell and in running text alike."""
    assert parse_value("百分之百") == Value("=", 100.0, "%")
    assert parse_value("百分之九十五以上") == Value(">=", 95.0, "%")
    assert parse_value("百分之一百零五") == Value("=", 105.0, "%")
    assert parse_value("百分之零点五以下") == Value("<=", 0.5, "%")
    assert _with_units("疫苗接种率为百分之九十七点五，年度目标为不低于百分之九十。") == [
        ("疫苗接种率", ">=", 90.0, "%", 97.5, "%")]
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 质量指标 | 补助发放准确率 | 百分之九十五以上 | 百分之百 | 10 | 10 |\n")
    row = rows(text)[0][0]
    assert (row["target_op"], row["target_value"], row["actual_value"], row["actual_unit"]) == (">=", 95.0, 100.0, "%")


def test_a_result_cell_with_two_figures_takes_the_one_in_the_target_unit():
    """建成43个，完成率107.5%: of a result cell's figures, one per clause, the one in the target's unit is the result."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 新建农家书屋 | ≥40个 | 建成43个，完成率107.5% | 10 | 10 |\n")
    row = rows(text)[0][0]
    assert (row["target_value"], row["actual_value"], row["actual_unit"]) == (40.0, 43.0, "个")


def test_a_total_row_named_for_the_indicators_is_no_indicator():
    """绩效指标合计 | | 90 | 86 in tab rows: the indicators' total, its owner named before 合计, ends the table."""
    text = "\n".join([
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "\t产出指标\t数量指标\t巡查河道长度\t≥120公里\t126公里\t45\t45",
        "\t效益指标\t社会效益指标\t水质达标率\t≥90%\t88%\t45\t41",
        "绩效指标合计\t\t90\t86",
    ])
    found, _ = rows(text)
    assert [r["name"] for r in found] == ["巡查河道长度", "水质达标率"]


def test_a_closed_last_row_cut_inside_its_name_or_level_is_no_indicator():
    head = ("一级指标 |\n二级指标 |\n三级指标 |\n指标值 |\n实际完成值 |\n分值 |\n得分 |\n"
            "产出指标 |\n数量指标 |\n培训场次 |\n≥4场 |\n5场 |\n10 |\n10 |\n")
    names = lambda text: [r["name"] for r in rows(text)[0]]
    # a layout writing every cell closed by a bar stops on a name with no cell after it: a piece of the name
    assert names(head + "效益指标 |\n社会效益指标 |\n群众知晓 |") == ["培训场次"]
    # followed by its cells, the name is whole (a row named without values)
    assert names(head + "效益指标 |\n社会效益指标 |\n群众知晓率 |\n|\n|\n|\n|") == ["培训场次", "群众知晓率"]
    # the row written on one line, cut inside its level label before its name
    assert names("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |\n"
                 "| 产出指标 | 数量指标 | 培训场次 | ≥4场 | 5场 | 10 | 10 |\n| 效益指标 | 社会效益指 | |") == ["培训场次"]


def test_a_level_label_cut_before_its_last_character_is_no_name():
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 培训场次 | ≥4场 | 5场 | 10 | 10 |\n| 效益指标 | 社会效益指 | | | | | |\n"
            "| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 95% | 10 | 10 |\n")
    assert [r["name"] for r in rows(text)[0]] == ["培训场次", "学员满意度"]


def test_weight_and_score_in_brackets_after_a_result_in_running_text():
    """…实际举办32场（分值20分，得分18分）: the bracket right after an indicator's figure holds its weight and score;
    a level heading's group points (产出指标（分值60分，得分58分）) stay with no indicator."""
    found = narrative_indicators(build_document(
        "产出指标（分值60分，得分58分）：\n1.数量指标：举办农技讲座不少于30场，实际举办32场（分值20分，得分18分）；"
        "病虫害防治覆盖率目标≥85%，实际91%（分值15分，得分15分）。"))
    assert [(i.name, i.target.value, i.actual.value, i.weight, i.score) for i in found] == [
        ("举办农技讲座", 30.0, 32.0, 20.0, 18.0), ("病虫害防治覆盖率", 85.0, 91.0, 15.0, 15.0)]


def test_a_count_answered_by_actual_in_the_next_clause_is_its_plan():
    """数量指标：修缮文化站12座，实际修缮12座 / 帮扶农户目标80户，实际帮扶80户 / 年初目标新增造林面积2万亩，实际新增
    2.3万亩: a count the next clause answers with 实际, at most its verb and a figure in its unit, is the plan where
    its clause opens a level's record or names a goal (a bound is kept); money is the budget's (安排资金50万元，
    实际支出48万元 makes no indicator), and a count alone stays a fact (test_a_bound_then_the_result_is_read_…)."""
    found = narrative_indicators(build_document(
        "1.数量指标：修缮乡镇文化站12座，实际修缮12座；帮扶农户目标80户，实际帮扶80户；"
        "开展巡回演出不少于20场，实际演出24场。\n2.效益指标完成情况。年初目标新增造林面积2万亩，实际新增2.3万亩。"
        "\n3.项目安排资金50万元，实际支出48万元。"))
    assert sorted((i.name, i.target.op, i.target.value, i.target.unit, i.actual.value) for i in found) == sorted([
        ("修缮乡镇文化站", "=", 12.0, "座", 12.0), ("帮扶农户", "=", 80.0, "户", 80.0),
        ("开展巡回演出", ">=", 20.0, "场", 24.0), ("新增造林面积", "=", 2.0, "万亩", 2.3)])


def test_a_goal_label_alone_after_a_name_alone_in_the_clause_before_is_that_names_goal():
    """读者满意度，目标≥85%，经抽样调查，实际满意度为93% / 完成各类普查任务，年初计划9项，实际完成9项: the goal's
    label opens its clause, the measure stands alone in the clause before (no figure there)."""
    found = narrative_indicators(build_document(
        "3.满意度指标：读者满意度，目标≥85%，经抽样调查，实际满意度为93%。\n"
        "1.数量指标：完成各类普查任务，年初计划9项，实际完成9项。"))
    assert sorted((i.name, i.target.op, i.target.value, i.actual.value) for i in found) == [
        ("完成各类普查任务", "=", 9.0, 9.0), ("读者满意度", ">=", 85.0, 93.0)]


def test_how_a_result_was_measured_before_its_actual_names_no_indicator():
    """读者满意度目标≥85%，经问卷调查实际满意度为93%: the survey and 实际 answer the goal just stated."""
    found = narrative_indicators(build_document("3.满意度指标：读者满意度目标≥85%，经问卷调查实际满意度为93%。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [("读者满意度", 85.0, 93.0)]


def test_a_control_standard_in_brackets_after_a_result_is_its_ceiling():
    """人均接待成本18元，低于控制标准（25元）: the control figure in brackets is the target, a ceiling."""
    found = narrative_indicators(build_document(
        "四、绩效目标完成情况。全年接待游客2.1万人次，超过年度目标（2万人次）；人均接待成本18元，低于控制标准（25元）。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("接待游客", "=", 2.0, 2.1, "万人次"), ("人均接待成本", "<=", 25.0, 18.0, "元")]


def test_figures_ocr_parted_by_spaces_in_an_indicator_row_are_joined_back_to_the_columns():
    """≥8 5% | 8 8% | 20 | 18 under 指标值 | 实际完成值 | 分值 | 得分: six figures for four columns, joined back the one way
    that fits (a single digit with its neighbour, a piece with the next carrying the % or unit); the totals row's 1 00 |
    9 6.5 too. Two whole figures side by side (20 18) stay two."""
    text = "\n".join([
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "产出指标 数量指标 改造户数 ≥1200户 13 05户 20 20",
        "质量指标 验收合格率 ≥8 5% 8 8% 20 18",
        "时效指标 完成及时率 1 0 0% 100% 1 0 9",
        "总分 1 00 9 6.5",
    ])
    got, totals = rows(text)
    by_name = {r["name"]: r for r in got}
    assert (by_name["改造户数"]["target_value"], by_name["改造户数"]["actual_value"]) == (1200, 1305)
    r = by_name["验收合格率"]
    assert (r["target_value"], r["actual_value"], r["weight"], r["score"]) == (85, 88, 20, 18)
    r = by_name["完成及时率"]
    assert (r["target_value"], r["actual_value"], r["weight"], r["score"]) == (100, 100, 10, 9)
    assert (totals.weight, totals.score) == (100, 96.5)


def test_a_result_before_a_bracketed_date_note_keeps_its_figure():
    """98.6%（截至12月31日）, 1520户（2023年底）: the note says when the figure was taken, the figure stands; a date that is the
    cell's value (2023年12月, 12月（计划）) has none."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 质量指标 | 信息公开及时率 | ≥95% | 98.6%（截至12月31日） | 10 | 10 |\n"
            "| 产出指标 | 数量指标 | 签约户数 | ≥1500户 | 1520户（2023年底） | 10 | 10 |\n"
            "| 产出指标 | 时效指标 | 完成时间 | 2023年12月 | 11月（提前） | 10 | 10 |\n")
    got = [(r["name"], r["actual_value"], r["actual_unit"]) for r in rows(text)[0]]
    assert got == [("信息公开及时率", 98.6, "%"), ("签约户数", 1520.0, "户"), ("完成时间", None, None)]


def test_a_figure_the_excerpts_end_cut_inside_its_cell_is_not_read():
    """A text stopping inside its last cell (no bar, space or line break after it), a target or result ending in a
    digit with the row's points columns missing after it: the figure is a piece (9 of 96%), not read; its name and
    target stay. Closed by a bar, or the figure's unit begun (8.5万 of 8.5万人次), the figure is whole."""
    from pipelines.extract.forms import forms_of

    def last(text):
        doc = build_document(text)
        found, _ = extract_indicators(doc, forms_of(doc))
        return [(i.name, i.target_raw, i.actual_raw) for i in found][-1]

    head = "\n\n".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "产出指标", "数量指标", "义诊场次", "≥12场", "14场", "20", "20",
                        "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"])
    assert last(head + "\n\n9") == ("患者满意度", "≥90%", None)
    assert last(head + "\n\n96%") == ("患者满意度", "≥90%", "96%")
    assert last(head.replace("≥90%", "≥8万人次") + "\n\n8.5万") == ("患者满意度", "≥8万人次", "8.5万")
    barred = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
              "| 产出指标 | 数量指标 | 义诊场次 | ≥12场 | 14场 | 20 | 20 |\n"
              "| 满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥90% | 96 |")
    assert last(barred) == ("患者满意度", "≥90%", "96")
    assert last(barred + " 9") == ("患者满意度", "≥90%", "96")  # (the cut piece after the bar taken off: 96 closed)
    assert last(barred[:-2]) == ("患者满意度", "≥90%", None)


def test_units_of_visits_by_site_and_of_money_in_hundreds_of_millions_in_running_text():
    """巡查隐患点1,380点次（目标≥1,200点次）: 点次 is the unit (点 alone is none); 带动投资32.5亿元（目标≥30亿元）: money in
    亿元 is a value against its goal, as written, like any result-only unit."""
    found = narrative_indicators(build_document(
        "全年巡查隐患点1,380点次（目标≥1,200点次）；带动社会投资32.5亿元（目标≥30亿元）。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("巡查隐患点", ">=", 1200.0, 1380.0, "点次"), ("带动社会投资", ">=", 30.0, 32.5, "亿元")]
    assert parse_value("≥1,200点次") == Value(">=", 1200.0, "点次")  # (a form's cell as well)


def test_a_rate_of_funds_paid_out_in_the_way_set_for_them_is_an_indicator():
    """救助资金社会化发放率 / 补助资金按月拨付率: how the funds reach people, an indicator; 资金兑付率 alone (the share of the
    funds paid) stays the budget's."""
    found = narrative_indicators(build_document(
        "资金兑付率100%。救助资金社会化发放率100%（目标100%），补助资金按月拨付率98%（目标≥95%）。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("救助资金社会化发放率", 100.0, 100.0), ("补助资金按月拨付率", 95.0, 98.0)]


def test_a_bound_per_head_before_its_figure_and_the_result_after_it():
    """标准不低于每人每月520元，实际执行560元: what the bound is per (a person, a month) stands between it and the figure;
    the standard is the name, the bound its target's, 实际执行 its result."""
    found = narrative_indicators(build_document(
        "（一）产出指标：城镇救助标准不低于每人每月520元，实际执行560元；农村救助标准不低于每人每年3,900元，实际执行4,200元。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value, i.actual.unit) for i in found] == [
        ("城镇救助标准", ">=", 520.0, 560.0, "元"), ("农村救助标准", ">=", 3900.0, 4200.0, "元")]


def test_a_short_word_in_brackets_closing_a_name_is_part_of_it():
    """新建示范点（站）6个（目标6个） / 创建示范村（社区）40个，实际完成42个: the bracket says what else the name covers, part of it;
    a unit in brackets (（人次）) is not, nor is the name of a group 较少 qualifies (人口较少民族…) a comparison."""
    found = narrative_indicators(build_document(
        "（二）绩效目标完成情况：新建示范点（站）6个（目标6个）；创建示范村（社区）40个，实际完成42个；"
        "实施人口较少民族村寨帮扶项目12个，实际完成12个。"))
    assert [(i.name, i.target.value, i.actual.value) for i in found] == [
        ("新建示范点(站)", 6.0, 6.0), ("创建示范村(社区)", 40.0, 42.0), ("实施人口较少民族村寨帮扶项目", 12.0, 12.0)]


def test_a_numbered_heading_of_the_years_goals_run_in_with_them_after_a_full_stop():
    """（三）年度绩效目标。全年计划…；投诉按期办结率达到100%；…。: the heading names goals, so what its sentence states
    are targets, a figure with no bound (达到100%) too; the results stated later answer them."""
    found = narrative_indicators(build_document(
        "（三）年度绩效目标。全年计划完成抽检800批次以上；投诉按期办结率达到100%；全县未发生重大事故。\n"
        "（四）完成情况。投诉按期办结率98%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found if "办结率" in i.name] == [
        ("投诉按期办结率", "=", 100.0, 98.0)]


def test_counts_in_ten_thousands_of_any_counted_unit():
    """万 before any counted unit of running text is a unit of its own (3.6万卷, 8.2万画幅), as in a form's cell;
    the longest unit wins (1.2万千瓦时, not 万千瓦)."""
    found = narrative_indicators(build_document(
        "（一）产出指标\n整理归档文书3.6万卷，目标≥3万卷；扫描工程图纸8.2万画幅，目标8万画幅；"
        "节约用电1.2万千瓦时，目标1万千瓦时。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit) for i in found] == [
        ("整理归档文书", ">=", 3.0, "万卷", 3.6, "万卷"), ("扫描工程图纸", "=", 8.0, "万画幅", 8.2, "万画幅"),
        ("节约用电", "=", 1.0, "万千瓦时", 1.2, "万千瓦时")]


def test_ten_thousand_alone_is_a_unit_only_against_its_goal_in_ten_thousands():
    """公众号关注人数达到12.5万，目标为10万以上: 万 with no unit named is the figure's unit where its goal is in 万 too;
    收入12.5万，目标为10万元 is money, no indicator."""
    found = narrative_indicators(build_document("公众号关注人数达到12.5万，目标为10万以上。"))
    assert [(i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit) for i in found] == [
        ("公众号关注人数", ">=", 10.0, "万", 12.5, "万")]
    assert narrative_indicators(build_document("全年经营收入12.5万，目标为10万元。")) == []


def test_a_change_whose_goal_is_the_same_change_is_the_indicator():
    """单位面积能耗降低2.4%，年度目标为降低≥2%: the change is what the goal sets, so its word names the measure; a
    change with no goal of its own (办公用品采购量同比下降3%) or the budget's (公用经费支出下降5%) stays out."""
    found = narrative_indicators(build_document("单位面积能耗降低2.4%，年度目标为降低≥2%；办公用品采购量同比下降3%；"
                                                "公用经费支出下降5%，目标为下降≥3%。"))
    assert [(i.name, i.target.op, i.target.value, i.actual.value) for i in found] == [
        ("单位面积能耗降低", ">=", 2.0, 2.4)]


def test_records_run_together_each_name_their_own_levels():
    """产出指标-数量指标-…：指标值…，完成值… on successive lines (re-joined into one paragraph): each record's dashed
    levels are its own, not the first record's carried down."""
    found, _ = rows("绩效指标:\n"
                    "产出指标-数量指标-修建灌溉水渠:指标值≥5公里,完成值6公里,分值20,得分20\n"
                    "产出指标-时效指标-工程完工及时率:指标值100%,完成值100%,分值10,得分10\n"
                    "效益指标-社会效益指标-受益农户数:指标值≥300户,完成值320户,分值20,得分20\n")
    assert [(r["name"], r["level1"], r["level2"], r["actual_value"], r["score"]) for r in found] == [
        ("修建灌溉水渠", "产出指标", "数量指标", 6.0, 20.0), ("工程完工及时率", "产出指标", "时效指标", 100.0, 10.0),
        ("受益农户数", "效益指标", "社会效益指标", 320.0, 20.0)]


def test_a_list_of_goals_restates_the_records_that_state_target_and_result():
    """年度目标：修建水渠5公里，安装路灯40盏。 above records stating target and result each: the records list the
    indicators, the goals with no result add none."""
    found, _ = rows("年度目标:修建灌溉水渠5公里,安装太阳能路灯40盏。\n"
                    "绩效指标:\n"
                    "产出指标-数量指标-修建灌溉水渠:指标值≥5公里,完成值6公里,分值20,得分20\n"
                    "产出指标-质量指标-工程验收合格率:指标值100%,完成值100%,分值10,得分10\n")
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("修建灌溉水渠", 5.0, 6.0), ("工程验收合格率", 100.0, 100.0)]


# --- older and provincial indicator tables ----------------------------------------------------


def test_a_goal_column_before_its_own_target_heads_the_names():
    """绩效目标 | 预期目标 | 实际完成情况 | 偏差 (older forms, bars or two spaces between cells, or a cell a line): the goal's
    column opening the header, its target and result after it, names the indicators."""
    for text in ("| 绩效目标 | 预期目标 | 实际完成情况 | 偏差 |\n| 修缮村道长度 | ≥12公里 | 12.6公里 | +0.6公里 |\n"
                 "| 村民满意度 | ≥85% | 91% | 无 |\n",
                 "绩效目标  预期目标  实际完成情况  偏差原因\n修缮村道长度  ≥12公里  12.6公里  +0.6公里\n"
                 "村民满意度  ≥85%  91%  无\n",
                 "绩效目标 |\n预期目标 |\n实际完成情况 |\n偏差原因 |\n修缮村道长度 |\n≥12公里 |\n12.6公里 |\n |\n"
                 "村民满意度 |\n≥85% |\n91% |\n |\n"):
        found, _ = rows(text)
        assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"]) for r in found] == [
            ("修缮村道长度", ">=", 12.0, 12.6), ("村民满意度", ">=", 85.0, 91.0)], text


def test_a_goal_block_written_in_sentences_names_no_indicator():
    """年度绩效目标 | 预期目标 | 实际完成情况 (or 绩效目标, 年度目标; bars, tabs, spaces or a cell a line) over a row of two
    sentences, the goals and their results, then the indicators' header: the form's goal block, no indicator table;
    the rows under the header below are the indicators, each its own name."""
    goals = ("修缮村道12公里，安装路灯40盏，村民满意度不低于85%。", "修缮村道12.6公里，安装路灯42盏，满意度91%。")
    header = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    body = [("产出指标", "数量指标", "修缮村道长度", "≥12公里", "12.6公里", "30", "30"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", "91%", "20", "20")]
    for label in ("年度绩效目标", "绩效目标", "年度目标"):
        laid = {
            "bars": "\n".join("| " + " | ".join(r) + " |" for r in [(label, "预期目标", "实际完成情况"), goals,
                                                                     header, *body]) + "\n",
            "tabs": "\n".join("\t".join(r) for r in [(label, "预期目标", "实际完成情况"), ("", *goals), header,
                                                     *body]) + "\n",
            "spaces": "\n".join(" ".join(r) for r in [(label, "预期目标", "实际完成情况"), goals, header, *body]) + "\n",
            "lines": "".join(c + " |\n" for r in [(label, "预期目标", "实际完成情况"), goals, header, *body] for c in r),
        }
        for how, text in laid.items():
            found, _ = rows("村道修缮项目支出绩效自评表\n" + text)  # (the form's title above it)
            assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
                ("修缮村道长度", 12.0, 12.6), ("村民满意度", 85.0, 91.0)], (label, how)


def test_a_goal_column_before_a_bare_indicator_column_is_the_task():
    """绩效目标 | 指标 | 目标值 | 完成值 | 完成比例: the goal names the task each indicator serves, 指标 the names."""
    found, _ = rows("| 绩效目标 | 指标 | 目标值 | 完成值 | 完成比例 |\n"
                    "| 改善乡村道路 | 修缮村道长度 | 12公里 | 12.6公里 | 105% |\n"
                    "| | 路灯安装数量 | ≥40盏 | 42盏 | 105% |\n")
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("修缮村道长度", 12.0, 12.6), ("路灯安装数量", 40.0, 42.0)]


def test_a_bare_indicator_label_before_the_points_heads_the_names_under_level_rows():
    """一、产出指标（60分） on a row of its own, then 指标 | 分值 | 目标值 | 实际值 | 得分 again under each level: 指标 and
    分值 are two columns (no broken 指标分值), and each level row names the first level of the rows under it."""
    found, _ = rows("| 一、产出指标（60分） | | | | |\n| 指标 | 分值 | 目标值 | 实际值 | 得分 |\n"
                    "| 修缮村道长度 | 30 | 12公里 | 12.6公里 | 30 |\n| 路灯安装数量 | 30 | ≥40盏 | 42盏 | 30 |\n"
                    "| 二、满意度指标（40分） | | | | |\n| 指标 | 分值 | 目标值 | 实际值 | 得分 |\n"
                    "| 村民满意度 | 40 | ≥85% | 91% | 40 |\n")
    assert [(r["name"], r["level1"], r["weight"], r["target_value"], r["actual_value"]) for r in found] == [
        ("修缮村道长度", "产出指标", 30.0, 12.0, 12.6), ("路灯安装数量", "产出指标", 30.0, 40.0, 42.0),
        ("村民满意度", "满意度指标", 40.0, 85.0, 91.0)]


def test_a_target_completion_column_is_no_result():
    """指标值 | 实际完成值 | 目标完成率: the completion rate is the result's share of the target, not the result."""
    found, _ = rows("| 三级指标 | 指标值 | 实际完成值 | 目标完成率 |\n| 修缮村道长度 | 12公里 | 12.6公里 | 105% |\n"
                    "| 村民满意度 | ≥85% | 91% | 107.1% |\n")
    assert [(r["name"], r["target_value"], r["actual_value"]) for r in found] == [
        ("修缮村道长度", 12.0, 12.6), ("村民满意度", 85.0, 91.0)]


def test_figures_a_tab_bounds_are_never_joined_as_parted():
    """A row of more figures than the header's value columns (a column it did not name): on a line whose cells tabs
    bound, each is a figure, never one OCR parted (150 | 156 | 104% is no 156104); spaced, they are joined back."""
    from pipelines.extract.indicator_block import _joined_parted_figures
    from pipelines.model import Cell

    columns = ["level1", "level2", "name", "desc", "target", "actual", "weight", "score"]
    figures = ["150", "156", "104%", "15", "15"]
    body = [Cell("新打机井", 2, True), *(Cell(f, 2) for f in figures)]
    tabbed = _joined_parted_figures(body, columns, ["三级指标", "新打机井\t" + "\t".join(figures)])
    assert [c.text for c in tabbed] == ["新打机井", *figures]
    spaced = _joined_parted_figures(body, columns, ["三级指标", "新打机井 " + " ".join(figures)])
    assert [c.text for c in spaced] == ["新打机井", "150", "156104%", "15", "15"]


def test_process_criteria_with_no_values_are_no_indicators():
    """决策 | 项目立项 | 立项依据充分性 | 5 | — | — | 5: a criterion of how the project was decided and run, scored with
    no target or result, is no performance indicator; a process row with its values (预算执行率 | 100% | 96%) is."""
    found, _ = rows("| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际值 | 得分 |\n"
                    "| 决策 | 项目立项 | 立项依据充分性 | 5 | — | — | 5 |\n"
                    "| 过程 | 资金管理 | 预算执行率 | 5 | 100% | 96% | 4.8 |\n"
                    "| | 组织实施 | 管理制度健全性 | 5 | / | / | 5 |\n"
                    "| 产出 | 产出数量 | 修缮村道长度 | 10 | 12公里 | 12.6公里 | 10 |\n")
    assert [(r["name"], r["actual_value"]) for r in found] == [("预算执行率", 96.0), ("修缮村道长度", 12.6)]


def test_a_planned_count_of_livestock_by_the_head_and_its_actual_count():
    """计划完成X万头只，实际完成Y万头只: 头只 (large and small animals counted together) and 羽 are units."""
    found = narrative_indicators(build_document(
        "一、绩效目标完成情况\n全年计划完成生猪免疫12万头只，实际完成12.6万头只；计划完成禽类免疫300万羽，实际完成310万羽。"))
    assert [(i.name[-4:], i.target.value, i.actual.value) for i in found] == [
        ("生猪免疫", 12.0, 12.6), ("禽类免疫", 300.0, 310.0)]


def test_both_levels_written_short_in_one_category_cell():
    """指标类别 | 产出-数量: the older form's category cell names the first level and the second, short."""
    text = "\n".join([
        "指标类别   指标名称   年度指标值   实际完成值   分值   得分",
        "产出-数量   发放人数   ≥100人   120人   20   20",
        "效益-社会效益   知晓率   ≥90%   95%   20   19",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"]) for r in found] == [
        ("产出", "数量", "发放人数"), ("效益", "社会效益", "知晓率")]


def test_a_rows_level_cells_are_read_by_their_column():
    """A department's framework: its first levels' words (可持续性) and its second levels' (效果, 信息公开) stand
    where the header's columns put them, a row leaving out its first level's merged cell included."""
    text = "\n".join([
        "一级指标\t二级指标\t三级指标\t年度目标\t实际完成\t分值\t得分",
        "履职效能\t产出\t办件数量\t≥500件\t520件\t10\t10",
        "\t\t办结率\t≥95%\t97%\t10\t10",
        "\t效果\t群众知晓率\t≥90%\t92%\t10\t10",
        "管理效率\t预算执行\t预算执行率\t≥95%\t96%\t10\t9",
        "\t信息公开\t公开及时率\t100%\t100%\t10\t10",
        "可持续性\t长效管理\t“两项”制度健全率\t100%\t100%\t10\t10",
    ])
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"]) for r in found] == [
        ("履职效能", "产出", "办件数量"), ("履职效能", "产出", "办结率"), ("履职效能", "效果", "群众知晓率"),
        ("管理效率", "预算执行", "预算执行率"), ("管理效率", "信息公开", "公开及时率"),
        ("可持续性", "长效管理", "“两项”制度健全率")]


def test_a_table_whose_labels_ocr_misread_is_read_as_written():
    """一级指摽, 得汾, 产岀指标, 数暈指标, 满意庋指标: a scan's look-alike characters in the header and the level cells
    (normalise reads them back inside the labels' words): the rows, their levels and the score column."""
    text = ("| 一级指摽 | 二级指摽 | 三级指摽 | 年度指摽值 | 实际完成值 | 分值 | 得汾 |\n"
            "| 产岀指标 | 数暈指标 | 新建村道里程 | ≥12公里 | 12.5公里 | 20 | 19 |\n"
            "| 满意庋指标 | 服务对象满意庋指标 | 村民满意度 | ≥90% | 93% | 10 | 9.5 |\n")
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["actual_value"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "新建村道里程", 12.5, 19.0), ("满意度指标", "服务对象满意度指标", "村民满意度", 93.0, 9.5)]


def test_roman_numerals_numbering_the_levels_are_no_part_of_them():
    """Ⅰ 产出指标 / ⅱ 质量指标 (NFKC: I, ii), as 一、 and (1) number them: the level is the label after the numeral;
    a Latin letter opening a cell that is no level (IV类水质) stays."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| Ⅰ 产出指标 | ⅰ 数量指标 | 巡河次数 | ≥48次 | 52次 | 20 | 20 |\n"
            "| | ⅱ 质量指标 | IV类水质断面比例 | ≥80% | 85% | 20 | 20 |\n"
            "| Ⅱ 满意度指标 | ⅰ 服务对象满意度指标 | 沿河居民满意度 | ≥90% | 92% | 10 | 10 |\n")
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"]) for r in found] == [
        ("产出指标", "数量指标", "巡河次数"), ("产出指标", "质量指标", "IV类水质断面比例"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度")]


def test_a_form_retyped_as_a_list_keeps_its_levels():
    """◆ 产出指标 alone on its line heads the records below it as a level's heading does; ● 数量指标——培训人数：…
    names its second level before the dash (or a colon), and the mark opens no name."""
    text = ("二、绩效指标完成情况\n◆ 产出指标\n"
            "● 数量指标——培训人数:目标值≥300人,实际完成320人,分值20分,得分20分;\n"
            "● 质量指标——培训合格率:目标值≥90%,实际完成95%,分值20分,得分18分;\n"
            "◆ 满意度指标\n"
            "● 服务对象满意度指标——学员满意度:目标值≥90%,实际完成93%,分值10分,得分10分。\n")
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["actual_value"], r["score"]) for r in found] == [
        ("产出指标", "数量指标", "培训人数", 320.0, 20.0), ("产出指标", "质量指标", "培训合格率", 95.0, 18.0),
        ("满意度指标", "服务对象满意度指标", "学员满意度", 93.0, 10.0)]
    text = ("■ 产出指标\n▶ 数量指标:培训人数,目标值≥300人,实际完成320人;\n"
            "■ 效益指标\n▶ 社会效益指标:就业率,目标值≥80%,实际完成85%。\n")
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"]) for r in found] == [
        ("产出指标", "数量指标", "培训人数"), ("效益指标", "社会效益指标", "就业率")]


def test_a_bound_with_no_unit_and_the_bare_result_after_it():
    """…控制在0.3以下，实际0.12 / …控制在450以内，实际为390: a bound written with no unit, a bare 实际 figure answering
    it in its sentence: the goal (<=) and its result, no unit. A bare figure after 实际 with no such bound before it, or
    a bound no 实际 figure answers, is none."""
    found = narrative_indicators(build_document(
        "三、绩效目标完成情况\n全市电梯万台事故率控制在0.3以下，实际0.12；每万人治安案件发案数控制在450以内，实际为390。"
        "档案编号控制在20以内。"))
    assert sorted((i.name, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit) for i in found) == [
        ("每万人治安案件发案数", "<=", 450.0, None, 390.0, None), ("电梯万台事故率", "<=", 0.3, None, 0.12, None)]
    assert narrative_indicators(build_document("三、绩效目标完成情况\n本年实际1200，较上年增加。")) == []


# --- running text and lists on article pages: separators, short levels, results first ------------------------


def _fields(found, *keys):
    return [tuple(r[k] for k in keys) for r in found]


def test_a_record_line_typed_with_a_space_after_each_separator_is_one_record():
    """指标名称: 某某; 目标值: >=3万亩; …: every space follows a colon or a semicolon, so the line is one record, not
    cells parted by spaces (its labels read as a header of columns)."""
    text = "\n".join([
        "二、绩效指标完成情况",
        "指标名称: 苗木栽植面积; 目标值: >=2万亩; 实际完成值: 2.2万亩; 分值: 20; 得分: 18;",
        "指标名称: 栽植成活率; 目标值: >=85%; 实际完成值: 90%; 分值: 10; 得分: 10;",
    ])
    found, _ = rows(text)
    assert _fields(found, "name", "target_op", "target_value", "target_unit", "actual_value", "weight", "score") == [
        ("苗木栽植面积", ">=", 2.0, "万亩", 2.2, 20.0, 18.0), ("栽植成活率", ">=", 85.0, "%", 90.0, 10.0, 10.0)]


def test_a_records_half_width_full_stop_ends_its_last_value():
    text = "指标名称：巡河次数；目标值：≥50次；实际完成值：56次；分值：20；得分：19."
    assert _fields(rows(text)[0], "name", "score") == [("巡河次数", 19.0)]


def test_a_records_level_is_given_without_its_points():
    text = "\n".join([
        "一级指标：产出指标（40分）",
        "指标名称：巡河次数；目标值：≥50次；实际完成值：56次；得分：20分。",
        "一级指标：满意度指标（10分）",
        "指标名称：沿河群众满意度；目标值：≥90%；实际完成值：93%；得分：10分。",
    ])
    assert _fields(rows(text)[0], "level1", "name") == [("产出指标", "巡河次数"), ("满意度指标", "沿河群众满意度")]


def test_points_after_a_completion_rate_clause_are_the_results():
    """…实际完成52公里，完成率104%，分值15分，得分15分: the rate's clause stands between the result and its points."""
    text = "\n".join([
        "三、绩效指标完成情况",
        "（1）新修便道里程：预期目标≥50公里，实际完成52公里，完成率104%，分值15分，得分15分。",
        "（2）维修桥梁座数：预期目标6座，实际完成5座，完成率83.3%，分值10分，得分7分。",
        "（3）巡查覆盖率：预期目标100%，实际完成95%，偏差5个百分点，分值10分，得分8分。",
    ])
    assert _fields(rows(text)[0], "name", "actual_value", "weight", "score") == [
        ("新修便道里程", 52.0, 15.0, 15.0), ("维修桥梁座数", 5.0, 10.0, 7.0), ("巡查覆盖率", 95.0, 10.0, 8.0)]


def test_a_score_said_as_full_marks_or_after_an_enumeration_comma():
    text = "\n".join([
        "二、绩效指标完成情况",
        "1.数量指标“新修水渠长度”目标值≥6公里，实际完成6.4公里，分值20分，得满分20分。",
        "产出指标中，参训农民人数目标为不少于300人，实际为320人，该项分值10分、得分9分。",
    ])
    assert _fields(rows(text)[0], "name", "weight", "score") == [("新修水渠长度", 20.0, 20.0), ("参训农民人数", 10.0, 9.0)]


def test_a_result_a_levels_label_opens_with_its_goal_after_it_is_an_indicator_whatever_its_words():
    """经济效益指标：…增长12%，目标值≥10% / 时效指标：资金支出进度96%，目标值≥90%: the words of a change or of spending are
    the measure's name there, not a comparison nor the budget."""
    text = "\n".join([
        "二、绩效目标完成情况",
        "1. 经济效益指标：合作社社员人均收入增长12%，目标值≥10%，得分10分。",
        "2. 时效指标：补助资金支出进度96%，目标值≥90%，得分5分。",
    ])
    assert _fields(rows(text)[0], "level2", "name", "target_op", "target_value", "actual_value") == [
        ("经济效益指标", "合作社社员人均收入增长", ">=", 10.0, 12.0),
        ("时效指标", "补助资金支出进度", ">=", 90.0, 96.0)]


def test_a_result_after_an_enumeration_comma_with_its_points_in_brackets():
    """新建水窖目标20处、实际完成21处（分值10分、得分10分）: the result after 、 and the points closing it."""
    text = "\n".join([
        "二、绩效指标完成情况",
        "（一）产出指标：数量指标方面，新建水窖目标20处、实际完成21处（分值10分、得分10分），铺设管道目标≥12公里、"
        "实际完成12.5公里（分值10分、得分9分）。",
    ])
    assert _fields(rows(text)[0], "level2", "name", "target_value", "actual_value", "weight", "score") == [
        ("数量指标", "新建水窖", 20.0, 21.0, 10.0, 10.0), ("数量指标", "铺设管道", 12.0, 12.5, 10.0, 9.0)]


def test_second_levels_written_short_head_what_follows():
    """产出数量：… (a form's second level, written short, unnumbered), 效益指标：社会效益方面，…, and 服务对象满意度：<a name>，…
    head the indicators after them; 服务对象满意度，目标… stays the measure itself."""
    text = "\n".join([
        "二、绩效指标完成情况",
        "（一）产出指标",
        "产出数量：培训医护人员人数，目标值≥120人，实际完成126人。",
        "（二）效益指标：社会效益方面，就诊人次目标≥3万人次、实际完成3.2万人次。",
        "（三）满意度指标",
        "服务对象满意度：就诊群众满意度，目标值≥90%，实际完成94%。",
    ])
    assert _fields(rows(text)[0], "level1", "level2", "name") == [
        ("产出指标", "产出数量", "培训医护人员人数"), ("效益指标", "社会效益", "就诊人次"),
        ("满意度指标", "服务对象满意度", "就诊群众满意度")]
    alone = "二、绩效指标完成情况\n（三）满意度指标\n服务对象满意度，目标值≥90%，实际完成94%。"
    assert _fields(rows(alone)[0], "level2", "name") == [(None, "服务对象满意度")]


def test_fields_parted_by_slashes():
    """某某／目标值≥…／实际完成…／分值…／得分…: a slash before a field's label parts the fields; one inside a unit stays."""
    text = "\n".join([
        "二、绩效指标完成情况",
        "1. 资助学生人数／目标值≥200人／实际完成212人／分值20分／得分20分",
        "2. 生活补助标准/目标值≥600元/人·月/实际完成600元/人·月/分值15分/得分15分",
    ])
    assert _fields(rows(text)[0], "name", "target_value", "target_unit", "actual_value", "weight", "score") == [
        ("资助学生人数", 200.0, "人", 212.0, 20.0, 20.0), ("生活补助标准", 600.0, "元/人·月", 600.0, 15.0, 15.0)]


def test_a_projects_planned_investment_is_no_indicator():
    text = "\n".join([
        "一、资金情况",
        "本项目计划投资120万元，实际支出118.5万元，执行率98.75%。",
        "二、绩效指标完成情况",
        "1.数量指标“新修道路长度”目标值≥3公里，实际完成3.1公里。",
    ])
    assert [r["name"] for r in rows(text)[0]] == ["新修道路长度"]


def test_a_name_in_quotes_after_its_level_is_the_name_alone():
    text = "\n".join([
        "二、绩效指标完成情况",
        "1.数量指标“新修水渠长度”目标值≥6公里，实际完成6.4公里。",
        "2.服务对象满意度“灌区农户满意度”目标值≥90%，实际完成93%。",
    ])
    assert _fields(rows(text)[0], "level2", "name") == [("数量指标", "新修水渠长度"), ("服务对象满意度", "灌区农户满意度")]


def test_a_target_whose_unit_holds_a_bracket_is_followed_by_its_result():
    """目标值≥300台（套），实际完成320台（套）: the target's own bracket closes before the break, no bracket around a target."""
    text = "二、绩效指标完成情况\n1. 数量指标：购置实验器材，目标值≥300台（套），实际完成320台（套），得分10分。"
    assert _fields(rows(text)[0], "name", "target_value", "actual_value", "score") == [("购置实验器材", 300.0, 320.0, 10.0)]


# --- a PDF's text layer: narrow columns wrapped, each cell's next line on the line below its row ------------------


def _levels_names_points(text):
    return [(r["level1"], r["level2"], r["name"], r["target_raw"], r["weight"], r["score"]) for r in rows(text)[0]]


def test_a_line_of_pieces_under_a_row_completes_its_cells_column_by_column():
    """产出 数量 修缮村道 … 20 20 / 指标 指标 长度: the pieces complete the level cells and the name above, none of
    the row's points (no row of its own, no ``20指标`` level); a level's last piece alone on a line after them too."""
    text = ("某项目绩效自评表\n一级 二级 三级指标 年度 实际 分值 得分\n指标 指标 指标值 完成值\n"
            "产出 数量 修缮村道 12公里 12公里 20 20\n指标 指标 长度\n"
            "质量 验收合格 100% 100% 20 18\n指标 率\n"
            "效益 社会 惠及农户 ≥300 320户 30 30\n指标 效益 户\n指标\n"
            "满意度 服务 群众满意 ≥90% 93% 30 30\n指标 对象 度\n满意度\n指标\n总分 100 98\n")
    assert _levels_names_points(text) == [
        ("产出指标", "数量指标", "修缮村道长度", "12公里", 20.0, 20.0),
        ("产出指标", "质量指标", "验收合格率", "100%", 20.0, 18.0),
        ("效益指标", "社会效益指标", "惠及农户", "≥300户", 30.0, 30.0),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 30.0, 30.0)]


def test_pieces_of_a_name_and_a_figure_without_a_level_complete_the_row_above():
    """… 补贴发放完成 2023年12月 2023年12月 10 10 / 时间 底前 中旬: the name's and the figures' rest (no level
    piece), read into the row, not a row named 时间."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 培训农户人次 ≥500人次 520人次 10 10\n"
            "时效指标 补贴发放完成 2023年12月 2023年12月 10 10\n时间 底前 中旬\n"
            "成本指标 人均培训成本 ≤200元 190元 10 10\n总分 30 30\n")
    assert [(r["name"], r["target_raw"], r["score"]) for r in rows(text)[0]] == [
        ("培训农户人次", "≥500人次", 10.0), ("补贴发放完成时间", "2023年12月底前", 10.0), ("人均培训成本", "≤200元", 10.0)]


def test_a_rows_line_opening_on_level_pieces_completes_the_levels_above():
    """产出指 数量指 … / 标 标 另一名称 …: the next row's line opens on the level cells' last pieces, its name and
    figures its own."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分\n"
            "产出指 数量指 新建蓄水池 10 20座 20座 10\n标 标 改造渠道长度 10 5公里 5公里 10\n"
            "质量指 工程验收合格率 10 100% 100% 10\n标 设备完好率 10 ≥95% 96% 10\n总分 40 40\n")
    assert [(r["level1"], r["level2"], r["name"]) for r in rows(text)[0]] == [
        ("产出指标", "数量指标", "新建蓄水池"), ("产出指标", "数量指标", "改造渠道长度"),
        ("产出指标", "质量指标", "工程验收合格率"), ("产出指标", "质量指标", "设备完好率")]


def test_a_level_printed_one_character_a_line_down_its_rows():
    """产 / 出 / 指 / 标 opening the lines of the rows a merged cell spans: one level label, its rows'."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产 数量指标 新建蓄水池 20座 20座 10 10\n出 改造渠道长度 5公里 5公里 10 10\n"
            "指 质量指标 工程验收合格率 100% 100% 10 10\n标 时效指标 完工及时率 100% 100% 10 10\n"
            "效 社会效益指标 受益人口 ≥800人 850人 20 20\n益\n指\n标\n总分 60 60\n")
    assert [(r["level1"], r["level2"], r["name"]) for r in rows(text)[0]] == [
        ("产出指标", "数量指标", "新建蓄水池"), ("产出指标", "数量指标", "改造渠道长度"),
        ("产出指标", "质量指标", "工程验收合格率"), ("产出指标", "时效指标", "完工及时率"),
        ("效益指标", "社会效益指标", "受益人口")]


def test_a_level_printed_one_character_a_line_between_its_rows():
    """产 / 出 / row / 指 / 标 / row: a PDF's merged level cell, its characters each alone on a line and the rows' lines
    between them; read down, they spell the rows' level (the rows had had none)."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产\n出\n数量指标 新建蓄水池 20座 20座 10 10\n指\n标\n质量指标 工程验收合格率 100% 100% 10 10\n"
            "时效指标 完工及时率 100% 100% 10 10\n效益指标 社会效益指标 受益人口 ≥800人 850人 20 20\n总分 50 50\n")
    assert [(r["level1"], r["level2"], r["name"]) for r in rows(text)[0]] == [
        ("产出指标", "数量指标", "新建蓄水池"), ("产出指标", "质量指标", "工程验收合格率"),
        ("产出指标", "时效指标", "完工及时率"), ("效益指标", "社会效益指标", "受益人口")]


def test_a_percentage_result_exported_as_its_fraction_is_the_percentage():
    """≥90% | 0.8: a spreadsheet's percent cell exported as its fraction under a percentage target of half or more is
    that percentage (80); a small rate kept low (≤1% | 0.4) and a count (≥10个 | 0.5) are read as written."""
    text = ("某项目绩效自评表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t质量指标\t设施达标率\t≥90%\t0.8\t20\t15\n\t\t数据差错率\t≤1%\t0.4\t10\t10\n"
            "\t数量指标\t新建站点\t≥10个\t12\t10\t10\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥85%\t0.925\t20\t20\n总分\t\t\t\t\t60\t55\n")
    assert [(r["name"], r["actual_value"], r["actual_unit"]) for r in rows(text)[0]] == [
        ("设施达标率", 80.0, "%"), ("数据差错率", 0.4, None), ("新建站点", 12.0, None), ("群众满意度", 92.5, "%")]


def test_a_name_cut_by_a_hyphen_at_the_lines_end_goes_on_on_the_next_line():
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 古树名木挂牌保护覆-\n盖数 ≥120株 126株 10 10\n"
            "质量指标 古树名木存活率 ≥98% 99% 10 10\n总分 20 20\n")
    assert [(r["name"], r["target_raw"]) for r in rows(text)[0]] == [("古树名木挂牌保护覆盖数", "≥120株"),
                                                                      ("古树名木存活率", "≥98%")]


def test_a_figures_rest_beside_a_levels_piece_completes_the_row_above():
    """时效 完工时限 2023年 2023年 10 10 / 指标 9月底 9月: no points on the line, its pieces the row's, not a row."""
    text = ("某项目绩效自评表\n一级 二级 三级指标 年度 实际 分值 得分\n指标 指标 指标值 完成值\n"
            "产出 质量 验收合格率 100% 100% 20 20\n指标 指标\n"
            "时效 完工时限 2023年 2023年 10 10\n指标 9月底 9月\n"
            "成本 亩均成本 ≤900元 880元 10 10\n指标\n总分 40 40\n")
    assert [(r["level2"], r["name"], r["target_raw"], r["actual_raw"], r["score"]) for r in rows(text)[0]] == [
        ("质量指标", "验收合格率", "100%", "100%", 20.0), ("时效指标", "完工时限", "2023年9月底", "2023年9月", 10.0),
        ("成本指标", "亩均成本", "≤900元", "880元", 10.0)]


def test_a_pages_running_head_between_a_rows_pieces_is_no_row():
    """A name's piece, the page's head (某县财政局 附件2, or each on a line of its own), then its other piece with the
    row's figures: the head is furniture, the name whole."""
    for head in ("某县财政局 附件2\n", "附件2\n某县财政局\n"):
        text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
                "产出指标 数量指标 新建蓄水池 20座 20座 10 10\n林下种植\n" + head +
                "面积 ≥5万亩 5.2万亩 10 10\n质量指标 工程验收合格率 100% 100% 10 10\n总分 30 30\n")
        assert [(r["name"], r["target_raw"], r["score"]) for r in rows(text)[0]] == [
            ("新建蓄水池", "20座", 10.0), ("林下种植面积", "≥5万亩", 10.0), ("工程验收合格率", "100%", 10.0)], head


def test_a_wrapped_line_gives_the_units_of_a_target_and_its_bare_result():
    """时效 道路巡查间 ≤5 天 4 天 … / 指标 隔 and 成本 每座维修 ≤800 760 … / 指标 成本 元 元: a figure whose unit stands
    beside it takes no word (the name's rest is the name's); a bare result after a target cut before its unit takes
    the second unit (the score keeps its figure, no ``10指标`` level); 公 / 里 under each figure complete their unit."""
    text = ("某项目绩效自评表\n一级 二级 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出 数量 新修便道 ≥30 公 32 公 10 10\n指标 指标 长度 里 里\n"
            "时效 道路巡查间 ≤5 天 4 天 10 10\n指标 隔\n"
            "成本 每座维修 ≤800 760 10 9\n指标 成本 元 元\n总分 30 29\n")
    assert [(r["level2"], r["name"], r["target_raw"], r["actual_raw"], r["score"]) for r in rows(text)[0]] == [
        ("数量指标", "新修便道长度", "≥30公里", "32公里", 10.0), ("时效指标", "道路巡查间隔", "≤5天", "4天", 10.0),
        ("成本指标", "每座维修成本", "≤800元", "760元", 9.0)]


def test_a_wrapped_word_under_a_second_level_cell_goes_on_the_name():
    """效益 生态效益 河道保洁覆 ≥95% 97% … / 指标 盖率: the 指标 ends the first level, the other piece makes no level
    with 生态效益 and is the name's rest."""
    text = ("某项目绩效自评表\n一级 二级 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出 数量 清理河道 ≥20公里 21公里 20 20\n指标 指标\n"
            "效益 生态效益 河道保洁覆 ≥95% 97% 20 20\n指标 盖率\n总分 40 40\n")
    assert [(r["level1"], r["level2"], r["name"], r["score"]) for r in rows(text)[0]] == [
        ("产出指标", "数量指标", "清理河道", 20.0), ("效益指标", "生态效益", "河道保洁覆盖率", 20.0)]


def test_a_first_level_printed_mid_span_over_three_rows_leaves_each_level_whole():
    """数量 某某 … / 产出 指标 某某 … / 指标 质量 某某 … / 指标: the first level's cell centred down its rows, its pieces
    on the second and third lines, the second levels' 指标 on the lines below them: the first row's second level is
    数量指标, the score of the row above no ``10指标`` level."""
    text = ("某项目绩效自评表\n一级 二级 三级指标 年度指标值 实际完成值 分值 得分\n指标 指标\n"
            "数量 新建机井 ≥12眼 12眼 10 10\n产出 指标 改造泵站 ≥3座 3座 10 10\n"
            "指标 质量 机井出水达标率 ≥95% 98% 10 9\n指标\n总分 30 29\n")
    assert [(r["level1"], r["level2"], r["name"], r["score"]) for r in rows(text)[0]] == [
        ("产出指标", "数量指标", "新建机井", 10.0), ("产出指标", "数量指标", "改造泵站", 10.0),
        ("产出指标", "质量指标", "机井出水达标率", 9.0)]


def test_a_lone_level_piece_opening_a_rows_line_is_no_part_of_the_row():
    """… 新建机井 ≥12眼 12眼 10 10 / 指标 质量 某某合格率 …: a 指标 that ends no level above is neither the score's
    (no ``10指标`` level, the score kept) nor the name's."""
    text = ("某项目绩效自评表\n一级 二级 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 新建机井 ≥12眼 12眼 10 10\n指标 质量 泵站验收合格率 ≥95% 98% 10 9\n总分 20 19\n")
    assert [(r["level1"], r["name"], r["score"]) for r in rows(text)[0]] == [
        ("产出指标", "新建机井", 10.0), ("产出指标", "泵站验收合格率", 9.0)]


def test_a_level_piece_run_in_after_a_rows_points_is_no_level_nor_a_row():
    """A form run onto one line, its wrapped pieces among the rows (… 10 8 指标 底前 上旬 成本 …): 指标 after a score
    makes no level with it (8指标), and a row named 指标 is no indicator."""
    text = ("某项目绩效自评表 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 新建机井 "
            "≥12眼 12眼 10 10 时效 完工时间 2023年10月 2023年11月 10 8 指标 底前 上旬 成本 亩均成本 ≤900元 880元 10 10 "
            "指标 总分 30 28\n")
    assert [(r["level2"], r["name"], r["score"]) for r in rows(text)[0]] == [
        ("数量指标", "新建机井", 10.0), ("时效", "完工时间", 8.0), ("成本", "亩均成本", 10.0)]


def test_a_header_stacked_over_two_lines_is_read_column_by_column():
    """指标 指标值 度量 实际 / 性质 单位 完成值: each piece completes the label above it (指标性质, 度量单位, 实际完成值)
    before the columns are counted; the spaced characters' 年度实际 over 指标值 完成值 are two labels' heads."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 指标 指标值 度量 实际 分值 得分\n性质 单位 完成值\n"
            "产出指标 数量指标 修缮校舍面积 ≥ 12 万平方米 12.5 10 10\n"
            "质量指标 验收合格率 = 100 % 100 10 10\n总分 20 20\n")
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"], r["weight"], r["score"])
            for r in rows(text)[0]] == [("修缮校舍面积", ">=", 12.0, 12.5, 10.0, 10.0),
                                        ("验收合格率", "=", 100.0, 100.0, 10.0, 10.0)]
    text = ("某项目绩效自评表\n一 级 指 标 二 级 指 标 三 级 指 标 年 度 实 际 分 值 得 分\n指 标 值 完 成 值\n"
            "产出指标 数量指标 修缮校舍面积 ≥12万平方米 12.5万平方米 10 9\n总分 10 9\n")
    assert [(r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in rows(text)[0]] == [
        (12.0, 12.5, 10.0, 9.0)]


def test_a_bracket_a_narrow_column_leaves_open_takes_no_cells_after_it():
    """= 100 %(百分 100% 25 25 / 比): the unit's note wrapped, its bracket open at the line's end; the figures after
    it are the row's cells, the note's rest on the next line closes that cell (no row of its own)."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际完成值 分值 得分\n"
            "产出指标 质量指标 设施开放率 = 100 %(百分 100% 25 25\n比)\n"
            "满意度指标 服务对象满意度指标 读者满意度 ≥ 90 %(百分 95% 20 20\n比)\n总分 45 45\n")
    assert [(r["name"], r["target_value"], r["actual_value"], r["weight"], r["score"]) for r in rows(text)[0]] == [
        ("设施开放率", 100.0, 100.0, 25.0, 25.0), ("读者满意度", 90.0, 95.0, 20.0, 20.0)]


def test_a_name_printed_round_its_rows_line_of_levels_and_figures():
    """新建林下 / 数量指标 10 ≥30亩 32亩 10 / 种植面积: the row's cells centred in a tall row, its name's head above the
    line and its tail below; the levels on the line are that row's (the first level, mid-span, the rows' above too)."""
    text = ("某项目绩效自评表\n一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分\n"
            "新建林下\n数量指标 10 ≥30亩 32亩 10\n种植面积\n"
            "产出指标 质量指标 苗木成活率 10 ≥90% 93% 10\n"
            "农户人均\n经济效益指标 10 ≥500元 560元 10\n增收额\n"
            "效益指标 社会效益指标 带动务工人数 10 ≥50人 56人 10\n总分 40 40\n")
    assert [(r["level1"], r["level2"], r["name"]) for r in rows(text)[0]] == [
        ("产出指标", "数量指标", "新建林下种植面积"), ("产出指标", "质量指标", "苗木成活率"),
        ("效益指标", "经济效益指标", "农户人均增收额"), ("效益指标", "社会效益指标", "带动务工人数")]


def test_satisfaction_numbered_as_the_second_levels_heads_its_own_level():
    """满意度指标 stands as a second level only under 效益指标 (older forms): numbered as the second levels before it
    with no first level open, or under 产出指标, it is the first level it names; under 效益指标 it stays second."""
    found = narrative_indicators(build_document(
        "1.数量指标：维修路灯数量目标≥300盏，实际320盏。\n2.社会效益指标：夜间事故下降率目标≥5%，实际6%。\n"
        "3.满意度指标：沿街居民满意度目标≥90%，实际93%。\n"
        "（二）效益指标\n1.社会效益指标：群众知晓率目标≥80%，实际85%。\n2.满意度指标：商户满意度目标≥85%，实际88%。"))
    assert [(i.level1, i.level2, i.name) for i in found] == [
        (None, "数量指标", "维修路灯数量"), (None, "社会效益指标", "夜间事故下降率"), ("满意度指标", None, "沿街居民满意度"),
        ("效益指标", "社会效益指标", "群众知晓率"), ("效益指标", "满意度指标", "商户满意度")]


def test_a_scoring_systems_self_evaluation_column_holds_the_results():
    """``评价标准 | 分值 | 自评情况 | 自评得分`` (or 自评结果, 评价情况): the column of what the evaluation found holds each
    indicator's result, the criteria beside it none."""
    text = "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 评价标准 | 分值 | 自评情况 | 自评得分 |",
        "| 过程 | 预算执行 | 预算完成率 | ≥95%得满分 | 10 | 96.5% | 10 |",
        "| 产出 | 职责履行 | 培训任务完成率 | 100%得满分 | 20 | 100% | 20 |",
        "| 合计 | | | | 30 | | 30 |",
    ])
    found, _ = rows(text)
    assert [(r["name"], r["actual_value"], r["weight"], r["score"]) for r in found] == [
        ("预算完成率", 96.5, 10.0, 10.0), ("培训任务完成率", 100.0, 20.0, 20.0)]


def test_a_row_short_of_the_header_lines_up_by_its_content_not_its_count():
    """Under 绩效指标 | 一级指标 | … | 偏差原因, a row keeping the group's cell (written empty) and leaving out its empty
    reason at the end fits the columns from the left (its levels under the levels, its figures under the figures); a
    row leaving out the group's cell instead fits them from the right."""
    text = ("| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
            "| | 产出指标 | 数量指标 | 修缮校舍面积 | ≥500平方米 | 520平方米 | 20 | 20 | |\n"
            "| | 产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 20 | |\n"
            "| | 效益指标 | 社会效益指标 | 就学条件改善率 | ≥85% | 88% | 20 | 19 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% | 93% | 10 | 10 | |\n")
    found, _ = rows(text)
    assert [(r["level1"], r["level2"], r["name"], r["actual_value"], r["weight"], r["score"]) for r in found][2:] == [
        ("效益指标", "社会效益指标", "就学条件改善率", 88.0, 20.0, 19.0),
        ("满意度指标", "服务对象满意度指标", "家长满意度", 93.0, 10.0, 10.0)]


def test_the_totals_full_marks_and_score_run_together_are_parted_as_a_rows_are():
    """总分 | 9085.5: the full marks (the rows' weights summed, or 100) and the score in one figure, parted; a figure
    no such cut explains stays whole."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 巡查次数 | ≥40次 | 46次 | 50 | 48 |\n"
            "| 效益指标 | 社会效益指标 | 河道保洁率 | ≥95% | 97% | 40 | 37.5 |\n"
            "| 总分 | 9085.5 |\n")
    totals = [rows(text.replace("9085.5", t))[1] for t in ("9085.5", "10095.5", "8085.5")]
    assert [(t.weight, t.score) for t in totals] == [(90.0, 85.5), (100.0, 95.5), (None, 8085.5)]


# --- level cells of a scoring table: the header's column says the level, whatever the word -------------------------

def _levels(text):
    return [(r["level1"], r["level2"], r["name"], r["weight"], r["score"]) for r in rows(text)[0]]


_SCORING_ROWS = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"],
                 ["运行保障（30分）", "经费统筹", "公用经费节约率", "10", "≥5%", "6.2%", "10", ""],
                 ["", "", "会议费压减率", "10", "≥10%", "8%", "5", "压减不足"],
                 ["", "资产管护", "设备完好率", "10", "≥95%", "97%", "10", ""],
                 ["业务成效（50分）", "服务供给", "文化下乡场次", "30", "≥120场", "126场", "30", ""],
                 ["", "活动组织", "培训班次", "20", "≥12期", "12期", "20", ""],
                 ["效益（20分）", "社会效益", "群众参与人次", "10", "≥5万人次", "5.3万人次", "10", ""],
                 ["", "满意度", "读者满意度", "10", "≥90%", "93%", "10", ""]]
_SCORING_LEVELS = [("运行保障", "经费统筹", "公用经费节约率", 10.0, 10.0), ("运行保障", "经费统筹", "会议费压减率", 10.0, 5.0),
                   ("运行保障", "资产管护", "设备完好率", 10.0, 10.0), ("业务成效", "服务供给", "文化下乡场次", 30.0, 30.0),
                   ("业务成效", "活动组织", "培训班次", 20.0, 20.0), ("效益", "社会效益", "群众参与人次", 10.0, 10.0),
                   ("效益", "满意度", "读者满意度", 10.0, 10.0)]


def test_a_grid_rows_level_cells_are_its_levels_whatever_their_words_and_points():
    """一级指标 | 二级指标 | 三级指标 over a row of as many cells: its level cells are its levels, words no vocabulary knows
    (运行保障（30分） | 经费统筹), their points aside; a row of fewer (its reason empty, its merged cells dropped) opens on
    its levels and its name before its first figure, the second level alone after rows of both."""
    title = "某县文化馆2023年度部门整体支出绩效评价指标评分表\n"
    full = [r if r[-1] else r[:-1] + ["无"] for r in _SCORING_ROWS]  # (every row as many cells as the header)
    assert _levels(title + "\n".join("\t".join(r) for r in full[:5]) + "\n合计\t\t\t80\t\t\t75\n") == [
        ("运行保障", "经费统筹", "公用经费节约率", 10.0, 10.0), ("运行保障", "经费统筹", "会议费压减率", 10.0, 5.0),
        ("运行保障", "资产管护", "设备完好率", 10.0, 10.0), ("业务成效", "服务供给", "文化下乡场次", 30.0, 30.0)]
    tabs = title + "\n".join("\t".join(r) for r in _SCORING_ROWS) + "\n合计\t\t\t100\t\t\t95\n"
    spaces = title + "\n".join(" ".join(c for c in r if c) for r in _SCORING_ROWS) + "\n合计 100 95\n"
    assert _levels(tabs) == _levels(spaces) == _SCORING_LEVELS


def test_rows_laid_one_cell_a_line_line_up_with_the_header():
    """Cells one a line (``text |``, a lone ``|`` an empty cell): each row, between the blank or pipes-only lines (its
    empty last cells left out or not), or every header's count of cells where none parts them, lines up with the header
    row, its level cells its levels."""
    head = ["某县文化馆2023年度部门整体支出绩效自评表 |", "||||"]
    parted, counted = list(head), list(head)
    for r in _SCORING_ROWS:
        cells = [f"{c} |" if c else "|" for c in r]
        parted += (cells if r[-1] or r[0] else cells[:-1]) + ["||"]
        counted += cells
    tail = ["||", "合计 |", "100 |", "95 |"]
    assert _levels("\n".join(parted + tail[1:]) + "\n") == _levels("\n".join(counted + tail) + "\n") == _SCORING_LEVELS


def test_a_lone_satisfaction_word_after_a_second_level_of_the_effects_is_their_second_level():
    """A scoring form flattened onto one line (empty cells gone): 满意度 alone before its name, after 效益 | 社会效益 | …,
    is the effects' second level, not a first level of its own (under 产出 it stays one)."""
    text = ("附表：评分表 一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分 产出 职责履行 巡河里程 40 ≥500公里 "
            "520公里 40 效益 社会效益 水质达标率 40 ≥90% 92% 40 满意度 沿河群众满意度 20 ≥90% 91% 20\n合计 100 100\n")
    assert _levels(text)[-1] == ("效益", "满意度", "沿河群众满意度", 20.0, 20.0)
    text = text.replace("效益 社会效益 水质达标率 40 ≥90% 92% 40 ", "")
    assert _levels(text)[-1][:2] == ("满意度", None)


def test_a_level_word_spaces_part_is_one_level_and_name_pieces_are_no_levels():
    """A PDF's text parting words with spaces (预算 配置, 履职 效益): a level's word in pieces is one level; a row's line of
    as many cells as the header's because its name is in pieces (“三公 经费” 控制率) is not lined up with it."""
    text = ("一级 指标 二级 指标 三级指标 分 值 指标 值 实际 完成值 得 分\n"
            "投 入 预算 配置 在编人员 控制率 10 ≤100% 96% 10\n"
            "过 程 预算 执行 预算 执行率 20 ≥95% 97.1% 20\n"
            "“三公 经费” 控制率 10 ≤100% 80% 10\n"
            "效 果 履职 效益 河道 保洁 覆盖率 40 ≥95% 96% 40\n"
            "合 计 80 80\n")
    assert _levels(text) == [("投入", "预算配置", "在编人员控制率", 10.0, 10.0), ("过程", "预算执行", "预算执行率", 20.0, 20.0),
                             ("过程", "预算执行", "“三公经费”控制率", 10.0, 10.0),
                             ("效果", "履职效益", "河道保洁覆盖率", 40.0, 40.0)]


def test_a_result_of_a_degree_measure_in_percent_stands_with_no_target():
    """草原综合植被盖度达到51% / 项目建设进度达到85% / 群众认可度为96%: a measure named by a degree (盖度, 进度, 认可度,
    参与度, 完成度) stated in percent is a result, as a rate is, goal or none."""
    found = narrative_indicators(build_document(
        "全年完成造林面积300万亩，目标280万亩；草原综合植被盖度达到51%，项目建设进度达到85%，群众认可度为96%。"))
    assert [(i.name, i.actual.value) for i in found] == [
        ("造林面积", 300.0), ("草原综合植被盖度", 51.0), ("项目建设进度", 85.0), ("群众认可度", 96.0)]


def test_an_ocrs_double_angle_opening_a_value_is_its_bound():
    """》95% / 《3天: a scan's reading of ≥ / ≤ opening a value's cell is the bound; a title's bracket elsewhere is not."""
    assert [parse_value(v) for v in ("》95%", "《3天", "95%")] == [
        Value(">=", 95.0, "%"), Value("<=", 3.0, "天"), Value("=", 95.0, "%")]


def test_single_item_points_and_score_are_the_weight_and_score_columns():
    """单项分值 | 单项得分: the columns of each row's points and score."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 预期指标值 | 实际完成值 | 单项分值 | 单项得分 |",
        "| 产出指标 | 数量指标 | 维修路灯数量 | ≥300盏 | 312盏 | 20 | 20 |"]))
    assert [(r["name"], r["weight"], r["score"]) for r in found] == [("维修路灯数量", 20.0, 20.0)]


def _narrative(text):
    return [(i.name, i.level1, i.level2, i.target.op, i.target.value, i.target.unit, i.actual.value, i.actual.unit)
            for i in narrative_indicators(build_document(text))]


def test_a_record_whose_target_and_result_are_dates_is_an_indicator_with_no_value():
    """3.时效指标：名称：2020年11月底前，实际于2020年10月完工: a record of dates (numbered, under its level or not) names
    an indicator; its dates give no value."""
    found = _narrative("三、绩效目标完成情况\n（一）产出指标\n1.时效指标：道路竣工时间：2020年11月底前，实际于2020年10月完工。\n"
                       "（2）验收时间：2021年6月前，实际2021年5月完成验收；")
    assert found == [("道路竣工时间", "产出指标", "时效指标", None, None, None, None, None),
                     ("验收时间", "产出指标", "时效指标", None, None, None, None, None)]
    # (a level's label before the dates is no indicator's name)
    assert _narrative("3.时效指标：2020年11月底前完工，实际于2020年10月完工。") == []


def test_a_bound_per_unit_then_a_range_after_actual_is_the_target_alone():
    """护林员配备：不少于每村3名，实际每村配备3至4名: the bound is per village, its result a range (no value)."""
    assert _narrative("二、绩效指标完成情况\n（4）护林员配备：不少于每村3名，实际每村配备3至4名；") == [
        ("护林员配备", None, None, ">=", 3.0, "名", None, None)]


def test_an_amount_before_its_bounded_goal_in_its_unit_is_a_result():
    """每床日药品费用86.5元，目标≤90元: an amount in 元 whose goal, bounded and in its unit, opens the next clause is
    the measure's result; a plain goal (收入100万元，目标120万元) stays a budget sentence."""
    assert _narrative("全年门诊量12万人次；每床日药品费用86.5元，目标≤90元；平均住院日8.2天。") == [
        ("每床日药品费用", None, None, "<=", 90.0, "元", 86.5, "元")]
    assert _narrative("全年事业收入100万元，目标120万元。") == []


def test_a_zero_with_no_unit_answers_the_goal_of_its_name_stated_earlier():
    """新生儿破伤风发病率：控制在1/万以下 among the goals, then 新生儿破伤风发病率为0 among the results: one indicator,
    the goal in its unit, the zero its result."""
    found = _narrative("二、部门绩效目标\n1.新生儿破伤风发病率：控制在1/万以下；\n2.疫苗接种率：目标≥95%。\n"
                       "三、收支情况\n全年支出2,310.5万元。\n四、绩效目标完成情况\n疫苗接种率达到97.1%；新生儿破伤风发病率为0。")
    assert [(n, t, a) for n, _, _, _, t, _, a, _ in found] == [("新生儿破伤风发病率", 1.0, 0.0), ("疫苗接种率", 95.0, 97.1)]


def test_an_amount_in_hundreds_of_millions_with_its_goal_in_them_is_a_result():
    """招商引资到位12.5亿元，目标10亿元: money in 亿元 with a plain goal in 亿元 after it measures an area's economy (the
    share of the goal reached may stand between); a plain goal in 万元 stays the budget's; 预算内投资 names funds sought,
    no budget figure."""
    assert narrated("1.招商引资到位12.5亿元，目标10亿元；2.办理审批事项320件。") == [
        ("招商引资到位", Value("=", 10.0, "亿元"), 12.5)]
    assert narrated("完成固定资产投资31.4亿元，完成年度目标的104%，目标为30亿元。") == [
        ("固定资产投资", Value("=", 30.0, "亿元"), 31.4)]
    assert narrated("争取中央预算内投资2.6亿元，目标不少于2亿元。") == [
        ("争取中央预算内投资", Value(">=", 2.0, "亿元"), 2.6)]
    assert narrated("项目收入86万元，目标90万元。") == []


def test_a_ceiling_set_as_a_control_figure_is_the_goal():
    """发生较大事故2起，控制指标为不超过7起 / 死亡率0.018，控制指标0.04以下: 控制指标 labels the goal, a ceiling (the second a
    bare figure, its bound after it); 单位产值能耗 is a measure written bare too."""
    assert _narrative("全年发生较大事故2起，控制指标为不超过7起；万车死亡率0.018，控制指标0.04以下；"
                      "单位产值能耗0.37，控制指标0.45以下。") == [
        ("较大事故", None, None, "<=", 7.0, "起", 2.0, "起"),
        ("万车死亡率", None, None, "<=", 0.04, None, 0.018, None),
        ("单位产值能耗", None, None, "<=", 0.45, None, 0.37, None)]
    # (after a comparison the figure is the margin, no goal nor measure of its own: 高于控制指标30万元)
    assert _narrative("二、绩效目标完成情况\n物资储备105万元，高于年度控制指标30万元。") == [
        ("物资储备", None, None, None, None, None, 105.0, "万元")]


def test_figures_with_their_own_goals_under_a_heading_of_goals_are_results():
    """三、绩效目标：清理违建7.3万平方米（目标≥6万平方米）；…: the goal written in the sentence is the goal, the figure
    before it the result; a figure with no goal there is no goal either; a plain list under the heading stays goals."""
    assert _narrative("三、绩效目标：清理违法建筑7.3万平方米（目标≥6万平方米）；办理投诉案件930宗；"
                      "渣土规范处置率97%（目标≥92%）。") == [
        ("清理违法建筑", None, None, ">=", 6.0, "万平方米", 7.3, "万平方米"),
        ("渣土规范处置率", None, None, ">=", 92.0, "%", 97.0, "%")]
    assert [(n, op, t, a) for n, _, _, op, t, _, a, _ in _narrative("三、绩效目标：新建村道12公里，培训农民400人次。")] == [
        ("新建村道", "=", 12.0, None), ("培训农民", "=", 400.0, None)]


def test_a_change_in_percent_with_its_own_goal_is_the_measure():
    """牧民人均收入增长7.4%，目标值≥6% / 人均能耗下降2.3%（目标≥1.4%）: the change with a goal of its figure is the
    indicator, its word in the name; a change alone, or of spending, stays out."""
    assert _narrative("牧民人均收入增长7.4%，目标值≥6%；人均能耗下降2.3%（目标≥1.4%）。") == [
        ("牧民人均收入增长", None, None, ">=", 6.0, "%", 7.4, "%"),
        ("人均能耗下降", None, None, ">=", 1.4, "%", 2.3, "%")]
    assert _narrative("牧民人均收入增长7.4%；公用经费支出下降4%，目标值≥3%。") == []


def test_a_goal_naming_its_measure_before_its_label_is_the_results_goal():
    """修缮危旧房屋9户，修缮目标为9户: the words before 目标 name the result just stated: its goal."""
    assert _narrative("全年修缮危旧房屋9户，修缮目标为9户。") == [("修缮危旧房屋", None, None, "=", 9.0, "户", 9.0, "户")]
    assert _narrative("全年修缮危旧房屋9户，培训目标为9户。") == []


def test_a_numbered_heading_run_in_with_a_spaced_figure_leaves_the_name_whole():
    """…98.5%。 三、目标完成情况 全年完成药品抽检 1,240 批次（目标 ≥1,000 批次）: the heading ends at its space on the line as
    written, not at the space before the figure."""
    found = _narrative("预算执行率 98.5%。 三、绩效目标完成情况 全年完成药品抽检 1,240 批次（目标 ≥1,000 批次）。")
    assert found == [("药品抽检", None, None, ">=", 1000.0, "批次", 1240.0, "批次")]


def test_a_satisfaction_above_the_whole_is_a_misread_figure():
    """满意度 | 290% | 94%: a share of those asked above 100% is a scan's misreading of ≥90%: no target; a
    completion rate above 100% stays as written."""
    found, _ = rows("\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | 290% | 94% | 10 | 9 |",
        "| 产出指标 | 数量指标 | 任务完成率 | ≥100% | 105% | 10 | 10 |"]))
    assert [(r["name"], r["target_op"], r["target_value"], r["actual_value"]) for r in found] == [
        ("沿河群众满意度", None, None, 94.0), ("任务完成率", ">=", 100.0, 105.0)]
