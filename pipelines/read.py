"""Read a report file into text. The format is decided by content (magic bytes), not by name.

Plain text is read now in UTF-8 (with or without BOM), UTF-16 (BOM) and GB18030/GBK. Other
formats are recognised and rejected with a message saying so, so nothing is silently dropped.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path


class ReadError(Exception):
    """A file that cannot be turned into text; the message tells the user what to do."""


@dataclass
class RawFile:
    data: bytes
    sha256: str

    @property
    def report_id(self) -> str:
        return self.sha256[:16]


def read_bytes(path: Path) -> RawFile:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read the file: {e.strerror or e}. Check it exists and is readable.") from e
    return RawFile(data=data, sha256=hashlib.sha256(data).hexdigest())


def sniff_format(data: bytes, name: str) -> str:
    head = data[:2048].lstrip()
    lower = head[:512].lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:4096] or name.lower().endswith(".docx"):
            return "docx"
        if b"xl/" in data[:4096] or name.lower().endswith((".xlsx", ".xlsm")):
            return "xlsx"
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls" if name.lower().endswith(".xls") else "doc"
    if lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower:
        return "html"
    return "txt"


def decode_text(data: bytes) -> str:
    """Decode text whose encoding is detected, not assumed.

    BOMs decide first; otherwise the first of UTF-8, UTF-16 (LE/BE) and GB18030 that decodes
    cleanly *and* reads as text (mostly CJK, ASCII and punctuation) wins.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    candidates = ["utf-8"] + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []) + ["gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise ReadError(
        "binary content or an unknown text encoding: not UTF-8, UTF-16 or GB18030 text. "
        "If it is a report, re-save it as UTF-8 text"
    )


_TEXTLIKE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\s]")


def _plausible(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return True
    return len(_TEXTLIKE.findall(sample)) / len(sample) >= 0.9 and "\x00" not in sample


def read_text(raw: RawFile, name: str) -> tuple[str, str]:
    """(source_format, text) of a file's bytes."""
    fmt = sniff_format(raw.data, name)
    if not raw.data.strip():
        raise ReadError("the file is empty")
    if fmt != "txt":
        raise ReadError(f"{fmt.upper()} files are not read yet: export the report as text (UTF-8) for now")
    text = decode_text(raw.data)
    if not text.strip():
        raise ReadError("the file holds only whitespace")
    return fmt, text
