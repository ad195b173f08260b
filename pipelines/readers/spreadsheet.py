"""Spreadsheets: .xlsx through openpyxl (keeps number formats such as 0.00%), .xls through
python-calamine. Each sheet is one native table; merged cells are blank below their first cell."""

from __future__ import annotations

import datetime as dt
import io

from pipelines.model import Block, TableBlock
from pipelines.read import ReadError


def read_xlsx(data: bytes) -> list[Block]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as e:
        raise ReadError(f"corrupt or encrypted Excel file ({type(e).__name__}): open and re-save it as .xlsx") from e
    blocks: list[Block] = []
    for ws in wb.worksheets:
        rows = [[_format(cell.value, cell.number_format) for cell in row] for row in ws.iter_rows()]
        blocks.append(TableBlock(rows=rows))
    return blocks


def read_xls(data: bytes) -> list[Block]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names]
    except Exception as e:
        raise ReadError(f"corrupt Excel 97 file ({type(e).__name__}): open and re-save it as .xlsx") from e
    return [TableBlock(rows=[[_format(v, "General") for v in row] for row in rows]) for rows in sheets]


def _format(value, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if "%" in (number_format or ""):
            decimals = number_format.split(".")[1].count("0") if "." in number_format else 0
            return f"{value * 100:.{decimals}f}%"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)
