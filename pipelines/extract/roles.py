"""The roles of the national forms' cells, as data: one table the form readers decode by.

The 项目支出绩效自评表 / 部门整体支出绩效自评表 and their provincial variants are made of blocks:
- the funds block: header cells (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) over rows
  (年度资金总额, 其中：财政拨款, 上年结转, 其他资金 …);
- the indicator block: header cells (一级指标, 二级指标, 三级指标, 指标性质, 年度指标值, 度量单位,
  实际完成值, 分值, 得分, 偏差原因) over rows of indicators;
- label → value cells (项目名称, 主管部门, 实施单位, 自评得分 …).
A cell is matched in its compact form with a trailing note in brackets removed: ``全年预算数(A)``,
``执行率(B/A×100%)`` and ``项目资金(万元)`` read as ``全年预算数``, ``执行率`` and ``项目资金``.
To teach the readers a new form, add its labels here.
"""

from __future__ import annotations

import re
from itertools import product

# --- funds block ---------------------------------------------------------------------------
# Column header -> role. Money roles are the canonical budget item codes.
FUNDS_COLUMNS: dict[str, list[str]] = {
    "budget_initial": ["年初预算数", "年初预算", "年初预算金额", "年初预算安排", "年初数"],
    "budget_adjustment": ["预算调整数", "调整数", "调整预算数", "调整预算"],
    # 预算数(A) alone (no 年初/全年 split) is the base of the execution rate: the full-year budget
    "budget_full_year": ["全年预算数", "调整后预算数", "调整后预算", "全年预算", "预算数", "转移支付预算数",
                         "全年预算安排数", "预算安排数", "批复预算", "批复预算数", "年度批复预算"],
    "expenditure_total": ["全年执行数", "执行数", "预算执行数", "实际执行数", "全年实际执行数", "转移支付执行数",
                          "全年实际支出", "实际支出数", "支出数", "决算数", "资金执行数", "全年实际支出数", "实际支出",
                          "全年支出", "全年支出数", "实际执行", "已支出", "全年执行",
                          # the final accounts' figure named bare (年初预算 | 调整预算 | 决算 | 执行率; 全年决算数 and
                          # the like are generated below)
                          "决算", "全年决算", "本年决算", "年度决算"],
    "rate": ["执行率", "预算执行率", "资金执行率", "预算执行进度", "执行进度", "预算完成率", "完成率",
             # the final accounts' share of the budget (项目 | 预算数 | 决算数 | 决算数占预算数%)
             "决算数占预算数%", "决算数占预算数", "决算占预算%", "决算占预算", "决算数占预算数比例"],
    "adjust_rate": ["预算调整率", "调整率"],
    "weight": ["分值", "权重", "分数"],  # (分数: the points a column is worth, as some provinces head it)
    "score": ["得分", "自评得分"],
    "note": ["备注", "原因", "偏差原因", "说明",
             # the change against the other year's column (2022年决算数 | 2021年决算数 | 增减额 | 增减率): not read
             "增减额", "增减率", "增减", "增减幅度", "增减比例", "增长率", "增减变动", "变动额", "变动率", "同比增减",
             "同比增长", "比上年增减", "较上年增减", "增减变化", "增减变动情况", "增减情况", "变动情况", "变化情况",
             "增减数", "增减金额", "差额", "变动幅度"],
    # staff tables (财政供养人员情况 | 编制数 | 实际在职人数)
    "staff_authorized": ["编制数", "编制人数", "核定编制数", "核定编制", "人员编制", "人员编制数", "编制总数"],
    "staff_actual": ["实际在职人数", "在职人数", "实有人数", "实际人数", "实有在职人数", "在编人数", "在职在编人数",
                     "实有在编人数"],
    "other": ["控制率", "到位率"],
    # a bare amount (项目 | 金额 under 单位：万元): what the figure is, its row's label says
    "amount": ["金额", "数额", "本年数", "本年金额"],
    # the row's number in the national accounts forms (项目 | 行次 | 金额): a small integer before the row's figures,
    # never one of them
    "row_no": ["行次", "栏次"],
}
# The balance a budget's execution leaves at the year's end, as a column of its table (全年预算数 | 全年执行数 | 结转结余
# | 执行率): the whole row's is the department's 年末结转和结余. Read only there, a column the header's run reads past
# (no header cell of its own: a bare 结转结余 ends 年初结转和结余 too, a row's label in the 收入支出决算总表).
BALANCE_COLUMNS = ["年末结转结余", "年末结转和结余", "结转结余", "结转和结余"]

# Budget columns named for the adjustment that are the budget after it where no full-year column stands beside
# them (年初预算数 | 调整预算数 | 全年执行数 | 执行率: the rate's base); beside 全年预算数 they are the adjustment.
ADJUSTED_BUDGET_COLUMNS = ["调整预算数", "调整预算", "调整预算金额"]
# What a rate's label names before its rate word when it is not the budget's execution (政府采购执行率, 合同履约完成率,
# 整改任务完成率): no execution rate of the funds.
OTHER_RATE_SUBJECTS = ["采购", "合同", "制度", "整改", "任务", "工作", "目标", "计划"]
# Column labels too general to name a value outside a funds header (任务完成率 | 100% is no execution rate).
FUNDS_GRID_ONLY = ["完成率", "预算"]  # (预算 alone before a figure: a sentence's word, 年 预 算 2,502.10 万元)
# Labels read only as label -> value pairs (计划安排资金 | (万元) | 170), never as grid columns.
FUNDS_KEYS: dict[str, list[str]] = {
    "budget_initial": ["计划安排资金", "预算安排资金", "年初安排资金"],
    "expenditure_total": ["实际支出金额", "实际使用资金"],
    "carryover_end": ["结余", "结余资金", "年末结余"],
    "received": ["实际到位资金", "到位数", "到位资金", "资金到位数"],  # funds received: no canonical code
}
# Cells that name the block or a group of its columns, not a column of values.
FUNDS_GROUPS = ["项目资金", "资金投入情况", "预算执行情况", "资金情况", "预算资金", "资金使用情况", "预算安排情况",
                "资金到位情况", "资金执行情况", "项目资金情况", "年度资金情况", "年度预算数", "资金来源", "经费控制情况",
                "财政供养人员情况", "部门资金情况", "年度预算申请", "年度预算"]
