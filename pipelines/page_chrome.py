"""The web page around a report's text, blanked before the document is built (line numbers kept).

A report copied from a web page as text keeps what the site puts around it:
- the footer after it (links to the previous and next article, the site's registration numbers, the
  copyright line, the attachments' file names): a form cut short by the page would take those lines as
  its cells, ``相关附件`` as an indicator and the year of an attachment's name as its target;
- lists of the site's other articles in the page's head (a title and the date it was posted, a line
  each): their titles, units and years would be taken for the report's;
- the site's menu at the top, one item a line: it would push the report's title out of the first lines
  the rules look at (``page_menu``);
- and an excerpt (the page's first few thousand characters) ends where the count runs out, often inside
  a table cell (``without_cut_cell``).
The HTML reader drops such parts by their tags (``readers/html.py``); a text has only its words, so they
are found by them (``pipelines.extract.vocabulary``). A PDF's page furniture is ``pipelines/furniture.py``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

# The words (footer markers, the lines above them, the titles of a list's links) are in
# ``pipelines.extract.vocabulary``; the patterns are made from them on first use (normalise, which calls
# this module, is imported by the extraction package itself).


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(footer markers, a footer's lines above them, a link's title words)."""
    from pipelines.extract import vocabulary as V

    markers = re.compile(rf"^\s*(?:{'|'.join(V.FOOTER_LINKS)})\s*[:：\s]|{'|'.join(map(re.escape, V.FOOTER_WORDS))}",
                         re.MULTILINE)
    lead = re.compile(
        rf"^\s*(?:{'|'.join(V.FOOTER_LEAD_LABELS)})\s*[:：]?\s*$"
        rf"|^\S.{{0,60}}\.(?:{'|'.join(V.FOOTER_LEAD_FILES)})\s*$"
        rf"|^[\s【\[]*(?:{'|'.join(V.FOOTER_LEAD_TOOLS)})"
        rf"|^\s*(?:{'|'.join(V.FOOTER_LEAD_FIELDS)})\s*[:：]|{'|'.join(V.FOOTER_LEAD_WORDS)}",
        re.IGNORECASE)
    return markers, lead, re.compile("|".join(V.LINK_TITLE_WORDS))


# A character of each footer marker word: a text holding none of them has no footer (a scan for one
# character is far quicker than for a word; a test keeps the two in step).
FOOTER_GATE = "篇码P版yY©"
# A footer is short: the marker stands among the last lines of the text, or it is not the page's footer
# (and nothing is dropped).
FOOTER_MAX_LINES = 20


def footer_start(lines: list[str]) -> int | None:
    """The index of the first line of the page's footer in ``lines``, or None: the first line holding a
    footer marker among the last ``FOOTER_MAX_LINES`` non-blank lines with no more than half the text's
    characters from it on, moved up over the blank lines and the attachment and tool lines right above it."""
    tail = list(islice((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), FOOTER_MAX_LINES))
    markers, lead, _ = _patterns()
    marked = sorted(i for i in tail if markers.search(lines[i]))
    if not marked:
        return None
    # A footer is the lesser part of the page: a marker whose cut would take most of the text is the page's
    # head (上一篇… above the title, a site's © banner) on a page short enough for its last lines to reach it
    half = sum(map(len, lines)) // 2
    start = next((i for i in marked if sum(map(len, lines[i:])) <= half), None)
    if start is None:
        return None
    while start > 0 and (not lines[start - 1].strip() or lead.search(lines[start - 1].strip())):
        start -= 1
    start = _link_list_head(lines, start)
    while start < len(lines) and not lines[start].strip():
        start += 1  # (blank lines above the footer belong to neither)
    return start


# The longest line of a list of links (a title, a site's name) between a list's heading and the footer, and how
# many lines such lists may take together (a site's list of its departments is long)
LINK_LINE_MAX = 40
LINK_LISTS_MAX_LINES = 80


