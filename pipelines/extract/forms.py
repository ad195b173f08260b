"""Read the national forms from the cell stream, by the role of each cell.

A block starts at a run of header cells (``roles.FUNDS_COLUMNS`` / ``roles.INDICATOR_COLUMNS``):
the run fixes the block's columns and their order, whatever the layout. The rows that follow are
decoded against those columns from what each cell looks like (a level label, a name, an operator,
a value with its unit, a plain number, a placeholder), not from where the page put it:
- funds block: a row label (年度资金总额, 其中：财政拨款 …) then its values; the values are matched
  to the columns in order, a missing cell being the one whose absence costs least (年初预算数 is
  the column most often left blank; a % is the execution rate);
- indicator block: a small Viterbi decoder over the cells, where a row is
  ``[一级] [二级] 三级 [描述] [性质] [指标值] [单位] [完成值] [完成情况] [分值/得分…] [原因]`` in the
  header's order; level cells appear only when they change (merged cells), empty template rows are
  skipped, and a line break is only a hint of a new row.
- label -> value pairs (计划安排资金 | (万元) | 170; 转移支付预算数(A) 5.8万) outside a grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from pipelines.extract import roles as R
from pipelines.extract.numbers import NUMBER, parse_number
from pipelines.model import Cell


INF = float("inf")


def compact(text: str | None) -> str:
    """A cell's text without whitespace (cell text is already NFKC-normalised and simplified)."""
    return "".join(text.split()) if text else ""

# --- what a cell is --------------------------------------------------------------------------

_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
_OP_CELL = re.compile(r"^(?:\d{2,4}\s*)?(≥|≧|>=|≤|≦|<=|=|═|＝|==|>|<|＞|＜|大于等于|小于等于|不低于|不高于|不少于|不超过|"
                      r"大于|小于|等于|定性|定量|正向|反向)$")
_OP_SYMBOL = {"≥": ">=", "≧": ">=", ">=": ">=", "大于等于": ">=", "不低于": ">=", "不少于": ">=",
              "≤": "<=", "≦": "<=", "<=": "<=", "小于等于": "<=", "不高于": "<=", "不超过": "<=",
              "=": "=", "═": "=", "＝": "=", "==": "=", "等于": "=", ">": ">", "＞": ">", "大于": ">", "<": "<",
              "＜": "<", "小于": "<"}
_PLACEHOLDERS = {"/", "—", "-", "——", "--", "…", "……", "...", "......", "－", "无", "/ /", "\\", "—/—", "——/——",
                 "*"}
_PLAIN_NUMBER = re.compile(rf"^{NUMBER}\s*分?$")
_VALUE = re.compile(rf"^(?:[≥≤≧≦><=＞＜]|不低于|不少于|不超过|不高于)?\s*{NUMBER}|{NUMBER}\s*(?:%|‰|[\u4e00-\u9fff/、]{{1,6}})?$")
_UNIT_NOTE = re.compile(r"^(?P<u>[%‰\u4e00-\u9fff/a-zA-Z²㎡]{1,5})\s*[(（][^()（）]{1,8}[)）]$")  # %(百分比)
_ORDINAL = re.compile(r"^(?:指标\s*\d{1,2}\s*[:：.、．]?|\d{1,2}\s*[.、．:：](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*")
# 指标1：… / 指标2. …: a template's numbered name slot, so a name whatever follows
_NAMED_ORDINAL = re.compile(r"^(?:指标\s*\d{1,2}|[①-⑳])")
# 3. / (2) / 一、: a row number, never a name
_BARE_ORDINAL = re.compile(r"^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．)）]|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）])$")
_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_TEMPLATE_SLOT = re.compile(r"^(?:指标\s*\d{0,2}|…+|\.{3,}|\d{1,2})$")
_DECLARED_UNIT = re.compile(r"[(（:：]\s*(?P<unit>亿元|万元|千元|元)\s*[)）]?")


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


def _label_table(table: dict[str, list[str]]) -> dict[str, str]:
    return {label: role for role, labels in table.items() for label in labels}


_FUNDS = _label_table(R.FUNDS_COLUMNS)
_FUNDS_KEYS = {**_FUNDS, **_label_table(R.FUNDS_KEYS)}
_IND = _label_table(R.INDICATOR_COLUMNS)
_GROUPS = set(R.FUNDS_GROUPS) | set(R.INDICATOR_GROUPS)
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
    if s in R.UNITS or (_UNIT_NOTE.match(s) and _UNIT_NOTE.match(s).group("u") in R.UNITS):
        return "unit"
    if _PLAIN_NUMBER.match(s):
        return "num"
    lv = level_of(s)
    if lv:
        return lv
    if _NAMED_ORDINAL.match(s):
        return "oname"
    if _BARE_ORDINAL.match(s):
        return "ord"
    if len(s) <= 16 and _VALUE.match(s) and not _ORDINAL.match(s):
        return "value"
    return "text"


