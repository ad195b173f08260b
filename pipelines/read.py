"""Read a report file into text. The format is decided by content (magic bytes), not by name.

Plain text is read now in UTF-8 (with or without BOM), UTF-16 (BOM) and GB18030/GBK. Other
formats are recognised and rejected with a message saying so, so nothing is silently dropped.
"""

from __future__ import annotations

import hashlib
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
    """Decode text whose encoding is detected, not assumed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise ReadError(
            "text is neither UTF-8, UTF-16 nor GB18030 (invalid byte at offset "
            f"{e.start}); re-save it as UTF-8"
        ) from e


def _looks_utf16(data: bytes) -> bool:
    sample = data[:400]
    return len(sample) >= 4 and (sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4)


def read_text(raw: RawFile, name: str) -> tuple[str, str]:
    """(source_format, text) of a file's bytes."""
    fmt = sniff_format(raw.data, name)
    if not raw.data.strip():
        raise ReadError("the file is empty")
    if fmt != "txt":
        raise ReadError(f"{fmt.upper()} files are not read yet: export the report as text (UTF-8) for now")
    if b"\x00" in raw.data[:4096] and not _looks_utf16(raw.data):
        raise ReadError("binary content, not a text report (NUL bytes found)")
    text = decode_text(raw.data)
    if not text.strip():
        raise ReadError("the file holds only whitespace")
    return fmt, text
