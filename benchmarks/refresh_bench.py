"""Benchmark the refresh on N generated reports; writes JSON and prints a table.

    python benchmarks/refresh_bench.py                 # N = 10,000, median of 3 runs
    python benchmarks/refresh_bench.py --n 1000 --runs 1 --out /tmp/b.json
    python benchmarks/refresh_bench.py --memory-sizes 1000,10000,30000   # and peak RSS against N

Measures, each the median of --runs runs, every refresh in a fresh process running the
`refresh_warehouse` job in process (Dagster run included; interpreter start-up reported apart):
full refresh (wall time, reports/s, peak RSS of the process tree), no-change refresh, refresh
after 1% of the files changed, and the floor (read every file and normalise its text, nothing
else) with the ratio full / floor; and, for PDF, pages/s of our reader against pdfplumber's
plain text extraction of the same files. With --memory-sizes, one more full refresh at each size
gives the peak RSS against N (run process and whole tree).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD_REFRESH = """
import json, os, sys, time
t0 = time.perf_counter()
import dagster as dg
from pipelines.definitions import defs
t1 = time.perf_counter()
result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=dg.DagsterInstance.ephemeral())
t2 = time.perf_counter()
plan = result.output_for_node("report_files")
print(json.dumps({"ok": result.success, "import_s": t1 - t0, "run_s": t2 - t1, "parsed": plan.to_parse,
                  "seen": plan.seen}))
"""

CHILD_FLOOR = """
import json, sys, time
from pathlib import Path
from pipelines.discover import scan
from pipelines.normalise import build_document
from pipelines.read import read_blocks, read_bytes
root = Path(sys.argv[1])
t = time.perf_counter()
n = 0
for f in scan(root):
    build_document(read_blocks(read_bytes(f.path), f.path.name)[1])
    n += 1
print(json.dumps({"files": n, "floor_s": time.perf_counter() - t}))
"""


def _peak_rss(proc: subprocess.Popen, stop: threading.Event, box: list[int]) -> None:
    """Sample every 50 ms: box[0] the peak of the whole process tree (run + parse workers),
    box[1] the peak of the run's own process."""
    import psutil

    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        return
    while not stop.is_set():
        try:
            own = root.memory_info().rss
            tree = own + sum(p.memory_info().rss for p in root.children(recursive=True) if p.is_running())
            box[0], box[1] = max(box[0], tree), max(box[1], own)
        except psutil.Error:
            pass
        time.sleep(0.05)