def level_of(s: str) -> str | None:
    s = R.LEVEL_POINTS.sub("", s)
    one = s in R.LEVEL1
    # any short "…指标" cell is a second-level label (服务对象满意度指标等), unless it is a first-level one
    two = s in R.LEVEL2 or (not one and s.endswith(("指标", "指标等")) and 3 <= len(s) <= 12
                            and s not in _IND and s not in _GROUPS)
    if one and two:
        return "level"
    return "level1" if one else "level2" if two else None


def op_of(text: str) -> str | None:
    m = _OP_CELL.match(compact(text) or "")
    return _OP_SYMBOL.get(m.group(1)) if m else None


def declared_unit(texts: list[str]) -> str | None:
    for t in texts:
        m = _DECLARED_UNIT.search(compact(t) or "")
        if m:
            return m.group("unit")
    return None


# --- header runs -----------------------------------------------------------------------------

@dataclass
class Header:
    start: int  # index of the first header cell
    end: int  # index after the last header cell
    block: str  # "funds" | "indicators"
    columns: list[str]  # roles in the order the rows give their cells
    labels: list[str]  # the header label of each column
    unit: str | None = None  # money unit the header declares (项目资金(元))
    years: list[int | None] = field(default_factory=list)  # the year a column names (2022年决算数)


_LABEL_MAX = 30  # longer cells are text, never a label: not worth normalising
_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}年度?")
# Funds labels matched at the end of a longer header cell (整体年度实际支出数, 转移支付预算数),
# reversed so one anchored match finds the longest.
_FUNDS_SUFFIX = re.compile("|".join(re.escape(lab[::-1]) for lab in sorted(
    (lab for lab in _FUNDS if len(lab) >= 3), key=len, reverse=True)))
_PUNCT = re.compile(r"[，,。；;、:：]")


@lru_cache(maxsize=8192)
def funds_label(k: str) -> tuple[str, int | None, str] | None:
    """(role, year, label) of a funds/base-table header cell: ``全年预算数``, ``2022年决算数`` (a year's
    column), ``整体支出年初预算数`` (a qualified label). A year's bare 预算数 is that year's budget, not
    the evaluated full-year budget."""
    year = None
    m = _YEAR_LEAD.match(k)
    if m:
        year, k = int(k[:4]), k[m.end():]
    if k in _GROUPS:
        return None  # 年度预算数(万元) over 年初预算 | 调整后预算数: a group of columns, not one
    label = k if k in _FUNDS else None
    if label is None and 3 <= len(k) <= 16 and not _PUNCT.search(k):
        sm = _FUNDS_SUFFIX.match(k[::-1])
        label = sm.group()[::-1] if sm else None
    if label is None:
        return None
    role = _FUNDS[label]
    if year is not None and label == "预算数":
        role = "budget"
    return role, year, label


# Every header label ends in one of these characters: a cheap test before the lookups.
_HEADER_ENDS = frozenset(lab[-1] for lab in (*_IND, *_FUNDS, *_GROUPS, *R.HEADER_FRAGMENTS)) | {"分"}


def _is_header_cell(k: str) -> bool:
    if not k or k[-1] not in _HEADER_ENDS:
        return False
    return k in _IND or k in _GROUPS or bool(_INDICATOR_GROUP_POINTS.match(k)) or funds_label(k) is not None


def _joined_label(keys: list[str], i: int) -> tuple[str, int] | None:
    """A header cell broken over two or three cells (整体支出年初预 | 算数; 年初预算 | 数): the joined label
    and the number of cells it takes, when the join names a column the first cell alone does not."""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if not nxt or len(nxt) > 3 or not keys[i] or nxt[-1] not in _HEADER_ENDS:
        return None  # the broken-off piece is short (算数, 数, 出数, 指标)
    for span in (3, 2):
        parts = keys[i: i + span]
        if len(parts) < span or not all(parts) or any(len(p) > 12 for p in parts) or len(parts[-1]) > 3:
            continue
        joined = "".join(parts)
        if joined in _IND:
            return joined, span
        fl = funds_label(joined)
        if fl is not None and len(fl[2]) > len(parts[-1]):
            # the label starts inside an earlier piece: 全年预算数 | 全年执行数 is two cells, not one
            if joined not in _FUNDS and funds_label(parts[-1]) is not None and fl[2] == funds_label(parts[-1])[2]:
                continue
            return joined, span
    return None


