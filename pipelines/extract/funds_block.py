"""The funds block of the 自评表 and the base-data tables: rows of a label and its values.

Under a funds header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, or 经费控制情况 |
2022年决算数 | 2023年预算数 …) each row is a label then its values, matched to the columns in order
by what they hold; and funds labels followed by their value outside a grid (计划安排资金 (万元) 170).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, count, repeat
from operator import getitem
from math import comb
from dataclasses import replace
from decimal import Decimal

from pipelines.extract.kinds import (
    AMOUNT_ROLES, BUDGET_ROLES, INF, LABEL_MAX, MONEY_ROLES, STAFF_ROLES, compact, declared_unit, funds_label, is_header_cell,
    is_unit_cell, key, kind, known_funds_row,
)
from pipelines.extract import roles as R
from pipelines.extract.budget import classify_label, figure_year, row_meaning, row_meanings
from pipelines.extract.memo import PerText
from pipelines.extract.numbers import (MONEY_RE, NUMBER, UNSIGNED_NUMBER_PLAIN, parse_number,
                                      parted_joinings)
from pipelines.model import Cell, Document, FundsBlock, FundsRow, FundsValue, Header
from pipelines.ocr_digits import SPACED_THOUSANDS
from pipelines.extract.headers import (THIS_YEAR, cell_keys, cell_texts, label_cells, line_span, marked_cells, pair_role,
                                      year_columns)

_MONEY_UNITS = frozenset({"亿元", "万元", "千元", "元"})
_MONEY_CELL = re.compile(rf"^(?P<num>{NUMBER})\s*(?P<unit>亿元|万元|千元|元|万|亿)$")
# A bare 万 or 亿 after a cell's figure (1.2亿, 85万) is the money unit it magnifies: 亿元 / 万元
_FULL_UNIT = {"万": "万元", "亿": "亿元"}
_FUNDS_STOP = {"年度总体目标", "年度目标", "总体目标", "预期目标", "绩效目标", "年度绩效目标", "绩效指标", "主要任务",
               "部门整体支出绩效目标", "总体目标完成情况", "年度总体目标完成情况"}
# the scoring's totals row (总分 | 100 | 96) right after the funds rows closes them: its points are no money
_FUNDS_STOP |= set(R.TOTAL_ROWS) - set(R.FUNDS_TOTAL_ROWS)
# the form's closing cells (填报人, 联系电话, 说明) and a note under the table (注：上年结转6万元) end the rows
_FUNDS_STOP |= set(R.BLOCK_END) | set(R.FORM_FOOTER)
_LABELLED_STOP = frozenset(_FUNDS_STOP | set(R.NOTE_LABELS))
_ROW_LABEL_MAX = 20


def _stops(k: str) -> bool:
    """A cell (its key) that ends the funds rows: a stop label, alone or as ``label：…``."""
    return k in _FUNDS_STOP or (":" in k and k[: k.index(":")] in _LABELLED_STOP)
_GROUP_CELLS = frozenset(R.FUNDS_GROUPS)


# A row's serial number or account code (1, 二, 208, 2080101): an integer, or a Chinese numeral with its mark.
_ROW_INDEX = re.compile(r"\d{1,7}[.、]?|[一二三四五六七八九十]{1,3}[、.]?")


def _row_index_at(cells: list[Cell], i: int) -> bool:
    """Cell ``i`` opens a row with its serial number or account code, the row's label next on its line (or next in its
    row, a row written a cell a line: 1 / 某某项目 / 860,000.00 / …)."""
    return i + 1 < len(cells) and cells[i].row_start \
        and (cells[i + 1].line_no == cells[i].line_no or not cells[i + 1].row_start) \
        and _ROW_INDEX.fullmatch(cells[i].text.strip()) is not None and _label_like_of[cells[i + 1].text]


def read_funds(cells: list[Cell], header: Header, open_end: bool = False,
               limit: int | None = None) -> tuple[FundsBlock, int]:
    """Rows of a label and its values under a funds/base-table header; the index where the block ends
    (a long text, the next block, ten rows in a row without values). A page that writes each row's
    label after its numbers (the block opens with numbers and ends with a label) is read that way.
    ``open_end``: the text stops mid-line (an excerpt), so a row running into its end holds its first
    columns' values, the excerpt having cut the others. ``limit``: where the next block's header starts."""
    if header.end - header.start == len(header.columns) and all(c in STAFF_ROLES for c in header.columns) \
            and (runs := _staff_runs(cells, header)) is not None:
        return runs
    segments: list[tuple[str, list[Cell]]] = []  # (label, value cells) in stream order
    i, n = header.end, len(cells) if limit is None else limit
    cut = -1  # the segment the end of an open text cut
    tasks = any(key(c.text) in _TASK_CELLS for c in cells[max(0, header.start - _TASK_LOOKBACK): header.start])
    header, i = _unread_columns(cells, _sources_below(cells, _sources_total(cells, header)))
    label_like_of, ends_values_of = _label_like_of, _ends_values_of
    idle = 0
    worded = False  # the last row's label goes on in words on its line, no figures
    tails: list[bool] = []  # per segment: a lone label on its line with no figures
    while i < n and len(segments) < 60 and idle < 10:
        while i < n and kind(cells[i].text) == "empty":
            i += 1
        if i + 1 < n and cells[i].row_start and cells[i + 1].line_no == cells[i].line_no \
                and key(cells[i].text) in _GROUP_CELLS and kind(cells[i + 1].text) == "text" \
                and not is_header_cell(key(cells[i + 1].text)):
            i += 1  # the block's group cell written again on every row it spans (项目资金(万元) | 其中：… | 60)
        if _row_index_at(cells, i):
            i += 1  # a row's serial number or account code before its label (1 | 基本支出 | …, 2080101 | 行政运行 | …)
        start = i
        if segments and cells[i].row_start and _items_header_at(cells, i, n):
            break  # | 项目 | 本年收入 | 本年支出 | …: the header of the next table, its items named column by column
        label_cells: list[Cell] = []
        while i < n and len(label_cells) < 3 and not (label_cells and cells[i].row_start) \
                and label_like_of[cells[i].text]:
            label_cells.append(cells[i])
            i += 1
        values: list[Cell] = []
        if label_cells and (glued := _glued_label(label_cells[-1], i < n and cells[i].line_no == label_cells[-1].line_no
                                                  and kind(cells[i].text) in ("num", "value"))) is not None:
            label_cells[-1], first = glued
            values.append(first)
        while i < n:
            k = kind(cells[i].text)
            if k == "unit" and values and cells[i].text.strip() in _MONEY_UNITS and kind(values[-1].text) == "num" \
                    and cells[i].line_no == values[-1].line_no:
                # an amount and its unit apart (620.82 万元): funds rows have no unit column, it is the amount's
                values[-1] = Cell(values[-1].text + cells[i].text.strip(), values[-1].line_no, values[-1].row_start)
                i += 1
                continue
            if values and _row_note_at(cells, i, values[-1]):
                i += 1  # a long note ending the row's line (得分计算方法: 执行率×分值…): no value, no next row's label
                continue
            if values and cells[i].text[:1] in "(（" and _unit_between_figures(cells, i, values[-1]):
                i += 1  # 28 | 25 | (万元) | 412.60: the unit of a group column the header's name spans, left on the row
                continue
            if ends_values_of[cells[i].text] or (values and _row_index_at(cells, i)):
                break  # (a glued run of amounts and a rate, 32.431.691097.80%, reads as text: a value, split later)
            values.append(cells[i])
            i += 1
        if (not label_cells and not values) or i == start:
            break
        filled = any(kind(c.text) != "empty" for c in values)
        if not filled and not label_cells:
            break
        idle = 0 if filled else idle + 1  # a row whose values are blank: a merged heading, a part left empty
        if open_end and i == len(cells) and values:
            cut = len(segments)
        segments.append((key("".join(c.text for c in label_cells)), values if filled else []))
        # (a label alone on its line, no figures: maybe the end of the row above's label the page wrapped after its
        # figures)
        tails.append(len(label_cells) == 1 and not filled and label_cells[0].row_start
                     and (i >= n or cells[i].line_no != label_cells[0].line_no))
        # (a label whose line goes on in words, 厉行节约保障措施 | 严格执行…, heads a row of its own)
        worded = bool(label_cells) and not filled and (
            i < n and cells[i].line_no == label_cells[-1].line_no and kind(cells[i].text) == "text"
            or len(label_cells) > 1 and any(p in label_cells[-1].text for p in "。，；,;"))
    if len(segments) >= 2 and any(tails):
        segments, cut = _wrapped_labels(segments, tails, cut)
    if len(segments) >= 2 and not segments[0][0] and segments[0][1] and segments[-1][0] and not segments[-1][1] \
            and not worded and _SECTION_HEADING.match(segments[-1][0]) is None:
        segments = [(segments[k + 1][0], segments[k][1]) for k in range(len(segments) - 1)]
        cut = -1  # (labels after their numbers: the end cut a label)
    rows, width = [], None  # width: the values the first total row holds
    carried = header  # the columns the first total row was read with: its money columns left empty dropped
    for s, ((label, values), meaning) in enumerate(zip(segments, row_meanings([label for label, _ in segments]))):
        filled = sum(kind(c.text) != "empty" for c in values)
        total = meaning == "total"
        part = not total and (width is None or filled < width)  # a part row written as wide: laid out alike
        first_total = total and values and width is None
        if first_total:
            width = filled
        under = carried if not total and width is not None and filled <= width else header
        read = _align(_rejoined(_unglued(values, under), under), under, label, part, s == cut) if values else []
        rows.append(FundsRow(label, read))
        if first_total:
            carried = _carried_columns(header, read)
    return FundsBlock(header, rows, tasks), i


def _unit_between_figures(cells: list[Cell], i: int, last: Cell) -> bool:
    """Cell ``i`` is a unit in brackets ((万元)) between two figures of one line: no label of a next row."""
    return cells[i].line_no == last.line_no and kind(last.text) in ("num", "value") and i + 1 < len(cells) \
        and cells[i + 1].line_no == last.line_no and kind(cells[i + 1].text) in ("num", "value") \
        and is_unit_cell(key(cells[i].text))


def _wrapped_labels(segments: list[tuple[str, list[Cell]]], tails: list[bool], cut: int
                    ) -> tuple[list[tuple[str, list[Cell]]], int]:
    """``segments`` (and ``cut``) with a row's label the page wrapped after its figures made whole again (年度资金 |
    186.00 | … over 总额, 上年结转 | 0 | 0 over 资金): a row of figures, then a lone label with none on the next line,
    the two labels together one the vocabulary knows where the first alone is none (or the second alone is none:
    上年结转 is a source itself, 资金 no row)."""
    out: list[tuple[str, list[Cell]]] = []
    for k, (label, values) in enumerate(segments):
        if tails[k] and out and out[-1][0] and out[-1][1] and label and known_funds_row(out[-1][0] + label) \
                and not (known_funds_row(out[-1][0]) and known_funds_row(label)):
            out[-1] = (out[-1][0] + label, out[-1][1])
            if cut >= len(out):
                cut -= 1
            continue
        out.append((label, values))
    return out, cut


_STAFF_RUN_MAX = 8  # the cells of a run of a staff table's heads written a cell a line (内设机构数 | 编制数 | … | 遗属人数)
_STAFF_COUNT = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:人|名)?\s*$")


def _staff_runs(cells: list[Cell], header: Header) -> tuple[FundsBlock, int] | None:
    """A staff table written a cell a line: its run of heads (内设机构数 | 编制数 | 实有人数 | 离退休人数, the staff columns
    among other heads), then the run of its one row's values (6 | 85 | 81 | 64), no row label between: each staff
    column's value is the one at its head's place in the run. (The block and where it ends; None for another layout.)"""
    def one_a_line(k: int) -> bool:
        return (k == 0 or cells[k - 1].line_no != cells[k].line_no) and (
            k + 1 >= len(cells) or cells[k + 1].line_no != cells[k].line_no)

    def head(k: int) -> bool:
        t = cells[k].text.strip()
        return bool(t) and kind(t) == "text" and len(t) <= LABEL_MAX and one_a_line(k)

    if not all(one_a_line(k) for k in range(header.start, header.end)):
        return None
    b = header.end
    while b < len(cells) and b - header.start < _STAFF_RUN_MAX and head(b):
        b += 1
    end = b  # (the values' run: as many as the heads' ending at b)
    while end < len(cells) and end - b < _STAFF_RUN_MAX and _STAFF_COUNT.match(cells[end].text) and one_a_line(end):
        end += 1
    a = b - (end - b)
    if a > header.start or a < 0 or not all(head(k) for k in range(a, header.start)) \
            or (end < len(cells) and kind(cells[end].text) in ("num", "value")):
        return None
    values = []
    for k, role, label in zip(range(header.start, header.end), header.columns, header.labels):
        c = cells[b + (k - a)]
        values.append(FundsValue(role, c.text.strip(), Decimal(_STAFF_COUNT.match(c.text).group(1).replace(",", "")),
                                 None, c.line_no, label))
    return FundsBlock(header, [FundsRow("", values)]), end


def _items_header_at(cells: list[Cell], i: int, n: int) -> bool:
    """The line opening at cell ``i`` is words only, two or more of its cells naming items of the funds column by column
    (a header read_labelled_columns reads the row under)."""
    line, named, j = cells[i].line_no, 0, i
    while j < n and cells[j].line_no == line:
        text = cells[j].text.strip()
        if text and _kind_of[text] != "text":
            return False
        named += text != "" and _column_item(text) is not None
        j += 1
    return named >= 2


def _carried_columns(header: Header, total: list[FundsValue]) -> Header:
    """The header without the money columns the total row (its values ``total``) left empty: the rows below it, no
    wider, write their figures in the same columns (年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额 | 8600 | 8400
    and 基本支出 | 2200 | 2200: the full year's budget and its spending, not the opening budget)."""
    have = {(fv.role, fv.year) for fv in total}
    keep = [j for j, role in enumerate(header.columns) if role not in AMOUNT_ROLES or (role, header.years[j]
                                                                                     if header.years else None) in have]
    if len(keep) == len(header.columns) or not any(header.columns[j] in AMOUNT_ROLES for j in keep):
        return header
    return replace(header, columns=[header.columns[j] for j in keep], labels=[header.labels[j] for j in keep],
                   years=[header.years[j] for j in keep] if header.years else [])


def _row_note_at(cells: list[Cell], i: int, last: Cell) -> bool:
    """Cell ``i`` goes on the line of a row's last value ``last`` with a long text: a note of the row (a scoring
    column's formula, 执行率×该指标分值…), too long for a row's label, no stop of the block."""
    c = cells[i]
    return c.line_no == last.line_no and not c.row_start and len(c.text) > _ROW_LABEL_MAX and kind(c.text) == "text" \
        and not _GLUED.match(compact(c.text) or "") and not _stops(key(c.text))


# The next section's heading after a row of figures with no label (二、绩效指标完成情况): no label written after them
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]).*(?:情况|指标|绩效|目标|评价)")


