"""Hostile report files: small on disk, ruinous to parse naively. Each maker WRITES one file at a
given scale and returns its path, for the reader-budget tests (reduced size) and for a full-size
benchmark (``HOSTILE[name].full``):

    from tests.hostile import HOSTILE, build
    paths = build(folder, full=False)   # {name: path}, every file at reduced size

Files are written by hand (ZIP, XML and PDF bytes), never through a library that would build the
content in memory: a gigabyte of filler is compressed once as a megabyte block and repeated.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

MB = 2**20

# --- DEFLATE and ZIP by hand ------------------------------------------------------------------


def _deflate(pieces: Iterable[tuple[bytes, int]]) -> tuple[bytes, int, int, int]:
    """(raw DEFLATE, CRC-32, Adler-32, size) of the pieces concatenated, each ``(bytes, times)``.

    Each piece is compressed on its own and ends with a full flush (the compressor forgets what came
    before), so a piece repeated a thousand times is its compressed block repeated a thousand times.
    """
    out, crc, adler, size = [], 0, 1, 0
    for data, times in pieces:
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        out.append((c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)) * times)
        for _ in range(times):
            crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
        size += len(data) * times
    out.append(b"\x03\x00")  # an empty final block ends the stream
    return b"".join(out), crc, adler, size


def _prefix(pieces: Iterable[tuple[bytes, int]], size: int) -> bytes:
    out = b""
    for data, times in pieces:
        while times and len(out) < size:
            out, times = out + data[:size - len(out)], times - 1
    return out


def _zlib_stream(pieces: Iterable[tuple[bytes, int]]) -> bytes:
    """A zlib stream (what a PDF's /FlateDecode holds) of the pieces."""
    raw, _, adler, _ = _deflate(pieces)
    return b"\x78\x9c" + raw + adler.to_bytes(4, "big")


def _write_zip(path: Path, parts: dict[str, Iterable[tuple[bytes, int]] | bytes],
               lie: dict[str, int] | None = None) -> Path:
    """A ZIP whose headers tell the truth (sizes, CRCs), so a refusal comes from the sizes, not from
    damage; except for the parts in ``lie``, whose headers declare that size, with the CRC of that
    many first bytes (zipfile then hands out exactly that much and finds nothing wrong). Values are
    bytes or ``(bytes, times)`` pieces."""
    central, offset = [], 0
    with open(path, "wb") as f:
        for name, content in parts.items():
            pieces = [(content, 1)] if isinstance(content, bytes) else list(content)
            raw, crc, _, size = _deflate(pieces)
            if lie and name in lie:
                size = lie[name]
                crc = zlib.crc32(_prefix(pieces, size))
            fname = name.encode()
            # version 20, no flags, deflated, 1980-01-01 00:00
            fields = (20, 0, 8, 0, 33, crc, len(raw), size, len(fname), 0)
            f.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + fname + raw)
            central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + fname)
            offset += 30 + len(fname) + len(raw)
        cd = b"".join(central)
        f.write(cd + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(cd), offset, 0))
    return path


_CT = "application/vnd.openxmlformats-officedocument."
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _types(overrides: dict[str, str]) -> bytes:
    items = "".join(f'<Override PartName="/{p}" ContentType="{_CT}{t}"/>' for p, t in overrides.items())
    return _XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{items}</Types>').encode()


