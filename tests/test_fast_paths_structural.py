"""Round 4 of the speed work: patterns rewritten to open with one character class (re skips ahead to
it in C), sentences read by position in a paragraph, and gates that skip a pattern where it cannot
match. Each fast path is held to the plain code it replaces."""

import itertools
import re
import sys
import unicodedata
from dataclasses import replace

from pipelines import normalise as N
from pipelines.extract import budget as B
from pipelines.extract import indicators as I
from pipelines.extract import prose as P
from pipelines.extract import units as U
from pipelines.extract import vocabulary as V
from pipelines.extract.numbers import UNSIGNED_NUMBER, UNSIGNED_NUMBER_PLAIN
from pipelines.extract.targets import Value, has_bound
from pipelines.model import Document
from pipelines.normalise import build_document, compact


def _texts(pieces: list[str], repeat: int):
    return ("".join(p) for p in itertools.product(pieces, repeat=repeat))


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_unsigned_number_digit_first_matches_as_written_before():
    fast, plain = re.compile(UNSIGNED_NUMBER), re.compile(UNSIGNED_NUMBER_PLAIN)
    pieces = ["1", "12", "1234", ",", ",567", ".", ".5", "人", "%", " ", "x"]
    for text in _texts(pieces, 4):
        assert _spans(fast, text) == _spans(plain, text), text
    # a thousands group must be whole, and a longer run before a comma still yields its last digits
    assert [m.group() for m in fast.finditer("1,2345 12345,678人 3,268件 97.5%")] == \
        ["1", "2345", "12345", "678", "3,268", "97.5"]
    assert [m.group() for m in plain.finditer("1,2345 12345,678人 3,268件 97.5%")] == \
        ["1", "2345", "12345", "678", "3,268", "97.5"]


def test_clause_pattern_opening_with_one_class_is_the_plain_one():
    pieces = ["", "1", "12", "123", ".", "、", "．", "，", ",", ":", "（", ")", "完成", "a", "3.", "9、"]
    for text in _texts(pieces, 4):
        assert _spans(I._CLAUSE, text) == _spans(I._CLAUSE_PLAIN, text), text
        assert I._CLAUSE.split(text) == I._CLAUSE_PLAIN.split(text), text
    assert I._CLAUSE.split("目标1.完成培训(含补训)3.新增") == ["目标", "完成培训", "含补训", "", "新增"]


def test_sentence_spans_are_the_sentence_pattern_spans():
    pieces = ["", "完成", "。", "；", "!", "？", "12", ";;"]
    for text in _texts(pieces, 4):
        assert I._sentence_spans(text) == [m.span() for m in I._SENTENCES.finditer(text)], text
    assert I._sentence_spans("完成了。") == [(0, 3)]
    assert I._sentence_spans("完成了。又完成") == [(0, 3), (4, 7)]


def test_change_gate_characters_are_every_character_whose_nfkc_holds_the_change_words():
    found = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000
             and any(w in unicodedata.normalize("NFKC", chr(c)) for w in "到至")}
    assert found == set(I._CHANGE_TO_CHARS)


