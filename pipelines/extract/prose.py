"""The running text of a document: its paragraphs, and the sentences written inside table cells.

Pages wrap whole sections of prose in a table (``| (三)部门整体收支情况 | 单位年初预算收入…万元，… |``):
such a cell is running text, read by the narrative rules, while the other cells are read by the
form readers. A cell is prose when it is long and written in sentences.
"""

from __future__ import annotations

import re

from pipelines.extract import vocabulary as V
from pipelines.extract.targets import WRITTEN_PERCENT, written_percents
from pipelines.model import Document, Paragraph

_MIN_PROSE_CELL = 20
_SENTENCE_MARK = re.compile(r"[。；;]")
_TEXT_COMMA = re.compile(r"，|(?<!\d),|,(?!\d)")
_CELL = re.compile(r"[^\t|]+")
# The cells long enough to be prose: a run shorter than the minimum has no suffix that long either,
# so these are exactly the ``_CELL`` matches ``is_prose`` can accept. The lookbehind lets a match
# start only where a cell starts (not again at every character of a short cell).
_LONG_CELL = re.compile(rf"(?<![^\t|])[^\t|]{{{_MIN_PROSE_CELL},}}")

_cache: tuple | None = None  # (doc.paragraphs, result) of the document being extracted


# A list of items run in one after another, each numbered (1.保障…2.完成…3.…): sentences too, without their marks
_RUN_IN_ITEMS = re.compile(r"(?<![\d.．])1[.、．](?=[\u4e00-\u9fff])[^\t|]+?(?<![\d.．])2[.、．](?=[\u4e00-\u9fff])")


def is_prose(cell: str) -> bool:
    return len(cell.strip()) >= _MIN_PROSE_CELL and (
        _SENTENCE_MARK.search(cell) is not None or len(_TEXT_COMMA.findall(cell)) >= 2
        or ("1" in cell and _RUN_IN_ITEMS.search(cell) is not None))


def prose_paragraphs(doc: Document) -> list[Paragraph]:
    """The paragraphs of running text, a table row's prose cells each as a paragraph of its own (with
    the physical line of every offset kept), computed once per document."""
    global _cache
    cached = _cache
    if cached is not None and cached[0] is doc.paragraphs:
        return cached[1]
    # When no paragraph is a table row, the running text is the paragraphs themselves: the same list
    # is handed back, so that the rules' scans of its texts joined (literals.py) are made once. A
    # paragraph's text is its lines' (spaces aside): a document without a tab or a pipe has no row.
    whole = doc.text()
    if "\t" not in whole and "|" not in whole:
        _cache = (doc.paragraphs, doc.paragraphs)
        return doc.paragraphs
    out: list[Paragraph] = []
    rows = False  # whether a paragraph was read as a table row
    for para in doc.paragraphs:
        text = para.text
        # (a text without a pipe cannot open with one: no copy of it to strip)
        if "\t" not in text and ("|" not in text or not text.lstrip().startswith("|")):
            out.append(para)
            continue
        rows = True
        for m in _LONG_CELL.finditer(text):
            if is_prose(m.group(0)):
                start = m.start()
                if text.find("目标", 0, start) >= 0 and (label := _goal_heading_before(text, start)) is not None:
                    # | (二)部门绩效目标的设立情况 | 1.…2.… |: the label cell heading the goals the prose cell lists, a
                    # heading of its own before it (as the line would be outside a table)
                    out.append(Paragraph(text=text[label[0]: label[1]], starts=[(0, para.line_at(label[0]))]))
                out.append(Paragraph(text=m.group(0), starts=[(0, para.line_at(start))] + [
                    (off - start, no) for off, no in para.starts if start < off < m.end()]))
    if not rows:
        out = doc.paragraphs
    _cache = (doc.paragraphs, out)
    return out


_HEADING_CELL_MAX = 40


def _goal_heading_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the cell right before ``start`` (a prose cell's) in a row, when it is a heading of the goals set
    (V.GOAL_LIST_HEADING: (二)部门绩效目标的设立情况)."""
    b = start
    while b > 0 and text[b - 1] in "\t| ":
        b -= 1
    a = max(text.rfind("|", 0, b), text.rfind("\t", 0, b)) + 1
    while a < b and text[a] == " ":
        a += 1
    if not 0 < b - a <= _HEADING_CELL_MAX or V.GOAL_LIST_HEADING.search(text, a, b) is None:
        return None
    return a, b


_figured: tuple | None = None  # (the running text, it with its percentages in words as figures) of the last document


def figured_prose(doc: Document) -> list[Paragraph]:
    """The running text (``prose_paragraphs``), its percentages written in words as figures (百分之九十八点五 ->
    98.5%, targets.written_percents), each paragraph's lines' offsets moved with its text: what the rules reading
    percentages in sentences read (the indicators, the execution rate)."""
    global _figured
    paragraphs = prose_paragraphs(doc)
    cached = _figured
    if cached is not None and cached[0] is paragraphs:
        return cached[1]
    out = paragraphs
    if "分之" in doc.text():
        out = [_with_figures(para) if "分之" in para.text else para for para in paragraphs]
    _figured = (paragraphs, out)
    return out


def _with_figures(para: Paragraph) -> Paragraph:
    text, starts, shift, at = [], [], 0, 0
    lines = iter(para.starts)
    line = next(lines, None)
    for m in WRITTEN_PERCENT.finditer(para.text):
        figure = written_percents(m.group())
        # (a line starting inside the words starts at the figure)
        while line is not None and line[0] < m.end():
            starts.append((max(line[0] - shift, 0) if line[0] <= m.start() else m.start() - shift, line[1]))
            line = next(lines, None)
        text += [para.text[at: m.start()], figure]
        shift += len(m.group()) - len(figure)
        at = m.end()
    while line is not None:
        starts.append((line[0] - shift, line[1]))
        line = next(lines, None)
    return Paragraph(text="".join(text) + para.text[at:], starts=starts)


def cut_at(doc: Document, paragraphs: list[Paragraph], p: int) -> int:
    """Where an excerpt's end cut paragraph ``p`` of ``paragraphs`` (the document's, in order): the length of its
    text when the text stops mid-line (``Document.open_end``) and it is the last; else -1. A figure running into it
    without its unit may be cut short (…目标≥9 of ≥95%, …自评得分9 of 95分): no value."""
    return len(paragraphs[p].text) if doc.open_end and p == len(paragraphs) - 1 else -1


def open_bracket(text: str, end: int) -> int:
    """Where the bracket still open at ``end`` opens in ``text`` (…800万元（上年 -> the （), -1 when none is."""
    at = max(text.rfind("(", 0, end), text.rfind("（", 0, end))
    return at if at > max(text.rfind(")", 0, end), text.rfind("）", 0, end)) else -1
