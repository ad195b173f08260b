"""Label -> value cells of the forms: 项目名称, 主管部门, 实施单位, 部门：…, 自评得分 …"""

from __future__ import annotations

import re
from itertools import compress, count

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.headers import THIS_YEAR, cell_texts, pair_role, year_columns
from pipelines.extract.kinds import LABEL_MAX, compact, is_header_cell, key, kind, label_table
from pipelines.extract.memo import PerText
from pipelines.model import Cell, FieldValue

_FIELD_LABELS = label_table(R.FIELDS)
_FIELD_CHARS = frozenset(lab[-1] for lab in _FIELD_LABELS)
_LABEL_TAILS = _FIELD_CHARS | frozenset(")）")
# A figure's label and its figure in one cell, nothing between (自评总分95, 编制数63人): a flattened page
# drops the separator. Read for the roles whose value is a figure only (a name's end cannot be told).
_FIGURE_ROLES = frozenset({"self_score", "staff_authorized", "staff_actual"})
_FIGURE_ENDS = frozenset("分人名")
_FIELD_GLUED = re.compile(r"^(?P<label>[^\d:：]{2,12}?)(?P<value>\d{1,4}(?:\.\d+)?)(?:分|人|名)?$")
# A short value after its label and a space in one cell (自评等级 优, 自评得分 90.5): the roles whose value is a word or a
# figure (a unit's name after a space may be the name's own words)
_FIELD_SPACED = re.compile(r"^(?P<label>[^\d\s:：|]{2,12})\s+(?P<value>[^\s:：|]{1,6})$")
_SPACED_ROLES = _FIGURE_ROLES | {"grade"}
_FIELD_COLON = re.compile(r"^(?P<label>[^:：]{2,12})[:：](?P<value>.+)$")
_FIELD_CELL_MAX = LABEL_MAX * 2  # longer cells are text, never a field (label：value included)
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）])")
_SECTION_FIRST = frozenset("一二三四五六七八九十0123456789(（")
# A year before a staff count's label (2023年实际在职人数, 2023年末实有人数: the 年末 stays, a label's own word)
_YEAR_LEAD = re.compile(r"(?:19|20)\d{2}(?:年度?(?![末底])|(?=年[末底]))")
_STAFF_ROLES = frozenset({"staff_authorized", "staff_actual"})
_YEAR_ROW_ROLES = _STAFF_ROLES | {"self_score", "grade"}  # (the roles a row of a table of years is read for, a year each)


def read_fields(cells: list[Cell], headers: set[int] = frozenset()) -> list[FieldValue]:
    """``主管部门 | XX局 | 实施单位 | XX中心``, ``部门：XX学校``: a field label, then its value in the next
    cell (or after the colon of the same cell). A label followed by another label is an empty field.
    Cells of a block's header (``headers``: 自评得分 heading a score column) are no fields."""
    out: list[FieldValue] = []
    n = len(cells)
    field_of = _field_of
    # the few cells that are labels, picked in C: ``compress`` over each text's field, no loop body per cell
    labels = list(compress(count(), map(field_of.__getitem__, cell_texts(cells))))
    over = _labels_over_values(cells, labels) if len(labels) >= 2 else {}
    for i in labels:
        if i in headers:
            continue
        if i in over:
            role, k = field_of[cells[i].text][:2]
            out.append(FieldValue(role, k, compact(cells[over[i]].text) or "", cells[over[i]].line_no))
            continue
        c = cells[i]
        f = field_of[c.text]
        if len(f) == 3:  # label：value in the cell
            # (several, spaces or a semicolon between: 自评得分：98.2分    自评等级：优 / 自评得分：94分；自评等级：优 in
            # one cell of a row)
            pairs = [g for piece in _PAIR_BREAK.split(c.text.strip()) if piece and (g := field_of[piece]) and len(g) == 3]
            for g in pairs if len(pairs) >= 2 else [f]:
                out.append(FieldValue(g[0], g[1], g[2], c.line_no))
            continue
        role, k = f
        if role in _YEAR_ROW_ROLES and (cols := _staff_by_year(cells, i, role, k)):
            # 实有人数 | 33 | 34 / 自评得分 | 91.5 | 96 under 项目 | 2022年 | 2023年: each year's count, score or grade
            out.extend(cols)
            continue
        j = i + 1
        while j < n and j - i <= 4 and kind(cells[j].text) == "empty":
            j += 1
        if j >= n or j - i > 4:
            continue
        nxt = cells[j]
        nk = key(nxt.text) if len(nxt.text) <= LABEL_MAX else ""
        if nk in _FIELD_LABELS or is_header_cell(nk):
            out.append(FieldValue(role, k, "", c.line_no))
            continue
        if nxt.row_start and not c.row_start and _heads_a_column(cells, i):
            # 序号 | 项目名称 | 执行数(元) | 自评得分 then 1 | 某项目 | …: the label closes a row of column heads, the cell
            # after it opens the first row under them (its number): no value of the label's
            continue
        if role == "self_score" and (after := _score_after_full_mark(cells, j)) is not None:
            nxt = after  # 自评总分 | 100 | 90.3: the form's full mark, then the score
        value = (compact(nxt.text) or "").lstrip(":：")
        if role in _STAFF_ROLES and value[:2] in _POST_KINDS and (whole := _staff_parts_row(cells, j)) is not None:
            value, nxt = whole  # 编制数 | 行政编制 | 8 | 事业编制 | 14 | 合计 | 22: the row's total, else its parts summed
        elif role in _UNIT_ROLES and (rest := _unit_rest(cells, j, value)) is not None:
            value += rest  # 实施单位 桂岭县农业技术 推广中心: a unit's name a narrow cell broke
        elif k in R.LOCAL_SUPERVISORS and (levels := _level_cells(cells, j, value)):
            # 地方主管部门 | 某州某局 / 某县某局: a cell a level, listed as one value, at the most local one's line
            value = "、".join([value, *(compact(c.text) for c in levels)])
            nxt = levels[-1]
        out.append(FieldValue(role, k, value, nxt.line_no))
    return out