def _link_list_head(lines: list[str], start: int) -> int:
    """Where the footer starting at ``start`` starts with the lists of links right above it: the highest heading of
    such a list (热点新闻, 友情链接) with only links between it and the footer (short lines, no sentence), and the
    report's text above it (a sentence or a long line: the lists follow a report, they are not all there is);
    ``start`` itself when there is none."""
    from pipelines.extract import vocabulary as V

    head, j = start, start - 1
    while j >= 0 and start - j <= LINK_LISTS_MAX_LINES:
        text = lines[j].strip()
        if text.rstrip(":：") in V.FOOTER_LIST_HEADS:
            head = j
        elif text and (len(text) > LINK_LINE_MAX or "。" in text or "；" in text):
            return head  # (the report's text)
        j -= 1
    return start


def without_footer(text: str) -> str:
    """``text`` with its page footer's lines blanked (as many line breaks kept), or ``text`` itself."""
    tail = text[-3000:]
    if not any(ch in tail for ch in FOOTER_GATE) or _patterns()[0].search(tail) is None:
        return text
    lines = text.split("\n")
    start = footer_start(lines)
    if start is None:
        return text
    return "\n".join(lines[:start]) + "\n" * (len(lines) - start)


# How many rows above the last the cut's test looks at.
CUT_ROWS_LOOKED_AT = 5
# The longest piece taken for a cell's: a longer one is running text in a cell (a report written inside a
# table), and a sentence cut short still says what it said.
CUT_CELL_MAX = 40
# What closes a text's last cell: a text ending on one has no cell its end cut
_CLOSED_END = frozenset(" \t\n\r|\u3000")


# What a browser prints at the head and the foot of each page of a page printed to PDF: the date and time of the
# print (2025/4/18 09:32 and the page's title) and the page's address with the page's number (https://… 1/2). Never
# the report's: blanked wherever they stand (inside a table they had been read as rows).
_PRINT_TIME = r"/\d{1,2}/\d{1,2}[ \t]+(?:上午|下午)?\d{1,2}:\d{2}"  # (after the year: /4/18 09:32)
_PRINT_MARKS = re.compile(rf"^[ \t]*(?:\d{{4}}{_PRINT_TIME}(?:[ \t].*)?"
                          r"|(?:https?://|www\.)\S+(?:[ \t]+\d{1,3}/\d{1,3})?)[ \t]*$", re.MULTILINE)


def without_print_marks(text: str) -> str:
    """``text`` with the lines a browser prints around a page blanked (line numbers kept), or ``text`` itself."""
    # (the two literal tests first: a find each, most texts have neither a URL nor a date written with slashes)
    if "://" not in text and "www." not in text and _PRINT_DATE.search(text) is None:
        return text
    return _PRINT_MARKS.sub("", text)


# (the print's time alone, opening on the slash: re skips to it in C, where a pattern opening on a digit is
# tried at every digit)
_PRINT_DATE = re.compile(_PRINT_TIME)


def ends_open(text: str) -> bool:
    """Whether ``text`` stops mid-line: no line break, space or bar after its last character (an excerpt of a
    page, cut where its count of characters ran out, or a file saved without its last line break)."""
    return bool(text) and text[-1] not in _CLOSED_END


def without_cut_cell(text: str) -> str:
    """``text`` without the piece of a table cell its end cut off, or ``text`` itself.

    An excerpt of a page (its first few thousand characters) ends wherever the count runs out, often inside
    a table: ``| 学生受资助人数 | ≥ | 7`` (of 735). Where the rows close every cell with ``|``, a row that
    stops after a cell's first characters, not after a space or a ``|``, was cut: the piece goes (a figure
    read from it would be wrong, a name would be a fragment). Laid out one cell a line, each closed with
    `` |``, the last line without one is that piece. A long piece is running text and stays; text ending on
    a space, a line break or a ``|``, or rows that never close their cells, are kept whole (a text saved
    without its last line break ends so too)."""
    if not ends_open(text):  # (most texts: one look at the last character)
        return text
    start = text.rfind("\n") + 1
    last = text[start:]
    above = [line.rstrip(" \t") for line in text[max(0, start - 2000):start].split("\n")[-2 * CUT_ROWS_LOOKED_AT:]]
    above = [line for line in above if line][-CUT_ROWS_LOOKED_AT:]
    if "|" in last:
        rows = [line for line in above if "|" in line]
        closed = sum(line.endswith("|") for line in rows)
        cut = start + last.rfind("|") + 1
        if rows and 2 * closed > len(rows) and len(text) - cut <= CUT_CELL_MAX and not _whole_bound(text[cut:]):
            return text[:cut]
    elif _whole_bound(last) or _whole_closing(last):
        return text
    elif len(last) <= CUT_CELL_MAX and len(above) >= 2 and all(line.endswith("|") for line in above):
        return text[:start]
    elif above and _cut_label(last.strip(), above[-1].strip()):
        return text[:start]
    return text


