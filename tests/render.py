"""Render the project's text reports as PDF, DOCX, XLSX, XLS and HTML files, for reader tests.

The text's own tables (tab and ``|`` rows, found by the project's table rules) become real tables
of each format; every other line stays a line (a paragraph, a row of one cell).
"""

from __future__ import annotations

import html as html_lib
import io
import re
from dataclasses import dataclass

from pipelines.model import Document, Row, Table
from pipelines.normalise import build_document


# The text's tables, as rows of cells, to render as real tables of each format: tab rows (or Word's
# export, one tab-opened cell per line with a blank line closing the row) and ``|`` rows.

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
class Part:
    text: str | None = None
    rows: list[list[str]] | None = None


def parts(text: str) -> list[Part]:
    """The text as lines and tables, in order."""
    doc = build_document(text)
    tables = tab_tables(doc) + pipe_tables(doc)
    starts = {}
    covered = set()
    for t in tables:
        first = t.rows[0].line_no
        last = max(max(r.cell_lines or [r.line_no]) for r in t.rows)
        starts[first] = t
        covered.update(range(first, last + 1))
    out: list[Part] = []
    raw_lines = text.replace("\r\n", "\n").split("\n")
    for no, line in enumerate(raw_lines, start=1):
        if no in starts:
            width = max(len(r.cells) for r in starts[no].rows)
            out.append(Part(rows=[r.cells + [""] * (width - len(r.cells)) for r in starts[no].rows]))
        elif no not in covered:
            out.append(Part(text=line))
    return out


def to_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for p in parts(text):
        if p.rows is None:
            d.add_paragraph(p.text)
        else:
            table = d.add_table(rows=len(p.rows), cols=len(p.rows[0]))
            for i, row in enumerate(p.rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def to_pdf(text: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a CJK font every PDF reader knows
    style = ParagraphStyle("cjk", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    story = []
    for p in parts(text):
        if p.rows is None:
            story.append(Paragraph(html_lib.escape(p.text), style) if p.text.strip() else Spacer(1, 6))
        else:
            small = ParagraphStyle("cell", parent=style, fontSize=7, leading=9)
            cells = [[Paragraph(html_lib.escape(c), small) for c in row] for row in p.rows]
            table = Table(cells, repeatRows=0, colWidths=[A4[0] * 0.8 / len(p.rows[0])] * len(p.rows[0]))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _number(cell: str):
    s = cell.strip()
    try:
        decimals = len(s.rstrip("%").split(".")[1]) if "." in s else 0
        fmt = "0" + ("." + "0" * decimals if decimals else "")
        if s.endswith("%") and s[:-1].replace(".", "", 1).isdigit():
            return float(s[:-1]) / 100, fmt + "%"
        if s and s.replace(".", "", 1).isdigit():
            return float(s), fmt
    except ValueError:
        pass
    return None


def to_xlsx(text: str) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    r = 1
    for p in parts(text):
        for row in ([[p.text]] if p.rows is None else p.rows):
            for j, cell in enumerate(row, start=1):
                num = _number(cell)
                target = ws.cell(row=r, column=j)
                if num is None:
                    target.value = cell
                else:
                    target.value, target.number_format = num
            r += 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_xls(text: str) -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("自评表")
    r = 0
    for p in parts(text):
        for row in ([[p.text]] if p.rows is None else p.rows):
            for j, cell in enumerate(row):
                ws.write(r, j, cell)
            r += 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_html(text: str, encoding: str = "utf-8") -> bytes:
    body = []
    for p in parts(text):
        if p.rows is None:
            body.append(f"<p>{html_lib.escape(p.text)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html_lib.escape(c)}</td>" for c in row) + "</tr>" for row in p.rows)
            body.append(f"<table border='1'>{rows}</table>")
    page = (f"<!DOCTYPE html><html><head><meta charset='{encoding}'><title>政府信息公开</title>"
            "<script>var nav = '首页';</script></head><body>"
            "<div class='top-nav'><a href='/'>首页</a> | <a href='/xxgk'>信息公开</a> | 2099年1月1日</div>"
            "<div id='breadcrumb'>当前位置：首页 > 财政预决算</div><div class='article'>" + "\n".join(body) +
            "</div><div class='footer'>版权所有：某某区人民政府办公室 备案号 12345678 联系电话 0000-12345678</div>"
            "</body></html>")
    return page.encode(encoding)


RENDERERS = {"pdf": to_pdf, "docx": to_docx, "xlsx": to_xlsx, "xls": to_xls, "html": to_html}
