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