def _heads_a_column(cells: list[Cell], i: int) -> bool:
    """Whether the label ``cells[i]`` closes a row of column heads: every cell of its row before it is a header's
    cell or another label, two at least."""
    q, heads = i - 1, 0
    while q >= 0:
        t = cells[q].text
        tk = key(t) if len(t) <= LABEL_MAX else ""
        if not tk or not (is_header_cell(tk) or tk in _FIELD_LABELS):
            return False
        heads += 1
        if cells[q].row_start:
            break
        q -= 1
    return heads >= 2


_POST_KINDS = frozenset(("行政", "事业", "工勤", "参公", "机关"))
_POST_KIND_CELL = re.compile(r"^(?:行政|事业|工勤|参公|机关)(?:编制|人员|人数)?(?:数)?[:：]?(?P<num>\d{1,3}(?:,\d{3})+|\d+)?(?:人|名|个)?$")
_COUNT_CELL = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:人|名|个)?$")
_TOTAL_CELLS = frozenset(("合计", "小计", "共计", "总计", "合计数", "总数"))


def _staff_parts_row(cells: list[Cell], j: int) -> tuple[str, Cell] | None:
    """A staff label's row written as its kinds of post, each with its count (编制数 | 行政编制 | 8 | 事业编制 | 14 |
    合计 | 22, or 行政编制8 | 事业编制14 a cell each), from ``cells[j]`` on the line: (the total the row states, else
    the parts' sum, as written; the cell it is read from). None where the row is no such run."""
    line = cells[j].line_no
    n = len(cells)
    parts: list[int] = []
    q = j
    while q < n and cells[q].line_no == line:
        t = compact(cells[q].text) or ""
        nxt = compact(cells[q + 1].text) or "" if q + 1 < n and cells[q + 1].line_no == line else ""
        if (m := _POST_KIND_CELL.match(t)) is not None:
            if m.group("num") is not None:
                parts.append(int(m.group("num").replace(",", "")))
                q += 1
                continue
            if (c := _COUNT_CELL.match(nxt)) is None:
                return None
            parts.append(int(c.group("num").replace(",", "")))
            q += 2
            continue
        if parts and t in _TOTAL_CELLS and (c := _COUNT_CELL.match(nxt)) is not None:
            return c.group("num").replace(",", ""), cells[q + 1]
        break
    return (str(sum(parts)), cells[q - 1]) if len(parts) >= 2 else None


def _staff_by_year(cells: list[Cell], i: int, role: str, k: str) -> list[FieldValue]:
    """A staff label heading a row of a table of years (编制人数 | 35 | 36 under 项目 | 2022年 | 2023年; under 本年数 |
    上年数 | 增减): the count of each year, its label led by its year (2023年编制人数, read as a year's count is); the
    本年 column's under the bare label, first; the year before's and a change's columns none."""
    if not cells[i].row_start or (cols := year_columns(cells, i)) is None:
        return []
    this = [FieldValue(role, k, compact(cells[j].text) or "", cells[j].line_no) for j, y in cols if y == THIS_YEAR]
    years = [FieldValue(role, f"{y}年{k}", compact(cells[j].text) or "", cells[j].line_no)
             for j, y in sorted(cols, key=lambda c: -c[1]) if y > 0]
    return this + years


