"""Performance indicators (绩效指标) -> ``indicators`` rows.

The ways reports state them, one rule each:
- ``form_indicators``: the national 自评表's indicator block, whatever its layout, as the form readers
  decode it by column role (``pipelines.extract.forms``): 一级/二级/三级指标, 指标性质, 年度指标值,
  度量单位, 实际完成值, 分值, 得分; merged level cells inherit from the rows above.
- ``flat_indicators``: a table flattened by PDF text extraction with its cells wrapped over lines: an
  indicator name, its description lines, then ``预期值 完成值`` on one line (``≥15宗  ≥15宗``).
- ``explicit_indicators``: ``<name>：年度目标值<target>，实际完成值<result>`` (the table's column labels
  written out), targets in words (按时完成) included.
- ``narrative_indicators``: running text. A goal with a bound (``完成率达到90%以上``) and the same
  goal reported later (``完成率达到100%``) make one indicator; results without a target
  (``满意率达96.27%``) are kept when their name is a rate. Year-on-year changes, shares and
  budget execution rates are not indicators.
"""

from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from unicodedata import is_normalized

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.kinds import INDICATOR_LABELS, key, kind, level_of, op_of
from pipelines.extract.literals import doc_may_match, fewest_words, lines_holding, paragraphs_may_match
from pipelines.extract.memo import PerText, per_text
from pipelines.model import Forms, IndicatorBlock
from pipelines.extract.prose import cut_at, figured_prose
from pipelines.extract.numbers import MONEY_RE, NUMBER_RE, UNSIGNED_NUMBER, count_float, unsigned_float
from pipelines.extract.targets import (MINUS, PER_UNIT, RANGE_MARKS as _RANGE_MARKS, Value, bound_op,
                                       dash_is_sign, parse_value, value_in_unit)
from pipelines.model import Document, Paragraph
from pipelines.normalise import compact
from pipelines.page_chrome import CUT_CELL_MAX


@dataclass
class Indicator:
    name: str
    line_no: int
    source_kind: str
    level1: str | None = None
    level2: str | None = None
    target_raw: str | None = None
    actual_raw: str | None = None
    weight: float | None = None
    score: float | None = None
    target: Value = field(default_factory=lambda: Value(None, None, None))
    actual: Value = field(default_factory=lambda: Value(None, None, None))

    def row(self, seq: int) -> dict:
        return {
            "seq": seq, "level1": self.level1, "level2": self.level2, "name": self.name,
            "target_raw": self.target_raw, "actual_raw": self.actual_raw, "target_op": self.target.op,
            "target_value": self.target.value, "actual_value": self.actual.value, "target_unit": self.target.unit,
            "actual_unit": self.actual.unit, "weight": self.weight, "score": self.score,
            "source_kind": self.source_kind, "line_no": self.line_no,
        }


@dataclass
class TableTotals:
    """The 总分 row of an indicator table: the stated sums of 分值 and 得分."""
    weight: float | None = None
    score: float | None = None


_SCORE_NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*分?\s*")
# (a weight may be written as its share of the whole, 权重 | 20%: of 100 points, 20)
_WEIGHT_NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*[分%]?\s*")


def _number(cell: str | None, pattern: re.Pattern = _SCORE_NUMBER) -> float | None:
    if cell is None or not pattern.fullmatch(cell):
        return None
    return float(NUMBER_RE.search(cell).group(0))


# --- flattened tables ------------------------------------------------------------------------

_VALUE_TOKEN = rf"[≥≤<>]?\s*{UNSIGNED_NUMBER}\s*(?:%|‰|[\u4e00-\u9fff]{{1,3}})?"
_PAIR_LINE = re.compile(rf"^(?P<t>{_VALUE_TOKEN})\s+(?P<a>{_VALUE_TOKEN})$")
_FUND_LINE = re.compile(r"^\d+(?:\.\d+)?$")
_TASK_LINE = re.compile(r"^任务\s*\d+")
_SIGNS = frozenset("≥≤<>")  # the signs _VALUE_TOKEN may open with (str.isdecimal is re's \d)
# The first characters of what V.FLAT_INDICATOR_END matches (存在问题, 改进措施, 下一步, 一、…): a line opening
# otherwise (most) does not end the table, without the pattern's call. A test holds it to the pattern.
_FLAT_END_FIRST = "存改下一二三四五六七八九十"
_FLAT_NAME_MARKS = re.compile(r"[/*,，。;；]")
# V.FLAT_INDICATOR_HEADER is plain words (a test holds it): a line holds one where the document's text does
_FLAT_HEADER_WORDS = tuple(V.FLAT_INDICATOR_HEADER.pattern.split("|"))


def _flat_header_line(doc: Document) -> int | None:
    """The index of the first line that, stripped, holds no tab and a header word: looked for from the line
    of the header words' first occurrence in the text (found in C), the lines above holding none."""
    text = doc.text()
    found = [at for w in _FLAT_HEADER_WORDS if (at := text.find(w)) >= 0]
    if not found:
        return None
    lines = doc.lines
    for i in range(text.count("\n", 0, min(found)) if doc.lines_unbroken() else 0, len(lines)):
        line = lines[i].strip()
        if "\t" not in line and V.FLAT_INDICATOR_HEADER.search(line):
            return i
    return None


def flat_indicators(doc: Document) -> list[Indicator]:
    start = _flat_header_line(doc)
    if start is None:
        return []
    # the lines stripped as they are read, from the header on (those above it and after the table's end are
    # not read: their places are kept, empty)
    lines = [""] * start + [doc.lines[start].strip()]
    out: list[Indicator] = []
    anchor = start
    table_lines, doc_lines = doc.table_lines, doc.lines
    for i in range(start + 1, len(doc_lines)):
        line = doc_lines[i].strip()
        lines.append(line)  # (lines[i]: _flat_name reads the lines above i)
        first = line[:1]
        if first in _FLAT_END_FIRST and V.FLAT_INDICATOR_END.match(line):  # ("" is in any string)
            break
        if line.startswith("|") or i + 1 in table_lines:
            continue  # a row of a real table (pipe or native), read by the form readers
        tokens = line.split()
        if len(tokens) >= 3 and tokens[-1] == tokens[-2] and not NUMBER_RE.search(tokens[-1]):
            # 专款专用情况 专款专用情况 专款专用 专款专用: a text-only indicator on one line
            out.append(Indicator(name=tokens[0], line_no=i + 1, source_kind="table", target_raw=tokens[-2],
                                 actual_raw=tokens[-1]))
            anchor = i
            continue
        # a stripped line opens with a sign or a digit to be a value pair or a fund (most open with text)
        numeric = first.isdecimal() or first in _SIGNS
        m = _PAIR_LINE.match(line) if numeric else None
        if m:
            name_at = _flat_name(lines, anchor, i)
            if name_at is not None:
                t, a = compact(m.group("t")), compact(m.group("a"))
                out.append(Indicator(name=lines[name_at], line_no=name_at + 1, source_kind="table",
                                     target_raw=t, actual_raw=a, target=parse_value(t), actual=parse_value(a)))
            anchor = i
        elif numeric and _FUND_LINE.match(line) or line.startswith("任务") and _TASK_LINE.match(line):
            anchor = i
    return out


def _flat_name(lines: list[str], anchor: int, value_at: int) -> int | None:
    """The indicator name between the last anchor and its values: a line that opens a cell (right
    after the anchor or after a finished sentence, not in the middle of wrapped text) and reads
    like an indicator (…率, …数, …度, …情况). Blank lines are not relied on: formats drop them."""
    before = None  # the last non-empty line after the anchor and above j (kept as we go: linear)
    for j in range(anchor + 1, value_at):
        line = lines[j]
        opens_cell = before is None or before[-1] in "。.;；!！?？"
        if line and opens_cell and len(line) <= 30 and V.INDICATOR_NAME_END.search(line) \
                and not _FLAT_NAME_MARKS.search(line):
            return j
        before = line or before
    return None


# --- narrative --------------------------------------------------------------------------------

# A goal's label and its joiner (年度目标值为 / 计划：), as the goal's figure follows it in running text
_GOAL_LABEL = V.GOAL_LABEL
# A goal's label and a colon opening the clause a value ends (年度目标：资助困难学生1500人次).
_GOAL_RECORD = re.compile(rf"(?:^|[，,。；;])\s*(?:{V.GOAL_ONLY_NAME.pattern})\s*:[^，,。；;:]*$")
# A value with its unit: the anchor of a narrative statement; the words before it are parsed
# backwards from there (a left-to-right pattern with a lazy name is quadratic on long text).
# A unit per another (300元/人, 8万元/公里, 2次/月) is kept whole: the per-unit part is its own group.
_VALUE_PLAIN = re.compile(rf"(?P<num>{UNSIGNED_NUMBER})\s*(?:余|多)?\s*(?:{V.UNIT_COUNTER})?"
                          rf"(?P<unit>{V.INDICATOR_UNITS}|{V.RESULT_UNITS})(?P<per>{PER_UNIT})?(?:\s*(?P<op2>{V.OP_SUFFIX}))?")
# (the bound after a space too: PDF text spaces 3 % 以内 out)
# The same pattern with a lookahead after the number (a space, 余/多, the counter or a unit's first
# character): a date or a code fails there in one test instead of every unit tried at each of its digits
# as the number backtracks. A test holds it to _VALUE_PLAIN.
_AFTER_NUMBER = "".join(sorted({w[0] for w in f"{V.INDICATOR_UNITS}|{V.RESULT_UNITS}".split("|")}
                               | {"余", "多", V.UNIT_COUNTER[0]}))
_VALUE = re.compile(rf"(?P<num>{UNSIGNED_NUMBER})(?=[\s{re.escape(_AFTER_NUMBER)}])\s*(?:余|多)?\s*(?:{V.UNIT_COUNTER})?"
                    rf"(?P<unit>{V.INDICATOR_UNITS}|{V.RESULT_UNITS})(?P<per>{PER_UNIT})?(?:\s*(?P<op2>{V.OP_SUFFIX}))?")
# A figure with no unit, its goal's unitless figure right after it (系数提高至0.58，目标值≥0.56): read like a
# _VALUE match (the same groups, the unit empty) when its name ends as V.UNITLESS_MEASURE_END.
# A score in 分 of such a measure, its goal in 分 too (满意度为96.8分，目标值≥90分), reads so as well.
# (the digit first, the character before it tested after it: re then skips ahead to digits in C, where a
# pattern opening with a lookbehind is tried at every character)
_UNITLESS = re.compile(rf"(?P<num>\d(?<![\d.,].){UNSIGNED_NUMBER[2:]})\s*(?P<unit>分?)(?P<per>)(?P<op2>)"
                       rf"(?=\s*[，,]\s*{_GOAL_LABEL}(?:{V.OP_PREFIX})?"
                       rf"\s*{UNSIGNED_NUMBER}\s*(?P=unit)\s*(?:{V.OP_SUFFIX})?\s*(?:[，。；;)）]|$))")
# Units that make a value only when a comparison with its target follows (V.RESULT_UNITS).
# (a word with its lookahead, V.BARE_TEN_THOUSAND, as the unit it captures: 万)
_RESULT_ONLY = frozenset(w.partition("(")[0] for w in V.RESULT_UNITS.split("|"))
# A zero written with no unit after its verb (孕产妇死亡率为0, 再犯罪率为0, …以内，实际为0): nothing happened, so nothing
# is measured; read like a _VALUE match (the unit empty) under a rate's name or as the result of the goal before it.
_ZERO = re.compile(r"(?<=[为是])(?P<num>0)(?P<unit>)(?P<per>)(?P<op2>)(?=\s*(?:[，,。；;]|$))")
# A bound with no unit, a result with none answering it in its sentence (…死亡率控制在0.2以下，实际0.08): the goal, read
# like a _VALUE match (the unit empty); its result is _BARE_RESULT.
_BARE_BOUND = re.compile(rf"(?P<num>\d(?<![\d.,].){UNSIGNED_NUMBER[2:]})(?P<unit>)(?P<per>)\s*(?P<op2>以下|以内)"
                         rf"(?=\s*[，,]\s*实际(?:为|值为?|完成)?\s*{UNSIGNED_NUMBER}\s*(?:[，。；;]|$))")
# The bare figure after 实际 that answers such a bound (…以下，实际为0.08): the result, the goal's unit (none).
_BARE_RESULT = re.compile(rf"(?:(?<=实际)|(?<=实际为)|(?<=实际值)|(?<=实际值为)|(?<=实际完成))"
                          rf"(?P<num>{UNSIGNED_NUMBER})(?P<unit>)(?P<per>)(?P<op2>)(?=\s*(?:[，。；;]|$))")
# A Latin abbreviation in brackets ending or inside a name (空气质量优良率(AQI), 细颗粒物(PM2.5)年均浓度): part of it.
_ABBREVIATION_AT_END = re.compile(r"[(（]\s*[A-Za-z][A-Za-z\d.\s]{0,9}[)）]$")
# So is a short word in brackets right after a name's word, closing the name before its figure (示范园区（基地）5个, 示范村
# （社区）120个: what else the name covers), unless it is the figure's unit (培训人数（人次）), a number (（二）), or a note on
# the figure (（含…）, （累计）, （目标）)
_ASIDE_AT_END = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?P<word>[\u4e00-\u9fff]{1,6})[)）]$")
_ASIDE_NOT_NAME = re.compile(r"^(?:含|不含|包括|包含|其中|[一二三四五六七八九十]+$)|目标|计划|实际|预期|指标|累计|合计|年度|全年|元")
_MONEY_UNITS = frozenset(("元", "万元", "亿元"))


def _under_cost_heading(level1: str | None, level2: str | None) -> bool:
    """Under 成本指标 (a first level in some forms, a second in others) or 经济成本指标: money is what the
    indicators there measure."""
    return "成本" in (level1 or "") or "成本" in (level2 or "")


def _under_economic_heading(level1: str | None, level2: str | None) -> bool:
    """Under 经济效益指标: money is what those indicators measure too (亩均增收150元), read as a value where
    its goal's figure follows (，目标值≥120元), as any result-only measure is."""
    return "经济效益" in (level2 or "") or "经济效益" in (level1 or "")


# the clause stating the result after a bound or a bracket (…不低于5万亩，实际完成5.3万亩)
# (an approximate figure's 左右 before it: 计划约260吨左右，实际…)
_THEN_ACTUAL = re.compile(r"(?:\s*左右)?\s*[，,；;]\s*实际[^，,。；;\d]{0,12}")
# A necessary condition for _VALUE, cheaper to search for: a digit (a number ends in one), what may stand
# between a number and its unit (spaces, 余/多), then the first character of a unit or of the counter
# (个). _VALUE backtracks over every digit of every year and date; this cannot. A test holds it to _VALUE.
# (万 opens 万元 too, which every budget sentence holds: the 万 units are matched whole)
_UNIT_FIRST = "".join(sorted({w[0] for w in V.INDICATOR_UNITS.split("|") if w[0] != "万"} | {V.UNIT_COUNTER[0]}))
_TEN_THOUSANDS = "|".join(w for w in V.INDICATOR_UNITS.split("|") if w[0] == "万")
# A result-only measure (V.RESULT_UNITS: 50万元 is in every budget sentence) counts only with the
# comparison after it, or the result's clause after it (a bound, then 实际…), so only that lets a
# paragraph through.
# (a result-only measure per another unit, 300元/人, is a value wherever it stands)
# (the digit written once, and the result-only measure once before its two endings: re skips ahead to
# digits in C and reads the measure once; the gate finds a match where the branches written out do,
# a test holds it to them)
# (the characters any branch may go on with after the digit, looked ahead for first: most digits are
# followed by another digit or a date's 年/月, which then fail in one test instead of every branch)
_GATE_AFTER_DIGIT = "".join(sorted(set(_UNIT_FIRST + "万余多") | {w[0] for w in V.RESULT_UNITS.split("|")}))
_VALUE_GATE = re.compile(rf"\d(?=[\s{re.escape(_GATE_AFTER_DIGIT)}])(?:[\s余多]*(?:[{re.escape(_UNIT_FIRST)}]|{_TEN_THOUSANDS})"
                         rf"|\s*(?:余|多)?\s*(?:{V.RESULT_UNITS})(?:/|(?:{V.OP_SUFFIX})?"
                         rf"(?:{V.AGAINST_TARGET.pattern}|{V.GOAL_NEXT_CLAUSE.pattern}|{_THEN_ACTUAL.pattern}"
                         rf"|{V.GOAL_NAMING_NEXT.pattern.replace('?P<words>', '')})))")
_BREAKS = r"\d%，,。；;:：()（）"  # what ends the words a name is read from
_LAST_BREAK = re.compile(rf"[{_BREAKS}|][^{_BREAKS}|]*$")  # (a bar: a table cell's end, as a row read as text)
# (the same without the bar: the break before a row read as text, whose cells the bars part)
_BREAK_BUT_BARS = re.compile(rf"[{_BREAKS}][^{_BREAKS}]*$")
# an indicator's weight in brackets (（分值10分）, （权重：10分）): after its name, its score or before its figure
# (the score may follow in the same bracket: （分值：10分；得分：9分）, （权重10分，得分10分）)
_POINTS_IN_BRACKETS = (r"[(（]\s*(?:分值|权重|满分)\s*[:：]?\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*分?\s*"
                       r"(?:[;；,，、/]\s*(?:实际|自评)?得分\s*[:：]?\s*(?P<s>\d{1,3}(?:\.\d+)?)\s*分?\s*)?[)）]")
_HEAD = re.compile(rf"^(?P<name>.*?)\s*(?P<verb>(?:{V.INDICATOR_VERBS})?)\s*(?P<op1>{V.OP_PREFIX})?\s*$", re.S)
# _HEAD's tail searched for on its own: the lazy name ends where the tail first matches, and search
# tries the same positions in the same order. The lookahead (the characters a non-empty tail opens
# with) rejects most positions at once instead of trying every verb and bound there; the name is the
# text before the match. A test holds it to _HEAD.
_TAIL_FIRST = "".join(sorted({w[0] for w in f"{V.INDICATOR_VERBS}|{V.OP_PREFIX}".split("|")}))
_HEAD_TAIL = re.compile(rf"(?=[\s{re.escape(_TAIL_FIRST)}]|$)\s*(?P<verb>(?:{V.INDICATOR_VERBS})?)\s*"
                        rf"(?P<op1>{V.OP_PREFIX})?\s*$")
# The characters a verb or a bound ends with: a window whose last character (spaces aside) is none of them
# has a tail of spaces only, so the name ends where they start (_head_tail; most windows end in a name).
# a bound written before the verb (至少达到, 不低于达到): what the name before the verb ends with, the characters
# its words end with tested first
_OP_AT_END = re.compile(rf"(?:{V.OP_PREFIX})\s*$")
_OP_LAST = frozenset(w[-1] for w in V.OP_PREFIX.split("|"))
_TAIL_LAST = "".join(sorted({w[-1] for w in f"{V.INDICATOR_VERBS}|{V.OP_PREFIX}".split("|")}))


