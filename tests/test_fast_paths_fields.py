"""Round 6 of the speed work (report fields, titles, units, reading): each fast path is held to the
plain code it replaces (copied here as it was), on short texts written for the purpose."""

from __future__ import annotations

import os
import random
import re
from collections import Counter

import pytest

from pipelines import read as READ
from pipelines.extract import literals as L
from pipelines.extract import prose as P
from pipelines.extract import report_fields as R
from pipelines.extract import titles as T
from pipelines.extract import units as U
from pipelines.extract import vocabulary as V
from pipelines.extract.cells import cell_stream
from pipelines.extract.forms import read_forms
from pipelines.extract.indicators import _EXPLICIT_TARGET
from pipelines.extract.numbers import DATE_RE, YEAR_RE
from pipelines.extract.regions import gazetteer
from pipelines.model import Paragraph
from pipelines.normalise import build_document, compact
from pipelines.readers import text as TEXT


def _random_texts(pieces: list[str], count: int, most: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


# --- reading -----------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 10_000, 1_048_575, 1_048_576])
def test_read_bytes_reads_the_whole_file_up_to_the_limit(tmp_path, monkeypatch, size):
    # the file read as the size seen (+1), not as limit + 1 bytes at once: the same bytes
    monkeypatch.setenv(READ.MAX_FILE_MB_ENV, "1")
    path = tmp_path / "r.txt"
    data = bytes(random.Random(size).randrange(256) for _ in range(min(size, 5000))) * (size // 5000 + 1)
    path.write_bytes(data[:size])
    assert READ.read_bytes(path).data == data[:size]
    path.write_bytes(data[:size] + b"x")
    if size + 1 > 2**20:
        with pytest.raises(READ.ReadError, match="over the 1 MB limit"):
            READ.read_bytes(path)
    else:
        assert READ.read_bytes(path).data == data[:size] + b"x"


def test_read_bytes_of_a_file_that_grew_after_its_size_was_taken(tmp_path, monkeypatch):
    # the rest is read up to limit + 1 as before: the same bytes, so the same refusal
    monkeypatch.setenv(READ.MAX_FILE_MB_ENV, "1")
    real_fstat, calls = os.fstat, []

    def fstat(fd):
        st = real_fstat(fd)
        calls.append(st)
        if len(calls) == 1:  # the size seen when opened: 10 bytes
            return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:]))
        return st

    monkeypatch.setattr(os, "fstat", fstat)
    path = tmp_path / "g.txt"
    path.write_bytes(b"y" * 5000)
    with pytest.raises(READ.ReadError, match="10 bytes when opened, 5000 read, 5000 after"):
        READ.read_bytes(path)
    calls.clear()
    path.write_bytes(b"y" * (2**20 + 50))
    monkeypatch.setattr(READ.os, "stat", lambda p: os.stat_result((real_fstat(os.open(p, os.O_RDONLY)).st_mode,
                                                                  *[0] * 5, 10, 0, 0, 0)))
    with pytest.raises(READ.ReadError, match="over the 1 MB limit"):
        READ.read_bytes(path)


_NOT_TEXTLIKE = re.compile(r"[^\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u2100-\u27bf\x20-\x7e\xa0-\xff\s]+")


