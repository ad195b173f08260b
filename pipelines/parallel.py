"""Parse files in worker processes, each file under a memory and a time budget.

Extraction is CPU-bound Python, so files go to one worker process per core. A worker is also the
fence around one hostile file: the parent watches each worker's memory (RSS) and how long its
current file has run, and kills a worker that goes over ``MAX_PARSE_MEMORY_MB`` or
``MAX_PARSE_SECONDS``. A killed or crashed worker costs only the file it was on: that file gets a
rejection naming the limit, the pool starts a new worker and the run goes on. A file is never
parsed in the run's own process (it could take the run down with it), except when
``EXTRACT_WORKERS=0`` asks for that (debugging, tests that patch the parser).

Workers come from a fork server that has already imported the extraction code, so a new worker
costs a fork, not an import. Workers and the fork server die with the run: they ask the kernel for
SIGKILL when their parent dies, and a watchdog thread checks the run is still there.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import resource
import selectors
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pipelines import limits
from pipelines.paths import refusal
from pipelines.results import FileResult

if TYPE_CHECKING:  # (only FrameRows's hint: the run's process may walk files without polars loaded)
    import polars as pl

FileRow = tuple[str, str, int, int]  # (path, source_file, size_bytes, mtime_ns)
T = TypeVar("T")

# Files queued at a worker beyond the one it parses, and how many are still queued when it gets more. The
# queue outlasts the parent's pauses: turning 1,000 results into frames takes it ~0.1 s, ~40 files of a
# worker's parsing, and with 8 queued both workers sat idle through each (the 10,000-report parse step
# 14.7-14.8 s with 8, 13.6-13.9 s with 64). A killed worker's queue goes back to the others.
SEND_AHEAD = 64
REFILL_AT = 32
POLL_S = 0.05  # how often the parent looks at the workers' memory and clocks
# A worker hands on its results a group at a time, packed where they were made (``pack``: the pipeline's
# frames), so the run's process, which shares the two cores with the workers, neither unpickles one
# object per row nor wakes once per file: ~1.5 s of its CPU on 10,000 reports. A group goes when it is
# this big or when the worker has nothing else queued; a worker killed mid-group costs a re-parse of
# the files of the group, never their loss (the parent knows them from the worker's counter).
GROUP_FILES = 128
# A worker's garbage collector: extraction allocates many short-lived objects and makes no cycles worth
# collecting often, so the youngest generation is collected every 20,000 allocations, not 700 (~6% of the
# CPU per file), and the objects every worker inherits (the extraction code, the gazetteer) are frozen out
# of the full collections instead of being walked by each (`gc.freeze`).
WORKER_GC_THRESHOLD = (20_000, 50, 1_000)


def default_workers() -> int:
    """EXTRACT_WORKERS, else one per core. 0 parses in this process, without isolation."""
    value = os.environ.get("EXTRACT_WORKERS", "").strip()
    return max(0, int(value)) if value else (os.cpu_count() or 1)


class FrameRows(Sequence):
    """The rows of a files frame (path, source_file, size_bytes, mtime_ns) as tuples, made a slice at
    a time: a refresh of many files never holds one Python object per file."""

    COLUMNS = ("path", "source_file", "size_bytes", "mtime_ns")

    def __init__(self, frame: pl.DataFrame):
        self.frame = frame.select(self.COLUMNS)

    def __len__(self) -> int:
        return self.frame.height

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.frame.height)
            rows = self.frame.slice(start, max(0, stop - start)).rows()
            return rows[::step] if step != 1 else rows
        if not -self.frame.height <= index < self.frame.height:
            raise IndexError(index)  # what iteration over a Sequence stops on
        return self.frame.row(index)


def _parse(row: FileRow) -> FileResult:
    path, source, size, mtime = row
    if (reason := refusal(path)) is not None:
        return FileResult(source_file=source, size_bytes=size, mtime_ns=mtime, rejections=[("read", reason)])
    from pipelines.process import process_file  # (the workers' fork server has it loaded; the run never needs it)

    return process_file(Path(path), source, size, mtime)


# --- the worker side ---------------------------------------------------------------------------

def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no-op elsewhere)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _watch_run(run_pid: int) -> None:
    """Exit when the run is gone, even if the kernel's parent-death signal did not reach us
    (our parent is the fork server, not the run)."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(run_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass


