"""Speed work on the form readers (forms, headers, funds blocks): each fast path is held to the plain code
it replaces, on short texts written for the purpose."""

from __future__ import annotations

import random

from pipelines.extract import forms as F
from pipelines.ocr_digits import MISREAD_GATE_RE, MISREAD_LETTER_GATE_RE


def test_misread_letter_gate_finds_what_the_misread_pattern_finds():
    rng = random.Random(11)
    alphabet = ["O", "o", "l", "I", "1", "9", "０", "٣", ",", ".", "%", "年", "人", "a", " ", "\n"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        expected = MISREAD_GATE_RE.search(text) is not None
        assert (MISREAD_LETTER_GATE_RE.search(text) is not None) == expected, text
        found += expected
    assert 1000 < found < 19000
    for text, expected in [("2O", True), ("l9", True), ("≥1O0人", True), ("O,", True), ("Il", False),
                           ("1 O", False), ("Excel", False), ("lo.", True)]:
        assert (MISREAD_LETTER_GATE_RE.search(text) is not None) == expected, text