def _head_tail(window: str, at: int) -> tuple[int, str | None]:
    """Where the name before the value's verb and bound ends, and the bound: ``_HEAD_TAIL.search(window, at)``'s
    start and its op1 (a test holds the two to each other)."""
    bare = window.rstrip()  # (\s and str.rstrip take the same characters as space)
    if bare[-1:] not in _TAIL_LAST:  # ("" is in any string: an empty window goes to the pattern)
        return max(at, len(bare)), None
    head = _HEAD_TAIL.search(window, at)  # (always matches: the tail may be empty)
    return head.start(), head.group("op1")
# a clause ends at a comma, a colon, a bracket, a table cell's bar, or an item number of a list run together
# (…开展3.完成…)
_CLAUSE_PLAIN = re.compile(r"[，,:：()（）|]|(?<![\d.])\d{1,2}[.、．](?=[\u4e00-\u9fff])")
# The same pattern opening with one character class (a mark, or the item number's first digit, not
# after a digit or a dot): re then skips to those characters in C. A test holds it to _CLAUSE_PLAIN.
_CLAUSE = re.compile(r"[，,:：()（）|\d](?:(?<=[，,:：()（）|])|(?<![\d.]\d)\d?[.、．](?=[\u4e00-\u9fff]))")
_SENTENCES = re.compile(r"[^。；;!?！？]+")
_SENTENCE_BREAK = re.compile(r"[。；;!?！？]+")
_ORG_LEAD = re.compile(r"^(?:我区|我局|我县|我市|我部门|我单位|本局|本单位|本部门|全区|全县|全市|[\u4e00-\u9fff]{1,8}?局(?=[\u4e00-\u9fff]{2,}))")
_ACTUAL_LEAD = re.compile(r"^(?:实际完成|实际|完成|其中|均|共|累计|全年实际)")
# the verb reporting a result, before the measure's name (two characters of it at least: 完成率 stays)
_RESULT_VERB_LEAD = re.compile(r"^(?:实际完成|累计完成|实际|累计|完成)(?=[^率]{2}|.{3})")
_ACTOR_PREFIX = re.compile(r"(单位|部门|机关|局|委|办|街道|乡镇|社区|中心)$")


@dataclass
class _Statement:
    name: str
    value: Value
    raw: str
    line_no: int
    sentence: int
    is_target: bool
    in_indicator_line: bool
    level1: str | None = None  # the level heading the statement stands under (1.产出指标完成情况。…)
    level2: str | None = None
    # the weight and score stated right after it (…（目标值≥99%），该指标分值15分，得分14分)
    weight: float | None = None
    score: float | None = None
    planned: bool = False  # its clause says the figure is planned (计划新建公厕20座): a goal, where a result follows
    listed: bool = False  # one of a list of goals (年度目标：1.…；2.…, _goal_list)
    dated: str | None = None  # a record of dates (_DATED_RECORD): the result's text, the target's in raw; no value


class _Depth:
    """Parenthesis depth at increasing positions of one text, in one pass overall."""

    def __init__(self, text: str):
        self.text, self.pos, self.depth = text, 0, 0

    def inside(self, pos: int) -> bool:
        span = self.text[self.pos: pos]
        if ")" not in span and "）" not in span:
            # no closing bracket: the depth only grows, by the opening ones (counted in C)
            self.depth += span.count("(") + span.count("（")
            self.pos = max(self.pos, pos)
            return self.depth > 0
        for ch in span:
            if ch in "(（":
                self.depth += 1
            elif ch in ")）" and self.depth:
                self.depth -= 1
        self.pos = max(self.pos, pos)
        return self.depth > 0


_CHANGE_TO = re.compile(r"(?:提高|提升|上升|增长|下降|降低|减少)(?:到|至)$")
# The characters whose NFKC holds 到 or 至: a window with none of them cannot end in a change (a test
# checks the list against unicodedata).
_CHANGE_TO_CHARS = "到至⾄㉃"
_CHANGE_TO_GATE = re.compile(f"[{_CHANGE_TO_CHARS}]")


def _may_change_to(window: str) -> bool:
    """``_CHANGE_TO_GATE.search(window) is not None``: four tests in C, cheaper than a pattern's call (a
    test holds the characters to _CHANGE_TO_CHARS)."""
    return "到" in window or "至" in window or "⾄" in window or "㉃" in window


def _changes_to(window: str) -> bool:
    """The window ends in a change (提高到 / 下降至), spaces aside."""
    return _may_change_to(window) and _CHANGE_TO.search(_compacted(window)) is not None


_CJK_NEXT = re.compile(r"[\u4e00-\u9fff]")
# A range in running text (保持在90%-95%之间, 3至5天) states no indicator: a table's cell of one is met at its lower
# figure (targets.parse_value), but a sentence's range is mostly a description, not a goal with a result.
# Its first figure is followed by the range's mark and a number; its second follows the mark right
# after a number in the same unit or none (80%提高至90% is a change: words stand between).
_RANGE_OPENS = re.compile(rf"\s*[{_RANGE_MARKS}]\s*\d")
_DIGIT = re.compile(r"\d")
# A sentence opening with a level name heads what follows: 1.产出指标完成情况。/（二）效益指标：…
_LEVEL_LABELS = "|".join(sorted((w for w in R.LEVEL1 | R.LEVEL2 if w.endswith("指标")), key=len, reverse=True))
# (一) / 1. / 1、 / 1.1 / ① (NFKC made it 1, with nothing after it)
_LEVEL_NUMBER = r"[(（]?[\d一二三四五六七八九十]{1,2}(?:[.．]\d{1,2})*[)）.、．]?\s*"
# (or a list's mark: ◆ 产出指标, a form retyped as a list)
_LEVEL_HEADING = re.compile(rf"^\s*(?:{_LEVEL_NUMBER}|[{V.LIST_MARKS}]\s*)?(?P<label>{_LEVEL_LABELS})")
# 产出指标——数量指标：… / 效益指标-社会效益指标：…: a first level and its second joined by a dash head both
_DASHES = "-—–－―"
_JOINS = _DASHES + ":：，,"  # (or a colon or a comma: 产出指标：数量指标，…)
_JOINED_LEVEL = re.compile(rf"\s*(?:[{_DASHES}]{{1,2}}|[:：，,])\s*(?P<label>{_LEVEL_LABELS})")
# …or its second level written short, a separator closing it (产出指标—数量：…, 效益指标：社会效益，…, 满意度指标：服务对象满意度，…):
# a short word joined so heads only under the first level it belongs to (产出指标：质量较好 names no level)
_JOINED_SHORT = re.compile(rf"\s*(?:[{_DASHES}]{{1,2}}|[:：，,])\s*(?P<label>{'|'.join(R.SHORT_LEVEL2_PARENT)})"
                           rf"(?:方面)?\s*(?:[{_DASHES}]{{1,2}}|[:：，,、])")  # (效益指标：社会效益方面，…)
# A level written without 指标 heads only as a numbered heading ending there or at a colon (1.生态效益：…, 2.产出质量：…,
# （三）满意度): a paragraph opening with one may head, although it holds no 指标.
# The 效益 kinds (社会效益：…) head so unnumbered too, before a colon: no sentence opens on them with one otherwise.
_SHORT_LEVEL_HEADING = re.compile(
    rf"^\s*(?:{_LEVEL_NUMBER}(?P<label>经济效益|社会效益|生态效益|可持续影响|产出(?:数量|质量|时效|成本)|数量|质量|时效|成本|产出|效益"
    r"|满意度)\s*(?:[:：]|$)"
    rf"|(?:{_LEVEL_NUMBER})?(?P<label2>经济效益|社会效益|生态效益|可持续影响|产出(?:数量|质量|时效|成本)"
    r"|服务对象满意度(?=\s*[:：]\s*[^，,。；;\d:：≥≤<>]{2,20}[，,“\"]|\s*[“\"]))\s*(?:[:：]|(?=[“\"])))")
_SHORT_LEVEL1 = frozenset(("产出", "效益", "满意度"))
# What a text _SHORT_LEVEL_HEADING matches opens with, spaces aside: a number (_LEVEL_NUMBER holds one) or
# an unnumbered 效益 kind; a paragraph opening otherwise (most) is not tried (a test holds it to the pattern).
_SHORT_HEADING_FIRST = "(（一二三四五六七八九十经社生可产服"
# (_NUMBERED_HEADING's: a number only)
_NUMBERED_FIRST = "(（一二三四五六七八九十"


def _short_level_heading(text: str, first: str | None = None) -> re.Match | None:
    """``_SHORT_LEVEL_HEADING.match(text)``, given the first character of text.lstrip() or not."""
    if first is None:
        first = text.lstrip()[:1]  # (\s and str.lstrip take the same characters as space)
    if first.isdecimal() or first in _SHORT_HEADING_FIRST:  # (\d is str.isdecimal; "" is in any string)
        return _SHORT_LEVEL_HEADING.match(text)
    return None
# Under an 产出 heading, the four kinds of output open a line or a sentence unnumbered before a colon or a comma
# (数量：…/质量，…/时效：…/成本：…), as the form's second level written short: they head it (数量指标 …); so do the
# 效益 kinds under 效益 (社会效益，…). Elsewhere such a line is a mere label (质量：严格把关), so only inside the section
# of the first level each belongs to (R.SHORT_LEVEL2_PARENT).
_BARE_LEVEL2 = re.compile(rf"^\s*(?P<label>{'|'.join(R.SHORT_LEVEL2_PARENT)})\s*[:：，,]")
_SHORT_PARENTS = {w: (parent, parent.removesuffix("指标")) for w, parent in R.SHORT_LEVEL2_PARENT.items()}
# A sentence opening on a level and 方面 (满意度方面，…; 效益指标方面，…) heads what follows, numbered or not.
# So does one opening on a level and its 情况 as a heading (1．产出情况。… / 3、满意度完成情况：…).
_ASPECT_LEVELS = "经济效益|社会效益|生态效益|可持续影响|数量|质量|时效|成本|产出|效益|满意度"
_ASPECT_HEADING = re.compile(
    rf"^\s*(?:{_LEVEL_NUMBER})?(?P<label>{_ASPECT_LEVELS})(?:指标)?"
    r"(?:(?:完成情况)?方面|(?:完成|实现)?情况\s*(?:[:：。．.，,]|$))")
# (a paragraph holding none of these heads nothing by its 情况: the sentences' heading check is not run)
_ASPECT_SITUATION = re.compile(rf"(?:{_ASPECT_LEVELS})(?:指标)?(?:完成|实现)?情况")
# a numbered heading run into the text before it after a space (a page that lost its line breaks:
# …(二)项目绩效指标完成情况 1.产出指标完成情况。…)
_RUN_IN_HEADING = re.compile(rf"\s{_LEVEL_NUMBER}(?P<label>{_LEVEL_LABELS})")
# A first level's heading and the numbered heading of its first second level run together on one line (a page
# that lost its line breaks: （一）产出指标 1.数量指标：… / （二）效益指标 1.社会效益：…): the second heads too. A bracketed
# first level run in after a heading of no level (三、绩效指标完成情况（一）产出指标 1.数量指标：…) heads so, as the pair only.
_LEVEL1_LABELS = "|".join(sorted((w for w in R.LEVEL1 if w.endswith("指标")), key=len, reverse=True))
_SECOND_LABELS = "|".join(sorted({w for w in R.LEVEL2 if w.endswith("指标")} | set(R.SHORT_LEVEL2_PARENT),
                                 key=len, reverse=True))
_SECOND_AFTER = rf"\s*[:：]?\s*(?:\d{{1,2}}[.、．]|[(（]\d{{1,2}}[)）])\s*(?P<second>{_SECOND_LABELS})\s*[:：]"
_NUMBERED_SECOND = re.compile(_SECOND_AFTER)
_RUN_IN_PAIR = re.compile(rf"[(（][一二三四五六七八九十]{{1,2}}[)）]\s*(?P<first>{_LEVEL1_LABELS}){_SECOND_AFTER}")
# 达到100%（目标值100%）: a bracket opening on a goal label alone holds the target of the result before it
# (or its change, the same as the result's: …较上年下降8.3%（目标下降5%以上）)
_PAREN_GOAL = re.compile(rf"[(（]\s*{_GOAL_LABEL}(?:{V.CHANGE_WORDS})?\s*(?:{V.OP_PREFIX})?\s*$")
# 亩均增收达到620元，年度目标为亩均增收500元以上: a goal clause naming its measure again (a goal label, the measure's
# words, a bound) right after a result; the words share the result's name (_names_alike): the goal of that result
_GOAL_NAMING = re.compile(V.GOAL_NAMING_NEXT.pattern.removeprefix(r"\s*").removesuffix(r"(?=\d)"))
_CHANGE_LAST = tuple({w[-1] for w in V.CHANGE_WORDS.split("|")})  # (the last characters of V.CHANGE_AT_END's words)
# …or its words before the goal's label (完成老旧小区改造4个，改造目标为4个)
_WORDS_THEN_GOAL = re.compile(rf"\s*[，,]\s*(?P<words>[\u4e00-\u9fff]{{2,8}}?)的?(?:年度|全年|年初)?目标(?:值|任务|数)?"
                              rf"\s*(?:为|是|[:：])?\s*(?:{V.OP_PREFIX})?\s*")
_NAME_CLAUSE_BREAK = re.compile(r"[，,:：。；;()（）]")


def _before_year_compared(words: str) -> str:
    """The words before a comparison with the year before that ends them (处置量较上年 -> 处置量): a change that is the
    measure, its goal the same change, is measured from the year before (…较上年下降8.3%（目标下降5%以上））."""
    if "上" not in words and "去" not in words and "同" not in words:
        return words
    compared = V.CHANGE_RESULT.search(words + "下降")  # (the pattern looks ahead to the change's word)
    return words[: compared.start()] if compared is not None and compared.end() == len(words) else words


_WORDS_VERB = re.compile(rf"(?:{V.INDICATOR_VERBS})$")


def _names_alike(words: str, name: str) -> bool:
    """The words of a goal clause (their verb aside) name the measure ``name`` names: in it, or sharing its last two
    characters (its head noun: 新建护坡 … 新建生态护坡 / 分类垃圾桶 … 垃圾桶)."""
    words = _WORDS_VERB.sub("", words)
    return len(words) >= 2 and bool(name) and (words in name or words[-2:] == name[-2:] or _similar(words, name))


# 次均费用186元，目标≤200元: the goal in the next clause bounding an amount in the result's own unit (a budget's
# sentence states its goal as a plain amount: 收入100万元，目标120万元); read where no level is headed (under a level,
# only 经济效益指标 and the cost headings measure money)
# (an amount in hundreds of millions with its goal in them, bounded or not: 技术合同成交额22.4亿元，目标20亿元 / …，完成年度目标的
# 112%，目标为52亿元: an area's economy, invested or earned, measured; the department's own funds are stated in 万元, the
# national forms' unit; the share of the goal reached may stand between)
_BOUNDED_MONEY_GOAL = re.compile(rf"\s*[，,]\s*(?:(?:已|共)?完成(?:年度|全年)?目标(?:任务)?的?\s*{UNSIGNED_NUMBER}\s*%\s*[，,]\s*)?"
                                 rf"{V.GOAL_LABEL}(?P<op>{V.OP_PREFIX})?\s*{UNSIGNED_NUMBER}\s*(?P<unit>亿元|万元|元)"
                                 r"(?=\s*(?:[，,。；;)）]|$))")


def _names_last_result(text: str, start: int, pos: int, out: list[_Statement], sentence: int, unit: str | None,
                       words_first: bool = False) -> bool:
    """The clause text[start:pos] before a figure is a goal naming again the measure of the result just stated in its
    sentence and unit (亩均增收达到620元，年度目标为亩均增收500元以上; ``words_first``: or its words before the goal's
    label, 完成老旧小区改造4个，改造目标为4个)."""
    if not out or (last := out[-1]).sentence != sentence or last.is_target or last.value.unit != unit \
            or text.find("目标", start, pos) < 0:
        return False
    named = _GOAL_NAMING.fullmatch(text, start, pos)
    if named is None and words_first:
        named = _WORDS_THEN_GOAL.fullmatch(text, start, pos)
    return named is not None and _names_alike(named.group("words"), last.name)


def _bounded_money_goal_next(text: str, end: int, b: int, unit: str) -> bool:
    """The clause after an amount at text[:end] is its goal, bounded (or any, in 亿元), in its unit (_BOUNDED_MONEY_GOAL)."""
    return text.startswith(("，", ","), end) and (goal := _BOUNDED_MONEY_GOAL.match(text, end, b)) is not None \
        and goal.group("unit") == unit and (goal.group("op") is not None or unit == "亿元")


def _goal_names_next(text: str, end: int, b: int, start: int, pos: int, money: bool) -> bool:
    """The clause after the figure at text[pos:end] is a goal naming the measure of the clause before the figure
    (text[start:pos]): …亩均增收达到620元，年度目标为亩均增收500元以上. Money only as an average (亩均, 人均, 户均): a
    total of money is the budget's."""
    goal = V.GOAL_NAMING_NEXT.match(text, end, b)  # (anchored: fails on the first character after most figures)
    if goal is None or "目标" not in goal.group(0) or money and "均" not in goal.group("words"):
        return False
    window = text[start:pos]
    brk = None
    for brk in _NAME_CLAUSE_BREAK.finditer(window):
        pass
    words = _WORDS_VERB.sub("", goal.group("words"))
    return len(words) >= 2 and words[-2:] in window[brk.end() if brk else 0:]


# 保洁面积（≥560万平方米）完成568万平方米: a bracket right after a name holding only a figure, the result
# after it, holds the target (the form's 指标值 column written in brackets)
_BARE_PAREN_OPEN = re.compile(rf"[\u4e00-\u9fff][(（]\s*(?:{V.OP_PREFIX})?\s*$")
_RESULT_AFTER_PAREN = re.compile(r"\s*[)）]\s*(?:实际)?(?:完成|达到|达|为)了?\s*\d")
_PAREN_THEN_RESULT = re.compile(r"\s*[)）]\s*(?:实际)?(?:完成|达到|达|为)了?\s*")
# 亩均增产不低于50公斤，实际增产55公斤: a bound figure, then the result opening the next clause with 实际 in
# the same unit: the sentence states an indicator's target and result
# (the bound before the verb too: 至少达到420万平方米)
# (and what the bound is per, between it and the figure: 标准不低于每人每月730元)
_PER_HEAD = r"每[\u4e00-\u9fff](?:每[月年天日])?"
_OP_BEFORE = re.compile(rf"(?:{V.OP_PREFIX})\s*(?:{V.INDICATOR_VERBS})?\s*(?:{_PER_HEAD})?\s*$")
# 城市低保标准不低于每人每月730元: a standard's bound, then what it is per (a person, and a month): no part of the name, the
# bound the figure's
_PER_AFTER_BOUND = re.compile(rf"(?:{V.OP_PREFIX})\s*(?:{V.INDICATOR_VERBS})?\s*(?P<per>{_PER_HEAD})\s*$")
# (4,015.8万亩 too; and a range, 实际每村配备2至3名: the result's figures in the bound's unit)
_ACTUAL_NEXT = re.compile(rf"{_THEN_ACTUAL.pattern}{UNSIGNED_NUMBER}(?:\s*[{_RANGE_MARKS}]\s*{UNSIGNED_NUMBER})?"
                          rf"\s*(?P<unit>{V.RESULT_UNITS})")
