"""Plain text: its encoding detected, not assumed, and a little damage tolerated (and noted)."""

from __future__ import annotations

import re

from pipelines.readers.errors import ReadError


def decode_text(data: bytes, notes: list[str] | None = None) -> str:
    """Decode text whose encoding is detected, not assumed.

    BOMs decide first; otherwise the first of UTF-8, UTF-16 (LE/BE) and GB18030 that decodes
    cleanly *and* reads as text (mostly CJK, ASCII and punctuation) wins. A damaged file still
    loads when the damage is small: a UTF-8 file cut in the middle of a character (truncated
    copy), a few invalid bytes in UTF-8 or GB18030, a few NUL characters. What was lost is
    appended to ``notes`` (the caller records it next to the loaded report).
    """
    notes = notes if notes is not None else []
    if data.startswith(b"\xef\xbb\xbf"):
        return _lossy(data[3:], "utf-8", notes)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _lossy(data, "utf-16", notes)
    candidates = ["utf-8"] + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []) + ["gb18030"]
    # (a search of the bytes, at memchr's speed: without a zero byte no candidate's text holds a NUL, UTF-8 and
    # GB18030 writing it as one zero byte and UTF-16 as two, so neither _plausible's count nor the replace below
    # has one to find)
    nul_free = b"\x00" not in data
    for encoding in candidates:
        if encoding.startswith("utf-16") and not _utf16_ascii(data, encoding):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            if encoding != "utf-8":
                continue
            text = _damaged_utf8(data, e, notes)
            if text is None:
                continue
        if _plausible(text, nul_free):
            return text if nul_free else text.replace("\x00", "")
    # GB18030 with a stray invalid byte (strict decoding failed above), or mostly ASCII text with one
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        if _few_errors(text, lenient=True) and _plausible(text):
            return _lossy(data, encoding, notes)
    raise ReadError(
        "binary content or an unknown text encoding: not UTF-8, UTF-16 or GB18030 text. "
        "If it is a report, re-save it as UTF-8 text"
    )


def _utf16_ascii(data: bytes, encoding: str) -> bool:
    """UTF-16 without a BOM shows its ASCII characters (digits, spaces, line breaks, which every
    report has) as a zero byte in every other position; without any, the bytes are something else
    (pairs of ASCII letters read as UTF-16 look like CJK characters)."""
    high = data[1::2] if encoding == "utf-16-le" else data[0::2]
    return high.count(0) * 200 >= len(high) > 0


def _few_errors(text: str, lenient: bool = False) -> bool:
    """Replacement characters are rare next to the characters decoded well: damage, not a wrong encoding.

    Strictly, the well-decoded multi-byte characters must outnumber them 50 to 1 (GB18030 read as
    UTF-8 fails on nearly every Chinese character); leniently, as a last resort, one in a thousand
    characters may be one (an ASCII text with a stray byte).
    """
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return 0 < bad and (bad * 50 <= non_ascii - bad or lenient and bad * 1000 <= len(text))


def _lossy(data: bytes, encoding: str, notes: list[str]) -> str:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")  # not those in the file
    if bad > 0:
        line = text.count("\n", 0, text.index("\ufffd")) + 1
        notes.append(f"loaded, but {bad} invalid {encoding.upper()} byte sequence(s) were replaced by \ufffd "
                     f"(first on line {line}): the file is damaged; replace it with a good copy if text is missing")
    return text.replace("\x00", "")


def _damaged_utf8(data: bytes, error: UnicodeDecodeError, notes: list[str]) -> str | None:
    """UTF-8 with a little damage: cut in the middle of a character, or a few invalid bytes."""
    if error.reason == "unexpected end of data" and error.end == len(data):
        try:
            text = data[: error.start].decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None and _plausible(text):
            notes.append(f"loaded, but the file ends in the middle of a character (its last {len(data) - error.start} "
                         "byte(s) are an incomplete UTF-8 sequence): it looks cut off while being copied or "
                         "downloaded; replace it with a complete copy")
            return text
    text = data.decode("utf-8", errors="replace")
    if _few_errors(text) and _plausible(text):
        return _lossy(data, "utf-8", notes)
    return None


# Text-like characters (CJK, CJK/full-width punctuation, general punctuation, printable ASCII,
# whitespace; Latin-1's signs, and the symbols' blocks from letterlike signs to dingbats, where ≥, ①, the
# box-drawing rules of a table drawn in text, □ and √ are), in runs: what is left once they are removed
# is the rest. Matching the long runs of the class is a tight loop in C, several times faster than
# searching for the rare characters outside it (the complement class, which tries every position).
_TEXTLIKE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u2100-\u27bf\x20-\x7e\xa0-\xff\s]+")


def _plausible(text: str, nul_free: bool = False) -> bool:
    """Whether ``text`` reads as text; ``nul_free``: the caller knows it holds no NUL (none is counted)."""
    sample = text[:4000]
    if not sample:
        return True
    other = len(_TEXTLIKE.sub("", sample))
    # a stray NUL is damage, many NULs are UTF-16 read as a single-byte encoding
    return (len(sample) - other) / len(sample) >= 0.9 and (
        nul_free or sample.count("\x00") <= max(1, len(sample) // 1000))