def _plausible_plain(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return True
    other = sum(len(run) for run in _NOT_TEXTLIKE.findall(sample))
    return (len(sample) - other) / len(sample) >= 0.9 and sample.count("\x00") <= max(1, len(sample) // 1000)


def test_plausible_counts_the_rest_as_the_runs_outside_the_class_did():
    pieces = ["绩效", "a", " ", "\n", "\x00", "\x01", "\x7f", "é", "\ufffd", "，", "\u3000", "\u2028", "\u0085",
              "\ud7ff", "\U0001f600", "ｶ", "Ω", "\u4dff", "\ua000", "│", "≥", "\u27c0", "\u2099"]
    for text in _random_texts(pieces, 20000, 30, 1):
        assert TEXT._plausible(text) == _plausible_plain(text), repr(text)
    # every code point: in the class, or counted as the rest
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert len(TEXT._TEXTLIKE.sub("", every)) == sum(len(r) for r in _NOT_TEXTLIKE.findall(every))


# --- literal gates on the whole document ------------------------------------------------------

def _doc_may_match_plain(pattern, doc) -> bool:
    return L.may_match(pattern, "".join("".join(doc.lines).split()))


def test_whitespace_in_patterns_is_whitespace_to_split():
    # the document gate allows \s between a word's letters where the compact text split whitespace off
    every = "".join(map(chr, range(0x110000)))
    assert re.sub(r"\s", "", every) == "".join(every.split())


_GATED = [V.SELF_SCORE_RE, V.GRADE_RE, V.EXECUTION_RATE_RE, V.FLAT_INDICATOR_HEADER, _EXPLICIT_TARGET,
          V.STAFF_AUTHORIZED_RE, V.STAFF_ACTUAL_RE, R._TOTAL_ROW_WORD]
_DOC_PIECES = ["自评", "得分", "等级", "为", "优", "执行", "率", "完成", "95", "%", "分", "\n", " ", "\t", "|", "。",
               "编制", "12人", "年度", "目标值", "关键指标", "\u3000", "，", "总", "一、", "预期实现值", "结果"]


def test_document_gate_without_the_compact_text_answers_as_with_it():
    for text in _random_texts(_DOC_PIECES, 4000, 14, 2):
        doc = build_document(text)
        lines_doc = type(doc)(lines=text.split("\n"), paragraphs=[])  # lines as given, spaces kept
        for pattern in _GATED:
            assert L.doc_may_match(pattern, doc) == _doc_may_match_plain(pattern, doc), (pattern.pattern[:20], text)
            assert L.doc_may_match(pattern, lines_doc) == _doc_may_match_plain(pattern, lines_doc)
    assert L.doc_may_match(V.EXECUTION_RATE_RE, build_document("预算执\n行 率"))
    assert not L.doc_may_match(V.EXECUTION_RATE_RE, build_document("预算执行\n\n情况"))


def test_a_document_without_the_gate_words_has_no_paragraph_with_one():
    # what lets the score, grade and rate rules skip the document gate before the paragraphs' one
    for text in _random_texts(_DOC_PIECES, 4000, 14, 3):
        doc = build_document(text)
        for pattern in _GATED:
            if not _doc_may_match_plain(pattern, doc):
                assert list(L.paragraphs_may_match(pattern, doc.paragraphs)) == []
                assert list(L.paragraphs_may_match(pattern, P.prose_paragraphs(doc))) == []


# --- running text -----------------------------------------------------------------------------

def _prose_plain(doc) -> list[Paragraph]:
    out: list[Paragraph] = []
    for para in doc.paragraphs:
        text = para.text
        if "\t" not in text and ("|" not in text or not text.lstrip().startswith("|")):
            out.append(para)
            continue
        for m in P._LONG_CELL.finditer(text):
            if P.is_prose(m.group(0)):
                start = m.start()
                if (label := P._goal_heading_before(text, start)) is not None:
                    out.append(Paragraph(text=text[label[0]: label[1]], starts=[(0, para.line_at(label[0]))]))
                out.append(Paragraph(text=m.group(0), starts=[(0, para.line_at(start))] + [
                    (off - start, no) for off, no in para.starts if start < off < m.end()]))
    return out


def test_prose_paragraphs_are_the_paragraphs_when_no_row_is_there():
    pieces = ["单位年初预算收入100万元，", "支出80万元。", "\t", "|", " | ", "\n", "合计", "执行率", "90%", "a,b,", "；"]
    for text in _random_texts(pieces, 3000, 12, 4):
        doc = build_document(text)
        assert P.prose_paragraphs(doc) == _prose_plain(doc), text
    doc = build_document("一、基本情况\n本单位年初预算收入100万元，支出80万元。")
    assert P.prose_paragraphs(doc) is doc.paragraphs
    doc = build_document("项目 | 金额\n本单位年初预算收入100万元，支出80万元。")
    assert P.prose_paragraphs(doc) is doc.paragraphs  # a pipe inside a line is no row
    doc = build_document("| 一、基本情况 | 本单位年初预算收入100万元，支出80万元，执行率80%。 |")
    assert P.prose_paragraphs(doc) is not doc.paragraphs and P.prose_paragraphs(doc) == _prose_plain(doc)


# --- year -------------------------------------------------------------------------------------

_YEAR_ANNUAL = re.compile(r"((?:19|20)(?<!\d..)\d{2})\s*年度")


def _year_counts_plain(lines):
    annual, first_line, dates, years = Counter(), {}, [], Counter()
    for no, line in enumerate(lines, start=1):
        if "年" not in line:
            continue
        line = _arabic_years_plain(line)
        # the end of a period (2021-2022年度) is no year of its own
        ends = {m.start(1) for m in re.finditer(r"(?<=\d{4}[-—~～至到－])((?:19|20)\d{2})", line)}
        for m in _YEAR_ANNUAL.finditer(line):
            if m.start() in ends:
                continue
            y = int(m.group(1))
            annual[y] += 1
            first_line.setdefault(y, no)
        dates += [(int(m.group("year")), no) for m in DATE_RE.finditer(line) if m.start() not in ends]
        for m in YEAR_RE.finditer(line):
            if m.start() in ends:
                continue
            y = int(m.group("year"))
            years[y] += 1
            first_line.setdefault(y, no)
    return list(annual.items()), first_line, sorted(dates), list(years.items())


def test_annual_pattern_here_is_the_module_one():
    assert _YEAR_ANNUAL.pattern == R._YEAR_ANNUAL.pattern


def test_fiscal_year_from_one_scan_of_the_years_as_from_three():
    pieces = ["2021", "2022", "1999", "12", "3", "年", "年度", "度", " ", "月", "日", "-", "二〇二三", "十二", "x", "，"]
    rng = random.Random(5)
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(1, 4))]
        doc = build_document("\n".join(lines))
        annual, first_line, dates, years = _year_counts_plain(doc.lines)
        if annual:
            y = Counter(dict(annual)).most_common(1)[0][0]
            want = (y, first_line[y])
        elif dates:
            y, no = max(dates)
            want = (y - 1, no)
        elif years:
            y = Counter(dict(years)).most_common(1)[0][0]
            want = (y, first_line[y])
        else:
            want = None
        ev = R.fiscal_year_evidence(doc, [])
        assert (None if ev is None else (ev.value, ev.line_no)) == want, lines


