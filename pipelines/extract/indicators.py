"""Performance indicators (绩效指标) -> ``indicators`` rows.

Three ways reports state them, one rule each:
- ``table_indicators``: the national 自评表 (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分),
  as tab or ``|`` rows; merged level cells are blank and inherit from the rows above.
- ``flat_indicators``: the same kind of table flattened by PDF text extraction: an indicator
  name, its description lines, then ``预期值 完成值`` on one line (``≥15宗  ≥15宗``).
- ``narrative_indicators``: running text. A goal with a bound (``完成率达到90%以上``) and the same
  goal reported later (``完成率达到100%``) make one indicator; results without a target
  (``满意率达96.27%``) are kept when their name is a rate. Year-on-year changes, shares and
  budget execution rates are not indicators.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from pipelines.extract import vocabulary as V
from pipelines.extract.numbers import NUMBER_RE
from pipelines.extract.tables import Table
from pipelines.extract.targets import Value, bound_op, has_bound, parse_value
from pipelines.normalise import Document, compact


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


# --- tables -------------------------------------------------------------------------------

def _header_index(cells: list[str]) -> dict[str, int] | None:
    idx: dict[str, int] = {}
    for i, cell in enumerate(cells):
        c = compact(cell) or ""
        for role, labels in V.INDICATOR_COLUMNS.items():
            if role not in idx and any(c.startswith(label) for label in labels):
                idx[role] = i
                break
    return idx if "name" in idx and ("actual" in idx or "target" in idx) else None


def _level(cell: str) -> str | None:
    c = compact(cell) or ""
    if c in V.LEVEL1 or c in V.LEVEL2 or (c.endswith("指标") and len(c) <= 12):
        return c
    return None


def _number(cell: str | None) -> float | None:
    if cell is None or not re.fullmatch(r"\s*\d+(?:\.\d+)?\s*分?\s*", cell):
        return None
    return float(NUMBER_RE.search(cell).group(0))


def table_indicators(tables: list[Table]) -> tuple[list[Indicator], TableTotals]:
    out: list[Indicator] = []
    totals = TableTotals()
    for table in tables:
        header: dict[str, int] | None = None
        level1 = level2 = None
        for row in table.rows:
            if header is None:
                header = _header_index(row.cells)
                continue
            first = compact(next((c for c in row.cells if c.strip()), "")) or ""
            if first in V.TOTAL_SCORE_ROWS:
                nums = [_number(c) for c in row.cells[1:] if _number(c) is not None]
                if len(nums) >= 2:
                    totals = TableTotals(weight=nums[0], score=nums[1])
                elif nums:
                    totals = TableTotals(score=nums[0])
                header = None
                continue
            cells = list(row.cells)
            # leading blanks are merged cells; leading level labels update the levels
            while cells and not cells[0].strip():
                cells.pop(0)
            labels = []
            while cells and _level(cells[0]) is not None and len(labels) < 2:
                labels.append(_level(cells.pop(0)))
                while cells and not cells[0].strip() and len(labels) < 2 and any(c.strip() for c in cells):
                    # a blank second-level cell between a first-level label and the name
                    if _level(next(c for c in cells if c.strip())) is None:
                        break
                    cells.pop(0)
            level1, level2 = _levels(labels, level1, level2)
            if not cells or not cells[0].strip():
                continue  # a row of labels only, or an empty template row
            rest = _aligned(cells, header)
            target_raw, actual_raw = rest.get("target"), rest.get("actual")
            weight, score = _number(rest.get("weight")), _number(rest.get("score"))
            if not any(v and v.strip() for v in (target_raw, actual_raw)) and weight is None and score is None:
                continue
            name = re.sub(r"^\[bookmark:[^\]]*\]", "", compact(cells[0]) or "")
            out.append(Indicator(
                name=name, line_no=row.line_of(row.cells.index(cells[0]) if cells[0] in row.cells else 0),
                source_kind="table", level1=level1, level2=level2,
                target_raw=compact(target_raw), actual_raw=compact(actual_raw), weight=weight, score=score,
                target=parse_value(target_raw), actual=parse_value(actual_raw),
            ))
    return out, totals


def _levels(labels: list[str], level1: str | None, level2: str | None) -> tuple[str | None, str | None]:
    if len(labels) == 2:
        return labels[0], labels[1]
    if len(labels) == 1:
        label = labels[0]
        if label in V.LEVEL1 and (label not in V.LEVEL2 or level1 != "产出指标"):
            return label, None
        return level1, label
    return level1, level2


def _aligned(cells: list[str], header: dict[str, int]) -> dict[str, str]:
    """Cells from the name onwards, named by the header's column order."""
    base = header["name"]
    out = {}
    for role, i in header.items():
        j = i - base
        if j >= 0 and j < len(cells) and role != "name":
            out[role] = cells[j]
    return out


# --- flattened tables ------------------------------------------------------------------------

