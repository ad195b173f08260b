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
- label -> value pairs (计划安排资金 | (万元) | 170; 转移支付预算数(A) 5.8万) outside a grid;
- indicator rows written as ``label：value`` records (三级指标：… / 年度指标值：…) when there is no grid.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extract import vocabulary as V
from pipelines.extract.fields import read_fields
from pipelines.extract.funds_block import (read_category_totals, read_funds, read_funds_pairs, read_inline_pairs,
                                          read_labelled_columns, read_part_rows, read_rate_triple, read_row_pairs)
from pipelines.extract.headers import cell_texts, find_headers, stacked_header_labels, turned_indicator_grids
from pipelines.extract.indicator_block import read_indicators
from pipelines.extract.indicator_records import read_indicator_records
from pipelines.extract.kinds import kind
from pipelines.extract.numbers import SEVERAL_POINTS_RE, YUAN_SIGN_RE, mend_point_thousands, signed_yuan
from pipelines.ocr_digits import (MISREAD_GATE_RE, MISREAD_LETTER_GATE_RE, MISREAD_RATE_ENDS, MISREAD_RATE_RE,
                                  mend_misread_number, mend_misread_rate)
from pipelines.extract.cells import cell_stream
from pipelines.extract.literals import lines_holding
from pipelines.model import Cell, Document, Forms


# what every amount with points for thousands holds (.200.0 of 1.200.00): a literal-led pattern, fast to scan
_POINTS_GATE = re.compile(r"\.\d{3}\.\d")
# ... and every count with a point for its thousands (.200人 of 1.200人): a point, three digits, a CJK character
_COUNT_POINT_GATE = re.compile(r"\.\d{3}\s*[\u4e00-\u9fff]")
# either of the two: one scan of the text where most texts match neither
_EITHER_POINT_GATE = re.compile(r"\.\d{3}(?:\.\d|\s*[\u4e00-\u9fff])")
_LETTER_PLACES_MAX = 16  # letters looked at one by one; past that many the pattern scans the text


def _misread_letters(joined: str) -> bool:
    """``MISREAD_LETTER_GATE_RE.search(joined) is not None`` (a letter OCR reads for a digit, O o l I, next to a
    digit, or before a comma or a point), read at each of the letters' few places (``str.find`` skips to them,
    where the pattern, led by a class, tests every character)."""
    places = 0
    for ch in "OolI":
        p = joined.find(ch)
        while p >= 0:
            after = joined[p + 1: p + 2]
            if after and (after.isdecimal() or after in ",.") or p and joined[p - 1].isdecimal():
                return True  # (\d is a Unicode decimal digit: str.isdecimal)
            places += 1
            if places > _LETTER_PLACES_MAX:
                return MISREAD_LETTER_GATE_RE.search(joined) is not None
            p = joined.find(ch, p + 1)
    return False


def mend_misread_cells(cells: list[Cell]) -> list[Cell]:
    """The cells with the letters OCR read for digits put back inside their numbers (2O | l9 | ≥1O0人): a
    weight read as text starts a row of its own, a target loses its value; and points written for
    thousands separators made commas (1.200.00, read as 1.2); and an amount after the yuan sign written in 元
    (¥256,000.00 -> 256,000.00元). The same list when there is none (a search over the cells' text decides)."""
    joined = "\n".join(cell_texts(cells))
    # (cheap tests first: each pattern costs ~0.1 ms over a report's text, the substring tests microseconds)
    letters = _misread_letters(joined)
    rates = any(end in joined for end in MISREAD_RATE_ENDS) and MISREAD_RATE_RE.search(joined) is not None
    points = counts = False
    if _EITHER_POINT_GATE.search(joined) is not None:
        points = _POINTS_GATE.search(joined) is not None and SEVERAL_POINTS_RE.search(joined) is not None
        counts = _COUNT_POINT_GATE.search(joined) is not None and V.POINT_THOUSANDS_COUNT_RE.search(joined) is not None
    signed = "¥" in joined  # (an amount after the yuan sign, ¥256,000.00: 256,000.00元)
    if not (letters or rates or points or counts or signed):
        return cells
    out = []
    for c in cells:
        t = c.text
        if letters and MISREAD_GATE_RE.search(t) is not None:
            t = mend_misread_number(t)
        if rates and ("%" in t or "‰" in t):
            t = mend_misread_rate(t)  # (lOO%: no digit left beside the letters)
        if points and "." in t:
            t = mend_point_thousands(t)
        if counts and "." in t:
            # a count of people or households with a point for its thousands (1.200人 -> 1,200人)
            t = V.POINT_THOUSANDS_COUNT_RE.sub(lambda m: m.group().replace(".", ","), t)
        if signed and "¥" in t:
            t = YUAN_SIGN_RE.sub(signed_yuan, t).rstrip()
        out.append(c if t == c.text else Cell(t, c.line_no, c.row_start))
    return out


def forms_of(doc: Document) -> Forms:
    """The forms of a document: its cell stream read as ``read_forms`` reads it, with its open end."""
    return read_forms(cell_stream(doc), doc.open_end, doc)


_CLOSED_END = " \t|\u3000"  # (an empty last line: the cut piece taken off, the cell above closed too)
_INLINE_WORDS = ("预算",)  # (a record of the funds names a budget: 年初预算数…, 预算数…)


