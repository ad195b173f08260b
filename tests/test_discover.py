"""The folder walk: ``os.scandir``'s entries against the plain ``os.walk`` it replaced."""

from __future__ import annotations

import os
from pathlib import Path

from pipelines.discover import IGNORED_NAMES, _entry, iter_scan


def _walk_plain(root: Path):
    """The walk as it was written on ``os.walk``: one lstat and one stat a file, through pathlib."""
    unlisted: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=lambda e: unlisted.append(e.filename)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for name in sorted(filenames + links):
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            yield _entry(root, Path(dirpath) / name)
    yield from (_entry(root, Path(p)) for p in unlisted if p is not None and Path(p) != root)


def _rows(entries):
    return [(str(e.path), e.source_file, e.size_bytes, e.mtime_ns) for e in entries]


def test_the_walk_lists_what_the_plain_walk_lists_in_its_order(tmp_path):
    root = tmp_path / "raw"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "z.txt").write_text("末", encoding="utf-8")
    (root / "a" / "2.txt").write_text("二二", encoding="utf-8")
    (root / "a" / "1.txt").write_text("一", encoding="utf-8")
    (root / "b" / "deep" / "3.docx").write_bytes(b"PK")
    (root / ".hidden" / "x.txt").write_text("x")
    (root / "a" / ".notes").write_text("x")
    (root / "README.md").write_text("x")
    (root / "b" / "Thumbs.db").write_bytes(b"x")
    (root / "inside.txt").symlink_to(root / "a" / "1.txt")  # read by its real path
    (root / "outside.txt").symlink_to(tmp_path / "elsewhere.txt")  # refused unread
    (tmp_path / "elsewhere.txt").write_text("x")
    (root / "folder_link").symlink_to(root / "b")  # listed, not walked: no loop, no double count
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    os.mkfifo(root / "pipe")
    (root / os.fsdecode(b"bad\xff.txt")).write_text("x")

    got = list(iter_scan(root))
    assert _rows(got) == _rows(_walk_plain(root))
    names = [e.source_file for e in got]
    # a folder's files by name, then its sub-folders by name; hidden and ignored names skipped
    assert names == ["bad\\xff.txt", "dangling.txt", "folder_link", "inside.txt", "outside.txt", "pipe", "z.txt",
                     "a/1.txt", "a/2.txt", "b/deep/3.docx"]
    by_name = {e.source_file: e for e in got}
    assert by_name["a/2.txt"].size_bytes == len("二二".encode()) and by_name["a/2.txt"].mtime_ns > 0
    assert by_name["inside.txt"].path == (root / "a" / "1.txt").resolve()
    assert by_name["dangling.txt"].size_bytes == -1