# 计划新建公厕20座，实际建成22座 / 日清运量计划约260吨左右，实际…: a plan's figure in its clause, the result after it
# the result in a bracket right after its goal (95%以上（实际调查满意度为97.2%）)
_PAREN_ACTUAL = re.compile(r"\s*[(（]\s*实际[^，,。；;:：()（）\d]{0,12}")
# 实际 and a verb alone (实际支出, 实际使用): the result of the goal before it, no measure's name
_ACTUAL_VERB_ONLY = re.compile(r"\s*实际[\u4e00-\u9fff]{0,2}\s*")
_PLAIN_THEN_ACTUAL = re.compile(r"\s*[，,]\s*实际[\u4e00-\u9fff]{0,2}\s*(?=\d)")
_PLAN_IN_CLAUSE = re.compile(r"计划(?!生育)[^，,。；;:：\d]*$")


def _bound_then_actual(text: str, prev_end: int, m: re.Match, b: int) -> bool:
    """A bound figure, or a planned one, then the result opening the next clause with 实际 in the same unit;
    or any count so followed, 实际 and at most its verb before the figure (新建村卫生室45所，实际完成45所: the
    figure answered is the plan; no money: 安排资金50万元，实际支出48万元 is the budget's)."""
    if not (m.group("op2") or _OP_BEFORE.search(text, prev_end, m.start()) or _planned(text, prev_end, m.start())):
        return _answered_by_actual(text, prev_end, m, b)
    nxt = _ACTUAL_NEXT.match(text, m.end(), b)
    return nxt is not None and nxt.group("unit") == m.group("unit")


def _answered_by_actual(text: str, start: int, m: re.Match, b: int) -> bool:
    """A count answered in the next clause by 实际, at most its verb and a figure in its unit, where its clause
    (text[start:] up to it) says it is a goal or opens a level's record (资助学生目标120名，实际资助120名 / 数量指标：
    新建村卫生室45所，实际完成45所): the plan. (Not money, not a rate: 实际 after those answers the rules of their
    own; and a count alone, 整治坑塘3处，实际完成3处, is too often a mere fact.)"""
    end, unit = m.end(), m.group("unit")
    if not ("实际" in text[end: end + 4] and unit and unit not in _MONEY_UNITS and unit not in ("%", "‰")):
        return False
    at = m.start()
    if text.find("目标", start, at) < 0 and text.find("指标:", start, at) < 0 and text.find("指标：", start, at) < 0 \
            and not _planned(text, start, at):
        return False
    return (lead := _PLAIN_THEN_ACTUAL.match(text, end, b)) is not None \
        and (nxt := _VALUE.match(text, lead.end(), b)) is not None and nxt.group("unit", "per") == m.group("unit", "per")


def _zero_then_actual_zero(text: str, end: int, b: int) -> str | None | bool:
    """After a zero stated with no unit (事故发生数为0), the next clause's 实际 and a zero (，实际发生0起 / ，实际为0): the
    zero was the goal; its result's unit (None for none). False where no such clause follows."""
    lead = _PLAIN_THEN_ACTUAL.match(text, end, b)
    if lead is None or not text.startswith("0", lead.end()):
        return False
    after = lead.end() + 1
    if after == b or text[after] in "，,。；;":
        return None
    nxt = _VALUE.match(text, lead.end(), b)
    return nxt.group("unit") if nxt is not None and nxt.group("num") == "0" and not nxt.group("per") else False


def _planned(text: str, start: int, end: int) -> bool:
    """The clause in text[start:end] before a figure says the figure is planned (计划新建公厕 / 日清运量计划约)."""
    return text.find("计划", start, end) >= 0 and _PLAN_IN_CLAUSE.search(text, start, end) is not None


# …85公里，目标80公里: the goal label opening the clause after a result holds that result's target (after the word
# comparing the result with it too: …42条，超过年度目标40条)
_COMMA_GOAL = re.compile(rf"[，,]\s*(?:(?:超过|超出|高于|低于|优于|少于|多于|超额完成)了?)?{_GOAL_LABEL}(?:{V.OP_PREFIX})?\s*$")
# 完好率98.5%，高于年度目标（95%）: the bracket right after a goal label holds that goal's figure
_GOAL_THEN_PAREN = re.compile(rf"(?:目标(?:值|任务|数)?|计划值?|(?:控制|考核|预算)标准)\s*[(（]\s*(?:{V.OP_PREFIX})?\s*$")
# 低于控制标准（340元）/ 控制目标（5%）: a control figure is a ceiling
_CONTROL_THEN_PAREN = re.compile(r"控制(?:目标值?|标准|数)\s*[(（]\s*$")
# the levels written before a name, each closed by a dash (产出指标-数量指标-开放天数, 效益指标—社会效益指标—…): no
# part of the name (the headings' rules read the levels)
_LEVEL_PATH = re.compile(rf"^(?:(?:{_LEVEL_LABELS})\s*[-－—–/>＞]+\s*)+")
_LEVEL_LABEL = re.compile(_LEVEL_LABELS)


def _path_levels(path: str) -> tuple[str | None, str | None]:
    """The first and second levels a _LEVEL_PATH names (产出指标-数量指标- -> both; 数量指标- -> the second alone:
    the heading above gives the first). A label of either level is the first, as a record's opening label is."""
    labels = _LEVEL_LABEL.findall(path)
    if labels[0] in R.LEVEL1:
        return labels[0], next((w for w in labels[1:] if w in R.LEVEL2), None)
    return None, labels[0]


# a level label run into the name after it (lines joined into one paragraph: 质量指标高血压患者规范管理率)
# a level's label, or a second level written short, then the indicator's name in quotes (数量指标“新修道路长度”,
# 服务对象满意度“群众满意度”)
_QUOTE_CLOSE = "”\"」’'"
_QUOTED_AFTER_LEVEL = re.compile(rf"(?P<label>{_LEVEL_LABELS}|{'|'.join(R.SHORT_LEVEL2_PARENT)}|服务对象满意度)\s*"
                                 rf"[“\"「‘'](?P<name>[^“”\"「」‘’']{{2,40}})[{_QUOTE_CLOSE}]$")
# a level's label and its colon right before the clause of a figure (经济效益指标：…增长12.6%)
_LEVEL_LED = re.compile(rf"(?:{_LEVEL_LABELS})\s*[:：][^，,。；;:：]*$")
_LEVEL_LEAD = re.compile(rf"(?P<label>{_LEVEL_LABELS})(?=[\u4e00-\u9fff\d]{{2}})")
# 变化率为-12.5%，目标值≤0: a goal figure written without a unit right after a result is in the result's unit
_BARE_GOAL = re.compile(rf"\s*[，,]\s*{_GOAL_LABEL}"
                        rf"(?P<fig>(?P<op>{V.OP_PREFIX})?\s*(?P<sign>[-−])?(?P<num>{UNSIGNED_NUMBER}))\s*(?P<unit>分?)"
                        rf"\s*(?P<op2>{V.OP_SUFFIX})?"  # (a bound after it: 控制指标0.035以下)
                        r"(?=\s*(?:[，。；;)）]|,(?!\d)|$))")  # (3,000卷: a comma before digits is the number's)
# (its 分: the goal of a score in 分, read only after one: 满意度96.8分，目标值≥90分)
# a figure named a goal right after it (超过90%的目标值, 低于1%的控制目标): the goal's figure
# (or the goal named a task right after its figure: 完成上级下达的95%目标任务)
_GOAL_NAMED_AFTER = re.compile(r"\s*的(?:年度|全年|年初)?(?:控制|考核|预期|计划)?(?:目标|计划值)|\s*目标任务")
# the clause that compares a result with its goal, before the goal's figure (超过年初计划 / 完成年度任务 / 高于年初设定的)
_GOAL_COMPARED = re.compile(r"\s*(?:超过|超出|高于|低于|优于|少于|多于|未达到|达到|完成了?|超额完成)?(?:了)?"
                            r"(?:年初|年度|全年|本年|上级)?(?:计划|目标|任务|设定|确定|下达)(?:的)?(?:任务|目标)?(?:值|数)?\s*")
_CHANGE_FROM = re.compile(r"(?P<name>[^，,。；;:：]*?)由[^，,。；;]*$")


# A numbered section heading (四、存在的问题 / （二）下一步工作计划 / 3.改进措施), and the words of one about
# problems or plans: what such a section states with figures is no result of the year evaluated.
_HEADING_MAX = 40
_NUMBERED_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d))")
# the heading a numbered paragraph opens with, its text run in after a colon, a full stop, a cell's end (a bar, a
# tab: a table row read as text) or a space before the next numbering (…设立情况 1.保障…)
_RUN_IN_HEAD = re.compile(rf"^(?P<head>[^:：。；;，,|\t]{{2,{_HEADING_MAX}}}?)"
                          r"(?:[:：。|\t]|\s+(?=[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]))")
_PLANS_HEADING = re.compile(r"存在的?(?:主要)?问题|下一步|改进(?:措施|意见|建议|方向)|整改措施|工作(?:计划|打算|思路)"
                            r"|意见(?:和|及)?建议|有关建议|(?:下|明)年(?:度)?(?:工作)?(?:计划|安排|目标)")
# A heading of the unit's or project's setting (一、部门基本情况 / （一）项目概况): its figures describe the place and
# the unit (森林覆盖率达69%, 辖区面积), no result of the year; one that also names goals or results
# (一、基本情况及绩效目标完成情况), or the year's work (（三）年度重点工作, （二）项目实施情况), is not one.
_SETTING_HEADING = re.compile(r"基本情况|概况")
_SETTING_WITH_RESULTS = re.compile(r"目标|指标|完成|绩效|成效|效果|效益|成果"
                                   r"|重点工作|主要工作|年度工作|工作任务|工作开展|开展情况|实施情况|履职")


def _section_kind(heading: str) -> str | None:
    """What a numbered heading's section states: "levels" (a level of the indicators, （一）产出指标), "plans"
    (problems, plans), "setting" (the unit, the place), "results" (goals, results), or None (its own words say
    nothing: it is as the section it stands in)."""
    if "指标" in heading and _LEVEL_HEADING.match(heading) is not None:
        return "levels"
    if _PLANS_HEADING.search(heading) is not None:
        return "plans"
    if _SETTING_WITH_RESULTS.search(heading) is not None:
        return "results"
    return "setting" if _SETTING_HEADING.search(heading) is not None else None


def _numbering_rank(style: str) -> float:
    """Where a numbering stands in the order the national documents number their headings: 一、 > （一） > 1. >
    1.1 > （1）."""
    return (1 if style[:1] == "(" else 0) + (2 if "D" in style else 0) + (0.5 if ".D" in style else 0)


# A heading of a later year's goals or plans (四、2024年度绩效目标 in a report on 2023): what it states is no result
_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


# a numbered heading opening a sentence, then a space and the section's text (四、2024年度绩效目标 2024年…)
_SPACED_HEAD = re.compile(rf"(?P<head>[^:：。；;，,|\t\s]{{2,{_HEADING_MAX}}}?)\s+\S")
# the same on the line as written (a paragraph's text drops the spaces between words: 四、存在的问题 部分…)
_LINE_HEAD = re.compile(rf"(?:^|(?<=[。；;\s]))(?P<head>(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{{1,2}}[)）]"
                        rf"|\d{{1,2}}[、.．](?!\d))[^\s:：。；;，,|\t]{{1,{_HEADING_MAX}}})\s+\S")


def _sentence_heading(doc: Document, para, a: int, b: int) -> str | None:
    """The numbered heading opening the sentence ``para.text[a:b]`` with its text run in after it (a colon, a
    space: on the line as written), or None."""
    text = para.text
    while a < b and text[a].isspace():
        a += 1
    first = text[a: a + 1]
    if not (first.isdecimal() or first in _NUMBERED_FIRST):
        return None
    said = text[a:b]  # (^ would not anchor at a position: slice)
    if _NUMBERED_HEADING.match(said) is None:
        return None
    if (m := _RUN_IN_HEAD.match(said)) is not None:
        return m.group("head")
    # (the paragraph's text drops the spaces between words, not the one before a figure: a heading run in with a
    # measure and its spaced figure, 三、完成情况 全年完成抽检 1,860 批次, is read off the line as written)
    if (m := _SPACED_HEAD.match(said)) is not None and not said[m.end() - 1].isdecimal():
        return m.group("head")
    no = para.line_at(a)
    line = doc.lines[no - 1] if 0 < no <= len(doc.lines) else ""
    return next((h for n in _LINE_HEAD.finditer(line) if said.startswith(h := n.group("head"))),
                m.group("head") if m is not None else None)


def _open_heading(trail: list[tuple[str, str | None]], heading: str, year: int | None) -> bool:
    """_open_section; a heading naming the goals or plans of a year after the report's ``year`` (2024年度绩效目标,
    2024年工作计划) is one of plans."""
    muted = _open_section(trail, heading)
    if year is not None and "年" in heading and (m := _HEADING_YEAR.search(heading)) is not None \
            and int(m.group(1)) > year and V.PLANS_HEADING_WORDS.search(heading) is not None \
            and V.RESULTS_HEADING_WORDS.search(heading) is None:
        trail[-1] = (trail[-1][0], "plans")
        return True
    return muted


def _open_section(trail: list[tuple[str, str | None]], heading: str) -> bool:
    """Whether the text under ``heading`` is muted, ``trail`` (the numbering and kind of the sections open,
    outermost first) updated. A heading closes the section numbered as it is and those inside it; numbered
    as none open, it closes those numbered at its rank or deeper. A sub-heading with no words of its own
    (（一）机构设置, （2）人员编制) is as its section: under 一、部门基本情况 its figures describe the unit too."""
    style, kind = _heading_facts[heading]
    styles = [s for s, _ in trail]
    if style in styles:
        del trail[styles.index(style):]
    else:
        while trail and _numbering_rank(trail[-1][0]) >= _numbering_rank(style):
            trail.pop()
    trail.append((style, kind))
    kinds = [kind for _, kind in trail if kind is not None]
    # (the form's own levels state results anywhere; nothing else under problems or plans does; under the
    # setting, a section of goals or results does)
    return bool(kinds) and kinds[-1] != "levels" and ("plans" in kinds or kinds[-1] == "setting")


# (a heading's numbering and kind per distinct heading: the national outline's headings recur, 一、基本情况 …)
_heading_facts = PerText(lambda heading: (_numbering_style(heading) or "", _section_kind(heading)))


def _level_heading(text: str) -> str | None:
    """The level a heading opening ``text`` names (产出指标, （一）数量指标, 1.1 质量指标, 1.生态效益：)."""
    # (every label of _LEVEL_HEADING ends in 指标: a text without the word is not tried)
    m = ("指标" in text and _LEVEL_HEADING.match(text)) or _short_level_heading(text) \
        or (("方面" in text or "情况" in text) and _ASPECT_HEADING.match(text) or None)
    if m is None:
        return None
    label = m.group("label") or m.group("label2")
    # (满意度方面 is a turn of phrase, not a form's short label: it heads as the level it names, 满意度指标)
    return label + "指标" if m.re is _ASPECT_HEADING and not label.endswith("指标") else label


_level_heading = per_text(_level_heading)


def _joined_level(text: str) -> str | None:
    """The second level joined by a dash to the level heading opening ``text`` (产出指标——数量指标)."""
    m = _LEVEL_HEADING.match(text)
    if m is None:
        return None
    j = _JOINED_LEVEL.match(text, m.end())
    if j is not None:
        return j.group("label") if j.group("label") in R.LEVEL2 else None
    j = _JOINED_SHORT.match(text, m.end())
    return j.group("label") if j is not None and R.SHORT_LEVEL2_PARENT[j.group("label")] == m.group("label") else None


def _bare_level2(text: str, level1: str | None) -> re.Match | None:
    """A second level written short opening ``text`` under the first level it belongs to (_BARE_LEVEL2)."""
    if level1 is None or ("产出" not in level1 and "效益" not in level1):
        return None
    m = _BARE_LEVEL2.match(text)
    return m if m is not None and level1 in _SHORT_PARENTS[m.group("label")] else None


def _dashed_second(label: str, text: str, level1: str | None, level2: str | None) -> str | None:
    """The second level after the heading ``label`` just read off ``text``: one dashed to it when it headed a
    first level (成本指标 dashed to 产出指标 is its second level, whatever its numbering says)."""
    if level1 == label and level2 is None and any(d in text for d in _JOINS) \
            and (second := _joined_level(text)) is not None:
        return second
    return level2


def _numbered_pair(said: str, label: str | None) -> tuple[str, int, str, int] | None:
    """The first level and the numbered second level run in after it in the sentence ``said`` (_NUMBERED_SECOND),
    each with where its heading starts (the second's numbering); ``label`` the level heading opening the
    sentence, if any."""
    if label is None:
        if "指标" not in said or ("(" not in said and "（" not in said):
            return None
        m = _RUN_IN_PAIR.search(said)
        # (before the pair, a heading's words only: no figure, whose sentence the pair would head)
        if m is None or _DIGIT.search(said, 0, m.start()) is not None:
            return None
        first, at = m.group("first"), m.start()
    else:
        if label not in R.LEVEL1 or (m := _LEVEL_HEADING.match(said)) is None:
            return None
        first, at = label, 0
        m = _NUMBERED_SECOND.match(said, m.end())
        if m is None:
            return None
    second = m.group("second")
    if second in R.SHORT_LEVEL2_PARENT and R.SHORT_LEVEL2_PARENT[second] != first:
        return None  # (a short word heads only under the first level it belongs to)
    return first, at, second, m.end("first") if label is None else m.start()


def _may_be_second(label: str, level1: str | None) -> bool:
    """Whether a first level's label (R.BOTH_LEVELS_PARENT) may stand as a second level under ``level1``."""
    parent = R.BOTH_LEVELS_PARENT.get(label)
    return parent is None or (parent in level1 if level1 is not None else parent == "产出")


def _is_level1(label: str) -> bool:
    return label in R.LEVEL1 or label in _SHORT_LEVEL1


_NUMBERING = re.compile(r"\s*([(（]?)(?:(\d+)|[一二三四五六七八九十]+)((?:[.．]\d{1,2})*)([)）.、．]?)")


def _numbering_style(text: str) -> str | None:
    """How a heading is numbered: （一） / 一、 / 1. / （1） / ① (NFKC: a bare 1), without the numbers; or the list's
    mark opening it (◆ 产出指标 over ● 数量指标——…: the levels of a form retyped as a list, each by its own mark)."""
    m = _NUMBERING.match(text)
    if m is None:
        mark = text.lstrip()[:1]
        return mark if mark and mark in V.LIST_MARKS else None
    return (m.group(1) and "(") + ("D" if m.group(2) else "C") + (".D" if m.group(3) else "") \
        + {"）": ")", "．": "."}.get(m.group(4), m.group(4))


