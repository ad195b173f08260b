"""Normalise extracted report text into numbered lines the extraction rules can rely on.

Two views of a document are kept:
- ``lines``: one entry per physical line of the extracted text (1-based, as in the file),
  NFKC-normalised, traditional characters folded to simplified, spaces collapsed, tabs kept
  (they separate table cells).
- ``paragraphs``: physical lines re-joined where page layout broke a sentence mid-word
  (``预算编`` / blank / ``制、执行…``), each remembering the physical line of every offset so
  a figure found in a paragraph still reports the line a reader can find it on.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from itertools import compress

from pipelines.furniture import inline_page_chrome, page_furniture
from pipelines.line_shapes import BLOCK_START as _BLOCK_START, MIN_WRAPPED_LINE, SENTENCE_END as _SENTENCE_END
from pipelines.line_shapes import is_cjk as _is_cjk
from pipelines.model import Block, Document, Paragraph, Row, Table, TableBlock
from pipelines.ocr_digits import MISREAD_LETTER_GATE_RE, SPACED_THOUSANDS, mend_decimal_commas, mend_misread_count
from pipelines.page_chrome import ends_open, without_cut_cell, without_footer, without_link_lists, without_print_marks

# (one space written out before the run: re then skips to a space in C instead of trying every character)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u3000\ufeff][ \u00a0\u2000-\u200b\u3000\ufeff]*")
# The runs _SPACES.sub(" ", ·) changes: two or more, or one other than a plain space (a lone space,
# most of them, stays as it is: no match to make and replace); one class first, for the same reason as
# above. A test holds the two to the same text.
_SPACE_RUNS = re.compile(r"[ \u00a0\u2000-\u200b\u3000\ufeff](?:[ \u00a0\u2000-\u200b\u3000\ufeff]+|(?<=[\u00a0\u2000-\u200b\u3000\ufeff]))")
# A space next to a tab or a line break, once _SPACE_RUNS made every run one space: what
# ``.replace(" \t", "\t").replace("\t ", "\t").replace(" \n", "\n").replace("\n ", "\n")`` removes (no two
# spaces are side by side, so removing one makes no other space a neighbour of a tab or a line break), in one
# pass that skips from space to space in C instead of four copies of the text (a test holds them equal).
_EDGE_SPACE = re.compile(r" (?:(?=[\t\n])|(?<=[\t\n] ))")
# (a line's break opens the pattern, a literal re skips to in C: ^ under re.M is tried at every character)
_LINE_END_TABS = re.compile(r"(\n[^\t\n]++)\t++(?=\n|\Z)")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# A space between two CJK characters (or CJK and a full stop/comma) is layout noise.
# Written to open with the space itself (the character before is looked behind after it): a pattern
# opening with a literal is searched for fast, one opening with a lookbehind is tried at every character.
_CJK_GAP = re.compile(f" (?<=[{_CJK}，。、；：“”（）,;:()] )(?=[{_CJK}，。、；：“”（）,;:()])")
_NUMBER_TOKEN = re.compile(r"^[-+≥≤<>]?\d[\d,.]*%?$")
# A line opening on a figure continues the line above when the page cut a sentence before a number
# (…转移支付资金 / 3580.69万元。) or inside one (支出合计7 / 686456.33元); a year or a date opening the
# line (2023年，…) more often starts a paragraph after a heading, and two figures make a table row.
_OPENS_WITH_DATE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d")
# Above this length a paragraph is cut (at sentence punctuation where possible), see ``split_long``.
MAX_PARAGRAPH = 4000


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Characters of no width a web page or a PDF leaves inside words and numbers (a soft hyphen where a line
# could break: 9\u00ad5%, zero-width joiners, the word joiner): no text of their own, so they go (NFKC keeps
# them). (A zero-width space is a space here: it may stand where cells were parted.)
_INVISIBLE_CHARS = "\u00ad\u200c\u200d\u2060"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


# Circled numbers opening the items of a list (①…；②…): NFKC makes them bare digits, which then run into the item
# (②儿童免疫接种率 -> 2儿童…); written as ⑴ is (NFKC's (1)) they stay a list's marks.
_CIRCLED_NUMBERS = {0x2460 + i: f"({i + 1})" for i in range(20)}


def normalise_text(text: str) -> str:
    """NFKC, simplified characters, unified newlines; line structure is preserved."""
    return _normalise_text(text)[0]


def _normalise_text(text: str) -> tuple[str, bool]:
    """``normalise_text``'s text, and whether it is NFKC's output as it is (no t2s conversion after it)."""
    if "\r" in text:  # (a scan for one character: most texts have none, and two replaces copy them)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and ";" in text:
        # a page copied with its markup escaped (&nbsp; between cells, &lt;): the characters they stand for
        text = html.unescape(text)
    if "<" in text and _INLINE_OR_LINE_TAG.search(text) is not None:
        text = _without_markup(text)
    if "\\|" in text:  # a pipe table escaped as Markdown writes one inside a cell: its bars
        text = text.replace("\\|", "|")
    if "**" in text:
        text = _MD_BOLD_STARS.sub(r"\1", text)
    if "__" in text:
        text = _MD_BOLD_UNDERSCORES.sub(r"\1", text)
    if "- " in text and ("\n- " in text or text.startswith("- ")):
        text = _MD_BULLET.sub("", text)
    # (a find per character: one scan of the class tests each character of the text, several times slower)
    if any(ch in text for ch in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    if "①" in text:  # (a list numbered ①②③ starts at ①: one find, not a scan for all twenty)
        text = text.translate(_CIRCLED_NUMBERS)
    if "\u00b9" in text or "\u00b2" in text or "\u00b3" in text:  # (¹ ² ³: three finds, not a scan of a class)
        text = _FOOTNOTE_SUPERSCRIPT.sub("", text)
    text = nfkc(text)
    if "O" in text and "年" in text:  # (the capital: a lowercase o is in most pages' links)
        text = _OCR_YEAR.sub(_year_digits, text)
    if "兀" in text:
        text = _OCR_YUAN.sub("元", text)
    if "丨" in text or " I " in text:
        text = _ocr_bars_to_pipes(text)
    if MISREAD_LETTER_GATE_RE.search(text) is not None:
        text = mend_misread_count(text)
    if "■" in text or "□" in text:
        text = _BLOTTED_FIGURE.sub("/", text)
    if any(rule in text for rule in _RULE_HINTS):
        text = _without_drawn_rules(text)
    if "__" in text:
        text = _FILL_IN_BLANK.sub(_blank_filled, text)
    # (one scan of a class finds both a traditional form and a rare look-alike: most texts hold neither)
    uncommon = _TRADITIONAL_OR_LOOKALIKE.search(text)
    text = _mend_lookalike_words(text, uncommon is not None)
    # (a mend puts a character for one: what lies before the first uncommon one is the same text)
    if uncommon is not None and _TRADITIONAL.search(text, uncommon.start()) is not None:
        return _t2s().convert(text), False
    return text, True


# Markup a page's text was copied with (the HTML reader parts a saved page by its elements; a page pasted into a
# text file keeps them as characters): a tag is a known element's name, with attributes written name=value, on
# one line. Cells next to each other part as a pipe does; rows, paragraphs and breaks end a line (within a pipe
# row a break stacks a cell's words: a space); inline elements (bold, a font, a link) go without a trace.
_TAG_ATTRS = r"(?:\s+[a-zA-Z:-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s<>]+))*\s*/?>"
_CELL_SEAM = re.compile(r"</t[dh]>[ \t]*<t[dh]" + _TAG_ATTRS, re.I)
_CELL_OPEN = re.compile(r"<t[dh]" + _TAG_ATTRS, re.I)
_CELL_CLOSE = re.compile(r"</t[dh]>", re.I)
_ROW_LINES = re.compile(r"<tr" + _TAG_ATTRS + r"[^<]*(?:<(?!/?tr\b)[^<]*)*</tr>", re.I)
_LINE_TAGS = re.compile(r"(?:</?(?:br|p|div|tr|table|tbody|thead|tfoot|li|ul|ol|h[1-6]|center)" + _TAG_ATTRS
                        + r"[ \t]*)+", re.I)
_INLINE_OR_LINE_TAG = re.compile(r"</?(?:t[dhr]|br|p|div|table|strong|b|span|font|em|i|u|a|img)[\s/>]", re.I)
_INLINE_TAGS = re.compile(r"</?(?:strong|b|span|font|em|i|u|a|sup|sub|small|big|img|o:p)" + _TAG_ATTRS, re.I)


def _without_markup(text: str) -> str:
    """The text of the page markup in ``text`` (see _LINE_TAGS): known tags only, so a ``<`` of a figure stays."""
    if "<t" in text or "<T" in text:
        if "\n" in text:  # a row written a cell a line: its cells on the row's first line, the others left blank
            text = _ROW_LINES.sub(_row_on_one_line, text)
        text = _CELL_CLOSE.sub(" |", _CELL_OPEN.sub("| ", _CELL_SEAM.sub(" | ", text)))
    text = _INLINE_TAGS.sub("", text)
    return _LINE_TAGS.sub(lambda m: _line_tags(m, text), text)


def _row_on_one_line(m: re.Match) -> str:
    row = m.group()
    if "\n" not in row:
        return row
    lines = [line.strip() for line in row.split("\n")]
    return "".join(lines) + "\n" * (len(lines) - 1)


def _line_tags(m: re.Match, text: str) -> str:
    start, end = m.span()
    if start == 0 or end == len(text) or text[start - 1] == "\n" or text[end] == "\n":
        return ""  # at a line's edge: the line ends there already
    if "tr" not in m.group().lower():
        head, tail = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        if "|" in text[head:start] and "|" in text[end:len(text) if tail < 0 else tail]:
            return " "  # inside a pipe row's cell
    return "\n"


# Markdown's bold around a label or a figure in prose or a cell (**自评得分**:96分, 得分**90**分, **≥**95%): its
# marks part nothing. Underscores only as a word's edges (编制__人 is a blank to fill in, see _FILL_IN_BLANK).
_MD_BOLD_STARS = re.compile(r"\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*")
# Markdown's bullet opening a list item (- 支出合计:598.41万元): a mark of the list, no cell of a row (before a word
# only: - 2 - is a page's number, - | 0.00 | a row's empty first cell)
_MD_BULLET = re.compile(r"^[ \t]*-[ \t]+(?=[\u4e00-\u9fff“\"【(（])", re.M)
_MD_BOLD_UNDERSCORES = re.compile(r"(?<![\w_])__(?=[^\s_])([^_\n]*?[^\s_])__(?![\w_])")

# A table drawn in text (box-drawing characters, or ASCII rules between pipe rows): its vertical bars part
# cells as a pipe does, and its rule lines part nothing (left blank, so lines keep their numbers; a rule between
# a header and its rows had ended the table). Four rule characters at least: a cell of its own may be a dash.
_VERTICAL_BARS = {ord(ch): "|" for ch in "│┃║┆┇┊┋╎╏"}
_RULE_HINTS = ("----", "____", "====", "─", "━", "═", *map(chr, _VERTICAL_BARS))
_RULE_LINE = re.compile(r"^[ \t]*[-_=+|:\u2500-\u257f]*[-_=\u2500\u2501\u2550]{4}[-_=+|: \t\u2500-\u257f]*$",
                        re.M)


# A page's number inside a line (— 1 —, - 2 -): a form flattened onto one line keeps its pages' footers among its
# cells (… 100% 100% 11 11 — 1 — 产出指标 …), where they read as cells. Alone on its line, it is the page
# furniture's (pipelines/furniture.py), which also joins the row the page cut.
_INLINE_PAGE_NUMBER = re.compile(r"(?<=[^\S\n])[-—–－―][^\S\n]?[1-9]\d{0,2}[^\S\n]?[-—–－―](?=[^\S\n])")


# A superscript figure right after a figure or a percentage marks a footnote (99.2%¹, 1180.00²): NFKC would make it
# a digit of the figure (99.2%1). After a letter it is a power (m², m³) and stays.
_FOOTNOTE_SUPERSCRIPT = re.compile("(?<=[0-9%‰])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


# OCR's letter O for a year's 0 (2O23年度, 202O年): a year before 年 holds digits only. And its 兀 for the 元 of an
# amount (4826.35万兀): after a figure or its magnitude, 兀 is no word of its own.
_OCR_YEAR = re.compile(r"(?<![0-9A-Za-z])(?:19|2[0O])[0-9O]{2}(?=\s*年)")
_OCR_YUAN = re.compile(r"(?<=[0-9万千亿])\s?兀")


# OCR's reading of a drawn table's vertical rule: the ideograph 丨 or a capital I standing alone between spaces
# (年度资金总额 丨 36 丨 36 丨 …, 分值 I 执行率 I 得分 I). In a line holding several of them they part its
# cells, as a pipe does; one alone, or one beside a Latin word (an English sentence's I), is left as it is.
_OCR_BAR_LINE = re.compile(r"^.*(?:(?<=\S) |^)[丨I](?: |$).*$", re.M)
_OCR_BAR = re.compile(r"(?:(?<= )|^)[丨I](?= |$)")
_OCR_BARS_MIN = 2


def _ocr_bars_to_pipes(text: str) -> str:
    return _OCR_BAR_LINE.sub(_ocr_bar_row, text)


def _ocr_bar_row(m: re.Match) -> str:
    line = m.group()
    bars = [b for b in _OCR_BAR.finditer(line) if _is_ocr_bar(line, b.start())]
    if len(bars) < _OCR_BARS_MIN or not _CJK_CHAR.search(line):
        return line
    out, last = [], 0
    for b in bars:
        out.append(line[last:b.start()])
        out.append("|")
        last = b.end()
    out.append(line[last:])
    return "".join(out)


def _is_ocr_bar(line: str, at: int) -> bool:
    """The 丨 or I at ``at`` stands between cells: an I has no Latin word beside it."""
    if line[at] == "丨":
        return True
    before = line[:at].rsplit(" ", 2)[-2] if at >= 2 else ""
    after = line[at + 2:].split(" ", 1)[0]
    return not _is_latin_word(before) and not _is_latin_word(after)


def _is_latin_word(word: str) -> bool:
    return word != "I" and any(ch.isascii() and ch.isalpha() for ch in word[:1] + word[-1:])


# A figure touching OCR's blot (2■8.3, 9■%, 3■2天: a cell the scan could not read): no figure, an empty cell
# (a slash, as a form writes one: a dash between two of them would read as a page number, — 10 —) that keeps
# its place among the row's cells. A blot beside a word (■优, a ticked
# box) or alone is no figure's.
_BLOTTED_FIGURE = re.compile(r"(?<![^\s|])[≥≤<>=]?[\d.,]*(?:\d[■□]|[■□][\d%])[\d.,%■□]*[\u4e00-\u9fff]{0,3}(?=[\s|]|$)")


# OCR's look-alike characters, as data: each character of the labels' words, and those a scan reads for it
# (箅 for 算, 岀 for 出, 汾 for 分 ...).
OCR_LOOKALIKES = {
    "算": "箅", "效": "敛", "行": "杆仃衍", "出": "岀", "入": "人", "本": "木夲", "费": "赀贽賫", "末": "未",
    "分": "汾", "级": "圾", "有": "冇", "制": "剖", "标": "摽栎", "量": "暈", "度": "庋", "余": "佘", "计": "汁",
    "拨": "拔", "目": "日", "数": "敉", "一": "—―–-",
}
# The words of the labels (the vocabulary of pipelines/extract: a test holds them to it) a misreading is mended in,
# never a character alone (箅 alone is a grate's, 箅子; 汾 a river's). Each misread word is no word of its own in
# a report; a word whose misreading is one (收人 in 接收人, 年未 in 全年未发生) is listed only inside its longer labels.
OCR_LABEL_WORDS = (
    "预算", "决算", "绩效", "效益", "时效", "执行", "支出", "产出", "经费", "得分", "分值", "总分", "等级", "实有",
    "编制", "指标", "数量", "质量", "满意度", "年度", "结余", "合计", "总计",
    # (a dash for 一, the header's first level: its misreading by the pair, —级 (a dash is everyday text's))
    "一级指标",
    # (收人: 接收人; 基木, 木年, 成木: 地基木桩, 林木年; 年未: 全年未发生; 拔款: 海拔 ...; 项日: 日 alone is a day's)
    "收入合计", "收入总计", "收入总额", "拨款收入", "其他收入", "本年收入", "本年支出", "基本支出", "成本指标",
    "年末结转", "年末结余", "期末结转", "期末结余", "项目支出", "项目经费",
    # (敉 for 数 inside the funds columns' labels: 全年执行敉)
    "执行数", "预算数", "决算数", "支出数",
)
# The look-alikes that are characters of everyday text (人, 木, 未): a misread word holding one is looked for by
# the pair of it and its neighbour in the word (收人, 年未, 项日), never by the character. The others are rare in a
# report: looked for only when the scan for uncommon characters (with the traditional forms) finds one.
_EVERYDAY_LOOKALIKES = "人木未日—―–-"


@lru_cache(maxsize=1)
def _lookalike_forms() -> tuple[tuple[tuple[str, str, str, str], ...], ...]:
    """The misread words as (look-alike, its pair in the word, misread word, word), shortest word first (a word
    mended inside a longer one's misreading leaves that one misread character: 收人合汁 -> 收人合计 -> 收入合计):
    those of the everyday look-alikes, and all of them."""
    forms = []
    for word in sorted(OCR_LABEL_WORDS, key=len):
        for i, ch in enumerate(word):
            for wrong in OCR_LOOKALIKES.get(ch, ""):
                misread = word[:i] + wrong + word[i + 1:]
                forms.append((wrong, misread[i - 1:i + 1] if i else misread[:2], misread, word))
    return tuple(f for f in forms if f[0] in _EVERYDAY_LOOKALIKES), tuple(forms)


_RARE_LOOKALIKES = "".join(sorted({w for ws in OCR_LOOKALIKES.values() for w in ws} - set(_EVERYDAY_LOOKALIKES)))


def _mend_lookalike_words(text: str, rare: bool = True) -> str:
    """The label words OCR misread with a look-alike character, read back (``rare``: the text may hold a rare
    look-alike; without it only the everyday ones are looked for)."""
    everyday, every = _lookalike_forms()
    present: dict[str, bool] = {}  # (a find per look-alike and per pair, each once)
    for wrong, pair, misread, word in every if rare else everyday:
        if (found := present.get(wrong)) is None:
            found = present[wrong] = wrong in text
        if not found:
            continue
        if (found := present.get(pair)) is None:
            found = present[pair] = pair in text
        if found and (pair == misread or misread in text):
            text = text.replace(misread, word)
    return text


def _year_digits(m: re.Match) -> str:
    return m.group().replace("O", "0")


# A form's fill-in blank, a run of underscores (年初预算数__2,000.00__万元, 得分:__88.5__分, 总分 100 ____): the figure
# written on it is the cell's, the underscores no part of it (they hid it: a figure opens on its digit). A blank
# standing alone between cells, spaces or a label's colon and the line's end, is an empty cell that keeps its place among
# the row's cells: a slash, as a form writes one (the score of 总分 100 ____ had been read from the 分值 before it);
# one touching a figure or a word goes, a space each (the text keeps its length). Rule lines of underscores are gone
# before (``_without_drawn_rules``).
_FILL_IN_BLANK = re.compile(r"_{2,}")
_BLANK_EDGE_LEFT = " \t|:：\n"
_BLANK_EDGE_RIGHT = " \t|\n"


def _blank_filled(m: re.Match) -> str:
    text, a, b = m.string, m.start(), m.end()
    alone = (a == 0 or text[a - 1] in _BLANK_EDGE_LEFT) and (b == len(text) or text[b] in _BLANK_EDGE_RIGHT)
    return ("/" if alone else " ").ljust(b - a)


def _without_drawn_rules(text: str) -> str:
    return _RULE_LINE.sub("", text.translate(_VERTICAL_BARS))


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, char by char when it can be: a report is mostly CJK,
    ASCII and full-width punctuation, where NFKC maps each character on its own (nothing to reorder or
    compose). Any other character, and the whole text goes through ``unicodedata`` (4x slower)."""
    _, changes, _, either = _nfkc_tables()
    # the changing characters most reports hold replaced first (a find and a replace each, in C), then one quick
    # check that nothing else changes: unicodedata's, several times cheaper than the scan below, which is left
    # for the texts it fails. A character replaced by its NFKC leaves the text's NFKC as it is (the same
    # decomposition), so what follows still makes the NFKC of the text as given (a test holds them equal).
    for group in _COMMON_CHANGES:
        for ch in group:
            if ch in text:
                text = text.replace(ch, changes[ch])
        if unicodedata.is_normalized("NFKC", text):
            return text
    # each changing character replaced everywhere at its first place, the search going on from there
    # (what comes before is done; no NFKC holds a changing character nor one outside the set, a test
    # checks): no list of them all. The same scan finds a character outside the set (then the whole
    # text goes through unicodedata): one pass over the text instead of a pass for those first.
    source, pos = text, 0
    while (m := either.search(text, pos)) is not None:
        ch = m.group()
        if (out := changes.get(ch)) is None:
            return unicodedata.normalize("NFKC", source)
        text = text.replace(ch, out)
        pos = m.start()
    return text


# Full-width punctuation, the no-break space, the ellipsis and ㎡, then the ideographic and en spaces: the
# characters NFKC changes that reports hold (each one in many), all of them in the per-character set below. The
# second group is slow to look for (a find skips to a character's low byte in C: 00 is not skipped to, and 。
# shares the en space's), so it is looked for only when the quick check finds a change left after the first.
_COMMON_CHANGES = ("，（）：；\u00a0…㎡", "\u3000\u2002")


# Where NFKC is per character: ASCII, general punctuation, CJK punctuation, CJK ideographs, full-width
# forms; a character qualifies when it and what NFKC makes of it are no combining marks and stay in
# those blocks (so nothing can compose across characters: no such block holds a second of a pair).
_CJK_IDEOGRAPHS = (0x4E00, 0x9FFF)
# Also the symbol blocks reports use (≥ ≤ × ÷ □ √ ① ㎡, no-break space): none holds a character that
# composes with the one before it (those are combining marks or jamo/vowel signs of other scripts).
_NFKC_BLOCKS = ((0x00, 0x7F), (0x80, 0xFF), (0x2000, 0x206F), (0x2100, 0x27BF), (0x3000, 0x303F),
                (0x3200, 0x33FF), _CJK_IDEOGRAPHS, (0xFF00, 0xFFEF))


def _in_blocks(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in _NFKC_BLOCKS)


@lru_cache(maxsize=1)
def _nfkc_tables() -> tuple[re.Pattern, dict[str, str], re.Pattern, re.Pattern]:
    """(a character outside the per-character set, {character: its NFKC} where they differ, one of those,
    a character of either kind)."""
    safe, changes = [], {}
    for lo, hi in _NFKC_BLOCKS:
        if (lo, hi) == _CJK_IDEOGRAPHS:
            safe.extend(range(lo, hi + 1))  # no decomposition, no combining class (a test checks): skip 21k calls
            continue
        for code in range(lo, hi + 1):
            ch = chr(code)
            out = unicodedata.normalize("NFKC", ch)
            if unicodedata.combining(ch) or not all(_in_blocks(c) and not unicodedata.combining(c) for c in out):
                continue
            safe.append(code)
            if out != ch:
                changes[ch] = out

    def char_class(codes: list[int]) -> str:
        ranges, start = [], None
        for i, c in enumerate(codes):
            if start is None:
                start = c
            if i + 1 == len(codes) or codes[i + 1] != c + 1:
                ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(c)) if c > start else ""))
                start = None
        return "".join(ranges)

    unchanged = [code for code in safe if chr(code) not in changes]
    return (re.compile(f"[^{char_class(safe)}]"), changes,
            re.compile(f"[{char_class(sorted(map(ord, changes)))}]"), re.compile(f"[^{char_class(unchanged)}]"))


