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
