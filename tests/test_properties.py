"""Property-based tests (hypothesis) of the number, unit and date parsers and the text normaliser.

Two kinds of property: the parsers never raise on arbitrary text (a bad input is a rejection or
a NULL, never a crash of the run), and they read back what we write (an amount formatted with
thousands separators and a unit parses to the same 万元 value; a bound ``≥{n}{unit}`` parses to
its operator, number and unit). Example counts are modest and the runs derandomized, so the file
takes a few seconds and fails the same way every time.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract.numbers import (
    DATE_RE, MONEY_RE, MONEY_UNITS, NUMBER_RE, PERCENT_RE, YEAR_RE, parse_chinese_number, parse_number, to_wan_yuan,
)
from pipelines.extract.report_fields import find_self_score
from pipelines.extract.roles import UNITS
from pipelines.extract.targets import parse_value
from pipelines.normalise import MAX_PARAGRAPH, TableBlock, build_document, compact, normalise_text, split_long
from pipelines.read import decode_text

FEW = settings(max_examples=60, deadline=None, derandomize=True)
SOME = settings(max_examples=150, deadline=None, derandomize=True)

# Text that looks like report text: CJK, digits (ASCII and full-width), units, punctuation, spaces,
# traditional characters and line breaks of every kind, mixed with anything at all.
REPORT_ALPHABET = list("本年收入支出万元亿千元年月日度自评得分为九十三点五分部門整體績效報告國財務預")
REPORT_ALPHABET += list("0123456789０１２３４５６７８９.,，．。；:：%％-−≥≤<> \t\u3000\u00a0\r\n")
report_text = st.text(alphabet=REPORT_ALPHABET, max_size=200) | st.text(max_size=200)
units = st.sampled_from(sorted(MONEY_UNITS))


def with_thousands(amount: Decimal) -> str:
    return f"{amount:,.2f}"


# --- numbers ----------------------------------------------------------------------------------

@SOME
@given(report_text)
def test_number_parsers_never_raise(text):
    value = parse_number(text)
    assert value is None or isinstance(value, Decimal)
    for m in MONEY_RE.finditer(text):
        amount = parse_number(m.group("num"))
        assert amount is not None  # whatever MONEY_RE calls a number is one
        to_wan_yuan(amount, m.group("unit"))
    for m in PERCENT_RE.finditer(text):
        assert parse_number(m.group("num")) is not None
    parse_chinese_number(text)


@SOME
@given(st.decimals(min_value=0, max_value=10**11, places=2), units, st.booleans(), st.booleans())
def test_an_amount_written_with_separators_and_a_unit_parses_back(amount, unit, separators, full_width):
    written = with_thousands(amount) if separators else f"{amount:.2f}"
    if full_width:  # ９７４．４２ as some reports type it: the normaliser folds it first
        written = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c in ".," else c for c in written)
    text = normalise_text(f"本年收入{written}{unit}，较上年增长3.5%。")
    m = MONEY_RE.search(text)
    assert m is not None and m.group("unit") == unit
    assert to_wan_yuan(parse_number(m.group("num")), unit) == amount * MONEY_UNITS[unit]


@SOME
@given(st.decimals(allow_nan=False, allow_infinity=False), units)
def test_to_wan_yuan_is_exact_and_never_raises(amount, unit):
    value = to_wan_yuan(amount, unit)
    assert value == amount * MONEY_UNITS[unit]
    if value == value.to_integral_value() and abs(value) < 10**20:
        assert "E" not in str(value)  # 120, not 1.2E+2


@FEW
@given(st.integers(min_value=0, max_value=10**15))
def test_plain_and_grouped_integers_parse_the_same(n):
    assert parse_number(f"{n:,}") == parse_number(str(n)) == Decimal(n)
    assert NUMBER_RE.fullmatch(f"{n:,}")


@FEW
@given(st.integers(min_value=11, max_value=100), st.sampled_from(["", "点五", "点二五"]))
def test_a_score_in_chinese_numerals_is_read(whole, fraction):
    written = cn2an.an2cn(whole) + fraction  # 九十三, 九十三点五
    expected = whole + {"": 0, "点五": 0.5, "点二五": 0.25}[fraction]
    if expected > 100:
        return
    assert parse_chinese_number(written) == Decimal(str(expected))
    doc = build_document(f"某局2023年度部门整体支出绩效自评报告\n经自评，自评得分为{written}分，等级为优。\n")
    assert find_self_score(doc) == expected


# --- targets: ≥15宗, 90%以上, 不少于6000份 ----------------------------------------------------------

values = st.tuples(st.integers(min_value=0, max_value=100_000), st.sampled_from(["", ".5", ".25", ".75"]))
# 2023年 is a date, not a count; 个工作日 reads as 工作日 (the measure word goes); ㎡ and m² are not NFKC-stable
target_units = st.sampled_from(sorted(u for u in UNITS if u not in ("年", "个工作日", "㎡", "m²")))


@SOME
@given(report_text)
def test_parse_value_never_raises(text):
    v = parse_value(text)
    assert v.op in (None, ">=", "<=", ">", "<", "=")
    assert (v.value is None) == (v.op is None)


@SOME
@given(values, target_units, st.sampled_from([
    ("≥{}", ">="), ("{}以上", ">="), ("不少于{}", ">="), ("≤{}", "<="), ("不超过{}", "<="), ("{}以内", "<="),
    ("大于{}", ">"), ("低于{}", "<"), ("{}", "="),
]))
def test_a_bound_parses_back(value, unit, form):
    (whole, fraction), (template, op) = value, form
    number = f"{whole}{fraction}"
    v = parse_value(template.format(number + unit))
    assert (v.op, v.value, v.unit) == (op, float(number), unit)


# --- years and dates --------------------------------------------------------------------------

@FEW
@given(st.integers(min_value=1900, max_value=2099), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=31), st.sampled_from(["", " "]))
def test_dates_parse_back(year, month, day, gap):
    text = f"报告日期：{year}{gap}年{gap}{month}{gap}月{gap}{day}{gap}日"
    m = DATE_RE.search(text)
    assert m and (int(m.group("year")), int(m.group("month")), int(m.group("day"))) == (year, month, day)
    assert [int(y) for y in YEAR_RE.findall(f"{year}年度部门整体支出")] == [year]


@SOME
@given(report_text)
def test_year_and_date_regexes_never_raise_and_stay_in_range(text):
    for y in YEAR_RE.findall(text):
        assert 1900 <= int(y) <= 2099
    for m in DATE_RE.finditer(text):
        int(m.group("month"))


# --- the normaliser ---------------------------------------------------------------------------

def _lines(text: str) -> int:
    return len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


@SOME
@given(report_text)
def test_normalise_text_keeps_lines_and_is_idempotent(text):
    out = normalise_text(text)
    assert "\r" not in out
    assert _lines(out) == _lines(text)  # line numbers stay evidence
    assert unicodedata.is_normalized("NFKC", out)
    assert normalise_text(out) == out


@SOME
@given(report_text)
def test_build_document_never_raises_and_keeps_line_numbers(text):
    doc = build_document(text)
    assert len(doc.lines) == _lines(text)
    for para in doc.paragraphs:
        assert 1 <= para.line_no <= len(doc.lines)
        assert all(1 <= no <= len(doc.lines) for _, no in para.starts)
        assert len(para.text) <= MAX_PARAGRAPH


@FEW
@given(st.lists(report_text | st.lists(st.lists(report_text, max_size=4), max_size=4).map(TableBlock), max_size=4))
def test_build_document_takes_any_blocks(blocks):
    doc = build_document(blocks)
    for table in doc.tables:
        for row in table.rows:
            assert 1 <= row.line_no <= len(doc.lines)


@FEW
@given(st.text(alphabet=list("收入支出万元。，,. 12345６７abc"), min_size=0, max_size=3000),
       st.integers(min_value=20, max_value=400))
def test_long_lines_are_cut_into_pieces_that_add_up(line, limit):
    pieces = split_long(line, limit)
    assert "".join(p for _, p in pieces) == line
    assert all(len(p) <= limit for _, p in pieces)
    assert [off for off, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


@SOME
@given(st.one_of(st.none(), report_text))
def test_compact_removes_all_whitespace(text):
    out = compact(text)
    assert out is None or (out and not any(c.isspace() for c in out))
    assert compact(out) == out


# --- decoding -----------------------------------------------------------------------------------

cjk_text = st.text(alphabet=list("部门整体支出绩效自评报告本年收入万元。，0123456789ab\n"), min_size=60, max_size=300)
# Chinese text (every character several bytes), as a damaged report is
chinese_text = st.text(alphabet=list("部门整体支出绩效自评报告本年收入万元。，"), min_size=60, max_size=300)


@FEW
@given(cjk_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_text_decodes_back(text, encoding):
    assert decode_text(text.encode(encoding)) == text


@FEW
@given(chinese_text, st.data())
def test_small_damage_is_survived_and_reported(text, data):
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    encoded = text.encode("utf-8")
    at = len(text[:cut].encode("utf-8"))
    notes: list[str] = []
    assert decode_text(encoded[:at] + b"\xff" + encoded[at:], notes) == text[:cut] + "\ufffd" + text[cut:]
    assert notes and "1 invalid UTF-8 byte sequence" in notes[0]
    end = len(encoded) - 1  # cut in the middle of the last character
    notes = []
    assert decode_text(encoded[:end], notes) == text[:-1]
    assert "ends in the middle of a character" in notes[0]


@FEW
@given(st.text(alphabet=list("Budget report 2023: income 100, spending 90.\n"), min_size=1000, max_size=3000),
       st.data())
def test_a_stray_byte_in_ascii_text_is_survived(text, data):
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    notes: list[str] = []
    raw = text.encode()
    assert decode_text(raw[:cut] + b"\xff" + raw[cut:], notes) == text[:cut] + "\ufffd" + text[cut:]
    assert notes