# The traditional forms of the characters the rules' labels are written with (opencc's s2t of every character of
# pipelines/extract, those t2s gives back; tests/test_normalise.py checks the list still covers them): one of them
# in a page (年度资金总額 in a page simplified but for one glyph, an OCR's or a typist's) has the page converted,
# or the label it sits in is read by no rule.
TRADITIONAL_OF_LABELS = (
    "佔來個們備傳僅價億優兌兒內兩冊別則創劃劑動務勞勻匯區協厲參員問單噸嚴國圍園圖團執報場塊壓壯壽婦學實寧審寬將專對導屬島崗嶺師帶幣幫幹庫廁廟廣廳張強"
    "後復態慶應戲戶掃採撥擊擔據數於時暢曉書會東條棟業構樂樓標樣橋機檔檢欄權歡歲歷氣決況涼淨減測準溝滿漢潔濃濟濱瀏瀝灤災烏無熱燈營爭爲爾牀獎獲現環產畝"
    "畢畫當發盞監盤確碼礎稅稈種稱積穩筆節範簡籌籤約純級細終組結統絲經綜維網線編縣縮總績織續羣聞聯職臺與興舉舊荊莊萊萬蓋蕪薦藝蘇處號衆術衛衝裏補裝見規"
    "視覽計訓訪設訴評詢試話該認說課調請論諮證識議護讀變負財貧責貸費貼賃資質賬購車較載輛輟輪轄轉辦農連進遊運過達違遠選遺還郵鄉醫釋銀銜錫鍵鍾鎮鏈長門閉"
    "開間閱關陳隊際險隱雙離難雲電響頁頂頃項預頗領頭顆題額類顯飲養餘館駐驗體黃點黨龍"
)
_TRADITIONAL = re.compile(f"[{TRADITIONAL_OF_LABELS}]")
_TRADITIONAL_OR_LOOKALIKE = re.compile(f"[{TRADITIONAL_OF_LABELS}{_RARE_LOOKALIKES}]")


