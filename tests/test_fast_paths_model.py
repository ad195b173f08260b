"""Speed work on building the document model: the lines' text kept whole (one pass over it instead of
one per line, and no second join for ``Document.text``), the paragraph loop reading its current text
from a local, the wrap test's table-row check last, the cell stream without a comprehension per line.
Each fast path is held to a copy of the plain code it replaces, on short texts written for these
tests (and random mixes of them)."""

import random
import re

import pytest

from pipelines import normalise as N
from pipelines.extract import cells as C
from pipelines.model import Cell, Document, Paragraph, TableBlock
from pipelines.normalise import build_document
from tests.test_fast_paths_cells import _cell_stream_plain as _cells_plain


# --- plain versions: the code as it was before these fast paths -----------------------------------

_CJK_CHAR = re.compile(f"[{N._CJK}]")


def _looks_like_table_row_plain(line: str) -> bool:
    tokens = line.split()
    figures = [bool(N._NUMBER_TOKEN.match(t)) for t in tokens]
    if sum(figures) < 2:
        return False
    # prose with its figures set apart (核定编制 30 名,实有 27 名。): words holding a clause's punctuation, no two figures
    # side by side
    side_by_side = any(figures[k] and figures[k + 1] for k in range(len(figures) - 1))
    worded = any(not f and re.search("[,。;]", t) for t, f in zip(tokens, figures))
    return side_by_side or not worded


def _is_wrapped_plain(prev: str, nxt: str) -> bool:
    if len(prev) < N.MIN_WRAPPED_LINE or prev[-1] in N._SENTENCE_END or "\t" in nxt or "\t" in prev:
        return False
    if _looks_like_table_row_plain(prev):
        return False
    last = prev[-1]
    cut_after_point = last in ".．" and prev[-2:-1].isdigit() and nxt[:1].isdigit()
    if not (_CJK_CHAR.match(last) or last.isdigit() or last in ",，、" or cut_after_point):
        return False
    if N._BLOCK_START.match(nxt):
        return False
    if re.match(r"[\u4e00-\u9fff]{2,6}:", nxt) and ":" in prev \
            and not any(ch in prev[prev.rfind(":") + 1:] for ch in "，,。；;、"):
        return False  # a field's line after a field's line (评价等级:优 / 填表人:张某)
    if _CJK_CHAR.match(nxt[0]) or nxt[0] in ",，。、;；:：)）”“《":
        return True
    figure = nxt[0].isdigit() or last.isdigit() and (nxt[0] in "%％" or nxt[0] in ".．" and nxt[1:2].isdigit())
    return figure and not N._OPENS_WITH_DATE.match(nxt) and not _looks_like_table_row_plain(nxt)


