"""Report-level fields: title, department, year, kind, self-score, grade, staff, execution rate.

Each field is read from the evidence in one documented order, and keeps the line it was read
from (the ``*_line_no`` columns of ``reports``):

| field | evidence, first that answers |
|---|---|
| department | see ``units.py``: form cells (实施单位, 部门名称, 主管部门), title, page metadata, running text |
| province, city, district | the department's name, else the place the page writes before it (``regions.py``) |
| fiscal_year | the title's year, unless the form's own year line under its heading ((2022年度)) differs, or the title writes its year bare (某局2024年…自评报告: maybe the year it is published in) and the text says it evaluates a year or two before (现将我局2023年度…自评情况公示如下); the year most written as ``YYYY年度``; the last date line's year - 1 |
| report_kind | the title's words; the form (a 项目名称 cell naming a project); the running text's words |
| self_score | the form's 自评得分 cell; the 总分 row; running text (自评得分92分) |
| grade | the form's 自评等级 cell; the cell after the 总分 row's score; running text (等次为优秀) |
| staff | the form's 编制数 / 实有人数 cells; table columns; running text (编制13人, 在职在编12人); of counts a year leads (a form's cell 2023年实际在职人数, 2022年末实有人数40人), the report's year's first |
| execution rate | the funds block (its 执行率 column); a funds block flattened into text; running text; the report's year's among rates listed over years (2021—2023年…执行率分别为…) |

The vocabulary lives in ``vocabulary.py`` and ``roles.py``. A rule returns None when the document
does not state the field. A figure of a form cell or of the text outside the range the warehouse
accepts (``RANGES``) is no candidate; when a field is left empty for that, ``read_report_fields``
says which figure, where, and why (``notes``), so a report never loses a figure unseen. A funds
table's rate and a staff table's count are kept as read: validation sets one out of range to NULL
and says so.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.forms import forms_of
from pipelines.extract.kinds import is_header_cell, key
from pipelines.extract.literals import (_joined_texts, doc_may_match, fewest_words, first_letter_scans, gate,
                                       lines_holding, lines_of_scans, may_match, paragraphs_may_match)
from pipelines.extract.numbers import DATE_RE, MONEY_RE, YEAR, YEAR_RE, as_float, parse_chinese_number
from pipelines.extract.prose import cut_at, figured_prose, open_bracket
from pipelines.extract.regions import gazetteer
from pipelines.extract.titles import Title, arabic_years, find_titles, is_form_heading, parse_title
from pipelines.extract.units import Evidence, find_unit, form_units, metadata_unit
from pipelines.model import Document
from pipelines.page_chrome import page_menu
from pipelines.normalise import compact

__all__ = ["RANGES", "Dropped", "arabic_years", "read_report_fields"]


# --- figures out of range --------------------------------------------------------------------

# What the warehouse accepts (schemas/reports.py, which pandera is too heavy to import here; a test
# keeps the two equal): (low, high, unit as written).
RANGES: dict[str, tuple[float, float, str]] = {
    "self_score": (0, 100, "分"),
    "staff_authorized": (0, 100_000, "人"),
    "staff_actual": (0, 100_000, "人"),
    "budget_execution_rate_pct": (0, 200, "%"),
}


@dataclass(frozen=True)
class Dropped:
    """A figure a rule found for a field but did not keep, being out of the field's range."""
    field: str
    written: str  # as the document writes it: 10000%, 150分
    line_no: int | None

    def note(self) -> str:
        low, high, unit = RANGES[self.field]
        where = f" on line {self.line_no}" if self.line_no else ""
        return (f"{self.field}: {self.written}{where} is outside {low:,g}–{high:,g}{unit}, not stored; "
                f"the rest of the report is loaded")


def _kept(field: str, value: float, written: str, line_no: int | None, dropped: list[Dropped] | None) -> bool:
    """Whether ``value`` is in the field's range; if not, it is recorded in ``dropped``."""
    low, high, unit = RANGES[field]
    if low <= value <= high:
        return True
    if dropped is not None:
        written = written.strip()
        dropped.append(Dropped(field, written + unit if written[-1:].isdigit() else written, line_no))
    return False


# --- title, department, region, year, kind ------------------------------------------------

def titles_of(doc: Document) -> list[Title]:
    return find_titles(doc, gazetteer().starts_with_place)


def find_title(doc: Document) -> tuple[str | None, int | None]:
    """The report's title and its first line (the first title near the top of the document)."""
    titles = titles_of(doc)
    return (titles[0].text, titles[0].line_no) if titles else (None, None)


def department_from_title(title: str | None) -> str | None:
    return parse_title(title, 0, gazetteer().starts_with_place).unit if title else None


def find_department(doc: Document, title: str | None = None, forms=None) -> str | None:
    ev = find_unit(doc, forms if forms is not None else forms_of(doc), titles_of(doc), gazetteer())
    return ev.value if ev else None


def department_from_fields(doc: Document, forms=None) -> str | None:
    units = form_units(doc, forms if forms is not None else forms_of(doc))
    return units[0][1].value if units else None


_YEAR_ANNUAL = re.compile(rf"({YEAR})\s*年度")


# A year written as a form's field (评价年度：2023, 年度: 2023年, or in cells: | 预算年度 | 2023 |) names the year
# evaluated; a period (评价年度：2022-2023) its last year, as a title's 2022-2023年度 does. (In cells the label opens
# its cell: 2022年度 | 2023年度 heads two columns.)
_YEAR_LABEL = "(?:评价|预算|所属|项目|绩效|考核|自评)?年度"
_YEAR_FIELD = re.compile(rf"(?:{_YEAR_LABEL}\s*[:：]|(?:^|[|\t])\s*{_YEAR_LABEL}\s*[|\t])\s*(?P<year>{YEAR})"
                         rf"(?:\s*年?\s*[-—~～至到－]\s*(?P<end>{YEAR}))?(?!\d)")
# The year the text says it evaluates (我局对2023年度部门整体支出开展了绩效自评): that year, whatever year the notice
# asking for the evaluation or the plans after it name more often (关于开展2024年度预算绩效自评工作的通知).
_EVALUATED_YEAR = re.compile(rf"对\s*(?P<year>{YEAR})\s*年度?[^，,。；;《》]{{0,30}}?(?:开展|进行|实施|组织)(?:了)?"
                             r"[^，,。；;]{0,12}?(?:自评|评价)")
# the character before a year that compares with it (较2022年度, 比2021年, 与2020年相比)
_COMPARED_WITH = frozenset("较比与")
# the year of the spending evaluated, written before it (现将我局2023年部门整体支出绩效自评情况报告如下)
_EVALUATED_SPENDING = re.compile(rf"(?P<year>{YEAR})\s*年度?\s*(?:部门|单位)?(?:整体支出|项目支出)[^，,。；;]{{0,6}}?"
                                 r"(?:绩效)?(?:自评|评价)")
# the evaluation of the year before the one a cited notice names (对上年度部门整体支出进行了绩效自评)
_LAST_YEAR_EVALUATED = re.compile(r"对\s*上一?年度")
# a date written with numbers only: 填报日期：2024-03-15 / 2024/3/15
_NUMERIC_DATE = re.compile(rf"(?<!\d)(?P<year>{YEAR})\s*[-/]\s*\d{{1,2}}\s*[-/]\s*\d{{1,2}}(?!\d)")


# A document cited by its title (《…》) names the year evaluated only when it asks for the evaluation
# (《…关于开展2023年度部门整体支出绩效自评工作的通知》); any other (a notice on the next year's budget
# management, a plan for 2016-2025年) has a year of its own.
_RANGE_MARKS = frozenset("-—~～至到－")
_CITED_TITLE = re.compile(r"《[^《》]*(?:》|$)")
_EVALUATION_WORDS = re.compile(r"自评|评价")


_UP_TO = (*V.AS_OF_WORDS, "至")  # (截至2022年12月31日 / …至2022年12月31日)
_TO_DECEMBER = re.compile(rf"\s*(?:\d{{1,2}}\s*日)?\s*[至到\-—－~～]\s*(?:{YEAR}\s*年)?\s*12\s*月")


def _all_cited_titles(line: str) -> list[tuple[int, int]]:
    """The spans of every title cited in ``line`` (《…》)."""
    return [m.span() for m in _CITED_TITLE.finditer(line)]


def _cited_titles(line: str) -> list[tuple[int, int]]:
    """The spans of the titles cited in ``line`` that do not ask for the evaluation."""
    return [m.span() for m in _CITED_TITLE.finditer(line) if not _EVALUATION_WORDS.search(m.group())]


# A form's own year line under its heading (项目支出绩效自评表 / （2022年度）), its digits spaced or not (( 2 022 年度)
# as a page's cells print it)
_FORM_YEAR_LINE = re.compile(r"[(（]\s*(?P<year>(?:1\s*9|2\s*0)\s*\d\s*\d)\s*年\s*度?\s*[)）]")
_FORM_YEAR_LINE_MAX = 24
_FORM_YEAR_CLOSES = ("年)", "年）", "度)", "度）", "年 )", "年 ）", "度 )", "度 ）")  # (what such a line holds: far fewer lines than 年度)
_CELL_EDGES = " \t|\u3000"


def _form_year_line(doc: Document) -> Evidence | None:
    """The year of the first form whose heading has its year on the line under it (自评表 / （2022年度））: the year
    the form evaluates."""
    for i in lines_holding(doc, _FORM_YEAR_CLOSES):
        line = doc.lines[i].strip(_CELL_EDGES)
        if len(line) > _FORM_YEAR_LINE_MAX or (m := _FORM_YEAR_LINE.fullmatch(line)) is None:
            continue
        above = next((t for j in range(i - 1, max(i - 3, -1), -1) if (t := doc.lines[j].strip(_CELL_EDGES))), "")
        if above and is_form_heading(above) and _FORM_YEAR_LINE.fullmatch(above) is None:
            return Evidence(int("".join(m.group("year").split())), i + 1, "form")
    return None


def _evaluated_year_said(doc: Document, after: int = 0) -> Evidence | None:
    """The year the text says it evaluates: 对2023年度部门整体支出开展了绩效自评, else 现将我局2023年部门整体支出绩效
    自评情况报告如下 (a year inside a cited notice's title not). With ``after`` (a title's line): the first statement
    of either kind below that line, a result (2022年度部门整体支出绩效自评得分88分) none."""
    said = None
    for i in lines_holding(doc, ("对",)):
        line = doc.lines[i]
        if i < after:
            continue
        if "年" in line and (m := _EVALUATED_YEAR.search(arabic_years(line))) is not None:
            said = Evidence(int(m.group("year")), i + 1, "text")  # 对2023年度部门整体支出开展了绩效自评
            break
    if said is not None and not after:
        return said
    for i in lines_holding(doc, ("整体支出", "项目支出")):
        line = doc.lines[i]
        if i < after:
            continue
        if said is not None and i + 1 >= said.line_no:
            break
        if "年" in line and (m := _EVALUATED_SPENDING.search(line := arabic_years(line))) is not None \
                and not any(a < m.start() < b for a, b in _cited_titles(line)) \
                and not (after and line.startswith(_EVALUATION_RESULTS, m.end())):
            return Evidence(int(m.group("year")), i + 1, "text")  # 现将我局2023年部门整体支出绩效自评情况报告如下
    return said


# what an evaluation gave (2022年度部门整体支出绩效自评得分88分): a result of that year, no statement of the year evaluated
_EVALUATION_RESULTS = ("得分", "分数", "结果", "等级", "等次", "综合得分", "总分")


_PUBLISHED_AFTER_MAX = 2  # (a report is published within a year or two of the year it evaluates)


def _bare_title_year(title: Title) -> bool:
    """The title writes its year bare (某局2024年部门整体支出绩效自评报告), not as a fiscal year (2024年度): maybe the
    year it is published in."""
    text = compact(arabic_years(title.text)) or ""
    at = text.find(f"{title.year}年")
    return at >= 0 and not text.startswith("度", at + 5)


def _earlier_year_written(doc: Document, year: int) -> bool:
    """The text may write one of the years a report evaluates before the year it is published in (in figures, or in
    words: 二〇二三年)."""
    text = doc.text()
    return any(f"{year - k}年" in text for k in range(1, _PUBLISHED_AFTER_MAX + 1)) or "〇" in text or "○" in text