_PAIR_BREAK = re.compile(r"\s+|[;；]")  # (between two label：value pairs in one cell)
_UNIT_ROLES = frozenset(("department", "supervisor", "implementer"))
_UNIT_PIECE_MAX = 8
_NAME_HEAD = re.compile(r"[\u4e00-\u9fff()（）]{2,}")  # (a name's head: words, no mark of a menu or of OCR)


def _unit_rest(cells: list[Cell], j: int, value: str) -> str | None:
    """The rest of a unit's name broken over two cells (a space or a line break in a narrow cell): the cell after
    the value, short, no label, when the value does not end as a unit's name does and the two together do."""
    if _NAME_HEAD.fullmatch(value) is None or V.ORG_SUFFIX.search(value) or value.endswith("单位") \
            or pair_role(value) is not None or j + 1 >= len(cells):
        return None  # (a whole name, or a funds label where the value was left empty: 主管部门 | 计划安排资金)
    rest = compact(cells[j + 1].text) or ""
    if not rest or len(rest) > _UNIT_PIECE_MAX or kind(rest) != "text" or _field_of[cells[j + 1].text] \
            or is_header_cell(key(rest)) or not V.ORG_SUFFIX.search(rest):
        return None
    return rest


_LEVELS_MAX = 3  # (below the province: a prefecture, a county, a township)


def _level_cells(cells: list[Cell], j: int, value: str) -> list[Cell]:
    """The units after a local supervisor's first one (``cells[j]``), a cell each, no label between: the lower
    levels the funds pass through (地方主管部门 | 某州某局 | 某县某局)."""
    out: list[Cell] = []
    if not V.ORG_SUFFIX.search(value):
        return out
    for c in cells[j + 1: j + 1 + _LEVELS_MAX]:
        t = compact(c.text) or ""
        if not t or len(t) > LABEL_MAX or kind(t) != "text" or _field_of[c.text] or is_header_cell(key(t)) \
                or not V.ORG_SUFFIX.search(t) or pair_role(t) is not None:
            break
        out.append(c)
    return out


def _score_after_full_mark(cells: list[Cell], j: int) -> Cell | None:
    """The cell after ``cells[j]`` when ``cells[j]`` is the full mark, 100, and the cell after it, the last of the
    line, a score (a total row read as a field: its 分值 then its 得分)."""
    full = _SCORE_CELL.match(cells[j].text)
    if full is None or float(full.group(1)) != 100 or j + 1 >= len(cells):
        return None
    after = cells[j + 1]
    if after.line_no != cells[j].line_no or (j + 2 < len(cells) and cells[j + 2].line_no == after.line_no
                                            and kind(cells[j + 2].text) in ("num", "value")):
        return None
    score = _SCORE_CELL.match(after.text)
    return after if score is not None and float(score.group(1)) <= 100 else None


_SCORE_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*$")


def _labels_over_values(cells: list[Cell], labels: list[int]) -> dict[int, int]:
    """A row of field labels over a row of their values, as a notice sums a report up (部门名称 | 评价年度 | 自评得分 |
    自评等级 over 某局 | 2022年度 | 95.8 | 优): each label's value is the cell under it, where the row under it is as
    wide and holds no label. Label index -> value index."""
    out: dict[int, int] = {}
    by_line: dict[int, list[int]] = {}
    for i in labels:
        by_line.setdefault(cells[i].line_no, []).append(i)
    n = len(cells)
    for line, found in by_line.items():
        if len(found) < 2:
            continue
        a, b = found[0], found[-1] + 1  # the label row's cells [a, b)
        while a > 0 and cells[a - 1].line_no == line:
            a -= 1
        while b < n and cells[b].line_no == line:
            b += 1
        c = b  # the next row's cells [b, c)
        while c < n and cells[c].line_no == cells[b].line_no:
            c += 1
        row = [cells[j].text for j in range(a, b) if j not in found and cells[j].text.strip()]
        if any(any(ch.isdigit() for ch in t) or V.ORG_SUFFIX.search(t.strip()) for t in row):
            continue  # a value among the labels (主管部门 | 某局 | 实施单位 | 某中心): label -> value cells, no label row
        if b < n and c - b == b - a and not any(_field_of[cells[j].text] for j in range(b, c)) \
                and not _another_record(cells, a, b, c, found):
            out.update({i: b + (i - a) for i in found})
    return out