_VALUE_TOKEN = r"[≥≤<>]?\s*\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,3})?"
_PAIR_LINE = re.compile(rf"^(?P<t>{_VALUE_TOKEN})\s+(?P<a>{_VALUE_TOKEN})$")
_FUND_LINE = re.compile(r"^\d+(?:\.\d+)?$")
_TASK_LINE = re.compile(r"^任务\s*\d+")


def flat_indicators(doc: Document) -> list[Indicator]:
    lines = [line.strip() for line in doc.lines]
    start = next((i for i, line in enumerate(lines) if "\t" not in line and V.FLAT_INDICATOR_HEADER.search(line)), None)
    if start is None:
        return []
    out: list[Indicator] = []
    anchor = start
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if V.FLAT_INDICATOR_END.match(line):
            break
        tokens = line.split()
        if len(tokens) >= 3 and tokens[-1] == tokens[-2] and not NUMBER_RE.search(tokens[-1]):
            # 专款专用情况 专款专用情况 专款专用 专款专用: a text-only indicator on one line
            out.append(Indicator(name=tokens[0], line_no=i + 1, source_kind="table", target_raw=tokens[-2],
                                 actual_raw=tokens[-1]))
            anchor = i
            continue
        m = _PAIR_LINE.match(line)
        if m:
            name_at = _flat_name(lines, anchor, i)
            if name_at is not None:
                t, a = compact(m.group("t")), compact(m.group("a"))
                out.append(Indicator(name=lines[name_at], line_no=name_at + 1, source_kind="table",
                                     target_raw=t, actual_raw=a, target=parse_value(t), actual=parse_value(a)))
            anchor = i
        elif _FUND_LINE.match(line) or _TASK_LINE.match(line):
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
                and not re.search(r"[/*,，。;；]", line):
            return j
        before = line or before
    return None


# --- narrative --------------------------------------------------------------------------------

# A value with its unit: the anchor of a narrative statement; the words before it are parsed
# backwards from there (a left-to-right pattern with a lazy name is quadratic on long text).
_VALUE = re.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?\s*(?P<unit>{V.INDICATOR_UNITS})(?P<op2>{V.OP_SUFFIX})?")
_LAST_BREAK = re.compile(r"[\d%，,。；;:：()（）][^\d%，,。；;:：()（）]*$")
_HEAD = re.compile(rf"^(?P<name>.*?)\s*(?P<verb>(?:{V.INDICATOR_VERBS})?)\s*(?P<op1>{V.OP_PREFIX})?\s*$", re.S)
_CLAUSE = re.compile(r"[，,:：()（）]")
_SENTENCES = re.compile(r"[^。；;!?！？]+")
_ORG_LEAD = re.compile(r"^(?:我区|我局|我县|我市|我部门|我单位|本局|本单位|本部门|全区|全县|全市|[\u4e00-\u9fff]{1,8}?局(?=[\u4e00-\u9fff]{2,}))")
_ACTUAL_LEAD = re.compile(r"^(?:实际完成|实际|完成|其中|均|共|累计|全年实际)")
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


class _Depth:
    """Parenthesis depth at increasing positions of one text, in one pass overall."""

    def __init__(self, text: str):
        self.text, self.pos, self.depth = text, 0, 0

    def inside(self, pos: int) -> bool:
        for ch in self.text[self.pos: pos]:
            if ch in "(（":
                self.depth += 1
            elif ch in ")）" and self.depth:
                self.depth -= 1
        self.pos = max(self.pos, pos)
        return self.depth > 0


_CHANGE_TO = re.compile(r"(?:提高|提升|上升|增长|下降|降低|减少)(?:到|至)$")
_CHANGE_FROM = re.compile(r"(?P<name>[^，,。；;:：]*?)由[^，,。；;]*$")


def _statements(doc: Document) -> list[_Statement]:
    out: list[_Statement] = []
    sentence = 0
    for para in doc.paragraphs:
        if "\t" in para.text or para.text.lstrip().startswith("|"):
            continue
        indicator_line = bool(V.INDICATOR_LINE.match(para.text))
        depth = _Depth(para.text) if ("(" in para.text or "（" in para.text) else None
        for k, sent in enumerate(_SENTENCES.finditer(para.text)):
            sentence += 1
            s = sent.group(0)
            prev_end = 0
            for m in _VALUE.finditer(s):
                pos = sent.start() + m.start("num")
                window = s[prev_end: m.start("num")]
                prev_end = m.end()
                if depth is not None and depth.inside(pos):
                    continue
                brk = _LAST_BREAK.search(window)
                head = _HEAD.match(window[brk.start() + 1:] if brk else window)
                clause = _CLAUSE.split(window)[-1]
                name = _clean_name(head.group("name"))
                if not name and _CHANGE_TO.search(compact(window) or ""):
                    # 数字化率由上年度的78.9%提高到86.4%: the result is the second figure
                    frm = _CHANGE_FROM.search(s[: m.start()])
                    if frm is None:
                        continue
                    name, clause = _clean_name(frm.group("name")), ""
                if V.NOT_INDICATOR.search(clause) or V.NOT_INDICATOR.search(name):
                    continue
                op1 = head.group("op1")
                raw = compact((head.group("verb") or "") + (op1 or "") + m.group(0)) or ""
                unit = m.group("unit")
                bound = bool(op1 or m.group("op2")) or has_bound(raw)
                is_target = bound or bool(V.GOAL_WORDS.search(clause))
                value = Value(bound_op(op1 or m.group("op2") or raw) if is_target else None, float(m.group("num")), unit)
                out.append(_Statement(name=name, value=value, raw=raw, line_no=para.line_at(pos), sentence=sentence,
                                      is_target=is_target, in_indicator_line=indicator_line and k == 0))
    return out


