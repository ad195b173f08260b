"""One shard of a refresh: its files parsed in the worker pool, their rows validated and staged.

Plain functions under the ``parse_shard`` step of the asset graph (the same on every executor).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pipelines.batch import Batch, BatchPacker, concat_batches
from pipelines.parallel import FileRow, iter_process
from pipelines.staging import Stage
from pipelines.validate import validate_batch

# The workers hand on their results as frames (``BatchPacker``), a group of files each; the shard's
# frames are validated and staged at once: a pandera call costs ~0.1 s whatever its size, so once per
# shard, not per group (1.1 s of 10,000 reports).
PROGRESS_EVERY_S = 5.0


def parse_into_stage(files: Sequence[FileRow], stage: Stage, key: str, extractor_version: str,
                     log: Callable[[str], None] = print) -> int:
    """Parse ``files``, stage their validated rows in ``stage`` as the chunk ``key``; the number of
    files parsed."""
    started, last_log, done = time.monotonic(), 0.0, 0
    batches: list[Batch] = []
    for n, batch in iter_process(files, pack=BatchPacker.for_version(extractor_version)):
        batches.append(batch)
        done += n
        now = time.monotonic()
        if now - last_log > PROGRESS_EVERY_S or done == len(files):
            rate = done / max(now - started, 1e-9)
            left = f"about {(len(files) - done) / rate:.0f}s left" if rate > 0 else "time left unknown"
            log(f"{key}: parsed {done}/{len(files)} files, {rate:.0f} files/s, {left}")
            last_log = now
    if batches:
        batch = concat_batches(batches)
        log(f"{key}: checking {batch.reports.height} reports' rows with the pandera models and staging them")
        stage.write(validate_batch(batch), key)
    return done