def _label_like(text: str) -> bool:
    """A cell that may be (a piece of) a row's label, by its text: words (or a figure with words), short, and no
    header cell, stop label or glued run of amounts."""
    return (kind(text) in ("text", "level1", "level2", "level", "unit", "ord", "oname") or _worded_figure(text)) \
        and len(text) <= _ROW_LABEL_MAX and not is_header_cell(key(text)) and not _stops(key(text)) \
        and not _GLUED.match(compact(text) or "")


def _ends_values(text: str) -> bool:
    """A cell that ends a row's values: no value (a glued run of amounts and a rate reads as text but is one)."""
    k = kind(text)
    return (k not in ("num", "value", "ph", "empty") or _worded_figure(text)) \
        and not (k == "text" and _GLUED.match(compact(text) or ""))


# the two tests per distinct text (pure: every test above reads the text alone), asked for every cell of a block
_label_like_of = PerText(_label_like)
_ends_values_of = PerText(_ends_values)


# The cells opening the tasks table's header, right before its money columns (年度主要任务 | 任务名称 | 主要内容)
_TASK_CELLS = frozenset(R.TASK_TABLE_WORDS)
_TASK_LOOKBACK = 3


# A figure followed by words (12345热线, 12315投诉举报处置, 3个街道): a task's or a row's name, never a funds value
_WORDED_FIGURE = re.compile(rf"^{NUMBER}[\u4e00-\u9fff]{{2,}}")


def _worded_figure(text: str) -> bool:
    if text.isascii():
        return False  # (most value cells: 300, 86.5%) no CJK word, and compact's NFKC leaves ASCII as it is
    s = compact(text) or ""
    return bool(s) and s[0].isdigit() and _MONEY_CELL.match(s) is None and _WORDED_FIGURE.match(s) is not None


_SOURCES_TOTALS = frozenset(R.SOURCES_SUM_COLUMNS)


def _sources_total(cells: list[Cell], header: Header) -> Header:
    """The header with the columns before it on its line where they are the funds' sources and their sum (资金来源 |
    中央资金 | 省级资金 | 市县资金 | 合计 | then 全年执行数 | 执行率 …): the sum is the full-year budget, the sources
    are not read. Only where the header names no budget, and a label cell opens the sources (项目资金(万元))."""
    at = header.start
    if at < 2 or key(cells[at - 1].text) not in _SOURCES_TOTALS or any(r in BUDGET_ROLES for r in header.columns):
        return header
    first = at - 1
    while first > 0 and key(cells[first - 1].text) in _SOURCES:
        first -= 1  # (back over the sources to the block's own label cell: 项目资金(万元))
    sources = [key(c.text) for c in cells[first: at - 1]]
    if len(sources) < 2 or first == 0 or kind(cells[first - 1].text) != "text":
        return header
    return replace(header, start=first, columns=[*["note"] * len(sources), "budget_full_year", *header.columns],
                   labels=[*sources, key(cells[at - 1].text), *header.labels],
                   years=[*[None] * (len(sources) + 1), *header.years] if header.years else [])


_SOURCES = frozenset(R.FUNDING_SOURCE_COLUMNS + R.FUNDING_SOURCE_GROUPS)
_SOURCE_GROUPS = frozenset(R.FUNDING_SOURCE_GROUPS)
_SPLIT_SOURCES = frozenset(R.FUNDING_SOURCE_COLUMNS)
_FULL_YEAR = frozenset(("budget_full_year", "budget"))


def _sources_below(cells: list[Cell], header: Header) -> Header:
    """The header with the columns its 资金来源 group (or its one budget column) spans written below it, the sources and
    their sum (资金来源 | 执行数 | 执行率 over 中央 | 省级 | 市级 | 合计, on the next row or a cell a line after the
    header), in the group's place: the sources are not read, their sum is the budget column's, or under 资金来源 the
    full-year budget where the header names none. Without a sum no budget is read (the form writes none)."""
    n = len(cells)
    g = next((q for q in range(header.start, header.end) if key(cells[q].text) in _SOURCE_GROUPS), None)
    budgets = [p for p, r in enumerate(header.columns) if r in BUDGET_ROLES]
    if g is None:
        if len(budgets) != 1:
            return header
        # (预算数 over 中央资金 | 省级资金 | 合计: the one budget column's cell opens the group)
        g = next((q for q in range(header.start, header.end) if (fl := funds_label(key(cells[q].text))) is not None
                  and fl[0] == header.columns[budgets[0]]), None)
        if g is None:
            return header
    q = g + 1
    while q < n and (not cells[q].text.strip() or is_header_cell(k := key(cells[q].text)) or is_unit_cell(k)):
        q += 1  # (past the header's columns after the group and the merged cells' blanks, to the row below)
    first = q
    if first >= n or cells[first].line_no == cells[g].line_no:
        return header  # (the group's columns are written on a row below it)
    sums = [first] if key(cells[first].text) in _SOURCES_TOTALS else []
    q = first + len(sums)
    while q < n and (key(cells[q].text) in _SPLIT_SOURCES or not cells[q].text.strip() and q + 1 < n
                     and key(cells[q + 1].text) in _SPLIT_SOURCES):
        q += 1
    if not sums and q < n and key(cells[q].text) in _SOURCES_TOTALS:
        sums, q = [q], q + 1  # (the sum after the sources, as often as before them)
    subs = [key(c.text) for c in cells[first: q] if c.text.strip()]
    if len(subs) - len(sums) < 2 or any(k in header.labels for k in subs):
        return header  # (no sources, or sub-columns the header finder read: 预算数 over 总额 | 财政拨款 | 其他资金)
    if g in range(header.start, header.end) and key(cells[g].text) in _SOURCE_GROUPS:
        at = _columns_before(cells, header, g)
        role, span = "note" if any(header.columns[p] in _FULL_YEAR for p in budgets) else "budget_full_year", 0
    else:
        at, span = budgets[0], 1
        role = header.columns[at]
    columns = ["note" if k not in _SOURCES_TOTALS else role for k in subs]
    return replace(header, end=max(header.end, q), columns=[*header.columns[:at], *columns, *header.columns[at + span:]],
                   labels=[*header.labels[:at], *subs, *header.labels[at + span:]],
                   years=[*header.years[:at], *[None] * len(subs), *header.years[at + span:]] if header.years else [])


def _columns_before(cells: list[Cell], header: Header, g: int) -> int:
    """How many of the header's columns its cells before cell ``g`` label (in the header's order)."""
    p = 0
    for c in cells[header.start: g]:
        if p < len(header.labels) and key(c.text) == header.labels[p]:
            p += 1
    return p