def fiscal_year_evidence(doc: Document, titles: list[Title]) -> Evidence | None:
    """The form's own year line under its heading; the title's year; else the year most often written as
    ``YYYY年度``; else the date line's year - 1. (A notice's title publishing the form may name the year it is
    published in: 某局2023年项目绩效自评结果公开 over the form's （2022年度）.)"""
    form_year = _form_year_line(doc)
    for t in titles[:1]:
        if t.year is not None:
            if form_year is not None and form_year.value != t.year:
                return form_year
            # a title naming the year it is published in (某局2024年部门整体支出绩效自评报告) over a text saying it
            # evaluates the year before (现将我局2023年度部门整体支出绩效自评情况公示如下): the year evaluated
            # (read only where the text writes a year before the title's: two finds, most documents stop there)
            if _earlier_year_written(doc, t.year) and _bare_title_year(t) \
                    and (said := _evaluated_year_said(doc, t.line_no)) is not None \
                    and t.year - _PUBLISHED_AFTER_MAX <= said.value < t.year:
                return said
            return Evidence(t.year, t.line_no, "title")
    if form_year is not None:
        return form_year
    if doc_may_match(_YEAR_FIELD, doc):
        for i in lines_holding(doc, ("年度",)):
            no, line = i + 1, doc.lines[i]
            if "年度" in line and (m := _YEAR_FIELD.search(line)) is not None:
                return Evidence(int(m.group("end") or m.group("year")), no, "form")  # 评价年度：2023
    said = _evaluated_year_said(doc)
    if said is not None:
        return said
    annual: Counter[int] = Counter()
    first_line: dict[int, int] = {}
    dates: list[tuple[int, int]] = []
    years: Counter[int] = Counter()
    for no, line in enumerate(doc.lines, start=1):
        if "年" not in line:
            continue
        line = arabic_years(line)
        cited = _cited_titles(line) if "《" in line else ()
        # one scan: every match of _YEAR_ANNUAL and of DATE_RE is a match of YEAR_RE (the same year,
        # then 度, or then a month), and no year starts inside one of them (a year opens after no digit)
        for m in YEAR_RE.finditer(line):
            y = int(m.group("year"))
            if m.start() and line[m.start() - 1] in _COMPARED_WITH:
                continue  # 较2022年度减少…: the year compared with is not the one evaluated
            if m.start() >= 5 and line[m.start() - 1] in _RANGE_MARKS and line[m.start() - 5: m.start() - 1].isdigit():
                continue  # 2020-2022年度 / 2021至2025年: the end of a period, not one year
            if cited and any(a < m.start() < b for a, b in cited):
                continue  # 《…关于做好2024年度预算绩效管理工作的通知》: the year of a document cited
            if "《" in line and _LAST_YEAR_EVALUATED.search(line) and any(
                    a < m.start() < b for a, b in _all_cited_titles(line)):
                y -= 1  # 根据《…关于开展2024年度预算绩效自评工作的通知》，对上年度部门整体支出进行了绩效自评
            if line.startswith("度", m.end()):  # _YEAR_ANNUAL's match
                annual[y] += 1
            if (d := DATE_RE.match(line, m.start())) is not None:
                # a report is written after the year it evaluates, but the year's own end (截至2022年12月31日,
                # 2022年1月1日至2022年12月31日, 2022年1月至12月) names that year
                year_end = (d.group("month") == "12" and line.endswith(_UP_TO, 0, d.start())) \
                    or _TO_DECEMBER.match(line, d.end()) is not None
                dates.append((int(d.group("year")) + (1 if year_end else 0), no))
            years[y] += 1
            first_line.setdefault(y, no)
    if annual:
        y = annual.most_common(1)[0][0]
        return Evidence(y, first_line[y], "text")
    # A report is written in the year after the one it evaluates: the last date line tells.
    if dates:
        y, no = max(dates)
        return Evidence(y - 1, no, "text")
    if years:
        y = years.most_common(1)[0][0]
        return Evidence(y, first_line[y], "text")
    # no year in words: a date written in numbers only (填报日期：2024-03-15; often a page's own date, so last)
    numeric = [(int(m.group("year")), no) for no, line in enumerate(doc.lines, start=1)
               if ("-" in line or "/" in line) for m in _NUMERIC_DATE.finditer(line)]
    if numeric:
        y, no = max(numeric)
        return Evidence(y - 1, no, "text")
    return None


def find_fiscal_year(doc: Document, title: str | None) -> int | None:
    titles = [parse_title(title, 0)] if title else []
    ev = fiscal_year_evidence(doc, titles)
    return ev.value if ev else None


_TEXT_KIND_RE = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in V.TEXT_KIND_WORDS.items()}
_KIND_SCAN_LINES = 80


def report_kind_evidence(doc: Document, titles: list[Title], forms=None, unit: str | None = None) -> Evidence | None:
    """The title's words (the first title that names a kind, if it names the same unit or none); the
    form (a 项目名称 / 转移支付名称 cell naming a project); the running text's words."""
    for t in titles:
        if t.kind and (t.unit is None or unit is None or _same_unit(t.unit, unit)):
            return Evidence(t.kind, t.line_no, "title")
    # no title says: the form's 项目名称 cell or the text's own words, whichever comes first (a
    # project form opens with its 项目名称; a report that includes project forms describes itself first)
    form = None
    for f in (forms.field("project") if forms is not None else []):
        kind = "department_overall" if V.WHOLE_DEPARTMENT_PROJECT.search(f.value) else "project"
        form = Evidence(kind, f.line_no, "form")
        break
    for no, line in enumerate(doc.lines[:_KIND_SCAN_LINES + page_menu(doc)[0]], start=1):
        if form is not None and no > form.line_no:
            break
        text = compact(line) or ""
        hits = [(m.start(), kind) for kind, p in _TEXT_KIND_RE.items() if (m := p.search(text))]
        if hits:
            return Evidence(min(hits)[1], no, "text")
    return form


_SHARED_END = 5  # characters two names of one unit end with (…经开区分局)


def _same_unit(a: str, b: str) -> bool:
    """One name holds the other, or both end alike and the longer holds the shorter's first two characters:
    市场监管经开区分局 and 某市市场监督管理局经开区分局 are one unit, named short and in full."""
    short, long_ = sorted((a, b), key=len)
    return short in long_ or (len(short) >= _SHARED_END and short[-_SHARED_END:] == long_[-_SHARED_END:]
                              and short[:2] in long_)


def find_report_kind(title: str | None, doc: Document, forms=None) -> str:
    titles = [parse_title(title, 0)] if title else titles_of(doc)
    ev = report_kind_evidence(doc, titles, forms if forms is not None else forms_of(doc))
    return ev.value if ev else "department_overall"


# --- score and grade ------------------------------------------------------------------------

# (a note in brackets after the figure, 95.5(满分100分), 12(含工勤2人), is no part of it)
_NUMBER_CELL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:分)?\s*(?:[(（][^()（）]*[)）])?\s*$")
# A staff count's cell, its unit written after it or not (编制数 | 45人), its thousands parted by commas or not (1,318人)
_COUNT_CELL = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?\s*(?:人|名)?\s*(?:[(（][^()（）]*[)）])?\s*$")


_STAFF_ROLES = frozenset(("staff_authorized", "staff_actual"))


def _form_number(forms, role: str, dropped: list[Dropped] | None = None, year: int | None = None) -> Evidence | None:
    """The first label -> value cell of ``role`` whose value is a number in the role's range
    (自评总分 | 91.35, 编制数 | 1200); of cells whose labels name years (2022年实有人数 | 40 | 2023年实有人数 | 42), the
    report's ``year``'s first."""
    cell = _COUNT_CELL if role in _STAFF_ROLES else _NUMBER_CELL
    other_year: Evidence | None = None
    for f in (forms.field(role) if forms is not None else []):
        m = cell.match(f.value)
        if m and _kept(role, value := float(m.group(1).replace(",", "")), f.value, f.line_no, dropped):
            here = Evidence(value, f.line_no, "form")
            if year is not None and f.label[:2] in ("19", "20") and (y := _LABEL_YEAR.match(f.label)) is not None \
                    and int(y.group(1)) != year:
                other_year = other_year or here
                continue
            return here
    return other_year


_LABEL_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _of_the_year(fields: list, year: int | None) -> list:
    """Form fields with those whose labels name a year not the report's ``year`` (2022年评价等级 | 优, read from a table
    of years) put last."""
    if year is None or not any(f.label[:2] in ("19", "20") for f in fields):
        return fields
    other = [f for f in fields if f.label[:2] in ("19", "20") and (y := _LABEL_YEAR.match(f.label)) is not None
             and int(y.group(1)) != year]
    return [f for f in fields if f not in other] + other


def self_score_evidence(doc: Document, forms=None, total_row=..., dropped: list[Dropped] | None = None,
                        year: int | None = None, kind: str | None = None) -> Evidence | None:
    """The form's 自评得分 cell; the 总分 row (总分 | 100 | 93); a total score in running text."""
    # 自评得分 / 自评分 also head the indicator table's score column: only a total's label is read
    # from the cells (自评总分, 项目总得分); the others are read where they stand, as before
    row = _total_row(doc) if total_row is ... else total_row
    if row and row.score is None and row.written is not None and dropped is not None:
        _kept("self_score", float(row.written), row.written, row.line_no, dropped)
    form = (_form_number(forms, "self_score", dropped, year) or _score_beside_grade(doc, forms, dropped)
            or _result_score(forms, dropped))
    if form is not None:
        return _respaced_score(doc, form)
    if row and row.score is not None and row.weight is not None and row.weight < 100:
        # 总分 | 90 | 88 sums the indicators alone: a total the text states (自评得分97.85分) is the whole
        text = _self_score_in_text(doc, None, labelled_only=True, year=year, kind=kind)
        if text is not None:
            return text
    if row and row.score is not None:
        return Evidence(row.score, row.line_no, "table")
    if kind in (None, "department_overall") and (whole := _whole_row(doc)) is not None and whole[0] is not None:
        return whole[0]
    return (_self_score_in_text(doc, dropped, year=year, kind=kind)
            or (_score_of_the_year_listed(doc.paragraphs, dropped, year) if year is not None else None))


_WHOLE_ROW_UP = 8  # how far above a results row its table's header may stand


def _whole_row(doc: Document) -> tuple[Evidence | None, Evidence | None] | None:
    """A table of results (评价对象 | 预算数 | 执行数 | 自评得分 | 等级, a row an evaluation) whose row of the department's
    whole (部门整体支出 | 1,436.20 | 1,398.75 | 95.5 | 优) states the department's score and grade, under the columns
    its header names; None when there is no such row."""
    for no in lines_holding(doc, ("整体",)):
        line = doc.lines[no]
        if "|" not in line and "\t" not in line:
            continue
        cells = [c.strip() for c in re.split(r"[\t|]", line.strip().strip("|"))]
        first = compact(cells[0]) or "" if cells else ""
        if not first or len(first) > _WHOLE_LABEL_MAX or V.WHOLE_DEPARTMENT_ROW.fullmatch(first) is None:
            continue
        for up in range(no - 1, max(-1, no - 1 - _WHOLE_ROW_UP), -1):
            head = _table_cells(doc.lines[up])
            if len(head) != len(cells):
                continue
            if (columns := _result_columns(head)) is None:
                continue  # (a form's funds row scored against its points, 分值 | 得分, grades nothing: no result's row)
            return _result_evidence(cells, *columns, no + 1)
    return _unit_summary_row(doc)


def _result_columns(head: list[str]) -> tuple[int, int] | None:
    """Where a header of results (… | 自评得分 | 等级) puts the score and the grade; None unless it names both."""
    score_at = next((k for k, h in enumerate(head) if h in R.RESULT_SCORE_HEADS), None)
    grade_at = next((k for k, h in enumerate(head) if h in R.RESULT_GRADE_HEADS), None)
    return None if score_at is None or grade_at is None else (score_at, grade_at)


def _result_evidence(cells: list[str], score_at: int, grade_at: int, line_no: int
                     ) -> tuple[Evidence | None, Evidence | None]:
    """The score and the grade a row of results (``cells``, on line ``line_no``) states in those columns."""
    m = _NUMBER_CELL.match(cells[score_at])
    score = Evidence(float(m.group(1)), line_no, "table") if m and 0 < float(m.group(1)) <= 100 else None
    g = V.GRADES.get(key(cells[grade_at]))
    return score, (Evidence(g, line_no, "table") if g else None)


_WHOLE_LABEL_MAX = 12
# The header of a summary of the unit's evaluation opens with the unit's name (部门名称 | 年初预算数 | … | 自评得分 | 自评等级)
_UNIT_NAME_HEADS = frozenset(compact(h) for h in R.FIELDS["department"] if "名称" in h)
_RULE_LINE = re.compile(r"^[\s|:：\-—]*$")  # a Markdown table's rule under its header (|---|---|), or blank


def _table_cells(line: str) -> list[str]:
    return [compact(c) or "" for c in re.split(r"[\t|]", line.strip().strip("|"))]


def _unit_summary_row(doc: Document) -> tuple[Evidence | None, Evidence | None] | None:
    """A one-row summary of the unit's evaluation: a header opening with the unit's name and naming a score and a grade
    column (部门名称 | 年初预算数 | … | 预算执行率 | 自评得分 | 自评等级) over a single row of values (某街道办事处 | … | 92.5 |
    优): the department's score and grade. (Several rows under it list units or projects: none is the report's.)"""
    lines = doc.lines
    for no in lines_holding(doc, ("名称",)):
        line = lines[no]
        if "|" not in line and "\t" not in line:
            continue
        head = _table_cells(line)
        if len(head) < 3 or head[0] not in _UNIT_NAME_HEADS:
            continue
        if (columns := _result_columns(head)) is None:
            continue
        score_at = columns[0]
        at = no + 1
        while at < len(lines) and at <= no + 2 and _RULE_LINE.match(lines[at]):
            at += 1
        if at >= len(lines) or len(cells := _table_cells(lines[at])) != len(head):
            continue
        after = at + 1
        if after < len(lines) and len(more := _table_cells(lines[after])) == len(head) and _NUMBER_CELL.match(more[score_at]):
            continue  # a second record as wide: a list of units or projects
        return _result_evidence(cells, *columns, at + 1)
    return None


