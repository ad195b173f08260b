"""The fast paths of extraction give exactly what the slow ones gave: per-character NFKC, whole-text
line normalisation, the literal gates read off the vocabulary's patterns, the plausibility count."""

from __future__ import annotations

import random
import re
import unicodedata

from pipelines.extract import vocabulary as V
from pipelines.extract.literals import compact_text, doc_may_match, gate, may_match
from pipelines.normalise import build_document, nfkc, normalise_line, normalise_lines
from pipelines.readers.text import _plausible


def test_nfkc_equals_unicodedata_on_report_text_and_on_anything_else():
    rng = random.Random(7)
    pool = ([chr(c) for c in range(0x20, 0x7F)] + list("，。：；（）！？、“”　ＡＢ１２３％") + ["中", "国", "年", "\u2003", "\u2024"]
            + ["\u0301", "\u3099", "\uff9e", "\uac00", "\u1161", "\uf900", "é", "ｶ"])  # combining, jamo, compatibility
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert nfkc("收入（万元）：１２３，") == "收入(万元):123,"
    assert nfkc("ｶﾞ") == "ガ"  # a half-width voiced mark composes: the slow path


def test_cjk_ideographs_are_fixed_points_of_nfkc():
    # nfkc takes the block 4E00-9FFF as unchanged without asking unicodedata for each character
    block = "".join(map(chr, range(0x4E00, 0xA000)))
    assert unicodedata.normalize("NFKC", block) == block


def test_normalise_lines_equals_normalise_line_per_line():
    rng = random.Random(3)
    pool = [" ", " ", "\t", "\n", "\u3000", "\u00a0", "\u200b", "\ufeff", "a", "中", "1"]
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        assert normalise_lines(text) == [normalise_line(line) for line in text.split("\n")]
    assert normalise_lines(" 项目  名称 \t 金额\u3000\n 合计 ") == ["项目 名称\t金额", "合计"]


def test_gate_words_are_read_off_the_pattern():
    assert gate(V.STAFF_AUTHORIZED_RE) == ("定编", "编制")  # (the establishment fixed: 定编18人)
    # (占全年预算的…, 支出决算占调整预算的…, 完成预算的…: the budget's name whole, not 预算 alone)
    assert gate(V.EXECUTION_RATE_RE) == ("全年预算", "决算为", "决算占", "完成率", "完成预算", "年度预算", "执行数为", "执行数占", "执行率",
                                         "执行进度", "支出为", "支出占", "支出率", "支出进度", "支出预算", "调整后预算")
    assert gate(re.compile(r"\d+%")) == ("%",)
    assert gate(re.compile(r"\d+(?:万元)?")) is None  # nothing literal to require
    assert gate(re.compile(r"(?:核定)?编制", re.I)) is None  # case folding: no gate
    assert gate(re.compile(r"a(?:bc|de)+f?")) == ("bc", "de")
    assert not may_match(V.STAFF_AUTHORIZED_RE, "在职人员12人")
    assert may_match(V.STAFF_AUTHORIZED_RE, "核定编制12人")


def test_every_title_keyword_holds_one_of_the_words_the_title_and_menu_finders_look_for():
    from pipelines.page_chrome import TITLE_WORDS

    words = gate(V.TITLE_KEYWORDS)
    assert words and all(any(w in word for w in TITLE_WORDS) for word in words), words


def test_a_gate_never_hides_a_match():
    rng = random.Random(11)
    words = ["编制", "核定", "行政", "执行率", "预算", "为", "12", "人", "名", "%", "得分", "自评", "分", "等级", "优秀", " ", "，"]
    patterns = [p for p in vars(V).values() if isinstance(p, re.Pattern)]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        for p in patterns:
            if p.search(text):
                assert may_match(p, text), (p.pattern, text)


def test_document_gate_reads_the_text_without_whitespace():
    doc = build_document("一、基本情况\n核定编\n制 12 人\n")
    assert compact_text(doc) == "一、基本情况核定编制12人"
    assert doc_may_match(V.STAFF_AUTHORIZED_RE, doc)
    assert not doc_may_match(V.EXECUTION_RATE_RE, doc)


def test_plausible_counts_text_like_characters():
    assert _plausible("绩效自评报告\n2023年 收入100万元。")
    assert not _plausible("\x01\x02\x03绩效" * 10)
    assert _plausible("a" * 95 + "\x01" * 5)  # 95% text-like: still text
    assert not _plausible("a" * 89 + "\x01" * 11)
