"""The indicator block of the 自评表, decoded by a small Viterbi over the cells' kinds.

A row is ``[一级] [二级] 三级 [描述] [性质] [指标值] [单位] [完成值] [完成情况] [分值/得分…] [原因]`` in the
header's order; level cells appear only when they change (merged cells), a line break is only a hint
of a new row, empty template slots (指标2, ……) and labels merged across a row are skipped.
"""

from __future__ import annotations

import re
from operator import add

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.headers import line_span
from pipelines.extract.kinds import (FUNDS_LABELS, INDICATOR_LABELS, INF, ORDINAL, TEMPLATE_SLOT, WORDY, compact,
                                    joins_loose_part, key, kind, level_name, level_of, level_path, loose_part)
from pipelines.extract.memo import PerText, per_text
from pipelines.extract.numbers import parse_number, parted_joinings
from pipelines.extract.titles import is_form_heading, is_unit
from pipelines.model import Cell, Header, IndicatorBlock, IndicatorRow

_TOTALS = set(R.TOTAL_ROWS)
# the form's closing rows and its label -> value cells (自评得分 | 93) end the block
_ENDS = set(R.BLOCK_END) | set(R.REPORT_LABELS) | set(R.FORM_FOOTER) \
    | {lab for labels in R.FIELDS.values() for lab in labels if len(lab) >= 4}
# ``label：value`` in one cell (自评得分：86分, 注：…): the label is one of those that end the block
_LABELLED_ENDS = _ENDS | _TOTALS | set(R.NOTE_LABELS)
_SUBTOTALS = tuple(R.SUBTOTAL_ENDS)
_PARAGRAPH_MIN = 12  # shortest sentence read as running text after a table
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章部分节])")

# The first level that 数量/质量/时效/成本指标 sit under, as forms write it (产出指标, or short: 产出)
_OUTPUT_LEVEL1 = (None, "产出指标", "产出")


def block_end(cells: list[Cell], start: int, limit: int = 600) -> int:
    """Where an indicator block stops: its totals row, the form's closing rows, a section heading,
    running text, or another header."""
    n = min(len(cells), start + limit)
    ends_of = _ends_of
    for i in range(start, n):
        end, length = ends_of[cells[i].text]
        if end == _ENDS_BLOCK:
            return i
        if end == _SENTENCE and cells[i].row_start and _running_text(cells, i, length):
            return i
    return n


_ENDS_BLOCK, _SENTENCE = 1, 2
_OWNED_TOTAL = re.compile(r"(?:项目|部门|单位|整体|绩效指标|指标)?(?P<label>[^\d:]{2,6}?)(?::?\d{1,3}(?:\.\d+)?分?)?")
_TOTAL_ENDS = ("合计", "总计")  # (绩效指标合计 | | 90 | 86: the table's total, its owner named, no 分 in it)
_OPEN_CLAUSE = frozenset(",，、")  # what ends a cell whose sentence goes on


def _ends(text: str) -> tuple[int, int]:
    """(_ENDS_BLOCK for a cell that ends an indicator block by its text, _SENTENCE for a sentence that does if it
    is running text after the table, else 0; the length of its key)."""
    k = key(text)
    if k in _TOTALS or k in _ENDS or len(k) > 120:
        return _ENDS_BLOCK, len(k)
    if ("分" in k or k.endswith(_TOTAL_ENDS)) and (total := _OWNED_TOTAL.fullmatch(k)) is not None \
            and total.group("label") in _TOTALS:
        return _ENDS_BLOCK, len(k)  # 项目总得分98.6分 / 部门总分：95: the form's total, its owner named, a figure run in
    if _SECTION.match(k) and not level_of(k):  # (一、产出指标: a level written as a section row)
        return _ENDS_BLOCK, len(k)
    if ":" in k and ((label := k[: k.index(":")]) in _LABELLED_ENDS
                     # (the label's note in brackets before the colon: 自评得分(满分100分):95.5分)
                     or label.endswith(")") and "(" in label and label[: label.index("(")] in _LABELLED_ENDS):
        return _ENDS_BLOCK, len(k)
    return (_SENTENCE if "。" in k or "," in k else 0), len(k)


_ends_of = PerText(_ends)  # per distinct text: every cell of a block is asked (a pure test of its text)


def _running_text(cells: list[Cell], i: int, length: int) -> bool:
    """Cell ``i`` (a sentence: a full stop or a comma in it) is a paragraph after the table: alone on its
    line, right below a line of several cells (the table's rows laid a row a line, as pipe, tab and native
    rows are)."""
    line = cells[i].line_no
    if length < _PARAGRAPH_MIN or i == 0 or cells[i - 1].line_no == line \
            or (i + 1 < len(cells) and cells[i + 1].line_no == line) \
            or cells[i - 1].text.rstrip()[-1:] in _OPEN_CLAUSE:
        return False  # (after a cell its line leaves open, 2个站点选址冲突， / 已调整选址…: that cell's text wrapped)
    above, j = cells[i - 1].line_no, i - 1
    while j >= 0 and cells[j].line_no == above and i - j <= 3:
        j -= 1
    return i - j > 3  # three cells or more on the line above


# Emission costs of a cell kind in a column (lower is likelier); missing kinds cannot go there.
_EMIT: dict[str, dict[str, float]] = {
    "level1": {"level1": 0.0, "level": 0.0},
    "level2": {"level2": 0.0, "level": 0.2},
    # a level's points, after its label (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 …): not read
    "points": {"num": 0.0, "empty": 0.1, "ph": 0.3},
    "index": {"num": 0.0, "ord": 0.0},
    # the task a row's indicator serves (任务1 | 食品安全监管 …, the Guangdong form's first columns): not read
    # (or its funds: 任务涉及资金)
    "task": {"text": 0.5, "ord": 0.3, "oname": 1.0, "num": 0.5, "empty": 0.1, "ph": 0.3},
    "name": {"text": 0.0, "oname": 0.0, "value": 2.0, "num": 6.0, "unit": 4.0, "level2": 3.0},
    "desc": {"text": 1.5},
    # a column the header names but the rules do not read, between the name and the values (指标解释)
    "note": {"text": 0.5, "value": 1.0, "num": 1.0, "ph": 0.3, "empty": 0.1},
    "nature": {"op": 0.0, "empty": 0.2},
    "target": {"value": 0.0, "num": 0.3, "text": 1.2, "ph": 0.5, "empty": 0.3, "unit": 2.0, "oname": 6.0},
    "unit": {"unit": 0.0, "empty": 0.2},
    "actual": {"value": 0.0, "num": 0.3, "text": 1.2, "ph": 0.5, "empty": 0.3, "unit": 2.0, "oname": 6.0},
    # the target and its result in one cell (目标值及完成情况 | 目标≥90%，实际96.5%): a text holding both
    "combined": {"value": 0.3, "num": 0.5, "text": 0.3, "ph": 0.5, "empty": 0.3, "unit": 2.0, "oname": 6.0},
    "status": {"text": 0.8, "empty": 0.2, "ph": 0.3},
    "weight": {"num": 0.0, "ph": 0.5, "empty": 0.3},
    "score": {"num": 0.0, "ph": 0.5, "empty": 0.3},
    "other": {"num": 0.5, "value": 0.5, "text": 1.5, "empty": 0.1, "ph": 0.3},
    # a row's rate of completion (完成率 | 100%): a percent, as at home there as under the result, never words
    "ratio": {"value": 0.0, "num": 0.5, "empty": 0.1, "ph": 0.3},
    "reason": {"text": 1.0, "ph": 0.0, "empty": 0.0, "value": 1.5, "num": 2.5, "oname": 4.0},
}
_SKIP = {"level1": 0.0, "level2": 0.0, "points": 0.0, "index": 0.0, "task": 0.0, "name": 6.0, "desc": 0.0, "note": 0.3, "nature": 0.3, "target": 1.0,
         "unit": 0.3, "actual": 1.0, "combined": 1.0, "status": 0.3, "weight": 1.0, "score": 1.0, "ratio": 0.5, "other": 0.2,
         "reason": 0.2}
_ROW = 1.0  # starting a row
_TRAILING_SKIP = 0.6
_HINT = 2.0  # going against the layout's row hint
_JUNK = {"empty": 0.0, "ph": 1.0, "ord": 0.3}  # a cell left out of every row
_CONTINUED = 1.5  # a name or description broken into two cells (网格 | 员到岗率)
_JUNK_OTHER = 3.5
_BEAM = 12.0
# a second-level word (no …指标) right after a second-level cell, no name between them: a name (效果 |
# 履职效益 | 社会效益 | …, the national frame's third level), more likely than a second level with no
# indicators under it (an empty slot: 经济效益指标 | 社会效益指标 | …)
_LEVEL2_TWICE = 3.0
_LEVEL_KINDS = ("level1", "level2", "level")
_FORM_LEVEL1 = frozenset(R.LEVEL2_PARENT.values())  # the national forms' first levels
_FRAME_WORDS = R.FRAME_LEVEL1 | R.FRAME_LEVEL2
_FRAME_NAME = 1.5  # a framework's bare level word read as a name
_KNOWN_LEVEL2 = R.LEVEL2 | R.FRAME_LEVEL2
_UNKNOWN_LEVEL1 = 1.0  # an unknown "…指标" label read as a first level
_SHORT_LEVEL2 = frozenset(R.LEVEL2_IN_COLUMN)
_SHORT_LEVEL2_COST = 1.0  # a short satisfaction level (服务对象满意度) read as the second level
_LONE_NAME = 2.0  # a name opening on one character of words (量 | ≥30吨): the name before it wrapped, more likely
# A margin far above the rounding of a few additions of these costs (relative to their size): costs farther
# apart than this compare the same way after the same additions.
_ROUNDING = 1e-9


# A bare percent in the weight column (权重 | 20%: a weight written as its share of the whole): dearer than in
# the target or result column, where most percentages of a row stand.
_PERCENT_WEIGHT = 1.0
_BARE_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*%")


def _emit(cell_kind: str, role: str, small: bool) -> float:
    """A cell of this kind in this column; a weight or score is a number up to 100 (``small``), a weight also a
    share up to 100% (``small`` for a value: a bare percent)."""
    if role in ("weight", "score") and cell_kind == "num" and not small:
        return INF
    if role == "weight" and cell_kind == "value":
        return _PERCENT_WEIGHT if small else INF
    return _EMIT[role].get(cell_kind, INF)


_plans: dict[tuple[str, ...], dict] = {}  # per header columns: decode_rows' plans