def _score_of_the_year_listed(paragraphs, dropped: list[Dropped] | None, year: int) -> Evidence | None:
    """The report's year's score among scores listed over years (自评得分分别为89分(2021年度)、92分(2022年度)和94.5分
    (2023年度); 2021—2023年…自评得分分别为89分、92分、94.5分): each score's year in brackets after it, else the years
    its sentence names, as many as the scores."""
    for i in paragraphs_may_match(V.SCORES_RESPECTIVELY, paragraphs):
        para = paragraphs[i]
        for m in V.SCORES_RESPECTIVELY.finditer(para.text):
            listed = list(V.LISTED_SCORE_RE.finditer(m.group("list")))
            if all(x.group("year") for x in listed):
                years = [int(x.group("year")) for x in listed]
            else:
                years = years_listed(_sentence_before(para.text, m.start())[0]) or []
            if len(years) != len(listed) or year not in years:
                continue
            num = listed[years.index(year)].group("num")
            line_no = para.line_at(m.start())
            if _kept("self_score", float(num), num + "分", line_no, dropped):
                return Evidence(float(num), line_no, "text")
    return None


_SCORE_BESIDE_GRADE = frozenset(R.SCORE_BESIDE_GRADE)
# A result's labels (自评结果 | 96.6): a grade word there is the grade, a bare figure the whole's score.
_RESULT_LABELS = frozenset(("自评结果", "评价结果"))


def _result_score(forms, dropped: list[Dropped] | None = None) -> Evidence | None:
    """自评结果 | 96.6: the score a result's cell (read for the grade, roles.FIELDS) holds instead of a grade word."""
    for f in (forms.field("grade") if forms is not None else []):
        if f.label in _RESULT_LABELS and (m := _NUMBER_CELL.match(f.value)) \
                and 0 < float(m.group(1)) <= 100 and _kept("self_score", float(m.group(1)), f.value, f.line_no, dropped):
            return Evidence(float(m.group(1)), f.line_no, "form")
    return None


def _grade_after_result_score(doc: Document, f) -> str | None:
    """自评结果 | 96.5 | 优: the grade in the cell after a result's score, on its line."""
    line = doc.lines[f.line_no - 1] if f.line_no and 0 < f.line_no <= len(doc.lines) else ""
    cells = [compact(c) or "" for c in _row_cells(line)]
    for i in range(len(cells) - 2):
        if key(cells[i]) == f.label and _NUMBER_CELL.match(cells[i + 1]):
            return _grade_cell(cells[i + 2])
    return None


def _score_beside_grade(doc: Document, forms, dropped: list[Dropped] | None = None) -> Evidence | None:
    """评价得分 | 96.3 | 评价等级 | 优: a score label an indicator table also heads a column with, then its figure, on
    the line of the form's grade cell (roles.SCORE_BESIDE_GRADE)."""
    for g in (forms.field("grade") if forms is not None else []):
        line = doc.lines[g.line_no - 1] if g.line_no and 0 < g.line_no <= len(doc.lines) else ""
        if not any(w in line for w in _SCORE_BESIDE_GRADE):
            continue  # (most grade lines: a literal test)
        cells = _row_cells(line)
        for label, value in zip(cells, cells[1:]):
            if key(label) in _SCORE_BESIDE_GRADE and (m := _NUMBER_CELL.match(value)) \
                    and _kept("self_score", float(m.group(1)), value, g.line_no, dropped):
                return Evidence(float(m.group(1)), g.line_no, "form")
    return None


# 自评得分：9 1.5 in running text: OCR spaced the figure, the line's cells split it (自评得分：9 | 1.5), and
# the field holds its first digits only. The figure after the colon, spaces inside it, ends at 分 or a stop.
_SPACED_FIELD_SCORE = re.compile(r"(?:[:：]\s*|(?<=[分数]) *)(?P<num>\d(?: ?\d){0,2}(?: ?\.(?: ?\d)+)?)"
                                 r"(?=\s*(?:分|[，,。；;]|$))")  # (or after a label ending in 分/数 and a space: 自评得分 9 2 分)


def _respaced_score(doc: Document, ev: Evidence) -> Evidence:
    """The form's self score, or the whole figure its line writes with spaces inside (9 1.5 -> 91.5)."""
    line = doc.lines[ev.line_no - 1] if ev.line_no and 0 < ev.line_no <= len(doc.lines) else ""
    if " " not in line:
        return ev  # (most lines: one literal test)
    for m in _SPACED_FIELD_SCORE.finditer(line):
        num = m.group("num")
        if " " in num and float(num.split(" ")[0]) == ev.value:
            value = float(num.replace(" ", ""))
            if _kept("self_score", value, num.replace(" ", ""), ev.line_no, None):
                return Evidence(value, ev.line_no, ev.source)
    return ev


def find_self_score(doc: Document, forms=None) -> float | None:
    ev = self_score_evidence(doc, forms)
    return ev.value if ev else None


def _self_score_in_text(doc: Document, dropped: list[Dropped] | None = None, labelled_only: bool = False,
                        year: int | None = None, kind: str | None = None) -> Evidence | None:
    """The total self-evaluation score; part scores (其中…, 预算执行得分) are skipped. A total's own label
    (自评得分, 总得分) anywhere wins over a bare 得分 before it, which may score one indicator. In a department's report
    (``kind``) a score whose clause names a project (某某项目自评得分98分) is that project's."""
    # (no document gate first: the paragraphs are the document's lines, whitespace aside, so a
    # document without the gate words has no paragraph holding one, and one scan of them answers)
    bare: Evidence | None = None
    scale: Evidence | None = None
    for i in paragraphs_may_match(V.SELF_SCORE_RE, doc.paragraphs):
        para = doc.paragraphs[i]
        for m in V.SELF_SCORE_RE.finditer(para.text):
            ctx = para.text[max(0, m.start() - V.SCORE_CONTEXT_CHARS): m.start()]
            ctx = _CLAUSE_BREAK.split(ctx)[-1]
            # (…，合计得分93.6分: a bare 得分 after a sum word alone sums the parts before it, the total's)
            # (…，合计得分93.6分: a sum word alone; 经自评，该项目得分92.8分: the evaluated whole named: the total's)
            is_bare = m.group("label") in V.BARE_SCORE_LABELS and not (ctx and (V.SCORE_SUM_CLAUSE.fullmatch(ctx)
                                                                                 or V.SCORE_OWNER.fullmatch(ctx)))
            if is_bare and bare is not None:
                continue
            # (专项资金绩效自评得分: the fund's evaluation as a whole, no component)
            if V.SCORE_COMPONENT.search(ctx) and not ctx.endswith("绩效") or _is_scale_total(para.text, m, ctx) \
                    or (kind == "department_overall" and _of_a_project(ctx)):
                continue
            so_far = _SENTENCE_SO_FAR.split(para.text[:m.start()])[-1]
            if "分" in so_far and _after_part_points(so_far):
                continue  # 指标分值15分，自评得分15分: the part's score, after its points
            if is_bare and (V.PART_POINTS.search(so_far) or V.BARE_SCORE_NOT_SELF.search(so_far) or "其中" in so_far
                            or V.PART_FULL_MARKS_AFTER.match(para.text, m.end())
                            or (at := open_bracket(para.text, m.start())) >= 0
                            and V.PART_POINTS.search(para.text, at + 1, m.start())):
                # （一）部门决策（分值15分），得分14.5分 / 执行率97%（分值：10分；得分：9.7分）: a part's score;
                # 满意度95%，得分10分: an indicator's; 其中：决策得分18分，过程得分19分: a part's in the list of them
                continue
            if _last_years(so_far) or V.SCORE_BAND.match(para.text, m.end()) \
                    or _another_evaluations(so_far + m.group("label")) \
                    or (kind == "department_overall" and _of_a_project(so_far)) \
                    or ("最" in so_far and V.ONE_AMONG.search(so_far) is not None) \
                    or (m.start() > 3 and _listed_item_of_several(doc, para.text)):
                # 上年度…自评得分89.6分 / 综合得分90分（含）以上为优秀 / …开展了财政重点评价，评价得分84.6分 / 某某养护项目
                # 预算执行率为89.5%，自评得分86分 (a department's report): last year's, a grading band, another evaluation's,
                # a project's named in the sentence before; 得分最高的项目为…，自评得分98分: one of several, the best;
                # （二）某某补助。预算…，自评得分93分 on a page summing up several projects' evaluations: the item's
                continue
            if year is not None and "年" in ctx and (years := _YEAR_IN_CLAUSE.findall(ctx)) and int(years[-1]) != year:
                continue  # 2022年度自评得分88分，2023年度自评得分93分: the score of a year not the report's
            value = float(_score_num(m)) if m.group("num") else as_float(parse_chinese_number(m.group("cn")))
            line_no = para.line_at(m.start())
            if value is not None and _kept("self_score", value, _written_score(m), line_no, dropped):
                if m.group("label") in V.BARE_TOTAL_SCORE_LABELS and _score_num(m) in _FULL_MARKS:
                    # 总分为100分 / 总分100分: the scale's full marks as like as the score; any score labelled
                    # elsewhere is the score
                    scale = scale or Evidence(value, line_no, "text")
                    continue
                if not is_bare:
                    return Evidence(value, line_no, "text")
                bare = Evidence(value, line_no, "text")
    # 其中预算执行率得分8.9分，产出指标得分39分，…，合计87分: the sum after the parts' scores, with no label of its own
    for i in lines_holding(doc, ("合计", "总计", "共计")):
        if (total := _sum_of_parts(doc.lines[i])) is not None \
                and _kept("self_score", total, f"{total:g}分", i + 1, dropped):
            return Evidence(total, i + 1, "text")
    if labelled_only:
        return None
    # 评价结果：优秀（95.5分）; the score after the full marks (总分：100分，得分：88.75); then a total's label with no 分
    # after its figure (自评得分：92.50，), not a bare 总分 that is the full marks (总分：100，自评得分：92)
    for pattern in (V.SCORE_AFTER_GRADE_RE, V.SCORE_AFTER_FULL_MARKS_RE, V.SELF_SCORE_UNITLESS_RE):
        for i in paragraphs_may_match(pattern, doc.paragraphs):
            para = doc.paragraphs[i]
            for m in pattern.finditer(para.text):
                if "total" in pattern.groupindex and m.group("total") and _full_marks(para.text, m) \
                        or _another_evaluations(_SENTENCE_SO_FAR.split(para.text[:m.start("num")])[-1]):
                    continue
                if m.end("num") == cut_at(doc, doc.paragraphs, i):
                    break  # …自评得分9 where an excerpt's end cut the figure (95): no score
                line_no = para.line_at(m.start("num"))
                if _kept("self_score", float(m.group("num")), m.group("num"), line_no, dropped):
                    return Evidence(float(m.group("num")), line_no, "text")
                break
    return bare or scale


_SENTENCE_SO_FAR = re.compile(r"[。；;]")
_CLOSED_ASIDE = re.compile(r"[(（][^()（）]*[)）]")

# A sum in points closing a clause list (…，合计87分 / …，总计为92.5分), and a part's score before it (产出指标得分39分)
_SUM_OF_PARTS = re.compile(r"[，,]\s*(?:以上各项|各项)?(?:合计|总计|共计)(?:为|得分为?)?\s*(?P<num>\d{1,3}(?:\.\d+)?)\s*分")
# (or its figure with the part's full marks after it in brackets: 决策指标18分（满分20分）)
_PART_SCORE = re.compile(r"得分\s*(?:为)?\s*\d|\d\s*分\s*[(（]\s*(?:满分|分值)")


def _sum_of_parts(line: str) -> float | None:
    """The figure a line sums its parts' scores to (…得分8.9分，…得分39分，合计87分), two parts' scores at least in
    its sentence before the sum; None when it has no such sum."""
    for m in _SUM_OF_PARTS.finditer(line):
        so_far = _SENTENCE_SO_FAR.split(line[:m.start()])[-1]
        if len(_PART_SCORE.findall(so_far)) >= 2:
            return float(m.group("num"))
    return None


def _of_a_project(words: str) -> bool:
    """Words before a score or grade in a department's report that name a project (乡村产业发展项目自评得分…), not
    the department's whole (部门整体支出…, 本单位…)."""
    return "项目" in words and V.DEPARTMENT_WHOLE_WORDS.search(words) is None