def _needs_t2s(text: str) -> bool:
    # opencc is fast, but most reports are simplified already: one scan of the text for a traditional form of the
    # labels' characters (a class, tested in C) decides.
    return _TRADITIONAL.search(text) is not None


def normalise_line(line: str) -> str:
    """Collapse runs of spaces, keep tabs (cell separators, save those ending a line that has no other: they
    part off nothing) and single spaces (flattened cells)."""
    cells = [_SPACES.sub(" ", c).strip(" ") for c in line.split("\t")]
    if len(cells) > 1 and cells[0] and not any(cells[1:]):
        return cells[0].rstrip(" ")
    return "\t".join(cells).rstrip(" ")


def normalise_lines(text: str) -> list[str]:
    """``normalise_line`` of every line of ``text``, done on the whole text at once (a few passes in C
    instead of a few calls per line: the read floor of every document)."""
    return _normalised_lines_text(text).split("\n")


def _normalised_lines_text(text: str, nfkc_output: bool = False) -> str:
    """The lines of ``normalise_lines`` joined by line breaks: kept whole for what needs their text
    (``nfkc_output``: the text is a piece of NFKC's output, see ``_collapse_spaces``)."""
    # (literal scans, the pipe's first: one character is skipped to in C, two spaces are looked for at every place;
    # rows laid out with runs of spaces below a pipe table)
    if "|" in text and "  " in text:
        text = _wide_gaps_to_tabs(text)  # (it only puts tabs for spaces)
    text = _collapse_spaces(text, nfkc_output)
    # runs are single spaces now: the one at a cell's or a line's edge goes
    text = _EDGE_SPACE.sub("", text).strip(" ")
    # tabs ending a line that has no other part off nothing (Word leaves one after a pipe row or a line laid out
    # with spaces); kept, they made it a tab row of one cell. (In a row parted by tabs they keep its empty cells,
    # and a tab alone is an empty cell of a table laid out a cell a line.)
    if "\t\n" not in text and not text.endswith("\t"):
        return text
    return _LINE_END_TABS.sub(r"\1", "\n" + text)[1:]