def _cell_facts(text: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What ``decode_rows`` asks of a cell's text, whatever the columns: (small: no number above 100; piece: a
    framework's bare level word; an unknown "…指标" second level; a short second level's word (服务对象满意度);
    a level cell not ending in 指标; lone: one character of words, a name's last wrapped onto a line of its own)."""
    ck = kind(text)
    if ck == "num":
        small = (v := parse_number(text)) is not None and v <= 100
    else:  # (a value: whether it is a bare percent up to 100%, a weight's share)
        small = ck != "value" or _BARE_PERCENT.fullmatch(t := compact(text)) is not None and float(t[:-1]) <= 100
    piece = ck in _LEVEL_KINDS and compact(text) in _FRAME_WORDS
    unknown_level2 = ck == "level2" and level_name(compact(text)) not in _KNOWN_LEVEL2
    short_word = ck == "text" and compact(text) in _SHORT_LEVEL2
    level_unended = ck in _LEVEL_KINDS and not compact(text).endswith(("指标", "指标等"))
    lone = ck == "text" and len(t := compact(text)) == 1 and WORDY.match(t) is not None
    return small, piece, unknown_level2, short_word, level_unended, lone


# per distinct text: a block's cells ask again and again (levels, units, 100%, placeholders), across documents too
_cell_facts_of = PerText(_cell_facts)


def _emit_plan(columns: list[str], skip_prefix: list[float], ck: str, small: bool, words: int, name_col: int,
               level1_col: int, level2_col: int, fixed: str | None,
               empty_placed: bool = False) -> tuple[list, list, list]:
    """The columns a cell may go to, as ``decode_rows`` runs over them: (emits, after, at). ``emits`` are
    (j + 1, skip_prefix[j], cost) in column order, each column once; ``after[t]`` those after state t's
    column (a same row); ``at[t]`` the costs in state t's own column (a cell broken). An empty cell goes to no
    column unless ``empty_placed`` (its line keeps its place: ``_lined_empties``)."""
    if fixed is not None:
        pairs = [(columns.index(fixed), 0.0)]
    else:
        pairs = [] if ck == "empty" and not empty_placed \
            else [(j, e) for j, r in enumerate(columns) if (e := _emit(ck, r, small)) != INF]
        if words == 1:
            pairs = sorted([(j, e) for j, e in pairs if j != name_col] + [(name_col, _FRAME_NAME)])
        elif words == 2:
            pairs = sorted(pairs + [(level1_col, _UNKNOWN_LEVEL1)])
        elif words == 3:
            pairs = sorted(pairs + [(level2_col, _SHORT_LEVEL2_COST)])
    # (a lone character opens no name: dearer there, but as dear as any text going on with the name before it)
    opening = [(j, e + _LONE_NAME if j == name_col else e) for j, e in pairs] if words == 4 and fixed is None \
        else pairs
    emits = [(j + 1, skip_prefix[j], e) for j, e in opening]
    states = range(len(columns) + 1)
    after = [[x for x in emits if x[0] > t] for t in states]
    at = [[e for j, e in pairs if j + 1 == t] for t in states]
    return emits, after, at


def decode_rows(cells: list[Cell], columns: list[str],
                fixed: dict[int, str] | None = None, cut: bool = False,
                empties: bool = False) -> list[list[tuple[int, str]]]:
    """Viterbi over the cells: each cell goes to a column of the current row, starts a new row, or is
    left out. Returns the rows as (cell index, role) lists. ``fixed`` gives the column a cell stands in
    where its line lines up with the header (a level word under 三级指标 is a name, under 二级指标 a level);
    ``cut``: an excerpt's end cut the cells after the last one, so the last row's missing cells cost nothing;
    ``empties``: an empty cell may stand in a value column, holding its place (``_lined_empties``)."""
    n, k = len(cells), len(columns)
    if n == 0:
        return []
    kinds = [kind(c.text) for c in cells]
    filled = [x for x in kinds if x != "empty"]
    starts = sum(c.row_start for c, x in zip(cells, kinds) if x != "empty")
    hints = bool(filled) and starts / len(filled) <= 0.45  # several cells a line: the lines are rows
    level1_col = columns.index("level1") if "level1" in columns else -2
    level2_col = columns.index("level2") if "level2" in columns else -2
    name_col = columns.index("name") if "name" in columns else -2
    skip_prefix = [0.0]
    for r in columns:
        skip_prefix.append(skip_prefix[-1] + _SKIP[r])

    def skips(a: int, b: int) -> float:  # columns a..b-1 left empty
        return skip_prefix[b] - skip_prefix[a] if b > a else 0.0

    # The row ends after column s. A row of level cells only is a merged slot; a row cut short (an
    # excerpt's end, a name whose values were never filled in) loses its last cells, so those cost less
    # than a cell missing in the middle. Indexed s + 1 (s = -1: no row yet).
    closing = [0.0] + [0.0 if columns[s] in ("level1", "level2", "points") else _TRAILING_SKIP * skips(s + 1, k)
                       for s in range(k)]

    def close(s: int) -> float:
        return closing[s + 1]

    # state s: last column filled in the current row (-1: no row yet), stored at index t = s + 1
    best = [0.0] + [INF] * k
    backs: list[list[tuple[int, str]] | None] = []  # per cell: for each state, (previous state, action)
    # the back pointers from each state t, made once (a tuple per action, shared by the cells)
    junk_back = [(t - 1, "junk") for t in range(k + 1)]
    same_back = [(t - 1, "same") for t in range(k + 1)]
    new_back = [(t - 1, "new") for t in range(k + 1)]
    # a cell continues the name or description of state t (the same cell, broken)
    joins = [False] + [r in ("name", "desc", "task") for r in columns]
    level2_t = level2_col + 1
    # the columns a cell may go to, per (kind, small, what its words add) or fixed role: the same few for
    # every cell, and for every block under the same header columns
    plans = _plans.get(tuple(columns))
    if plans is None:
        if len(_plans) >= 256:
            _plans.clear()
        plans = _plans[tuple(columns)] = {}
    facts_of = _cell_facts_of
    placed = _empties_before_figures(kinds) if empties else None
    for i in range(n):
        cell, ck = cells[i], kinds[i]
        junk = _JUNK.get(ck, _JUNK_OTHER)
        # an empty cell is only ever left out: pages drop and add them freely
        small, piece, unknown_level2, short_word, level_unended, lone = facts_of[cell.text]
        short_level2 = False
        if piece and name_col >= 0:
            # a framework's bare level word is also a name (效益 | 项目效益 | 满意度 | ≥90% …)
            words = 1
        elif unknown_level2 and level1_col >= 0:
            # a "…指标" label the vocabulary does not know may be a first level (投入管理指标 | 预算执行)
            words = 2
        elif short_word and level2_col >= 0:
            # 服务对象满意度 between a first level and a name (满意度 | 服务对象满意度 | 学员满意度 | ≥90%): the
            # second level written short, a little likelier than the start of the name
            words = 3
            short_level2 = True
        elif lone and name_col >= 0:
            # one character of words (量, 率): the end of a name wrapped onto a cell of its own, not a name's start
            words = 4
        else:
            words = 0
        plan_key = fixed[i] if fixed and i in fixed and fixed[i] in columns and ck != "empty" else (ck, small, words)
        if placed is not None and placed[i]:
            plan_key = ("placed empty",)
        plan = plans.get(plan_key)
        if plan is None:
            plan = plans[plan_key] = _emit_plan(columns, skip_prefix, ck, small, words, name_col, level1_col,
                                                level2_col, plan_key if isinstance(plan_key, str) else None,
                                                plan_key == ("placed empty",))
        emits, after, at = plan
        if not emits and junk == 0.0:
            # only ever left out, at no cost (an empty cell): every state keeps its cost, so the beam drops
            # none either; None stands for each state's back pointer to itself ("junk")
            backs.append(None)
            continue
        new = [INF] * (k + 1)
        back: list[tuple[int, str]] = [(-2, "")] * (k + 1)
        hint_same = _HINT if hints and cell.row_start else 0.0
        hint_new = _HINT if hints and not cell.row_start else 0.0
        # (a framework's level word may also be the second line of a name: 培训茶农 / 满意度)
        continues = ck == "text" or piece
        bare = short_level2 or level_unended
        # Pruning, exact: placing the cell in column j from state s costs f_j(x) = x + skip_prefix[j] + e,
        # x being the state's ``same`` (same row) or ``opened`` (new row), and f_j is monotone. A new row from
        # the state with the least ``opened`` reaches every column (a state adding _LEVEL2_TWICE aside: not
        # counted), as a same row from an earlier state reaches every column a later one does; a state whose x
        # is above theirs by more than rounding loses every column to them, so its loop is not run. (Only
        # dearer candidates are dropped: the cheapest, and the first of equal ones, win as before.)
        if emits:
            # (the least ``opened``, added up as in the loop below; INF stays INF)
            least = min(c for s, c in enumerate(map(add, best, closing)) if s != level2_col + 1) \
                if bare and level2_col >= 0 else min(map(add, best, closing))
            reach = least + _ROW + hint_new
            # (every cost compared here is within a few dozen of ``reach``, or above it and dropped)
            tol = _ROUNDING * (abs(reach) + 100.0)
            reach += tol
            reach_same = reach
        # (t: the state's index; an emit is (j + 1, skip_prefix[j], e) for column j, the sums added in the
        # plain order: same + skip_prefix[j] + e)
        for t, cur in enumerate(best):
            if cur == INF:
                continue
            if cur + junk < new[t]:  # left out
                new[t], back[t] = cur + junk, junk_back[t]
            if not emits:
                continue
            same = cur + hint_same - skip_prefix[t]
            if same <= reach_same and t:
                for j1, skip, e in after[t]:  # (the columns after the state's)
                    c = same + skip + e  # same row
                    if c < new[j1]:
                        new[j1], back[j1] = c, same_back[t]
                if same + tol < reach_same:
                    reach_same = same + tol
            if continues and joins[t]:
                for e in at[t]:  # the same cell, broken
                    c = cur + _CONTINUED + e + hint_same
                    if c < new[t]:
                        new[t], back[t] = c, same_back[t]
            opened = cur + closing[t] + _ROW + hint_new
            if opened <= reach:
                for j1, skip, e in emits:
                    c = opened + skip + e
                    if bare and j1 == t and j1 == level2_t:  # (bare first: false for nearly every cell)
                        c += _LEVEL2_TWICE
                    if c < new[j1]:
                        new[j1], back[j1] = c, new_back[t]
        # a state far behind the best never catches up (a cell costs at most a few points): drop it
        floor = min(new) + _BEAM
        best = [c if c <= floor else INF for c in new]
        backs.append(back)
    # end: close the last row
    final = [best[s + 1] + (0.0 if cut else close(s)) for s in range(-1, k)]
    s = min(range(-1, k), key=lambda x: final[x + 1])
    assignment: list[tuple[int, int, str]] = []  # (cell, column, action)
    for i in range(n - 1, -1, -1):
        back = backs[i]
        if back is None:
            continue  # a cell left out, the state unchanged
        prev, action = back[s + 1]
        if action in ("same", "new"):
            assignment.append((i, s, action))
        s = prev
    assignment.reverse()
    rows: list[list[tuple[int, str]]] = []
    for i, j, action in assignment:
        if action == "new" or not rows:
            rows.append([])
        rows[-1].append((i, columns[j]))
    return rows


_FIGURE_KINDS = frozenset(("num", "value", "ph"))


def _empties_before_figures(kinds: list[str]) -> list[bool]:
    """Per cell: an empty cell whose next cell holding something is a figure (≥25个 | / | / 10 |: the empty one holds
    the place of a value of its row). One before the next row's name, or at the end, holds none: it is left out, as
    elsewhere (and the decoding spends nothing on it)."""
    out, after = [False] * len(kinds), None
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == "empty":
            out[i] = after in _FIGURE_KINDS
        else:
            after = kinds[i]
    return out


def _lined_empties(body: list[Cell]) -> bool:
    """Whether the block's empty cells keep their places: the rows laid one cell a line (``text |``, a lone ``|``
    the empty cell between: ≥25个 | / | / 10 | / 9 |), every cell on a line of its own. Elsewhere pages drop and
    add empty cells freely (merged cells, a row's trailing pipes), and an empty cell is only ever left out."""
    if not any(not c.text for c in body):
        return False
    return all(a.line_no != b.line_no for a, b in zip(body, body[1:]))


def read_indicators(cells: list[Cell], header: Header, limit: int | None = None,
                    open_end: bool = False, mid_cell: bool = False,
                    lines: list[str] | None = None) -> tuple[IndicatorBlock, int]:
    """The rows under an indicator header, up to the block's end (or ``limit``, where another header starts);
    ``open_end``: the text stops mid-line (an excerpt), so a block running into its end was cut there;
    ``mid_cell``: it stops inside its last cell (no bar or space closes it); ``lines``: the document's lines, the
    cells' source (a line whose cells a tab or a bar bounds holds no figure a space parted)."""
    end = block_end(cells, header.end)
    if limit is not None:
        end = min(end, limit)
    end = _before_headings(cells, header.end, end)
    body = _vertical_levels(_without_page_breaks(cells[header.end:end], cells[header.start:header.end]))
    if _space_laid(body, lines):
        # (a PDF's text of narrow columns: the rows' cells parted by spaces, their pieces wrapped onto other lines)
        body = _spaced_levels_joined(_names_around_figures(_wrapped_rows(body, lines)), lines)
    body = _join_broken_levels(body)
    body = _split_glued_weights(_attach_loose_parts(_mend_bare_numbers(_without_captions(body)), header.columns),
                                header.columns)
    body = _joined_parted_figures(_split_glued_points(body, header.columns), header.columns, lines)
    cut = open_end and end == len(cells)
    body = _with_name_tails(body, cut)
    block = IndicatorBlock(header, [])
    level1 = level2 = None
    if "level1" not in header.columns or not header.labels[header.columns.index("level1")]:
        level1 = _level_row_above(cells, header.start)  # (a header with no first-level column of its own)
    lined = _level_columns(cells, header, body, lines)
    bound_cut = cut and bool(body) and "target" in header.columns and kind(body[-1].text) == "op"
    if bound_cut:
        # the excerpt ends on a target's bound, its figure cut off (部门预算执行率 / ≥): the bound opens the row's
        # target, so the text before it is that row's name, not the row before's reason; the bound itself says nothing
        lined = {**(lined or {}), len(body) - 1: "target"}
    for row in decode_rows(body, header.columns, lined, cut, _lined_empties(body)):
        got: dict[str, str] = {}
        lines: dict[str, int] = {}
        for i, role in row:
            if bound_cut and i == len(body) - 1:
                continue
            if cut and mid_cell and i == len(body) - 1 and _cut_figure(body[i].text, role, header.columns):
                continue
            text = body[i].text.strip()
            if role in got and role in ("desc", "name"):
                got[role] += text
            elif role not in got:
                got[role] = text
                lines[role] = body[i].line_no
        l1 = level_name(compact(got.get("level1", "")) or "") or None
        l2 = level_name(compact(got.get("level2", "")) or "") or None
        if (path := level_path(l2 or l1 or "")) is not None and not (l1 and l2):
            l1, l2 = path  # 产出指标—数量指标: both levels in the one level cell of the row
        if l1 and not l2 and l1 in R.OUTPUT_LEVEL2 and level2 and level1 in _OUTPUT_LEVEL1 \
                and not (lined and any(lined.get(i) == "level1" for i, _ in row)):
            # 成本指标 after 数量/质量/时效指标 (older forms, or a lost first-level cell) is a second-level cell,
            # unless the header above it puts it in the first level's column (满意度指标, 效益指标 never are)
            l1, l2 = None, l1
        if l1 and not l2 and level2 and level1 in R.FRAME_SATISFACTION.get(l1, ()) and "level2" in header.columns \
                and not (lined and any(lined.get(i) == "level1" for i, _ in row)):
            # 效益 | 社会效益 | … then 满意度 | 受益群众满意度 | …: the effects' satisfaction, their second level
            l1, l2 = None, l1
        if l1:
            # a new first level opens without a second, but for the block's first one printed below rows of its own
            # (a PDF prints a merged cell mid-span) and one written again on each of its rows (产出指标 | 数量指标 | …
            # over 产出指标 | | …): the second level of those rows goes on
            if not block.rows or level1 is not None and l1 != level1:
                level2 = None
            level1 = l1
        if l2:
            level2 = l2
            if not l1 and level1 in _FORM_LEVEL1 and (parent := R.LEVEL2_PARENT.get(l2)) is not None:
                level1 = parent  # a first level carried down from rows of another (产出指标 … | 社会效益指标)
        name = _clean_name(got.get("name", ""))
        if (":" in name or "指标" in name) and (lead := _level_lead(name)) is not None:
            # 数量指标：培训人数 / 产出指标数量指标培训人数: the row's levels and its name in one cell
            labels, name = lead
            if len(labels) == 2:
                level1, level2 = labels  # (both levels in order: 满意度指标 first is the first level)
            elif level_of(label := labels[0]) == "level1" or level_of(label) == "level" and not l1 and level1 is None:
                level1, level2 = label, None
            elif not l2:
                level2 = label
        values = [compact(got.get(r)) for r in ("target", "actual", "combined", "weight", "score")]
        filled = [v for v in values if v and kind(v) not in ("empty", "ph")]
        if not filled and not l2 and name + "指标" in R.LEVEL2:
            level2 = name  # a section row of the second level written short (服务对象满意度 | / | / |): as written
            continue
        if level1 in R.PROCESS_LEVEL1 and not any(v and kind(v) not in ("empty", "ph") for v in values[:3]):
            continue  # a criterion of the process, scored with no target or result (决策 | 项目立项 | 立项依据充分性 | 5 | — | — | 5)
        if not name or (not filled and (TEMPLATE_SLOT.match(name) or len(name) <= 2)):
            continue  # an empty template slot (指标2, ……), or a cell cut short
        if not filled and name[-1:] == "指" and name + "标" in _LEVELS:
            continue  # a level label cut before its last character (社会效益指): no name
        if name == "指标":
            continue  # a level label's wrapped last piece read as a name (时效 / 指标 底前 上旬): no indicator
        if len(name) < 2 or not WORDY.search(name):
            continue  # a stray mark of OCR ($, 工): not a name
        if "." in name and V.ATTACHMENT_NAME.search(name):
            continue  # an attachment's link after the table (附件2-自评表.docx (下载次数: 37)): no row of it
        if filled and all(v == name for v in filled):
            continue  # a label merged across the row (预算执行率 | 预算执行率): not an indicator
        if _label_over_levels(body, row[0][0]):
            continue  # the form's own line below its indicators (the Hebei form's 预算执行率 line): not an indicator
        if not l1 and not l2 and _budget_rate_line(name, level1, level2):
            continue  # that line written otherwise: cut after its label (预算执行率 | 预算执行率), or its points alone
        if _points_label(name) or any(_points_label(compact(got.get(r))) for r in _VALUE_CELLS):
            continue  # a line of points and their labels (资金执行分值 | 10 | 得分 | 9.7; 分值 | 10): no indicator
        if name.endswith(_SUBTOTALS):
            continue  # a subtotal of the rows above (小计, 产出指标小计): the rows below go on
        if not filled and R.LEVEL_POINTS.match(name):
            continue  # a level's points on a line of their own (产出指标 / (50分)), read into no column: no name

        if block.rows and (last := block.rows[-1]).cells == got and last.name == name \
                and (last.level1, last.level2) == (level1, level2) and filled:
            continue  # the row before written again, the first of a new page repeating the last of the one before
        block.rows.append(IndicatorRow(level1=level1, level2=level2, name=name,
                                       line_no=lines.get("name", body[row[0][0]].line_no), cells=got))
    _levels_printed_mid_span(block.rows)
    # the totals row, right at the end or after the form's closing cells (其他需要说明事项 | 无 | 总分 | …)
    at = next((j for j in range(end, min(len(cells), end + 8)) if key(cells[j].text) in _TOTALS), None) \
        if end < len(cells) and key(cells[end].text) in _ENDS | _TOTALS else None
    if at is not None:
        block.total_label = key(cells[at].text)
        nums: list[float] = []
        # (the full marks again under each level's points: 合计 | 100 | | 100 | | 100 | | | 93.5, the last two the
        # weight's and the score's)
        figures = 2 + header.columns.count("points")
        parted = _parted_total(cells, at, figures)
        if parted is None and (parted := _glued_total(cells, at, figures, header.columns, block.rows)) is not None:
            parted += cells[at + 2: at + 3]  # (the cell after the figure parted: the grade, 总分 | 10096 | 优)
        # the rows' weights written as shares (权重 | 15%): the total's full weight too (合计 | 100% | 99)
        shares = any(r.cells.get("weight", "").endswith("%") for r in block.rows)
        blank_after = False  # a placeholder after the row's first figure, on its line (总分 | 100 | / |: no score written)
        row_cells = parted or cells[at + 1: at + 16]
        # the row cut by the text's end (总分 | 100 |, nothing after it): a figure is missing, not a cell
        cut = not parted and at + 16 >= len(cells)
        for c in row_cells:
            text = _bare_number(c.text)  # (OCR's 95.5． / 1 00 too)
            kk = kind(text)
            if kk == "num" and len(nums) < figures:
                nums.append(float(parse_number(text)))
                block.total_line = c.line_no
            elif kk in ("empty", "ph") or not nums and "分" in text and _names_points(text):
                blank_after = blank_after or kk == "ph" and len(nums) == 1 and c.line_no == block.total_line
                continue  # (a cell naming the figures after it: 总分 | （得分/分值） | 96.4 | 100)
            elif shares and kk == "value" and len(nums) < figures and _BARE_PERCENT.fullmatch(t := compact(text)):
                nums.append(float(t[:-1]))
                block.total_line = c.line_no
            else:
                cut = False
                if nums and (grade := key(c.text)) in R.GRADE_WORDS:
                    block.total_grade = grade  # 总分 | 100 | 96 | 优 (its band after it or not: 优秀（90分及以上）)
                break
        if len(nums) >= 2:
            block.total_weight, block.total_score = nums[-2], nums[-1]
            if _score_first(header.columns):
                block.total_weight, block.total_score = nums[-1], nums[-2]  # (得分 | 分值: the row as its header)
        elif nums and (blank_after or cut and nums[0] <= 100) and "score" in header.columns and "weight" in header.columns \
                and not _score_first(header.columns):
            # (分值 | 得分 with the score left blank, or cut off by the text's end: the figure is the full marks)
            block.total_weight = nums[0]
        elif nums:
            block.total_score = nums[0]
    return block, end


def _level_row_above(cells: list[Cell], start: int) -> str | None:
    """The first level a row of its own names right above a header with no first-level column (一、产出指标（50分） |
    | | over 指标 | 分值 | 目标值 …, the header written again under each level's row): the level of the rows under
    that header; None when the line above holds anything else."""
    if start == 0:
        return None
    at = start - 1
    line = cells[at].line_no
    while at > 0 and cells[at - 1].line_no == line:
        at -= 1
    if not cells[at].row_start or any(kind(c.text) != "empty" for c in cells[at + 1:start]):
        return None
    label = level_name(compact(cells[at].text) or "")
    return label if label in R.LEVEL1 else None


def _score_first(columns: list[str]) -> bool:
    """The header writes its score column before its weight column (得分 | 分值)."""
    return "score" in columns and "weight" in columns and columns.index("score") < columns.index("weight")


def _names_points(text: str) -> bool:
    """A cell naming a total row's figures by their columns' labels, in brackets or not ((得分/分值), 分值、得分)."""
    words = (compact(text) or "").strip("()（）[]【】").replace("、", "/").split("/")
    return all(INDICATOR_LABELS.get(w) in _POINTS_ROLES for w in words)


def _before_headings(cells: list[Cell], start: int, end: int) -> int:
    """A block's end moved above the headings right above it (附件2 / …绩效自评表 / (2023年度), each a cell alone on its
    line): a second form on the page opens there, and its headings are no rows of the form above."""
    at = end
    while at > start and _heading_cell(cells, at - 1):
        at -= 1
    if start < at < end and _alone(cells, at - 1) and is_unit(compact(cells[at - 1].text)):
        at -= 1  # (the title's upper line, its unit: 某县某局 / 2021年度项目支出绩效自评表)
    return at


def _alone(cells: list[Cell], i: int) -> bool:
    """Cell ``i`` is alone on its line."""
    return line_span(cells, i) == (i, i + 1)


def _heading_cell(cells: list[Cell], i: int) -> bool:
    return _alone(cells, i) and is_form_heading(cells[i].text)


_RATE_LABELS = frozenset(k for k, role in FUNDS_LABELS.items() if role == "rate")
_VALUE_CELLS = ("target", "actual", "combined")
_POINTS_ROLES = frozenset(("weight", "score"))


def _points_label(text: str) -> bool:
    """Whether a row's cell is the label of the weight's or the score's column (分值, 得分, 权重)."""
    return INDICATOR_LABELS.get(text) in _POINTS_ROLES


def _budget_rate_line(name: str, level1: str | None, level2: str | None) -> bool:
    """A row named by the funds' execution rate (预算执行率), no level cell of its own, under the satisfaction level
    carried down from the rows above: the form's own line after its indicators (the Hebei form's 预算执行率 | 10 | 9.77,
    its points; or cut after its label written twice), no indicator of satisfaction."""
    return name in _RATE_LABELS and (level1 in R.SATISFACTION_LEVELS or level2 in R.SATISFACTION_LEVELS)


def _label_over_levels(body: list[Cell], i: int) -> bool:
    """A row opening at cell ``i`` on one label written twice, no level, then a text of its own (预算执行率 | 预算执行率 |
    预算执行进度 | >= | 95 …): a label merged across the level columns, a line of the form outside its levels. (A name
    merged across the name's and the description's columns, 培训人数 | 培训人数 | ≥100人, has no text after it.)"""
    if i + 2 >= len(body) or (i and body[i - 1].line_no == body[i].line_no) \
            or not body[i].line_no == body[i + 1].line_no == body[i + 2].line_no:
        return False
    first = compact(body[i].text)
    # (a level written in a level column's words merged across both, 服务对象满意度 | 服务对象满意度 | 某某满意度, is a level)
    return first == compact(body[i + 1].text) and kind(first) == "text" and first not in R.LEVEL2_IN_COLUMN \
        and kind(body[i + 2].text) == "text"


def _levels_printed_mid_span(rows: list[IndicatorRow]) -> None:
    """The block's first rows, above its first level's label, under that level: a PDF's text prints a merged cell's
    label on the middle row it spans (rows / 产出指标 row / rows), unless a second level of theirs belongs to another
    first level. Their second level likewise, when the first rows have none: the first second-level label below
    them, under the same first level."""
    first = next((k for k, r in enumerate(rows) if r.level1 is not None), 0)
    if first == 0:
        return
    level1 = rows[first].level1
    if any(r.level2 in R.LEVEL1 or (R.LEVEL2_PARENT.get(r.level2) or R.FRAME_LEVEL2_PARENT.get(r.level2, level1))
           != level1 for r in rows[:first]):
        return  # rows of another first level (数量指标 rows, then 效益指标: the form wrote no 产出指标)
    for r in rows[:first]:
        r.level1 = level1
    second = next((k for k, r in enumerate(rows) if r.level2 is not None), 0)
    if second > 0 and all(r.level1 == level1 for r in rows[:second + 1]):
        for r in rows[:second]:
            r.level2 = rows[second].level2


_LINED_ROLES = ("level1", "level2", "name")
# A short cell of words, no figure: a level's or a name's (not a sentence, not a value)
# (a name may open on a quote: “三公”经费控制率)
_NAME_LIKE = re.compile(r"^\s*[“\"‘「]?[\u4e00-\u9fff][^\d%％。；;，,]{1,11}\s*$")


def _word_cell(text: str) -> bool:
    """A short cell of words (_NAME_LIKE), a level's points and section number aside (部门管理（40分）, 一、投入): what a
    level column of a grid's row holds."""
    return _NAME_LIKE.match(text) is not None or _NAME_LIKE.match(level_name(compact(text) or "")) is not None


# The value columns a lined-up row's cell stands in by its place alone (the header decides: a result under
# 实际完成值 with its target left empty is no target, a lone figure under 分值 no score).
_LINED_VALUES = ("nature", "target", "unit", "combined", "actual", "weight", "score")
_GROUP_CELLS = frozenset(R.INDICATOR_GROUPS)


# The forms' first levels that are never a second (产出指标, 履职效能; not 满意度指标, nor a framework's 效果), and their
# second levels that are never a first (数量指标, 社会效益指标; not 成本指标)
_FIRST_ONLY = frozenset(R.LEVEL1 - R.LEVEL2)
_SECOND_ONLY = frozenset(R.LEVEL2 - R.LEVEL1)


_MISFIT = 4.0  # a cell of a kind its column never holds, in ``_fit`` (dearer than any kind it does hold)


def _fit(roles: list[str | None], body: list[Cell], i: int, j: int, shift: int) -> float:
    """How well the line ``body[i:j]``, shorter than the header's, fits the header's columns with its first cell under
    column ``shift`` (the cells before left out: merged cells on the left; those after: trailing columns a page
    drops, its reason left empty): the cells' costs in their columns, and the columns left out at the end. A column
    the header names for no role (a group's, 绩效指标) holds no words."""
    cost = 0.0
    for p in range(i, j):
        role, text = roles[p - i + shift], body[p].text
        ck = kind(text)
        if ck == "empty":
            continue
        e = _emit(ck, role, _cell_facts_of[text][0]) if role in _EMIT else INF
        cost += min(e, _MISFIT)
    return cost + sum(_SKIP.get(r, 0.0) for r in roles[j - i + shift:])


def _laid_row(cells: list[Cell], header: Header, at: int, body: list[Cell]) -> tuple[int, int, int] | None:
    """Where the cells stand one a line (``text |``, a lone ``|`` an empty cell) the header's row of labels [a, b)
    holding header cell ``at``, from the layout's row start (not before the header's start), and the body's empty cells that
    end that row (its last column unnamed, left empty). None where a line of the header holds more than its cell,
    no row start opens it, or the body's cells are not laid one a line either."""
    a = at
    while a > header.start and not cells[a].row_start:
        a -= 1
    if not cells[a].row_start or not _lined_empties(body) \
            or any(x.line_no == y.line_no for x, y in zip(cells[a:header.end], cells[a + 1:header.end])):
        return None
    lead = 0
    while lead < len(body) and not body[lead].text and not body[lead].row_start:
        lead += 1
    return a, header.end, lead


def _laid_rows(body: list[Cell], lead: int, width: int) -> tuple[list[tuple[int, int]], bool]:
    """The body's rows where its cells stand one a line: from each row start the layout marks to the next; where it
    marks none (every row's cells written, its empty ones as a lone ``|``, no blank line between rows), every
    ``width`` cells, the header's row's count, up to the first row start (the totals' row): then True."""
    rows: list[tuple[int, int]] = []
    i = lead
    if i < len(body) and body[i].row_start:
        while i < len(body):
            j = i + 1
            while j < len(body) and not body[j].row_start:
                j += 1
            rows.append((i, j))
            i = j
        return rows, False
    while i < len(body):
        j = min(i + width, len(body))
        if any(c.row_start for c in body[i + 1:j]):
            break
        rows.append((i, j))
        i = j
    return rows, True


_LEAD_FIGURES = frozenset(("num", "value", "op", "ph"))
_ROW_TAIL_ROLES = frozenset((None, "reason", "note", "desc", "other", "status"))


def _leading_levels(body: list[Cell], i: int, j: int, roles: list[str | None], both: bool) -> list[tuple[int, str]]:
    """The cells opening the row [i, j) before its first figure that are its levels and its name, with their columns:
    first level, second level, name; or second level and name, after the first level's empty cell or none (a page
    dropping it). Only where the header's first columns are the two levels and the name and its next a value's, and
    one of the levels is a word of no level of the vocabulary (known ones the decoding reads by their kind)."""
    if not both or len(roles) < 4 or roles[3] not in _LINED_VALUES:
        return []
    empty = 0  # (the first level's merged cell written empty, the second's too)
    while empty < 2 and i + empty < j and not body[i + empty].text.strip():
        empty += 1
    a = i + empty
    # (the cells after the name fill the header's columns after it, but for those closing the row that may be left
    # out, its reason: a word a target or a result holds, 到位 | 到位 | 100% | 20, is no name before its figures)
    after = roles[3:]
    core = len(after)
    while core and after[core - 1] in _ROW_TAIL_ROLES:
        core -= 1
    for lead in ((3, 2) if not empty else (3 - empty,)):
        if lead < 2 or not core <= j - a - lead <= len(after):
            continue
        name = body[a + lead - 1].text
        if kind(body[a + lead].text) in _LEAD_FIGURES and _NAME_LIKE.match(name) and kind(name) == "text" \
                and all(_word_cell(body[p].text) for p in range(a, a + lead - 1)) \
                and any(kind(body[p].text) == "text" for p in range(a, a + lead - 1)) \
                and not any(_misplaced(role, body[p].text, True) for p, role in zip(range(a, a + lead), roles[3 - lead:])):
            return list(zip(range(a, a + lead), roles[3 - lead:3]))
    return []


def _counted_rows_line_up(body: list[Cell], rows: list[tuple[int, int]], roles: list[str | None]) -> bool:
    """Rows cut by the header's count of cells (``_laid_rows``) all line up with it: each whole one a name under its
    name's label and no figure under a level's or the name's (a row cut short, the last, aside)."""
    at = roles.index("name")
    whole = [(i, j) for i, j in rows if j - i == len(roles)]
    return len(whole) >= len(rows) - 1 and bool(whole) and all(
        kind(body[i + at].text) == "text"
        and not any(_misplaced(roles[p - i], body[p].text, False) for p in range(i, j)) for i, j in whole)


def _misplaced(role: str | None, text: str, levels: bool) -> bool:
    """A cell that cannot stand under the header's label its line puts it under: a figure under a level or the name
    (≥200人 under 三级指标); with ``levels`` (a line as long as the header's, its levels lined up too), a first level
    under the second or the name (产出指标 under 二级指标), a form's second level under the first (质量指标 under 一级指标).
    A line holding one does not line up with the header's: its cells are no grid's."""
    if role not in _LINED_ROLES:
        return False
    ck = kind(text)
    if ck == "num" or ck == "value" and (role != "name" or not text.lstrip()[:1].isdigit() or text.rstrip()[-1:] == "%"):
        return True  # (a name may open on a figure, 2023年新增就业人数: under the name only a bound or a rate is none)
    if not levels or ck not in _LEVEL_KINDS:
        return False
    return level_name(compact(text)) in (_FIRST_ONLY if role != "level1" else _SECOND_ONLY)


def _level1_above(cells: list[Cell], header: Header, a: int) -> bool:
    """Whether the header's first-level label (一级指标, or its pieces 一级 / 指标) stands on a line above cell ``a``'s."""
    line = cells[a].line_no
    return any(cells[i].line_no < line and key(cells[i].text) in _LEVEL1_LABELS for i in range(header.start, a))


# the first level's header label, and its first piece when broken (一级 / 指标)
_LEVEL1_LABELS = frozenset(R.INDICATOR_COLUMNS["level1"]) | {
    f for f in R.HEADER_FRAGMENTS if any(w.startswith(f) for w in R.INDICATOR_COLUMNS["level1"])}


def _level_columns(cells: list[Cell], header: Header, body: list[Cell],
                   source: list[str] | None = None) -> dict[int, str] | None:
    """The column of each cell of the body on a line holding as many cells as the header's line (a grid's
    row, merged cells written empty): the header above it decides whether a level-like cell (产出 /
    服务对象满意度 / 满意度指标) is a first level, a second level or a name (服务对象满意度 is a level and a name
    alike), and which value column a figure is in."""
    # the header's line right above the rows (a header in two rows: its second, 指标值 | 指标值 over 年度目标值 |
    # 实际完成值)
    # (the label heading the names is the name's, whatever it is elsewhere: a group's 绩效指标 over no 三级指标, a bare 指标)
    name_label = header.labels[header.columns.index("name")] if "name" in header.columns else None
    role_of = {name_label: "name"} if name_label and name_label not in INDICATOR_LABELS else {}
    at = next((i for i in range(header.end - 1, header.start - 1, -1)
               if role_of.get(k := key(cells[i].text)) or INDICATOR_LABELS.get(k) in ("level1", "level2", "name")),
              None)
    if at is None:
        return None
    a, b = line_span(cells, at)
    # cells laid one a line (部门管理 | / 预算执行 | / … / ||): the layout's rows are the grid's, the header's its row
    # of labels
    laid = _laid_row(cells, header, at, body) if b - a == 1 else None
    if laid is not None:
        a, b, lead = laid
    # a form on one line or a few: the header's line holds cells before it and the first rows after it, which are
    # no columns (the rows start at the first level cell after the header)
    a = max(a, header.start)
    b = next((i for i in range(header.end, b) if kind(cells[i].text) in _LEVEL_KINDS), b)
    roles = [role_of.get(k) or INDICATOR_LABELS.get(k) for k in map(key, (c.text for c in cells[a:b]))]
    if "name" not in roles:
        return None  # (a header laid a cell a line: its lines say nothing of the rows' columns)
    if laid is not None:
        roles += [None] * lead  # (the row's last columns, unnamed and left empty)
    if roles[0] == "level2" and "level1" in header.columns and _level1_above(cells, header, a):
        # the first level's label broken onto the lines above (一级 / 指标 over 二级指标 | 三级指标 | …): its column
        # opens the rows all the same
        roles.insert(0, "level1")
    levels = "level1" in roles or "level2" in roles  # (no level column: a level cell is a section row)
    # the value columns line up only under a header in one row: no value label written twice (a group over two
    # columns) nor on another line (指标值 over 年度目标值 | 实际完成值)
    named = [r for r in roles if r in _LINED_VALUES]
    values = len(named) == len(set(named)) and not any(
        INDICATOR_LABELS.get(key(cells[i].text)) in _LINED_VALUES for i in range(header.start, header.end)
        if not a <= i < b)
    # a group label opening the header's line (绩效指标(90分)) spans the rows down the side: rows leave its cell out
    groups = 0
    while groups < len(roles) and roles[groups] is None and key(cells[a + groups].text) in _GROUP_CELLS:
        groups += 1
    lines: list[tuple[int, int]] = []  # each line's cells [i, j) (laid one a line: each row's)
    i = 0
    while laid is None and i < len(body):
        j = i + 1
        while j < len(body) and body[j].line_no == body[i].line_no:
            j += 1
        lines.append((i, j))
        i = j
    counted = False  # rows cut every header's count of cells: one cut off its place shifts every row after it
    if laid is not None:
        lines, counted = _laid_rows(body, lead, len(roles))
    if any(j - i > len(roles) * 3 // 2 for i, j in lines):
        return None  # a line holding rows and pieces of rows (a form flattened onto a few lines): lines are no rows
    if laid is None and any(j - i > len(roles) and _space_parted(source, body[i].line_no) for i, j in lines):
        # a row's line of more cells than the header's, parted by spaces: spaces part words inside cells here (a PDF's
        # text: 草原 禁牧 面积 | 15 …), and a line of as many cells as the header's is so by chance
        return None
    if counted and not _counted_rows_line_up(body, lines, roles):
        return None
    fixed: dict[int, str] = {}
    # the level and name columns' places (一级指标 | 二级指标 | 三级指标 opening the header's line)
    both = roles[:3] == ["level1", "level2", "name"] and not groups
    gridded = demoted = False  # a row of both levels lined up above; a first level's word under the second's column
    for i, j in lines:
        if j - i == len(roles) and groups and kind(body[i].text) in _LEVEL_KINDS:
            continue  # a level under the group's cell (绩效指标, spanning the rows down the side): a cell more elsewhere
        # a row leaving out its first level's merged cell (| 效果 | 失业率 | … under 履职效能's rows, a page dropping
        # the row's leading empty cell) after rows of both levels: its words are its second level and its name
        # (a first level's word the second only where the block put one there already: 履职效能 | 产出 | …)
        short = both and gridded and j - i == len(roles) - 1 and j - i >= 3 and _word_cell(body[i].text) \
            and _NAME_LIKE.match(body[i + 1].text) and kind(body[i + 1].text) not in _LEVEL_KINDS \
            and not _NAME_LIKE.match(body[i + 2].text) and (demoted or level_of(compact(body[i].text)) != "level1")
        # (a figure, not a word, after the name: a row short at its end, its reason left out, has its name third)
        if not short and j - i != len(roles) and (opening := _leading_levels(body, i, j, roles, both and not groups)):
            # a row of fewer cells than the header's (its empty cells dropped, a reason column left empty), its words
            # before its first figure a level the vocabulary does not know among them: its levels and its name in
            # the header's order, the second level alone after rows of both levels (经费统筹 | 公用经费节约率 | 10 …)
            if len(opening) == 3 or opening[0][0] > i \
                    or gridded and (demoted or level_of(compact(body[i].text)) != "level1"):
                fixed.update(opening)
                gridded = gridded or len(opening) == 3
            continue
        if j - i == len(roles) or groups and values and j - i == len(roles) - groups or short:
            shift = len(roles) - (j - i)  # (a row short of the group's cell lines up its values, not its levels)
            if shift > 0 and not short and not body[i].text.strip() \
                    and _fit(roles, body, i, j, 0) < _fit(roles, body, i, j, shift):
                # a row holding the group's cell (written empty) and leaving out a trailing one (its empty reason, a
                # row cut by the text's end: | | 效益指标 | 社会效益指标 | 名称 | ≥90% | 92% | 10 | 10 |): its cells fit
                # the columns from the left, where its level words and its figures stand
                shift = 0
            # a row writing words in each of its level and name cells lines up with them, whatever its levels' words
            # (可持续性 | 长效管理 | 制度完善性: a department's framework, its first level a project form's second)
            full = both and not shift and _word_cell(body[i].text) and _word_cell(body[i + 1].text) \
                and _NAME_LIKE.match(body[i + 2].text)
            if any(_misplaced(roles[p - i + shift], body[p].text, not shift and not full) for p in range(i, j)):
                continue  # as many cells, not the same columns (merged cells written as fewer or more empty ones)
            if short:
                fixed[i], fixed[i + 1] = "level2", "name"
                shift = -1  # (its values by their places; its levels not again)
            elif both and not shift and _word_cell(body[i].text) and _word_cell(body[i + 1].text):
                gridded = True
                demoted = demoted or level_of(compact(body[i + 1].text)) == "level1"
            # a row whose name cell holds a name: the words under its level columns are its levels, known or not
            # (项目管理 | 资金管理 | 资金到位率: an evaluation framework's own levels)
            named = levels and not shift and "name" in roles and _NAME_LIKE.match(body[i + roles.index("name")].text)
            for p in range(i, j):
                if shift < 0:
                    if p < i + 2:
                        continue
                    role = roles[p - i + 1]
                else:
                    role = roles[p - i + shift]
                ck = kind(body[p].text)
                if role in _LINED_ROLES and levels and not shift and (ck in _LEVEL_KINDS
                                             or role == "level2" and compact(body[p].text) in R.LEVEL2_IN_COLUMN
                                             or named and role != "name" and ck == "text"
                                             and _word_cell(body[p].text)):
                    fixed[p] = role
                elif values and role in _LINED_VALUES and role in header.columns and ck != "empty" \
                        and _emit(ck, role, _cell_facts_of[body[p].text][0]) < INF:
                    fixed[p] = role
    return fixed or None


# A bare number as OCR and web pages leave it in a cell: a point after it (20． / 19., NFKC makes ． a point)
# or a space inside it (2 0 / 1 9.5 / 98 .5 / 98. 5). Up to three digits and a decimal: the size of a weight or a score.
_BARE_NUMBER_NOISE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})?[.。]|\d(?: ?\d){0,2}(?:\.\d{1,2})?|\d{1,3}(?: \. ?| ?\. )\d{1,2})$")


