"""Page furniture: what a PDF's text layer leaves between the lines where one page ends and the next begins.

A report published as the text of its PDF carries, at every page break, the page number (``- 3 -``,
``第 2 页``, ``第2页 共5页``, ``2/5``, a bare ``3``), often a running header (the report's title, the
department's name) and, inside a table, the table's header row written again. None of it is the report's
text: left in, a page number reads as a table cell or a figure, a header row as a row, and the sentence or
row the page cut stays cut. ``page_furniture`` finds it in the normalised lines; ``build_document`` blanks
those lines (every other line keeps its number) and the cell stream passes over the page break as if the
two pages were one (``Document.page_breaks``).

The vocabulary (page-number forms, the column labels of a repeated header) is in
``pipelines.extract.vocabulary``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.line_shapes import BLOCK_START, MIN_WRAPPED_LINE, SENTENCE_END, is_cjk

# A running header is a short line: a title, a department's name
RUNNING_HEADER_MAX = 60
# The first lines of a text, where a title written with its page number (某某项目支出绩效自评表 第1页) is the title
TITLE_LINES = 5
# The fewest lines between two bare page numbers counted in turn (2, then 3 …): a table's serial numbers
# written one cell a line follow each other after a row's few cells, a page holds far more lines
PAGE_SEQUENCE_GAP = 10
# A line of figures alone (15, 97.5%, 1,200.00): next to one, a bare figure is a cell among the table's, not a
# page's number counted in turn
_FIGURES_ONLY = re.compile(r"^\s*[\d.,%％]+\s*$")
# A line cut by the page and joined again to its rest: a long line (a paragraph or a form run onto one line), not
# a label the next line's text only happens to follow
JOINED_LINE = 40
# How far up a table's header row is looked for (its rows on one page)
TABLE_REACH = 200
# Furniture lines looked for on either side of a page number (a header, a second number, a unit line)
GROUP_REACH = 2


# What a page number's line opens with after its spaces, in any of the forms (a dash, 第, 共, Page, a figure): a
# test holds every form of the vocabulary to it
PAGE_NUMBER_OPENS = r"[-—–－―第共pP\d]"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    from pipelines.extract import vocabulary as V

    strong = "|".join(f"(?:{p})" for p in V.PAGE_NUMBER_FORMS)
    bare, frac = V.BARE_PAGE_NUMBER_FORMS
    # (a page number is a line of its own: the search opens on the line break before it, a literal; the look
    # at the line's first character turns away most lines at once, before the forms are tried one by one)
    # (a page number written as a cell of a table laid out one cell a line, 第 2 页 共 4 页 |, closes with its pipe: a bare
    # figure so written is a cell)
    line = re.compile(rf"\n *(?={PAGE_NUMBER_OPENS})(?:(?P<strong>{strong})(?: *\|)?|(?P<bare>{bare})|(?P<frac>{frac})) *(?=\n|$)",
                      re.IGNORECASE)
    header = re.compile("|".join(map(re.escape, V.REPEATED_HEADER_WORDS)))
    return line, header


def _is_row(line: str) -> bool:
    return "\t" in line or line.count("|") >= 2


def _key(line: str) -> str:
    # (a page copied to text may close its title with a pipe: 项目支出绩效自评表 | on the first page)
    return "".join(line.split()).strip("|")


def _cuts_sentence(above: str, below: str) -> bool:
    """Whether ``below`` goes on with the sentence ``above`` leaves open (the page broke inside it)."""
    if not above or not below or _is_row(above) or _is_row(below) or above[-1] in SENTENCE_END:
        return False
    if not (is_cjk(above[-1]) or above[-1] in "，,、"):
        return False
    return (is_cjk(below[0]) or below[0] in "，,。、；;）)”") and BLOCK_START.match(below) is None


def _closed_pipe_row(line: str) -> bool:
    """A row of a pipe table written whole (a | b | c |): a line without a pipe between two such rows is none of
    the table's cells (a table writing one cell a line ends each with a pipe)."""
    return line.count("|") >= 2 and line.endswith("|")


