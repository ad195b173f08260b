"""Read a report file. The format is decided by content (magic bytes), not by name.

``read_blocks`` hands back the document as blocks: text, and native tables where the format has
them (see ``pipelines/readers``). Text is decoded in UTF-8 (with or without BOM), UTF-16 and
GB18030/GBK, detected from the bytes. What cannot be read raises ``ReadError`` with a message
saying what to do.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import zipfile
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


# The largest file read, in MB (a report is rarely over a few MB; a PDF with images may be tens):
# bigger files are rejected unread rather than tying up a refresh for minutes. Documented in README.
MAX_FILE_MB_ENV = "MAX_REPORT_FILE_MB"
DEFAULT_MAX_FILE_MB = 50


def max_file_bytes() -> int:
    """The size limit in bytes, from ``MAX_REPORT_FILE_MB`` (read at each call) or the default."""
    raw = os.environ.get(MAX_FILE_MB_ENV, "").strip()
    try:
        mb = float(raw) if raw else DEFAULT_MAX_FILE_MB
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    return int(max(mb, 0) * 2**20)


def _too_big(size: int, limit: int) -> ReadError:
    return ReadError(
        f"the file is {size / 2**20:.1f} MB, over the {limit / 2**20:g} MB limit for one report, so it was not "
        f"read: if it really is one report, set {MAX_FILE_MB_ENV} (in MB) higher and refresh again"
    )


_KINDS = [(stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
          (stat.S_ISBLK, "block device")]


def _not_regular(path: Path, mode: int) -> ReadError:
    if stat.S_ISDIR(mode):
        if os.path.islink(path):
            return ReadError(f"not a regular file but a symbolic link to a folder ({os.readlink(path)}): links to "
                             "folders are not followed (they can loop); put the reports themselves under "
                             "RAW_REPORTS_DIR, or point RAW_REPORTS_DIR at the linked folder")
        try:
            os.listdir(path)
            why = "it could not be scanned"
        except OSError as e:
            why = e.strerror or str(e)
        return ReadError(f"a folder that cannot be listed ({why}): make it readable by the user running the refresh")
    kind = next((name for test, name in _KINDS if test(mode)), "special file")
    return ReadError(f"not a regular file but a {kind}: only regular files are read (reading a {kind} can block "
                     "or never end); remove it from RAW_REPORTS_DIR")


def _os_error(path: Path, e: OSError) -> ReadError:
    if e.errno == errno.ELOOP:
        why = "a symbolic link loop (the link leads back to itself): fix or remove the link"
    elif e.errno == errno.ENOENT and os.path.islink(path):
        why = f"a broken symbolic link: its target {os.readlink(path)} does not exist; fix or remove the link"
    elif e.errno == errno.ENOENT:
        why = "the file disappeared before it was read (moved or deleted during the refresh)"
    elif e.errno in (errno.EACCES, errno.EPERM):
        why = "permission denied: make it readable by the user running the refresh"
    else:
        why = f"{e.strerror or e}. Check it exists and is readable"
    return ReadError(f"cannot read the file: {why}")


def read_bytes(path: Path) -> RawFile:
    """The file's bytes, read once and consistently.

    Only regular files are opened (a FIFO or a device could block or never end); files over the
    size limit are not read; a file that changes while it is read is rejected (the manifest keeps
    the size and mtime seen before reading, so the next refresh reads it again).
    """
    try:
        st = os.stat(path)
    except OSError as e:
        raise _os_error(path, e) from e
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(path, st.st_mode)
    limit = max_file_bytes()
    if st.st_size > limit:
        raise _too_big(st.st_size, limit)
    try:
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise _os_error(path, e) from e
    with os.fdopen(fd, "rb") as f:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise _not_regular(path, before.st_mode)
        if before.st_size > limit:
            raise _too_big(before.st_size, limit)
        data = f.read(limit + 1)
        after = os.fstat(fd)
    if len(data) > limit:
        raise _too_big(len(data), limit)
    if len(data) != before.st_size or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise ReadError(
            f"the file changed while it was being read ({before.st_size} bytes when opened, {len(data)} read, "
            f"{after.st_size} after): it is probably still being written or copied; the next refresh reads it again"
        )
    return RawFile(data=data, sha256=hashlib.sha256(data).hexdigest())


def sniff_format(data: bytes, name: str) -> str:
    """The format from the bytes; the name only breaks ties the bytes leave open."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: Word 97 or Excel 97
        if "WordDocument".encode("utf-16-le") in data[:65536 * 8]:
            return "doc"
        if any(s.encode("utf-16-le") in data[:65536 * 8] for s in ("Workbook", "Book")):
            return "xls"
        return "doc" if name.lower().endswith(".doc") else "xls"
    lower = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lower.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower() \
            or lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
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
    """(source_format, text) of a plain-text file's bytes."""
    fmt = sniff_format(raw.data, name)
    if not raw.data.strip():
        raise ReadError("the file is empty (no text at all, or only whitespace)")
    if fmt != "txt":
        raise ReadError(f"not a text file but {fmt.upper()}")
    text = decode_text(raw.data)
    if not text.strip():
        raise ReadError("the file is empty (no text at all, or only whitespace)")
    return fmt, text


def read_blocks(raw: RawFile, name: str) -> tuple[str, list]:
    """(source_format, blocks) of any supported file."""
    if not raw.data.strip():
        raise ReadError("the file is empty (no text at all, or only whitespace)")
    fmt = sniff_format(raw.data, name)
    if fmt == "txt":
        return read_text(raw, name)[0], [read_text(raw, name)[1]]
    from pipelines.readers import doc, docx, html, pdf, spreadsheet

    readers = {"pdf": pdf.read, "docx": docx.read, "xlsx": spreadsheet.read_xlsx, "xls": spreadsheet.read_xls,
               "html": html.read, "doc": doc.read}
    if fmt not in readers:
        raise ReadError(f"unknown format ({fmt}): expected a report as PDF, Word, Excel, HTML or text")
    blocks = readers[fmt](raw.data)
    if not any((b.strip() if isinstance(b, str) else b.rows) for b in blocks):
        raise ReadError(f"the {fmt.upper()} file holds no text")
    return fmt, blocks
