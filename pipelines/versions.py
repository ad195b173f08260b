"""The warehouse file as versions: one writer at a time, each refresh published whole.

A refresh never writes the live database file. Under the writer lock it copies the live file to a
private build file, loads into that, closes it (DuckDB checkpoints on close), ``fsync``s it, keeps
the live version as ``<name>.previous.duckdb`` (a hard link: no copy) and renames the build over the
live name. A rename is atomic, so a reader sees the old version or the new one, never a mix; one
that holds the old file open keeps reading it (its snapshot) while the new one lands, and never
blocks the refresh. A crash at any moment leaves the live file as it was; the build file it leaves
is removed by the next writer.

``python -m pipelines.versions restore`` puts the previous version back (the current one is kept
as ``<name>.undone.duckdb``).

The writer lock is a file beside the database (``<name>.lock``) held with ``flock``: the kernel
releases it when its process dies, however it dies, so a killed refresh never leaves it stuck. It
covers every writer however started (the UI, the sensor, the schedule, ``dagster job execute``,
tests). The holder writes who it is into the file, so a waiting run can say who it waits for.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import shlex
import shutil
import socket
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

LOCK_WAIT_ENV = "WAREHOUSE_LOCK_WAIT_S"
DEFAULT_LOCK_WAIT_S = 3600.0
RESTORE_COMMAND = "python -m pipelines.versions restore"


class WarehouseBusyError(RuntimeError):
    """Another refresh holds the writer lock and this one would not (or could no longer) wait."""


class WarehouseDamagedError(RuntimeError):
    """The live database file cannot be opened as a DuckDB database."""


class DiskFullError(RuntimeError):
    """The disk holding the warehouse ran out of space."""


def previous_path(db: Path) -> Path:
    return db.with_name(f"{db.stem}.previous{db.suffix}")


def undone_path(db: Path) -> Path:
    return db.with_name(f"{db.stem}.undone{db.suffix}")


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def restore_hint(db: Path) -> str:
    prev = previous_path(db)
    if prev.exists():
        when = dt.datetime.fromtimestamp(prev.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        return (f"run `WAREHOUSE_PATH={shlex.quote(str(db))} {RESTORE_COMMAND}` to bring back the previous version "
                f"(published {when}), or move the file away and refresh to rebuild it from the reports")
    return "there is no previous version to restore: move the file away and refresh to rebuild it from the reports"


# --- the writer lock ---------------------------------------------------------------------------

def lock_wait_seconds() -> float:
    raw = os.environ.get(LOCK_WAIT_ENV, "").strip()
    try:
        return max(float(raw), 0.0) if raw else DEFAULT_LOCK_WAIT_S
    except ValueError:
        return DEFAULT_LOCK_WAIT_S


_UNNAMED_HOLDER = "another refresh (it did not say who it is)"
_NAME_WAIT_S = 2.0  # how long a waiter's first message waits for the holder's note of who it is


def describe_holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info:
        return _UNNAMED_HOLDER
    run = f"Dagster run {info['run_id']}, " if info.get("run_id") else ""
    return (f"another refresh ({run}process {info.get('pid')} on {info.get('host')}, started "
            f"{info.get('started_at')}: {info.get('command')})")


@contextlib.contextmanager
def writer_lock(db: Path, run_id: str | None = None, wait_s: float | None = None,
                log: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait for it up to ``wait_s`` (WAREHOUSE_LOCK_WAIT_S) seconds,
    telling ``log`` who holds it, or raise WarehouseBusyError naming the holder."""
    db.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(db)
    wait_s = lock_wait_seconds() if wait_s is None else wait_s
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        started = time.monotonic()
        deadline, told = started + wait_s, 0.0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = describe_holder(path)
                now = time.monotonic()
                if now >= deadline:
                    raise WarehouseBusyError(
                        f"the warehouse {db} is being written by {holder}. This refresh "
                        + (f"waited {wait_s:g} s and gave up" if wait_s else "did not wait")
                        + f": run it again when that one has finished (set {LOCK_WAIT_ENV} to wait longer)") from None
                # (the holder writes who it is right after taking the lock: an empty note a moment old is not
                # yet written, and the message waits for it a little rather than name no one)
                if log and now - told >= 30 and (holder != _UNNAMED_HOLDER or now - started >= _NAME_WAIT_S):
                    log(f"waiting for the warehouse {db}: it is being written by {holder}; "
                        f"this refresh starts when that one finishes (waiting at most {deadline - now:.0f} s more)")
                    told = now
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({
            "pid": os.getpid(), "host": socket.gethostname(), "run_id": run_id,
            "started_at": dt.datetime.now().isoformat(timespec="seconds"),
            "command": " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))[:200],
        }).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# --- publishing a version ----------------------------------------------------------------------

