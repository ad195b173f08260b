"""Speed work, round perf3-c: gates before whole-text patterns in normalise.py and literals.py. Each fast
path is held to the plain code it replaces, on short texts written for the test."""

import itertools
import re

from pipelines import normalise as N
from pipelines.extract import literals as L
from pipelines.model import Document


def _texts(pieces: list[str], repeat: int):
    return ("".join(p) for p in itertools.product(pieces, repeat=repeat))


def test_collapse_spaces_is_the_space_runs_substitution():
    pieces = ["", " ", "  ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u2005", "\t", "\n", "资金", "12"]
    for text in _texts(pieces, 4):
        assert N._collapse_spaces(text) == N._SPACE_RUNS.sub(" ", text), repr(text)
    # every space of the class but the plain one sends the text to the full pattern
    for ch in N._OTHER_SPACES:
        assert N._collapse_spaces(f"项目{ch}名称") == "项目 名称"
        assert N._SPACE_RUNS.fullmatch(ch) and N._SPACE_RUNS.fullmatch(ch + " ")
    assert N._collapse_spaces("预算  执行   情况 良好") == "预算 执行 情况 良好"
    assert N._collapse_spaces("无双空格 的文本") == "无双空格 的文本"


def _doc(text: str) -> Document:
    lines = text.split("\n")
    return Document(lines=lines, paragraphs=[])


def _doc_may_match_plain(pattern: re.Pattern, doc: Document) -> bool:
    words = L.gate(pattern)
    return words is None or re.compile("|".join(r"\s*".join(map(re.escape, w)) for w in words)).search(
        doc.text()) is not None


def test_doc_may_match_is_the_spaced_alternation_of_all_gate_words():
    patterns = [
        re.compile(r"绩效目标|目标值|指标完成率"),  # a word holding another (目标值 holds 目标)
        re.compile(r"(?:自评|综合)?得分\s*[:：]"),  # one word
        re.compile(r"合\s*计|总\s*分"),  # one letter each
        re.compile(r"年度|年初计划|计划值"),  # two words sharing a first letter
        re.compile(r"(?:合|预算执行率)\d+"),  # a letter and a longer word
        re.compile(r"\d+"),  # no gate
    ]
    pieces = ["", " ", "\n", "\t", "目", "标", "值", "得", "分", "合", "计", "总", "年", "度", "初", "划", "预算",
              "执行率", "绩效"]
    for pattern in patterns:
        for text in _texts(pieces, 3):
            doc = _doc(text)
            assert L.doc_may_match(pattern, doc) == _doc_may_match_plain(pattern, doc), (pattern.pattern, text)
    spaced = re.compile(r"预算执行率")
    assert L.doc_may_match(spaced, _doc("全年预 算\n执 行率为98%"))
    assert not L.doc_may_match(spaced, _doc("全年预算执行，率为98%"))
    assert L.doc_may_match(re.compile(r"(?:合|预算执行率)\d+"), _doc("合格"))
    assert not L.doc_may_match(re.compile(r"(?:合|预算执行率)\d+"), _doc("预算执行"))


def test_paragraphs_with_empty_lines_passed_over_in_c_are_the_plain_ones():
    from tests.test_fast_paths_model import _with_paragraphs_plain

    pieces = ["", "\t", " ", "\t\t", "预算执行", "良好。", "一、基本情况", "资金 使用", "12", "万元"]
    for combo in itertools.product(pieces, repeat=4):
        lines = list(combo)
        assert N._with_paragraphs(lines, [], set()) == _with_paragraphs_plain(lines, [], set()), lines
        text = "\n".join(lines)
        assert N._with_paragraphs(lines, [], set(), text) == _with_paragraphs_plain(lines, [], set()), lines
    doc = N._with_paragraphs(["", "项目资金到位及时", "", "\t", "执行率达到百分之百。"], [], set())
    assert [(p.text, p.starts) for p in doc.paragraphs] == [("项目资金到位及时", [(0, 2)]), ("执行率达到百分之百。", [(0, 5)])]


def test_nfkc_writes_every_other_space_but_two_as_a_plain_one():
    import unicodedata

    for ch in N._OTHER_SPACES:
        if ch in N._OTHER_SPACES_AFTER_NFKC:
            assert unicodedata.normalize("NFKC", ch) == ch
        else:  # it decomposes: NFKC's output never holds it
            assert unicodedata.decomposition(ch) != "" and unicodedata.normalize("NFKC", ch) == " "
    assert set(N._OTHER_SPACES_AFTER_NFKC) <= set(N._OTHER_SPACES)


def test_space_runs_of_nfkc_output_are_read_with_the_two_finds():
    pieces = ["", " ", "  ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u2002", "\u2000", "\t", "\n", "经费", "|", "9"]
    for raw in _texts(pieces, 4):
        text, nfkc_output = N._normalise_text(raw)
        assert nfkc_output and text == N.normalise_text(raw)
        # (a block of build_document's blocks)
        assert N._normalised_lines_text(text, nfkc_output).split("\n") == N.normalise_lines(N.normalise_text(raw))
        for piece in (text, text[: len(text) // 2]):  # (build_document may cut the text's end off)
            assert N._collapse_spaces(piece, True) == N._SPACE_RUNS.sub(" ", piece), repr(piece)
            assert N._normalised_lines_text(piece, True) == N._normalised_lines_text(piece), repr(piece)
    # a text converted to simplified characters after NFKC is not NFKC's output as it is: every space looked for
    converted, nfkc_output = N._normalise_text("國家\u3000預算")
    assert not nfkc_output and converted == N.normalise_text("國家\u3000預算")
    assert N.build_document("部门\u3000\u3000预算  执行\u200b\u200b良好\n合计\ufeff 12").lines == \
        ["部门 预算 执行 良好", "合计 12"]


def test_text_blocks_after_a_table_are_normalised_lines():
    from pipelines.model import TableBlock

    doc = N.build_document([TableBlock([["项目", "金额"]]), "部门\u3000\u3000预算\u200b\u200b执行 \n 合计  12 "])
    assert doc.lines == ["项目\t金额", "", "部门 预算 执行", "合计 12"]


def test_lines_of_the_whole_text_are_each_line_normalised_tabs_ending_a_line_too():
    # (the whole text's passes, the last taking off a line's end tabs where it has no other, read line by line)
    pieces = ["", "经费", "12", "\t", "\t\t", " ", "\n"]
    for combo in itertools.product(pieces, repeat=6):
        text = "".join(combo)
        assert N._normalised_lines_text(text).split("\n") == [N.normalise_line(line) for line in text.split("\n")], \
            repr(text)
