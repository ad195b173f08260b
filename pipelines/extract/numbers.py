"""Number, money, percentage and year parsing over normalised text."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, getcontext
from functools import lru_cache

from pipelines.extract import vocabulary as V

# 1,234.56 | 1234.56 | 0.13 ; a leading minus is kept (a negative amount is reported, not hidden).
NUMBER = r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_RE = re.compile(NUMBER)
# A count or measure inside an indicator value (3,268件, ≥3,000件, 97.5%): no sign, and a thousands
# group must be whole (1,2345 is not one number).
# Written digit first (``\d{1,3}…|\d+`` with the first digit taken out: the same matches, tried in the
# same order): a pattern that opens with it then scans text for digits in C instead of trying a match at
# every character (re only skips ahead on a first character it can read off the pattern).
UNSIGNED_NUMBER = r"\d(?:\d{0,2}(?:,\d{3})+(?!\d)|\d*)(?:\.\d+)?"
# The same as first written, kept for the test that holds the two to the same matches.
UNSIGNED_NUMBER_PLAIN = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"

# Multipliers into 万元 (10,000 yuan), the warehouse's money unit.
MONEY_UNITS: dict[str, Decimal] = {
    "亿元": Decimal(10000),
    "万元": Decimal(1),
    "千元": Decimal("0.1"),
    "元": Decimal("0.0001"),
}
# NUMBER not right after a digit, a point or a digit's comma (12,3: a thousands group cut; after 500万元, the
# comma NFKC makes of "，" opens the next figure: 分别为500万元，150万元), opening with one class (the sign or the first digit,
# the test on the character before made after it, the digit after a sign taken next): re then skips
# ahead to that class in C, where a pattern opening with a lookbehind is tried at every character.
# The same matches, tried in the same order, as NUMBER_AT_START_PLAIN (a test holds the two together).
NUMBER_AT_START = r"[-−\d](?<![\d.].)(?<!\d,.)(?:(?<=[-−])\d|(?<=\d))(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"
NUMBER_AT_START_PLAIN = rf"(?<![\d.])(?<!\d,){NUMBER}"
MONEY_RE = re.compile(rf"(?P<num>{NUMBER_AT_START})\s*(?P<unit>亿元|万元|千元|元)")
PERCENT_RE = re.compile(rf"(?P<num>{NUMBER_AT_START})\s*%")
# A declared unit for the figures of a table: 单位：万元 / （万元） / 金额单位:元, or said in words: 金额单位为元 / 单位是万元 /
# 以元为单位 (a unit said after 为 ends its word: 实施单位为元氏县… names no unit)
UNIT_DECLARATION_RE = re.compile(
    r"(?:单位\s*(?:[:：]\s*|[为是]\s*(?=(?:亿元|万元|千元|元)(?![\u4e00-\u9fff])))?|[(（]\s*"
    r"|以\s*(?=(?:亿元|万元|千元|元)\s*为单位))(?P<unit>亿元|万元|千元|元)\s*[)）]?")
# An amount after the yuan sign with no unit after it (¥1,360,000.00, ￥ 4,800; NFKC makes ￥ ¥): in 元. ``signed_yuan``
# writes it 1,360,000.00元 in the sign's place, as long as it was written (the text keeps its offsets).
YUAN_SIGN_RE = re.compile(r"[¥￥]\s*(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.%])(?!,\d)(?!\s*(?:亿|万|千|元))")


def signed_yuan(m: re.Match) -> str:
    return (m.group("num") + "元").ljust(len(m.group(0)))


# A year not preceded by a digit. The test on the digit before is made after 19/20 (the same test, at
# the same place): a pattern opening with 19|20 is searched for those digits in C, one opening with a
# lookbehind is tried at every character. YEAR_PLAIN is the lookbehind-first form, kept for the test.
YEAR = r"(?:19|20)(?<!\d..)\d{2}"
YEAR_PLAIN = r"(?<!\d)(?:19|20)\d{2}"
YEAR_RE = re.compile(rf"(?P<year>{YEAR})\s*年")
DATE_RE = re.compile(rf"(?P<year>{YEAR})\s*年\s*(?P<month>\d{{1,2}})\s*月(?:\s*(?P<day>\d{{1,2}})\s*日)?")


@lru_cache(maxsize=4096)  # pure (a Decimal is immutable): cached, the same cells come back in report after report
def parse_number(text: str | None) -> Decimal | None:
    """``'1,234.56'`` -> Decimal('1234.56'); None when the text holds no plain number."""
    if text is None:
        return None
    m = NUMBER_RE.search(text)
    if not m:
        return None
    try:
        return Decimal(m.group(0).replace(",", "").replace("−", "-"))
    except InvalidOperation:
        return None


def unsigned_float(text: str) -> float:
    """A match of ``UNSIGNED_NUMBER`` as a float: ``'3,268'`` -> 3268.0."""
    return float(text.replace(",", ""))


# A number whose every point is followed by exactly three digits (1.200, 12.500.000): in a count, thousands
_POINT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def count_float(num: str, unit: str | None) -> float:
    """``unsigned_float``, but a count of whole things (people, households: ``vocabulary.COUNT_UNIT_SET``)
    written with a point before exactly three digits has that point for its thousands: ``('1.200', '人')``
    -> 1200.0. A count is an integer, so 1.200人 is never 1.2 persons; money and measures keep the decimal."""
    if unit is not None and "." in num and unit in V.COUNT_UNIT_SET and _POINT_GROUPS.fullmatch(num) is not None:
        return float(num.replace(".", ""))
    return unsigned_float(num)


def parse_chinese_number(text: str | None) -> Decimal | None:
    """A number in Chinese numerals, as some reports write scores: ``'九十三点五'`` -> Decimal('93.5')
    (through cn2an); None when it is not a well-formed number."""
    if not text:
        return None
    import cn2an

    try:
        value = cn2an.cn2an(text, "normal")
    except Exception:  # cn2an raises ValueError on malformed numerals, and may raise others on odd input
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def to_wan_yuan(amount: Decimal, unit: str) -> Decimal:
    """Convert an amount written in ``unit`` into 万元, exactly."""
    value = (amount * MONEY_UNITS[unit]).normalize()
    # no exponent form: 120 rather than 1.2E+2 (a number too long for the context stays as it is)
    if value == value.to_integral_value() and value.adjusted() < getcontext().prec:
        return value.quantize(Decimal(1))
    return value


def as_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


# An amount with points for its thousands separators (1.200.00, 12.345.678.90): a number has one decimal
# point, so with two or more every point but the last parts thousands (3 digits each after the first group).
SEVERAL_POINTS_RE = re.compile(r"(?<![A-Za-z\d.,])\d{1,3}(?:\.\d{3})+(?=\.\d{1,2}(?![\d.]))")


def mend_point_thousands(text: str) -> str:
    """``'1.200.00'`` -> ``'1,200.00'``: points written for thousands separators, where a second point shows it."""
    return SEVERAL_POINTS_RE.sub(lambda m: m.group(0).replace(".", ","), text)


def is_number_cell(cell: str) -> bool:
    """A table cell holding one number (optionally a percentage or a money unit)."""
    return bool(re.fullmatch(rf"\s*{NUMBER}\s*(?:%|亿元|万元|千元|元)?\s*", cell))


def _groupings(m: int, k: int) -> list[list[int]]:
    """Every way of cutting ``m`` pieces into ``k`` runs side by side, as the runs' lengths."""
    if k == 1:
        return [[m]]
    return [[a, *rest] for a in range(1, m - k + 2) for rest in _groupings(m - a, k - 1)]


def parted_joinings(pieces: list[str], k: int, join) -> list[list[str]]:
    """The ways of joining ``pieces`` side by side (a row's figures OCR parted with spaces: 23 1.6, 9 6.5%) into ``k``
    figures, each run of pieces made one by ``join`` (None: the run spells no figure): those where every run does."""
    out = []
    for sizes in _groupings(len(pieces), k):
        figures, at = [], 0
        for size in sizes:
            figures.append(join(pieces[at:at + size]))
            at += size
        if None not in figures:
            out.append(figures)
    return out