# The spaces of _SPACES other than the plain one (NFKC makes most of them plain: a text seldom holds one)
_OTHER_SPACES = "\u00a0" + "".join(map(chr, range(0x2000, 0x200c))) + "\u3000\ufeff"
_DOUBLE_SPACES = re.compile("  +")


# The two of them NFKC leaves as they are: it writes each of the others as a plain space (they decompose),
# so no piece of its output holds one
_OTHER_SPACES_AFTER_NFKC = "\u200b\ufeff"


def _collapse_spaces(text: str, nfkc_output: bool = False) -> str:
    """``_SPACE_RUNS.sub(" ", text)``: without any other space in the text, its runs are those of two plain
    spaces or more, which a pattern opening with a literal finds skipping in C (a class opening the pattern
    is tested at every character); a find per character first, each a fast scan (with ``nfkc_output``, the
    text a piece of NFKC's output: a find for each of the two it may hold)."""
    if any(ch in text for ch in (_OTHER_SPACES_AFTER_NFKC if nfkc_output else _OTHER_SPACES)):
        return _SPACE_RUNS.sub(" ", text)
    return _DOUBLE_SPACES.sub(" ", text) if "  " in text else text


# A wide gap (two spaces or more) between two characters of a line: where a page laid out with spaces parts cells
_WIDE_GAP = re.compile(r"  +(?=\S)")  # (the indent of a line too: its line is looked at, and has no cell there)