def find_headers(cells: list[Cell]) -> list[Header]:
    """Every run of header cells that makes a funds or an indicator header, in stream order."""
    out: list[Header] = []
    i, n = 0, len(cells)
    keys = [key(c.text) if len(c.text) <= _LABEL_MAX else "" for c in cells]
    while i < n:
        if not (_is_header_cell(keys[i]) or keys[i] in R.HEADER_FRAGMENTS or _joined_label(keys, i)):
            i += 1
            continue
        j = i
        run: list[tuple[int, str]] = []  # (first cell index, label key)
        while j < n:
            k = keys[j]
            joined = _joined_label(keys, j) if k else None
            if joined is not None:
                run.append((j, joined[0]))
                j += joined[1]
                continue
            if not k or _is_header_cell(k) or k in R.HEADER_FRAGMENTS or _DECLARED_UNIT.fullmatch(k) \
                    or (k in ("指标", "预算数", "执行数") and run and run[-1][1] in R.HEADER_FRAGMENTS):
                if k:
                    run.append((j, k))
                j += 1
                continue
            break
        header = _make_header(cells, run, j)
        if header is not None:
            out.append(header)
            i = header.end
        else:
            i = max(j, i + 1)
    return out


def _resolve_fragments(run: list[tuple[int, str]], cells_line: dict[int, int]) -> list[tuple[int, str]]:
    """(cell index, label) of a run, broken cells joined: ``一级`` + ``指标``; ``年度`` … ``指标值``."""
    used: set[int] = set()
    out: list[tuple[int, str]] = []
    for p, (idx, k) in enumerate(run):
        if idx in used:
            continue
        if k in R.HEADER_FRAGMENTS and k not in _FUNDS and k not in _IND:
            # the next cell (一级 | 指标), else a cell of a later line (a header written column by column)
            later = [(q, kq) for q, kq in run[p + 1:] if q == idx + 1 or cells_line[q] > cells_line[idx]]
            for q, kq in later:
                if q not in used and ((k + kq) in _IND or (k + kq) in _FUNDS):
                    used.add(q)
                    k = k + kq
                    break
            else:
                continue
        out.append((idx, k))
    return out


def is_indicator_header(texts: list[str]) -> bool:
    """Whether a row of cells is an indicator block's header (三级指标 with its 指标值 or 完成值)."""
    roles = {_IND.get(key(t)) for t in texts}
    return "name" in roles and bool(roles & {"target", "actual"})


_MONEY = ("budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total", "budget")
_STAFF = ("staff_authorized", "staff_actual")


def _make_header(cells: list[Cell], run: list[tuple[int, str]], end: int) -> Header | None:
    if not run:
        return None
    labelled = _resolve_fragments(run, {i: cells[i].line_no for i, _ in run})
    ind = [(i, k, _IND[k]) for i, k in labelled if k in _IND]
    ind_roles = {r for _, _, r in ind}
    start = run[0][0]
    if "name" in ind_roles and ind_roles & {"target", "actual"}:
        columns, labels = _indicator_columns(ind)
        return Header(start, end, "indicators", columns, labels)
    funds = [(k, fl) for _, k in labelled if (fl := funds_label(k)) is not None]
    roles = [fl[0] for _, fl in funds]
    money = [r for r in roles if r in _MONEY]
    # one money column will do in a header row that opens with its label column (项目 | 全年执行数)
    row_header = start > 0 and cells[start - 1].line_no == cells[start].line_no and cells[start - 1].row_start
    if len(money) >= 2 or (money and ("rate" in roles or row_header)) or sum(r in _STAFF for r in roles) >= 2:
        seen: dict[tuple[str, int | None], str] = {}
        for k, (role, year, _) in funds:
            seen.setdefault((role, year), k)
        unit = declared_unit([cells[i].text for i, _ in run])
        return Header(start, end, "funds", [r for r, _ in seen], list(seen.values()), unit, [y for _, y in seen])
    return None


# Where each role goes in a row; the trailing roles (分值, 得分, …) keep the header's order.
_RANK = {"index": 0, "level1": 1, "level2": 2, "name": 3, "nature": 5, "target": 6, "unit": 7, "actual": 8,
         "status": 9}
_TRAILING = {"weight", "score", "other"}


