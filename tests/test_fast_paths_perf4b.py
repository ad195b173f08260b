"""Speed work, round perf4-b (reading, the document model, the cell stream): each fast path is held to the
plain code it replaces, on short texts written for these tests (and random mixes of them)."""

from __future__ import annotations

import random
import unicodedata

from pipelines import normalise as N


# --- nfkc: the common changing characters replaced first, then unicodedata's quick check ----------

def test_the_common_changes_are_characters_nfkc_maps_on_their_own():
    _, changes, _, _ = N._nfkc_tables()
    for ch in N._COMMON_CHANGES:
        assert changes[ch] == unicodedata.normalize("NFKC", ch) != ch


def test_nfkc_with_the_common_changes_first_equals_unicodedata():
    rng = random.Random(41)
    # the common changers, others NFKC changes (！ ① ｶ), combining marks and jamo right after them, and text
    pool = (list(N._COMMON_CHANGES) + list("！？①ＡＢ１％ｶﾞ") + ["\u0301", "\u0308", "\u3099", "\u1161", "\uac00"]
            + list("某项目资金万元年ab12 .,()"))
    for _ in range(30000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert N.nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)
    assert N.nfkc("资金（万元）：１２，面积３㎡…") == "资金(万元):12,面积3m2..."
    assert N.nfkc("合计\u3000１００") == "合计 100"  # a common change, then one the quick check sends on
    assert N.nfkc("（ｶﾞ）") == "(ガ)"  # a composing pair left after the common changes: unicodedata's


# --- read: the blank test without strip's copy, one sniff for a text file, the opening lower-cased alone ----

def test_blank_is_not_strip():
    from pipelines.read import _blank

    rng = random.Random(5)
    ascii_ws = b" \t\n\r\x0b\x0c"
    pool = list(ascii_ws) + [0x1c, 0x85, 0xa0, ord("a"), 0]
    for _ in range(5000):
        data = bytes(rng.choice(pool) for _ in range(rng.randint(0, 6)))
        assert _blank(data) == (not data.strip()), data
    text_pool = [" ", "\t", "\n", "\u3000", "\u00a0", "\u2028", "\x1c", "\x85", "\u200b", "\ufeff", "某", "\x00"]
    for _ in range(5000):
        text = "".join(rng.choice(text_pool) for _ in range(rng.randint(0, 6)))
        assert _blank(text) == (not text.strip()), repr(text)


def _sniff_plain(data: bytes, name: str) -> str:
    """sniff_format's text-or-HTML test as it was: the whole head lower-cased."""
    from pipelines.read import sniff_format

    fmt = sniff_format(data, name)
    if fmt not in ("txt", "html"):
        return fmt
    head = data[:1024]
    lower = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lower.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower() \
            or lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    return "txt"


def test_sniff_lower_cases_the_opening_alone_and_finds_the_same_format():
    from pipelines.read import sniff_format

    rng = random.Random(9)
    openings = [b"", b"\xef\xbb\xbf", b"  \r\n", b"\t" * 30, b" " * 1030]
    words = [b"<!DOCTYPE HTML>", b"<!doctype html", b"<HTML", b"<Html lang='zh'>", b"<?xml version='1.0'?>", b"<head>",
             b"<BODY>", b"<b", b"<htm", "某项目".encode(), b"text", b"<!doctype htm"]
    for _ in range(3000):
        data = rng.choice(openings) + b"".join(rng.choice(words) for _ in range(rng.randint(0, 3)))
        data += rng.choice([b"", b"<html>", " 正文 ".encode() * 400 + b"<HTML>"])
        assert sniff_format(data, "a.txt") == _sniff_plain(data, "a.txt"), data[:80]
    assert sniff_format(b"  <!DOCTYPE html><html>", "a.txt") == "html"
    assert sniff_format(b" " * 1030 + b"<html>", "a.txt") == "txt"  # (past the head: text, as it was)


def test_read_blocks_gives_read_texts_text(tmp_path):
    from pipelines.read import ReadError, read_blocks, read_bytes, read_text

    for i, data in enumerate([b"  \n", "某项目 自评\n".encode(), "\ufeff某项目".encode(), "\u3000\n".encode(),
                              "某项目".encode("utf-16"), b"\x00\x00 "]):
        path = tmp_path / f"{i}.txt"
        path.write_bytes(data)
        raw = read_bytes(path)
        try:
            expected = ("ok", [read_text(raw, path.name)[1]])
        except ReadError as e:
            expected = ("error", str(e))
        try:
            got = ("ok", read_blocks(raw, path.name)[1])
        except ReadError as e:
            got = ("error", str(e))
        assert got == expected, data