def build_path(db: Path) -> Path:
    return db.with_name(f".{db.stem}.building-{os.getpid()}{db.suffix}")


def start_build(db: Path) -> Path:
    """A private copy of the live database to load into (empty when there is none yet).
    Call with the writer lock held."""
    for stale in db.parent.glob(f".{db.stem}.building-*{db.suffix}*"):
        stale.unlink(missing_ok=True)  # left by a killed writer: the lock says none is running
    work = build_path(db)
    if db.exists():
        with disk_space_check(db, needed=db.stat().st_size):
            shutil.copyfile(db, work)
            wal = db.with_name(db.name + ".wal")
            if wal.exists():  # committed but not yet checkpointed by an older writer: part of the data
                shutil.copyfile(wal, work.with_name(work.name + ".wal"))
    return work


def publish(db: Path, work: Path) -> None:
    """Make the closed build file ``work`` the live version, keeping the live one as previous."""
    wal = work.with_name(work.name + ".wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"the new version {work} was not fully written (its write-ahead log {wal} is left); "
                           "nothing was published. " + (disk_full_message(db) if shutil.disk_usage(db.parent).free
                                                        < 2**20 else "Refresh again"))
    with disk_space_check(db):
        _fsync(work)
        if db.exists():
            keep = previous_path(db)
            tmp = keep.with_name(keep.name + ".tmp")
            tmp.unlink(missing_ok=True)
            os.link(db, tmp)  # the live version, under a second name
            os.replace(tmp, keep)
        os.replace(work, db)
        _fsync_dir(db.parent)


def discard(work: Path) -> None:
    work.unlink(missing_ok=True)
    work.with_name(work.name + ".wal").unlink(missing_ok=True)


def restore(db: Path) -> str:
    """Put the previous version back as the live one; the current one is kept as ``.undone``."""
    prev = previous_path(db)
    if not prev.exists():
        raise FileNotFoundError(f"there is no previous version of {db} ({prev} does not exist)")
    with writer_lock(db, wait_s=0):
        if db.exists():
            os.replace(db, undone_path(db))
        os.link(prev, db)  # previous stays too: restoring twice is harmless
        _fsync_dir(db.parent)
    return f"restored {db} from {prev}; the version it replaced is kept as {undone_path(db)}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync(path)


@contextlib.contextmanager
def disk_space_check(db: Path, needed: int = 0) -> Iterator[None]:
    """Turn a full disk into a message saying where and how much room is needed."""
    try:
        free = shutil.disk_usage(db.parent).free
        if needed and free < needed:
            raise DiskFullError(disk_full_message(db, needed))
        yield
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(disk_full_message(db, needed)) from e
        raise


def disk_full_message(db: Path, needed: int = 0) -> str:
    free = shutil.disk_usage(db.parent).free
    size = db.stat().st_size if db.exists() else 0
    want = max(needed, 2 * size)
    return (f"the disk holding the warehouse {db.parent} is full ({free / 2**20:.0f} MB free): a refresh needs room "
            f"for a copy of the warehouse and this run's staged rows, about {want / 2**20:.0f} MB plus the staging; "
            "nothing was changed. Free some space (or set WAREHOUSE_PATH to a bigger disk) and refresh again")


def is_disk_full(error: BaseException) -> bool:
    text = str(error).lower()
    return (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)) or \
        "no space left" in text or "disk quota" in text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.versions",
                                     description="Versions of the warehouse file (WAREHOUSE_PATH).")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("restore", help="bring back the previous version of the warehouse")
    sub.add_parser("status", help="show the live and previous versions and who holds the writer lock")
    args = parser.parse_args(argv)
    from pipelines.resources import WarehouseResource

    db = WarehouseResource().db_path()
    if args.command == "restore":
        try:
            print(restore(db))
        except (FileNotFoundError, WarehouseBusyError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        return 0
    for label, path in (("live", db), ("previous", previous_path(db))):
        if path.exists():
            st = path.stat()
            print(f"{label:9} {path}  {st.st_size / 2**20:.1f} MB  "
                  f"{dt.datetime.fromtimestamp(st.st_mtime):%Y-%m-%d %H:%M:%S}")
        else:
            print(f"{label:9} {path}  (none)")
    try:
        with writer_lock(db, wait_s=0):
            print("writer lock: free")
    except WarehouseBusyError:
        print(f"writer lock: held by {describe_holder(lock_path(db))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
