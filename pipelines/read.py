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
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from pipelines import limits
from pipelines.readers.errors import ReadError  # noqa: F401  (re-exported)
from pipelines.readers.text import decode_text


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
    if e.errno in (errno.ELOOP, errno.EMLINK) and os.path.islink(path) and os.path.exists(path):
        # O_NOFOLLOW refused a link that leads somewhere (the scan hands over real paths, so a link here
        # was put in RAW_REPORTS_DIR or replaced a file during the refresh)
        why = (f"a symbolic link (to {os.readlink(path)}): links are not followed, so that nothing outside "
               "RAW_REPORTS_DIR is read through one; put the report itself in the folder")
    elif e.errno == errno.ELOOP:
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
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait;
        # O_NOFOLLOW: a link swapped in after the stat is not followed either
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError as e:
        raise _os_error(path, e) from e
    with os.fdopen(fd, "rb") as f:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise _not_regular(path, before.st_mode)
        if before.st_size > limit:
            raise _too_big(before.st_size, limit)
        # read(n) allocates n bytes up front: asking for the size seen (+1 to see growth) and then,
        # only if the file grew, for the rest up to limit + 1 reads the same bytes without a 50 MB
        # allocation per file
        want = min(before.st_size, limit) + 1
        data = f.read(want)
        if len(data) == want and want < limit + 1:
            data += f.read(limit + 1 - want)
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
    fmt, archive = _sniff(data, name)
    if archive is not None:
        archive.close()
    return fmt


def _sniff(data: bytes, name: str) -> tuple[str, zipfile.ZipFile | None]:
    """The format, and for a Word or Excel file its opened archive (for the checks before parsing)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf", None
    if data.startswith(b"PK\x03\x04"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            return "zip", None
        names = set(z.namelist())
        if "word/document.xml" in names:
            return "docx", z
        if "xl/workbook.xml" in names:
            return "xlsx", z
        z.close()
        return "zip", None
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: Word 97 or Excel 97
        if "WordDocument".encode("utf-16-le") in data[:65536 * 8]:
            return "doc", None
        if any(s.encode("utf-16-le") in data[:65536 * 8] for s in ("Workbook", "Book")):
            return "xls", None
        return ("doc" if name.lower().endswith(".doc") else "xls"), None
    # (only its opening is compared, to words of 14 bytes or fewer: lower-cased alone, not the whole head)
    lower = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:16].lower()
    if lower.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower() \
            or lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html", None
    return "txt", None


_MB = 2**20


def _check_archive(z: zipfile.ZipFile, data: bytes, fmt: str) -> None:
    """Refuse, before a parser unpacks anything, a Word or Excel file whose parts unpack to more than
    MAX_INFLATED_MB (a zip bomb: 1.6 MB that inflates to 1.6 GB).

    The headers' declared sizes bound what the parsers get: zipfile cuts each part at its declared
    size (and fails its CRC if the rest was meant to match). They do not bound what zipfile inflates
    on the way: ``ZipExtFile.read()`` without a size inflates all of a part's compressed bytes in
    one call and only then cuts (measured, Python 3.11: a part declaring 1,000 bytes inflated 50 MB,
    up to 2 GiB a call), and python-docx and openpyxl read parts that way. So every part is also
    inflated here, a megabyte at a time, to one byte past its declared size: a part that goes on
    lies about its size and is refused.
    """
    infos = z.infolist()
    declared = sum(i.file_size for i in infos)
    kind = "Word" if fmt == "docx" else "Excel"
    if limits.INFLATED_MB.exceeded(declared / _MB):
        raise ReadError(limits.INFLATED_MB.refusal(
            f"the {kind} file's {len(infos)} parts unpack to {declared / _MB:,.0f} MB"))
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # zipfile inflates bzip2 and LZMA parts with no bound at all; Office never writes them
            raise ReadError(f"a {kind} file whose part {info.filename} is compressed with method "
                            f"{info.compress_type}, which Word and Excel never use: open and re-save it")
        if info.compress_type == zipfile.ZIP_DEFLATED and _inflates_past(data, info):
            raise ReadError(f"a damaged or crafted {kind} file: its part {info.filename} unpacks to more than the "
                            f"{info.file_size:,} bytes its header declares; open and re-save it")


def _inflates_past(data: bytes, info: zipfile.ZipInfo) -> bool:
    """Whether a deflated part unpacks to more than its declared size (memory: a megabyte)."""
    at = info.header_offset
    if data[at:at + 4] != b"PK\x03\x04":
        return False  # damaged: the parser says so
    name_len, extra_len = struct.unpack_from("<HH", data, at + 26)
    pos = at + 30 + name_len + extra_len
    end = min(pos + info.compress_size, len(data))
    inflater, tail, left = zlib.decompressobj(-15), b"", info.file_size + 1
    try:
        while left > 0 and not inflater.eof:
            if not tail:
                if pos >= end:
                    break
                tail, pos = data[pos:min(pos + 65536, end)], pos + 65536
            out = inflater.decompress(tail, min(left, _MB))
            left -= len(out)
            tail = inflater.unconsumed_tail
    except zlib.error:
        return False  # damaged: the parser says so
    return left <= 0


def read_text(raw: RawFile, name: str, notes: list[str] | None = None) -> tuple[str, str]:
    """(source_format, text) of a plain-text file's bytes."""
    fmt = sniff_format(raw.data, name)
    if _blank(raw.data):
        raise ReadError("the file is empty (no text at all, or only whitespace)")
    if fmt != "txt":
        raise ReadError(f"not a text file but {fmt.upper()}")
    return fmt, _decoded(raw, notes)


def _blank(data: bytes | str) -> bool:
    """``not data.strip()``, without the copy of the whole file strip makes: isspace tests the same whitespace
    (ASCII's for bytes, Unicode's for str) and stops at the first other character (a test holds them equal)."""
    return not data or data.isspace()


def _decoded(raw: RawFile, notes: list[str] | None) -> str:
    """The text of a file sniffed as text and not blank."""
    text = decode_text(raw.data, notes)
    if _blank(text):
        raise ReadError("the file is empty (no text at all, or only whitespace)")
    return text


def read_blocks(raw: RawFile, name: str, notes: list[str] | None = None) -> tuple[str, list]:
    """(source_format, blocks) of any supported file; ``notes`` collects damage that did not stop reading."""
    if _blank(raw.data):
        raise ReadError("the file is empty (no text at all, or only whitespace)")
    fmt, archive = _sniff(raw.data, name)
    if archive is not None:
        try:
            _check_archive(archive, raw.data, fmt)
            if fmt == "xlsx":
                from pipelines.readers import spreadsheet

                spreadsheet.check_dimensions(archive)
        finally:
            archive.close()
    if fmt == "txt":
        return fmt, [_decoded(raw, notes)]  # (read_text without its sniff and blank test: both done above)
    if fmt == "zip":
        raise ReadError("unknown format (zip): a ZIP archive, not a report (whatever its name says); unpack it "
                        "into RAW_REPORTS_DIR so the reports inside are read")
    from pipelines.readers import doc, docx, html, pdf, spreadsheet

    readers = {"pdf": pdf.read, "docx": docx.read, "xlsx": spreadsheet.read_xlsx, "xls": spreadsheet.read_xls,
               "html": html.read, "doc": doc.read}
    if fmt not in readers:
        raise ReadError(f"unknown format ({fmt}): expected a report as PDF, Word, Excel, HTML or text")
    blocks = readers[fmt](raw.data)
    if fmt == "pdf" and notes is not None and (missing := pdf.cjk_font_missing()):
        notes.append(f"loaded, but {missing}")
    if not any((b.strip() if isinstance(b, str) else b.rows) for b in blocks):
        raise ReadError(f"the {fmt.upper()} file holds no text")
    return fmt, blocks
