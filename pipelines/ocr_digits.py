"""Letters OCR reads for digits (O, o for 0; l, I for 1) inside numbers, and their mending, and a PDF's space inside a
figure before its thousands comma: used where the text is normalised (a count before its unit) and by the extraction's
readers (a cell's number, a rate). No imports of the project's: both sides import it."""

from __future__ import annotations

import re

# Letters OCR reads for digits: O (or o) for 0, l or I for 1 (2O, l9, 1O0人, 8O.5%).
OCR_DIGIT_LETTERS = "OolI"
AS_DIGITS = str.maketrans(OCR_DIGIT_LETTERS, "0011")
# A number written with such a letter: a run of digits, those letters, points and commas holding a digit and
# a letter, with no other Latin letter or digit either side (ISO9001, l0kV, PM2.5 and words stay as written).
MISREAD_NUMBER_RE = re.compile(
    r"(?<![A-Za-z\d.,])(?=[\dOolI.,]*\d)(?=[\d.,]*[OolI])[\dOolI][\dOolI.,]*(?<=[\dOolI])(?![A-Za-z\d])")
# a digit next to one of the letters: the test that gates the search above
MISREAD_GATE_RE = re.compile(r"\d[OolI]|[OolI][\d,.]")
# the same test led by the letter: ``re`` skips to one of the four letters in a tight loop, where the leading
# \d above is tried at every character (a test holds the two to each other)
MISREAD_LETTER_GATE_RE = re.compile(r"[OolI](?:[\d,.]|(?<=\d[OolI]))")


def mend_misread_number(text: str) -> str:
    """``'1O0人'`` -> ``'100人'``, ``'l9'`` -> ``'19'``: letters OCR read for digits, inside a number only."""
    return MISREAD_NUMBER_RE.sub(lambda m: m.group(0).translate(AS_DIGITS), text)


# ... and in running text, the same number where a unit or a label follows it (核定编制 4l 人, 自评得分 9O 分,
# l2.6 万元): as many digits as letters at least (O2O 模式 stays as written). Before 年 a year is read by its own
# rule (pipelines/normalise.py _OCR_YEAR), which leaves what is no year as written; before 元 an amount is mended by
# the money readers, which keep its raw text as written (budget.py).
# A Latin word before it makes it a name's (Office 2O).
MISREAD_COUNT_RE = re.compile(r"(?<![A-Za-z] )" + MISREAD_NUMBER_RE.pattern + r"(?=\s?(?!年|[万亿千]?元)[\u4e00-\u9fff%‰])")


def mend_misread_count(text: str) -> str:
    """``'核定编制 4l 人'`` -> ``'核定编制 41 人'``: ``mend_misread_number`` in running text, before a unit or a
    label only (gated by ``MISREAD_LETTER_GATE_RE``)."""
    return MISREAD_COUNT_RE.sub(_digits_of_count, text)


def _digits_of_count(m: re.Match) -> str:
    written = m.group(0)
    digits = sum(ch.isdigit() for ch in written)
    return written.translate(AS_DIGITS) if digits >= len(written) - digits - written.count(".") - written.count(",") \
        else written


# A rate OCR wrote in those letters alone, no digit left (lOO%): two letters or more right before the percent sign,
# no other Latin letter or digit before them
MISREAD_RATE_RE = re.compile(r"(?<![A-Za-z\d.,])[OolI][OolI.]*[OolI](?=\s*[%‰])")
# the letter right before a percent sign: the literal tests that gate the search above
MISREAD_RATE_ENDS = tuple(ch + sign for ch in OCR_DIGIT_LETTERS for sign in "%‰")


def mend_misread_rate(text: str) -> str:
    """``'lOO%'`` -> ``'100%'``: a rate written in the letters OCR reads for digits, with no digit among them."""
    return MISREAD_RATE_RE.sub(lambda m: m.group(0).translate(AS_DIGITS), text)


