"""Round 5 of the speed work: whole-text scans instead of looks at every line or paragraph, patterns that
open with a character class, answers cached per distinct string, and the joined text made once per
document. Each fast path is held to the plain code it replaces, on short texts written here."""

import itertools
import re
import sys
import unicodedata

from pipelines import normalise as N
from pipelines.extract import budget as B
from pipelines.extract import report_fields as R
from pipelines.extract import titles as T
from pipelines.extract import units as U
from pipelines.extract import vocabulary as V
from pipelines.extract.literals import may_match
from pipelines.extract.numbers import NUMBER, NUMBER_AT_START, NUMBER_AT_START_PLAIN, MONEY_RE, PERCENT_RE, \
    parse_number
from pipelines.extract.titles import arabic_years, find_titles, parse_title
from pipelines.model import Document, Forms, Paragraph
from pipelines.normalise import build_document, compact


def _texts(pieces: list[str], repeat: int):
    return ("".join(p) for p in itertools.product(pieces, repeat=repeat))


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_whitespace_class_is_str_isspace():
    # the gates below write "whitespace but a line break" as [^\S\n], for str.strip / str.split / isspace
    space = re.compile(r"[^\S\n]")
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        assert (space.match(ch) is not None) == (ch.isspace() and ch != "\n"), hex(c)


# --- numbers ---------------------------------------------------------------------------------

def test_number_opening_with_one_class_is_the_lookbehind_pattern():
    fast_money = re.compile(rf"(?P<num>{NUMBER_AT_START})\s*(?P<unit>亿元|万元|千元|元)")
    plain_money = re.compile(rf"(?P<num>(?<![\d.])(?<!\d,){NUMBER})\s*(?P<unit>亿元|万元|千元|元)")
    assert MONEY_RE.pattern == fast_money.pattern
    plain_percent = re.compile(rf"(?P<num>{NUMBER_AT_START_PLAIN})\s*%")
    pieces = ["1", "12", "1234", ",", ",567", ".", ".5", "-", "−", " ", "万元", "元", "%", "x", "亿", "\n"]
    for text in _texts(pieces, 4):
        assert _spans(MONEY_RE, text) == _spans(plain_money, text), repr(text)
        assert _spans(PERCENT_RE, text) == _spans(plain_percent, text), repr(text)
    assert [m.group("num") for m in MONEY_RE.finditer("收入-1,234.5万元，支出−20元，1.5元，a3元")] == \
        ["-1,234.5", "−20", "1.5", "3"]
    # none after a digit's comma (a thousands group cut); after another's, the next figure
    assert [m.group("num") for m in MONEY_RE.finditer("1.5元,2元 12,3元")] == ["1.5", "2"]


def test_decimal_comma_led_by_its_digit_is_the_lookbehind_pattern():
    from pipelines.ocr_digits import DECIMAL_COMMA_GATE_RE, DECIMAL_COMMA_PLAIN, DECIMAL_COMMA_RE
    plain = re.compile(DECIMAL_COMMA_PLAIN)
    pieces = ["1", "23", ",", ",5", ",45", ",456", ".", "%", "万元", "分", "分钟", " ", "|", "\t", "\n", "某", "—", "≥"]
    for text in _texts(pieces, 4):
        assert _spans(DECIMAL_COMMA_RE, text) == _spans(plain, text), repr(text)
        # (the gate lets every text with a match through)
        assert DECIMAL_COMMA_GATE_RE.search(text) is not None or plain.search(text) is None, repr(text)


def test_parse_number_cached_is_parse_number():
    for text in ["1,234.56", "−3", "-0", "0.00", "x12y", "", "无", "1,2", "12.", "3,268件"]:
        assert parse_number(text) == parse_number.__wrapped__(text), text
        assert str(parse_number(text)) == str(parse_number.__wrapped__(text)), text
    assert parse_number(None) is None


# --- budget ----------------------------------------------------------------------------------

def test_last_clause_and_last_sentence_are_what_split_and_finditer_give():
    pieces = ["", "支出", "，", ",", "。", "；", "(", "）", "!", "收入", "\n", "为"]
    for text in _texts(pieces, 4):
        assert B._last_clause(text) == B._CLAUSE_BREAK.split(text)[-1], repr(text)
        breaks = list(B._SENTENCE_BREAK.finditer(text))
        m = B._UP_TO_SENTENCE.match(text)
        assert (m.end() if m else None) == (breaks[-1].end() if breaks else None), repr(text)