def _another_evaluations(so_far: str) -> bool:
    """Whether a score or grade after ``so_far`` (its sentence up to it, its label included) is another evaluation's:
    the sentence names one (县财政局…开展了财政重点评价，评价得分84.6分 / 委托第三方…评价，等级为优), and not the
    self-evaluation after it (根据第三方评价意见开展自评，自评得分92分)."""
    last = None
    if "评" in so_far:  # (every evaluation's word holds 评: most sentences name none)
        for last in V.OTHER_EVALUATION.finditer(so_far):
            pass
    return last is not None and "自评" not in so_far[last.end():]


def _listed_item_of_several(doc: Document, text: str) -> bool:
    """Whether a paragraph is an item of a numbered list naming one thing (（二）某某补助。预算…) on a page that states
    several projects (对5个项目开展了自评): each item is one project's, its score the project's own."""
    return (m := V.LISTED_ITEM_HEAD.match(text)) is not None and V.LISTED_ITEM_NOT_NAME.search(m.group("name")) is None \
        and _several_projects(doc)


def _several_projects(doc: Document) -> bool:
    """Whether the page states a count of two projects or more (9个项目, 五个项目, 共3个专项)."""
    if "个" not in doc.text():
        return False
    for m in V.PROJECT_COUNT.finditer(doc.text()):
        n = m.group("n")
        if (int(n) if n.isdigit() else as_float(parse_chinese_number(n)) or 0) >= 2:
            return True
    return False


def _after_part_points(so_far: str) -> bool:
    """Whether a score's label opens the comma-clause right after one stating a part's points (指标分值15分，自评得分…)."""
    clauses = _CLAUSE_BREAK.split(so_far)
    return len(clauses) >= 2 and not clauses[-1].strip() and V.PART_POINTS_CLAUSE.search(clauses[-2]) is not None


def _sentence_year(so_far: str) -> int | None:
    """The last year a sentence so far names as its own: not one compared with (较2022年), nor a cited title's, nor
    one in an aside in brackets (较上年度（2022年度…）提高)."""
    if "）" in so_far or ")" in so_far:
        so_far = _CLOSED_ASIDE.sub("", so_far)
    cited = _all_cited_titles(so_far) if "《" in so_far else ()
    found = None
    for m in _YEAR_IN_CLAUSE.finditer(so_far):
        if (m.start() and so_far[m.start() - 1] in _COMPARED_WITH) or any(a < m.start() < b for a, b in cited):
            continue
        found = int(m.group(1))
    return found


def _last_years(so_far: str) -> bool:
    """Whether a figure after ``so_far`` (its sentence up to it) is the year before's: the sentence names that
    year (上年度…自评得分89.6分), and not the report's own after it (上年自评得分88分，本年自评得分92分). A year named to
    compare with (自评得分92分，较上年提高2分，等级为优) says nothing of whose the figure is."""
    if "上" in so_far or "去" in so_far:
        if "）" in so_far or ")" in so_far:
            # an aside in brackets (较上年度（2022年度自评得分89分，等级为良）提高4.5分) says nothing of the figure after it
            so_far = _CLOSED_ASIDE.sub("", so_far)
        so_far = V.YEAR_COMPARISON.sub("", so_far)
    prev = None
    for prev in V.PREVIOUS_YEAR_WORDS.finditer(so_far):
        pass
    if prev is None:
        return False
    return V.THIS_YEAR_WORDS.search(so_far, prev.end()) is None


def _written_score(m: re.Match) -> str:
    """The score as written, with its 分 (九十三分, 150分)."""
    return (_score_num(m) or m.group("cn")) + "分"


def _score_num(m: re.Match) -> str | None:
    """The figure of a SELF_SCORE_RE match without the spaces OCR put between its digits (9 2.5 -> 92.5)."""
    num = m.group("num")
    return num.replace(" ", "") if num and " " in num else num


_FULL_MARKS = ("100", "100.0", "100.00")  # (a 总分 of these may be the full marks)
_ASIDE_OPENS = ("(", "（")


def _is_scale_total(text: str, m: re.Match, ctx: str) -> bool:
    """A bare 总分 naming the full marks (指标体系总分100分, 总分100分，自评得分92分) is not the self score."""
    if m.group("label") not in V.BARE_TOTAL_SCORE_LABELS:
        # 评价总分为100分，我局得分96.5分: full marks, with the score after them in the sentence
        return "总分" in m.group("label") and _score_num(m) in _FULL_MARKS \
            and (V.SELF_SCORE_RE.search(re.split(r"[。；;]", text[m.end():], maxsplit=1)[0]) is not None
                 or _score_follows(text, m.end()))
    rest = re.split(r"[。；;]", text[m.end():], maxsplit=1)[0]
    # (an aside in brackets right after the figure, 总分：98分（其中预算执行率分值10分，得分9分）, states a part's points
    # and score: no score after the total's)
    said = _CLOSED_ASIDE.sub("", rest, count=1) if rest.lstrip()[:1] in _ASIDE_OPENS else rest
    return bool(V.TOTAL_SCORE_NOT_SELF.search(ctx) or V.SELF_SCORE_RE.search(said) or V.GRADING_SCALE.search(rest)
                or _score_num(m) in _FULL_MARKS and (
                    _score_follows(text, m.end())
                    # (…采用…指标体系，总分为100分 / 一级指标包括决策（20分）、…，总分100分: the sentence describes the scale)
                    or V.SCALE_SENTENCE.search(_SENTENCE_SO_FAR.split(text[:m.start()])[-1]) is not None))


def _score_follows(text: str, end: int) -> bool:
    """Whether the sentence after ``end`` (to its full stop: 总分：100分；自评得分：93.6分 parts the form's two fields by a
    semicolon) states a score's figure, with 分 or not: a 总分 of 100 before it is the full marks."""
    rest = text[end:].split("。", 1)[0]
    return "分" in rest and V.SCORE_FIGURE.search(rest) is not None


def _full_marks(text: str, m: re.Match) -> bool:
    """A bare 总分 read without 分 (SELF_SCORE_UNITLESS_RE) that is the full marks: its clause names a scale (满分, 分值,
    体系 …), or it is 100 (总分：100，自评得分：92; 评价总分为100 / …得分95分: a 100 written so is the scale's, the score
    stated elsewhere or not at all)."""
    if m.group("num") in _FULL_MARKS:
        return True
    ctx = _CLAUSE_BREAK.split(text[max(0, m.start() - V.SCORE_CONTEXT_CHARS): m.start()])[-1]
    return V.TOTAL_SCORE_NOT_SELF.search(ctx) is not None


# pdftotext -layout rows lose their tabs: ``总分   100   86.81`` is a label, then numbers.
_SPACED_SCORE_ROW = re.compile(r"^\s*(?P<label>\D+?)\s+(?P<nums>\d{1,3}(?:\.\d+)?(?:\s+\d{1,3}(?:\.\d+)?)*)\s*$")


def _row_cells(line: str) -> list[str]:
    cells = [c for c in re.split(r"[\t|]", line) if c.strip()]
    if len(cells) == 1 and (m := _SPACED_SCORE_ROW.match(cells[0])):
        cells = [m.group("label"), *m.group("nums").split()]
    return cells


# lines worth splitting into cells: those naming a total (a label spaced out, 总 分, too)
_TOTAL_ROW_WORD = re.compile("|".join(r"\s*".join(w) for w in sorted(V.SELF_SCORE_TOTAL_ROWS, key=len, reverse=True)))
# (a cell may write its points: 总分 | 100分 | 91.5分 | 优秀; or a footnote's mark after its figure: 94.5*, 97.75(1))
_SCORE_CELL = re.compile(rf"\s*\d{{1,3}}(?:\.\d+)?\s*(?:分\s*)?(?:{V.FOOTNOTE_MARK}\s*)?")
_MARK_AFTER = re.compile(rf"\s*{V.FOOTNOTE_MARK}\s*$")


def _points(cell: str) -> str:
    """A score cell's figure as written, without its 分 and a footnote's mark (94.5分* -> 94.5)."""
    return _MARK_AFTER.sub("", cell).strip().rstrip("分 ")


@dataclass
class _TotalRow:
    score: float | None
    grade: str | None
    line_no: int
    written: str | None = None  # the score cell as written, kept when its value is out of range
    weight: float | None = None  # the points the row totals (总分 | 90 | 88: the indicators' part alone)


def _whole_form_sum(block, funds_score: float | None) -> bool:
    """A 合计 with one figure under an indicator table with no points column (年初目标值 | 实际完成值 | 得分), the figure
    the funds row's score and the rows' scores summed (预算执行 … 得分 19, rows 78, 合计 97): the whole form's total, the
    self score. (The rows' scores alone summed are the indicators' part.)"""
    if funds_score is None or block.total_weight is not None or block.total_score is None or not block.rows \
            or "weight" in block.header.columns:
        return False
    scores = [_SCORE_CELL.fullmatch(r.cells.get("score") or "") for r in block.rows]
    if not all(scores):
        return False
    rows = sum(float(_points(m.group(0))) for m in scores)
    return rows > 0 and abs(rows + funds_score - block.total_score) < 0.01


def _total_row(doc: Document, forms=None, title_line: int | None = None,
               funds_score: float | None = None) -> _TotalRow | None:
    """A 自评表 ends with ``总分 | 100 | 93`` (weight total, then score), often followed by the grade
    (``总分 | 100 | 96 | 优``); the row may open with other cells (其他需要说明事项 | 无 | 总分 | …). The
    indicator block's own totals row first (read from its cells, whatever the layout), else a line. A total above
    the report's title (``title_line``) closes another form, the page's tail of the one before: not read."""
    floor = title_line or 0
    for block in (forms.indicators if forms is not None else []):
        # 合计 often sums the indicators alone (without the funds row): only a 总分's is the self score,
        # or a 合计's over the full marks (合计 | 100 | 96.5)
        if block.total_score is not None and (block.total_line or 0) >= floor \
                and (block.total_label in V.SELF_SCORE_TOTAL_ROWS
                                              or block.total_weight == 100 or _whole_form_sum(block, funds_score)):
            score = block.total_score
            return _TotalRow(score if 0 <= score <= 100 else None, _grade_cell(block.total_grade or ""),
                             block.total_line, f"{score:g}", block.total_weight)
    if not doc_may_match(_TOTAL_ROW_WORD, doc):
        return _sum_row_over_full_marks(doc)
    for no in lines_holding(doc, ("分",)):
        line = doc.lines[no]
        if "分" not in line or not _TOTAL_ROW_WORD.search(line) or no + 1 < floor:  # every total-row word holds 分
            continue
        cells = _row_cells(line)
        at = next((i for i, c in enumerate(cells) if compact(c) in V.SELF_SCORE_TOTAL_ROWS), None)
        if at is None:
            continue
        rest = cells[at + 1:]
        nums = [c for c in rest if _SCORE_CELL.fullmatch(c)]
        last = no
        if not nums:
            # the row written a cell a line (总分 / 100 / 93.6 / 优, each line maybe closed by a pipe): its figures
            # on the three lines after the label, its grade on the line after them
            rest = []
            for below in doc.lines[no + 1: no + 5]:
                if "||" in below and not below.strip("\t |"):
                    break  # (a rule of bars alone ends the row: the label closed a header row, a row number after it)
                rest.append(below.strip("\t |"))
            nums = [c for c in rest[:3] if _SCORE_CELL.fullmatch(c)]
            last = no + 1 + max((k for k, c in enumerate(rest[:3]) if _SCORE_CELL.fullmatch(c)), default=0)
        if not nums:
            continue
        if len(nums) == 1 and compact(cells[at]) in _POINTS_FIRST_ROWS and _text_ends_after(doc, last):
            # 总分 | 100 | where the text ends: the row's first figure is its points, its score cut off
            continue
        return _row_total(rest, nums, no)
    return _sum_row_over_full_marks(doc)


# Total rows whose first figure is the points they total (总分 | 100 | 93, 合计 | 100 | 94.5), not a score's own label
_POINTS_FIRST_ROWS = frozenset(("总分", "合计", "总计"))


def _text_ends_after(doc: Document, no: int) -> bool:
    """Whether nothing but blank lines follows 0-based line ``no``: a row there may be cut by the text's end."""
    return not any(line.strip(" \t|") for line in doc.lines[no + 1:])


def _grade_cell(text: str | None) -> str | None:
    """The grade a cell holds, its band in brackets after it or not (优秀（90分及以上）)."""
    if not text:
        return None
    return V.GRADES.get(text) or (V.GRADES.get(key(text)) if text.endswith((")", "）")) else None)


def _row_total(rest: list[str], nums: list[str], no: int) -> _TotalRow:
    """The total row of 0-based line ``no``: the cells after its label (``rest``) and the figures among them
    (``nums``): the points then the score (one figure: the score), and the grade in the cell after them."""
    written = _points(nums[1] if len(nums) >= 2 else nums[0])
    score = float(written)
    after = [compact(c) for c in rest[rest.index(nums[-1]) + 1:]] if nums[-1] in rest else []
    grade = _grade_cell(after[0]) if after else None
    weight = float(_points(nums[0])) if len(nums) >= 2 else None
    return _TotalRow(score if 0 <= score <= 100 else None, grade, no + 1, written, weight)


