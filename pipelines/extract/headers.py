"""Header runs: the cells that open a block of a form and fix its columns and their order.

A run of header cells (``roles.FUNDS_COLUMNS`` / ``roles.INDICATOR_COLUMNS``) makes a funds (or base
table) header or an indicator header, whatever the layout: a cell broken over two or three cells
(整体支出年初预 | 算数, 一级 | 指标), a header written column by column over two lines (年度 实际 …
/ 指标值 完成值), a header in two rows (年度指标值 over 指标性质 / 指标值 / 度量单位), year columns
(2022年决算数) and qualified labels (整体年度实际支出数).
"""

from __future__ import annotations

import re
from itertools import compress, count
from typing import NamedTuple

from pipelines.extract import roles as R
from pipelines.extract.kinds import (
    AMOUNT_ROLES, BUDGET_ROLES, FUNDS_KEY_LABELS, FUNDS_LABELS, GROUP_LABELS, HEADER_ENDS, INDICATOR_LABELS, LABEL_MAX, MONEY_ROLES,
    STAFF_ROLES,
    declared_unit, funds_label, is_header_cell, is_unit_cell, key, kind, suffix_matcher,
)
from pipelines.extract.memo import PerText, per_stream
from pipelines.model import Cell, Header

def _joined_label(keys: list[str], i: int) -> tuple[str, int] | None:
    """A header cell broken over two or three cells (整体支出年初预 | 算数; 年初预算 | 数): the joined label
    and the number of cells it takes, when the join names a column the first cell alone does not."""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if not nxt or len(nxt) > 3 or not keys[i] or nxt[-1] not in HEADER_ENDS:
        return None  # the broken-off piece is short (算数, 数, 出数, 指标)
    for span in (3, 2):
        parts = keys[i: i + span]
        if len(parts) < span or not all(parts) or any(len(p) > 12 for p in parts) or len(parts[-1]) > 3:
            continue
        joined = "".join(parts)
        if joined in INDICATOR_LABELS:
            return joined, span
        fl = funds_label(joined)
        if fl is not None and len(fl[2]) > len(parts[-1]):
            # the label starts inside an earlier piece: 全年预算数 | 全年执行数 is two cells, not one
            if joined not in FUNDS_LABELS and funds_label(parts[-1]) is not None and fl[2] == funds_label(parts[-1])[2]:
                continue
            if (first := FUNDS_LABELS.get(parts[0])) is not None and first != fl[0]:
                continue  # a whole label first, another after it: 分值 | 执行 | 率 is 分值 and 执行率, not 分值执行率
            return joined, span
    return None


def _key(text: str) -> str:
    """``key`` of a cell, its common case (no bracketed note at the end) done here: one call, not two."""
    k = "".join(text.split()).rstrip(":：")
    return key(text) if k.endswith((")", "）")) else k


class _KeyOf(PerText):
    """``_key`` per distinct cell text; "" for a text longer than ``LABEL_MAX`` (text, never a label), not
    kept: the long texts are the document's sentences."""

    def __missing__(self, text: str) -> str:
        return "" if len(text) > LABEL_MAX else PerText.__missing__(self, text)


_key_of = _KeyOf(_key)


@per_stream
def cell_keys(cells: list[Cell]) -> list[str]:
    """Each cell's ``key`` ("" for a cell longer than ``LABEL_MAX``: text, never a label), computed
    once per cell stream: the header finder and the funds-pair reader both read every cell as a label."""
    return list(map(_key_of.__getitem__, cell_texts(cells)))  # (looked up in C: no loop body per cell)


@per_stream
def cell_texts(cells: list[Cell]) -> list[str]:
    """The cells' texts, listed once per cell stream: the readers each test every cell's text."""
    return [c.text for c in cells]


@per_stream
def marked_cells(cells: list[Cell]) -> tuple[list[int], list[int]]:
    """The indices of the cells whose text holds a colon (":" or "："), and of those whose text ends in "%": found
    in one pass over the cells' texts, once per cell stream (the record, pair and rate readers each read them;
    each test scans the text, so one pass scans it the fewest times)."""
    colons: list[int] = []
    rates: list[int] = []
    for i, t in enumerate(cell_texts(cells)):
        if ":" in t or "：" in t:
            colons.append(i)
        if "%" in t and t.endswith("%"):
            rates.append(i)
    return colons, rates


_PAIR_ENDS = frozenset(lab[-1] for lab in FUNDS_KEY_LABELS)
_pair_suffix = suffix_matcher(FUNDS_KEY_LABELS)  # 转移支付预算数 -> 预算数
_PAIR_ROLES = ("rate", "received", "carryover_end") + MONEY_ROLES
_TOTAL_ROW_LABELS = frozenset(R.FUNDS_TOTAL_ROWS)
_FUNDS_GROUP_LABELS = frozenset(R.FUNDS_GROUPS)


def pair_role(k: str) -> str | None:
    """The role of a funds label a value follows (计划安排资金 -> budget_full_year), None for any other key: the
    labels ``funds_block.read_funds_pairs`` reads."""
    if not k or k[-1] not in _PAIR_ENDS:
        return None
    if ":" in k and ((head := k.split(":")[0]) in _TOTAL_ROW_LABELS
                     or (bare := head.split("(")[0]) in _FUNDS_GROUP_LABELS or bare in _TOTAL_ROW_LABELS):
        # 年度资金总额(万元)：预算数 135.00 执行数 …: the total row written as a record; 项目资金(万元)：年初预算数 50 …:
        # the funds' group naming the record
        k = k.rpartition(":")[2]
    role = FUNDS_KEY_LABELS.get(k) or FUNDS_KEY_LABELS.get(_pair_suffix(k, 14))
    if role is None or role not in _PAIR_ROLES or role == "budget":
        return None
    if role == "rate" and any(w in k for w in R.OTHER_RATE_SUBJECTS):
        return None  # 政府采购执行率, 整改任务完成率: the rate of something other than the budget
    return role


_FRAGMENTS = frozenset(R.HEADER_FRAGMENTS)
_HEAD = 1  # a header cell or a fragment of one: may open a run on its own
_PIECE = 2  # short and ending like a label (算数, 数, 指标): may be the last piece of a label broken over cells
_PAIR = 4  # a funds label a value may follow (``pair_role``): read by the pair reader
_HEAD_OR_PIECE = _HEAD | _PIECE


def _flags(k: str) -> int:
    """``_HEAD | _PIECE | _PAIR`` of a key."""
    head = _HEAD if is_header_cell(k) or k in _FRAGMENTS else 0
    pair = _PAIR if pair_role(k) is not None else 0
    return head | pair | (_PIECE if 0 < len(k) <= 3 and k[-1] in HEADER_ENDS else 0)


_flags_of = PerText(_flags)


@per_stream
def label_cells(cells: list[Cell]) -> list[int]:
    """The indices of the cells whose key has a flag (a header cell or piece, a funds pair's label), in order:
    found once per cell stream for the header finder and the pair reader (the flags looked up in C: ``compress``
    over them, no loop body per cell)."""
    return list(compress(count(), map(_flags_of.__getitem__, cell_keys(cells))))


def find_headers(cells: list[Cell]) -> list[Header]:
    """Every run of header cells that makes a funds or an indicator header, in stream order."""
    out: list[Header] = []
    n = len(cells)
    keys = cell_keys(cells)
    flags_of = _flags_of
    # A run opens at a header cell or fragment, or at the first piece of a label broken over cells
    # (整体支出年初预 | 算数), whose next cell is a short piece: only a cell at or right before a flagged
    # one may open a run (a cell flagged only as a funds pair's label is not).
    i = 0  # the cells before i are read
    for m in label_cells(cells):
        if not flags_of[keys[m]] & _HEAD_OR_PIECE:
            continue
        for start in (m - 1, m):
            if start < i:
                continue
            k = keys[start]
            if not (k and (flags_of[k] & _HEAD or (start + 1 < n and flags_of[keys[start + 1]] & _PIECE
                                                   and _joined_label(keys, start) is not None))):
                continue
            header, j = _run_at(cells, keys, start)
            if header is not None:
                out.append(header)
                i = header.end
            else:
                i = max(j, start + 1)
    return out


