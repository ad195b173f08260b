"""The document model every reader produces and every extraction rule reads.

A reader hands over ``Block``s in document order: text, or a ``TableBlock`` (a native grid from
DOCX, XLSX, HTML or a ruled PDF table). ``pipelines.normalise.build_document`` turns them into a
``Document``: numbered physical lines, paragraphs of running text and the native tables.
Tables that exist only as text (pipe rows, tab rows, one cell per line, a form flattened onto
one line) are recovered from the lines as a stream of ``Cell``s by ``pipelines.extract.cells``;
the form readers of ``pipelines.extract.forms`` decode that stream by the role of each column.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Paragraph:
    text: str
    # (offset in text, physical line number) for each physical line joined into the paragraph
    starts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def line_no(self) -> int:
        return self.starts[0][1]

    def line_at(self, offset: int) -> int:
        i = bisect.bisect_right([s[0] for s in self.starts], offset) - 1
        return self.starts[max(i, 0)][1]


@dataclass
class Row:
    """One row of a grid: its cells' texts and the physical line of each cell."""
    cells: list[str]
    line_no: int
    cell_lines: list[int] = field(default_factory=list)

    def line_of(self, i: int) -> int:
        return self.cell_lines[i] if i < len(self.cell_lines) else self.line_no


@dataclass
class Table:
    """A grid of cells: a native table, or rows recovered from text."""
    rows: list[Row]
    kind: str  # "native" (DOCX/XLSX/PDF/HTML), or how it was recovered: "tab" | "pipe" | "spaced"


@dataclass
class TableBlock:
    """A real table handed over by a reader: rows of cell texts."""
    rows: list[list[str]]


Block = str | TableBlock


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of the document's cell stream: its text (normalised, spaces kept), the physical line
    it is on, and whether the source starts a row there (a new line of a pipe/tab/space-laid row, a
    native row). ``row_start`` is a hint: pages split rows over lines and put several rows on one."""
    text: str
    line_no: int
    row_start: bool = False


@dataclass
class Document:
    lines: list[str]  # physical lines; lines[i] is line number i + 1 (spaces kept: they may separate cells)
    paragraphs: list[Paragraph]  # running text, spaces between CJK characters removed
    tables: list[Table] = field(default_factory=list)  # native tables, one line per row in ``lines``
    table_lines: set[int] = field(default_factory=set)  # line numbers rendered from native tables

    def text(self) -> str:
        return "\n".join(self.lines)
