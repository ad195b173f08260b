"""Spreadsheets: .xlsx through openpyxl (keeps number formats such as 0.00%), .xls through
python-calamine. Each sheet is one native table; merged cells are blank below their first cell.

A sheet's extent is checked against MAX_SHEET_ROWS and MAX_SHEET_CELLS before its cells are turned
into a grid: a few-KB file with one cell in the last row and column would otherwise fill 17 billion
cells.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile

from pipelines import limits
from pipelines.model import Block, TableBlock
from pipelines.readers.errors import ReadError

# --- extents ------------------------------------------------------------------------------------


def _check_extent(rows: int, cols: int, where: str) -> None:
    if limits.SHEET_ROWS.exceeded(rows):
        raise ReadError(limits.SHEET_ROWS.refusal(f"{where} spans {rows:,} rows"))
    if limits.SHEET_CELLS.exceeded(rows * cols):
        raise ReadError(limits.SHEET_CELLS.refusal(f"{where} spans {rows:,} rows x {cols:,} columns = "
                                                   f"{rows * cols:,} cells"))


_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+\d+:)?([A-Z]+)(\d+)\"", re.I)


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def check_dimensions(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose sheets declare (``<dimension ref="A1:XFD1048576"/>``, at the head of
    each sheet's XML) an extent over the limits. Reads a few KB of each sheet; a sheet without the
    element, or one that understates it, is caught while it is read (``_xlsx_rows``)."""
    for info in archive.infolist():
        if not _SHEET_PART.fullmatch(info.filename):
            continue
        with archive.open(info) as f:
            head = f.read(16384)  # a sized read inflates only about that much
        m = _DIMENSION.search(head.split(b"<sheetData", 1)[0])
        if m:
            _check_extent(int(m.group(2)), _column_number(m.group(1).decode()),
                          f"a sheet ({info.filename}) whose size is given as ending at {m.group(1).decode()}"
                          f"{m.group(2).decode()}, so it")


# --- .xlsx --------------------------------------------------------------------------------------


def read_xlsx(data: bytes) -> list[Block]:
    import openpyxl

    try:
        # read-only: cells stream from the sheet's XML instead of all being built first; merged
        # cells read the same (their hidden cells are empty in the file)
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:
        raise ReadError(f"corrupt or encrypted Excel file ({type(e).__name__}): open and re-save it as .xlsx") from e
    try:
        return [TableBlock(rows=_xlsx_rows(ws)) for ws in wb.worksheets]
    except ReadError:
        raise
    except Exception as e:  # read-only mode meets a broken sheet only while reading it
        raise ReadError(f"corrupt Excel file ({type(e).__name__}): open and re-save it as .xlsx") from e
    finally:
        wb.close()