def _mend_bare_numbers(body: list[Cell]) -> list[Cell]:
    """Bare numbers with OCR's point after them or a space inside them made plain (20． -> 20, 1 9.5 -> 19.5),
    so they read as the weight or score they are. A point after a row's first cell is left: a row number (3.)."""
    out = body
    for i, c in enumerate(body):
        if c.row_start and c.text[-1:] in ".。":
            continue
        t = _bare_number(c.text)
        if t is not c.text:
            if out is body:
                out = list(body)
            out[i] = Cell(t, c.line_no, c.row_start)
    return out


# A piece of a figure OCR parted with a space: a bound and digits (≥9), digits (18), or the figure's end with its
# point, % or unit (0%, 3.6%, 762人, 5.2万亩)
_HEAD_BIT = re.compile(r"^(?:[≥≤≧≦><]=?)?\d+$")
_VALUE_COLUMNS = ("target", "actual", "weight", "score")
_TEXT_COLUMNS = frozenset({"desc", "reason", "note"})
_PARTED_EXTRA = 3  # the most spaces inside a row's figures read back over


def _digits_of(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _parted_join(bits: list[str]) -> str | None:
    """The figure pieces side by side spell when OCR parted it (≥9 0%, 18 762人, 1 0 0%): each but the last a bound's
    digits or digits, each join a single digit with its neighbour or a piece with the next one ending in the point,
    % or unit; two whole figures (15 15) stay two. None when they spell no figure (0 20 → 020)."""
    if len(bits) == 1:
        return bits[0]
    for a, b in zip(bits, bits[1:]):
        if _HEAD_BIT.match(a) is None or not (_digits_of(a) == 1 or _digits_of(b) == 1 or not b.isdigit()):
            return None
    s = "".join(bits)
    d = s.lstrip("≥≤≧≦><=")
    if d[:1] == "0" and d[1:2].isdigit() or kind(s) not in ("num", "value"):
        return None
    return s


def _parted_fits(figures: list[str], columns: list[str]) -> bool:
    """Figures read into the value columns in order: points and score bare numbers within 0..100, the score
    within the points."""
    got = dict(zip(columns, figures))
    points = []
    for role in ("weight", "score"):
        if role in got:
            t = got[role]
            if not _PLAIN_FIGURE.match(t) or not 0 <= float(t) <= 100:
                return False
            points.append(float(t))
    return len(points) < 2 or points[1] <= points[0]


_PLAIN_FIGURE = re.compile(r"^\d+(?:\.\d+)?$")


def _joined_parted_figures(body: list[Cell], columns: list[str], lines: list[str] | None = None) -> list[Cell]:
    """A row's figures that OCR parted with spaces (名称 | ≥9 | 0% | 9 | 3% | 15 | 15 under 指标值 | 实际完成值 | 分值 |
    得分) joined back: a run of figures on one line right after a name, more of them than the header's value columns,
    that exactly one joining (``_parted_join``) makes one figure a column with the points and score in range. A run
    as long as the columns, or joined more ways than one, stays as it is; so does a run on a line of ``lines`` whose
    cells a tab or a bar bounds (名称	150	156	104%	15	15: a column the header did not name, no figure parted)."""
    values = [c for c in columns if c in _VALUE_COLUMNS]
    if len(values) < 3 or any(c in ("combined", "unit", "nature", "points") for c in columns):
        return body
    at = columns.index(values[0])
    if columns[at:at + len(values)] != values or any(c not in _TEXT_COLUMNS for c in columns[at + len(values):]):
        return body  # (the value columns side by side, only words after them: a run of figures is theirs)
    k = len(values)
    out: list[Cell] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        out.append(c)
        i += 1
        if kind(c.text) != "text":
            continue
        j = i
        while j < n and body[j].line_no == c.line_no and j - i <= k + _PARTED_EXTRA \
                and kind(body[j].text) in ("num", "value", "op") and " " not in body[j].text.strip():
            j += 1
        run = [body[x].text.strip() for x in range(i, j)]
        if not k < len(run) <= k + _PARTED_EXTRA or (j < n and body[j].line_no == c.line_no
                                                     and kind(body[j].text) in ("num", "value", "op")):
            continue
        if lines is not None and 0 < c.line_no <= len(lines) and ("\t" in (line := lines[c.line_no - 1]) or "|" in line):
            continue
        found = [figures for figures in parted_joinings(run, k, _parted_join) if _parted_fits(figures, values)]
        if len(found) == 1:
            out.extend(Cell(f, c.line_no) for f in found[0])
            i = j
    return out


def _parted_total(cells: list[Cell], at: int, figures: int) -> list[Cell] | None:
    """The totals row's figures (总分 | 1 | 00 | 9 | 8.96) where OCR parted them with spaces: more bare figures on the
    label's line than the row holds, joined back (``_parted_join``) the one way that gives full marks up to 100 and
    the score within them; None otherwise."""
    label = cells[at]
    run = []
    for c in cells[at + 1: at + 1 + figures + _PARTED_EXTRA + 1]:
        if c.line_no != label.line_no or kind(c.text) != "num" or " " in c.text.strip():
            break
        run.append(c.text.strip())
    if not figures < len(run) <= figures + _PARTED_EXTRA:
        return None
    found = []
    for got in parted_joinings(run, figures, _parted_join):
        if not all(_PLAIN_FIGURE.match(f) for f in got):
            continue
        vals = [float(f) for f in got]
        if all(0 <= v <= 100 for v in vals) and vals[-1] <= vals[-2]:
            found.append(got)
    return [Cell(f, label.line_no) for f in found[0]] if len(found) == 1 else None


def _glued_total(cells: list[Cell], at: int, figures: int, columns: list[str],
                 rows: list[IndicatorRow]) -> list[Cell] | None:
    """The totals row's full marks and score run together in one bare figure (a form whose cells ran together: 总分 |
    10097.56), parted as a row's weight and score are (``_points_parted``), where the header puts the score right after
    the weight and the full marks are the whole form's (100) or the rows' weights summed; None otherwise."""
    if figures != 2 or at + 1 >= len(cells) or "weight" not in columns:
        return None
    w = columns.index("weight")
    if w + 1 >= len(columns) or columns[w + 1] != "score":
        return None
    c = cells[at + 1]
    t = c.text.strip()
    if not t[:1].isdigit() or _GLUED_POINTS.fullmatch(t) is None or float(t) <= 100 \
            or at + 2 < len(cells) and kind(cells[at + 2].text) in ("num", "value"):
        return None
    if (parted := _points_parted(t)) is None:
        return None
    full = int(parted[0])
    weights = [parse_number(r.cells["weight"]) for r in rows if r.cells.get("weight")]
    if full != 100 and not (weights and None not in weights and abs(sum(weights) - full) < 0.01):
        return None
    return [Cell(parted[0], c.line_no), Cell(parted[1], c.line_no)]


def _bare_number(text: str) -> str:
    """``text`` as a plain number when it is a bare one with OCR's point after it or spaces inside it (20． / 1 9.5),
    or a footnote's mark after it (94.5*, 97.75(1)); else ``text`` itself."""
    # (literal tests first: most cells end in no point, no mark, and hold no space)
    if not (text[-1:] in ".。*＊)]" or " " in text) or not text[:1].isdigit():
        return text
    t = text.strip()
    if t[-1:] in V.FOOTNOTE_LAST and (m := _MARKED_NUMBER.fullmatch(t)) is not None:
        return m.group("num")
    return text if _BARE_NUMBER_NOISE.match(t) is None else t.replace(" ", "").rstrip(".。")


# A bare number with a footnote's mark after it (V.FOOTNOTE_MARK)
_MARKED_NUMBER = re.compile(rf"(?P<num>\d{{1,3}}(?:\.\d+)?)\s*{V.FOOTNOTE_MARK}")


# A value and the weight of the column after it in one cell, the space between them lost (≥95%10, 130人20):
# the value ends in its unit, the weight is a bare number up to 100. Not after 年 or 月 (2023年12 is a date
# cut short, not a year and a weight).
_UNIT_WORDS = "|".join(map(re.escape, sorted((u for u in R.UNITS if u not in ("年", "月")), key=len, reverse=True)))
_VALUE_THEN_WEIGHT = re.compile(rf"^(?P<value>.*\d\s*(?:{_UNIT_WORDS}))(?P<weight>100|[1-9]\d?(?:\.\d)?)$")
# ... and the weight of the column before it (20≥95%): the bound's sign parts them
_WEIGHT_THEN_VALUE = re.compile(r"^(?P<weight>100|[1-9]\d?(?:\.\d)?)(?P<value>[≥≤≧≦><≮≯]=?\s*\d.*)$")


def _without_captions(body: list[Cell]) -> list[Cell]:
    """The body without the lines among its rows that caption the table (V.TABLE_CAPTION: (续上表), 表3(续),
    附件2:…, 单位:个、%), each a cell alone on its line: read, they made a row, or a cell of the row after them."""
    drop = [i for i, c in enumerate(body) if ("续" in c.text or "附件" in c.text or "单位" in c.text)
            and V.TABLE_CAPTION.fullmatch(c.text.strip()) is not None
            and (i == 0 or body[i - 1].line_no != c.line_no) and (i + 1 == len(body) or body[i + 1].line_no != c.line_no)]
    # a first level's points in brackets under its label, opening the group's second row (产出指标 … / （40分） 指标2：…):
    # no cell of the row (it had been read as the row's name)
    drop += [i for i, c in enumerate(body) if "分" in c.text and c.row_start and V.LEVEL_POINTS.fullmatch(c.text.strip())]
    heads: dict[int, str] = {}
    if any("附件" in c.text for c in body):
        drop += _page_heads(body, heads)
    if not drop:
        return body
    gone = set(drop)
    return [Cell(heads[i] + c.text, c.line_no, c.row_start) if i in heads else c
            for i, c in enumerate(body) if i not in gone]


def _line_groups(body: list[Cell]) -> list[list[int]]:
    """The indexes of ``body``'s cells, a list a line, in order."""
    lines: list[list[int]] = []
    for i, c in enumerate(body):
        if lines and body[lines[-1][0]].line_no == c.line_no:
            lines[-1].append(i)
        else:
            lines.append([i])
    return lines


def _page_heads(body: list[Cell], heads: dict[int, str]) -> list[int]:
    """A page's running head among a table's rows where the table goes on over a page: an attachment's number
    (附件3) and the issuer's name (某县财政局), on one line or on two side by side, each line holding nothing else.
    A name's first piece alone on the line before the head, under a row, goes to the row after it, whose line
    opens on the name's other piece before its figures (秸秆还田 / 某县财政局 附件3 / 面积 ≥3万亩 …): ``heads`` gets
    the index of that piece's cell and the text it opens with, the piece is dropped too."""
    lines = _line_groups(body)

    def caption(i: int) -> bool:
        return "附件" in body[i].text and V.TABLE_CAPTION.fullmatch(body[i].text.strip()) is not None

    heads_ = [all(caption(i) or is_unit(compact(body[i].text)) for i in line) for line in lines]
    marked = [any(map(caption, line)) for line in lines]
    drop: list[int] = []
    gone = [heads_[k] and (marked[k] or k > 0 and heads_[k - 1] and marked[k - 1]
                           or k + 1 < len(lines) and heads_[k + 1] and marked[k + 1]) for k in range(len(lines))]
    for k, line in enumerate(lines):
        if not gone[k]:
            continue
        drop += line
        if k + 1 < len(lines) and gone[k + 1] or k < 2:
            continue
        first = k
        while first > 0 and gone[first - 1]:
            first -= 1
        # (the head's lines over: the piece right above the first, the row's rest right below the last)
        if first >= 2 and len(lines[first - 1]) == 1 and k + 1 < len(lines) \
                and _name_piece(body[piece := lines[first - 1][0]].text) and _row_with_name(body, lines[first - 2]) \
                and _row_with_name(body, lines[k + 1]):
            heads[lines[k + 1][0]] = body[piece].text.strip()
            drop.append(piece)
    return drop


def _name_piece(text: str) -> bool:
    """A few characters of a name, no figure: the head of one wrapped at a page's end."""
    return _NAME_TAIL.fullmatch(compact(text) or "") is not None and kind(text) == "text"


def _row_with_name(body: list[Cell], line: list[int]) -> bool:
    """A line holding a row: words, then a figure after them."""
    return len(line) >= 3 and kind(body[line[0]].text) in ("text", "unit", "level1", "level2", "level") \
        and any(kind(body[i].text) in ("num", "value") for i in line[1:])


def _attach_loose_parts(body: list[Cell], columns: list[str]) -> list[Cell]:
    """A bound or a unit parted from its figure by a space (PDF text: ≥ 95% | 38.2 公里 | 96.33 % | 90% 以上)
    joined to it again, where the header has no column of its own for it (指标性质, 度量单位): left apart, each
    was a cell of its own, and the row's cells fell into the wrong columns."""
    ops = "nature" not in columns
    units = "unit" not in columns
    if not (ops or units) or not any(map(loose_part, (c.text for c in body))):
        return body
    out: list[Cell] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        loose = loose_part(c.text)
        if loose == "op" and ops and i + 1 < n and kind(body[i + 1].text) in ("num", "value"):
            # (the bound's line: a layout a cell a line puts it alone on its own, the figure below it)
            out.append(Cell(c.text.strip() + body[i + 1].text.strip(), c.line_no, c.row_start))
            i += 2
            continue
        if loose == "unit" and units and out and out[-1].line_no == c.line_no and joins_loose_part(out[-1].text, c.text):
            last = out[-1]
            out[-1] = Cell(last.text.strip() + c.text.strip(), last.line_no, last.row_start)
            i += 1
            continue
        out.append(c)
        i += 1
    return out


# A name's tail wrapped onto a line of its own: a few CJK characters, no figure (消除率, 缩短, 运行年限)
_NAME_TAIL = re.compile(r"[\u4e00-\u9fff（）()、]{2,8}")
# The last character of a name, wrapped alone (…账实相符 / 率, …健全 / 性, …任务完成 / 数)
_NAME_FINALS = frozenset("率数性度量值比额")
# The fewest cells of a row written whole on its line (a level, a name, a target, a result …)
_WHOLE_ROW = 4


_POINTS_ROLES = frozenset(("weight", "score"))


def _cut_figure(text: str, role: str, columns: list[str]) -> bool:
    """The figure an excerpt's end cut (``受益农户满意度 | ≥90% | 9`` of 95%): the last cell of a block the end ran into,
    inside it, is a target or a result ending in a digit, and the header has points columns after it that the row,
    cut there, lacks: its figure is a piece of the one written. (A row ending in its points may be whole, its text
    saved without a last line break.)"""
    text = text.rstrip()
    if role not in _VALUE_CELLS or not text[-1:].isdigit() or role not in columns:
        return False  # (a figure whole, its unit cut: 812.6万 of 812.6万人次, is read)
    return any(c in _POINTS_ROLES for c in columns[columns.index(role) + 1:])


def _with_name_tails(body: list[Cell], cut: bool = False) -> list[Cell]:
    """A name's tail that a table laid out a row a line wraps onto a line of its own, below its row (群众出行时间 /
    缩短), joined to the name: the row's cell right before its target, a figure with its unit or bound. Only below
    a whole row ending in a figure (its last cell text: the tail is that cell's, a note's), and above a whole row
    with a text of its own, its name (else the tail may be the head of that name), or the table's end, unless an
    excerpt's end cut the table there (``cut``): a name alone on the last line is then a row cut after its name.
    A tail is a few characters, or the one a name ends in (率, 数, 性), or a unit's word (人次, 比例) under a row whose
    target writes its own unit."""
    lines: dict[int, list[int]] = {}
    for i, c in enumerate(body):
        lines.setdefault(c.line_no, []).append(i)
    order = list(lines)
    if len(order) == len(body):  # a cell a line: no row written whole
        return body
    kinds = [kind(c.text) for c in body]
    # each line's cells that hold something (a tab row's empty cells aside)
    filled = [[i for i in lines[line_no] if kinds[i] != "empty"] for line_no in order]
    joined: dict[int, str] = {}
    drop: set[int] = set()
    for k, at in enumerate(filled):
        if len(at) != 1 or k == 0 or kinds[at[0]] not in ("text", "unit"):
            continue
        tail = compact(body[at[0]].text) or ""
        if not (_NAME_TAIL.fullmatch(tail) or kinds[at[0]] == "text" and tail in _NAME_FINALS):
            continue
        above = filled[k - 1]
        below = filled[k + 1] if k + 1 < len(filled) else None
        if below is None and cut:
            continue
        if len(above) < _WHOLE_ROW or (below is not None and (len(below) < _WHOLE_ROW
                                                               or all(kinds[i] != "text" for i in below))) \
                or kinds[above[-1]] not in ("num", "value") or tail.endswith("指标") \
                or (name := _name_cell(kinds, above)) is None:
            continue
        if kinds[at[0]] == "unit" and body[name + 1].text.rstrip()[-1:].isdigit():
            continue  # (…参与 / 人次 under a target with no unit of its own, ≥20万: the unit may be the target's)
        joined[name] = joined.get(name, body[name].text.rstrip()) + tail
        drop.update(lines[order[k]])
    if not drop:
        return body
    return [Cell(joined[i], c.line_no, c.row_start) if i in joined else c
            for i, c in enumerate(body) if i not in drop]


def _name_cell(kinds: list[str], row: list[int]) -> int | None:
    """The row's name (``kinds``: the kind of each cell): the text cell right before its first figure, that figure a
    target (with a unit or a bound)."""
    first = next((j for j, i in enumerate(row) if kinds[i] in ("num", "value", "op")), 0)
    if first == 0 or kinds[row[first]] == "num" or kinds[row[first - 1]] != "text":
        return None
    return row[first - 1]


def _split_glued_weights(body: list[Cell], columns: list[str]) -> list[Cell]:
    """Cells holding a value and a weight (≥95%10) parted in two, where the header puts the weight column
    right after the value's (指标值 | 分值, 实际完成值 | 分值) or right before it (分值 | 指标值)."""
    if "weight" not in columns:
        return body
    w = columns.index("weight")
    after = w > 0 and columns[w - 1] in ("target", "actual")
    before = w + 1 < len(columns) and columns[w + 1] == "target"
    if not (after or before):
        return body
    out: list[Cell] = []
    for c in body:
        t = c.text.strip()
        m = None
        if (after and t[-1:].isdigit() or before and t[:1].isdigit()) and kind(t) == "value":
            m = (after and _VALUE_THEN_WEIGHT.match(t)) or (before and _WEIGHT_THEN_VALUE.match(t)) or None
        if m is None:
            out.append(c)
            continue
        first, second = ("value", "weight") if m.start("value") == 0 else ("weight", "value")
        out.append(Cell(m.group(first).strip(), c.line_no, c.row_start))
        out.append(Cell(m.group(second).strip(), c.line_no))
    return out


_GLUED_POINTS = re.compile(r"\d{3,}(?:\.\d+)?")
_POINTS_WEIGHT = re.compile(r"[1-9]\d{0,2}")
_POINTS_SCORE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d+)?")


