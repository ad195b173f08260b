"""What a cell of the stream is: its key as a label, its kind, and the roles of the forms' labels.

Shared by the header finder and the block readers (``headers.py``, ``funds_block.py``,
``indicator_block.py``, ``fields.py``); the labels themselves are data in ``roles.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.numbers import NUMBER, UNIT_DECLARATION_RE
from pipelines.extract.targets import UNIT_PATTERN
from pipelines.extract.memo import per_text

INF = float("inf")


@lru_cache(maxsize=8192)  # the block readers ask again and again for the same cells
def compact(text: str | None) -> str:
    """A cell's text without whitespace (cell text is already NFKC-normalised and simplified)."""
    return "".join(text.split()) if text else ""


_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
_OP_CELL = re.compile(r"^(?:\d{2,4}\s*)?(≥|≧|>=|=>|≮|≤|≦|<=|=<|≯|=|═|＝|==|>|<|＞|＜|大于或等于|小于或等于|大于等于|小于等于|"
                      r"不低于|不高于|不少于|不超过|"
                      r"大于|小于|等于|定性|定量|正向|反向)$")
_OP_SYMBOL = {"≥": ">=", "≧": ">=", ">=": ">=", "=>": ">=", "≮": ">=", "大于或等于": ">=", "=<": "<=",
              "≯": "<=", "小于或等于": "<=", "大于等于": ">=", "不低于": ">=", "不少于": ">=",
              "≤": "<=", "≦": "<=", "<=": "<=", "小于等于": "<=", "不高于": "<=", "不超过": "<=",
              "=": "=", "═": "=", "＝": "=", "==": "=", "等于": "=", ">": ">", "＞": ">", "大于": ">", "<": "<",
              "＜": "<", "小于": "<"}
_PLACEHOLDERS = {"/", "—", "-", "——", "--", "…", "……", "...", "......", "－", "无", "/ /", "\\", "—/—", "——/——",
                 "*"}
_PER_UNIT = re.compile(UNIT_PATTERN)  # a unit per another (元/人·月, 次/年) in a unit column's cell
# A rate's base in a unit column's cell (1/10万, 1/1000, 1/千人: the health forms' incidence and mortality)
_RATE_BASE = re.compile(r"1/(?:10{2,5}|\d{0,3}[万千百])人?")
_PLAIN_NUMBER = re.compile(rf"^{NUMBER}\s*分?$")
_VALUE = re.compile(rf"^(?:[≥≤≧≦><=＞＜≮≯]{{1,2}}|不低于|不少于|不超过|不高于)?\s*{NUMBER}|{NUMBER}\s*(?:%|‰|[\u4e00-\u9fff/、]{{1,6}})?$")
_UNIT_NOTE = re.compile(r"^(?P<u>[%‰\u4e00-\u9fff/a-zA-Z²㎡]{1,5})\s*[(（][^()（）]{1,8}[)）]$")  # %(百分比)
ORDINAL = re.compile(r"^(?:指标\s*\d{1,2}\s*[:：.、．]?|\d{1,2}\s*[.、．:：](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*")
# 指标1：… / 指标2. …: a template's numbered name slot, so a name whatever follows
_NAMED_ORDINAL = re.compile(r"^(?:指标\s*\d{1,2}|[①-⑳])")
# 3. / (2) / 一、 / 任务1: a row number, never a name
_BARE_ORDINAL = re.compile(r"^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．)）]|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
                           r"|任务\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))$")
WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
TEMPLATE_SLOT = re.compile(r"^(?:指标\s*\d{0,2}|…+|\.{3,}|\d{1,2})$")


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """A cell as a label: compact, without a trailing bracketed note or colon."""
    k = compact(text).rstrip(":：")
    while k.endswith((")", "）")):
        stripped = _NOTE.sub("", k)
        if stripped == k or not stripped:
            break
        k = stripped.rstrip(":：")
    return k


def label_table(table: dict[str, list[str]]) -> dict[str, str]:
    return {label: role for role, labels in table.items() for label in labels}


FUNDS_LABELS = label_table(R.FUNDS_COLUMNS)
FUNDS_KEY_LABELS = {**{k: r for k, r in FUNDS_LABELS.items() if k not in R.FUNDS_GRID_ONLY},
                    **label_table(R.FUNDS_KEYS)}