def _prose(line: str) -> bool:
    return len(line) >= MIN_WRAPPED_LINE and not _is_row(line)


def page_furniture(lines: list[str], text: str, keep: set[int] = frozenset()) -> tuple[list[str], set[int]] | None:
    """(the lines with the page furniture blanked, the line numbers of each page break: its furniture and the
    blank lines around it), or None when the text shows no page break. ``text`` is the lines joined by
    line breaks; the lines numbered in ``keep`` (a native table's rows) are left as they are."""
    line_re, header_re = _patterns()
    found: list[tuple[int, str, str]] = []  # (0-based line, kind, text)
    prefixed = "\n" + text  # (each line opens on a line break: the first one too)
    no, pos = 0, 0  # the line breaks before ``pos`` in ``prefixed``: the line of a match opening there
    for m in line_re.finditer(prefixed):
        no += prefixed.count("\n", pos, m.start())
        pos = m.start()
        found.append((no, m.lastgroup, m.group(m.lastgroup)))
    if "页" in text:
        # a running header and the page number on one line (某某市2020年度部门决算 第 18 页): a page number as well
        no, pos = 0, 0
        for m in _titled_re().finditer(prefixed):
            no += prefixed.count("\n", pos, m.start())
            pos = m.start()
            if no >= TITLE_LINES or any(map(_is_row, lines[:no])):
                # (at the top of the text, above any table, the line is the report's title: kept)
                found.append((no, "strong", m.group(0).strip()))
        found.sort()
    if not found:
        return None
    return _furniture(lines, found, header_re, {k - 1 for k in keep})


@lru_cache(maxsize=1)
def _titled_re() -> re.Pattern:
    from pipelines.extract import vocabulary as V

    # a title's words (no cell bar, no sentence's stop) then, after a space, the page number written with 第…页
    return re.compile(rf"\n[^\n|。；;]{{2,{RUNNING_HEADER_MAX}}}?[ \t\u3000](?:{V.PAGE_NUMBER_DI}) *(?=\n|$)")


def _next_content(lines: list[str], i: int, step: int, skip: set[int]) -> int:
    """The nearest line from ``i`` (excluded) in direction ``step`` that is neither blank nor in ``skip``; -1 if none."""
    i += step
    while 0 <= i < len(lines):
        if lines[i] and i not in skip:
            return i
        i += step
    return -1