def _indicator_columns(ind: list[tuple[int, str, str]]) -> tuple[list[str], list[str]]:
    """The row order of an indicator header's roles. Level, name and value roles take the forms'
    order (a two-line header gives 年度指标值 first and its parts 指标性质/指标值/度量单位 after the
    level labels); the trailing numbers (分值, 得分, 折算得分 …) keep the header's order."""
    first: dict[str, int] = {}
    label: dict[str, str] = {}
    for p, (_, k, r) in enumerate(ind):
        first.setdefault(r, p)
        label.setdefault(r, k)
    # the level columns are always there: a header may have lost its 一级指标 cell, its rows keep theirs
    columns = sorted({*(r for r in first if r in _RANK), "level1", "level2"}, key=_RANK.get)
    labels = [label.get(r, "") for r in columns]
    # a free-text description may follow the name (指标解释)
    at = columns.index("name") + 1
    columns.insert(at, "desc")
    labels.insert(at, "")
    # 分值 written between the name and the target (三级指标 | 分值 | 年度指标值) comes before the target
    early_weight = "weight" in first and "target" in first and first["name"] < first["weight"] < first["target"]
    if early_weight:
        columns.insert(at + 1, "weight")
        labels.insert(at + 1, label["weight"])
    trailing: list[tuple[str, str]] = []
    for p, (_, k, r) in enumerate(ind):
        if r in _TRAILING and not (early_weight and p == first["weight"]) and r not in [t for t, _ in trailing]:
            trailing.append((r, k))
    columns += [r for r, _ in trailing]
    labels += [k for _, k in trailing]
    if "reason" in first:
        columns.append("reason")
        labels.append(label["reason"])
    return columns, labels


# --- funds block ------------------------------------------------------------------------------
# The 自评表's funds block and the base-data tables (经费控制情况 | 2022年决算数 | 2023年预算数 …) alike:
# a header of value columns, then rows of a label and its values.

@dataclass
class FundsValue:
    role: str  # a money role (canonical item code or "budget"), rate, adjust_rate, weight, score, staff_…
    raw: str
    value: Decimal
    unit: str | None  # money unit written in the cell (万元, 元, 万), if any
    line_no: int
    label: str  # row label + column label, as written
    year: int | None = None  # the year the column names


@dataclass
class FundsRow:
    label: str  # the row label, compact ("" when the row has none)
    values: list[FundsValue]


@dataclass
class FundsBlock:
    header: Header
    rows: list[FundsRow] = field(default_factory=list)


_MONEY_CELL = re.compile(rf"^(?P<num>{NUMBER})\s*(?P<unit>亿元|万元|千元|元|万)$")
_FUNDS_STOP = {"年度总体目标", "年度目标", "总体目标", "预期目标", "绩效目标", "年度绩效目标", "绩效指标", "主要任务",
               "部门整体支出绩效目标", "总体目标完成情况", "年度总体目标完成情况"}
_ROW_LABEL_MAX = 20


def read_funds(cells: list[Cell], header: Header) -> tuple[FundsBlock, int]:
    """Rows of a label and its values under a funds/base-table header; the index where the block ends
    (a long text, the next block, ten rows in a row without values). A page that writes each row's
    label after its numbers (the block opens with numbers and ends with a label) is read that way."""
    segments: list[tuple[str, list[Cell]]] = []  # (label, value cells) in stream order
    i, n = header.end, len(cells)
    idle = 0
    while i < n and len(segments) < 60 and idle < 10:
        while i < n and kind(cells[i].text) == "empty":
            i += 1
        start = i
        label_cells: list[Cell] = []
        while i < n and kind(cells[i].text) in ("text", "level1", "level2", "level", "unit", "ord", "oname") \
                and len(label_cells) < 3 and len(cells[i].text) <= _ROW_LABEL_MAX \
                and not (label_cells and cells[i].row_start) \
                and not _is_header_cell(key(cells[i].text)) and key(cells[i].text) not in _FUNDS_STOP:
            label_cells.append(cells[i])
            i += 1
        values: list[Cell] = []
        while i < n and kind(cells[i].text) in ("num", "value", "ph", "empty"):
            values.append(cells[i])
            i += 1
        if (not label_cells and not values) or i == start:
            break
        filled = any(kind(c.text) != "empty" for c in values)
        if not filled and not label_cells:
            break
        idle = 0 if filled else idle + 1  # a row whose values are blank: a merged heading, a part left empty
        segments.append((key("".join(c.text for c in label_cells)), values if filled else []))
    if len(segments) >= 2 and not segments[0][0] and segments[0][1] and segments[-1][0] and not segments[-1][1]:
        segments = [(segments[k + 1][0], segments[k][1]) for k in range(len(segments) - 1)]
    block = FundsBlock(header, [FundsRow(label, _align(values, header, label) if values else [])
                                for label, values in segments])
    return block, i


def _funds_cost(cell: Cell, role: str) -> float:
    s = compact(cell.text) or ""
    k = kind(cell.text)
    if k == "ph":
        return 0.2
    if s.endswith("%"):
        return 0.0 if role in ("rate", "adjust_rate", "other") else INF
    if _MONEY_CELL.match(s):
        return 0.0 if role in _MONEY else INF
    v = parse_number(s)
    if v is None:
        return INF
    if role in _MONEY:
        return 0.3
    if role in ("weight", "score"):
        return 0.3 if 0 <= v <= 100 else INF
    if role in ("rate", "adjust_rate"):
        return 0.5 if 0 <= v <= 200 else INF
    if role in _STAFF:
        return 0.3 if v == int(v) else INF
    return 2.0


