"""Speed work, round perf4-b (reading, the document model, the cell stream): each fast path is held to the
plain code it replaces, on short texts written for these tests (and random mixes of them)."""

from __future__ import annotations

import random
import unicodedata

from pipelines import normalise as N


# --- nfkc: the common changing characters replaced first, then unicodedata's quick check ----------

def test_the_common_changes_are_characters_nfkc_maps_on_their_own():
    _, changes, _, _ = N._nfkc_tables()
    for ch in N._COMMON_CHANGES:
        assert changes[ch] == unicodedata.normalize("NFKC", ch) != ch


def test_nfkc_with_the_common_changes_first_equals_unicodedata():
    rng = random.Random(41)
    # the common changers, others NFKC changes (！ ① ｶ), combining marks and jamo right after them, and text
    pool = (list(N._COMMON_CHANGES) + list("！？①ＡＢ１％ｶﾞ") + ["\u0301", "\u0308", "\u3099", "\u1161", "\uac00"]
            + list("某项目资金万元年ab12 .,()"))
    for _ in range(30000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert N.nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)
    assert N.nfkc("资金（万元）：１２，面积３㎡…") == "资金(万元):12,面积3m2..."
    assert N.nfkc("合计\u3000１００") == "合计 100"  # a common change, then one the quick check sends on
    assert N.nfkc("（ｶﾞ）") == "(ガ)"  # a composing pair left after the common changes: unicodedata's