def _points_parted(text: str) -> tuple[str, str] | None:
    """The weight and score a bare figure over 100 runs together (2020 -> 20 | 20, 1009.5 -> 100 | 9.5): the one way
    of cutting it into a weight up to 100 and a score within it, neither with a leading zero; None for none or two."""
    found = [(text[:k], text[k:]) for k in range(1, len(text))
             if _POINTS_WEIGHT.fullmatch(text[:k]) and _POINTS_SCORE.fullmatch(text[k:])
             and float(text[k:]) <= int(text[:k]) <= 100]
    return found[0] if len(found) == 1 else None


def _written_alike(target: str, actual: str) -> bool:
    """A row's target and result in words, written alike (明显增加 | 明显增加): a figure after them is no result."""
    return target.strip() == actual.strip() and kind(target) == "text"


def _split_glued_points(body: list[Cell], columns: list[str]) -> list[Cell]:
    """A row's weight and score run together in one bare figure (a form whose cells ran together: …≥12.6万亩 | 12.6万亩 |
    2020 under 指标值 | 实际完成值 | 分值 | 得分) parted in two, where the header puts the score right after the weight and
    the figure closes a row that already holds a figure for each value column before them (or a target and result
    in the same words: 明显增加 | 明显增加 | 2018). A figure over 100 is no weight, so only a row the columns could not
    read is read again."""
    if "weight" not in columns or "unit" in columns:
        return body
    w = columns.index("weight")
    if w + 1 >= len(columns) or columns[w + 1] != "score":
        return body
    before = sum(c in ("target", "actual", "combined") for c in columns[:w])
    if not before:
        return body
    out: list[Cell] = []
    n = len(body)
    for i, c in enumerate(body):
        t = c.text.strip()
        parted = None
        if i >= before and t[:1].isdigit() and _GLUED_POINTS.fullmatch(t) is not None and float(t) > 100 \
                and (i + 1 == n or kind(body[i + 1].text) not in ("num", "value", "op")) \
                and (all(kind(body[j].text) in ("num", "value") for j in range(i - before, i))
                     and (i == before or kind(body[i - before - 1].text) not in ("num", "value", "op"))
                     or before == 2 and _written_alike(body[i - 2].text, body[i - 1].text)):
            parted = _points_parted(t)
        if parted is None:
            out.append(c)
            continue
        out.append(Cell(parted[0], c.line_no, c.row_start))
        out.append(Cell(parted[1], c.line_no))
    return out


