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
from decimal import Decimal


@dataclass(slots=True)  # a document makes a hundred or more: slots make them faster to build and read
class Paragraph:
    text: str
    # (offset in text, physical line number) for each physical line joined into the paragraph
    starts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def line_no(self) -> int:
        return self.starts[0][1]

    def line_at(self, offset: int) -> int:
        if len(self.starts) == 1:
            return self.starts[0][1]  # one line (most paragraphs): no search
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


@dataclass(slots=True)
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
    # the lines of the page breaks a PDF's text showed (their furniture blanked, pipelines.furniture): the cell
    # stream goes on over them as if the two pages were one
    page_breaks: set[int] = field(default_factory=set)
    # the text stops mid-line, no line break, space or bar after its last character (an excerpt cut by a count):
    # its last cell may be a piece (pipelines.page_chrome cuts it off where the layout shows where it starts; a
    # last indicator named in it with no value is dropped, extract.indicators), and a row its end runs into has
    # its first columns' values, the others cut (extract.funds_block)
    open_end: bool = False

    def text(self) -> str:
        """The lines joined by line breaks, made once (several rules scan the whole text): kept with the
        list it was made of, so a document given other lines makes it again."""
        cached = self.__dict__.get("_text")
        if cached is not None and cached[0] is self.lines:
            return cached[1]
        text = "\n".join(self.lines)
        self.__dict__["_text"] = (self.lines, text, text.count("\n") == len(self.lines) - 1)
        return text

    def known_text(self, text: str) -> None:
        """Keep ``text`` as ``text()``: the maker of the document has the lines' text at hand (it split
        it into the lines: no line holds a line break)."""
        self.__dict__["_text"] = (self.lines, text, True)

    def lines_unbroken(self) -> bool:
        """Whether no line holds a line break: then the line of a place in ``text()`` is the number of
        line breaks before it."""
        self.text()
        return self.__dict__["_text"][2]


# --- the forms, as the form readers recover them from the cell stream ---------------------------

@dataclass
class Header:
    """A run of header cells that opens a block and fixes its columns (indices into the cell stream)."""
    start: int  # index of the first header cell
    end: int  # index after the last header cell
    block: str  # "funds" | "indicators"
    columns: list[str]  # roles in the order the rows give their cells
    labels: list[str]  # the header label of each column
    unit: str | None = None  # money unit the header declares (项目资金(元))
    years: list[int | None] = field(default_factory=list)  # the year a column names (2022年决算数)


@dataclass
class FundsValue:
    """A value cell of a funds block or base table, named by the role of its column."""
    role: str  # a money role (canonical item code or "budget"), rate, adjust_rate, weight, score, staff_…
    raw: str
    value: Decimal
    unit: str | None  # money unit written in the cell (万元, 元, 万), if any
    line_no: int
    label: str  # row label + column label, as written
    year: int | None = None  # the year the column names


@dataclass
class FundsRow:
    label: str  # the row label, compact ("" when the row has none)
    values: list[FundsValue]


@dataclass
class FundsBlock:
    header: Header
    rows: list[FundsRow] = field(default_factory=list)
    tasks: bool = False  # the 年度主要任务 table (任务名称 | 主要内容 | 预算数 | 执行数): its 合计 sums the tasks


@dataclass
class IndicatorRow:
    """A row of an indicator block: its levels (inherited when the cells are merged), its name and its
    other cells by role."""
    level1: str | None
    level2: str | None
    name: str
    line_no: int
    cells: dict[str, str]  # role -> cell text


@dataclass
class IndicatorBlock:
    header: Header
    rows: list[IndicatorRow]
    total_weight: float | None = None  # the 总分 row closing the block: 总分 | 100 | 96 | 优
    total_score: float | None = None
    total_grade: str | None = None  # the grade cell after the total score, as written
    total_line: int | None = None
    total_label: str | None = None  # 总分, 合计 (often the indicators' part only), …


@dataclass
class FieldValue:
    """A label -> value cell pair of a form (主管部门 | XX局)."""
    role: str  # a key of roles.FIELDS: project, department, supervisor, implementer, self_score, …
    label: str  # the label as written (compact)
    value: str  # the value cell's text (compact); "" when the form left it empty
    line_no: int  # the value's line (the label's when empty)


@dataclass
class Forms:
    """Everything the form readers recovered from a document."""
    funds: list[FundsBlock] = field(default_factory=list)
    funds_pairs: list[FundsValue] = field(default_factory=list)
    indicators: list[IndicatorBlock] = field(default_factory=list)
    fields: list[FieldValue] = field(default_factory=list)

    def field(self, role: str) -> list[FieldValue]:
        """The values the form gives a field, in document order (non-empty ones)."""
        return [f for f in self.fields if f.role == role and f.value]
