"""``FileResult``: what parsing one file gives, sent from a parse worker to the run.

Its own module, importing nothing heavy: the parse workers import it, and pack their results into
frames (``batch.BatchPacker``) a group at a time before sending them to the run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FileResult:
    source_file: str
    size_bytes: int
    mtime_ns: int
    sha256: str | None = None
    source_format: str | None = None
    report: dict[str, Any] | None = None
    budget_items: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (stage, message)

    @property
    def report_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None