# Groups that are the budget column itself when no budget column is under them (年度预算数 | 全年执行数 | 执行率),
# under any of their names (年度预算金额(万元) over 年初预算 | 调整后预算数 as well: not a third budget).
FUNDS_BUDGET_GROUPS = ["年度" + c + e for c in ("预算", "预算安排") for e in ("", "数", "金额", "资金", "数额")]
FUNDS_GROUPS += [w for w in FUNDS_BUDGET_GROUPS if w not in FUNDS_GROUPS]


def _funds_words(*parts: list[str]) -> list[str]:
    """Every word made of one item of each list of ``parts``, in order (年初 + 预算 + 金额 …)."""
    return ["".join(word) for word in product(*parts)]


# Provinces name the funds columns with their own words made of the same parts (年初预算金额, 年初批复数,
# 调整后预算金额, 全年预算资金, 预算批复数 / 全年实际执行金额, 执行金额, 全年支出金额, 实际使用数): every combination of these
# parts is a header of the role. Funds received (到位数, 拨付数) are not spending and are no part here; a word
# the label -> value pairs or the groups already read (年初安排资金, 实际支出金额, 年度预算数) keeps its place.
_BUDGET_CORES = ["预算", "批复预算", "预算批复", "预算安排", "批复", "安排"]
_AMOUNT_ENDS = ["数", "金额", "数额", "资金"]
# A budget column named bare (预算数, 预算金额, 批复预算数): the base of the execution rate, but under a year
# (2023年预算金额 beside 2022年决算数) that year's budget, not the evaluated year's.
# (批复数 / 批复金额: the amount approved, the budget)
FUNDS_BARE_BUDGET = _funds_words([""], ["预算", "批复预算", "预算批复", "批复"], ["数", "金额", "数额"])
# ... and the role word alone as a column's whole label (项目 | 预算 | 决算, 项目 | 2023年预算 | 2023年决算): a column's
# label only (a word of any sentence, 国有资本经营预算, elsewhere: no pair's label, no word letters spaced apart spell)
FUNDS_BARE_WORDS = ["预算"]
FUNDS_BARE_BUDGET += FUNDS_BARE_WORDS
_FUNDS_GENERATED = {
    "budget_initial": _funds_words(["年初"], _BUDGET_CORES, _AMOUNT_ENDS),
    "budget_full_year": _funds_words(["全年", "调整后", "调整后全年", "全年调整后"], _BUDGET_CORES, _AMOUNT_ENDS)
    + FUNDS_BARE_BUDGET,
    "expenditure_total": _funds_words(["", "全年", "年度", "本年", "实际", "全年实际", "年度实际", "本年实际"],
                                      ["执行", "支出", "预算执行", "资金执行", "使用", "资金使用", "决算"],
                                      ["数", "金额", "数额"]),
}
# A column named by its role's other words (计划 for the budget, 实际 / 完成 for its execution), with the year's word
# before it: 年初计划数 | 全年计划数 | 全年完成数, 预算数 | 实际数. (Not the indicator tables' own, 实际完成数, nor a
# bare 计划数 / 完成数, nor 年度完成数: an indicator table's target and result as often; 完成 names the funds' execution
# only after 全年 / 本年, the year's whole.)
_FUNDS_GENERATED["budget_initial"] += _funds_words(["年初"], ["计划", "计划安排"], ["数", "金额"])
_FUNDS_GENERATED["budget_full_year"] += _funds_words(["全年", "年度", "本年"], ["计划", "计划安排"], ["数", "金额"]) \
    + _funds_words(["本年", "全年"], ["预算"], [""])
_FUNDS_GENERATED["expenditure_total"] += _funds_words(["", "全年", "年度", "本年"], ["实际"], ["数", "金额", "数额"]) \
    + _funds_words(["全年", "本年"], ["完成"], ["数", "金额"])
# The funds issued for the year (下达资金 | 执行数 | 执行率, a summary of transfer payments' funds): their budget
_FUNDS_GENERATED["budget_full_year"] += _funds_words(["", "全年", "年度", "本年"], ["下达"], ["资金", "数", "金额", "资金数"])
# (a column's labels only: 实际数 | 105, 全年完成数 | 230 written as a pair are as often an indicator's result)
FUNDS_GRID_ONLY += ["实际数"] + _funds_words(["全年", "本年"], ["完成"], ["数", "金额"])
# The adjustment under its words (年中追加数, 追加(减)数, 预算调整, 调增减金额): what the year added to or took from the initial
# budget. (调整预算数 alone may be the budget after it: ADJUSTED_BUDGET_COLUMNS.)
_FUNDS_GENERATED["budget_adjustment"] = _funds_words(
    ["", "年中", "年度", "全年", "本年", "预算"], ["追加", "追加(减)", "追减", "调增", "调减", "调增减", "调增(减)", "调整"],
    ["数", "金额", "额", "资金"]) + _funds_words(["", "年中"], ["追加预算", "调整预算"], ["", "数", "金额"]) + ["预算调整", "年中追加"]
_FUNDS_TAKEN = {w for words in FUNDS_KEYS.values() for w in words} | set(FUNDS_GROUPS) \
    | {w for role, words in FUNDS_COLUMNS.items() for w in words}
for _role, _words in _FUNDS_GENERATED.items():
    FUNDS_COLUMNS[_role] += [w for w in dict.fromkeys(_words) if w not in _FUNDS_TAKEN]
# Funds received (资金到位数, 实际拨付数, 到位金额) as a column of the funds table: known, so the columns after it
# keep their place, but a note, never money of the report (the label -> value pairs read them as 'received').
FUNDS_COLUMNS["note"] += _funds_words(["", "资金", "实际", "实际资金", "全年", "全年资金", "全年实际"], ["到位", "拨付"],
                                         ["数", "金额", "资金"])