def _furniture(lines: list[str], found: list[tuple[int, str, str]], header_re: re.Pattern, keep: set[int]):
    pages: set[int] = set()  # 0-based lines that are page numbers
    bare: list[tuple[int, str, str]] = []
    for i, kind, value in found:
        if kind == "strong":
            pages.add(i)
        else:
            bare.append((i, kind, value))
    if bare:
        _bare_pages(lines, bare, pages)
    pages -= keep
    if not pages:
        return None
    short: dict[str, list[int]] = {}  # a short line's text -> the lines it is on
    units: list[int] = []  # the lines declaring a money unit (单位：万元), in order
    for i, line in enumerate(lines):
        if line and len(line) <= RUNNING_HEADER_MAX and not _is_row(line):
            short.setdefault(_key(line), []).append(i)
            if "单位" in line and "元" in line:
                units.append(i)
    out = list(lines)
    breaks: set[int] = set()
    drop: set[int] = set(pages)
    # the lines next to each page number, either side (blank lines passed over), that may be furniture
    sides: list[tuple[int, int, list[int]]] = []
    near: set[int] = set()
    breaks_at: dict[str, set[int]] = {}  # a line's text -> the page numbers it stands next to
    for p in sorted(pages):
        for step in (-1, 1):
            j, side = p, []
            while len(side) < GROUP_REACH:
                j = _next_content(lines, j, step, set())
                if j < 0 or j in keep or not (j in pages or len(lines[j]) <= RUNNING_HEADER_MAX and not _is_row(lines[j])):
                    break
                side.append(j)
            sides.append((p, step, side))
            near.update(side)
            for j in side:
                breaks_at.setdefault(_key(lines[j]), set()).add(p)
    head = min(pages)  # the first page: the title and the cover are written there, before any page number
    for p, step, side in sides:
        # the running header and the other page numbers on either side of the page number
        for j in side:
            if not (j in pages or header_re.search(lines[j]) is None
                    and _running_header(lines, j, p, step, short, units, pages, near, head, breaks_at)):
                # (a column label is the table's header cell written again, one a line: the forms reader's)
                break
            if j < head and j not in pages and _first_title(lines, j, short):
                continue
            drop.add(j)
    for p in sorted(pages):
        above = _next_content(lines, p, -1, drop)
        below = _next_content(lines, p, 1, drop)
        if above < 0 or below < 0:
            continue
        joined = False
        if _is_row(lines[above]) and above not in keep:
            # a table going on over the page: its header row written again on the new page is no row
            # (the header of the table going on: the nearest row above the page break holding column labels; a
            # new table after the break, the next form's, has a header of its own even where it reads the same
            # as an earlier one's)
            header = _table_header(lines, above, drop, header_re)
            while header >= 0 and below >= 0 and below not in keep and _key(lines[below]) == _key(lines[header]):
                drop.add(below)
                below = _next_content(lines, below, 1, drop)
            if below >= 0 and below not in keep and _joins_row(lines, above, below, drop):
                # a row the page cut between two cells: one row again
                out[above] = lines[above] + ("\t" if "\t" in lines[above] else " ") + lines[below]
                joined = True
        elif len(lines[above]) >= JOINED_LINE and _cuts_sentence(lines[above], lines[below]):
            # a full line the page cut inside a sentence, a word or a cell: one line again
            out[above] = lines[above] + lines[below]
            joined = True
        if joined:
            drop.add(below)
        # the page break: its furniture and the blank lines between (a blank line before or after it is the
        # page's own, and may part two rows)
        group = [k for k in range(above + 1, below + 1 if joined else below) if k in drop]
        if group:
            breaks.update(range(group[0], group[-1] + 1))
    for i in drop:
        out[i] = ""
    return out, {i + 1 for i in breaks}


def _running_header(lines: list[str], j: int, page: int, step: int, short: dict[str, list[int]], units: list[int],
                    pages: set[int], near: set[int], head: int, breaks_at: dict[str, set[int]]) -> bool:
    """Whether line ``j``, next to the page number on line ``page``, is the page's running header: a short line
    the document writes elsewhere only next to other page numbers or, a title or a name, on its first page (the
    department on every page, the title at two page breaks or more); the unit of the table going on (单位：万元 again, the unit declared last); or a
    name standing between the page number and the rest of a sentence the page cut."""
    line = lines[j]
    if len(line) > RUNNING_HEADER_MAX or _is_row(line) or _FIGURES_ONLY.match(line):
        return False  # (a figure is a cell of a table written one cell a line: 100% twice beside the page number)
    key = _key(line)
    if j in units:
        before = [k for k in units if k < j]
        return bool(before) and _key(lines[before[-1]]) == key
    if len(others := short.get(key, ())) > 1:
        # (a table writes its labels again too, 其中：中央财政: on the first page only a title, a name or a line
        # standing at two page breaks or more counts)
        title = _name_end().search(line) is not None or len(breaks_at.get(key, ())) > 1
        return all(k in near or k < head and title for k in others)
    if step < 0 or any(ch in line for ch in "，。；：,;:、！？!?") or _name_end().search(line) is None:
        return False
    above = _next_content(lines, page, -1, pages)
    after = _next_content(lines, j, 1, pages)
    return above >= 0 and after >= 0 and len(lines[above]) >= MIN_WRAPPED_LINE and _cuts_sentence(lines[above], lines[after])


