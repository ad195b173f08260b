"""PDF with a text layer, through pdfplumber: text lines and ruled tables, in reading order.

A prose line that reaches the right margin was wrapped by layout: it is joined to the next
line here, where the geometry says so, rather than guessed later from the text.

Before pdfplumber parses anything, a PDF with more pages than MAX_PDF_PAGES, or whose compressed
streams inflate past MAX_INFLATED_MB (pdfminer inflates each stream whole, in memory), is refused.
"""

from __future__ import annotations

import io
import itertools
import re
import zlib

from pipelines import limits
from pipelines.model import Block, TableBlock
from pipelines.read import ReadError

_CID = re.compile(r"\(cid:\d+\)")
_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
_SENTENCE_END = "。！？；：:;!?"


def read(data: bytes) -> list[Block]:
    import pdfplumber

    _check_pages(data)
    _check_streams(data)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfplumber wraps pdfminer's errors: look at the cause
        raise _read_error(e) from e
    blocks: list[Block] = []
    chars = 0
    try:
        with pdf:
            pages = []
            for page in pdf.pages:
                page = page.dedupe_chars()  # fake-bold fonts print each character twice
                chars += len(page.chars)
                pages.append(_page_items(page))
            # the text frame's right edge, over the whole document: a page of short lines has none
            right = max((line["x1"] for lines, _ in pages for line in lines), default=0)
            for lines, tables in pages:
                page_blocks = _page_blocks(lines, tables, right)
                if (blocks and page_blocks and isinstance(blocks[-1], TableBlock)
                        and isinstance(page_blocks[0], TableBlock) and _same_width(blocks[-1], page_blocks[0])):
                    # a table running over a page break continues on the next page
                    blocks[-1] = TableBlock(rows=blocks[-1].rows + page_blocks.pop(0).rows)
                blocks.extend(page_blocks)
    except ReadError:
        raise
    except Exception as e:
        raise _read_error(e) from e
    if chars == 0:
        raise ReadError("no text layer: OCR is not supported (a scanned PDF); ask for the text version")
    text = "\n".join(b for b in blocks if isinstance(b, str))
    if len(_CID.findall(text)) > max(20, len(text) // 50):
        raise ReadError("the PDF's fonts have no Unicode mapping ((cid:…) glyphs): text cannot be recovered; "
                        "ask for a Word or text version")
    return blocks


def _check_pages(data: bytes) -> None:
    """Refuse a PDF of more than MAX_PDF_PAGES pages. pdfium reads the page tree's /Count without
    loading a page (20,000 pages: 10 ms); pdfplumber's ``len(pdf.pages)`` builds every page first
    (2.6 s), and so does closing a pdfplumber PDF. As /Count may understate, pdfminer then walks the
    tree itself, lazily, and stops one page past the limit."""
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
        count = 0  # encrypted or damaged: the walk below or pdfplumber says which
    if count > limit:
        raise ReadError(limits.PDF_PAGES.refusal(f"the PDF has {count:,} pages"))
    try:
        walked = sum(1 for _ in itertools.islice(PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data)))),
                                                 limit + 1))
    except Exception:
        return  # encrypted or damaged: pdfplumber says which
    if walked > limit:
        raise ReadError(limits.PDF_PAGES.refusal(f"the PDF has more than {limit:,} pages (more than its page "
                                                 "count says)"))


_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_MB = 2**20


def _check_streams(data: bytes) -> None:
    """Refuse a PDF whose FlateDecode streams inflate to more than MAX_INFLATED_MB in all (a flate
    bomb: 1 MB that inflates to 1 GB). Images are left out: pdfplumber does not unpack them.
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
        pass  # damaged or encrypted: pdfplumber decides
    return size, pos - len(tail) - len(inflater.unused_data)


def _read_error(e: Exception) -> ReadError:
    causes = [e, *(e.args if e.args else []), e.__context__]
    names = " ".join(type(c).__name__ for c in causes if c is not None) + " " + str(e)
    if "Password" in names or "ncrypt" in names:
        return ReadError("encrypted PDF (password protected): save an unprotected copy")
    detail = next((type(c).__name__ for c in causes if isinstance(c, Exception) and c is not e), type(e).__name__)
    return ReadError(f"corrupt or truncated PDF ({detail}): re-download or re-export it")


def _same_width(a: TableBlock, b: TableBlock) -> bool:
    return bool(a.rows and b.rows) and len(a.rows[-1]) == len(b.rows[0])


def _page_items(page) -> tuple[list[dict], list[tuple[float, TableBlock]]]:
    """Text lines outside tables, and the tables (with their top), of one page."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    text_page = page.filter(outside) if boxes else page
    lines = text_page.extract_text_lines(return_chars=True)
    found = [(t.bbox[1], TableBlock(rows=[[(c or "").replace("\n", "") for c in row] for row in t.extract()]))
             for t in tables]
    return lines, found


def _page_blocks(lines: list[dict], tables: list[tuple[float, TableBlock]], right: float) -> list[Block]:
    items: list[tuple[float, Block]] = list(tables)
    joined: list[dict] = []
    for line in lines:
        text = line["text"]
        if joined and _wrapped(joined[-1], line, right):
            joined[-1] = {**line, "text": joined[-1]["text"] + text, "top": joined[-1]["top"], "x1": line["x1"],
                          "x0": joined[-1]["x0"], "last": line}
        else:
            joined.append({**line, "last": line})
    items += [(line["top"], line["text"]) for line in joined]
    items.sort(key=lambda it: it[0])
    return [block for _, block in items]


def _wrapped(line: dict, nxt: dict, right: float) -> bool:
    """``line`` was broken by layout: it stops short of the right margin by less than the next
    line's first word needs (text wraps at the margin, or at the last space before it)."""
    last = line["last"]
    text = last["text"].rstrip()
    if len(text) < 15 or text[-1] in _SENTENCE_END or abs(nxt["x0"] - line["x0"]) > 2:
        return False
    if nxt["top"] - last["bottom"] > 1.2 * (last["bottom"] - last["top"]):
        return False  # a gap: a new paragraph, or a table in between
    char_w = last["bottom"] - last["top"]  # a CJK glyph is about as wide as the line is high
    # CJK text wraps at any character; a Latin word or a number only as a whole
    first_word = 0.0
    for c in nxt.get("chars") or []:
        if c["text"] == " " or _CJK.match(c["text"]):
            break
        first_word = c["x1"] - nxt["x0"]
    # up to two glyphs short: justification and the rule that a line may not start with punctuation
    return right - last["x1"] <= first_word + 2 * char_w
