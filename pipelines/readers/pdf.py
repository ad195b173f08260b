"""PDF with a text layer, through pdfplumber: text lines and ruled tables, in reading order.

A prose line that reaches the right margin was wrapped by layout: it is joined to the next
line here, where the geometry says so, rather than guessed later from the text.
"""

from __future__ import annotations

import io
import re

from pipelines.model import Block, TableBlock
from pipelines.read import ReadError

_CID = re.compile(r"\(cid:\d+\)")
_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
_SENTENCE_END = "。！？；：:;!?"


def read(data: bytes) -> list[Block]:
    import pdfplumber
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