def _normalise_text_plain(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = N._INVISIBLE.sub("", text)
    text = N.nfkc(text)
    if N._needs_t2s(text):
        text = N._t2s().convert(text)
    return text


def _normalise_lines_plain(text: str) -> list[str]:
    if "|" in text:
        text = N._wide_gaps_to_tabs(text)  # rows laid out with runs of spaces below a pipe table
    text = N._SPACE_RUNS.sub(" ", text)
    text = text.replace(" \t", "\t").replace("\t ", "\t").replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    return [line.rstrip("\t") if line.rstrip("\t") and "\t" not in line.rstrip("\t") else line for line in text.split("\n")]


def _with_paragraphs_plain(lines, tables, table_lines) -> Document:
    text = "\n".join(lines)
    closed = N._CJK_GAP.sub("", text).split("\n") if " " in text else lines
    closed = [N._letter_spaced_closed(line, c) for line, c in zip(lines, closed)]  # (no gate: every line)
    paragraphs = []
    current = None
    for no, line in enumerate(closed, start=1):
        if not line or line.isspace():
            continue
        if len(line) > N.MAX_PARAGRAPH:
            pieces = [piece for _, piece in N.split_long(line)]
        elif current is not None and len(prev := current.text) + len(line) <= N.MAX_PARAGRAPH \
                and len(prev) >= N.MIN_WRAPPED_LINE and prev[-1] not in N._SENTENCE_END \
                and _is_wrapped_plain(prev, line):
            current.starts.append((len(current.text), no))
            current.text += line
            continue
        else:
            current = Paragraph(line, [(0, no)])
            paragraphs.append(current)
            continue
        for i, piece in enumerate(pieces):
            if i == 0 and current is not None and len(current.text) + len(piece) <= N.MAX_PARAGRAPH \
                    and _is_wrapped_plain(current.text, piece):
                current.starts.append((len(current.text), no))
                current.text += piece
            else:
                current = Paragraph(text=piece, starts=[(0, no)])
                paragraphs.append(current)
    return Document(lines=lines, paragraphs=paragraphs, tables=tables, table_lines=table_lines)


def _build_document_plain(source) -> Document:
    blocks = [source] if isinstance(source, str) else source
    lines, tables, table_lines = [], [], set()
    for block in blocks:
        if isinstance(block, TableBlock):
            rows = []
            for cells in block.rows:
                cells = [N._cell(c) for c in cells]
                filled = [c for c in cells if c]
                if not filled:
                    continue
                lines.append(filled[0] if len(filled) == 1 else "\t".join(cells).rstrip("\t"))
                if len(filled) > 1:
                    table_lines.add(len(lines))
                rows.append(N.Row(cells=cells, line_no=len(lines), cell_lines=[len(lines)] * len(cells)))
            if rows:
                tables.append(N.Table(rows=rows, kind="native"))
            lines.append("")
        else:
            lines.extend(_normalise_lines_plain(_normalise_text_plain(block)))
    doc = _with_paragraphs_plain(lines, tables, table_lines)
    if len(blocks) == 1 and isinstance(blocks[0], str):
        # one text stopping mid-line (no line break, space or bar after its last character) has an open end
        doc.open_end = blocks[0][-1:] not in ("", " ", "\t", "\n", "\r", "|", "\u3000")
    return doc


# the cell stream as read before: the same reference as the cells tests keep
_cell_stream_plain = _cells_plain


# --- short texts written for these tests -----------------------------------------------------------

_PROSE = "这是一段被页面版式在中间切断的很长很长的句子内容"  # 24 characters, ends mid-sentence
_LINES = [
    "", " ", "\t", "\u3000", "\x0c", _PROSE, _PROSE + "。", _PROSE + "：", _PROSE + "12", _PROSE + "abc",
    "续写的内容。", "，接着写", "）之后", "一、标题", "(二)项目", "1.第一条", "附件", "| 一级指标 | 二级指标 |", "||||",
    "12万元", "2021 12.5 13.6 15.0 16.0 17.0 18.0 19", "预算数\t执行数\t执行率", "\t某某项目\t", "某某 |",
    "年初预算数 全年预算数 执行率", "执行率(全年 执行数/全年 预算数) 分值", "部门 整体 支出 12 万元 , 合计",
    "本年度预算执行情况良好，全年预算执行率达到百分之九十五，各项指标基本完成，群众满意度较高，我们将继续保持下去。",
    "本年度预算执行情况良好全年预算执行率达到百分之九十五各项指标基本完成群众满意度较高我们将继续保持下去并加以改进",
    "本年度预算执行情况良好 全年预算执行率达到百分之九十五 各项指标基本完成 群众满意度较高 我们将继续保持下去并加以改进",
    "一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标指标1培训人数100人120人10",
    "某" * 70, "某" * 59, " 某某  某某 (某 某) 某 ", "㊖务处", "國家", "a \t b", " \t\t ", "x\r\ny", "x\ry",
]


def _random_texts(count: int, seed: int, lines: list[str] = _LINES, most: int = 30):
    rnd = random.Random(seed)
    for _ in range(count):
        yield "\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, most)))


# --- the tests ---------------------------------------------------------------------------------------

def test_is_wrapped_with_the_table_row_test_last_answers_as_before():
    prevs = ["短", _PROSE, _PROSE + "。", _PROSE + "12", _PROSE + "abc", _PROSE + ",", _PROSE + "12.", _PROSE + "a.", _PROSE + "\t", "预算数\t执行数\t很长很长很长很长很长的单元格",
             "2021 12.5 13.6 15.0 16.0 17.0 18.0 19", "合计 12 13 这是一段很长很长很长的说明文字内容", "说明 12 这是一段很长很长很长的说明文字内容",
             "㐀" * 20, "\u4dbf" * 20, "\u9fff" * 20, "\ua000" * 20, "²" * 20,
             _PROSE + ",评价等级:优", _PROSE + ":内容,未完"]
    nxts = ["续写的内容。", "一、标题", "\t单元格", "，接着写", "）之后", "”引号", "abc", "(二)项目", "12万元", "1.第一条",
            ".5万元", "%,其中", "2023年,本单位", "12 13 14", "“优秀”", ",234万元", "3月5日", "5.5万元",
            "附件一", "|a", "㐀", "\u4dbf", "\u9fff", "\ua000", "\u33ff", "填表人:张某", "联系电话:1234"]
    for prev in prevs:
        for nxt in nxts:
            assert N._is_wrapped(prev, nxt) == _is_wrapped_plain(prev, nxt), (prev, nxt)
        assert N._looks_like_table_row(prev) == _looks_like_table_row_plain(prev), prev
    assert N._is_wrapped(_PROSE, "续写的内容。") and not N._is_wrapped(_PROSE + "。", "续写的内容。")
    # an empty continuation: an error where the plain code reached its last test, False where it did not
    for prev in prevs:
        try:
            plain = _is_wrapped_plain(prev, "")
        except IndexError:
            with pytest.raises(IndexError):
                N._is_wrapped(prev, "")
        else:
            assert N._is_wrapped(prev, "") == plain


def test_edge_spaces_removed_in_one_pass_are_the_four_replaces():
    pieces = ["", " ", "  ", "\u3000", "\t", "\n", "中", "a", " \t ", "\n \n"]
    rnd = random.Random(1)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        assert N.normalise_lines(text) == _normalise_lines_plain(text), repr(text)
        assert N._normalised_lines_text(text) == "\n".join(_normalise_lines_plain(text)), repr(text)
    assert N.normalise_lines(" 项目  名称 \t 金额\u3000\n 合计 ") == ["项目 名称\t金额", "合计"]


def test_normalise_text_without_carriage_returns_skips_the_replaces():
    for text in ["", "a\r\nb", "a\rb", "a\n\rb", "\r", "部门\r\n\r\n整体", "無\r國", "no return", "國家財政",
                 # (and without the invisible characters, the removal: each one found by its own scan)
                 "9\u00ad5%", "执\u200c行", "率\u200d", "\u2060", "\u00ad\u2060\r\n某"]:
        assert N.normalise_text(text) == _normalise_text_plain(text), repr(text)


def test_paragraphs_read_from_a_local_are_the_paragraphs_made_before():
    for text in _random_texts(1500, 2):
        lines = _normalise_lines_plain(_normalise_text_plain(text))
        assert N._with_paragraphs(lines, [], set()) == _with_paragraphs_plain(lines, [], set()), repr(text)
        assert N._with_paragraphs(lines, [], set(), "\n".join(lines)) == _with_paragraphs_plain(lines, [], set())
    # paragraphs cut at the length limit, and a line over it
    for text in [_PROSE + "\n" + "续" * (N.MAX_PARAGRAPH - 30), "某" * (N.MAX_PARAGRAPH + 50) + "\n续写", _PROSE + "\n"
                 + "续" * (N.MAX_PARAGRAPH + 10), "\n".join([_PROSE] * 300)]:
        lines = _normalise_lines_plain(text)
        assert N._with_paragraphs(lines, [], set()) == _with_paragraphs_plain(lines, [], set())


def test_a_document_of_one_text_is_the_document_of_its_blocks():
    table = TableBlock([["项目", "年初预算数", "全年执行数"], ["合计", "10", "9"], ["", "", ""], ["说明", "", None]])
    for i, text in enumerate(_random_texts(800, 3)):
        for source in (text, [text], [text, table], [table, text, "续写"] if i % 2 else []):
            doc, plain = build_document(source), _build_document_plain(source)
            assert doc == plain, repr(source)
            assert doc.text() == plain.text() == "\n".join(plain.lines)
            assert doc.lines_unbroken() == plain.lines_unbroken()


def test_the_text_a_document_is_given_is_its_lines_joined_until_they_change():
    doc = build_document("一\n\n二\t三 \r\n四")
    assert doc.text() == "\n".join(doc.lines) == "一\n\n二\t三\n四" and doc.lines_unbroken()
    doc.lines = ["a\nb", "c"]  # other lines: the text made again
    assert doc.text() == "a\nb\nc" and not doc.lines_unbroken()
    assert build_document("") == Document(lines=[""], paragraphs=[]) and build_document("").text() == ""


def test_cell_stream_without_comprehensions_gives_the_cells_it_gave_before():
    for text in _random_texts(1500, 4):
        doc = build_document(text)
        assert C.cell_stream(doc) == _cell_stream_plain(doc), repr(text)
    # Word's export (a tab opening the cells, untabbed lines continuing them) and native tables
    word = ["\t某某项目\t", "\t", "继续写的一行", "某" * 70, "某某 某某", "", "\t\t10"]
    for text in _random_texts(500, 5, word + _LINES[:12], 20):
        for doc in (build_document(text), build_document(["标题", TableBlock([["项目", "年初预算数"], ["合计", "10"]]), text])):
            assert C.cell_stream(doc) == _cell_stream_plain(doc), repr(text)
    # lines not made by build_document (edges not trimmed, runs of spaces)
    doc = Document(lines=["  某" * 30, " a \t b ", "\t ", "  ", "| a |  b |", "某" * 65 + " ", "x  y"], paragraphs=[])
    assert C.cell_stream(doc) == _cell_stream_plain(doc)
