"""The labels of running text: money figures, report fields, narrative indicators.

The forms' cells (table columns, row labels, level cells, field labels) are in ``roles.py``.

Labels are written in the compact form (no whitespace, simplified characters, no quotes:
``三公经费`` matches ``“三公”经费``). To teach the pipeline a new way of writing a figure, add
its label here; the rules pick it up. Longer labels win over shorter ones they contain.
"""

from __future__ import annotations

import re

from pipelines.extract import roles as _R

# --- budget items -----------------------------------------------------------------------
# Labels that name a department-wide money figure outright.
# The department's budget named as a whole (部门收支总预算1234.5万元, 部门收入预算…): the budget the year
# opened with, as 年初预算; it stands only when nothing better states it (a 年初预算数, a funds table's).
DEPARTMENT_BUDGET_STATEMENTS = ["收支总预算", "收支预算总额", "部门收支预算", "部门收入预算", "部门支出预算",
                                "单位收支预算", "单位收入预算", "单位支出预算", "部门预算总额",
                                # (the words in the other order: 部门预算支出22,416.80万元)
                                "部门预算支出", "单位预算支出", "部门预算收入", "单位预算收入"]
# The funds' spending (下达资金300万元，资金支出298万元): the spending, but a named fund's (专项资金支出) is a part's.
FUNDS_SPENDING = ["资金支出", "资金实际支出"]
# The sources of funds besides the appropriation, named alone before the funds' spending (其中：财政拨款支出…，其他资金支出…):
# the spending of that source, a part of the whole's (no code of its own)
OTHER_FUNDS_SOURCES = frozenset(("其他", "其它", "自筹", "单位自筹", "自有"))
BUDGET_LABELS: dict[str, list[str]] = {
    "income_total": [
        "本年收入合计", "本年收入", "本年度收入", "收入合计", "收入总计", "收入总额", "年度收入", "全年收入",
        "总收入", "部门收入", "财政拨款收入", "一般公共预算财政拨款收入", "财政预算拨款收入",
        "一般公共预算拨款收入", "本年财政拨款收入",
        # a public institution's (hospital, school) accounts name the appropriation's income 财政补助收入
        "财政补助收入", "本年财政补助收入",
        # 本年度部门决算收入: the final-accounts income is the year's income
        "决算收入",
        # the general budget's appropriation, 收入 left unsaid (其中一般公共预算拨款3,602.50万元, | 其中：一般公共预算财政
        # 拨款 | 8,644.10 | under 收入总计)
        "一般公共预算拨款", "一般公共预算财政拨款",
        # (the general budget under its name before 2015: 公共财政预算拨款)
        "公共财政预算拨款", "公共财政预算拨款收入",
        # the department's public funds as its income (部门财政资金收入…，其中：一般公共预算财政拨款…)
        "财政资金收入",
        # the year's income as received, beside its budget (收入预算968.40万元，实际收入1,012.36万元), as 实际支出 is
        # the year's spending
        "实际收入", "本年实际收入", "年度实际收入", "全年实际收入",
    ],
    "expenditure_total": [
        "本年支出合计", "本年支出", "本年度支出", "支出合计", "支出总计", "支出总额", "年度支出合计",
        "年度支出", "全年支出", "总支出", "一般公共预算财政拨款支出", "财政拨款支出", "年度实际支出",
        "整体年度实际支出数", "整体年度实际支出", "整体支出实际支出数", "部门整体支出",
        # the general-budget spending a department-wide self-evaluation covers (as the contract
        # counts 一般公共预算财政拨款收入 as income_total)
        "一般公共预算支出",
        # the final accounts' spending summed (部门决算支出合计21,305.62万元)
        "决算支出合计", "部门决算支出", "决算支出总额",
        *FUNDS_SPENDING,
    ],
    "budget_initial": ["整体支出年初预算数", "部门年初预算数", *DEPARTMENT_BUDGET_STATEMENTS],
    "budget_adjustment": ["整体支出预算调整数", "部门预算调整数", "年中追加预算", "年中追加", "追加预算", "年中调增",
                          "年中调整预算",
                          # the words in either order (年中追加调整, 预算追加)
                          "追加调整", "调整追加", "预算追加", "预算调整",
                          # the adjustment said as an increase (调整预算增加52.30万元, 年中调增)
                          "调整增加", "调整预算增加", "预算调整增加", "调增预算", "预算调增", "调整增加预算"],
    "budget_full_year": ["整体支出全年预算数", "调整后全年预算数", "调整后全年预算", "调整后预算数", "调整后预算",
                         "调整后预算总额", "年度预算总额", "全年预算总额"],
    # short forms too (上年结转32.5万元, 年末结转34.7万元); in tables 上年结转资金 is a funding source
    # row, read by the table rules, not these labels
    "carryover_begin": ["年初结转和结余", "年初结转结余", "上年结转和结余", "上年结转结余", "年初结余结转",
                        "上年结转", "年初结转", "年初结余", "上年结余",
                        # the balance named as funds (年初结转结余资金120万元)
                        "年初结转结余资金", "上年结转结余资金", "年初结转资金", "年初结余资金", "上年结转资金",
                        # the period's opening balance, as accounts name it (期初结转和结余)
                        "期初结转和结余", "期初结转结余", "期初结余", "期初结转"],
    # appropriations of the other budgets, named like the general budget's (…财政拨款收入): a source of the
    # income, no code of their own
    "other": ["政府性基金预算财政拨款收入", "政府性基金财政拨款收入", "国有资本经营预算财政拨款收入"],
    "carryover_end": ["年末结转和结余", "年末结转结余", "年末结余结转", "年末结转", "年末结余", "结转下年",
                      "年末结转结余资金", "年末结转资金", "年末结余资金",
                      "期末结转和结余", "期末结转结余", "期末结余", "期末结转",
                      # the year's end said as 年终/年底 (年终结余611,209.24元)
                      "年终结转和结余", "年终结转结余", "年终结余", "年终结转", "年底结转和结余", "年底结转结余", "年底结余"],
}

# Labels that name an item only as a whole clause (…已支出80万元，结余5万元: the balance left, as a form's 结余
# column); ending a longer clause they belong to other words (使用非财政拨款结余, 收回结余资金).
CLAUSE_BUDGET_LABELS: dict[str, str] = {"结余": "carryover_end", "结余资金": "carryover_end",
                                         # (…总支出5,167.84万元。结转结余35.27万元: the year's balance)
                                         "结转结余": "carryover_end", "结转和结余": "carryover_end"}

# The money left (剩余152万元结转下年使用, …，12万元结转至下年度): what its clause opens with, and the words right
# after the figure that carry it into the next year; the year's closing balance.
LEFT_OVER_CLAUSES = frozenset(("", "剩余", "剩余资金", "余额", "余款", "尚余", "结余"))
CARRIED_FORWARD_AFTER = ("结转下年", "结转至下年", "结转到下年", "结转下一年", "结转至下一年", "结转到下一年")

# Labels whose 上年 says where the money comes from, not which year the figure belongs to:
# 上年结转32.5万元 is this year's opening balance.
OWN_YEAR_LABELS = ["上年结转和结余", "上年结转结余", "上年结转", "上年结余"]

# An appropriation named bare (其中财政拨款1.28亿元) right after the income is in scope: the appropriation's income, as
# 财政拨款收入 (after the spending it is no income).
INCOME_BREAKDOWN_SOURCES = {"财政拨款": "income_total", "其中财政拨款": "income_total"}

# The general budget named as the source of the income the unit sums (我镇一般公共预算收入总计, 本单位公共财政预算收入合计):
# the unit's income, as 一般公共预算财政拨款收入 (said without the unit, a township's may be its area's fiscal revenue)
GENERAL_BUDGET_SOURCES = ("一般公共预算", "公共财政预算")

# The appropriation named as the source of a budget stage (财政拨款年初预算…，全年预算…，全年执行…): no part with a code of
# its own, the stage word decides the figure; it stands for the department's budget only where the page states no
# budget of the whole (settle_source_budgets: 全年预算数…，其中：财政拨款全年预算数… is a part).
FUNDING_SOURCE_SUBJECTS = frozenset(("财政拨款", "财政拨款资金", "当年财政拨款", "本年财政拨款", "一般公共预算财政拨款",
                                     "一般公共预算拨款", "公共财政预算拨款"))

# Subjects that scope what follows them: "基本支出年初预算安排为…，本年实际支出为…" speaks of 基本支出.
# A subject mapped to None is a part that has no canonical code (a project, a fund, a sub-item):
# figures qualified after it are recorded as `other`.
SUBJECTS: dict[str, str | None] = {
    "基本支出": "expenditure_basic",
    "项目支出": "expenditure_project",
    "人员经费": "expenditure_personnel",
    "人员支出": "expenditure_personnel",
    "公用经费": "expenditure_public",
    "公用支出": "expenditure_public",
    "日常办公经费": "expenditure_public",
    "三公经费": "three_public_total",
    "专项资金": None,
    "专项经费": None,
    "项目": None,
    "任务": None,
    # the department's units named apart (所属单位年初预算…，实际支出…): parts of its consolidated funds (局本级 not: a
    # report may be of the 局本级 alone)
    "所属单位": None,
    "下属单位": None,
    "二级单位": None,
}

# Words after a subject (or alone) saying which figure of it is meant.
ACTUAL_QUALIFIERS = ["实际支出数", "实际支出", "决算数", "决算支出", "执行数", "全年执行数", "实际执行数", "支出数", "支出",
                     "本年实际支出", "本年支出", "实际数", "实际执行",
                     # a verb phrase of spending (全年共支出98万元, 截至年底已支出…, 实际完成支出…)
                     "共支出", "共计支出", "累计支出", "已支出", "完成支出", "实际完成支出", "实际支出资金", "实际执行金额",
                     "全年执行",
                     # the final accounts' figure named bare after its subject (“三公”经费预算12万元，决算10万元)
                     "决算", "决算金额",
                     # the year's final accounts (全年决算数5,508.37万元), as 全年执行数
                     "全年决算数", "全年决算",
                     # a verb of spending bare after its subject (基本支出执行1,536.80万元), as 执行数
                     "执行"]
BUDGET_QUALIFIERS: dict[str, str] = {
    "年初预算数": "budget_initial",
    "年初预算": "budget_initial",
    "年初预算安排": "budget_initial",
    "年初预算安排数": "budget_initial",
    "全年预算数": "budget_full_year",
    "全年预算": "budget_full_year",
    "预算调整数": "budget_adjustment",
    "调整数": "budget_adjustment",
    "预算数": "budget_initial",
    "预算": "budget_initial",
    # the budget named by what it arranges or funds (项目预算安排3750万元, 预算资金80万元): as 预算数
    "预算安排": "budget_initial",
    "预算安排资金": "budget_initial",
    "预算资金": "budget_initial",
    # 单位年初预算收入785万元，决算数为885万元: the initial budget, seen from the income or the spending side
    "年初预算收入": "budget_initial",
    "年初预算支出": "budget_initial",
    # 该项目年初预算资金100万元 (a project's funds named as funds)
    "年初预算资金": "budget_initial",
    "年初预算安排资金": "budget_initial",
    "全年预算资金": "budget_full_year",
    # the budget at the year's end, after the changes (年终预算6,750万元)
    "年终预算数": "budget_full_year",
    "年终预算": "budget_full_year",
    # the budget named by its sum (全年预算总额1,000万元): the same figure
    "全年预算总额": "budget_full_year",
    "年初预算总额": "budget_initial",
    # the budget summed, after the project or a whole (项目预算总额9,632.5万元，其中…): the year's whole budget
    "预算总额": "budget_full_year",
    # the budget's figure at the year's opening (收入预算年初数为…, 部门预算年初数…)
    "预算年初数": "budget_initial",
    # the budget as approved (批复) is the initial one, before the year's changes
    "预算批复数": "budget_initial",
    "批复预算": "budget_initial",
    "批复预算数": "budget_initial",
    "年初批复预算": "budget_initial",
    "年初批复预算数": "budget_initial",
}
# A budget qualifier that also names its side puts that side in scope: the 决算数 after
# 年初预算收入… is the income's.
QUALIFIER_SUBJECTS = {"年初预算收入": "收入", "年初预算支出": "支出"}
# The two sides of the whole department's funds. Only standing alone (after a time word at most:
# 2020年收入, 本年收入决算数, 支出决算数) do they mean the totals; 其他收入 / 事业支出 are parts.
BARE_SUBJECTS: dict[str, str] = {"收入": "income_total", "支出": "expenditure_total"}
# Qualifiers that stand alone as a department-wide figure when no subject is in scope.
# 决算支出2,968.40万元 alone is the year's spending; 三公经费决算支出 is 三公经费's (subject first).
STANDALONE_ACTUAL = {"实际支出数", "实际支出", "全年执行数", "实际执行数", "本年实际支出", "本年支出", "决算支出", "实际执行",
                     "共支出", "共计支出", "累计支出", "已支出", "完成支出", "实际完成支出", "实际支出资金", "实际执行金额",
                     "全年执行", "全年决算数", "全年决算"}