def _run_at(cells: list[Cell], keys: list[str], i: int) -> tuple[Header | None, int]:
    """The header a run of header cells opened at ``i`` makes (None if it makes none), and where the
    run ends."""
    n = len(keys)
    flags_of = _flags_of
    j = i
    run: list[RunCell] = []
    while j < n:
        k = keys[j]
        # (a label broken over cells has a short piece next: _joined_label's own first test)
        joined = _joined_label(keys, j) if k and j + 1 < n and flags_of[keys[j + 1]] & _PIECE else None
        if joined is not None:
            run.append(RunCell(j, joined[0]))
            j += joined[1]
            continue
        if run and k and len(k) <= 3 and (joined := _label_over_units(cells, keys, j)) is not None:
            run.append(RunCell(j, joined[0]))
            j = joined[1]
            continue
        if not k and cells[j].text:
            break  # a sentence (a cell too long for a label): no header runs through it
        if run and k and len(k) <= _UNREAD_MAX and cells[j].line_no > cells[run[-1].index].line_no \
                and (e := _continuation_line(cells, keys, run, j)) > j:
            j = e  # the header's columns' marks ((A) | (B) | (B/A)), the rest of its group's name (申请, 执行情况)
            continue
        if run and cells[j].line_no > cells[run[-1].index].line_no and (_amounts_only(run) or _year_heads_only(run)) \
                and _figure_next(cells, j):
            # 项目 | 金额 over 年初预算数 | 5,962.18, 指标 | 本年数 | 上年数 | 增减 over 编制人数 | 96 | …: the row below opens
            # with its label, its figure after it
            break
        if not k or is_header_cell(k) or k in _FRAGMENTS or is_unit_cell(k) \
                or (k in ("指标", "预算数", "执行数") and run and run[-1].key in _FRAGMENTS) \
                or (len(k) <= 3 and run and (cells[j].line_no > cells[run[0].index].line_no
                                             or cells[j].line_no == cells[run[-1].index].line_no == cells[run[0].index].line_no)
                    and any(c.key + k in INDICATOR_LABELS for c in run if c.key in _FRAGMENTS)):
            # (the rest of a broken label on the row below, under its first part: 三级 | … over | 指标 | …; or after
            # the top row on its line, the header's two rows flattened onto one)
            if k:
                run.append(RunCell(j, k))
            j += 1
            continue
        if run and (len(k) <= _UNREAD_MAX or k in R.UNREAD_INDICATOR_COLUMNS) \
                and (q := _next_key(cells, keys, j)) is not None and is_header_cell(keys[q]) \
                and kind(cells[j].text) == "text":
            # a column the rules do not know, between two they do (指标解释, 数据来源, 完成情况说明; a group cell
            # over a header's second row: 自评情况 | | over 分值 | 得分)
            run.append(RunCell(j, k, known=False))
            j += 1
            continue
        break
    if run and j < n and cells[j].line_no > cells[run[0].index].line_no:
        j = _sub_header_line(cells, keys, run, j)
    return _make_header(cells, run, j), j


_UNREAD_MAX = 8  # longest header cell the rules do not know that a run reads past

# A header's column marks on a line of their own under the labels (年初预算数 | 全年执行数 | 执行率 over (A) | (B) | (B/A)),
# and the rest of the funds group's name opening that line (年度预算 over 申请, 执行情况): a PDF lays the header's
# first column, the group's name written over three lines, out one piece a line, its unit (万元) on the data row's line
_COLUMN_MARK = re.compile(r"\([A-Z](?:[/+×*-][A-Z])*(?:×100%)?\)")
_GROUP_TAILS = frozenset(g[n:] for g in R.FUNDS_GROUPS for n in range(1, len(g) - 1)) - set(R.HEADER_FRAGMENTS)


def _continuation_line(cells: list[Cell], keys: list[str], run: list[RunCell], j: int) -> int:
    """The index after the line at ``j`` when that line, right under a funds header's labels, holds only what goes on
    from them: the columns' marks ((A) | (B) | (B/A)), their units ((人), (万元)), the rest of a funds group's name
    (年度预算 over 执行情况, 申请) and the rest of a label the top line cut (实有 over 人数: 实有人数, its key set in ``run``);
    ``j`` otherwise."""
    if cells[j].line_no != cells[run[-1].index].line_no + 1:
        return j
    s, e = line_span(cells, j)
    if s != j:
        return j
    grouped = any(c.key in _GROUP_KEYS for c in run)
    done: dict[int, str] = {}  # a run cell's place -> the label the line's piece completes it to
    at = 0  # (the pieces complete the cells above in order)
    goes_on = False
    for q in range(s, e):
        k = keys[q]
        if _COLUMN_MARK.fullmatch(k) or grouped and k in _GROUP_TAILS and not is_header_cell(k):
            goes_on = True
            continue
        if k[:1] == "(" and k[-1:] == ")" and 2 < len(k) <= _UNIT_MARK_MAX and not any(ch.isdigit() for ch in k):
            continue  # (人), (万元): a column's unit
        if is_header_cell(k):
            return j  # (a label of its own: a row's, not the rest of one above)
        for p in range(at, len(run)):
            c = run[p]
            if not c.known and (fl := funds_label(c.key + k)) is not None and fl[2] == c.key + k:
                done[p], at, goes_on = c.key + k, p + 1, True
                break
        else:
            return j
    if not goes_on or not (grouped or any(funds_label(c.key) is not None for c in run)):
        return j
    for p, label in done.items():
        run[p] = RunCell(run[p].index, label)
    return e


_UNIT_MARK_MAX = 6
_GROUP_KEYS = frozenset(R.FUNDS_GROUPS)


def _amounts_only(run: list[RunCell]) -> bool:
    """The run's labels are all a bare amount column's (金额, 数额): the one column of a 项目 | 金额 table."""
    return all((fl := funds_label(c.key)) is not None and fl[0] == "amount" and fl[1] is None
               or is_unit_cell(c.key) for c in run)


def _year_heads_only(run: list[RunCell]) -> bool:
    """The run's labels are all a table of years' column heads (本年数, 上年数, 增减): the columns of the rows under it."""
    return all(c.key[:1] in _YEAR_HEAD_FIRST and _YEAR_HEAD.match(c.key) for c in run)


_BLANKS_BEFORE_FIGURE = 3


def _figure_next(cells: list[Cell], j: int) -> bool:
    """The next cell after ``j`` holding text, past a few empty ones, is a figure."""
    q = j + 1
    while q < len(cells) and q - j <= _BLANKS_BEFORE_FIGURE and not cells[q].text.strip():
        q += 1
    return q < len(cells) and kind(cells[q].text) in ("num", "value")


def _label_over_units(cells: list[Cell], keys: list[str], j: int) -> tuple[str, int] | None:
    """(the funds label, the index after it) of a label broken over a PDF header's two text lines, its end written
    after the other columns' units on the second line (执行 | (万元) | (万元) | 率): the start at ``j``, units, the end;
    None for any other cell."""
    if is_header_cell(keys[j]):
        return None
    q, n = j + 1, len(keys)
    while q < n and cells[q].line_no == cells[j].line_no and is_unit_cell(keys[q]):
        q += 1
    if q == j + 1 or q == n or not 0 < len(keys[q]) <= 2:
        return None
    joined = keys[j] + keys[q]
    fl = funds_label(joined)
    return (joined, q + 1) if fl is not None and fl[2] == joined else None


def _next_key(cells: list[Cell], keys: list[str], j: int) -> int | None:
    """The next cell after ``j`` holding a label, past the empty cells of merged ones (on the next line at most)."""
    q, n = j + 1, len(keys)
    while q < n and not keys[q] and not cells[q].text and cells[q].line_no <= cells[j].line_no + 1:
        q += 1
    return q if q < n and cells[q].line_no <= cells[j].line_no + 1 else None