# a page's footer: 第 1 页，共 2 页 / 共2页 第1页 / 第1页
_PAGE_FOOTER = re.compile(r"^(?:第\d+页)?[,，/]?(?:共\d+页)?[,，/]?(?:第\d+页)?$")


def _without_page_breaks(body: list[Cell], header: list[Cell]) -> list[Cell]:
    """A table over two pages: the page's footer (第 1 页，共 2 页) and the header repeated on the next page are
    no rows of it."""
    keys = [key(x.text) for x in header]
    # (the header again with or without its first cell: a group's label, 绩效指标, is often not repeated)
    repeats = [h for h in (keys, keys[1:]) if len(h) > 1]
    firsts = {h[0] for h in repeats}
    out: list[Cell] = []
    i = 0
    while i < len(body):
        c = body[i]
        if "页" in c.text:
            # the cells of its line (the footer spaced out: 第 | 1 | 页,共 | 2 | 页)
            a, b = i, i + 1
            while a > 0 and body[a - 1].line_no == c.line_no:
                a -= 1
            while b < len(body) and body[b].line_no == c.line_no:
                b += 1
            line = compact("".join(x.text for x in body[a:b]))
            if "第" in line and _PAGE_FOOTER.match(line):
                del out[len(out) - (i - a):]
                i = b
                continue
        if firsts and (k := key(c.text)) in firsts and (h := next((h for h in repeats if h[0] == k and [
                key(x.text) for x in body[i: i + len(h)]] == h), None)) is not None:
            i += len(h)  # the header again, after a page break
            continue
        out.append(c)
        i += 1
    return out