def _wide_gaps_to_tabs(text: str) -> str:
    """Rows continuing a pipe table laid out with runs of spaces between their cells and single spaces inside
    them (OCR's spaces in a name or a value: 明显 改善    基本 改善    20    18): the runs made tabs, so each cell
    keeps its words together once spaces are collapsed. Only lines of three cells or more, two of them numbers,
    right below a pipe row or such a line (blank lines between): a page laid out with spaces alone
    (pdftotext -layout) also parts its cells with one space where a cell runs long, and is left as it is."""
    rows: set[int] = set()  # the lines read as rows of the table (their starts)
    pieces, pos, at = [], 0, 0
    while (m := _WIDE_GAP.search(text, at)) is not None:
        # (a search a line: the next one starts after the line of this gap)
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        at = end
        j = start - 1  # the line above, blank lines passed over (the cheap test first: most lines are below none)
        while j > 0 and text[j - 1] in "\n ":
            j -= 1
        above = text.rfind("\n", 0, j) + 1
        if not (above in rows or text[above:j].lstrip(" ")[:1] == "|"):
            continue
        line = text[start:end]
        if "\t" in line or "|" in line:
            continue  # its cells are parted already
        parts = [p for p in _WIDE_GAP.split(line.strip(" ")) if p]
        if len(parts) < 3 or sum(_NUMBER_TOKEN.match(p) is not None for p in parts) < 2:
            continue
        rows.add(start)
        if any(" " in p for p in parts):
            pieces += [text[pos:start], "\t".join(parts)]
            pos = end
    return "".join(pieces) + text[pos:] if pieces else text


