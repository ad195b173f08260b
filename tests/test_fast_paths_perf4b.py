"""Speed work, round perf4-b (reading, the document model, the cell stream): each fast path is held to the
plain code it replaces, on short texts written for these tests (and random mixes of them)."""

from __future__ import annotations

import random
import unicodedata

from pipelines import normalise as N


# --- nfkc: the common changing characters replaced first, then unicodedata's quick check ----------

def test_the_common_changes_are_characters_nfkc_maps_on_their_own():
    _, changes, _, _ = N._nfkc_tables()
    for ch in "".join(N._COMMON_CHANGES):
        assert changes[ch] == unicodedata.normalize("NFKC", ch) != ch


def test_nfkc_with_the_common_changes_first_equals_unicodedata():
    rng = random.Random(41)
    # the common changers, others NFKC changes (！ ① ｶ), combining marks and jamo right after them, and text
    pool = (list("".join(N._COMMON_CHANGES)) + list("！？①ＡＢ１％ｶﾞ") + ["\u0301", "\u0308", "\u3099", "\u1161", "\uac00"]
            + list("某项目资金万元年ab12 .,()"))
    for _ in range(30000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert N.nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)
    assert N.nfkc("资金（万元）：１２，面积３㎡…") == "资金(万元):12,面积3m2..."
    assert N.nfkc("合计\u3000１００") == "合计 100"  # a common change, then one the quick check sends on
    assert N.nfkc("（ｶﾞ）") == "(ガ)"  # a composing pair left after the common changes: unicodedata's
    assert N.nfkc("（甲）\u3000乙\u2002丙") == "(甲) 乙 丙"  # the second group, after the first's quick check
    assert N.nfkc("\u3000ｶﾞ") == " ガ"  # the second group, then unicodedata's


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


# --- readers.text.decode_text: no NUL looked for in a text whose bytes hold no zero byte ----------------

def _plausible_plain(text: str) -> bool:
    from pipelines.readers import text as T

    sample = text[:4000]
    if not sample:
        return True
    other = len(T._TEXTLIKE.sub("", sample))
    return (len(sample) - other) / len(sample) >= 0.9 and sample.count("\x00") <= max(1, len(sample) // 1000)


def _decode_text_plain(data: bytes, notes: list[str]) -> str:
    """decode_text as it was: every candidate's text counted for NULs and replaced."""
    from pipelines.readers import text as T

    if data.startswith(b"\xef\xbb\xbf"):
        return T._lossy(data[3:], "utf-8", notes)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return T._lossy(data, "utf-16", notes)
    candidates = ["utf-8"] + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []) + ["gb18030"]
    for encoding in candidates:
        if encoding.startswith("utf-16") and not T._utf16_ascii(data, encoding):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            if encoding != "utf-8":
                continue
            text = T._damaged_utf8(data, e, notes)
            if text is None:
                continue
        if _plausible_plain(text):
            return text.replace("\x00", "")
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        if T._few_errors(text, lenient=True) and _plausible_plain(text):
            return T._lossy(data, encoding, notes)
    raise T.ReadError("unreadable")


def test_decode_text_without_the_nul_search_equals_the_plain_decoding():
    from pipelines.readers import text as T

    rng = random.Random(11)
    pieces = ["某项目资金", "自评", "12.5万元", "abc ", "\n", "\t", "\x00", "，", "·", "\u00e9", "\U0001f600"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        data = text.encode(rng.choice(["utf-8", "utf-16-le", "utf-16-be", "gb18030", "utf-8-sig", "utf-16"]))
        if data and rng.random() < 0.3:  # damage: a byte cut off or changed
            at = rng.randrange(len(data))
            data = data[:-1] if rng.random() < 0.5 else data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
        notes: list[str] = []
        plain_notes: list[str] = []
        try:
            expected = ("ok", _decode_text_plain(data, plain_notes), plain_notes)
        except T.ReadError:
            expected = ("error",)
        try:
            got = ("ok", T.decode_text(data, notes), notes)
        except T.ReadError:
            got = ("error",)
        assert got == expected, data
    assert T.decode_text("某\x00项目资金自评报告".encode()) == "某项目资金自评报告"  # a stray NUL still goes
    assert T._plausible("某项目\x00\x00", nul_free=False) is False


# --- cells.cell_stream: the glued-form words' first characters looked for before the words --------------

def _cell_stream_plain():
    """cell_stream as it was: its source with the plain word tests put back."""
    import inspect

    from pipelines.extract import cells as C

    source = inspect.getsource(C.cell_stream)
    fast = '("执" in s and "执行" in s or "指" in s and s.count("指标") >= 3)'
    assert fast in source
    namespace = dict(vars(C))
    exec(source.replace(fast, '("执行" in s or s.count("指标") >= 3)'), namespace)
    return namespace["cell_stream"]


def test_cell_stream_with_the_first_character_gates_equals_the_plain_stream():
    from pipelines.extract.cells import cell_stream
    from pipelines.model import Document

    plain = _cell_stream_plain()
    rng = random.Random(17)
    words = ["执行", "执", "行", "指标", "指", "标", "全年预算数", "全年执行数", "执行率", "一级指标", "二级指标", "三级指标",
             "产出指标", "数量指标", "质量指标", "某项目资金", "120人", "95%", "，", " ", "8"]
    for _ in range(2000):
        lines = ["".join(rng.choice(words) for _ in range(rng.randint(0, 40))) for _ in range(rng.randint(1, 4))]
        doc = Document(lines=lines, paragraphs=[])
        assert cell_stream(doc) == plain(doc), lines
    # the words late in a long line, one word without the other, a first character without its word
    prose = "某项目资金" * 13
    for line in [prose + "全年预算数全年执行数执行率", prose + "一级指标二级指标三级指标", prose + "执" + "一级指标二级指标三级指标",
                 prose + "指" + "全年预算数全年执行数执行率", "执" + prose + "指", prose + "执 行指 标",
                 "全年预算数全年执行数执行率" + prose, prose[:55] + "执行率全年执行数全年预算数"]:
        doc = Document(lines=[line], paragraphs=[])
        assert cell_stream(doc) == plain(doc), line
    assert len(cell_stream(Document(lines=[prose + "全年预算数全年执行数执行率"], paragraphs=[]))) > 1  # glued: split