def _first_title(lines: list[str], j: int, short: dict[str, list[int]]) -> bool:
    """Whether line ``j``, on the first page, is the first of a running header's lines that names a report (…自评报告,
    …自评表): the page above the first page number holds the report's title, which the later pages write again as
    their header; it stays, as the title."""
    line = lines[j]
    if "报告" not in line and "评" not in line and "表" not in line:
        return False
    from pipelines.extract import vocabulary as V

    others = short.get(_key(line), ())
    return len(others) > 1 and others[0] == j and V.TITLE_KEYWORDS.search(line) is not None


@lru_cache(maxsize=1)
def _name_end() -> re.Pattern:
    """How a running header ends: a unit's name (某某局) or a report's title (…自评报告, …自评表(2022年度))."""
    from pipelines.extract import vocabulary as V

    ends = "|".join(map(re.escape, V.TEXT_UNIT_ENDS))
    return re.compile(rf"(?:{ends}|{V.TITLE_KEYWORDS.pattern})\s*(?:[(（]\s*\d{{4}}\s*年度?\s*[)）])?$")


def _table_header(lines: list[str], row: int, drop: set[int], header_re: re.Pattern) -> int:
    """The nearest row from ``row`` up holding two column labels or more, within the table (up to a line of
    running text); -1 if none."""
    for k in range(row, max(row - TABLE_REACH, -1), -1):
        line = lines[k]
        if not line or k in drop:
            continue
        if not _is_row(line):
            return -1
        if len(set(header_re.findall(line))) >= 2:
            return k
    return -1


def _width(line: str) -> int:
    return line.count("\t") if "\t" in line else line.count("|")


def _joins_row(lines: list[str], above: int, below: int, drop: set[int]) -> bool:
    """Whether the row before the page break and the one after it are the two halves of one row: the table's
    rows above are all as wide as the two together, and neither half alone is."""
    a, b = lines[above], lines[below]
    if not _is_row(b) or ("\t" in a) != ("\t" in b) or "\t" not in a and not a.endswith("|"):
        return False
    widths = []
    k = above
    while len(widths) < 4:
        k = _next_content(lines, k, -1, drop)
        if k < 0 or not _is_row(lines[k]):
            break
        widths.append(_width(lines[k]))
    if len(widths) < 2 or len(set(widths)) != 1:
        return False
    whole = widths[0]
    return _width(a) < whole and _width(b) < whole and _width(a) + _width(b) + ("\t" in a) == whole


def _bare_pages(lines: list[str], bare: list[tuple[int, str, str]], pages: set[int]) -> None:
    """The bare figures (3, 2/5) on lines of their own that are page numbers: where a sentence runs on over
    them, between two whole rows of a pipe table, where running text stands on both sides, or where they count
    the pages in turn."""
    cells: set[int] = set()  # figures next to a line of figures: cells of a table written one cell a line
    for i, kind, value in bare:
        above = _next_content(lines, i, -1, set())
        below = _next_content(lines, i, 1, set())
        if above < 0 or below < 0:
            continue
        a, b = lines[above], lines[below]
        if _FIGURES_ONLY.match(a) or _FIGURES_ONLY.match(b):
            cells.add(i)
        if kind == "frac":
            n, _, total = value.partition("/")
            if int(n) > int(total) or int(total) < 2:
                continue
        if len(a) >= MIN_WRAPPED_LINE and _cuts_sentence(a, b) or _closed_pipe_row(a) and _closed_pipe_row(b) or _prose(a) and _prose(b) and a[-1] in SENTENCE_END:
            pages.add(i)
    # numbered in turn: 2 … 3 … 4 (or 2/5 … 3/5), a page's length apart; three bare figures (a table's cells
    # may hold two figures in turn), two over the same page count
    forms: dict[str, dict[int, list[int]]] = {}
    for i, kind, value in bare:
        if i in cells:
            continue  # (a row's 分值 and 得分, 10 then 9: the 9 counts no page)
        n, _, total = value.partition("/")
        forms.setdefault(total.strip(), {}).setdefault(int(n), []).append(i)
    for total, at in forms.items():
        need = 2 if total else 3
        for n in sorted(at):
            for i in at[n]:
                chain, v = [i], n
                while (j := next((j for j in at.get(v + 1, ()) if j - chain[-1] >= PAGE_SEQUENCE_GAP), None)) is not None:
                    chain.append(j)
                    v += 1
                if len(chain) >= need:
                    pages.update(chain)


