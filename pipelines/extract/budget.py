"""Money figures about the department's funds -> ``budget_items`` rows.

Rules:
- ``narrative_figures``: ``<label>[为|：]<number><元|万元|亿元>`` in running text (and in table cells
  holding running text). The label is the vocabulary entry that ends right before the number; a bare
  qualifier (``实际支出``, ``决算数``, ``年初预算安排``) refers to the subject named before it in the
  same sentence (``基本支出年初预算安排为…，本年实际支出为…`` is 基本支出's spending; ``年初预算收入…，
  决算数为…`` is the income's). A sentence opened with 上年 stays in the previous year.
- Allocations (``下达我局…经费X万元``, ``共计下达…资金X万元``) are the evaluated funds' budget, unless the
  report states its budget otherwise: ``settle_allocations`` decides once all figures are read.
- ``form_figures``: the funds blocks and base tables the form readers recovered: header cells name
  the column (``年初预算数``, ``2022年决算数``), the row label names the part (``合计``, ``公用经费``);
  numbers without a unit take the table's declared unit (``单位：万元``), else 万元, the unit of the
  national forms.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import Decimal

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.kinds import MONEY_ROLES, is_unit_cell
from pipelines.model import Forms, FundsValue
from pipelines.extract.prose import open_bracket, prose_paragraphs
from pipelines.extract.literals import lines_holding
from pipelines.extract.numbers import (MONEY_RE, NUMBER_AT_START, UNIT_DECLARATION_RE, YUAN_SIGN_RE, parse_number,
                                      signed_yuan, to_wan_yuan)
from pipelines.ocr_digits import AS_DIGITS, MISREAD_LETTER_GATE_RE
from pipelines.model import Document

_QUOTES = re.compile(r"[“”\"'‘’「」『』《》¥￥]")  # (and the yuan sign before an amount: 收入合计¥498,316,250.36元)
_SENTENCE_BREAK = re.compile(r"[。；;！？!?]")  # (read through _UP_TO_SENTENCE below; a test holds the two together)
_CLAUSE_BREAK = re.compile(r"[，,、。；;:：()（）！？!?]")
# Everything up to the last clause (sentence) break: one match in C instead of splitting off every clause
# (or finding every break) to keep the last (a test holds them to the split and the finditer).
_UP_TO_CLAUSE = re.compile(r"(?s:.*)[，,、。；;:：()（）！？!?]")
_UP_TO_SENTENCE = re.compile(r"(?s:.*)[。；;！？!?]")
# A space before a year opens a clause: a page that lost its line breaks runs a heading into the sentence
# after it with a space between (…情况 2020年收入…); the last such space in a window.
_YEAR_OPENS_CLAUSE = re.compile(r"(?s:.*)[^\S\n](?=(?:19|20)\d{2}年)")
# A numbered heading run into the section's first sentence (二、项目资金投入和使用情况 项目年初预算…, its space
# closed by normalising): the heading says what the section is about, no subject of the figure; the clause opens
# after its last word
_HEADING_WORDS = ("情况", "概况")
_HEADING_RUN_IN = re.compile(r"(?:^|[\s。；;])\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))"
                             r"[^，,。；;:：\d]{1,30}?(?:情况|概况)(?=[\u4e00-\u9fff]{2})")


# A note in brackets closing the words before a figure (收入（含追加）, 支出（不含结转）) or a short word in
# brackets inside a name (因公出国（境）费): neither breaks the label off.
_TRAILING_ASIDE = re.compile(r"[(（][^()（）]{1,20}[)）]$")
# A budget's note saying it holds the year's changes (批复数1,864.20万元（含年中追加）, 预算数（含调整）…): the budget after
# them, the full year's
_WITH_CHANGES = re.compile(r"[(（]\s*(?:含|包含|包括)[^()（）]{0,8}?(?:追加|调整|调增)[^()（）]{0,6}[)）]|[(（]\s*调整后\s*[)）]")
_NAME_WITH_ASIDE = re.compile(r"[^，,、。；;:：()（）！？!?]+[(（][\u4e00-\u9fff]{1,3}[)）][^，,、。；;:：()（）！？!?\d]+$")


def _last_clause(text: str) -> str:
    """``_CLAUSE_BREAK.split(text)[-1]``: the text after its last clause break."""
    m = _UP_TO_CLAUSE.match(text)
    return text[m.end():] if m else text
_TIME_WORDS = re.compile(r"(?:(?:19|20)\d{2}年度?|本年度|本年|全年|当年|年度|上年|其中|主要|包括|以及|和|及|的)+$")
_TIME_WORDS_LAST = frozenset("年度中要括及和的")  # the last characters of _TIME_WORDS' words
_PREV_YEAR = re.compile(r"(?<!加)上年(?!初)度?|去年|上一年度")  # (加上年初结转…: 加上 + 年初, this year's)
_THIS_YEAR = re.compile(r"本年|今年|当年")
# A comparison names the previous year (or another, 与2021年度相比) without the sentence going on about it: 本年支出比
# 上年增加…
_COMPARISON = re.compile(r"(?:比|较|与|同)(?:上年|去年|上一年度|上年度|(?:19|20)\d{2}年度?)(?:同期)?(?:相比)?")
_TIME_PREFIX = r"(?:(?:19|20)\d{2}年度?|本年度|本年|全年|当年|上年度|上一年度|上年|去年)"
_OWN_PREFIX = r"(?:本部门|本单位|部门|单位)"
_LEADING_TIME = re.compile(rf"^{_TIME_PREFIX}+{_OWN_PREFIX}?")  # 2021年部门收入: a year first
_TIME_LEAD = re.compile(rf"^{_TIME_PREFIX}+")
# the unit naming itself (我局, 本单位, 局机关), or by its name before a time word (某县人社局本年度…: a title run into
# the first sentence), before the side it states
_SELF_LEAD = (rf"(?:{'|'.join(sorted(map(re.escape, V.OWN_UNIT_WORDS), key=len, reverse=True))}|(?:我|本|全)(?:局|委|院|办|厅|部门|单位|中心|馆|所|站|队)|(?:局)?机关"
              rf"|[\u4e00-\u9fff]{{2,24}}?(?:局|委员会|委|办公室|院|中心|馆|所|站|政府)(?={_TIME_PREFIX}))")
# (the unit naming itself twice, as a whole then by its level: 我委本级收入合计, 我局机关支出)
_SIDE_PREFIX = re.compile(rf"^{_TIME_PREFIX}*(?:{_SELF_LEAD}){{0,2}}{_TIME_PREFIX}*{_OWN_PREFIX}?")  # 本年收入决算数 / 部门收入决算数 / 我局收入决算
_SUMMED = re.compile(rf"支出(?:{'|'.join(V.SUM_WORDS)})(?:为|是|[:：])?$")


@dataclass
class BudgetFigure:
    item: str
    label: str
    amount_wan_yuan: Decimal
    amount_raw: str
    line_no: int
    fiscal_year: int | None  # None: the report's fiscal year
    # "allocated" / "summed" (共计下达…): a figure read from an allocation of funds, whose item
    # stands only if the report states its budget no other way (see settle_allocations)
    allocation: str | None = None
    tasks_total: bool = False  # the 合计 row of the 年度主要任务 table (see settle_task_totals)
    # the department's budget named as a whole (部门收支总预算…): its item stands only when nothing better
    # states the initial budget (see settle_department_budgets)
    as_a_whole: bool = False
    # a stage of the budget of one source of funds (财政拨款年初预算…，全年执行…): the department's figure only where the
    # page states no budget of the whole (see settle_source_budgets)
    of_source: bool = False


_SUFFIXES: dict[int, tuple] = {}  # id(labels) -> (labels, its labels as a tuple), for str.endswith


def _longest_suffix(text: str, labels) -> str | None:
    cached = _SUFFIXES.get(id(labels))
    if cached is None or cached[0] is not labels:
        words = frozenset(labels)
        cached = _SUFFIXES[id(labels)] = (labels, tuple(labels), words, max(map(len, words), default=0))
    if not text.endswith(cached[1]):
        return None  # one test in C: most windows end in no label
    # the text's own suffixes, longest first, looked up (two labels ending the text with one length
    # are one word): a few set lookups instead of a test of every label
    words = cached[2]
    for size in range(min(cached[3], len(text)), 0, -1):
        if text[-size:] in words:
            return text[-size:]
    return None


_ALL_BUDGET_LABELS = {label: item for item, labels in V.BUDGET_LABELS.items() for label in labels}
_DEPARTMENT_BUDGET_STATEMENTS = frozenset(V.DEPARTMENT_BUDGET_STATEMENTS)
_QUALIFIERS = set(V.ACTUAL_QUALIFIERS) | set(V.BUDGET_QUALIFIERS)


# The last characters of CONNECTOR_RE's words (a test holds them to the pattern): a text ending in
# none of them (nor in a space) has no connector to remove, and the pattern is not run.
CONNECTOR_LAST = frozenset(":：|为是计约到达了共就币")


@lru_cache(maxsize=4096)  # pure: cached, the same labels and windows come back in report after report
def _clean(window: str) -> str:
    s = _QUOTES.sub("", "".join(window.split()))
    return V.CONNECTOR_RE.sub("", s) if s[-1:] in CONNECTOR_LAST or s[-1:].isspace() else s


# A clause opening on a part of the spending (经费, 费) and going on about it (二是编外用工经费占比较高，…), its number a
# list's (一是 / 其中) aside
_CLAUSE_TOPIC = re.compile(r"^(?:[一二三四五六七八九十]是|其中)?(?P<topic>[\u4e00-\u9fff]{2,10}?(?:经费|费))(?=[\u4e00-\u9fff])")


def _clause_topic(head: str) -> str | None:
    """The part of the spending the clause before a label's opens on, ``head`` ending in that clause's break."""
    if not head or head[-1] not in "，,":
        return None
    m = _CLAUSE_TOPIC.match(_last_clause(head[:-1]))
    if m is None or _longest_suffix(m.group("topic"), V.WHOLE_DEPARTMENT) \
            or _TIME_LEAD.sub("", m.group("topic")) in V.OWN_PROJECT_FUNDS:
        return None
    return m.group("topic")


def _explicit_subject(head: str, compound: bool = False) -> tuple[str | None, bool]:
    """The subject written right before a qualifier: (subject, whether any subject text is there)."""
    head = _last_clause(head)
    # the year may stand between the subject and its qualifier (本项目2023年预算资金)
    untimed = _TIME_WORDS.sub("", head) if head[-1:] in _TIME_WORDS_LAST else head
    whole = _longest_suffix(untimed, V.WHOLE_DEPARTMENT)
    if whole:
        return whole, False  # 整体支出年初预算数 / 本项目年初预算数: the report's own subject
    if _TIME_LEAD.sub("", untimed) in V.OWN_PROJECT:
        return head, False  # 项目年初预算数 opening its clause: the project the report is about
    subject = _longest_suffix(head, V.SUBJECTS)
    if subject:
        return subject, True
    rest = _TIME_WORDS.sub("", head)
    side = _SIDE_PREFIX.sub("", rest)
    if side in V.BARE_SUBJECTS:
        return side, True  # 本年收入决算数 / 支出决算数: the department's side
    if (item := _ALL_BUDGET_LABELS.get(side)) in _SIDE_OF:
        return _SIDE_OF[item], True  # 一般公共预算财政拨款支出决算数: a label of the side's total, its figure the side's
    if rest and not V.ORG_SUFFIX.search(rest) and (V.MONEY_NOUN_END.search(rest) or compound):
        # an unknown part (公务接待费预算数, 一般公共服务支出): its figures are `other`
        return rest, True
    return None, False  # 年中 / 经费追加后 / 区信访局: no subject named


# The unit naming itself as a whole (我局, 本单位, 该中心): no part of its own funds
_WHOLE_SELF = re.compile(r"(?:我|本|全|该)(?:局|委|院|办|厅|部门|单位|中心|馆|所|站|队|部|校|场)")
# The unit's own organ or level, a part beside its other units (局机关, 委本级): what OWN_UNIT_WORDS names but the whole
_ORGAN_WORDS = frozenset(w for w in V.OWN_UNIT_WORDS if not w.startswith("全")) | {"机关", "局机关"}
_AMONG = ("其中", "其中:", "其中：")


def _unit_named(name: str) -> bool:
    """``name`` names a unit (县林业站, 疾控中心, 局机关), not the report's unit as a whole (我局, 本单位)."""
    return name in _ORGAN_WORDS or (len(name) >= 3 and V.UNIT_SUFFIX.search(name) is not None
                                    and not any(name.endswith(w) for w in V.NOT_UNIT_END)
                                    and _WHOLE_SELF.fullmatch(name) is None)


def _unit_among(head: str) -> str | None:
    """The unit named after 其中 right before a side's figure (…，其中疾控中心全年支出 / 其中：县林业站支出): one of the
    department's units, whose figure is its own, no whole; else None."""
    if "其中" not in head:
        return None
    clause = _last_clause(head)
    before = head[: len(head) - len(clause)]
    if clause.startswith("其中"):
        clause = clause[2:]
    elif not before.endswith(_AMONG[1:]):
        return None
    untimed = _TIME_WORDS.sub("", clause) if clause[-1:] in _TIME_WORDS_LAST else clause
    return untimed if _unit_named(untimed) else None