# 年初预算为1,380.0万元 alone (no subject in its sentence) is the department's initial budget.
STANDALONE_BUDGET = {"年初预算数", "全年预算数", "预算调整数", "年初预算安排", "年初预算", "年初预算收入", "年初预算支出",
                     "年初预算资金", "年初预算安排资金", "全年预算资金", "全年预算", "年终预算数", "年终预算", "全年预算总额",
                     "年初预算总额", "预算批复数", "批复预算", "批复预算数", "年初批复预算", "年初批复预算数", "预算年初数"}
# Reports name the budget and the spending with their own words made of the same parts (年初预算金额, 年初预算批复数,
# 全年预算安排数 / 调整后预算金额 / 全年实际执行金额, 实际支出金额, 本年实际执行数): every combination stands for
# the figure as the words above do. (No 到位 / 拨付: funds received, not spent.)
_BUDGET_CORES = ["预算", "批复预算", "预算批复", "预算安排",
                 # (年初安排606.54万元, 部门预算资金年初安排…: 预算 left unsaid)
                 "安排"]
_AMOUNT_ENDS = ["", "数", "金额", "资金", "总额"]
SUM_ENDS = ("合计", "总计", "共计")  # (总额 is an amount's end above)
# (批复 is the budget as approved, the initial one: no 全年批复预算.)
for _lead, _item in (("年初", "budget_initial"), ("全年", "budget_full_year")):
    for _word in (_lead + c + e for c in _BUDGET_CORES for e in _AMOUNT_ENDS if _lead == "年初" or "批复" not in c):
        if _word not in BUDGET_QUALIFIERS:
            BUDGET_QUALIFIERS[_word] = _item
            STANDALONE_BUDGET.add(_word)
# ... and with the side named before or after 预算 (年初收入预算968万元, 全年支出预算数…, 全年预算收入3,902.15万元): as
# 年初预算收入, the side then in scope
for _lead, _item in (("年初", "budget_initial"), ("全年", "budget_full_year")):
    for _side in ("收入", "支出"):
        for _word in (*(_lead + _side + "预算" + e for e in _AMOUNT_ENDS), _lead + "预算" + _side):
            BUDGET_QUALIFIERS.setdefault(_word, _item)
            STANDALONE_BUDGET.add(_word)
            QUALIFIER_SUBJECTS.setdefault(_word, _side)
# ... and summed (全年预算收入合计3,364.85万元, 年初预算支出总计…): the same budget, not the side's total
for _lead, _item in (("年初", "budget_initial"), ("全年", "budget_full_year")):
    BUDGET_LABELS[_item] += [_lead + w + s for w in ("预算收入", "预算支出", "收入预算", "支出预算") for s in SUM_ENDS]
    # (the budget itself summed over its sources: 省级下达…，市级配套…，全年预算合计…, 年初预算资金总计…)
    BUDGET_LABELS[_item] += [_lead + "预算" + e + s for e in ("", "数", "资金") for s in SUM_ENDS]
BUDGET_LABELS["budget_full_year"] += [w for w in ("调整后" + c + e for c in ("预算", "全年预算") for e in _AMOUNT_ENDS)
                                      if w not in BUDGET_LABELS["budget_full_year"]]
# ... and the spending said as a verb of spending, using or paying out the funds, to date or in all (累计支出资金,
# 资金实际使用, 全年共支付, 已使用资金): the spending. (No 拨付 / 到位: funds passed on or received, not spent.)
_SPENDING_WORDS = [p + c + e for p in ("全年", "实际", "全年实际", "本年实际", "年度实际") for c in ("执行", "支出")
                   for e in ("", "数", "金额", "资金")] \
    + [p + c + e for p in ("累计", "共", "共计", "已", "实际", "已累计", "全年共", "全年累计")
       for c in ("支出", "使用", "支付") for e in ("", "资金", "金额")] \
    + [p + "拨付支出" + e for p in ("", "已", "累计", "共", "共计", "实际", "已累计", "全年", "全年共", "全年累计")
       for e in ("", "资金", "金额")]
# (拨付 closed by 支出, 已拨付支出4512万元: the funds paid out and spent, the spending)
for _word in _SPENDING_WORDS:
    if _word not in ACTUAL_QUALIFIERS and not any(_word in words for words in BUDGET_LABELS.values()):
        ACTUAL_QUALIFIERS.append(_word)
        STANDALONE_ACTUAL.add(_word)

# A word summing up what was spent turns a bare 支出 into the total: 财政安排支出共计87万元.
SUM_WORDS = ("共计", "合计", "总计", "累计")

# Funds allocated to the project or unit: 下达我局…经费75.96万元 / 安排项目资金56万元 / 共计下达…资金3,580万元.
# Such a figure is the year's budget of what the report evaluates, unless the report states its
# budget otherwise, or lists several allocations with no total (batches).
ALLOCATION_VERBS = "下达|安排|批复|核拨"
ALLOCATED_FUNDS = "资金|经费|补助资金|专项资金"
# An allocation followed by this was spent in full: 下达建设资金56万元，全部用于排水沟建设.
SPENT_IN_FULL = re.compile(r"^[，,]?\s*(?:已|均已)?全部(?:用于|支出|使用|拨付使用)")

# A money figure stated as a cap (培训经费控制在60万元以内, 不超过5万元): a cost target, no figure of the funds;
# the bare 实际支出 after it in its sentence is that cost's result, not the department's spending.
MONEY_CAP_BEFORE = ("不超过", "不高于", "不大于", "控制在", "≤", "<=")
MONEY_CAP_AFTER = ("以内", "以下")

# Subjects that mean the whole department rather than a part of it.
WHOLE_DEPARTMENT = ["整体支出", "部门整体", "部门", "整体", "年度资金总额", "资金总额", "合计", "总计", "本项目", "该项目",
                    "本部门", "本单位",
                    # the department's budget as a whole (部门预算资金年初安排397.11万元)
                    "部门预算资金", "部门预算", "单位预算资金", "单位预算",
                    # the department with its units (局本级及所属单位…: the consolidated whole, no unit apart)
                    "及所属单位", "和所属单位", "及下属单位", "和下属单位"]
# The unit naming itself by its level or as a whole before the side it states (全校收入总额, 委机关本级支出合计,
# 局本级收入…): its own figures, as after 我局 / 本单位 / 局机关 (those the rules' own pattern takes).
OWN_UNIT_WORDS = ["全校", "局本级", "委本级", "院本级", "厅本级", "办本级", "委机关本级", "局机关本级", "厅机关本级",
                  "机关本级", "单位本级", "部门本级", "本级", "委机关", "厅机关", "院机关"]
# The bare word opening a clause (项目年初预算数…, 2023年项目资金全年预算数…) is the report's own project; a
# project named (专项工作经费项目预算…) is a part, as SUBJECTS says.
OWN_PROJECT = {"项目", "项目资金", "项目经费"}
# The funds of the project the report is about, named alone (项目资金85万元，其中中央财政资金51万元…): what was
# made available for the year (as 安排项目资金56万元 is), not a source or a use of them.
# A project's total investment (项目总投资, 计划总投资): its funds as a whole, the budget where no other is stated.
# (and its planned investment, 本项目计划投资286万元: the project named as the report's own, 本/该)
PROJECT_INVESTMENT_TOTALS = frozenset(lead + w for w in ("总投资", "项目总投资", "计划总投资", "项目计划总投资", "项目总投资额",
                                                         "总投资额", "计划投资", "项目计划投资")
                                      for lead in ("", "本", "该") if lead == "" or w.startswith("项目"))
OWN_PROJECT_FUNDS = {"项目资金", "本项目资金", "该项目资金", "项目总资金", "项目资金总额", "项目资金总计", "项目总经费"}
# The end of a noun naming a part of the funds (公务接待费, 某专项资金): such a subject scopes what follows.
MONEY_NOUN_END = re.compile(r"(费|经费|资金|支出|款|项目|收入|基金|补助|补贴|专项)$")

# Words allowed between a label and its number: 收入为 / 收入： / 支出共计 / 支出达到
# (就: 基本支出就596万元, a colloquial filler; 人民币: 全年预算数为人民币3520万元, the currency named;
# a bar: a table row's label cell before its figure's, 基本支出 | 700万元)
# (即为: the same figure restated under another label, 年初预算即为135万元)
CONNECTOR_RE = re.compile(r"(?:\s|[:：|]|分别为|分别是|共计|合计为|即为|即是|为|是|约|达到|达|了|共|就|人民币)*$")

# --- is this a self-evaluation? --------------------------------------------------------
# What marks a performance self-evaluation, any one of them (a document with none is rejected):
# its own words for itself,
# (…支出绩效报告, 部门绩效报告, 绩效分析报告, 绩效自查报告: the names a unit gives its account of how its spending
# performed, the self-evaluation by other names; 绩效考评 alone is also the appraisal of staff, 绩效评估 of a policy)
SELF_EVALUATION_WORDS = re.compile(r"自评|绩效评价|绩效自评|评价报告|支出绩效报告|(?:整体|项目|资金|部门|单位)绩效报告"
                                   r"|绩效(?:分析|情况|执行情况|评估|考评|自查)报告|绩效的报告|绩效(?:目标)?自查|绩效自我评价"
                                   r"|绩效[白目日]评(?:报告|表)")
# (绩效自查 of its spending or its goals, 绩效目标自查表, 自查结果; 绩效自我评价: the self-evaluation by its long name;
# 绩效白评报告: a scan's OCR reads 自 as 白, 目 or 日, in the title's 自评报告/自评表)
# The cells only a self-evaluation form has, found on a page that opens past the form's title and header (a
# continuation page): the rows after the indicators that give the reasons a goal was missed (偏差大或目标未完成原因分析,
# 未完成原因), the column or note on them (偏差原因分析及改进措施), what is done with the result (改进措施及结果应用方案),
# and the 总分 row (100 points and the score got; not 合计, a budget table's total row).
# A monitoring form's 偏差原因分析 says nothing of this; a budget's goals table has none of them.
SELF_EVALUATION_FORM_CELLS = re.compile(r"未完成(?:的)?原因|结果应用|原因分析及改进措施|总分(?:[\s|:：]|\(分\))*100(?:\.0+)?分?[\s|]+\d")
# A performance monitoring report (mid-year 绩效运行监控表, 绩效监控报告) names itself so in its title: its funds
# table has 执行数 and 执行率 too (at a month's end), so with no word of a self-evaluation its forms prove nothing.
# (the title's words, not a section's: 三、绩效监控情况 of a self-evaluation's account is no title)
MONITORING_TITLE_RE = re.compile(r"监控(?:表|报告|情况表|情况的?报告|结果的?(?:报告|公示|公告|通报))")
# a form with results (a 绩效指标 block with 实际完成值 or 得分, a funds block with 执行数 and 执行率 or
# 得分: read from the forms, see process.self_evaluation_evidence),
# or an account of how the funds performed and the goals were met (绩效目标实现程度: how far they were met).
PERFORMANCE_ACCOUNT_RE = re.compile(
    r"(?:资金|整体支出|项目支出)[^。]{0,8}?绩效情况"
    r"|绩效目标[^。]{0,6}?(?:完成|实现|达成|执行)(?:情况|程度)|绩效指标[^。]{0,4}?完成情况"
)
# Words at the head of a rejected document saying what it is instead, for the rejection message.
OTHER_DOCUMENT_KINDS = [("部门预算", "a 部门预算 (budget) disclosure"), ("预算公开", "a budget disclosure"),
                        ("预算总表", "a budget disclosure (预算总表)"), ("决算", "a 决算 (final accounts) disclosure"),
                        ("监控", "a 绩效监控 (mid-year monitoring) report")]

