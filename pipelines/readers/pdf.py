"""PDF with a text layer, through PDFium (pypdfium2): text lines and ruled tables, in reading order.

PDFium hands over each glyph with its box, and the page's vector paths; ``pdf_layout`` builds the
lines and words from the glyphs and the tables' grids from the paths' straight strokes (a table's
rules, a rectangle's four sides), and places each glyph in the cell its centre is in. Some forty
times faster than pdfplumber (pdfminer parses the content streams in Python), with the same rules.

A prose line that reaches the right margin was wrapped by layout: it is joined to the next line
here, where the geometry says so, rather than guessed later from the text. A ruled table that goes
on at the top of the next page, as wide as it was, is one table.

Before PDFium parses anything, a PDF with more pages than MAX_PDF_PAGES, or whose compressed
streams inflate past MAX_INFLATED_MB, is refused. PDFium trusts the page tree's /Count: a PDF
whose tree holds more pages than that says (damaged or crafted) is read through pdfminer instead,
which walks the tree, so that no page is silently left out.
"""

from __future__ import annotations

import ctypes
import functools
import io
import os
import itertools
import re
import zlib

from pipelines import limits
from pipelines.model import Block, TableBlock
from pipelines.readers import pdf_layout as layout
from pipelines.readers.errors import ReadError

_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
_SENTENCE_END = "。！？；：:;!?"
_CID = re.compile(r"\(cid:\d+\)")


# Where PDFium looks for system fonts on Linux, and the names of common CJK font families.
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts")
_CJK_FONT = re.compile(r"wqy|wenquanyi|cjk|droidsansfallback|sourcehan|ukai|uming|simsun|simhei|msyh|pingfang|"
                       r"notosanssc|notoserifsc|arphic", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def cjk_font_missing() -> str | None:
    """Why lone Chinese characters may be missing from PDFs read on this machine, or None. A PDF that
    does not embed its fonts is measured with a system font: without a CJK one, PDFium gives a
    single-character piece of text no width and drops it."""
    for folder in _FONT_DIRS:
        root = os.path.expanduser(folder)
        for _, _, names in os.walk(root):
            if any(_CJK_FONT.search(name) for name in names):
                return None
    return ("this machine has no CJK (Chinese) system font, so characters of a PDF that does not embed its "
            "fonts may be missing from the text read; install one (Debian/Ubuntu: apt-get install "
            "fonts-wqy-microhei) and refresh again with reparse_all")


def read(data: bytes) -> list[Block]:
    import pypdfium2

    walked = _check_pages(data)
    _check_streams(data)
    try:
        doc = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as e:
        raise _read_error(e) from e
    pages: list[tuple[list[layout.Line], list[tuple[float, TableBlock]]]] = []
    chars = unmapped = 0
    try:
        with doc:
            source = _pdfium_pages(doc) if walked <= len(doc) else _pdfminer_pages(data)
            for glyphs, horizontal, vertical, lost in source:
                chars += len(glyphs)
                unmapped += lost
                pages.append(_page_items(glyphs, horizontal, vertical))
    except ReadError:
        raise
    except Exception as e:
        raise _read_error(e) from e
    if chars == 0:
        raise ReadError("no text layer: OCR is not supported (a scanned PDF); ask for the text version")
    if unmapped > max(20, chars // 50):
        raise ReadError("the PDF's fonts have no Unicode mapping ((cid:…) glyphs): text cannot be recovered; "
                        "ask for a Word or text version")
    # the text frame's right edge, over the whole document: a page of short lines has none
    right = max((line.x1 for lines, _ in pages for line in lines), default=0)
    blocks: list[Block] = []
    for lines, tables in pages:
        page_blocks = _page_blocks(lines, tables, right)
        if (blocks and page_blocks and isinstance(blocks[-1], TableBlock)
                and isinstance(page_blocks[0], TableBlock) and _same_width(blocks[-1], page_blocks[0])):
            # a table running over a page break continues on the next page
            blocks[-1] = TableBlock(rows=blocks[-1].rows + page_blocks.pop(0).rows)
        blocks.extend(page_blocks)
    return blocks


# A page as the layout rules take it: glyphs (x0, top, x1, bottom, text), horizontal rules
# (y, x0, x1), vertical rules (x, top, bottom), top-down, and how many glyphs had no Unicode.
Page = tuple[list[layout.Char], list[layout.Rule], list[layout.Rule], int]


def _pdfium_pages(doc):
    import pypdfium2.raw as raw

    for i in range(len(doc)):
        page = doc[i]
        try:
            place = _placer(page.get_rotation(), *page.get_mediabox())
            textpage = page.get_textpage()
            try:
                glyphs, lost = _pdfium_chars(raw, textpage, place)
            finally:
                textpage.close()
            horizontal: list[layout.Rule] = []
            vertical: list[layout.Rule] = []
            _pdfium_rules(raw, page, place, horizontal, vertical)
        finally:
            page.close()
        yield layout.dedupe(glyphs), horizontal, vertical, lost


def _pdfium_chars(raw, textpage, place) -> tuple[list[layout.Char], int]:
    """The page's glyphs with their boxes (the font's ascent to descent, as wide as the glyph's
    advance), in content order; spaces PDFium made up between words are left out (the layout
    rules find word gaps themselves). Glyphs without Unicode (a font without a ToUnicode map) are
    counted, not kept."""
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return [], 0
    buf = (ctypes.c_ushort * (n + 1))()
    raw.FPDFText_GetText(textpage, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    codes = list(buf[:n])
    if any(0xD800 <= u <= 0xDFFF for u in codes):  # a glyph outside the BMP takes two UTF-16 units
        codes = [raw.FPDFText_GetUnicode(textpage, j) for j in range(n)]
    box = raw.FS_RECTF()
    glyphs: list[layout.Char] = []
    lost = 0
    for j, u in enumerate(codes):
        if u in (0x20, 0x0D, 0x0A, 0x09, 0xA0, 0x3000) or u == 0x02:
            if u == 0x02 or raw.FPDFText_IsGenerated(textpage, j):
                continue  # PDFium's own: a word gap, a line break, a hyphen it joined
        elif u < 0x20 or u in (0xFFFD, 0xFFFE, 0xFFFF):
            lost += 1
            continue
        raw.FPDFText_GetLooseCharBox(textpage, j, box)
        (x0, y0), (x1, y1) = place(box.left, box.top), place(box.right, box.bottom)
        glyphs.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), chr(u)))
    return glyphs, lost