@lru_cache(maxsize=1)
def _inline_patterns() -> tuple[re.Pattern, re.Pattern]:
    from pipelines.extract import vocabulary as V

    written = "|".join(f"(?:{p})" for p in V.PAGE_NUMBER_FORMS if "页" in p)
    # (a cell of a row that is a page number written with 页, whole; a page number with its count standing between two
    # words of a line laid out with spaces, the title line's own page number, at its end, left to ``page_furniture``)
    return (re.compile(rf"\s*(?:{written})\s*"),
            re.compile(rf"(?<=[^\s|\-—–－―]) (?:(?P<title>[^\s|]{{2,{RUNNING_HEADER_MAX}}}) )?(?P<page>{V.PAGE_NUMBER_COUNTED})"
                       rf"(?= [^\s|\-—–－―])"))


def inline_page_chrome(text: str) -> str:
    """``text`` with a page's furniture standing among the cells of a row taken out (every line keeps its number): a
    PDF's page break that fell inside a row (年度资金总额 | 320.50 | 某县2021年度部门决算 | 第 2 页 共 4 页 | 336.00 |)
    leaves the page number as a cell of the row (a pipe or tab row: a cell that is a page number written with 页; a row
    laid out with spaces: a page number with its count), and the running header beside it, before or after, a cell
    the document writes elsewhere as a line of its own (the same header at another page break). Left in, they push the
    row's figures into the wrong columns, or make an indicator of the page number."""
    at = text.find("页")
    if at < 0:
        return text
    cell_re, spaced_re = _inline_patterns()
    own: set[str] | None = None  # the short lines of the text that are no row (made when a page number is found)
    pieces, pos = [], 0
    while at >= 0:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[start:end]
        out = line
        if _is_row(line):
            sep = "\t" if "\t" in line else "|"
            cells = line.split(sep)
            pages = [k for k, c in enumerate(cells) if "页" in c and cell_re.fullmatch(c) is not None]
            if pages:
                own = _own_lines(text) if own is None else own
                drop = set(pages)
                for k in pages:
                    for n in (k - 1, k + 1):
                        if 0 <= n < len(cells) and n not in drop and _header_cell(cells[n], own):
                            drop.add(n)
                out = sep.join(c for k, c in enumerate(cells) if k not in drop)
        elif " " in line and "共" in line and (m := spaced_re.search(line)) is not None:
            title = m.group("title")
            own = _own_lines(text) if own is None and title is not None else own
            cut = m.start("title") if title is not None and _header_cell(title, own) else m.start("page")
            out = line[:cut].rstrip() + line[m.end():]
        if out != line:
            pieces += [text[pos:start], out]
            pos = end
        at = text.find("页", end)
    return "".join(pieces) + text[pos:] if pieces else text


def _own_lines(text: str) -> set[str]:
    return {_key(line) for line in text.split("\n") if line and len(line) <= RUNNING_HEADER_MAX and not _is_row(line)}


def _header_cell(cell: str, own: set[str]) -> bool:
    """A cell beside a page number that is the page's running header: short, no figure, no sentence, written elsewhere
    as a line of its own."""
    t = cell.strip()
    return 2 <= len(t) <= RUNNING_HEADER_MAX and not _FIGURES_ONLY.match(t) and not any(ch in t for ch in "，。；,;") \
        and _key(t) in own