def test_cached_budget_rules_answer_as_the_functions_do():
    windows = ["，本年收入", "年末结转和结余", "年度基本支出和项目支出合计：", "人员经费支出", "本年项目支出年初预算安排为",
               "，本年实际支出为", "其中公务接待费预算数", "上年支出", "2022年度实际支出", "“三公”经费决算数为", "、",
               "下达我局经费", "截至2024年3月底支出"]
    for window in windows:
        for subject in (None, "三公经费", "收入", "支出", "基本支出"):
            assert B.classify_label(window, subject) == B.classify_label.__wrapped__(window, subject), window
        assert B._figure_year(window) == B._figure_year.__wrapped__(window), window
        assert B._clean(window) == B._clean.__wrapped__(window), window
        assert B.row_meaning(window) == B.row_meaning.__wrapped__(window), window


# --- normalise, model ------------------------------------------------------------------------

def _compact_plain(text):
    if text is None:
        return None
    out = "".join(unicodedata.normalize("NFKC", text).split())
    return unicodedata.normalize("NFKC", out) or None


class _Str(str):
    pass


def test_compact_cached_is_compact():
    texts = ["部门 整体\t支出", " ", "", "ＡＢ　c", "¯a", "a\u0304", "预算\u00a0数", "（万元）"]
    for _ in range(2):  # the second time from the cache
        for text in texts + [None, _Str("a b")]:
            assert compact(text) == _compact_plain(text), repr(text)
    N._compacted.clear()
    for i in range(N._COMPACTED_MAX + 10):  # bounded
        assert compact(f"{i} 号") == f"{i}号"
    assert len(N._compacted) <= N._COMPACTED_MAX


def test_document_text_is_the_lines_joined_made_again_for_other_lines():
    doc = Document(lines=["一", "", "二\t三"], paragraphs=[])
    assert doc.text() == "一\n\n二\t三" and doc.lines_unbroken()
    doc.lines = ["a\nb", "c"]
    assert doc.text() == "a\nb\nc" and not doc.lines_unbroken()
    assert Document(lines=[], paragraphs=[]).text() == ""
    assert doc == Document(lines=["a\nb", "c"], paragraphs=[])  # the kept text is no field


def test_paragraph_with_slots_reads_as_before():
    p = Paragraph("第一行第二行", [(0, 3), (3, 5)])
    assert (p.text, p.line_no, p.line_at(0), p.line_at(4)) == ("第一行第二行", 3, 3, 5)
    assert p == Paragraph("第一行第二行", [(0, 3), (3, 5)]) and Paragraph("x").starts == []


# --- units -----------------------------------------------------------------------------------

def _signature_unit_plain(doc):
    prev = None
    for no, line in enumerate(doc.lines, start=1):
        text = line.strip()
        if not text:
            continue
        if prev is not None and text[0] in "12一二" and len(prev[1]) <= 30 \
                and U._DATE_LINE.match(arabic_years(text.replace(" ", ""))) \
                and (u := U.clean_unit(prev[1])) and u == compact(prev[1]):
            return U.Evidence(u, prev[0], "text")
        prev = (no, U._SIGNATURE_WORDS.sub("", text))  # (the signature's label and seal note aside)
    return None


def test_signature_unit_fast_path_is_the_line_loop():
    above = ["某县民政局", "某县民政局（盖章）", "  某县民政局 ", "", "\t", "某县民政局某县民政局某县民政局某县民政局", "说明。"]
    dates = ["2023年3月1日", " 2 0 2 3 年 3 月", "2023-03-01", "2023.3.1", "1999年12月", "2023年度", "12月", "3月1日",
             "\u30002023年3月", "2023年\n3月", "20231年3月", "二〇二三年三月一日", "二 〇 二三年十二月", "二零二三年度",
             "一九九九年五月"]
    count = 0
    for a, b, c, d in itertools.product(above, ["", " ", "\u00a0"], dates, ["", "尾"]):
        for lines in ([a, b, c, d], [c, a, c], [a, c], [c], ["正文。", a, b, c, b, a, c]):
            doc = Document(lines=list(lines), paragraphs=[])
            assert U.signature_unit(doc) == _signature_unit_plain(doc), lines
            count += U.signature_unit(doc) is not None
    assert count > 100


def _lines_with_label_plain(doc):
    return [no for no, line in enumerate(doc.lines, start=1) if "单位" in line or "部门" in line]


def test_form_unit_lines_hold_every_label_match():
    pieces = ["主管部门：", "实施单位 ", "部门", "单位", "某县民政局", "\t", "预算部门/", "填报单位:某局", "x", "中央主管部门 民政部"]
    for a, b, c in itertools.product(pieces, repeat=3):
        for lines in ([a + b, c], [a, b + c, ""], [a + "\n" + b, c]):
            doc = Document(lines=lines, paragraphs=[])
            fast = U.form_units(doc, Forms())
            plain_lines = _lines_with_label_plain(doc)
            found = {no for no in plain_lines for _ in U._TEXT_FIELD_RE.finditer(doc.lines[no - 1])}
            assert found <= set(U._lines_with_label(doc)), lines
            # the whole rule, against the loop over every line it replaced
            seen, plain = set(), []
            for no in plain_lines:
                for m in U._TEXT_FIELD_RE.finditer(doc.lines[no - 1]):
                    u = U.clean_unit(m.group("value"))
                    if u and u not in seen:
                        seen.add(u)
                        plain.append((U._LABEL_ROLE[m.group("label")], U.Evidence(u, no, "form"),
                                      U._SUPERVISOR_RANK.get(m.group("label"), 0)))
            plain.sort(key=lambda r: (U.UNIT_ROLES.index(r[0]), r[2]))
            assert fast == [r[:2] for r in plain], lines