def _another_record(cells: list[Cell], a: int, b: int, c: int, found: list[int]) -> bool:
    """Whether the row after the values row ``[b, c)`` under the label row ``[a, b)`` is a further record of the same
    columns: as wide, its cells under the labels of the same kinds (a figure under 自评得分, a word under 等级). The
    labels then head the columns of a list (序号 | 项目名称 | … | 自评得分 | 等级 over a row a project), no field of the
    report's own."""
    n = len(cells)
    d = c
    while d < n and cells[d].line_no == cells[c].line_no:
        d += 1
    if c >= n or d - c != c - b:
        return False
    under = [cells[c + (i - a)].text for i in found]
    if all(is_header_cell(key(t)) for t in under if t.strip()):
        return False  # (the next table's heads, 资金情况（万元） | 全年预算数（A） | …: no record of the labels' columns)
    return all(kind(cells[c + (i - a)].text) == kind(cells[b + (i - a)].text) for i in found)


def _cell_field(t: str) -> tuple[str, str] | tuple[str, str, str] | None:
    """What a cell's text is as a field: (role, label) for a label (its value is in a next cell),
    (role, label, value) for ``label：value``, None for neither."""
    if len(t) > _FIELD_CELL_MAX:
        return None
    if t[-1:].isdigit() or t[-1:] in _FIGURE_ENDS:
        if (m := _FIELD_GLUED.match(compact(t) or "")) and _FIELD_LABELS.get(k := key(m.group("label"))) in _FIGURE_ROLES:
            return _FIELD_LABELS[k], k, m.group("value")
    if " " in t and (m := _FIELD_SPACED.match(t.strip())) is not None \
            and (role := _FIELD_LABELS.get(k := key(m.group("label")))) in _SPACED_ROLES:
        return role, k, m.group("value")  # 评价等级 优 in one cell of a row: a page put a space for the cell's edge
    # a label ends in one of its last characters, or in a note (编制数（人）, 实有人数(人)) key() takes off
    if not (t.rstrip(" :：|")[-1:] in _LABEL_TAILS or ":" in t or "：" in t):
        return None
    k = key(t)
    role = _FIELD_LABELS.get(k)
    if role is None and k[:1] in _SECTION_FIRST and (m := _SECTION_NUMBER.match(k)) is not None:
        k = k[m.end():]  # 四、部门自评等级 | 优: a form's part numbered before its label
        role = _FIELD_LABELS.get(k)
    if role is None and k[:2] in ("19", "20") and (m := _YEAR_LEAD.match(k)) is not None \
            and _FIELD_LABELS.get(k[m.end():]) in _STAFF_ROLES:
        return _FIELD_LABELS[k[m.end():]], k  # 2023年实际在职人数 | 11: the staff of a year (the label keeps its year)
    if role is None and k[-2:] in _OUTCOME_ENDS:
        role, k = _outcome_label(k)
    if role is not None:
        return role, k
    m = _FIELD_COLON.match(compact(t) or "")
    if m and (role := _FIELD_LABELS.get(key(m.group("label")))):
        return role, key(m.group("label")), m.group("value").strip()
    return None


# A score's or a grade's label with words of whose before a label of its own (项目绩效自评得分, 综合评价等级, 自评结果等级,
# 绩效评价结论): the label it ends in, when that label is the whole's (four characters at least: not a bare 得分 or 等级,
# which head an indicator's column too) or a result's grade (…结果等级), and the words before are a few, naming no part
# or other thing scored (产出指标自评得分, 满意度评价等级).
_OUTCOME_ENDS = frozenset(("得分", "总分", "等级", "等次", "结论"))
_OUTCOME_ROLES = frozenset(("self_score", "grade"))
_OUTCOME_SUFFIX_MIN = 4
_OUTCOME_PREFIX_MAX = 6
_RESULT_GRADE_ENDS = ("结果等级", "结果等次")
_OUTCOME_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,%d}" % _OUTCOME_PREFIX_MAX)


def _outcome_label(k: str) -> tuple[str | None, str]:
    """(role, label) of a score's or grade's label by its ending (see _OUTCOME_ENDS); (None, k) when it is none."""
    for at in range(1, min(len(k) - _OUTCOME_SUFFIX_MIN, _OUTCOME_PREFIX_MAX) + 1):
        tail = k[at:]
        role = _FIELD_LABELS.get(tail) if tail not in _RESULT_GRADE_ENDS else "grade"
        if role in _OUTCOME_ROLES:
            prefix = k[:at]
            if _OUTCOME_PREFIX.fullmatch(prefix) is None or V.SCORE_COMPONENT.search(prefix) \
                    or V.GRADE_NOT_SELF.search(prefix) or V.PREVIOUS_YEAR_WORDS.search(prefix):
                return None, k
            return role, k
    return None, k


class _FieldOf(PerText):
    """``_cell_field`` per distinct cell text; None for a text longer than ``_FIELD_CELL_MAX`` (text, never a
    field), not kept: the long texts are the document's sentences."""

    def __missing__(self, text: str):
        return None if len(text) > _FIELD_CELL_MAX else PerText.__missing__(self, text)


_field_of = _FieldOf(_cell_field)