def _subject_item(subject: str) -> str | None:
    """The item a subject's actual figure is: a part's code, or a side's total (收入决算数)."""
    if subject in V.SUBJECTS:
        return V.SUBJECTS[subject]
    return V.BARE_SUBJECTS.get(subject)


_SIDE_OF = {item: side for side, item in V.BARE_SUBJECTS.items()}
_WHOLE_BUDGETS = frozenset(("budget_initial", "budget_adjustment", "budget_full_year"))
# The year's spending named by its time (全年支出, 本年支出): a part's when the part is named right before it
_TIMED_SPENDING = frozenset(t + "支出" for t in ("全年", "本年", "本年度", "年度", "当年"))
_FUNDS_SPENDING = frozenset(V.FUNDS_SPENDING)
_FUNDS_SPENDING_LABELS = tuple(V.FUNDS_SPENDING)


def _year_led(head: str) -> bool:
    """The clause before a qualifier is a year and nothing else (本年度, 2019年部门, 当年单位), not last year's."""
    clause = _last_clause(head)
    m = _LEADING_TIME.match(clause) if clause else None
    return m is not None and m.end() == len(clause) and _PREV_YEAR.search(clause) is None


# A bare side after a time word or the unit naming itself, then a verb of getting or spending at most (2020年收入,
# 上年度支出, 我局共取得收入, 全年实现支出, 局机关共计收入): the year's total. (A verb alone, 累计支出, is whatever the
# sentence is about.)
_LED_SIDE = re.compile(rf"(?:{_TIME_PREFIX}|{_SELF_LEAD}|{_OWN_PREFIX})+(?:共计|共|累计)?(?:实现|取得|获得|完成)?"
                       r"(?P<side>收入|支出)")
# The year's end as the time of a spending (截至年底支出…, 截止2020年12月31日，支出…, 到年末共支出…): what was spent by then
# is the year's spending, as after 全年; read where no part or fund of its own is the sentence's subject.
_YEAR_END_SPENT = re.compile(r"[,，、]?(?:截至|截止到?|至|到)(?:(?:19|20)\d{2}年度?(?:底|末|12月31日|12月底|12月末)|年底|年末"
                             rf"|12月31日|12月底|12月末)[,，]?(?:{_TIME_PREFIX}|{_SELF_LEAD}|{_OWN_PREFIX})*"
                             r"(?:共计|共|累计)?(?:实现|完成)?支出")
_YEAR_END_WORDS = ("底", "末", "12月31日")  # (what every _YEAR_END_SPENT holds)
# Funds spent in full, then the sum spent as a bare 支出 (该项资金已全部支出，支出85万元): the spending of those funds
# (the owner: the words before, a part of the spending or a unit they name no total's)
_SPENT_IN_FULL = re.compile(r"(?P<owner>[^，,。；;:：、]*?)(?:均|都)?(?:已经|已|均已)(?:全部|全额)(?:支出|支付)(?:完毕)?[,，]支出$")
_SPENT_IN_FULL_PARTS = tuple(k for k in V.SUBJECTS if k not in ("专项资金", "专项经费", "项目", "任务"))


def _year_led_side(clause: str) -> str | None:
    """``2020年收入`` / ``上年度支出`` / ``我局共取得收入``: a bare side led by time and self words (a verb after them at
    most) is the year's total."""
    if not clause.endswith(("收入", "支出")):
        return None
    m = _LED_SIDE.fullmatch(clause)
    return m.group("side") if m is not None else None


_USED = ("使用", "动用", "利用", "调用")  # (what the year did with a balance brought forward: spent some of it)


# (pure, its answer immutable: cached, as the same few words stand before the figures of many reports)
@lru_cache(maxsize=4096)
def classify_label(window: str, sentence_subject: str | None) -> tuple[str, str, str | None]:
    """Map the text before a number to (item, label, subject now in scope)."""
    # 支出共计: checked before the connectors go
    summed = "支出" in window and _SUMMED.search("".join(window.split())) is not None
    if "调" in window and (adjusted := _adjusted_to(window, sentence_subject)) is not None:
        return adjusted
    text = _clean(window)
    if "年初" in text and ("较" in text or "比" in text) and _over_initial(text) is not None:
        return "budget_adjustment", _last_clause(text), sentence_subject  # 调整后预算较年初增加…: the year's change
    if ("级" in text or "中央" in text) and (level := _LEVEL_IN_BUDGET.search(text)) is not None:
        text = text[: level.start("level")] + text[level.end("level"):]  # 全年县级预算…: the year's budget (the level's)
    if text[-1:] in ")）" and (aside := _TRAILING_ASIDE.search(text)) is not None:
        text = _clean(text[:aside.start()])  # 财政拨款收入（含追加）1200万元: the note in brackets is no part of the label
        if _WITH_CHANGES.fullmatch(aside.group(0)) is not None:
            item, label, subject = classify_label(text, sentence_subject)
            return _with_changes(item, label), label, subject  # 预算批复数（含年中追加）…: the full year's
    label = _longest_suffix(text, _ALL_BUDGET_LABELS)
    if label == "总收入" and len(text) > len(label) and _area_economy(text[: -len(label)]):
        return "other", _last_clause(text), sentence_subject  # 实现旅游总收入…: an area's economy, no unit's income
    if label:
        item = _ALL_BUDGET_LABELS[label]
        if item == "carryover_begin" and text[: -len(label)].endswith(_USED):
            # 执行数超出预算系动用上年结转资金3万元, 含使用上年结转资金57.40万元: the part of the balance used, not the balance
            return "other", text[-len(label) - 2:], sentence_subject
        part = _summed_part(text) if item in _SIDE_OF else None
        if part:
            return V.SUBJECTS[part] or "other", text[text.rindex(part):], part  # 三公经费支出合计: the part's sum
        if item in _SIDE_OF and len(text) > len(label) and label.endswith(_SUMS) \
                and (owner := _sum_owner(text, label)) is not None:
            return owner  # 培训费支出合计 / 事业收入合计: the sum of what the words before it name
        # (a part named before a whole budget's or the funds' spending makes them the part's)
        if (item in _WHOLE_BUDGETS or label in _FUNDS_SPENDING) and len(text) > len(label):
            part, named = _explicit_subject(text[: -len(label)])
            if named:
                return "other", part + label, part  # 基本支出追加预算50万元: a part's budget, not the department's
            if label in _FUNDS_SPENDING and (source := _TIME_LEAD.sub("", _last_clause(text[: -len(label)]).removeprefix("其中"))) \
                    in V.OTHER_FUNDS_SOURCES:
                return "other", source + label, sentence_subject  # 其他资金支出…: that source's share of the spending
        if item in _SIDE_OF and len(text) > len(label) and (unit := _unit_among(text[: -len(label)])) is not None:
            return "other", unit + label, unit  # 其中疾控中心全年支出 / 其中局机关支出合计: that unit's, a part
        if label in _TIMED_SPENDING and len(text) > len(label):
            part, named = _explicit_subject(text[: -len(label)])
            if named and part in V.SUBJECTS:
                # “三公”经费全年支出4.85万元: the named part's spending in the year, not the department's
                return V.SUBJECTS[part] or "other", part + label, part
            if not named and sentence_subject is None and (topic := _clause_topic(text[: -len(label)])) is not None:
                # 二是编外用工经费占比较高，全年支出约1,530万元: the part the clause before opens on, stating no figure of
                # its own, is what was spent
                return V.SUBJECTS.get(topic) or "other", topic + label, topic
        if item in _WHOLE_BUDGETS and sentence_subject is None:
            # 整体支出年初预算数…，执行数…: the spending of that budget (全年预算收入合计…，决算数…: the income's)
            return item, label, "收入" if "收入" in label else "支出"
        return item, label, _SIDE_OF.get(item, sentence_subject)  # 本年收入…，支出…: the other side follows
    clause = _last_clause(text)
    if ("追加" in clause or "调增" in clause or "调减" in clause or "追减" in clause) \
            and _CHANGED_IN_YEAR.fullmatch(clause) is not None and not any(p in clause for p in _PART_NAMES):
        # 年中追加中央资金… / 年内追加省级补助资金… / 年中根据…追加… / 年中调减…: the year's adjustment (a cut: negative,
        # see _scan), the funds added named after the verb (a subject with no code, 专项资金, names them, no part)
        return "budget_adjustment", clause, sentence_subject
    subject = _longest_suffix(text, V.SUBJECTS)
    if subject:
        return V.SUBJECTS[subject] or "other", subject, subject
    side = _year_led_side(clause)
    if side:
        return V.BARE_SUBJECTS[side], clause, side
    if text.endswith("支出") and any(w in text for w in _YEAR_END_WORDS) and (
            sentence_subject is None or sentence_subject in V.BARE_SUBJECTS) and _YEAR_END_SPENT.fullmatch(text):
        return "expenditure_total", text.lstrip(",，、"), "支出"  # 截至年底支出… / 截至年底，支出…: the year's spending
    if text.endswith("支出") and "全" in text and (sentence_subject is None or sentence_subject in V.BARE_SUBJECTS) \
            and (spent := _SPENT_IN_FULL.search(text)) is not None \
            and not any(p in (owner := spent.group("owner")) for p in _SPENT_IN_FULL_PARTS) and _unit_among(owner) is None:
        return "expenditure_total", "支出", "支出"  # 该项资金已全部支出，支出…: the funds' spending, in full
    if clause in V.CLAUSE_BUDGET_LABELS:
        return V.CLAUSE_BUDGET_LABELS[clause], clause, sentence_subject
    if clause in _ADJUSTED_BUDGET_CLAUSES:
        return "other", clause, sentence_subject  # 调整预算253.18万元: which it is, the sums tell (settle_adjusted_budgets)
    if sentence_subject == "收入" and clause in V.INCOME_BREAKDOWN_SOURCES:
        return V.INCOME_BREAKDOWN_SOURCES[clause], clause, sentence_subject  # 总收入…，其中财政拨款…
    if clause.endswith(("资金", "资金总额", "资金总计", "经费")) and _TIME_LEAD.sub("", clause) in V.OWN_PROJECT_FUNDS:
        return "budget_full_year", clause, "支出"  # 项目资金85万元，其中…: the project's funds for the year
    qualifier = _longest_suffix(text, _QUALIFIERS)
    if qualifier:
        head = text[: -len(qualifier)]
        # a bare 支出 glued to other words is part of a noun (一般公共服务支出), not a qualifier;
        # summed up (财政安排支出共计…) it is the spending itself
        if (unit := _unit_among(head)) is not None:
            return "other", unit + qualifier, unit  # 其中疾控中心支出… / 其中县林业站年初预算数…: that unit's, a part
        compound = qualifier in ("支出", "支出数") and not summed
        if qualifier not in _BARE_SPENDING and (source := _funding_source(head)) is not None:
            # 财政拨款年初预算… / 全年财政拨款实际执行…: the source of the funds named, the stage decides (whether it is
            # the department's figure, settle_source_budgets tells)
            explicit, named = source, False
        else:
            explicit, named = _explicit_subject(head, compound=compound)
        subject = explicit if named else sentence_subject
        if subject == "收入" and "支出" in qualifier:
            # 年初预算收入…，决算支出…: the qualifier names its own side; 收入…，支出…: a bare 支出
            # opening its clause after the income is the spending side
            opens_clause = not named and qualifier in ("支出", "支出数") and not _last_clause(head)
            subject = "支出" if opens_clause else None
        whole = explicit is not None and not named  # 整体支出年初预算数 / 合计
        label = (explicit or "") + qualifier if explicit else qualifier
        if qualifier in V.BUDGET_QUALIFIERS:
            # a side in scope (收入合计…，年初预算数…) is the department's: its budget is the department's; so is
            # a bare budget led only by the year it is of (本年度预算安排…, 2019年部门预算数…)
            if whole or ((subject is None or subject in V.BARE_SUBJECTS)
                         and (qualifier in V.STANDALONE_BUDGET or (not named and _year_led(head)))):
                # the whole's budget puts its spending in scope: 项目预算数50万元，执行数48.5万元
                # (收入年初预算安排…，决算数…: the side named before the budget stays in scope)
                side = explicit if named and explicit in V.BARE_SUBJECTS else sentence_subject or "支出"
                return V.BUDGET_QUALIFIERS[qualifier], label, V.QUALIFIER_SUBJECTS.get(qualifier, side)
            return "other", label, subject if named else sentence_subject
        item = _subject_item(subject) if subject else None
        if item:
            return item, label, subject
        standalone = qualifier in V.STANDALONE_ACTUAL or (summed and qualifier == "支出")
        if subject is None and (whole or standalone):
            return "expenditure_total", label, sentence_subject
        return "other", label, subject if named else sentence_subject
    if clause.endswith(_SUMS) and (part := _summed_part(clause)) is not None:
        return V.SUBJECTS[part], clause[clause.rindex(part):], part  # 三公经费合计 / 人员经费总额: the part's sum
    if len(clause) < len(text) and (named := _NAME_WITH_ASIDE.search(text)) is not None:
        clause = named.group(0)  # 因公出国（境）费: a name with a word in brackets inside, whole
    return "other", clause[-30:], sentence_subject