# --- report fields ---------------------------------------------------------------------------

def _staff_in_text_plain(doc, dropped):
    authorized = actual = None
    for para in doc.paragraphs:
        text = "".join(para.text.split())
        if authorized is None and may_match(V.STAFF_AUTHORIZED_RE, text):
            authorized = R._authorized_in(text, para, dropped)
        if actual is None and R._may_state_actual(text):
            actual = R._actual_in(text, para, dropped)[0]  # (no year: never another year's)
    return authorized, actual


def test_staff_paragraphs_found_in_one_scan_are_the_paragraph_loop():
    pieces = ["核定编制13人", "编 制\t12名", "在职人数 9人", "实有\t人数300000人", "行政编制3名、事业编制2名", "预算编制",
              "现有职工", "20人", "。", "\n"]
    n = 0
    for a, b, c in itertools.product(pieces, repeat=3):
        for texts in ([a, b, c], [a + b, c], [a + b + c]):
            doc = Document(lines=texts, paragraphs=[Paragraph(t, [(0, i + 1)]) for i, t in enumerate(texts)])
            fast_dropped, plain_dropped = [], []
            assert R._staff_in_text(doc, fast_dropped) == _staff_in_text_plain(doc, plain_dropped), texts
            assert fast_dropped == plain_dropped, texts
            n += 1
    assert n > 2000
    doc = build_document("本单位核定编\n制13人，在职人数 12人。")
    assert R._staff_in_text(doc, []) == _staff_in_text_plain(doc, [])


# --- titles ----------------------------------------------------------------------------------

def _find_titles_plain(doc, starts_with_place=None):
    # find_titles as it was: the title line read again after the lines above and below were looked at
    lines = T._non_empty(doc, T.TITLE_SCAN_LINES)
    out, notices = [], []
    for i, (no, raw) in enumerate(lines):
        if "评" not in raw and "报告" not in raw:
            continue
        cell, more_cells = T._first_cell(raw)
        text = T._title_text(cell)
        if text is None:
            notice = T._title_text(cell, notice=True)
            if notice is not None and not out and not notices:
                notices.append(parse_title(notice, no, starts_with_place))
            continue
        first_no, top = no, i
        if not more_cells:
            has = T._has(parse_title(text, no, starts_with_place))
            while top > 0 and i - top < T._MAX_JOINED and not T._first_cell(lines[top - 1][1])[1]:
                adds = T._fragment(lines[top - 1][1])
                if not adds - has:
                    break
                has |= adds
                top -= 1
            if top < i:
                text = "".join(l for _, l in lines[top:i]) + text
                first_no = lines[top][0]
            if i + 1 < len(lines) and (T._YEAR_ONLY_LINE.match(lines[i + 1][1]) or T._BRACKET_LINE.match(lines[i + 1][1])) \
                    and not V.TITLE_KEYWORDS.search(lines[i + 1][1]):
                text += lines[i + 1][1]
        title = parse_title(text, first_no, starts_with_place)
        if title.unit is None:
            below = lines[i + 1] if i + 1 < len(lines) else None
            name = compact(below[1]) if below and len(below[1]) <= T._FRAGMENT and not T._first_cell(below[1])[1] else None
            if name and T.is_unit(name):
                title = T.Title(title.text, title.line_no, name, below[0], title.year, title.kind)
        out.append(title)
    return out or notices


def test_a_title_line_read_once_when_nothing_is_joined_to_it():
    texts = ["某县民政局2023年度部门整体支出绩效自评报告", "项目支出绩效自评表", "(2022年度)", "某局", "2021年度", "",
             "关于某局2023年度部门整体支出绩效自评的报告", "附件1：某县财政局2022年度项目支出绩效自评表（春节慰问经费）",
             "某县民政局\t2023年度项目绩效自评报告", "（春节慰问经费）", "2024年度转移支付资金",
             "某县财政局关于公开2023年度部门整体支出绩效自评报告的通知"]
    found = 0
    for lines in itertools.product(texts, repeat=3):
        doc = Document(lines=list(lines), paragraphs=[])
        for place in (None, lambda s: s.startswith("某县")):
            titles = find_titles(doc, place)
            assert titles == _find_titles_plain(doc, place), lines
            found += len(titles)
    assert found > 1000