_SUB_AMOUNTS = frozenset(R.FUNDS_SUB_AMOUNTS)
_SUB_PARTS = frozenset(R.FUNDS_SUB_PARTS)
_SOURCE_GROUPS = frozenset(R.FUNDING_SOURCE_GROUPS)


def _sub_kind(k: str) -> str | None:
    """"amount" for the sub-column carrying a split funds column's figure (金额, 总额), "part" for a source
    of funds under it (财政拨款, 其中：财政拨款), None for any other key."""
    if k in _SUB_AMOUNTS:
        return "amount"
    return "part" if k in _SUB_PARTS or (k.startswith("其中:") and len(k) > 3) else None


def line_span(cells: list[Cell], i: int) -> tuple[int, int]:
    """The indices [start, end) of the cells on the line of cell ``i``."""
    line = cells[i].line_no
    s, e = i, i + 1
    while s > 0 and cells[s - 1].line_no == line:
        s -= 1
    while e < len(cells) and cells[e].line_no == line:
        e += 1
    return s, e


# The column heads of a table of years (项目 | 2022年 | 2023年, 指标 | 本年数 | 上年数 | 增减): a year, the report's own year
# (本年), the year before (上年) or a change against it (增减: no figure of a year)
_YEAR_HEAD = re.compile(r"^(?:(?P<year>(?:19|20)\d{2})年?度?(?:末|底)?(?:数)?|(?P<this>本年|本期|当年)(?:度)?(?:末|底)?(?:数|金额)?"
                        r"|(?P<last>上年|上期|去年)(?:度|同期)?(?:末|底)?(?:数|金额)?|(?P<change>增减|变动|同比|差额|比上年)\S{0,4})$")
_YEAR_HEAD_FIRST = frozenset("12本上当去增变同差比")
_YEAR_ROWS_UP = 8  # the rows a year-columns header may stand above a row of its table
THIS_YEAR, LAST_YEAR = 0, -1  # (year_columns' marks of the 本年 and 上年 columns)


def year_columns(cells: list[Cell], i: int) -> list[tuple[int, int]] | None:
    """The columns of a table of years a row's label ``cells[i]`` (the first cell of its line) heads a row of, from the
    header of year heads above it (项目 | 2022年 | 2023年 over 实有人数 | 33 | 34; 指标 | 本年数 | 上年数 | 增减), the
    rows between as wide: (index of the row's cell, year), the year ``THIS_YEAR`` under 本年, ``LAST_YEAR`` under 上年;
    a change's column (增减) is left out. None where the label heads no such row."""
    s, e = line_span(cells, i)
    if s != i or e - s < 3:
        return None
    width, top = e - s, s
    for _ in range(_YEAR_ROWS_UP):
        if top == 0:
            return None
        a, b = line_span(cells, top - 1)
        if b - a != width:
            return None
        heads = [cells[k].text.replace(" ", "") for k in range(a + 1, b)]
        if all(h[:1] in _YEAR_HEAD_FIRST for h in heads) and all(m := [_YEAR_HEAD.match(h) for h in heads]):
            cols = [(s + 1 + n, int(x.group("year")) if x.group("year") else THIS_YEAR if x.group("this") else LAST_YEAR)
                    for n, x in enumerate(m) if not x.group("change")]
            return cols if any(y != LAST_YEAR for _, y in cols) else None
        top = a
    return None


def _sub_header_line(cells: list[Cell], keys: list[str], run: list[RunCell], j: int) -> int:
    """Where a funds header run ends when the line at ``j`` is the second row of a two-row header (预算数(万元)
    | 执行数(万元) over 总额 | 财政拨款 | 其他资金 | 总额 | …): that line's cells join the run. ``j`` otherwise."""
    if not any((fl := funds_label(c.key)) is not None and fl[0] in MONEY_ROLES for c in run) \
            or any(c.key in _SOURCE_GROUPS for c in run):
        return j  # (the sources under a 资金来源 group, and their sum, are read with the rows: funds_block._sources_below)
    s, e = line_span(cells, j)
    run_keys = {c.key for c in run}
    subs = amounts = 0
    for q in range(s, e):
        k = keys[q]
        sub = _sub_kind(k) if k else None
        if k and sub is None and not is_header_cell(k) and k not in run_keys:
            return j
        subs += sub is not None
        amounts += sub == "amount"
    if not amounts or subs < 2:
        return j
    run += [RunCell(q, keys[q]) for q in range(j, e) if keys[q]]
    return e


class RunCell(NamedTuple):
    """A cell of a header run: where it starts, its label key, and whether the vocabulary knows the
    label (an unknown one between two known ones heads a column that is not read)."""
    index: int
    key: str
    known: bool = True


def _completes(k: str, piece: str) -> bool:
    """``piece`` completes the broken label ``k`` (一级 + 指标, 年度 + 指标值, 年初 + 预算数)."""
    return (k + piece) in INDICATOR_LABELS or (k + piece) in FUNDS_LABELS


def _broken(c: RunCell) -> bool:
    """A run's cell holding a broken label's first part (一级, 年度, 全年), no label of its own."""
    return c.known and c.key in _FRAGMENTS and c.key not in FUNDS_LABELS and c.key not in INDICATOR_LABELS


_FLATTENED_PIECES_MIN = 2


def _flattened_second_row(run: list[RunCell]) -> int:
    """A header in two rows flattened onto one line (一级 二级 三级指标 年度 实际 分值 得分 … 指标 指标 指标值 完成值): the
    index of the cell its second row opens at, -1 for none. The second row is the run's longest tail whose cells
    complete, in order, broken labels of the cells before it (a label's tail completing none, 及改进措施, and a unit
    read past), two of them at least; a broken label its next cell completes (年度 指标值) is whole on the top row."""
    n = len(run)
    tops = [p for p, c in enumerate(run) if _broken(c)
            and not (p + 1 < n and run[p + 1].index == c.index + 1 and _completes(c.key, run[p + 1].key))]
    if not tops:
        return -1
    best = -1
    for s in range(n - 1, tops[0], -1):
        f = matched = 0
        first = False
        for p in range(s, n):
            c = run[p]
            while f < len(tops) and tops[f] < s and not (c.known and _completes(run[tops[f]].key, c.key)):
                f += 1
            if f < len(tops) and tops[f] < s:
                f += 1
                matched += 1
                first = first or p == s
            elif not (c.key in _FRAGMENTS or is_unit_cell(c.key)) or p == s:
                break  # (a cell completing none, or the tail opening on one: no second row from s)
        else:
            if first and matched >= _FLATTENED_PIECES_MIN:
                best = run[s].index
            continue
        if p > s:
            break  # (a cell of the tail completes none: no longer tail will do)
    return best


def _resolve_fragments(run: list[RunCell], cells_line: dict[int, int]) -> list[RunCell]:
    """The run with broken cells joined: ``一级`` + ``指标``; ``年度`` … ``指标值``."""
    used: set[int] = set()
    out: list[RunCell] = []
    # where the header's second row starts: on a line of its own, the first piece completing a label on a later line;
    # flattened onto the top row's line, the run's tail of pieces (_flattened_second_row)
    one_line = cells_line[run[0].index] == cells_line[run[-1].index]
    second = _flattened_second_row(run) if one_line else -1
    for p, (idx, k, known) in enumerate(run):
        if idx in used:
            continue
        if known and k in _FRAGMENTS and k not in FUNDS_LABELS and k not in INDICATOR_LABELS:
            # the next cell (一级 | 指标), else a cell of a later line (a header written column by column), in its
            # second row: where the cells stand one a line, the top row's later cells are on later lines too (一级 /
            # 二级 / … / 实际 / 分值 / 得分 / … over 指标 / 指标 / … / 完成值: 实际 is 实际完成值, not 实际得分)
            later = [(q, kq) for q, kq, known_q in run[p + 1:]
                     if known_q and (q == idx + 1 or cells_line[q] > cells_line[idx] and q >= second
                                     or one_line and 0 <= second <= q)]
            for q, kq in later:
                if q not in used and ((k + kq) in INDICATOR_LABELS or (k + kq) in FUNDS_LABELS):
                    used.add(q)
                    k = k + kq
                    if second < 0 and cells_line[q] > cells_line[idx]:
                        second = q
                    break
            else:
                continue
        out.append(RunCell(idx, k, known))
    return out