def tune_gc_for_parsing() -> None:
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def die_with_run(run_pid: int) -> None:
    """For a process forked by the fork server: die with the fork server (the kernel's signal) and with the
    run (a watchdog thread). The signal alone misses a process forked just as the run was killed: it asks
    for it after its parent, the server, is already gone, and would wait for work forever."""
    die_with_parent()
    threading.Thread(target=_watch_run, args=(run_pid,), daemon=True).start()


def _worker(conn: Connection, run_pid: int, address_space_mb: int, finished, pack: Callable) -> None:
    die_with_run(run_pid)
    tune_gc_for_parsing()
    if address_space_mb:
        # A backstop only: the parent kills on RSS well before this. It keeps a runaway allocation
        # between two of the parent's looks from reaching the kernel's OOM killer.
        limit = address_space_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send("ready")
    done: list[FileResult] = []
    while True:
        try:
            rows = conn.recv()
        except (EOFError, OSError):
            return
        if rows is None:
            return
        for row in rows:
            done.append(_parse(row))
            finished.value += 1  # (the parent reads it: how far the worker is, without a message a file)
            if len(done) >= GROUP_FILES:
                conn.send((len(done), pack(done)))
                done = []
        if done and not conn.poll():  # nothing more queued: hand on what is ready
            conn.send((len(done), pack(done)))
            done = []


# --- the parent side ---------------------------------------------------------------------------

def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


@contextmanager
def _main_module_hidden():
    """multiprocessing re-imports the parent's ``__main__`` in every new process, for functions
    defined there. The worker's code lives in pipelines.*, and the main module is Dagster's CLI (or a
    test runner): re-importing it cost every worker ~0.6 s and Dagster's memory. Hidden while a worker
    starts, so the worker imports only what it parses with."""
    main = sys.modules.get("__main__")
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if main is not None and k in main.__dict__}
    try:
        for key in saved:
            if key == "__spec__":
                main.__spec__ = None
            else:
                del main.__dict__[key]
        yield
    finally:
        if main is not None:
            main.__dict__.update(saved)


class _Slot:
    """One worker process and the files sent to it, oldest (the one being parsed) first."""

    def __init__(self, ctx, run_pid: int, pack: Callable):
        self.conn, child = ctx.Pipe()
        # address space is far above RSS (thread stacks, allocator arenas): a generous multiple
        backstop = int(4 * limits.MEMORY_MB.value() + 2048) if limits.MEMORY_MB.value() else 0
        self.finished = ctx.RawValue("q", 0)  # files the worker has parsed (it counts, the parent reads)
        self.proc = ctx.Process(target=_worker, args=(child, run_pid, backstop, self.finished, pack), daemon=True)
        with _main_module_hidden():
            self.proc.start()
        child.close()
        self.files: deque[FileRow] = deque()  # sent and not yet handed back in a group, in order
        self.received = 0  # files handed back in groups
        self.seen = 0  # ``finished`` at the last look
        self.since = time.monotonic()  # when the file being parsed started (as of the look that saw it start)
        self.ready = False  # said hello: a worker dying before that is a broken set-up, not a file

    @property
    def parsed(self) -> int:
        """Files this worker finished: a fresh worker's failure is the file's own."""
        return self.finished.value

    def queued(self) -> int:
        """Files sent and not finished (the first being parsed)."""
        return len(self.files) - (self.finished.value - self.received)

    def parsing(self) -> bool:
        return self.queued() > 0

    def send(self, rows: list[FileRow]) -> None:
        if not self.parsing():
            self.since = time.monotonic()
        self.files.extend(rows)
        self.conn.send(rows)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def _rejected(row: FileRow, message: str) -> FileResult:
    path, source, size, mtime = row
    return FileResult(source_file=source, size_bytes=size, mtime_ns=mtime, rejections=[("parse", message)])


def _death_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            how = f"was killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"was killed by signal {-exitcode}"
    else:
        how = f"exited with code {exitcode}"
    return (f"the parser process {how} while reading this file (a crash in a reader library, or memory "
            f"the system refused): the file was not loaded; other files were not affected. Try re-saving the "
            f"file; if it really is one report, raise {limits.MEMORY_MB.env} and refresh again, and please "
            "report this file")


