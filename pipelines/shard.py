"""One shard of a refresh: its files parsed in the worker pool, their rows validated and staged.

Plain functions under the ``parse_shard`` step of the asset graph (the same on every executor).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pipelines.batch import Batch, concat_batches, to_batch
from pipelines.results import FileResult
from pipelines.parallel import FileRow, iter_process
from pipelines.staging import Stage
from pipelines.validate import validate_batch

# Files whose results become frames together: a result holds its rows as Python dicts (~40 KB a
# report), its frames a few KB. The shard's frames are then validated and staged at once: a pandera
# call costs ~0.1 s whatever its size, so once per shard, not per chunk (1.1 s of 10,000 reports).
CHUNK_FILES = 1000
PROGRESS_EVERY_S = 5.0


def parse_into_stage(files: Sequence[FileRow], stage: Stage, key: str, extractor_version: str,
                     log: Callable[[str], None] = print) -> int:
    """Parse ``files``, stage their validated rows in ``stage`` as the chunk ``key``; the number of
    files parsed."""
    started, last_log, done = time.monotonic(), 0.0, 0
    pending: list[FileResult] = []
    batches: list[Batch] = []

    def flush() -> None:
        nonlocal pending
        batches.append(to_batch(pending, extractor_version))
        pending = []

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
    if batches:
        batch = concat_batches(batches)
        log(f"{key}: checking {batch.reports.height} reports' rows with the pandera models and staging them")
        stage.write(validate_batch(batch), key)
    return done