# The verbs of earning before a total (实现旅游总收入, 全年共取得…): no part of what earned it
_EARNING_LEAD = re.compile(r"(?:共计|共|累计)?(?:实现|取得|获得|完成)?$")
# Words of the unit's own accounts (预算总收入, 单位总收入, 财政拨款总收入): the words before 总收入 naming its funds
_OWN_ACCOUNT_WORDS = ("预算", "决算", "部门", "单位", "本级", "机关", "财政", "拨款", "资金", "经费", "年")


def _area_economy(head: str) -> bool:
    """The words before 总收入 (``head``, the clause's) name an activity of an area's economy (旅游, 全县旅游, 农村经济):
    no unit (医院, 本局), no time, no word of the unit's own accounts."""
    clause = _last_clause(head).removeprefix("其中")
    clause = clause[: _EARNING_LEAD.search(clause).start()]
    rest = _SIDE_PREFIX.sub("", clause)
    return len(rest) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in rest) and V.UNIT_SUFFIX.search(rest) is None \
        and not any(w in rest for w in _OWN_ACCOUNT_WORDS)


# The year's budget set against the one it opened with (调整后预算较年初增加…, 全年预算数比年初预算减少…): the figure is
# the change, the year's adjustment (a fall, negative); a part's budget so (三公经费预算较年初…) is none
_OVER_INITIAL = re.compile(r"(?:调整后的?(?:全年)?)?预算(?:数|总额|资金)?(?:较|比)年初(?:预算(?:数|总额|资金)?)?(?:相比)?"
                           r"(?:共|净|累计)?(?:(?P<up>增加|调增|追加|增长|增)|(?P<down>减少|调减|核减|下降|减))了?")


def _over_initial(text: str) -> re.Match | None:
    """The match of _OVER_INITIAL on the clause ending ``text`` (its time words aside), else None."""
    return _OVER_INITIAL.fullmatch(_TIME_LEAD.sub("", _last_clause(text)))


def _with_changes(item: str, label: str) -> str:
    """The item of a budget whose note says it holds the year's changes: the initial budget's words (预算数, 批复数) then
    name the full year's, unless they say 年初."""
    return "budget_full_year" if item == "budget_initial" and "年初" not in label else item


def _funding_source(head: str) -> str | None:
    """The source of funds a qualifier's clause names alone before it (财政拨款年初预算, 其中：财政拨款全年预算数,
    全年财政拨款实际执行: 财政拨款); else None."""
    if not head.endswith(_SOURCE_LAST):
        return None  # (every source's word ends so: most heads are done here)
    clause = _TIME_LEAD.sub("", _last_clause(head).removeprefix("其中"))
    return clause if clause in V.FUNDING_SOURCE_SUBJECTS else None


_BARE_SPENDING = ("支出", "支出数")  # (财政拨款支出 is a label of the spending's own, 财政拨款支出数 a part's figure)
_SOURCE_LAST = tuple(sorted({w[-1] for w in V.FUNDING_SOURCE_SUBJECTS}))
# The stages of the budget a source's figure may state, and the words that name the whole's own (a figure with one in its
# label after a source's is the whole's again: 财政拨款年初预算…，部门全年预算…)
_SOURCE_STAGES = frozenset(("budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total"))
_WHOLE_WORDS = ("部门", "整体", "单位", "总", "合计")


# A level of government between the time and the budget (全年县级预算, 年初市级预算数): the year's budget of the funds
_LEVEL_IN_BUDGET = re.compile(r"(?:年初|全年)(?P<level>中央|省级|市级|州级|县级|区级|旗级|乡级|镇级|本级)预算[^，,、。；;:：]{0,4}$")
# A clause adding to the budget in the year, what for named between (年中追加第五次经济普查经费等预算…, 年中追加普查经费
# 等…): the adjustment, unless a part is named (年中追加项目支出预算: the part's) or the budget after it (追加经费后全年预算数)
# (or what funds: 年中追加中央资金, 年内追加省级补助资金, the time word and the reason before the verb: 年中根据承保规模追加…;
# a cut the same way, 年中调减 / 年中调减预算)
_CHANGED_IN_YEAR = re.compile(r"(?:(?:年中|年内|年度中)[^，,；;。:：]{0,16}?)?(?:追加|调增|调减|追减)"
                              r"(?:(?:(?!全年|年初|后)[^，,；;。:：]){0,24}?(?:预算(?:资金|数)?|等|资金|经费))?")
_PART_NAMES = tuple(name for name, item in V.SUBJECTS.items() if item)
_SUMS = (*V.SUM_WORDS, "总额")
_SUM_TAIL = re.compile(rf"(?:{'|'.join(_SUMS)})$")
# A budget changed to a figure (预算调整为95万元 / 调整预算至95万元 / …年初预算80万元，年中调整为95万元): the year's
# budget after the change. Without 预算 in its clause only right after the whole's budget (the spending side in scope).
_ADJUSTED_TO = re.compile(r"(?:(?P<budget>预算(?:数|资金)?)?(?:年中|年内|年底|后|经)*(?:调整为|调整至|调整到|调增至|调减至|调整后为?)"
                          r"|(?P<verb_first>(?:调整|调增|调减)预算(?:数|资金)?(?:为|至|到)))$")


def _adjusted_to(window: str, sentence_subject: str | None) -> tuple[str, str, str | None] | None:
    clause = _last_clause(_QUOTES.sub("", "".join(window.split())))
    m = _ADJUSTED_TO.search(clause)
    if m is None or (m.group("budget") is None and m.group("verb_first") is None
                     and (m.start() > 0 or sentence_subject not in V.BARE_SUBJECTS)):
        return None
    subject, named = _explicit_subject(clause[: m.start()])
    if named:
        return "other", clause, subject  # 基本支出预算调整为…: the part's (and what follows is the part's)
    return "budget_full_year", m.group(0), "支出"


_JOINERS = ("和", "与", "及", "、")  # parts named together before a sum (基本支出和项目支出合计): the whole's
_SUM_OWNER_MAX = 8  # the longest part's name before a side's sum (政府性基金, 一般公共预算)
# The unit naming itself (我镇, 本单位, 我局) before the general budget it sums the income of
_SELF_SOURCE = re.compile(r"(?:我|本)(?:镇|乡|街道|局|委|院|办|厅|部门|单位|中心)"
                          rf"(?P<source>{'|'.join(V.GENERAL_BUDGET_SOURCES)})")
# What may stand before a side's sum and leave it the department's (2023年度部门支出合计, 我局收入总额,
# 项目资金支出总额: the report's own; 2023年 and 部门 as _SIDE_PREFIX takes them)
_WHOLE_HEAD = re.compile(r"(?:我|本|全)(?:局|委|院|办|部门|单位)|(?:局)?机关|整体|部门整体|单位整体|年度|资金|经费|项目资金|项目经费")


def _sum_owner(text: str, label: str) -> tuple[str, str, str | None] | None:
    """A side's sum (支出合计, 收入总额) after words naming what it sums: a label of the side's own (财政拨款收入合计,
    一般公共预算支出合计: that figure); a part (项目支出总额, 三公经费支出总额: the part's); other words (培训费支出合计,
    事业收入合计, 资本性支出合计: some of the side, ``other``). None where the words are the report's own (time,
    the unit, the project)."""
    sum_word = next(w for w in _SUMS if label.endswith(w))
    core = _last_clause(text[: -len(sum_word)])
    base = label[: -len(sum_word)]  # (支出, 年度支出, 本年收入: the label's words before its sum)
    head = core.removesuffix(base)
    if base.endswith("收入") and head.endswith(V.GENERAL_BUDGET_SOURCES) and (
            source := _SELF_SOURCE.fullmatch(_TIME_LEAD.sub("", head))) is not None:
        return "income_total", source.group("source") + base + sum_word, "收入"  # 我镇一般公共预算收入总计: the unit's
    head = _SIDE_PREFIX.sub("", _TIME_WORDS.sub("", head) if head[-1:] in _TIME_WORDS_LAST else head)
    if not head or _WHOLE_HEAD.fullmatch(head) or V.ORG_SUFFIX.search(head) is not None \
            or len(head) > _SUM_OWNER_MAX or any(ch.isdigit() for ch in head) or head.endswith(_HEADING_WORDS):
        # (a long run of words before the sum: headings run into the sentence, no part's name; a heading's word, 支出情况
        # 本年支出合计…: a table's label cell run into the cell after it)
        return None
    own = _longest_suffix(core, _ALL_BUDGET_LABELS)
    if own is not None and len(own) > len(base):
        return _ALL_BUDGET_LABELS[own], core[-len(own):] + sum_word, _SIDE_OF.get(_ALL_BUDGET_LABELS[own])
    for stem in (core, core.removesuffix("支出")):
        if (part := _longest_suffix(stem, V.SUBJECTS)) is not None:
            if stem[: -len(part)].endswith(_JOINERS):
                return None  # 基本支出和项目支出合计: the parts together, the side's whole
            return V.SUBJECTS[part] or "other", core[core.rindex(part):] + sum_word, part
    return "other", (core + sum_word)[-30:], None


def _summed_part(text: str) -> str | None:
    """The part a sum label adds up (``三公经费支出合计`` / ``基本支出总额`` / ``三公经费合计``: 三公经费 / 基本支出), or
    None for a side's total (支出合计, 本年支出合计, 部门支出合计), for parts summed together (基本支出和项目支出合计)
    and for a subject with no item of its own (专项资金合计)."""
    core = _SUM_TAIL.sub("", text)
    if core == text:
        return None
    heads = (core, core.removesuffix("支出"))
    if any(_longest_suffix(h, V.WHOLE_DEPARTMENT) for h in heads):
        return None
    for h in heads:
        part = _longest_suffix(h, V.SUBJECTS)
        if part and V.SUBJECTS[part]:
            return None if h[: -len(part)].endswith(_JOINERS) else part
    return None


_CURRENT = 0  # a window naming the report's own year (本年…): ends the scope of another year
# A year, not a date: 截至2024年3月底 says when, not which year's funds.
_YEAR_NOT_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})年(?!\d{1,2}月)")


@lru_cache(maxsize=4096)  # pure, cached as classify_label is
def _figure_year(window: str) -> int | None:
    """The year a window names for its figure: a year, -1 (the year before the report's), _CURRENT
    or None; the last one written counts (上年…，本年… is this year)."""
    if "年" not in window:
        return None  # every year word has 年: most windows are done here
    text = _COMPARISON.sub("", "".join(window.split()))
    for label in V.OWN_YEAR_LABELS:  # 上年结转: this year's opening balance, not last year's figure
        text = text.replace(label, "")
    found = [(m.start(), -1) for m in _PREV_YEAR.finditer(text)]
    written = list(_YEAR_NOT_DATE.finditer(text))
    # (a year's own label after it, 2022年本年收入 / 2022年度本年支出: the year written, 本年 a word of the label)
    ends = {m.end() + (1 if text.startswith("度", m.end()) else 0) for m in written}
    found += [(m.start(), _CURRENT) for m in _THIS_YEAR.finditer(text) if m.start() not in ends]
    found += [(m.start(), int(m.group("year"))) for m in written]
    return max(found)[1] if found else None


def figure_year(label: str) -> int | None:
    """The year a label names for its figure (a table cell's, 上年收入合计…): a year, -1 (the year before the report's)
    or None for the report's own year."""
    year = _figure_year(label)
    return None if year == _CURRENT else year


# A table cell holding running text (a whole section written into one cell) is read as text: it is
# long and has a sentence mark or two clause commas (not thousands separators).
def narrative_figures(doc: Document, own_title: str | None = None, own_names: tuple[str, ...] = ()) -> list[BudgetFigure]:
    """The money figures of the running text; ``own_title``: the title of a project's report, whose fund named in a
    sentence (某某补贴资金年初预算数…) is the report's own project; ``own_names``: the project's name as its form's
    项目名称 cell writes it (a part's word in it, 某某公用经费保障资金, names the project in its sentences)."""
    out: list[BudgetFigure] = []
    declared: str | None = None  # （金额单位：元） on its own line: the unit of the bare amounts after it
    for para in prose_paragraphs(doc):
        if declared is not None and _SECTION_OPENS.match(para.text):
            declared = None  # (the declaration holds to the next section)
        if "单位" in para.text and (d := _UNIT_LINE.match(para.text)) is not None:
            declared = d.group("unit")
            continue
        # every money unit (元, 万元, 亿元) ends in 元: most paragraphs have none (nor an amount in 万 or 亿 alone)
        if "元" in para.text or (declared is not None and (":" in para.text or "：" in para.text)) \
                or ("万" in para.text or "亿" in para.text) and _WAN_ALONE.search(para.text) is not None \
                or "¥" in para.text:
            text = para.text
            if ("元)" in text or "元）" in text) and _UNIT_IN_BRACKETS.search(text) is not None:
                text = _UNIT_IN_BRACKETS.sub(_unbracketed, text)
            if "¥" in text and YUAN_SIGN_RE.search(text) is not None:
                text = YUAN_SIGN_RE.sub(signed_yuan, text)
            if " " in text and _SPLIT_THOUSANDS.search(text) is not None:
                text = _SPLIT_THOUSANDS.sub(_joined_thousands, text)
            # (a find per letter first, each in C: the pattern opens with a digit, tried at every one)
            if ("O" in text or "o" in text or "l" in text or "I" in text) and _OCR_LETTERS.search(text) is not None:
                text = _MISREAD_AMOUNT.sub(lambda m: m.group(0).translate(_AS_DIGITS), text)
            out.extend(_scan(text, para.line_at, para.text, declared, own_title, own_names))
    return out


