"""What a line of extracted text looks like where a page or its layout cut a sentence: shared by
``normalise`` (lines the layout broke, joined again) and ``furniture`` (a sentence a page break cut)."""

from __future__ import annotations

import re

# Lines that open a new block: headings and enumerations must never be glued to the line above.
BLOCK_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:、|[.．](?!\d))|第[一二三四五六七八九十]+|附件|[|])")
SENTENCE_END = "。！？；;:：!?…"
# Below this length a line is more likely a table cell or a title than wrapped prose.
MIN_WRAPPED_LINE = 18


def is_cjk(ch: str) -> bool:
    """A CJK ideograph (the basic block or extension A): its ranges compared, no regex call."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