# A funds column split over two header rows: 全年预算数 over 金额 | 分值, 预算数(万元) over 总额 | 财政拨款 | 其他资金,
# 全年执行数 over 金额 | 其中：财政拨款. The amount sub-column carries the column's figure; a part (a source of
# funds, or any 其中：… cell) is not read; 分值 / 得分 / 执行率 under it keep their own roles.
FUNDS_SUB_AMOUNTS = ["金额", "总额", "合计", "小计", "金额合计", "总计", "数额"]
# (the sources of funds are also the part rows of a funds table under its whole: 其中：财政拨款 | 上年结转 | 其他资金)
FUNDING_SOURCES = ["财政拨款", "当年财政拨款", "财政资金", "财政拨款资金", "其他资金", "其他", "自有资金", "单位资金",
                   "上年结转", "上年结转资金", "中央资金", "中央财政资金", "中央补助", "地方资金", "省级资金", "市级资金",
                   "县级资金", "区级资金", "本级资金", "上级资金", "配套资金", "社会资金", "一般公共预算", "政府性基金",
                   "市县资金", "市县级资金", "中央补助资金", "省级补助资金"]
# A funds header's column naming the sources before them (资金来源 | 中央资金 | 省级资金 | 合计), and the column summing
# them, the full-year budget (funds_block._sources_total)
FUNDING_SOURCE_GROUPS = ["资金来源", "来源"]
SOURCES_SUM_COLUMNS = ["合计", "小计", "合计数", "资金合计", "总计", "总额"]
# The sources as a 资金来源 group's columns name them: by the level of government that gives them (中央 | 省级 | 市级 |
# 区级, 中央补助 | 地方配套), with or without 资金 (funds_block reads them past, as columns of no figure of the report)
FUNDING_SOURCE_COLUMNS = list(dict.fromkeys(FUNDING_SOURCES + _funds_words(
    ["中央", "省", "省级", "市", "市级", "州", "州级", "县", "县级", "区", "区级", "市县", "市县级", "本级", "上级", "地方",
     "乡镇", "乡镇级"], ["", "资金", "财政", "财政资金", "补助", "补助资金", "配套", "配套资金"])
    + ["其它", "其他来源", "自筹", "自筹资金", "社会投入", "银行贷款"]))
# (and the spending's parts as sub-columns: 预算数 over 合计 | 基本支出 | 项目支出; not read here)
FUNDS_SUB_PARTS = FUNDING_SOURCES + ["基本支出", "项目支出", "人员经费", "公用经费"]
# A table whose columns are the spending's parts (科目名称 | 合计 | 基本支出 | 项目支出, 项目 | 合计 | 人员经费 | 公用经费, the
# final accounts' 支出决算表): its total row gives each part's figure, and the whole's column over 基本支出 and 项目支出
# the spending's (over 人员经费 and 公用经费 it sums 基本支出 alone: no figure read).
CATEGORY_PART_COLUMNS = {"基本支出": "expenditure_basic", "项目支出": "expenditure_project",
                         "人员经费": "expenditure_personnel", "公用经费": "expenditure_public"}
CATEGORY_WHOLE_COLUMNS = ["合计", "本年支出合计", "支出合计", "本年支出", "支出决算合计", "决算数合计"]
CATEGORY_TOTAL_ROWS = ["合计", "总计", "本年支出合计", "支出合计", "本年支出", "支出总计"]
# A header row naming the items column by column (| 项目 | 合计 | 人员经费 | 公用经费 |, | 年度 | 本年收入合计 | 本年支出合计 |,
# | “三公”经费合计 | 因公出国(境)费 | … |) over a row of bare figures: the row's label qualifies each column's figure, a
# total's (合计, 决算数), a year's (2022年), or the parent of the columns' parts (基本支出 over 人员经费 | 公用经费, its own
# figure under the 合计 column); any other row is a part's (工资福利支出), no figure of the columns' items.
LABELLED_COLUMN_TOTAL_ROWS = [*CATEGORY_TOTAL_ROWS, "决算数", "本年决算数", "全年决算数", "决算金额", "金额"]
COLUMN_PART_PARENTS = {"expenditure_personnel": "expenditure_basic", "expenditure_public": "expenditure_basic"}
# (a header whose one named column is a whole before its parts, “三公”经费合计 | 因公出国(境)费 | …: the whole's items)
COLUMN_WHOLE_ITEMS = ["three_public_total", "income_total", "expenditure_total"]
# (a column the vocabulary names no item of, 上级补助收入 | 经营支出 | 公务接待费, is money's by its word's end; any other,
# 培训人次, makes the row no row of the funds)
COLUMN_MONEY_ENDS = ["收入", "支出", "费", "经费", "资金", "拨款", "结余", "结转", "合计", "总计", "金额"]
# The rows of the final accounts' 财政拨款收入支出决算表 (| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 | over
# | 一般公共预算财政拨款 | … |): a source's row, its 本年收入 the 财政拨款收入 (income_total) and its balances the year's;
# its 本年支出 is the appropriation's spending only, no figure of the whole's (not read), nor are its zeros.
COLUMN_SOURCE_ROWS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "财政拨款", "国有资本经营预算财政拨款"]
COLUMN_SOURCE_ITEMS = ["income_total", "carryover_begin", "carryover_end"]
# The header of the 年度主要任务 table (任务名称 | 主要内容 | 预算数 | 执行数): its rows are the department's tasks,
# parts of its spending; none is the whole (a rate in them is a task's).
TASK_TABLE_WORDS = ["年度主要任务", "主要任务", "任务名称", "主要内容"]
# The label of a column naming the task an indicator serves, before the name (任务名称 | 绩效指标 | 预期实现值 …)
TASK_COLUMN_LABELS = [*TASK_TABLE_WORDS, "任务", "重点任务", "工作任务"]
# Row labels. The whole-department row carries the block's figures; a part row with a canonical item
# gives that item (公用经费 | 2022年决算数); other part rows (funding sources) give `other` figures.
FUNDS_TOTAL_ROWS = ["年度资金总额", "资金总额", "总额", "合计", "总计", "年度财政资金总额", "项目资金总额", "资金总计",
                    "年度资金总计", "项目总额", "部门整体支出", "整体支出", "小计"]