def _leading_tasks(columns: list[str]) -> int:
    """How many task columns open an indicator header's columns (after the rows' numbers, 任务1: no cell of the header)."""
    n = 0
    while n < len(columns) and columns[n] in ("index", "task"):
        n += 1
    return n - (columns[0] == "index")


_LEVEL_KINDS = ("level1", "level2", "level")


def _opens_on_a_row(cells: list[Cell]) -> bool:
    """The text's first cell is an indicator level; or its first line opens with empty cells (the level cells merged
    over the rows above, on the page before) and goes on with a name and a figure with its unit or sign (| | | 校舍维修面积 |
    ≥2000平方米 |), no money (| | 年度资金总额 | 312.00 | is a funds row)."""
    if kind(cells[0].text) in _LEVEL_KINDS:
        return True
    line, n, f = cells[0].line_no, len(cells), 0
    while f < n and cells[f].line_no == line and kind(cells[f].text) == "empty":
        f += 1
    if f == 0 or f + 1 >= n or cells[f + 1].line_no != line:
        return False
    name, figure = cells[f].text, cells[f + 1].text
    return kind(name) in _LEVEL_KINDS or kind(name) == "text" and kind(figure) == "value" and "元" not in figure


def _tail_above(cells: list[Cell], headers: list, open_end: bool):
    """The rows a text opens with, above its first header, when its first cell is an indicator level: a page
    opening on the tail of a form whose header was on the page before (the series prints one form a project). Read
    under the columns of the first indicator header below (the same form again), up to its end (总分, 填表人 …)."""
    if not cells or not headers or headers[0].start == 0 or not _opens_on_a_row(cells):
        return None
    below = next((x for x in headers if x.block == "indicators"), None)
    if below is None:
        return None
    block, end = read_indicators(cells, replace(below, start=0, end=0), headers[0].start, open_end)
    if not block.rows:
        return None
    # (its total row, 总分 | 100 | 97, closes the form before: none of the text's own form)
    block.total_weight = block.total_score = block.total_grade = block.total_line = block.total_label = None
    return block, end


def read_forms(cells: list[Cell], open_end: bool = False, doc: Document | None = None) -> Forms:
    """The forms in the cell stream (``open_end``: the text stops mid-line, ``Document.open_end``); with ``doc``, its
    lines written as records of funds labels and figures too."""
    cells = turned_indicator_grids(stacked_header_labels(mend_misread_cells(cells)))
    forms = Forms()
    # the text stops inside its last cell (no bar or space closes it, nor was a cut piece of it taken off): a figure
    # there may be a piece of the one written
    mid_cell = open_end and doc is not None and bool(doc.lines) and doc.lines[-1][-1:] not in _CLOSED_END
    taken: set[int] = set()
    spans: list[tuple[int, int]] = []  # the blocks read: (first cell, end)
    header_cells: set[int] = set()
    pos = 0
    headers = find_headers(cells)
    if (lead := _tail_above(cells, headers, open_end)) is not None:
        block, pos = lead
        forms.indicators.append(block)
        taken.update(range(0, pos))
        spans.append((0, pos))
    for h, header in enumerate(headers):
        if header.start < pos and not (header.block == "indicators" and "task" in header.columns[:2]
                                       and pos <= header.start + _leading_tasks(header.columns)):
            continue  # (an indicator header opening on its task columns' labels, that a block above read as a row's)
        header_cells.update(range(header.start, header.end))
        if header.block == "funds":
            # (the next indicator header ends the block: its first cells may be pieces of labels, 一级 | 二级 over
            # 指标 | 指标, that read as a row's label)
            limit = next((x.start for x in headers[h + 1:] if x.block != "funds" and x.start >= header.end), None)
            block, end = read_funds(cells, header, open_end, limit)
            forms.funds.append(block)
        else:
            # (the next indicator header of other columns ends the block: a scoring table of the process before the
            # form's indicators; the same header again is a page's, and the rows go on under it)
            limit = next((x.start for x in headers[h + 1:] if x.block != "funds" and x.start >= header.end
                          and x.columns != header.columns), None)
            block, end = read_indicators(cells, header, limit, open_end, mid_cell, doc.lines if doc is not None else None)
            forms.indicators.append(block)
        taken.update(range(header.start, end))
        spans.append((header.start, end))
        pos = end
    if not forms.indicators and (records := read_indicator_records(cells, taken)) is not None:
        forms.indicators.append(records)  # no grid under a header: rows written as label：value records
    if (triple := read_rate_triple(cells, taken)) is not None:
        forms.funds.append(triple)  # a funds row's values left of a grid the page flattened out of order
    forms.funds_pairs = read_funds_pairs(cells, taken, doc) + read_category_totals(cells, taken) \
        + read_row_pairs(cells, taken) + read_part_rows(cells, taken)
    forms.funds_pairs += read_labelled_columns(cells, taken, forms.funds_pairs)
    if doc is not None:
        # lines written as records (年初预算数 3,208.50；全年预算数 …): the lines holding a funds word, found in C
        read = [(cells[a].line_no, cells[b - 1].line_no) for a, b in spans if b > a]
        forms.funds_pairs += read_inline_pairs(doc.lines, lines_holding(doc, _INLINE_WORDS), read, forms.funds_pairs)
    forms.fields = read_fields(cells, header_cells)
    return forms