_FUNDS_SKIP = {"budget_initial": 0.5, "budget_adjustment": 0.5, "budget_full_year": 1.0, "expenditure_total": 1.5,
               "weight": 1.0, "rate": 1.0, "score": 1.0, "note": 0.2}


def _align(values: list[Cell], header: Header, row_label: str) -> list[FundsValue]:
    """A row's values to the header's columns. A row with one cell per column (blanks kept, as native
    and tab rows give them) is read by position; otherwise blanks are dropped and the non-blank cells
    are matched to the columns in order by what they hold, a missing cell being the one whose absence
    costs least (年初预算数 is the column most often left blank; a % is a rate)."""
    cols = header.columns
    if len(values) == len(cols):
        placed = list(zip(values, range(len(cols))))
        if all(_funds_cost(c, cols[j]) < INF for c, j in placed if kind(c.text) != "empty"):
            return _values(placed, header, row_label)
    values = [c for c in values if kind(c.text) != "empty"]
    m, k = len(values), len(cols)
    # best[a][b]: cost of placing values[:a] into cols[:b]
    best = [[INF] * (k + 1) for _ in range(m + 1)]
    back: dict[tuple[int, int], tuple[int, int, bool]] = {}
    best[0][0] = 0.0
    for a in range(m + 1):
        for b in range(k + 1):
            cur = best[a][b]
            if cur == INF:
                continue
            if b < k and cur + _FUNDS_SKIP.get(cols[b], 1.0) < best[a][b + 1]:
                best[a][b + 1] = cur + _FUNDS_SKIP.get(cols[b], 1.0)
                back[(a, b + 1)] = (a, b, False)
            if a < m and b < k:
                c = cur + _funds_cost(values[a], cols[b])
                if c < best[a + 1][b + 1]:
                    best[a + 1][b + 1] = c
                    back[(a + 1, b + 1)] = (a, b, True)
            if a < m and cur + 3.0 < best[a + 1][b]:
                best[a + 1][b] = cur + 3.0
                back[(a + 1, b)] = (a, b, False)
    if best[m][k] == INF:
        return []
    placed = []
    a, b = m, k
    while (a, b) != (0, 0):
        pa, pb, put = back[(a, b)]
        if put:
            placed.append((values[pa], pb))
        a, b = pa, pb
    placed.reverse()
    return _values(placed, header, row_label)


def _values(placed: list[tuple[Cell, int]], header: Header, row_label: str) -> list[FundsValue]:
    out = []
    for cell, j in placed:
        role = header.columns[j]
        if role == "note" or kind(cell.text) in ("ph", "empty"):
            continue
        s = compact(cell.text) or ""
        v = parse_number(s)
        if v is None:
            continue
        m = _MONEY_CELL.match(s)
        unit = m.group("unit") if m else None
        if role in ("rate", "adjust_rate") and "%" not in s and v <= Decimal("1.5"):
            v = v * 100  # a rate written as a fraction (0.958) is a percentage (95.8)
        out.append(FundsValue(role=role, raw=cell.text.strip(), value=v, unit="万元" if unit == "万" else unit,
                              line_no=cell.line_no, label=f"{row_label} {header.labels[j]}".strip(),
                              year=header.years[j] if header.years else None))
    return out


def read_funds_pairs(cells: list[Cell], taken: set[int]) -> list[FundsValue]:
    """``计划安排资金 (万元) 170``, ``转移支付预算数(A) 5.8万``: a funds label, then its value."""
    out: list[FundsValue] = []
    n = len(cells)
    for i, c in enumerate(cells):
        if i in taken or len(c.text) > _LABEL_MAX:
            continue
        k = key(c.text)
        role = _FUNDS_KEYS.get(k) or _FUNDS_KEYS.get(_suffix_label(k))
        if role is None or role not in ("rate", "received", "carryover_end") + _MONEY or role == "budget":
            continue
        j = i + 1
        unit = declared_unit([c.text])
        while j < n and j - i <= 3 and (kind(cells[j].text) == "empty" or _DECLARED_UNIT.fullmatch(key(cells[j].text) or "")
                                         or re.fullmatch(r"[(（]?\s*(?:亿元|万元|元)\s*[)）]?", compact(cells[j].text) or "")):
            unit = unit or declared_unit([cells[j].text]) or (compact(cells[j].text) or "").strip("()（）") or None
            j += 1
        if j >= n or kind(cells[j].text) not in ("num", "value") or j in taken:
            continue
        s = compact(cells[j].text) or ""
        v = parse_number(s)
        if v is None:
            continue
        if role == "rate":
            if not (s.endswith("%") or "%" in c.text or 0 <= v <= 100):
                continue
            out.append(FundsValue("rate", cells[j].text.strip(), v, None, cells[j].line_no, k))
            continue
        if role == "received":
            continue
        m = _MONEY_CELL.match(s)
        if not m and not re.fullmatch(NUMBER, s):
            continue
        u = (m.group("unit") if m else None) or unit
        out.append(FundsValue(role, cells[j].text.strip(), v, "万元" if u == "万" else u, cells[j].line_no, k))
    return out