# The value statements as read before round 4: one sentence at a time, every check in its first order.
def _statements_plain(doc: Document, taken: dict) -> list:
    out = []
    sentence = 0
    level1 = level2 = None
    styles = (None, None)
    listing = None  # a list of goals over paragraphs: "" after its lead, then its items' numbering
    for p, para in enumerate(P.prose_paragraphs(doc)):
        if listing is not None:
            style = I._list_numbering(para.text)
            listing = style if style is not None and listing in ("", style) else None
        goals = (0, len(para.text)) if listing else None
        if styles[0] and level1 is not None and I._NUMBERED_HEADING.match(para.text) \
                and I._ends_level(para.text, styles[0]):
            level1 = level2 = None  # a numbered section of the first level's depth naming none ends it
            styles = (None, None)
        if (listed := I._goal_list(para.text)) is not None:
            goals, listing = listed[:2], ("" if listed[2] else None)
        if goals is not None and I._OWN_GOAL_AFTER.search(para.text, goals[0], goals[1]) is not None:
            goals = None  # items carrying their own goals: results
        if not I._DIGIT.search(para.text):
            label = I._level_heading(para.text)
            if label:
                level1, level2, styles = I._headed(label, para.text, level1, level2, styles)
            sentence += 1
            continue
        indicator_line = bool(V.INDICATOR_LINE.match(para.text))
        depth = I._Depth(para.text) if ("(" in para.text or "（" in para.text) else None
        for k, sent in enumerate(I._SENTENCES.finditer(para.text)):
            sentence += 1
            s = sent.group(0)
            label = I._level_heading(s)
            # (a first level and its numbered second run together: （一）产出指标 1.数量指标：…)
            pair = I._numbered_pair(s, label) if label is None or label in I.R.LEVEL1 else None
            if pair is not None and label is None:
                level1, level2, styles = I._headed(pair[0], s[pair[1]:], level1, level2, styles)
            if label:
                level1, level2, styles = I._headed(label, s, level1, level2, styles)
            if pair is not None and level1 == pair[0] and level2 is None:
                level2, styles = pair[2], (styles[0], I._numbering_style(s[pair[3]:]))
            prev_end = 0
            for m in I._VALUE.finditer(s):
                pos = sent.start() + m.start("num")
                listed = goals is not None and goals[0] <= pos < goals[1]
                if m.group("unit") in I._RESULT_ONLY and not listed and not V.AGAINST_TARGET.match(s, m.end()):
                    continue
                opened, window = prev_end, s[prev_end: m.start("num")]
                prev_end = m.end()
                if depth is not None and depth.inside(pos):
                    continue
                if any(a <= pos < b for a, b, _ in taken.get(p, ())):
                    continue
                brk = I._LAST_BREAK.search(window)
                head = I._HEAD.match(window[I._name_at(window, brk):])
                clause = I._CLAUSE_PLAIN.split(window)[-1]
                name = I._clean_name(head.group("name"))
                if (not name or I._PER_ONE.match(name)) and brk and window[brk.start()] in ":：":
                    name = I._name_before_colon(window, brk.start())
                if not name and I._CHANGE_TO.search(compact(window) or ""):
                    frm = I._CHANGE_FROM.search(s[: m.start()])
                    if frm is None:
                        continue
                    name, clause = I._clean_name(frm.group("name")), ""
                if V.NOT_INDICATOR.search(clause) or V.NOT_INDICATOR.search(name):
                    continue
                if m.group("unit") in ("%", "‰") and level2 is None and (V.NOT_INDICATOR_RATE.search(clause + name)
                                                      or name in V.FUNDS_RATE_NAMES):
                    continue
                op1 = head.group("op1")
                raw = compact((op1 or "") + m.group(0)) or ""
                if m.group("op2") and I._CJK_NEXT.match(s, m.end()):
                    continue
                bound = bool(op1 or m.group("op2")) or has_bound(raw)
                is_target = bound or bool(V.GOAL_WORDS.search(clause))
                value = Value(I.bound_op(op1 or m.group("op2") or raw) if is_target else None,
                              I.count_float(m.group("num"), m.group("unit")), m.group("unit"))
                out.append(I._Statement(name=name, value=value, raw=raw, line_no=para.line_at(pos),
                                        sentence=sentence, is_target=is_target,
                                        in_indicator_line=indicator_line and k == 0 or listed, level1=level1,
                                        level2=level2,
                                        # (a count the next clause answers with 实际: 入库数≥1500家，实际完成1,686家)
                                        planned=I._answered_by_actual(s, opened, m, len(s)), listed=listed))
    return out


def _by_sentence(statements: list) -> list:
    """The statements with their sentences numbered 1, 2, … in order: the rules only compare sentence ids,
    and _statements does not count the sentences of a paragraph that states nothing."""
    ids: dict[int, int] = {}
    return [replace(s, sentence=ids.setdefault(s.sentence, len(ids) + 1)) for s in statements]