_SCORING_HEADER_ROWS = 12  # how far above a sum row its table's header may stand


def _sum_row_over_full_marks(doc: Document) -> _TotalRow | None:
    """A scoring table's sum row over the full marks: ``合计 | 100 | 94.5`` (and the grade after it) under a
    header naming points and scores (一级指标 | 分值 | 得分). 合计 sums budgets too, so only under such a header."""
    for no in lines_holding(doc, V.SCORING_SUM_ROWS):
        cells = _row_cells(doc.lines[no])
        at = next((i for i, c in enumerate(cells) if compact(c) in V.SCORING_SUM_ROWS), None)
        if at is None:
            continue
        rest = cells[at + 1:]
        nums = [c for c in rest if _SCORE_CELL.fullmatch(c)]
        one_a_line = not rest
        if one_a_line:
            # the row written a cell a line (合计 / 100 / 94.5), as its header may be (一级指标 / 分值 / 得分)
            rest = []
            for below in doc.lines[no + 1: no + 5]:
                if "||" in below and not below.strip("\t |"):
                    break  # (a rule of bars alone ends the row: the label closed a header row, a row number after it)
                rest.append(below.strip("\t |"))
            nums = list(itertools.takewhile(_SCORE_CELL.fullmatch, rest[:3]))
        if len(nums) < 2:
            continue
        reach = _SCORING_HEADER_ROWS * (_ONE_A_LINE_REACH if one_a_line else 1)  # (a row of 3 cells takes 3 lines)
        order = _scoring_header_order(doc.lines[max(0, no - reach): no], one_a_line)
        if order is None:
            continue
        if order == "score first":  # 一级指标 | 得分 | 分值 over 合计 | 93 | 100: read as points, score, then the cells after
            after = rest[rest.index(nums[1]) + 1:] if nums[1] in rest else []
            nums = [nums[1], nums[0]]
            rest = [*nums, *after]
        if float(_points(nums[0])) != 100:
            continue
        return _row_total(rest, nums, no)
    return None


def _scoring_header_order(above: list[str], one_a_line: bool = False) -> str | None:
    """The order of the points' and the score's columns in a scoring table's header among the lines ``above`` its
    sum row: "points first" (一级指标 | 分值 | 得分), "score first" (一级指标 | 得分 | 分值), None when none heads them. A
    header of a cell a line (一级指标 / 分值 / 得分) only over a row written so (``one_a_line``)."""
    for line in reversed(above):
        p, q = V.SCORING_HEADER_POINTS.search(line), V.SCORING_HEADER_SCORE.search(line)
        if p and q:
            return "score first" if q.start() < p.start() and _SCORE_BEFORE_POINTS.search(line) else "points first"
    if one_a_line:
        cells = [compact(line.strip("\t |")) or "" for line in above]
        points = [i for i, c in enumerate(cells) if len(c) <= _HEADER_CELL_MAX and V.SCORING_HEADER_POINTS.search(c)]
        score = [i for i, c in enumerate(cells) if len(c) <= _HEADER_CELL_MAX and V.SCORING_HEADER_SCORE.search(c)]
        if points and score and abs(points[-1] - score[-1]) <= _HEADER_CELLS_APART:
            return "score first" if score[-1] < points[-1] else "points first"
    return None


_ONE_A_LINE_REACH = 3
_HEADER_CELL_MAX = 6  # (a header's cell: 分值, 得分, 自评得分, 权重(%))
_HEADER_CELLS_APART = 3
# a header's score column before its points' column, each its own cell (得分 | 分值, 自评得分 | 满分)
_SCORE_BEFORE_POINTS = re.compile(r"(?:得分|评分)\s*[|\t]+\s*(?:分值|权重|满分)")


_SINGLE_GRADE = re.compile(r"^[优良中差好]$")


def grade_evidence(doc: Document, forms=None, total_row=..., year: int | None = None,
                   kind: str | None = None) -> Evidence | None:
    """The form's 自评等级 cell; the grade after the 总分 row's score; a grade in running text (not one of another
    thing, GRADE_NOT_SELF, of a year not the report's ``year``, or of a project in a department's report)."""
    for f in _of_the_year(forms.field("grade") if forms is not None else [], year):
        choices = _grade_choices(doc, f.line_no)
        if choices is not None:
            # grades offered as boxes (评价等级 优 □ 良 □ √中): the cell after the label is the first choice,
            # not the grade; the ticked one is
            g = ticked_grade(choices)
        else:
            # (as a label: the grade's band in brackets after it, 良好(80-90分), is no part of the grade)
            g = V.GRADES.get(key(f.value))
            if g is None and f.label in _RESULT_LABELS and _NUMBER_CELL.match(f.value):
                g = _grade_after_result_score(doc, f)
        if g:
            return Evidence(g, f.line_no, "form")
    row = _total_row(doc) if total_row is ... else total_row
    if row and row.grade:
        return Evidence(row.grade, row.line_no, "table")
    if kind in (None, "department_overall") and (whole := _whole_row(doc)) is not None and whole[1] is not None:
        return whole[1]
    # (a find per tick mark, each in C: most documents tick no box; a class of characters is tried at
    # every character, several times slower)
    text = doc.text()
    if any(tick in text for tick in V.GRADE_TICKS):
        for para in doc.paragraphs:
            if _TICK_RE.search(para.text) is None or (label := V.GRADE_LABEL_RE.search(para.text)) is None:
                continue
            if (g := ticked_grade(para.text[label.end():])) is not None:
                return Evidence(g, para.line_at(label.start()), "text")
    for i in paragraphs_may_match(V.GRADE_RE, doc.paragraphs):  # (no document gate: see _self_score_in_text)
        para = doc.paragraphs[i]
        for m in V.GRADE_RE.finditer(para.text):
            grade = m.group("grade")
            so_far = _SENTENCE_SO_FAR.split(para.text[:m.start()])[-1]
            if _last_years(so_far) or (kind == "department_overall" and _of_a_project(so_far)) \
                    or _another_evaluations(so_far):
                # 上年度…等级为良: last year's grade; 某某项目自评得分98分，等级为优: a project's; …第三方绩效评价，评价得分
                # 91分，等级为优: another evaluation's
                continue
            clause = _CLAUSE_BREAK.split(para.text[max(0, m.start() - V.SCORE_CONTEXT_CHARS): m.start()])[-1]
            if V.GRADE_NOT_SELF.search(clause) or (year is not None and (years := _YEAR_IN_CLAUSE.findall(clause))
                                                    and int(years[-1]) != year) \
                    or (year is not None and "年" in so_far and (own := _sentence_year(so_far)) is not None
                        and own < year):
                # 满意度评价为优秀 / 2021年度…评价结果为优 in a report of 2022: not this evaluation's grade; 2022年度…自评得分
                # 89分，评价等级为良 in a report of 2023: the earlier year the sentence is of (as its score's; a later
                # one is when the evaluation was made: 我局于2024年开展自评，等级为优)
                continue
            if "(" in para.text[m.end(): m.end() + 2] and _GRADE_BAND_LIST.match(para.text, m.end()) is not None:
                continue  # 分为四个等级：优（90分及以上）、良（80—89分）…: the grading scale, not the grade given
            if "的" in para.text[m.end(): m.end() + 3] and V.GRADE_COUNTED.match(para.text, m.end()) is not None:
                continue  # 等级为“优”的7个、“良”的2个: how many evaluations got each grade, no one grade
            if _SINGLE_GRADE.match(grade):
                # a lone 优/良/中/差 must be introduced (为/是/：/a quote) and stand as a word
                after = para.text[m.end(): m.end() + 1]
                # (a grade's own label may hold it without one: 等级优，; a label may end in the verb: 评价为良。)
                if not (m.group("sep").strip() or m.group(0)[:2] in _GRADE_LABELS
                        or para.text.startswith("为", m.start("sep") - 1)) \
                        or not (after == "" or after in "”\"'’」，。,；;等级()（）|\t"
                                or (after == " " and _CELL_END.match(para.text, m.end()) is not None)):
                    continue
            return Evidence(V.GRADES[grade], para.line_at(m.start()), "text")
    for pattern in (V.GRADE_BEFORE_LABEL_RE, V.GRADE_AFTER_SCORE_RE, V.SCORE_AFTER_GRADE_RE, V.GRADE_VERB_AFTER_SCORE_RE,
                    V.GRADE_CHANGED_RE):
        for i in paragraphs_may_match(pattern, doc.paragraphs):
            para = doc.paragraphs[i]
            for m in pattern.finditer(para.text):
                if not _another_evaluations(_SENTENCE_SO_FAR.split(para.text[:m.start("grade")])[-1]):
                    return Evidence(V.GRADES[m.group("grade")], para.line_at(m.start("grade")), "text")
    return None


# (or the cell's end: | 自评结果 | 总分99分，自评等级为优 | — spaces then the cell's rule or the line's end)
_CELL_END = re.compile(r" *(?:\||\t|$)")
_GRADE_LABELS = frozenset(("等级", "等次", "评级", "级别"))
# A grade's band of scores in brackets right after it and the next grade after it (优（90分及以上）、良（80—89分）): the
# scale's first entry (a grade given may carry its band too: 等级为优（90分及以上）。)
_GRADE_BAND_LIST = re.compile(
    rf"\s*\(\s*\d{{1,3}}[^()]{{0,12}}\)\s*[、,，;；]\s*(?:{'|'.join(sorted(V.GRADES, key=len, reverse=True))})")
_CLAUSE_BREAK = re.compile(r"[，,。；;]")  # the words before a score or a grade, back to the last of these
_TICK_RE = re.compile(f"[{V.GRADE_TICKS}]")
_MARK_RE = re.compile(f"[{V.GRADE_TICKS}{V.GRADE_BOXES}]")


def _grade_choices(doc: Document, no: int) -> str | None:
    """The grades offered as boxes from line ``no`` on (after its label), with the lines right after it made
    only of choices (a form of one cell a line: 优□ / 良☑ / 中□, or 优 / □ / 良 / ☑); None when no box is there."""
    lines = doc.lines
    if not 0 < no <= len(lines):
        return None
    line = lines[no - 1]
    label = V.GRADE_LABEL_RE.search(line)
    parts = [line[label.end():] if label is not None else line]
    for nxt in lines[no: no + 8]:
        if not nxt or V.GRADE_CHOICES_LINE.fullmatch(nxt) is None:
            break
        parts.append(nxt)
    text = " ".join(parts)
    return text if _MARK_RE.search(text) is not None else None


def ticked_grade(text: str) -> str | None:
    """The grade whose box is ticked among grades offered as check boxes (优☑ 良□ 中□ 差□ / □优 ■良 / √良);
    None when no box or more than one grade is ticked. A mark goes with the grade on the side the line puts
    its marks (after the words when it opens on a word: 优☑ 良□, before them when it opens on a mark: ☑优 □良),
    else with the grade on its other side (优 □ 良 □ √中)."""
    if _TICK_RE.search(text) is None:
        return None
    tokens = [(m.lastgroup, m.group()) for m in V.GRADE_CHOICE_RE.finditer(text) if m.lastgroup != "note"]
    if not tokens:
        return None
    marks_after = tokens[0][0] == "grade"
    ticked = set()
    for i, (k, _) in enumerate(tokens):
        if k != "tick":
            continue
        before = tokens[i - 1][1] if i > 0 and tokens[i - 1][0] == "grade" else None
        after = tokens[i + 1][1] if i + 1 < len(tokens) and tokens[i + 1][0] == "grade" else None
        g = (before or after) if marks_after else (after or before)
        if g is not None:
            ticked.add(V.GRADES[g])
    return ticked.pop() if len(ticked) == 1 else None


def find_grade(doc: Document, forms=None) -> str | None:
    ev = grade_evidence(doc, forms)
    return ev.value if ev else None


# --- staff -----------------------------------------------------------------------------------

def staff_evidence(doc: Document, forms=None, facts=None, dropped: list[Dropped] | None = None,
                   year: int | None = None) -> tuple[Evidence | None, Evidence | None]:
    """编制数 and 实有人数: the form's cells (人员编制 | 21); a table's columns; running text. A count a year leads
    (2022年末实有人数40人，2023年末实有人数42人) is the report's ``year``'s before another year's."""
    out = []
    for role, table in (("staff_authorized", facts.staff_authorized if facts else []),
                        ("staff_actual", facts.staff_actual if facts else [])):
        ev = _form_number(forms, role, dropped, year)
        if ev is not None:
            ev = Evidence(int(ev.value), ev.line_no, "form")
        elif table:
            ev = Evidence(table[0][0], table[0][1], "table")
        out.append(ev)
    authorized, actual = out
    text_authorized, text_actual = _staff_in_text(doc, dropped, year)
    return authorized or text_authorized, actual or text_actual


def find_staff(doc: Document, forms=None) -> tuple[int | None, int | None]:
    a, b = staff_evidence(doc, forms)
    return (a.value if a else None), (b.value if b else None)


