"""Letters OCR reads for digits (O, o for 0; l, I for 1) inside numbers, and their mending: used where the text is
normalised (a count before its unit) and by the extraction's readers (a cell's number, a rate). No imports of the
project's: both sides import it."""

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