# A target written whole: a bound, its figure and the figure's unit (≥90%, 不少于1500人), its unit no multiplier
# (万, 亿: 90万 may be 90万元 cut) — the end cut nothing of it. (≥ 9 of ≥95%, a figure with no unit, may be a piece.)
_WHOLE_BOUND = re.compile(r"(?:[≥≤><]=?|不低于|不少于|不高于|不超过|不大于|不小于)\s*\d+(?:\.\d+)?\s*(?:[%‰]|[\u4e00-\u9fff]{1,4})")
_MULTIPLIERS = frozenset("十百千万亿")


@lru_cache(maxsize=1)
def _closing_line() -> re.Pattern:
    """A line that ends whole: on a figure's 分 (总分98分), a full stop, or a grade word given after its label's colon
    or verb (项目自评等级：优秀, 评价结果为“良”)."""
    from pipelines.extract.vocabulary import GRADES

    grades = "|".join(sorted(GRADES, key=len, reverse=True))
    return re.compile(rf"(?:\d\s*分|。|(?:[:：]|为|是)\s*[“\"'‘「]?(?:{grades})[”\"'’」]?)\s*$")


def _whole_closing(piece: str) -> bool:
    """A last line a table's rows run into that ends as a line closing the form does (项目自评等级：优秀 / 自评得分98分 /
    a sentence's full stop): whole, not a cell its end cut."""
    return ("分" in piece or "。" in piece or ":" in piece or "：" in piece or "为" in piece or "是" in piece) \
        and _closing_line().search(piece) is not None


def _whole_bound(piece: str) -> bool:
    piece = piece.strip()
    return bool(piece) and piece[0] in "≥≤><不" and piece[-1] not in _MULTIPLIERS \
        and _WHOLE_BOUND.fullmatch(piece) is not None


@lru_cache(maxsize=1)
def _column_labels() -> tuple[frozenset[str], frozenset[str]]:
    """(the forms' column labels, every proper prefix of two characters or more of one)."""
    from pipelines.extract.kinds import FUNDS_LABELS, INDICATOR_LABELS

    labels = frozenset({*FUNDS_LABELS, *INDICATOR_LABELS})
    return labels, frozenset(label[:n] for label in labels for n in range(2, len(label))) - labels


def _cut_label(last: str, above: str) -> bool:
    """A header written one cell a line, cut: the last line begins a column label (未完成原 of 未完成原因…) right
    under another label. Cut elsewhere, a line cannot be told from a whole cell, and stays."""
    labels, prefixes = _column_labels()
    return last in prefixes and above.rstrip(" |") in labels


# --- lists of the site's articles ---------------------------------------------------------------------

# A link in a list of the site's articles (最新信息, 相关文章): a document's title, then the date it was posted
# (某局2022年度部门整体支出绩效自评报告 2023-05-10 / …[2023/05/10]). Lists before the report would lend it
# their titles, units and years.
LINK_DATE = re.compile(r"(?:19|20)\d{2}([-/])\d{1,2}\1\d{1,2}\s*[\])）】]?$")
# Where such lists are looked for: the page's head, above the report (a list after it is cut off with the
# footer, or beyond an excerpt's end).
LINK_HEAD_CHARS = 4000
# A list has two links at least, close together (a dated headline alone is the page's own).
LINK_LIST_MIN = 2
LINK_LIST_GAP = 3


_LINK_LAST = frozenset("0123456789])）】")  # what a link's line ends with (LINK_DATE's last character)