_UNIT_LINE = re.compile(r"^\s*[(（]?\s*(?:金额|资金)?单位\s*[:：]\s*(?P<unit>亿元|万元|千元|元)\s*[)）]?\s*$")
_SECTION_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章部分节])")
_SECTION_FIRST = frozenset("一二三四五六七八九十第 \t")  # (what a line _SECTION_OPENS matches opens with)
# Under a declared unit, an amount written bare after its label's colon (本年收入合计：3,562,418.90，…).
_MONEY_OR_BARE = re.compile(
    rf"{MONEY_RE.pattern}|[:：]\s*(?P<bare>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d.])(?=[ \t]*(?:[，。；;\n]|,(?!\d)|$))")  # (a comma before digits is the number's own)


# A label's unit in brackets before its colon (年初预算（万元）：450；全年执行（万元）：472.8): the amount after
# the colon is in that unit. Read only in a paragraph writing such a bracket.
_BRACKETED_AMOUNT = (r"[(（]\s*(?P<bunit>亿元|万元|千元|元)\s*[)）]\s*[:：]\s*"
                     r"(?P<bnum>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.%])")
_BRACKETED_UNIT = re.compile(r"元\s*[)）]\s*[:：]")
_MONEY_OR_BRACKETED = re.compile(rf"{MONEY_RE.pattern}|{_BRACKETED_AMOUNT}")
_ALL_AMOUNTS = re.compile(rf"{_MONEY_OR_BARE.pattern}|{_BRACKETED_AMOUNT}")


# An amount in 万 or 亿 with 元 left unsaid (年初预算5,268.3万，全年预算8,912.6万): read as 万元 / 亿元 where a label of
# the funds stands before it (3.2万亩, 1,320万人次 have their unit; a bare 万 after other words is dropped).
_WAN_ALONE = re.compile(rf"(?P<wnum>{NUMBER_AT_START})\s*(?P<wunit>万|亿)(?=[ \t]*(?:[，,。；;、:：()（）\n]|$))")


@lru_cache(maxsize=None)  # (four patterns at most: _scan's choices of amounts)
def _with_wan_alone(amounts: re.Pattern) -> re.Pattern:
    """``amounts`` also matching an amount in 万 or 亿 alone (its groups ``wnum``, ``wunit``)."""
    return re.compile(f"{amounts.pattern}|{_WAN_ALONE.pattern}")


# An amount with its unit in brackets after it (1,200,000.00（元）, 58.60(万元)): the figure in that unit, as if written
# 1,200,000.00元 (the unit moved to the bracket's end, so the text keeps its offsets and the raw figure its bracket). A
# year before a bracketed unit is a column's heading (2022(万元)), no figure. (The digit first: see NUMBER_AT_START.)
_UNIT_IN_BRACKETS = re.compile(r"(?P<num>\d(?<![\d.,].)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?)"
                               r"(?P<bracket>\s*[(（]\s*(?P<unit>亿元|万元|千元|元)\s*[)）])")
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")


def _unbracketed(m: re.Match) -> str:
    if _YEAR_ALONE.fullmatch(m.group("num")):
        return m.group(0)
    return m.group("num") + m.group("unit").rjust(len(m.group("bracket")))


# An amount whose thousands a space splits (2 436.18万元, 1, 652.38万元: a space for the separator, or OCR)
_SPLIT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:\s?,\s?|\s)\d{3})+(?:\.\d+)?(?=\s*(?:亿元|万元|千元|元))")


# An amount OCR wrote with a letter for a digit (1,2O6.35万元, 8O4.11万元, l,198.02元): O for 0, l or I for 1.
_OCR_LETTERS = MISREAD_LETTER_GATE_RE
_MISREAD_AMOUNT = re.compile(
    r"(?<![A-Za-z\d.,])(?=[\dOolI,.]*\d)(?=[\d,.]*[OolI])[\dOolI][\dOolI,.]*(?<=[\dOolI])(?=\s*(?:亿元|万元|千元|元))")
_AS_DIGITS = AS_DIGITS


def _joined_thousands(m: re.Match) -> str:
    """The amount with commas for separators, as long as it was written (the spaces left go between it and
    its unit, so the text keeps its offsets)."""
    whole, _, decimals = m.group(0).partition(".")
    joined = ",".join(re.split(r"\s?,\s?|\s", whole)) + ("." + decimals if decimals else "")
    return joined + " " * (len(m.group(0)) - len(joined))


def _scan(text: str, line_at, written: str | None = None, declared: str | None = None,
          own_title: str | None = None, own_names: tuple[str, ...] = ()) -> list[BudgetFigure]:
    """The money figures of a run of text, each labelled by the words since the previous one (``written``:
    the text as written, when ``text`` has its amounts mended; the same length, for the raw figures;
    ``declared``: the unit declared for bare amounts after a label's colon)."""
    written = text if written is None else written
    out: list[BudgetFigure] = []
    sentence: list[tuple[BudgetFigure, str]] = []  # the current sentence's figures and their windows
    subject: str | None = None
    year_scope: int | None = None  # 上年… / 2021年…: the sentence goes on about that year
    prev_end = 0
    capped = False  # the sentence stated a cap (…控制在60万元以内): its bare 实际支出 is that cost's
    per_head_unit: str | None = None  # the unit of a figure per head the sentence stated (标准每人每月730元)
    budget_parts = False  # the figure before was a part of the sentence's budget (…，其中基本支出…，项目支出…)
    queued: list[str] = []  # the names of a list read respectively (A、B分别为…) whose figures are still to come
    listed_years: list[str] | None = None  # the years the sentence listed figures by (2022年、2023年收入分别为…)
    budgeted: list[str] = []  # the windows of the whole's budget figures naming funds (年中追加某级补贴资金…)
    listed_fund = False  # the sentence opens an item of a numbered list of funds (2.某某补助资金：…): its figures are the fund's
    bracketed = "元" in text and _BRACKETED_UNIT.search(text) is not None
    amounts = (_MONEY_OR_BRACKETED if bracketed else MONEY_RE) if declared is None \
        else (_ALL_AMOUNTS if bracketed else _MONEY_OR_BARE)
    wan = ("万" in text or "亿" in text) and _WAN_ALONE.search(text) is not None
    if wan:
        amounts = _with_wan_alone(amounts)
    for m in amounts.finditer(text):
        window = text[prev_end: m.start()]
        last_break = _UP_TO_SENTENCE.match(window)  # up to the last sentence break in the window
        side_before = False  # the sentence before spoke of the whole (收入…，其中…；支出…)
        if last_break:
            _check_totals(sentence)
            _check_adjustments(sentence)
            side_before = subject in V.BARE_SUBJECTS or subject is None and bool(sentence) and all(
                f.item != "other" for f, _ in sentence)
            subject, year_scope, sentence, capped, budget_parts = None, None, [], False, False
            per_head_unit = None
            listed_fund = False
            listed_years = None
            window = window[last_break.end():]
        if " " in window and (opens := _YEAR_OPENS_CLAUSE.search(window)) is not None:
            window = window[opens.end():]  # 二、预算收支情况 2020年收入…: a heading run into its first sentence
        elif any(w in window for w in _HEADING_WORDS) and (opens := _HEADING_RUN_IN.search(window)) is not None:
            window = window[opens.end():]  # 二、项目资金投入和使用情况 项目年初预算…
        if queued and _LIST_GAP.fullmatch(window) is not None:
            window = queued.pop(0)  # …分别为500万元、150万元: the next figure is the next name's
        elif "分别" in window and (listed := _respective_names(window, listed_years)) is not None:
            window, queued, listed_years = listed
        else:
            queued = []
        both = None  # 年初预算和全年预算均为618万元: the second label the same figure is also
        if ("均" in window or "都" in window) and (pair := _BOTH.search(window)) is not None:
            window, both = window[: pair.start()], pair.group("b")
        if not sentence and subject is None and window[:1] in _LIST_ITEM_FIRST \
                and (item_of := _LISTED_FUNDS_OPENS.match(window)) is not None \
                and not (own_title and item_of.group("stem") in own_title) \
                and item_of.group("stem") + item_of.group("end") not in V.SUBJECTS:
            # an item of a numbered list of projects or funds (2.某某补助资金：全年预算…，全年支出…), unless it names the
            # report's own: every figure of its sentence is the fund's
            subject, listed_fund = "项目", True
        elif not sentence and subject is None and _NAMED_PROJECT_OPENS.search(window):
            subject = "项目"  # 小型水库除险加固项目：预算安排…，实际支出…: the sentence is about a project, a part
        compared = _compared_figure(window, subject, sentence) if _COMPARED_GATE.search(window) else None
        paid_out = False
        if compared is not None:
            item, label, compared_year = compared  # (the sentence's subject stays: it goes on about this year)
        else:
            before = subject
            item, label, subject = classify_label(window, subject)
            if own_title and item == "other" and subject and (own := _own_fund(subject, own_title, window)) is not None:
                # 2022年度某某补贴资金年初预算数… in the report on that fund: the project's own budget, as 本项目's
                said = window if own in window else "".join(window.split())
                item, label, subject = classify_label(said.replace(own, _OWN_PROJECT_WORD), before)
            if own_names and item in _SPENT_PARTS and subject in V.SUBJECTS and any(subject in n for n in own_names):
                # (a project's report) 全年拨付公用经费… on the project 某某公用经费保障资金: the part's word is the project's
                # name, short, no part of a department's spending
                said = window if subject in window else "".join(window.split())
                item, label, subject = classify_label(said.replace(subject, _OWN_PROJECT_WORD), before)
            if own_title and item == "expenditure_project" and label == "项目支出" and not any(
                    f.item == "expenditure_basic" for f, _ in sentence) \
                    and _TIME_LEAD.sub("", _last_clause(_clean(window))) == "项目支出":
                item = "expenditure_total"  # (a project's report) 截至年底，项目支出…: the project's spending, no part
            if own_title and item == "other" and _PAID_OUT_GATE.search(window) is not None \
                    and _PAID_OUT.fullmatch(clause := _last_clause(_clean(window))) is not None:
                # (a project's report) 已通过…发放补贴资金… / 实际拨付…资金…: its spending, where no other figure states it
                item, label, paid_out = "expenditure_total", clause, True
        if listed_fund and item != "other":
            item = "other"
        several = None
        if item == "other" and not listed_fund and ("项" in window or "上述" in window or "以上" in window) \
                and (several := _several_total(window)) is not None:
            # 5个项目年度预算合计… / 两项资金合计下达…，支出… / 上述资金已支出…: the sum over the projects or funds the
            # report covers is the report's own (the budget summed; the spending after it the whole's)
            item, label = several
            subject = "支出"
        if item == "other" and subject and label.endswith(_FUNDS_SPENDING_LABELS) and (funds := subject + "资金") \
                and any(funds in w for w in budgeted):
            # 年中追加县级补贴资金38.6万元，…；县级补贴资金支出253.6万元: the spending of the funds the paragraph
            # budgeted as the whole's, no part
            item = "expenditure_total"
        if item == "other" and "结转" in text[m.end(): m.end() + 8] \
                and "".join(text[m.end(): m.end() + 12].split()).startswith(V.CARRIED_FORWARD_AFTER) \
                and _last_clause(_clean(window) if window.strip() else "") in V.LEFT_OVER_CLAUSES:
            item, label = "carryover_end", _last_clause(_clean(window)) + "结转下年" if window.strip() else "结转下年"
        if side_before and item == "other" and (bare_side := _clean(window)) in V.BARE_SUBJECTS:
            # 2022年收入532.64万元，其中财政拨款收入498.20万元；支出527.85万元: a side alone opening the sentence
            # after one of the whole's figures is the whole's other side
            item, label, subject = V.BARE_SUBJECTS[bare_side], bare_side, bare_side
        year = _figure_year(window)
        # (a year named in a bracket is its figure's alone: 基本支出800万元（上年760万元），项目支出410万元 is this year's)
        aside = year is not None and open_bracket(window, len(window)) >= 0
        if year is not None and not aside:
            year_scope = None if year == _CURRENT else year
        year = (None if year == _CURRENT else year) if aside else year_scope
        if compared is not None:
            year = compared_year
        elif sentence and (prev := sentence[-1][0]).item != "other":
            if item == "other" and (ref := _ANOTHER_YEARS_FIGURE.search(window)) is not None:
                # 支出总计1.25亿元，较上年1.01亿元 / …，2022年为110万元: the same figure of another year
                item, label = prev.item, prev.label
                year = int(ref.group("year")) if ref.group("year") else -1
            elif item in _BARE_ITEMS and label[-2:] in _BARE_WORDS and prev.label.endswith(label[-2:]) \
                    and prev.item not in _BARE_ITEMS and _YEAR_LED_BARE.search(label):
                item, label = prev.item, prev.label  # “三公”经费支出5.66万元，2022年支出6.02万元: the part's
        # (every word of _PER_HEAD holds 每 or 均: most windows have neither)
        per_head = ("每" in window or "均" in window) and _PER_HEAD.search(_last_clause(window)) is not None
        if item != "other" and per_head:
            item = "other"  # 人均公用经费5.61万元: a figure per head, not the funds
        elif item in _SPENT_PARTS and sentence and ("其中" in window and _budgeted(sentence) or budget_parts):
            # 年初预算1,284.36万元，其中基本支出207.40万元，项目支出1,076.96万元: the budget's parts, nothing spent yet
            item, budget_parts = "other", True
        else:
            budget_parts = False
        if window.rstrip().endswith(V.MONEY_CAP_BEFORE) or text.startswith(V.MONEY_CAP_AFTER, m.end()):
            item, capped = "other", True  # 控制在60万元以内: a cost target
        elif capped and item != "other" and _clean(_last_clause(window) or " ") in V.STANDALONE_ACTUAL:
            item = "other"  # …以内，实际支出58.2万元: the capped cost's result
        elif per_head_unit is not None and item != "other" and m.group("unit") == per_head_unit \
                and _clean(_last_clause(window) or " ") in V.STANDALONE_ACTUAL:
            item = "other"  # 标准不低于每人每月730元，实际执行780元: the standard's result, in its unit, no funds spent
        if per_head:
            per_head_unit = m.group("unit")
        bare = declared is not None and m.group("bare") is not None
        in_unit = bracketed and m.group("bnum") is not None  # （万元）：450
        alone = wan and m.group("wnum") is not None  # 8,912.6万
        amount = parse_number(m.group("bare") if bare else m.group("bnum") if in_unit else m.group("wnum") if alone
                              else m.group("num"))
        prev_end = m.end()
        if amount is None or text.startswith("/", m.end()):
            continue  # (84元/人, 12万元/公里: a price per unit, no sum of the funds)
        at = m.start("bare") if bare else m.start()
        unit = declared if bare else m.group("bunit") if in_unit else m.group("wunit") + "元" if alone else m.group("unit")
        fig = BudgetFigure(
            item=item, label=label or written[at: m.end()],
            amount_wan_yuan=to_wan_yuan(amount, unit),
            amount_raw=written[at: m.end()].strip(), line_no=line_at(at), fiscal_year=year,
        )
        if paid_out:
            fig.allocation = "allocated"  # (see settle_allocations: a stated spending wins)
        elif item == "other" and own_title and "投资" in window \
                and _TIME_LEAD.sub("", _last_clause(_clean(window) or " ")) in V.PROJECT_INVESTMENT_TOTALS:
            # (a project's report) 项目总投资675万元，其中…: the project's funds as a whole, the budget where the
            # report states no other (settle_allocations: a stated 年初预算 / 全年预算 wins)
            fig.item, fig.allocation = "budget_full_year", "allocated"
        elif several is not None and item == "budget_full_year":
            fig.allocation = "summed"  # (see settle_allocations: a budget the report states otherwise wins)
        elif item == "other" and not listed_fund:
            _read_allocation(fig, window, text[m.end(): m.end() + 12])
            if fig.item in ("budget_full_year", "budget_initial") and not (subject and V.SUBJECTS.get(subject)):
                subject = "支出"  # 项目批复资金60万元，支出59.4万元: the funds allocated put their spending in scope
        elif label in _DEPARTMENT_BUDGET_STATEMENTS:
            fig.as_a_whole = True
        if alone and fig.item == "other":
            continue  # (万 alone is money only after a label of the funds: 游客1,320万，… is a count)
        if fig.item == "budget_adjustment" and fig.amount_wan_yuan > 0 and ("减" in label or "降" in label) \
                and (_REDUCTION.search(label) is not None
                     or (over := _over_initial(label)) is not None and over.group("down")):
            fig.amount_wan_yuan = -fig.amount_wan_yuan  # 年中调减200万元 / 全年预算较年初减少…: the budget fell by it
        if own_title and fig.item == "other" and subject and subject not in V.BARE_SUBJECTS \
                and not V.SUBJECTS.get(subject) and any(f.item in _WHOLE_BUDGETS and f.amount_wan_yuan == fig.amount_wan_yuan
                                                        for f, _ in sentence):
            # (a project's report) 全年预算数45万元，省级某某专项资金45万元已全部到位，实际支出…: the fund is the
            # project's whole budget again, no part of it: the spending after it is the project's
            subject = "支出"
        if fig.item == "budget_initial" and text.startswith(("(", "（", " (", " （"), m.end()) \
                and _WITH_CHANGES.match(text, m.end() + (text[m.end()] == " ")) is not None:
            fig.item = _with_changes(fig.item, label)  # 预算批复数1,864.20万元（含年中追加）: the full year's
        if fig.item in _SOURCE_STAGES and (
                label not in _ALL_BUDGET_LABELS and (q := _longest_suffix(label, _QUALIFIERS)) is not None
                and q not in _BARE_SPENDING and _funding_source(label[: -len(q)])
                or sentence and sentence[-1][0].of_source and not any(w in label for w in _WHOLE_WORDS)):
            # 财政拨款年初预算…，年中调整增加…，全年预算…: the source's stages, to its sentence's end
            fig.of_source = True
        out.append(fig)
        sentence.append((fig, window))
        if fig.item in _WHOLE_BUDGETS and "资金" in window:
            budgeted.append("".join(window.split()))
        if both is not None and fig.item != "other" \
                and (second := classify_label(both, subject)[:2])[0] not in ("other", fig.item):
            out.append(replace(fig, item=second[0], label=second[1]))
    _check_totals(sentence)
    _check_adjustments(sentence)
    return out