# A pipe row a line break cut inside a cell: a line holding a pipe and ending in text, then a line that opens
# in text and ends in a pipe (| 产出指标 | 数量指标 | 改造供水 / 管网长度 | ≥36公里 | 38.2公里 | 10 | 10 |).
# (possessive runs and look-behinds: each pipe is a literal skipped to in C, and no run is tried twice)
_BROKEN_PIPE_ROW = re.compile(r"\|[^|\n]*+\n(?<=[^|\s]\n)[^|\n][^\n]*+(?<=\|)")


def _mend_broken_pipe_rows(text: str) -> str:
    """The rows of a pipe table that a line break cut inside a cell, one line again (the second line left blank,
    so every line keeps its number) where the whole is as wide as the row above or below it: a line ending in
    text after a pipe is else a label and its value (项目名称 | 乡村道路养护), and the next row one of its own."""
    pieces, pos = [], 0
    for m in _BROKEN_PIPE_ROW.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1  # the cut row's first line
        cut = text.index("\n", m.start())
        width = text.count("|", start, m.end())
        above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1: max(start - 1, 0)] if start else ""
        end = text.find("\n", m.end() + 1)
        below = text[m.end() + 1: len(text) if end < 0 else end] if m.end() < len(text) else ""
        if width in (above.count("|"), below.count("|")):
            pieces += [text[pos:cut], text[cut + 1: m.end()], "\n"]
            pos = m.end()
    return "".join(pieces) + text[pos:] if pieces else text


# A digit with a space after it before another digit or a point (6 2 人, 9 6.2 1%): what a letter-spaced line's figures
# hold (opening with the space: a literal re skips to in C)
_SPACED_DIGIT = re.compile(r" \d(?= [\d.])")
_LETTER_SPACED_MIN = 8  # spaces in a line, at least, for it to be letter-spaced


def _letter_spaced_closed(line: str, closed: str) -> str:
    """``closed`` (``line`` with its CJK gaps closed) without any space where ``line`` is letter-spaced, as some PDF
    converters write text (编 制 人 数 6 2 人 ， 实 有 人 数 5 8 人): a character and a space in turn, most gaps between
    Chinese letters. The digits of a figure spaced apart there are one figure (62 人, 96.21%); in a line of words
    and figures as cells (10 9, 98 95) they stay apart."""
    spaces = line.count(" ")
    if spaces < _LETTER_SPACED_MIN or (len(line) - spaces) * 4 > (spaces + 1) * 5 \
            or (len(line) - len(closed)) * 2 < spaces or _SPACED_DIGIT.search(closed) is None:
        # (a character a token on average, a fifth at most more; half the gaps closed as CJK ones; a figure spaced)
        return closed
    return closed.replace(" ", "")


# Digit pieces a single space apart between a label (or 为, 达) and a unit, as OCR parts a figure (编制人数 6 3 人,
# 合计 1,57 4.82 万元, 为 96.1 2%): two or three pieces, the unit right after the last and no figure after the unit
# (a row of cells: 兑付率 8 100% 100% 8, a weight and a target)
_PARTED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff)）:：]) ?(\d[\d,.]*(?: \d[\d,.]*){1,2}) ?"
                            r"(?=(?:人|名|万元|元|%|亿元)(?! ?[\d≥≤>＞<＜]))")