# Labels matched at the end of a cell, reversed so one anchored match finds the longest.
_SUFFIX_RE = re.compile("|".join(re.escape(lab[::-1]) for lab in sorted(
    (lab for lab in _FUNDS_KEYS if len(lab) >= 3), key=len, reverse=True)))


def _suffix_label(k: str) -> str | None:
    """转移支付预算数 -> 预算数: a qualified funds label ends with a known one (a cell, not a clause)."""
    if len(k) > 14 or not k:
        return None
    m = _SUFFIX_RE.match(k[::-1])
    if m is None or m.end() == len(k) or re.search(r"[，,。；;、:：]", k):
        return None
    return m.group()[::-1]


# --- indicator block ---------------------------------------------------------------------------

@dataclass
class IndicatorRow:
    level1: str | None
    level2: str | None
    name: str
    line_no: int
    cells: dict[str, str]  # role -> cell text


@dataclass
class IndicatorBlock:
    header: Header
    rows: list[IndicatorRow]
    total_weight: float | None = None
    total_score: float | None = None


_TOTALS = set(R.TOTAL_ROWS)
_ENDS = set(R.BLOCK_END)
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章部分节])")


def block_end(cells: list[Cell], start: int, limit: int = 600) -> int:
    """Where an indicator block stops: its totals row, the form's closing rows, a section heading,
    running text, or another header."""
    n = min(len(cells), start + limit)
    for i in range(start, n):
        k = key(cells[i].text)
        if k in _TOTALS or k in _ENDS or _SECTION.match(k) or len(k) > 120:
            return i
    return n


# Emission costs of a cell kind in a column (lower is likelier); missing kinds cannot go there.
_EMIT: dict[str, dict[str, float]] = {
    "level1": {"level1": 0.0, "level": 0.0},
    "level2": {"level2": 0.0, "level": 0.2},
    "index": {"num": 0.0, "ord": 0.0},
    "name": {"text": 0.0, "oname": 0.0, "value": 2.0, "num": 6.0, "unit": 4.0, "level2": 3.0},
    "desc": {"text": 1.5},
    "nature": {"op": 0.0, "empty": 0.2},
    "target": {"value": 0.0, "num": 0.3, "text": 1.2, "ph": 0.5, "empty": 0.3, "unit": 2.0, "oname": 6.0},
    "unit": {"unit": 0.0, "empty": 0.2},
    "actual": {"value": 0.0, "num": 0.3, "text": 1.2, "ph": 0.5, "empty": 0.3, "unit": 2.0, "oname": 6.0},
    "status": {"text": 0.8, "empty": 0.2, "ph": 0.3},
    "weight": {"num": 0.0, "ph": 0.5, "empty": 0.3},
    "score": {"num": 0.0, "ph": 0.5, "empty": 0.3},
    "other": {"num": 0.5, "text": 1.5, "empty": 0.1, "ph": 0.3},
    "reason": {"text": 1.0, "ph": 0.0, "empty": 0.0, "value": 1.5, "num": 2.5, "oname": 4.0},
}
_SKIP = {"level1": 0.0, "level2": 0.0, "index": 0.0, "name": 6.0, "desc": 0.0, "nature": 0.3, "target": 1.0,
         "unit": 0.3, "actual": 1.0, "status": 0.3, "weight": 1.0, "score": 1.0, "other": 0.2, "reason": 0.2}
_ROW = 1.0  # starting a row
_TRAILING_SKIP = 0.6
_HINT = 2.0  # going against the layout's row hint
_JUNK = {"empty": 0.0, "ph": 1.0, "ord": 0.3}  # a cell left out of every row
_CONTINUED = 1.5  # a name or description broken into two cells (网格 | 员到岗率)
_JUNK_OTHER = 3.5


def _emit(cell_kind: str, role: str, text: str) -> float:
    cost = _EMIT[role].get(cell_kind, INF)
    if role in ("weight", "score") and cell_kind == "num":
        v = parse_number(text)
        if v is None or v > 100:
            return INF
    return cost


