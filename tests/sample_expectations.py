"""Expected extraction results for the fictional reports in ``sample_reports/``.

Written by hand from reading each report (what a careful reader extracts), following the
conventions of ../shared/gold/seeds.json and ../shared/CONTRACT.md:

* ``report.title`` is the title line(s) NFKC-normalised with all whitespace removed (a title split
  over two lines is joined; full-width brackets become ASCII under NFKC).
* ``amount_wan_yuan`` is an exact decimal string in 万元 (元 / 10000, 亿元 * 10000); compare with
  ``decimal.Decimal``, not as strings (``"701.20"`` == ``"701.2"``).
* Only canonical budget items are listed (never ``other``); a figure restated with the same value is
  listed once; project-/task-level funds, functional splits and counts are left out.
* Indicators are in document order; counts, shares and year-on-year changes are not indicators.
"""

EXPECTED = {
    "narrative_wanyuan_wuhou_xinfang_2023.txt": {
        "report": {
            "title": "2023年度成都市武侯区信访局部门整体支出绩效自评报告",
            "department": "成都市武侯区信访局",
            "province": "四川省",
            "city": "成都市",
            "district": "武侯区",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 95.5,
            "grade": "优",
            "staff_authorized": 15,
            "staff_actual": 14,
            "budget_execution_rate_pct": 97.19,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "812.36", "label": "本年收入"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "789.54", "label": "本年支出"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "701.20", "label": "基本支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "88.34", "label": "项目支出"},
            {"item": "expenditure_personnel", "fiscal_year": 2023, "amount_wan_yuan": "598.47", "label": "人员经费"},
            {"item": "expenditure_public", "fiscal_year": 2023, "amount_wan_yuan": "102.73", "label": "公用经费"},
            {"item": "three_public_total", "fiscal_year": 2023, "amount_wan_yuan": "3.86", "label": "“三公”经费支出"},
        ],
        "indicators": [
            {"name": "及时受理率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "按期办结率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "群众满意率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 98.2, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "初信初访一次性化解率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 92.6, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "信访积案化解率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 89.2, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("Title has a stray space ('部门整体 支出') and '2023 年度'; stored without "
                  "whitespace. Three 预算完成率 figures in one sentence: 98.65% after "
                  "基本支出 and 86.98% after 项目支出 are per-part rates and are NOT recorded;"
                  " the overall rate is the one labelled 整体 (97.19 = 789.54/812.36)"
                  ". Staff: 核定行政编制 15 -> authorized, 实有在职人员 14 -> actual. self_score "
                  "95.5; the components after 其中 (28.5/38/29) are score parts, "
                  "not indicators. Excluded from budget_items: the two project-level "
                  "funds in 三(三) (信访救助专项资金 60/52.18, 信访代理员工作经费 41.56/36.16). Excluded "
                  "from indicators: counts (6842件, 37件, 41人次), year-on-year changes "
                  "(下降6.4%, 下降11.2%, 提高1.7个百分点), the channel share 网上信访占比71.3%, "
                  "and last year's satisfaction 96.5%."),
    },
    "narrative_yuan_cover_yanta_sifa_2023.txt": {
        "report": {
            "title": "雁塔区司法局2023年部门整体支出绩效自评报告",
            "department": "雁塔区司法局",
            "province": "陕西省",
            "city": "西安市",
            "district": "雁塔区",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 88.6,
            "grade": "良",
            "staff_authorized": None,
            "staff_actual": None,
            "budget_execution_rate_pct": 99.13,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "312.567845", "label": "收入合计"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "309.84126", "label": "年度支出合计"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "247.99379", "label": "基本支出"},
            {"item": "expenditure_personnel", "fiscal_year": 2023, "amount_wan_yuan": "226.503118", "label": "人员经费支出"},
            {"item": "expenditure_public", "fiscal_year": 2023, "amount_wan_yuan": "21.490672", "label": "日常办公经费支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "61.84747", "label": "项目支出"},
        ],
        "indicators": [
            {"name": "调解成功率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 98.6, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "法律援助案件受援人满意率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 97.3, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "社区矫正对象教育帮扶覆盖率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("Cover page + body title (both '雁塔区司法局2023年…' with a stray space "
                  "in a different place; same title once whitespace is removed)"
                  ". 部门名称 field has no city: 雁塔区 is unique (西安市, 陕西省). Fiscal year "
                  "2023 from the title; the cover date 2024年5月 and the signature "
                  "dates are when it was written. Money in 元 converted exactly "
                  "to 万元. '年度支出合计3098412.60元' is stated twice with the same value "
                  "-> listed once. '日常办公经费支出' -> expenditure_public (per contract)"
                  ". budget_execution_rate_pct 99.13 from '全年预算执行率99.13%' (the "
                  "only rate; 3098412.60/3125678.45 = 99.13%). grade '评价等级为良好' "
                  "-> 良. No staff numbers stated. Excluded from indicators: counts "
                  "(186个平台, 2.3万人次, 3415件, 612件, 1127件, 4390人次) and '15 分钟公共法律服务圈'. "
                  "The tab-separated 评价小组 member table is not data."),
    },
    "goals_results_xigong_xinfang_2023.txt": {
        "report": {
            "title": "洛阳市西工区信访局2023年度整体支出绩效自评报告",
            "department": "洛阳市西工区信访局",
            "province": "河南省",
            "city": "洛阳市",
            "district": "西工区",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": None,
            "grade": "良",
            "staff_authorized": None,
            "staff_actual": 12,
            "budget_execution_rate_pct": None,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "538.62", "label": "本年收入"},
            {"item": "carryover_begin", "fiscal_year": 2023, "amount_wan_yuan": "1.27", "label": "年初结转和结余"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "537.89", "label": "本年支出"},
            {"item": "carryover_end", "fiscal_year": 2023, "amount_wan_yuan": "2.00", "label": "年末结转和结余"},
        ],
        "indicators": [
            {"name": "重大活动信访安保任务完成率", "level1": None, "level2": None, "target_op": ">=", "target_value": 90, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "信访事项及时受理率", "level1": None, "level2": None, "target_op": ">=", "target_value": 95, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "上级交办信访件按期办结率", "level1": None, "level2": None, "target_op": ">=", "target_value": 90, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "信访积案化解率", "level1": None, "level2": None, "target_op": ">=", "target_value": 80, "target_unit": "%", "actual_value": 85, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "开展信访法治宣传活动", "level1": None, "level2": None, "target_op": ">=", "target_value": 12, "target_unit": "场次", "actual_value": 15, "actual_unit": "场次", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "信访干部业务培训覆盖率", "level1": None, "level2": None, "target_op": "=", "target_value": 100, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("Title is split over two lines ('洛阳市西工区信访局' / '2023 年度整体支出绩效自评报告')"
                  ", joined. Targets come from 一(三)2 分项绩效目标 ('达到 X%以上' / '不少于 12 "
                  "场次' -> >=; '达到 100%' with no 以上 -> =), actuals from the same "
                  "绩效指标 sentences repeated in 三(二) ('达到 100%', '达到 85%', '15 场次')"
                  ". '保障网上信访系统平稳运行' is a 绩效指标 with no value in either section -> "
                  "not listed (same call as the gold file for seed 002). staff_actual "
                  "12 from '现有正式职工12人'; no 编制数. grade '评定结论为良好' -> 良; no numeric "
                  "score; no execution rate stated. Excluded: 946件次 count, 同比下降8.3%, "
                  "积案 counts 20/17/3 (85% = 17/20 is consistent)."),
    },
    "tabbed_table_nanming_xinfang_2023.txt": {
        "report": {
            "title": "贵阳市南明区信访局部门整体支出绩效自评报告",
            "department": "贵阳市南明区信访局",
            "province": "贵州省",
            "city": "贵阳市",
            "district": "南明区",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 91,
            "grade": "优",
            "staff_authorized": 11,
            "staff_actual": 10,
            "budget_execution_rate_pct": 99.62,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "642.18", "label": "财政预算拨款收入"},
            {"item": "budget_initial", "fiscal_year": 2023, "amount_wan_yuan": "598.40", "label": "年初预算数"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "639.75", "label": "全年实际支出"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "566.31", "label": "基本支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "73.44", "label": "项目支出"},
            {"item": "expenditure_personnel", "fiscal_year": 2023, "amount_wan_yuan": "458.92", "label": "人员经费支出"},
            {"item": "expenditure_public", "fiscal_year": 2023, "amount_wan_yuan": "107.39", "label": "公用经费支出"},
            {"item": "three_public_total", "fiscal_year": 2023, "amount_wan_yuan": "2.16", "label": "“三公”经费决算数"},
            {"item": "budget_full_year", "fiscal_year": 2023, "amount_wan_yuan": "642.18", "label": "全年预算数"},
            {"item": "three_public_total", "fiscal_year": 2022, "amount_wan_yuan": "2.87", "label": "三公经费"},
            {"item": "expenditure_project", "fiscal_year": 2022, "amount_wan_yuan": "81.20", "label": "项目支出"},
            {"item": "expenditure_public", "fiscal_year": 2022, "amount_wan_yuan": "101.58", "label": "公用经费"},
        ],
        "indicators": [
            {"name": "来信来访登记录入率", "level1": "产出指标", "level2": "数量指标", "target_op": "=", "target_value": 100, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": 15, "score": 15, "source_kind": "table"},
            {"name": "领导接访下访场次", "level1": "产出指标", "level2": "数量指标", "target_op": ">=", "target_value": 24, "target_unit": "场次", "actual_value": 31, "actual_unit": "场次", "weight": 15, "score": 14, "source_kind": "table"},
            {"name": "信访事项按期办结率", "level1": "产出指标", "level2": "质量指标", "target_op": ">=", "target_value": 95, "target_unit": "%", "actual_value": 98.7, "actual_unit": "%", "weight": 15, "score": 14, "source_kind": "table"},
            {"name": "受理告知平均用时", "level1": "产出指标", "level2": "时效指标", "target_op": "<=", "target_value": 5, "target_unit": "天", "actual_value": 3.2, "actual_unit": "天", "weight": 15, "score": 13, "source_kind": "table"},
            {"name": "信访积案化解率", "level1": "效益指标", "level2": "社会效益指标", "target_op": ">=", "target_value": 80, "target_unit": "%", "actual_value": 84.6, "actual_unit": "%", "weight": 15, "score": 13, "source_kind": "table"},
            {"name": "来访群众满意度", "level1": "满意度指标", "level2": "服务对象满意度指标", "target_op": ">=", "target_value": 90, "target_unit": "%", "actual_value": 93.5, "actual_unit": "%", "weight": 15, "score": 12, "source_kind": "table"},
        ],
        "notes": ("No year in the title (two lines, joined); fiscal_year 2023 from "
                  "the body ('2023年度部门整体支出绩效自评分数为91分，绩效评价等次为“优秀”' -> 91, 优); 填报日期 "
                  "2024年6月12日 is the writing date. Staff '编制人数11人，实际人数10人'. Cells "
                  "are one per line starting with a TAB, blank line between rows;"
                  " multi-line cells are joined ('数量\\n指标' -> 数量指标, '社会效\\n益指标' -> "
                  "社会效益指标). Level-1/level-2 cells are merged: a blank cell takes "
                  "the value above. budget_execution_rate_pct 99.62 from the 自评表 "
                  "row 年度资金总额 (639.75/642.18). Restated figures listed once: 年初预算数 "
                  "598.40 (text and 自评表), 全年执行数 639.75 = 实际支出, 项目支出 73.44 / 公用经费 "
                  "107.39 / 三公 2.16 in the base table's 2023年决算数 column. Base table "
                  "2022年决算数 column gives FY2022 三公经费 2.87, 项目支出 81.20, 公用经费 101.58. "
                  "Not recorded: 2023年预算数 column (2.50, 75.00, 95.60) and '“三公”经费预算数为2.50万元' "
                  "(budgets without a canonical code). The 年度资金总额 row (分值10, 得分10)"
                  " is budget execution, not an indicator. The narrative restatement "
                  "of 按期办结率98.7% / 积案化解率84.6% / 满意度93.5% is the same data -> listed "
                  "once, from the table. Weights 6x15 + 10 = 100; scores 81 + 10 "
                  "= 91 = 总分."),
    },
    "flat_pdf_table_siming_xinfang_2022.txt": {
        "report": {
            "title": "思明区部门整体支出绩效自评表(2022年度)",
            "department": "厦门市思明区信访局",
            "province": "福建省",
            "city": "厦门市",
            "district": "思明区",
            "fiscal_year": 2022,
            "report_kind": "department_overall",
            "self_score": None,
            "grade": None,
            "staff_authorized": None,
            "staff_actual": None,
            "budget_execution_rate_pct": 95.93,
        },
        "budget_items": [
            {"item": "budget_initial", "fiscal_year": 2022, "amount_wan_yuan": "726.50", "label": "年初预算数"},
            {"item": "budget_adjustment", "fiscal_year": 2022, "amount_wan_yuan": "58.30", "label": "预算调整数"},
            {"item": "expenditure_total", "fiscal_year": 2022, "amount_wan_yuan": "752.84", "label": "全年实际支出数"},
        ],
        "indicators": [
            {"name": "接待中心正常运行率", "level1": None, "level2": None, "target_op": "=", "target_value": 100, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "table"},
            {"name": "来访群众满意度", "level1": None, "level2": None, "target_op": "=", "target_value": 95, "target_unit": "%", "actual_value": 95, "actual_unit": "%", "weight": None, "score": None, "source_kind": "table"},
            {"name": "律师驻点接待案件宗数", "level1": None, "level2": None, "target_op": ">=", "target_value": 20, "target_unit": "宗", "actual_value": 20, "actual_unit": "宗", "weight": None, "score": None, "source_kind": "table"},
            {"name": "专款专用情况", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": None, "actual_unit": None, "weight": None, "score": None, "source_kind": "table"},
            {"name": "信访信息系统正常运行率", "level1": None, "level2": None, "target_op": "=", "target_value": 98, "target_unit": "%", "actual_value": 99, "actual_unit": "%", "weight": None, "score": None, "source_kind": "table"},
            {"name": "上级交办事项按期办结率", "level1": None, "level2": None, "target_op": "=", "target_value": 95, "target_unit": "%", "actual_value": 97, "actual_unit": "%", "weight": None, "score": None, "source_kind": "table"},
            {"name": "督办函发送份数", "level1": None, "level2": None, "target_op": ">=", "target_value": 150, "target_unit": "份", "actual_value": 186, "actual_unit": "份", "weight": None, "score": None, "source_kind": "table"},
        ],
        "notes": ("Title '思明区部门整体支出绩效自评表' + '（2022年度）' joined (NFKC turns the full-width "
                  "brackets into ASCII). department from the 部门名称 field with the "
                  "'(部门)' tag dropped. Header cells are broken across lines ('年初预算'/'数', "
                  "'全年实际支'/'出数'); labels given joined. 合计 and 一般公共预算 rows are identical "
                  "-> listed once. budget_full_year is never written (726.50+58.30 "
                  "= 784.80) -> omitted; budget_execution_rate_pct 95.93 from the "
                  "合计 row (752.84/784.80); 预算调整率 8.02% not recorded. Excluded: "
                  "任务涉及资金 85.60 / 18.00 / 310.25 (task-level funds). Indicators "
                  "= the 7 关键指标 of 任务1-3 (预期实现值 -> target, 指标完成情况 -> actual): bare "
                  "percentages -> '=', '≥20宗'/'≥150份' -> '>='; the actual cell "
                  "'≥20宗' is recorded as 20 宗 (the ≥ is lost). '专款专用情况' is text-only "
                  "-> all values null. No 分值/得分 columns, no self-score, grade or "
                  "staff."),
    },
    "city_level_wuhu_tongji_2023.txt": {
        "report": {
            "title": "2023年度芜湖市统计局部门整体支出绩效自评报告",
            "department": "芜湖市统计局",
            "province": "安徽省",
            "city": "芜湖市",
            "district": None,
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 93.2,
            "grade": "优",
            "staff_authorized": 48,
            "staff_actual": 45,
            "budget_execution_rate_pct": 96.92,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "1486.73", "label": "收入合计"},
            {"item": "carryover_begin", "fiscal_year": 2023, "amount_wan_yuan": "35.12", "label": "年初结转和结余"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "1452.08", "label": "支出合计"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "1021.56", "label": "基本支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "430.52", "label": "项目支出"},
            {"item": "carryover_end", "fiscal_year": 2023, "amount_wan_yuan": "69.77", "label": "年末结转和结余"},
            {"item": "budget_initial", "fiscal_year": 2023, "amount_wan_yuan": "1310.00", "label": "年初预算数"},
            {"item": "budget_full_year", "fiscal_year": 2023, "amount_wan_yuan": "1498.25", "label": "全年预算数"},
        ],
        "indicators": [
            {"name": "主要统计调查项目完成率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "统计数据按时上报率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "数据质量抽查合格率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 98.5, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "普查对象入户登记率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 99.6, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "普查登记数据审核通过率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "统计信息发布及时率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("City-level bureau: no district anywhere in the name -> district "
                  "NULL (the only sub-city mention is the generic '部分县（市、区）'). "
                  "Staff 行政编制48 / 实有45. Execution rate 96.92 = 1452.08/1498.25 "
                  "('预算执行率96.92%'). Excluded from budget_items: the three project-level "
                  "splits (经济普查 215.60, 统计调查和统计执法 128.37, 信息化 86.55; they sum to "
                  "项目支出 430.52). Excluded from indicators: counts (63项, 1150家, "
                  "15种, 46篇, 8个科室). Date line 2024年4月 is the writing date."),
    },
    "county_xinfeng_nongye_2023.txt": {
        "report": {
            "title": "江西省赣州市信丰县农业农村局2023年度部门整体支出绩效自评报告",
            "department": "江西省赣州市信丰县农业农村局",
            "province": "江西省",
            "city": "赣州市",
            "district": "信丰县",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 86.5,
            "grade": "良",
            "staff_authorized": 62,
            "staff_actual": 58,
            "budget_execution_rate_pct": 95.62,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "3856.42", "label": "本年收入"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "3790.18", "label": "本年支出"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "1265.37", "label": "基本支出"},
            {"item": "expenditure_personnel", "fiscal_year": 2023, "amount_wan_yuan": "1088.90", "label": "人员经费"},
            {"item": "expenditure_public", "fiscal_year": 2023, "amount_wan_yuan": "176.47", "label": "公用经费"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "2524.81", "label": "项目支出"},
            {"item": "budget_full_year", "fiscal_year": 2023, "amount_wan_yuan": "3963.79", "label": "全年预算数"},
            {"item": "three_public_total", "fiscal_year": 2023, "amount_wan_yuan": "12.35", "label": "“三公”经费支出"},
        ],
        "indicators": [
            {"name": "应免畜禽免疫密度", "level1": "产出指标", "level2": None, "target_op": ">=", "target_value": 90, "target_unit": "%", "actual_value": 96.8, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "农产品质量安全例行监测合格率", "level1": "产出指标", "level2": None, "target_op": ">=", "target_value": 98, "target_unit": "%", "actual_value": 99.3, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "主要农作物良种覆盖率", "level1": "产出指标", "level2": None, "target_op": "=", "target_value": 95, "target_unit": "%", "actual_value": 96.5, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "农户满意度", "level1": "效益指标", "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 94.2, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("County (县) bureau: the county goes in the district column. department "
                  "is the name as the title writes it, including the province prefix. "
                  "Narrative indicators with targets: '达到90%以上' and '不低于98%' -> "
                  "'>='; '目标为95%' (bare) -> '='. '农户满意度为94.2%' has no target. The headings "
                  "（一）产出情况 / （二）效益情况 give the levels 产出指标 / 效益指标. Excluded "
                  "from budget_items: 高标准农田建设县级配套资金 1420.00 (project-level), '比上年减少 "
                  "1.08 万元' (a change). Excluded from indicators: quantities and "
                  "counts (2.86万亩, 1860批次, 42期, 3150人次, 68.5万亩, 28.6万吨) and the "
                  "growth 增长7.6%. Execution rate 95.62 labelled 整体 (= 3790.18/3963.79)"
                  ". The date 2024 年 4 月 26 日 is the writing date."),
    },
    "project_pipe_table_hongshan_sifa_2023.txt": {
        "report": {
            "title": "2023年度武汉市洪山区司法局法律援助项目支出绩效自评报告",
            "department": "武汉市洪山区司法局",
            "province": "湖北省",
            "city": "武汉市",
            "district": "洪山区",
            "fiscal_year": 2023,
            "report_kind": "project",
            "self_score": 96.69,
            "grade": "优",
            "staff_authorized": None,
            "staff_actual": None,
            "budget_execution_rate_pct": 96.87,
        },
        "budget_items": [
            {"item": "budget_initial", "fiscal_year": 2023, "amount_wan_yuan": "120.00", "label": "年初预算数"},
            {"item": "budget_adjustment", "fiscal_year": 2023, "amount_wan_yuan": "15.50", "label": "预算调整数"},
            {"item": "budget_full_year", "fiscal_year": 2023, "amount_wan_yuan": "135.50", "label": "全年预算数"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "131.26", "label": "全年执行数"},
        ],
        "indicators": [
            {"name": "办理法律援助案件数", "level1": "产出指标", "level2": "数量指标", "target_op": ">=", "target_value": 600, "target_unit": "件", "actual_value": 684, "actual_unit": "件", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "法律援助志愿者培训人次", "level1": "产出指标", "level2": "数量指标", "target_op": ">=", "target_value": 200, "target_unit": "人次", "actual_value": 230, "actual_unit": "人次", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "案件质量评查合格率", "level1": "产出指标", "level2": "质量指标", "target_op": ">=", "target_value": 95, "target_unit": "%", "actual_value": 97.5, "actual_unit": "%", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "案件平均指派时长", "level1": "产出指标", "level2": "时效指标", "target_op": "<=", "target_value": 3, "target_unit": "天", "actual_value": 1.5, "actual_unit": "天", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "单件案件平均办案补贴", "level1": "成本指标", "level2": "经济成本指标", "target_op": "<=", "target_value": 1800, "target_unit": "元", "actual_value": 1650, "actual_unit": "元", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "困难群众法律援助应援尽援率", "level1": "效益指标", "level2": "社会效益指标", "target_op": "=", "target_value": 100, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": 20, "score": 20, "source_kind": "table"},
            {"name": "法律援助工作长效机制", "level1": "效益指标", "level2": "可持续影响指标", "target_op": None, "target_value": None, "target_unit": None, "actual_value": None, "actual_unit": None, "weight": 10, "score": 9, "source_kind": "table"},
            {"name": "受援人满意度", "level1": "满意度指标", "level2": "服务对象满意度指标", "target_op": ">=", "target_value": 90, "target_unit": "%", "actual_value": 88.6, "actual_unit": "%", "weight": 10, "score": 8, "source_kind": "table"},
        ],
        "notes": ("项目支出 self-evaluation -> report_kind 'project'. Judgement call: "
                  "in a project report the project's own funds ARE the subject, "
                  "so its 年初预算数 / 预算调整数 / 全年预算数 / 全年执行数 are recorded with the canonical "
                  "codes (unlike project-level funds inside a department report)"
                  ". The text and the '|' table state the same figures -> listed "
                  "once; the '其中：当年财政拨款' row repeats them. budget_execution_rate_pct "
                  "96.87 from the table/text. The '|' table's 年度资金总额 row (分值10, "
                  "得分9.69) is budget execution, not an indicator. The '≤1800元'/'1650元' "
                  "cost indicator is an indicator, not a budget item. 一(二) restates "
                  "targets in prose (不少于600件, 不低于95%, 90%以上) and 三 restates 88.6% "
                  "-> same indicators, listed once from the table. Weights 10 + "
                  "90 = 100; scores 9.69 + 87 = 96.69 = 总分 = self_score."),
    },
    "separators_yiyuan_yinzhou_nongye_2023.txt": {
        "report": {
            "title": "2023年度宁波市鄞州区农业农村局部门整体支出绩效自评报告",
            "department": "宁波市鄞州区农业农村局",
            "province": "浙江省",
            "city": "宁波市",
            "district": "鄞州区",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 92.8,
            "grade": "优",
            "staff_authorized": None,
            "staff_actual": None,
            "budget_execution_rate_pct": 95.15,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "23518", "label": "收入合计"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "22846.37", "label": "支出合计"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "3412.85", "label": "基本支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "19433.52", "label": "项目支出"},
            {"item": "carryover_end", "fiscal_year": 2023, "amount_wan_yuan": "671.63", "label": "年末结转和结余"},
            {"item": "expenditure_personnel", "fiscal_year": 2023, "amount_wan_yuan": "2876.41", "label": "人员经费"},
            {"item": "expenditure_public", "fiscal_year": 2023, "amount_wan_yuan": "536.44", "label": "公用经费"},
            {"item": "three_public_total", "fiscal_year": 2023, "amount_wan_yuan": "123.45678", "label": "“三公”经费支出"},
            {"item": "budget_initial", "fiscal_year": 2023, "amount_wan_yuan": "20800", "label": "年初预算数"},
            {"item": "budget_full_year", "fiscal_year": 2023, "amount_wan_yuan": "24012", "label": "全年预算数"},
        ],
        "indicators": [
            {"name": "高标准农田建设任务完成率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "农产品质量安全抽检合格率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 99.6, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "农村生活污水处理设施标准化运维率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 95.3, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "涉农经营主体满意度", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 93.7, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("Units mixed on purpose: 亿元 x 10000 (2.3518亿元 = 23518, 2.08亿元 "
                  "= 20800, 2.4012亿元 = 24012), 万元 with thousands separators, and "
                  "元 with separators / 10000 (5,364,400.00元 = 536.44, 1,234,567.80元 "
                  "= 123.45678). Arithmetic: 3412.85 + 19433.52 = 22846.37; 2876.41 "
                  "+ 536.44 = 3412.85; 23518 - 22846.37 = 671.63 (年初结转 not stated, "
                  "so not listed); 22846.37/24012 = 95.15%. Excluded from budget_items: "
                  "project-level funds (乡村振兴专项资金1.05亿元, 4,286.70万元, 3,118.26万元)"
                  ". Excluded from indicators: counts/quantities (3.2万亩, 2,460批次, "
                  "8个科室, 4家). grade '优秀' -> 优."),
    },
    "dateonly_year_lixia_dangan.txt": {
        "report": {
            "title": "济南市历下区档案馆部门整体支出绩效自评报告",
            "department": "济南市历下区档案馆",
            "province": "山东省",
            "city": "济南市",
            "district": "历下区",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 90,
            "grade": "优",
            "staff_authorized": 9,
            "staff_actual": 9,
            "budget_execution_rate_pct": 98.13,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "286.45", "label": "收入合计"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "281.09", "label": "支出合计"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "246.73", "label": "基本支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "34.36", "label": "项目支出"},
        ],
        "indicators": [
            {"name": "档案接收进馆按期完成率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 100, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "馆藏档案数字化率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 86.4, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
            {"name": "查档服务满意率", "level1": None, "level2": None, "target_op": None, "target_value": None, "target_unit": None, "actual_value": 99.1, "actual_unit": "%", "weight": None, "score": None, "source_kind": "narrative"},
        ],
        "notes": ("No year anywhere except the closing date '2024年3月15日'; the text "
                  "says only 本年度/上年度. A self-evaluation written in March 2024 evaluates "
                  "the previous budget year -> fiscal_year 2023 (also the fiscal_year "
                  "of every budget item). Staff 核定事业编制9 / 在编在岗9. Execution rate "
                  "98.13 labelled 整体 (= 281.09/286.45). Excluded: last year's 数字化率 "
                  "78.9%, counts (23家, 41.6万页, 3620人次, 2975份)."),
    },
    "county_pipe_table_gangu_xinfang_2023.txt": {
        "report": {
            "title": "甘谷县信访局2023年度部门整体支出绩效自评报告",
            "department": "甘谷县信访局",
            "province": "甘肃省",
            "city": "天水市",
            "district": "甘谷县",
            "fiscal_year": 2023,
            "report_kind": "department_overall",
            "self_score": 95.84,
            "grade": "优",
            "staff_authorized": None,
            "staff_actual": None,
            "budget_execution_rate_pct": 98.41,
        },
        "budget_items": [
            {"item": "income_total", "fiscal_year": 2023, "amount_wan_yuan": "416.28", "label": "本年收入"},
            {"item": "expenditure_total", "fiscal_year": 2023, "amount_wan_yuan": "409.65", "label": "本年支出"},
            {"item": "expenditure_basic", "fiscal_year": 2023, "amount_wan_yuan": "352.10", "label": "基本支出"},
            {"item": "expenditure_project", "fiscal_year": 2023, "amount_wan_yuan": "57.55", "label": "项目支出"},
            {"item": "budget_full_year", "fiscal_year": 2023, "amount_wan_yuan": "416.28", "label": "全年预算数"},
        ],
        "indicators": [
            {"name": "群众来信来访登记率", "level1": "产出指标", "level2": "数量指标", "target_op": "=", "target_value": 100, "target_unit": "%", "actual_value": 100, "actual_unit": "%", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "县级领导接访下访次数", "level1": "产出指标", "level2": "数量指标", "target_op": ">=", "target_value": 48, "target_unit": "次", "actual_value": 52, "actual_unit": "次", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "信访事项按期办结率", "level1": "产出指标", "level2": "质量指标", "target_op": ">=", "target_value": 95, "target_unit": "%", "actual_value": 96.4, "actual_unit": "%", "weight": 15, "score": 15, "source_kind": "table"},
            {"name": "网上信访事项及时受理率", "level1": "产出指标", "level2": "时效指标", "target_op": ">=", "target_value": 98, "target_unit": "%", "actual_value": 99.2, "actual_unit": "%", "weight": 10, "score": 10, "source_kind": "table"},
            {"name": "信访积案化解率", "level1": "效益指标", "level2": "社会效益指标", "target_op": ">=", "target_value": 85, "target_unit": "%", "actual_value": 82.3, "actual_unit": "%", "weight": 20, "score": 18, "source_kind": "table"},
            {"name": "矛盾纠纷源头化解机制", "level1": "效益指标", "level2": "可持续影响指标", "target_op": None, "target_value": None, "target_unit": None, "actual_value": None, "actual_unit": None, "weight": 10, "score": 9, "source_kind": "table"},
            {"name": "信访群众满意率", "level1": "满意度指标", "level2": "服务对象满意度指标", "target_op": ">=", "target_value": 90, "target_unit": "%", "actual_value": 92.1, "actual_unit": "%", "weight": 15, "score": 14, "source_kind": "table"},
        ],
        "notes": ("County bureau named without province or city ('甘谷县信访局'); 甘谷县 "
                  "is unique (天水市, 甘肃省). '|'-flattened tables; in the indicator "
                  "table merged level-1/level-2 cells are written as empty cells "
                  "and take the value from the row above. The 年度资金总额 row (全年预算数 "
                  "416.28, 全年执行数 409.65 = 本年支出, 执行率 98.41%, 得分 9.84) gives budget_full_year "
                  "and the execution rate; it is not an indicator. The 合计 row (90/86)"
                  " is the indicator subtotal; self_score 95.84 is stated in 四 "
                  "(9.84 + 86). '长效运行'/'长效运行' is text-only -> values null. The "
                  "82.3% restated below the table is the same indicator."),
    },
}
