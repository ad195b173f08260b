"""Word .docx through python-docx: paragraphs and tables in document order."""

from __future__ import annotations

import io

from pipelines.model import Block, TableBlock
from pipelines.readers.errors import ReadError


def read(data: bytes) -> list[Block]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise ReadError(f"corrupt Word file ({type(e).__name__}): open and re-save it as .docx") from e
    blocks: list[Block] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document).text)
        elif tag == "tbl":
            blocks.append(TableBlock(rows=_grid(Table(child, document))))
    return blocks


def _grid(table) -> list[list[str]]:
    """Rows on the table's grid: a merged cell's text in its first position, blanks where it spans
    (horizontally: gridSpan; vertically: vMerge continue), like the blank cells of a text export."""
    from docx.text.paragraph import Paragraph

    rows = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            text = "\n".join(Paragraph(p, table).text for p in tc.p_lst)
            if tc.vMerge == "continue":
                text = ""
            cells.append(text)
            cells.extend([""] * (tc.grid_span - 1))
        rows.append(cells)
    return rows