# --- report fields ---------------------------------------------------------------------
# (…绩效自评结果: a title as a results page names itself; 自评结果 of other words is a field's label; the other names of
# the report, as SELF_EVALUATION_WORDS lists them: 绩效评估报告, 绩效情况报告, 绩效的报告; 自评工作总结; the form as some
# provinces name it, 绩效评价表, 绩效目标完成情况表 or its 情况报告, 自评汇总表; 绩效评价自查报告)
TITLE_KEYWORDS = re.compile(r"(自评报告|自评表|评价报告|自评价报告|绩效报告|自评的报告|自评情况报告|自评情况的报告|自评情况表"
                            r"|自评情况|自评工作报告|自评(?:工作)?总结|(?<=绩效)评价表|自评汇总表|(?<=绩效目标)(?:完成|实现|执行)情况表"
                            r"|(?<=绩效目标完成情况|绩效目标实现情况|绩效目标执行情况)的?报告"
                            r"|(?<=支出绩效|项目绩效|年度绩效)自评结果|(?<=支出绩效|项目绩效)评价结果|(?<=绩效)(?:分析|情况|执行情况|评估|考评|自查)报告|(?<=绩效评价)自查报告|(?<=绩效)的报告)")
# Zones named after their city in short form (成都高新区, 苏州工业园区): the city is the one meant.
DEVELOPMENT_ZONES = ["高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "工业园区", "保税区", "新区",
                     "试验区", "园区"]
# The short names a banner or an autonomous prefecture goes by that no rule makes (regions.py contracts
# 科尔沁左翼中旗 to 科左中旗 and drops the peoples of 凉山彝族自治州 itself): short name -> the division's full name.
# One is kept only while it is no other division's name and its division is the only one of that name.
PLACE_SHORT_NAMES = {
    "达茂旗": "达尔罕茂明安联合旗", "莫旗": "莫力达瓦达斡尔族自治旗", "东乌旗": "东乌珠穆沁旗", "西乌旗": "西乌珠穆沁旗",
    "东苏旗": "苏尼特左旗", "西苏旗": "苏尼特右旗", "准旗": "准格尔旗", "伊旗": "伊金霍洛旗",
    "巴州": "巴音郭楞蒙古自治州", "博州": "博尔塔拉蒙古自治州", "克州": "克孜勒苏柯尔克孜自治州", "锡盟": "锡林郭勒盟",
}
# The last characters of an organisation's name (used by the budget rules to tell a unit from a subject).
ORG_SUFFIX = re.compile(
    r"(局|委员会|委|办公室|办|院|厅|中心|馆|所|站|队|会|部|署|处|科|室|政府|法院|检察院|公司|学校|大学|医院|协会|联合会|街道|镇|乡)$"
)
# The same for the reporting unit: also schools (中学, 第十二中学校), 机关 (民政局机关), 林场, 报社,
# 电视台, 妇联, 科协. A unit's name ends with one of these.
UNIT_SUFFIX = re.compile(
    r"(局|委员会|委|办公室|办|院|厅|中心|馆|所|站|队|会|部|署|处|科|室|政府|法院|检察院|公司|学校|大学|医院|协会|联合会|街道|镇|乡"
    r"|中学|小学|校|幼儿园|机关|场|社|台|联|协|团|段)$"
)
# A unit's last character that here begins a word instead (某某社区, 部门, 会议): no end of a name.
NOT_UNIT_END = {"社区", "部门", "会议", "会计", "办法", "办理", "处理", "所有", "所以", "场所", "场地", "站点", "队伍",
                "院校", "委托", "室内", "科技", "科学", "台账", "团队", "联系", "联合", "协调", "协同", "协议", "校园",
                "局面", "厅堂", "馆藏", "乡村", "乡镇", "镇村", "校舍"}
# Places a project builds or runs that end as a unit's name does (…场, …馆): the project's object, no unit.
FACILITY_ENDS = ("停车场", "运动场", "体育场", "操场", "球场", "广场", "游乐场", "垃圾场", "填埋场", "体育馆", "展览馆",
                 # …and what it does: 送戏下乡, 科技下乡 (going to the countryside, no township)
                 "下乡")
# The endings of a unit's name in running text (a stricter list: 部门, 会议, 办法 are words).
TEXT_UNIT_ENDS = ["委员会", "办公室", "人民政府", "街道办事处", "法院", "检察院", "医院", "学校", "中学", "小学", "中心",
                  "局", "馆", "大队", "管理处", "管理所", "管理站"]
# A unit named by its place alone (某镇, 某乡, 某街道): its government or office is meant.
PLACE_NAMED_UNITS = ("镇", "乡", "街道")
# ...and that government or office, by its full name (某县某镇人民政府, 某区某街道办事处).
PLACE_UNIT_GOVERNMENTS = {"镇": "人民政府", "乡": "人民政府", "街道": "办事处"}
# A report speaks as its unit (我厅, 我局, 我镇): the kind of unit after 我. (Not 我县 / 我市: a place, said by
# its government and by any of its bureaus alike; not 本…: 基本局面, 成本中心.)
SPEAKS_AS = re.compile(r"我(厅|局|委|院|镇|乡|街道|校|中心|馆|站|所|队)(?![村镇长里])")
# Words that close a label -> value cell's value when a form runs its cells together
# (单位名称某某中心填报日期…, 项目实施单位某中心项目类别…): the value ends before them.
FIELD_VALUE_ENDS = ["填报日期", "填报时间", "填表日期", "项目类别", "项目属性", "项目类型", "项目负责人", "负责人", "联系人",
                    "联系电话", "金额单位", "填报人", "项目名称", "主管部门", "实施单位", "资金使用单位", "项目资金",
                    "预算执行", "年度资金",
                    # the form's money unit declared right after the unit's name (部门名称 | 某某街道办事处 单位：万元,
                    # the cells run together)
                    "单位:万元", "单位:元", "单位:亿元", "单位:千元"]
# Tags written after a unit's name that are not part of it: 某局(部门), 某局部门, 某局本级.
UNIT_TAGS = re.compile(r"(?:[(（](?:部门|单位|本级|部门本级|汇总|盖章|公章)[)）]|(?<=[局委办院厅心馆所站队会])部门|本级)$")
# The page's own metadata lines naming who published it: 发布机构：某局, 来源：区某中心, 发文单位 | 某局.
METADATA_UNIT_LABELS = ["发布机构", "发文单位", "发文机关", "发布单位", "信息来源", "文章来源", "来源", "编制单位",
                        "单位(盖章)", "部门(盖章)", "填报单位(盖章)",
                        # other portals' words for the same (发布部门：某局, 供稿单位：某局)
                        "发布部门", "发布者", "来源单位", "供稿单位", "发文机构"]
METADATA_LABEL_RE = re.compile("|".join(map(re.escape, METADATA_UNIT_LABELS)))  # (any of them, anywhere)
# Units whose sites publish other units' reports (a finance bureau's 预决算公开 pages, the portal of a county's,
# a city's or a province's government; a township's government reports its own): named by the page's
# metadata or its navigation, they yield to another unit the report names itself.
PUBLISHING_UNIT = re.compile(r"(?:财政局|财政厅|财政部|财政委员会|[省市县区州盟旗](?:人民)?政府(?:办公室|办公厅|办)?)$")
# A site's navigation words (某市人民政府 政务公开 / 首页 above the page's title): a line holding one is the site's
# header, never a part of a title. (Not 政务服务, a unit's name: 政务服务中心.)
SITE_NAVIGATION_WORDS = ("信息公开", "政务公开", "首页", "网站导航", "当前位置", "您的位置", "互动交流", "政民互动")
# A unit named by its level alone (区疾控中心, 市地震局, 县民政局): the page's place of that level is meant.
BARE_LEVELS = "省市州盟区县旗"
# The autonomous region's level, written for its place in its own departments' names (自治区财政厅).
REGION_LEVEL = "自治区"
# …but not where the level character begins a word (市场监督管理局, 市政管理处, 区域…, 县级…).
NOT_BARE_LEVEL = ("市场", "市政", "市民", "市容", "区域", "县域", "省级", "市级", "县级", "区级", "州级", "旗级")
# Page chrome before a title: 附件1：, 名称：, 文本内容：, bullets, the opening of a book-title mark.
# A page's breadcrumb run into the title (首页 > 政务公开 > 某局…自评报告, 当前位置：首页>…): the title is its last step.
BREADCRUMB = re.compile(r"^(?:(?:当前|您的|您现在的)?位置[:：]?)?首页.*[>»›→]|^(?:[^>»›→]{1,12}[>»›→]){2,}")
TITLE_CHROME = re.compile(r"^(?:附件\s*\d*\s*[:：]?\s*(?:\d+\s*[.、．]\s*)?|(?:名称|标题|文本内容|文件名)\s*[:：]|[-•·*#>《「“\s])+")
# The lines heading a form attached to a report, above its first cells (parts.py): 附件：…, 附表1, 表2 …,
# the form's title (…自评表), its year on a line of its own ((2023年度)), its money unit (单位：万元).
FORM_HEADING = re.compile(r"^(?:附件|附表|表\s*\d)|自评表|评价表|评分表|^[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?$"
                          r"|^(?:金额)?单位\s*[:：]")
# Words before a score in its sentence naming one of several (得分最高的项目为…，自评得分98分): that one's score.
ONE_AMONG = re.compile(r"最高|最低")
# A numbered list's item opening on the name of what it is about and a stop (（二）某某补助。预算…), and the words of a
# section's heading (（三）自评结论。…, 2.评价结果：…), which name no item of a list
LISTED_ITEM_HEAD = re.compile(r"\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.、．])"
                              r"\s*(?P<name>[^。：:，,；;]{2,40})[。：:]")
LISTED_ITEM_NOT_NAME = re.compile(r"自评|评价|结论|结果|得分|情况|总体|整体|概况|综合|执行|绩效|目标|存在|问题|措施|建议")
# A count of projects a page states (对9个项目开展自评, 五个项目, 3个专项)
PROJECT_COUNT = re.compile(r"(?P<n>\d{1,3}|[两二三四五六七八九十]{1,3})\s*个\s*(?:项目|专项)")
# After a grade, the count of what got it (等级为“优”的7个, 评为优秀的有3个项目): several evaluations' grades counted
GRADE_COUNTED = re.compile(r"[”\"'’」]?\s*的\s*(?:项目|单位)?\s*(?:有|共|为)?\s*(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s*个")
# A heading no longer than this is a line of its own; a longer line is text.
FORM_HEADING_MAX = 40
# A form's title, not a report's (项目支出绩效自评表, 某局2022年度部门整体支出绩效评价表)
FORM_TITLE_WORDS = re.compile(r"(?:自评|评价|评分)表")
# A numbered section of running text (四、自评结论): below a form attached, the report's own text resumes.
TEXT_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+[章部分节])")
# A line that says something rather than names a report: the sentence around a title.
NOT_A_TITLE = re.compile(r"[，。；！？,;]|现将|根据|如下|下面是|整理|通知|关于印发|请|已经")
# ... nor a section's heading (二、绩效自评情况, （三）自评结论) or a link of the page's lists (相关链接：…报告)
NOT_A_TITLE_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])"
                              r"|相关链接|相关文章|相关阅读|相关推荐|推荐阅读|热点文章|热门文章|上一篇|下一篇")
# A cover notice's title, which names the report it publishes or forwards: 某财政局关于公开2023年度…自评报告
# (的通知), …评价报告的公告. The report's own title, if the page gives it, is the title.
# Words right after a title's keyword (and its brackets) that carry a sentence on: …自评报告如下： announces
# the report in a letter's running text (现将…), and a hard-wrapped line can start just before the title.
TITLE_RUNS_ON = re.compile(r"\s*如下")
COVER_NOTICE_HEAD = re.compile(r"关于(?:公开|公布|公示|发布|报送|转发|上报|批转)")
COVER_NOTICE_TAIL = re.compile(r"[)）]?的?(?:通知|公告|公示|批复|函)")  # right after the title's keyword
# What kind of report a title or a form names, searched in order of position (the first wins:
# 部门整体和项目支出绩效自评报告 is a department-wide report that also covers projects).
REPORT_KIND_WORDS: dict[str, list[str]] = {
    # a fund evaluated on its own (某某补助资金绩效自评报告) is reported as a project is
    "project": ["项目支出", "项目绩效", "项目自评", "项目资金", "专项资金", "专项经费", "转移支付", "项目", "补助资金",
                "补助经费", "奖补资金", "衔接资金", "资金绩效"],
    "department_overall": ["部门整体", "单位整体", "整体支出", "部门支出", "整体绩效", "部门绩效", "部门(单位)整体"],
}
# The same, said in the running text when no title says it (三、整体支出绩效情况 / 项目绩效目标).
TEXT_KIND_WORDS: dict[str, list[str]] = {
    # (a project's report opens on the project: 一、项目基本情况 / （一）项目概况)
    "project": ["项目支出绩效", "项目绩效", "转移支付资金绩效", "专项资金绩效", "项目基本情况", "项目概况"],
    "department_overall": ["部门整体支出", "整体支出绩效", "单位整体支出", "部门整体绩效"],
}
# A 项目名称 cell that names the whole department (项目名称：2023年部门整体支出, 某局部门预算) is no project.
WHOLE_DEPARTMENT_PROJECT = re.compile(r"部门整体|整体支出|单位整体|部门预算|单位预算")