def _staff_in_text(doc: Document, dropped: list[Dropped] | None = None, year: int | None = None
                   ) -> tuple[Evidence | None, Evidence | None]:
    authorized = actual = None
    other_year: Evidence | None = None  # the first count in post another year leads (2022年末实有人数40人)
    # a paragraph without the patterns' words has no match (literals.py reads them off): only the
    # paragraphs holding one are looked at, found in one scan
    for i in _staff_paragraphs(doc.paragraphs):
        para = doc.paragraphs[i]
        text = "".join(para.text.split())
        if authorized is None and may_match(V.STAFF_AUTHORIZED_RE, text):
            authorized = _authorized_in(text, para, dropped)
        if actual is None and _may_state_actual(text):
            actual, of_other = _actual_in(text, para, dropped, year)
            if of_other:
                other_year, actual = other_year or actual, None
        if authorized is not None and actual is not None:
            break  # both found: the paragraphs after have nothing to add
    return authorized, actual or other_year


def _may_state_actual(text: str) -> bool:
    """Whether a text (whitespace removed) may state the staff in post: a staff pattern's word, or a bare 现有 beside
    the establishment (人员编制30名，现有28名)."""
    return may_match(V.STAFF_ACTUAL_RE, text) or ("现有" in text and "编制" in text)


def _authorized_in(text: str, para, dropped: list[Dropped] | None) -> Evidence | None:
    """The establishment a paragraph's text (whitespace removed) states first: a count after 编制, the parts of one
    summed or their total, or the parts written after the label (编制数：行政9名、事业21名，合计30名)."""
    breakdown = V.STAFF_BREAKDOWN_RE.search(text)
    read_to = 0
    for m in V.STAFF_AUTHORIZED_RE.finditer(text):
        if breakdown is not None and breakdown.start() <= m.start():
            if (ev := _breakdown_total(text, breakdown, para, dropped)) is not None:
                return ev
            read_to, breakdown = max(read_to, breakdown.end()), None
        if m.start() < read_to:
            continue  # a part of a sum already judged (out of range) is not the whole
        value, read_to = _listed_parts_total(text, m) if m.group("kind") else (_count(m), m.end())
        if _kept("staff_authorized", value, _written_staff(text, m, value), _compact_line(para, m), dropped):
            return Evidence(value, para.line_no, "text")
    return _breakdown_total(text, breakdown, para, dropped) if breakdown is not None else None


def _breakdown_total(text: str, b: re.Match, para, dropped: list[Dropped] | None) -> Evidence | None:
    """编制数：行政9名、事业21名，合计30名: the total, else the parts summed."""
    value = int(b.group("num").replace(",", "")) if b.group("num") else _summed(b.group("parts"))
    return Evidence(value, para.line_no, "text") if _kept("staff_authorized", value, b.group(0), _compact_line(para, b),
                                                          dropped) else None


def _actual_in(text: str, para, dropped: list[Dropped] | None, year: int | None = None
               ) -> tuple[Evidence | None, bool]:
    """The staff in post a paragraph's text (whitespace removed) states first; each kind's count summed where the
    text gives them 分别 (实有人数分别为30名、41名). A count led by a year other than the report's ``year``
    (2022年末实有人数40人) only where the paragraph states none else: (its evidence, True)."""
    if "分别" in text and (each := V.STAFF_ACTUAL_EACH.search(text)) is not None:
        first = V.STAFF_ACTUAL_RE.search(text)
        if first is None or first.start() >= each.start():
            value = _summed(each.group("parts"))
            if _kept("staff_actual", value, f"{value}人", _compact_line(para, each), dropped):
                return Evidence(value, para.line_no, "text"), False
    if "编制" in text and (ev := _actual_beside_establishment(text, para, dropped)) is not None:
        return ev, False
    if ("行政" in text or "事业" in text) and (kinds := V.STAFF_ACTUAL_KINDS.search(text)) is not None:
        # 实有行政人员29名、事业人员38名: only the kinds of post counted, their sum (where no count of the whole is first)
        first = V.STAFF_ACTUAL_RE.search(text)
        if first is None or first.start() > kinds.start():
            value = _summed(kinds.group("parts"))
            if _kept("staff_actual", value, f"{value}人", _compact_line(para, kinds), dropped):
                return Evidence(value, para.line_no, "text"), False
    other_year: Evidence | None = None
    for m in V.STAFF_ACTUAL_RE.finditer(text):
        value = _count(m)
        if "行政" in m.group(0) and (other := V.STAFF_OTHER_KIND.match(text, m.end())) is not None:
            value += int(other.group("num"))  # 实有行政人员26人，事业人员19人: both kinds of post
        if _kept("staff_actual", value, _written_staff(text, m, value), _compact_line(para, m), dropped):
            if year is not None and "年" in text[max(0, m.start() - _STAFF_YEAR_SPAN): m.start()] \
                    and (led := _STAFF_YEAR_BEFORE.search(text, max(0, m.start() - _STAFF_YEAR_SPAN), m.start())) \
                    and int(led.group(1)) != year:
                other_year = other_year or Evidence(value, para.line_no, "text")
                continue
            return Evidence(value, para.line_no, "text"), False
    return other_year, other_year is not None


# A year leading a count in post (2022年末实有人数…, 2023年单位在职人数…): that year's staff
_STAFF_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年(?:度|末|底)?(?:本?单位|本?部门|我局|本局)?$")
_STAFF_YEAR_SPAN = 12


def _actual_beside_establishment(text: str, para, dropped: list[Dropped] | None) -> Evidence | None:
    """The staff in post written beside the establishment's counts, where no staff pattern reads it earlier: each
    kind's count after its establishment, summed (行政编制38人，实有36人；事业编制64人，实有59人), or a bare 现有
    after the establishment (人员编制30名，现有28名)."""
    first = V.STAFF_ACTUAL_RE.search(text)
    pairs = _part_pairs(text)
    if len(pairs) >= 2 and (first is None or first.start() >= pairs[0].start()):
        value = sum(int(p.group("act")) for p in pairs)
        if _kept("staff_actual", value, f"{value}人", _compact_line(para, pairs[0]), dropped):
            return Evidence(value, para.line_no, "text")
    if "现有" in text and (m := V.STAFF_ACTUAL_AFTER_ESTABLISHMENT.search(text)) is not None and (
            first is None or first.start() >= m.start("num")):
        value = _count(m)
        if _kept("staff_actual", value, _written_staff(text, m, value), _compact_line(para, m), dropped):
            return Evidence(value, para.line_no, "text")
    return None


def _part_pairs(text: str, start: int = 0) -> list[re.Match]:
    """The first run of kinds of post each with its count in post (行政编制38人，实有36人；事业编制64人，实有59人),
    from ``start``: the pairs one joiner apart."""
    pairs: list[re.Match] = []
    for p in V.STAFF_PART_PAIR.finditer(text, start):
        if pairs and not (p.start() - pairs[-1].end() == 1 and V.STAFF_PAIR_JOINER.match(text, pairs[-1].end())):
            if len(pairs) >= 2:
                break
            pairs.clear()
        pairs.append(p)
    return pairs if len(pairs) >= 2 else []


@lru_cache(maxsize=1)
def _staff_gates() -> tuple[re.Pattern, ...]:
    """The gate words of both staff patterns (literals.py), each letter allowed whitespace but a line break
    after it: a paragraph whose text, whitespace removed, holds a gate word holds a match of one of these
    (a word holding a shorter gate word is left out: the shorter one finds its paragraphs)."""
    words = fewest_words(tuple(sorted({*gate(V.STAFF_AUTHORIZED_RE), *gate(V.STAFF_ACTUAL_RE)})))
    return first_letter_scans(words, r"[^\S\n]*")


def _staff_paragraphs(paragraphs: list) -> list[int] | range:
    """The indices, in order, of the paragraphs where a staff pattern may match (whitespace removed, as
    the staff rules read them), from one scan per gate of the texts joined by line breaks."""
    text = _joined_texts(paragraphs) if paragraphs else None
    if text is None:  # no paragraph, or one holding a line break: every paragraph is looked at
        return range(len(paragraphs))
    return lines_of_scans(_staff_gates(), text)


def _written_staff(text: str, m: re.Match, value: int) -> str:
    """The count as written (300000人); a sum of listed parts as the sum."""
    return text[m.start("num"): m.end()] if _count(m) == value else f"{value}人"


def _summed(parts: str) -> int:
    """The counts listed in ``parts`` summed (行政9名、事业21名 -> 30)."""
    return sum(int(n.replace(",", "")) for n in _LISTED_COUNT.findall(parts))


# A count in a list of them, its thousands parted by commas or not (行政9名、事业1,042名)
_LISTED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _count(m: re.Match) -> int:
    """A staff pattern's count, its thousands parted by commas or not (1,318人)."""
    return int(m.group("num").replace(",", ""))


def _compact_line(para, m: re.Match) -> int:
    """The line of match ``m`` in the paragraph's text with whitespace removed (how the staff rules read it)."""
    # The figure's first letter is the k-th non-space one: its offset in the text is k plus the whitespace
    # before it, counted by run (a find in C each) instead of a test of every letter.
    k = shift = m.start("num")
    text = para.text
    for run in _WHITESPACE_RUN.finditer(text):
        if run.start() > shift:
            break  # the run is after the figure's letter (it opens after k letters that are not space)
        shift += run.end() - run.start()
    return para.line_at(shift) if shift < len(text) and k >= 0 else para.line_no


# (``\s`` is what str.split and str.isspace take for whitespace)
_WHITESPACE_RUN = re.compile(r"\s+")


def _listed_parts_total(text: str, m: re.Match) -> tuple[int, int]:
    """行政编制38名、事业编制12名 with no total: the establishment is the sum of the kinds listed
    together; a kind standing alone (核定行政编制52名) is the whole establishment. (count, where the
    parts read end)."""
    parts = []
    pairs = {p.start(): p.end() + 1 for p in _part_pairs(text, m.start())} if "编制" in text[m.end():] else {}
    for part in V.STAFF_PART_RE.finditer(text, m.start()):
        gap = text[parts[-1].end(): part.start()] if parts else None
        # the parts joined, one holder named between (，所属事业单位事业编制…), or the count in post of the part
        # before between (行政编制38人，实有36人；事业编制…)
        if (gap is None and part.start() >= m.end()) or (
                gap is not None and not (V.STAFF_PART_JOINER.match(gap) or V.STAFF_PART_HOLDER_GAP.fullmatch(gap)
                                         or pairs.get(parts[-1].start()) == part.start())):
            break
        parts.append(part)
    end = parts[-1].end() if len(parts) >= 2 else m.end()
    sentence_end = min((x for x in (text.find(p, end) for p in "。；;") if x >= 0), default=len(text))
    total = V.STAFF_PARTS_TOTAL.search(text, end, sentence_end)
    if total is not None and not any(w in text[end: total.start()] for w in ("实有", "在职", "在编", "在岗")):
        # 行政编制12名，所属事业单位事业编制26名，共计38名: the total stated after the parts
        return int(total.group("num").replace(",", "")), total.end()
    if len(parts) >= 2:
        return sum(_count(p) for p in parts), parts[-1].end()
    return _count(m), m.end()


# --- execution rate --------------------------------------------------------------------------

# Commas separate clauses, except a thousands separator (1,234.5).
_CLAUSE_COMMA = re.compile(r"，|(?<!\d),|,(?!\d)")


def _sentence_before(text: str, start: int) -> tuple[str, list[str]]:
    """The sentence up to ``start`` and its comma-clauses: the context every rate rule below reads."""
    cut = max(text.rfind(p, 0, start) for p in "。；;")
    dot = text.rfind(".", cut + 1, start)
    while dot > cut + 1:
        # (…项目支出1718.87万元. 预算执行率99.59%: a half-width full stop after a word, not a figure's point nor a
        # list's number, ends the sentence as 。 does)
        if not text[dot - 1].isdigit() and not text[dot - 1].isspace():
            cut = dot
            break
        dot = text.rfind(".", cut + 1, dot)
    sentence = text[cut + 1: start]
    return sentence, _CLAUSE_COMMA.split(sentence)


def _rate_of_a_part(text: str, start: int, parts=V.RATE_PART_WORDS) -> bool:
    """A rate belongs to a part when its own comma-clause names one (项目支出预算执行率88%), or when
    its sentence opens with a part, which is then its subject (项目支出20万元，预算执行率100%). Parts
    listed after the sentence opens with a total (支出100万元，其中基本支出60万元，项目支出40万元，
    预算执行率97%) are a breakdown: the rate after them is the total's."""
    _, clauses = _sentence_before(text, start)
    if any(w in clauses[-1] for w in parts):
        return True
    # the sentence's opening names its subject: a part with money there (项目支出20万元), or a spending part
    opening = clauses[0]
    return len(clauses) > 1 and any(w in opening and (w not in V.RATE_PART_NOUNS or MONEY_RE.search(opening)
                                                      or w + "名称" in opening) for w in parts)


def _rate_of_the_income(text: str, end: int) -> bool:
    """A rate whose own comma-clause names the income and not the spending (收入预算完成率101.2%): how much of the
    income budget came in, not the budget's execution."""
    clause = _sentence_before(text, end)[1][-1]
    return "收入" in clause and "支出" not in clause