def _make_header(cells: list[Cell], run: list[RunCell], end: int) -> Header | None:
    if not run:
        return None
    labelled = _resolve_fragments(run, {c.index: cells[c.index].line_no for c in run})
    ind = [(i, k, INDICATOR_LABELS[k]) for i, k, known in labelled if known and k in INDICATOR_LABELS]
    if not ind:
        return _funds_header(cells, run, labelled, end)  # (no indicator label: no indicator header, nothing to order)
    name_at = min((i for i, _, r in ind if r == "name"), default=None)
    if name_at is not None:
        # 年度绩效目标 | 任务名称 | 关键指标 | 预期实现值 …, 主要任务 | 年初预期目标 | 目标完成情况 | 关键指标 …: a value's label
        # on the header row before the name, the name's values after it, heads the task's own columns (the Guangdong
        # department form), no value of the indicator
        line = cells[name_at].line_no
        # (and a column the rules do not read there: 任务名称 | 任务涉及资金 | 关键指标 …)
        ind = [(i, k, "task" if i < name_at and cells[i].line_no == line and (r in _VALUE_ROLES
                and (r == "status" or any(j > name_at and q == r for j, _, q in ind)) or r == "other") else r)
               for i, k, r in ind]
        # (the row's first such label is the group's, over the block's rows, which give it no cell of their own)
        ind = [c for c in ind if not (c[2] == "task" and cells[c[0]].row_start)]
    # an unknown column is read past: after a value column as 'other', between the name and the values as a 'note';
    # before the name on its row, as a column of the task (任务名称)
    first_value = min((i for i, _, r in ind if r in _READ_VALUES), default=None)
    if first_value is not None and name_at is not None:
        ind = _spending_as_result(labelled, ind, first_value)
    for i, k, known in labelled:
        if not known and first_value is not None:
            if i > first_value:
                ind.append((i, k, "other"))
            elif name_at is not None and i > name_at:
                ind.append((i, k, "note"))
            elif name_at is not None and i < name_at and cells[i].line_no == cells[name_at].line_no:
                ind.append((i, k, "task"))
    ind.sort()
    ind = _goal_names(cells, ind, end)
    ind_roles = {r for _, _, r in ind}
    if "name" not in ind_roles and ind_roles & _READ_VALUES:
        # 序号 | 绩效指标 | 指标值 | 实际完成值: with no name column of its own, the group's label heads the names
        group = next(((i, k) for i, k, known in labelled if known and k in _NAME_GROUPS), None)
        if group is not None:
            ind = sorted([*ind, (group[0], group[1], "name")])
            ind_roles.add("name")
    start = run[0].index
    if "name" not in ind_roles and ind and ind[0][0] == start and cells[start].row_start and ind_roles & _READ_VALUES \
            and (split := _bare_head_split(cells, ind[0])) is not None:
        # 指标 | 分值 | 目标值 | 实际值 …, joined as one broken label (指标分值): the names' label and the points' column
        ind[:1] = split
        ind_roles.add("name")
    if "name" not in ind_roles and ind and ind[0][0] == start and ind[0][2] in _VALUE_ROLES | {"nature"} \
            and (bare := _bare_name_head(cells, start)) is not None:
        # 指标 | 年度目标值 | 实际完成值 | …: a bare 指标 opening the header's row, before its values, heads the names
        # (the rows write their levels before the name: 一级指标：产出指标 / 数量指标：某某里程)
        ind.insert(0, (bare, key(cells[bare].text), "name"))
        ind_roles.add("name")
        start = bare
    if "name" not in ind_roles and (bare := _bare_after_level(cells, ind)) is not None:
        # 一级指标 | 指标 | 分值 | 评分标准 | 得分: a bare 指标 right after a level's column heads the names
        ind = sorted([*ind, (bare, key(cells[bare].text), "name")])
        ind_roles.add("name")
    if ind[0][2] in ("name", "task") and (tasks := _task_columns(cells, ind[0][0])):
        # 任务名称 | 绩效指标 | 预期实现值 …, 主要任务 | 年初预期目标 | 目标完成情况 | 关键指标 …: the task's columns opening
        # the header row, labels the rules read past
        start = min(start, tasks[0][0])
        # (rows may number their tasks before them, 任务1 | 河道整治 | …: a column of the row's number, read past)
        ind[:0] = [(tasks[0][0], "", "index"), *tasks] if all(r != "index" for _, _, r in ind) else tasks
    if "status" in ind_roles and "target" in ind_roles and "actual" not in ind_roles:
        # 年度指标值 | 完成情况 with no result column besides it: 完成情况 holds the year's results (5场, 已完成)
        ind = [(i, k, "actual" if r == "status" else r) for i, k, r in ind]
        ind_roles = (ind_roles - {"status"}) | {"actual"}
    # an evaluation's scoring table (一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分): the indicators and their
    # points, with no target or result
    scoring = "name" in ind_roles and {"weight", "score"} <= ind_roles and bool(ind_roles & {"level1", "level2"})
    if "name" in ind_roles and ind_roles & _READ_VALUES or scoring:
        # 度量单位 | 年度指标值 on one header line: the unit column is written before the target
        u = next((i for i, _, r in ind if r == "unit"), None)
        t = next((i for i, _, r in ind if r == "target"), None)
        unit_first = u is not None and t is not None and u < t and cells[u].line_no == cells[t].line_no
        columns, labels = _header_order(ind, cells) or _indicator_columns(ind, unit_first)
        return Header(start, end, "indicators", columns, labels)
    return _funds_header(cells, run, labelled, end)


def _spending_as_result(labelled: list[RunCell], ind: list[tuple[int, str, str]], first_value: int
                        ) -> list[tuple[int, str, str]]:
    """``ind`` with a funds spending label after the target in an indicator header (三级指标 | 年度指标值 | 全年完成数 |
    分值, … | 实际数 | …) as the result's column where none other is: the year's result, written with the funds' word
    (the column keeps its place; dropped, the row's values after it had moved up a column)."""
    if any(r == "actual" for _, _, r in ind):
        return ind
    spent = [(i, k) for i, k, known in labelled if known and i > first_value and k not in INDICATOR_LABELS
             and (fl := funds_label(k)) is not None and fl[0] == "expenditure_total"]
    if len(spent) != 1:
        return ind
    return sorted([*ind, (spent[0][0], spent[0][1], "actual")])


def _goal_names(cells: list[Cell], ind: list[tuple[int, str, str]], end: int) -> list[tuple[int, str, str]]:
    """绩效目标 | 预期目标 | 实际完成情况 | 偏差, 绩效目标 | 指标 | 目标值 | 完成值 (the older forms): a goal's label
    opening the header's row, with a target column of its own and a result column after it on that row, heads the
    goals each row names, the indicators' names; a bare 指标 right after it heads the names instead, the goal's
    column then the task each indicator serves. ``ind`` is returned as it is when it has a name column, and when the
    row below writes the goals in sentences (_goal_sentences: the form's goal block, no indicator table)."""
    if not ind or any(r == "name" for _, _, r in ind):
        return ind
    at, label, role = ind[0]
    if role != "target" or not cells[at].row_start:
        return ind
    # (the goal's own target right after it, or after the bare 指标, joined to it or not; a result column after them:
    # on one row, or a cell a line where the page writes each column on its own line)
    if ind[1:] and ind[1][2] == "other" and ind[1][0] == at + 1:
        nxt = ind[2:3]
    else:
        nxt = ind[1:2]
    if not nxt or nxt[0][2] != "target" or nxt[0][0] > at + 2 or all(r != "actual" for _, _, r in ind):
        return ind
    if ind[1][0] == at + 1 and (split := _bare_head_split(cells, ind[1])) is not None:
        # (绩效目标 | 指标 | 目标值 …, 指标 and 目标值 joined as one broken label, 指标目标值: two columns)
        return [(at, label, "task"), *split, *ind[2:]]
    bare = next((p for p, (i, k, _) in enumerate(ind) if i == at + 1 and k in _BARE_NAME_HEADS), None)
    if bare is not None:
        return [(at, label, "task"), *((i, k, "name" if p == bare else r) for p, (i, k, r) in enumerate(ind) if p)]
    if _goal_sentences(cells, end):
        return ind
    return [(at, label, "name"), *ind[1:]]