def _unread_columns(cells: list[Cell], header: Header) -> tuple[Header, int]:
    """The header with the cells that end its line after the known columns (编制数 | 实有人数 | 退休人数,
    then the values on the next line, after its row's label or not) as columns of their own whose values are
    not read, and where the rows start; without them the last would be read as the first row's label. A page
    may also end each line with the next row's label (… | 得分 | 年度资金总额, then its values): the cells are
    columns only when the next line has more values than the known columns."""
    i, n = header.end, len(cells)
    line = cells[header.end - 1].line_no
    j = i
    while j < n and cells[j].line_no == line and not cells[j].row_start and kind(cells[j].text) == "text" \
            and len(cells[j].text) <= _ROW_LABEL_MAX:
        j += 1
    end = j  # (the columns' cells, before the empty cells a page's grid ends the line with: | 下属单位 | | then 98 | …)
    while j < n and j > i and cells[j].line_no == line and not cells[j].row_start and kind(cells[j].text) == "empty":
        j += 1
    if j == i or j == n or not cells[j].row_start:
        return header, i  # nothing after the known columns, or the line goes on: a row on the header's line
    first = j
    if kind(cells[j].text) == "text" and j + 1 < n and cells[j + 1].line_no == cells[j].line_no:
        first = j + 1  # the next line opens with its row's label (收入合计 | 1,250.00 | …): its values follow it
    values = filled = 0  # (filled: the values up to the last one written, the empty cells ending the row aside)
    while first + values < n and cells[first + values].line_no == cells[j].line_no \
            and (k := kind(cells[first + values].text)) in ("num", "value", "ph", "empty"):
        values += 1
        filled = values if k != "empty" else filled
    if filled <= len(header.columns):
        return header, i  # the next line fills no more than the known columns: its label ends this line
    extra = [compact(c.text) for c in cells[i:end]]
    return replace(header, end=j, columns=[*header.columns, *["note"] * len(extra)],
                   labels=[*header.labels, *extra], years=[*header.years, *[None] * len(extra)]
                   if header.years else []), j


# A row's label with its first amount in the same cell (年度资金总额620.82万元 | 620.82万元 …, 其中本年财政拨款55 55 55):
# a flattened page drops the separator between them. Split only when the words name a funds row.
_GLUED_LABEL = re.compile(rf"^(?P<label>.*?[^\d.,\s])\s*(?P<num>{NUMBER}\s*(?:亿元|万元|千元|元|万)?)$")


def _glued_label(cell: Cell, row_goes_on: bool = False) -> tuple[Cell, Cell] | None:
    """(label cell, amount cell) of a cell holding a funds row's label and then its first amount; after a colon only
    where the row's other figures follow on its line (``row_goes_on``: 年度资金总额：260 260 247.52 10 …)."""
    t = compact(cell.text) or ""
    if not t or not (t[-1].isdigit() or t[-1] in "元万"):
        return None
    m = _GLUED_LABEL.match(t)
    if m is None or not m.group("num")[0].isdigit():
        return None
    label = m.group("label")
    if label[-1] in ":：" and row_goes_on:
        label = label.rstrip(":：")
    if label[-1] in ":：" or (row_meaning(label) is None and not label.startswith("其中")):
        return None  # (label：figure alone is a field of its own, not a row run into its values)
    return Cell(label, cell.line_no, cell.row_start), Cell(m.group("num"), cell.line_no)


# A row's amounts and rate written with nothing between them (预算数 1000 | 执行数 1000 | 执行率 100%
# flattened to 10001000100%): the digits split where the two amounts give the rate written after them.
# (the amounts may carry their thousands separators, 1,512.001,498.661,498.6610100%: the cuts keep each group whole)
_GLUED = re.compile(r"^(?P<digits>\d[\d.,]*\d)%$")
_PLAIN_NUMBER = re.compile(r"^(?:0|[1-9]\d*)(?:\.\d+)?$")
# An amount written with its thousands separators, to two places when it has a point (1,512.00): in a run of such
# amounts each ends two digits after its point, where the next one's first group opens
_GROUPED_AMOUNT = re.compile(r"^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d\d)?$")


def _unglued(values: list[Cell], header: Header) -> list[Cell]:
    """``values`` with a cell of glued amounts, points and rate (1000  1000  100%, or 年初 | 全年 | 执行 | 分值 |
    执行率 as 99999910100%) split into the header's columns from its first amount to the rate, when exactly
    one split makes spending / budget the rate (``_header_split``)."""
    cols = header.columns
    money = [j for j, c in enumerate(cols) if c in MONEY_ROLES]
    if len(money) >= 2 and any(_TWO_PLACES.fullmatch(t := compact(c.text) or "") and t.count(".") <= len(money)
                               for c in values):
        values = _two_places_split(values, len(money))
    if "rate" not in cols or len(money) < 2 or money[-1] > cols.index("rate"):
        return values
    parts = tuple(cols[money[0]: cols.index("rate") + 1])
    if sum(kind(c.text) != "empty" for c in values) >= len(cols):
        return values  # (a figure in every column: 843.75 | 676.02 | 80.12% holds no glued run, 80.12% no 8 | 0.1 | 2%)
    out: list[Cell] = []
    for at, cell in enumerate(values):
        m = _GLUED.match(compact(cell.text) or "")
        split = None
        if m and at:
            # the row's amounts written apart, its points and rate run together after them (… 1,352.64 | 1097.51%)
            split = _tail_split(m.group("digits"), values[:at], cols, money[0])
        if m and split is None:
            split = _header_splits[(m.group("digits"), parts)]
        if split is None:
            out.append(cell)
            continue
        split = list(split)  # (the remembered split is shared: a copy to end with its %)
        split[-1] += "%"
        out += [Cell(split[0], cell.line_no, cell.row_start), *(Cell(x, cell.line_no) for x in split[1:])]
    return out


def _tail_split(digits: str, before: list[Cell], cols: list[str], first: int) -> list[str] | None:
    """The cells of a glued run (``digits``, the rate's % off) that closes a row after its amounts, each written apart
    (``before``: one a money column from ``first``, the budget's and the spending's among them): the columns after
    theirs up to the rate, none of them money, cut so that each point figure is more than 0 and at most 100 and the
    rate, more than 0, is spending / budget as written; None unless exactly one cut does it."""
    if any(kind(c.text) != "num" for c in before):
        return None
    start = first + len(before)
    rate = cols.index("rate")
    parts = cols[start: rate + 1]
    read = dict(zip(cols[first:start], before))
    if len(parts) < 2 or any(p in MONEY_ROLES for p in parts) or "budget_full_year" not in read \
            or "expenditure_total" not in read:
        return None
    budget = float(parse_number(compact(read["budget_full_year"].text) or ""))
    spent = float(parse_number(compact(read["expenditure_total"].text) or ""))
    if not budget:
        return None
    found = []
    for xs in _number_pieces(digits, len(parts)):
        places = len(xs[-1].split(".")[1]) if "." in xs[-1] else 0
        rate = _piece_value(xs[-1])
        if not 0 < rate <= 200 or abs(spent / budget * 100 - rate) > 10 ** -places + 1e-9:
            continue
        if any(role in ("weight", "score") and not 0 < _piece_value(x) <= 100 for role, x in zip(parts, xs)):
            continue
        found.append(xs)
    return found[0] if len(found) == 1 else None


# Amounts written to two places run together with no rate after them (a part's row of a form run together:
# 85.0085.0083.26, or with their thousands separators, 1,512.001,498.66): each amount ends two digits after its point,
# so the split is the one the points make.
_TWO_PLACED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d\d|\d+\.\d\d")
_TWO_PLACES = re.compile(f"(?:{_TWO_PLACED.pattern}){{2,}}")


def _two_places_split(values: list[Cell], most: int) -> list[Cell]:
    """``values`` with each cell of amounts to two places run together (two to ``most``) parted into its amounts."""
    out: list[Cell] = []
    for cell in values:
        t = compact(cell.text) or ""
        if _TWO_PLACES.fullmatch(t) is None or t.count(".") > most:
            out.append(cell)
            continue
        amounts = _TWO_PLACED.findall(t)
        out += [Cell(amounts[0], cell.line_no, cell.row_start), *(Cell(a, cell.line_no) for a in amounts[1:])]
    return out


# A piece of a figure OCR parted with a space (23 1.6, 9 6.5%): digits, a point, a percent sign
_FIGURE_BIT = re.compile(r"^\d+(?:\.\d+)?%?$")
_REJOIN_EXTRA = 6  # the most spaces inside figures a row is read back over


def _joinable(bits: list[str]) -> str | None:
    """The figure that pieces side by side spell when OCR parted it: each but the last a run of digits, one of them a
    single digit or the last carrying the point or the % (23 1.6, 9 6.5%, 1 00); two whole figures (240 240) stay two."""
    if len(bits) == 1:
        return bits[0]
    if any(not b.isdigit() for b in bits[:-1]):
        return None
    last = bits[-1]
    if not (any(len(b.rstrip("%")) == 1 for b in bits) or "." in last or "%" in last):
        return None
    s = "".join(bits)
    return s if _PLAIN_NUMBER.match(s.rstrip("%")) else None


def _rejoined(values: list[Cell], header: Header) -> list[Cell]:
    """A funds row on one line with more figures than the header has columns, OCR having parted a figure with a space
    (240 240 23 1.6 10 96.5% 9.6): the figures joined back (``_joinable``) to exactly one per column, when exactly one
    joining makes 全年执行数 / 全年预算数 the rate as written, points within 0..100 and the score within the points.
    Otherwise the row as it is."""
    cols = header.columns
    k = len(cols)
    if len(values) <= k or len(values) > k + _REJOIN_EXTRA or "rate" not in cols or "expenditure_total" not in cols \
            or "budget_full_year" not in cols or len({c.line_no for c in values}) != 1:
        return values
    texts = [c.text.strip() for c in values]
    if not all(_FIGURE_BIT.match(t) for t in texts):
        return values
    found = []
    for figures in parted_joinings(texts, k, _joinable):
        if any("%" in f for f, c in zip(figures, cols) if c != "rate"):
            continue
        vals = dict(zip(cols, (float(f.rstrip("%")) for f in figures)))
        rate = figures[cols.index("rate")].rstrip("%")
        places = len(rate.split(".")[1]) if "." in rate else 0
        budget, spent = vals["budget_full_year"], vals["expenditure_total"]
        if not budget or abs(spent / budget * 100 - vals["rate"]) > 10 ** -places + 1e-9:
            continue
        if any(c in ("weight", "score") and not 0 <= v <= 100 for c, v in vals.items()) \
                or vals.get("score", 0) > vals.get("weight", 100):
            continue
        found.append(figures)
    if len(found) != 1:
        return values
    line = values[0].line_no
    return [Cell(f, line, values[0].row_start and j == 0) for j, f in enumerate(found[0])]


def _rate_split(digits: str) -> tuple[str, str, str] | None:
    """(budget, spent, rate) whose concatenation is ``digits`` and where spent / budget is the rate as
    written; None unless exactly one split does it."""
    return _rate_splits[digits]


def _rate_split_plain(digits: str) -> tuple[str, str, str] | None:
    split = _header_split(digits, ["budget_full_year", "expenditure_total", "rate"])
    return tuple(split) if split else None  # type: ignore[return-value]