# --- titles -----------------------------------------------------------------------------------

_CN_YEAR_RE = re.compile("(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=\\s*年)")
_CN_MONTH_DAY_RE = re.compile(r"(?<=[年月])(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[月日])")


def _arabic_years_plain(text: str) -> str:
    text = _CN_YEAR_RE.sub(lambda m: "".join(T._CN_DIGITS[c] for c in m.group()), text)
    return _CN_MONTH_DAY_RE.sub(lambda m: T._small_cn_number(m.group()), text)


def test_arabic_years_skips_texts_without_a_chinese_numeral_year_or_date():
    assert (_CN_YEAR_RE.pattern, _CN_MONTH_DAY_RE.pattern) == (T._CN_YEAR_RE.pattern, T._CN_MONTH_DAY_RE.pattern)
    pieces = ["一", "九", "二", "〇", "零", "○", "三", "十", "年", "月", "日", " ", "度", "2023", "x"]
    for text in _random_texts(pieces, 30000, 10, 6):
        assert _outcome(T.arabic_years, text) == _outcome(_arabic_years_plain, text), text


def _outcome(f, *args):
    """What ``f`` returns, or the exception it raises (the fast path must raise where the plain one does)."""
    try:
        return f(*args)
    except Exception as e:  # noqa: BLE001
        return type(e)


def _first_cell_plain(line: str):
    cells = [c.strip() for c in re.split(r"[\t|]", line) if c.strip()]
    return (cells[0] if cells else ""), len(cells) > 1


def test_first_cell_of_a_line_without_cells_is_the_line():
    for text in _random_texts(["a", " ", "\t", "|", "自评表", "\u3000", "\n"], 5000, 8, 7):
        assert T._first_cell(text) == _first_cell_plain(text), repr(text)