def _rels(target: str, kind: str) -> bytes:
    return _XML + (f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{_REL}/{kind}" Target="{target}"/></Relationships>').encode()


def _xlsx(path: Path, sheet: Iterable[tuple[bytes, int]]) -> Path:
    """A one-sheet workbook with no styles or shared strings (openpyxl and Excel open it)."""
    return _write_zip(path, {
        "[Content_Types].xml": _types({"xl/workbook.xml": "spreadsheetml.sheet.main+xml",
                                       "xl/worksheets/sheet1.xml": "spreadsheetml.worksheet+xml"}),
        "_rels/.rels": _rels("xl/workbook.xml", "officeDocument"),
        "xl/workbook.xml": _XML + (f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
                                   '<sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": _rels("worksheets/sheet1.xml", "worksheet"),
        "xl/worksheets/sheet1.xml": sheet,
    })


def _sheet_head(ref: str | None) -> bytes:
    dimension = f'<dimension ref="{ref}"/>' if ref else ""
    return _XML + f'<worksheet xmlns="{_MAIN}">{dimension}<sheetData>'.encode()


_TITLE_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>部门整体支出绩效自评表</t></is></c></row>'

# --- the makers ---------------------------------------------------------------------------------


def xlsx_far_cell(path: Path, cell: str = "XFD1048576", dimension: bool = True) -> Path:
    """A ~1 KB workbook: a title in A1 and one number in ``cell``, by default XFD1048576, the last
    cell Excel has. A reader that fills the grid builds 1,048,576 x 16,384 cells (openpyxl's
    ``iter_rows``: > 6 GiB). ``dimension=False`` leaves out the ``<dimension>`` element, so only the
    reader itself can notice."""
    row = re.sub(r"^[A-Z]+", "", cell)
    body = _TITLE_ROW + f'<row r="{row}"><c r="{cell}"><v>1</v></c></row></sheetData></worksheet>'
    return _xlsx(path, [(_sheet_head(f"A1:{cell}" if dimension else None) + body.encode(), 1)])


def xlsx_many_rows(path: Path, rows: int, dimension: bool = True) -> Path:
    """A workbook of ``rows`` rows of three cells (1,000,000 rows: 16 MB on disk, 110 MB of XML)."""
    def pieces():
        yield _sheet_head(f"A1:C{rows}" if dimension else None) + _TITLE_ROW.encode(), 1
        step = 20_000
        for start in range(2, rows + 1, step):
            yield "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>0.5</v></c>'
                          f'<c r="C{r}"><v>{r * 3}</v></c></row>' for r in range(start, min(start + step, rows + 1))
                          ).encode(), 1
        yield b"</sheetData></worksheet>", 1
    return _xlsx(path, pieces())


def docx_zip_bomb(path: Path, inflated_mb: float) -> Path:
    """A Word file whose word/document.xml inflates to ``inflated_mb`` MB (1,600 MB: a 1.6 MB file):
    a paragraph, then spaces between the body's elements, which compress 1,000 to 1. Its headers
    declare the true size."""
    return _write_zip(path, _docx_parts(inflated_mb))


def _docx_parts(inflated_mb: float) -> dict:
    head = _XML + f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>绩效自评报告</w:t></w:r></w:p>'.encode()
    return {
        "[Content_Types].xml": _types({"word/document.xml": "wordprocessingml.document.main+xml"}),
        "_rels/.rels": _rels("word/document.xml", "officeDocument"),
        "word/document.xml": [(head, 1), (b" " * MB, max(1, round(inflated_mb))), (b"</w:body></w:document>", 1)],
    }


def docx_lying_header(path: Path, inflated_mb: float, declared: int = 1000) -> Path:
    """``docx_zip_bomb`` whose headers declare ``declared`` bytes for word/document.xml: the declared
    sizes add up to nothing, yet reading the part whole inflates all of it in one call."""
    return _write_zip(path, _docx_parts(inflated_mb), lie={"word/document.xml": declared})


def _write_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF of numbered objects (1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))
    return path


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (2023 performance self-evaluation 95.5) Tj ET\n"


def _page(contents: int) -> bytes:
    return (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % contents)


def pdf_many_pages(path: Path, pages: int, count: int | None = None) -> Path:
    """A PDF of ``pages`` pages sharing one content stream (20,000 pages: ~3 MB). ``count`` is the
    page count its page tree states (/Count), if not the truth."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    return _write_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>",
                             b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages if count is None else count, kids),
                             _FONT, _stream(_TEXT), *([_page(4)] * pages)])


def pdf_flate_bomb(path: Path, inflated_mb: float) -> Path:
    """A one-page PDF whose content stream (/FlateDecode) inflates to ``inflated_mb`` MB: a line of
    text, then spaces (1,024 MB: a 1 MB file)."""
    filler = b" " * MB
    data = _zlib_stream([(_TEXT, 1), (filler, max(1, round(inflated_mb)))])
    return _write_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
                             _FONT, _stream(data, b"/Filter /FlateDecode "), _page(4)])


def html_deep(path: Path, depth: int, tag: str = "div", closed: bool = True) -> Path:
    """A page whose figures sit ``depth`` elements deep (libxml2 stops at 255 unless told otherwise).
    ``closed=False`` never closes the tags, as old pages do with <font>."""
    text = "<p>本年收入812.36万元，本年支出789.54万元，自评得分95.5分。</p>"
    close = f"</{tag}>" * depth if closed else ""
    page = f"<html><head><meta charset='utf-8'></head><body>{f'<{tag}>' * depth}{text}{close}</body></html>"
    Path(path).write_bytes(page.encode("utf-8"))
    return path


def xls_far_cell(path: Path, row: int = 65535, col: int = 255, mini_stream: bool = False) -> Path:
    """An Excel 97 file (~6 KB) with a title in A1 and a number at (row, col), by default IV65536,
    its last cell: the whole 65,536 x 256 grid if a reader fills it (calamine: 1 GB).
    ``mini_stream=True`` stores the workbook as a small stream (2 KB, in the container's mini
    stream, as a file under 4 KB may be) instead of xlwt's padded 4 KB one."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("自评表")
    ws.write(0, 0, "部门整体支出绩效自评表")
    ws.write(row, col, 1)
    if mini_stream:
        Path(path).write_bytes(_cfb_one_small_stream("Workbook", wb.get_biff_data()))
    else:
        wb.save(str(path))
    return path