def decode_rows(cells: list[Cell], columns: list[str]) -> list[list[tuple[int, str]]]:
    """Viterbi over the cells: each cell goes to a column of the current row, starts a new row, or is
    left out. Returns the rows as (cell index, role) lists."""
    n, k = len(cells), len(columns)
    if n == 0:
        return []
    kinds = [kind(c.text) for c in cells]
    filled = [x for x in kinds if x != "empty"]
    starts = sum(c.row_start for c, x in zip(cells, kinds) if x != "empty")
    hints = bool(filled) and starts / len(filled) <= 0.45  # several cells a line: the lines are rows
    skip_prefix = [0.0]
    for r in columns:
        skip_prefix.append(skip_prefix[-1] + _SKIP[r])

    def skips(a: int, b: int) -> float:  # columns a..b-1 left empty
        return skip_prefix[b] - skip_prefix[a] if b > a else 0.0

    # The row ends after column s. A row of level cells only is a merged slot; a row cut short (an
    # excerpt's end, a name whose values were never filled in) loses its last cells, so those cost less
    # than a cell missing in the middle. Indexed s + 1 (s = -1: no row yet).
    closing = [0.0] + [0.0 if columns[s] in ("level1", "level2") else _TRAILING_SKIP * skips(s + 1, k)
                       for s in range(k)]

    def close(s: int) -> float:
        return closing[s + 1]

    # state s: last column filled in the current row (-1: no row yet), stored at index s + 1
    best = [0.0] + [INF] * k
    backs: list[list[tuple[int, str]]] = []  # per cell: for each state, (previous state, action)
    states = range(-1, k)
    for i in range(n):
        cell, ck = cells[i], kinds[i]
        new = [INF] * (k + 1)
        back: list[tuple[int, str]] = [(-2, "")] * (k + 1)
        junk = _JUNK.get(ck, _JUNK_OTHER)
        # an empty cell is only ever left out: pages drop and add them freely
        emits = [] if ck == "empty" else [(j, e) for j, r in enumerate(columns) if (e := _emit(ck, r, cell.text)) != INF]
        hint_same = _HINT if hints and cell.row_start else 0.0
        hint_new = _HINT if hints and not cell.row_start else 0.0
        continues = ck == "text"
        for s in states:
            cur = best[s + 1]
            if cur == INF:
                continue
            if cur + junk < new[s + 1]:  # left out
                new[s + 1], back[s + 1] = cur + junk, (s, "junk")
            if not emits:
                continue
            opened = cur + closing[s + 1] + _ROW + hint_new
            same = cur + hint_same - skip_prefix[s + 1]
            for j, e in emits:
                if j > s >= 0:  # same row
                    c = same + skip_prefix[j] + e
                    if c < new[j + 1]:
                        new[j + 1], back[j + 1] = c, (s, "same")
                elif j == s and continues and columns[j] in ("name", "desc"):  # the same cell, broken
                    c = cur + _CONTINUED + e + hint_same
                    if c < new[j + 1]:
                        new[j + 1], back[j + 1] = c, (s, "same")
                c = opened + skip_prefix[j] + e
                if c < new[j + 1]:
                    new[j + 1], back[j + 1] = c, (s, "new")
        best = new
        backs.append(back)
    # end: close the last row
    final = [best[s + 1] + close(s) for s in range(-1, k)]
    s = min(range(-1, k), key=lambda x: final[x + 1])
    assignment: list[tuple[int, int, str]] = []  # (cell, column, action)
    for i in range(n - 1, -1, -1):
        prev, action = backs[i][s + 1]
        if action in ("same", "new"):
            assignment.append((i, s, action))
        s = prev
    assignment.reverse()
    rows: list[list[tuple[int, str]]] = []
    for i, j, action in assignment:
        if action == "new" or not rows:
            rows.append([])
        rows[-1].append((i, columns[j]))
    return rows


def read_indicators(cells: list[Cell], header: Header) -> tuple[IndicatorBlock, int]:
    end = block_end(cells, header.end)
    body = _join_broken_levels(cells[header.end:end])
    block = IndicatorBlock(header, [])
    level1 = level2 = None
    for row in decode_rows(body, header.columns):
        got: dict[str, str] = {}
        lines: dict[str, int] = {}
        for i, role in row:
            text = body[i].text.strip()
            if role in got and role in ("desc", "name"):
                got[role] += text
            elif role not in got:
                got[role] = text
                lines[role] = body[i].line_no
        l1 = R.LEVEL_POINTS.sub("", compact(got.get("level1", "")) or "") or None
        l2 = R.LEVEL_POINTS.sub("", compact(got.get("level2", "")) or "") or None
        if l1 and not l2 and l1 in R.LEVEL2 and level2 and level1 in (None, "产出指标"):
            # 成本指标 after 数量/质量/时效指标 (older forms, or a lost first-level cell) is a second-level cell
            l1, l2 = None, l1
        if l1:
            level1, level2 = l1, None
        if l2:
            level2 = l2
        name = _clean_name(got.get("name", ""))
        values = [compact(got.get(r)) for r in ("target", "actual", "weight", "score")]
        filled = [v for v in values if v and kind(v) not in ("empty", "ph")]
        if not name or (not filled and (_TEMPLATE_SLOT.match(name) or len(name) <= 2)):
            continue  # an empty template slot (指标2, ……), or a cell cut short
        if len(name) < 2 or not _WORDY.search(name):
            continue  # a stray mark of OCR ($, 工): not a name
        if filled and all(v == name for v in filled):
            continue  # a label merged across the row (预算执行率 | 预算执行率): not an indicator

        block.rows.append(IndicatorRow(level1=level1, level2=level2, name=name,
                                       line_no=lines.get("name", body[row[0][0]].line_no), cells=got))
    if end < len(cells) and key(cells[end].text) in _TOTALS:
        nums = []
        for c in cells[end + 1: end + 16]:
            kk = kind(c.text)
            if kk == "num":
                nums.append(float(parse_number(c.text)))
            elif kk not in ("empty", "ph") or len(nums) == 2:
                break
        if len(nums) >= 2:
            block.total_weight, block.total_score = nums[0], nums[1]
        elif nums:
            block.total_score = nums[0]
    return block, end