def _rate_not_the_years(text: str, label_start: int, end: int) -> bool:
    """A rate of something else (审计计划执行率) or of others (全省平均预算执行率), stated as a goal (目标要求预算执行率达到95%以上) or in a scoring rule
    (预算执行率达到100%的得满分): not the budget's rate of the year."""
    _, clauses = _sentence_before(text, label_start)
    own = _AFTER_COLON.sub("", clauses[-1])  # (a heading before a colon, 二、绩效目标完成情况：, says nothing of it)
    return own.endswith(V.OTHER_RATE_SUBJECTS) or V.RATE_GOAL_BEFORE.search(own) is not None \
        or V.RATE_OF_OTHERS.search(own) is not None or V.RATE_GOAL_AFTER.match(text, end) is not None


_AFTER_COLON = re.compile(r"^.*[:：]")


def _rate_of_another_year(text: str, start: int, year: int | None) -> bool:
    """A rate whose own clause, or its sentence's opening, names the year before (上年, 去年) or a year
    other than the report's (2022年预算执行率94.25%，2023年…99.13%) is that year's rate; one whose own clause
    names the report's year in words (上年…95%，本年预算执行率98%) is the report's."""
    _, clauses = _sentence_before(text, start)
    for clause in (clauses[-1], clauses[0]):  # the rate's own clause first: the first that names a year decides
        if V.PREVIOUS_YEAR_WORDS.search(clause):
            return True
        if (years := _YEAR_IN_CLAUSE.findall(clause)):
            return year is not None and int(years[-1]) != year
        if clause is clauses[-1] and "年" in clause and V.THIS_YEAR_WORDS.search(clause):
            return False
    return False


def _rate_within_the_year(text: str, start: int, year: int | None = None) -> bool:
    """截至9月末执行进度72.5% / 截至2023年6月30日，预算执行进度为46.2%: a rate whose own clause names a date
    inside the year, or whose sentence opens with one (截至…), is the progress by then, not the year's. A
    date of a later year (截至次年1月底, written 截至2022年1月底 in a 2021 report) is after the year's end."""
    _, clauses = _sentence_before(text, start)
    if _in_year_date(clauses[-1], 0, year):
        return True
    first = clauses[0].lstrip()
    if first.startswith(V.AS_OF_WORDS):
        return _in_year_date(first, 0, year)
    # (截至 inside the opening clause: a title or heading run into the sentence before it)
    at = max(first.rfind("截至"), first.rfind("截止"))
    return at >= 0 and _in_year_date(first, at, year)


_YEAR_BEFORE_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*$")


def _in_year_date(clause: str, at: int, year: int | None) -> bool:
    """Whether ``clause`` names, from ``at``, a date inside the year: not one of a year after the report's."""
    m = V.IN_YEAR_DATE.search(clause, at)
    if m is None:
        return False
    if year is not None and "年" in clause[:m.start()]:
        y = _YEAR_BEFORE_MONTH.search(clause, 0, m.start())
        return y is None or int(y.group(1)) <= year
    return True


_YEAR_IN_CLAUSE = re.compile(r"((?:19|20)\d{2})\s*年(?!\d{1,2}月)")  # (a date's year dates, it scopes nothing)


def _rate_of_a_fund(text: str, start: int) -> bool:
    """某补助资金全年共…万元，…预算执行率100% / 某某经费执行率为100%: the sentence opens with a fund
    named by its own words, whose rate it is."""
    sentence = text[max(text.rfind(p, 0, start) for p in "。；;\n") + 1: start]
    first = _CLAUSE_COMMA.split(sentence)[0]
    return bool(V.FUND_SUBJECT.search(first)) and not any(w in first for w in V.WHOLE_DEPARTMENT)


_FUND_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{4,20}$")


def _fund_named_before(text: str, start: int, label: str) -> bool:
    """林业改革发展资金执行率100%: a fund's own name (four characters or more, its clause's words alone) right before a
    label opening with 资金: that fund's rate (项目资金执行率 names the project's funds, no fund of its own)."""
    if not label.startswith("资金"):
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, start - 24): start])[-1].strip()
    return _FUND_NAME_BEFORE.fullmatch(clause) is not None and not any(w in clause for w in V.WHOLE_DEPARTMENT) \
        and not any(w in clause for w in _NO_FUND_NAME)


_NO_FUND_NAME = ("预算", "全年", "年度", "当年", "整体", "总体", "全部", "项目")  # (全年预算资金: the whole's budget)


def _rate_after_a_total(text: str, start: int, parts: tuple[str, ...] = V.RATE_PART_WORDS) -> bool:
    """支出合计768万元，执行率为80.32% / 调整后预算1,284万元，执行率97.48%: a bare rate opening the clause
    right after the spending total's or the full-year budget's figure is the overall rate (a part's
    figure before it keeps it a part's; ``parts``: the words naming one, in a project's report not 项目)."""
    sentence, clauses = _sentence_before(text, start)
    if len(clauses) < 2 or clauses[-1].strip():
        return False
    before = clauses[-2]
    if MONEY_RE.search(before) is None or any(w in before for w in parts):
        return False
    if any(label in before for label in V.RATE_TOTAL_LABELS):
        return True
    # 全年预算数1,000万元，执行数986万元，执行率98.6%: a bare spending figure is the total's when the sentence
    # names no part anywhere (基本支出预算600万元，执行数590万元 keeps the part's)
    return any(label in before for label in _BARE_SPENDING) and not any(w in sentence for w in parts)


_BARE_SPENDING = (*V.STANDALONE_ACTUAL, "执行数", "决算数")
_COMPLETED_BUDGET = "完成预算"


def _rate_in_text(doc: Document, project: bool = False, dropped: list[Dropped] | None = None,
                  year: int | None = None) -> Evidence | None:
    """The overall 预算执行率/完成率: one labelled 整体 wins; a rate scoped to 基本支出/项目 is skipped.
    A rate of a fund named by the text (某专项经费执行率100%) is the report's when it is the only
    fund whose rate is stated: several funds' rates (100%, 0%) are parts, none the whole. In a
    project's report the project's funds are the whole (项目资金执行率100%): only the parts of a
    department's spending (基本支出, 人员经费) are parts there, and any 执行率 is the funds' rate. In a
    department's report a bare 执行率 (资金执行率97%) naming no part, no fund, no other year is the
    department's when it is the only one stated: several such rates are parts, none the whole."""
    parts = V.DEPARTMENT_PART_WORDS if project else V.RATE_PART_WORDS
    fallback: Evidence | None = None
    funds: dict[float, Evidence] = {}
    bare: dict[float, Evidence] = {}
    balance: Evidence | None = None  # the spending's share of the income (收支完成率)
    # (a rate written in words, 执行率为百分之九十八, read as its figure; no document gate: see _self_score_in_text)
    paragraphs = figured_prose(doc)
    seen = False  # whether the text states a 执行率 at all
    for i in paragraphs_may_match(V.EXECUTION_RATE_RE, paragraphs):
        para = paragraphs[i]
        for m in V.EXECUTION_RATE_RE.finditer(para.text):
            seen = True
            label = m.group("label")
            if m.group("frac") is not None and not label.endswith("执行率"):
                continue  # a bare fraction is a rate only after 执行率 (完成率0.85 may be anything)
            value = float(m.group("num")) if m.group("frac") is None else round(float(m.group("frac")) * 100, 2)
            here = Evidence(value, para.line_at(m.start()), "text")
            start = m.start("num") if m.group("frac") is None else m.start("frac")
            if not _kept("budget_execution_rate_pct", value, para.text[start: m.end()], here.line_no, dropped):
                continue
            if _rate_within_the_year(para.text, m.start(), year) or _rate_not_the_years(para.text, m.start(), m.end()):
                continue
            if V.OVERALL_RATE_LABEL.match(label):
                return here
            # (the part may end in the label: 基本支出执行率 is 基本 + the label 支出执行率)
            if _rate_of_a_part(para.text, m.end("label"), parts) or _rate_of_another_year(para.text, m.start(), year) \
                    or _rate_of_the_income(para.text, m.end("label")):
                continue
            if "执行" in label and (_rate_of_a_fund(para.text, m.start()) or _fund_named_before(para.text, m.start(), label)):
                funds.setdefault(value, here)
                continue
            if label[0] == "占" or label.startswith(_COMPLETED_BUDGET):
                # (a share of the budget, or the budget's share completed, is the rate only as the spending total's)
                if fallback is None and _rate_after_a_total(para.text, m.start(), parts):
                    fallback = here
                continue
            if label.startswith(V.BALANCE_RATE_LEAD):
                balance = balance or here  # 收支完成率99.51%: the rate where no rate of the budget is stated
                continue
            overall = (any(w in label for w in V.OVERALL_RATE_WORDS) or (project and "执行" in label)
                       or _rate_after_a_total(para.text, m.start(), parts))
            if overall and fallback is None:
                fallback = here
            elif not overall and "执行" in label:
                bare.setdefault(value, here)
    if fallback is None and len(funds) == 1:
        return next(iter(funds.values()))
    if fallback is None and not funds and len(bare) == 1:
        return next(iter(bare.values()))
    if fallback is None and not funds and not bare and year is not None and "分别" in doc.text():
        if (listed := _rate_of_the_year_listed(paragraphs, parts, dropped, year)) is not None:
            return listed
    if fallback is None and not funds and not bare and balance is not None:
        return balance
    if fallback is None and project and not seen:
        return _funds_use_rate(paragraphs, parts, dropped, year)
    return fallback


_YEARS_SPAN = re.compile(r"(?P<a>(?:19|20)\d{2})\s*(?:年度?)?\s*(?:至|到|[-—～~－])\s*(?P<b>(?:19|20)\d{2})\s*年")
_YEARS_LIST = re.compile(r"(?:19|20)\d{2}\s*年度?(?:\s*(?:、|和|及|与)\s*(?:19|20)\d{2}\s*年度?)+")
_YEARS_LISTED_MAX = 6


def years_listed(text: str) -> list[int] | None:
    """The years the last span (2021—2023年, 2021年至2023年) or list (2022年、2023年) in ``text`` names, in order."""
    found = [(m.start(), list(range(int(m.group("a")), int(m.group("b")) + 1))) for m in _YEARS_SPAN.finditer(text)]
    found += [(m.start(), [int(y.group("year")) for y in YEAR_RE.finditer(m.group())]) for m in _YEARS_LIST.finditer(text)]
    if not found:
        return None
    years = max(found)[1]
    return years if 2 <= len(years) <= _YEARS_LISTED_MAX else None


def _rate_of_the_year_listed(paragraphs, parts, dropped: list[Dropped] | None, year: int) -> Evidence | None:
    """The report's year's rate among rates listed over years (…执行率分别为95.1%、96.8%和98.2%), when the sentence
    names the years they are of and the rate is of no part."""
    for i in paragraphs_may_match(V.RATES_RESPECTIVELY, paragraphs):
        para = paragraphs[i]
        for m in V.RATES_RESPECTIVELY.finditer(para.text):
            sentence, _ = _sentence_before(para.text, m.start())
            rates = V.LISTED_RATE_RE.findall(m.group("list"))
            years = years_listed(sentence)
            if years is None or len(years) != len(rates) or year not in years \
                    or _rate_of_a_part(para.text, m.end("label"), parts):
                continue
            at = years.index(year)
            value = float(rates[at])
            if _kept("budget_execution_rate_pct", value, rates[at] + "%", para.line_at(m.start()), dropped):
                return Evidence(value, para.line_at(m.start()), "text")
    return None


def _funds_use_rate(paragraphs, parts, dropped: list[Dropped] | None, year: int | None) -> Evidence | None:
    """A project's report stating no 执行率: 实际使用资金372万元，资金使用率96% / 发放…万元，资金兑付率100%, the
    funds' rate right after the money's figure, is the project's execution rate when it is the only one
    stated (several are the parts')."""
    found: dict[float, Evidence] = {}
    for i in paragraphs_may_match(V.FUNDS_USE_RATE_RE, paragraphs):
        para = paragraphs[i]
        for m in V.FUNDS_USE_RATE_RE.finditer(para.text):
            _, clauses = _sentence_before(para.text, m.start())
            if len(clauses) < 2 or clauses[-1].strip() or MONEY_RE.search(clauses[-2]) is None:
                continue  # (the rate opens the clause after the money's figure)
            value = float(m.group("num"))
            here = Evidence(value, para.line_at(m.start()), "text")
            if not _kept("budget_execution_rate_pct", value, para.text[m.start("num"): m.end()], here.line_no, dropped):
                continue
            if _rate_within_the_year(para.text, m.start(), year) or _rate_not_the_years(para.text, m.start(), m.end()) \
                    or _rate_of_a_part(para.text, m.end("label"), parts) \
                    or _rate_of_another_year(para.text, m.start(), year):
                continue
            found.setdefault(value, here)
    return next(iter(found.values())) if len(found) == 1 else None