def run_child(code: str, env: dict, args: list[str] | None = None) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *(args or [])], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop, box = threading.Event(), [0, 0]
    sampler = threading.Thread(target=_peak_rss, args=(proc, stop, box), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{err[-4000:]}")
    data = json.loads(out.strip().splitlines()[-1])
    data["process_s"] = time.perf_counter() - start
    data["peak_rss_mb"] = box[0] / 2**20
    data["peak_rss_run_process_mb"] = box[1] / 2**20
    return data


def touch_fraction(files: list[Path], fraction: float, round_no: int) -> int:
    count = max(1, round(len(files) * fraction))
    step = max(1, len(files) // count)
    changed = files[round_no % step::step][:count]
    for f in changed:
        with f.open("a", encoding="utf-8") as fh:
            fh.write(f"\n补充说明第{round_no}次。\n")
    return len(changed)


def pdf_pages_per_second(pdfs: list[Path]) -> dict:
    import pdfplumber

    from pipelines.read import read_blocks, read_bytes

    pages = 0
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            pages += len(pdf.pages)
    t = time.perf_counter()
    for p in pdfs:
        read_blocks(read_bytes(p), p.name)
    ours = time.perf_counter() - t
    t = time.perf_counter()
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
    plain = time.perf_counter() - t
    return {"files": len(pdfs), "pages": pages, "ours_pages_per_s": pages / ours, "pdfplumber_pages_per_s": pages / plain}


def memory_by_n(tmp: Path, sizes: list[int]) -> list[dict]:
    """Peak RSS of one full refresh at each corpus size: flat memory means these barely differ."""
    from benchmarks.corpus import generate

    out = []
    for n in sizes:
        corpus, db = tmp / f"mem_{n}", tmp / f"mem_{n}.duckdb"
        generate(corpus, n)
        env = {**os.environ, "RAW_REPORTS_DIR": str(corpus), "WAREHOUSE_PATH": str(db), "PYTHONPATH": str(ROOT)}
        run = run_child(CHILD_REFRESH, env)
        out.append({"n": n, "peak_rss_mb": run["peak_rss_mb"], "peak_rss_run_process_mb": run["peak_rss_run_process_mb"],
                    "run_s": run["run_s"]})
        shutil.rmtree(corpus, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    ap.add_argument("--corpus", type=Path, default=None, help="reuse (or create) the corpus in this folder")
    ap.add_argument("--pdf-dir", type=Path, default=None, help="also time these PDFs (e.g. ../shared/real-pdfs)")
    ap.add_argument("--memory-sizes", default="",
                    help="also one full refresh at each of these N (e.g. 1000,10000,30000): peak RSS against N")
    args = ap.parse_args()

    from benchmarks.corpus import generate

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = args.corpus or tmp / "corpus"
        if not corpus.exists() or not any(corpus.rglob("*.txt")):
            t = time.perf_counter()
            generate(corpus, args.n)
            print(f"generated {args.n} reports in {time.perf_counter() - t:.1f}s under {corpus}")
        files = sorted(corpus.rglob("*.txt"))
        env = {**os.environ, "RAW_REPORTS_DIR": str(corpus), "WAREHOUSE_PATH": str(tmp / "w.duckdb"),
               "PYTHONPATH": str(ROOT)}
        full, nochange, changed, floors = [], [], [], []
        for r in range(args.runs):
            (tmp / "w.duckdb").unlink(missing_ok=True)
            full.append(run_child(CHILD_REFRESH, env))
            nochange.append(run_child(CHILD_REFRESH, env))
            n_changed = touch_fraction(files, 0.01, r)
            changed.append({**run_child(CHILD_REFRESH, env), "files_changed": n_changed})
            floors.append(run_child(CHILD_FLOOR, env, [str(corpus)]))
        med = lambda rows, key: statistics.median(x[key] for x in rows)  # noqa: E731
        results = {
            "n": len(files), "runs": args.runs, "cpus": os.cpu_count(),
            "full_refresh_s": med(full, "run_s"), "full_refresh_process_s": med(full, "process_s"),
            "reports_per_s": len(files) / med(full, "run_s"), "full_peak_rss_mb": max(x["peak_rss_mb"] for x in full),
            "full_peak_rss_run_process_mb": max(x["peak_rss_run_process_mb"] for x in full),
            "no_change_refresh_s": med(nochange, "run_s"), "no_change_files_parsed": max(x["parsed"] for x in nochange),
            "one_percent_refresh_s": med(changed, "run_s"), "one_percent_files_parsed": med(changed, "parsed"),
            "floor_s": med(floors, "floor_s"),
        }
        results["full_over_floor"] = results["full_refresh_s"] / results["floor_s"]
        sample_pdfs = []
        from tests.render import to_pdf

        for p in sorted((ROOT / "sample_reports").glob("*.txt")):
            f = tmp / f"{p.stem}.pdf"
            f.write_bytes(to_pdf(p.read_text(encoding="utf-8")))
            sample_pdfs.append(f)
        results["pdf_samples"] = pdf_pages_per_second(sample_pdfs)
        results["memory_by_n"] = memory_by_n(tmp, [int(x) for x in args.memory_sizes.split(",") if x.strip()])
        if args.pdf_dir and args.pdf_dir.exists():
            results["pdf_real"] = pdf_pages_per_second(sorted(args.pdf_dir.rglob("*.pdf")))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    rows = [
        ("reports", f"{results['n']}"),
        ("full refresh (Dagster run)", f"{results['full_refresh_s']:.1f} s, {results['reports_per_s']:.0f} reports/s"),
        ("full refresh incl. interpreter start", f"{results['full_refresh_process_s']:.1f} s"),
        ("peak RSS, process tree", f"{results['full_peak_rss_mb']:.0f} MiB"),
        ("peak RSS, run process", f"{results['full_peak_rss_run_process_mb']:.0f} MiB"),
        ("no-change refresh", f"{results['no_change_refresh_s']:.2f} s ({results['no_change_files_parsed']} parsed)"),
        ("1% changed refresh", f"{results['one_percent_refresh_s']:.2f} s ({results['one_percent_files_parsed']:.0f} parsed)"),
        ("floor: read + normalise, 1 process", f"{results['floor_s']:.1f} s"),
        ("full / floor", f"{results['full_over_floor']:.2f}"),
    ]
    for key in ("pdf_samples", "pdf_real"):
        if key in results:
            x = results[key]
            rows.append((f"PDF {key[4:]} ({x['pages']} pages)", f"ours {x['ours_pages_per_s']:.1f} pages/s, "
                         f"pdfplumber text {x['pdfplumber_pages_per_s']:.1f} pages/s"))
    for m in results["memory_by_n"]:
        rows.append((f"peak RSS at N = {m['n']}", f"tree {m['peak_rss_mb']:.0f} MiB, "
                     f"run process {m['peak_rss_run_process_mb']:.0f} MiB ({m['run_s']:.1f} s)"))
    width = max(len(r[0]) for r in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