def _ends_level(text: str, style: str) -> bool:
    """A numbered heading opening ``text`` that names no level, numbered as the first level's heading (``style``)
    or above it: the section of that level has ended."""
    own = _numbering_style(text)
    return own is not None and (own == style or _numbering_rank(own) < _numbering_rank(style)) \
        and _level_heading(text) is None


def _headed(label: str, heading: str, level1: str | None, level2: str | None,
            styles: tuple[str | None, str | None]) -> tuple[str | None, str | None, tuple[str | None, str | None]]:
    """The levels after a heading. A label of either level (成本指标: a first level in the 2021 forms, a second
    under 产出指标 in older ones) numbered as the second-level headings before it, not as the first-level one
    (（一）产出指标 / 1.数量指标 … / 4.成本指标), is a second level."""
    style = _numbering_style(heading) if label in R.LEVEL2 and level2 is not None else None
    # (or, unnumbered, run in after its unnumbered siblings under 产出指标 with no second level of its own:
    # 数量指标：…。质量指标：…。成本指标：…, not 成本指标：经济成本指标，…)
    sibling = style is None and styles[1] is None and label in R.LEVEL2 and level2 is not None \
        and level1 is not None and "产出" in level1 and _joined_level(heading) is None
    demoted = sibling or (style is not None and style == styles[1] and style != styles[0])
    if _is_level1(label) and not (demoted and _may_be_second(label, level1)):
        return label, None, (_numbering_style(heading), None)
    return level1, label, (styles[0], style if style is not None else _numbering_style(heading))


# (what V.GOAL_LIST_LEAD needs where no colon is written: 目标, 指标值 or 目标任务 then a full stop)
_LEAD_STOP = re.compile(r"[标值务]\s*[。.]")
# A figure followed by a goal of its own (…12.8万平方米（目标≥10万平方米）, …96%，目标值≥95%): under a lead or heading of
# goals (三、绩效目标：…), figures that carry their own goals are results, the goal written where it is meant
_OWN_GOAL_AFTER = re.compile(rf"\d\s*[^\d\s，,。；;:：()（）]{{0,5}}\s*(?:[(（]\s*(?:年度|年初|全年)?(?:目标|预期|指标值)"
                             rf"|[，,]\s*(?:年度|年初|全年)?目标(?:值|任务|数)?\s*(?:为|是|[:：])?\s*(?:[(（]\s*)?"
                             rf"(?:{V.OP_PREFIX})?\s*\d)")


def _goal_list(text: str) -> tuple[int, int, bool] | None:
    """Where the figures of a list of goals stand in ``text`` (年初确定的主要绩效目标为：1.送戏下乡40场；2.…。): from
    its lead (V.GOAL_LIST_LEAD) to the sentence's end, and whether the lead ends the paragraph (its items are
    the numbered paragraphs after it)."""
    lead = V.GOAL_LIST_LEAD.search(text)
    if lead is None:
        if not _NUMBERED_HEADING.match(text):
            return None
        if len(text) <= _HEADING_MAX:
            return (len(text), len(text), True) if V.GOAL_LIST_HEADING.search(text) else None
        # （四）年度绩效目标。2021年计划完成…；…达到100%。: the heading run in with its text after a full stop, the goals
        # that text lists to its sentence's end
        run_in = _RUN_IN_HEAD.match(text)
        if run_in is None or text[run_in.end() - 1] not in "。." or V.GOAL_LIST_HEADING.search(run_in.group("head")) is None:
            return None
        end = text.find("。", run_in.end())
        return run_in.end(), len(text) if end < 0 else end, False
    opens = max(text.rfind("。", 0, lead.start()), text.rfind("；", 0, lead.start()), text.rfind(";", 0, lead.start()))
    if V.GOAL_LIST_NOT.search(text, opens + 1, lead.start()) is not None:
        return None  # 绩效目标完成情况：… lists results
    end = text.find("。", lead.end())
    return lead.end(), len(text) if end < 0 else end, not text[lead.end():].strip()


_goal_list = per_text(_goal_list)


def _list_numbering(text: str) -> str | None:
    """How a list item opening ``text`` is numbered (1. / （1） / 一、), None for no item's numbering
    (2023年…)."""
    style = _numbering_style(text)
    return style if style is not None and (style[:1] == "(" or style[-1:] in ".、)") else None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCES`` in ``text``; a paragraph of one sentence (no break, or one break
    that ends it: most paragraphs) without running the pattern."""
    brk = _SENTENCE_BREAK.search(text)
    if brk is None:
        return [(0, len(text))] if text else []
    if brk.end() == len(text) and brk.start() > 0:
        return [(0, brk.start())]
    return [m.span() for m in _SENTENCES.finditer(text)]


_sentence_spans = per_text(_sentence_spans)


def _goal_label_only(words: str) -> bool:
    """The words before a figure are only a goal's label (计划, 预期目标, 年初计划数, 指标值：)."""
    return V.GOAL_ONLY_NAME.fullmatch(words.strip(" :：为是")) is not None


def _name_clause_before(window: str) -> str:
    """The name standing alone in the clause before a goal's label (群众满意度，目标≥90%: window 群众满意度，目标):
    no figure in it nor just before it; "" if none."""
    cut = max(window.rfind("，"), window.rfind(","))
    if cut < 2:
        return ""
    brk = _LAST_BREAK.search(window, 0, cut)
    if brk is not None and (window[brk.start()].isdecimal() or window[brk.start()] in "%|"):
        return ""
    name = _clean_name(window[brk.start() + 1 if brk is not None else 0: cut])
    # (a heading is no measure: 一、产出指标，目标… / 3.满意度情况，目标…)
    return name if 2 <= len(name) <= 20 and not name.endswith(_COLON_HEADING_ENDS) \
        and V.NOT_INDICATOR.search(name) is None else ""


def _states_a_goal(clause: str, name: str) -> bool:
    """The clause says its figure is a goal (目标/预期), in words outside the indicator's own name:
    目标责任考核合格率100% and 人均预期寿命78岁 state results."""
    if "目标" not in clause and "预期" not in clause and "指标值" not in clause:  # (V.GOAL_WORDS, without a pattern's call)
        return False
    return not name or name not in clause or V.GOAL_WORDS.search(clause.replace(name, "", 1)) is not None


def _take_levels(spans: list[tuple[int, int, Indicator]] | None, level1: str | None, level2: str | None,
                 a: int = 0, b: int | None = None) -> None:
    """The explicit indicators whose statement starts in text[a:b] stand under these levels."""
    for x, _, ind in spans or ():
        if a <= x and (b is None or x < b) and ind.level1 is None:
            # (a second-level label run into the name is kept: the heading gives the first level)
            ind.level1, ind.level2 = level1, ind.level2 or level2