def _parse_title_plain(text: str, line_no: int, starts_with_place=None) -> T.Title:
    t = _arabic_years_plain(compact(text) or "")
    about = t.find("关于")
    if not t.startswith("关于") and 0 < about <= 40 and T.is_unit(t[:about]):  # (a publisher's notice about a unit)
        rest = re.sub(r"^关于(?:公开|公布|公示|发布|报送|转发|上报|批转)?", "", t[about:])
        y = T._TITLE_YEAR.search(rest)
        if y is not None and y.start() > 0 and T.unit_prefix(rest[: y.start()]) is not None:
            t = t[about:]
    t = re.sub(r"^关于", "", t)
    kw = V.TITLE_KEYWORDS.search(t)
    head = t[: kw.start()] if kw else t
    kind = T.kind_of(t)
    kind_at = min((m.start() for p in T._KIND_RE.values() if (m := p.search(head))), default=len(head))
    year_m = next((m for m in T._TITLE_YEAR.finditer(t)), None)
    year = int(year_m.group("year")) if year_m else None
    unit = None
    if year_m is not None and year_m.start() < kind_at:
        pre, post = t[: year_m.start()], t[year_m.end(): kind_at]
    else:
        pre, post = t[:kind_at], ""
    pre = re.sub(r"[(（]$", "", pre)
    cut = pre.find("关于")
    if cut > 0 and T.is_unit(pre[:cut]):  # (关于 ends a publisher's name)
        pre = pre[cut + 2:] if T.unit_prefix(pre[cut + 2:]) is not None else pre[:cut]
    if pre:
        unit = T.unit_prefix(pre)
    if unit is None and post and ((starts_with_place is not None and starts_with_place(post))
                                  or T._BARE_LEVEL_UNIT.match(post) or T._TOWN_LEAD.match(post)):
        unit = T.unit_prefix(post)
    if unit is None and post and not pre and kind_at < len(head) and T.is_unit(post):
        unit = post
    if unit is None and post and pre and len(pre) <= 8 and pre[-1] in V.BARE_LEVELS \
            and starts_with_place is not None and starts_with_place(pre):
        unit = T.unit_prefix(pre + post)
    if unit is None and kw:
        m = T._BRACKETS.match(t, kw.end())
        inner = m.group(0).strip()[1:-1] if m else ""
        if inner and T.is_unit(inner) and T.kind_of(inner) is None:
            unit = inner
    return T.Title(text=compact(text) or "", line_no=line_no, unit=unit, unit_line_no=line_no if unit else None,
                   year=year, kind=kind)


def test_parse_title_as_before():
    place = gazetteer().starts_with_place
    pieces = ["关于", "湄潭县", "档案馆", "民政局", "2023", "年度", "二〇二二年", "(", "（", ")", "部门整体支出", "项目",
              "绩效", "自评报告", "自评表", "区", "疾控中心", " ", "\n", "的报告"]
    for text in _random_texts(pieces, 5000, 9, 8):
        for swp in (None, place):
            assert _outcome(T.parse_title, text, 3, swp) == _outcome(_parse_title_plain, text, 3, swp), text


# --- unit -------------------------------------------------------------------------------------

def _find_unit_plain(doc, forms, titles, gaz):
    title = next((t for t in titles if t.unit), None)
    cells = U.form_units(doc, forms)
    if titles and titles[0].kind == "department_overall":
        first_project = next((f.line_no for f in (forms.field("project") if forms is not None else [])
                              if not V.WHOLE_DEPARTMENT_PROJECT.search(f.value)), None)
        if first_project is not None:
            cells = [c for c in cells if c[0] == "department" or c[1].line_no < first_project]
    title_ev = U.Evidence(title.unit, title.unit_line_no, "title") if title else None
    chosen = None
    if title_ev is not None:
        agreeing = [e for _, e in cells if U.same_unit(e.value, title_ev.value)]
        if not U._is_report(title) and cells:
            chosen = cells[0][1]
        elif agreeing:
            chosen = agreeing[0]
        else:
            chosen = title_ev
    elif cells:
        chosen = cells[0][1]
    others = [e for _, e in cells] + ([title_ev] if title_ev else [])
    meta = U.metadata_unit(doc)
    if meta is not None:
        others.append(meta)
        if chosen is None and not U.publishes_others(str(meta.value)):
            chosen = meta
    sig = U.signature_unit(doc)
    if sig is not None:
        others.append(sig)
    if chosen is None:
        text = U.text_unit(doc, gaz)
        chosen = sig or (text if text is not None and not U.publishes_others(str(text.value)) else None) \
            or meta or text
    if chosen is None:
        return None
    fuller = [e for e in others if e.value != chosen.value and str(e.value).startswith(str(chosen.value))
              and str(chosen.value).endswith(V.PLACE_NAMED_UNITS)]
    if fuller:
        chosen = fuller[0]
    return U.Evidence(U.complete_bare_level(str(chosen.value), doc, gaz), chosen.line_no, chosen.source)


