"""Parse a target or result as written: ``≥15宗``, ``90%以上``, ``不少于6000份``, ``2023年``, ``专款专用``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.numbers import UNSIGNED_NUMBER, count_float, parse_chinese_number

# Units an indicator value may carry (one list, in roles.py), longest first.
_UNIT_RE = "|".join(map(re.escape, sorted((u for u in R.UNITS if "/" not in u), key=len, reverse=True)))
# A unit per another (元/人·月, 元/平方米, 次/年, 元/人、天, 元/人次): what follows the slash is a unit too,
# or two joined by a dot or a 、; the whole is the unit (元/人 alone would cut 元/人·年 short).
_PER_RE = "|".join(map(re.escape, sorted((u for u in R.UNITS if "/" not in u and u not in ("%", "‰")),
                                         key=len, reverse=True)))
PER_UNIT = rf"/(?:{_PER_RE})(?:[·・、](?:{_PER_RE}))?"
UNIT_PATTERN = rf"(?:{_UNIT_RE})(?:{PER_UNIT})?"
# A rate per so many people (300/10万, 15/10万人, 2/千人: the health forms' incidence and mortality)
PER_POPULATION = r"/\d{0,3}(?:万|千|百)人?"
VALUE_RE = re.compile(
    rf"(?<![\d.第])(?P<num>{UNSIGNED_NUMBER})\s*(?:余|多)?\s*(?:{V.UNIT_COUNTER})?(?P<unit>{UNIT_PATTERN}|{PER_POPULATION})?")

# Words that turn a value into a bound. Checked in order: the first that occurs decides.
OP_WORDS: list[tuple[str, str]] = [*V.NEGATED_BOUNDS,  # (不得低于, 严禁超过: before the bare words)
    # (大于等于 before 大于: the first word found decides). 大于或等于 / 小于或等于 and ASCII => / =< (the sign
    # typed the other way round) hold 大于 / > : before them; ≮ (not less than) and ≯ (not more than) as
    # technical texts write the bounds.
    ("大于或等于", ">="), ("小于或等于", "<="), ("=>", ">="), ("=<", "<="), ("≮", ">="), ("≯", "<="),
    # 未超过 (not over) holds 超过 (over): before it; 不超 / 不超出 / 未高于 as 不超过, 未低于 as 不低于; 不足 (short of)
    ("未超过", "<="), ("未超出", "<="), ("不超出", "<="), ("未高于", "<="), ("未低于", ">="), ("未少于", ">="),
    ("大于等于", ">="), ("小于等于", "<="), ("≧", ">="), ("≦", "<="), ("≥", ">="), (">=", ">="), ("不少于", ">="), ("不低于", ">="), ("至少", ">="), ("以上", ">="), ("及以上", ">="),
    ("不小于", ">="), ("≤", "<="), ("<=", "<="), ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("以内", "<="),
    ("以下", "<="), ("不大于", "<="), ("不超", "<="), ("超过", ">"), ("大于", ">"), ("高于", ">"), (">", ">"), ("低于", "<"),
    ("少于", "<"), ("小于", "<"), ("不足", "<"), ("<", "<"),
]


@dataclass(frozen=True, init=False)
class Value:
    op: str | None
    value: float | None
    unit: str | None

    def __init__(self, op: str | None, value: float | None, unit: str | None):
        # (the generated __init__ of a frozen dataclass sets each field by a call to object.__setattr__; the
        # instance's dict is filled directly instead, to the same dict: made some forty times a report)
        d = self.__dict__
        d["op"], d["value"], d["unit"] = op, value, unit


# A rank (第5名, 前5名, 前3位): no quantity to compare
_RANK = re.compile(r"第\s*\d|前\s*\d+\s*[名位强]")
# 最多 / 最高 / 最少 / 最低 right before the figure: a bound as 不超过 / 不低于 are
_MOST = {"最多": "<=", "最高": "<=", "最长": "<=", "最少": ">=", "最低": ">="}
# A year that opens a value (2023年完成≥500户, 2023年度实现512户): when it is read, not a second figure
_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}年度?(?=[^\d\s年月日底])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _value_without_asides(s: str, matches: list[re.Match]) -> list[re.Match]:
    """The figures of a value, less those of a note in brackets after it (≥4.5分(满分5分), 100%(抽检60批次)) and of a
    year opening it (2023年完成512户): what is left is the value when one figure is left."""
    if s[-1] in ")）" and (open_at := max(s.rfind("("), s.rfind("（"))) > 0 \
            and _CJK.search(s, open_at) is not None:  # (a note is words: 2023(1) holds a footnote's mark)
        kept = [m for m in matches if m.end() <= open_at]
        if len(kept) == 1:
            return kept
    first = matches[0]
    if first.start() == 0 and first.group("unit") in ("年", "年度") and len(matches) == 2 \
            and matches[1].group("unit") not in _CALENDAR_UNITS and _LEADING_YEAR.match(s) is not None:
        return matches[1:]
    return matches


MINUS = frozenset("-−")


def dash_is_sign(before: str) -> bool:
    """A dash after this character is a sign, not a range's or a code's (2021-2023, GB-2019, 1.-)."""
    return not (before.isascii() and before.isalnum()) and before not in ".-−"


# 内 after a figure that opens a word of its own, no bound (内容, 内部, 内设, 内外, 内涵, 内需, 内地, 内控)
_NEI_WORDS = frozenset("容部设外涵需地控")


# A percentage written in words (百分之百, 百分之九十五, 百分之九十八点五): the figure with the unit %; and a rate per
# thousand or per ten thousand, or a hundred thousand, written so (千分之五 -> 5‰, 十万分之十五 -> 15/10万).
WRITTEN_PERCENT = re.compile(r"(?P<base>百|千|十万|万)分之(?P<int>[零〇一二两三四五六七八九十百]+)"
                             r"(?:点(?P<frac>[零〇一二三四五六七八九]+))?")
_WRITTEN_BASE_UNIT = {"百": "%", "千": "‰", "十万": "/10万", "万": "/万"}


def written_percents(text: str) -> str:
    """``text`` with each percentage (or rate per thousand, …) written in words as a figure (补贴发放准确率为百分之百
    -> …为100%, 千分之五 -> 5‰); never longer than ``text`` (each figure is written in no more characters than its
    words)."""
    if "分之" not in text:
        return text
    return WRITTEN_PERCENT.sub(_written_figure, text)


def _written_figure(m: re.Match) -> str:
    words = m.group("int")
    base = m.group("base")
    # (百分之百: the hundred written without its 一; the numeral read as numbers.parse_chinese_number reads scores)
    value = parse_chinese_number(("一" + words if words[0] == "百" and base == "百" else words)
                                 + ("点" + m.group("frac") if m.group("frac") else ""))
    return m.group(0) if value is None else f"{value.normalize():f}{_WRITTEN_BASE_UNIT[base]}"


def parse_value(text: str | None) -> Value:
    """One number with its unit and bound; text without exactly one usable number has no value."""
    if text is None:
        return Value(None, None, None)
    s = "".join(text.split())
    if not s:
        return Value(None, None, None)
    if s[0] in "》《" and len(s) > 1 and s[1].isdigit():
        s = ("≥" if s[0] == "》" else "≤") + s[1:]  # 》98%: an OCR's ≥ (a title's bracket never opens a value's cell)
    if "分之" in s:
        s = written_percents(s)  # 百分之九十五以上: ≥95%; 千分之五以内: ≤5‰
    if s[-1] in V.FOOTNOTE_LAST or s[-1].isdecimal() and ("%" in s or "‰" in s):
        s = V.VALUE_FOOTNOTE.sub("", s)  # (a footnote's mark after the unit: 93.6%[1], 99.2%¹)
    matches = list(VALUE_RE.finditer(s))
    if len(matches) == 2 and (low := _range_low(s, *matches)) is not None:
        return low
    if len(matches) > 1:
        matches = _value_without_asides(s, matches)
    if len(matches) != 1 or _RANK.search(s):
        return Value(None, None, None)  # none, several (排名第5名、第1名) or a rank: keep the text only
    m = matches[0]
    value = count_float(m.group("num"), m.group("unit"))
    if m.start() and s[m.start() - 1] in MINUS and (m.start() == 1 or dash_is_sign(s[m.start() - 2])):
        value = -value  # -8.6% / ≤-5% / 变动率-3%: a fall
    op = bound_op(s)
    if op == "=" and m.start() >= 2 and (most := _MOST.get(s[m.start() - 2: m.start()])) is not None:
        op = most  # 最多2小时, 最低60分: the most or least allowed
    end = m.end()
    if s[end: end + 1] == "前" and m.group("unit") == "日" or not m.group("unit") and s[end: end + 2] == "号前":
        return Value(None, None, None)  # (每月)10日前: a day of the month, a deadline, as 6月30日前 (no quantity)
    if op == "=" and m.group("unit") and s[end: end + 1] == "内" and s[end + 1: end + 2] not in _NEI_WORDS:
        op = "<="  # 10个工作日内, 3天内: within, as 以内 (not 内容, 内部: a word of its own after the figure)
    return Value(op, value, m.group("unit"))



_CLAUSE_BREAK = re.compile(r"[，；;。]|,(?!\d{3})")


def value_in_unit(text: str | None, unit: str | None) -> Value:
    """The one figure in ``unit`` of a text holding several, one per clause (全年完成1320户，完成率110%: the result
    in the target's unit is 1320户); no value where no clause, or more than one, holds a figure in that unit."""
    if text is None or unit is None:
        return Value(None, None, None)
    found = [v for clause in _CLAUSE_BREAK.split(text) if (v := parse_value(clause)).value is not None and v.unit == unit]
    return found[0] if len(found) == 1 else Value(None, None, None)


# A range's mark between its two figures (90%-95%, 5～10年, 260至280人); the running text's reader reads its ranges
# by the same marks.
RANGE_MARKS = "-－~～〜—–至"
# Units of dates: 1-12月 names a span of the calendar, not a target's bounds (as 2021-2023年; 5-10年 is a length).
_CALENDAR_UNITS = frozenset(("月", "日", "年度"))


def _range_low(s: str, first: re.Match, second: re.Match) -> Value | None:
    """A cell that is one range and nothing else (90%-95%, 0.5‰～0.9‰, 260-280人, 5至10年) is met at its lower
    figure: ``>=`` the first number, in the unit of either. None for anything else (two values side by side, a
    fall of -5%~-3%, a span of years or months)."""
    if first.start() != 0 or second.start() != first.end() + 1 or s[first.end()] not in RANGE_MARKS:
        return None
    unit, other = first.group("unit"), second.group("unit")
    if second.end() != len(s) and not (other == "个" and not s[second.end():].isascii()):
        return None  # (0.5-1个等级: a counter then what it counts ends the range as a unit would)
    if (unit and other and unit != other) or (unit or other) in _CALENDAR_UNITS and "个" not in second.group(0):
        return None  # (6-9个月: months counted, a length, not a span of the calendar)
    unit = unit or other
    low, high = count_float(first.group("num"), unit), count_float(second.group("num"), unit)
    if low >= high or (unit in (None, "年") and 1900 <= low and high <= 2100 and low.is_integer()):
        return None  # (2021-2023: years)
    return Value(">=", low, unit)


def bound_op(text: str) -> str:
    """The comparison a target's words state (``不少于`` -> ``>=``); a bare value is ``=``."""
    if _BOUND_WORD.search(text) is None:
        return "="  # (no bound word at all, as most values: one search instead of a test per word)
    # (the prohibitions, 不得低于 / 严禁超过, each hold 不 or 禁: asked only of a text holding either)
    words = OP_WORDS if ("不" in text or "禁" in text) else _UNNEGATED_OP_WORDS
    return next((sym for word, sym in words if word in text), "=")


_UNNEGATED_OP_WORDS = OP_WORDS[len(V.NEGATED_BOUNDS):]


_BOUND_WORD = re.compile("|".join(re.escape(word) for word, _ in OP_WORDS))


def has_bound(text: str) -> bool:
    return _BOUND_WORD.search(text) is not None