def _statements(doc: Document, taken: dict[int, list[tuple[int, int, Indicator]]], year: int | None = None
                ) -> list[_Statement]:
    """Value statements of the running text, except those inside ``taken`` spans (paragraph index ->
    spans already read as explicit indicators, which take the level headed where they stand). ``year``: the
    report's fiscal year (_open_heading)."""
    out: list[_Statement] = []
    # the sentence being read for values: an id, which the rules only compare (two statements of one
    # sentence), so a paragraph that states nothing is not split into its sentences
    sentence = 0
    level1 = level2 = None
    styles: tuple[str | None, str | None] = (None, None)  # how the headings of level1 and level2 are numbered
    muted = False  # under a heading of problems or plans (存在的问题, 下一步工作计划) or of the setting: no results
    sections: list[tuple[str, str | None]] = []  # the numbered sections open (_open_section)
    # a list of goals over paragraphs (_goal_list): None, "" after a lead that ends its paragraph, then
    # how its items are numbered
    listing: str | None = None
    listed_units: set[str | None] = set()  # the units of the goals lists state
    paragraphs = figured_prose(doc)
    last, last_cut = len(paragraphs) - 1, cut_at(doc, paragraphs, len(paragraphs) - 1) if paragraphs else -1
    for p, para in enumerate(paragraphs):
        text = para.text
        # where the text stops mid-line, its last figure may be cut short (an excerpt's end)
        cut = last_cut if p == last else -1
        first = text.lstrip()[:1]  # (what the heading patterns open with, spaces aside: mostly no number)
        if (first.isdecimal() or first in _NUMBERED_FIRST) and _NUMBERED_HEADING.match(text):
            if len(text) <= _HEADING_MAX:
                muted = _open_heading(sections, text, year)
            elif (run_in := _RUN_IN_HEAD.match(text)) is not None:
                # 三、绩效目标完成情况：城区空气质量…: a heading run in with its section's text opens the section
                muted = _open_heading(sections, run_in.group("head"), year)
            if styles[0] and level1 is not None and _ends_level(text, styles[0]):
                level1 = level2 = None  # （一）产出情况 … （二）质量与效益情况: the next section ends the level
                styles = (None, None)
        elif muted and len(text) <= _HEADING_MAX and "指标" in text and _LEVEL_HEADING.match(text):
            muted = False
        opening = False  # the one unnumbered paragraph right after a lead or a heading of goals states them
        if listing is not None:
            style = _list_numbering(text) if first.isdecimal() or first in _NUMBERED_FIRST else None
            opening = listing == "" and style is None
            listing = style if style is not None and listing in ("", style) else None
        if muted:
            continue
        goals = (0, len(text)) if listing or opening else None  # where the figures state goals
        if ("目标" in text or "指标" in text) \
                and (":" in text or "：" in text or len(text) <= _HEADING_MAX or _LEAD_STOP.search(text)) \
                and (listed := _goal_list(text)) is not None:
            goals, listing = listed[:2], ("" if listed[2] else None)
        if goals is not None and text.find("目标", goals[0], goals[1]) >= 0 \
                and _OWN_GOAL_AFTER.search(text, goals[0], goals[1]) is not None:
            goals = None  # (the list goes on: the next paragraph's items may be goals alone)
        # every level label ends in 指标, or opens its paragraph as a numbered heading: a paragraph with
        # neither heads nothing (no pattern to run)
        output_level2 = _bare_level2(text, level1) if level1 is not None else None
        # (_short_level_heading's first-letter test written out: a call per paragraph saved)
        may_head = "指标" in text or ((first.isdecimal() or first in _SHORT_HEADING_FIRST)
                                      and _SHORT_LEVEL_HEADING.match(text) is not None) or "方面" in text \
            or ("情况" in text and _ASPECT_SITUATION.search(text) is not None) or output_level2 is not None
        if not _DIGIT.search(text):
            # no value to state, but a heading still sets the level of what follows
            label = _level_heading(text) if may_head else None
            if label:
                level1, level2, styles = _headed(label, text, level1, level2, styles)
                level2 = _dashed_second(label, text, level1, level2)
            elif output_level2 is not None:
                level2 = output_level2.group("label")  # 数量： on a line of its own (as written: 1.数量： gives 数量)
            if p in taken:
                _take_levels(taken[p], level1, level2)
            continue
        if not may_head and goals is None and _VALUE_GATE.search(text) is None \
                and not _under_cost_heading(level1, level2) and not (("目标" in text or "计划" in text or "控制指标" in text) and _UNITLESS.search(text)) \
                and "为0" not in text and "是0" not in text \
                and not ("实际" in text and ("以下" in text or "以内" in text) and _BARE_BOUND.search(text)) \
                and not ("实际" in text and (":" in text or "：" in text) and ("年" in text or "月" in text)
                         and _DATED_RECORD.search(text) is not None):
            # digits but no value (dates, numbering: most such paragraphs): it heads nothing, so an explicit
            # statement in it stands under the levels already headed
            if p in taken:
                _take_levels(taken[p], level1, level2)
            continue
        indicator_line = may_head and V.INDICATOR_LINE.match(text) is not None
        depth = _Depth(text) if ("(" in text or "（" in text) else None
        spans = taken.get(p)
        # Paragraph.line_at, with the offsets listed once per paragraph instead of once per value
        starts = para.starts
        offsets = [s[0] for s in starts] if len(starts) != 1 else None
        # Sentences are read by position in the paragraph's text: _VALUE and _CJK_NEXT hold no sentence
        # break and no lookbehind, so a search bounded by (start, end) finds what one in the slice finds.
        for k, (a, b) in enumerate(_sentence_spans(text)):
            sentence += 1
            if k and (head := _sentence_heading(doc, para, a, b)) is not None:
                # a page that lost its line breaks (…自评等级为优。 四、下一步工作计划 …): the heading opening a
                # sentence opens its section, and names none of its figures (a level's heading still heads)
                muted = _open_heading(sections, head, year)
                if not muted and "指标" not in head and (at := text.find(head, a, b)) >= 0:
                    a = at + len(head)
            if muted:
                continue
            if may_head:
                said = text[a:b]  # (^ would not anchor at a position: slice)
                label = _level_heading(said)
                if label is None and (short := output_level2 if k == 0 else _bare_level2(said, level1)) is not None:
                    # (成本 too: a sibling of 数量/质量/时效 written alike, not the 2021 forms' first level; at the
                    # start of any sentence: 数量：…。质量：…)
                    level2, label = short.group("label"), None
                pair = _numbered_pair(said, label) if label is None or label in R.LEVEL1 else None
                if pair is not None and label is None:
                    # 三、…情况（一）产出指标 1.数量指标：…: the first level run in, its second after it
                    level1, level2, styles = _headed(pair[0], said[pair[1]:], level1, level2, styles)
                elif label is None and " " in said and (run_in := _RUN_IN_HEADING.search(text, a, b)):
                    label = run_in.group("label")
                if label:
                    level1, level2, styles = _headed(label, said, level1, level2, styles)
                    level2 = _dashed_second(label, said, level1, level2)
                if pair is not None and level1 == pair[0] and level2 is None:
                    level2, styles = pair[2], (styles[0], _numbering_style(said[pair[3]:]))
            if spans:
                _take_levels(spans, level1, level2, a, b)
            prev_end = a
            values = _VALUE.finditer(text, a, b)
            if (text.find("目标", a, b) >= 0 or text.find("计划", a, b) >= 0 or text.find("控制指标", a, b) >= 0) \
                    and (bare := list(_UNITLESS.finditer(text, a, b))):
                values = sorted([*values, *bare], key=lambda v: v.start())
            if (text.find("为0", a, b) >= 0 or text.find("是0", a, b) >= 0) and (zeros := list(_ZERO.finditer(text, a, b))):
                values = sorted([*values, *zeros], key=lambda v: v.start())
            if (text.find("以下", a, b) >= 0 or text.find("以内", a, b) >= 0) and text.find("实际", a, b) >= 0 \
                    and (bounds := list(_BARE_BOUND.finditer(text, a, b))):
                values = list(values)
                read_starts = {v.start() for v in values}  # (实际为0: the zero's own match reads it)
                results = [r for r in _BARE_RESULT.finditer(text, a, b)
                           if r.start() not in read_starts and any(r.start() > x.end() for x in bounds)]
                values = sorted([*values, *bounds, *results], key=lambda v: v.start())
            range_close = -1  # where the second figure of a range read just before starts
            stated_end = -1  # where the value of the last statement of the sentence ends
            for m in values:
                pos, end = m.span()  # (the number opens the match)
                num, word, per, op2 = m.group("num", "unit", "per", "op2")  # (one call, not one per use)
                unit = (word + per if per else word) or None
                if unit is None and end == cut:
                    continue  # …目标≥9 where an excerpt's end cut the figure (≥95%): no value
                if pos == range_close:
                    continue
                # (most values end a clause: the range pattern only where a mark or a space follows)
                if end < b and (text[end] in _RANGE_MARKS or text[end] == " ") \
                        and (opens := _RANGE_OPENS.match(text, end, b)) is not None:
                    range_close = opens.end() - 1
                    continue
                if pos > a and text[pos - 1] in _RANGE_MARKS and _range_before(text, a, pos, m):
                    continue  # (3-5天: the first figure had no unit, so no match of its own)
                listed = goals is not None and goals[0] <= pos < goals[1]
                answer_only = False  # a result read only as the answer of a listed goal of its unit
                if word in _RESULT_ONLY and not listed and per is None and V.AGAINST_TARGET.match(text, end, b) is None \
                        and not (word in _MONEY_UNITS and level1 is None and level2 is None
                                 and _bounded_money_goal_next(text, end, b, word)) \
                        and (word in _MONEY_UNITS and not _under_economic_heading(level1, level2)
                             or V.GOAL_NEXT_CLAUSE.match(text, end, b) is None) \
                        and not _goal_names_next(text, end, b, prev_end, pos, word in _MONEY_UNITS) \
                        and not (stated_end == prev_end and _names_last_result(text, prev_end, pos, out, sentence, unit)) \
                        and not (word in _MONEY_UNITS and _under_cost_heading(level1, level2)) \
                        and _PAREN_GOAL.search(text, prev_end, pos) is None \
                        and (not out or out[-1].sentence != sentence or out[-1].value.unit != unit
                             or _GOAL_THEN_PAREN.search(text, prev_end, pos) is None) \
                        and _COMMA_GOAL.search(text, prev_end, pos) is None \
                        and not _bracket_target(text, prev_end, m, b) \
                        and not _bound_then_actual(text, prev_end, m, b) \
                        and not (out and out[-1].sentence == sentence and (out[-1].is_target or out[-1].planned)
                                 and out[-1].value.unit == unit
                                 and (_PAREN_THEN_RESULT.fullmatch(text, prev_end, pos) is not None
                                      or _THEN_ACTUAL.fullmatch(text, prev_end, pos) is not None)):
                    # 15吨, 50万元 alone: not a value (nor the end of the next one's name), unless under a
                    # cost heading (人均补贴不超过800元，实际530元), the goal in brackets of the one before, or
                    # a bracketed target and the result after it (面积（≥560万平方米）完成568万平方米), or a bound
                    # and the result in the clause after it (增产不低于50公斤，实际增产55公斤); or a result a list
                    # of goals set the goal of (新建高标准农田50万亩以上 … 实际完成58万亩), once named as it
                    if unit not in listed_units:
                        continue
                    answer_only = True
                opened, window = prev_end, text[prev_end: pos]
                if "每" in window and (per_head := _PER_AFTER_BOUND.search(window)) is not None:
                    window = window[: per_head.start("per")]  # 不低于每人每月730元: the bound's, per person and month
                # the result of the goal stated just before it, in its sentence and unit: opening the next clause
                # with 实际 (…以内，实际支出586.5万元) or in a bracket right after the goal (95%以上（实际调查满意度为97.2%）)
                answering = stated_end == prev_end and "实际" in window and out[-1].sentence == sentence \
                    and (out[-1].is_target or out[-1].planned) and out[-1].value.unit == unit \
                    and (_THEN_ACTUAL.fullmatch(window) is not None or _PAREN_ACTUAL.fullmatch(window) is not None)
                # the weight (and score) written in brackets after the name (规范管理率（分值13分）：≥65%)
                points = got = None
                if ("分)" in window or "分）" in window) and (aside := _NAME_POINTS_BEFORE.search(window)) is not None:
                    window, points = window[: aside.start()] + window[aside.end():], float(aside.group("n"))
                    got = float(aside.group("s")) if aside.group("s") else None
                # 变化率为-12.5% / ≤-5%: a minus before the number is the value's sign (not a range's dash: 1-5%)
                signed = pos > prev_end and text[pos - 1] in MINUS and (pos - 1 == a or dash_is_sign(text[pos - 2]))
                if signed:
                    window = window[:-1]
                prev_end = end
                goal_in_paren = False
                if depth is not None and depth.inside(pos) and answering and window.lstrip()[:1] in "(（":
                    window = window.lstrip()[1:]  # (the bracket of the result: no aside, its words name it)
                elif depth is not None and depth.inside(pos):
                    goal_in_paren = _GOAL_THEN_PAREN.search(window) is not None
                    if not goal_in_paren:
                        if _PAREN_GOAL.search(window) is None:
                            if not _bracket_target(text, pos - len(window), m, b):
                                continue  # (a figure in brackets is an aside, unless it is the goal of the one before it)
                            # 保洁面积（≥560万平方米）完成…: the target of the name before the bracket
                            at = max(window.rfind("("), window.rfind("（"))
                            window = window[:at] + window[at + 1:]
                        goal_in_paren = True  # （目标：100%）: the colon leaves the goal word out of the clause
                        last = out[-1] if out else None
                        if last is not None and last.sentence == sentence and last.is_target \
                                and window.lstrip()[:1] in ("(", "（") and last.value.unit == unit:
                            # 达到95%以上（目标90%）: the figure the goal is set against is a result, bound or not
                            out[-1] = replace(last, is_target=False, value=Value(None, last.value.value, last.value.unit))
                elif out and (last := out[-1]).sentence == sentence and last.is_target and last.name \
                        and last.value.op not in (None, "=") and last.value.unit == unit \
                        and _COMMA_GOAL.search(window) is not None:
                    # 办结时限压缩至3个工作日以内，目标值≤5个工作日: the bound figure a goal follows is the result
                    out[-1] = replace(last, is_target=False, value=Value(None, last.value.value, last.value.unit))
                if spans and any(x <= pos < y for x, y, _ in spans):
                    continue
                if op2 and _CJK_NEXT.match(text, prev_end, b) and _GOAL_NAMED_AFTER.match(text, prev_end, b) is None:
                    # 50人以上集体访: a bound describing a noun, not a statement of a target (控制在4.5%以内的目标范围内:
                    # the goal it names is one)
                    continue
                if unit in V.DURATION_UNITS and not op2 and _CJK_NEXT.match(text, prev_end, b) \
                        and text[prev_end] not in V.DURATION_CLOSERS:
                    continue  # 实行24小时值班: a duration describing a noun
                clause = _CLAUSE.split(window)[-1]
                # a clause that is no indicator rejects the value whatever its name, unless the name is
                # read from a change (由…提高到, below), which drops the clause
                not_indicator = V.NOT_COST_INDICATOR if word in _MONEY_UNITS \
                    and _under_cost_heading(level1, level2) else V.NOT_INDICATOR
                if (word == "%" or word == "‰") and "率" in clause and V.FUNDS_HANDLING_CLAUSE.search(clause) is not None:
                    not_indicator = V.NOT_COST_INDICATOR  # 经费发放及时率, 预算公开率: how funds are handled, not a budget figure
                # (实际 and the verb of spending alone, 实际支出, answer the goal: no clause of the budget)
                rejected = not_indicator.search(clause) is not None and not (answering and _ACTUAL_VERB_ONLY.fullmatch(clause))
                # (whether the window ends in a change is asked only where it decides: a rejected clause or
                # no name; most values have neither, None stands for not asked)
                changed = _changes_to(window) if rejected else None
                stated_change = False  # a change that is the measure, its goal the same change (V.CHANGE_THEN_GOAL)
                if rejected and not changed:
                    if (goal := V.CHANGE_THEN_GOAL.match(text, end, b)) is not None \
                            and (said := clause.rstrip()).endswith(change := goal.group("change")) \
                            and not_indicator.search(_before_year_compared(said[: -len(change)])) is None:
                        # 能耗下降1.8%，目标为下降≥1.5%: the result, 下降 part of its name (the change word the clause's only
                        # word of no indicator: 公用经费支出下降5% stays the budget's)
                        stated_change = True
                    elif (word == "%" or word == "‰") and text.startswith(("，", ",", "（", "("), end) \
                            and (said := clause.rstrip()).endswith(_CHANGE_LAST) \
                            and (change := V.CHANGE_AT_END.search(said)) is not None \
                            and V.CHANGE_GOAL_NEXT.match(text, end, b) is not None \
                            and not_indicator.search(_before_year_compared(said[: change.start()])) is None:
                        # 农民人均收入增长7.2%，目标值≥6.5% / 能耗下降2.1%（目标≥1.5%）: a change in percent its own goal's
                        # figure follows is the measure, its word part of the name
                        stated_change = True
                    elif out and (last := out[-1]).sentence == sentence and not last.is_target \
                            and last.value.unit == unit and stated_end == opened \
                            and (said := V.GOAL_CHANGE_CLAUSE.fullmatch(clause)) is not None \
                            and last.name.endswith(said.group("change")):
                        # …，目标为下降≥1.5%: the goal of the change just stated, its word left out as the result's name holds it
                        at = window.rfind(said.group("change"))
                        window = window[:at] + window[at + len(said.group("change")):]
                        clause = _CLAUSE.split(window)[-1]
                        rejected = not_indicator.search(clause) is not None
                    if rejected and not stated_change and "指标" in window and _LEVEL_LED.search(window) is not None \
                            and V.GOAL_NEXT_CLAUSE.match(text, end, b) is not None:
                        # 经济效益指标：人均纯收入增长12.6%，目标值≥10% / 时效指标：资金支出进度97%，目标值≥95%: a measure
                        # a level's label opens, its goal in the next clause, is the level's indicator, its words of a
                        # change or of spending its name's
                        stated_change = True
                    if rejected and not stated_change:
                        continue
                brk = _LAST_BREAK.search(window)
                if brk is not None and window[brk.start()] in ")）" \
                        and (abbr := _ABBREVIATION_AT_END.search(window, 0, brk.start() + 1)) is not None:
                    brk = _LAST_BREAK.search(window, 0, abbr.start())  # (AQI), (PM2.5): no break in the name
                elif brk is not None and brk.start() == len(window) - 1 and window[-1] in ")）" \
                        and (aside := _ASIDE_AT_END.search(window)) is not None \
                        and aside.group("word") not in R.UNITS and _ASIDE_NOT_NAME.search(aside.group("word")) is None:
                    brk = _LAST_BREAK.search(window, 0, aside.start())  # 示范村（社区）120个: the bracket is the name's
                head_at = _name_at(window, brk)
                head_end, op1 = _head_tail(window, head_at)
                if op1 is None and head_end > head_at and window[head_end - 1] in _OP_LAST \
                        and (op0 := _OP_AT_END.search(window, head_at, head_end)) is not None:
                    head_end, op1 = op0.start(), op0.group()  # 至少达到420万平方米: the bound before the verb
                name = _clean_name(window[head_at: head_end])
                if brk and (not name or _PER_ONE.match(name)):
                    if window[brk.start()] in ":：":
                        name = _name_before_colon(window, brk.start())  # 群众满意度：不低于90%
                    elif window[brk.start()] == "|":
                        name = _row_name(window, brk.start())  # 培训人数 | 培训人数情况 | ≥150人
                if not name and (changed if changed is not None else _changes_to(window)):
                    # 数字化率由上年度的78.9%提高到86.4%: the result is the second figure
                    frm = _CHANGE_FROM.search(text, a, pos)
                    if frm is None:
                        continue
                    name, clause = _clean_name(frm.group("name")), ""
                    rejected = not_indicator.search(clause) is not None
                # (the clause of a value that is no change passed this check above)
                if changed and rejected or not_indicator.search(name) and not stated_change \
                        and not (answering and _ACTUAL_VERB_ONLY.fullmatch(name)):
                    continue
                if word in _MONEY_UNITS and name in V.PROJECT_INVESTMENT_TOTALS and not _under_cost_heading(level1, level2):
                    continue  # 本项目计划投资286万元，实际支出…: the project's funds (budget.py reads them), no indicator
                if answer_only and not any(t.in_indicator_line and t.value.unit == unit and _similar(t.name, name)
                                           for t in out):
                    continue
                if m.re is _UNITLESS and V.UNITLESS_MEASURE_END.search(name) is None:
                    continue  # a bare figure (a code, a count with its unit left out) under no measure's name
                if m.re is _BARE_RESULT:
                    last = out[-1] if out else None
                    if last is None or last.sentence != sentence or not last.is_target or last.value.unit is not None \
                            or _ACTUAL_LEAD.fullmatch(name) is None and not _similar(last.name, name):
                        continue  # (a bare figure after 实际 answers only the bare bound just before it)
                zero_goal = False
                if m.re is _ZERO:
                    last = out[-1] if out else None
                    if last is not None and last.sentence == sentence and (last.is_target or last.planned) \
                            and (_ACTUAL_LEAD.fullmatch(name) is not None or _similar(last.name, name)):
                        unit = last.value.unit  # …控制在0.9‰以内，实际为0 / 全年再犯罪率为0: the goal's unit
                    elif (zero_unit := _zero_then_actual_zero(text, end, b)) is not False:
                        unit, zero_goal = zero_unit, True  # 事故发生数为0，实际发生0起: the goal, in its result's unit
                    elif V.UNITLESS_MEASURE_END.search(name) is None:
                        continue
                if (unit == "%" or unit == "‰") and level2 is None \
                        and (V.NOT_INDICATOR_RATE.search(clause + name) and V.FUNDS_HANDLING_RATE.search(name) is None
                             or name in V.FUNDS_RATE_NAMES):
                    continue  # 资金到位率: a budget rate; 资金拨付时限 (a time), or a rate under 时效指标, stays
                against = op1 is not None and not name and _GOAL_NAMED_AFTER.match(text, end, b) is not None
                if against:
                    op1 = None  # 达到95%，超过90%的目标值: the bound compares the result with the goal, not the goal's
                # the verb (达到/为/完成) is not part of the value as written: 达到55.6% -> 55.6%
                raw = _compacted((op1 or "") + ("-" if signed else "") + m.group(0))
                # (what _VALUE and _UNITLESS match, a number and its unit, holds no bound word: only op1 or op2
                # makes a bound, and a value without them is "=": a test holds the patterns to OP_WORDS)
                bound = bool(op1 or op2)
                if _goal_label_only(name or clause):
                    # …150人次，计划120人次: the goal of the result before it; opening its sentence, the goal of the
                    # measure named alone in the clause before (群众满意度，目标≥90%，… / 完成调查任务，年初计划16项)
                    name = _name_clause_before(window) if opened == a else ""
                    goal_in_paren = True
                elif not name and op1 and opened == a \
                        and _goal_label_only(window[head_at: head_end]):
                    name = _name_clause_before(window)  # 群众满意度，目标≥90%: a bound after the label
                is_target = bound or against or goal_in_paren or _states_a_goal(clause, name)
                if not is_target and out and (last := out[-1]).sentence == sentence and not last.is_target \
                        and last.name and last.value.unit == unit \
                        and (_GOAL_COMPARED.fullmatch(clause) or _GOAL_NAMED_AFTER.match(text, end, b)):
                    # 视察调研14次，超过年初计划12次的目标 / 完成年度任务800人次的107.5% / 高于年初设定的90%: the goal the
                    # result before it is measured against
                    name, is_target, op1, op2 = "", True, None, None
                elif name and stated_end == opened and _names_last_result(text, opened, pos, out, sentence, unit, True):
                    # 亩均增收达到620元，年度目标为亩均增收500元以上: the goal of the result just before it, its measure
                    # named again (its bound, if any, the goal's)
                    name, is_target = "", True
                # 年度目标：资助困难学生1500人次；实际完成：…: a goal's label and colon opening the clause state a goal,
                # kept for the result named alike after it, as a 绩效指标 line's is
                goal_record = not is_target and bool(name) and ":" in window and _GOAL_RECORD.search(window) is not None
                is_target = is_target or goal_record
                value = Value((bound_op(op1 or op2) if bound else "<=" if goal_in_paren and "控制" in window
                               and _CONTROL_THEN_PAREN.search(window) is not None else "=") if is_target else None,
                              -count_float(num, unit) if signed else count_float(num, unit), unit)
                if name in V.COMPLETION_RATE_NAMES and ((out and out[-1].sentence == sentence)
                                                        or (spans and any(a <= x and y <= pos for x, y, _ in spans))
                                                        or MONEY_RE.search(text, a, pos) is not None):
                    # 实际完成3260人次，完成率108.67%: the rate of the statement before it in its sentence; 实际支出
                    # 493.75万元，完成率101.6%: the budget's (the report's execution rate)
                    continue
                line_no = starts[0][1] if offsets is None else starts[max(bisect_right(offsets, pos) - 1, 0)][1]
                stated_end = end
                out.append(_Statement(name, value, raw, line_no, sentence, is_target,
                                      indicator_line and k == 0 or goal_record or listed, level1, level2, points, got,
                                      not is_target and "计划" in window and _planned(window, 0, len(window))
                                      or zero_goal or _answered_by_actual(text, opened, m, b), listed))
                if listed:
                    listed_units.add(unit)
                if not is_target and text.startswith(("，", ","), end) \
                        and (goal := _BARE_GOAL.match(text, end, b)) is not None and goal.end() != cut \
                        and (goal.group("unit") or None) == (unit if unit == "分" else None):
                    number = unsigned_float(goal.group("num"))
                    out.append(_Statement("", Value(bound_op(goal.group("op") or goal.group("op2") or ""),
                                                    -number if goal.group("sign") else number, unit),
                                          (compact(goal.group("fig")) or "") + (goal.group("op2") or ""),
                                          line_no, sentence, True, False, level1, level2))
                if end < b and text[end] in _POINTS_AFTER_FIRST:
                    _take_points(out, text, end, b)
            if (not out or out[-1].sentence != sentence) and text.find("实际", a, b) >= 0 \
                    and (text.find("年", a, b) >= 0 or text.find("月", a, b) >= 0) \
                    and (dated := _DATED_RECORD.fullmatch(text, a, b)) is not None \
                    and not (spans and any(x < b and a < y for x, y, _ in spans)) \
                    and _DATE.search(t_said := compact(dated.group("t")) or "") \
                    and _DATE.search(a_said := compact(dated.group("a")) or "") \
                    and (name := _clean_name(dated.group("name"))) and not name.endswith("指标") \
                    and V.NOT_INDICATOR.search(name) is None:
                # 3.时效指标：项目完工时间：2019年12月底前，实际于2019年11月完工: a record whose target and result are
                # dates: the indicator, no value to compare (as a form's row of dates)
                line_no = starts[0][1] if offsets is None else starts[max(bisect_right(offsets, a) - 1, 0)][1]
                out.append(_Statement(name, Value(None, None, None), t_said, line_no, sentence, False, False,
                                      level1, level2, dated=a_said))
    return out


# A record of dates, numbered or not, perhaps after its level's label: <name>：<target, a date>，实际<a date>
_DATED_RECORD = re.compile(
    rf"\s*(?:{_LEVEL_NUMBER}|[{V.LIST_MARKS}]\s*)?(?:(?:{_LEVEL_LABELS})\s*[:：]\s*(?:{_LEVEL_NUMBER})?)?"
    r"(?P<name>[^\d:：，,。；;()（）\s]{2,20})\s*[:：]\s*(?:(?:目标值?|计划|预期|指标值)\s*[:：]?\s*)?"
    r"(?P<t>[^，,。；;:：]{2,20})\s*[，,]\s*实际(?P<a>[^，,。；;:：]{2,20}?)\s*")


# (what the text right after a figure opens with where points follow it: a clause's break or a bracket)
_POINTS_AFTER_FIRST = frozenset("，,；;)）(（")


def _take_points(out: list[_Statement], text: str, end: int, b: int) -> None:
    """The weight and score stated right after the figure ending at ``end`` (text[:b] its sentence) given to the
    last statement: after a comma (_EXPLICIT_POINTS) or in brackets (…实际开展46场（分值15分，得分15分）)."""
    after = end
    while after < b and text[after] in ")）":
        after += 1
    if text.startswith(_POINTS_OPEN, after) and (text.find("分", after, after + _POINTS_REACH) >= 0
                                                 or text.find("权", after, after + _POINTS_REACH) >= 0
                                                 or _RESULT_CLAUSE_GATE.search(text, after, after + 4) is not None):
        weight, score, _ = _points_after(text, after, None, None)
        if weight is not None or score is not None:
            out[-1] = replace(out[-1], weight=weight, score=score)
    elif after == end and text.startswith(("(", "（"), end) \
            and (bracket := _BRACKET_WEIGHT.match(text, end)) is not None:
        out[-1] = replace(out[-1], weight=float(bracket.group("n")),
                          score=float(bracket.group("s")) if bracket.group("s") else None)


# the weight in brackets after the name, before the colon or the verb and bound of its figure (规范管理率（分值13分）：≥)
_NAME_POINTS_BEFORE = re.compile(_POINTS_IN_BRACKETS + r"(?=[^\d()（）:：，,。；;]{0,6}$|\s*[:：][^\d()（）:：，,。；;]{0,6}$)")
_POINTS_REACH = 12  # (how far after the comma the points' 分 or 权 stands: ，该指标分值15分 / ，得15分 / ，权重15)
_POINTS_OPEN = ("，", ",", "；", ";")  # (what _EXPLICIT_POINTS opens with, spaces aside: tested before its call)


def _range_before(text: str, a: int, pos: int, m: re.Match) -> bool:
    """Whether a number, with the unit of ``m`` or none, stands right before the range's mark at pos - 1."""
    j = pos - 1
    while j > a and text[j - 1].isspace():
        j -= 1
    unit = m.group("unit") or ""
    if unit and text.endswith(unit, a, j):
        j -= len(unit)
    while j > a and text[j - 1].isspace():
        j -= 1
    return j > a and text[j - 1].isdigit()


# What a number opening a name may follow (a clause break), and what may not follow it for it to belong
# to the name (a date, a list number).
_NUMBER_OPENS_AFTER = frozenset("，,。；;:：()（）、为对")  # (为65岁以上老年人…: after a preposition too)
_NUMBER_NOT_BEFORE = frozenset("年月日号时.．、")
_DATE_MARKS = frozenset("年月日号")


def _name_at(window: str, brk: re.Match | None) -> int:
    """Where the name of the value ending ``window`` starts: after the last break (``_LAST_BREAK``; after a date's
    年/月/日), or at a number opening the clause, or after 为/对, that runs into the words after it (65岁及以上老年人
    健康管理率, 2型糖尿病患者规范管理率, 0-6岁儿童…, 12345热线…): there the number is part of the name."""
    if brk is None:
        return 0
    at = brk.start()
    if not window[at].isdecimal() or window[at + 1: at + 2] in _NUMBER_NOT_BEFORE:
        if window[at].isdecimal() and window[at + 1: at + 2] in _DATE_MARKS:
            # a date before the name (组织2023年高考考点…, 2023年度新认定…): no part of it, its 年/度 neither
            return at + 3 if window[at + 2: at + 3] == "度" else at + 2
        return at + 1
    j = at
    while j > 0 and (window[j - 1].isdecimal() or window[j - 1] in "-~～"):
        j -= 1
    return j if (j == 0 or window[j - 1] in _NUMBER_OPENS_AFTER) and window[j].isdecimal() else at + 1


