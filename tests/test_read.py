import pytest

from pipelines.read import ReadError, RawFile, decode_text, read_bytes, read_text, sniff_format

REPORT = "某某区档案馆2023年度部门整体支出绩效自评报告\n本年收入 100 万元。\n"


def raw(data: bytes) -> RawFile:
    import hashlib
    return RawFile(data=data, sha256=hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_text_encodings_are_detected(encoding):
    fmt, text = read_text(raw(REPORT.encode(encoding)), "r.txt")
    assert fmt == "txt" and text.lstrip("\ufeff") == REPORT


def test_utf16_without_bom():
    assert decode_text(REPORT.encode("utf-16-le")) == REPORT


def test_empty_and_whitespace_files_are_rejected():
    with pytest.raises(ReadError, match="empty"):
        read_text(raw(b""), "a.txt")
    with pytest.raises(ReadError, match="empty"):
        read_text(raw(b"  \n\t \n"), "a.txt")


def test_binary_junk_is_rejected():
    with pytest.raises(ReadError, match="binary"):
        read_text(raw(b"\x00\x01\x02\x03" * 50 + b"\xff\xfe\x00"), "junk.txt")


def test_a_table_drawn_with_box_characters_is_text():
    """A form drawn in text (│ bars, ├──┤ rules, □ and √, ≥) is read as text, not taken for binary content."""
    drawn = "\n".join(["┌────────┬──────┐", "│项目名称│河道保洁│", "├────────┼──────┤",
                       "│保洁覆盖率│≥95%│", "│评价等级│□优 √良│", "└────────┴──────┘"] * 3)
    fmt, text = read_text(raw(drawn.encode("utf-8")), "drawn.txt")
    assert fmt == "txt" and text == drawn


def test_format_is_sniffed_from_content_not_name():
    assert sniff_format(b"%PDF-1.7 ...", "report.txt") == "pdf"
    assert sniff_format(b"<!DOCTYPE html><html>", "x.txt") == "html"
    assert sniff_format(REPORT.encode(), "report.pdf") == "txt"


def test_unreadable_path_gives_a_clear_message(tmp_path):
    with pytest.raises(ReadError, match="cannot read the file"):
        read_bytes(tmp_path / "missing.txt")