def test_statements_read_by_position_are_the_sentence_by_sentence_ones():
    sentences = ["一、产出指标", "（二）效益指标：", "绩效指标：培训人数达到120人以上", "满意率达96.27%",
                 "资金到位率100%", "到位率100%", "满意度方面，群众满意度达到95%", "3.满意度情况", "1.数量指标：培训人数120人", "三、完成情况(二)效益指标 1.社会效益：就业率85%", "4.成本指标：成本节约率不低于5%", "65岁及以上老年人健康管理率为72%", "数字化率由上年度的78.9%提高到86.4%", "预算执行率95%", "完成(含补训)12项",
                 "50人以上集体访", "目标为不少于6000份", "2023年12月底前完成", "受理率100%、及时受理率98%",
                 "入库数≥1500家，实际完成1,686家", ""]
    marks = ["。", "；", "，", ""]
    texts = []
    for a, b in itertools.product(sentences, repeat=2):
        for m1, m2 in itertools.product(marks, repeat=2):
            texts.append(a + m1 + b + m2)
    docs = [build_document("\n\n".join(texts[i: i + 7])) for i in range(0, len(texts), 7)]
    assert len(docs) > 100
    for doc in docs:
        assert _by_sentence(I._statements(doc, {})) == _by_sentence(_statements_plain(doc, {}))
    doc = build_document("数字化率由上年度的78.9%提高到86.4%。满意率达96.27%")
    got = I._statements(doc, {})
    assert [(s.name, s.raw, s.sentence) for s in got] == [("数字化率", "86.4%", 1), ("满意率", "96.27%", 2)]
    # a span already read as an explicit indicator is left out
    para = P.prose_paragraphs(doc)[0]
    taken = {0: [(0, para.text.index("。"), I.Indicator(name="数字化率", line_no=1, source_kind="narrative"))]}
    assert [s.raw for s in I._statements(doc, taken)] == ["96.27%"]
    assert _by_sentence(_statements_plain(doc, taken)) == _by_sentence(I._statements(doc, taken))


def test_long_cells_are_the_cells_long_enough_to_be_prose():
    pieces = ["\t", "|", "a" * 7, "中" * 13, " ", "。"]
    for text in _texts(pieces, 4):
        plain = [m.span() for m in P._CELL.finditer(text) if len(m.group(0)) >= P._MIN_PROSE_CELL]
        assert [m.span() for m in P._LONG_CELL.finditer(text)] == plain, text


def test_nfkc_replacements_hold_no_character_that_changes_again():
    other, changes, changing, either = N._nfkc_tables()
    assert not [ch for ch, out in changes.items() if changing.search(out) or other.search(out)]
    # the one scan finds what the two found: a character outside the set or one that changes
    for ch in map(chr, range(0x30000)):
        assert (either.match(ch) is not None) == (other.match(ch) is not None or ch in changes), hex(ord(ch))
    text = "完成率≥95%，面积120㎡\u00a0①培训②验收，，ＡＢＣ１２３（）①"
    assert N.nfkc(text) == unicodedata.normalize("NFKC", text)


def test_space_runs_pattern_changes_what_the_spaces_pattern_changes():
    pieces = ["", " ", "  ", "\u3000", "\u00a0", "a", "\t", "\n", "中", "\ufeff", " \u2003"]
    for text in _texts(pieces, 4):
        assert N._SPACE_RUNS.sub(" ", text) == N._SPACES.sub(" ", text), repr(text)
    assert N.normalise_lines("部门\u3000 整体  支出 \t 12\u00a0万元 ") == ["部门 整体 支出\t12 万元"]


def test_paragraph_join_gate_is_is_wrapped_first_test():
    long_open = "这是一段被页面版式在中间切断的很长很长的句子内容"
    for prev in ["短", long_open, long_open + "。", long_open + "：", "预算数\t执行数\t很长很长很长很长很长的单元格"]:
        for nxt in ["续写的内容。", "一、标题", "\t单元格"]:
            gated = len(prev) >= N.MIN_WRAPPED_LINE and prev[-1] not in N._SENTENCE_END and N._is_wrapped(prev, nxt)
            assert gated == N._is_wrapped(prev, nxt)
    doc = build_document(long_open + "\n续写的内容。\n新的一段")
    assert [p.text for p in doc.paragraphs] == [long_open + "续写的内容。", "新的一段"]


def test_connector_gate_characters_end_every_connector_word():
    # (the alternation's bars: those outside a character class)
    alternation = re.split(r"\|(?![^\[]*\])", V.CONNECTOR_RE.pattern[len("(?:"): -len(")*$")])
    words = [w for w in alternation if w not in (r"\s", "[:：|]")]
    assert {w[-1] for w in words} | {":", "：", "|"} == set(B.CONNECTOR_LAST)
    pieces = ["收入", "为", "分别为", "共计", "：", "|", "达到", "就", "万", "资金"]
    for text in _texts(pieces, 3):
        assert B._clean(text) == V.CONNECTOR_RE.sub("", text), text
    assert B._clean("基本支出就") == "基本支出"
    assert B._clean("") == ""