# The total row under other words of the same parts (资金合计, 项目资金合计, 年度资金合计, 部门经费总额,
# 预算资金总计, 部门预算合计): every combination is a whole-funds row. (A source of funds, 财政资金 | 其他资金, stays a part;
# a bare 经费合计 may sum a table of controlled costs, 三公经费 | 会议费 | 培训费, so 经费 needs its owner.)
FUNDS_TOTAL_ROWS += [w for w in _funds_words(["", "年度", "项目", "部门", "单位"], ["资金", "经费", "预算资金", "预算"],
                                             ["合计", "总额", "总计"])
                     if w not in FUNDS_TOTAL_ROWS and not w.startswith("经费")]
# ... and the department form's own (年度预算执行情况 | 部门预算支出总额 | …, the national 部门整体支出绩效自评表)
FUNDS_TOTAL_ROWS += ["部门预算支出总额", "部门预算总额", "单位预算支出总额", "单位预算总额", "预算支出总额"]
# ... and the budget named as a whole (年度总预算 | 100.00 | 120.00 | 114.00 over 基本支出 | …)
FUNDS_TOTAL_ROWS += ["年度总预算", "总预算", "部门总预算", "单位总预算", "年度预算总额", "预算总额"]
# The rows of a table of the 三公经费 (公务接待费 | 公务用车购置及运行维护费 | 因公出国（境）费): its 合计 is the
# three costs' sum, no figure of the whole department's funds.
THREE_PUBLIC_ROWS = ("公务接待", "公务用车", "因公出国", "因公出境")
# Rows naming a cost of the economic classification's 商品和服务支出 (会议费, 培训费, 差旅费 …): a table of such
# costs alone sums them in its 合计, no figure of the department's funds. (Funding categories, 基本经费 |
# 项目经费 | 合计, are the department's.)
COST_ITEMS = ("办公费", "印刷费", "咨询费", "手续费", "水费", "电费", "邮电费", "取暖费", "物业管理费", "差旅费",
              "维修费", "维护费", "维修(护)费", "租赁费", "会议费", "培训费", "专用材料费", "专用燃料费", "被装购置费",
              "劳务费", "委托业务费", "福利费", "其他交通费用", "宣传费", "资料费")
# Part rows naming a canonical item (基础数据表: 公用经费 | 2022年决算数 …).
FUNDS_PART_ITEMS: dict[str, str] = {
    "基本支出": "expenditure_basic",
    "项目支出": "expenditure_project",
    "人员经费": "expenditure_personnel",
    "公用经费": "expenditure_public",
    "三公经费": "three_public_total",
    # (the three costs named as spending, “三公”经费支出 | 2022年决算数: the same figure)
    "三公经费支出": "three_public_total",
    "收入合计": "income_total",
    "支出合计": "expenditure_total",
    # the general budget's appropriation under the income (其中：财政拨款收入 | 6,501.37 in a 决算数 column), as the
    # sentences count it (vocabulary.BUDGET_LABELS)
    "财政拨款收入": "income_total",
    "一般公共预算财政拨款收入": "income_total",
    # the balances of a 收入支出决算总表 (年初结转和结余 | 决算数): the figure of the year's spending column is theirs
    "年初结转和结余": "carryover_begin",
    "年末结转和结余": "carryover_end",
    "年初结转结余": "carryover_begin",
    "年末结转结余": "carryover_end",
}
# A part's row summed up (基本支出合计, 项目支出小计, 三公经费合计) is that part. (Not 支出总计 / 收入总计: in the
# 收入支出决算总表 they add the balances carried over to the year's spending and income.)
FUNDS_PART_ITEMS |= {name + end: item for name, item in list(FUNDS_PART_ITEMS.items()) if not name.endswith("合计")
                     for end in ("合计", "小计")}
# A side's grand total (年度收入总计 | 预算数 | 执行数 | 执行率 over 年度支出总计 | …, the department form's 年度预算执行情况):
# the year's income or spending under a budget and its execution where the table holds no balance carried over (whose
# 总计 adds it: budget.row_meanings), the row's label, not its place under the header, deciding what its figures are
# (年度: the form's word for the year)
FUNDS_SIDE_TOTALS = {lead + side + end: item for side, item in (("收入", "income_total"), ("支出", "expenditure_total"))
                     for lead in ("", "年度") for end in ("总计", "合计")}

# --- indicator block -----------------------------------------------------------------------
INDICATOR_COLUMNS: dict[str, list[str]] = {
    "index": ["序号", "编号"],
    # (or the indicator's category, written on each row before its name: 指标类别 | 绩效指标 | 目标值 …)
    "level1": ["一级指标", "指标类别"],
    "level2": ["二级指标"],
    "name": ["三级指标", "指标名称", "绩效指标名称", "具体指标", "关键指标", "指标内容", "三级指标名称",
             # the name column under other words (评价指标 | 年度指标值 …)
             "评价指标", "指标项", "明细指标", "评分指标", "绩效评价指标", "三级指标内容", "具体指标内容", "指标名称及内容"],
    "nature": ["指标性质", "符号", "指标方向"],
    "target": ["年度指标值", "年度目标值", "指标值", "目标值", "预期值", "预期指标值", "年初目标值", "计划值",
               "预期实现值", "预期目标值", "年初指标值", "全年指标值", "指标(目标)值", "年度计划值", "绩效目标值",
               "年度绩效目标"],
    "unit": ["度量单位", "计量单位", "单位"],
    "actual": ["实际完成值", "完成值", "全年实际值", "实际值", "全年实际完成值", "年终完成值", "单项指标实际完成值",
               "实际完成", "实际完成数", "年度实际完成值", "实际达成值", "指标完成情况",
               # the year's figure under other names (全年完成值 beside 预期指标值; 实际完成情况 beside 年度指标值)
               "全年完成值", "年度完成值", "实际完成情况", "全年实际完成情况",
               "指标完成值", "绩效完成情况", "实际完成目标",
               # a scoring system's column of what the evaluation found (自评情况 | 自评得分)
               "自评情况", "自评结果", "评价情况"],
    "status": ["完成情况", "单项指标完成情况", "年度完成情况", "全年完成情况"],
    "weight": ["分值", "权重", "标准分", "指标分值", "权重占比", "权重分值", "分数", "指标权重", "权重分", "标准分值", "满分",
               "满分值", "单项分值"],
    "score": ["得分", "自评得分", "评分", "自评分", "单项指标得分", "单项得分", "实际得分", "考核得分", "评价得分", "自评分值", "得分值",
              "指标得分"],
    "reason": ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "未完成原因及改进措施", "原因分析",
               "偏差原因分析", "未完成原因", "偏差原因分析及整改措施", "备注", "未完成原因和改进措施"],
    # (a reviewer's score beside the unit's own, 自评得分 | 复核得分: the self-evaluation's is the score)
    "other": ["复核分", "复核得分", "复核评分", "评审得分", "核定得分", "评价标准", "折算得分", "单项指标折算得分", "评价标准及依据", "佐证材料", "评分标准",
              # the funds of the task a row serves, after its figures (the Guangdong department form)
              "任务涉及资金"],
    # a column of each row's completion (实际完成值 / 年度指标值) or of its score's share of its points (得分 / 分值),
    # a percent, not read: no value of the row (健全 | 健全 | 100%: the result is 健全, the 100% its completion)
    "ratio": ["完成率", "完成比例", "指标完成率", "偏差率", "得分率",
              # (whose completion: the target's, 指标值 | 实际完成值 | 目标完成率)
              "目标完成率", "目标完成比例", "指标完成比例", "完成百分比"],
}