def _pdfium_rules(raw, parent, place, horizontal: list, vertical: list,
                  matrix: tuple = (1, 0, 0, 1, 0, 0), depth: int = 0) -> None:
    """The straight horizontal and vertical strokes of the painted paths on the page (or in a form
    XObject on it, placed by its matrix): a table's rules, the sides of its cells' rectangles."""
    count, get = ((raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject) if depth == 0
                  else (raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject))
    m = raw.FS_MATRIX()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    px, py = ctypes.c_float(), ctypes.c_float()
    for k in range(count(parent)):
        obj = get(parent, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM and depth < 8:
            raw.FPDFPageObj_GetMatrix(obj, m)
            _pdfium_rules(raw, obj, place, horizontal, vertical, _compose(matrix, (m.a, m.b, m.c, m.d, m.e, m.f)),
                          depth + 1)
            continue
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        raw.FPDFPath_GetDrawMode(obj, fill, stroke)
        if fill.value == raw.FPDF_FILLMODE_NONE and not stroke.value:
            continue  # not painted
        raw.FPDFPageObj_GetMatrix(obj, m)
        a, b, c, d, e, f = _compose(matrix, (m.a, m.b, m.c, m.d, m.e, m.f))
        n = raw.FPDFPath_CountSegments(obj)
        points = []
        for s in range(n):
            raw.FPDFPathSegment_GetPoint(raw.FPDFPath_GetPathSegment(obj, s), px, py)
            x, y = px.value, py.value
            points.append(place(a * x + c * y + e, b * x + d * y + f))
        if n == 2 or n == 5 and points[0] == points[4]:
            # a line, or a rectangle: its sides in turn (nearly all of a table's paths; their kinds
            # need no asking, which halves the calls into PDFium)
            for p, q in zip(points, points[1:]):
                _stroke(p, q, horizontal, vertical)
            continue
        start = last = None
        for s in range(n):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            point = points[s]
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = point
            elif kind == raw.FPDF_SEGMENT_LINETO and last is not None:
                _stroke(last, point, horizontal, vertical)
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                _stroke(point, start, horizontal, vertical)
            last = point


def _compose(outer: tuple, inner: tuple) -> tuple:
    """The matrix placing in ``outer``'s space what ``inner`` places in its own."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _placer(rotation: int, left: float, bottom: float, right: float, top: float):
    """The function taking a point of PDF space (y up) to the page as shown (y down): turned by
    the page's /Rotate, as a landscape table printed on a portrait page is read."""
    if rotation == 90:
        return lambda x, y: (y - bottom, x - left)
    if rotation == 180:
        return lambda x, y: (right - x, y - bottom)
    if rotation == 270:
        return lambda x, y: (top - y, right - x)
    return lambda x, y: (x - left, top - y)


def _stroke(p: tuple, q: tuple, horizontal: list, vertical: list) -> None:
    """A stroke (on the page as shown) as a rule, when it is straight across or down."""
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.1 and x0 != x1:
        horizontal.append((y0, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) < 0.1 and y0 != y1:
        vertical.append((x0, min(y0, y1), max(y0, y1)))


def _pdfminer_pages(data: bytes):
    """The pages through pdfplumber (pdfminer), for a page tree PDFium does not see whole."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            glyphs = [(c["x0"], c["top"], c["x1"], c["bottom"], c["text"]) for c in page.chars]
            lost = sum(1 for g in glyphs if _CID.fullmatch(g[4]))
            glyphs = [g for g in glyphs if not _CID.fullmatch(g[4])]
            horizontal = [(e["top"], e["x0"], e["x1"]) for e in page.edges if e["orientation"] == "h"]
            vertical = [(e["x0"], e["top"], e["bottom"]) for e in page.edges if e["orientation"] == "v"]
            yield layout.dedupe(glyphs), horizontal, vertical, lost


def _check_pages(data: bytes) -> int:
    """Refuse a PDF of more than MAX_PDF_PAGES pages; else the pages its page tree holds (0 when it
    cannot be walked). pdfium reads the page tree's /Count without loading a page (20,000 pages:
    10 ms), and trusts it. As /Count may understate, pdfminer then walks the tree itself, lazily,
    and stops one page past the limit."""
    import pypdfium2
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    limit = int(limits.PDF_PAGES.value())
    try:
        doc = pypdfium2.PdfDocument(data)
        try:
            count = len(doc)
        finally:
            doc.close()
    except Exception:
        count = 0  # encrypted or damaged: the walk below or opening it says which
    if count > limit:
        raise ReadError(limits.PDF_PAGES.refusal(f"the PDF has {count:,} pages"))
    try:
        walked = sum(1 for _ in itertools.islice(PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data)))),
                                                 limit + 1))
    except Exception:
        return 0  # encrypted or damaged: opening it says which
    if walked > limit:
        raise ReadError(limits.PDF_PAGES.refusal(f"the PDF has more than {limit:,} pages (more than its page "
                                                 "count says)"))
    return walked


_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_MB = 2**20


def _check_streams(data: bytes) -> None:
    """Refuse a PDF whose FlateDecode streams inflate to more than MAX_INFLATED_MB in all (a flate
    bomb: 1 MB that inflates to 1 GB). Images are left out: the reader does not unpack them.
    Inflates a megabyte at a time and stops at the limit."""
    budget = int(limits.INFLATED_MB.value() * _MB)
    total = done_to = 0
    for m in _STREAM.finditer(data):
        if m.start() < done_to:
            continue  # inside a stream already inflated
        head = data[max(0, m.start() - 4096):m.start()]
        head = head[head.rfind(b"obj") + 1:]  # the stream's dictionary, after "N 0 obj"
        if b"/FlateDecode" not in head or _IMAGE.search(head):
            continue
        size, done_to = _inflated_size(data, m.end(), budget - total + 1)
        total += size
        if total > budget:
            raise ReadError(limits.INFLATED_MB.refusal(
                f"the PDF's compressed streams unpack to more than {budget / _MB:,.0f} MB"))


def _inflated_size(data: bytes, start: int, cap: int) -> tuple[int, int]:
    """(bytes inflated, up to ``cap``; where the compressed stream ends) of the zlib stream at ``start``."""
    inflater, tail, pos, size = zlib.decompressobj(), b"", start, 0
    try:
        while size < cap and not inflater.eof:
            if not tail:
                if pos >= len(data):
                    break
                tail, pos = data[pos:pos + 65536], pos + 65536
            size += len(inflater.decompress(tail, min(cap - size, _MB)))
            tail = inflater.unconsumed_tail
    except zlib.error:
        pass  # damaged or encrypted: opening it decides
    return size, pos - len(tail) - len(inflater.unused_data)


def _read_error(e: Exception) -> ReadError:
    causes = [e, *(e.args if e.args else []), e.__context__]
    names = " ".join(type(c).__name__ for c in causes if c is not None) + " " + str(e)
    if getattr(e, "err_code", None) == 4 or "assword" in names or "ncrypt" in names:  # 4: FPDF_ERR_PASSWORD
        return ReadError("encrypted PDF (password protected): save an unprotected copy")
    detail = next((type(c).__name__ for c in causes if isinstance(c, Exception) and c is not e), type(e).__name__)
    if getattr(e, "err_code", None) is not None or detail == "PdfiumError":
        detail = str(e).rstrip(".")  # PDFium's own words: "Failed to load document (PDFium: Data format error)"
    return ReadError(f"corrupt or truncated PDF ({detail}): re-download or re-export it")


def _same_width(a: TableBlock, b: TableBlock) -> bool:
    return bool(a.rows and b.rows) and len(a.rows[-1]) == len(b.rows[0])


def _page_items(glyphs: list[layout.Char], horizontal: list[layout.Rule], vertical: list[layout.Rule]
                ) -> tuple[list[layout.Line], list[tuple[float, TableBlock]]]:
    """Text lines outside tables, and the tables (with their top), of one page."""
    tables = layout.find_tables(horizontal, vertical)
    boxes = [layout.bbox(cells) for cells in tables]
    if not boxes:
        return layout.lines(glyphs), []
    outside, inside = [], [[] for _ in boxes]
    for g in glyphs:
        x, y = (g[0] + g[2]) / 2, (g[1] + g[3]) / 2
        for b, chars in zip(boxes, inside):
            if b[0] <= x <= b[2] and b[1] <= y <= b[3]:
                chars.append(g)
                break
        else:
            outside.append(g)
    found = [(box[1], TableBlock(rows=layout.table_rows(cells, chars)))
             for box, cells, chars in zip(boxes, tables, inside)]
    return layout.lines(outside), found


def _page_blocks(lines: list[layout.Line], tables: list[tuple[float, TableBlock]], right: float) -> list[Block]:
    items: list[tuple[float, Block]] = list(tables)
    joined: list[tuple[layout.Line, layout.Line, str]] = []  # (first line, last line, text)
    for line in lines:
        if joined and _wrapped(joined[-1][0], joined[-1][1], line, right):
            first, _, text = joined[-1]
            joined[-1] = (first, line, text + line.text)
        else:
            joined.append((line, line, line.text))
    items += [(first.top, text) for first, _, text in joined]
    items.sort(key=lambda it: it[0])
    return [block for _, block in items]


def _wrapped(first: layout.Line, last: layout.Line, nxt: layout.Line, right: float) -> bool:
    """The paragraph ``first`` … ``last`` was broken by layout: its last line stops short of the
    right margin by less than the next line's first word needs (text wraps at the margin, or at the
    last space before it)."""
    text = last.text.rstrip()
    if len(text) < 15 or text[-1] in _SENTENCE_END or abs(nxt.x0 - first.x0) > 2:
        return False
    if nxt.top - last.bottom > 1.2 * (last.bottom - last.top):
        return False  # a gap: a new paragraph, or a table in between
    char_w = last.bottom - last.top  # a CJK glyph is about as wide as the line is high
    # CJK text wraps at any character; a Latin word or a number only as a whole
    first_word = 0.0
    for c in nxt.chars:
        if _CJK.match(c[4]):
            break
        first_word = c[2] - nxt.x0
    # up to two glyphs short: justification and the rule that a line may not start with punctuation
    return right - last.x1 <= first_word + 2 * char_w
