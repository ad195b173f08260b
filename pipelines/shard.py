"""One shard of a refresh: its files parsed in the worker pool, their rows validated and staged.

Plain functions under the ``parse_shard`` step of the asset graph (the same on every executor).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pipelines.batch import FileResult, to_batch
from pipelines.parallel import FileRow, iter_process
from pipelines.staging import Stage
from pipelines.validate import validate_batch

# Files whose rows are validated and staged together: pandera costs a fixed amount per call, and a
# chunk's rows are all a shard holds in memory.
CHUNK_FILES = 1000
PROGRESS_EVERY_S = 5.0


def parse_into_stage(files: Sequence[FileRow], stage: Stage, key: str, extractor_version: str,
                     log: Callable[[str], None] = print) -> int:
    """Parse ``files``, stage their validated rows in ``stage`` as chunks ``<key>-<n>``; the number
    of files parsed."""
    started, last_log, done, chunks = time.monotonic(), 0.0, 0, 0
    pending: list[FileResult] = []

    def flush() -> None:
        nonlocal pending, chunks
        stage.write(validate_batch(to_batch(pending, extractor_version)), f"{key}-{chunks:04d}")
        pending, chunks = [], chunks + 1

    for results in iter_process(files):
        pending.extend(results)
        done += len(results)
        if len(pending) >= CHUNK_FILES:
            flush()
        now = time.monotonic()
        if now - last_log > PROGRESS_EVERY_S or done == len(files):
            rate = done / max(now - started, 1e-9)
            left = f"about {(len(files) - done) / rate:.0f}s left" if rate > 0 else "time left unknown"
            log(f"{key}: parsed {done}/{len(files)} files, {rate:.0f} files/s, {left}")
            last_log = now
    if pending:
        flush()
    return done