def _join_broken_levels(cells: list[Cell]) -> list[Cell]:
    """``社会效益`` / ``指标``: a level cell broken over two lines is one cell."""
    out: list[Cell] = []
    for c in cells:
        k = compact(c.text) or ""
        if k in ("指标", "指标等") and out and level_of((compact(out[-1].text) or "") + k):
            out[-1] = Cell(out[-1].text + k, out[-1].line_no, out[-1].row_start)
            continue
        out.append(c)
    return out


def _clean_name(text: str) -> str:
    name = compact(text) or ""
    name = re.sub(r"^\[bookmark:[^\]]*\]", "", name)
    name = _ORDINAL.sub("", name)
    return name.strip(":：")


# --- label -> value fields ---------------------------------------------------------------------

@dataclass
class FieldValue:
    role: str  # a key of roles.FIELDS: project, department, supervisor, implementer, self_score, …
    label: str  # the label as written (compact)
    value: str  # the value cell's text (compact); "" when the form left it empty
    line_no: int  # the value's line (the label's when empty)


_FIELD_LABELS = _label_table(R.FIELDS)
_FIELD_CHARS = frozenset(lab[-1] for lab in _FIELD_LABELS)
_FIELD_COLON = re.compile(r"^(?P<label>[^:：]{2,12})[:：](?P<value>.+)$")


def read_fields(cells: list[Cell]) -> list[FieldValue]:
    """``主管部门 | XX局 | 实施单位 | XX中心``, ``部门：XX学校``: a field label, then its value in the next
    cell (or after the colon of the same cell). A label followed by another label is an empty field."""
    out: list[FieldValue] = []
    n = len(cells)
    for i, c in enumerate(cells):
        t = c.text
        if len(t) > _LABEL_MAX * 2 or not (t.rstrip(" :：|)）")[-1:] in _FIELD_CHARS or ":" in t or "：" in t):
            continue
        k = key(t)
        role = _FIELD_LABELS.get(k)
        if role is None:
            m = _FIELD_COLON.match(compact(c.text) or "")
            if m and (role := _FIELD_LABELS.get(key(m.group("label")))):
                out.append(FieldValue(role, key(m.group("label")), m.group("value").strip(), c.line_no))
            continue
        j = i + 1
        while j < n and j - i <= 4 and kind(cells[j].text) == "empty":
            j += 1
        if j >= n or j - i > 4:
            continue
        nxt = cells[j]
        nk = key(nxt.text) if len(nxt.text) <= _LABEL_MAX else ""
        if nk in _FIELD_LABELS or _is_header_cell(nk):
            out.append(FieldValue(role, k, "", c.line_no))
            continue
        out.append(FieldValue(role, k, (compact(nxt.text) or "").lstrip(":："), nxt.line_no))
    return out


# --- the forms of a document -------------------------------------------------------------------

@dataclass
class Forms:
    funds: list[FundsBlock] = field(default_factory=list)
    funds_pairs: list[FundsValue] = field(default_factory=list)
    indicators: list[IndicatorBlock] = field(default_factory=list)
    fields: list[FieldValue] = field(default_factory=list)

    def field(self, role: str) -> list[FieldValue]:
        """The values the form gives a field, in document order (non-empty ones)."""
        return [f for f in self.fields if f.role == role and f.value]


def read_forms(cells: list[Cell]) -> Forms:
    forms = Forms()
    taken: set[int] = set()
    pos = 0
    for header in find_headers(cells):
        if header.start < pos:
            continue
        if header.block == "funds":
            block, end = read_funds(cells, header)
            forms.funds.append(block)
        else:
            block, end = read_indicators(cells, header)
            forms.indicators.append(block)
        taken.update(range(header.start, end))
        pos = end
    forms.funds_pairs = read_funds_pairs(cells, taken)
    forms.fields = read_fields(cells)
    return forms
