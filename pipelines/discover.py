"""Find the report files under RAW_REPORTS_DIR and decide which need parsing.

A file is re-parsed when its size or mtime differ from the manifest, or when the extraction
code changed since it was parsed (``EXTRACTOR_VERSION``): unchanged files cost one ``stat``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import polars as pl

from pipelines.paths import display_name, path_text, refused_path

_CODE_DIR = Path(__file__).resolve().parent
# Files whose change alters what is extracted from a document (the readers too: a new PDF reader
# re-reads every PDF).
_EXTRACTOR_SOURCES = ["read.py", "readers", "model.py", "normalise.py", "process.py", "quality.py", "batch.py", "extract"]
# Skipped by name, documented in the README: hidden files and the folder's own notes.
IGNORED_NAMES = {"README.md", "readme.md", "Thumbs.db", "desktop.ini"}


def extractor_version(code_dir: Path = _CODE_DIR) -> str:
    h = hashlib.sha256()
    for entry in _EXTRACTOR_SOURCES:
        p = code_dir / entry
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
    """Every file under ``root``, as entries to read, in name order (see ``iter_scan``)."""
    return sorted(iter_scan(root), key=lambda f: f.source_file)


def iter_scan(root: Path) -> Iterator[SourceFile]:
    """Every file under ``root``, one entry at a time, in walk order (symlinked folders are not
    followed: no loops). A folder of a hundred thousand reports is never held as objects.

    Entries that are not regular files (a FIFO, a device, a link to a folder, a folder that cannot be
    listed, a broken link) are listed too: reading rejects each with its reason, so nothing under the
    folder is dropped silently.
    """
    if not root.is_dir():
        raise FileNotFoundError(f"RAW_REPORTS_DIR {root} is not a folder: set it to the folder holding the reports")
    return _walk(root)


def _walk(root: Path) -> Iterator[SourceFile]:
    unlisted: list[str] = []
    yield from _walk_folder(root, str(root), "", unlisted)
    yield from (_entry(root, Path(p)) for p in unlisted if p is not None and Path(p) != root)


def _walk_folder(root: Path, folder: str, prefix: str, unlisted: list[str]) -> Iterator[SourceFile]:
    """``os.walk``'s top-down order (a folder's files by name, then its sub-folders by name) from
    ``os.scandir`` itself: the entry says whether it is a link without a syscall and keeps its
    ``stat``, so an unchanged file costs one stat instead of an lstat, a stat and pathlib's joins."""
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if not e.name.startswith(".")]
    except OSError as e:
        unlisted.append(e.filename)  # a folder that cannot be listed is listed itself: reading rejects it
        return
    files, folders = [], []
    for e in entries:
        try:
            is_folder = e.is_dir()  # (follows a link: a link to a folder is listed, not walked)
        except OSError:
            is_folder = False
        (folders if is_folder and not e.is_symlink() else files).append(e)
    for e in sorted(files, key=lambda e: e.name):
        if e.name in IGNORED_NAMES:
            continue
        if e.is_symlink():
            yield _entry(root, Path(e.path))
            continue
        try:
            st = e.stat()
        except OSError:
            st = None  # gone since the listing: it still goes through reading, which will reject it
        yield SourceFile(path=Path(e.path), source_file=display_name(prefix + e.name),
                         size_bytes=st.st_size if st else -1, mtime_ns=st.st_mtime_ns if st else -1)
    for e in sorted(folders, key=lambda e: e.name):
        yield from _walk_folder(root, e.path, prefix + e.name + "/", unlisted)


def _entry(root: Path, path: Path) -> SourceFile:
    name = display_name(path.relative_to(root).as_posix())
    if os.path.islink(path):
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(os.path.realpath(root)):
            # Never opened, never stat-ed: the link's own size and time stand for it in the manifest.
            st = os.lstat(path)
            return SourceFile(path=Path(refused_path(
                f"a symbolic link to {target}, outside RAW_REPORTS_DIR: links that leave the folder are not "
                "followed and their target was not read; copy the report into the folder instead")),
                source_file=name, size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
        if target.is_file():
            path = target  # read by its real path, so opening it follows no link
    try:
        st = path.stat()
    except OSError:
        st = None  # a dangling link or a loop: it still goes through reading, which will reject it
    return SourceFile(path=path, source_file=name,
                      size_bytes=st.st_size if st else -1, mtime_ns=st.st_mtime_ns if st else -1)


FILES_SCHEMA = {"source_file": pl.String, "path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}


def files_frame(files: Iterable[SourceFile], piece: int = 4096) -> pl.DataFrame:
    """The files as a frame in name order, built a few thousand entries at a time: a stream of
    entries never becomes a list of Python objects the size of the folder."""
    pieces, entries = [pl.DataFrame(schema=FILES_SCHEMA)], iter(files)
    while group := list(islice(entries, piece)):
        pieces.append(pl.DataFrame({"source_file": [f.source_file for f in group],
                                    "path": [path_text(f.path) for f in group],
                                    "size_bytes": [f.size_bytes for f in group],
                                    "mtime_ns": [f.mtime_ns for f in group]}, schema=FILES_SCHEMA))
    return pl.concat(pieces, rechunk=False).sort("source_file")  # the sort writes one contiguous copy


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