# Columns of an indicator table the rules read past and do not read, named too long for a run to read past an
# unknown label (headers._UNREAD_MAX): the description of each indicator (the Guangdong standard form's 计算公式或指标内容)
UNREAD_INDICATOR_COLUMNS = frozenset({"计算公式或指标内容", "计算公式及指标内容", "指标内容及计算公式", "指标解释及计算公式",
                                      "指标计算公式或内容", "指标内容或计算公式"})


def _header_words(prefixes: list[str], cores: list[tuple[str, list[str]]]) -> list[str]:
    """A prefix, a core and one of that core's own endings, no prefix repeating its core (计划 + 计划值)."""
    return [p + c + e for p, (c, ends) in product(prefixes, cores) for e in ends if not p.endswith(c)]


# Provinces name the target and result columns with their own words made of the same parts (全年目标值,
# 计划指标值, 年度预期目标值 / 全年实际完成数, 实际指标值, 年度实际值): every combination of these parts is a
# header of the role. (No bare 实际数 / 完成数 / 计划数: funds tables use them for amounts.)
# (绩效指标值, 考核指标值, 年度绩效目标值, 计划完成值, 标准值, 期望值 / 实现值, 实际实现值, 实际达到值)
_TARGET_HEADERS = _header_words(["", "年度", "全年", "年初", "预期", "计划", "年度预期", "全年预期", "年度计划", "全年计划",
                                 "绩效", "年度绩效", "考核", "指标"],
                                [("目标", ["值", "数"]), ("指标", ["值"]), ("计划", ["值"]), ("绩效目标", ["值"]),
                                 ("计划完成", ["值"]), ("标准", ["值"]), ("期望", ["值"])])
_ACTUAL_HEADERS = _header_words(["", "年度", "全年", "年终", "年末", "本年"],
                                [("实际完成", ["值", "数"]), ("实际", ["值"]), ("实际达成", ["值"]), ("完成", ["值"]),
                                 ("实际完成指标", ["值"]), ("实际指标", ["值"]), ("完成指标", ["值"]), ("实现", ["值"]),
                                 ("实际实现", ["值"]), ("实际达到", ["值"])])
# ... and with no 值 at the end (年度指标 | 实际完成指标, 预期指标 | 实际指标): the column of the year's target and
# of its result. (No bare 指标, a fragment, nor 绩效指标 / 考核指标, the groups over the level columns.)
_TARGET_HEADERS += [p + "指标" for p in ("年度", "全年", "年初", "预期", "计划", "年度预期", "全年预期", "年度计划",
                                       "全年计划")]
# ... and the goal itself (预期目标 | 实际完成): the column of the year's target in a table of indicators. (The
# 年度总体目标 table heads 预期目标 | 实际完成情况 too, but names no indicator: no name column, no header.)
_TARGET_HEADERS += ["预期目标", "年度目标", "年度预期目标", "全年目标", "年初目标", "计划目标", "年度计划目标", "绩效目标",
                    "目标任务", "年度目标任务"]
_ACTUAL_HEADERS += [p + c for p in ("", "年度", "全年", "年终", "年末", "本年") for c in ("实际完成指标", "实际指标", "完成指标")]
# The score column under who gave it and how (实得分, 考评得分, 评估得分, 得分数, 得分情况): each is the row's score.
# (Not 复核得分: the reviewer's, not the unit's own; a column not read.)
_SCORE_HEADERS = [p + c for p in ("", "实", "实际", "自评", "考评", "考核", "评估", "评价", "核定", "最终", "指标", "单项指标")
                  for c in ("得分", "得分值", "得分数")] + ["得分情况", "自评分数"]
# The reason column under each province's words (未完成原因分析及改进措施, 偏差原因及改进措施, 扣分原因, 原因说明,
# 存在问题及改进措施): what fell short, why, and what is done about it.
_REASON_HEADERS = [p + c + e for p in ("偏差", "未完成", "未达成", "未达标", "扣分", "存在问题")
                   for c in ("原因", "原因分析", "原因说明", "") for e in ("", "及改进措施", "和改进措施", "及整改措施")
                   if c or (p == "存在问题" and e)] + ["原因说明", "原因分析及改进措施", "原因及改进措施"]
for _role, _words in (("target", _TARGET_HEADERS), ("actual", _ACTUAL_HEADERS), ("score", _SCORE_HEADERS),
                      ("reason", _REASON_HEADERS)):
    INDICATOR_COLUMNS[_role] += [w for w in dict.fromkeys(_words) if w not in INDICATOR_COLUMNS[_role] and w != "目标数"]

# One column holding each row's target and its result together (目标值及完成情况 | 目标≥90%，实际96.5%): a target's word,
# a conjunction, a result's word. Its cells are split at the result's label (vocabulary.COMBINED_VALUE_LABELS).
INDICATOR_COLUMNS["combined"] = [t + c + a for t in ("目标值", "指标值", "年度指标值", "年度目标值", "目标", "年度目标",
                                                    "预期目标", "绩效目标", "预期值", "计划值")
                                 for c in ("及", "和", "与")
                                 for a in ("完成情况", "实际完成情况", "完成值", "实际完成值", "实际值", "实际完成",
                                           "实际情况")]

