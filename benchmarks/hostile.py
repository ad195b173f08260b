"""A refresh of a folder of hostile files beside good reports, timed and measured as users run it.

    python -m benchmarks.hostile [--full]

Builds every file of ``tests/hostile.py`` (reduced size, or ``--full`` as the QA issue found them)
plus a text report large enough to break the memory budget while it parses, copies the bundled
samples beside them, runs the contract's headless command and prints its wall time, the peak RSS of
its whole process tree, the good reports loaded and each hostile file's rejection.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.faults import finish, start
from tests import hostile, procs

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"


def big_text(path: Path, mb: int) -> Path:
    """A text 'report' of ``mb`` MB: within the size limit, far beyond the parse memory budget."""
    line = "其中：基本支出1234.56万元，项目支出789.01万元，执行率98.5%。\n"
    path.write_text(line * (mb * 2**20 // len(line.encode())), encoding="utf-8")
    return path


def build(raw: Path, full: bool) -> dict[str, str]:
    """The folder; returns hostile file name -> what its rejection must name."""
    hostile.build(raw / "hostile", full=full)
    expect = {f"hostile/{h.filename}": h.limit for h in hostile.HOSTILE.values()}
    big_text(raw / "hostile" / "huge_text.txt", 40 if full else 12)
    expect["hostile/huge_text.txt"] = "MAX_PARSE_MEMORY_MB"
    shutil.copytree(SAMPLES, raw / "good")
    return expect


def run(raw: Path, db: Path, home: Path, **env) -> dict:
    began = time.monotonic()
    proc = start(raw, db, home, **env)
    peak = procs.PeakTreeRss(proc.pid)
    finish(proc)
    wall, peak_mb = time.monotonic() - began, peak.stop()
    con = duckdb.connect(str(db), read_only=True)
    try:
        loaded = con.sql("SELECT source_file FROM reports ORDER BY 1").fetchall()
        rejected = dict(con.sql("SELECT source_file, error FROM rejected_files").fetchall())
    finally:
        con.close()
    return {"wall_s": wall, "peak_tree_rss_mb": peak_mb, "loaded": [r[0] for r in loaded], "rejected": rejected}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true", help="the hostile files at the size the QA issue used")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        expect = build(tmp / "raw", args.full)
        result = run(tmp / "raw", tmp / "w.duckdb", tmp / "home")
        print(json.dumps({
            "full_size": args.full, "wall_s": round(result["wall_s"], 1),
            "peak_tree_rss_mb": round(result["peak_tree_rss_mb"]),
            "good_reports_loaded": sum(s.startswith("good/") for s in result["loaded"]),
            "hostile": {name: result["rejected"].get(name, "NOT REJECTED")[:150] for name in expect},
            "hostile_named_their_limit": all(want in result["rejected"].get(name, "") for name, want in expect.items()),
        }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