GRADES: dict[str, str] = {
    "优秀": "优", "优": "优", "良好": "良", "良": "良", "合格": "中", "一般": "中", "中等": "中", "中": "中",
    "较差": "差", "不合格": "差", "差": "差",
    # the scale 好 / 较好 / 一般 / 较差 some provinces grade on: its first step is 优, its second 良
    "较好": "良", "好": "优",
}
# The grade words as a pattern's alternation, longest first (优秀 before 优, 不合格 before 合格).
_GRADE = "|".join(sorted(GRADES, key=len, reverse=True))
GRADE_RE = re.compile(
    # 等级评定：合格 — the grade follows 评定 and its colon
    # a letter grade with its word in brackets (自评等级：A（优秀）, 等级为A级（优）) is that word
    # (为 then a colon too: 评价等级为：优秀)
    r"(?:等次|等级|评级|级别|结果|结论|评价为|评定为|自评为|定级|评定)(?P<sep>\s*(?:[均都皆]?为\s*[:：]?|是|:|：|评定为|确定为)?\s*(?:[A-D]\s*级?\s*[(（]|[“\"'‘「])?)\s*"
    rf"(?P<grade>{_GRADE})"
)
# Grades offered as check boxes (优☑ 良□ 中□ 差□ / □优 ■良 / √良): the ticked box's word is the grade, the
# others are the choices not taken. Ticks, and the empty boxes that mark a choice as not taken.
GRADE_TICKS = "☑☒■√✓✔▣◼"
GRADE_BOXES = "□☐"
# the tokens of such a line: a mark, a grade word, or a bracketed note (its band: 90分及以上), which is passed over
# (OCR reads □ as 口: an empty box too, right before a grade word or right after a one-character one: 口优 √良 口中)
GRADE_CHOICE_RE = re.compile(
    rf"(?P<note>[(（][^()（）]{{0,20}}[)）])|(?P<tick>[{GRADE_TICKS}])"
    rf"|(?P<box>[{GRADE_BOXES}]|口(?=\s*(?:{_GRADE}))|(?<=[优良中差])口)|(?P<grade>{_GRADE})")
# a line made only of such choices (the boxes written one a line: 优□ / 良☑ / 中□)
GRADE_CHOICES_LINE = re.compile(rf"(?:\s*(?:{GRADE_CHOICE_RE.pattern}))+\s*")
# a grade's label before its boxes, in running text (自评等级：□优 ■良)
GRADE_LABEL_RE = re.compile(r"等级|等次|评级|级别")
# The grade written before its label, after a verb: 属于“良”等级 / 被评为优秀等次 / 达到优秀等次 (read when no grade follows a label).
GRADE_BEFORE_LABEL_RE = re.compile(
    rf"(?:属于|评为|评定为|确定为|定为|达到|为)\s*[“\"'‘「]?(?P<grade>{_GRADE})[”\"'’」]?\s*"
    r"(?:等级|等次|档次)"
)
# The grade given by a verb in the clause right after a score (自评得分98分，评为“优” / …96分，被评定为优秀。): the score's
# grade (a grade word alone, no label after it: 评为优秀等次 is GRADE_BEFORE_LABEL_RE's).
GRADE_VERB_AFTER_SCORE_RE = re.compile(
    r"\d\s*分\s*[，,]\s*(?:综合|最终)?(?:被)?(?:评为|评定为|定为|确定为)\s*"
    rf"[“\"'‘「]?(?P<grade>{_GRADE})[”\"'’」]?\s*(?=[。，,；;)）]|$)"
)
# A grade raised or lowered from the year before's to this year's (自评等级由良提升为优): the latter is the grade
GRADE_CHANGED_RE = re.compile(
    rf"(?:等级|等次)\s*由\s*[“\"'‘「]?(?:{_GRADE})[”\"'’」]?\s*(?:提升|提高|上升|下降|降低|调整|变)(?:为|到|至)\s*"
    rf"[“\"'‘「]?(?P<grade>{_GRADE})[”\"'’」]?\s*(?=[。，,；;)）]|$)"
)
# Rates listed over years (2021—2023年，预算执行率分别为95.1%、96.8%和98.2% / 2022年、2023年执行率分别为…): each year's in
# turn, the years a span or a list before them in the sentence
RATES_RESPECTIVELY = re.compile(r"(?P<label>(?:部门整体|整体|总体)?(?:预算|资金|支出)?执行率)\s*分别(?:为|是|达到?)?\s*[:：]?\s*"
                                r"(?P<list>\d+(?:\.\d+)?\s*%(?:\s*(?:、|和|及|与|，|,)\s*\d+(?:\.\d+)?\s*%){1,5})")
LISTED_RATE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# Scores listed over years (自评得分分别为89分(2021年度)、92分(2022年度)和94.5分(2023年度) / 2021—2023年自评得分分别为89分、
# 92分、94.5分): the list, each score maybe with its year in brackets after it
_LISTED_SCORE = r"\d{1,3}(?:\.\d+)?\s*分(?:\s*[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）])?"
SCORES_RESPECTIVELY = re.compile(
    r"(?:自评得分|评价得分|综合得分|自评分数|得分)\s*分别(?:为|是|达到?)?\s*[:：]?\s*"
    rf"(?P<list>{_LISTED_SCORE}(?:\s*(?:、|和|及|与|，|,)\s*{_LISTED_SCORE}){{1,5}})")