def _header_split_kept(digits_parts: tuple[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    split = _header_split(digits_parts[0], list(digits_parts[1]))
    return tuple(split) if split is not None else None


# Splits per distinct run of digits (and columns): every rate cell (95%, 100%, 96.8%) is tried as a glued run, and the
# same rates come back across documents; the cuts are tried once each. (Tuples: shared, never changed.)
_rate_splits = PerText(_rate_split_plain)
_header_splits = PerText(_header_split_kept)


# The most splits of a glued run tried (they grow as digits ** cells: 23 digits in 5 cells are 7,315).
_SPLIT_MAX_TRIED = 20_000


def _header_split(digits: str, parts: list[str]) -> list[str] | None:
    """The cells of ``parts`` (roles, the rate last) whose concatenation is ``digits``: spending over the
    budget before it is the rate as written (rounded or cut at its last decimal), points are more than 0 and
    at most 100, a year-opening budget is 0 or within a factor of 5 of the year's. A row may also leave its
    first amount out (年初预算数 empty). Of several splits, the one whose amounts hold the fewest decimals
    beyond cents, then the one filling every column; None unless exactly one is best."""
    ranked = [(_decimals(xs[:-1]), 0, xs) for xs in _splits(digits, parts)]
    if parts[0] == "budget_initial" and len(parts) > 3:
        ranked += [(_decimals(xs[:-1]), 1, xs) for xs in _splits(digits, parts[1:])]
    if not ranked:
        return None
    best = min(r[:2] for r in ranked)
    found = [xs for *r, xs in ranked if tuple(r) == best]
    return found[0] if len(found) == 1 else None


def _splits(digits: str, parts: list[str]) -> list[list[str]]:
    """Every split of ``digits`` into the cells of ``parts`` that ``_header_split``'s checks let through."""
    # (a comma is no place to cut: the thousands separators a run keeps take their places out of the count)
    if "expenditure_total" not in parts or comb(len(digits) - digits.count(",") - 1, len(parts) - 1) > _SPLIT_MAX_TRIED:
        return []
    spent = parts.index("expenditure_total")
    budget = next((j for j in range(spent - 1, -1, -1) if parts[j] in MONEY_ROLES and parts[j] != "budget_adjustment"),
                  None)
    if budget is None:
        return []
    initial = parts.index("budget_initial") if "budget_initial" in parts[:budget] else None
    found = []
    for xs in _number_pieces(digits, len(parts)):
        vals = [_piece_value(x) for x in xs]
        r, a, b = vals[-1], vals[budget], vals[spent]
        places = len(xs[-1].split(".")[1]) if "." in xs[-1] else 0
        if not 0 < r <= 200 or a == 0 or abs(b / a * 100 - r) > 10 ** -places + 1e-9:
            continue
        if any(role == "weight" and not 0 < v <= 100 for role, v in zip(parts, vals)):
            continue
        if initial is not None and vals[initial] and not 0.2 <= vals[initial] / a <= 5:
            continue
        found.append(xs)
    return found


def _number_pieces(digits: str, pieces: int) -> list[list[str]]:
    """Every cut of ``digits`` into ``pieces`` plain numbers, in the order ``itertools.combinations`` gives
    the cuts: a piece that is no number ends its branch (the cuts after it are not tried). Digits written with
    thousands separators are cut only where every comma stays inside an amount grouped whole (``_GROUPED_AMOUNT``)."""
    if pieces == 1:
        return [[digits]] if _is_piece(digits) else []
    out = []
    for cut in range(1, len(digits) - pieces + 2):
        # (the plain test first, inline: most runs hold no comma)
        if _PLAIN_NUMBER.match(head := digits[:cut]) or "," in head and _GROUPED_AMOUNT.match(head):
            out += [[head, *rest] for rest in _number_pieces(digits[cut:], pieces - 1)]
    return out


def _is_piece(text: str) -> bool:
    """A plain number, or an amount with its thousands separators (``_GROUPED_AMOUNT``)."""
    return _PLAIN_NUMBER.match(text) is not None or "," in text and _GROUPED_AMOUNT.match(text) is not None


def _piece_value(text: str) -> float:
    return float(text.replace(",", "") if "," in text else text)


def _decimals(xs: list[str]) -> int:
    """The most decimals a glued run's amounts would have, 2 or fewer counting as 2 (cents)."""
    return max(max(len(x) - x.index(".") - 1, 2) if "." in x else 2 for x in xs)


def _funds_cost_of(text_role: tuple[str, str]) -> float:
    text, role = text_role
    s = compact(text) or ""
    k = kind(text)
    if k == "ph":
        return 0.2
    if s.endswith("%"):
        return 0.0 if role in ("rate", "adjust_rate", "other") else INF
    if _MONEY_CELL.match(s):
        return 0.0 if role in AMOUNT_ROLES or role == "carryover_end" else INF
    v = parse_number(s)
    if v is None:
        return INF
    if role == "row_no":
        return 0.0 if s.isdecimal() and len(s) <= _ROW_NO_DIGITS else INF
    if role in AMOUNT_ROLES or role == "carryover_end":
        return 0.3
    if role in ("weight", "score"):
        return 0.3 if 0 <= v <= 100 else INF
    if role in ("rate", "adjust_rate"):
        return 0.5 if 0 <= v <= 200 else INF
    if role in STAFF_ROLES:
        return 0.3 if v == int(v) else INF
    return 2.0


# per distinct (text, column role): a row's values are costed against the header's columns, the same few texts
_funds_costs = PerText(_funds_cost_of)

_FUNDS_SKIP = {"budget_initial": 0.5, "budget_adjustment": 0.5, "budget_full_year": 1.0, "expenditure_total": 1.5,
               "weight": 1.0, "rate": 1.0, "score": 1.0, "note": 0.2, "row_no": 0.5,
               "carryover_end": 0.5}
_ROW_NO_DIGITS = 3  # a row's number (行次) in the accounts forms: 1 to a few hundred
# Only the total row (年度资金总额) carries the form's 分值 | 执行率 | 得分: a part row shorter than it (其中：当年财政拨款,
# 上年结转资金, 其他资金) fills the money columns from the left and stops (60 | 60 | 58, or 0 | 0 | 0), a rate of its
# own written with its %. In such a row those columns cost nothing to leave out and a bare number in them costs this
# much more. (A part row as wide as the total row copies its layout, points and all.)
_PART_ROW_POINTS = {"weight": 2.0, "score": 2.0, "rate": 1.0}


# A placeholder (—, /) is a cell of a column the header may not name (自评得分 | 等级 before the money columns, a 变化
# column after them): a row with more cells than known columns leaves its placeholders out first, never a figure
# for them (合计 | — | — | 87.00 | 94.00 | 87.08: the figures are the money columns')
_PH_DROP = 0.1


def _align(values: list[Cell], header: Header, row_label: str, part: bool = False,
           cut: bool = False) -> list[FundsValue]:
    """A row's values to the header's columns. A row with one cell per column (blanks kept, as native
    and tab rows give them) is read by position; otherwise blanks are dropped and the non-blank cells
    are matched to the columns in order by what they hold, a missing cell being the one whose absence
    costs least (年初预算数 is the column most often left blank; a % is a rate). A ``part`` row (shorter than
    the total row) keeps its bare numbers out of the points columns: see ``_PART_ROW_POINTS``. A ``cut`` row
    (an excerpt's end ran into it) lacks its last columns: leaving them out costs nothing."""
    cols = header.columns
    extra = _PART_ROW_POINTS if part else {}
    skip = [0.0 if cols[b] in extra else _FUNDS_SKIP.get(cols[b], 1.0) for b in range(len(cols))]
    costs = _funds_costs
    if len(values) == len(cols):
        placed = list(zip(values, range(len(cols))))
        if all(costs[(c.text, cols[j])] < INF for c, j in placed if kind(c.text) != "empty"):
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
            if b < k and cur + skip[b] < best[a][b + 1]:
                best[a][b + 1] = cur + skip[b]
                back[(a, b + 1)] = (a, b, False)
            if a < m and b < k:
                c = cur + costs[(values[a].text, cols[b])]
                if cols[b] in extra and kind(values[a].text) == "num":
                    c += extra[cols[b]]
                if c < best[a + 1][b + 1]:
                    best[a + 1][b + 1] = c
                    back[(a + 1, b + 1)] = (a, b, True)
            if a < m and cur + (drop := _PH_DROP if kind(values[a].text) == "ph" else 3.0) < best[a + 1][b]:
                best[a + 1][b] = cur + drop
                back[(a + 1, b)] = (a, b, False)
    # (a cut row: its values end in any column, the columns after it cut)
    end = min(range(k + 1), key=lambda c: (best[m][c], -c)) if cut else k
    if best[m][end] == INF:
        return []
    placed = []
    a, b = m, end
    while (a, b) != (0, 0):
        pa, pb, put = back[(a, b)]
        if put:
            placed.append((values[pa], pb))
        a, b = pa, pb
    placed.reverse()
    return _values(placed, header, row_label)


def _value_read(text: str) -> tuple[str, Decimal, str | None] | None:
    """(compact text, number, money unit) of a value cell; None for a placeholder, an empty cell or no number."""
    if kind(text) in ("ph", "empty"):
        return None
    s = compact(text) or ""
    v = parse_number(s)
    if v is None:
        return None
    m = _MONEY_CELL.match(s)
    return s, v, m.group("unit") if m else None


_value_reads = PerText(_value_read)  # per distinct text (the same amounts and rates come back)


def _values(placed: list[tuple[Cell, int]], header: Header, row_label: str) -> list[FundsValue]:
    out = []
    for cell, j in placed:
        role = header.columns[j]
        if role in ("note", "row_no"):
            continue
        read = _value_reads[cell.text]
        if read is None:
            continue
        s, v, unit = read
        if role in ("rate", "adjust_rate") and "%" not in s and v <= Decimal("1.5"):
            v = v * 100  # a rate written as a fraction (0.958) is a percentage (95.8)
        out.append(FundsValue(role=role, raw=cell.text.strip(), value=v, unit=_FULL_UNIT.get(unit, unit),
                              line_no=cell.line_no, label=f"{row_label} {header.labels[j]}".strip(),
                              year=header.years[j] if header.years else None))
    return out


# ``pair_role`` per distinct key (the labels come back across documents)
_pair_role_of = PerText(pair_role)


def _scored_next(text: str) -> bool:
    """The cell after a value on a scoring table's row: the score, or the standard giving it (…得4分，扣…, …×分值,
    or the rate's formula: 预算执行率=执行数/预算数×100%)."""
    return kind(text) == "num" or ("分" in text and ("得" in text or "扣" in text or "分值" in text)) or "=" in text


_PERCENT_CELL = re.compile(r"^\s*\d+(?:\.\d+)?\s*[%％]\s*$")


_LEAD_GROUP = re.compile(r"^\s*[1-9]\d{0,2}\s*$")
_THOUSANDS_GROUP = re.compile(r"^\s*\d{3}\s*$")
_LAST_GROUP = re.compile(r"^\s*(?P<num>\d{3}(?:\.\d+)?)\s*(?P<rest>\S*)$")


def _space_grouped(cells: list[Cell], j: int, doc: Document) -> tuple[str, int] | None:
    """A figure a space parts at its thousands, a piece a cell (3 | 186.52 | 万元, 1 | 204 | 530.00 | 元): the figure
    whole (3186.52) and the index of its last piece, when the pieces are 1-3 digits, then groups of three (a point and
    decimals on the last), a money unit ends the last or opens the cell after it on the line, and the line writes the
    pieces one space apart (a text's line, no table's cells). None otherwise."""
    n = len(cells)
    if not _LEAD_GROUP.match(cells[j].text) or j + 2 >= n:
        return None
    line = cells[j].line_no
    q = j + 1
    while q + 1 < n and cells[q + 1].line_no == line and _THOUSANDS_GROUP.match(cells[q].text) \
            and not _opening_unit(cells[q + 1].text):
        q += 1
    if cells[q].line_no != line or (last := _LAST_GROUP.match(cells[q].text)) is None:
        return None
    if not (_opening_unit(last.group("rest")) if last.group("rest") else q + 1 < n and cells[q + 1].line_no == line
                                                                           and _opening_unit(cells[q + 1].text.strip())):
        return None
    pieces = [cells[k].text.strip() for k in range(j, q)] + [last.group("num")]
    if not (0 < line <= len(doc.lines) and " ".join(pieces) in doc.lines[line - 1]):
        return None
    return "".join(pieces) + (_opening_unit(last.group("rest")) or ""), q


def _percent_after(cells: list[Cell], j: int) -> int | None:
    """The one cell after ``cells[j]`` on its line holding a bare percent (95.6%): on a scoring table's row (预算执行率 |
    10 | 执行数/预算数×100% | 95.6% | 9.56) the rate as written, the bare figure before it the points. None where the
    line holds none; -1 where it holds two (a target and a result: the indicator's reader's), the bare figure still
    the points."""
    line = cells[j].line_no
    found = None
    for q in range(j + 1, len(cells)):
        if cells[q].line_no != line:
            break
        if _PERCENT_CELL.match(cells[q].text):
            if found is not None:
                return -1
            found = q
    return found


def read_funds_pairs(cells: list[Cell], taken: set[int], doc: Document | None = None) -> list[FundsValue]:
    """``计划安排资金 (万元) 170``, ``转移支付预算数(A) 5.8万``: a funds label, then its value; and the two
    in one cell, ``年初预算数（万元）：150.00`` (a form written as label：value lines); with ``doc``, a table row's cell
    holding a funds label run into its figure and unit (``_glued_pairs``)."""
    out: list[FundsValue] = []
    n = len(cells)
    keys = cell_keys(cells)  # "" for a cell longer than LABEL_MAX, as find_headers read them
    role_of = _pair_role_of
    # (the few label cells, listed once per stream with the header finder's: those naming a role)
    for i in label_cells(cells):
        k = keys[i]
        role = role_of[k]
        if role is None or i in taken:
            continue
        c = cells[i]
        if c.row_start and (cols := year_columns(cells, i)) is not None:
            # 预算执行率 | 95.1% | 98.3% under 项目 | 2022年 | 2023年 (本年数 | 上年数): each year's figure, of its year
            unit = declared_unit([c.text])
            for j, y in cols:
                if (fv := _pair_value(role, k, c.text, cells[j].text, cells[j].line_no, unit)) is not None:
                    out.append(replace(fv, year=None if y == THIS_YEAR else y))
            continue
        j = i + 1
        unit = declared_unit([c.text])
        while j < n and j - i <= 3 and (kind(cells[j].text) == "empty" or is_unit_cell(cells[j].text)):
            unit = unit or declared_unit([cells[j].text]) or (compact(cells[j].text).strip("()（）") or None)
            j += 1
        if j >= n or kind(cells[j].text) not in ("num", "value") or j in taken:
            continue
        if cells[j].row_start and cells[j].line_no != c.line_no and i > 0 and cells[i - 1].line_no == c.line_no:
            # 序号 | 任务名称 | 预算金额（万元） over | 1 | 统计调查 | … |: the label heads a column of a row of several
            # cells; the next row's first cell is no value of it
            continue
        if role == "rate" and "%" not in cells[j].text and "%" not in c.text and (q := _percent_after(cells, j)) is not None:
            if q < 0:
                continue
            j = q  # 预算执行率 | 10 | 执行数/预算数×100% | 95.6% | 9.56: a scoring row's points first; the rate is the percent
        elif role == "rate" and "%" not in cells[j].text and "%" not in c.text and j + 1 < n \
                and cells[j + 1].line_no == cells[j].line_no and _scored_next(cells[j + 1].text):
            # 预算完成率 | 10 | 9.6 or 预算完成率 | 4 | …=100%得4分，每低1%扣0.2分 | 3.6: a scoring table's row
            # (分值, 评分标准, 得分), not a rate and its value
            continue
        if role in MONEY_ROLES and (q := _sources_sum(cells, i)) is not None and kind(cells[q].text) in ("num", "value"):
            j = q  # 资金来源 | 中央 | 省级 | 合计 over 全年预算数 | 6950 | 120 | 7070: the row's figure is its sources' sum
        elif role == "rate" and (q := _sources_sum(cells, i)) is not None and "%" in cells[q].text \
                and kind(cells[q].text) in ("num", "value"):
            j = q  # … over 执行率 | 100% | 90% | 98%: the rate of the sum, the funds' whole
        if role in MONEY_ROLES and _under_three_public_columns(cells, i, j):
            # 项目 | 合计 | 因公出国（境）费 | 公务用车… | 公务接待费, then 预算数 | 12.5 | 0 | 8.0 | 4.5: the row's first
            # figure is the 三公经费's total, its spending the three costs' (three_public_total), its budget no code
            role = "three_public_total" if role == "expenditure_total" else "other"
        written = cells[j].text
        if role in MONEY_ROLES and doc is not None and (grouped := _space_grouped(cells, j, doc)) is not None:
            written, j = grouped  # 全年预算数 3 186.52 万元: a PDF's space for the thousands separator, one figure
        if unit is None and j + 1 < n and cells[j + 1].line_no == cells[j].line_no:
            # 全年预算数 8511036.00 元,全年执行数…: a unit opening the cell after the figure (a space before it) is its
            unit = _opening_unit(cells[j + 1].text)
        if (fv := _pair_value(role, k, c.text, written, cells[j].line_no, unit)) is not None:
            out.append(fv)
    texts = cell_texts(cells)
    # (of the cells holding a colon, listed once per stream: those with the ASCII one, short)
    for i in [i for i in marked_cells(cells)[0] if ":" in texts[i] and len(texts[i]) <= _COLON_CELL_MAX]:
        m = _PAIR_COLON.match(cells[i].text)
        if m is None:
            continue
        k = key(m.group("label"))
        role = role_of[k] if len(k) <= LABEL_MAX and i not in taken else None
        if role is not None and kind(m.group("value")) in ("num", "value"):
            label = m.group("label")
            fv = _pair_value(role, k, label, m.group("value"), cells[i].line_no, declared_unit([label]))
            if fv is not None:
                out.append(fv)
        elif role is None and ((vk := kind(value := m.group("value"))) == "num"
                               or vk == "value" and (money := _MONEY_CELL.match(value)) is not None) \
                and (item := _row_pair_item_of[m.group("label")]) is not None \
                and (number := parse_number(value)) is not None:
            # 其中：基本支出：5207.45 | over 项目支出：3207.63 | (the department form's parts under 按支出性质分, each a
            # label and a bare figure in one cell, or the figure with its unit, 基本支出：5207.45万元): the item the
            # label names, as a row pair's. Also under a funds header, whose rows read no figure inside a cell after
            # its label's colon.
            unit = money.group("unit") if vk == "value" else None
            out.append(FundsValue(item, value.strip(), number, _FULL_UNIT.get(unit, unit), cells[i].line_no, k))
    if doc is not None:
        out.extend(_glued_pairs(cells, texts, taken, doc))
    return out


# A funds label run into its figure with the figure's unit, the cell of a table row holding nothing else (| 本年收入合计
# 1,862.35万元 |, | 部门预算执行率98.81% |, 本年支出合计490.00万元<tab>…): a statement of the label's figure, as the
# same words are in a sentence or with a colon between; a full stop may close it (| 年末结转结余2.57万元。 |: a statement
# too short for prose.is_prose, read here). The unit is required (a label run into a bare number is a funds
# row's, its values after it: the block reader's). A line of running text is read by the sentences' reader, in context.
_GLUED_PAIR = re.compile(rf"^\s*(?P<label>[^\d:：,，;；。、\s|%]{{2,24}}?)\s*(?:为\s*)?"
                         rf"(?P<value>{NUMBER}\s*(?:亿元|万元|千元|元|%))\s*。?\s*$")


_GLUED_ENDS = ("元", "元。", "%。")


def _glued_pairs(cells: list[Cell], texts: list[str], taken: set[int], doc: Document) -> list[FundsValue]:
    """The figures of the cells outside the blocks read that hold a funds label run into its figure and unit
    (``_GLUED_PAIR``), on a line of a table (a native table's, a tab or a pipe row: no line of running text): of a funds
    label's role (a rate's figure in %), or of the item a row label of the department's funds names (其中财政拨款收入,
    基本支出, 年末结转和结余); none where figures follow on the cell's line (a row run into its values)."""
    out: list[FundsValue] = []
    n = len(cells)
    # (the cells ending in a unit or %, listed in C: most end in neither)
    # (or in a unit or % and the full stop of a statement: | 年末结转结余2.57万元。 |)
    ends = sorted({*compress(count(), map(str.endswith, texts, repeat(_GLUED_ENDS))), *marked_cells(cells)[1]})
    for i in ends:
        t = texts[i]
        if i in taken or len(t) > _COLON_CELL_MAX or ":" in t or "：" in t or (m := _GLUED_PAIR.match(t)) is None:
            continue
        no = cells[i].line_no
        if no not in doc.table_lines and not (0 < no <= len(doc.lines) and ("|" in (line := doc.lines[no - 1])
                                                                           or "\t" in line)):
            continue
        if i + 1 < n and cells[i + 1].line_no == cells[i].line_no and kind(texts[i + 1]) in ("num", "value"):
            continue  # (年度资金总额620.82万元 | 620.82万元 | …: a funds row run into its first value)
        label, value = m.group("label"), m.group("value")
        # (the year the label names, as a sentence's: 上年收入合计… is last year's; 本年… this year's)
        year = figure_year(label)
        k = key(label)
        role = _pair_role_of[k] if len(k) <= LABEL_MAX else None
        if role is not None:
            fv = _pair_value(role, k, label, value, no, None)
            if fv is not None and (role == "rate") == value.endswith("%") and (year is None or role != "rate"):
                out.append(replace(fv, year=year))
        elif not value.endswith("%") and (item := _row_pair_item_of[label]) is not None \
                and (money := _MONEY_CELL.match(compact(value) or "")) is not None \
                and (number := parse_number(money.group("num"))) is not None:
            out.append(FundsValue(item, value.strip(), number, money.group("unit"), no, k, year))
    return out


_PARTS_RUN_MIN = 2  # the fewest money labels, each with its figure, a run the parts' rows follow must hold


def read_part_rows(cells: list[Cell], taken: set[int]) -> list[FundsValue]:
    """The spending's parts under a funds header written with the whole's figures among its labels (年度资金总额 | 年初预算数
    | 1,865.32 | 全年预算数 | 2,104.66 | 全年执行数 | 2,031.20 | 执行率 | 96.51% then 其中：基本支出 | 1,212.48 | 1,262.15 | 1,262.15
    | 项目支出 | …: the header row and the whole's row run together, as a page laying the form out flat writes them): a part's
    label right after the run of labels and figures (or after the part before it), then as many bare figures as the run
    has money labels, each in the column of that label in order; the one under 全年执行数 is the part's spending (whichever
    reader took the whole's figures: the parts' cells must be free)."""
    out: list[FundsValue] = []
    n = len(cells)
    keys, texts = cell_keys(cells), cell_texts(cells)
    role_of = _pair_role_of
    # the label cells of a role with a figure right after them, in order
    pairs = [(i, role) for i in label_cells(cells) if (role := role_of[keys[i]]) is not None
             and i + 1 < n and kind(texts[i + 1]) in ("num", "value")]
    k = 0
    while k < len(pairs):
        run = [pairs[k]]
        while k + 1 < len(pairs) and pairs[k + 1][0] == run[-1][0] + 2:
            k += 1
            run.append(pairs[k])
        k += 1
        money = [(i, role) for i, role in run if role in MONEY_ROLES]
        roles = [role for _, role in money]
        if len(money) < _PARTS_RUN_MIN or "expenditure_total" not in roles or len(set(roles)) != len(roles):
            continue
        spent = roles.index("expenditure_total")
        unit = declared_unit([cells[money[spent][0]].text])
        e = run[-1][0] + 2
        while e < n and e not in taken and (item := _row_pair_item_of[texts[e]]) in _PART_ITEMS:
            q = e + 1
            while q < n and q - e <= len(money) and q not in taken and kind(texts[q]) == "num":
                q += 1
            if q - e - 1 != len(money) or q < n and kind(texts[q]) == "num":
                break  # (as many figures as the run's money labels, no more)
            at = e + 1 + spent
            if (value := parse_number(texts[at])) is not None:
                out.append(FundsValue(item, cells[at].text.strip(), value, unit, cells[at].line_no, keys[e] or key(texts[e])))
            e = q
    return out


# A line written as a record of funds labels and their figures (资金情况(万元):年初预算数38.00;全年预算数38.00;执行率97.5% /
# 年初预算数 3,208.50；全年预算数 8,762.14；…): each label opens after a break, its figure right after it (a colon or 为
# between), the figure's unit after it or declared on the line or in a 单位 line just above. (A thousands comma ends no
# figure: 全年预算8,912.6万 is not 8.)
_INLINE_PAIR = re.compile(rf"(?:^|(?<=[;；,，:：\s|]))(?P<label>[^\d;；,，:：\s|]{{2,14}})\s*[:：]?\s*(?:为\s*)?"
                          rf"(?P<num>{UNSIGNED_NUMBER_PLAIN})\s*(?P<unit>%)?(?=[;；,，。\s|]|$)(?!,\d)")
_PART_ITEMS = frozenset(R.CATEGORY_PART_COLUMNS.values())  # (the spending's parts: a record's 全年执行数 is the part's)
_INLINE_MIN = 2  # the fewest labelled amounts that make a line such a record (one is a sentence's or a cell pair's)
# (a label's last character right before a figure: 预算数38.00, 执行数 825.00, 年初预算 240; what a record needs twice)
_INLINE_GATE = re.compile(r"[数算出额金计](?=\s*[:：]?\s*(?:为\s*)?\d)")
_UNIT_LINES_ABOVE = 3


def read_inline_pairs(lines: list[str], candidates: list[int] | range, read: list[tuple[int, int]],
                      found: list[FundsValue]) -> list[FundsValue]:
    """The funds figures of lines written as records of labels and bare figures (``_INLINE_PAIR``): of ``lines``, those
    numbered (0-based) in ``candidates`` (the lines that may hold a funds label), outside the blocks read (``read``:
    their first and last line numbers) and past the roles the pair readers found on the same line (``found``)."""
    have = {(fv.line_no, fv.role) for fv in found}
    out: list[FundsValue] = []
    for i in candidates:
        line, no = lines[i], i + 1
        if " ," in line:
            line = SPACED_THOUSANDS.sub(r"\1,", line)  # (年初预算数 1 ,362.48: one figure)
        if MONEY_RE.search(line) is not None or len(_INLINE_GATE.findall(line)) < _INLINE_MIN \
                or any(a <= no <= b for a, b in read):
            continue  # (figures written with their unit are running text's: the sentences' reader reads them)
        pairs = [(m, role) for m in _INLINE_PAIR.finditer(line) if (role := _pair_role_of[key(m.group("label"))])]
        if sum(role != "rate" for _, role in pairs) < _INLINE_MIN:
            continue
        lead = key(line[: pairs[0][0].start()].rstrip(" :：|"))
        meaning = row_meaning(lead)
        whole = True
        if lead.startswith("其中") or meaning not in (None, "total") or "财政拨款" in lead or "其他资金" in lead:
            # 其中：基本支出：年初预算数 716.50；…；全年执行数 738.92: a part's record, its spending the part's item (a
            # source of funds' figures are none)
            whole = False
            part = meaning if meaning in _PART_ITEMS else None
            pairs = [(m, part) for m, role in pairs if role == "expenditure_total"] if part else []
        # the unit declared on the line, or on a 单位 line just above
        unit = declared_unit([line]) or next((u for j in range(i - 1, max(-1, i - 1 - _UNIT_LINES_ABOVE), -1)
                                              if "单位" in lines[j] and (u := declared_unit([lines[j]]))), None)
        if unit is not None and whole:
            # the whole's record names its spending's parts too (… 全年执行数（万元） 4,655.84 | 基本支出 1,472.93 | 项目支出
            # …): each part's figure, bare, in the unit the record's labels declare
            pairs += [(m, item) for m in _INLINE_PAIR.finditer(line) if _pair_role_of[key(m.group("label"))] is None
                      and (item := _row_pair_item_of[m.group("label")]) in _PART_ITEMS]
        for m, role in pairs:
            if (no, role) in have:
                continue
            value = m.group("num") + (m.group("unit") or "")
            if (fv := _pair_value(role, key(m.group("label")), m.group("label"), value, no, unit)) is not None:
                out.append(fv)
                have.add((no, role))
    return out


def _opening_unit(text: str) -> str | None:
    """The money unit a cell opens with, alone or before a break (元, 万元, 元，全年执行数…), else None (元旦)."""
    if text[:1] not in _UNIT_FIRSTS:
        return None
    return next((u for u in _UNITS_LONGEST_FIRST if text.startswith(u) and text[len(u): len(u) + 1] in _AFTER_UNIT), None)


_AFTER_UNIT = frozenset(("", *"，,。；;)）、 "))

_UNITS_LONGEST_FIRST = sorted(_MONEY_UNITS, key=len, reverse=True)
_UNIT_FIRSTS = frozenset(u[0] for u in _MONEY_UNITS)


def _row_pair_item(text: str) -> str | None:
    """The canonical item a row label names standing alone (收入合计, 其中：基本支出, 年末结转和结余), else None."""
    k = key(text)
    if not k or len(k) > _ROW_LABEL_MAX or kind(text) != "text" or any(p in k for p in _CLAUSE_MARKS):
        return None  # (a clause of running text split at its spaced figures, 万元，年初结转和结余: no row label)
    item = classify_label(k, None)[0]
    return None if item == "other" else item


_row_pair_item_of = PerText(_row_pair_item)
_CLAUSE_MARKS = ",，;；。"
_FIRST = slice(0, 1)
_UNIT_AFTER = (*_MONEY_UNITS, *_FULL_UNIT, "%")  # (a figure's unit, or a share, in the cell after it)


def read_row_pairs(cells: list[Cell], taken: set[int]) -> list[FundsValue]:
    """A funds row's label and its figure with no header above them (| 收入合计 | 8,762.33 | 支出合计 | 8,571.09 |, or
    本年收入合计 | over 28,419,665.40 |: a summary table whose header row the page left out, its unit declared above or
    after it): the label names the figure as a sentence's would. Only labels of the department's funds; a bare
    number only (a figure with its unit is read in the running text), but for a row laid a cell a line, where the
    figure with its unit stands alone on its line, no sentence holding its label."""
    out: list[FundsValue] = []
    n = len(cells)
    texts = cell_texts(cells)
    item_of = _row_pair_item_of
    # (the figures first, each text's first character tested in C: most cells hold no bare number)
    for j in compress(count(), map(str.isdigit, map(getitem, texts, repeat(_FIRST)))):
        if j == 0 or j in taken:
            continue
        i = j - 1
        if not texts[i]:
            i = _past_blanks(cells, texts, j)  # (empty cells between: | 收入合计 | | | 8,762.33 |, or one a line)
            if i < 0:
                continue
        # (the label first, a lookup: most figures stand after no funds label)
        if i in taken or (item := item_of[texts[i]]) is None:
            if i == j - 1 and i and cells[i].line_no == cells[j].line_no and cells[i - 1].line_no != cells[i].line_no \
                    and j + 1 < n and cells[j + 1].line_no == cells[j].line_no and item_of[texts[i - 1]] is not None:
                # 支出结构 | 基本支出 | 项目支出 over (万元) | 357.96 | 121.06: the rows open on the pieces of a group's name (its
                # unit), the figures under the labels after it
                out.extend(_labels_over_figures(cells, texts, j, taken, lead=1))
            continue
        if j == i + 1 and cells[i].row_start and (cols := year_columns(cells, i)) is not None:
            # 本年支出（万元） | 1,582.46 | 1,647.90 under 项目 | 2022年 | 2023年: each column's figure, of its year
            for q, y in cols:
                if kind(texts[q]) == "num" and (value := parse_number(texts[q])) is not None:
                    out.append(FundsValue(item, texts[q].strip(), value, declared_unit([texts[i]]), cells[q].line_no,
                                          key(texts[i]), None if y == THIS_YEAR else y))
            continue
        unit = None
        if (k := kind(t := texts[j])) == "value" and (money := _MONEY_CELL.match(t.strip())) is not None \
                and _cell_a_line(cells, i) and _cell_a_line(cells, j):
            # 本年收入合计 | over 5,218.43万元 |: a row laid a cell a line, its figure with its unit alone on its line,
            # where no sentence holds the label before it
            unit = _FULL_UNIT.get(money.group("unit"), money.group("unit"))
        elif k != "num":
            continue
        if cells[j].line_no != cells[i].line_no and (j + 1 < n and cells[j + 1].line_no == cells[j].line_no):
            # the label's line ends a row and the figure opens a row of several: no pair, unless each figure of the
            # row stands under a label of the funds (本年收入 | 本年支出 | 基本支出 over 402.36 | 398.14 | 306.52)
            out.extend(_labels_over_figures(cells, texts, j, taken))
            continue
        if j + 1 < n and (cells[j + 1].line_no == cells[j].line_no and texts[j + 1].startswith(_UNIT_AFTER)
                          or kind(texts[j + 1]) in ("num", "value")
                          or not texts[j + 1] and cells[j + 1].line_no == cells[j].line_no
                          and not (i < j - 1 and _blank_to_line_end(cells, texts, j + 1))):
            # 665.14 | 万元: the figure's unit in the cell after it, running text spaced out; 本年收入合计 | 6 | 905.60:
            # figures in several columns (行次 and amount, two years; | 2 | | with the amount's cell empty) that no
            # header names
            continue
        if cells[j].line_no == cells[i].line_no and _under_score_column(cells, texts, j):
            continue  # | 评价对象 | 自评得分 | 评价等级 | over | 某局部门整体支出 | 95.3 | 优 |: a score, no money
        if (value := parse_number(t if unit is None else money.group("num"))) is not None:
            out.append(FundsValue(item, t.strip(), value, unit, cells[j].line_no, key(texts[i])))
    return out


# The labels of a column of points (自评得分, 得分, 分值, 权重): a figure under one is a score, never money
_SCORE_COLUMNS = frozenset((*R.FIELDS["self_score"], *R.INDICATOR_COLUMNS["score"], *R.FUNDS_COLUMNS["score"],
                            *R.FUNDS_COLUMNS["weight"]))


def _under_score_column(cells: list[Cell], texts: list[str], j: int) -> bool:
    """Figure ``j`` stands in a row under a header row as wide whose cell at its place names a column of points."""
    s, e = line_span(cells, j)
    if s == 0:
        return False
    ps, pe = line_span(cells, s - 1)
    return pe - ps == e - s and key(texts[ps + j - s]) in _SCORE_COLUMNS


def _cell_a_line(cells: list[Cell], i: int) -> bool:
    """Cell ``i`` stands alone on its line."""
    line = cells[i].line_no
    return (i == 0 or cells[i - 1].line_no != line) and (i + 1 >= len(cells) or cells[i + 1].line_no != line)


_BLANKS_MAX = 4  # the most empty cells a row pair's label and figure stand apart (cells merged over columns)


def _past_blanks(cells: list[Cell], texts: list[str], j: int) -> int:
    """The cell before the empty cells right before figure ``j`` when they part a row's label from it: all on the
    figure's line (| 本年收入 | | | 620.5 |: label and figure each merged over columns), or each alone on its line
    with the label and the figure (a cell a line, the merged cells' blanks as lines of their own: 本年收入 | / | /
    620.5 |). -1 otherwise."""
    i, line = j - 1, cells[j].line_no
    alone = (j + 1 >= len(cells) or cells[j + 1].line_no != line) and cells[j - 1].line_no != line
    while i >= 0 and not texts[i] and j - i <= _BLANKS_MAX:
        if alone:
            if cells[i].line_no == cells[i + 1].line_no or (i and cells[i - 1].line_no == cells[i].line_no):
                return -1
        elif cells[i].line_no != line:
            return -1
        i -= 1
    if i < 0 or not texts[i] and j - i > _BLANKS_MAX:
        return -1
    if alone and (cells[i].line_no == cells[i + 1].line_no or i and cells[i - 1].line_no == cells[i].line_no):
        return -1
    return i if alone or cells[i].line_no == line else -1


def _blank_to_line_end(cells: list[Cell], texts: list[str], q: int) -> bool:
    """The cells from ``q`` to the end of its line are all empty (a row's merged figure cell's blanks)."""
    line = cells[q].line_no
    while q < len(cells) and cells[q].line_no == line:
        if texts[q]:
            return False
        q += 1
    return True


def _labels_over_figures(cells: list[Cell], texts: list[str], j: int, taken: set[int], lead: int = 0
                         ) -> list[FundsValue]:
    """The figures of the row opening at ``j``, each under the funds label of the row above it at its place: a row
    of labels over a row of figures as wide, every label naming an item of the funds, every figure bare. ``lead``:
    the rows open on that many cells more, a group's name over its unit or the name's rest (支出结构 over (万元)), no
    item of the funds."""
    n = len(cells)
    end = j
    while end < n and cells[end].line_no == cells[j].line_no:
        end += 1
    start = j - lead - (end - j + lead)  # the row above, as wide
    if start < 0 or cells[start].line_no != cells[j - lead - 1].line_no or (start and cells[start - 1].line_no ==
                                                                             cells[start].line_no):
        return []
    if lead:
        if any(_row_pair_item_of[texts[q]] or kind(texts[q]) != "text" for q in range(start, start + lead)):
            return []
        start += lead
        if any(q in taken or kind(texts[q]) != "text" or row_meaning(texts[q]) is not None for q in range(j - lead, j)):
            return []  # (合计 | 720.00 | …: a row's own label, the row read as such)
    # (or a label of the funds' label -> value pairs, 计划安排资金（万元） | 实际到位资金（万元）: the pair's role; the funds
    # received keep their column, no figure read)
    items = [_row_pair_item_of[texts[i]] or _pair_role_of[key(texts[i])] for i in range(start, j - lead)]
    if None in items or any(i in taken for i in range(start, end)) \
            or any(kind(texts[k]) != "num" for k in range(j, end)):
        return []
    numbers = [parse_number(texts[k]) for k in range(j, end)]
    units = [declared_unit([texts[i]]) for i in range(start, j - lead)]  # (a label's own: 结余（万元）)
    return [FundsValue(item, texts[k].strip(), number, _FULL_UNIT.get(u, u), cells[k].line_no, key(texts[i]))
            for item, i, k, number, u in zip(items, range(start, j - lead), range(j, end), numbers, units)
            if number is not None and item not in _UNREAD_PAIRS]


_UNREAD_PAIRS = frozenset(("received", "rate"))


# (a part named as one of its whole's, 其中：人员经费 beside 基本支出, is the part)
_CATEGORY_PARTS = {**R.CATEGORY_PART_COLUMNS, **{among + k: item for k, item in R.CATEGORY_PART_COLUMNS.items()
                                               for among in ("其中:", "其中：")}}
_CATEGORY_WHOLE = frozenset(R.CATEGORY_WHOLE_COLUMNS)
_CATEGORY_TOTALS = frozenset(R.CATEGORY_TOTAL_ROWS)
_CATEGORY_ROWS = 8  # how many rows below its header a category table's total row may stand


def read_category_totals(cells: list[Cell], taken: set[int]) -> list[FundsValue]:
    """The total row of a table whose columns are the spending's parts (| 项目 | 合计 | 基本支出 | 项目支出 | over
    | 合计 | 756.30 | 520.10 | 236.20 |), each figure under its column's part, outside the blocks read (``taken``).
    Rows are lines here (pipe, tab and space rows), and the total row's figures must be as many as the columns."""
    out: list[FundsValue] = []
    all_keys = cell_keys(cells)
    # (the part labels looked up over the stream's keys, in C: most documents hold no such header row)
    hits = Counter(cells[i].line_no for i in compress(count(), map(_CATEGORY_PARTS.__contains__, all_keys))
                   if i not in taken)
    header_lines = {line for line, n in hits.items() if n >= 2}
    if not header_lines:
        return out
    lines: dict[int, list[int]] = {}
    for i, c in enumerate(cells):
        if i not in taken:
            lines.setdefault(c.line_no, []).append(i)
    order = list(lines)
    for at, line in enumerate(order):
        if line not in header_lines:
            continue
        keys = [all_keys[i] for i in lines[line]]
        basic = any(_CATEGORY_PARTS.get(k) == "expenditure_basic" for k in keys)
        # the columns by place: the parts, and the whole's (the spending's over 基本支出, else none read)
        columns = {p: (k, _CATEGORY_PARTS[k] if k in _CATEGORY_PARTS else "expenditure_total" if basic else None)
                   for p, k in enumerate(keys) if k in _CATEGORY_PARTS or k in _CATEGORY_WHOLE}
        below_keys = [all_keys[i] for i in lines[order[at + 1]]] if at + 1 < len(order) else []
        if sum(k in _CATEGORY_PARTS for k in below_keys) >= 2:
            # a second header row of parts (基本支出 | over 人员经费 | 公用经费): a part with an empty cell after it
            # spans those, and its own figure is not under it
            columns = {p: (k, None if p + 1 < len(keys) and not keys[p + 1] and k in _CATEGORY_PARTS else item)
                       for p, (k, item) in columns.items()}
        for below in order[at + 1: at + 1 + _CATEGORY_ROWS]:
            row = [cells[i] for i in lines[below]]
            label = next((all_keys[i] for i in lines[below] if kind(cells[i].text) == "text"), "")
            if label not in _CATEGORY_TOTALS and _pair_role_of[label] != "expenditure_total":
                continue  # (the table turned: rows of the funds' columns, 年初预算数 | 全年执行数, the spending's row read)
            if len(row) == len(keys):  # a cell under each header cell (blank, - or 0.00 too): by place
                pairs = [(columns[p], c) for p, c in enumerate(row) if p in columns]
            else:  # else only the figures, as many as the columns
                nums = [c for c in row if kind(c.text) == "num"]
                pairs = list(zip(columns.values(), nums)) if len(nums) == len(columns) else []
            for (column, item), c in pairs:
                if item is not None and kind(c.text) == "num" and (value := parse_number(c.text)) is not None:
                    out.append(FundsValue(item, c.text.strip(), value, None, c.line_no,
                                          label if column == label else label + column))
            break
    return out


_COLUMN_TOTALS = frozenset(R.LABELLED_COLUMN_TOTAL_ROWS)
_COLUMN_WHOLE_ITEMS = frozenset(R.COLUMN_WHOLE_ITEMS)
_COLUMN_SOURCES = frozenset(R.COLUMN_SOURCE_ROWS)
_COLUMN_MONEY_ENDS = tuple(R.COLUMN_MONEY_ENDS)
_COLUMN_SOURCE_ITEMS = frozenset(R.COLUMN_SOURCE_ITEMS)
_YEAR_ROW = re.compile(r"(?:19|20)\d\d年?(?:度|决算数?)?")


def _column_item(text: str) -> str | None:
    return _CATEGORY_PARTS.get(text) or _row_pair_item_of[text]


def read_labelled_columns(cells: list[Cell], taken: set[int], read: list[FundsValue]) -> list[FundsValue]:
    """The figures of a row under a header row naming the items column by column (| 项目 | 合计 | 人员经费 | 公用经费 |
    over | 基本支出 | 28.50 | 20.10 | 8.40 |; | “三公”经费合计 | 因公出国(境)费 | … | over | 3.20 | 0.00 | …; | 年度 |
    本年收入合计 | 本年支出合计 | over | 2021年 | … |), outside the blocks read (``taken``) and the pairs ``read``: each
    figure under its column's item, the row's label a total's (合计), a year's (each figure that year's) or the parent of
    the columns' parts (基本支出 over 人员经费 | 公用经费: the 合计 column its own figure). Rows are lines (pipe, tab and
    space rows: the header the line above, as wide) or a cell a line (the header the cells before the row's).
    See ``roles.LABELLED_COLUMN_TOTAL_ROWS``."""
    live = [i for i in range(len(cells)) if i not in taken]
    texts = [cells[i].text.strip() for i in live]
    # (a cell's kind worked out when asked: the figures' first, a digit or a sign opening each; the labels' only
    # around a run of them)
    nums = [t[:1] in _NUMBER_FIRST and _kind_of[t] == "num" for t in texts]
    if nums.count(True) < 2:
        return []
    lines = [cells[i].line_no for i in live]
    seen = {(fv.line_no, fv.raw) for fv in read}
    out: list[FundsValue] = []
    n = len(live)
    p = 0
    while p < n:
        if not nums[p] or p and nums[p - 1]:
            p += 1
            continue
        q = p
        while q < n and nums[q]:
            q += 1
        m = q - p
        read_rows = _labelled_row(texts, lines, p, q) if m >= 2 else None
        if read_rows is None:
            p = q
            continue
        columns, label, year = read_rows
        while True:
            if not any((lines[k], texts[k]) in seen for k in range(p, q)):
                out += _labelled_figures(cells, live, texts, columns, label, year, p, q)
            # (rows of years under the same header: 2021年 | … over 2022年 | …)
            nxt = q + m + 1
            if year is None or nxt > n or nums[q] or not _YEAR_ROW.fullmatch(texts[q]) \
                    or not all(nums[q + 1: nxt]) or nxt < n and nums[nxt] \
                    or not _one_row(lines, q, nxt):
                break
            p, q, label, year = q + 1, nxt, texts[q], int(texts[q][:4])
        p = q
    return out


_NUMBER_FIRST = frozenset("0123456789-−")  # (what a plain number opens with: numbers.NUMBER)


# (per distinct text: labels recur across documents)
_kind_of = PerText(kind)


def _one_row(lines: list[int], a: int, b: int) -> bool:
    """The cells ``a:b`` are a row: one line of their own, or a line each."""
    if lines[a] == lines[b - 1]:
        return (not a or lines[a - 1] != lines[a]) and (b == len(lines) or lines[b] != lines[a])
    return len(set(lines[a:b])) == b - a


def _labelled_row(texts: list[str], lines: list[int], p: int, q: int
                  ) -> tuple[list[tuple[str | None, str]], str, int | None] | None:
    """(the columns' items and headings, one a figure, the row's label, the row's year) for the figures ``p:q`` under a header of
    the items, else None."""
    m = q - p
    for stub in (True, False):
        if stub:  # | 项目 | columns… | over | label | figures… |
            a, head = p - 1, p - 1 - m
            if head < 1 or _kind_of[texts[a]] not in ("text", "value"):
                continue
            label = texts[a]
            if _kind_of[texts[head - 1]] != "text" or _column_item(texts[head - 1]) is not None \
                    or texts[head - 1] in _CATEGORY_WHOLE or len(texts[head - 1]) > _ROW_LABEL_MAX:
                continue
            header = (head - 1, head + m)
        else:  # | columns… | over | figures… |
            a, head, label = p, p - m, ""
            if head < 0:
                continue
            header = (head, head + m)
        if not _one_row(lines, a, q) or not _one_row(lines, *header) or lines[header[1] - 1] >= lines[a] \
                or lines[a] == lines[header[1] - 1]:
            continue
        if lines[a] != lines[q - 1] and lines[header[0]] == lines[header[1] - 1]:
            continue  # (a row a cell a line under a header on one line: no such table)
        heads = texts[head:head + m]
        if any(_kind_of[texts[k]] != "text" or len(texts[k]) > _ROW_LABEL_MAX for k in range(head, head + m)):
            continue
        items = [_column_item(h) for h in heads]
        named = [it for it in items if it is not None]
        if any(it is None and h not in _CATEGORY_WHOLE and not h.endswith(_COLUMN_MONEY_ENDS)
               for h, it in zip(heads, items)):
            continue  # (a count's column, 培训人次: no row of the funds)
        if not (len(named) >= 2 or items[0] in _COLUMN_WHOLE_ITEMS and heads[0].endswith(("合计", "总计"))):
            continue
        year = None
        if label:
            if _kind_of[texts[a]] == "value":
                if not _YEAR_ROW.fullmatch(label):
                    continue
                year = int(label[:4])
            elif label in _COLUMN_TOTALS:
                pass
            elif label in _COLUMN_SOURCES:
                items = [it if it in _COLUMN_SOURCE_ITEMS else None for it in items]
                if not any(items):
                    continue
            else:
                parent = _column_item(label)
                parts = [it for it in named if it in R.COLUMN_PART_PARENTS]
                if parent is None or not parts or any(R.COLUMN_PART_PARENTS[it] != parent for it in parts):
                    continue  # (a part's row, 工资福利支出, or a source's: no figure of the columns' items)
                items = [parent if h in _CATEGORY_WHOLE else it for h, it in zip(heads, items)]
                if items.count(parent) != 1 or len(set(named)) != len(named):
                    continue
        return list(zip(items, heads)), label, year
    return None


def _labelled_figures(cells: list[Cell], live: list[int], texts: list[str], columns: list[tuple[str | None, str]],
                      label: str, year: int | None, p: int, q: int) -> list[FundsValue]:
    out = []
    for (item, head), k in zip(columns, range(p, q)):
        if item is not None and (value := parse_number(texts[k])) is not None \
                and (value or label not in _COLUMN_SOURCES):  # (a source's zeros: the source unused)
            out.append(FundsValue(item, texts[k], value, None, cells[live[k]].line_no, label + head, year))
    return out


# A funds row's budget, spending and rate as three values in a row with no label between them, or glued
# into one cell (10001000100%): what a page left of a grid it flattened out of order. Spending / budget
# is the rate, so the three check themselves; a funds column label must be close before them.
_TRIPLE_CONTEXT = 12  # cells before the budget value where a funds column label must be
_TRIPLE_ROLES = frozenset(("rate", *MONEY_ROLES))


def read_rate_triple(cells: list[Cell], taken: set[int]) -> FundsBlock | None:
    """The first (budget, spending, rate) of the document outside a read block, as a one-row funds block
    of 全年预算数 | 全年执行数 | 执行率 under the row label before them (年度资金总额, or a part's, which
    the budget rules read as they read any part row)."""
    keys = cell_keys(cells)
    for i in [i for i in marked_cells(cells)[1] if i not in taken]:  # (the cells ending in %, listed once per stream)
        triple = _triple_at(cells, i)
        if triple is None:
            continue
        first, values = triple
        context = range(max(0, first - _TRIPLE_CONTEXT), first)
        if not any((fl := funds_label(keys[j])) is not None and fl[0] in _TRIPLE_ROLES for j in context):
            continue
        label = next((keys[j] for j in reversed(context) if kind(cells[j].text) == "text" and keys[j]
                      and funds_label(keys[j]) is None), "")
        header = Header(first, first, "funds", list(_TRIPLE_COLUMNS), list(_TRIPLE_COLUMNS.values()))
        row = [_pair_value(role, k, k, v, cells[min(first + n, i)].line_no, None)
               for n, ((role, k), v) in enumerate(zip(_TRIPLE_COLUMNS.items(), values))]
        return FundsBlock(header, [FundsRow(label, [fv for fv in row if fv is not None])])
    return None


_TRIPLE_COLUMNS = {"budget_full_year": "全年预算数", "expenditure_total": "全年执行数", "rate": "执行率"}


def _triple_at(cells: list[Cell], i: int) -> tuple[int, tuple[str, str, str]] | None:
    """(index of the budget cell, (budget, spending, rate)) ending at the rate cell ``i``: the two amounts
    in the two cells before it, or all three glued in it."""
    rate = compact(cells[i].text)
    m = _GLUED.match(rate)
    if m and (split := _rate_split(m.group("digits"))) is not None:
        return i, (split[0], split[1], split[2] + "%")
    if i < 2 or not all(kind(cells[j].text) in ("num", "value") for j in (i - 2, i - 1)):
        return None
    a, b = (_amount(compact(cells[j].text)) for j in (i - 2, i - 1))
    if a is None or b is None or not _PLAIN_NUMBER.match(r := rate[:-1]):
        return None
    if _rate_split(a + b + r) != (a, b, r):
        return None
    return i - 2, (a, b, r + "%")


def _amount(s: str) -> str | None:
    """The number of a money cell (300, 259.45万元), None for any other value."""
    m = _MONEY_CELL.match(s)
    num = m.group("num") if m else s
    return num if _PLAIN_NUMBER.match(num) else None


# 年初预算数（万元）：150.00 — a funds label and its value in one cell (NFKC made the colon ":")
# (a part's cell may open with 其中: before its label: 其中:基本支出:5207.45)
_PAIR_COLON = re.compile(r"^\s*(?P<lead>其中\s*:\s*)?(?P<label>[^:]{2,24}?)\s*:\s*(?P<value>[^:\s]+)\s*$")
_COLON_CELL_MAX = 40


_FUNDS_GROUP_CELLS = frozenset(R.FUNDS_GROUPS)
_SOURCE_ROWS_UP = 6  # the most funds rows between a 资金来源 header row and a row under it


def _sources_sum(cells: list[Cell], i: int) -> int | None:
    """The cell under the sum column (合计) of the row the funds label at ``i`` opens, when the header row above its
    rows (funds rows only between) names the funds' sources as columns (资金来源 | 中央 | 省级 | 市级 | 合计), cell
    for cell as wide as the row; else None."""
    s, e = line_span(cells, i)
    if s != i or e - s < 3:
        return None
    at = s
    for _ in range(_SOURCE_ROWS_UP):
        if at == 0:
            return None
        hs, he = line_span(cells, at - 1)
        first = key(cells[hs].text)
        if first in _SOURCE_GROUPS or first in _FUNDS_GROUP_CELLS:
            # (资金来源 | 中央 | …, or the block's own name over them: 资金情况（万元） | | 中央 | 地方 | 合计)
            keys = [key(cells[q].text) for q in range(hs, he)]
            sums = [p for p, k in enumerate(keys) if k in _SOURCES_TOTALS]
            if he - hs != e - s or len(sums) != 1 or sum(k in _SPLIT_SOURCES for k in keys) < 2:
                return None
            return s + sums[0]
        if _pair_role_of[first] is None:
            return None  # (no funds row: the rows above are another table's)
        at = hs
    return None


_THREE_PUBLIC_LOOKBACK = 16  # cells before a row's label where its table's column labels stand


def _under_three_public_columns(cells: list[Cell], i: int, j: int) -> bool:
    """The label at ``i`` opens a row of figures (its value at ``j``, two more right after it) under columns that
    name the three public costs (因公出国（境）费, 公务用车…, 公务接待费): a 三公经费 table with its rows and
    columns turned (预算数 / 决算数 rows), as a grid or a cell a line."""
    if j + 3 > len(cells) or not all(kind(c.text) == "num" for c in cells[j + 1: j + 3]):
        return False
    named = sum(any(w in c.text for w in R.THREE_PUBLIC_ROWS) for c in cells[max(0, i - _THREE_PUBLIC_LOOKBACK): i])
    return named >= 2


def _pair_value(role: str, k: str, label: str, text: str, line_no: int, unit: str | None) -> FundsValue | None:
    """The value ``text`` of the funds label ``label`` (key ``k``, of ``role``), or None when it is none."""
    s = compact(text) or ""
    v = parse_number(s)
    if v is None:
        return None
    if role == "rate":
        if not (s.endswith("%") or "%" in label or 0 <= v <= 100):
            return None
        return FundsValue("rate", text.strip(), v, None, line_no, k)
    if role == "received":
        return None
    m = _MONEY_CELL.match(s)
    if not m and not re.fullmatch(NUMBER, s):
        return None
    u = (m.group("unit") if m else None) or unit
    return FundsValue(role, text.strip(), v, _FULL_UNIT.get(u, u), line_no, k)