INDICATOR_LABELS = label_table(R.INDICATOR_COLUMNS)
GROUP_LABELS = set(R.FUNDS_GROUPS) | set(R.INDICATOR_GROUPS)
_INDICATOR_GROUP_POINTS = re.compile(r"^(?:" + "|".join(R.INDICATOR_GROUPS) + r")\d+(?:\.\d+)?分$")


@lru_cache(maxsize=4096)
def kind(text: str) -> str:
    """empty | ph (placeholder) | op | unit | num | value | level1 | level2 | level (either) |
    oname (a numbered name slot: 指标1：…) | ord (a row number: 3. / (2)) | text"""
    s = compact(text) or ""
    if not s:
        return "empty"
    if s in _PLACEHOLDERS:
        return "ph"
    if _OP_CELL.match(s):
        return "op"
    if s in R.UNITS or s in R.UNITLESS_MEASURES or (_UNIT_NOTE.match(s) and _UNIT_NOTE.match(s).group("u") in R.UNITS) \
            or ("/" in s and (_PER_UNIT.fullmatch(s) or _RATE_BASE.fullmatch(s))) \
            or (s[0] == "个" and s[1:] in R.UNITS):
        return "unit"  # (1/10万, 1/1000: a rate's base; 个月, 个工作日: a counter opening the unit)
    if _PLAIN_NUMBER.match(s):
        return "num"
    lv = level_of(s)
    if lv:
        return lv
    if _NAMED_ORDINAL.match(s):
        return "oname"
    if _BARE_ORDINAL.match(s):
        return "ord"
    if len(s) <= 16 and _VALUE.match(s) and not ORDINAL.match(s):
        return "value"
    return "text"


# a level written as a section row of the table: 一、产出指标 / （一）数量指标 / 1.质量指标
# (and 1.1 / 2.1. as a second level under 1. / 2.)
_LEVEL_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[、.．](?!\d)"
                           r"|\d{1,2}(?:[.．]\d{1,2})+[、.．]?\s*(?=\D))")
_NUMBER_FIRST = frozenset("一二三四五六七八九十(（0123456789")
_POINTS_ENDS = ("分", ")", "）")  # (the last character of R.LEVEL_POINTS's two forms)
# A Roman numeral numbering the levels (Ⅰ 产出指标, ⅱ 质量指标: NFKC writes them I, ii), as 一、 and (1) do: taken off
# before a level's label only (a Latin letter opening any other cell is its own: V型, IV类)
_ROMAN_NUMBER = re.compile(r"^(?:[IVX]{1,4}|[ivx]{1,4})[、.．]?(?=[\u4e00-\u9fff])")
_ROMAN_FIRST = frozenset("IVXivx")


# A level cell naming its column before its label (一级指标：产出指标, 二级指标：数量指标), the levels written as rows
# of a table with no level columns: the column's label says which level the cell is
_LEVEL_COLUMN_OF = {label: level for level in ("level1", "level2") for label in R.INDICATOR_COLUMNS[level]}
_LEVEL_COLUMN_OPENS = tuple({label[:2] for label in _LEVEL_COLUMN_OF})
_LABELLED_FIRST = frozenset(label[0] for label in _LEVEL_COLUMN_OF)
_LABELLED_LEVEL_MAX = 12  # (a level's label is short: a longer text after 一级指标： is a sentence)


def labelled_level(s: str) -> tuple[str, str] | None:
    """(level1 | level2, the label) of a compact cell naming its level column before a colon (一级指标:产出指标);
    None for any other cell."""
    if not s.startswith(_LEVEL_COLUMN_OPENS) or ":" not in s:
        return None
    head, _, rest = s.partition(":")
    if (level := _LEVEL_COLUMN_OF.get(head)) is None:
        return None
    if rest.endswith(_POINTS_ENDS):
        rest = R.LEVEL_POINTS.sub("", rest)  # (一级指标：产出指标（50分）)
    if not 2 <= len(rest) <= _LABELLED_LEVEL_MAX or any(ch.isdigit() for ch in rest) \
            or _PUNCT.search(rest):
        return None
    return level, rest