_CLAUSE_MARKS = ("，", "；", "。", ",", ";")


def _goal_sentence(text: str) -> bool:
    """A cell writing goals or results in a sentence: clauses (a comma, a semicolon or a full stop) and a figure."""
    return len(text) >= 12 and any(m in text for m in _CLAUSE_MARKS) and any(ch.isdigit() for ch in text)


def _goal_sentences(cells: list[Cell], end: int) -> bool:
    """Whether the first two filled cells after a header ending at ``end`` are both sentences (_goal_sentence): the
    form's goal block (年度绩效目标 | 预期目标 | 实际完成情况, the goals and their results in a row of prose under it,
    the label's cell merged down beside them), where an indicator table's row names an indicator and gives its
    figures."""
    filled = [c.text for c in cells[end:end + 6] if c.text.strip()][:2]
    return len(filled) == 2 and all(_goal_sentence(t) for t in filled)


def _bare_head_split(cells: list[Cell], c: tuple[int, str, str]) -> list[tuple[int, str, str]] | None:
    """A header cell read as a label broken over two cells whose first piece is a bare name label (指标 | 分值 read as
    指标分值, 指标 | 目标值 as 指标目标值) and whose rest is a label of the same role: the names' column and that one;
    None for any other."""
    i, k, role = c
    head = key(cells[i].text)
    if head not in _BARE_NAME_HEADS or k == head or not k.startswith(head) \
            or INDICATOR_LABELS.get(k[len(head):]) != role:
        return None
    return [(i, head, "name"), (i + 1, k[len(head):], role)]


_TASK_COLUMNS_MAX = 3  # (the Guangdong department form's: 主要任务 | 年初预期目标 | 目标完成情况)
_TASK_GROUP_OPENS = tuple(w for w in R.TASK_COLUMN_LABELS if len(w) >= 4)  # (年度主要任务…, not a bare 任务…)


def _task_columns(cells: list[Cell], start: int) -> list[tuple[int, str, str]]:
    """The task's columns before the header's first cell on its line (short labels back to the one opening the row,
    a task's label: _TASK_LABELS), as (index, key, "task"); none when the row opens otherwise."""
    line, out = cells[start].line_no, []
    for j in range(start - 1, max(start - 1 - _TASK_COLUMNS_MAX, -1), -1):
        k = key(cells[j].text)
        if cells[j].line_no != line or not k or kind(cells[j].text) != "text":
            return []
        if len(k) > _UNREAD_MAX:
            # the group's label opening the row, its words the tasks' and their state (年度主要任务完成情况 | 任务名称
            # | …): the row's cells give it none, the task's columns are those after it
            return out[::-1] if cells[j].row_start and out and k.startswith(_TASK_GROUP_OPENS) else []
        out.append((j, k, "task"))
        if cells[j].row_start:
            return out[::-1] if k in _TASK_LABELS else []
    return []


_FORM_NAME_ENDS = ("表", "报告")


def _names_a_form(cells: list[Cell], j: int) -> bool:
    """The line of cell ``j`` goes on, from it, to a form's or a report's name (… | 项目支出 | 绩效自评表): a title."""
    line = cells[j].line_no
    while j < len(cells) and cells[j].line_no == line:
        if cells[j].text.strip().endswith(_FORM_NAME_ENDS):
            return True
        j += 1
    return False


def _funds_header(cells: list[Cell], run: list[RunCell], labelled: list[RunCell], end: int) -> Header | None:
    """The funds header a run makes (its cells with the broken ones joined: ``labelled``), None if it makes none."""
    start = run[0].index
    if len({cells[c.index].line_no for c in run}) > 1:
        # a bare year over the columns of a second header row (2022年 over 预算数 | 决算数) groups them: no column
        # (but a header of bare years alone, one cell a line, 项目 / 2022年 / 2023年: each year is its column)
        # (本年数 is as much a year's column as 上年数 beside it, though its year is the report's: 项目 / 上年数 / 本年数 /
        # 增减率 a cell a line is one row of columns, no year over another row's)
        bare = [(fl := funds_label(c.key)) is not None and fl[0] == "amount"
                and (fl[1] is not None or c.key.startswith(_THIS_YEAR_WORDS)) for c in labelled]
        if (under := _years_under(cells, labelled, bare)) is not None:
            labelled = under
        # (a change column beside the years, 增减额 | 增减率, heads no column of a second row)
        elif any(not b and (fl := funds_label(c.key)) is not None and fl[0] != "note" for b, c in zip(bare, labelled)):
            labelled = [c for b, c in zip(bare, labelled) if not b]
    funds = _grouped_by_place(cells, run) or _two_row_funds(cells, labelled)
    if funds is None:
        funds = []
        # 年度预算数 heads the budget columns it groups (年初预算数 | 调整后预算数); with none it is the budget column
        budget_named = any((fl := funds_label(k)) is not None and fl[0] in BUDGET_ROLES for _, k, _ in labelled)
        for _, k, known in labelled:
            if not known:
                # a column the rules do not know (到位数, 结余): unread; the balance the year leaves, its own
                funds.append((k, ("carryover_end" if k in _BALANCE else "note", None, k)))
            elif (fl := funds_label(k)) is not None:
                funds.append((k, fl))
            elif k in _BUDGET_GROUPS and not budget_named:
                funds.append((k, ("budget_full_year", None, k)))
    funds = _same_year_budget(_adjusted_budget(funds))
    roles = [fl[0] for _, fl in funds]
    money = [r for r in roles if r in AMOUNT_ROLES]
    # one money column will do in a header row that opens with its label column (项目 | 全年执行数)
    # (not a row's label with its figures after it on its line, the row opened by the empty cell a merged group
    # label leaves: | | 预算数 | 120.00 | 110.00 |, a block turned sideways; nor a line going on in words after the
    # column, a title's year: 某市某区 | 2021年度 | 项目支出绩效自评表)
    # (nor a funds label of the label -> value pairs opening the row, 计划安排资金 | 实际到位资金 | 实际支出 | 结余: a
    # column of its own over a row of figures, no label column)
    row_header = start > 0 and cells[start - 1].line_no == cells[start].line_no and cells[start - 1].row_start \
        and pair_role(key(cells[start - 1].text)) is None \
        and not (not cells[start - 1].text.strip() and end < len(cells) and cells[end].line_no == cells[start].line_no
                 and kind(cells[end].text) == "num") \
        and not (end < len(cells) and cells[end].line_no == cells[start].line_no and kind(cells[end].text) == "text"
                 and _names_a_form(cells, end))
    # (nor a row of the items' names opening the run itself, 序号 | 项目名称 | 预算金额(元) | 自评得分: a summary of projects)
    items_named = bool(money) and cells[start].row_start and any(k in _ITEM_NAME_COLUMNS for _, k, _ in labelled[:2])
    if len(money) >= 2 or (money and ("rate" in roles or row_header or items_named)) \
            or sum(r in STAFF_ROLES for r in roles) >= 2:
        columns: list[tuple[str, int | None, str]] = []  # (role, year, label); a role and year once
        for k, (role, year, _) in funds:
            if role in ("note", "row_no") or not any(c[0] == role and c[1] == year for c in columns):
                columns.append((role, year, k))  # every unread column keeps its place
        unit = declared_unit([cells[c.index].text for c in run])
        return Header(start, end, "funds", [r for r, _, _ in columns], [k for _, _, k in columns], unit,
                      [y for _, y, _ in columns])
    return None