def test_metadata_unit_gate_on_the_head_of_the_document():
    assert all(V.METADATA_LABEL_RE.search(label) for label in V.METADATA_UNIT_LABELS)
    found = U.metadata_unit(build_document("某某项目绩效自评报告\n发布机构：某某县财政局\n正文"))
    assert found is not None and (found.value, found.line_no) == ("某某县财政局", 2)
    assert U.metadata_unit(build_document("某某项目绩效自评报告\n正文没有发布信息")) is None
    # a label beyond the head is not read; a site's menu items (short lines) do not count towards the head
    assert U.metadata_unit(build_document("\n".join(["这是正文中的一行文字内容"] * 40 + ["发布机构：某某县财政局"]))) is None
    assert U.metadata_unit(build_document("\n".join(["正文"] * 40 + ["发布机构：某某县财政局"]))) is not None


def test_value_pattern_skips_to_digits_in_c():
    # the statements' value pattern opens with a digit class: re reads a first-character set off it
    from re import _compiler, _parser
    parsed = _parser.parse(I._VALUE.pattern, I._VALUE.flags)
    assert _compiler._get_charset_prefix(parsed, I._VALUE.flags)
    parsed = _parser.parse(I._CLAUSE.pattern, I._CLAUSE.flags)
    assert _compiler._get_charset_prefix(parsed, I._CLAUSE.flags)


def _longest_suffix_plain(text: str, labels) -> str | None:
    best = None
    for label in labels:
        if text.endswith(label) and (best is None or len(label) > len(best)):
            best = label
    return best


def test_longest_suffix_by_lookup_is_the_longest_label_ending_the_text():
    tables = [B._ALL_BUDGET_LABELS, V.SUBJECTS, B._QUALIFIERS, V.WHOLE_DEPARTMENT]
    assert all("" not in labels for labels in tables)
    heads = ["", "本年", "部门整体", "项目", "2023年度", "x"]
    for labels in tables:
        words = sorted(labels)
        for head, word in itertools.product(heads, words[:: max(1, len(words) // 40)] + ["无关"]):
            for text in (head + word, head + word[1:], word + "数"):
                assert B._longest_suffix(text, labels) == _longest_suffix_plain(text, labels), (text, word)
    assert B._longest_suffix("本年度支出", ["支出", "度支出", "出"]) == "度支出"
    assert B._longest_suffix("abc", ["支出"]) is None


def test_paragraphs_may_match_is_may_match_of_each_paragraph():
    from pipelines.extract.literals import may_match, paragraphs_may_match
    from pipelines.model import Paragraph
    texts = ["自评等级为优", "", "本项目自评得分95分", "执行率100%", "评价等级：良；自评得分90分", "无关内容",
             "目标值≥95%，实际完成值98%"]
    for pattern in (V.GRADE_RE, V.SELF_SCORE_RE, V.EXECUTION_RATE_RE, I._EXPLICIT_TARGET):
        for size in range(len(texts) + 1):
            paragraphs = [Paragraph(t, [(0, n + 1)]) for n, t in enumerate(texts[:size])]
            want = [i for i, p in enumerate(paragraphs) if may_match(pattern, p.text)]
            assert list(paragraphs_may_match(pattern, paragraphs)) == want, (pattern.pattern[:30], size)
    # a text holding a line break (not made by build_document): every paragraph is tested on its own
    odd = [Paragraph("自评\n等级为优", [(0, 1)]), Paragraph("自评等级为良", [(0, 2)])]
    assert list(paragraphs_may_match(V.GRADE_RE, odd)) == [i for i, p in enumerate(odd) if may_match(V.GRADE_RE, p.text)]
    assert list(paragraphs_may_match(V.GRADE_RE, [])) == []


def test_year_patterns_test_the_digit_before_after_19_or_20_as_before():
    from pipelines.extract import numbers as Num
    from pipelines.extract import report_fields as RF
    plain = {
        Num.YEAR_RE: re.compile(rf"(?P<year>{Num.YEAR_PLAIN})\s*年"),
        Num.DATE_RE: re.compile(rf"(?P<year>{Num.YEAR_PLAIN})\s*年\s*(?P<month>\d{{1,2}})\s*月(?:\s*(?P<day>\d{{1,2}})\s*日)?"),
        RF._YEAR_ANNUAL: re.compile(rf"({Num.YEAR_PLAIN})\s*年度"),
    }
    pieces = ["1", "2", "19", "20", "2023", "年", "度", " ", "12月", "5日", "\n", "x"]
    for text in _texts(pieces, 4):
        for fast, slow in plain.items():
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in slow.finditer(text)], (text, fast.pattern)
            for pos in range(len(text)):  # a search from a position still sees the digit before it
                a, b = fast.search(text, pos), slow.search(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)
    assert [m.group("year") for m in Num.YEAR_RE.finditer("12023年 2023年度 1999 年")] == ["2023", "1999"]
