"""Show a document as the extraction rules see it.

    python -m pipelines.explain REPORT_FILE [--cells]

Prints the forms recovered from the document (each header with the role of every column, the
funds block's total row, the indicator rows by role, the label -> value pairs), then every row the
warehouse would get from it (report fields, budget items, indicators) with its evidence line. For
an analyst checking a figure, and for whoever writes the next rule. ``--cells`` also prints the
cell stream the form readers decode (line, row-start hint, kind, text).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.extract import extract_document
from pipelines.extract.cells import cell_stream
from pipelines.extract.forms import read_forms
from pipelines.extract.kinds import kind
from pipelines.model import Document
from pipelines.normalise import build_document
from pipelines.process import not_a_self_evaluation
from pipelines.read import ReadError, read_blocks, read_bytes


def load(path: Path) -> Document:
    raw = read_bytes(path)
    _, blocks = read_blocks(raw, path.name, [])
    return build_document(blocks)


def explain(doc: Document, show_cells: bool = False) -> str:
    out: list[str] = []
    cells = cell_stream(doc)
    if show_cells:
        out.append("== cell stream (line, row start, kind, text)")
        for c in cells:
            out.append(f"  {c.line_no:>5} {'>' if c.row_start else ' '} {kind(c.text):<6} {c.text[:80]}")
    forms = read_forms(cells, doc.open_end, doc)
    for block in forms.funds:
        h = block.header
        out.append(f"== funds block, line {cells[h.start].line_no}: unit {h.unit or '万元 (default)'}")
        out.append("   columns: " + " | ".join(f"{lab}={role}" for role, lab in zip(h.columns, h.labels)))
        for row in block.rows:
            out.append(f"   row {row.label or '(no label)'}: "
                       + " | ".join(f"{fv.role}{'@' + str(fv.year) if fv.year else ''}={fv.raw}" for fv in row.values))
    for f in forms.fields:
        out.append(f"== field, line {f.line_no}: {f.label} -> {f.role} = {f.value or '(empty)'}")
    for fv in forms.funds_pairs:
        out.append(f"== funds label -> value, line {fv.line_no}: {fv.label} = {fv.raw} -> {fv.role}")
    for block in forms.indicators:
        h = block.header
        out.append(f"== indicator block, line {cells[h.start].line_no}")
        out.append("   columns: " + " | ".join(f"{lab or '-'}={role}" for role, lab in zip(h.columns, h.labels)))
        for row in block.rows:
            values = " | ".join(f"{r}={t}" for r, t in row.cells.items() if r not in ("level1", "level2", "name"))
            out.append(f"   line {row.line_no}: [{row.level1} / {row.level2}] {row.name} :: {values}")
        if block.total_score is not None:
            out.append(f"   totals: weight {block.total_weight} score {block.total_score}")
    ex = extract_document(doc)
    problem = not_a_self_evaluation(doc)
    out.append("== report" + (f" (REJECTED: {problem})" if problem else ""))
    # each field with the line it was read from (region: the line naming the place)
    lines = {k.removesuffix("_line_no"): v for k, v in ex.report.items() if k.endswith("_line_no")}
    lines.update({k: lines.get("region") for k in ("province", "city", "district")})
    lines["budget_execution_rate_pct"] = lines.get("budget_execution_rate")
    for k, v in ex.report.items():
        if k.endswith("_line_no") or k == "department_source":
            continue
        source = f" ({ex.report.get('department_source')})" if k == "department" and v else ""
        where = f"  line {lines[k]}{source}: {_line(doc, lines[k])}" if lines.get(k) else ""
        out.append(f"   {k}: {v}{where}")
    out.append("== budget items")
    for b in ex.budget_items:
        out.append(f"   {b['item']:<22} {b['fiscal_year']} {b['amount_wan_yuan']!s:<14} {b['amount_raw']:<18} "
                   f"line {b['line_no']}: {_line(doc, b['line_no'])}")
    out.append("== indicators")
    for i in ex.indicators:
        out.append(f"   {i['seq']:>3} [{i['level1']} / {i['level2']}] {i['name']} | target {i['target_op']} "
                   f"{i['target_value']} {i['target_unit']} ({i['target_raw']}) | actual {i['actual_value']} "
                   f"{i['actual_unit']} ({i['actual_raw']}) | weight {i['weight']} score {i['score']} | "
                   f"{i['source_kind']} line {i['line_no']}")
    return "\n".join(out)


def _line(doc: Document, no: int) -> str:
    text = doc.lines[no - 1].strip() if 0 < no <= len(doc.lines) else ""
    return text if len(text) <= 70 else text[:67] + "..."


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipelines.explain", description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--cells", action="store_true", help="also print the cell stream")
    a = ap.parse_args(argv)
    try:
        doc = load(a.file)
    except (OSError, ReadError) as e:
        print(f"cannot read {a.file}: {e}", file=sys.stderr)
        return 2
    print(explain(doc, a.cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