_LEVELS = R.LEVEL1 | R.LEVEL2
# the level labels' last words: what a level label broken over two lines ends with (服务对象 / 满意度指标)
_LEVEL_TAILS = frozenset(w for w in _LEVELS if w.endswith("指标") and len(w) <= 5)


_SPACED_LEVEL_WORDS = frozenset(R.LEVEL1 | R.LEVEL2 | R.FRAME_LEVEL1 | R.FRAME_LEVEL2)


def _spaced_levels_joined(body: list[Cell], source: list[str] | None) -> list[Cell]:
    """A level's word a space parts on a line of cells spaces part (a PDF's text: 过程 预算 执行 预算执行率 …, 效果 履职 效益
    …): one cell, where its pieces open the row's line or follow its level cells only and the first piece is no level of
    its own (产出 数量 are two levels)."""
    out: list[Cell] = []
    levels_only = False  # the cells so far on the line are levels (none: the line's opening)
    for c in body:
        k = compact(c.text) or ""
        if not out or out[-1].line_no != c.line_no:
            levels_only = True
        elif levels_only and (prev := compact(out[-1].text) or "") and prev + k in _SPACED_LEVEL_WORDS \
                and level_of(prev) is None and _space_parted(source, c.line_no):
            out[-1] = Cell(out[-1].text.strip() + k, out[-1].line_no, out[-1].row_start)
            continue
        elif levels_only and not level_of(compact(out[-1].text) or ""):
            levels_only = False
        out.append(c)
    return out