def _bracket_target(text: str, start: int, m: re.Match, end: int) -> bool:
    """The value ``m`` stands alone in a bracket opened right after a name (text[start:] up to it), and a
    result follows the bracket: 保洁面积（≥560万平方米）完成568万平方米."""
    return _RESULT_AFTER_PAREN.match(text, m.end(), end) is not None \
        and _BARE_PAREN_OPEN.search(text, start, m.start()) is not None


def _row_name(window: str, bar: int) -> str:
    """The name of a figure opening a table cell of a row read as text (培训人数 | 培训人数情况 | ≥150人): the row's
    first cell holding words, the cells after it its description."""
    head = window[:bar]
    brk = _BREAK_BUT_BARS.search(head)
    for cell in head[brk.start() + 1 if brk else 0:].split("|"):
        if (name := _clean_name(cell)):
            return name
    return ""


def _name_before_colon(window: str, colon: int) -> str:
    """The name a colon ends, when only the value's verb or bound follows it (``群众满意度：不低于90%``):
    a record of its own. A heading before the colon (产出指标：, 完成情况：) names nothing."""
    head = window[:colon]
    name = _clean_name(head[_name_at(head, _LAST_BREAK.search(head)):])  # (2型糖尿病…：: a number opening the name)
    if not name or name.endswith(_COLON_HEADING_ENDS) or name in R.LEVEL1 or name in R.LEVEL2:
        return ""
    return name


_BOUND_SIGNS = frozenset("≥≤><")
_NEAR_LINES = 2  # how many lines below its goal a result naming nothing may stand (a paragraph's wrapped lines)
_LIST_MARKS = frozenset("、,，;；")  # (a name ending in one is the tail of a list: 53处、≥820人次)
_PER_ONE = re.compile(r"^每[\u4e00-\u9fff]{1,2}$")  # 每人/每户/每亩 before a bound: the name is before the colon
# How a result was measured, said between the goal and the result (经问卷调查实际为97.5%, 通过发放问卷实际测评为…)
_HOW_MEASURED = re.compile(r"(?:(?:经|通过|根据|据|经过)[\u4e00-\u9fff]{0,8}?|第三方|抽样|问卷)?(?:调查|问卷|测评|统计|核查|抽查|评估|回访|测算)"
                           r"(?:结果)?(?:显示|表明)?(?:实际)?(?:测评|测算)?")
_COLON_HEADING_ENDS = ("情况", "指标", "目标", "成效", "内容", "如下")


# a list number (1. / 2、 / 、) opens no name; digits that are part of it do (65岁及以上…, 12345热线…)
_NAME_NUMBERING = re.compile(r"^(?:\d+[、.](?!\d)|[、.]|[一二三四五六七八九十]是)+")  # (一是…，二是…: a list's marks too)
# (a goal set, 年初设定… / 年初确定的…, and a result stated at the year's end, 年末实际为…: the time and the verb are no part of
# the name, and 年末实际 is then 实际, the result of the goal before it; 年终 before anything else names the
# measure: 年终结案率)
_NAME_GOAL_LEAD = re.compile(r"^(?:其中|(?:年度)?目标要求|(?:年度)?目标值|(?:年度)?目标(?:任务|数)?为|(?:年度)?目标(?:任务|数)?|要求|确保|力争|实现(?=[\u4e00-\u9fff]{2})|全年|年初|本年度|本年|年内|当年"
                             r"|(?:设定|确定|制定|设立)的|设定|(?:年末|年底|年终)(?=实际))+")
_NAME_GOAL_TAIL = re.compile(rf"{V.GOAL_VERB}?(?:年度|全年|年初)?(?:的?目标(?:值|数|任务)?|的?目标要求|的?计划值?|的?指标值)$")
# (…实际 too, after a name: the result's word before its figure, 补助资金发放及时率实际完成98%, is no part of it;
# 实际 alone, the result of the goal before it, stays the marker it is)
_NAME_ADVERB_TAIL = re.compile(r"(?:均|都|已|分别|全部|总体|平均|也|仍|(?<=..)实际)+$")
# The characters a match of each must start (end) with: \d is a decimal digit, as str.isdecimal says.
# A test keeps them in step with the patterns.
_NUMBERING_FIRST = frozenset("、.一二三四五六七八九十")
_GOAL_LEAD_FIRST = frozenset("其年目要确力实全本当设制")
_GOAL_TAIL_LAST = frozenset("标值求划")
# 约 (about) before a figure: no part of the name; a word ending in 约 (签约, 合约, 节约, 预约, 履约) is
_APPROX_TAIL = re.compile(r"(?:大约|约为|约)$(?<![签合节制履违预公条契特集]约)")
_ADVERB_TAIL_LAST = frozenset("均都已别部体也仍际")
_ORG_LEAD_FIRST = frozenset("我本全")  # else the match holds 局
# 共发生森林火灾3起: the count's name is what occurred (森林火灾), not the verb counting it.
_NAME_EVENT_LEAD = re.compile(r"^(?:共计|共|累计)?(?:发生|出现)了?(?=.{2})")
_EVENT_LEAD_FIRST = frozenset("共累发出")


def _compacted(text: str) -> str:
    """``compact(text) or ""``. Running text is NFKC's output: a piece of it with no space is its own compact
    form, told by two scans in C (every space but the plain one is unprintable, a test checks) without
    compact's call and its cache, which the long windows read here would crowd."""
    if " " not in text and text.isprintable() and is_normalized("NFKC", text):
        return text
    return compact(text) or ""


def _clean_name(name: str) -> str:
    # each pattern runs only where a character it needs is there (a cheap test: most names need none);
    # (the first and last characters sliced once, again only after a pattern changed the name)
    name = _compacted(name)
    if "|" in name:
        name = name.strip("|")  # (a table row read as text: the bars around its cells are no part of a name)
    first = name[:1]
    if first in _NUMBERING_FIRST or first.isdecimal():
        name = _NAME_NUMBERING.sub("", name)
        first = name[:1]
    if "指标" in name:
        name = _LEVEL_PATH.sub("", V.INDICATOR_LINE.sub("", name))
        first = name[:1]
    if first in _GOAL_LEAD_FIRST:
        name = _NAME_GOAL_LEAD.sub("", name)
        first = name[:1]
    last = name[-1:]
    if last == "约":
        name = _APPROX_TAIL.sub("", name)  # 计划约260吨: approximate, no part of the name (签约 is a word)
        last = name[-1:]
    if last in _GOAL_TAIL_LAST:
        name = _NAME_GOAL_TAIL.sub("", name)
        first, last = name[:1], name[-1:]
    if last in _ADVERB_TAIL_LAST:
        name = _NAME_ADVERB_TAIL.sub("", name)
        first = name[:1]
        if name[-1:] in _GOAL_TAIL_LAST:
            # 受理率目标均为95%以上: the goal's word before the adverb, no part of the name either
            name = _NAME_GOAL_TAIL.sub("", name)
    if "局" in name or first in _ORG_LEAD_FIRST:
        name = _ORG_LEAD.sub("", name)
        first = name[:1]
    if first in _EVENT_LEAD_FIRST:
        name = _NAME_EVENT_LEAD.sub("", name)
    if name in _COMPARED_WITH or len(name) == 1:
        # …满意度为93.5%，高于目标值90%: the goal of the figure before it, no name of its own (nor is 与 of
        # …仅为72%，与目标80%相差…: one character names nothing)
        return ""
    if "每" in name:
        name = _PER_UNIT_TAIL.sub("", name)  # 城市低保标准每人每月1,020元: the standard, per person and month
    if name[-1:] in _SURVEY_TAIL_LAST:
        name = _SURVEY_TAIL.sub("", name)  # 群众满意度调查结果为96.5%: the survey measured 群众满意度
    return name


_clean_name = per_text(_clean_name)


# how a satisfaction was measured, after its name: 满意度调查结果, 满意率测评得分
_SURVEY_TAIL = re.compile(r"(?<=满意度|满意率|知晓率|知晓度|认可度)(?:调查|测评|评价)?(?:结果|得分|情况)?$")
_SURVEY_TAIL_LAST = frozenset("查评价果分况")


_PER_UNIT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:每[\u4e00-\u9fff]{1,2}?(?:每[月年天日])?)$")


_COMPARED_WITH = frozenset(a + b for a in ("", "均", "略", "远", "明显") for b in ("高于", "超过", "超出", "优于", "好于", "低于", "大于"))


def _in_ten_thousands_of(goal: str | None, result: str | None) -> bool:
    """不少于1.2万件，实际办理12,846件: the goal counted in ten thousands of the result's unit (or the other way
    round), the same measure."""
    return bool(goal and result) and (goal == "万" + result or result == "万" + goal)


def _similar(a: str, b: str) -> bool:
    a2, b2 = _ACTUAL_LEAD.sub("", a), _ACTUAL_LEAD.sub("", b)
    if not a2 or not b2:
        return False
    if a2 in b2 or b2 in a2:
        return True
    return difflib.SequenceMatcher(None, a2, b2).ratio() >= 0.6


# "1.食品安全抽检合格率：年度目标值≥95%，实际完成值98.6%": the table's column labels written out.
# Found from the target label (a lazy name before it would be quadratic on long text); the name is
# the text back to the last clause break, the result follows after one clause break.
def _labels(role: str) -> str:
    words = R.INDICATOR_COLUMNS[role] + V.PROSE_INDICATOR_LABELS.get(role, [])
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_EXPLICIT_TARGET = re.compile(rf"(?P<label>{_labels('target')}){V.LABEL_CONNECTOR}")
# (a word of prose labels a target there only with a figure after it, even where a table heads a column with it:
# 预期目标 | 实际完成, but 完成年度目标任务 states no target)
_PROSE_ONLY_TARGET = set(V.PROSE_INDICATOR_LABELS["target"])
_CELL_TEXT = r"(?:[^，,。；;]|(?<=\d),(?=\d{3}))+"  # up to a clause break; 3,000 is one number
# the result's label after a clause break, or (a form's column label only) right after the target: lines
# written 指标值：≥100人 实际值：120人 lose the space between them
_COLUMN_ACTUAL = "|".join(map(re.escape, sorted(R.INDICATOR_COLUMNS["actual"], key=len, reverse=True)))
# (the column labels' first characters looked ahead for before their words are tried: the lazy target
# text tries them at each of its characters; a test holds the pattern to the one without)
_COLUMN_ACTUAL_FIRST = "".join(sorted({w[0] for w in R.INDICATOR_COLUMNS["actual"]}))
_EXPLICIT_REST = re.compile(
    # (a bracket holding the target closes it: 场次（目标≥30场）：实际开展35场)
    rf"(?P<t>{_CELL_TEXT}?)(?:(?:\s*[，,；;、]|\s*[)）]\s*[，,；;:：]?)\s*(?P<al>{_labels('actual')})"
    # (a form's result column label, with its colon or its figure right after it: 预期值95% 实际值97%, a row's
    # cells copied as text)
    rf"|(?<=[\d%‰\u4e00-\u9fff])\s*(?=[{re.escape(_COLUMN_ACTUAL_FIRST)}])(?P<col>{_COLUMN_ACTUAL})(?=\s*[:：]|\s*[≥≤<>=]?\d))"
    rf"{V.LABEL_CONNECTOR}(?P<a>{_CELL_TEXT})")
# (the same without the bracket that closes a target: for a target whose own bracket closes before the break)
_EXPLICIT_REST_PLAIN = re.compile(
    rf"(?P<t>{_CELL_TEXT}?)\s*[，,；;、]\s*(?P<al>{_labels('actual')}){V.LABEL_CONNECTOR}(?P<a>{_CELL_TEXT})")
# Words one of which every result label (of _EXPLICIT_REST: a form's column or a word of prose) holds. No
# statement is read where none stands after a target label before the sentence's end (the target's text, the
# break after it and a label hold no 。): most 目标 and 计划 of prose are followed by none, and _EXPLICIT_REST's
# lazy text is not tried there. A test holds the words to the labels.
_RESULT_LABELS = R.INDICATOR_COLUMNS["actual"] + V.PROSE_INDICATOR_LABELS.get("actual", [])
_RESULT_WORDS = tuple(sorted(set(fewest_words(_RESULT_LABELS))))


def _may_state_result(text: str, at: int, end: int | None = None) -> bool:
    """Whether one of _RESULT_WORDS stands in text[at:end], or up to the first 。 after ``at``."""
    if end is None:
        end = text.find("。", at)
        end = len(text) if end < 0 else end
    for w in _RESULT_WORDS:  # (a loop: no generator made per call, as any() over one would)
        if text.find(w, at, end) >= 0:
            return True
    return False
# (a verb may stand between a bare label and its figure: 计划达到100%, 实际为98%)
_LABELLED = re.compile(r"[\u4e00-\u9fff]\s*:")  # (compacted text: NFKC's colon)
_FIGURE_FIRST = re.compile(rf"^(?:达到|完成|为|是)?(?:{V.OP_PREFIX})?\s*\d")
_PROSE_ONLY_ACTUAL = set(V.PROSE_INDICATOR_LABELS["actual"]) - set(R.INDICATOR_COLUMNS["actual"]) \
    - set(R.INDICATOR_COLUMNS["status"])
# ``…，完成值92%，分值10分，得分9分``: the statement's weight and score, right after it in its sentence (and the
# score said with its verb: …，得10分)
_EXPLICIT_POINTS = re.compile(
    rf"\s*[，,；;、]\s*(?:该指标|该项|本指标|本项)?(?:(?P<w>{_labels('weight')})|{_labels('score')}){V.LABEL_CONNECTOR}"
    r"(?P<n>\d{1,3}(?:\.\d+)?)\s*分?"
    r"(?![\d%])|\s*[，,；;、]\s*(?:实际|自评)?得(?:满分)?(?P<got>\d{1,3}(?:\.\d+)?)\s*分(?![\d%])")
# …，得13分（权重13分）: the weight in brackets after the score
_BRACKET_WEIGHT = re.compile(r"\s*" + _POINTS_IN_BRACKETS)


# A clause of the result's measure between the result and its points (…实际完成126公里，完成率105%，分值15分 /
# …，偏差2个百分点，得分9分): passed over to them; gated by its words' first characters
_RESULT_CLAUSE = re.compile(r"\s*[，,；;、]\s*(?:完成(?:率|比例|比率|度|进度)|偏差(?:率|值)?)[^，,。；;、]{0,16}(?=[，,；;、])")
_RESULT_CLAUSE_GATE = re.compile(r"[完偏]")


def _points_after(text: str, end: int, weight: float | None, score: float | None) -> tuple[float | None, float | None, int]:
    """The weight and score stated right after a statement ending at ``end`` (_EXPLICIT_POINTS, each perhaps
    followed by the weight in brackets, or after a clause of the result's rate: _RESULT_CLAUSE), the ones given
    kept; and where they end."""
    if _RESULT_CLAUSE_GATE.search(text, end, end + 4) is not None and (skip := _RESULT_CLAUSE.match(text, end)) \
            and _EXPLICIT_POINTS.match(text, skip.end()) is not None:
        end = skip.end()
    while (pts := _EXPLICIT_POINTS.match(text, end)) is not None:
        if pts.group("got"):
            score = float(pts.group("got")) if score is None else score
        elif pts.group("w"):
            weight = float(pts.group("n")) if weight is None else weight
        elif score is None:
            score = float(pts.group("n"))
        end = pts.end()
        if (text.startswith(("(", "（"), end) or text.startswith(" ", end)) \
                and (bracket := _BRACKET_WEIGHT.match(text, end)) is not None:
            weight = float(bracket.group("n")) if weight is None else weight
            end = bracket.end()
    return weight, score, end


_NAME_BREAK = re.compile(r"[，,。；;:：]")
_ACTUAL_VERB = re.compile(r"[\u4e00-\u9fff]{1,2}(?=\d)")  # 实际新增1100人 / 实际培训520人次
_ACTUAL_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,10}(?=\d)")  # 实际户均增收3150元: the measure's name (its end) again
_ORDINAL_LEAD = re.compile(rf"^(?:[(（]?\d{{1,3}}[)）.、]|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[{V.LIST_MARKS}]\s*)")


def _name_sentence(before: str, stated: int) -> str | None:
    """``before`` without the stop ending it, when the sentence it ends is a name alone (培训合格率。 / 指标2：结业人数；):
    a few words, no figure."""
    cut = before[:-1]
    at = max((m.end() for m in _NAME_BREAK.finditer(cut, stated)), default=stated)
    seg = cut[at:].strip()
    return cut if 2 <= len(seg) <= _NAME_SENTENCE_MAX and not any(ch.isdigit() for ch in seg) else None


_NAME_SENTENCE_MAX = 15


# the measure named before the goal's figure (新增灌溉面积2万亩 / 培训人数不少于300人), after a level's label
_NAMED_FIGURE = re.compile(rf"^(?P<name>[^\d，,]{{2,}}?)\s*(?:{V.INDICATOR_VERBS})?\s*(?P<fig>(?:{V.OP_PREFIX})?\s*\d.*)$")


_SLASH_FIELD = re.compile(r"/(?=\s*(?:目标值?|指标值|预期目标|年度目标|实际完成值?|实际值|完成值|分值|得分|权重))")


