"""Speed work on the funds, budget and report-field rules: each fast path is held to the plain code it
replaces (copied here as it was), on short texts written for the purpose."""

from __future__ import annotations

import random
from collections import defaultdict
from decimal import Decimal
import re
from itertools import combinations

from pipelines import quality as Q
from pipelines.extract import budget as B
from pipelines.extract import funds_block as F
from pipelines.extract import report_fields as R
from pipelines.extract import units as U
from pipelines.extract import vocabulary as V
from pipelines.extract.literals import gate, lines_holding, may_match
from pipelines.extract.numbers import UNIT_DECLARATION_RE
from pipelines.model import Document, Paragraph
from pipelines.normalise import compact


def _pieces_plain(digits: str, count: int) -> list[list[str]]:
    # every combination of cuts, kept when each piece is a plain number
    out = []
    for cuts in combinations(range(1, len(digits)), count - 1):
        xs = [digits[a:b] for a, b in zip((0, *cuts), (*cuts, len(digits)))]
        if all(F._PLAIN_NUMBER.match(x) for x in xs):
            out.append(xs)
    return out


def test_number_pieces_are_the_combinations_of_cuts_in_their_order():
    rng = random.Random(7)
    seen = 0
    for _ in range(5000):
        digits = "".join(rng.choice("0123456789.0.") for _ in range(rng.randint(1, 12)))
        count = rng.randint(1, 5)
        fast = F._number_pieces(digits, count)
        assert fast == _pieces_plain(digits, count), (digits, count)
        seen += len(fast) > 1
    assert seen > 100
    assert F._rate_split("20015075") == ("200", "150", "75")


def _staff_paragraphs_plain(paragraphs):
    # every paragraph whose text, whitespace removed, holds a staff pattern's gate word
    return [i for i, p in enumerate(paragraphs)
            if may_match(R.V.STAFF_AUTHORIZED_RE, "".join(p.text.split()))
            or may_match(R.V.STAFF_ACTUAL_RE, "".join(p.text.split()))]


def test_staff_paragraphs_from_the_first_letter_scans_are_those_holding_a_gate_word():
    words = sorted({*gate(V.STAFF_AUTHORIZED_RE), *gate(V.STAFF_ACTUAL_RE)})
    # each word alone, spaced out, cut short by its last letter, and broken by a line of its own
    pieces = [*words, *(" ".join(w) for w in words), *(w[:-1] for w in words), *(w[-1] for w in words),
              "人员", "职工", "共有", "本年", " ", "\t", "，", "20人"]
    rng = random.Random(3)
    hits = 0
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 5))]
        paragraphs = [Paragraph(t, [(0, i + 1)]) for i, t in enumerate(texts)]
        fast = R._staff_paragraphs(paragraphs)
        assert list(fast) == _staff_paragraphs_plain(paragraphs), texts
        hits += bool(fast)
    assert hits > 1000
    # a word found only through the longer one holding it (现有干部职工 holds no shorter gate word)
    only_long = [w for w in words if not any(o != w and o in w for o in words) and len(w) > 3]
    assert only_long
    for w in only_long:
        paragraphs = [Paragraph("无关", [(0, 1)]), Paragraph(" ".join(w), [(0, 2)])]
        assert R._staff_paragraphs(paragraphs) == [1]


def test_unit_label_lines_from_the_pivot_scans_are_the_lines_the_alternation_finds():
    labels = sorted(U._LABEL_ROLE)
    # each label, cut short at either end, and the words around them
    pieces = [*labels, *(w[1:] for w in labels), *(w[:-1] for w in labels), "单位", "部门", "名称", "(", ")",
              "某县民政局", "：", " "]
    rng = random.Random(11)
    hits = 0
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 5))]
        doc = Document(lines=lines, paragraphs=[])
        plain = [no for no, line in enumerate(lines, start=1) if U._LABEL_RE.search(line)]
        assert list(U._lines_with_label(doc)) == plain, lines
        hits += bool(plain)
    assert hits > 1000


def _unit_declarations_plain(doc):
    at, units = [], []
    for i, line in enumerate(doc.lines):
        m = UNIT_DECLARATION_RE.search(line) if "元" in line else None
        if m:
            at.append(i)
            units.append(m.group("unit"))
    return at, units