LISTED_SCORE_RE = re.compile(r"(?P<num>\d{1,3}(?:\.\d+)?)\s*分(?:\s*[(（]\s*(?P<year>(?:19|20)\d{2})\s*年度?\s*[)）])?")
# The grade right after a score, in brackets or after a comma: 自评得分92分（优） / 结果为：92分，良; the score without its
# 分 after a score's label (自评得分：88.6（良） / 总分：90，优).
GRADE_AFTER_SCORE_RE = re.compile(
    r"(?:\d{1,3}(?:\.\d+)?\s*分|(?:得分|总分|评分)(?:\s|为|是|:|：){0,3}\d{1,3}(?:\.\d+)?)"
    rf"\s*[(（，,、]\s*[“\"'‘「]?(?P<grade>{_GRADE})[”\"'’」]?"
    r"\s*(?=[)）。，,；;]|$)"
)
# A total's own label with its score and no 分 (自评得分：92.50，等级为良): read when none is written with 分.
SELF_SCORE_UNITLESS_RE = re.compile(
    r"(?:自评得分|自评总分|自评分值|自评分数|自评分|综合得分|综合评分|最终得分|评价得分|总得分|得分合计|合计得分"
    # (or the evaluated whole's bare 得分: 经自评，该项目得分为94.6，等级为优秀)
    r"|(?:该|本|此)(?:项目|部门|单位|专项资金|专项)(?:最终|综合|共|合计|累计)?得分"
    # (or the conclusion's bare 得分 with its grade beside: 自评结论：得分91.5，等级优)
    r"|(?:自评|评价)结论\s*[:：]?\s*得分(?=(?:\s|为|:|：){0,3}\d{1,3}(?:\.\d+)?\s*[，,；;]?\s*(?:自评|评价)?(?:等级|等次))"
    # (a bare 总分 given its figure by a colon or 为: 总分：88.75 / 本项目总分为91.5; the full marks it may also name,
    # 总分：100，自评得分：92, are told apart by report_fields._full_marks)
    r"|(?P<total>总分)(?=\s*(?:为|是|:|：)))(?:\s|为|是|:|：){0,3}"
    # (then a clause's end, the cell's end (总分：88.75 | 评价结论：良好), or the grade's label run on after the figure:
    # 自评得分97.6自评等级优; the full marks may follow the figure: 自评得分：93.5/100，)
    r"(?P<num>\d{1,3}(?:\.\d+)?)(?:\s*/\s*100(?:\.0+)?(?![\d.]))?"
    r"(?=\s*[，,。；;()（）]|\s*$| *[\t|]|\s*(?:自评|评价|评定)?(?:等级|等次|结果|级别|结论))"
)
# A score's label and its figure, with 分 or not (得分：88.75 / 自评得分92分): after a 总分 of 100 in its sentence, that
# 总分 is the full marks.
SCORE_FIGURE = re.compile(r"(?:得分|评分|分数)(?:\s|为|是|:|：){0,3}\d")
# A bare score's figure right after the full marks in the sentence or the next cell, with or without 分 (总分：100分，
# 得分：88.75 / 满分100分；自评得分93.6 / 总分：100 | 得分：88.75): the score.
SCORE_AFTER_FULL_MARKS_RE = re.compile(
    r"(?:总分|满分)(?:\s|为|是|:|：){0,3}100(?:\.0+)?\s*分?(?:\s*[，,；;|]| *\t)\s*(?:自评|评价|实际)?(?:得分|评分)(?:\s|为|是|:|：){0,3}"
    r"(?P<num>\d{1,3}(?:\.\d+)?)(?![\d.%])"
)
# What makes a score a band of the grading standard (90分（含）以上为优秀, 80-90分为良): 以上/以下 or a range after it.
SCORE_BAND = re.compile(r"\s*(?:[(（]\s*含\s*[)）])?\s*(?:(?:及|或)?以上|(?:及|或)?以下|以内|[-~—－至到]\s*\d)")
# The score in brackets after the grade of a result, or after a score's label that the grade answers:
# 评价结果：优秀（95.5分） / 自评得分：良（85分）. Its grade is the report's too.
SCORE_AFTER_GRADE_RE = re.compile(
    r"(?:结果|结论|等级|等次|自评得分|自评总分|综合得分|总得分|得分|评分|总分)\s*(?:为|是|:|：)?\s*"
    rf"[“\"'‘「]?(?P<grade>{_GRADE})[”\"'’」]?"
    r"\s*[(（]\s*(?:得分|总分|自评得分)?\s*(?:为|:|：)?\s*(?P<num>\d{1,3}(?:\.\d+)?)\s*分\s*[)）]"
)
SELF_SCORE_RE = re.compile(
    r"(?P<label>自评得分|自评分数|自评总分|评价总分|自评分值|评价分值|自评分|综合得分|综合评分|最终得分|评价得分|总得分|自评结果|评价结果|评分结果"
    r"|得分|评分|分数|总分"
    # the verb alone before the figure: 该项目自评得96分, 本次自评共得92分
    r"|自评(?:共计|共|合计|累计)?得|自评为|综合得|最终得)"
    # the full marks in brackets after the label, as a form's closing line writes them: 总分（满分100分）：91分
    r"(?:\s*[(（]\s*(?:满分|总分)?\s*(?:为|:|：)?\s*100\s*分?\s*[)）])?"
    # a short run of joiners: 得分为：88分 / 总分 为 94.3 分 / 自评得分合计96分 / 得分为“91.5分” (quoted)
    r"(?:\s|为|是|:|：|达到?|合计|总计|共计|[“\"‘「『]){0,4}"
    # a score in Chinese numerals (九十三分, 九十三点五分): two characters at least, so 十分 ("very") and
    # 百分之… (a percentage) are not scores
    # (OCR may space a figure's digits in running text: 自评得分9 2.5分 / 综合得分 9 6 分 / 9 5 . 5 分; one space
    # at most between two digits or at the point, three digits at most, so two figures side by side stay two)
    # (the full marks may follow the figure: 95.2/100分)
    r"(?:(?P<num>\d(?: ?\d){0,2}(?: ?\.(?: ?\d)+)?)\s*(?:/\s*100\s*)?分|(?P<cn>[零〇一二两三四五六七八九十百]{2,}(?:点[零〇一二三四五六七八九]+)?)\s*分(?!之))"
)
# The words before a score, back to the last punctuation, tell a total from a part score.
SCORE_CONTEXT_CHARS = 24
# Words naming the department's whole in a clause that also says 项目 (部门整体支出及项目…, 本单位…): the whole's.
# A results table's row of the department's whole (部门整体支出 | 1,436.20 | 1,398.75 | 95.5 | 优), its label alone
WHOLE_DEPARTMENT_ROW = re.compile(r"(?:本?部门|本?单位)?整体(?:支出)?(?:绩效)?(?:自评|评价)?")
DEPARTMENT_WHOLE_WORDS = re.compile(r"部门|整体|单位|本局|我局|全局")
SCORE_COMPONENT = re.compile(r"其中|管理效能|履职效能|产出|效益|满意度|分项|指标|预算执行|执行得分|资金|平均|最高|最低")
# A bare 总分 is often the full marks of a scale (指标体系总分100分, 满分/总分值): it counts as the
# self score only when its context names none of these and no other score follows in its sentence.
BARE_TOTAL_SCORE_LABELS = {"总分"}
# Labels that also score a single indicator (…完成值100%，得分10分): the self score only when no total's own
# label (自评得分, 总得分 …) states one anywhere in the text.
BARE_SCORE_LABELS = {"得分", "评分", "分数"}
# A bare score whose clause is only a sum word sums the parts listed before it (产出指标得分48分，…，合计得分93.6分):
# the total's own label.
SCORE_SUM_CLAUSE = re.compile(r"\s*(?:以上|各项|全部)?(?:合计|总计|共计|累计)\s*")
# A bare score after the points of its part, in its sentence (（一）部门决策（分值15分），得分14.5分): the part's
# score. The full marks of the whole (总分值100分，得分92分 / 分值100分，得分92分 / 满分为100分) are no part's.
PART_POINTS = re.compile(r"(?:(?<!总)分值|满分)(?!\s*(?:为|是|:|：)?\s*100(?!\d))|权重")
# A comma-clause stating a part's points (指标分值15分 / 权重10分): the score in the clause after it (，自评得分15分) is the
# part's, whatever its label. The whole's full marks (分值100分) are none.
PART_POINTS_CLAUSE = re.compile(r"(?:(?<!总)分值|满分|权重)\s*(?:为|是|:|：)?\s*(?!100(?!\d))\d{1,3}(?:\.\d+)?\s*分?\s*$")
# A bare score followed by its part's full marks, other than the whole's (得分10分（满分10分）): the part's.
PART_FULL_MARKS_AFTER = re.compile(r"\s*[(（]\s*(?:满分|分值)\s*(?:为|:|：)?\s*(?!100(?!\d))\d")
# A bare score (得分10分) after an indicator's statement (满意度达到95%，得分10分), someone else's marks (在全市目标考核中
# 得分98.5分, 抽查复核得分86分) or several scores summed up (平均得分93分): in its sentence so far, not the self score.
BARE_SCORE_NOT_SELF = re.compile(r"\d\s*[%％]|满意度|指标(?!体系)|目标值|实际值|完成值|考核|抽查|复核|评比|测评|考评|平均|最高|最低|排名|位列")
# The clause before a bare score naming the evaluated whole (该项目得分92.8分, 本部门综合得分…): the total's.
SCORE_OWNER = re.compile(r"\s*(?:该|本|此)(?:项目|部门|单位|专项资金|专项)(?:最终|综合|共|合计|累计)?\s*")
# A grade in running text whose clause names another thing graded: satisfaction (满意度评价为优秀), staff appraisals
# (干部年度考核等次为优秀), the quality of a piece of work (审计项目质量评定为优秀).
GRADE_NOT_SELF = re.compile(r"满意|(?:干部|年度|目标|个人|公务员|职工)考核|干部|职工|公务员|质量|案件|评比|测评|评议|考评|抽查|复核|信用")
# An evaluation other than the report's own self-evaluation, named in a sentence before a score or a grade: the
# finance department's key evaluation (财政重点评价, 重点绩效评价), a third party's (第三方绩效评价), a re-evaluation
# (再评价), the finance department's own (财政部门评价): the figures after it are that evaluation's, unless the sentence
# goes on to the self-evaluation (自评).
OTHER_EVALUATION = re.compile(r"重点(?:绩效)?评价|第三方|再评价|财政(?:部门)?评价")
TOTAL_SCORE_NOT_SELF = re.compile(r"满分|分值|标准|体系|设置|设定|共计|合计")
# A sentence describing the scoring scale before a bare 总分 of 100 (采用…指标体系，总分为100分 / 一级指标包括决策（20分）、过程
# （20分）…，总分100分): its system, full marks, points or weights, or a part's points in brackets. The 总分 is the full marks.
SCALE_SENTENCE = re.compile(r"体系|满分|分值|权重|[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]")
# A grading scale stated after a bare 总分 in its sentence (总分100分，评价结果分为四档：90分（含）以上为优…): the 总分 is
# the scale's full marks.
GRADING_SCALE = re.compile(rf"\d{{2,3}}\s*分(?:{SCORE_BAND.pattern})|分为[二三四五两]\s*(?:个|档|等|级)")
# First cell of the total row ending a 自评表: ``总分 | 100 | 93`` (weight total, then score).
# Also a score cell next to its label: ``自评得分 | 91.35 | 自评等级 | 优秀``.
SELF_SCORE_TOTAL_ROWS = {"总分", "合计得分", "总得分", "综合得分", "自评得分", "自评总分", "自评得分合计", "得分合计"}
# A scoring table's header: a column of points and one of scores (一级指标 | 分值 | 得分), over a 合计 row of the whole.
SCORING_SUM_ROWS = ("合计", "总计")
SCORING_HEADER_POINTS = re.compile(r"分值|权重|满分")
SCORING_HEADER_SCORE = re.compile(r"得分|评分")
# Staff and rate figures take any number of digits: one out of range is reported, not skipped unseen.
# A count of staff ends in its unit (人, 名, 个; not 人次); after its label and a colon, as a record writes it (编制数：20；
# 实有数：19。), a bare figure closing its clause is the count too.
_STAFF_COUNT_END = r"(?(colon)(?:(?:{units})(?!次)|(?=[；;。，,]|$))|(?:{units})(?!次))"
STAFF_AUTHORIZED_RE = re.compile(
    # (the posts named by whom they are for after 核定编制: 核定编制教职工180人, or after the unit that holds them:
    # 学校编制教职工312人, 医院编制人员210人; or 编制人员 opening its clause: 。编制人员148名; 行政编制人员98人 counts
    # those holding them, 非编制人员 those outside; the establishment fixed as 定编 / 定编定员)
    r"(?:核定|批复|现有)?(?P<kind>行政|事业)?(?:编制|定编(?:定员)?)(?:总数|人数|数)?"
    r"(?:(?<=核定编制)(?:教职工|人员)|(?<=[校院局所站心位关]编制)(?:教职工|人员)|(?<![^，,。；;:：\s]编制)人员)?"
    r"(?:为|是|(?P<colon>:|：)|共计|合计|共)?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*"
    + _STAFF_COUNT_END.format(units="人|名|个")
)
# One kind of post of a split establishment: 行政编制38名、事业编制12名 (summed when no total is given).
STAFF_PART_RE = re.compile(r"(?:行政|事业|工勤|参公|机关)编制(?:人数|数)?(?:为|是|:|：)?(?P<num>\d{1,3}(?:,\d{3})+|\d{1,5})(?:人|名|个)")
# What may stand between the listed parts: a joiner; a clause naming who holds the next kind (行政编制22名，所属事业单位
# 事业编制27名); the count in post of the kind before (行政编制38人，实有36人；事业编制64人…); a cell's edge (| 行政编制5个 |
# 事业编制10个 |: a row's cells a kind each).
STAFF_PART_JOINER = re.compile(r"^(?:、|，|,|和|及|以及|\|)$")
# (not a count in post, a part of the one before, a change or a gap: 核减事业编制, 空编, 超编)
STAFF_PART_HOLDER_GAP = re.compile(r"[，,；;](?:(?!实有|在职|在编|在岗|其中|含|退休)[\u4e00-\u9fff](?<![减空超缺])){1,10}")
# One kind of post with its count in post after it (行政编制38人，实有36人): the parts of both staff counts.
STAFF_PART_PAIR = re.compile(r"(?:行政|事业|工勤|参公)编制(?:人数|数)?(?:为|是|:|：)?(?P<num>\d{1,5})(?:人|名|个)[，,]"
                             r"(?:实有|在职|在编|在岗)(?:人数|人员)?(?:为|是|:|：)?(?P<act>\d{1,5})(?:人|名)(?!次)")
STAFF_PAIR_JOINER = re.compile(r"[；;，,、]")
# The establishment's total stated after its parts in the sentence (行政编制12名，所属事业单位事业编制26名，共计38名)
STAFF_PARTS_TOTAL = re.compile(r"[，,、]\s*(?:共计|合计|总计|共)(?:编制)?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*(?:人|名|个)")
# The establishment written as its parts after the label, then their total (编制数：行政9名、事业21名，合计30名)
STAFF_BREAKDOWN_RE = re.compile(
    r"(?<!预算)编制(?:总数|人数|数)?(?:为|是|:|：)?(?P<parts>(?:(?:行政|事业|工勤|参公)(?:编制)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:人|名|个)[、，,和及]?){2,})"
    r"(?:(?:共计|合计|总计|共)(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:人|名|个))?")
# The staff in post of each kind of post, summed (核定行政编制32名、事业编制45名，实有人数分别为30名、41名)
STAFF_ACTUAL_EACH = re.compile(r"(?:实有人数|实有人员|在职人数|实有)分别(?:为|是)?\s*"
                               r"(?P<parts>(?P<num>\d+)\s*(?:人|名)(?:\s*[、和及,，]\s*\d+\s*(?:人|名))+)")
# A bare 现有 count right after the establishment's (人员编制30名，现有28名): the staff in post.
STAFF_ACTUAL_AFTER_ESTABLISHMENT = re.compile(r"编制(?:总数|人数|数)?(?:为|是|:|：)?\d{1,5}(?:人|名|个)[，,]现有"
                                              r"(?:为|是)?(?P<num>\d{1,5})(?:人|名)(?!次)")
# The staff in post written only as its kinds of post after the word for it (实有行政人员29名、事业人员38名; 在职人员：
# 行政14人，事业19人): their sum, as the establishment's parts are summed; a kind alone (实有行政人员18名) is the whole.
# (The list ends at a clause of other people: ；离退休人员：行政9人…)
_STAFF_KIND_COUNT = r"(?:行政|事业|工勤|参公)(?:编制)?(?:人员|人数)?(?:为|是)?\s*({num})\s*(?:人|名)(?!次)"
_STAFF_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
STAFF_ACTUAL_KINDS = re.compile(r"(?:实有|在职|在编|在岗)(?:在编|在职|在岗)?(?:人员|人数)?(?:为|是|:|：)?\s*(?P<parts>"
                                + _STAFF_KIND_COUNT.format(num=f"?P<num>{_STAFF_NUM}") + r"(?:\s*[、，,和及]\s*"
                                + _STAFF_KIND_COUNT.format(num=f"?:{_STAFF_NUM}") + ")*)")