# The project's funds paid out (a project's report): 已通过一卡通发放补贴资金…, 实际拨付建设单位资金…, 实际完成投资…, or
# spent, the verb before the funds it names (累计支出某某补助资金…, 全省已支出…资金: the area the report's funds cover); the
# project's spending, as 实际支出 (a lead word required: 上级拨付资金… is money received)
_PAID_OUT_GATE = re.compile(r"发放|拨付|兑付|完成投资|支出")
_PAID_OUT = re.compile(r"(?:全(?:省|自治区|区|市|州|盟|县|旗|镇|乡))?(?:已|实际|累计|共计|共|全年)+(?:通过[^，,。；;:：]{1,12}?)?"
                       r"(?:(?:发放|拨付|兑付|完成投资)(?:[^，,。；;:：]{0,12}?(?:资金|补贴|补助|经费|款))?"
                       r"|支出[^，,。；;:：]{0,12}?(?:资金|补贴|补助|经费|款))")
_OWN_PROJECT_WORD = "本项目"
_OWN_FUND_MIN = 4  # the shortest fund's name taken for the title's (专项资金 and shorter are words of any report)
_FUND_END = re.compile(r"(?:资金|经费|补贴|补助|项目|工程|专项)$")


_OWN_STEM_MIN = 5  # the shortest name before its end word (资金, 项目) taken for the title's project (中央财政 is none)
_OWN_NAMED_STEM_MIN = 4  # …shorter (four characters) where the title writes it with the same end word (某某项目)


def _own_fund(subject: str, title: str, window: str = "") -> str | None:
    """The fund's name a subject is (its time words aside) when the report's title names that fund; else None. Else
    the name as the clause writes it up to the subject, whose words before their end word the title writes (…全县某某服务
    项目全年预算… / 2023年某某补助资金全年预算… in the report on 某某服务项目 / 某某补助项目): that name."""
    name = _TIME_LEAD.sub("", subject)
    if len(name) >= _OWN_FUND_MIN and name in title and _FUND_END.search(name) and name not in V.SUBJECTS:
        return name
    clause = _last_clause("".join(window.split()))
    end = clause.rfind(subject)
    if end < 0 or not _FUND_END.search(subject):
        return None
    head = clause[: end + len(subject)]
    for start in range(len(head) - _OWN_NAMED_STEM_MIN):
        named = head[start:]
        end_word = _FUND_END.search(named)
        stem = _TIME_LEAD.sub("", named[: end_word.start()])
        if len(stem) >= _OWN_STEM_MIN and stem in title:
            return named
        if len(stem) >= _OWN_NAMED_STEM_MIN and stem + end_word.group(0) in title:
            return named  # 防汛抗旱项目预算… in the report on 防汛抗旱项目: a short name, its end word too in the title
    return None


# Names listed before 分别为 (基本支出、项目支出分别为500万元、150万元): each figure after is the next name's, the
# figures parted by a list's mark only.
_RESPECTIVELY = re.compile(r"(?P<list>[^，,。；;:：]*[、和及与][^，,。；;:：]*?)\s*分别(?:为|是|达到|达|计|[:：])?\s*$")
_YEAR_SPAN_RESPECTIVELY = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*(?:年度?)?\s*(?:至|到|[-—～~])\s*(?P<b>(?:19|20)\d{2})\s*年度?\s*[，,]?\s*(?P<rest>[^，,。；;:：]*?)"
    r"\s*分别(?:为|是|达到|达|计|[:：])?\s*$")
_YEAR_SPAN_MAX = 6
_RESPECTIVELY_ALONE = re.compile(r"(?P<name>[^，,。；;:：、]+?)\s*分别(?:为|是|达到|达|计|[:：])?\s*$")
_LIST_MARK = re.compile(r"\s*(?:、|以及|和|及|与)\s*")
_LIST_GAP = re.compile(r"\s*(?:[、，,]|以及|和|及|与)\s*")
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")


def _respective_names(window: str, years: list[str] | None = None) -> tuple[str, list[str], list[str] | None] | None:
    """(the first figure's window, the names of the figures after it, the years they were listed by or None) of a
    window ending in names listed before 分别为; None for any other. Years listed before one name (2022年、2023年支出
    合计分别为…) each take the name; a name alone before 分别为 in a sentence that listed years so (…分别为…，支出分别
    为…) takes those ``years`` in turn."""
    m = _RESPECTIVELY.search(window)
    if m is None:
        # 2021年至2023年，我局支出分别为…: a span of years, each year the name of one figure in turn
        if (span := _YEAR_SPAN_RESPECTIVELY.search(window)) is None \
                or not 2 <= int(span.group("b")) - int(span.group("a")) + 1 <= _YEAR_SPAN_MAX:
            if years and (alone := _RESPECTIVELY_ALONE.search(window)) is not None \
                    and _BARE_YEAR.search(alone.group("name")) is None:
                names = [y + alone.group("name") for y in years]
                return window[: alone.start("name")] + names[0], names[1:], years
            return None
        listed = [f"{y}年" for y in range(int(span.group("a")), int(span.group("b")) + 1)]
        names = [y + span.group("rest") for y in listed]
        return window[: span.start()] + names[0], names[1:], listed
    names = [n for n in _LIST_MARK.split(m.group("list")) if n]
    if len(names) < 2:
        return None
    listed = None
    if all(_BARE_YEAR.fullmatch(n) for n in names[:-1]) and (y := _BARE_YEAR.match(names[-1])) is not None:
        rest = names[-1][y.end():]
        listed = names[:-1] + [names[-1][: y.end()]]
        names = [n + rest for n in names[:-1]] + [names[-1]]
    return window[: m.start("list")] + names[0], names[1:], listed


# A sum over the several projects or funds a report covers (its summary of them): the sentence names them counted
# (5个项目, 两项资金, 3个专项, 项目5个) or as those above (上述资金, 以上项目), and the figure's clause, after that name, is only a
# budget summed (年度预算合计, 合计下达, 涉及预算资金) or the spending (已支出, 执行); in a clause of its own after the one naming
# them, only a budget summed or the budget they involve (…4个项目…，涉及预算资金…, …项目5个，预算资金合计…; 涉及资金 alone,
# the funds a check of many units' projects covered, is no budget).
_SEVERAL = re.compile(r"(?:(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:个|项|类)(?:[^，,、。；;:：]{0,8}?)(?:项目|资金|专项|转移支付)"
                      r"|(?:上述|以上)(?:各项)?(?:项目|资金|专项)"
                      r"|(?:项目|资金|专项)(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:个|项))")
_SEVERAL_BUDGET = re.compile(r"(?:涉及)?(?:全年|年度)?(?:预算)?(?:资金|经费)?(?:全年|年度)?(?:预算)?(?:数|资金)?"
                             r"(?P<sum>合计|共计|总计|总额|共)?(?:下达|安排|批复)?(?:资金|预算)?(?:为|是|达到|达|[:：])?")
_SEVERAL_SPENT = re.compile(r"(?:实际|累计|共|全年)?(?:已)?(?:支出|执行|使用)(?:资金|数)?(?:为|是|达到|达|[:：])?")


def _several_total(window: str) -> tuple[str, str] | None:
    """(item, label) of a sum over the several projects or funds the sentence names before the figure."""
    text = _QUOTES.sub("", "".join(window.split()))
    found = None
    for found in _SEVERAL.finditer(text):
        pass
    if found is None:
        return None
    rest = text[found.end():]
    clause = _last_clause(rest) if _CLAUSE_BREAK.search(rest) else rest
    if not clause:
        return None
    named = rest == clause  # the name in the figure's clause (5个项目预算合计), else in one before (…4个项目…，涉及资金…)
    label = found.group(0) + clause if named else clause
    if (b := _SEVERAL_BUDGET.fullmatch(clause)) is not None and (
            b.group("sum") or "预算" in clause and ("涉及" in clause or named) or named and ("下达" in clause or "安排" in clause)):
        return "budget_full_year", label
    if named and _SEVERAL_SPENT.fullmatch(clause) is not None:
        return "expenditure_total", label  # (a bare 支出 clauses after a count of projects may be any spending's)
    return None