def find_execution_rate(doc: Document) -> float | None:
    ev = _rate_in_text(doc)
    return ev.value if ev else None


# A funds block flattened into text: its total row (年度资金总额 300 259.45 86.5%) or its header
# (… 执行数 执行率 …) followed by the figures; the first percentage before any sentence break is
# the 执行率 column's, the only percentage of the block.
_FLAT_FUNDS_ANCHOR = re.compile(r"资金总额|执行数")
_FLAT_FUNDS_SPAN = 160
# a sentence break, or the indicator block's header (its values are no funds figures); a comma as the
# normalised text writes it (，-> ,), not a thousands separator (1,234.5)
_FUNDS_WINDOW_END = re.compile(r"[，。；;！？!?]|(?<!\d),|,(?!\d)|指标")
# A funds header laid out with spaces, its last column the rate: … 资金执行情况 预算执行进度(%)
_RATE_HEADER_END = re.compile(r"(?:执行率|执行进度|完成率)\s*(?:\([^)]{0,12}\))?\s*(?:\(%\)|%)?\s*$")
_LAST_NUMBER = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%?\s*$")
_CELL_ENDS = " \t|"  # a row's closing cell separator
_WHOLE_LAST_NUMBER = re.compile(r"[\d.]+\s*%?\s*$")  # the same figure with all its digits, for a note


def _rate_in_flat_funds(doc: Document, dropped: list[Dropped] | None = None, part_rows: set[int] = frozenset()
                        ) -> Evidence | None:
    """The 执行率 of a funds block flattened into text; not one on a part's row the form readers decoded
    (``part_rows``: 基本支出 | 400 | 396 | 99%), which is the part's."""
    for i in lines_holding(doc, ("执行", "资金总额")):
        no, line = i + 1, doc.lines[i]
        if "执行" not in line and "资金总额" not in line:
            continue
        if ("任务" in line or "主要内容" in line) and any(w in line for w in R.TASK_TABLE_WORDS):
            continue  # the tasks table's header: the rates below it are the tasks'
        if "名称" in line and _heads_a_list(line):
            continue  # 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率: the rates below it are the projects'
        # a header row whose last column is the rate, its figures on the next line, the cells parted by spaces
        # or by | and tabs (预算数 | 118.40 | 执行数 | 112.48 | 95.00 |: labels among the figures, no grid row)
        if _RATE_HEADER_END.search(line.rstrip(_CELL_ENDS)):
            nxt = doc.lines[no].rstrip(_CELL_ENDS) if no < len(doc.lines) else ""
            m = _LAST_NUMBER.search(nxt)
            if (m and "执行" in nxt and no + 1 not in part_rows
                    and _kept("budget_execution_rate_pct", float(m.group(1)), _WHOLE_LAST_NUMBER.search(nxt).group(0),
                              no + 1, dropped)):
                return Evidence(float(m.group(1)), no + 1, "table")
        for a in _FLAT_FUNDS_ANCHOR.finditer(line):
            window = "\n".join(doc.lines[no - 1: no + 3])[a.end(): a.end() + _FLAT_FUNDS_SPAN]
            stop = _FUNDS_WINDOW_END.search(window)
            window = window[: stop.start()] if stop else window
            p = _FLAT_RATE.search(window)
            if p:
                line_of = no + window[: p.start()].count("\n")
                if line_of in part_rows:
                    continue
                return Evidence(float(p.group("num")), line_of, "table")
    return None


_NAME_COLUMNS = frozenset(("项目名称", "单位名称", "名称", "资金名称", "专项名称"))


def _heads_a_list(line: str) -> bool:
    """Whether a row of cells heads a list of named things: a name's label followed by a column's label in the
    next cell (序号 | 项目名称 | 全年预算数 | …), not by its value (| 项目名称 | 某某项目 | is the form's field)."""
    if "|" not in line and "\t" not in line:
        return False
    cells = [key(c) for c in re.split(r"[\t|]", line) if c.strip()]
    return any(c in _NAME_COLUMNS and is_header_cell(nxt) for c, nxt in zip(cells, cells[1:]))


# The rate at the end of run-together figures (10001000100%: budget 1000, spent 1000, 100%): at
# most 100 or two digits, with decimals; not the 100% a header's formula multiplies by (执行率(B/A×100%)).
_FLAT_RATE = re.compile(r"(?<![\d.×*xX])(?:\d+?)??(?P<num>100(?:\.\d+)?|\d{1,2}(?:\.\d+)?)\s*%")


def execution_rate_evidence(doc: Document, facts=None, kind: str | None = None, dropped: list[Dropped] | None = None,
                            year: int | None = None) -> Evidence | None:
    """The funds block's 执行率; a funds block flattened into text; the rate the text states. A
    table's rate is kept as read, in range or not (validation sets one out of range to NULL and
    says so): the flattened-block rule would read the same cells again as run-together figures."""
    rates = facts.execution_rates if facts is not None else []
    if rates and facts.part_rates:
        # a part's rate (基本支出执行率 | 99%) is not the whole's; in a project's report the project's funds
        # are the whole (项目资金执行率): only a department's spending parts (基本支出…) are parts there
        parts = V.DEPARTMENT_PART_WORDS if kind == "project" else V.RATE_PART_WORDS
        rates = [r for r in rates if facts.part_rates.get(r) not in parts]
    if rates and facts.rate_years:
        # rates of a table of years (2022年 | 2023年, 上年数 | 本年数): the report's year's, else one of no other year
        years = facts.rate_years
        rates = [r for r in rates if years.get(r) == year] or [r for r in rates if r not in years] or rates
    if rates:
        value, line_no = rates[0]
        return Evidence(value, line_no, "table")
    return (_rate_in_flat_funds(doc, dropped, facts.part_row_lines if facts is not None else frozenset())
            or _rate_in_text(doc, kind == "project", dropped, year))


# --- all of them -----------------------------------------------------------------------------

# The site's name heading the page (固始县人民政府门户网站, 济南市历下区人民政府): a government's name and at most the
# site's words, on a line of its own, or opening the site's menu or breadcrumb (某县人民政府 > 信息公开 > …, | 某县人民政府 | 政务公开 | … |)
_SITE_GOVERNMENT = re.compile(r"^[\s|]*(?P<name>[\u4e00-\u9fff]{2,12}?(?:人民政府|政府))(?:门户网站|网站|网|信息公开(?:网|平台)?)?"
                              r"(?:[\s|]*$|(?P<menu>\s*[>»›|]))")
_SITE_LINES = 5


def _site_government(doc: Document) -> str | None:
    """The government whose site the page is on, from the page's first lines."""
    for line in [x for x in doc.lines[:3 * _SITE_LINES] if x.strip()][:_SITE_LINES]:
        if "政府" in line and (m := _SITE_GOVERNMENT.match(line)) is not None and (
                m.group("menu") is None or any(w in line for w in V.SITE_NAVIGATION_WORDS)):
            return m.group("name")
    return None


def _place_givers(doc: Document, forms, department: str):
    """The names, in the order they are believed, whose place a unit with no place of its own takes: the form's other
    unit cells (主管部门), the page's metadata (来源, 发布机构), the site's government. Each read only when asked for."""
    for _, ev in form_units(doc, forms):
        if ev.value != department:
            yield str(ev.value)
    if (meta := metadata_unit(doc)) is not None and meta.value != department:
        yield str(meta.value)
    if (site := _site_government(doc)) is not None:
        yield site


def read_report_fields(doc: Document, forms=None, facts=None, notes: list[tuple[str, str]] | None = None
                       ) -> dict[str, Any]:
    """Every report field with its evidence line (``<field>_line_no``) and where the department
    was read (``department_source``: form, title, metadata, text). A field left empty because its
    figures were out of range adds (field, why) to ``notes``: one per field, the first figure found."""
    gaz = gazetteer()
    titles = titles_of(doc)
    title = titles[0] if titles else None
    unit = find_unit(doc, forms, titles, gaz)
    department = unit.value if unit else None
    # (a document of 200 lines or fewer gives its text, made once: no join of its lines again)
    head = doc.text() if len(doc.lines) <= 200 else "\n".join(doc.lines[:200])
    context = "\n".join([*(t.text for t in titles), head])
    region = gaz.resolve(department, context)
    if region.province is None and department:
        # a unit with no place of its own (城关镇中心卫生院, 陈集镇人民政府): the place of another unit the page names for
        # it (its 主管部门 cell), else of the page's publisher (来源：, 发布机构：), else of the government whose site it is on
        for other in _place_givers(doc, forms, department):
            if (placed := gaz.resolve(other, context)).province is not None:
                region = placed
                break
    if department is None and title is not None and (placed := gaz.resolve(title.text, context)).province is not None:
        region = placed  # no unit found: the place the title opens with (平和县2022年度…项目绩效自评报告) is the report's
    region_line = unit.line_no if unit and region.found_in == department else _line_of(doc, region.found_in)
    year = fiscal_year_evidence(doc, titles)
    kind = report_kind_evidence(doc, titles, forms, department)
    total_row = _total_row(doc, forms, title.line_no if title else None,
                           facts.funds_row[1] if facts is not None and facts.funds_row else None)
    dropped: list[Dropped] = []
    score = self_score_evidence(doc, forms, total_row, dropped, year.value if year else None, kind.value if kind else None)
    grade = grade_evidence(doc, forms, total_row, year.value if year else None, kind.value if kind else None)
    if title is not None and title.line_no > 1 and any(_above(ev, title) for ev in (score, grade)) \
            and _form_title(title):
        # a form's title below a score or a grade in a form's cells (…自评得分 96.5 自评等级 优 / 某局2022年度项目绩效自评表):
        # they close the form before it, the page's tail of another; the report's are the ones its own form states below
        # its title. (A sentence above it, 经自评，本局…得分为95.7分, is the report's own text before its form.)
        below_doc, below_forms = _below(doc, forms, title.line_no)
        if _above(score, title):
            score = self_score_evidence(below_doc, below_forms, total_row, None, year.value if year else None,
                                        kind.value if kind else None)
        if _above(grade, title):
            grade = grade_evidence(below_doc, below_forms, total_row, year.value if year else None,
                                   kind.value if kind else None)
    authorized, actual = staff_evidence(doc, forms, facts, dropped, year.value if year else None)
    rate = execution_rate_evidence(doc, facts, kind.value if kind else None, dropped, year.value if year else None)
    if notes is not None:
        # a figure out of range replaced by one in range is no loss: only an empty field is told
        kept = {"self_score": score, "staff_authorized": authorized, "staff_actual": actual,
                "budget_execution_rate_pct": rate}
        first = {}
        for d in dropped:
            first.setdefault(d.field, d)
        notes.extend((f, d.note()) for f, d in first.items() if kept[f] is None)

    def val(ev):
        return ev.value if ev is not None else None

    def line(ev):
        return ev.line_no if ev is not None else None

    return {
        "title": title.text if title else None,
        "department": department,
        "province": region.province,
        "city": region.city,
        "district": region.district,
        "fiscal_year": val(year),
        "report_kind": val(kind) or "department_overall",
        "self_score": val(score),
        "grade": val(grade),
        "staff_authorized": val(authorized),
        "staff_actual": val(actual),
        "budget_execution_rate_pct": val(rate),
        "title_line_no": title.line_no if title else None,
        "department_line_no": line(unit),
        "department_source": unit.source if unit else None,
        "region_line_no": region_line if region.province or region.city or region.district else None,
        "fiscal_year_line_no": line(year),
        "report_kind_line_no": line(kind),
        "self_score_line_no": line(score),
        "grade_line_no": line(grade),
        "staff_authorized_line_no": line(authorized),
        "staff_actual_line_no": line(actual),
        "budget_execution_rate_line_no": line(rate),
    }


def _above(ev: Evidence | None, title: Title) -> bool:
    """Whether the evidence ``ev`` is a form's cell above the title's line (not a sentence of the text)."""
    return ev is not None and ev.source != "text" and bool(ev.line_no) and ev.line_no < title.line_no


def _form_title(title: Title) -> bool:
    """Whether the title is a form's (项目支出绩效自评表, 某局2022年度…评价表), not a report's or a notice's."""
    return V.FORM_TITLE_WORDS.search(title.text) is not None


def _below(doc: Document, forms, line_no: int):
    """The document and the forms from ``line_no`` on: the lines above left blank (each line keeps its number),
    the paragraphs and form fields there dropped."""
    lines = ["" if no < line_no else line for no, line in enumerate(doc.lines, start=1)]
    below = Document(lines=lines, paragraphs=[p for p in doc.paragraphs if p.line_no >= line_no],
                     tables=doc.tables, table_lines=doc.table_lines)
    if forms is None:
        return below, None
    return below, replace(forms, fields=[f for f in forms.fields if f.line_no >= line_no])


def _line_of(doc: Document, phrase: str | None) -> int | None:
    """The first line writing ``phrase`` (spaces ignored)."""
    if not phrase:
        return None
    for no, line in enumerate(doc.lines, start=1):
        if phrase in line or phrase in (compact(line) or ""):
            return no
    return None