def _xlsx_rows(ws) -> list[list[str]]:
    """The sheet's cells as a grid without trailing empty rows and columns, refused as soon as the
    rows read pass MAX_SHEET_ROWS or the grid they make passes MAX_SHEET_CELLS."""
    max_rows, max_cells = limits.SHEET_ROWS.value(), limits.SHEET_CELLS.value()
    ws.reset_dimensions()  # the <dimension> may lie: openpyxl would pad every row to its width
    rows: list[list[str]] = []
    widest = 0  # the widest row as the file has it, empty cells included
    for i, row in enumerate(ws.iter_rows(), start=1):
        widest = max(widest, len(row))
        if i > max_rows or i * widest > max_cells:
            _check_extent(i, widest, f"the sheet {ws.title!r} (read so far)")
        cells = [_format(c.value, c.number_format) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    width = max(map(len, rows), default=0)
    return [cells + [""] * (width - len(cells)) for cells in rows]


# --- .xls ---------------------------------------------------------------------------------------


def read_xls(data: bytes) -> list[Block]:
    from python_calamine import CalamineWorkbook

    # calamine builds every sheet's whole grid when it opens the file (a 6 KB file with one cell in
    # IV65536: 1 GB): the extent comes from the cell records first
    for name, (rows, cols) in _xls_extents(data).items():
        _check_extent(rows, cols, f"the sheet {name}")
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for name in wb.sheet_names:
            sheet = wb.get_sheet_by_name(name)
            _check_extent(sheet.height, sheet.width, f"the sheet {name!r}")
            sheets.append(sheet.to_python())
    except ReadError:
        raise
    except Exception as e:
        raise ReadError(f"corrupt Excel 97 file ({type(e).__name__}): open and re-save it as .xlsx") from e
    return [TableBlock(rows=[[_format(v, "General") for v in row] for row in rows]) for rows in sheets]


# BIFF records holding one cell (row, column first), and MULRK/MULBLANK (row, first column, ..., last column)
_CELL_RECORDS = {0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6}
_MULTI_CELL_RECORDS = {0x00BD, 0x00BE}
_BOF, _EOF = {0x0809, 0x0409, 0x0209, 0x0009}, 0x000A


def _xls_extents(data: bytes) -> dict[str, tuple[int, int]]:
    """(rows, columns) of each worksheet with cells, from the BIFF cell records of the Workbook
    stream; {} when the file cannot be walked (calamine then says what is wrong with it)."""
    stream = _ole_stream(data, ("Workbook", "Book"))
    extents: dict[str, tuple[int, int]] = {}
    rows = cols = pos = depth = sheets = 0
    while stream is not None and pos + 4 <= len(stream):
        rid, size = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        if rid in _BOF:
            depth += 1  # a chart inside a sheet is a substream inside the sheet's
            if depth == 1:
                rows = cols = 0
                sheets += size >= 4 and struct.unpack_from("<H", stream, body + 2)[0] == 0x0010  # a worksheet
        elif rid == _EOF:
            if depth == 1 and rows:
                extents[f"number {sheets}"] = (rows, cols)
            depth = max(depth - 1, 0)
        elif rid in _CELL_RECORDS and size >= 4:
            r, c = struct.unpack_from("<HH", stream, body)
            rows, cols = max(rows, r + 1), max(cols, c + 1)
        elif rid in _MULTI_CELL_RECORDS and size >= 6 and body + size <= len(stream):
            r, = struct.unpack_from("<H", stream, body)
            c, = struct.unpack_from("<H", stream, body + size - 2)
            rows, cols = max(rows, r + 1), max(cols, c + 1)
        pos = body + size
    return extents


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first stream called one of ``names`` in an OLE2 compound file (the container of Office 97
    files), or None if the file does not follow the format."""
    try:
        if data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            return None
        shift, = struct.unpack_from("<H", data, 0x1E)
        if shift not in (9, 12):
            return None
        size = 1 << shift
        n_fat, first_dir, _, cutoff, first_mini, _, first_difat, n_difat = struct.unpack_from("<8L", data, 0x2C)
        count = (len(data) - 1) // size  # sectors after the header

        def sector(i: int) -> bytes:
            return data[(i + 1) * size:(i + 2) * size]

        def ints(raw: bytes) -> list[int]:
            return list(struct.unpack(f"<{len(raw) // 4}L", raw[:len(raw) // 4 * 4]))

        difat, nxt = ints(data[0x4C:0x200]), first_difat
        for _ in range(min(n_difat, count)):
            if nxt >= count:
                break
            more = ints(sector(nxt))
            difat, nxt = difat + more[:-1], more[-1]
        fat = ints(b"".join(sector(i) for i in difat[:n_fat] if i < count))

        def chain(start: int, table: list[int]) -> list[int]:
            out: list[int] = []
            while start < len(table) and len(out) < len(table):  # the length bound stops a loop
                out.append(start)
                start = table[start]
            return out

        def read(start: int) -> bytes:
            return b"".join(sector(i) for i in chain(start, fat))

        directory = read(first_dir)
        entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
        for entry in entries:
            name_len, = struct.unpack_from("<H", entry, 0x40)
            name = entry[:max(name_len - 2, 0)].decode("utf-16-le", errors="replace")
            if entry[0x42] != 2 or name not in names:
                continue
            start, length = struct.unpack_from("<2L", entry, 0x74)
            if length >= cutoff:
                return read(start)[:length]
            # a small stream lives in 64-byte sectors of the mini stream (the root entry's data)
            root_start, = struct.unpack_from("<L", entries[0], 0x74)
            mini, minifat = read(root_start), ints(read(first_mini))
            return b"".join(mini[i * 64:(i + 1) * 64] for i in chain(start, minifat))[:length]
    except (struct.error, IndexError, ValueError):
        return None
    return None


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
