"""One file, one worker: a file over its memory or time budget costs only itself, never the run,
and nothing outside RAW_REPORTS_DIR is read."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from benchmarks.hostile import big_text
from pipelines.discover import files_frame, iter_scan
from pipelines.parallel import FrameRows, process_many
from tests import procs
from tests.support import ROOT, SAMPLES, query, refresh


def _rows(raw: Path) -> FrameRows:
    return FrameRows(files_frame(iter_scan(raw)))


def _good(raw: Path, n: int = 3) -> list[str]:
    names = sorted(p.name for p in SAMPLES.glob("*.txt"))[:n]
    for name in names:
        shutil.copy(SAMPLES / name, raw / name)
    return names


def test_a_file_over_the_memory_budget_is_rejected_and_the_run_goes_on(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = _good(raw)
    big_text(raw / "huge.txt", 12)
    monkeypatch.setenv("MAX_PARSE_MEMORY_MB", "150")
    results = {r.source_file: r for r in process_many(_rows(raw), workers=2)}
    assert results.keys() == {*good, "huge.txt"}
    (stage, error), = results["huge.txt"].rejections
    assert stage == "parse" and "MAX_PARSE_MEMORY_MB" in error and "over the limit of 150 MB" in error
    assert all(results[name].report is not None and not results[name].rejections for name in good)


def test_only_the_file_over_budget_is_blamed_when_results_still_wait_in_the_pipe(tmp_path, monkeypatch):
    # one worker parses many small files in a row, then one too big: the results it sent just before
    # are read before the big file is judged, so no good file takes its blame
    raw = tmp_path / "raw"
    raw.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    good = []
    for i in range(40):
        name = f"a{i:02d}.txt" if i < 30 else f"z{i:02d}.txt"
        shutil.copy(samples[i % len(samples)], raw / name)
        good.append(name)
    big_text(raw / "m_huge.txt", 12)
    monkeypatch.setenv("MAX_PARSE_MEMORY_MB", "150")
    parsed = process_many(_rows(raw), workers=1)
    results = {r.source_file: r for r in parsed}
    # the files the killed worker had parsed but not handed back are parsed again: once each, none lost
    assert len(parsed) == len(results) == 41
    assert [name for name, r in sorted(results.items()) if r.rejections] == ["m_huge.txt"]
    assert all(results[name].report is not None for name in good)


def test_a_file_over_the_time_budget_is_rejected_and_the_run_goes_on(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = _good(raw)
    big_text(raw / "slow.txt", 6)
    monkeypatch.setenv("MAX_PARSE_SECONDS", "0.5")
    started = time.monotonic()
    results = {r.source_file: r for r in process_many(_rows(raw), workers=1)}
    assert time.monotonic() - started < 30
    (stage, error), = results["slow.txt"].rejections
    assert stage == "parse" and "MAX_PARSE_SECONDS" in error and "still running after" in error
    assert all(results[name].report is not None for name in good)


def test_the_budgets_are_rejections_in_the_warehouse(tmp_path, warehouse, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = _good(raw, 2)
    big_text(raw / "huge.txt", 12)
    monkeypatch.setenv("MAX_PARSE_MEMORY_MB", "150")
    refresh(raw, warehouse)
    assert sorted(r[0] for r in query(warehouse, "SELECT source_file FROM reports")) == good
    (stage, error), = query(warehouse, "SELECT stage, error FROM rejected_files WHERE source_file = 'huge.txt'")
    assert "MAX_PARSE_MEMORY_MB" in error
    # the next refresh does not try it again while it is unchanged: the manifest knows it
    assert query(warehouse, "SELECT status FROM source_files WHERE source_file = 'huge.txt'") == [("rejected",)]


def test_workers_die_with_the_run(tmp_path):
    """A run killed with SIGKILL (no chance to clean up) leaves no worker or fork server behind."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(4):
        big_text(raw / f"slow{i}.txt", 4)
    script = textwrap.dedent(f"""
        from pathlib import Path
        from pipelines.discover import files_frame, iter_scan
        from pipelines.parallel import FrameRows, iter_process
        if __name__ == "__main__":
            for _ in iter_process(FrameRows(files_frame(iter_scan(Path({str(raw)!r})))), workers=2):
                pass
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, start_new_session=True,
                            env={**os.environ, "MAX_PARSE_SECONDS": "600"})
    deadline = time.monotonic() + 30
    while len(procs.tree(proc.pid)) < 4 and time.monotonic() < deadline:  # run, fork server, 2 workers
        time.sleep(0.1)
    assert len(procs.tree(proc.pid)) >= 4, "the workers never started"
    assert procs.left_after_kill(proc) == []


def test_a_pool_process_forked_as_the_run_dies_dies_too(tmp_path):
    """A process the fork server forks just as the run is killed asks for the kernel's parent-death signal
    after the server is already gone (simulated: its initializer clears the signal); it still dies with
    the run instead of waiting for work forever."""
    script = textwrap.dedent("""
        import os, time
        from pipelines.parallel import process_pool
        from tests.procs import forget_parent_death
        if __name__ == "__main__":
            with process_pool(2, forget_parent_death) as pool:
                seen = set()
                while len(seen) < 2:  # a process runs tasks only after its initializer
                    seen.add(pool.submit(os.getpid).result())
                print("ready", flush=True)
                time.sleep(600)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    pool_pids = set(procs.tree(proc.pid)) - {proc.pid}
    assert len(pool_pids) >= 3  # the fork server and the two pool processes (and the resource tracker)
    assert procs.left_after_kill(proc) == []


def test_a_link_out_of_the_folder_is_rejected_unread(tmp_path, warehouse):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = _good(raw, 1)
    outside = tmp_path / "elsewhere" / "secret.txt"
    outside.parent.mkdir()
    shutil.copy(SAMPLES / sorted(p.name for p in SAMPLES.glob("*.txt"))[-1], outside)  # a report, even
    os.symlink(outside, raw / "linked_out.txt")
    os.symlink(outside.parent, raw / "linked_folder")
    shutil.copy(SAMPLES / good[0], tmp_path / "inside.txt")
    (raw / "sub").mkdir()
    os.symlink(raw / good[0], raw / "sub" / "link_inside.txt")  # a link that stays inside is fine
    refresh(raw, warehouse)
    secret_sha = hashlib.sha256(outside.read_bytes()).hexdigest()
    rows = query(warehouse, "SELECT source_file, file_sha256, stage, error FROM rejected_files "
                            "WHERE source_file IN ('linked_out.txt', 'linked_folder') ORDER BY 1")
    assert [(r[0], r[1], r[2]) for r in rows] == [("linked_folder", None, "read"), ("linked_out.txt", None, "read")]
    assert all("outside RAW_REPORTS_DIR" in r[3] for r in rows)
    # nothing of the target is stored: not its hash, not a report made from it
    for table, column in (("source_files", "file_sha256"), ("rejected_files", "file_sha256")):
        assert not query(warehouse, f"SELECT 1 FROM {table} WHERE {column} = ?", [secret_sha])
    assert not query(warehouse, "SELECT 1 FROM reports WHERE report_id = ?", [secret_sha[:16]])
    assert query(warehouse, "SELECT size_bytes FROM source_files WHERE source_file = 'linked_out.txt'") == [
        (os.lstat(raw / "linked_out.txt").st_size,)]  # the link's own size, not the target's
    # the inside link is read: same bytes as the good report, one report
    assert query(warehouse, "SELECT stage FROM rejected_files WHERE source_file = 'sub/link_inside.txt'") == [
        ("duplicate",)]


def test_a_hostile_folder_refreshes_with_every_good_report_loaded(tmp_path):
    """The QA folder at reduced size (``python -m benchmarks.hostile --full`` runs it at full size)."""
    from benchmarks.hostile import build, run

    expect = build(tmp_path / "raw", full=False)
    # the reduced text report needs less memory than the full one (about 285 MB): a budget it still breaks
    result = run(tmp_path / "raw", tmp_path / "w.duckdb", tmp_path / "home", MAX_PARSE_MEMORY_MB="200")
    good = {p.relative_to(SAMPLES).as_posix() for p in SAMPLES.glob("*.txt")}
    assert {s.removeprefix("good/") for s in result["loaded"] if s.startswith("good/")} == good
    for name, limit in expect.items():
        assert limit in result["rejected"].get(name, ""), (name, result["rejected"].get(name))
    assert result["peak_tree_rss_mb"] < 1024, result["peak_tree_rss_mb"]
    assert result["wall_s"] < 120


def test_the_fork_server_started_early_is_the_one_the_parse_uses(tmp_path):
    """``warm_up`` starts the workers' fork server at once; parsing later forks its workers from that
    server (no second one), and the rows are those of a parse without the warm-up."""
    script = textwrap.dedent(f"""
        import json, time
        from pathlib import Path
        import psutil
        from pipelines.discover import files_frame, iter_scan
        from pipelines.parallel import FrameRows, process_many, warm_up

        def servers(wait=False):
            # (a server just forked shows the run's command line until its exec: on a busy host, for a while)
            deadline = time.monotonic() + 10
            while True:
                found = sorted(p.pid for p in psutil.Process().children()
                               if "multiprocessing.forkserver" in " ".join(p.cmdline()))
                if found or not wait or time.monotonic() > deadline:
                    return found
                time.sleep(0.05)

        if __name__ == "__main__":
            warm_up()
            early = servers(wait=True)
            results = process_many(FrameRows(files_frame(iter_scan(Path({str(SAMPLES)!r})))), workers=2)
            print(json.dumps({{"early": early, "after": servers(),
                              "rows": sorted((r.source_file, r.report and r.report["self_score"]) for r in results)}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    seen = __import__("json").loads(out.stdout)
    assert len(seen["early"]) == 1 and seen["after"] == seen["early"]
    plain = process_many(FrameRows(files_frame(iter_scan(SAMPLES))), workers=0)
    assert seen["rows"] == [list(x) for x in sorted((r.source_file, r.report and r.report["self_score"])
                                                     for r in plain)]
    assert any(score is not None for _, score in seen["rows"])


def test_the_parse_workers_import_only_what_parsing_and_packing_need():
    """The fork server preloads what parsing needs and polars, which packs a worker's results as frames
    (``batch.BatchPacker``); the pandera models, DuckDB and Dagster stay in the run's process."""
    code = textwrap.dedent("""
        import sys
        from multiprocessing import forkserver
        from pipelines.parallel import _context  # (the server imports it too: forkserver_guard)
        _context()
        preload = forkserver._forkserver._preload_modules
        for name in preload:
            __import__(name)
        print(",".join(preload))
        print(sorted(m for m in ("polars", "pyarrow", "pandera", "duckdb", "dagster") if m in sys.modules))
    """)
    preload, heavy = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                    check=True).stdout.strip().splitlines()
    assert {"pipelines.process", "pipelines.batch"} <= set(preload.split(","))
    assert heavy == "['polars']"


def test_parse_workers_collect_garbage_rarely_and_leave_the_inherited_objects_out():
    # (in a process of its own: the test run's collector stays as it is)
    code = ("import gc; from pipelines.parallel import tune_gc_for_parsing, WORKER_GC_THRESHOLD; "
            "tune_gc_for_parsing(); print(gc.get_threshold() == WORKER_GC_THRESHOLD, gc.get_freeze_count())")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "True"
    assert int(out[1]) > 10_000  # the modules imported before it (the extraction code) are frozen


def test_a_process_pool_starts_at_once_runs_its_initializer_first_and_ends_with_its_block():
    """parallel.process_pool (the charts' two drawing processes): every process started on entry, from the
    fork server, each having run the initializer before any task; none left after the block."""
    import gc

    from pipelines.parallel import process_pool

    before = set(procs.tree(os.getpid()))
    with process_pool(2, gc.disable) as pool:
        started = set(procs.tree(os.getpid())) - before
        assert len(started) >= 2  # (and the fork server, when this is the first use)
        pids = {pool.submit(os.getpid).result() for _ in range(6)}
        assert os.getpid() not in pids and pids <= started
        assert pool.submit(gc.isenabled).result() is False and gc.isenabled()
    time.sleep(0.2)
    assert not pids & set(procs.tree(os.getpid()))


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_worker_goes_on_parsing_while_the_run_is_busy_with_its_results(tmp_path, monkeypatch):
    # The run turns results into frames between reads (~0.1 s a thousand files): the files queued at a
    # worker outlast such a pause, instead of the worker running dry after a few and waiting.
    from pipelines import parallel

    raw = tmp_path / "raw"
    raw.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(300):
        (raw / f"r{i:03d}.txt").write_text(texts[i % len(texts)] * 3 + f"\n{i}\n", encoding="utf-8")
    pids: list[int] = []
    slot_init = parallel._Slot.__init__

    def recording_init(self, *args):
        slot_init(self, *args)
        pids.append(self.proc.pid)

    monkeypatch.setattr(parallel._Slot, "__init__", recording_init)
    groups = parallel.iter_process(_rows(raw), workers=1)
    _, first = next(groups)
    cpu_before = _cpu_s(pids[0])
    time.sleep(1.0)  # the run busy elsewhere
    cpu_pause = _cpu_s(pids[0]) - cpu_before
    rest = [r for _, group in groups for r in group]
    assert len(first) + len(rest) == 300 and all(r.report is not None for r in [*first, *rest])
    per_file = cpu_before / len(first)  # (at most: the worker may have parsed a few more by then)
    assert cpu_pause >= 16 * per_file, (cpu_pause, per_file)


def test_the_workers_share_the_last_files_evenly(tmp_path, monkeypatch):
    # a worker is sent files ahead, but never more than its share of those left: 100 files on two workers go
    # out 50 and 50, not 65 (a full queue) and 35, which would leave one worker idle for a third of the run
    from pipelines import parallel

    raw = tmp_path / "raw"
    raw.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(100):
        (raw / f"r{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n{i}\n", encoding="utf-8")
    sent: list[tuple[int, int]] = []  # (worker, files sent)
    send = parallel._Slot.send

    def recording_send(self, rows):
        sent.append((self.proc.pid, len(rows)))
        send(self, rows)

    monkeypatch.setattr(parallel._Slot, "send", recording_send)
    results = process_many(_rows(raw), workers=2)
    assert len(results) == 100 and all(r.report is not None for r in results)
    first = {}
    for pid, n in sent:
        first.setdefault(pid, n)
    assert sorted(first.values()) == [50, 50]
    assert sum(n for _, n in sent) == 100