# One kind of post counted, then the other (在职在编实有行政人员26人，事业人员19人): the staff is both
# (the first kind's note in brackets between: 实有行政人员0人(含行政工勤人员0人)，事业人员181人)
STAFF_OTHER_KIND = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?[，,、和及]\s*事业(?:编制)?人员\s*(?P<num>\d+)\s*(?:人|名)")
STAFF_ACTUAL_RE = re.compile(
    r"(?:实际人数|实有人数|实有人员|在职人数|在职人员|实际在职人数|在编在职人数|在编在岗|在职在编(?:实有)?(?:行政|事业)?(?:人员)?|在编教师数?|在编教职工|在岗教师|在岗教职工|在岗人数|在岗职工|现有正式职工|现有职工|现有在职人员|现有人员|在职职工|实有在编人员|在编人员|在职干部职工|现有干部职工|实际在编人数|在编人数|在岗人员|实有在岗人员|现有在编职工|在编职工"
    # the whole staff counted (全局共有干部职工32名, 全体干部职工共32人)
    r"|(?:全局|全体|现有|共有|全局共有)干部职工"
    # those in post within the establishment (编制内人员19人（编制数20人）)
    r"|编制内(?:实有|在职|在编)?人员"
    # the bare word before the count (编制18名，实有17人 / 在职15人)
    # 实有 and who is counted (实有在编干警72人, 实有干部职工25人, 实有工作人员17人, 实有民警271名); one kind of post
    # (实有行政人员9名、事业人员33名) is a part, not the staff
    # (two of them joined: 实有干警及工作人员93名)
    r"|实有(?:在编|在职|在岗)?(?:(?!行政|事业|工勤|参公)[\u4e00-\u9fff]{0,2}(?:人员|干部职工|干部|职工|干警|民警|教师|教职工|队员)"
    r"(?:(?:及|和|与|、)(?!行政|事业|工勤|参公)[\u4e00-\u9fff]{0,2}(?:人员|干部职工|干部|职工|干警|民警|教师|教职工|队员))?)"
    # (not after a worker named as such: 管护员在岗4186人, 村医在岗596人 count the people a project pays)
    r"|实有数|实有|在职|在编|(?<![员医])在岗)"
    # (who is counted after 在编在岗: 在编在岗教职工209人; a note in brackets: 实有人员（编制内）337名)
    r"(?:(?<=在编在岗)(?:人员|教职工|职工|干部职工|干部))?(?:[(（][^()（）]{1,8}[)）])?"
    # (a count of visits, 慰问在职人员300人次, is no head count; thousands parted by commas: 1,318人)
    r"(?:为|是|(?P<colon>:|：)|共计|合计|共有|共)?\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*"
    + _STAFF_COUNT_END.format(units="人|名")
)
# The spending's share of the budget (占全年预算的97.5%), an execution rate after the spending total's figure; each budget
# word whole in the group: the document gate then looks for 全年预算 and the like (literals.gate), not 预算 alone
SHARE_OF_BUDGET = r"占(?:全年预算|年度预算|调整后预算)(?:数|资金|总额)?(?:\s*\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元))?的?"
# (the budget's amount may stand before 的: 占全年预算1,502.80万元的96.38%)
# The spending named as a share of its budget (决算支出为调整后预算的97.90%, 本年支出决算占调整预算的97.17%, 完成支出预算的
# 97.90%): the execution rate, the spending its own subject (完成收入预算的… is the income's). (The spending's word and
# the verb written together, whole: the document gate then looks for them, not 预算 alone.)
SPENT_SHARE_OF_BUDGET = (r"(?:(?:支出占|支出为|决算占|决算为|执行数占|执行数为)(?:全年|年度|调整后|调整)?预算(?:数|资金|总额)?"
                         r"|完成(?:全年|年度)?支出预算(?:数)?)的")
# The spending's figure, then the share of the budget it completed (执行数为1,100万元，完成预算的97.5%): the execution rate
# where the clause before is the spending total's (as a share 占… is); the words whole: the document gate reads 完成预算.
COMPLETED_SHARE_OF_BUDGET = r"完成预算(?:数)?的"
# A clause about the year before the report's (上年预算执行率96.2% / 较去年同期): its figures are that year's.
# 上年结转 is this year's money brought forward.
PREVIOUS_YEAR_WORDS = re.compile(r"上一?年(?!结转|结余)|去年|同期")
# The year before named only to compare with (较上年提高2.3分, 比上年增长, 与上年同期持平): the figure is not its.
YEAR_COMPARISON = re.compile(r"(?:比|较|与|同)(?:上一?年度?|去年)(?:同期)?(?:[(（][^()（）]{0,12}[)）])?(?:相比)?"
                             r"(?=提高|提升|增长|增加|上升|下降|减少|降低|持平)")
# A result written as its change against the year before (较上年提高0.6个百分点, 同比增长4.2%): the figure is the change,
# not the indicator's level
CHANGE_RESULT = re.compile(YEAR_COMPARISON.pattern + r"|同比(?=提高|提升|增长|增加|上升|下降|减少|降低)")
# The report's own year in words (本年预算执行率98%, 今年, 当年): a clause naming it is about that year.
THIS_YEAR_WORDS = re.compile(r"本年|今年|当年")
EXECUTION_RATE_RE = re.compile(
    r"(?P<label>(?:部门整体|整体|总体|综合)?(?:(?:预算|资金|支出|收支)?(?:执行率|完成率|执行进度)|(?:预算)?支出进度"
    r"|(?:预算资金|预算|资金)支出率)"
    # the spending's share of the budget, after the spending's figure (支出285万元，占全年预算的97.5%: _rate_in_text)
    r"|" + SHARE_OF_BUDGET + r"|" + SPENT_SHARE_OF_BUDGET + r"|" + COMPLETED_SHARE_OF_BUDGET + r")"
    # the label's formula in brackets (执行率(B/A)97.5%), the change against last year first (较上年提高2个百分点，
    # 达到98.5%), then a short run of joiners (为：, 达到了)
    r"(?:\s*[(（][^()（）]{0,12}[)）])?"
    r"(?:\s*(?:较|比)(?:上年|去年|上一年度?)(?:同期)?[^，,。；;%\d]{0,6}\d+(?:\.\d+)?个?百分点\s*[，,]\s*)?"
    r"(?:\s|为|是|达到?|了|:|：|=){0,3}"
    r"(?:(?P<num>\d+(?:\.\d+)?)\s*%"
    # or a fraction (执行率0.9908: 99.08%), not a change or a count (0.5个百分点, 0.35倍); _rate_in_text takes it after 执行率 only
    r"|(?P<frac>0\.\d{2,4})(?![\d.%个倍万亿元]))"
)
# In a project's report that states no 执行率, the funds' rate named by what was done with the money
# (资金使用率, 资金兑付率, 资金拨付率, 资金支付率) right after that money's figure (实际使用资金372万元，资金使用率96%)
# is the project's execution rate; 到位率 (the money received) is not.
FUNDS_USE_RATE_RE = re.compile(r"(?P<label>资金(?:使用|兑付|拨付|支付)率)(?:\s|为|是|达到?|了|:|：){0,3}"
                               r"(?P<num>\d+(?:\.\d+)?)\s*%")
OVERALL_RATE_LABEL = re.compile(r"^(部门整体|整体|总体|综合)")
# The spending's share of the year's income, as some provinces' department form states it (收支完成率, the 决算's spending
# over its income): the overall rate where the report states no rate of the budget.
BALANCE_RATE_LEAD = "收支"
# An indicator of the budget's whole execution (预算完成率 of the department forms' 过程/预算执行 part, 部门预算执行率,
# 预算资金执行率): its result is the report's execution rate where no funds table or sentence states one.
BUDGET_RATE_INDICATOR = re.compile(r"(?:部门|单位)?(?:整体)?(?:年度)?预算(?:资金)?(?:执行|完成)率")
# Without 整体, a rate is the overall one when its label names the budget or the spending
# (预算执行率, 支出执行率) and no part (checked on its clause); a bare 完成率 may be anything.
OVERALL_RATE_WORDS = ("预算", "支出")
# A bare 执行率 right after the figure of one of these (支出合计…元，执行率为… / 调整后预算…万元，执行率…) is
# the overall rate.
SPENDING_TOTAL_LABELS = BUDGET_LABELS["expenditure_total"]
RATE_TOTAL_LABELS = [*SPENDING_TOTAL_LABELS, *BUDGET_LABELS["budget_full_year"],
                     *(k for k, v in BUDGET_QUALIFIERS.items() if v == "budget_full_year")]
# A sentence opening with a fund named by its own words (某补助资金…, 某某经费…) states that fund's rate.
FUND_SUBJECT = re.compile(r"资金|经费")
# Words naming a part of the budget: a rate whose own clause names one is that part's rate.
RATE_PART_WORDS = ("基本支出", "项目支出", "项目", "专项", "人员经费", "公用经费", "三公")
# Of these, the words that name a part only with money in their clause (完成审计项目20个 names none)
RATE_PART_NOUNS = ("项目", "专项")
# A rate of something else than the budget (审计计划执行率, 政府采购执行率): the words before its bare label
OTHER_RATE_SUBJECTS = ("计划", "采购", "合同", "政策", "制度", "方案", "任务", "决议", "决定")
# A rate of others in its clause: an average, or a whole area's (全省平均预算执行率94.6%，我局…).
RATE_OF_OTHERS = re.compile(r"平均|全国|全省|全市|全州|全县|全区|全旗")
# A rate stated as a goal (目标要求预算执行率达到95%以上) or as a scoring rule (执行率达到100%的得满分): not the
# year's. Words before it in its clause, or after it.
RATE_GOAL_BEFORE = re.compile(r"目标(?!完成|实现)|要求|确保|力争|计划(?!执行|完成)|预期|不低于|不少于|应达到")
RATE_GOAL_AFTER = re.compile(r"\s*(?:及?以上|以下|以内)|\s*的?\s*(?:得满分|得\d|计\d|扣|不得分|得分)")
# In a project's own report the project is the whole: only a department's spending parts are parts.
DEPARTMENT_PART_WORDS = ("基本支出", "人员经费", "公用经费", "三公")
# A date inside the year (6月30日, 9月末, 1-11月, 上半年, 三季度): a rate as of then is the progress so far,
# not the year's. (12月 is the year's end: no match.)
IN_YEAR_DATE = re.compile(r"(?<!\d)(?:[1-9]|1[01])\s*月|上半年|前三季|[一二三1-3]季度")
# What opens a sentence scoped to a date (截至2023年6月30日，…).
AS_OF_WORDS = ("截至", "截止", "截止到", "到")

# --- indicators ---------------------------------------------------------------------------
# The columns of the forms (indicator and funds blocks) and their level cells are in roles.py.
# A flattened PDF indicator table starts at a header naming these columns, ends at the next section.
FLAT_INDICATOR_HEADER = re.compile(r"关键指标|预期实现值|指标完成情况")
FLAT_INDICATOR_END = re.compile(r"^(存在问题|改进措施|存在的问题|下一步|[一二三四五六七八九十]+、)")
# How an indicator's name ends (used where nothing else marks the name).
INDICATOR_NAME_END = re.compile(r"(率|数|度|量|情况|次数|人次|时间|时长|天数|宗数|件数|比例|覆盖面|成本|效果|满意)$")

# Narrative statements: "<name>[达到|为|保持][不少于]<number><unit>[以上]".
INDICATOR_VERBS = ("达到|达|为|保持在|保持|是|实现|完成|稳定在|控制在|提高到|提升至|提升到|提高至"
                   "|压缩至|压缩到|缩短至|缩短到|降至|降低至|降低到|下降至|下降到|在")
# A bound stated as a prohibition (不得低于95%, 严禁超过15%, 不应少于30%): the negated comparison is the opposite
# bound (targets.OP_WORDS reads them), each before the bare comparison it holds.
BOUND_NEGATIONS = ("不得", "不应", "不能", "严禁", "不宜", "不可", "不准", "禁止")
NEGATED_COMPARISONS = (("低于", ">="), ("少于", ">="), ("小于", ">="), ("超过", "<="), ("高于", "<="), ("大于", "<="),
                       ("多于", "<="))
NEGATED_BOUNDS = tuple((neg + word, sym) for neg in BOUND_NEGATIONS for word, sym in NEGATED_COMPARISONS)
OP_PREFIX = "|".join(word for word, _ in NEGATED_BOUNDS) + (
    "|未超过|未超出|不超出|未高于|未低于|大于等于|小于等于|≥|≤|>=|<=|不少于|不低于|不小于|不超过|不高于|不大于|至少|超过"
    "|大于|高于|低于|少于|小于|=|>|<")