def _cfb_one_small_stream(name: str, stream: bytes) -> bytes:
    """An OLE2 compound file (version 3) holding one stream under 4 KB: sector 0 the FAT, 1 the
    directory, 2 the mini FAT, 3 on the mini stream of 64-byte sectors."""
    assert len(stream) < 4096
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    minis = -(-len(stream) // 64)
    big = -(-minis * 64 // 512)
    fat = [0xFFFFFFFD, end, end] + [4 + i for i in range(big - 1)] + [end]
    minifat = list(range(1, minis)) + [end]

    def entry(label: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = label.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB3L", len(raw), kind, 1, free, free, child) + b"\0" * 36
                + struct.pack("<3L", start, size, 0))

    def sector(values: list[int]) -> bytes:
        return struct.pack("<128L", *(values + [free] * (128 - len(values))))

    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<5H", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 10 + struct.pack("<9L", 1, 1, 0, 4096, 2, 1, end, 0, 0) + struct.pack("<108L", *[free] * 108))
    directory = (entry("Root Entry", 5, 1, 3, minis * 64) + entry(name, 2, free, 0, len(stream))).ljust(512, b"\0")
    return header + sector(fat) + directory + sector(minifat) + stream.ljust(big * 512, b"\0")


# --- the catalogue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hostile:
    maker: Callable[..., Path]
    filename: str
    full: dict  # the size the benchmark measures
    reduced: dict  # quick to build; still over the default limit named by ``limit``
    limit: str  # what the refusal names: the limit's environment variable (pipelines/limits.py), or the lie


HOSTILE: dict[str, Hostile] = {
    "xlsx_far_cell": Hostile(xlsx_far_cell, "far_cell.xlsx", {}, {}, "MAX_SHEET_ROWS"),
    "xlsx_far_cell_no_dimension": Hostile(xlsx_far_cell, "far_cell_no_dimension.xlsx", {"dimension": False},
                                          {"dimension": False}, "MAX_SHEET_ROWS"),
    "xlsx_far_column_no_dimension": Hostile(xlsx_far_cell, "far_column.xlsx", {"cell": "XFD200", "dimension": False},
                                            {"cell": "XFD200", "dimension": False}, "MAX_SHEET_CELLS"),
    "xlsx_many_rows": Hostile(xlsx_many_rows, "many_rows.xlsx", {"rows": 1_000_000}, {"rows": 60_000},
                              "MAX_SHEET_ROWS"),
    "docx_zip_bomb": Hostile(docx_zip_bomb, "zip_bomb.docx", {"inflated_mb": 1600}, {"inflated_mb": 250},
                             "MAX_INFLATED_MB"),
    "docx_lying_header": Hostile(docx_lying_header, "lying_header.docx", {"inflated_mb": 1600}, {"inflated_mb": 50},
                                 "word/document.xml unpacks to more than"),
    "pdf_many_pages": Hostile(pdf_many_pages, "many_pages.pdf", {"pages": 20_000}, {"pages": 700},
                              "MAX_PDF_PAGES"),
    "pdf_understated_count": Hostile(pdf_many_pages, "understated_count.pdf", {"pages": 20_000, "count": 1},
                                     {"pages": 700, "count": 1}, "MAX_PDF_PAGES"),
    "pdf_flate_bomb": Hostile(pdf_flate_bomb, "flate_bomb.pdf", {"inflated_mb": 1024}, {"inflated_mb": 250},
                              "MAX_INFLATED_MB"),
    "html_deep": Hostile(html_deep, "deep.html", {"depth": 100_000}, {"depth": 1_500}, "MAX_HTML_DEPTH"),
    "xls_far_cell": Hostile(xls_far_cell, "far_cell.xls", {}, {}, "MAX_SHEET_ROWS"),
    "xls_far_cell_mini_stream": Hostile(xls_far_cell, "far_cell_mini.xls", {"mini_stream": True},
                                        {"mini_stream": True}, "MAX_SHEET_ROWS"),
}


def build(folder: Path, full: bool = False) -> dict[str, Path]:
    """Every hostile file in ``folder``, at full or reduced size."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: h.maker(folder / h.filename, **(h.full if full else h.reduced)) for name, h in HOSTILE.items()}