# A name column headed bare (指标 | 年度目标值 | 实际完成值 …): a fragment elsewhere (一级 | 指标), the names' column only
# opening the header's row right before its values (headers._bare_name_head)
BARE_NAME_HEADS = ["指标"]
INDICATOR_GROUPS = ["绩效指标", "考核指标", "年度绩效指标", "年度绩效指标完成情况", "项目支出绩效指标表", "绩效指标完成情况",
                    "项目绩效指标", "部门整体支出绩效指标"]
# Broken header cells: a fragment whose completion follows in the same header (一级 | 指标, or the
# second line of a header written column by column: 年度 实际 … / 指标值 完成值).
HEADER_FRAGMENTS = ["一级", "二级", "三级", "年度", "实际", "年初", "全年", "偏差", "偏差原因", "未完成"]
# ... and the value columns of five characters broken after their third (年度指 / 标值, 实际完 / 成值, a narrow
# column's cell wrapped in the middle of a word)
_BROKEN_VALUE_LABELS = [w for role in ("target", "actual") for w in INDICATOR_COLUMNS[role]
                        if len(w) == 5 and w[:2] in ("年度", "年初", "全年", "实际", "年终")]
HEADER_FRAGMENTS += sorted({w[:3] for w in _BROKEN_VALUE_LABELS} | {w[3:] for w in _BROKEN_VALUE_LABELS})
# ... and the reason column's long label broken after its conjunction (偏差原因分析及 / 改进措施): the tail alone would
# end the table (BLOCK_END)
_REASON_BREAKS = [(w[:i + 1], w[i + 1:]) for w in INDICATOR_COLUMNS["reason"] for i, c in enumerate(w) if c in "及和"]
HEADER_FRAGMENTS += sorted({piece for pair in _REASON_BREAKS for piece in pair})
# ... or broken before its conjunction, the label's head a column's whole label (偏差原因分析 / 及改进措施): the tail, on
# the header's second row, belongs to the header
HEADER_FRAGMENTS += sorted({w[i:] for w in INDICATOR_COLUMNS["reason"] for i, c in enumerate(w) if c in "及和" and i})

# Level cells of the indicator rows (written only when they change: merged cells).
LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标", "效果指标", "过程指标", "决策指标", "管理指标", "履职效能",
          "管理效率", "运行成本"}
LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
          "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "满意度指标",
          # short forms, as some forms write them
          "数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "可持续性"}
# The first level each second level stands under in the national forms: a first level carried down from the rows
# above (merged cells) gives way to it (产出指标 | 数量指标 … then | 社会效益指标 |: the effects' row lost its cell).
LEVEL2_PARENT = {
    **{w: "效益指标" for w in ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "经济效益", "社会效益",
                            "生态效益", "可持续影响")},
    **{w: "产出指标" for w in ("数量指标", "质量指标", "时效指标", "数量", "质量", "时效")},
    **{w: "成本指标" for w in ("经济成本指标", "社会成本指标", "生态环境成本指标")},
    "服务对象满意度指标": "满意度指标",
}
# The satisfaction levels (first and second), the forms' last indicators: below them only the form's own lines
SATISFACTION_LEVELS = frozenset(("满意度指标", "服务对象满意度指标", "满意度", "服务对象满意度", "社会公众满意度指标"))
# The second levels written short (no 指标) and the first level each stands under: joined to that first level,
# or opening a sentence under it, before a separator, they are its second level (产出指标—数量：…, 效益指标：社会效益，…;
# …。质量，…). (服务对象满意度 so placed is as often the indicator itself: 满意度指标：服务对象满意度，目标≥90%.)
SHORT_LEVEL2_PARENT = {
    **dict.fromkeys(("数量", "质量", "时效", "成本"), "产出指标"),
    **dict.fromkeys(("经济效益", "社会效益", "生态效益", "可持续影响"), "效益指标"),
}
# The labels of both levels and the first level each stands under where a form writes it as a second level (older
# forms: 成本 under 产出, 满意度 under 效益); under another first level it heads its own. (The output levels are often
# listed with their 产出指标 heading left out: 成本指标 after 数量指标 stays their sibling with no first level open.)
BOTH_LEVELS_PARENT = {"成本指标": "产出", "满意度指标": "效益"}
# The second levels under 产出指标 (成本指标 among them: a first level in the 2021 forms, a second in older ones).
OUTPUT_LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "数量", "质量", "时效", "成本"}
# The satisfaction level written short, a second level only in the 二级指标 column of a table lined up with its
# header: elsewhere it is a common indicator name (满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90%).
LEVEL2_IN_COLUMN = {"服务对象满意度", "社会公众满意度", "社会公众或服务对象满意度", "群众满意度", "公众满意度"}
# The levels of the evaluation frameworks, written bare in a table's level columns: 部门整体 (投入 | 预算配置 |
# "三公经费"变动率, 过程 | 预算执行 | 结转结余率, 产出 | 职责履行, 效果 | 履职效益) and 项目 (决策 | 项目立项, 过程 |
# 资金管理, 产出 | 产出数量, 效益 | 项目效益), the Guangdong department form's (履职效能 | 部门履职目标, 部门效果目标), and
# the short first levels of the 产出/效益/满意度 forms (产出 | 数量), and the older forms' goals written as first levels
# in their 绩效目标 column (绩效目标 | 指标 | 预期值: 产出目标, 效果目标, 效益目标).
# Only table cells read them as levels (prose and glued forms use the words otherwise: 预算执行率).
FRAME_LEVEL1 = {"投入", "过程", "产出", "效果", "效益", "决策", "满意度", "投入指标", "产出目标", "效果目标", "效益目标"}
FRAME_LEVEL2 = {"目标设定", "预算配置", "预算执行", "预算管理", "资产管理", "职责履行", "履职效益", "项目立项", "绩效目标",
                "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "产出时效", "产出成本", "项目效益", "满意度",
                "社会公众或服务对象满意度", "部门履职目标", "部门效果目标"}