def _years_under(cells: list[Cell], labelled: list[RunCell], bare: list[bool]) -> list[RunCell] | None:
    """The columns of a header in two rows whose second row holds bare years only, under a money label of the top
    row (决算数 | | 增减率 over | 2022年 | 2023年 |): each year the top label's column of that year (2022年决算数), in the
    top label's place; the years shared out in order where the top row names several (预算数 | 决算数 over 2022年 |
    2023年 | 2022年 | 2023年). None for any other header."""
    years = [c for b, c in zip(bare, labelled) if b]
    tops = [p for p, (b, c) in enumerate(zip(bare, labelled))
            if not b and (fl := funds_label(c.key)) is not None and fl[0] in MONEY_ROLES and fl[1] is None]
    if not years or not tops or len(years) % len(tops) or len(years) < 2 * len(tops):
        return None
    year_lines = {cells[c.index].line_no for c in years}
    if min(year_lines) <= max(cells[c.index].line_no for b, c in zip(bare, labelled) if not b):
        return None  # (a year over the labels groups them)
    at = {c.index for c in years}
    for line in year_lines:
        s, e = line_span(cells, next(c.index for c in years if cells[c.index].line_no == line))
        if any(q not in at and cells[q].text.strip() for q in range(s, e)):
            return None  # (the years' row holds other labels: no row of years alone)
    per = len(years) // len(tops)
    out: list[RunCell] = []
    for p, c in enumerate(labelled):
        if bare[p]:
            continue
        if p in tops:
            share = years[tops.index(p) * per: (tops.index(p) + 1) * per]
            out += [RunCell(y.index, y.key + c.key, c.known) for y in share]
        else:
            out.append(c)
    return out


def _adjusted_budget(funds: list[FundsColumn]) -> list[FundsColumn]:
    """``funds`` with a column like 调整预算数 as the full-year budget where no other column is one
    (R.ADJUSTED_BUDGET_COLUMNS)."""
    if any(role == "budget_full_year" for _, (role, _, _) in funds):
        return funds
    return [(k, ("budget_full_year" if role == "budget_adjustment" and k in _ADJUSTED else role, year, label))
            for k, (role, year, label) in funds]


def _same_year_budget(funds: list[FundsColumn]) -> list[FundsColumn]:
    """``funds`` with a year's bare budget column as that year's full-year budget where the one final accounts' column
    beside it is of the same year (项目 | 2023年预算 | 2023年决算: the year's budget and its execution, not the next
    year's budget beside this year's accounts)."""
    budgets = [p for p, (_, (role, year, _)) in enumerate(funds) if role == "budget" and year is not None]
    if len(budgets) != 1 or any(role == "budget_full_year" for _, (role, _, _) in funds):
        return funds
    year = funds[budgets[0]][1][1]
    spent = [y for _, (role, y, _) in funds if role == "expenditure_total"]
    # (or the one money column, beside no other: 项目 | 2023年预算 | 2022年度得分 | 2023年度得分, a summary of the year's
    # projects with their scores over two years: the year's budget)
    if spent != [year] and (spent or sum(role in MONEY_ROLES for _, (role, _, _) in funds) != 1):
        return funds
    k, (_, _, label) = funds[budgets[0]]
    return [*funds[:budgets[0]], (k, ("budget_full_year", year, label)), *funds[budgets[0] + 1:]]


_THIS_YEAR_WORDS = ("本年", "当年", "今年")
_ADJUSTED = frozenset(R.ADJUSTED_BUDGET_COLUMNS)
_ITEM_NAME_COLUMNS = frozenset(R.FIELDS["project"])  # the column of the items' names (项目名称, 资金名称)
_BUDGET_GROUPS = frozenset(R.FUNDS_BUDGET_GROUPS)
_BALANCE = frozenset(R.BALANCE_COLUMNS)

FundsColumn = tuple[str, tuple[str, int | None, str]]  # (label, (role, year, label))


def _two_row_funds(cells: list[Cell], run: list[RunCell]) -> list[FundsColumn] | None:
    """The columns of a funds header in two rows whose second row splits columns of the first (全年预算数
    over 金额 | 分值, 全年执行数 over 金额 | 得分; 预算数 over 总额 | 财政拨款 | 其他资金): each split column
    gives way to its sub-columns, the amount one taking its role. None for any other header.
    Each split starts with its amount sub-column. Where the rows keep their empty cells alike (pipe and
    tab rows), a split sits under the column at its place; else splits go to the money columns in order,
    fewer splits to the last ones (a page dropping merged cells: 年初预算数 | 全年预算数 | 全年执行数 over
    金额 | 其中：财政拨款 splits the spending)."""
    lines = {cells[c.index].line_no for c in run}
    if len(lines) != 2:
        return None
    top_line = cells[run[0].index].line_no
    top = [c for c in run if cells[c.index].line_no == top_line]
    top_keys = {c.key for c in top}
    # a merged cell written again under itself (资金情况 | 执行率 on both rows) is no sub-column
    sub = [c for c in run if cells[c.index].line_no != top_line and c.key not in top_keys
           and c.key not in GROUP_LABELS]
    if not sub or _sub_kind(sub[0].key) != "amount" \
            or any(_sub_kind(c.key) is None and funds_label(c.key) is None for c in sub):
        return None
    splits: list[list[RunCell]] = []
    for c in sub:
        if _sub_kind(c.key) == "amount":
            splits.append([c])
        else:
            splits[-1].append(c)
    cols: list[tuple[RunCell, tuple[str, int | None, str] | None]] = []
    for c in top:
        fl = funds_label(c.key) if c.known else ("note", None, c.key)
        if fl is None or (cols and cols[-1][0].key == c.key and cols[-1][0].index == c.index - 1):
            continue  # a group cell; a merged cell written once per column it spans (全年预算数 | 全年预算数)
        cols.append((c, fl))
    money = [p for p, (_, fl) in enumerate(cols) if fl[0] in MONEY_ROLES]
    if len(splits) > len(money):
        return None
    owner = _split_owners(cells, cols, splits, money)
    out: list[FundsColumn] = []
    for p, (c, fl) in enumerate(cols):
        if p not in owner:
            out.append((c.key, fl))
            continue
        for s in owner[p]:
            kind_ = _sub_kind(s.key)
            out.append((c.key, fl) if kind_ == "amount" else (s.key, ("note", None, s.key)) if kind_ == "part"
                       else (s.key, funds_label(s.key)))
    return out


def _grouped_by_place(cells: list[Cell], run: list[RunCell]) -> list[FundsColumn] | None:
    """The columns of a funds header in two rows whose top row groups whole column labels of the second (预算数
    over 年初预算数 | 调整预算数 | 全年预算数, then 执行数 | 执行率 on the top row alone). Where both rows keep their
    empty cells (pipe and tab rows: as many cells on each line), at each place the second row's label, else the
    top row's; where they keep none (rows laid out with spaces), the budget columns of the second row in place
    of the top row's one budget column. None for any other header (read in reading order, the group's columns
    came after the top row's, and every figure of the rows fell under another column)."""
    second_line = next((cells[c.index].line_no for c in run if cells[c.index].line_no != cells[run[0].index].line_no),
                       None)
    if second_line is None or any(cells[c.index].line_no not in (cells[run[0].index].line_no, second_line)
                                  for c in run):
        return None
    top_s, top_e = line_span(cells, run[0].index)
    sub_s, sub_e = line_span(cells, next(c.index for c in run if cells[c.index].line_no == second_line))
    first = run[0].index - top_s  # (the row label's column before the run: 项目)
    sub_keys = [key(cells[i].text) for i in range(sub_s, sub_e)]
    named = [k for k in sub_keys if k]
    labels = [funds_label(k) for k in named]
    if len(named) < 2 or any(fl is None for fl in labels) or any(_sub_kind(k) is not None for k in named) \
            or sum(fl[0] in MONEY_ROLES for fl in labels) < 2:
        return None  # (金额 | 分值 under a column splits it: _two_row_funds)
    top_keys = [key(cells[i].text) for i in range(top_s, top_e)]
    if "" not in top_keys[first:]:
        # no empty cell kept (a row laid out with spaces): the one budget column of the top row groups the second
        # row's budget columns, all of them (预算数 over 年初预算数 | 调整预算数 | 全年预算数)
        grouped = [p for p, k in enumerate(top_keys) if p >= first and k and (fl := funds_label(k)) is not None
                   and fl[0] in BUDGET_ROLES]
        if len(grouped) != 1 or any(fl[0] not in BUDGET_ROLES for fl in labels):
            return None
        out = []
        for p in range(first, len(top_keys)):
            if p == grouped[0]:
                out += [(k, fl) for k, fl in zip(named, labels)]
            elif (k := top_keys[p]):
                out.append((k, fl if (fl := funds_label(k)) is not None else ("note", None, k)))
        return out
    if top_e - top_s == sub_e - sub_s + first:
        sub_keys = [""] * first + sub_keys  # (a tab row's leading empty cell under 项目 is dropped as Word's)
    elif top_e - top_s != sub_e - sub_s:
        return None
    out: list[FundsColumn] = []
    over = ""  # the top row's label over the place (a merged cell spans the empty places after it)
    for p in range(first, top_e - top_s):
        over = top_keys[p] or over
        k = sub_keys[p] or top_keys[p]
        if k:
            fl = funds_label(k)
            if sub_keys[p] and fl is not None and fl[1] is None and over != k and (fy := funds_label(over)) is not None \
                    and fy[0] == "amount" and fy[1] is not None:
                # a year over the columns it spans (2022年度 | | over 预算数 | 决算数): that year's columns, its budget
                # beside its own spending the year's whole budget
                fl = (fl[0], fy[1], fl[2])
            out.append((k, fl if fl is not None else ("note", None, k)))
    return out


