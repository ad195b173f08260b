"""Money figures about the department's funds -> ``budget_items`` rows.

Rules:
- ``narrative_figures``: ``<label>[为|：]<number><元|万元|亿元>`` in running text. The label is the
  vocabulary entry that ends right before the number; a bare qualifier (``实际支出``, ``决算数``,
  ``年初预算安排``) refers to the subject named before it in the same sentence
  (``基本支出年初预算安排为…，本年实际支出为…`` is 基本支出's spending).
- ``table_figures``: header cells name the column (``年初预算数``, ``2022年决算数``), the row
  label names the part (``合计``, ``公用经费``); numbers without a unit take the table's
  declared unit (``单位：万元``), else 万元, the unit of the national forms.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal

from pipelines.extract import vocabulary as V
from pipelines.extract.forms import Forms
from pipelines.extract.indicators import indicator_columns
from pipelines.extract.numbers import MONEY_RE, NUMBER_RE, UNIT_DECLARATION_RE, YEAR_RE, parse_number, to_wan_yuan
from pipelines.extract.tables import FlatRow, Table
from pipelines.model import Document

_QUOTES = re.compile(r"[“”\"'‘’「」『』《》]")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?]")
_CLAUSE_BREAK = re.compile(r"[，,、。；;:：()（）！？!?]")
_TIME_WORDS = re.compile(r"(?:(?:19|20)\d{2}年度?|本年度|本年|全年|当年|年度|上年|其中|主要|包括|以及|和|及|的)+$")
_PREV_YEAR = re.compile(r"上年|去年|上一年度|上年度")


@dataclass
class BudgetFigure:
    item: str
    label: str
    amount_wan_yuan: Decimal
    amount_raw: str
    line_no: int
    fiscal_year: int | None  # None: the report's fiscal year


def _longest_suffix(text: str, labels) -> str | None:
    best = None
    for label in labels:
        if text.endswith(label) and (best is None or len(label) > len(best)):
            best = label
    return best


_ALL_BUDGET_LABELS = {label: item for item, labels in V.BUDGET_LABELS.items() for label in labels}
_QUALIFIERS = set(V.ACTUAL_QUALIFIERS) | set(V.BUDGET_QUALIFIERS)


def _clean(window: str) -> str:
    return V.CONNECTOR_RE.sub("", _QUOTES.sub("", "".join(window.split())))


def _explicit_subject(head: str, compound: bool = False) -> tuple[str | None, bool]:
    """The subject written right before a qualifier: (subject, whether any subject text is there)."""
    head = _CLAUSE_BREAK.split(head)[-1]
    whole = _longest_suffix(head, V.WHOLE_DEPARTMENT)
    if whole:
        return whole, False  # 整体支出年初预算数 / 本项目年初预算数: the report's own subject
    subject = _longest_suffix(head, V.SUBJECTS)
    if subject:
        return subject, True
    rest = _TIME_WORDS.sub("", head)
    if rest and not V.ORG_SUFFIX.search(rest) and (V.MONEY_NOUN_END.search(rest) or compound):
        # an unknown part (公务接待费预算数, 一般公共服务支出): its figures are `other`
        return rest, True
    return None, False  # 年中 / 经费追加后 / 区信访局: no subject named


def classify_label(window: str, sentence_subject: str | None) -> tuple[str, str, str | None]:
    """Map the text before a number to (item, label, subject now in scope)."""
    text = _clean(window)
    label = _longest_suffix(text, _ALL_BUDGET_LABELS)
    if label:
        return _ALL_BUDGET_LABELS[label], label, sentence_subject
    subject = _longest_suffix(text, V.SUBJECTS)
    if subject:
        return V.SUBJECTS[subject] or "other", subject, subject
    qualifier = _longest_suffix(text, _QUALIFIERS)
    if qualifier:
        head = text[: -len(qualifier)]
        # a bare 支出 glued to other words is part of a noun (一般公共服务支出), not a qualifier
        explicit, named = _explicit_subject(head, compound=qualifier in ("支出", "支出数"))
        subject = explicit if named else sentence_subject
        whole = explicit is not None and not named  # 整体支出年初预算数 / 合计
        label = (explicit or "") + qualifier if explicit else qualifier
        if qualifier in V.BUDGET_QUALIFIERS:
            if whole or (subject is None and qualifier in V.STANDALONE_BUDGET):
                return V.BUDGET_QUALIFIERS[qualifier], label, sentence_subject
            return "other", label, subject if named else sentence_subject
        item = V.SUBJECTS.get(subject) if subject else None
        if item:
            return item, label, subject
        if subject is None and (whole or qualifier in V.STANDALONE_ACTUAL):
            return "expenditure_total", label, sentence_subject
        return "other", label, subject if named else sentence_subject
    tail = _CLAUSE_BREAK.split(text)[-1][-30:]
    return "other", tail, sentence_subject


def _figure_year(window: str) -> int | None:
    text = "".join(window.split())
    for label in V.OWN_YEAR_LABELS:  # 上年结转: this year's opening balance, not last year's figure
        text = text.replace(label, "")
    if _PREV_YEAR.search(text):
        return -1  # relative: the year before the report's fiscal year
    years = YEAR_RE.findall(text)
    return int(years[-1]) if years else None


def narrative_figures(doc: Document) -> list[BudgetFigure]:
    out: list[BudgetFigure] = []
    for para in doc.paragraphs:
        if "\t" in para.text or para.text.lstrip().startswith("|"):
            continue  # table cells are read by table_figures
        subject: str | None = None
        prev_end = 0
        for m in MONEY_RE.finditer(para.text):
            window = para.text[prev_end: m.start()]
            breaks = list(_SENTENCE_BREAK.finditer(window))
            if breaks:
                subject = None
                window = window[breaks[-1].end():]
            item, label, subject = classify_label(window, subject)
            amount = parse_number(m.group("num"))
            prev_end = m.end()
            if amount is None:
                continue
            out.append(BudgetFigure(
                item=item, label=label or m.group(0), amount_wan_yuan=to_wan_yuan(amount, m.group("unit")),
                amount_raw=m.group(0).strip(), line_no=para.line_at(m.start()), fiscal_year=_figure_year(window),
            ))
    return out


# --- tables ------------------------------------------------------------------------------

def declared_unit(doc: Document, before_line: int) -> str:
    """The money unit declared nearest above a table line (``单位：万元``); 万元 by default."""
    at, units = _unit_declarations(doc)
    i = bisect.bisect_left(at, before_line) - 1  # the last declaration on a line index < before_line
    return units[i] if i >= 0 else "万元"


_units_cache: tuple | None = None  # (doc.lines, declarations) of the document being extracted


def _unit_declarations(doc: Document) -> tuple[list[int], list[str]]:
    """(0-based line indices, units) of every unit declaration, found once per document: looking
    back from every table row instead was quadratic (minutes for a 100,000-row table)."""
    global _units_cache
    cached = _units_cache  # one read and one write of a tuple: safe should threads share the module
    if cached is not None and cached[0] is doc.lines:
        return cached[1]
    at, units = [], []
    for i, line in enumerate(doc.lines):
        m = UNIT_DECLARATION_RE.search(line)
        if m:
            at.append(i)
            units.append(m.group("unit"))
    _units_cache = (doc.lines, (at, units))
    return at, units


_COLUMN_RE = re.compile("|".join(sorted(map(re.escape, V.COLUMN_LABELS), key=len, reverse=True)))


def column_meaning(header: str) -> tuple[str | None, int | None, str]:
    """(what a header cell holds, the year it names, its label): ``2022年决算数`` -> ('expenditure_total', 2022, …)."""
    text = _clean(header)
    m = None
    for m in _COLUMN_RE.finditer(text):
        pass
    if m is None:
        return None, None, text
    years = YEAR_RE.findall(text)
    return V.COLUMN_LABELS[m.group(0)], (int(years[-1]) if years else None), text


# What a row label may open with before its subject: 其中：, a list number, a time word (本年收入合计).
_ROW_PREFIX = re.compile(r"^(?:其中[:：]?|[\d一二三四五六七八九十]+[、.]|本年度|本年|全年|当年)+")


def row_meaning(label: str) -> str | None:
    """'total' for a whole-department row, a canonical item for a part row, else None."""
    text = _ROW_PREFIX.sub("", _clean(label))
    if not text or any(text.startswith(t) for t in V.TOTAL_ROWS):
        return "total"
    for name, item in V.ROW_ITEMS.items():
        if text == name or text.rstrip("：:") == name:
            return item
    return None


@dataclass
class TableFacts:
    """What budget tables state, beyond money figures: rates and staff counts."""
    execution_rates: list[tuple[float, int]]
    staff_authorized: list[tuple[int, int]]
    staff_actual: list[tuple[int, int]]
    funds_row: tuple[float | None, float | None] | None = None  # (分值, 得分) of the 年度资金总额 row
    adjustment_rates: list[tuple[float, int]] = field(default_factory=list)


def _money_cell(cell: str, unit: str, column: str | None, row: str | None,
                year: int | None, row_label: str, column_label: str, line_no: int) -> BudgetFigure | None:
    amount = parse_number(cell)
    if amount is None or "%" in cell:
        return None
    m = MONEY_RE.search(cell)
    cell_unit = m.group("unit") if m else unit
    label = _clean(row_label)
    if row == "total" and column in ("budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total"):
        item, label = column, column_label  # 合计 | 年初预算数: the column names the figure
    elif row not in (None, "total") and column == "expenditure_total":
        item = row  # 公用经费 | 2022年决算数
    else:
        item = "other"
    return BudgetFigure(item=item, label=label or column_label, amount_wan_yuan=to_wan_yuan(amount, cell_unit),
                        amount_raw=cell.strip() + ("" if m else cell_unit), line_no=line_no, fiscal_year=year)


def table_figures(doc: Document, tables: list[Table], flat: list[FlatRow]) -> tuple[list[BudgetFigure], TableFacts]:
    figures: list[BudgetFigure] = []
    facts = TableFacts([], [], [])
    for table in tables:
        header: list[tuple[str | None, int | None]] | None = None
        of_indicators = False
        for row in table.rows:
            meanings = [column_meaning(c) for c in row.cells]
            numeric = [bool(NUMBER_RE.fullmatch(c.strip().rstrip("%"))) for c in row.cells]
            if not any(numeric):
                if any(m for m, _, _ in meanings):
                    header = meanings
                    # an indicator table's 合计 row totals its 分值/得分: it is not the funds row
                    of_indicators = indicator_columns(row.cells) is not None
                elif sum(bool(c.strip()) for c in row.cells) >= 2:
                    header = None  # another table or section starts
                continue
            if header is None or not any(numeric):
                continue
            label = next((c for c, n in zip(row.cells, numeric) if c.strip() and not n), "")
            _read_row(doc, row.cells, header, label, row.line_no, [row.line_of(i) for i in range(len(row.cells))],
                      figures, facts, funds_row=not of_indicators)
    for fr in flat:
        if not fr.label:
            continue  # a bare pair of values belongs to an indicator row, not a budget table
        header = [column_meaning(m.group(0)) for m in _COLUMN_RE.finditer(_clean(fr.header_text))]
        if len(header) != len(fr.values):
            continue
        _read_row(doc, fr.values, header, fr.label, fr.line_no, [fr.line_no] * len(fr.values), figures, facts)
    return figures, facts


def _read_row(doc, cells, header, label, line_no, cell_lines, figures, facts, funds_row: bool = True) -> None:
    row = row_meaning(label)
    unit = declared_unit(doc, line_no)
    for i, cell in enumerate(cells):
        if i >= len(header) or not cell.strip():
            continue
        column, year, column_label = header[i]
        if column is None or not NUMBER_RE.search(cell):
            continue
        value = parse_number(cell)
        if column.startswith("rate:execution") and row == "total" and "%" in cell:
            facts.execution_rates.append((float(value), cell_lines[i]))
        elif column == "rate:adjustment" and row == "total" and "%" in cell:
            facts.adjustment_rates.append((float(value), cell_lines[i]))
        elif column == "staff:authorized" and "%" not in cell:
            facts.staff_authorized.append((int(value), cell_lines[i]))
        elif column == "staff:actual" and "%" not in cell:
            facts.staff_actual.append((int(value), cell_lines[i]))
        elif column in ("weight", "score") and row == "total" and "%" not in cell and funds_row:
            weight, score = facts.funds_row or (None, None)
            facts.funds_row = (float(value), score) if column == "weight" else (weight, float(value))
        elif column.startswith(("rate:", "staff:")) or column in ("weight", "score"):
            continue
        else:
            fig = _money_cell(cell, unit, column, row, year, label, column_label, cell_lines[i])
            if fig is not None:
                figures.append(fig)


# --- forms ---------------------------------------------------------------------------------

_MONEY_ROLES = ("budget_initial", "budget_adjustment", "budget_full_year", "expenditure_total", "carryover_end")


def form_figures(forms: Forms, facts: TableFacts) -> list[BudgetFigure]:
    """The funds blocks' total rows and the funds label -> value pairs: money figures by the role of
    their column (or label); the execution rate and the funds row's 分值/得分 into ``facts``."""
    out: list[BudgetFigure] = []
    values = [fv for block in forms.funds for fv in block.values] + forms.funds_pairs
    for fv in values:
        if fv.role in _MONEY_ROLES:
            out.append(BudgetFigure(item=fv.role, label=_clean(fv.label), amount_wan_yuan=to_wan_yuan(fv.value, fv.unit),
                                    amount_raw=fv.raw if MONEY_RE.search(fv.raw) else f"{fv.raw}{fv.unit}",
                                    line_no=fv.line_no, fiscal_year=None))
        elif fv.role == "rate":
            facts.execution_rates.append((float(fv.value), fv.line_no))
    for block in forms.funds:
        got = {fv.role: float(fv.value) for fv in block.values if fv.role in ("weight", "score")}
        if got and facts.funds_row is None:
            facts.funds_row = (got.get("weight"), got.get("score"))
    return out