def _space_parted(source: list[str] | None, no: int) -> bool:
    """Line ``no`` of the document parts its cells by spaces (no bar, no tab); without the lines, taken to (as
    _space_laid takes them)."""
    if source is None:
        return True
    line = source[no - 1] if 0 < no <= len(source) else ""
    return "|" not in line and "\t" not in line


def _join_broken_levels(cells: list[Cell]) -> list[Cell]:
    """``社会效益`` / ``指标``, ``服务对象`` / ``满意度指标``, ``社会效`` / ``益指标``: a level cell broken over two lines is
    one cell (its second piece alone reads as a level of its own, as a name, or as nothing)."""
    out: list[Cell] = []
    for n, c in enumerate(cells):
        k = compact(c.text) or ""
        if k[-1:] == "标" and len(k) <= _PIECE_MAX and out and out[-1].line_no != c.line_no \
                and (n + 1 == len(cells) or cells[n + 1].line_no != c.line_no) \
                and (at := _broken_level_above(out, k)) is not None:
            # a row written whole on its line, its level cell's last piece alone on the next (效益指标 社会效益 … 10 10 /
            # 指标, 可持续影 … / 响指标): the piece goes back into that cell, wherever it stands in the row
            out[at] = Cell(out[at].text + k, out[at].line_no, out[at].row_start)
            continue
        if k in ("指标", "指标等") and out and level_of((prev := compact(out[-1].text) or "") + k) \
                and not prev.endswith("指标") and kind(prev) not in ("num", "value"):
            # (not on a figure nor on a label ended: 10 + 指标, 指标 + 指标 are no level, whatever their length says)
            out[-1] = Cell(out[-1].text + k, out[-1].line_no, out[-1].row_start)
            continue
        if out and out[-1].line_no != c.line_no and (prev := compact(out[-1].text) or "") and prev + k in _LEVELS \
                and (k in _LEVEL_TAILS or (prev not in _LEVELS and k not in _LEVELS)):
            # (an empty cell ending the line above is no first piece: 产出指标 opening the next row stays on it)
            # (or broken anywhere, neither piece a level: 社会效 / 益指标, 服务对象满 / 意度指标)
            out[-1] = Cell(out[-1].text + k, out[-1].line_no, out[-1].row_start)
            continue
        out.append(c)
    return out


# Every beginning of a form's level label (产, 产出, 产出指, 服务对象满): a level cell's first piece on a row's line
_LEVEL_PREFIXES = frozenset(w[:k] for w in _LEVELS if w.endswith("指标") for k in range(1, len(w)))
_LEVEL_INITIALS = frozenset(w[0] for w in _LEVEL_PREFIXES)
_FIGURE_KINDS = ("num", "value")
_WRAP_ROW_MAX = 12  # the most cells of a row written whole on its line (more: rows run together, no grid)
_VALUE_PIECE_MAX = 3  # the longest words a figure wrapped leaves on the next line (底前, 月底前, 百分点)
_PIECE_WORDS = 6  # the longest wrapped piece read without a level's (a narrow column's line: a few characters)
_BOUND_OPENING = re.compile(V.OP_PREFIX)  # a target's bound before its figure (≥, 不低于)


def _piece_fit(cell: str, ck: str, piece: str) -> float:
    """How well ``piece``, a wrapped cell's next line, completes a row's cell ``cell`` (kind ``ck``): 3 when the two
    make a form's level label (产出 + 指标, 社会效 + 益指标) or the piece closes a bracket the cell opened, 2 a level
    label's beginning (服务对 + 象满意) or a unit's (公 + 里), 1.5 a figure's unit (≥1.2万 + 人, 2023年11 + 月底前), 1 a
    text's rest (a name's, a note's), 0.5 a level cell's words that make no level; 0 when it cannot (a bare figure,
    the points, takes no words; a whole level label ends its cell)."""
    if not cell or ck in ("num", "empty", "ph"):
        return 0.0
    if piece[-1] in ")）" and cell.count("(") + cell.count("（") > cell.count(")") + cell.count("）"):
        return 3.0  # the rest of a bracket the cell opened (%(百分 / 比)): that cell's
    joined = cell + piece
    whole = cell.endswith("指标") and cell in _LEVELS
    if not whole and cell in _LEVEL_PREFIXES | _LEVELS:
        if joined in _LEVELS:
            return 3.0
        if joined in _LEVEL_PREFIXES:
            return 2.0
    if ck != "value" and any(ch.isdigit() for ch in piece):
        return 0.0  # (a figure's piece goes on a figure only)
    if ck == "text" and len(cell) < _VALUE_PIECE_MAX and kind(joined) == "unit":
        return 2.0  # a unit's rest (公 / 里 under ≥1260 | 公 | 1265 | 公): before any word a figure might take
    if piece in _LEVELS and piece.endswith("指标"):
        return 0.0  # (a whole level label opens a cell of its own: the next row's level)
    if ck in _LEVEL_KIND_SET and not whole:
        return 0.5  # (a level cell's rest is a level's: other words rather another cell's, 社会效益 | 农村公路通 / 畅率)
    if ck == "value":
        # (a figure cut before its unit takes any word; one whole, a unit's rest only, else a word with less; a long
        # word is no figure's rest)
        if len(piece) > _VALUE_PIECE_MAX and not any(ch.isdigit() for ch in piece):
            return 0.0
        return 1.5 if cell[-1].isdigit() or cell[-1] in "万亿千百个" else 1.0 if kind(piece) == "unit" else 0.5
    if whole:
        return 0.0
    return 1.0


def _piece_places(row: list[str], kinds: list[str], pieces: list[str]) -> tuple[list[int], float, float] | None:
    """The row's cells the pieces of a wrapped line complete, in order, one piece a cell, the best fit (ties to the
    earlier cell): their indices, the fits' sum and their best; None when some piece fits no cell. A figure its
    unit's cell follows is whole; a bare figure after a target cut before its unit (≤3650 | 3500) takes a unit as
    the target does."""
    m, n = len(pieces), len(row)
    if m > n:
        return None
    fit = [[_piece_fit(row[j], kinds[j], p) for j in range(n)] for p in pieces]
    for j in range(n):
        if kinds[j] in ("num", "value") and j + 1 < n and (kinds[j + 1] == "unit" or kinds[j + 1] == "text" and any(
                f[j + 1] == 2.0 and kind(row[j + 1] + p) == "unit" for f, p in zip(fit, pieces))):
            # (a figure its unit follows, ≤7 | 天, or a unit's beginning, ≥30 | 公 over 里, is whole: a word below
            # it is another cell's rest)
            for f in fit:
                f[j] = 0.0
        elif kinds[j] == "num" and j and kinds[j - 1] == "value" and row[j - 1][-1:].isdigit() \
                and _BOUND_OPENING.match(row[j - 1]) is not None:
            # a bare figure after a target cut before its unit (≤3650 | 3500 over 元 | 元): the result beside its
            # target, its unit wrapped below it as the target's is (never the points: no bound opens a figure before)
            for i, p in enumerate(pieces):
                if kind(p) == "unit" and p != "分":
                    fit[i][j] = 1.5
    # best[i][j]: the best sum placing pieces[i:] on cells j.. (a piece on cell j, the rest after it)
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    for j in range(n + 1):
        best[m][j] = 0.0
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            take = best[i + 1][j + 1] + fit[i][j] - 0.001 * j if fit[i][j] > 0 and best[i + 1][j + 1] > neg else neg
            best[i][j] = max(take, best[i][j + 1])
    if best[0][0] == neg:
        return None
    places, j = [], 0
    for i in range(m):
        while not (fit[i][j] > 0 and best[i + 1][j + 1] > neg
                   and best[i + 1][j + 1] + fit[i][j] - 0.001 * j == best[i][j]):
            j += 1
        places.append(j)
        j += 1
    return places, sum(fit[i][j] for i, j in zip(range(m), places)), max(fit[i][j] for i, j in zip(range(m), places))


def _space_laid(body: list[Cell], source: list[str] | None) -> bool:
    """Whether a line of ``body`` holds cells spaces part (no bar or tab bounding them in ``source``, the document's
    lines): the layout whose wrapped pieces _wrapped_rows and _names_around_figures put back."""
    if source is None:
        return True
    for no in {c.line_no for c in body}:
        line = source[no - 1] if 0 < no <= len(source) else ""
        if " " in line.strip() and "|" not in line and "\t" not in line:
            return True
    return False