def explicit_indicators(doc: Document) -> tuple[list[Indicator], dict[int, list[tuple[int, int, Indicator]]]]:
    """Indicators stated as ``<name>：<target label><target>，<actual label><result>``, with the spans
    they cover per paragraph (so the value statements do not read them again)."""
    out: list[Indicator] = []
    taken: dict[int, list[tuple[int, int, Indicator]]] = {}
    paragraphs = figured_prose(doc) if doc_may_match(_EXPLICIT_TARGET, doc) else []
    for p in paragraphs_may_match(_EXPLICIT_TARGET, paragraphs):
        para = paragraphs[p]
        text = para.text
        if not _may_state_result(text, 0, len(text)):
            continue  # no result label: no statement in the paragraph
        if "/" in text:
            # 孤儿保障人数／目标值≥150人／实际完成153人／分值20分: a slash before a field's label parts the fields as a
            # comma does (one character for one: the offsets stay the paragraph's; 元/人 stays a unit)
            text = _SLASH_FIELD.sub("，", text)
        stated = 0  # where the previous statement of the paragraph ended: no name reaches back over it
        for lab in _EXPLICIT_TARGET.finditer(text):
            if not _may_state_result(text, lab.end()):
                continue
            rest = _EXPLICIT_REST.match(text, lab.end())
            if rest is None:
                continue
            if V.NOT_A_PROSE_LABEL.match(text, lab.start()):
                continue
            # 因贫辍学率，指标值≤0.5%: the name is before the comma; 培训人数（指标值…）: before the bracket
            before = text[: lab.start()].rstrip(" :：，,")
            bracketed = before.endswith(("(", "（"))
            if not bracketed and rest.group("al") and any(c in ")）" for c in text[rest.end("t"): rest.start("al")]):
                t_text = rest.group("t")
                if t_text.count("(") + t_text.count("（") <= t_text.count(")") + t_text.count("）") \
                        or (rest := _EXPLICIT_REST_PLAIN.match(text, lab.end())) is None:
                    continue  # a bracket closes a target only when it opened before the label (年初目标值(A)实际完成值(B))
                # (≥1500台（套），实际完成…: a bracket the target opened, its unit's, closes inside it)
            before = before.rstrip("(（ ")
            weight = score = None
            if before[-1:] in ")）" and (points := _NAME_POINTS.search(before)) is not None:
                # 运维系统数量（分值15分）计划完成12个, …（分值：10分；得分：9分）：目标…: the indicator's weight (and
                # score), written after its name; a break inside the bracket ends no name
                before, weight = before[: points.start()], float(points.group("n"))
                score = float(points.group("s")) if points.group("s") else None
            if before[-1:] in "。；;" and (named := _name_sentence(before, stated)) is not None:
                before = named  # 培训合格率。年度指标值≥85%…: the name stated as a sentence of its own
            start = max((m.end() for m in _NAME_BREAK.finditer(before, stated)), default=stated)
            said = _ORDINAL_LEAD.sub("", before[start:].strip())
            # 产出指标-质量指标-合格率：指标值…: the levels written before the name, record by record (records run
            # together into one paragraph each name their own: the heading's rules read only the first)
            path = _LEVEL_PATH.match(said) if "指标" in said else None
            name = _clean_name(said)
            # a level heading run into the name (lines joined: …6213人 / 质量指标 / 高血压患者规范管理率)
            level = _LEVEL_LEAD.match(name)
            if level:
                name = name[level.end():]
            elif name[-1:] in _QUOTE_CLOSE and (quoted := _QUOTED_AFTER_LEVEL.match(name)) is not None:
                # 数量指标“新修道路长度”目标值…: the level, then the name in quotes; the level opens the line, where
                # the heading's rules read it (成本指标 or 满意度指标 numbered as the second levels around it is one)
                name = quoted.group("name")
            if not name:
                continue
            end = _statement_end(para, rest.start("a"), rest.end())
            a_end = end
            if "分" in text[rest.start("a"): end] and (text[end - 1: end] in ")）") \
                    and (bracket := _BRACKET_WEIGHT.search(text, rest.start("a"), end)) is not None \
                    and bracket.end() == end:
                # 实际完成12处（分值10分、得分10分）: the points in brackets closing the result are no part of it
                a_end = bracket.start()
                weight = float(bracket.group("n")) if weight is None else weight
                score = float(bracket.group("s")) if score is None and bracket.group("s") else score
            t, a = compact(rest.group("t")), compact(text[rest.start("a"): a_end])
            # 计划达到100%, 计划完成40座: the value as written is 100%, 40座
            t = t[2:] if t and t.startswith(("达到", "完成")) and t[2:3].isdigit() else t
            opened_by = None  # a level's label opening the record (效益指标：年初目标新增…2万亩，实际…): no name
            if name in R.LEVEL1 or name in R.LEVEL2:
                opened_by, named = name, _NAMED_FIGURE.match(t or "")
                name = _clean_name(named.group("name")) if named is not None else ""
                if not name:
                    continue
                t = named.group("fig")
            if bracketed:  # (the bracket opened before the target's label closes after the target or the result)
                t, a = t.rstrip(")）"), a.rstrip(")）")
            target, actual = parse_value(t), parse_value(a)
            if name[-1] in ")）" and (unit := _name_unit(name)) is not None:
                # 处理率（%）目标值100，实际值100: the unit the name carries is its figures'
                name = name[: name.rindex("(" if "(" in name else "（")]
                target = Value(target.op, target.value, target.unit or unit) if target.value is not None else target
                actual = Value(actual.op, actual.value, actual.unit or unit) if actual.value is not None else actual
            # a bare word (目标, 计划, 完成, 实际) labels a figure written right after it: 完成年度目标任务 and
            # 目标要求应免…达到90% (a sentence, the indicator named inside it) are no explicit statement
            if lab.group("label") in _PROSE_ONLY_TARGET and not _FIGURE_FIRST.match(t) and rest.group("al") == "实际" \
                    and (verb := _ACTUAL_VERB.match(t)) is not None and a.startswith(verb.group()):
                t = t[verb.end():]  # 目标救助80名，实际救助86名: the verb of the goal, said again of the result
                target = parse_value(t)
            if lab.group("label") in _PROSE_ONLY_TARGET and (target.value is None or not _FIGURE_FIRST.match(t)):
                continue
            if ":" in t and _LABELLED.search(t):
                continue  # 绩效目标完成情况：满意度不低于100%: a heading's label, the statement after its colon its own
            if rest.group("al") == "实际" and not _FIGURE_FIRST.match(a) and (verb := _ACTUAL_VERB.match(a)) \
                    and parse_value(a[verb.end():]).unit == target.unit and target.unit is not None:
                a = a[verb.end():]  # 目标1000人，实际新增1100人: the verb repeats the target's, in the same unit
                actual = parse_value(a)
            elif rest.group("al") == "实际" and target.unit is not None and not _FIGURE_FIRST.match(a) \
                    and (measure := _ACTUAL_MEASURE.match(a)) is not None and name.endswith(measure.group()) \
                    and parse_value(a[measure.end():]).unit == target.unit:
                a = a[measure.end():]  # 户均增收目标2800元，实际户均增收3150元: the measure named again, in the same unit
                actual = parse_value(a)
            if rest.group("al") in _PROSE_ONLY_ACTUAL and (actual.value is None or not _FIGURE_FIRST.match(a)):
                continue
            ind = Indicator(name=name, line_no=para.line_at(start), source_kind="narrative",
                            target_raw=t, actual_raw=a, target=target, actual=_result(actual), weight=weight,
                            score=score)
            ind.weight, ind.score, end = _points_after(text, end, ind.weight, ind.score)
            if level or opened_by:
                label = level.group("label") if level else opened_by
                ind.level1, ind.level2 = (label, None) if label in R.LEVEL1 else (None, label)
            elif path is not None:
                ind.level1, ind.level2 = _path_levels(path.group())
            out.append(ind)
            taken.setdefault(p, []).append((lab.start(), end, ind))
            stated = end
    return out, taken


# A unit in brackets ending an indicator's name (处理率（%）, 覆盖村数（个）, 处理成本（元/吨）): a measure word
# (V.INDICATOR_UNITS, V.RESULT_UNITS) or a compound unit with a slash.
_UNIT_WORDS = frozenset(f"{V.INDICATOR_UNITS}|{V.RESULT_UNITS}".split("|"))
_NAME_UNIT = re.compile(r"[(（]\s*(?P<unit>[^()（）\d\s]{1,3}(?:/[^()（）\d\s]{1,3})?)\s*[)）]$")


# the weight in brackets after a name: 培训人次（分值10分）, （权重：10分）
_NAME_POINTS = re.compile(_POINTS_IN_BRACKETS + "$")


def _name_unit(name: str) -> str | None:
    nu = _NAME_UNIT.search(name)
    if nu is None or nu.start() == 0:
        return None
    unit = nu.group("unit")
    return unit if unit in _UNIT_WORDS or "/" in unit else None


def _statement_end(para: Paragraph, a: int, b: int) -> int:
    """Where a result written from ``a`` ends, before ``b``: at the start of a joined line that goes on
    to another label (…实际完成值6213人 / 质量指标 / 高血压患者规范管理率：… lost their breaks when the
    lines were joined into one paragraph)."""
    for offset, _ in para.starts:
        if a < offset < b and (":" in para.text[offset: b] or "：" in para.text[offset: b]):
            return offset
    return b


def _result(v: Value) -> Value:
    return Value(None, v.value, v.unit)  # a result states a value, not a bound


def _signed_with_result(statements: list[_Statement], k: int) -> bool:
    """``入库数≥1500家，实际完成1,686家``: a sign-bounded count followed, in the same sentence, by a
    result in the same unit is a target (a bare count without both is too often a mere fact)."""
    st = statements[k]
    nxt = statements[k + 1] if k + 1 < len(statements) else None
    return nxt is not None and nxt.sentence == st.sentence and not nxt.is_target and nxt.value.unit == st.value.unit \
        and (V.COMPARISON_SIGN.search(st.raw) is not None
             # (or a bound in words the result answers with 实际: 面积至少达到420万平方米，实际完成436万平方米)
             or st.value.op not in (None, "=") and nxt.name.startswith("实际"))


# 计划培训1500人次，实际培训1620人次: the plan is the target of the actual figure after it (计划生育 is no plan)
_PLAN_LEAD = re.compile(r"^(?:年初|全年|年度|本年)?计划(?!生育)")


def _planned_then_actual(statements: list[_Statement], k: int) -> bool:
    """A planned figure followed, in the same sentence, by the actual one in the same unit: the plan said
    (计划培训1500人次，实际培训1620人次), or a figure the 实际 one after it answers with the same name's end
    (合格率达到90%，实际合格率93%)."""
    st = statements[k]
    nxt = statements[k + 1] if k + 1 < len(statements) else None
    if st.is_target and not st.planned or nxt is None or nxt.sentence != st.sentence or nxt.is_target \
            or nxt.value.unit != st.value.unit or not nxt.name.startswith("实际"):
        return False
    rest = nxt.name.removeprefix("实际")
    # (a bare 实际 answers the figure just before it: 发放准确率100%，实际100%; under a cost heading so does 实际
    # and the verb of spending it: 培训经费60万元，实际支出58.2万元)
    bare = not rest or _verb_only(rest) and _under_cost_heading(st.level1, st.level2)
    return st.planned or _PLAN_LEAD.match(st.name) is not None or (len(rest) >= 2 and st.name.endswith(rest[-2:])) \
        or (bare and bool(st.name) and _ACTUAL_LEAD.fullmatch(st.name) is None)


def _planned_after(statements: list[_Statement], k: int) -> bool:
    """A plan stated after the result, in its sentence and unit, naming nothing but the plan and perhaps the verb
    (安置就业困难人员312人，年度计划安置300人): the goal of that result."""
    st = statements[k]
    if k == 0 or st.is_target or "计划" not in st.name or (lead := _PLAN_LEAD.match(st.name)) is None:
        return False
    res, rest = statements[k - 1], st.name[lead.end():]
    return res.sentence == st.sentence and not res.is_target and bool(res.name) and res.value.unit == st.value.unit \
        and (not rest or rest in res.name or _verb_only(rest))


def _answered_later(statements: list[_Statement], k: int, name: str) -> bool:
    """A later statement gives a result of the goal ``statements[k]`` names ``name`` (培训≥300人次 … 培训实际完成320人次)."""
    unit = statements[k].value.unit
    return any(not s.is_target and s.value.unit == unit and _similar(name, s.name) for s in statements[k + 1:])


def _verb_only(rest: str) -> bool:
    """What follows 实际 is only the verb reporting a result (支出, 使用, 发放), not a measure's name (人数)."""
    return 0 < len(rest) <= 2 and V.INDICATOR_NAME_END.search(rest) is None


def _respectively(statements: list[_Statement]) -> list[_Statement]:
    """``企业和群众满意度分别为95.2%和96.1%，目标值均≥90%``: two subjects sharing one measure, the figures after it
    in their order (the second with no name of its own), each an indicator of its own (企业满意度, 群众满意度);
    a goal stated once after them holds for both."""
    out: list[_Statement] = []
    k, n = 0, len(statements)
    while k < n:
        st = statements[k]
        nxt = statements[k + 1] if k + 1 < n else None
        parts = _NAME_JOINT.split(st.name) if st.name and not st.is_target and _joined(st.name) else []
        if len(parts) == 2 and nxt is not None and not nxt.name and not nxt.is_target \
                and nxt.sentence == st.sentence and nxt.value.unit == st.value.unit and all(parts) \
                and (tail := V.SHARED_MEASURE_END.search(parts[1])) is not None and not V.RATE_NAME_END.search(parts[0]):
            goal = statements[k + 2] if k + 2 < n else None
            goal = goal if goal is not None and goal.is_target and not goal.name and goal.sentence == st.sentence \
                and goal.value.unit == st.value.unit else None
            out.append(replace(st, name=parts[0] + tail.group(0)))
            if goal is not None:
                out.append(goal)
            out.append(replace(nxt, name=parts[1]))
            k += 2
            continue
        # 文艺工作者和群众满意度均达到95%以上，实际分别为96.3%、97.1%: a goal shared by two measures, then their results in
        # order (实际 naming the first, the second with no name of its own): each measure its goal and its result
        after = statements[k + 2] if k + 2 < n else None
        if st.is_target and st.name and nxt is not None and after is not None and not nxt.is_target \
                and not after.is_target and not after.name and (not nxt.name or _ACTUAL_LEAD.fullmatch(nxt.name)) \
                and nxt.sentence == after.sentence == st.sentence \
                and nxt.value.unit == after.value.unit == st.value.unit and (pair := _two_measures(st.name)):
            for name, result in zip(pair, (nxt, after)):
                out += [replace(st, name=name), replace(result, name=name)]
            k += 3
            continue
        out.append(st)
        k += 1
    return out


def _two_measures(name: str) -> tuple[str, str] | None:
    """The two measures a joined name states: two rates (及时受理率和按期办结率), or two subjects sharing one
    measure (企业和群众满意度 -> 企业满意度, 群众满意度)."""
    if not _joined(name):
        return None
    parts = _NAME_JOINT.split(name)
    if len(parts) != 2 or not all(parts):
        return None
    if (tail := V.SHARED_MEASURE_END.search(parts[1])) is not None and not V.RATE_NAME_END.search(parts[0]):
        return parts[0] + tail.group(0), parts[1]
    return (parts[0], parts[1]) if all(V.RATE_NAME_END.search(p) for p in parts) else None


def _result_before(out: list[Indicator], st: _Statement, name: str) -> Indicator | None:
    """The result with no goal yet that a goal stated in a later sentence names (the same measure, in its unit, on
    its line or the next ones): the goal set for it."""
    for ind in reversed(out):
        if st.line_no - ind.line_no > _NEAR_LINES:
            return None
        if ind.target_raw is None and ind.actual_raw is not None and ind.actual.unit == st.value.unit \
                and ind.source_kind == "narrative" and _ACTUAL_LEAD.sub("", ind.name) == name:
            return ind
    return None


