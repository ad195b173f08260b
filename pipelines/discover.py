"""Find the report files under RAW_REPORTS_DIR and decide which need parsing.

A file is re-parsed when its size or mtime differ from the manifest, or when the extraction
code changed since it was parsed (``EXTRACTOR_VERSION``): unchanged files cost one ``stat``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import polars as pl

_CODE_DIR = Path(__file__).resolve().parent
# Files whose change alters what is extracted from a document.
_EXTRACTOR_SOURCES = ["read.py", "normalise.py", "process.py", "extract"]
# Skipped by name, documented in the README: hidden files and the folder's own notes.
IGNORED_NAMES = {"README.md", "readme.md", "Thumbs.db", "desktop.ini"}


def extractor_version() -> str:
    h = hashlib.sha256()
    for entry in _EXTRACTOR_SOURCES:
        p = _CODE_DIR / entry
        for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


@dataclass
class SourceFile:
    path: Path
    source_file: str  # relative to the root, POSIX separators
    size_bytes: int
    mtime_ns: int


def scan(root: Path) -> list[SourceFile]:
    """Every regular file under ``root`` (symlinked folders are not followed: no loops)."""
    if not root.is_dir():
        raise FileNotFoundError(f"RAW_REPORTS_DIR {root} is not a folder: set it to the folder holding the reports")
    out: list[SourceFile] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:
                st = None  # a dangling link: it still goes through reading, which will reject it
            out.append(SourceFile(path=path, source_file=path.relative_to(root).as_posix(),
                                  size_bytes=st.st_size if st else -1, mtime_ns=st.st_mtime_ns if st else -1))
    return out


def files_frame(files: list[SourceFile]) -> pl.DataFrame:
    return pl.DataFrame(
        {"source_file": [f.source_file for f in files], "path": [str(f.path) for f in files],
         "size_bytes": [f.size_bytes for f in files], "mtime_ns": [f.mtime_ns for f in files]},
        schema={"source_file": pl.String, "path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64},
    )


def plan(files: pl.DataFrame, manifest: pl.DataFrame, version: str, reparse_all: bool = False) -> tuple[pl.DataFrame, list[str]]:
    """(files to parse, source_files in the manifest that are no longer on disk)."""
    joined = files.join(manifest.select("source_file", pl.col("size_bytes").alias("m_size"),
                                        pl.col("mtime_ns").alias("m_mtime"), "extractor_version"),
                        on="source_file", how="left")
    todo = joined if reparse_all else joined.filter(
        pl.col("m_size").is_null() | (pl.col("m_size") != pl.col("size_bytes"))
        | (pl.col("m_mtime") != pl.col("mtime_ns")) | (pl.col("extractor_version") != version)
    )
    missing = manifest.join(files, on="source_file", how="anti").get_column("source_file").to_list()
    return todo.select(files.columns), missing