# Two labels one figure is said of (项目年初预算和全年预算均为618万元, 年初预算数、全年预算数都是…)
_BOTH = re.compile(r"(?:和|与|及|、)(?P<b>[^，,。；;:：和与及、]{2,12}?)(?:均|都)(?:为|是|达到|达)?\s*$")
# A sentence opening with a named project and a colon (…除险加固项目：…), or with one of the department's key projects
# named and a comma (本年度重点项目某某监测站建设项目，预算资金…，已支付…): its figures are the project's.
_NAMED_PROJECT_OPENS = re.compile(r"^[^，,：:]{2,30}(?:项目|工程)\s*[:：]|^[^，,：:]{0,8}重点项目[^，,：:]{2,30}(?:项目|工程)\s*[，,]")
# An item of a numbered list of the projects or funds a report covers, named and a colon (1.某某救助资金：…, （二）某某
#补助：…): the name's stem (before its end word) of four characters at least (项目资金, 专项资金 name no one fund)
_LISTED_FUNDS_OPENS = re.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*"
                                 r"(?P<stem>[^，,：:。；;\s“”\"'‘’]{4,28}?)(?P<end>专项资金|补助资金|资金|经费|补助|补贴|项目|工程)\s*[:：]")
_LIST_ITEM_FIRST = frozenset("0123456789(（ \t")
_SPENT_PARTS = frozenset(("expenditure_basic", "expenditure_project", "expenditure_personnel", "expenditure_public"))


def _budgeted(sentence: list[tuple[BudgetFigure, str]]) -> bool:
    """The whole the sentence's last whole figure states is a budget (年初预算…，其中…), not the spending."""
    whole = next((f for f, _ in reversed(sentence) if f.item not in _SPENT_PARTS and f.item != "other"), None)
    return whole is not None and whole.item in _WHOLE_BUDGETS


# A clause that only names another year (and the comparison) before its figure: 较上年1.01亿元 / 2022年为110万元
# (or a bracket: 本年收入1,230万元（上年为1,100万元）)
_ANOTHER_YEARS_FIGURE = re.compile(
    r"(?:^|[，,；;、(（])\s*(?:较|比|同比|相比)?\s*(?:上年度?|去年|上一年度|(?P<year>(?:19|20)\d{2})\s*年度?)(?:同期)?"
    r"\s*的?\s*(?:为|是|[:：])?\s*$")
# A figure right after a comparison with another year and at most the words naming it (收入…，比上年决算数13,905.62万元增加…,
# 较上年收入452.10万元, 与2021年度的1,021.33万元相比, 公用经费比上年64.90万元略有下降): that year's figure, never this
# year's; a change said in the clause (比上年增加…, 较上年节约…) is a difference, the clause's words no label.
_COMPARED_GATE = re.compile(r"[比较与同]")
_COMPARED = re.compile(r"(?:比|较|与|同)(?:(?P<prev>上年度?|去年|上一年度)|(?P<year>(?:19|20)\d{2})年度?)(?:同期)?(?:相比)?的?"
                       r"(?P<label>[^增减降升提高少多节超持]*)$")


def _compared_figure(window: str, subject: str | None,
                     sentence: list[tuple[BudgetFigure, str]]) -> tuple[str, str, int] | None:
    """(item, label, year: -1 or the year named) of a figure stated for the year a comparison names, or None."""
    clause = _last_clause(_QUOTES.sub("", "".join(window.split())))
    m = _COMPARED.search(clause)
    if m is None:
        return None
    year = int(m.group("year")) if m.group("year") else -1
    words = _clean(clause[: m.start()] + m.group("label")) if clause[: m.start()] or m.group("label") else ""
    if not words:  # 收入合计486.72万元，较上年452.10万元: the figure before it, of that year
        prev = next((f for f, _ in reversed(sentence) if f.item != "other"), None)
        return (prev.item, prev.label, year) if prev is not None else ("other", clause, year)
    if words in V.BARE_SUBJECTS:
        return V.BARE_SUBJECTS[words], words, year  # 较上年收入…: the side's total
    item, label, _ = classify_label(words, subject)
    return item, label, year


_BARE_ITEMS = frozenset(V.BARE_SUBJECTS.values())
_BARE_WORDS = frozenset(V.BARE_SUBJECTS)
_YEAR_LED_BARE = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?|上年度?|去年)\s*(?:收入|支出)$")
# A figure per head or per unit (人均公用经费, 生均经费, 每人每月): no total of the funds.
_PER_HEAD = re.compile(r"人均|生均|户均|每人|每户|每名|每亩|每月")


_ALLOCATION_VERB = re.compile(V.ALLOCATION_VERBS)
_ALLOCATION = re.compile(
    rf"(?P<sum>{'|'.join(V.SUM_WORDS)})?(?:{V.ALLOCATION_VERBS})[^，,。；;:：()（）]{{0,40}}?(?:{V.ALLOCATED_FUNDS})"
    rf"(?P<sum2>{'|'.join(V.SUM_WORDS)})?(?:为|是|[:：])?$"
    # 按生均1000元安排，共计239万元: the sum closes the allocation's sentence
    rf"|(?:{V.ALLOCATION_VERBS})[，,](?P<sum3>{'|'.join(V.SUM_WORDS)})(?:为|是|[:：])?$"
)


def _read_allocation(fig: BudgetFigure, window: str, after: str) -> None:
    """An allocation of funds (下达…经费X万元): provisionally the budget, or the spending when the
    text goes on to say it was all used."""
    if not _ALLOCATION_VERB.search(window):
        return
    m = _ALLOCATION.search(_QUOTES.sub("", "".join(window.split())))
    if m is None or "其中" in m.group(0):
        return  # no allocation, or one part of a breakdown
    spent = V.SPENT_IN_FULL.match("".join(after.split())) is not None
    fig.label = m.group(0)
    if not spent and m.group("sum") is None and (before := m.string[: m.start()]).endswith(_AT_YEARS_START):
        # 年初预算安排某某资金215万元: the funds allocated at the year's start, the initial budget as stated
        fig.item, fig.label = "budget_initial", before[-len(_longest_suffix(before, _AT_YEARS_START)):] + m.group(0)
        return
    fig.item = "expenditure_total" if spent else "budget_full_year"
    fig.allocation = "summed" if (m.group("sum") or m.group("sum2") or m.group("sum3")) else "allocated"


_AT_YEARS_START = ("年初预算", "年初")  # (before an allocation's verb: 年初预算安排…, 年初下达…)
_CHANGE = re.compile(r"比|较|增加|减少|增长|下降")


def _check_totals(sentence: list[tuple[BudgetFigure, str]]) -> None:
    """An allocation is at least each part of the breakdown right after it (…万元，其中…): one
    followed by a larger part is a batch or a net change (下达资金1.53万元，其中…2.88万元), not the
    funds' total."""
    _sum_of_sources(sentence)
    _by_unit(sentence)
    for i, (fig, _) in enumerate(sentence[:-1]):
        if not fig.allocation or "其中" not in sentence[i + 1][1]:
            continue
        if any(part.amount_wan_yuan > fig.amount_wan_yuan for part, window in sentence[i + 1:]
               if not _CHANGE.search(window)):
            fig.item, fig.allocation = "other", None


# A unit's side named in a breakdown by unit (局机关支出, 县林业站全年支出合计): the unit, then the side
_UNIT_SIDE = re.compile(rf"(?P<unit>.+?)(?:{_TIME_PREFIX}|共计|共|累计|实际)*(?:支出|收入)(?:合计|总计|总额|决算数|数)?")
_UNIT_SIDE_ITEMS = frozenset(("expenditure_total", "income_total"))


def _by_unit(sentence: list[tuple[BudgetFigure, str]]) -> None:
    """A sentence stating the spending (or income) of several units one after another (分单位看，局机关支出…，县某某站支出…，
    县某某中心支出…): a breakdown by unit, each figure its unit's, no whole's (the unit's name keeps it from the sentence's
    side in scope); but the figure the others add up to, or one a 其中 after it breaks down, is the whole."""
    if len(sentence) < 2:
        return
    units: list[tuple[int, str, str]] = []  # (the figure's place in the sentence, its unit, its clause)
    for k, (fig, window) in enumerate(sentence):
        if fig.item not in _UNIT_SIDE_ITEMS:
            continue
        clause = _last_clause(_clean(window) if window.strip() else "")
        if (m := _UNIT_SIDE.fullmatch(clause)) is not None and _unit_named(unit := _TIME_LEAD.sub("", m.group("unit"))):
            units.append((k, unit, clause))
    if len({unit for _, unit, _ in units}) < 2 or all(unit in _ORGAN_WORDS for _, unit, _ in units):
        return
    for k, _, clause in units:
        fig = sentence[k][0]
        rest = [sentence[j][0].amount_wan_yuan for j, _, _ in units if j != k]
        if abs(sum(rest) - fig.amount_wan_yuan) <= _SUM_TOLERANCE \
                or k + 1 < len(sentence) and "其中" in sentence[k + 1][1]:
            continue
        fig.item, fig.label = "other", clause


# The funds named before their sum closing a list of sources (…，资金合计256万元, 项目资金总计…, 预算资金共计…)
_FUNDS_SUMMED = re.compile(rf"{_TIME_PREFIX}?(?:项目)?(?:预算)?(?:资金|经费)?(?:{'|'.join(V.SUM_WORDS)})")


def _sum_of_sources(sentence: list[tuple[BudgetFigure, str]]) -> None:
    """省级下达某资金160万元，区级配套资金96万元，合计256万元: the sources' figures listed, an allocation first, then
    their sum (合计, 共计 alone in its clause, or after the funds' name: 资金合计) closing the list: the sum is the funds
    allocated, the sources parts."""
    if len(sentence) < 3 or not sentence[0][0].allocation:
        return
    last, window = sentence[-1]
    if last.item != "other" or ((clause := _last_clause(_clean(window) or " ")) not in V.SUM_WORDS
                                and (clause[-2:] not in V.SUM_WORDS or _FUNDS_SUMMED.fullmatch(clause) is None)):
        return
    parts = [f for f, _ in sentence[:-1]]
    if any(f.item != "other" for f in parts[1:]) \
            or abs(sum(f.amount_wan_yuan for f in parts) - last.amount_wan_yuan) > _SUM_TOLERANCE:
        return
    last.item, last.allocation = sentence[0][0].item, "summed"
    for f in parts:
        f.item, f.allocation = "other", None


# A cut to the budget in the year (年中追减86.13万元, 调减预算38.60万元)
_REDUCTION = re.compile(r"追减|调减|核减")
_ADDITION = re.compile(r"追加|调增|增加")


def _check_adjustments(sentence: list[tuple[BudgetFigure, str]]) -> None:
    """A sentence stating a cut to the budget beside an addition (年中追加1,520.40万元，年中追减86.13万元): the addition
    is no adjustment of the year's (that is what they make together, unstated); a net change stated (预算调整866.50万元
    （其中调增…，调减…）) stays."""
    changes = [f for f, _ in sentence if f.item == "budget_adjustment"]
    if not changes:
        return
    cuts = [f for f in changes if _REDUCTION.search(f.label)]
    added = [f for f in changes if _ADDITION.search(f.label)]
    if added and (cuts or any(f.item == "other" and _REDUCTION.search(_last_clause(window)) for f, window in sentence)):
        for f in added + cuts:
            f.item = "other"
    elif cuts and len(changes) > len(cuts):
        for f in cuts:  # 预算调整80万元（其中…调减20万元）: a part of the net change stated
            f.item = "other"
    for f in cuts:
        if f.item == "other":
            f.amount_wan_yuan = -f.amount_wan_yuan  # (the amount as written again: no adjustment of the year's)


# What states the department's own budget or spending, besides the tasks table's 合计.
_DEPARTMENT_WHOLE = frozenset(("budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total",
                               "income_total"))


def settle_task_totals(figures: list[BudgetFigure], own: list[BudgetFigure]) -> list[BudgetFigure]:
    """The 合计 row of the 年度主要任务 table sums the department's main tasks: it stands for the department's
    budget and spending only when nothing else states them (``own``: the figures of the report's own
    part, a funds table's total row, 全年预算数… in the text); else its figures are ``other``."""
    tasks = [f for f in figures if f.tasks_total]
    if tasks and any(f.item in _DEPARTMENT_WHOLE and not f.tasks_total and f.allocation is None for f in own):
        for f in tasks:
            f.item = "other"
    return figures


_SUM_TOLERANCE = Decimal("0.011")  # (figures rounded to 0.01)
# A clause that names the budget adjusted, and not whether the figure is the adjustment or the budget after it
_ADJUSTED_BUDGET_CLAUSES = frozenset(t + w for t in ("", "年中", "全年", "年度", "年度中") for w in ("调整预算", "调整预算数"))


