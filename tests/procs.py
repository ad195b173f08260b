"""Processes as /proc shows them (Linux), for the tests that kill runs and measure memory."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import threading
import time
from pathlib import Path


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces: split after its closing parenthesis
    return [str(pid), raw[raw.index("(") + 1: raw.rindex(")")]] + raw[raw.rindex(")") + 2:].split()


def forget_parent_death() -> None:
    """Clear this process's parent-death signal (prctl PR_SET_PDEATHSIG 0): as a process that asked for
    it only after its parent had died (Linux)."""
    ctypes.CDLL(None).prctl(1, 0)


def all_pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def in_session(sid: int) -> list[int]:
    """Living (not zombie) processes of session ``sid``."""
    out = []
    for pid in all_pids():
        fields = _stat(pid)
        if fields and int(fields[5]) == sid and fields[2] != "Z":
            out.append(pid)
    return out


def left_after_kill(proc: subprocess.Popen, wait_s: float = 10) -> list[int]:
    """SIGKILL ``proc`` alone (not its group: as the OOM killer would), started in a session of its own;
    the processes of that session still alive ``wait_s`` later (none, when all die with it)."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + wait_s
    while in_session(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return in_session(proc.pid)


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    parents = {}
    for p in all_pids():
        fields = _stat(p)
        if fields:
            parents[p] = int(fields[3])
    found, frontier = [pid], [pid]
    while frontier:
        frontier = [p for p, parent in parents.items() if parent in frontier and p not in found]
        found += frontier
    return found


def rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


class PeakTreeRss:
    """Polls the summed RSS of a process tree in a thread; ``peak_mb`` is the highest seen."""

    def __init__(self, pid: int, every_s: float = 0.05):
        self.pid, self.every_s, self.peak_mb = pid, every_s, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, sum(rss_mb(p) for p in tree(self.pid)))
            time.sleep(self.every_s)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb
