"""Recover table rows and cells from extracted text.

Three shapes occur in text taken from Word/PDF reports:
- tab tables: either one row per line with tabs between cells, or (Word export) one cell per
  line opened by a tab, a blank line closing the row, untabbed lines continuing the cell above;
- pipe tables: ``| a | b | c |``;
- flattened PDF rows: ``合计 843.65 106.87 822.26 86.51%`` whose header cells sit on the lines
  above, often broken mid-word (``整体支出年初预`` / ``算数``);
Readers of formats with real tables (DOCX, XLSX, HTML) can hand their rows in the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.numbers import NUMBER
from pipelines.model import Document, Row, Table

__all__ = ["FlatRow", "Row", "Table", "all_tables", "flat_rows", "pipe_tables", "tab_tables"]

_FLAT_ROW = re.compile(rf"^(?P<label>[^\d\s%≥≤<>]\S*?)?\s*(?P<nums>(?:[≥≤<>]?{NUMBER}%?(?:\s+|$)){{2,}})$")


def tab_tables(doc: Document) -> list[Table]:
    tables: list[Table] = []
    rows: list[Row] = []
    current: Row | None = None

    def close_row() -> None:
        nonlocal current
        if current is not None and any(c.strip() for c in current.cells):
            rows.append(current)
        current = None

    def close_table() -> None:
        nonlocal rows
        close_row()
        if rows:
            tables.append(Table(rows=rows, kind="tab"))
        rows = []

    for no, line in enumerate(doc.lines, start=1):
        if no in doc.table_lines:
            close_table()  # rows of a native table are read from doc.tables
            continue
        if not line.strip() and "\t" not in line:
            close_row()
            continue
        if "\t" in line:
            parts = line.split("\t")
            if parts[0].strip() == "" and current is not None or parts[0].strip() == "" and len(parts) == 2:
                # Word export: a tab opens a new cell of the current row.
                if current is None:
                    current = Row(cells=[], line_no=no)
                for p in parts[1:]:
                    current.cells.append(p.strip())
                    current.cell_lines.append(no)
            else:
                close_row()
                rows.append(Row(cells=[p.strip() for p in parts], line_no=no, cell_lines=[no] * len(parts)))
        elif current is not None and current.cells:
            current.cells[-1] += line.strip()  # a cell broken over lines
        else:
            close_table()
    close_table()
    return tables


def pipe_tables(doc: Document) -> list[Table]:
    tables: list[Table] = []
    rows: list[Row] = []
    for no, line in enumerate(doc.lines, start=1):
        s = line.strip()
        if s.startswith("|") and s.count("|") >= 3:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
                continue  # markdown separator row
            rows.append(Row(cells=cells, line_no=no, cell_lines=[no] * len(cells)))
        elif rows and s:
            tables.append(Table(rows=rows, kind="pipe"))
            rows = []
    if rows:
        tables.append(Table(rows=rows, kind="pipe"))
    return tables


@dataclass
class FlatRow:
    label: str
    values: list[str]
    line_no: int
    header_text: str  # the text of the lines above, joined without separators


def flat_rows(doc: Document, header_lines: int = 12) -> list[FlatRow]:
    """Rows written as a label followed by two or more numbers, with the header text above."""
    out: list[FlatRow] = []
    for i, line in enumerate(doc.lines):
        if "\t" in line or line.lstrip().startswith("|"):
            continue
        m = _FLAT_ROW.match(line.strip())
        if not m:
            continue
        above: list[str] = []
        for j in range(i - 1, max(-1, i - 1 - header_lines), -1):
            prev = doc.lines[j].strip()
            if not prev:
                continue
            if _FLAT_ROW.match(prev) or len(prev) > 60:
                break
            above.append(prev)
        out.append(FlatRow(label=(m.group("label") or "").strip(), values=m.group("nums").split(),
                           line_no=i + 1, header_text="".join(reversed(above))))
    return out


def all_tables(doc: Document) -> list[Table]:
    """Native tables from the reader, then tables recovered from the text, in document order."""
    tables = doc.tables + tab_tables(doc) + pipe_tables(doc)
    return sorted(tables, key=lambda t: t.rows[0].line_no)