def _clean_name(name: str) -> str:
    name = compact(name) or ""
    name = re.sub(r"^[、\d.]+", "", name)
    name = V.INDICATOR_LINE.sub("", name)
    name = re.sub(r"^(?:其中|目标要求|目标为|目标|要求|确保|力争|全年|本年度|本年|年内|当年)+", "", name)
    name = re.sub(r"(?:的?目标值?|的?目标要求|的?计划值?)$", "", name)
    name = re.sub(r"(?:均|都|已|分别|全部|总体|平均|也|仍)+$", "", name)
    name = _ORG_LEAD.sub("", name)
    return name


def _similar(a: str, b: str) -> bool:
    a2, b2 = _ACTUAL_LEAD.sub("", a), _ACTUAL_LEAD.sub("", b)
    if not a2 or not b2:
        return False
    if a2 in b2 or b2 in a2:
        return True
    return difflib.SequenceMatcher(None, a2, b2).ratio() >= 0.6


def narrative_indicators(doc: Document) -> list[Indicator]:
    out: list[Indicator] = []
    open_targets: list[Indicator] = []
    statements = _statements(doc)
    previous: _Statement | None = None
    for st in statements:
        names = _split_names(st.name)
        if previous is not None and previous.sentence == st.sentence and len(names) == 1:
            names = [_with_actor(previous.name, names[0])]
        previous = st
        for name in names:
            rate_like = bool(V.RATE_NAME_END.search(name))
            if st.is_target:
                if not name or not (st.in_indicator_line or st.value.unit == "%" or "以" in st.raw or "不" in st.raw):
                    continue
                ind = Indicator(name=name, line_no=st.line_no, source_kind="narrative", target_raw=st.raw, target=st.value)
                out.append(ind)
                open_targets.append(ind)
                continue
            bare = not _ACTUAL_LEAD.sub("", name)  # 实际达到96.5%: the goal just stated
            match = next((t for t in open_targets if t.actual_raw is None and st.value.unit == t.target.unit
                          and (bare and out and out[-1] is t or _similar(t.name, name))), None)
            if match is not None:
                match.actual_raw, match.actual = st.raw, Value(None, st.value.value, st.value.unit)
                continue
            if st.in_indicator_line and name:
                # the first time a 绩效指标 line names an indicator, it states its target
                ind = Indicator(name=name, line_no=st.line_no, source_kind="narrative", target_raw=st.raw,
                                target=Value("=", st.value.value, st.value.unit))
                out.append(ind)
                open_targets.append(ind)
                continue
            if not name or not (rate_like and st.value.unit == "%" or st.in_indicator_line):
                continue
            if any(i.actual.value == st.value.value and (i.name in name or name in i.name) for i in out):
                continue  # the same result restated (满意率 … 综合满意率)
            out.append(Indicator(name=name, line_no=st.line_no, source_kind="narrative", actual_raw=st.raw,
                                 actual=Value(None, st.value.value, st.value.unit)))
    return out


def _split_names(name: str) -> list[str]:
    """``及时受理率和按期办结率`` -> both; other names stay whole."""
    parts = re.split(r"和|与|、|及(?!时)", name)
    if len(parts) > 1 and all(V.RATE_NAME_END.search(p) for p in parts):
        return parts
    return [name]


def _with_actor(previous: str, name: str) -> str:
    """``责任单位受理率100%、及时受理率98%``: the second rate is also 责任单位's."""
    common = 0
    while common < min(len(previous), len(name)) and previous[-1 - common] == name[-1 - common]:
        common += 1
    prefix = previous[: len(previous) - common]
    if common >= 2 and prefix and _ACTOR_PREFIX.search(prefix) and not name.startswith(prefix) and len(name) > common:
        return prefix + name
    return name


def extract_indicators(doc: Document, tables: list[Table]) -> tuple[list[Indicator], TableTotals]:
    found, totals = table_indicators(tables)
    found += flat_indicators(doc)
    if not found:
        # a report with an indicator table lists its indicators there; running text only restates them
        found = narrative_indicators(doc)
    return found, totals