# The frameworks' bare satisfaction word, a first level of some (满意度 | 服务对象满意度) and a second level of the effects in
# others (效果 | 满意度 | 农户满意度, 履职效益 | 满意度 | 群众满意度): written alone before its name, with the effects'
# first level and a second level of theirs open above, it is their sibling second level (its row lost its empty first
# level's cell, as a form flattened onto one line loses every empty cell).
FRAME_SATISFACTION = {"满意度": ("效果", "效益", "履职效益")}
# The first level each framework's second level stands under (部门整体: 投入 | 预算配置, 过程 | 预算执行; 项目: 决策 |
# 项目立项, 过程 | 资金管理): rows of such a level are no rows of another first level.
FRAME_LEVEL2_PARENT = {
    **dict.fromkeys(("目标设定", "预算配置"), "投入"), **dict.fromkeys(("预算执行", "预算管理", "资产管理"), "过程"),
    "职责履行": "产出", "履职效益": "效果", **dict.fromkeys(("项目立项", "绩效目标", "资金投入"), "决策"),
    **dict.fromkeys(("资金管理", "组织实施"), "过程"), "项目效益": "效益",
    **dict.fromkeys(("部门履职目标", "部门效果目标"), "履职效能"),
}
# The first levels of the evaluation frameworks' process (决策 | 项目立项 | 立项依据充分性, 过程 | 资金管理 | 资金使用合规性,
# 项目管理 | 组织实施 | 管理制度健全性): criteria of how the project was decided and run, scored by the evaluation; a row of
# theirs with no target and no result is no performance indicator (one with its values, 预算执行率 | 100% | 98%, is).
PROCESS_LEVEL1 = frozenset(p + w + e for p in ("", "项目", "资金") for w in ("决策", "过程", "投入", "管理")
                           for e in ("", "指标") if p + w not in ("资金决策", "资金过程")) | {"管理效率", "运行成本"}
# A level cell may carry its points after its label: 产出指标(40分), 效益指标（30分）, (40), （权重40%）, or 40分
# written right after it.
LEVEL_POINTS = re.compile(r"(?:[(（]\s*(?:权重|分值)?\s*\d+(?:\.\d+)?\s*[分%]?\s*[)）]|(?<=[^\d.\s])\s*\d+(?:\.\d+)?\s*分)$")
# Rows that close an indicator block: the totals row and what follows the table.
TOTAL_ROWS = ["总分", "合计", "总计", "合计得分", "总得分", "综合得分", "分值合计", "得分合计", "自评得分合计"]
BLOCK_END = ["评价结论", "存在问题", "改进措施", "其他需要说明事项", "其他需要说明的事项", "说明", "项目负责人",
             "财务负责人", "填表人", "联系电话", "审核人", "主要问题及改进措施", "结论", "绩效自评结论",
             "存在的问题及原因分析", "下一步改进措施", "自评结论"]
# The lines that close a form below its table (填报人：张三 | 联系电话 | 填报日期): no rows of it.
FORM_FOOTER = ["填报人", "联系人", "填报日期", "填表日期", "单位负责人", "制表人", "经办人", "分管领导"]
# A note under the table (注：1.…; 备注：…), as ``label：text`` in one cell: the table's end.
NOTE_LABELS = ["注", "注释", "备注", "填报说明", "填表说明"]
# A subtotal row among the indicators (小计 | | 40 | 38; 产出指标小计): no indicator, and not the table's end.
SUBTOTAL_ENDS = ["小计"]
# The report's own figures, written after the table as ``label：value`` (自评得分：86分, 综合评分：80分,
# 评价等次：良): such a line is no row of the table but its end.
REPORT_LABELS = ["自评得分", "自评分数", "自评总分", "评价总分", "综合得分", "综合评分", "最终得分", "评价得分", "总得分",
                 "自评结果", "评价结果", "自评等级", "评价等级", "自评等次", "评价等次", "评价结论", "自评结论"]

# Units of an indicator's value, as a cell of their own (度量单位 column) or after a number.
UNITS = {"%", "‰", "个", "人", "人次", "次", "场", "场次", "批次", "件", "份", "宗", "项", "户", "家", "所", "万元", "元",
         "亿元", "万", "亿", "天", "年", "月", "日", "小时", "工作日", "平方米", "米", "公里", "千米", "亩", "公顷",
         "吨", "台", "套", "辆", "册", "本", "篇", "期", "座", "处", "条", "名", "元/人", "人/次", "分", "分钟",
         "个/次", "万人次", "人日", "课时", "学时", "km", "m", "m²", "㎡", "kg", "t", "万粒", "粒", "株", "头", "只", "棵", "公斤", "千克",
         "立方米", "万千瓦", "千瓦", "床", "张", "间", "栋", "个工作日", "周", "季度", "门", "页", "卷", "人天", "批",
         # counts of visits and of events (台次, 家次: 台 / 家 alone cut them short), sets, and percentage points
         "台次", "家次", "户次", "车次", "组", "起", "百分点",
         # counters of the sectors' forms: wells (眼, 口), classes, cases and doses, aircraft and handsets (架, 部),
         # boards, lamps, litres, poultry (羽); energy (千瓦时, 吨标准煤: 千瓦 / 吨 alone cut them short); 人·次
         "眼", "口", "班", "例", "剂", "架", "部", "块", "盏", "升", "羽", "千瓦时", "吨标准煤", "人·次", "人・次",
         # areas and volumes as forms also write them (平米, 立方; km², m³: km / m alone cut them short; 平方公里:
         # 平方 between the number and 公里 left no unit), power in kW / kWh, vessels and buildings (艘, 幢)
         "平方公里", "km²", "m³", "平米", "立方", "kW", "kWh", "艘", "幢",
         # transactions, medals, bottles, teams or pens, lessons, rounds, songs and episodes, catties (斤), levels;
         # power in MW; lengths of works (延米: 米 alone cuts it short); counts of items and of sessions (项次, 期次)
         "笔", "枚", "瓶", "支", "根", "节", "轮", "首", "集", "斤", "级", "兆瓦", "MW", "延米", "项次", "期次",
         # visits counted by the site (点 alone cuts nothing short: no unit)
         "点次",
         # pictures and maps, and the frames an archive's digitising counts (画幅: 幅 alone cuts it short)
         "幅", "画幅",
         # livestock counted by the head, large and small together (头只: 头 alone cuts it short)
         "头只"}