# OCR's comma for a decimal point (76,35 | 97,2% | 得分91,5分 | 2,410,57万元: a figure's last group of one or two digits
# after a comma, alone or after thousands groups of three): a thousands group has three digits, so a group of one or
# two ending the figure is its decimals, where the figure ends a cell or stands before its unit, %, 分 (a score) or
# another figure of the row. A list of figures (3,5,7项, 1,2月, (1,2)) is no figure: a comma and a figure after the
# group, or a word after it other than those, leave it as written. A line's end closes the figure of a cell only (a
# space or a bar before it: 总分 100 97,5), the next line opening on no digit (1,482,60 / 0.00: a figure a narrow cell
# wrapped, read whole by the cell stream): a figure glued to its label may go on past a page's furniture (支出3,4 /
# — 2 — / 08.15万元), and the text's end is an excerpt's cut (| 26,7), but a cell's.
# (led by the figure's first digit, the tests on the character before it made after it: re skips to a digit in C, where a
# pattern opening with a look-behind is tried at every character; DECIMAL_COMMA_PLAIN is the same written plainly, kept
# for the test that holds the two to the same matches)
DECIMAL_COMMA_RE = re.compile(
    r"\d(?<![\d.]\d)(?<!\d,\d)(?P<cell>(?<![^\s|]\d))?(?:\d{0,2}(?:,\d{3})+|\d*),\d{1,2}(?!\d|[,.]\d)"
    r"(?= ?(?:[%‰]|[万千亿]?元|分(?!钟))|[ \t]*[|\t]| [-−\d≥≤<>=/—]|(?(cell)[ \t]*\n(?=[^\d\n]|\n)|(?!)))")
DECIMAL_COMMA_PLAIN = (
    r"(?<![\d.])(?<!\d,)(?P<cell>(?<![^\s|]))?(?:\d{1,3}(?:,\d{3})+|\d+),\d{1,2}(?!\d|[,.]\d)"
    r"(?= ?(?:[%‰]|[万千亿]?元|分(?!钟))|[ \t]*[|\t]| [-−\d≥≤<>=/—]|(?(cell)[ \t]*\n(?=[^\d\n]|\n)|(?!)))")
# (the literal-led test that gates it: a comma, one or two digits, no third)
DECIMAL_COMMA_GATE_RE = re.compile(r",\d\d?(?!\d)")


def mend_decimal_commas(text: str, closed: bool = False) -> str:
    """``'76,35'`` -> ``'76.35'``, ``'2,410,57万元'`` -> ``'2,410.57万元'``: a comma OCR read for a figure's decimal
    point (``DECIMAL_COMMA_RE``); the text keeps its length. ``closed``: the text's end closes its last figure (a
    table's cell, a text not cut short)."""
    # (a digit before the comma too: NFKC makes Chinese prose's commas "," before its figures, 项,12个)
    if "," not in text or not any(m.start() and text[m.start() - 1].isdigit()
                                  for m in DECIMAL_COMMA_GATE_RE.finditer(text)):
        return text
    if closed:
        return DECIMAL_COMMA_RE.sub(_decimal_point, text + "\n\n")[:-2]
    return DECIMAL_COMMA_RE.sub(_decimal_point, text)


# A figure after a label (or a colon), then more digits a space apart up to a unit (合计 1,23 45 万元): OCR's parted
# figure whose pieces joined make none (pipelines/normalise.py joins the others first), no figure of a row's cells
_PARTED_AFTER_LABEL = re.compile(r"[\u4e00-\u9fff)）:：] ?$")
_PARTED_REST = re.compile(r"(?: [\d.,]+){1,2} ?(?:人|名|万元|元|%|亿元)(?! ?[\d≥≤>＞<＜])")


def _unclosed_row_cut(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` ends a bar row left open (``本年支出合计 | 2,6``) under a row its bar closed
    (``教育支出 | 2,402.20 |``): the excerpt cut the row inside its figure, a thousands group short of its digits."""
    line_end = text.find("\n", end)
    if text[end:line_end if line_end >= 0 else len(text)].strip(" \t"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if "|" not in text[line_start:start] or not line_start:
        return False
    return text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].rstrip().endswith("|")


def _decimal_point(m: re.Match) -> str:
    figure, text, end = m.group(0), m.string, m.end()
    if (end == len(text) or text[end] in "\n \t") and _unclosed_row_cut(text, m.start(), end):
        return figure
    if text.startswith(" ", end) and _PARTED_REST.match(text, end) is not None \
            and _PARTED_AFTER_LABEL.search(text, max(0, m.start() - 2), m.start()) is not None:
        return figure
    at = figure.rindex(",")
    return figure[:at] + "." + figure[at + 1:]


# A PDF's space before a figure's thousands comma, and after it or not (年初预算 3 ,126.40, 合计 5 , 284.63): the digits
# before it are no figure of their own (substituted with r"\1,", the amount is whole again). A list of small figures
# (1, 2, 3 or 5 , 6) has no group of exactly three digits after the comma: it stays apart.
SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}) +, ?(?=\d{3}(?!\d))")
