"""Speed work, round perf4-d (report fields, narrative budget figures): each fast path is held to the plain
code it replaces, on short texts written for these tests (and random mixes of them)."""

from __future__ import annotations

import random
import re

from pipelines.extract import report_fields as RF
from pipelines.model import Paragraph

# whitespace of every kind str.split takes: space, tab, line break, ideographic and no-break space
_SPACES = [" ", "  ", "\t", "\n", "\u3000", "\xa0", "\r\n", " \u3000 "]
_WORDS = ["核定编制", "行政编制", "实有人数", "在职在编", "12", "3", "人", "名", "，", "。", "共", "其中", "某某单位"]


def _compact_line_plain(para: Paragraph, m: re.Match) -> int:
    """The letter-by-letter walk the run-by-run count replaced."""
    seen = 0
    for i, ch in enumerate(para.text):
        if not ch.isspace():
            if seen == m.start("num"):
                return para.line_at(i)
            seen += 1
    return para.line_no


def _paragraph(rnd: random.Random) -> Paragraph:
    """A paragraph of words and whitespace, its lines starting at the line breaks (as the paragraphs of a
    document record them)."""
    text = "".join(rnd.choice(_WORDS) if rnd.random() < 0.6 else rnd.choice(_SPACES) for _ in range(rnd.randint(1, 25)))
    starts = [(0, 7)] + [(i + 1, 8 + n) for n, i in enumerate(i for i, c in enumerate(text) if c == "\n")]
    return Paragraph(text, starts)


_NUM = re.compile(r"(?P<num>\d+)")


def test_compact_line_counts_whitespace_runs_as_the_letter_walk_does():
    rnd = random.Random(4)
    checked = 0
    for _ in range(3000):
        para = _paragraph(rnd)
        compact = "".join(para.text.split())
        for m in _NUM.finditer(compact):
            assert RF._compact_line(para, m) == _compact_line_plain(para, m), (para.text, m.start())
            checked += 1
    assert checked > 1000
    # the figure at the start, right after whitespace, and whitespace only before it
    for text in ["12人", " 12人", "\n\n12人", "编制\n 12人", "编制 \u3000\n3", "编\t制\n\n\n1 2"]:
        starts = [(0, 1)] + [(i + 1, 2 + n) for n, i in enumerate(i for i, c in enumerate(text) if c == "\n")]
        para = Paragraph(text, starts)
        for m in _NUM.finditer("".join(text.split())):
            assert RF._compact_line(para, m) == _compact_line_plain(para, m), text


# --- literals._line_indices: a scan opening with a letter starts at its first find -------------------

from pipelines.extract import literals as L  # noqa: E402


def _line_indices_plain(pattern: re.Pattern, text: str) -> list[int]:
    """Every match from the start of the text, each match's line counted."""
    return sorted({text.count("\n", 0, m.start()) for m in pattern.finditer(text)})


_SCANS = [
    re.compile("分(?:数|(?<=得分)|(?<=总分)|(?<=评分))"),  # a look back before the first letter
    re.compile("结(?:果|论)"),
    re.compile(r"编(?:[^\S\n]*制)"),
    re.compile(r"执行[^\n]*"),
    re.compile("得分|总分"),  # an alternation: no one first letter
    re.compile("[分结]果?"),  # a class first
    re.compile("(?:自评)?得分"),  # an optional group first
    re.compile("AB", re.IGNORECASE),  # (ab matches too: no first letter taken)
    re.compile(r"(?<=自评)得分"),
]
_PIECES = ["得分", "总分", "评分", "分数", "分", "自评", "结果", "结论", "结", "编制", "编 制", "编\n制", "执行",
           "预算执行率", "ab", "AB", "某某", "，", "\n", "\n\n"]


def test_line_indices_from_the_first_letter_are_the_plain_scan():
    rnd = random.Random(7)
    texts = ["", "\n", "得分", "\n得分", "总\n分", "得分\n", "某某\n某某得分", "自评\n得分", "ab\nAB"]
    texts += ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 20))) for _ in range(2000)]
    for text in texts:
        for scan in _SCANS:
            assert L._line_indices(scan, text) == _line_indices_plain(scan, text), (scan.pattern, text)


def test_first_letter_is_taken_only_from_a_literal_first_element():
    assert L._first_letter("分(?:数|(?<=得分))", 0) == "分"
    assert L._first_letter(r"执行[^\n]*", 0) == "执"
    assert L._first_letter("得分|总分", 0) is None
    assert L._first_letter("[分结]", 0) is None
    assert L._first_letter("(?:自评)?得分", 0) is None
    assert L._first_letter("(?<=自评)得分", 0) is None
    assert L._first_letter("ab", re.IGNORECASE) is None


# --- units.clean_unit: cached (pure) ---------------------------------------------------------------

from pipelines.extract import units as U  # noqa: E402

_UNIT_TEXTS = ["某某局", "某某局 ", " 某某局", "某 某 局", "314002-某某局", "某某局/张三", "（部门）某某局", "某某中心、某某医院",
               "各乡镇人民政府", "为某某局", "某某局填报日期", "某某", "", None, "某某县某某镇", "某某局机关", "(某某局",
               "某某学校等", "2023年度", "某某局（某某办公室）", "某某委员会"]


def test_clean_unit_cached_answers_as_the_plain_function():
    rnd = random.Random(11)
    values = _UNIT_TEXTS + ["".join(rnd.choice([t for t in _UNIT_TEXTS if t]) for _ in range(rnd.randint(1, 3)))
                            for _ in range(500)]
    plain = U.clean_unit.__wrapped__
    for _ in range(2):  # the second time from the cache
        for v in values:
            assert U.clean_unit(v) == plain(v), v
