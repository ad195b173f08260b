"""The path codec: how a file's path travels from the folder walk, through the plan's Parquet and
the parse workers' pipes, back to a path to open.

A path is carried as text. A path whose bytes are not UTF-8 cannot sit in a polars frame, so it
travels hex-encoded behind a prefix; an entry refused without reading (a link out of the folder)
carries the reason in place of a path. ``path_text`` encodes once at the walk, ``path_from_text``
decodes once where the file is opened.
"""

from __future__ import annotations

import os
from pathlib import Path


def display_name(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 are shown as ``\\xNN``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")


# A path whose bytes are not UTF-8 cannot sit in a polars frame: it travels hex-encoded behind this
# prefix (NUL never occurs in a real path) and ``path_from_text`` restores it for reading.
_RAW_PATH = "\x00fs-bytes:"
# An entry refused without reading (a link out of the folder) carries the reason in place of a path.
_REFUSED = "\x00refused:"


def refused_path(reason: str) -> str:
    return _REFUSED + reason


def refusal(path_text_: str) -> str | None:
    """The reason an entry is refused unread, or None for an entry to read."""
    return path_text_[len(_REFUSED):] if path_text_.startswith(_REFUSED) else None


def path_text(path: Path) -> str:
    text = str(path)
    if text.startswith(_REFUSED):
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _RAW_PATH + os.fsencode(text).hex()


def path_from_text(text: str) -> Path:
    if text.startswith(_RAW_PATH):
        return Path(os.fsdecode(bytes.fromhex(text[len(_RAW_PATH):])))
    return Path(text)
