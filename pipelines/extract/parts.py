"""A report's own part: what a department's report says of itself, apart from the project forms it attaches.

A 部门整体支出绩效自评报告 often ends with 项目支出绩效自评表 forms (附件：项目支出绩效自评表, one form per
project), and a department's form (表1 部门整体支出绩效自评表) is often followed by its projects' forms
(表2 项目支出绩效自评表 …). Each attached form is a document of its own about one project: its 总分, its
执行率, its 自评等级, its 实施单位 are the project's, not the department's. The report's fields (self
score, grade, execution rate, department, staff) are read from the report's own part; the budget items
and indicators of every form are read from the whole document, as before, but in a department's report the
attached forms' money figures are ``other`` (a project's funds, not the department's: extract_document).

An attached form opens at a 项目名称 cell naming a project (a cover's 项目名称：部门整体支出 names the
department), below the line that says the document is a department's report, together with the headings
right above that cell (附件：…, 表2 …自评表, (2023年度), 单位：万元). It runs to the next attached form, to
headings that name a department's form again (附件2 / 部门整体支出绩效自评表), to a numbered section of
the report's text (四、自评结论), or to the end; and it is a form only when a funds or indicator block
is read in it (a line 项目名称：某工程 in the text is no form).

A file of several projects' forms (附表1, 附表2 …) is the first project's report: the forms of the other
projects are attached to it, each opening at a 项目名称 naming another project once a block has closed
the form before.

A page of a compiled file, or an excerpt from one, may open with the end of the report before: its last
sentences (its 自评得分, its 等级, its 执行率), its signature and its date, then the report's own title or its
department's form. What stands above that title, down to a date signed by another unit than the one the title
or the form's cells name, is that other report's: not part of this one.
"""

from __future__ import annotations

from typing import NamedTuple

from pipelines.extract import vocabulary as V
from pipelines.extract.regions import gazetteer
from pipelines.extract.report_fields import report_kind_evidence, titles_of
from pipelines.extract.titles import is_form_heading, kind_of
from pipelines.extract.units import DATE_FIRST, Evidence, abbreviates, form_units, same_unit, signed_above
from pipelines.model import Document, Forms, FundsBlock, IndicatorBlock, Table
from pipelines.normalise import compact
from pipelines.page_chrome import page_menu


def attached_spans(doc: Document, forms: Forms) -> list[tuple[int, int]]:
    """The line ranges [first, after) of the project forms a department's report attaches; empty when the
    document is no department's report or attaches none."""
    fields = [f for f in forms.field("project") if not V.WHOLE_DEPARTMENT_PROJECT.search(f.value)]
    if not fields:
        return []  # (most documents: no project form at all, nothing else to look at)
    kind = report_kind_evidence(doc, titles_of(doc), forms)
    if kind is not None and kind.value == "department_overall" and kind.line_no is not None:
        floor = kind.line_no
        projects = [f.line_no for f in fields if f.line_no > floor]
    else:
        # a project's report: the forms of other projects after the first one's (附表2 …) are attached
        floor = fields[0].line_no
        projects = _other_projects(fields, _block_lines(forms))
    starts = sorted({_heading_top(doc, no, floor) for no in projects})
    if not starts:
        return []
    # where the department's own part resumes: headings naming a department's form below a project's
    resumes = sorted(_heading_top(doc, no, starts[0]) for no in _resumptions(doc, starts[0]))
    blocks = _block_lines(forms)
    spans = []
    for i, start in enumerate(starts):
        end = min([*starts[i + 1: i + 2], *(r for r in resumes if r > start), len(doc.lines) + 1])
        if any(start <= no < end for no in blocks):
            spans.append((start, end))
    return spans


def _block_lines(forms: Forms) -> list[int]:
    """The first line of each funds and indicator block read, in order."""
    return sorted(no for no in [*map(_funds_line, forms.funds), *map(_indicators_line, forms.indicators)]
                  if no is not None)


def _other_projects(fields: list, blocks: list[int]) -> list[int]:
    """The 项目名称 cells, after the first, that open the form of another project: a name neither holds the
    other (not the same project written again, as a cover and its form write it), once a funds or indicator
    block (``blocks``: their first lines) has closed the form before."""
    first = fields[0].value
    out: list[int] = []
    prev = fields[0].line_no
    for f in fields[1:]:
        if first not in f.value and f.value not in first and any(prev < no < f.line_no for no in blocks):
            out.append(f.line_no)
            prev = f.line_no
    return out


def _heading_top(doc: Document, no: int, floor: int) -> int:
    """The first line of the headings right above line ``no`` (blank lines between them allowed), not above
    line ``floor``; ``no`` itself when no heading is there."""
    top, at = no, no - 1
    while at > floor:
        line = doc.lines[at - 1]
        if line.strip():
            if not is_form_heading(line):
                break
            top = at
        at -= 1
    return top