# a figure whose thousands a space parts, after a comma or not (2 436.18, 1, 652.38): the amount readers read it,
# as written
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:,? \d{3})+(?:\.\d+)?")
# (the cheap test: a text without a digit a space before another holds no parted figure; led by the space, a literal
# re skips to in C, five times faster than the same test led by \d)
_PARTED_DIGITS = re.compile(r" (?<=\d )(?=\d)")
# one well-formed figure: thousands groups of three digits after a comma, at most one point, no leading zero
_WELL_FORMED_FIGURE = re.compile(r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?")


def _parted_figure(m: re.Match) -> str:
    pieces = m.group(1).split(" ")
    joined = "".join(pieces)
    # one figure when joined, and not a list of figures each whole (10 10, 20 18): a piece of a single digit, or
    # one that is no figure by itself (1,57), tells a figure parted
    if _WELL_FORMED_FIGURE.fullmatch(joined) is None or _SPACE_GROUPED.fullmatch(m.group(1)) is not None \
            or m.string.startswith("%", m.end()) and float(
            joined.replace(",", "")) > 100 or not any(
            len(p) == 1 or _WELL_FORMED_FIGURE.fullmatch(p) is None for p in pieces):
        return m.group(0)
    return m.group(0).replace(m.group(1), joined)




def _parted_figures_joined(text: str) -> str:
    """``text`` with the figures OCR parted by a space between a label and its unit one figure again (no match
    crosses a line break: every line keeps its place)."""
    if " ," in text:  # (a literal find first: most texts have no space before a comma)
        text = SPACED_THOUSANDS.sub(r"\1,", text)  # (合计 5 , 284.63 万元, 案件 1 ,426 件: one figure each)
    if " " not in text or _PARTED_DIGITS.search(text) is None:
        return text  # (most texts: no digit a space before another, found in C)
    return _PARTED_FIGURE.sub(_parted_figure, text)


def close_cjk_gaps(line: str) -> str:
    """Drop spaces between CJK characters: layout noise inside running text (部门整体 支出)."""
    return _CJK_GAP.sub("", line) if " " in line else line  # most lines have no space to look at


_compacted: dict[str, str | None] = {}  # compact of the texts seen lately: the same cells and labels come back
_COMPACTED_MAX = 4096


def compact(text: str | None) -> str | None:
    """Remove all whitespace: the form names and labels are stored in."""
    if text is None:
        return None
    cache = type(text) is str  # (a subclass of str might compare otherwise)
    if cache and (out := _compacted.get(text, _compacted)) is not _compacted:
        return out
    out = "".join(unicodedata.normalize("NFKC", text).split())
    # removing a space can leave a letter next to a combining mark (NFKC of ¯ is a space and a
    # combining macron): normalise again so that compact(compact(x)) == compact(x)
    out = unicodedata.normalize("NFKC", out) or None
    if cache:
        if len(_compacted) >= _COMPACTED_MAX:
            _compacted.clear()  # bounded: a new document's texts fill it again
        _compacted[text] = out
    return out


def _looks_like_table_row(line: str) -> bool:
    tokens = line.split()
    # (fewer than two tokens cannot hold two numbers: most lines of prose, skipped without the matches)
    if len(tokens) < 2 or sum(figures := [bool(_NUMBER_TOKEN.match(t)) for t in tokens]) < 2:
        return False
    # a PDF's text layer sets its figures a space apart from the words (核定编制 42 名,实有 39 名。): a line whose
    # words hold a clause's punctuation and no two of whose figures stand side by side (a row's cells: 95 100 10 10)
    # is a sentence, not a table's row
    if "," in line or "。" in line or ";" in line:
        return any(a and b for a, b in zip(figures, figures[1:])) \
            or not any(not f and any(ch in t for ch in _PROSE_MARKS) for t, f in zip(tokens, figures))
    return True


_PROSE_MARKS = ",。;"


def _is_wrapped(prev: str, nxt: str) -> bool:
    """True when ``prev`` was cut by page layout and ``nxt`` continues the same sentence."""
    # the cheapest tests first, the table-row test (a split and a match per token) last: most lines end
    # a sentence or open a block; every test is pure, so the answer is the same in any order
    if len(prev) < MIN_WRAPPED_LINE or (last := prev[-1]) in _SENTENCE_END or "\t" in nxt or "\t" in prev:
        return False
    if not (_is_cjk(last) or last.isdigit() or last in ",，、"):
        # (a number cut after its decimal point: 4430. / 95万元)
        if not (last in ".．" and prev[-2:-1].isdigit() and nxt[:1].isdigit()):
            return False
    if nxt and not (_is_cjk(nxt[0]) or nxt[0] in ",，。、;；:：)）”“《"):
        # (a decimal point or a percent sign opening the line finishes the number the line above ends on:
        # 5763 / .16元, 100.00 / %，)
        figure = nxt[0].isdigit() or last.isdigit() and (nxt[0] in "%％" or nxt[0] in ".．" and nxt[1:2].isdigit())
        if not figure or _OPENS_WITH_DATE.match(nxt) or _looks_like_table_row(nxt):
            return False
    if _BLOCK_START.match(nxt) or _looks_like_table_row(prev):
        return False
    if ":" in nxt[2:8] and _FIELD_OPENS.match(nxt) and _ends_in_field(prev):
        return False  # 评价等级:优 / 填表人:张某: a form's records a line each, not a sentence cut
    return nxt[0] != ""  # (True: nxt continues; an empty nxt raises IndexError here, as it always did)


# A line opening on a field's short label and its colon (填表人:, 联系电话:, 填报日期:; NFKC made the full-width colon ":")
_FIELD_OPENS = re.compile(r"[\u4e00-\u9fff]{2,6}:")
_CLAUSE_MARKS = "，,。；;、"


def _ends_in_field(line: str) -> bool:
    """Whether a line ends on a field, a label and its colon then a value with no clause after it (…,评价等级:优 /
    自评得分:92.5分): the end of a record, not of a sentence's piece."""
    at = line.rfind(":")
    return at >= 0 and not any(ch in line[at + 1:] for ch in _CLAUSE_MARKS)


def _cell(text: str | None) -> str:
    return mend_decimal_commas(normalise_line(normalise_text(text or "").replace("\n", "").replace("\t", " ")).strip(), True)


def build_document(source: str | list[Block]) -> Document:
    """A document from plain text, or from a reader's blocks (text and native tables) in order.

    A native table row becomes one line (cells joined by tabs) so every figure still has a line
    number; a row with a single non-empty cell (a title or a note spanning the sheet) reads as text.
    """
    if isinstance(source, str) or isinstance(source, list) and len(source) == 1 and isinstance(source[0], str):
        # one text (most files): its lines' text is at hand, for the paragraphs and for ``Document.text``
        raw = source if isinstance(source, str) else source[0]
        text, nfkc_output = _normalise_text(raw)
        text = without_cut_cell(text)  # (a piece of the text: NFKC's output still when it was)
        open_end = ends_open(raw)  # (before a cut cell is taken off: the rows it ended are cut all the same)
        # a web page's footer and lists of its other articles, copied with the report's text
        lined = _normalised_lines_text(text, nfkc_output)
        text = without_link_lists(without_footer(without_print_marks(lined)))
        if open_end and text.rstrip()[-20:] != lined.rstrip()[-20:]:
            open_end = False  # the page's footer ends the text, mid-line or not: the report above it is whole
        if "|" in text:
            text = _mend_broken_pipe_rows(text)
        if "—" in text or " -" in text:
            text = _INLINE_PAGE_NUMBER.sub(" ", text)
        text = inline_page_chrome(text)
        # (after the parted figures are joined: 合计 1,57 4.82 万元 is one figure, no decimal comma)
        text = mend_decimal_commas(_parted_figures_joined(text), not open_end)
        if "-\n" in text:
            text = _hyphen_wraps_joined(text)
        if " 年 " in text:
            text = _SPACED_DATE.sub(r"年\1月", text)
        lines = text.split("\n")
        breaks: set[int] = set()
        if (furniture := page_furniture(lines, text)) is not None:
            lines, breaks = furniture
            text = "\n".join(lines)
        doc = _with_paragraphs(lines, [], set(), text)
        doc.known_text(text)
        doc.page_breaks = breaks
        doc.open_end = open_end
        return doc
    blocks = [source] if isinstance(source, str) else source
    lines: list[str] = []
    tables: list[Table] = []
    table_lines: set[int] = set()
    for block in blocks:
        if isinstance(block, TableBlock):
            rows: list[Row] = []
            for cells in block.rows:
                cells = [_cell(c) for c in cells]
                filled = [c for c in cells if c]
                if not filled:
                    continue
                lines.append(filled[0] if len(filled) == 1 else "\t".join(cells).rstrip("\t"))
                if len(filled) > 1:
                    table_lines.add(len(lines))
                rows.append(Row(cells=cells, line_no=len(lines), cell_lines=[len(lines)] * len(cells)))
            if rows:
                tables.append(Table(rows=rows, kind="native"))
            lines.append("")
        else:
            normalised, nfkc_output = _normalise_text(block)
            # (normalise_lines; a browser's print marks go here too: a PDF printed from a page holds them)
            text = without_print_marks(_normalised_lines_text(normalised, nfkc_output))
            text = mend_decimal_commas(_parted_figures_joined(_mend_broken_pipe_rows(text) if "|" in text else text), True)
            lines.extend(text.split("\n"))
    breaks: set[int] = set()
    if (furniture := page_furniture(lines, "\n".join(lines), keep=table_lines)) is not None:
        lines, breaks = furniture
    doc = _with_paragraphs(lines, tables, table_lines)
    doc.page_breaks = breaks
    return doc


# A word or a date the page wrapped at a hyphen, its rest opening the next line (文物巡查覆- / 盖率 ≥80% …, 2023- / 12-31前 …):
# the line's rest moves up onto it (the word without the hyphen, the date with it) and the next line is left blank, so
# every other line keeps its number. A hyphen after a space (an empty cell's -) or before other text stays.
_HYPHEN_WRAPPED_WORD = re.compile(f"-\n(?<=[{_CJK}]-\n)(?=[{_CJK}])([^\n]*)")
_HYPHEN_WRAPPED_DATE = re.compile(r"-\n(?<=\d{4}-\n)(?=\d{1,2}-\d)([^\n]*)")


# A date a PDF's text layer wrote with spaces about its words (2021 年 11 月底前): one cell, as 2021年11月底前, not a year,
# a 年, a month and a 月底前 read as four
# (opening on its literal, the year looked behind: a pattern opening with a literal is searched for in C)
_SPACED_DATE = re.compile(r" 年 (?<=(?<![\d.])(?:19|20)\d\d 年 )(1[0-2]|0?[1-9]) 月")


def _hyphen_wraps_joined(text: str) -> str:
    return _HYPHEN_WRAPPED_DATE.sub(r"-\1\n", _HYPHEN_WRAPPED_WORD.sub(r"\1\n", text))


def split_long(line: str, limit: int = MAX_PARAGRAPH) -> list[tuple[int, str]]:
    """(offset, piece) of a line cut into pieces of at most ``limit`` characters.

    A cut goes after sentence punctuation where there is some, else after a comma or a space,
    else anywhere but inside a number or a Latin word. Lines within the limit are one piece.
    """
    if len(line) <= limit:
        return [(0, line)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(line) - start > limit:
        end = start + limit
        cut = -1
        for marks in (_SENTENCE_END, "，,、", " \t"):
            cut = max(line.rfind(ch, start + limit // 2, end) for ch in marks)
            if cut >= 0:
                cut += 1
                break
        if cut < 0:
            cut = end
            while cut > start + limit // 2 and line[cut - 1].isascii() and line[cut - 1].isalnum() \
                    and line[cut].isascii() and (line[cut].isalnum() or line[cut] in ".,"):
                cut -= 1
        pieces.append((start, line[start:cut]))
        start = cut
    pieces.append((start, line[start:]))
    return pieces


def _with_paragraphs(lines: list[str], tables: list[Table], table_lines: set[int], text: str | None = None) -> Document:
    """The document of ``lines``; ``text``, when given, is the lines joined by line breaks."""
    # the CJK gaps of every line closed in one pass over the whole text: the gap pattern's lookarounds
    # hold no newline, so no match crosses a line break and each line comes out as close_cjk_gaps makes it
    if text is None:
        text = "\n".join(lines)
    closed = _CJK_GAP.sub("", text).split("\n") if " " in text else lines
    if " " in text and _SPACED_DIGIT.search(text) is not None:
        # (the lines holding digits a space apart only: most texts have none, found in C)
        closed = [_letter_spaced_closed(line, c) if " " in c else c for line, c in zip(lines, closed)]
    paragraphs: list[Paragraph] = []
    new_paragraph = paragraphs.append
    current: Paragraph | None = None
    prev = ""  # current.text, in a local (read for every line)
    # (the empty lines, a third of a page's, passed over in C: compress keeps the lines that are not "")
    for no, line in compress(enumerate(closed, start=1), closed):
        if line.isspace():
            continue
        if len(line) > MAX_PARAGRAPH:
            pieces = [piece for _, piece in split_long(line)]
        elif len(prev) >= MIN_WRAPPED_LINE and prev[-1] not in _SENTENCE_END \
                and len(prev) + len(line) <= MAX_PARAGRAPH and _is_wrapped(prev, line):
            # (_is_wrapped's own first tests before the call: most lines end a sentence; prev is "" before
            # the first paragraph)
            # Paragraphs stay short enough for the extraction rules to run in linear time: a huge
            # line (a PDF extraction that lost its line breaks) or a run of wrapped lines is cut.
            current.starts.append((len(prev), no))
            current.text = prev = prev + line
            continue
        else:
            current = Paragraph(line, [(0, no)])
            new_paragraph(current)
            prev = line
            continue
        for i, piece in enumerate(pieces):
            if i == 0 and current is not None and len(current.text) + len(piece) <= MAX_PARAGRAPH \
                    and _is_wrapped(current.text, piece):
                current.starts.append((len(current.text), no))
                current.text += piece
            else:
                current = Paragraph(text=piece, starts=[(0, no)])
                paragraphs.append(current)
        prev = current.text
    return Document(lines=lines, paragraphs=paragraphs, tables=tables, table_lines=table_lines)