def settle_adjusted_budgets(figures: list[BudgetFigure]) -> list[BudgetFigure]:
    """调整预算 X stated beside the initial budget A: the adjustment when A + X is a full-year budget stated too (年初预算
    1,162.40，调整预算253.18，调整后预算1,415.58); the full-year budget when none is stated and X is at least A (年初预算100，
    调整预算120，执行数118); else left ``other``."""
    for f in figures:
        # (调整预算数为… read as the budget changed to a figure is the noun too: the sums tell which it is)
        read_as_changed = f.item == "budget_full_year" and f.label[:-1] in _ADJUSTED_BUDGET_CLAUSES \
            and f.label[-1] in "为至到"
        if not read_as_changed and (f.item != "other" or f.label not in _ADJUSTED_BUDGET_CLAUSES):
            continue
        year = [g for g in figures if g.fiscal_year == f.fiscal_year and g is not f]
        initial = [g.amount_wan_yuan for g in year if g.item == "budget_initial"]
        full = [g.amount_wan_yuan for g in year if g.item == "budget_full_year"]
        if any(abs(a + f.amount_wan_yuan - c) <= _SUM_TOLERANCE for a in initial for c in full):
            f.item = "budget_adjustment"
        elif read_as_changed:
            continue
        elif initial and not full and f.amount_wan_yuan >= max(initial):
            f.item = "budget_full_year"
    return figures



# A budget named by 预算 alone (项目预算数, 2022年项目预算资金, 本年度预算): no 年初 / 全年 / 调整后 split, no 安排 or 批复
_BARE_BUDGET = re.compile(r"预算(?:数|资金|金额|总额)?$")
_SPLIT_BUDGET_WORDS = ("年初", "全年", "调整", "追加", "安排", "批复", "收入", "支出", "收支", "年终", "年中")


def settle_bare_budgets(figures: list[BudgetFigure]) -> list[BudgetFigure]:
    """A budget named by 预算 alone (项目预算数186万元，执行数179.8万元) where the report states no other budget of that
    year (no 年初 and 全年 figures, no adjustment): the budget its spending is measured against, the full year's, as the
    forms' lone 预算数 column is (roles.FUNDS_COLUMNS); beside another budget it stays the initial one."""
    # (not the department's budget named as a whole, 部门收支总预算: what it opened the year with)
    bare = [f for f in figures if f.item == "budget_initial" and not f.as_a_whole
            and _BARE_BUDGET.search(f.label) is not None and not any(w in f.label for w in _SPLIT_BUDGET_WORDS)]
    ids = {id(f) for f in bare}
    for f in bare:
        if not any(g.item in _WHOLE_BUDGETS and g.fiscal_year == f.fiscal_year and id(g) not in ids
                   and not (g.item == "budget_full_year" and g.amount_wan_yuan == f.amount_wan_yuan) for g in figures):
            f.item = "budget_full_year"
    return figures


def settle_source_budgets(figures: list[BudgetFigure], fiscal_year: int | None = None) -> list[BudgetFigure]:
    """A stage of one source's budget (财政拨款年初预算…，全年预算…，全年执行…) stands for the department's only where no
    budget of the whole is stated for its year (全年预算数…，执行数…。其中：财政拨款全年预算数…: a part, ``other``).
    (``fiscal_year``: the report's, the year of a figure that names none.)"""
    if not any(f.of_source for f in figures):
        return figures
    def year(f: BudgetFigure) -> int | None:
        return fiscal_year if f.fiscal_year is None else f.fiscal_year
    stated = {year(f) for f in figures if f.item in _WHOLE_BUDGETS and not f.of_source and f.allocation is None
              and not f.tasks_total}
    for f in figures:
        if f.of_source and year(f) in stated:
            f.item = "other"
    return figures


def settle_department_budgets(figures: list[BudgetFigure]) -> list[BudgetFigure]:
    """部门收支总预算… (the department's budget named as a whole) is the initial budget only where no other
    figure states it (年初预算数…, a funds table's 年初预算数 column); else its figures are ``other``, or the full-year
    budget where they are the initial budget and the adjustment stated together (部门预算总额8.72亿元，其中：年初预算7.95亿元，
    年中调整预算0.77亿元)."""
    whole = [f for f in figures if f.as_a_whole and f.item == "budget_initial"]
    if whole and any(f.item == "budget_initial" and not f.as_a_whole for f in figures):
        initial = [g.amount_wan_yuan for g in figures if g.item == "budget_initial" and not g.as_a_whole]
        adjusted = [g.amount_wan_yuan for g in figures if g.item == "budget_adjustment"]
        for f in whole:
            summed = any(abs(a + b - f.amount_wan_yuan) <= _SUM_TOLERANCE for a in initial for b in adjusted)
            f.item = "budget_full_year" if summed else "other"
    return figures


def settle_grand_totals(figures: list[BudgetFigure]) -> list[BudgetFigure]:
    """收入总计 / 支出总计 stated beside the year's own total and the balance it adds (本年收入2,380.41 + 年初结转和结余
    11.34 = 收入总计2,391.75): the grand total is no figure of the year's income or spending, but ``other``. Alone,
    it stands for the year's total."""
    for item, balance in (("income_total", "carryover_begin"), ("expenditure_total", "carryover_end")):
        grand = [f for f in figures if f.item == item and "总计" in f.label]
        if not grand:
            continue
        own = {f.amount_wan_yuan for f in figures if f.item == item and "总计" not in f.label}
        balances = {f.amount_wan_yuan for f in figures if f.item == balance}
        for f in grand:
            if any(abs(a + b - f.amount_wan_yuan) <= _SUM_TOLERANCE for a in own for b in balances):
                f.item = "other"
    return figures




def settle_allocations(figures: list[BudgetFigure]) -> list[BudgetFigure]:
    """Allocation figures stand for the evaluated funds only where the report states them no other way:
    a stated budget (or income) makes every allocated sum a part; of several allocations the one
    summed up (共计下达…) is the total, and several different amounts with none summed are batches."""
    stated = {f.item for f in figures if f.allocation is None}
    for item, rivals in (("budget_full_year", {"budget_initial", "budget_full_year", "income_total"}),
                         ("expenditure_total", {"expenditure_total"})):
        found = [f for f in figures if f.allocation and f.item == item]
        summed = [f for f in found if f.allocation == "summed"]
        keep = [] if stated & rivals else (summed or found)
        if len({f.amount_wan_yuan for f in keep}) > 1:
            keep = []
        kept = {id(f) for f in keep}
        for f in found:
            if id(f) not in kept:
                f.item = "other"
    return figures


# --- tables ------------------------------------------------------------------------------

def declared_unit(doc: Document, before_line: int, amount: Decimal | None = None) -> str:
    """The money unit declared nearest above a table line (``单位：万元``) in its section (a numbered heading,
    二、…, ends a declaration's reach, as in running text, unless the ``amount`` read is of the size only 元 give:
    5,000,000.00 under an earlier section's 单位：元); 万元 by default."""
    at, units = _unit_declarations(doc)
    i = bisect.bisect_left(at, before_line) - 1  # the last declaration on a line index < before_line
    if i < 0 or units[i] == "万元":
        return "万元"  # (万元 is the default too: no section to look for)
    if units[i] == "元" and amount is not None and amount >= _YUAN_SIZED:
        return "元"
    lines = doc.lines
    for j in range(at[i] + 1, min(before_line, len(lines))):
        if lines[j][:1] in _SECTION_FIRST and _SECTION_OPENS.match(lines[j]):
            return "万元"  # a numbered section heading between the declaration and the line
    return units[i]


# A figure this large under 单位：元 is in 元 wherever its table stands: read as 万元 it would be a budget of a
# billion yuan and more
_YUAN_SIZED = 100000


_units_cache: tuple | None = None  # (doc.lines, declarations) of the document being extracted


def _unit_declarations(doc: Document) -> tuple[list[int], list[str]]:
    """(0-based line indices, units) of every unit declaration, found once per document: looking
    back from every table row instead was quadratic (minutes for a 100,000-row table)."""
    global _units_cache
    cached = _units_cache  # one read and one write of a tuple: safe should threads share the module
    if cached is not None and cached[0] is doc.lines:
        return cached[1]
    lines = doc.lines
    # every money unit ends in 元: the lines holding one found in one scan of the text
    candidates = lines_holding(doc, ("元",))
    at, units = [], []
    for i in candidates:
        line = lines[i]
        # (a declaration writes 单位 or a bracket before its unit: 单位：万元, （万元）)
        if "元" in line and ("单位" in line or "(" in line or "（" in line) \
                and (m := UNIT_DECLARATION_RE.search(line)) is not None:
            at.append(i)
            units.append(m.group("unit"))
    _units_cache = (lines, (at, units))
    return at, units


# What a row label may open with before its subject: 其中：, a list number, a time word (本年收入合计),
# the group cell of the department form (按支出性质分 | 其中：基本支出: the cells of a row's label are joined).
_ROW_PREFIX = re.compile(r"^(?:其中[:：]?|按[^其:：]{2,6}?分类?[:：]?(?=.)|[\d一二三四五六七八九十]+[、.]|本年度|本年|全年|当年"
                         # (a group's label and its rows numbered in brackets: 资金结构：（1）基本支出)
                         r"|[^:：(（]{2,8}[:：](?=[(（][\d一二三四五六七八九十]{1,2}[)）])|[(（][\d一二三四五六七八九十]{1,2}[)）])+")


def _row_text(label: str) -> str:
    """A row label without its lead (其中：, 按…分类, a number, 本年 …)."""
    return _ROW_PREFIX.sub("", _clean(label))


@lru_cache(maxsize=1024)  # pure: cached, the same row labels come back in report after report
def row_meaning(label: str) -> str | None:
    """'total' for a whole-department row, a canonical item for a part row, else None."""
    text = _row_text(label)
    if not text or any(text.startswith(t) for t in R.FUNDS_TOTAL_ROWS):
        return "total"
    for name, item in R.FUNDS_PART_ITEMS.items():
        if text == name or text.rstrip("：:") == name:
            return item
    return None


_FUNDING_SOURCES = frozenset(R.FUNDING_SOURCES)


def row_meanings(labels: list[str], figured: list[bool] | None = None, executed: bool = False) -> list[str | None]:
    """``row_meaning`` of a funds block's row labels, and the whole in a label the vocabulary does not
    know: the block's first row, when no row is a total, and its next row opens with 其中 or every other row
    names a source of funds (资金总量 | 其中：财政拨款 | 上年结转 | 其他资金): what the sources make up. A first row
    naming a source itself (中央财政资金 | 地方资金 | 其他资金, the transfer forms' rows by source with no 年度资金总额
    row) is the whole only where the other sources hold no figure (``figured``: a row holds a figure not zero); else
    it is one source among others, their sum written nowhere. ``executed``: the block's header sets a budget beside its
    execution (预算数 | 执行数), whose table states the year's sides (``_side_totals``)."""
    meanings = [row_meaning(label) for label in labels]
    if "carryover_begin" in meanings or "carryover_end" in meanings:
        # a 收入支出决算总表: its 总计 adds the balances to the year's income (or spending), no figure of its own
        meanings = [None if m == "total" and _row_text(label) == "总计" else m for label, m in zip(labels, meanings)]
    elif executed and None in meanings:
        meanings = _side_totals(labels, meanings)
    if len(labels) >= 2 and meanings[0] is None and labels[0] and "total" not in meanings \
            and not labels[0].startswith("其中"):  # (其中：一般公共预算 | 其中：基本支出: parts of a whole written above)
        rest = [_row_text(label) for label in labels[1:] if label]
        if labels[1].startswith("其中") or (rest and all(r.rstrip("：:") in _FUNDING_SOURCES for r in rest) and not (
                figured is not None and any(figured[1:])
                and _row_text(labels[0]).rstrip("：:") in _FUNDING_SOURCES)):
            meanings[0] = "total"
    return meanings


_SIDE_TOTALS = R.FUNDS_SIDE_TOTALS
_APPROPRIATIONS = frozenset(k for k, item in V.INCOME_BREAKDOWN_SOURCES.items() if item == "income_total")


def _side_totals(labels: list[str], meanings: list[str | None]) -> list[str | None]:
    """``meanings`` of a table of a budget and its execution holding no balance carried over (a final accounts' table's
    支出总计 may add it unstated), with its sides' grand totals (年度收入总计, 支出总计: the year's income or spending,
    whatever their place under the header) and the appropriation written under the income
    (年度收入总计 | … over 其中：财政拨款 | …: the appropriation's income, as 财政拨款收入; other sources no figure of their
    own). A new list where a row changes."""
    out = meanings
    income = False  # the rows since the income's total are its sources
    for k, (label, meaning) in enumerate(zip(labels, meanings)):
        if meaning is not None:
            income = False
            continue
        text = _row_text(label).rstrip("：:")
        item = _SIDE_TOTALS.get(text)
        if item is None and income and text in _APPROPRIATIONS:
            item = "income_total"
        if item is not None:
            out = list(out) if out is meanings else out
            out[k] = item
        income = item == "income_total" or (income and text in _FUNDING_SOURCES)
    return out


@dataclass
class TableFacts:
    """What budget tables state, beyond money figures: rates and staff counts."""
    execution_rates: list[tuple[float, int]]
    staff_authorized: list[tuple[int, int]]
    staff_actual: list[tuple[int, int]]
    funds_row: tuple[float | None, float | None] | None = None  # (分值, 得分) of the 年度资金总额 row
    adjustment_rates: list[tuple[float, int]] = field(default_factory=list)
    # the rates of ``execution_rates`` a label gives to a part (基本支出执行率 | 99%): (rate, line) -> the part
    part_rates: dict[tuple[float, int], str] = field(default_factory=dict)
    part_row_lines: set[int] = field(default_factory=set)  # the lines of a funds block's part rows
    staff_totals: set[str] = field(default_factory=set)  # the staff roles a table's total row gave
    # the year a rate of ``execution_rates`` is of, where a table of years' column names it (2022年 | 2023年; 上年: -1)
    rate_years: dict[tuple[float, int], int] = field(default_factory=dict)


