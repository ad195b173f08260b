"""Table recovery: the document as one stream of cells.

Web pages and Word/PDF exports flatten the national forms in many ways; what reaches us is cells
in reading order, whatever the layout:
- native grids (DOCX, XLSX, HTML, ruled PDF tables): their rows, as the reader gave them;
- tab rows (``a<TAB>b<TAB>c``) and Word's export (one cell per line opened by a tab, a blank line
  closing the row);
- pipe rows (``| a | b | c |``, ``a | b ||||``), one cell per line ending in `` |``, and lines made
  only of pipes, which close a row (the row's empty cells);
- one cell per line, rows separated by blank lines or not;
- cells separated by spaces, up to a whole form on one line (a cell's bracketed note stays with
  it: ``执行率(全年 执行数/全年 预算数)`` is one cell).
Each cell keeps its physical line and whether the layout starts a row there (``Cell.row_start``);
the form readers use that only as a hint, since pages also split a row over lines and put a row's
label after its numbers. Running text becomes cells too (one per line, or per space-separated
piece): the readers only look for the forms' labels in it.
"""

from __future__ import annotations

import re

from pipelines.model import Cell, Document

_PIPES_ONLY = re.compile(r"^[|\s]*\|[|\s]*$")


def cell_stream(doc: Document) -> list[Cell]:
    native = {row.line_no: row for table in doc.tables for row in table.rows}
    out: list[Cell] = []
    new_row = True  # the next cell opens a row (after a blank line, a pipes-only line or a row line)
    multi = False  # a line of several cells since the last blank line: lines are rows here, one-cell lines too
    word_cell = False  # in Word's export: an untabbed line continues the cell above (数量 / 指标)
    for no, line in enumerate(doc.lines, start=1):
        row = native.get(no)
        if row is not None:
            out.extend(Cell(text, row.line_of(i), i == 0) for i, text in enumerate(row.cells))
            new_row, multi = True, True
            continue
        s = line.strip()
        if not s:
            new_row, multi, word_cell = True, False, False
            continue
        if _PIPES_ONLY.match(s):
            # a row's trailing empty cells (``||||``) or one empty cell (``|``): a row ends at ``||``
            if s.count("|") == 1:
                out.append(Cell("", no, new_row))
                new_row = False
            else:
                new_row = True
            continue
        if "\t" in line:
            parts = [p.strip() for p in line.split("\t")]
            if parts[0] == "" and len(parts) >= 2:
                parts = parts[1:]  # Word export: a leading tab opens the cell(s)
                first = new_row
                word_cell = True
            else:
                first = True  # a tab row
        elif word_cell and out:
            last = out[-1]
            out[-1] = Cell(last.text + s, last.line_no, last.row_start)
            continue
        elif "|" in s:
            parts = [p.strip() for p in s.strip("|").split("|")]
            # ``text |`` alone is one cell of a row laid out one cell per line
            first = new_row or multi or len([p for p in parts if p]) > 1
        else:
            parts = split_spaced(s)
            first = new_row or multi or len(parts) > 1
        out.extend(Cell(text, no, first and i == 0) for i, text in enumerate(parts))
        new_row = False
        multi = multi or len([p for p in parts if p]) > 1
    return out


def split_spaced(line: str) -> list[str]:
    """Cells of a line laid out with spaces; a bracket opened in a cell closes in the same cell."""
    tokens = line.split()
    cells: list[str] = []
    depth = 0
    for tok in tokens:
        if depth > 0 and cells:
            cells[-1] += " " + tok
        else:
            cells.append(tok)
        depth = max(0, depth + tok.count("(") + tok.count("（") - tok.count(")") - tok.count("）"))
        if depth and len(cells[-1]) > 40:
            depth = 0  # an unbalanced bracket in running text: do not swallow the line
    return cells