OP_SUFFIX = "以上|以内|以下|及以上"
# Units of things counted whole (people, households, cases, sites): a figure in one is an integer, so a
# point followed by exactly three digits before it parts thousands (1.200人, 3.500户), as OCR and pages in
# the European manner write them. No money or measure (1.200万元, 1.500公里 are decimals), no 万 unit, and
# 个 not before 百分点 (1.500个百分点 is a decimal).
COUNT_UNITS = ("人次|人|户|家|名|位|所|个(?!百分点)|次|件|份|宗|项|场次|场|批次|篇|册|台|套|座|辆|株|棵|头|只|处|条")
# the same units as a set, for a unit already read off a value (个 there is a count: 个百分点 reads 个 as a counter)
COUNT_UNIT_SET = frozenset(re.sub(r"\(.*?\)", "", COUNT_UNITS).split("|"))
POINT_THOUSANDS_COUNT_RE = re.compile(rf"(?<![\d.,])[1-9]\d{{0,2}}(?:\.\d{{3}})+(?=\s*(?:余|多)?\s*(?:{COUNT_UNITS}))")
# The units a value in running text may carry: a deliberate subset of roles.UNITS (in a sentence, 万元,
# 年 or 米 after a number is rarely a result worth an indicator row).
INDICATOR_UNITS = "%|‰|人次|场次|批次|家次|户次|工作日|份|宗|件|次|场|期|天|个|户|家|篇|项|人"
# (visits counted by the household or the firm, 检查企业320家次: 家 alone would cut the unit short)
# …and counts of people and households in ten thousands (惠及群众1.2万人次, 发放人数1.62万人): the value
# stays as written, the unit is 万人 (as in a form's cell)
INDICATOR_UNITS = "万人次|万人|万户|" + INDICATOR_UNITS
# …and other counts in ten thousands (发放宣传资料3.5万份, 接待咨询1.2万件, 新增藏书2.3万册)
INDICATOR_UNITS = "万份|万件|万次|万册|" + INDICATOR_UNITS
# …and visits counted by the site (巡查隐患点1,420点次: 点 alone is no unit, so the figure had none)
INDICATOR_UNITS = "点次|" + INDICATOR_UNITS
# …and hours of teaching and days of work (培训课时128课时, 专家服务62人天): words of no other sense after a
# number, before 人 (人天, 人·次 open with it)
INDICATOR_UNITS = "课时|学时|人天|人·次|人・次|小时|分钟|" + INDICATOR_UNITS
# …and rates per ten or a hundred thousand people (孕产妇死亡率控制在15/10万以下, 发病率3.2/万: targets.PER_POPULATION
# as the health reports write them, and as 十万分之十五 reads)
INDICATOR_UNITS = "/100万|/10万|/万|" + INDICATOR_UNITS
# …and durations (响应时间不超过2小时, 到场时间12分钟; 5个小时 reads 个 as the counter): not one a noun follows,
# which it describes (24小时值班, 15分钟生活圈), save 内 / 左右 / 之内 closing the duration itself
DURATION_UNITS = frozenset(("小时", "分钟"))
DURATION_CLOSERS = "内左之"
# Units read in running text only from a result stated against its target, where the sentence itself
# says the figure is an indicator's: 受害面积93.24公顷，低于控制指标… / 发生火灾3起，低于控制指标…
# (小时 is one of INDICATOR_UNITS; 万立方米 of earthworks, energy in 千瓦时 / 吨标准煤
# before 千瓦 / 吨, which would cut them short)
RESULT_UNITS = ("万立方米|万千瓦时|千瓦时|千瓦|吨标准煤|公斤|万平方米|万亩|万吨|万株|公顷|平方米|立方米|平方公里|公里|千米|亩|吨|起|万元|元|台|套|座|辆|株|处|所|条|册"
                "|卷"
                # …and money in hundreds of millions (带动社会投资56.2亿元（目标≥50亿元）: as written, 亿元 its unit)
                "|亿元"
                # …and counts of people, kinds and things (特派员65名, 物资32种, 路灯120盏, 车次, 班次)
                "|名|种|盏|张|本|间|头|只|批|组|车次|班次|米"
                # …and livestock by the head, large and small together, and poultry (免疫牛羊95万头只, 禽类1200万羽)
                "|头只|羽"
                # …and concentrations, the mass per volume after it (年均浓度32微克/立方米，目标为不高于35微克/立方米)
                "|微克|毫克"
                # …and pictures and the frames an archive scans (数字化档案3.2万画幅): 幅 alone would cut it short
                "|画幅|幅")


def _in_ten_thousands(units: str) -> str:
    """``units`` with 万 before each counted or measured one of them (接收档案4.2万卷, 培训1.5万人次, 5.6万画幅),
    as roles.UNITS makes them for a form's cells (no money, share or span of time: 万元 is money), longest
    first so that none cuts a longer one short (万人次 before 万人, 万千瓦时 before 万千瓦)."""
    words = units.split("|")
    magnified = sorted({"万" + u for u in words if "万" + u in _R.UNITS} - set(words))
    return "|".join(sorted(words + magnified, key=len, reverse=True))


# A count in ten thousands is one in any counted unit, in either list (the value stays as written, 4.2万卷: 4.2)
INDICATOR_UNITS = _in_ten_thousands(INDICATOR_UNITS)
RESULT_UNITS = _in_ten_thousands(RESULT_UNITS)
# …and 万 alone after a figure, no unit named (粉丝数达到26.4万，目标20万以上): result-only, and never before
# another word (26.4万元 is money, 3万人 a count), save the bound after it (以上 / 及以上 / 以内 / 以下). (No bar
# inside: the lists are split at theirs.)
BARE_TEN_THOUSAND = "万(?![\u4e00-\u9fff](?<![以及]))"
RESULT_UNITS = RESULT_UNITS + "|" + BARE_TEN_THOUSAND
# What follows such a result: a comparison with the control or target figure. The figure after it is
# the target or only the margin to it (低于控制指标0.8262个千分点), so only the result is read.
AGAINST_TARGET = re.compile(
    r"(?:\s*[，,]\s*(?:均|已|仍)?(?:低于|高于|少于|多于|超过|未超过|超出|优于)[^，,。；;]{0,12}?(?:控制|目标|计划|预期|考核|指标值)"
    # or the goal in brackets right after it: 建设隔离带12公里（目标10公里）
    r"|\s*[(（]\s*(?:年度|年初|全年)?(?:目标|计划|预期|指标值))")
# A measure (not money: 收入100万元，目标120万元 is a budget sentence) followed by its goal's figure in the
# next clause: 完成道路改造85公里，目标80公里.
# (a goal's label: 目标值为, 年度计划：, and after the verb that meets it, 完成年度目标 / 实现目标值)
GOAL_VERB = r"(?:完成|实现|达到)"
GOAL_LABEL = rf"{GOAL_VERB}?(?:年度|年初|全年)?(?:(?<![于过出])(?<![于过出][年全][度初年])控制指标|(?:控制)?(?:目标(?:值|任务|数)?|计划值?|预期(?:目标)?值?|指标值))" \
    r"\s*(?:为|是|[:：])?\s*"
# (a ceiling set as a control figure: …3起，控制指标为不超过8起 / 死亡率0.021，控制指标0.035以下; not after a comparison,
# 高于控制指标32万元, whose figure is the margin: AGAINST_TARGET)
# (目标任务为不少于1300件, 目标数为400件: the goal's figure too)
# A statement's name that is only a goal's label (…18次，预期目标15次 / …150人次，计划120人次): the goal of the result before it.
GOAL_ONLY_NAME = re.compile(r"(?:年度|年初|全年|本年)?(?:控制)?(?:目标(?:值|任务|数)?|计划值?|计划数|预期(?:目标)?值?|指标值)"
                            r"|控制(?:数|值|指标)?")  # (控制目标4%以内: its name cleaned of 目标)
# (the goal's figure in brackets after its label: …102.6万亩，完成目标任务（不低于100万亩）)
GOAL_NEXT_CLAUSE = re.compile(rf"\s*[，,]\s*{GOAL_LABEL}(?:[(（]\s*)?(?:{OP_PREFIX})?\s*\d")
# …or the goal's clause naming the measure again before its figure (亩均增收达到620元，年度目标为亩均增收500元以上): the
# goal of that result where the words are its name's (indicators._goal_names_next)
GOAL_NAMING_NEXT = re.compile(rf"\s*[，,]\s*{GOAL_LABEL}(?P<words>[\u4e00-\u9fff]{{2,12}}?)\s*(?:{OP_PREFIX})?\s*(?=\d)")
# A change that is the indicator itself, its goal stated as the same change in the next clause (能耗下降1.8%，
# 目标为下降≥1.5%; 单位产值能耗降低2.1%，年度目标降低2%): the figure measures the change the goal sets, so the
# change's word is no comparison with the year before but part of the measure's name. (The goal's clause alone, its
# label then the word: GOAL_CHANGE_CLAUSE.)
CHANGE_WORDS = "下降|降低|减少|提高|提升|上升|增长|增加"
# (the goal in brackets after it too: 单位能耗下降2.1%（目标下降2%以上）)
CHANGE_THEN_GOAL = re.compile(rf"\s*[，,(（]\s*{GOAL_LABEL}(?P<change>{CHANGE_WORDS})\s*(?:{OP_PREFIX})?\s*\d")
# …or a goal of its own figure after the change, in the next clause or in brackets (收入增长7.2%，目标值≥6.5% / 能耗下降2.1%
# （目标≥1.5%）): the change is the measure too, its goal the figure (a change with no goal is no indicator)
CHANGE_GOAL_NEXT = re.compile(rf"\s*[，,(（]\s*{GOAL_LABEL}(?:{OP_PREFIX})?\s*\d")
CHANGE_AT_END = re.compile(rf"(?:{CHANGE_WORDS})$")
GOAL_CHANGE_CLAUSE = re.compile(rf"\s*{GOAL_LABEL}(?P<change>{CHANGE_WORDS})\s*(?:{OP_PREFIX})?\s*")
# A measure word between a number and its unit (5个工作日, 3个月): the unit is what follows it.
UNIT_COUNTER = r"个(?=工作日|小时|月|百分点)"
# A target written with a comparison sign (入库数≥1500家) is a target whatever its unit, when the
# sentence goes on to state the result.
COMPARISON_SIGN = re.compile(r"[≥≤><=]")
# The lead of a list of goals (年初确定的主要绩效目标为：1.…；2.…): what follows it, up to the sentence's end (or
# the numbered paragraphs right after a lead that ends its own), states goals, each figure its indicator's
# target. A lead that says the goals were met (绩效目标完成情况：, 实际完成：) lists results; a level's label (产出指标：)
# heads results and goals alike.
GOAL_LIST_LEAD = re.compile(r"(?:绩效|年度|年初|全年|总体|整体|主要|设定的?|确定的?|制定的?)(?:绩效)?(?:目标|指标)(?:值|任务)?"
                            r"\s*(?:(?:为|是|如下|包括|主要有|有)?\s*[:：]|[。.](?=\s*(?:[(（]?1[)）.、．]|①)))")
# (or a heading's full stop, its first item numbered right after it: （二）部门整体支出绩效目标。1.…；2.…)
# A first level's points in brackets (（40分）), printed beside or under its label: no cell of a row
LEVEL_POINTS = re.compile(r"[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]")
# A heading of a later year's goals or plans (四、2025年度绩效目标, 2025年工作计划), no account of results: what it heads
# is no result of the report's year (indicators._open_heading)
PLANS_HEADING_WORDS = re.compile(r"目标|计划|安排|打算|任务|思路")
RESULTS_HEADING_WORDS = re.compile(r"完成|实现|成效|自评|评价|执行")
# A numbered heading naming the year's goals alone (（一）年度绩效目标 / 二、部门整体支出绩效目标): the numbered paragraphs
# under it list goals, as after a lead ending its paragraph
# (or naming their setting: （二）部门绩效目标的设立情况 / 三、绩效目标设定情况; a table's row read as text ends in a bar)
GOAL_LIST_HEADING = re.compile(r"(?:(?:绩效|年度|年初|全年|总体|整体|主要)(?:绩效)?目标"
                               r"|目标的?(?:设立|设定|设置|确定|制定)(?:情况)?)[\s|]*$")