def _context():
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["pipelines.forkserver_guard", "pipelines.process", "pipelines.batch",
                                "pipelines.readers.pdf", "pipelines.readers.docx"])
    return ctx


def warm_up() -> None:
    """Start the workers' fork server now, without waiting for it: it imports the extraction code
    (~0.35 s) in a process of its own while the run walks the folder, and the parse step then finds
    it ready. No-op when files are parsed in this process (``EXTRACT_WORKERS=0``)."""
    if default_workers() == 0:
        return
    from multiprocessing import forkserver

    _context()  # (sets the modules the server preloads)
    with _main_module_hidden():  # the server would import the run's __main__ too (see above)
        forkserver.ensure_running()


def _pool_process_start(run_pid: int, initializer: Callable[[], object]) -> None:
    die_with_run(run_pid)
    initializer()


def _nothing() -> None:
    pass


@contextmanager
def process_pool(processes: int, initializer: Callable[[], object]) -> Iterator[ProcessPoolExecutor]:
    """``processes`` processes for other CPU-bound work than parsing (the charts), forked from the workers'
    fork server like them (the extraction code loaded, not the run's Dagster), all started on entry, each
    running ``initializer`` while the caller goes on; they die with the run, and on leaving the block."""
    pool = ProcessPoolExecutor(processes, mp_context=_context(), initializer=_pool_process_start,
                               initargs=(os.getpid(), initializer))
    try:
        with _main_module_hidden():
            # a task submitted while no process is idle starts one: all start now, not on first use
            for _ in range(processes):
                pool.submit(_nothing)
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def iter_process(files: Sequence[FileRow], workers: int | None = None,
                 pack: Callable[[list[FileResult]], T] = list) -> Iterator[tuple[int, T]]:
    """Parse ``(path, source_file, size, mtime_ns)`` rows; yields ``(files, pack(their results))`` a group
    at a time as they finish (in no set order), so the caller can write each group away and keep memory
    flat. ``pack`` runs where the results are made (a worker process): a picklable callable."""
    workers = default_workers() if workers is None else workers
    total = len(files)
    if workers == 0:
        for i in range(0, total, GROUP_FILES):
            results = [_parse(row) for row in files[i: i + GROUP_FILES]]
            yield len(results), pack(results)
        return
    if total == 0:
        return
    ctx, run_pid = _context(), os.getpid()
    pending: deque[FileRow] = deque()  # files to hand out: retries first, then the next slice
    next_index, retried = 0, set()
    # one selector for the run, not one per wait (multiprocessing's wait() builds and fills a new one
    # on every call: a third of the parent's CPU at one wake-up per parsed file)
    selector = selectors.DefaultSelector()

    def started(slot: _Slot) -> _Slot:
        selector.register(slot.conn, selectors.EVENT_READ, slot)
        selector.register(slot.proc.sentinel, selectors.EVENT_READ, slot)
        return slot

    slots = [started(_Slot(ctx, run_pid, pack)) for _ in range(min(workers, total))]
    groups: list[tuple[int, T]] = []  # the workers' groups received
    mine: list[FileResult] = []  # results made here: files refused unread, files a worker died on

    def refill(slot: _Slot) -> None:
        nonlocal next_index
        queued = slot.queued()
        if queued > REFILL_AT:
            return
        # no more than its share of the files left: a queue deeper than the others' at the end of the run
        # (or of a run of a hundred files) would leave the other workers idle while it works through it
        left = total - next_index + len(pending) + sum(s.queued() for s in slots)
        room = min(1 + SEND_AHEAD, -(-left // len(slots))) - queued
        if not pending and next_index < total:
            pending.extend(files[next_index: next_index + 256])  # sliced only when needed
            next_index = min(total, next_index + 256)
        rows = []
        while pending and len(rows) < room:
            row = pending.popleft()
            if refusal(row[0]) is not None:
                mine.append(_parse(row))  # refused unread: nothing for a worker to do
            else:
                rows.append(row)
        if rows:
            slot.send(rows)

    def replace(slot: _Slot, message: str | None, retry_on_fresh: bool) -> None:
        """The slot's worker is dead or killed: settle its current file, requeue the rest (with the files
        it had parsed but not handed back: their results died with it)."""
        selector.unregister(slot.conn)
        selector.unregister(slot.proc.sentinel)
        slot.kill()  # (then its count is final)
        lost = slot.finished.value - slot.received
        rows = list(slot.files)
        slot.files.clear()
        row = rows.pop(lost) if len(rows) > lost else None
        pending.extendleft(reversed(rows))
        if row is not None:
            # A worker that parsed other files first may have been carrying their memory: one more
            # try, first on a fresh worker, so a file is judged by what it needs itself.
            if retry_on_fresh and slot.parsed and row[1] not in retried:
                retried.add(row[1])
                pending.appendleft(row)
            else:
                mine.append(_rejected(row, message or _death_message(slot.proc.exitcode)))
        slots[slots.index(slot)] = fresh = started(_Slot(ctx, run_pid, pack))
        refill(fresh)

    def take(slot: _Slot, waiting: bool = False) -> bool:
        """Receive one message from the slot's worker (``waiting``: the selector said one is there);
        False when none was."""
        try:
            if not waiting and not slot.conn.poll():
                return False
            result = slot.conn.recv()
        except (EOFError, OSError):
            return False  # died mid-message: its sentinel says so in the next look
        if result == "ready":
            slot.ready = True
        else:
            n, packed = result
            for _ in range(n):
                slot.files.popleft()
            slot.received += n
            groups.append((n, packed))
        return True

    def look(now: float) -> None:
        """Settle dead workers and those over a budget; feed the rest."""
        memory_mb, seconds = limits.MEMORY_MB.value(), limits.SECONDS.value()
        for slot in list(slots):
            while take(slot):  # every result already sent is read before the current file is judged
                pass
            if (count := slot.finished.value) != slot.seen:  # a file finished since the last look
                slot.seen, slot.since = count, now
            if not slot.proc.is_alive():
                if not slot.ready:
                    raise RuntimeError(f"a parse worker failed to start (exit code {slot.proc.exitcode}); "
                                       "see the error above. Set EXTRACT_WORKERS=0 to parse in this process")
                replace(slot, None, retry_on_fresh=False)
            elif seconds and slot.parsing() and now - slot.since > seconds:
                replace(slot, limits.SECONDS.refusal(
                    f"parsing the file was still running after {now - slot.since:.1f} s"), retry_on_fresh=False)
            elif memory_mb and slot.parsing() and (rss := _rss_mb(slot.proc.pid)) > memory_mb:
                replace(slot, limits.MEMORY_MB.refusal(
                    f"parsing the file grew to {rss:.0f} MB of memory"), retry_on_fresh=True)
            else:
                refill(slot)

    try:
        for slot in slots:
            refill(slot)
        done, last_look = 0, time.monotonic()
        while done < total:
            a_worker_ended, answered = False, []
            for key, _ in selector.select(timeout=POLL_S):
                slot = key.data
                if key.fileobj is slot.conn:
                    answered.append(slot)
                    take(slot, waiting=True)  # one message: the selector says so again while more wait
                else:
                    a_worker_ended = True
            now = time.monotonic()
            if a_worker_ended or now - last_look >= POLL_S:
                last_look = now
                look(now)
            else:  # between looks only feed the workers that answered: a look costs syscalls per worker
                for slot in answered:
                    refill(slot)
            if mine:
                groups.append((len(mine), pack(mine)))
                mine = []
            while groups:
                n, packed = groups.pop()
                done += n
                yield n, packed
    finally:
        selector.close()
        for slot in slots:
            try:
                slot.conn.send(None)
            except (OSError, ValueError):
                pass
        for slot in slots:
            slot.proc.join(1)
            slot.kill()


def process_many(files: Sequence[FileRow], workers: int | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
    """All results at once, in the order of ``files`` (tests, small runs); see ``iter_process``."""
    out: list[FileResult] = []
    for _, results in iter_process(files, workers):
        out.extend(results)
        if progress:
            progress(len(out), len(files))
    order = {row[1]: i for i, row in enumerate(files)}
    return sorted(out, key=lambda r: order.get(r.source_file, len(order)))
