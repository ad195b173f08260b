"""Parse many files across the machine's cores (processes: extraction is CPU-bound Python).

Files go to a pool of worker processes in chunks, so per-task overhead is paid once per chunk,
not per file. Workers come from a fork server that has already imported the extraction code,
so starting them costs little and they inherit no thread state from the caller (polars, DuckDB).
Small batches are parsed in process: a pool is not worth starting for a handful of files.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import polars as pl

from pipelines.process import FileResult, process_file

FileRow = tuple[str, str, int, int]  # (path, source_file, size_bytes, mtime_ns)

# Below this many files one process is faster than starting a pool.
SERIAL_BELOW = 48


def default_workers() -> int:
    value = os.environ.get("EXTRACT_WORKERS")
    return max(1, int(value)) if value else (os.cpu_count() or 1)


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
        return self.frame.row(index)


def _process_chunk(files: list[FileRow]) -> list[FileResult]:
    return [process_file(Path(path), source, size, mtime) for path, source, size, mtime in files]


def iter_process(files: Sequence[FileRow], workers: int | None = None) -> Iterator[list[FileResult]]:
    """Parse ``(path, source_file, size, mtime_ns)`` tuples; yields results chunk by chunk, as they
    finish, so the caller can write each chunk away and keep memory flat."""
    workers = workers or default_workers()
    total = len(files)
    if workers <= 1 or total < SERIAL_BELOW:
        for i in range(0, total, 16):
            yield _process_chunk(files[i: i + 16])
        return
    chunk = max(8, min(128, total // (workers * 8) or 1))
    chunks = (files[i: i + chunk] for i in range(0, total, chunk))  # sliced only when submitted
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["pipelines.process", "pipelines.readers.pdf", "pipelines.readers.docx"])
    failed: list[list[FileRow]] = []
    pending = iter(chunks)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        # a bounded window of chunks in flight: memory stays flat however many files there are
        running = {pool.submit(_process_chunk, c): c for c in islice(pending, workers * 3)}
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                chunk_files = running.pop(fut)
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    failed.append(chunk_files)  # a worker died: those files are parsed in process below
                    continue
                for c in islice(pending, 1):
                    running[pool.submit(_process_chunk, c)] = c
                yield results
        failed.extend(pending)  # chunks never submitted because the pool broke
    for c in failed:
        yield _process_chunk(c)


def process_many(files: Sequence[FileRow], workers: int | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
    """All results at once (tests, small runs); see ``iter_process`` for the streaming form."""
    out: list[FileResult] = []
    for results in iter_process(files, workers):
        out.extend(results)
        if progress:
            progress(len(out), len(files))
    return out
