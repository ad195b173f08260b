"""The code's shape: no import cycle between the project's modules, and the list of warehouse tables
written once (schemas.MODELS), with the DDL derived from it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipelines", "schemas")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> project modules it imports, at module level or inside a function (a deferred import
    still ties the two modules together)."""
    files = {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from package import submodule` imports the submodule; other names come from the module
                subs = {f"{node.module}.{a.name}" for a in node.names} & files.keys()
                targets |= subs
                if len(subs) < len(node.names):
                    targets.add(node.module)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_between_the_projects_modules():
    graph = import_graph()
    assert "pipelines.batch" in graph["pipelines.shard"] and "pipelines.shard" in graph["pipelines.assets"]
    assert "pipelines.readers.pdf" in graph["pipelines.read"]  # the readers, imported where they are used
    assert find_cycle(graph) is None
    assert not any(m.startswith("pipelines.read") and m != "pipelines.readers.errors"
                   for m in graph["pipelines.readers.errors"])


def test_the_table_list_is_written_once():
    """Outside schemas/, no code spells out the tables: it iterates schemas.TABLES / MODELS."""
    from schemas import MODELS, TABLES

    assert TABLES == ("reports", "budget_items", "indicators", "quality_findings", "rejected_files", "source_files")
    assert tuple(MODELS) == TABLES
    listed = re.compile(r"""["']budget_items["']\s*,\s*["']indicators["']""")
    offenders = [str(p.relative_to(ROOT)) for pkg in ("pipelines",) for p in (ROOT / pkg).rglob("*.py")
                 if listed.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_tables_are_created_from_their_models():
    from pipelines.load import ensure_tables

    con = duckdb.connect()
    ensure_tables(con)
    types = {(t, c): (d, n) for t, c, d, n in con.sql(
        "SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns()").fetchall()}
    assert types[("budget_items", "amount_wan_yuan")] == ("DECIMAL(18,6)", False)
    assert types[("reports", "self_score")] == ("DOUBLE", True)
    assert types[("rejected_files", "detected_at")] == ("TIMESTAMP", False)
    assert types[("source_files", "removed_at")] == ("TIMESTAMP", True)  # stamped by the loader
    assert types[("indicators", "seq")] == ("INTEGER", False)
    con.execute("INSERT INTO indicators (report_id, seq, name, source_kind, line_no) VALUES ('a', 1, 'x', 'table', 1)")
    try:
        con.execute("INSERT INTO indicators (report_id, seq, name, source_kind, line_no) VALUES ('a', 1, 'y', 'table', 2)")
        raise AssertionError("the primary key (report_id, seq) was not created")
    except duckdb.ConstraintException:
        pass


def test_an_older_warehouse_gains_the_columns_added_since():
    from pipelines.load import ensure_tables

    con = duckdb.connect()
    con.execute("CREATE TABLE source_files (source_file VARCHAR PRIMARY KEY, file_sha256 VARCHAR)")
    con.execute("INSERT INTO source_files VALUES ('a.txt', NULL)")
    ensure_tables(con)
    columns = [r[0] for r in con.sql("SELECT column_name FROM duckdb_columns() WHERE table_name = 'source_files' "
                                     "ORDER BY column_index").fetchall()]
    assert columns[:2] == ["source_file", "file_sha256"] and {"status", "loaded_at", "removed_at"} <= set(columns)
    assert con.sql("SELECT source_file, removed_at FROM source_files").fetchall() == [("a.txt", None)]


def test_loading_the_definitions_imports_no_chart_library_no_pandas_and_no_rules():
    """A refresh with nothing to do never draws: matplotlib (and its CJK font) load only in the chart step.
    pandas is not installed at all (pandera would import it, 0.3-0.4 s of every start): no dependency of
    the project may bring it back. The extraction rules (~0.13 s of compiled patterns) load in the parse
    workers, not in the run's process."""
    import subprocess
    import sys

    code = ("import sys, pipelines.definitions; print(sorted(m for m in ('matplotlib', 'mplfonts', 'pandas', "
            "'pipelines.extract', 'pipelines.process') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_cli_skips_the_garbage_collection_at_exit():
    """Loading the definitions freezes the heap at exit: the interpreter's last collection (0.6 s of each
    CLI run) then skips it. A cycle left to the exit is not finalized with it, and is without it."""
    import subprocess
    import sys

    cycle = ("class C:\n def __del__(self): print('finalized')\n"
             "def make():\n c = C(); c.me = c\nmake()\n")
    for head, expected in (("", "finalized"), ("import pipelines.definitions\n", "")):
        out = subprocess.run([sys.executable, "-c", head + cycle], cwd=ROOT, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected


def test_a_change_to_any_reader_or_rule_changes_the_extractor_version(tmp_path):
    """A refresh re-parses every file when the code that reads or extracts changed (a new PDF reader too)."""
    import shutil

    from pipelines.discover import extractor_version

    code = tmp_path / "pipelines"
    shutil.copytree(ROOT / "pipelines", code, ignore=shutil.ignore_patterns("__pycache__"))
    before = extractor_version(code)
    for changed in ("readers/pdf.py", "extract/budget.py", "normalise.py", "quality.py", "batch.py"):
        (code / changed).write_text((code / changed).read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        after = extractor_version(code)
        assert after != before, changed
        before = after
    (code / "charts.py").write_text("# not extraction\n", encoding="utf-8")
    assert extractor_version(code) == before
