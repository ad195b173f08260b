"""Parse many files across the machine's cores (processes: extraction is CPU-bound Python).

Files go to a pool of worker processes in chunks, so per-task overhead is paid once per chunk,
not per file. Workers come from a fork server that has already imported the extraction code,
so starting them costs little and they inherit no thread state from the caller (polars, DuckDB).
Small batches are parsed in process: a pool is not worth starting for a handful of files.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipelines.process import FileResult, process_file

# Below this many files one process is faster than starting a pool.
SERIAL_BELOW = 48


def default_workers() -> int:
    value = os.environ.get("EXTRACT_WORKERS")
    return max(1, int(value)) if value else (os.cpu_count() or 1)


def _process_chunk(files: list[tuple[str, str, int, int]]) -> list[FileResult]:
    return [process_file(Path(path), source, size, mtime) for path, source, size, mtime in files]


def process_many(files: list[tuple[str, str, int, int]], workers: int | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
    """Parse ``(path, source_file, size, mtime_ns)`` tuples; results in no particular order."""
    workers = workers or default_workers()
    total = len(files)
    if workers <= 1 or total < SERIAL_BELOW:
        out = []
        for i, f in enumerate(files, start=1):
            out.append(_process_chunk([f])[0])
            if progress:
                progress(i, total)
        return out
    chunk = max(8, min(128, total // (workers * 8) or 1))
    chunks = [files[i: i + chunk] for i in range(0, total, chunk)]
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["pipelines.process", "pipelines.readers.pdf", "pipelines.readers.docx"])
    out: list[FileResult] = []
    failed: list[list[tuple[str, str, int, int]]] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futures = {pool.submit(_process_chunk, c): c for c in chunks}
        for fut in as_completed(futures):
            try:
                out.extend(fut.result())
            except BrokenProcessPool:
                failed.append(futures[fut])  # a worker died: retry those files in process below
            if progress:
                progress(len(out), total)
    for c in failed:
        out.extend(_process_chunk(c))
    return out