# --- forms ---------------------------------------------------------------------------------

def form_figures(doc: Document, forms: Forms) -> tuple[list[BudgetFigure], TableFacts]:
    """Money figures, rates and staff counts of the forms' funds blocks and base tables, by the role of
    each cell: a whole-department row (合计, 年度资金总额) gives the figure its column names
    (年初预算数 -> budget_initial); a part row (公用经费, 其中：基本支出) gives its own item in a column of
    spending (2022年决算数 -> expenditure_public of 2022); other cells are ``other``. Numbers without a
    unit take the block's declared unit (项目资金(元), 单位：万元 above the table), else 万元. The funds
    label -> value pairs (计划安排资金 (万元) 170) add theirs."""
    figures: list[BudgetFigure] = []
    facts = TableFacts([], [], [])
    for block in forms.funds:
        block = _adjustment_by_rate(block)
        columns = block.header.columns
        meanings = row_meanings([row.label for row in block.rows],
                                [any(fv.value for fv in row.values if fv.role in MONEY_ROLES) for row in block.rows],
                                "expenditure_total" in columns and any(c in _BUDGET_COLUMNS for c in columns))
        if "total" not in meanings and not block.tasks:
            meanings = _unnamed_whole(block, meanings)
        costs = _cost_table(block, meanings)
        unit = block.header.unit or _unit_below(doc, block)
        whole_lines = {fv.line_no for row, m in zip(block.rows, meanings) if m == "total" for fv in row.values}
        for row, meaning in zip(block.rows, meanings):
            if costs is not None and meaning == "total":
                # its 合计 sums the costs its rows name: the 三公经费's (a part's row, spending and all), or those
                # of other costs (会议费, 培训费): no figure of the department's funds
                meaning = costs or None
            # the first total row with a 分值/得分 is the funds row of the form's score
            scored = meaning == "total" and facts.funds_row is None
            if meaning not in (None, "total"):
                facts.part_row_lines.update(fv.line_no for fv in row.values)
            elif meaning is None and _row_text(row.label).rstrip("：:") in _FUNDING_SOURCES:
                # (a source's row, 中央财政资金 | 2870 | 2870 | 100%: its rate is the source's, never the funds'; not
                # on a line the whole's row shares, a form written on one line)
                facts.part_row_lines.update(fv.line_no for fv in row.values if fv.line_no not in whole_lines)
            at = len(figures)
            for fv in row.values:
                _read_value(doc, fv, unit, meaning, row.label, figures, facts, scored)
            if block.tasks and meaning == "total":
                for f in figures[at:]:
                    f.tasks_total = True
    for fv in forms.funds_pairs:
        if fv.role == "rate":
            facts.execution_rates.append((float(fv.value), fv.line_no))
            if fv.year is not None:
                facts.rate_years[(float(fv.value), fv.line_no)] = fv.year
            if (part := _rate_part(fv.label)) is not None:
                facts.part_rates[(float(fv.value), fv.line_no)] = part
        else:
            figures.append(_figure(doc, fv, fv.role, fv.label, None))
    return figures, facts


_ADJUSTED_COLUMNS = frozenset(R.ADJUSTED_BUDGET_COLUMNS)
_RATE_TOLERANCE = Decimal("0.06")  # (a rate written to two places: 97.89% for 548.20 / 560.00)


def _adjustment_by_rate(block):
    """``block`` with its 调整预算数 column, read as the full-year budget where no full-year column stands beside it
    (headers._adjusted_budget), read as the adjustment when the rows' stated rates say so: the spending over the
    initial budget plus the column's figure is the rate (年初预算数 500 | 调整预算数 60 | 全年执行数 548.20 | 执行率
    97.89%) where over the figure alone it is not. A new block: the one read is not changed."""
    columns = block.header.columns
    if "budget_full_year" not in columns or "budget_initial" not in columns or "rate" not in columns \
            or block.header.labels[columns.index("budget_full_year")] not in _ADJUSTED_COLUMNS:
        return block
    as_delta = as_whole = False
    for row in block.rows:
        got = {fv.role: fv.value for fv in row.values}
        a, x, e, r = (got.get(k) for k in ("budget_initial", "budget_full_year", "expenditure_total", "rate"))
        if a is None or x is None or e is None or r is None or not x or not a + x:
            continue
        delta = abs(e * 100 / (a + x) - r) <= _RATE_TOLERANCE
        whole = abs(e * 100 / x - r) <= _RATE_TOLERANCE
        as_delta |= delta and not whole
        as_whole |= whole and not delta
    if not as_delta or as_whole:
        return block
    rows = [replace(row, values=[replace(fv, role="budget_adjustment") if fv.role == "budget_full_year" else fv
                                 for fv in row.values]) for row in block.rows]
    header = replace(block.header, columns=["budget_adjustment" if c == "budget_full_year" else c for c in columns])
    return replace(block, header=header, rows=rows)


# The funds columns of the national forms (年初预算数 | 全年预算数 | 全年执行数): a table under them states the funds of
# the report's subject, its one row their whole
_FORM_COLUMNS = ("budget_initial", "budget_full_year", "expenditure_total")
_BUDGET_COLUMNS = frozenset(("budget_initial", "budget_adjustment", "budget_full_year", "budget"))
_WHOLE_LABEL_MAX = 16  # the longest row label read as the whole's (a longer one is a sentence, a task described)


def _unnamed_whole(block, meanings: list[str | None]) -> list[str | None]:
    """``meanings`` (a funds block's row meanings, none of them the whole) with the whole found in a row whose label the
    vocabulary does not know (部门预算, 本部门合计, 某某资金): the block's one row of figures under the national forms' funds
    columns (年初预算数 | 全年预算数 | 全年执行数), or the row whose figures the other rows' add up to, column by column
    (a row above or below its parts). Never a part's row (其中：…, a source of funds) nor a sentence."""
    columns = block.header.columns
    if "expenditure_total" not in columns or not any(c in _BUDGET_COLUMNS for c in columns):
        return meanings  # (a budget and its execution: not a table of one year's spending beside another's)
    money = [[fv for fv in row.values if fv.role in MONEY_ROLES] for row in block.rows]
    valued = [k for k, m in enumerate(money) if m]

    def unnamed(k: int) -> bool:
        label = block.rows[k].label
        return meanings[k] is None and 0 < len(label) <= _WHOLE_LABEL_MAX and len(money[k]) >= 2 \
            and not label.startswith("其中") and _row_text(label).rstrip("：:") not in _FUNDING_SOURCES \
            and not any(p in label for p in "。；;，,%") and not any(ch.isdigit() for ch in label)

    if len(valued) == 1:
        k = valued[0]
        if unnamed(k) and all(c in columns for c in _FORM_COLUMNS):
            return [*meanings[:k], "total", *meanings[k + 1:]]
        return meanings
    for k in valued:
        others = [j for j in valued if j != k]
        if len(others) < 2 or not unnamed(k) or not any(fv.value for fv in money[k]):
            continue  # (rows of zeros add up to any of them)
        if all(_adds_up(fv, [g for j in others for g in money[j] if (g.role, g.year) == (fv.role, fv.year)])
               for fv in money[k]):
            return [*meanings[:k], "total", *meanings[k + 1:]]
    return meanings


def _adds_up(whole: FundsValue, parts: list[FundsValue]) -> bool:
    """The figures ``parts`` (two or more, written in the whole's unit) add up to ``whole``'s."""
    return len(parts) >= 2 and all(p.unit == whole.unit for p in parts) \
        and abs(sum(p.value for p in parts) - whole.value) <= _SUM_TOLERANCE


_UNIT_BELOW_GAP = 2  # the blank lines a table's unit line may stand below its last row


def _unit_below(doc: Document, block) -> str | None:
    """The unit a line right below the block's last row declares (合计 | … over （单位：元）), when the text goes on with
    a section heading, a sentence or nothing after it (no table of its own under it); else None."""
    last = max((fv.line_no for row in block.rows for fv in row.values), default=0)
    lines = doc.lines
    i = last  # (line_no is 1-based: lines[last] is the line after it)
    while i < len(lines) and i - last < _UNIT_BELOW_GAP and not lines[i].strip():
        i += 1
    # (a line declaring the unit and nothing else: （单位：元）, 金额单位：万元)
    if not last or i >= len(lines) or "单位" not in lines[i] or not is_unit_cell(lines[i]):
        return None
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and not (_SECTION_OPENS.match(lines[j]) or lines[j].rstrip().endswith("。")):
        return None  # (a unit line heading the table under it)
    return UNIT_DECLARATION_RE.search("".join(lines[i].split())).group("unit")


def _cost_table(block, meanings: list[str | None]) -> str | None:
    """What the total row of a table of named costs sums (``meanings``: its rows' row_meaning), or None for
    another table: ``three_public_total`` when a row names one of the three costs and none names another
    part or cost; ``""`` when it holds other costs (会议费 | 培训费 | 合计): its total is ``other``."""
    if not all(m in (None, "total", "three_public_total") for m in meanings):
        return None
    # (a row that is a sentence, 厉行节约保障措施严格执行公务接待…。, names no cost)
    named = ["".join(row.label.split()) for row, m in zip(block.rows, meanings)
             if m is None and "。" not in row.label and "；" not in row.label]
    three = [label for label in named if any(w in label for w in R.THREE_PUBLIC_ROWS)]
    costs = [label for label in named if label.endswith(R.COST_ITEMS) and label not in three]
    if costs and len(costs) + len(three) >= 2 and len(costs) + len(three) == len(named):
        return ""
    return "three_public_total" if three else None


def _rate_part(label: str) -> str | None:
    """The part a rate's label opens with (基本支出执行率, 其中：项目支出执行率), None for the whole's rate."""
    text = _row_text(label)
    return next((w for w in V.RATE_PART_WORDS if text.startswith(w)), None)


def _read_value(doc: Document, fv: FundsValue, unit: str | None, meaning: str | None, row_label: str,
                figures: list[BudgetFigure], facts: TableFacts, scored: bool) -> None:
    # (the spending's total row, 本年支出合计 | 年初预算数 | 全年预算数 | 全年执行数, is the whole department's row of
    # a budget's execution: its budgets and rate are the department's)
    role = fv.role
    total = meaning == "total" or (meaning == "expenditure_total" and role in _BUDGET_ROLES)
    if role == "rate":
        if total:
            facts.execution_rates.append((float(fv.value), fv.line_no))
    elif role == "adjust_rate":
        if total:
            facts.adjustment_rates.append((float(fv.value), fv.line_no))
    elif role in ("staff_authorized", "staff_actual"):
        found = getattr(facts, role)
        if meaning == "total" and role not in facts.staff_totals:
            # the table's 合计 row (行政 | 40 | 38 over 事业 | 60 | 57 over 合计 | 100 | 95): the whole staff's, first
            facts.staff_totals.add(role)
            found.insert(0, (int(fv.value), fv.line_no))
        else:
            found.append((int(fv.value), fv.line_no))
    elif role in ("weight", "score"):
        if scored:
            weight, score = facts.funds_row or (None, None)
            facts.funds_row = (float(fv.value), score) if role == "weight" else (weight, float(fv.value))
    elif role == "amount":
        # 项目 | 金额: the row's label names the figure as a sentence's label would; under a bare year (项目 | 2022年)
        # only a label of the funds makes it money (服务人次 | 500 | 600 is no sum of money)
        item, label = (classify_label(row_label, None)[0], row_label) if row_label else ("other", fv.label)
        if item != "other" or not fv.year:
            figures.append(_figure(doc, fv, item, label, unit))
    elif role == "carryover_end":
        # (全年执行数 | 结转结余: the whole row's balance left at the year's end is the department's; a part's, its own)
        figures.append(_figure(doc, fv, "carryover_end", fv.label, unit) if meaning == "total"
                       else _figure(doc, fv, "other", row_label or fv.label, unit))
    elif role in MONEY_ROLES:
        if total and role != "budget":
            item, label = role, fv.label  # 合计 | 年初预算数: the column names the figure
        elif meaning not in (None, "total") and role == "expenditure_total":
            item, label = meaning, row_label  # 公用经费 | 2022年决算数
        else:
            item, label = "other", row_label or fv.label
        figures.append(_figure(doc, fv, item, label, unit))


_BUDGET_ROLES = frozenset(("budget_initial", "budget_adjustment", "budget_full_year", "rate"))


def _figure(doc: Document, fv: FundsValue, item: str, label: str, unit: str | None) -> BudgetFigure:
    unit = fv.unit or unit or declared_unit(doc, fv.line_no, fv.value)
    return BudgetFigure(item=item, label=_clean(label), amount_wan_yuan=to_wan_yuan(fv.value, unit),
                        amount_raw=fv.raw if fv.unit else f"{fv.raw}{unit}", line_no=fv.line_no,
                        fiscal_year=fv.year)