def _split_owners(cells: list[Cell], cols: list, splits: list[list[RunCell]], money: list[int]) -> dict[int, list]:
    """The column (its place in ``cols``) each split belongs to: by place where both header rows keep
    every cell (as many cells on each line), else the money columns in order, fewer splits the last ones."""
    top_s, top_e = line_span(cells, cols[0][0].index)
    sub_s, sub_e = line_span(cells, splits[0][0].index)
    if top_e - top_s == sub_e - sub_s:
        owner: dict[int, list] = {}
        for split in splits:
            at = split[0].index - sub_s
            p = max((p for p, (c, _) in enumerate(cols) if c.index - top_s <= at), default=None)
            if p is None or p not in money or p in owner or (owner and p < max(owner)):
                break
            owner[p] = split
        else:
            return owner
    return dict(zip(money[len(money) - len(splits):], splits))


_NAME_GROUPS = frozenset(R.INDICATOR_GROUPS)
_BARE_NAME_HEADS = frozenset(R.BARE_NAME_HEADS)


def _bare_name_head(cells: list[Cell], start: int) -> int | None:
    """The index of the cell right before ``start`` when it opens the header's row on a bare name label (指标,
    R.BARE_NAME_HEADS) on the same line; None otherwise."""
    at = start - 1
    if at < 0 or not cells[at].row_start or cells[at].line_no != cells[start].line_no:
        return None
    return at if key(cells[at].text) in _BARE_NAME_HEADS else None


def _bare_after_level(cells: list[Cell], ind: list[tuple[int, str, str]]) -> int | None:
    """The index of a bare name label (指标) right after the last level column of ``ind``, with a column of figures
    (a value, the points or the score) after it; None otherwise."""
    levels = [i for i, _, r in ind if r in ("level1", "level2")]
    if not levels or levels[-1] + 1 >= len(cells) or key(cells[levels[-1] + 1].text) not in _BARE_NAME_HEADS:
        return None
    at = levels[-1] + 1
    return at if any(i > at and r in _READ_VALUES | {"weight", "score"} for i, _, r in ind) else None


_VALUE_ROLES = frozenset(("target", "actual", "status", "combined"))
# the columns holding a row's target or result (``combined``: both in one cell, 目标值及完成情况)
_READ_VALUES = frozenset(("target", "actual", "combined"))
_TASK_LABELS = frozenset(R.TASK_COLUMN_LABELS)

# Where each role goes in a row; the trailing roles (分值, 得分, …) keep the header's order.
_RANK = {"index": 0, "task": 0.5, "level1": 1, "level2": 2, "name": 3, "note": 4, "nature": 5, "target": 6, "unit": 7,
         "combined": 7.5, "actual": 8, "status": 9}
_TRAILING = {"weight", "score", "ratio", "other"}


_LEADING = frozenset(("index", "task", "level1", "level2", "points", "name"))
_REPEATABLE = frozenset(("reason", "ratio", "other"))  # columns a header may hold twice, none of them read: notes, rates


def _header_order(ind: list[tuple[int, str, str]], cells: list[Cell]) -> tuple[list[str], list[str]] | None:
    """The row order of an indicator header written as one row: the header's own order (provinces put
    分值 before 年度指标值, 实际完成值 before 年度指标值, 得分 before 分值, 度量单位 or 评分标准 anywhere), with
    the level columns before the name when the header has lost them and a description after the name.
    The header row is the one row holding two header cells or more; a value label of an earlier row is no
    column of it (实际完成情况 of the 年度总体目标 table above, 年度指标值 over its own 指标值). None for a header
    in two rows (年度指标值 over 指标性质 | 指标值 | 度量单位; value groups over the level labels: two rows of
    header cells, a role named twice, a level or name label after a value label): its order is the
    forms' (``_indicator_columns``)."""
    start = ind[0][0]
    row_of: dict[int, int] = {}
    for i, _, _ in ind:
        j = i
        while j > start and not cells[j].row_start and cells[j - 1].line_no == cells[j].line_no:
            j -= 1
        # (a Word export's row runs over lines: its cells open no row of their own)
        while j > start and not cells[j].row_start:
            j -= 1
        row_of[i] = j
    count: dict[int, int] = {}
    for r in row_of.values():
        count[r] = count.get(r, 0) + 1
    rows = [r for r, c in count.items() if c >= 2]
    if len(rows) > 1:
        return None
    if rows:
        if any(r > rows[0] for r in row_of.values()):
            return None  # a label under the header row: a sub-column whose place the rows alone show
        # above the header row only its broken level labels (一级 / 指标) belong to it
        ind = [c for c in ind if row_of[c[0]] == rows[0] or c[2] in _LEADING]
    seen: set[str] = set()
    ind = list(ind)
    # 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 目标值 …: a 分值 right after a level's label is that level's
    # points (the department forms' frame of 投入/过程/产出/效果), the one after the name the indicator's weight
    weights = [p for p, (_, _, r) in enumerate(ind) if r == "weight"]
    if len(weights) > 1 and any(r == "name" for _, _, r in ind[:weights[-1]]):
        for p in weights[:-1]:
            if p and ind[p - 1][2] in ("level1", "level2"):
                ind[p] = (*ind[p][:2], "points")
    for p, (i, k, r) in enumerate(ind):
        if r in seen and r in _REPEATABLE:
            ind[p] = (i, k, "other")  # a second note column (偏差原因 | 备注): kept in its place, not read
        seen.add(r)
    roles = [r for _, _, r in ind]
    read = [r for r in roles if r != "other" and r != "points" and r != "task"]  # (the columns read: each once)
    if len(read) != len(set(read)) or "name" not in roles:
        return None
    if max(p for p, r in enumerate(roles) if r in _LEADING) > min((p for p, r in enumerate(roles) if r not in _LEADING),
                                                                 default=len(roles)):
        return None
    columns = [r for _, _, r in ind]
    labels = [k for _, k, _ in ind]
    for level in ("level2", "level1"):  # (a header may have lost its level cells, its rows keep theirs)
        if level not in columns:
            at = columns.index("level2") if level == "level1" else columns.index("name")
            columns.insert(at, level)
            labels.insert(at, "")
    at = columns.index("name") + 1
    columns.insert(at, "desc")
    labels.insert(at, "")
    return columns, labels


