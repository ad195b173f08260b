"""Indicator rows written as records of ``label：value`` cells, one cell a line:
``三级指标：…`` / ``年度指标值：…`` / ``实际完成值：…`` / ``分值：…`` / ``得分：…``.

Some pages give each cell of the form with its column's label instead of a grid. A record opens at
its name; the level cells before it (一级指标：产出指标) carry to the records after, as merged cells
do. Read only when the document has no indicator block under a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.extract import roles as R
from pipelines.extract.headers import marked_cells
from pipelines.extract.kinds import INDICATOR_LABELS, compact, level_name, level_of, level_path
from pipelines.model import Cell, Header, IndicatorBlock, IndicatorRow
from pipelines.extract.memo import per_text

_ROLES = ("level1", "level2", "name", "nature", "target", "unit", "actual", "status", "weight", "score")
# (a label that is also a report field, 自评得分：95, is the report's, not the last record's)
_FIELD_LABELS = {label for labels in R.FIELDS.values() for label in labels}
_LABELS = {k: r for k, r in INDICATOR_LABELS.items() if r in _ROLES and k not in _FIELD_LABELS}
_RECORD_LABEL = re.compile(
    "(?P<label>" + "|".join(map(re.escape, sorted(_LABELS, key=len, reverse=True))) + r")\s*[:：]\s*")
# Before a record's first label: nothing, or the record's number (1. / （1） / 一、); before each later label of
# a record written on one line (三级指标：…；年度指标值：…；实际完成值：…), a separator.
_RECORD_NUMBER = re.compile(r"\s*(?:\d+\s*[.．、]|[(（]\d+[)）]|[一二三四五六七八九十]+\s*、)?\s*")
_SEPARATORS = "；;，,。 \t"
_LEVEL_ROLES = ("level1", "level2")
_COLUMNS = list(_ROLES)  # (the block's columns, in the forms' row order)
_HEADING_REACH = 2  # lines above the first record looked at for the heading of its level


def read_indicator_records(cells: list[Cell], taken: set[int], candidates: Iterable[int] | None = None
                           ) -> IndicatorBlock | None:
    """The records' rows as an indicator block, or None when no record names an indicator with a target
    or a result. ``candidates``: the cells that may be records, in order (by default those holding a colon,
    the few a record may be)."""
    rows: list[IndicatorRow] = []
    level1 = level2 = None
    named = False  # the last pair read was a record's name
    first = last = -1
    for i in marked_cells(cells)[0] if candidates is None else candidates:
        if i in taken:
            continue
        cell = cells[i]
        pairs = _record_pairs(cell.text.strip())
        if not pairs:
            continue
        # (before the first record, the few lines right above it: the heading opening the list)
        level1, level2 = _headed(cells, last + 1 if last >= 0 else max(0, i - _HEADING_REACH), i, level1, level2)
        first, last = first if first >= 0 else i, i
        for label, value in pairs:
            role, value = _LABELS[label], compact(value) or ""
            if role == "level1":  # (a level's cell without its points: 一级指标：产出指标（50分）)
                level1, level2 = level_name(value) or None, None
                if level1 and (path := level_path(level1)) is not None:
                    level1, level2 = path  # (指标类别：产出指标-数量指标: both levels, the second after the dash)
            elif role == "level2":
                level2 = level_name(value) or None
            elif role == "name":
                rows.append(IndicatorRow(level1, level2, value, cell.line_no, {}))
                named = True
                continue
            elif rows and role not in rows[-1].cells:
                rows[-1].cells[role] = value
            if named and role in _LEVEL_ROLES:
                # a level right under the name, before its figures (指标名称：… / 指标类别：…): that record's own
                rows[-1].level1, rows[-1].level2 = level1, level2
            else:
                named = False
    rows = [r for r in rows if r.name and (r.cells.get("target") or r.cells.get("actual"))]
    if not rows:
        return None
    return IndicatorBlock(Header(first, last + 1, "indicators", _COLUMNS, [""] * len(_COLUMNS)), rows)


def _headed(cells: list[Cell], start: int, end: int, level1: str | None, level2: str | None
            ) -> tuple[str | None, str | None]:
    """The levels after the lines between two records (cells[start:end]): a level's heading there, alone on its
    line (2.效益指标 / （一）数量指标), heads the records after it, as a level cell of the records would."""
    for c in cells[start:end]:
        if "指标" not in (text := compact(c.text) or ""):
            continue  # (a level's label ends in 指标: most lines between records are no heading)
        label = level_name(text)
        if (which := level_of(label)) is None or not label.endswith("指标"):
            continue
        if which == "level2":
            level2 = label
        else:  # (满意度指标, first or second: a heading between records is the first level, as the forms' are)
            level1, level2 = label, None
    return level1, level2


def _record_pairs(text: str) -> list[tuple[str, str]]:
    """The (label, value) cells of a record cell: one, or several written on one line and parted by
    separators (一级指标：产出指标；二级指标：数量指标；三级指标：…); none when the text does not open with a label."""
    labels: list[re.Match] = []
    for m in _RECORD_LABEL.finditer(text):
        at = m.start()
        if labels and text[at - 1] in _SEPARATORS or not labels and _RECORD_NUMBER.fullmatch(text, 0, at):
            labels.append(m)
        elif not labels:
            return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    # (得分: 16.: a half-width full stop ends the record as 。 does)
    return [(m.group("label"), text[m.end(): end].rstrip(_SEPARATORS + ".")) for m, end in zip(labels, ends)]


_record_pairs = per_text(_record_pairs)