def level_name(s: str) -> str:
    """A level cell's label without its points (产出指标(40分)), its section number (一、产出指标, Ⅰ 产出指标) and its
    column's label (一级指标：产出指标)."""
    if s[:1] in _LABELLED_FIRST and (labelled := labelled_level(s)) is not None:
        s = labelled[1]
    if s.endswith(_POINTS_ENDS):  # (the points close the cell: most cells are no level, and pass untouched)
        s = R.LEVEL_POINTS.sub("", s)
    if s[:1] in _NUMBER_FIRST and (m := _LEVEL_NUMBER.match(s)) is not None:
        s = s[m.end():]
    elif s[:1] in _ROMAN_FIRST and (m := _ROMAN_NUMBER.match(s)) is not None and _level_of(s[m.end():]):
        s = s[m.end():]
    return s


# Both levels in one cell, the first joined to the second by a dash or a slash (产出指标—数量指标,
# 满意度指标-服务对象满意度指标): the form's path to the row
# (older forms write the two short in a 指标类别 column: 产出-数量, 效益-经济效益)
_LEVEL_PATH = re.compile(r"^(?P<a>[^—\-－/]{2,6}?(?:指标)?)\s*(?:—+|-+|－+|/)\s*(?P<b>[^—\-－/]{2,14})$")


def level_path(s: str) -> tuple[str, str] | None:
    """(first level, second level) of a cell naming both (_LEVEL_PATH), else None."""
    if not ("指标" in s or "-" in s or "—" in s or "－" in s) or (m := _LEVEL_PATH.match(s)) is None:
        return None
    a = m.group("a")
    if a not in R.LEVEL1 and ("指标" in a or _level_of(a) != "level1"):
        return None
    b = m.group("b")
    return (m.group("a"), b) if _level_of(b) in ("level2", "level") else None


def level_of(s: str) -> str | None:
    if s[:1] in _LABELLED_FIRST and (labelled := labelled_level(s)) is not None:
        return labelled[0]  # (一级指标：社会效应: a first level whatever its words)
    s = level_name(s)
    if level_path(s) is not None:
        return "level2"  # (a level cell, read as its second level: the path's end)
    return _level_of(s)


def _level_of(s: str) -> str | None:
    one = s in R.LEVEL1 or s in R.FRAME_LEVEL1
    # any short "…指标" cell is a second-level label (服务对象满意度指标等), unless it is a first-level one
    two = s in R.LEVEL2 or s in R.FRAME_LEVEL2 or (not one and s.endswith(("指标", "指标等")) and 3 <= len(s) <= 12
                            and s not in INDICATOR_LABELS and s not in GROUP_LABELS)
    if one and two:
        return "level"
    return "level1" if one else "level2" if two else None


level_of = per_text(level_of)


def op_of(text: str) -> str | None:
    m = _OP_CELL.match(compact(text) or "")
    return _OP_SYMBOL.get(m.group(1)) if m else None


# A bound written after its figure (90% 以上), a part of a value like a unit
_SUFFIX_BOUNDS = frozenset(V.OP_SUFFIX.split("|"))


@lru_cache(maxsize=4096)
def loose_part(text: str) -> str | None:
    """What a cell holding only a part of a value is, its figure in the cell next to it (PDF text parts them by a
    space): "op" for a bound before the figure (≥, 不低于); "unit" for a unit or a bound after it (%, 公里, 个百分点,
    以上: a score's 分 aside, a weight or a score keeps its bare number); None for any other cell."""
    t = text.strip()
    k = kind(t)
    if k == "op":
        return k
    if k == "unit" and t != "分" or t in _SUFFIX_BOUNDS or t[:1] == "个" and kind(t[1:]) == "unit":
        return "unit"
    return None


def joins_loose_part(figure: str, part: str) -> bool:
    """Whether the cell ``part`` (a ``loose_part`` "unit") goes on the figure of the cell before it: a unit right
    after a digit (38.2 | 公里), a bound after a value (3000人 | 以上)."""
    f = figure.strip()
    return kind(f) in ("num", "value") and (f[-1:].isdigit() or part.strip() in _SUFFIX_BOUNDS)


def declared_unit(texts: list[str]) -> str | None:
    """The money unit a cell declares: 项目资金(元), (万元), 金额单位：万元."""
    for t in texts:
        m = UNIT_DECLARATION_RE.search(compact(t))
        if m:
            return m.group("unit")
    return None


# (a declaration alone in the cell, （单位：万元） / 金额单位：万元, is one as well)
_UNIT_ALONE = re.compile(r"[(（]?(?:(?:金额)?单位[:：]?)?(?:亿元|万元|千元|元)[)）]?")