def test_find_unit_reads_metadata_and_signature_only_when_they_can_matter():
    gaz = gazetteer()
    pieces = ["湄潭县档案馆2023年度部门整体支出绩效自评报告", "湄潭县兴隆镇2023年部门整体支出绩效自评报告",
              "部门整体支出绩效自评报告", "项目支出绩效自评表", "发布机构：湄潭县兴隆镇人民政府", "发布机构：湄潭县档案馆",
              "主管部门：湄潭县兴隆镇", "实施单位：湄潭县档案馆", "项目名称：道路维修", "湄潭县兴隆镇人民政府",
              "湄潭县兴隆镇", "湄潭县档案馆", "2024年3月1日", "一、基本情况", "湄潭县人民代表大会常务委员会负责…",
              "区疾病预防控制中心", "", "主管部门\t湄潭县兴隆镇", "单位名称：市地震局", "来源：湄潭县财政局",
              "当前位置：首页 > 湄潭县人民政府 > 公开", "湄潭县财政局负责…"]
    rng = random.Random(9)
    for _ in range(1500):
        lines = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
        doc = build_document("\n".join(lines))
        forms = read_forms(cell_stream(doc))
        titles = R.titles_of(doc)
        assert U.find_unit(doc, forms, titles, gaz) == _find_unit_plain(doc, forms, titles, gaz), lines


# --- gate scans opening with a literal ------------------------------------------------------------

def _line_indices_plain(words: tuple[str, ...], text: str) -> list[int]:
    """The alternation of the gate words, each match's line counted (the scan before the pivots)."""
    out: list[int] = []
    for m in re.finditer("|".join(map(re.escape, words)), text):
        idx = text.count("\n", 0, m.start())
        if not out or out[-1] != idx:
            out.append(idx)
    return out


def test_gate_scans_from_a_shared_character_find_the_lines_the_alternation_finds():
    word_sets = [gate for gate in (L.gate(p) for p in _GATED) if gate is not None] + [
        ("得分", "自评分数", "评分", "自评结果"), ("完成率", "执行率"), ("分", "分值"), ("分分", "得分"), ("预算", "算数")]
    for words in word_sets:
        pieces = [*words, *(w[:-1] for w in words), *(w[1:] for w in words), "某", "\n", "，", "评", "分", "率"]
        for text in _random_texts(pieces, 1500, 14, 21):
            scans = L._pivot_res(words) or [L._gate_re(words)]  # (None: the alternation of the fewest words)
            got = sorted({i for scan in scans for i in L._line_indices(scan, text)})
            assert got == _line_indices_plain(words, text), (words, text)
    # one shared character (执行率/完成率 end with 率) makes one scan; a word holding another is not looked for;
    # more words sharing none than scans that pay make none
    assert len(L._pivot_res(("完成率", "执行率"))) == 1
    assert len(L._pivot_res(("等次", "结论", "定级"))) == 3
    assert len(L._pivot_res(("总分", "得分", "总得分", "自评得分", "评价总分"))) == 1
    assert L._pivot_res(("等次", "结论", "定级", "评价为", "档案")) is None
    assert L._gate_re(("等次", "结论", "定级", "评价为", "档案", "评价结论")).pattern == "等次|结论|定级|评价为|档案"
    assert L._pivot_res(("编制",)) is None


def test_paragraphs_found_by_the_gate_scans_are_those_the_alternation_finds():
    pieces = ["本项目自评得分95分", "自评结果为优秀", "预算执行率98%", "资金完成率100%", "评价等级：良", "某某", "，",
              "\n", "得", "分", "执行", "率", "结果", "编制人数10人"]
    for text in _random_texts(pieces, 1500, 12, 22):
        doc = build_document(text)
        joined = "\n".join(p.text for p in doc.paragraphs)
        for pattern in (V.SELF_SCORE_RE, V.GRADE_RE, V.EXECUTION_RATE_RE, V.STAFF_AUTHORIZED_RE):
            want = _line_indices_plain(L.gate(pattern), joined) if doc.paragraphs else []
            assert list(L.paragraphs_may_match(pattern, doc.paragraphs)) == want, (pattern.pattern[:20], text)