def narrative_indicators(doc: Document, year: int | None = None) -> list[Indicator]:
    out, taken = explicit_indicators(doc)
    # records stating a target and a result each (合格率：指标值≥95%，完成值97%): the report lists its indicators
    # there, so a list of goals with no result (年度目标：新建…36个，改造…150户) only restates them
    recorded = sum(i.target.value is not None and i.actual.value is not None for i in out) >= 2
    open_targets: list[Indicator] = []
    statements = _statements(doc, taken, year)
    if (goals := _goal_table_lines(doc)):
        # (a form's goals in sentences: their figures restate the indicator table's, which the gold alone labels)
        out = [i for i in out if i.line_no not in goals]
        statements = [st for st in statements if st.line_no not in goals]
    statements = _respectively(statements) if len(statements) > 1 else statements
    previous: _Statement | None = None
    made: dict[int, Indicator] = {}  # statement index -> the indicator made or completed from it
    for k, st in enumerate(statements):
        if st.dated is not None:
            out.append(Indicator(name=st.name, line_no=st.line_no, source_kind="narrative", target_raw=st.raw,
                                 actual_raw=st.dated, level1=st.level1, level2=st.level2))
            made[k] = out[-1]
            continue
        if not st.is_target and (at := st.name.find("实际")) > 0 and _HOW_MEASURED.fullmatch(st.name, 0, at) is not None:
            # 经问卷调查实际满意度为96.5%: how the result was measured, then 实际 and the measure answering the goal
            st = statements[k] = replace(st, name=st.name[at:])
        planned = _planned_then_actual(statements, k)
        if planned:
            st = replace(st, name=_PLAN_LEAD.sub("", st.name), is_target=True,  # (a bound kept: 不少于40场，实际46场)
                         value=Value(st.value.op if st.is_target and st.value.op else "=", st.value.value, st.value.unit))
        elif _planned_after(statements, k):
            # 安置就业困难人员312人，年度计划安置300人: the plan of the result just before it, no name of its own
            st = replace(st, name="", is_target=True, value=Value("=", st.value.value, st.value.unit))
        names = _split_names(st.name)
        if previous is not None and previous.sentence == st.sentence and len(names) == 1:
            names = [_with_actor(previous.name, names[0])]
        previous = st
        for name in names:
            if st.is_target:
                if not name and k and statements[k - 1].sentence == st.sentence:
                    # 接种率98.5%，目标值≥95%: a goal with no name of its own is that of the result just
                    # before it, in the same sentence and unit; 完成培训1620人次，目标1500人次: a count too,
                    # kept for it (alone it is no indicator)
                    j = k - 1
                    while j > 0 and statements[j - 1].sentence == st.sentence and not statements[j].is_target \
                            and statements[j].value.unit != st.value.unit:
                        j -= 1  # 完成改造32个，涉及居民4,680户，年度目标为30个: past a result in another unit
                    res, ind = statements[j], made.get(j)
                    if ind is None and not res.is_target and res.name and res.value.unit == st.value.unit:
                        ind = Indicator(name=_ACTUAL_LEAD.sub("", res.name) or res.name, line_no=res.line_no,
                                        source_kind="narrative", actual_raw=res.raw,
                                        actual=Value(None, res.value.value, res.value.unit),
                                        level1=res.level1, level2=res.level2)
                        out.append(ind)
                    if ind is not None and ind.target_raw is None and ind.actual.unit == st.value.unit:
                        ind.target_raw, ind.target = st.raw, st.value
                        made[k] = ind
                        continue
                # (a bound written as a sign, ≥4次, is a goal as 4次以上 is where a result of its measure follows:
                # a list of goals, then the results)
                if name and (res := _result_before(out, st, name)) is not None:
                    # …重复化解率85.2%。年初设定的重复化解率目标为80%以上。: the goal of the result just stated by its name
                    res.target_raw, res.target = st.raw, st.value
                    made[k] = res
                    continue
                if not name or not (st.in_indicator_line or st.value.unit == "%" or "以" in st.raw or "不" in st.raw
                                    or planned or _signed_with_result(statements, k)
                                    or st.raw[:1] in _BOUND_SIGNS and name[-1] not in _LIST_MARKS
                                    and _answered_later(statements, k, name)):
                    continue
                ind = Indicator(name=name, line_no=st.line_no, source_kind="narrative", target_raw=st.raw, target=st.value,
                                level1=st.level1, level2=st.level2)
                out.append(ind)
                open_targets.append(ind)
                made[k] = ind
                continue
            match = None
            if open_targets:
                rest = _ACTUAL_LEAD.sub("", name)
                # 实际达到96.5%, 实际每人650元, 实际支出58.2万元: the goal just stated
                bare = not rest or _PER_ONE.match(rest) is not None or (name.startswith("实际") and _verb_only(rest)) \
                    or _HOW_MEASURED.fullmatch(rest) is not None  # 经问卷调查（实际为）97.5%: how, no measure's name
                # 满意度≥90%，实际调查满意度为94.6%: 实际 and the measure's end answer the goal just stated
                # (so does 实际 and a unit per another, which names the measure: 补助标准1.2万元/场以内，实际平均补助1.15万元/场)
                # (and so does 实际 and an amount right after the goal, in its sentence: 成本控制在1500元以内，实际
                # 亩均投入1480元; a rate after 实际 names its own measure: 合格率≥90%，实际到课率94% is another)
                answers = name.startswith("实际") and bool(out) and (
                    len(rest) >= 2 and out[-1].name.endswith(rest[-2:]) or "/" in (st.value.unit or "")
                    or st.value.unit not in ("%", "‰") and k > 0 and statements[k - 1].sentence == st.sentence
                    and made.get(k - 1) is out[-1])
                if not answers and out and not bare and (how := _HOW_MEASURED.match(name)) is not None \
                        and how.end() and len(measure := name[how.end():]) >= 2 and out[-1].name.endswith(measure[-2:]):
                    # 满意度不低于90%，经抽样调查满意度为95.1%: how it was measured, then the measure's end, answers
                    # the goal just stated as 实际 would
                    answers = True
                # (a result naming nothing answers the goal just stated on its line or the next two, not one stated
                # a section above: …5.家长满意度≥90%。 then 二、支出情况 / …教育支出1331.57万元，占55.0%)
                near = not bare or not out or st.line_no - out[-1].line_no <= _NEAR_LINES
                # (a zero with no unit, 孕产妇死亡率为0, answers the goal of its name whatever the goal's unit: 20/10万)
                zero = st.value.unit is None and st.value.value == 0 and bool(rest)
                match = next((t for t in open_targets if t.actual_raw is None
                              and (st.value.unit == t.target.unit or _in_ten_thousands_of(t.target.unit, st.value.unit))
                              and ((bare and near or answers) and out and out[-1] is t or _similar(t.name, name))
                              or zero and t.actual_raw is None and _similar(t.name, name)), None)
            if match is not None:
                match.actual_raw, match.actual = st.raw, Value(None, st.value.value, st.value.unit)
                if match.level1 is None and match.level2 is None:
                    # a goal listed apart from the levels (二、绩效目标) and met under them (2.产出指标—数量指标：…)
                    match.level1, match.level2 = st.level1, st.level2
                made[k] = match
                continue
            if st.in_indicator_line and name:
                # the first time a 绩效指标 line names an indicator, it states its target
                ind = Indicator(name=name, line_no=st.line_no, source_kind="narrative", target_raw=st.raw,
                                target=Value("=", st.value.value, st.value.unit), level1=st.level1, level2=st.level2)
                out.append(ind)
                open_targets.append(ind)
                made[k] = ind
                continue
            # a result: a rate, anything on a 绩效指标 line, or a measure stated against its target; a name
            # that is only the verb reporting it (实际, 完成) names nothing
            rate = (st.value.unit in ("%", "‰") or st.value.unit is None and st.value.value == 0) \
                and V.RATE_NAME_END.search(_ABBREVIATION_AT_END.sub("", name) if name[-1:] in ")）" else name)
            # (a figure in 万 alone, no unit named, is no result but as the answer of its goal in 万: 收入26.4万，
            # 目标为20万元 is money)
            if not name or _ACTUAL_LEAD.fullmatch(name) or not (rate or st.in_indicator_line
                                                                or st.value.unit in _RESULT_ONLY and st.value.unit != "万"):
                continue
            if any(i.actual.value == st.value.value and (i.name in name or name in i.name) for i in out):
                continue  # the same result restated (满意率 … 综合满意率)
            # (完成道路改造85公里 / 实际使用率85%: the measure is named without the verb reporting it)
            out.append(Indicator(name=_RESULT_VERB_LEAD.sub("", name), line_no=st.line_no, source_kind="narrative",
                                 actual_raw=st.raw, actual=Value(None, st.value.value, st.value.unit),
                                 level1=st.level1, level2=st.level2))
            made[k] = out[-1]
    for k, ind in made.items():
        st = statements[k]
        if st.weight is not None and ind.weight is None:
            ind.weight = st.weight
        if st.score is not None and ind.score is None:
            ind.score = st.score
    if recorded and (plans := {id(ind) for k, ind in made.items() if statements[k].listed and ind.actual_raw is None}):
        out = [i for i in out if id(i) not in plans]
    return sorted(out, key=lambda i: i.line_no)  # explicit statements first found, then in document order


_CELLS = re.compile(r"[\t|]|\s{2,}| (?=\S)")  # a row's cells: bars, tabs or spaces between them
_HEADER_ROLES = ("level1", "level2", "name")
_GOAL_WORDS = ("总体目标", "预期目标", "年度目标")  # (every goal table's label or column holds one)


def _goal_cells(line: str) -> list[str]:
    return [k for c in _CELLS.split(line) if (k := key(c))]


def _goal_table_lines(doc: Document) -> set[int]:
    """The lines (1-based) of a form's goal table (V.GOAL_TABLE_LABELS / V.GOAL_TABLE_COLUMNS): from its label's
    line, a table's row or a cell alone, down to the indicators' header or a level (一级指标, 产出指标), at most
    V.GOAL_TABLE_LINES lines."""
    out: set[int] = set()
    for no in lines_holding(doc, _GOAL_WORDS):
        line = doc.lines[no]
        if no + 1 in out or not any(w in line for w in _GOAL_WORDS):
            continue
        cells = _goal_cells(line)
        if not (any(c in V.GOAL_TABLE_LABELS for c in cells)
                or all(any(c in words for c in cells) for words in V.GOAL_TABLE_COLUMNS)) \
                or any(INDICATOR_LABELS.get(c) in _HEADER_ROLES or level_of(c) for c in cells):
            continue
        for at in range(no, min(len(doc.lines), no + V.GOAL_TABLE_LINES)):
            if at > no and any(INDICATOR_LABELS.get(c) in _HEADER_ROLES or level_of(c)
                               for c in _goal_cells(doc.lines[at])):
                break
            out.add(at + 1)
    return out


_NAME_JOINT = re.compile(r"和|与|、|及(?!时)")


def _joined(name: str) -> bool:
    """Whether ``name`` holds a character _NAME_JOINT opens with (most names hold none: no split to run)."""
    return "和" in name or "与" in name or "、" in name or "及" in name


def _split_names(name: str) -> list[str]:
    """``及时受理率和按期办结率`` -> both; other names stay whole."""
    if not _joined(name):
        return [name]
    parts = _NAME_JOINT.split(name)
    if len(parts) > 1 and all(V.RATE_NAME_END.search(p) for p in parts):
        return parts
    return [name]


_split_names = per_text(_split_names)


def _with_actor(previous: str, name: str) -> str:
    """``责任单位受理率100%、及时受理率98%``: the second rate is also 责任单位's."""
    if len(name) < 2 or previous[-2:] != name[-2:]:
        return name  # a common ending shorter than two characters (most pairs: 率 at most)
    common = 0
    while common < min(len(previous), len(name)) and previous[-1 - common] == name[-1 - common]:
        common += 1
    prefix = previous[: len(previous) - common]
    if common >= 2 and prefix and _ACTOR_PREFIX.search(prefix) and not name.startswith(prefix) and len(name) > common:
        return prefix + name
    return name


def extract_indicators(doc: Document, forms: Forms, year: int | None = None) -> tuple[list[Indicator], TableTotals]:
    """The forms' indicator blocks; else a table flattened by PDF extraction; else running text (a report
    with an indicator table lists its indicators there: its running text only restates them). ``year``: the
    report's fiscal year (the goals of a later year's section are no results of it)."""
    found, totals = form_indicators(forms.indicators)
    if not found:
        found = flat_indicators(doc)
    if not found:
        found = narrative_indicators(doc, year)
    if found and (doc.open_end and _cut_by_the_end(doc, found[-1]) or _cut_in_a_closed_row(doc, found[-1])):
        found.pop()
    return found, totals


def _cut_by_the_end(doc: Document, ind: Indicator) -> bool:
    """An excerpt stops wherever its count runs out: where the text stops mid-line and its last cell (after the
    last space or bar, ``指标1.总体安``; or after the last bar or tab, its characters spread out: ``| 经 济 效``)
    ends with a row's name and the row has no value, the name is a piece cut short, no indicator. A name
    followed by a space, a bar or a cell is whole."""
    last = doc.lines[-1].rstrip() if doc.lines else ""
    if ind.line_no != len(doc.lines) or ind.target_raw or ind.actual_raw or ind.weight is not None \
            or ind.score is not None:
        return False
    name = compact(ind.name) or ""
    # (a longer last piece is a form run together on a line: its cells end where the rules read them)
    return bool(name) and any(len(piece) <= CUT_CELL_MAX and (compact(piece) or "").endswith(name)
                              for piece in (re.split(r"[ \t|]", last)[-1], re.split(r"[\t|]", last)[-1]))


# The end of a text whose rows close their cells with bars: the last cell and at most one empty cell after it
_BARRED_END = re.compile(r"(?:[ \t]*\|){1,2}[ \t]*$")


def _cut_in_a_closed_row(doc: Document, ind: Indicator) -> bool:
    """A text ending in a bar (``… | 社会效益指标 | 居民健康素养水 |``, or a cell a line, each closed by `` |``) whose last
    cell, or last but an empty one, is a row's name with no value: a layout that writes every cell, empty ones too,
    stops inside that row, its cells after the name missing; a page cut mid-cell closes the cell it cut, so the
    name is likelier a piece than whole. No indicator. (A row written whole has its empty cells after its name;
    a text closed by a space or a line break writes no empty cells, and its last name stays.)"""
    if doc.open_end or not doc.lines or "|" not in doc.lines[-1] or ind.line_no != len(doc.lines) \
            or ind.target_raw or ind.actual_raw or ind.weight is not None or ind.score is not None:
        return False
    last = doc.lines[-1]
    m = _BARRED_END.search(last)
    if m is None:
        return False
    name = compact(ind.name) or ""
    piece = last[: m.start()].rsplit("|", 1)[-1]
    return bool(name) and len(piece) <= CUT_CELL_MAX and (compact(piece) or "").endswith(name)


# --- forms ------------------------------------------------------------------------------------

# A date or a deadline (2023年12月, 2021年底, 11月底前, 10月) has no value to compare; a bare year
# (2023年) is a value, as the national forms write a 完成时间 target.
_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:\d|底|末|初|中|前|上半|下半)|(?<![\d个])\d{1,2}\s*月(?!份?\s*\d)"
                   r"|\d{1,2}\s*月(?:底|末|初|中|前|份)")


def _labels_of(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# the result's label in a combined cell: after a separator, or right after the target's figure (目标≥90%实际96.5%)
_COMBINED_ACTUAL = re.compile(rf"(?:[{re.escape(V.COMBINED_VALUE_SEPARATORS)}]|(?<=[\d%‰]))\s*"
                              rf"(?:{_labels_of(V.COMBINED_VALUE_LABELS['actual'])})\s*[:：]?\s*(?:为|是)?\s*")
_COMBINED_TARGET = re.compile(rf"^\s*(?:{_labels_of(V.COMBINED_VALUE_LABELS['target'])})\s*[:：]?\s*(?:为|是)?\s*")
_BARE_SPLIT = re.compile(r"[/,，;；]")


@per_text
def split_combined(text: str) -> tuple[str | None, str | None]:
    """(target, result) of a cell of the column holding both (目标值及完成情况): split at the result's label after a
    separator (目标≥90%，实际96.5%; 年度目标：≥3.5万平方米；完成：3.82万平方米; 目标值99%以上/实际99.6%), each label
    dropped; else at the one separator between two values written bare (≥99.5%/100%), the whole no value of its own
    (300/10万, ≥720元/人·年). A cell split neither way is the target's."""
    m = _COMBINED_ACTUAL.search(text, 1)
    if m is not None:
        target, actual = text[:m.start()], text[m.end():]
        if m.group()[:1] in "(（" and actual[-1:] in ")）":
            actual = actual[:-1]  # (the result in brackets after the target: ≥90%（实际96%）)
    else:
        parts = _BARE_SPLIT.split(text)
        if len(parts) == 2 and parse_value(text).value is None \
                and all(parse_value(p).value is not None for p in parts):
            target, actual = parts
        else:
            target, actual = text, ""
    if (lead := _COMBINED_TARGET.match(target)) is not None:
        target = target[lead.end():]
    return target.strip() or None, actual.strip() or None


def form_indicators(blocks: list[IndicatorBlock]) -> tuple[list[Indicator], TableTotals]:
    """Indicators of the forms' indicator blocks, read by column role (``forms.read_indicators``)."""
    out: list[Indicator] = []
    for block in blocks:
        for row in block.rows:
            cells = row.cells
            # the 度量单位 column, else a unit in brackets ending the name (高血压患者规范管理率（%） | 60 | 65)
            unit = _unit_cell(cells.get("unit")) or (_name_unit(row.name) if row.name[-1:] in ")）" else None)
            op = op_of(cells["nature"]) if cells.get("nature") else None
            target_raw, actual_raw = _value_text(cells.get("target")), _value_text(cells.get("actual"))
            if (both := _value_text(cells.get("combined"))) is not None:
                both_target, both_actual = split_combined(both)
                target_raw, actual_raw = target_raw or both_target, actual_raw or both_actual
            target = _form_value(target_raw, unit, op)
            actual = _form_value(actual_raw, unit, None)  # the 度量单位 column is the indicator's: its result's too
            if actual.value is None and actual_raw is not None and target.unit is not None \
                    and (one := value_in_unit(actual_raw, target.unit)).value is not None:
                actual = one  # 全年完成1320户，完成率110%: of the figures, the one in the target's unit
            actual = Value(None, actual.value, actual.unit)
            if actual.value is not None and actual.unit is None and target.unit == "%" and _fraction_of(target, actual_raw):
                actual = Value(None, round(actual.value * 100, 6), "%")
            if actual.value is not None and _change_only(actual_raw, row.name, target_raw):
                actual = Value(None, None, None)
            if row.name.endswith(_SHARE_NAMES):
                # a satisfaction's share above 100% is a scan's misreading (≥90% read 290%): no figure of it
                target, actual = _within_whole(target), _within_whole(actual)
            out.append(Indicator(
                name=row.name, line_no=row.line_no, source_kind="table", level1=row.level1, level2=row.level2,
                target_raw=compact(target_raw), actual_raw=compact(actual_raw),
                weight=_number(cells.get("weight"), _WEIGHT_NUMBER), score=_number(cells.get("score")), target=target,
                actual=actual))
    return out, table_totals(blocks)


# Measures that are a share of those asked, never above the whole (满意度 95%)
_SHARE_NAMES = ("满意度", "满意率")


def _within_whole(value: Value) -> Value:
    """``value``, unless a percentage above 100 (then no value: the figure was misread)."""
    return Value(None, None, None) if value.unit == "%" and value.value is not None and value.value > 100 else value


# A percentage cell a spreadsheet exported as its fraction (0.75, 1.00): a point, four places at most after it
_FRACTION_CELL = re.compile(r"0\.\d{1,4}|1\.0{1,4}")
_FRACTION_TARGET_MIN = 50  # (a lower bound or a value: 达标率 ≥90%; a rate kept low, ≤1%, may be 0.3 itself)


def _fraction_of(target: Value, actual_raw: str) -> bool:
    """Whether a result written bare under a percentage target (≥90% | 0.75) is the percentage as its fraction,
    as a spreadsheet's percent cell exports: a figure of 1 at most written with its point, the target a lower bound
    or a value of half or more (a small percentage's result, ≤1% | 0.3, is read as written)."""
    return target.value is not None and target.value >= _FRACTION_TARGET_MIN and target.op not in ("<=", "<") \
        and _FRACTION_CELL.fullmatch(actual_raw.strip()) is not None


def _change_only(actual: str, name: str, target: str | None) -> bool:
    """A result written as its change against the year before (较上年提高0.6个百分点, 同比增长4.2%) where the indicator is
    no change itself (草原综合植被盖度 | 稳中有升): the figure states no level of it. (An indicator that is the change
    names the year before in its name or target: 化肥使用量较上年, 部门公用经费 | ≤上年 | 较上年下降3.2%.)"""
    s = compact(actual) or ""
    if not ("上" in s or "去" in s or "同比" in s) or V.CHANGE_RESULT.match(s) is None:
        return False
    return not any(V.PREVIOUS_YEAR_WORDS.search(t) or "同比" in t for t in (name, target or ""))


def table_totals(blocks: list[IndicatorBlock]) -> TableTotals:
    """The stated totals of the first indicator block that has a total row."""
    block = next((b for b in blocks if b.total_score is not None), None)
    return TableTotals(weight=block.total_weight, score=block.total_score) if block else TableTotals()


def _value_text(text: str | None) -> str | None:
    if text is None or kind(text) in ("empty", "ph"):
        return None
    return text


def _unit_cell(text: str | None) -> str | None:
    s = compact(text) or ""
    return re.sub(r"[(（].*$", "", s) or None


def _form_value(text: str | None, unit: str | None, op: str | None) -> Value:
    if text is None:
        return Value(None, None, None)
    if text.rstrip()[-1:] in ")）" and (head := _before_dated_note(text)) is not None:
        text = head  # 98.5%（截至12月31日）: the figure, its date a note
    if _DATE.search(compact(text) or ""):
        return Value(None, None, None)
    v = parse_value(text)
    if v.value is None:
        return v
    if v.unit is None and text[-1:] in ")）" and (bracketed := _name_unit(text)) is not None:
        v = Value(v.op, v.value, bracketed)  # ≥95（%）: the unit in brackets after the figure, as after a name
    if v.unit is None and unit is not None and "." in text and (f := _POINTED_FIGURE.search(text)) is not None:
        # 人 | 1.200: the 度量单位 column's count unit makes a point before three digits a thousands mark
        v = Value(v.op, math.copysign(count_float(f.group(), unit), v.value), None)
    return Value(op or v.op, v.value, v.unit or unit)


_POINTED_FIGURE = re.compile(r"\d+(?:\.\d+)+")


def _before_dated_note(text: str) -> str | None:
    """The text before a bracketed note that alone holds the cell's date (98.5%（截至12月31日）, 36个(2023年12月)): the
    note says when the figure was taken, the figure stands. None when the date is elsewhere (2023年12月, 12月(完成)) or
    no figure stands before the note."""
    s = text.strip()
    at = max(s.rfind("("), s.rfind("（"))
    if at <= 0 or not _NOTE_DATE.search(s, at):
        return None
    head = s[:at].strip()
    if _DATE.search(compact(head)) or parse_value(head).value is None:
        return None
    return head


# a date in a note: a year, a month or a day after its figure (截至12月31日, 2023年底, 截止31日)
_NOTE_DATE = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*[月日号]")