def _wrapped_rows(body: list[Cell], source: list[str] | None = None) -> list[Cell]:
    """A PDF's text of a table whose narrow columns wrap: each cell's next line stands on the line below its row,
    the pieces side by side (产出 数量 完成加固水库 8座 8座 15 15 / 指标 指标 数量). A line of no figures after a
    row written whole on its line completes that row's cells column by column (``_piece_places``), taking none of its
    points, when a piece of it completes a level label (or, pieces alone, begins one); the next row's line opening on
    such pieces before its name (指标 指标 某某面积 ≥2万亩 …) completes the levels above likewise, its name and figures
    its own. The lines after such a line go on completing the same row (可持续 … / 影响指 管护 / 标). Only lines whose
    cells spaces part (``source``: the document's lines): a bar or a tab bounds each cell of its own."""
    lines: list[tuple[int, int]] = []
    i, n = 0, len(body)
    while i < n:
        j = i + 1
        while j < n and body[j].line_no == body[i].line_no:
            j += 1
        lines.append((i, j))
        i = j
    if len(lines) < 2:
        return body
    texts = [compact(c.text) or "" for c in body]
    drop: set[int] = set()
    for (a, b), (c, _) in zip(lines, lines[1:]):
        last = texts[b - 1]
        if last[-1:] in "-－" and len(last) >= 3 and "\u4e00" <= last[-2] <= "\u9fff" \
                and "\u4e00" <= texts[c][:1] <= "\u9fff":
            # a name a hyphen cut at the line's end (某某覆- / 盖数 ≥38处 …): its rest opens the next line
            texts[b - 1] = last[:-1] + texts[c]
            drop.add(c)
    kinds = [kind(t) if k not in drop else "empty" for k, t in enumerate(texts)]
    row: list[int] | None = None  # the cells of the row the lines below may complete
    before: list[int] | None = None  # the row before that one
    for a, b in lines:
        if source is not None and 0 < (no := body[a].line_no) <= len(source) and (
                "|" in (line := source[no - 1]) or "\t" in line):
            row = None
            continue
        cells = [k for k in range(a, b) if kinds[k] != "empty"]
        figures = [k for k in cells if kinds[k] in _FIGURE_KINDS]
        # a line of no bare figure (no points): a figure's rest may stand on it beside a level's piece (指标 10月底 10月)
        points = any(kinds[k] == "num" for k in figures)
        if not figures or not points and row is not None and kinds[cells[0]] not in _FIGURE_KINDS:
            if row is not None and cells:
                got = _piece_places([texts[k] for k in row], [kinds[k] for k in row], [texts[k] for k in cells])
                # (pieces that begin or end no level: two or more, one a figure's rest, 完工 / 时间 底前 中旬)
                if got is not None and (got[2] >= 2 or not figures and len(cells) >= 2
                                        and any(kinds[row[j]] == "value" for j in got[0])
                                        and all(len(texts[k]) <= _PIECE_WORDS for k in cells)):
                    for k, j in zip(cells, got[0]):
                        texts[row[j]] += texts[k]
                    drop.update(range(a, b))
                    for j in got[0]:
                        kinds[row[j]] = kind(texts[row[j]])
                    continue
            if not figures:
                row = None
                continue
        if row is not None and kinds[cells[0]] not in _FIGURE_KINDS:
            # the row's line opening on level pieces of the row above (指标 指标 某某面积 …): up to its name
            lead = []
            for k in cells:
                if texts[k] in _LEVELS or kinds[k] in _FIGURE_KINDS or len(texts[k]) > 3:
                    break
                lead.append(k)
            if lead and len(lead) < len(cells) and kinds[cells[len(lead)]] not in _FIGURE_KINDS:
                got = _piece_places([texts[k] for k in row], [kinds[k] for k in row], [texts[k] for k in lead])
                if got is not None and got[1] == 3 * len(lead):
                    for k, j in zip(lead, got[0]):
                        texts[row[j]] += texts[k]
                        kinds[row[j]] = kind(texts[row[j]])
                    drop.update(lead)
                elif len(lead) == 1 and texts[lead[0]] == "指标":
                    # a level's last piece alone before a row's cells that ends no level above: a first level printed
                    # mid-span (its piece read with the second level's end above, 产出 指标), or lost: no cell of its row
                    if (y := _centred_level(texts, kinds, row, before)) is not None:
                        texts[y] += texts[lead[0]]
                        kinds[y] = kind(texts[y])
                    drop.add(lead[0])
        before, row = row, cells if 3 <= len(cells) <= _WRAP_ROW_MAX else None
    if not drop:
        return body
    return [c if compact(c.text) == texts[i] or not c.text.strip() else Cell(texts[i], c.line_no, c.row_start)
            for i, c in enumerate(body) if i not in drop]


def _centred_level(texts: list[str], kinds: list[str], row: list[int], before: list[int] | None) -> int | None:
    """The cell a line's lone leading 指标 completes when the row above takes none: a first level's merged cell
    printed mid-span over three rows (数量 某某 … / 产出 指标 某某 … / 指标 质量 某某 …). The row above opens on the
    first level's piece with the 指标 that ends the second level of the row before (数量), the two read as one label
    (产出指标); the lone 指标 is the first level's end, so the 指标 that label holds is the second level's: that second
    level, open on the row before, is completed (the label above stays as it reads)."""
    if before is None:
        return None
    head = texts[row[0]]
    if kinds[row[0]] not in _LEVEL_KIND_SET or head[-2:] != "指标" or head[:-2] not in _LEVEL_PREFIXES:
        return None
    for k in before[:2]:
        if kinds[k] in _LEVEL_KIND_SET and texts[k][-2:] != "指标" and texts[k] + "指标" in _LEVELS \
                and level_of(texts[k] + "指标") == "level2":
            return k
        if kinds[k] not in _LEVEL_KIND_SET:
            break
    return None


def _vertical_levels(body: list[Cell]) -> list[Cell]:
    """A level cell a narrow column prints one character a line (产 / 出 / 指 / 标), each opening a line of the rows
    it spans: the characters, read down, spell the label; it stands in the first one's place, the others leave
    their lines (the rest of each line, the rows' cells, as it was)."""
    firsts: list[int] = []  # each line's first cell
    for i, c in enumerate(body):
        if i == 0 or body[i - 1].line_no != c.line_no:
            firsts.append(i)
    drop: set[int] = set()
    put: dict[int, str] = {}
    k = 0
    while k < len(firsts):
        t = body[firsts[k]].text.strip()
        if len(t) != 1 or t not in _LEVEL_INITIALS:
            k += 1
            continue
        word, e, pieces = t, k + 1, [firsts[k]]
        while e < len(firsts) and word in _LEVEL_PREFIXES:
            if len(s := body[firsts[e]].text.strip()) != 1:
                # (the characters alone on their lines, the rows' lines between them: 产 / 出 / row / 指 / 标)
                e = _past_rows(body, firsts, e) if _line_alone(body, firsts, e - 1) else e
                if e >= len(firsts) or len(s := body[firsts[e]].text.strip()) != 1 \
                        or not _line_alone(body, firsts, e):
                    break
            word += s
            pieces.append(firsts[e])
            e += 1
            if word in _LEVELS:
                break
        if word in _LEVELS and word.endswith("指标"):
            put[firsts[k]] = word
            drop.update(pieces[1:])
            k = e
        else:
            k += 1
    if not put:
        return body
    return [Cell(put[i], c.line_no, c.row_start) if i in put else c for i, c in enumerate(body) if i not in drop]


def _line_alone(body: list[Cell], firsts: list[int], k: int) -> bool:
    """Whether line ``k``'s first cell is its only one."""
    return (firsts[k + 1] if k + 1 < len(firsts) else len(body)) - firsts[k] == 1


_VERTICAL_ROWS_MAX = 2  # the most rows' lines between two characters of a level printed down its merged cell


def _past_rows(body: list[Cell], firsts: list[int], k: int) -> int:
    """The line after the run of rows' lines (several cells each) from line ``k``, at most ``_VERTICAL_ROWS_MAX``;
    ``k`` itself when the run is longer or holds a line of one cell."""
    e = k
    while e < len(firsts) and e - k < _VERTICAL_ROWS_MAX and not _line_alone(body, firsts, e):
        e += 1
    return e if e > k and (e == len(firsts) or _line_alone(body, firsts, e)) else k


_LEVEL_KIND_SET = frozenset(("level1", "level2", "level"))


def _names_around_figures(body: list[Cell]) -> list[Cell]:
    """A row whose line holds its levels and figures but no name, the name printed round that line, its head on the
    line above and its tail on the line below (新建标准化 / 数量指标 10 ≥30亩 32亩 10 / 示范面积: a PDF's text of cells
    centred in rows taller than a line): the name joined and put in its place after the levels. The head is a line of
    a few words alone; the tail likewise, the line after it a row with a name of its own (or the block's end)."""
    lines = _line_groups(body)
    if len(lines) < 2:
        return body
    kinds = [kind(c.text) for c in body]

    def lone_words(k: int) -> bool:
        return 0 <= k < len(lines) and len(lines[k]) == 1 and kinds[lines[k][0]] in ("text", "unit") \
            and _NAME_TAIL.fullmatch(compact(body[lines[k][0]].text) or "") is not None

    def nameless(k: int) -> int | None:  # the first figure's place on a line of levels, then figures only
        line = lines[k]
        f = next((p for p, i in enumerate(line) if kinds[i] in _FIGURE_KINDS), None)
        if not f or len(line) - f < 3 or any(kinds[i] not in _LEVEL_KIND_SET for i in line[:f]):
            return None
        return f

    names: dict[int, str] = {}  # the cell the name goes before: the name
    drop: set[int] = set()
    for k in range(1, len(lines)):
        if not lone_words(k - 1) or lines[k - 1][0] in drop or (f := nameless(k)) is None \
                or k >= 2 and lone_words(k - 2) and lines[k - 2][0] not in drop:
            continue
        name = body[lines[k - 1][0]].text.strip()
        drop.add(lines[k - 1][0])
        if lone_words(k + 1) and (k + 2 == len(lines) or nameless(k + 2) is None and not lone_words(k + 2)):
            name += body[lines[k + 1][0]].text.strip()
            drop.add(lines[k + 1][0])
        names[lines[k][f]] = name
    if not names:
        return body
    out: list[Cell] = []
    for i, c in enumerate(body):
        if i in names:
            out.append(Cell(names[i], c.line_no, not out or out[-1].line_no != c.line_no))
        if i not in drop:
            out.append(c)
    return out


_PIECE_MAX = 5  # (指标, 响指标, 满意度指标: a level's last piece ends as the level does, in 标)


def _broken_level_above(out: list[Cell], piece: str) -> int | None:
    """The index in ``out`` of the cell of the last line, a row of several cells, that ``piece`` completes into a
    level label (社会效益 + 指标, 可持续影 + 响指标, 服务对象 + 满意度指标); else None."""
    line = out[-1].line_no
    at = len(out) - 1
    while at > 0 and out[at - 1].line_no == line:
        at -= 1
    if len(out) - at < 3:
        return None
    for i in range(at, len(out)):
        k = compact(out[i].text) or ""
        # (a piece that is a level itself, 满意度指标, completes only a cell that is none: 服务对象)
        if k and k + piece in _LEVELS and not (piece in _LEVELS and k in _LEVELS):
            return i
    return None


def _level_lead(name: str) -> tuple[list[str], str] | None:
    """(levels, name) of a name cell opening on a level label before a colon (数量指标:培训人数, 1.质量:合格率),
    or on the labels of its levels run into it, as flattened merged cells leave them
    (产出指标数量指标培训人数, 满意度指标服务对象满意度指标群众满意度)."""
    head, _, rest = name.partition(":")
    if rest and len(head) <= 14 and level_of(head):
        return [level_name(head)], rest
    if (glued := _GLUED_LEVELS.match(name)) is not None:
        return [label for label in glued.groups() if label], name[glued.end():]
    return None


# One or two level labels of the forms (…指标) opening a name with two characters of it after them.
_FORM_LEVEL_LABELS = "|".join(sorted((w for w in R.LEVEL1 | R.LEVEL2 if w.endswith("指标")), key=len, reverse=True))
_GLUED_LEVELS = re.compile(rf"({_FORM_LEVEL_LABELS})({_FORM_LEVEL_LABELS})?(?=[^\d\W]{{2}})")


def _clean_name(text: str) -> str:
    name = compact(text) or ""
    name = re.sub(r"^\[bookmark:[^\]]*\]", "", name)
    name = ORDINAL.sub("", name)
    if name[-1:] in V.FOOTNOTE_LAST or name[-1:].isdecimal():
        name = V.NAME_FOOTNOTE.sub("", name)  # a footnote's mark after the name (满意度*, 人口数量①, 成本注2)
    return name.strip(":：")


_clean_name = per_text(_clean_name)
