"""HTML pages through lxml: the report's text and <table>s, without navigation and footer noise."""

from __future__ import annotations

import re

from pipelines.model import Block, TableBlock
from pipelines.read import ReadError, decode_text

_NOISE_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
               "select", "head"}
_NOISE_ATTR = re.compile(r"nav|menu|footer|header|breadcrumb|sidebar|copyright|banner|share|toolbar|search|"
                         r"login|topbar|bottom|friend-?link|link-?list", re.I)
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "tr", "pre",
               "blockquote", "dd", "dt", "center", "td"}


def read(data: bytes) -> list[Block]:
    import lxml.html

    text = _decode(data)
    try:
        root = lxml.html.fromstring(text)
    except Exception as e:
        raise ReadError(f"unparseable HTML ({type(e).__name__}): save the page again") from e
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


def _walk(el, blocks: list[Block]) -> None:
    """Depth-first: tables become TableBlocks, every other block element a line."""
    buf: list[str] = []

    def flush() -> None:
        line = "".join(buf).strip()
        if line:
            blocks.append(line)
        buf.clear()

    def visit(node) -> None:
        if not isinstance(node.tag, str):
            if node.tail:
                buf.append(node.tail)
            return
        if node.tag == "table":
            flush()
            rows = [[cell.text_content() for cell in tr.xpath("./td|./th")] for tr in node.xpath(".//tr")]
            blocks.append(TableBlock(rows=rows))
        else:
            block = node.tag in _BLOCK_TAGS
            if block:
                flush()
            if node.text:
                buf.append(node.text)
            for child in node:
                visit(child)
            if block:
                flush()
        if node.tail:
            buf.append(node.tail)

    visit(el)
    flush()