def test_unit_declarations_from_the_lines_holding_yuan_are_the_line_loop():
    pieces = ["单位：万元", "单位:元", "单位 : 千元", "（万元）", "(亿元)", "( 元 )", "金额单位：", "万元", "元", "单位",
              "(", "（", "支出100万元", "：", " ", "x", "\n"]
    rng = random.Random(5)
    hits = 0
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        B._units_cache = None
        doc = Document(lines=lines, paragraphs=[])
        assert B._unit_declarations(doc) == _unit_declarations_plain(doc), lines
        hits += bool(B._unit_declarations(doc)[0])
    assert hits > 1000


def test_lines_holding_the_words_are_found_by_the_literal_scans():
    pieces = ["执行", "执", "行", "资金总额", "资金", "总额", "分", "得分", " ", "x", "\n"]
    rng = random.Random(9)
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        doc = Document(lines=lines, paragraphs=[])
        for words in (("分",), ("执行", "资金总额")):
            found = list(lines_holding(doc, words))
            holding = [i for i, line in enumerate(lines) if any(w in line for w in words)]
            if any("\n" in line for line in lines):
                assert found == list(range(len(lines)))
            else:
                assert found == holding, (lines, words)


def _worded_figure_plain(text):
    s = compact(text) or ""
    return bool(s) and s[0].isdigit() and F._MONEY_CELL.match(s) is None and F._WORDED_FIGURE.match(s) is not None


def test_worded_figure_of_an_ascii_cell_is_read_as_before():
    pieces = ["12", "345", ".5", ",", "%", " ", "-", "万元", "元", "热线", "个街道", "１２", "３", "ab", "x"]
    rng = random.Random(13)
    worded = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        assert F._worded_figure(text) == _worded_figure_plain(text), text
        worded += F._worded_figure(text)
    assert worded > 100
    assert F._worded_figure("１２３４５热线") and F._worded_figure("12315投诉举报处置") and not F._worded_figure("12315")


def _unit_slips_plain(report, items):
    # check_unit_slips as it was: every positive figure's 10^4 multiple looked up
    by_amount = defaultdict(list)
    for b in items:
        by_amount[b["amount_wan_yuan"]].append(b)
    out, seen = [], set()
    for small in items:
        if small["amount_wan_yuan"] <= 0:
            continue
        for big in by_amount.get(small["amount_wan_yuan"] * Q.UNIT_SLIP_FACTOR, []):
            subject = Q._shared_subject(small["label"] or "", big["label"] or "")
            if subject is None or (small["line_no"], big["line_no"]) in seen:
                continue
            seen.add((small["line_no"], big["line_no"]))
            out.append(subject)
    return out


def test_unit_slips_skip_figures_above_the_largest_over_the_factor():
    rng = random.Random(17)
    amounts = [Decimal("0"), Decimal("-3"), Decimal("0.0097"), Decimal("97"), Decimal("970000"), Decimal("12.5"),
               Decimal("125000"), Decimal("125000.00"), Decimal("1.25E+5"), Decimal("0.00125"), Decimal("12.50")]
    labels = ["基本支出", "项目支出", "三公经费", None, "其他"]
    found = 0
    for _ in range(3000):
        items = [{"amount_wan_yuan": rng.choice(amounts), "label": rng.choice(labels), "line_no": n,
                  "amount_raw": "x"} for n in range(rng.randint(0, 6))]
        fast = [f["message"].split(":")[0] for f in Q.check_unit_slips({}, items)]
        assert fast == _unit_slips_plain({}, items), items
        found += bool(fast)
    assert found > 100


def test_a_line_opening_a_section_opens_with_one_of_the_first_characters():
    """``B._SECTION_FIRST`` holds every character a line ``B._SECTION_OPENS`` matches may open with (declared_unit
    tests it before the pattern)."""
    pieces = ["一、", "二.", "十", "第三章", "第一部分", " ", "\t", "（一）", "1、", "x", "、", "．"]
    rng = random.Random(11)
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        if B._SECTION_OPENS.match(line):
            assert line[:1] in B._SECTION_FIRST, line