def _resumptions(doc: Document, after: int) -> list[int]:
    """The lines below ``after`` where the report's own part resumes: a heading of a department's form
    (附件2 部门整体支出绩效自评表), a numbered section of its text (四、自评结论)."""
    out = []
    for no in range(after + 1, len(doc.lines) + 1):
        line = doc.lines[no - 1]
        if ("整体" in line or "部门" in line) and is_form_heading(line) \
                and kind_of(compact(line) or "") == "department_overall":
            out.append(no)
        elif (c := line.lstrip()[:1]) and c in _SECTION_FIRST and "|" not in line and "\t" not in line \
                and V.TEXT_SECTION.match(line.lstrip()):
            out.append(no)
    return out


_SECTION_FIRST = frozenset("一二三四五六七八九十第")


# The first non-blank lines a date signing the report before may stand on (the titles are looked for as far)
_TAIL_SCAN_LINES = 40
_SENTENCE_ENDS = ("。", "；", "！")


def tail_of_another(doc: Document, forms: Forms) -> int:
    """The last line (its date) of another report's end the document opens with; 0 when none. That end is the
    lines down to a date signed by a unit (某局 / 2023年5月10日), at least one sentence above the signature, with
    only blank lines and form headings (附件2, （2023年度）) between the date and the report's first title; the
    title is a report's (…自评报告) or a department's form, and it or, for a title naming none, the form's cells
    below it name another unit than the one signing."""
    lines = doc.lines
    # (most documents: no line near the top opens as a date does, a look at its first character; the titles are
    # looked for only below a signed date)
    left = _TAIL_SCAN_LINES + page_menu(doc)[1]  # (non-blank lines; a site's menu opening the page counts for nothing)
    signed: dict[int, Evidence] = {}
    for i, line in enumerate(lines):
        if stripped := line.strip():
            # (the date's first character looked at here: most lines open with none, and cost no call)
            if stripped[0] in DATE_FIRST and (sig := signed_above(lines, i)) is not None:
                signed[i] = sig
            left -= 1
            if not left:
                break
    if not signed:
        return 0
    titles = titles_of(doc)
    if not titles or titles[0].line_no - 1 <= min(signed):
        return 0
    title = titles[0]
    if not ("报告" in title.text or title.kind == "department_overall"):
        return 0  # (a project's form below a signed text: the department's own report may attach it)
    at = title.line_no - 2  # (0-based: the line above the title)
    while at >= 0 and (not lines[at].strip() or is_form_heading(lines[at])):
        at -= 1
    if (sig := signed.get(at)) is None:
        return 0
    if not any(lines[i].rstrip(" |\t").endswith(_SENTENCE_ENDS) for i in range(sig.line_no - 1)):
        return 0  # a name and a date heading the page (its publisher, the date posted): no report's end
    unit = title.unit or next((str(e.value) for _, e in form_units(doc, forms) if e.line_no >= title.line_no), None)
    signer = str(sig.value)
    if not unit or same_unit(signer, unit) or same_unit(unit, signer) \
            or abbreviates(signer, unit, gazetteer()) or abbreviates(unit, signer, gazetteer()):
        return 0  # the report's own unit signing: its covering letter, its text before its form
    return at + 1


class OwnPart(NamedTuple):
    """The report's own part: the document and the forms with the other parts' lines left blank, and whether
    project forms are attached (not only another report's end before it)."""
    doc: Document
    forms: Forms
    attached: bool


def own_part(doc: Document, forms: Forms) -> OwnPart | None:
    """The document and the forms without the attached project forms and without another report's end before the
    report (their lines left blank, so every line keeps its number); None when there is neither."""
    spans = attached_spans(doc, forms)
    attached = bool(spans)
    if (tail := tail_of_another(doc, forms)) > 0:
        spans = [(1, tail + 1), *spans]
    if not spans:
        return None

    def inside(no: int | None) -> bool:
        return no is not None and any(a <= no < b for a, b in spans)

    lines = ["" if inside(no) else line for no, line in enumerate(doc.lines, start=1)]
    tables = [Table([r for r in t.rows if not inside(r.line_no)], t.kind) for t in doc.tables]
    own = Document(lines=lines, paragraphs=[p for p in doc.paragraphs if not inside(p.line_no)],
                   tables=[t for t in tables if t.rows], table_lines={n for n in doc.table_lines if not inside(n)})
    own_forms = Forms(
        funds=[b for b in forms.funds if not inside(_funds_line(b))],
        funds_pairs=[v for v in forms.funds_pairs if not inside(v.line_no)],
        indicators=[b for b in forms.indicators if not inside(_indicators_line(b))],
        fields=[f for f in forms.fields if not inside(f.line_no)],
    )
    return OwnPart(own, own_forms, attached)


def _funds_line(block: FundsBlock) -> int | None:
    return next((v.line_no for row in block.rows for v in row.values), None)


def _indicators_line(block: IndicatorBlock) -> int | None:
    return block.rows[0].line_no if block.rows else block.total_line