# 2.1万亩, 3.5万平方米, 1.2亿次, 5千册: 万, 亿 or 千 makes a unit of its own with any counted or measured one (the value
# stays as written: 2.1); not with a share, money, a span of time, points or a grade
_UNMAGNIFIED = {"%", "‰", "元", "亿元", "万", "亿", "天", "年", "月", "日", "周", "季度", "小时", "分钟", "工作日", "个工作日",
                "分", "百分点", "级"}
UNITS |= {m + u for u in UNITS if u not in _UNMAGNIFIED and "\u4e00" <= u[0] <= "\u9fff" and "/" not in u
          for m in ("万", "亿", "千") if u[0] not in "万亿" + m}

# What a 计量单位 column says of a measure that has no unit (是/否, 等级, 百分比): the unit cell as written,
# never part of the indicator's name.
UNITLESS_MEASURES = {"是/否", "是否", "等级", "等次", "百分比", "比例", "比率"}

# A grade as a form writes it in its own cell (总分 | 100 | 96 | 优).
GRADE_WORDS = {"优", "良", "中", "差", "优秀", "良好", "合格", "一般", "中等", "较差", "较好", "不合格"}

# --- label -> value fields ------------------------------------------------------------------
FIELDS: dict[str, list[str]] = {
    "project": ["项目名称", "转移支付(项目)名称", "转移支付名称", "专项名称", "资金名称"],
    # (编报单位 / 报送单位 / 被评价单位: the unit that compiles, sends or is evaluated by its own self-evaluation)
    "department": ["部门(单位)名称", "部门名称", "单位名称", "预算单位名称", "预算部门", "填报单位", "单位(盖章)",
                   "部门(盖章)", "部门", "单位", "编报单位", "报送单位", "被评价单位", "预算单位", "申报单位"],
    "supervisor": ["主管部门", "项目主管单位", "项目主管部门", "地方主管部门", "中央主管部门", "市县主管部门",
                   "主管单位", "省级主管部门", "市级主管部门", "县级主管部门", "区县主管部门", "区级主管部门"],
    "implementer": ["实施单位", "项目实施单位", "资金使用单位", "项目单位", "实施(主管)单位", "项目承担单位"],
    # (the same counts under the longer names forms give them: 人员编制数 | 12, 在职在编人数 | 11)
    # (and whose: 单位编制数 | 45人, 部门实有人数 | 42人)
    "staff_authorized": ["编制数", "编制人数", "人员编制", "核定编制", "编制", "人员编制数", "核定编制数",
                         "单位编制数", "部门编制数", "单位编制人数", "部门编制人数"],
    "staff_actual": ["实有人数", "实际在职人数", "在职人数", "实际人数", "在编人数", "实有在编人数", "在职在编人数",
                     "在编在岗人数", "实有人员数", "单位实有人数", "部门实有人数"],
    # (综合评分 | 92.5: the whole's score under the name a form gives it after its indicators)
    # (with 自评 and who scores itself: 绩效自评得分, 部门整体自评得分; not 评价得分 / 考核得分, an indicator table's
    # score column)
    "self_score": ["自评得分", "自评总分", "项目总得分", "总得分", "自评分", "自评分数", "综合评分", "综合得分",
                   "绩效自评得分", "自评综合得分", "部门自评得分", "整体自评得分", "部门整体自评得分", "项目自评得分",
                   "最终得分", "自评总得分", "绩效自评总分", "绩效自评总得分", "项目自评总分", "自评综合评分",
                   # (the performance evaluation's score, the whole's as 绩效自评得分 is)
                   "绩效评价得分",
                   # (the report's own kind before it: 部门整体支出绩效自评得分 | 92.5)
                   *(p + w for p in ("部门整体支出绩效", "整体支出绩效", "项目支出绩效", "部门整体支出", "单位整体支出绩效")
                     for w in ("自评得分", "自评总分", "自评总得分"))],
    "grade": ["自评等级", "评价等级", "等级", "自评等次", "评价等次", "绩效等级", "评定等级", "绩效评价等级", "考核等级",
              "等次", "考核等次", "评定等次", "绩效等次",
              # (whose grade: 部门自评等级 | 优, as Yunnan's department form heads its last part)
              "部门自评等级", "单位自评等级", "项目自评等级", "部门整体支出绩效自评等级",
              "自评结论", "评价结论",  # (a conclusion cell holding a grade word: 自评结论 | 良好)
              "评价结果", "自评结果"],  # (and a result's: 评价结果 | 优; a score there is no grade word)
}
# Score labels an indicator table also heads its score column with (评价得分): the whole's score only in a row
# that gives the grade too (评价得分 | 96.3 | 评价等级 | 优), as a form's result row does.
SCORE_BESIDE_GRADE = ["评价得分"]
# The staff counted at the year's end (年末实有人数 | 25, 年末在职人数 | 21): the year's staff in post.
FIELDS["staff_actual"] += [p + w for p in ("年末", "年底", "期末") for w in FIELDS["staff_actual"]]
# The supervising units a transfer payment's form names above the one that spends it, the centre's first: the form
# reports for its most local supervisor (中央主管部门 | 某部 | 地方主管部门 | 某县某局; 市级主管部门 | 区县主管部门: the
# 区县's), any other supervisor label naming the local one.
SUPERVISORS_ABOVE = ["中央主管部门", "省级主管部门", "市级主管部门"]
# The label of the supervisors below the centre, one of each level the funds pass through (地方主管部门 | 某省某厅、某市某局、
# 某县某局, or one cell a level, a line each): the last written, the most local, reports.
LOCAL_SUPERVISORS = ["地方主管部门"]
# The heads of a results table's columns (评价对象 | 预算数 | 执行数 | 自评得分 | 等级): an evaluation's score and grade
RESULT_SCORE_HEADS = frozenset(("自评得分", "评价得分", "综合得分", "得分", "自评分", "自评总分", "总得分", "评分"))
RESULT_GRADE_HEADS = frozenset(("等级", "自评等级", "评价等级", "等次", "评价等次", "自评等次", "评级"))