def is_unit_cell(text: str) -> bool:
    """A cell that only declares the unit of the next one: (万元), 万元, （单位：万元）."""
    return bool(_UNIT_ALONE.fullmatch(compact(text)))


def suffix_matcher(labels: Iterable[str]) -> Callable[..., str | None]:
    """A function giving the longest of ``labels`` (3 characters or more) that a short cell ends with,
    when the cell says more than the label (整体年度实际支出数 -> 实际支出数; a clause never matches).
    The labels are reversed so that one anchored match finds the longest."""
    pattern = re.compile("|".join(re.escape(lab[::-1]) for lab in sorted(
        (lab for lab in labels if len(lab) >= 3), key=len, reverse=True)))

    def longest(k: str, max_len: int = 16) -> str | None:
        if not 3 < len(k) <= max_len or _PUNCT.search(k):
            return None
        m = pattern.match(k[::-1])
        return m.group()[::-1] if m else None

    return longest


LABEL_MAX = 30  # longer cells are text, never a label: not worth normalising
_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}年度?")
_LAST_YEAR_LEAD = re.compile(r"^(?:上年度?|上一年度?|去年)")
_LAST_YEAR_FIRST = frozenset("上去")
_YEAR_AMOUNTS = frozenset(("", "金额", "数额", "数"))
_PUNCT = re.compile(r"[，,。；;、:：]")
# a funds label at the end of a longer header cell (整体年度实际支出数, 转移支付预算数)
_funds_suffix = suffix_matcher(FUNDS_LABELS)
_BARE_BUDGET = frozenset(R.FUNDS_BARE_BUDGET)


@lru_cache(maxsize=8192)
def funds_label(k: str) -> tuple[str, int | None, str] | None:
    """(role, year, label) of a funds/base-table header cell: ``全年预算数``, ``2022年决算数`` (a year's
    column), ``整体支出年初预算数`` (a qualified label). A year's bare 预算数 is that year's budget, not
    the evaluated full-year budget."""
    year = None
    m = _YEAR_LEAD.match(k)
    if m:
        year, k = int(k[:4]), k[m.end():]
    elif k[:1] in _LAST_YEAR_FIRST and (m := _LAST_YEAR_LEAD.match(k)) is not None and len(k) > m.end():
        year, k = -1, k[m.end():]  # 上年决算数 beside 本年决算数: last year's column (-1: the year before the report's)
    if k in GROUP_LABELS:
        return None  # 年度预算数(万元) over 年初预算 | 调整后预算数: a group of columns, not one
    if year is not None and k in _YEAR_AMOUNTS:
        return "amount", year, k or "金额"  # 项目 | 2022年 | 2023年: each year's amount, named by the row
    label = k if k in FUNDS_LABELS else _funds_suffix(k)
    if label is None:
        return None
    role = FUNDS_LABELS[label]
    if year is not None and label in _BARE_BUDGET:
        role = "budget"
    return role, year, label


# Every header label ends in one of these characters: a cheap test before the lookups.
HEADER_ENDS = frozenset(lab[-1] for lab in (*INDICATOR_LABELS, *FUNDS_LABELS, *GROUP_LABELS, *R.HEADER_FRAGMENTS)) | {"分"}


_FUNDS_ROW_LABELS = frozenset((*R.FUNDS_TOTAL_ROWS, *R.FUNDING_SOURCES, *R.FUNDS_PART_ITEMS))


def known_funds_row(label: str) -> bool:
    """A funds row's label the vocabulary knows, whole: a whole's, a part's, or a source of funds (其中： before it or
    not)."""
    return label.removeprefix("其中").lstrip(":：") in _FUNDS_ROW_LABELS


@lru_cache(maxsize=8192)  # per distinct key: the header finder asks for every label-like cell
def is_header_cell(k: str) -> bool:
    if not k or k[-1] not in HEADER_ENDS:
        return False
    return k in INDICATOR_LABELS or k in GROUP_LABELS or bool(_INDICATOR_GROUP_POINTS.match(k)) or funds_label(k) is not None


BUDGET_ROLES = frozenset(("budget_initial", "budget_adjustment", "budget_full_year", "budget"))
MONEY_ROLES = ("budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total", "budget")
# ... and a bare amount's column (项目 | 金额, 项目 | 2022年 | 2023年): the row's label names the figure
AMOUNT_ROLES = (*MONEY_ROLES, "amount")
STAFF_ROLES = ("staff_authorized", "staff_actual")
