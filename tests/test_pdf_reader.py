"""The PDF reader on PDFium: lines, wrapped prose, fake bold, ruled tables (merged cells, a table
over a page break, a landscape page), and the speed benchmark. The PDFs are drawn here with
reportlab, in a standard font, so that no system font is needed."""

from __future__ import annotations

import io

from pipelines.model import TableBlock
from pipelines.readers import pdf, pdf_layout


def _canvas_pdf(draw, pages: int = 1, rotate: int = 0) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for page in range(pages):
        if rotate:
            c.setPageRotation(rotate)
        c.setFont("Helvetica", 10)
        draw(c, page)
        c.showPage()
    c.save()
    return buf.getvalue()


def _table_pdf(rows, spans=(), pages_break_after: int | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), *[("SPAN", a, b) for a, b in spans]]
    story = []
    if pages_break_after is None:
        story.append(Table(rows, style=TableStyle(style)))
    else:
        story += [Table(rows[:pages_break_after], style=TableStyle(style)), PageBreak(),
                  Table(rows[pages_break_after:], style=TableStyle([style[0]]))]
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(story)
    return buf.getvalue()


def test_a_ruled_table_with_a_merged_header_cell_keeps_its_text_whole():
    rows = [["Budget 2023", "", ""], ["item", "planned", "spent"], ["office", "120.50", "118.20"],
            ["travel", "30.00", "12.75"]]
    blocks = pdf.read(_table_pdf(rows, spans=[((0, 0), (2, 0))]))
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    assert [t.rows for t in tables] == [rows]  # the spanning cell: its text in the first column


def test_a_table_running_over_a_page_break_is_one_table():
    rows = [["item", "amount"]] + [[f"line {i}", f"{i}.00"] for i in range(1, 7)]
    blocks = pdf.read(_table_pdf(rows, pages_break_after=3))
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    assert [t.rows for t in tables] == [rows]


def test_a_landscape_page_reads_in_the_direction_it_is_shown():
    def draw(c, _):
        # a landscape table on a portrait page (/Rotate 90): its text runs up the page as drawn
        c.translate(100, 72)
        c.rotate(90)
        c.drawString(0, 0, "Revenue and spending summary:")
        c.drawString(0, -14, "second line")

    assert pdf.read(_canvas_pdf(draw, rotate=90)) == ["Revenue and spending summary:", "second line"]


def test_a_prose_line_wrapped_at_the_right_margin_is_joined_to_the_next():
    def draw(c, _):
        c.drawString(72, 770, "The office spent its budget on training and on")  # ends at the margin
        c.drawString(72, 758, "travel during the year.")
        c.drawString(72, 730, "After a gap, a new paragraph starts here.")  # a gap: not joined

    blocks = pdf.read(_canvas_pdf(draw))
    assert blocks == ["The office spent its budget on training and ontravel during the year.",
                      "After a gap, a new paragraph starts here."]


def test_a_fake_bold_line_printed_twice_reads_once():
    def draw(c, _):
        for dx in (0, 0.4):  # a font without a bold face: the line again, a fraction of a point right
            c.drawString(72 + dx, 770, "Total 95.5")
        c.drawString(72, 750, "next line")

    assert pdf.read(_canvas_pdf(draw)) == ["Total 95.5", "next line"]


def test_layout_rules_on_plain_tuples():
    # glyphs: a gap over 3 points is a word break; a glyph within a point of the same glyph is a copy
    chars = [(0, 0, 5, 10, "a"), (5, 0, 10, 10, "b"), (20, 0, 25, 10, "c"), (20.5, 0.3, 25.5, 10, "c")]
    assert [line.text for line in pdf_layout.lines(pdf_layout.dedupe(chars))] == ["ab c"]
    # a 2 x 2 grid whose top row is one merged cell: 3 cells, one table
    h = [(0, 0, 100), (10, 0, 100), (20, 0, 100)]
    v = [(0, 0, 20), (100, 0, 20), (50, 10, 20)]
    [cells] = pdf_layout.find_tables(h, v)
    assert sorted(cells) == [(0, 0, 100, 10), (0, 10, 50, 20), (50, 10, 100, 20)]
    glyphs = [(10, 2, 15, 8, "T"), (10, 12, 15, 18, "x"), (60, 12, 65, 18, "y")]
    assert pdf_layout.table_rows(cells, glyphs) == [["T", ""], ["x", "y"]]
    # a lone box is not a table
    assert pdf_layout.find_tables([(0, 0, 50), (10, 0, 50)], [(0, 0, 10), (50, 0, 10)]) == []


def test_read_error_lives_with_the_readers_and_read_still_exports_it():
    from pipelines import read
    from pipelines.readers import errors

    assert read.ReadError is errors.ReadError is pdf.ReadError


def test_the_speed_benchmark_reports_pages_per_second(tmp_path):
    from benchmarks.pdf_speed import run
    from tests.render import to_pdf
    from tests.support import SAMPLES

    samples = sorted(SAMPLES.glob("*.txt"))[:3]
    for s in samples:
        (tmp_path / f"{s.stem}.pdf").write_bytes(to_pdf(s.read_text(encoding="utf-8")))
    result = run(tmp_path)
    assert result["files"] == 3 and result["pages"] >= 3
    assert all(result[k] > 0 for k in ("ours", "pdfplumber", "pypdfium2"))
    assert result["pypdfium2"] > result["pdfplumber"]  # plain PDFium text is the fastest of the three


def test_a_machine_without_a_cjk_font_is_named_on_every_pdf_read(tmp_path, monkeypatch):
    from pipelines.read import RawFile, read_blocks

    def look_in(folder):
        monkeypatch.setattr(pdf, "_FONT_DIRS", (str(folder),))
        pdf.cjk_font_missing.cache_clear()

    data = _canvas_pdf(lambda c, page: c.drawString(72, 720, "Budget 2023: 120.50"))
    raw = RawFile(data=data, sha256="0" * 64)
    try:
        (tmp_path / "fonts" / "dejavu").mkdir(parents=True)
        (tmp_path / "fonts" / "dejavu" / "DejaVuSans.ttf").write_bytes(b"")
        look_in(tmp_path / "fonts")
        notes: list[str] = []
        fmt, blocks = read_blocks(raw, "a.pdf", notes)
        assert fmt == "pdf" and "Budget 2023: 120.50" in "\n".join(b for b in blocks if isinstance(b, str))
        assert len(notes) == 1 and "no CJK (Chinese) system font" in notes[0] and "fonts-wqy-microhei" in notes[0]
        (tmp_path / "fonts" / "wqy").mkdir()
        (tmp_path / "fonts" / "wqy" / "wqy-microhei.ttc").write_bytes(b"")
        look_in(tmp_path / "fonts")
        notes = []
        read_blocks(raw, "a.pdf", notes)
        assert notes == []
    finally:
        pdf.cjk_font_missing.cache_clear()