GOAL_LIST_NOT = re.compile(r"完成|实现|情况|实际|结果|达成|达到|自评|评价")
INDICATOR_LINE = re.compile(r"^\s*(?:绩效指标|关键指标|指标)\s*[:：]\s*")
# The marks opening the items of a list retyped from a form (◆ 产出指标 / ● 数量指标——培训人数：…): as a number
# does, a mark opens a level's heading or a record, no word of it
LIST_MARKS = "●○◆◇■□▪▫•・►▶▸➢➤★☆◎◉"
GOAL_WORDS = re.compile(r"目标|预期|指标值")  # (年度指标值90%: the form's name of the goal's column)
# Rates that are not performance indicators: budget execution, shares, changes on last year.
NOT_INDICATOR = re.compile(
    r"预算(?!内投资)|执行率|支出|收支|经费|同比|上年|去年|较(?![大少])|比上|上升|下降|增长(?!率)|增加(?!值)|减少|提高了|降低|百分点"
)  # (增加值, value added, is a measure: 产业增加值占比达到4.1%; 较大, a grade of accidents and hazards
#    (较大以上生产安全事故起数), names a measure, no comparison; nor does 较少, a group's own name (人口较少民族))
# Under a 成本指标 heading money is what the indicators measure: a 经费/支出/预算 name with a money figure
# (培训经费控制在60万元以内) is a cost indicator there, so only the words of a change rule it out.
NOT_COST_INDICATOR = re.compile(r"同比|上年|去年|较(?!大)|比上|上升|下降|增长|增加|减少|提高了|降低|百分点")
# A rate named only as the completion of what the sentence just stated (实际完成3260人次，完成率108.67%): it
# measures that statement, it is no indicator of its own.
COMPLETION_RATE_NAMES = {"完成率", "完成比例", "完成比率", "达成率", "完成度", "完成进度"}
# Words that make a rate a budget measure (资金到位率 98%), while a time or count about funds
# (资金拨付时限≤30个工作日) is a real indicator: checked on percentages only.
NOT_INDICATOR_RATE = re.compile(r"资金")
# A footnote's mark after a figure (94.5*, 94.5 *, 97.75① written (1), 93[1]): the figure is the value.
FOOTNOTE_MARK = r"(?:\*+|＊|\(\d{1,2}\)|\[\d{1,2}\])"
FOOTNOTE_LAST = "*＊)]"  # (what a footnote's mark ends with: a literal test before the patterns)
# ... ending a value after its unit (99.2%*, 93.6%[1], 12个(2)), or a superscript digit NFKC made plain after a
# percentage (99.2%¹ read 99.2%1: no figure follows a % itself); ending a name, a note's number too (成本注2)
VALUE_FOOTNOTE = re.compile(rf"(?:(?<=[^\d.\s]){FOOTNOTE_MARK}|(?<=[%‰])\d{{1,2}})$")
NAME_FOOTNOTE = re.compile(rf"(?:{FOOTNOTE_MARK}|注\d{{1,2}})$")
# A line inside a table that captions it, not a row of it: the table continued after a page break ((续上表),
# 表2(续)), the next table's caption (附件2:…绩效自评表), the note of its units (单位:亩、万元、%).
TABLE_CAPTION = re.compile(r"[(（]?续(?:上)?表[)）]?|表\s*\d+\s*[(（]续[)）].*|附件\s*\d*\s*[:：].*|附件\s*\d+"
                           r"|(?:金额|计量)?单位\s*[:：].*")
# …unless the rate is of how the funds were handled (资金拨付及时率, 补助资金发放准确率, 专项资金专款专用率): a
# timeliness or quality measure, written under no second level as often as under 时效指标/质量指标
# (足额拨付率, 直达率 of the funds sent straight to the grassroots alike), or of publishing the budget (预算公开率),
# or the revenue a finance bureau collects against its plan (一般公共预算收入完成率), or of whom the funds reach
# (补贴资金发放覆盖率, 资金到户率, 资金惠及率): no figure of the budget itself; nor is the share paid out in the way set
# for it (救助资金社会化发放率: through the banks; 补助资金按月拨付率, 按时兑付率), while 资金兑付率 alone is the funds' own
FUNDS_HANDLING_RATE = re.compile(r"(?:(?:及时|准确|专用|合规|规范|兑现|足额|直达|社会化|按月|按季|按时|按期)(?:拨付|发放|支付|兑付)?"
                                 r"|公开|覆盖|到户|惠及"
                                 r"|(?:公共预算|财政|税收)收入完成)率$")
# …and such a rate with the verb of its figure still after it (经费按时足额拨付率达到100%): the funds words of the
# name (经费, 预算) do not rule the figure out, a change does (NOT_COST_INDICATOR)
FUNDS_HANDLING_CLAUSE = re.compile(FUNDS_HANDLING_RATE.pattern[:-1] + r"\s*(?:为|是|达到|达)?\s*$")
# A rate named by these alone is the funds' (资金到位X万元，到位率100%): the funds paragraph leaves 资金 out.
FUNDS_RATE_NAMES = frozenset(("到位率", "拨付率", "支付率"))
# Narrative indicators in the explicit form "<name>：年度目标值<target>，实际完成值<result>" use the
# indicator table's column labels (INDICATOR_COLUMNS target/actual); these may follow a label.
LABEL_CONNECTOR = r"\s*[:：]?\s*(?:为|是)?\s*"
# A form's goal table: its row label (年度总体目标 | …) or its columns (预期目标 | 实际完成情况), the goals and
# their results written in sentences below, down to the indicators' header. The gold labels the indicator
# table alone: the figures of those sentences are no indicators (indicators.py).
GOAL_TABLE_LABELS = frozenset(("年度总体目标", "总体目标", "年度总体目标完成情况", "总体目标完成情况", "年度目标完成情况",
                               "年度总体目标及完成情况", "总体目标及完成情况"))
GOAL_TABLE_COLUMNS = (frozenset(("预期目标", "年度目标", "总体目标")),
                      frozenset(("实际完成情况", "目标实际完成情况", "全年实际完成情况", "完成情况")))
GOAL_TABLE_LINES = 30  # the farthest below its label a goal table's sentences are looked for
# Labels of a target and its result in running text beyond the table's column labels (roles.py): words a
# form's header never uses for those columns (年度目标 heads a form's goal row; 完成情况 its status column),
# read only in ``<name>：<target label><value>，<result label><value>``.
# A bare verb (完成/达到) labels a result only with a figure after it: 目标值100%，完成年度目标 states none.
PROSE_INDICATOR_LABELS = {"target": ["年度目标", "预期目标", "目标任务", "目标数", "目标", "计划", "预期"],
                          "actual": ["实际完成情况", "完成情况", "实际达到", "完成", "达到", "实际",
                                     # (the year's result: 年度目标≥1500亩，全年实际1575亩)
                                     "全年实际完成", "全年实际", "年度实际完成", "年度实际"]}
# A form's column holding a target and its result in one cell (roles.INDICATOR_COLUMNS["combined"]): the labels
# its cells write before each (年度目标：≥3.5万平方米；完成：3.82万平方米, 目标值99%以上/实际99.6%), the result's after a
# separator. Longest first where one holds another.
COMBINED_VALUE_LABELS = {"target": ("年度目标值", "年度指标值", "年度目标", "目标值", "指标值", "预期值", "计划值", "目标",
                                    "计划", "预期"),
                         "actual": ("实际完成值", "实际完成", "全年实际", "年度实际", "实际值", "完成值", "实际达到",
                                    "实际", "完成")}
COMBINED_VALUE_SEPARATORS = ",，;；/、 (（"  # (a bracket holding the result: ≥90%（实际96%）)
# Words a prose label opens without labelling anything: 计划生育 is no plan.
NOT_A_PROSE_LABEL = re.compile(r"计划生育")
# Measures stated without a unit (a coefficient, an index, a rate of zero): 灌溉水有效利用系数提高至0.58，
# 目标值≥0.56 / 满意度指数92.3，目标≥90 / 事故发生率为0，目标值为0. A unitless figure is read only after a
# name ending so, with its goal's figure right after it; any other bare figure is too often a date or a code.
UNITLESS_MEASURE_END = re.compile(r"(?:率|系数|指数|比例|比率|满意度|能耗)$")  # (能耗: 单位产值能耗0.41，控制指标0.5以下)
# The measures a result in percent names with no goal of its own: rates, and degrees (植被盖度, 建设进度, 群众认可度).
RATE_NAME_END = re.compile(r"(率|满意度|效能|密度|覆盖面|知晓度|指数|盖度|认可度|参与度|完成度|进度)$")
# A measure two subjects share in one name (企业和群众满意度分别为…和…): each subject's own name is it with the measure.
SHARED_MEASURE_END = re.compile(r"(满意度|满意率|知晓率|知晓度|认可度|覆盖率|合格率|达标率|及格率|参与率|到位率|知晓面)$")

# --- the web page around a report ----------------------------------------------------------
# (pipelines/page_chrome.py blanks these lines before the document is built)
# Words only a site's footer writes (never a report): where the footer is known to be. The links to the
# articles before and after open their line; the site's codes and copyright stand anywhere in theirs.
FOOTER_LINKS = ("上一篇", "下一篇")
FOOTER_WORDS = ("网站标识码", "ICP备", "ICP证", "版权所有", "Copyright", "COPYRIGHT", "copyright", "©")
# Lines a footer may hold above its first marker: the attachments' label and their file names
# (相关附件： / 附件下载 / 2023年度绩效自评表.xlsx), the page's tools (【打印本页】 【关闭窗口】 分享到), the
# site's owner, maintainer and address (主办单位： may also name a report's partner: only right above a marker).
FOOTER_LEAD_LABELS = ("相关附件", "附件下载", "相关下载", "相关链接", "相关文章", "相关阅读")
FOOTER_LEAD_FILES = ("xlsx", "xls", "docx", "doc", "pdf", "wps", "et", "zip", "rar")
# A cell naming such a file (附件2-自评表.docx, with its download count after it on a page): a link, no row of a table
ATTACHMENT_NAME = re.compile(rf"\.(?:{'|'.join(FOOTER_LEAD_FILES)})(?![A-Za-z])", re.IGNORECASE)
FOOTER_LEAD_TOOLS = ("打印本页", "打印此页", "关闭窗口", "关闭本页", "分享到", "扫一扫", "字号", "返回顶部")
FOOTER_LEAD_FIELDS = ("上一条", "下一条", "上一则", "下一则", "主办单位", "承办单位", "主办", "承办", "维护单位", "技术支持",
                      "网站主办", "网站维护", "联系电话", "联系地址", "联系我们", "地址", "邮编")
FOOTER_LEAD_WORDS = ("公网安备",)
# The heading of a list of the site's links above its footer (热点新闻, 友情链接 …): the footer starts there when only
# links (short lines, no sentence) stand between it and the footer.
FOOTER_LIST_HEADS = ("热点新闻", "热点文章", "热门文章", "热门新闻", "最新信息", "最新文章", "最新动态", "相关新闻", "相关链接",
                     "相关文章", "相关阅读", "推荐阅读", "图片新闻", "猜你喜欢", "友情链接", "网站导航", "部门网站", "政府网站")
# A link in a list of the site's articles (最新信息, 相关文章) is a document's title, then the date it was posted:
# the words such a title holds.
LINK_TITLE_WORDS = ("报告", "自评表", "评价表", "说明", "通知", "公告", "公示", "办法", "意见", "决定", "方案", "总结", "简报")

# --- page furniture ------------------------------------------------------------------------
# What a PDF's text layer leaves between the lines at a page break (pipelines/furniture.py drops it): the
# page number as footers write it. A line made only of one of these is a page number wherever it stands (where cells
# stand one a line, each ending in a pipe, with that pipe: 第 2 页 共 4 页 |).
PAGE_NUMBER_DI = r"第\s*\d{1,4}\s*页(?:\s*[,，、/|]?\s*共\s*\d{1,4}\s*页)?"  # 第 2 页, 第2页 共5页 (after a title too)
# The page number with the page count (第 2 页 共 4 页, 共4页 第2页), dashes about it or not: a page's, wherever it stands
# (inside a line among a row's cells too)
PAGE_NUMBER_COUNTED = (r"(?:[-—–－―]\s*)?(?:第\s*\d{1,4}\s*页\s*[,，、/]?\s*共\s*\d{1,4}\s*页"
                       r"|共\s*\d{1,4}\s*页\s*[,，、/]?\s*第\s*\d{1,4}\s*页)(?:\s*[-—–－―])?")
PAGE_NUMBER_FORMS = (
    r"[-—–－―]\s*\d{1,4}\s*[-—–－―]",  # - 3 -, — 3 —
    PAGE_NUMBER_DI,
    rf"[-—–－―]\s*{PAGE_NUMBER_DI}\s*[-—–－―]",  # — 第 2 页 共 3 页 —
    r"共\s*\d{1,4}\s*页\s*[,，、/|]?\s*第\s*\d{1,4}\s*页",  # 共5页 第2页
    r"(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?",  # Page 3, Page 3 of 5 (matched ignoring case)
)
# Page numbers written as a bare figure (3) or a figure over the page count (2/5): a table cell may be the same,
# so these are page numbers only where the page shows it (a sentence cut around them, the page's other
# furniture next to them, or the pages numbered in turn through the document).
BARE_PAGE_NUMBER_FORMS = (r"\d{1,3}", r"\d{1,3}\s*/\s*\d{1,3}")
# A table's header row repeated at the top of the next page holds two or more of these column labels: such a
# row written again right after a page break, the table going on, is no row of the table.
REPEATED_HEADER_WORDS = ("一级指标", "二级指标", "三级指标", "指标值", "完成值", "年度指标值", "实际完成值",
                         "分值", "得分", "权重", "年初预算数", "全年预算数", "全年执行数", "预算数", "执行数",
                         "执行率", "偏差原因", "指标性质", "度量单位", "序号", "项目名称", "科目名称")
