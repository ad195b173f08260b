"""Table recovery: the document as one stream of cells.

Web pages and Word/PDF exports flatten the national forms in many ways; what reaches us is cells
in reading order, whatever the layout:
- native grids (DOCX, XLSX, HTML, ruled PDF tables): their rows, as the reader gave them;
- tab rows (``a<TAB>b<TAB>c``) and Word's export (one cell per line opened by a tab, a blank line
  closing the row);
- pipe rows (``| a | b | c |``, ``a | b ||||``), one cell per line ending in `` |``, and lines made
  only of pipes, which close a row (the row's empty cells); a closed-pipe row that breaks inside a cell
  (``| 投入`` / ``(15分) | 预算配置 | …``) goes on on the next line, and where cells end in a spaced pipe a
  pipe glued between characters (``1-|a-b|/b``) is the cell's text;
- one cell per line, rows separated by blank lines or not;
- cells separated by spaces, up to a whole form on one line (a cell's bracketed note stays with
  it: ``执行率(全年 执行数/全年 预算数)`` is one cell).
Each cell keeps its physical line and whether the layout starts a row there (``Cell.row_start``);
the form readers use that only as a hint, since pages also split a row over lines and put a row's
label after its numbers. Running text becomes cells too (one per line, or per space-separated
piece): the readers only look for the forms' labels in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.kinds import joins_loose_part, kind, known_funds_row, loose_part
from pipelines.model import Cell, Document, Row
from pipelines.extract.memo import per_text
from pipelines.ocr_digits import SPACED_THOUSANDS

_TOTAL_ROW_LABELS = frozenset(R.TOTAL_ROWS)
_DIGIT = re.compile(r"\d")
_PIPES_ONLY = re.compile(r"^[|\s]*\|[|\s]*$")
# A markdown table's rule line: pipes around runs of dashes, a colon either side for the alignment
_MARKDOWN_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
# A pipe cell's markdown and markup as pages converted to text leave them: bold around the whole cell
# (**总分**), line breaks inside it (签约居民<br>满意度)
_MARKDOWN_BOLD = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A pipe glued between two characters (一个|另一个), and a pipe that ends a cell: a space or a pipe (or the line's
# end) on one side of it at least
_GLUED_PIPE = re.compile(r"[^\s|]\|[^\s|]")
_CELL_END_PIPE = re.compile(r"(?<![^\s|])\||\|(?![^\s|])")


def _markdown_cell(text: str) -> str:
    """A pipe cell without the markdown and the line-break tags a converted page leaves in it."""
    if "<" in text:
        text = _BREAK_TAG.sub("", text)
    if "*" in text:
        m = _MARKDOWN_BOLD.match(text)
        if m is not None:
            text = m.group("text").strip()
    return text


_SPACED_DIGITS = re.compile(r"^(?:\d(?: \d){1,2}(?:\.\d{1,2})?|\d{1,3}(?: \. ?| ?\. )\d{1,2})$")
# Whole level labels (效益指标, 经济效益指标): a line of one under a cell of another starts a cell of its own,
# where an untabbed line otherwise continues Word's cell above (经济效 / 益指标)
_WHOLE_LEVELS = frozenset(w for w in R.LEVEL1 | R.LEVEL2 if w.endswith("指标"))


def cell_stream(doc: Document) -> list[Cell]:
    # the lines not read as text: a native row's (its cells), a page break's (None: the cells go on over them as
    # on one page); one look-up a line, none where there are neither (most text files)
    special: dict[int, Row | None] = {row.line_no: row for table in doc.tables for row in table.rows}
    special.update(dict.fromkeys(doc.page_breaks))
    out: list[Cell] = []
    append = out.append  # (a cell or more per line: the loop calls it ~200 times a document)
    new_row = True  # the next cell opens a row (after a blank line, a pipes-only line or a row line)
    multi = False  # a line of several cells since the last blank line: lines are rows here, one-cell lines too
    word_cell = False  # in Word's export: an untabbed line continues the cell above (数量 / 指标)
    open_cell = False  # a pipe row not closed (| a | b | 道路沥青, | 投入): its last cell goes on on the next line
    outer_pipes = False  # the last pipe row opened and closed with a pipe (| a | b |): rows are written so here
    cell_lines = False  # the last pipe line was one cell ending in a pipe (``text |``): cells are laid out so here
    skip = 0  # the last line of a wrapped cell read with its first line
    for no, line in enumerate(doc.lines, start=1):
        if no <= skip:
            continue
        if special and no in special:
            if (row := special[no]) is not None:
                out.extend(Cell(text, row.line_of(i), i == 0) for i, text in enumerate(row.cells))
                new_row, multi = True, True
            continue
        s = line.strip()
        if not s:
            if word_cell and "\t" in line:
                append(Cell("", no, new_row))  # Word's export: a tab alone is an empty cell of the row
                new_row = False
            else:
                new_row, multi, word_cell, open_cell = True, False, False, False
            continue
        if open_cell:
            open_cell = False
            # (a form's total row opening the line, 总分 | | 100 | 97.5 |, is a row of its own, not the rest of the cell)
            if s[0] != "|" and s.partition("|")[0].strip() not in _TOTAL_ROW_LABELS:
                # a cell broken over lines in a pipe row: the line up to its first pipe ends that cell, the
                # cells after it are the row's next ones (道路沥青 / 罩面面积 | ≥15万平方米 | …)
                head, bar, rest = s.partition("|")
                last = out[-1]
                out[-1] = Cell(last.text + head.strip(), last.line_no, last.row_start)
                if bar:
                    rest = rest.strip()
                    if rest.strip("|"):
                        out.extend(Cell(text, no) for text in map(str.strip, rest.strip("|").split("|")))
                        multi = True
                    open_cell = bool(rest) and rest[-1] != "|"
                else:
                    open_cell = True
                continue
        has_pipe = "|" in s
        if has_pipe and "---" in s and _MARKDOWN_RULE.match(s):
            new_row = True  # a markdown table's rule under its header (| --- | :---: |): no cells, a row ends
            continue
        if has_pipe and _PIPES_ONLY.match(s):
            # a row's trailing empty cells (``||||``) or one empty cell (``|``): a row ends at ``||``
            if s.count("|") == 1:
                append(Cell("", no, new_row))
                new_row = False
            else:
                new_row = True
            continue
        if "\t" in line:
            parts = list(map(str.strip, line.split("\t")))  # (map: no comprehension frame per line)
            if parts[-1] == "" and len(parts) > 2 and parts[-2] != "":
                parts.pop()  # one tab ending the line ends its last cell: no empty cell after it (more keep their places)
            if parts[0] == "" and len(parts) >= 2:
                parts = parts[1:]  # Word export: a leading tab opens the cell(s)
                # (a line of several cells after its leading tab is a tab row whose first cells are empty: the
                # line after it is a row of its own, not the rest of its last cell; the row opens on its line)
                word_cell = len(parts) - parts.count("") <= 1
                first = new_row or not word_cell
            else:
                first = True  # a tab row
        elif word_cell and out and not (s in _WHOLE_LEVELS and out[-1].text in _WHOLE_LEVELS):
            last = out[-1]
            out[-1] = Cell(last.text + s, last.line_no, last.row_start)
            continue
        elif has_pipe:
            if (" |" in s or "| " in s) and _GLUED_PIPE.search(s) is not None:
                # where cells end in a spaced pipe (``text |``, ``| a | b |``), a pipe between two characters is the
                # cell's text: an absolute value's bars (1-|决算数-预算数|/预算数), not two cell ends
                parts = list(map(str.strip, _CELL_END_PIPE.split(s.strip("|"))))
            else:
                parts = list(map(str.strip, s.strip("|").split("|")))
            if "**" in s or "<" in s:
                parts = list(map(_markdown_cell, parts))
            if len(s) >= _FORM_RUN_MIN and " " in s:
                parts = _form_runs_parted(parts)
            opens = s[0] == "|"
            # (in a table of closed rows only: where rows are written a | b, a row may end without a pipe)
            open_cell = outer_pipes and opens and s[-1] != "|"
            outer_pipes = opens and s[-1] == "|" or open_cell
            # ``text |`` alone is one cell of a row laid out one cell per line
            first = new_row or multi or len(parts) - parts.count("") > 1  # two non-empty parts or more
            cell_lines = not opens and s[-1] == "|" and len(parts) == 1
        elif " " not in s and len(s) < _GLUED_MIN:
            if len(s) < _GLUED_LABELS_MIN or cell_lines or s[0] in _FIGURE_FIRST \
                    or not (s[-1].isdigit() or ("数" in s or "值" in s or "指" in s)
                            and _GLUED_LABELS_GATE.search(s) is not None) \
                    or (pieces := _short_glued(s)) is None:
                if cell_lines:
                    # each cell ends in a pipe here: a line without one is a cell the page wrapped (绩 / 效 / 指 / 标 |,
                    # 实际 / 完成值 |) when a line ending in the pipe closes it; else the layout is another
                    cell_lines = False
                    if (end := _wrapped_cell_end(doc.lines, no)) is not None:
                        s = "".join(doc.lines[k].strip().rstrip("|").rstrip() for k in range(no - 1, end))
                        skip, cell_lines = end, True
                append(Cell(s, no, new_row or multi))  # most lines: one cell
                new_row = False
                continue
            # a short line running a funds header's labels or a funds row's label and figures together (a figure
            # opening the line, 85.00 / ≥95%, is a cell of its own)
            parts = pieces
            first = True
        elif len(s) >= _GLUED_MIN and ("执" in s and "执行" in s or "指" in s and s.count("指标") >= 3) and is_glued(s):
            # (is_glued's own first tests, without the call: most long lines are prose without these words; each
            # word's first character looked for first, a memchr in C, several times faster than the word)
            parts = split_glued(s)
            first = True
        elif " " not in s:
            # a long line of prose with no space: split_spaced's one cell, kept as the short line above
            # keeps it (one non-empty cell leaves ``multi`` as it is)
            append(Cell(s, no, new_row or multi))
            new_row = False
            continue
        elif not multi and len(s) <= _LOOSE_PAIR_MAX and (s[0] in _OP_FIRST or s[0].isdigit() and not s[-1].isdigit()) \
                and s.count(" ") == 1 and _loose_pair(s):
            # one cell a line so far: a figure and its unit or bound parted by a space (97.52 % / ≥ 95% / 260 人)
            # is one cell (two cells of a row on one line would each hold a figure)
            append(Cell(s.replace(" ", ""), no, new_row))
            new_row = False
            continue
        elif not multi and s[0].isdigit() and _SPACED_DIGITS.match(s) is not None:
            # one cell a line so far: single digits with spaces between (2 0 / 1 9.5), or a space at the point
            # (98 .5 / 98. 5), are a number OCR spaced out, one cell (a row's cells on one line hold more than
            # one digit each: 10 9)
            append(Cell(s, no, new_row))
            new_row = False
            continue
        elif (";" in s or "；" in s) and _spaced_after_marks(s):
            # 指标名称: 某某; 目标值: ≥3万亩; 分值: 20: every space follows a separator, as a typist's after a colon or
            # a semicolon: a line of prose (records run on one line), one cell, not cells parted by spaces
            append(Cell(s, no, new_row or multi))
            new_row = False
            continue
        else:
            parts = spaced_cells(s)
            first = new_row or multi or len(parts) > 1
        # (plain loops: a comprehension is a frame of its own, made for each line)
        if first and parts:
            append(Cell(parts[0], no, True))
            for text in parts[1:]:
                append(Cell(text, no))
        else:
            for text in parts:
                append(Cell(text, no))
        new_row = False
        multi = multi or len(parts) - parts.count("") > 1
    return out


# A pipe cell holding a whole form laid out with spaces (a page's chrome, 上传人:某 | 页数:3 | 浏览:12 …, parting the line
# with pipes before the form it flattened onto the same line): the form's labels among its space-parted pieces
_FORM_RUN_MIN = 200  # (the line's length, at least: a header's labels and a row or more)
_FORM_RUN_SPACES = 8
_FORM_RUN_LABELS = 3


def _form_runs_parted(parts: list[str]) -> list[str]:
    """``parts`` (a pipe row's cells) with each that runs a form's cells together with spaces, three of the forms' labels
    or more among its pieces, parted into its cells (``spaced_cells``); the others as they are."""
    if not any(p.count(" ") >= _FORM_RUN_SPACES for p in parts):
        return parts
    words = _form_words()
    out: list[str] = []
    for p in parts:
        if p.count(" ") >= _FORM_RUN_SPACES and sum(t in words for t in p.split(" ")) >= _FORM_RUN_LABELS:
            out.extend(spaced_cells(p))
        else:
            out.append(p)
    return out


_FIGURE_FIRST = frozenset("0123456789-.≥≤<>=+%")  # (what a cell of a figure opens with: no label run into figures)
_MARKS_BEFORE_SPACE = frozenset(":;,：；，")


def _spaced_after_marks(s: str) -> bool:
    """Every space of ``s`` follows a separator (a colon, a semicolon, a comma), none a word or a figure."""
    tokens = s.split()
    return len(tokens) > 2 and all(t[-1] in _MARKS_BEFORE_SPACE for t in tokens[:-1])


_WRAPPED_LINES = 6  # the most lines a wrapped cell goes on over


def _wrapped_cell_end(lines: list[str], no: int) -> int | None:
    """The line (numbered from 1) closing with its pipe the cell that line ``no``, words without a pipe, opens in
    a layout of one cell a line ending in a pipe (年度 / 指标值 |): each line between words only, short, no figure;
    None when no such line closes it. A figure wrapped so is ``_wrapped_figure_end``'s."""
    if _DIGIT.search(lines[no - 1]) is not None:
        return _wrapped_figure_end(lines, no)
    for k in range(no, min(len(lines), no + _WRAPPED_LINES)):
        line = lines[k]
        t = line.strip()
        if not t or "\t" in line or " " in t.rstrip("|").rstrip() or len(t) >= _GLUED_MIN \
                or _DIGIT.search(t) is not None:
            return None
        if "|" in t:
            return k + 1 if t[-1] == "|" and t.count("|") == 1 and len(t) > 1 else None
    return None


# a figure whole by itself: thousands groups of three digits, a point, a sign before it
_WHOLE_FIGURE = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_OPERATOR_FIRST = frozenset("≥≤><=≧≦")


def _wrapped_figure_end(lines: list[str], no: int) -> int | None:
    """The line closing with its pipe the figure that line ``no`` opens, wrapped by a narrow cell in a layout of one
    cell a line ending in a pipe (1,482,60 / 0.00 |, 96.08 / % |, ≥8 / 5% |): the next line, when the two make one
    figure or value and the wrap shows in them, as a wrap fills its line (the first piece no shorter than the rest) and
    leaves the first piece no whole value (a thousands group cut, a bound's figure without its unit) or the rest no
    figure (its unit, %). Two whole figures (a bare page number, 5 / 20 |) are no wrap; nor more lines than two."""
    if no >= len(lines):
        return None
    first, line = lines[no - 1].strip(), lines[no]
    t = line.strip()
    if "\t" in line or len(t) < 2 or t[-1] != "|" or t.count("|") != 1:
        return None
    rest = t[:-1].rstrip()
    if not rest or " " in rest or len(first) < len(rest) or kind(first + rest) not in ("num", "value"):
        return None
    if _DIGIT.search(rest) is None or first[0] in _OPERATOR_FIRST or _WHOLE_FIGURE.fullmatch(first) is None:
        return no + 1
    return None


def spaced_cells(s: str) -> list[str]:
    """The cells of a line laid out with spaces (split_spaced), its pieces joined back where a space split a
    date, a word or a label, and labels run together parted."""
    if ". " in s:
        s = _SPACED_POINT.sub(r"\1\3.\2\4", s)  # 89. 27% 15 15: a PDF's space after a figure's point is no cell edge
    if " ," in s:
        s = SPACED_THOUSANDS.sub(r"\1,", s)  # 年初预算 3 ,126.40 万元: nor one before a figure's thousands comma
    parts = split_spaced(s)
    if len(parts) >= _LETTER_SPACED_MIN and (len(s) - (spaces := s.count(" "))) * 4 <= (spaces + 1) * 5:
        parts = joined_figures(parts)  # (a character a piece on average: two counts in C first)
    if " 年" in s and len(parts) > 1:  # (a cell opening on 年 follows a space)
        parts = _joined_dates(parts)
    if len(parts) > 1 and _TWO_LETTERS.search(s) is not None:
        parts = joined_letters(parts)
    if len(parts) > 1:
        parts = joined_pieces(parts)
    if len(parts) > 1 and _GLUED_LABELS_GATE.search(s) is not None:
        parts = _unglued_labels(parts)
    return parts


# (a form's lines recur: its header, its labels, in every report of one template)
spaced_cells = per_text(spaced_cells)


# A date a page writes with a space after its year (完成时间为2022 年12月30日, 2021 年底): one cell, not a
# figure (2022) and a cell of its own; a 年 alone may be a unit column's cell and is left apart.
_DATE_REST = re.compile(r"^年(?:\d{1,2}月|底|末|初|前|内|中|上半年|下半年)")
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")


# (or before a unit, the figure after a cell's edge or a bound's sign, never a line's opening number: 12. 4万人)
_SPACED_POINT = re.compile(r"(?<![\d.])(\d{1,3})\.\s+(\d{1,2}%?)(?=\s|$)"
                           r"|(?<=[\s≥≤<>=])(\d{1,3})\. (\d{1,2}[^\W\d_][^\s\d.,，。、;；:：]{0,3})(?=\s|$)")


def _joined_dates(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        if p[:1] == "年" and out and _DATE_REST.match(p) and _YEAR_END.search(out[-1]):
            out[-1] += p
        else:
            out.append(p)
    return out


@lru_cache(maxsize=1)
def _spelled_labels() -> frozenset[str]:
    """What a run of spaced letters may spell: the forms' labels (``_form_words``), every level, the sources of
    funds and the funds' items (基本支出, 年末结转和结余), two characters or more; the frameworks' short first
    levels too (产 出 | 数 量, 效 益 | 经济效益: the first level's word, then the second's)."""
    words = set(_form_words()) | R.LEVEL1 | R.LEVEL2 | R.FRAME_LEVEL1 | set(R.FUNDING_SOURCES) | set(V.SUBJECTS)
    for labels in V.BUDGET_LABELS.values():
        words.update(labels)
    return frozenset(w for w in words if len(w) >= 2 and w not in R.FUNDS_BARE_WORDS)


# Two single letters side by side (…年 初…): what joined_letters joins, one search a line in C first
_TWO_LETTERS = re.compile(r"(?<!\S)[\u4e00-\u9fff:：]\s+[\u4e00-\u9fff:：](?!\S)")


def _is_letter(token: str) -> bool:
    """A Chinese character, or the colon after a row's 其中 spaced out with it (其 中 ： 基 本 支 出)."""
    return len(token) == 1 and ("\u4e00" <= token <= "\u9fff" or token in ":：")


def joined_letters(parts: list[str]) -> list[str]:
    """A form's words spaced out a letter apart, as PDF exports and OCR write them (全 年 执 行 数, 得 分), are
    cells of whole words: a run of single characters is read as the longest labels of the forms it spells,
    left to right; three letters or more left between them, of three characters at least, are one word
    (国 有 资 本 经 营 预 算). Values side by side (是 是, 无 无) and grade words offered (优 良 中 差) stay apart."""
    if sum(map(_is_letter, parts)) < 2:
        return parts
    out: list[str] = []
    labels = _spelled_labels()

    def put_left(left: list[str]) -> None:
        if len(left) >= 3 and len(set(left)) >= 3 and not all(p in V.GRADES for p in left):
            out.append("".join(left))
        else:
            out.extend(left)

    i, n = 0, len(parts)
    while i < n:
        if not (_is_letter(parts[i]) and i + 1 < n and _is_letter(parts[i + 1])):
            out.append(parts[i])
            i += 1
            continue
        end = i
        while end < n and _is_letter(parts[end]):
            end += 1
        left: list[str] = []  # letters spelling no label, since the last label
        while i < end:
            j = next((j for j in range(end, i + 1, -1) if "".join(parts[i:j]) in labels), None)
            if j is None:
                left.append(parts[i])
                i += 1
            else:
                put_left(left)
                left = []
                out.append("".join(parts[i:j]))
                i = j
        put_left(left)
    return out


_LETTER_SPACED_MIN = 9  # pieces of a line, at least, for it to be letter-spaced
# A piece of a figure a letter-spaced line spells out: digits, a point, the percent sign after them
_FIGURE_PIECE = re.compile(r"[\d.．]+[%％]?|[%％]")


def joined_figures(parts: list[str]) -> list[str]:
    """A line letter-spaced as some PDF converters write text, every character a piece (编 制 人 数 6 2 人), most of
    them Chinese letters: the digits side by side there are one figure (62, 96.21%). In a line of cells (10 9) the
    figures stay apart."""
    n = len(parts)
    if n < _LETTER_SPACED_MIN or sum(map(len, parts)) * 4 > n * 5 or sum(map(_is_letter, parts)) * 2 < n:
        return parts
    out: list[str] = []
    figure = False  # the last piece out is a figure a next digit goes on
    single = False  # ... and the piece it ended on was one digit
    for p in parts:
        # (one of the pieces a single digit, 6 2 / 9 6.2 1%: two figures of two digits or more, 10 10, stay two)
        one = len(p.rstrip("%％")) == 1
        if figure and (single or one) and _FIGURE_PIECE.fullmatch(p) is not None:
            out[-1] += p
        else:
            out.append(p)
            figure = p[0].isdigit() and _FIGURE_PIECE.fullmatch(p) is not None
            single = one
            continue
        figure, single = out[-1][-1] not in "%％", one
    return out


@lru_cache(maxsize=1)
def _label_heads() -> frozenset[str]:
    """The beginnings of the forms' words (``_spelled_labels``), shorter than the word: what may open a broken one."""
    return frozenset(w[:k] for w in _spelled_labels() for k in range(1, len(w)))


def joined_pieces(parts: list[str]) -> list[str]:
    """A form's word that a PDF's text broke with a space (数 量指标, 实 际完成值, 偏差 原因分析 及改进措施, 产出指 标):
    two or three pieces side by side that spell one of the forms' words, none of them a word of its own, are that
    word (two whole labels side by side stay two cells)."""
    heads = _label_heads()
    if heads.isdisjoint(parts):
        return parts  # (most lines: no piece opens a word, found in C)
    labels = _spelled_labels()
    out: list[str] = []
    i, n = 0, len(parts)
    while i < n:
        if parts[i] not in heads:  # (one look-up: most pieces open no word of the forms)
            out.append(parts[i])
            i += 1
            continue
        for size in (3, 2):
            if i + size <= n and (word := "".join(parts[i:i + size])) in labels \
                    and not all(p in labels for p in parts[i:i + size]):
                out.append(word)
                i += size
                break
        else:
            out.append(parts[i])
            i += 1
    return out


_LOOSE_PAIR_MAX = 24
# (what such a line opens with: a bound's first character, or a digit, its unit then ending it)
_OP_FIRST = frozenset(w[0] for w in V.OP_PREFIX.split("|"))


def _loose_pair(line: str) -> bool:
    """A bound and its figure (≥ 95%, 不低于 90%), or a figure and its unit or the bound after it (97.52 %, 260 人,
    90% 以上), parted by one space: the parts the indicator table joins again (kinds.loose_part)."""
    a, b = line.split(" ")
    return loose_part(a) == "op" and kind(b) in ("num", "value") \
        or loose_part(b) == "unit" and joins_loose_part(a, b)


_loose_pair = per_text(_loose_pair)


# A figure OCR spaced out digit by digit (预算执行率：9 8 . 5 %): single digits and its point, told by the point or by
# a percent sign after them; two figures side by side (5 5) stay two. Also a space at the point alone (98 .5 / 98. 5).
_SPACED_FIGURE = re.compile(r"(?<![^\s:：])(?:\d(?: \d)*(?: \.(?: \d)+| \d(?= [%％]))|\d{1,3}(?: \. ?| ?\. )\d{1,2})(?!\S)")




def _joined_spaced_thousands(tokens: list[str]) -> list[str]:
    """A row's target and result both written with a space for the thousands separator (1 200人 1 236人): one to three
    digits, then a piece opening with three digits and a unit, twice in the line in the same unit, are each one figure.
    Once only (10 200人 210人: a weight before the target) the pieces stay apart."""
    pairs = []
    for i in range(len(tokens) - 1):
        t = tokens[i]
        if len(t) <= 3 and t.isdigit() and (not pairs or pairs[-1] < i - 1):
            nxt = tokens[i + 1]
            if len(nxt) > 3 and nxt[:3].isdigit() and "\u4e00" <= nxt[3] <= "\u9fff":
                pairs.append(i)
    if len(pairs) < 2 or len({tokens[i + 1][3:] for i in pairs}) != 1:
        return tokens
    out = tokens[:]
    for i in reversed(pairs):
        out[i: i + 2] = [out[i] + out[i + 1]]
    return out


def split_spaced(line: str) -> list[str]:
    """Cells of a line laid out with spaces; a bracket opened in a cell closes in the same cell; a figure OCR
    spaced out (9 8 . 5 %) is one cell."""
    if " " not in line:
        return [line]
    if " ." in line or ". " in line or "%" in line or "％" in line:
        line = _SPACED_FIGURE.sub(lambda m: m.group(0).replace(" ", ""), line)
    tokens = line.split()
    if len(tokens) >= 4:
        tokens = _joined_spaced_thousands(tokens)
    if "(" not in line and "（" not in line:
        return tokens  # no bracket to keep together: the tokens are the cells
    cells: list[str] = []
    depth = 0
    for tok in tokens:
        if not depth and "(" not in tok and "（" not in tok:
            cells.append(tok)  # no bracket open before it nor in it: a cell, and still none open
            continue
        if not depth and cells and cells[-1].endswith("指标") and V.LEVEL_POINTS.fullmatch(tok):
            cells[-1] += tok  # 产出指标 （50分）: the level's points, spaced off its label, are the label's cell
            continue
        if depth > 0 and cells:
            cells[-1] += " " + tok
        else:
            cells.append(tok)
        depth = max(0, depth + tok.count("(") + tok.count("（") - tok.count(")") - tok.count("）"))
        if depth and len(cells[-1]) > 40:
            depth = 0  # an unbalanced bracket in running text: do not swallow the line
    if depth and " " in (last := cells[-1]):
        # a bracket the line leaves open (%(百分 100% 完成 25.00 / 比) on the next line, a narrow column wrapped): the
        # cells after the one opening it, figures among them, are the row's own
        head, *rest = last.split(" ")
        if any(t[:1].isdigit() for t in rest):
            cells[-1:] = [head, *rest]
    return cells


# --- a form run together -----------------------------------------------------------------------
# OCR and document-sharing sites give whole forms with no separator at all:
# ``…三级指标年初目标值实际完成值得分产出指标数量指标指标1培训人数8120人120人8…``. The cells are
# found again from the forms' vocabulary (labels, level cells, numbered name slots) and the shapes
# of values; target and actual are usually written alike, which splits glued numbers (8 | 120人).

_GLUED_MIN = 60


@lru_cache(maxsize=1)
def _form_words() -> frozenset[str]:
    """The labels of the forms: columns, row keys, fields, groups, totals and the ends of a block."""
    words: set[str] = set()
    for table in (R.FUNDS_COLUMNS, R.FUNDS_KEYS, R.INDICATOR_COLUMNS, R.FIELDS):
        for labels in table.values():
            words.update(labels)
    words.update(R.FUNDS_GROUPS, R.INDICATOR_GROUPS, R.FUNDS_TOTAL_ROWS, R.TOTAL_ROWS, R.BLOCK_END)
    return frozenset(words)


def _labels() -> list[str]:
    words = set(_form_words())
    words.update(w for w in R.LEVEL1 | R.LEVEL2 if w.endswith("指标"))
    # one-word labels would cut names (单位, 部门, 编制, 权重…): only longer ones separate glued cells
    return sorted((w for w in words if len(w) >= 3), key=len, reverse=True)


@lru_cache(maxsize=1)
def _glued_re() -> re.Pattern:
    units = "|".join(map(re.escape, sorted((u for u in R.UNITS if u not in ("月", "日", "分")), key=len, reverse=True)))
    labels = "|".join(map(re.escape, _labels()))
    return re.compile(
        # a date stays in the text around it (2021年11月30日前完成, 11月底完成)
        r"(?P<date>(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底前|末前|底|末|前)?|\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|初)?前?)"
        rf"|(?P<label>(?:{labels})(?:[(（][^()（）]{{0,16}}[)）])?)"
        r"|(?P<ordinal>指标\d(?=(?:19|20)\d\d)|指标\d{1,2})"
        # (amounts and a rate run together, 480456.895.19% or 年初 | 全年 | 执行 | 分值 | 执行率 with their decimals,
        # stay one cell: the funds reader splits them)
        # (points glued before a deadline's date, 102022年12月底前: the figure ends where the year opens)
        # (the amounts written with their thousands separators, 1,512.001,498.6610100% or 1,512.001,498.66, stay one
        # cell too: every comma has a group of three digits after it)
        rf"|(?P<value>\d{{1,3}}(?=(?:19|20)\d{{2}}年\d{{1,2}}月)|\d+(?:,\d{{3}})*(?:\.\d+(?:,\d{{3}})*){{2,5}}%"
        r"|\d{1,3}(?:,\d{3})+\.\d\d(?:\d{1,3}(?:,\d{3})*\.\d\d)+(?![\d,])"
        rf"|(?:[≥≤><]|不低于|不少于|不超过|不高于)?\d+(?:,\d{{3}})*(?:\.\d+)?(?![\d月日号])(?:{units})?)")


@lru_cache(maxsize=1)
def _header_re() -> re.Pattern:
    return re.compile(_by_first_char(_LEADS))


# A cell of a spaced line that runs a header's labels together (年初预算数全年预算数全年执行数分值执行率得分, a page copied
# from a document-sharing site) or a row's two level labels (产出指标数量指标): its labels are cells of their own.
_GLUED_LABELS_MIN = 8
# (a label's end run into the next label's start, searched in C on the line first: 预算数全年, 指标二级, 指标数量, 指标服务)
_GLUED_LABELS_GATE = re.compile(r"(?:指标|数|值)(?:一级|二级|三级|年度|全年|年初|实际|分值|执行|产出|效益|满意|数量|质量|时效|成本"
                                r"|经济|社会|生态|可持续|服务)")
# (the columns' two-letter labels, kept out of the labels' pattern: 分值, 得分, 权重, 序号 …)
_SHORT_LABELS = sorted({w for table in (R.FUNDS_COLUMNS, R.INDICATOR_COLUMNS) for ls in table.values() for w in ls
                        if len(w) == 2})
_SHORT_LABEL = re.compile("|".join(_SHORT_LABELS))
_SHORT_LABELS_RE = re.compile(f"(?:{_SHORT_LABEL.pattern})+")


@lru_cache(maxsize=1)
def _glued_labels_re() -> re.Pattern:
    levels = [w for w in R.LEVEL1 | R.LEVEL2 if w.endswith("指标")]
    return re.compile(_by_first_char(sorted({*_LEADS, *levels}, key=len, reverse=True)))


def _unglued_labels(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        pieces = _label_pieces(p) if len(p) >= _GLUED_LABELS_MIN and ("指标" in p or "数" in p) \
            and not any(map(str.isdigit, p)) else None
        out.extend(pieces or (p,))
    return out


def _label_pieces(text: str) -> list[str] | None:
    """The labels ``text`` runs together, back to back from the first to its end (the two-letter labels between or
    after them too; words before the first, a group's label, a cell of their own): three labels or more, or two level
    labels that are the whole text; else None."""
    found = list(_glued_labels_re().finditer(text))
    if len(found) < 2:
        return None
    levels = sum(m.group().endswith("指标") for m in found)
    pieces = [text[: found[0].start()]] if found[0].start() else []
    pos = found[0].start()
    for m in [*found, None]:
        gap = text[pos: m.start() if m is not None else len(text)]
        if gap:
            if _SHORT_LABELS_RE.fullmatch(gap) is None:
                return None
            pieces += _SHORT_LABEL.findall(gap)
        if m is not None:
            pieces.append(m.group())
            pos = m.end()
    labels = len(pieces) - (1 if found[0].start() else 0)
    if labels >= 3 or (labels == 2 and levels == 2 and not found[0].start()):
        return pieces
    return None


def _by_first_char(words: list[str]) -> str:
    """``word1|word2|…`` (longest first) grouped by first character: ``全(?:年预算数|年执行数)|…``. The
    same match at each position (the longest word there), but ``re`` tries one group at a position,
    not every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(ch) + "(?:" + "|".join(map(re.escape, rests)) + ")" for ch, rests in groups.items())


_LEADS = sorted({w for table in (R.FUNDS_COLUMNS, R.INDICATOR_COLUMNS, R.FIELDS) for ls in table.values() for w in ls
                 if len(w) >= 3}, key=len, reverse=True)


def is_glued(line: str) -> bool:
    """A long line that runs the forms' cells together: header labels back to back (three, or two
    among other labels: 一级指标二级指标三级指标, 全年执行数(B)执行率(B/A)), which prose never writes, or
    level cells in a line with almost no spaces or sentence punctuation."""
    n = len(line)
    # (the vocabulary test first: most long lines are prose, with no 执行 and few 指标)
    if n < _GLUED_MIN or ("执行" not in line and line.count("指标") < 3) or line.count(" ") * 20 > n:
        return False
    chain = longest = labels = 0
    end = -1
    for m in _header_re().finditer(line):
        labels += 1
        chain = chain + 1 if m.start() == end else 1
        longest = max(longest, chain)
        end = m.end()
        note = _NOTE_AT.match(line, end)
        if note:
            end = note.end()
    if longest >= 3:
        return True
    if sum(line.count(p) for p in "，。；,;") * 40 > n:
        return False  # sentences: two labels side by side there are a phrase (全年预算执行率)
    if longest == 2 and labels >= 4:
        return True
    levels = sum(line.count(w) for w in ("产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标"))
    return levels >= 3


is_glued = per_text(is_glued)


_NOTE_AT = re.compile(r"[(（][^()（）]{0,16}[)）]")


# A funds row's label run into its figures (年度资金总额85.0085.0083.261097.95%9.8): the label of a whole or a part of the
# funds, then figures only, two at least (a point or a percent sign more than once)
_GLUED_ROW = re.compile(r"(?P<label>[^\d:]{2,16}?(?::[^\d:]{2,12})?)(?P<figures>\d[\d.,%]*)")


def _short_glued(line: str) -> list[str] | None:
    """The cells of a short line (no space, under _GLUED_MIN) that runs a form's cells together, as a page copied from a
    document-sharing site writes the funds block: a header's labels back to back (项目资金(万元)年初预算数全年预算数…:
    three or more), or a funds row's label and its figures (年度资金总额85.0085.00…: the label, then its figures parted
    after a rate's sign, the glued amounts left for the funds reader to split). None for any other line."""
    if not line[-1].isdigit():
        return _label_pieces(line) if not any(map(str.isdigit, line)) else None
    m = _GLUED_ROW.fullmatch(line)
    if m is None or m.group("figures").count(".") + m.group("figures").count("%") < 2:
        return None
    label = m.group("label")
    if not known_funds_row(label):
        return None
    return [label, *_RATE_PARTED.findall(m.group("figures"))]


# (up to a rate's sign, the glued figures the funds reader splits; the rest after it)
_RATE_PARTED = re.compile(r"[^%]+%|[^%]+")


_short_glued = per_text(_short_glued)


_SHORT_LEVELS = sorted((w for w in R.LEVEL2 if not w.endswith("指标")), key=len, reverse=True)


# Two whole amounts a space apart in a run-together form (年度资金总额1,206.55 1,387.20 …): the first ends in its
# thousands group or its decimals, the second opens with its own; the space between them parts two cells, where the
# run's other spaces are the page's line breaks (a figure OCR spaced, 98 .5 / 1 206.55, is never whole on both sides)
_WHOLE_AMOUNT_END = re.compile(r"(?:\d,\d{3}|\d\.\d+)$")
_GROUPED_AMOUNT_END = re.compile(r"\d,\d{3}(?:\.\d\d)?$")
_WHOLE_AMOUNT_START = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d")


def _glued_segments(line: str) -> list[str]:
    """The line without its spaces, in segments parted only where a space stands between two whole amounts."""
    tokens = line.split()
    segments = [tokens[0]] if tokens else []
    for prev, tok in zip(tokens, tokens[1:]):
        if tok[0].isdigit() and prev[-1].isdigit() and (_GROUPED_AMOUNT_END.search(prev) is not None
                                                        or _WHOLE_AMOUNT_END.search(prev) is not None
                                                        and _WHOLE_AMOUNT_START.match(tok) is not None):
            segments.append(tok)
        else:
            segments[-1] += tok
    return segments


def split_glued(line: str) -> list[str]:
    pieces: list[tuple[str, str]] = []  # (kind, text)
    # spaces in such text are line breaks of the page, not cell edges, but for those between whole amounts
    for text in _glued_segments(line):
        _glued_pieces(text, pieces)
    return _glued_cells(pieces)


def _glued_pieces(text: str, pieces: list[tuple[str, str]]) -> None:
    """The pieces of a run of text with no space (its labels, dates, numbered slots, values and the text between),
    added to ``pieces``."""
    pos = 0
    for m in _glued_re().finditer(text):
        if m.start() > pos:
            gap = text[pos: m.start()]
            digits = re.search(r"\d+$", gap) if m.lastgroup == "date" else None
            if digits and digits.start() > 0:
                # 支付8 | 11月底: digits the value pattern left before a date are a number of their own
                pieces += [("text", gap[: digits.start()]), ("value", digits.group())]
            else:
                pieces.append(("text", gap))
        k = m.lastgroup
        pieces.append((k, m.group()))
        pos = m.end()
    if pos < len(text):
        pieces.append(("text", text[pos:]))


_DASHES = "—–-－"  # (an empty cell's mark: —— / - )
_RESULT_OPENS = frozenset("已未")  # (已完成, 已按期完成, 未完成: a result's words, right after a deadline)


def _glued_cells(pieces: list[tuple[str, str]]) -> list[str]:
    cells: list[tuple[str, str]] = []
    after_date = False
    for n, (k, t) in enumerate(pieces):
        if k == "date" and n + 1 < len(pieces) and pieces[n + 1][0] == "date":
            # 建成时间2021年10月底前2021年9月: a deadline and the date it was met back to back, a target and a result,
            # no words of one text: the first a cell of its own (the second opens the text after it)
            cells.append(("date", t))
            continue
        if k == "date":
            k, after_date = "text", True
        elif after_date:
            after_date = False
            if k == "text" and t[0] in _RESULT_OPENS:
                cells.append((k, t))  # 2022年12月底前 | 已完成: the deadline, then its result in a cell of its own
                continue
        if k == "text" and t.isdigit():
            k = "value"  # digits the value pattern left (8 before 11月底): a number of their own
        if k == "text" and t[0] in _DASHES and cells and cells[-1][0] == "value" \
                and (label := t.lstrip(_DASHES)) and label[0] >= "\u4e00":
            # 100.00%——项目支出12,107.90…: the row's empty cells (—— under 分值 / 得分) before the next row's label
            cells.append(("placeholder", t[: len(t) - len(label)]))
            t = label
        if k == "text" and len(t) >= 4 and _SHORT_LABELS_RE.fullmatch(t) is not None:
            # 分值得分 between 实际完成值 and 偏差原因…: the columns' two-letter labels back to back, a cell each
            cells.extend(("label", w) for w in _SHORT_LABEL.findall(t))
            continue
        if k == "text" and cells and cells[-1][0] in ("text", "ordinal"):
            # dates join the text around them; a numbered slot (指标1) opens the name that follows
            prev_k, prev_t = cells[-1]
            cells[-1] = ("text", prev_t + (":" if prev_k == "ordinal" else "") + t)
            continue
        if k == "text" and cells and (cells[-1][0] == "value" or cells[-1][1] in R.LEVEL1):
            # a row opens with a short level cell (…8 | 时效 | 1年 …) only right after a row's last number
            # or after a first-level cell
            lv = next((w for w in _SHORT_LEVELS if t.startswith(w) and len(t) > len(w)), None)
            if lv:
                cells.append(("label", lv))
                t = t[len(lv):]
        if k == "value" and cells and cells[-1][0] == "value":
            a, b = cells[-1][1], t
            # 8550万粒 then 550万粒: the first holds a weight glued to a target written like the actual
            if len(a) > len(b) and a.endswith(b) and a[: len(a) - len(b)].isdigit():
                cells[-1] = ("value", a[: len(a) - len(b)])
                cells.extend([("value", b), ("value", b)])
                continue
        cells.append((k, t))
    out: list[str] = []
    for k, t in cells:
        out.extend(_repeated_text(t) if k == "text" else [t])
    return out


def _repeated_text(t: str) -> list[str]:
    """``专款专用专款专用`` -> two cells; ``某名称不超过预算不超过预算`` -> name, target, actual."""
    n = len(t)
    if n >= 2 and n % 2 == 0 and t[: n // 2] == t[n // 2:]:
        return [t[: n // 2], t[n // 2:]]
    for size in range((n - 1) // 2, 1, -1):
        x = t[n - size:]
        if t[n - 2 * size: n - size] == x:
            return [t[: n - 2 * size], x, x]
    return [t]
