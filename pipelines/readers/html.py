"""HTML pages through lxml: the report's text and <table>s, without navigation and footer noise.

Pages are read to any depth up to MAX_HTML_DEPTH (old pages nest hundreds of unclosed <font>s);
libxml2 stops at 255 levels unless told otherwise, and then drops the rest of the page without a
word, so the parser is told (huge_tree) and a page past the limit is refused, never cut.
"""

from __future__ import annotations

import re

from pipelines import limits
from pipelines.model import Block, TableBlock
from pipelines.readers.errors import ReadError
from pipelines.readers.text import decode_text

_NOISE_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
               "select", "head"}
_NOISE_ATTR = re.compile(r"nav|menu|footer|header|breadcrumb|sidebar|copyright|banner|share|toolbar|search|"
                         r"login|topbar|bottom|friend-?link|link-?list", re.I)
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "tr", "pre",
               "blockquote", "dd", "dt", "center", "td"}


def read(data: bytes) -> list[Block]:
    import lxml.html

    text = _decode(data)
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.fromstring(text, parser=parser)
    except Exception as e:
        raise ReadError(f"unparseable HTML ({type(e).__name__}): save the page again") from e
    _check_depth(root, parser)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        attrs = " ".join(filter(None, [el.get("class"), el.get("id"), el.get("role")]))
        if el.tag in _NOISE_TAGS or (attrs and _NOISE_ATTR.search(attrs) and el.tag != "body"):
            el.drop_tree()
    body = root.find(".//body")
    blocks: list[Block] = []
    _walk(body if body is not None else root, blocks)
    return blocks


def _decode(data: bytes) -> str:
    head = data[:2048].decode("ascii", errors="ignore").lower()
    m = re.search(r"charset=[\"']?([a-z0-9_-]+)", head)
    if m:
        try:
            return data.decode(m.group(1), errors="replace")
        except LookupError:
            pass
    return decode_text(data)


def _check_depth(root, parser) -> None:
    """Refuse a page nested deeper than MAX_HTML_DEPTH, or deeper than libxml2 goes even with
    huge_tree (2048 levels: it stops there and drops the rest of the page)."""
    cut = any("Excessive depth" in e.message for e in parser.error_log)
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    if limits.HTML_DEPTH.exceeded(deepest):
        more = " or more" if cut else ""
        raise ReadError(limits.HTML_DEPTH.refusal(f"elements nested {deepest:,}{more} levels deep"))
    if cut:
        raise ReadError(f"elements nested more than {deepest:,} levels deep, past what the HTML parser reads (it "
                        "drops the rest of the page there): the file was not loaded; save the page again")


def _walk(el, blocks: list[Block]) -> None:
    """Depth-first: tables become TableBlocks, every other block element a line. A loop over a stack,
    not recursion: a page may be nested deeper than Python's recursion limit."""
    buf: list[str] = []

    def flush() -> None:
        line = "".join(buf).strip()
        if line:
            blocks.append(line)
        buf.clear()

    stack = [(el, False)]  # (node, its children are done)
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if node.tag in _BLOCK_TAGS:
                flush()
        elif not isinstance(node.tag, str):  # a comment or processing instruction: only its tail counts
            pass
        elif node.tag == "table":
            flush()
            rows = [[cell.text_content() for cell in tr.xpath("./td|./th")] for tr in node.xpath(".//tr")]
            blocks.append(TableBlock(rows=rows))
        else:
            if node.tag in _BLOCK_TAGS:
                flush()
            if node.text:
                buf.append(node.text)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
            continue  # the tail comes after the children
        if node.tail:
            buf.append(node.tail)
    flush()