def _link_line(line: str) -> bool:
    m = LINK_DATE.search(line)
    return m is not None and m.start() >= 6 and _patterns()[2].search(line, 0, m.start()) is not None \
        and ":" not in line[: m.start()] and "：" not in line[: m.start()]  # (发布日期：… is the page's own)


def _holds(text: str, chars: str, n: int) -> bool:
    """Whether ``text`` holds ``n`` of the characters ``chars`` (str.find: str.count is slower on CJK text)."""
    for ch in chars:
        pos = text.find(ch)
        while pos >= 0:
            n -= 1
            if n == 0:
                return True
            pos = text.find(ch, pos + 1)
    return False


def without_link_lists(text: str) -> str:
    """``text`` with the lines of a list of the site's articles in its head blanked, or ``text`` itself."""
    head = text[:LINK_HEAD_CHARS]
    if not _holds(head, "-/", 2 * LINK_LIST_MIN):
        return text  # (too few date separators for a list of dated links: most texts, a few finds in C)
    found = [i for i, line in enumerate(head.split("\n")) if line[-1:] in _LINK_LAST and _link_line(line)]
    if len(found) < LINK_LIST_MIN:
        return text
    listed = {i for i in found if any(j != i and abs(j - i) <= LINK_LIST_GAP for j in found)}
    if len(listed) < LINK_LIST_MIN:
        return text
    lines = text.split("\n")
    return "\n".join("" if i in listed else line for i, line in enumerate(lines))


# --- a site's menu ------------------------------------------------------------------------------------

# A site's menu flattened one item a line (首页 / 政务公开 / 财政信息 …) heads many pages and would push the
# report out of the first lines the rules look at: a run of at least MENU_RUN_MIN such short lines (at most
# MENU_ITEM_MAX characters, no digit; blank lines between them) opening within the page's first
# MENU_OPENS_WITHIN non-empty lines is passed over, up to MENU_LINES_MAX lines.
MENU_ITEM_MAX = 10
MENU_RUN_MIN = 5
MENU_OPENS_WITHIN = 12
MENU_LINES_MAX = 80
_NO_DIGIT = re.compile(r"\d").search


def is_menu_item(line: str) -> bool:
    if len(line) > MENU_ITEM_MAX + 4:
        return False  # (most lines: their length says)
    s = line.strip()
    return 0 < len(s) <= MENU_ITEM_MAX and _NO_DIGIT(s) is None


# What every title keyword (vocabulary.TITLE_KEYWORDS) holds, one of them: a line with none names no report.
# (Here, not in the vocabulary, which imports the extraction package this module is imported by; a test holds the two
# together.)
TITLE_WORDS = ("评", "报告", "情况表")


def menu_run(lines: list[str]) -> tuple[int, int]:
    """(physical lines, items) of the page's menu: the end of its run in ``lines`` and how many items it
    holds; (0, 0) when the page opens with none. A run after the report's title (its cells one a line) is
    no menu: the search stops at a long line naming a report (``TITLE_WORDS``)."""
    seen = 0  # non-empty lines before the run
    i, n = 0, len(lines)
    while i < n and seen < MENU_OPENS_WITHIN:
        line = lines[i]
        if not line or line.isspace():
            i += 1
            continue
        if len(line) > MENU_ITEM_MAX and any(w in line for w in TITLE_WORDS):
            return 0, 0
        j, items = i, 0
        while j < n and j - i < MENU_LINES_MAX and (not lines[j].strip() or is_menu_item(lines[j])):
            items += lines[j].strip() != ""
            j += 1
        if items >= MENU_RUN_MIN:
            return j, items
        # (a run starting inside this one would be shorter: the next start is the line ending it)
        seen += items or 1
        i = j if j > i else i + 1
    return 0, 0


def page_menu(doc) -> tuple[int, int]:
    """``menu_run`` of the document's lines, found once per document (the rules reading its head ask)."""
    cached = doc.__dict__.get("_menu")
    if cached is None or cached[0] is not doc.lines:
        cached = doc.__dict__["_menu"] = (doc.lines, menu_run(doc.lines))
    return cached[1]