def _indicator_columns(ind: list[tuple[int, str, str]], unit_first: bool = False) -> tuple[list[str], list[str]]:
    """The row order of an indicator header's roles. Level, name and value roles take the forms'
    order (a two-line header gives 年度指标值 first and its parts 指标性质/指标值/度量单位 after the
    level labels), but for a unit column its header line writes before the target (``unit_first``);
    the trailing numbers (分值, 得分, 折算得分 …) keep the header's order."""
    first: dict[str, int] = {}
    label: dict[str, str] = {}
    for p, (_, k, r) in enumerate(ind):
        first.setdefault(r, p)
        label.setdefault(r, k)
    # the level columns are always there: a header may have lost its 一级指标 cell, its rows keep theirs
    rank = {**_RANK, "unit": _RANK["target"] - 0.5} if unit_first else _RANK
    columns = sorted({*(r for r in first if r in _RANK), "level1", "level2"}, key=rank.get)
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
    trailing: list[tuple[int, str, str]] = []
    last = {r: p for p, (_, _, r) in enumerate(ind)}
    for p, (_, k, r) in enumerate(ind):
        if r in _TRAILING and not (early_weight and p == first["weight"]) and r not in [t for _, t, _ in trailing]:
            # a role named twice is placed by its later label: a group cell over the sub-columns that name the
            # columns (评分 over 分值 | 得分)
            trailing.append((last[r], r, k))
    trailing.sort()
    trailing = [(r, k) for _, r, k in trailing]
    columns += [r for r, _ in trailing]
    labels += [k for _, k in trailing]
    if "reason" in first:
        columns.append("reason")
        labels.append(label["reason"])
    return columns, labels




_STACK_PIECE_MAX = 6  # the longest label piece a header's second line holds (及改进措施, 完成值, 性质)


def _stacked_fit(top: str, piece: str) -> int:
    """2 when ``piece`` under ``top`` completes an indicator column's label (指标 + 性质, 度量 + 单位, 实际 + 完成值),
    1 when both are one character of a label printed down the side (绩 / 效), else 0."""
    if (top + piece) in INDICATOR_LABELS:
        return 2
    return 1 if len(top) == 1 == len(piece) and "\u4e00" <= top <= "\u9fff" and "\u4e00" <= piece <= "\u9fff" else 0


def _stacked_tops(keys: list[str], a: int, b: int) -> list[tuple[int, str]]:
    """The top line's cells [a, b) as (index, key), a cell running two broken labels' heads together (年度实际, spaced
    characters joined: 年 度 实 际) as two."""
    out: list[tuple[int, str]] = []
    for q in range(a, b):
        k = keys[q]
        cut = next((x for x in range(2, len(k) - 1) if k[:x] in _FRAGMENTS and k[x:] in _FRAGMENTS
                    and k not in INDICATOR_LABELS), None) if 4 <= len(k) <= 6 else None
        if cut is None:
            out.append((q, k))
        else:
            out += [(q, k[:cut]), (q, k[cut:])]
    return out


def stacked_header_labels(cells: list[Cell]) -> list[Cell]:
    """An indicator header's labels stacked over two lines (指标 指标值 度量 实际 / 性质 单位 完成值, a PDF's text of
    cells wrapped in narrow columns): the second line's pieces complete the first line's labels column by column, in
    order, one piece a column, before the columns are counted; the pieces go (a character of a label printed down the
    side, 绩 / 效, stays). Only where each piece completes a label or is such a character, two completing one at least."""
    marked = label_cells(cells)
    if len(marked) < 3:
        return cells
    keys = cell_keys(cells)
    n = len(cells)
    lines_seen: set[int] = set()
    joins: dict[int, str] = {}
    drop: set[int] = set()
    for m in marked:
        line = cells[m].line_no
        if line in lines_seen or keys[m] not in INDICATOR_LABELS and keys[m] not in _FRAGMENTS:
            continue
        lines_seen.add(line)
        a, b = line_span(cells, m)
        if b >= n or b - a < 3:
            continue
        c, d = line_span(cells, b)
        pieces = keys[c:d]
        if not 2 <= len(pieces) <= b - a or not all(0 < len(p) <= _STACK_PIECE_MAX and not any(map(str.isdigit, p))
                                                     for p in pieces):
            continue
        tops = _stacked_tops(keys, a, b)
        places = _stacked_places([t for _, t in tops], pieces)
        if places is None:
            continue
        texts = {}
        for x, (p, t) in enumerate(zip(pieces, places)):
            q, k = tops[t]
            if (k + p) in INDICATOR_LABELS:
                texts[t] = k + p
                drop.add(c + x)
        for q in range(a, b):
            parts = [texts.get(t, k) for t, (qq, k) in enumerate(tops) if qq == q]
            if len(parts) > 1 or parts[0] != keys[q]:
                joins[q] = "\t".join(parts)
    if not drop:
        return cells
    out: list[Cell] = []
    for i, cell in enumerate(cells):
        if i in drop:
            continue
        if i in joins:
            for j, text in enumerate(joins[i].split("\t")):
                out.append(Cell(text, cell.line_no, cell.row_start and j == 0))
        else:
            out.append(cell)
    return out


def _stacked_places(tops: list[str], pieces: list[str]) -> list[int] | None:
    """The top cells the pieces complete, in order, one piece a cell, each piece fitting (``_stacked_fit``) and two
    completing a label at least; None otherwise (the first such placing, each piece on the first cell it fits that
    leaves the rest a place)."""
    m, n = len(pieces), len(tops)
    # ok[i][j]: pieces[i:] can be placed on tops[j:]
    ok = [[False] * (n + 1) for _ in range(m + 1)]
    for j in range(n + 1):
        ok[m][j] = True
    fit = [[_stacked_fit(t, p) for t in tops] for p in pieces]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            ok[i][j] = ok[i][j + 1] or fit[i][j] > 0 and ok[i + 1][j + 1]
    if not ok[0][0]:
        return None
    places, j = [], 0
    for i in range(m):
        while not (fit[i][j] > 0 and ok[i + 1][j + 1]):
            j += 1
        places.append(j)
        j += 1
    if sum(fit[i][j] == 2 for i, j in enumerate(places)) < 2:
        return None
    return places


_TURNED_MIN_ROWS = 3  # the names' line and two fields' lines under it at least (a target or a result among them)
_TURNED_VALUES = frozenset(("target", "actual", "combined"))


def turned_indicator_grids(cells: list[Cell]) -> list[Cell]:
    """An indicator header turned sideways, a column per indicator: lines opening with the header's labels read down
    (三级指标 | 某率 | 某数 / 年度指标值 | ≥90% | ≥100个 / 实际完成值 | … / 分值 | … / 得分 | …), each line as many cells,
    the first line's others no label. The grid turned back (its first cells a header on their lines, then a row per
    column, its cells on their own lines) before the headers are found; the same list when there is none."""
    keys = cell_keys(cells)
    n = len(cells)
    grids: list[tuple[int, int, list[tuple[int, int]]]] = []  # (first cell, end, the lines' spans)
    end = 0
    for m in label_cells(cells):
        if m < end or (first := INDICATOR_LABELS.get(keys[m])) is None or m and cells[m - 1].line_no == cells[m].line_no:
            continue
        a, b = line_span(cells, m)
        width = b - a
        if width < 3 or any(keys[q] in INDICATOR_LABELS or is_header_cell(keys[q]) for q in range(a + 1, b)):
            continue
        rows, roles, j = [(a, b)], {first}, b
        while j < n:
            c, d = line_span(cells, j)
            role = INDICATOR_LABELS.get(keys[c])
            if d - c != width or role is None or role in roles:
                break
            rows.append((c, d))
            roles.add(role)
            j = d
        if len(rows) < _TURNED_MIN_ROWS or "name" not in roles or not roles & _TURNED_VALUES:
            continue
        grids.append((a, j, rows))
        end = j
    if not grids:
        return cells
    out: list[Cell] = []
    at = 0
    for a, b, rows in grids:
        out += cells[at:a]
        out += [cells[c] for c, _ in rows]  # (the labels, each opening its line: a header a cell a line)
        for col in range(1, rows[0][1] - rows[0][0]):
            out += [Cell(cells[c + col].text, cells[c + col].line_no, r == 0) for r, (c, _) in enumerate(rows)]
        at = b
    out += cells[at:]
    return out
