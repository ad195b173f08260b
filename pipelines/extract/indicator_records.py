"""Indicator rows written as records of ``label：value`` cells, one cell a line:
``三级指标：…`` / ``年度指标值：…`` / ``实际完成值：…`` / ``分值：…`` / ``得分：…``.

Some pages give each cell of the form with its column's label instead of a grid. A record opens at
its name; the level cells before it (一级指标：产出指标) carry to the records after, as merged cells
do. Read only when the document has no indicator block under a header.
"""

from __future__ import annotations

import re

from pipelines.extract import roles as R
from pipelines.extract.headers import marked_cells
from pipelines.extract.kinds import INDICATOR_LABELS, compact
from pipelines.model import Cell, Header, IndicatorBlock, IndicatorRow

_ROLES = ("level1", "level2", "name", "nature", "target", "unit", "actual", "status", "weight", "score")
# (a label that is also a report field, 自评得分：95, is the report's, not the last record's)
_FIELD_LABELS = {label for labels in R.FIELDS.values() for label in labels}
_LABELS = {k: r for k, r in INDICATOR_LABELS.items() if r in _ROLES and k not in _FIELD_LABELS}
_RECORD_CELL = re.compile(
    "^(?P<label>" + "|".join(map(re.escape, sorted(_LABELS, key=len, reverse=True))) + r")\s*[:：]\s*(?P<value>.*)$")
_COLUMNS = list(_ROLES)  # (the block's columns, in the forms' row order)


def read_indicator_records(cells: list[Cell], taken: set[int]) -> IndicatorBlock | None:
    """The records' rows as an indicator block, or None when no record names an indicator with a target
    or a result."""
    rows: list[IndicatorRow] = []
    level1 = level2 = None
    first = last = -1
    for i in marked_cells(cells)[0]:  # (the cells holding a colon: the few a record may be)
        if i in taken:
            continue
        cell = cells[i]
        m = _RECORD_CELL.match(cell.text.strip())
        if m is None:
            continue
        role, value = _LABELS[m.group("label")], compact(m.group("value")) or ""
        first, last = first if first >= 0 else i, i
        if role == "level1":
            level1, level2 = value or None, None
        elif role == "level2":
            level2 = value or None
        elif role == "name":
            rows.append(IndicatorRow(level1, level2, value, cell.line_no, {}))
        elif rows and role not in rows[-1].cells:
            rows[-1].cells[role] = value
    rows = [r for r in rows if r.name and (r.cells.get("target") or r.cells.get("actual"))]
    if not rows:
        return None
    return IndicatorBlock(Header(first, last + 1, "indicators", _COLUMNS, [""] * len(_COLUMNS)), rows)
