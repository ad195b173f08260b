"""Per-file budgets in the readers: hostile files are refused before they are parsed, quickly and
in little memory, with a message naming the limit's environment variable; raising the variable lets
a file through; real reports still read.

The hostile files come from ``tests/hostile.py`` at reduced size: each still trips the default
limit named in ``HOSTILE`` (no environment variable is lowered for them). The tests of each rule
make their own short files and lower the limit where that keeps them small.
"""

from __future__ import annotations

import io
import re
import resource
import time
import zipfile
from pathlib import Path

import pytest

from pipelines import limits
from pipelines.read import ReadError, read_blocks, read_bytes
from pipelines.readers import spreadsheet
from tests import hostile
from tests.render import RENDERERS
from tests.support import SAMPLES

SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]
TABLE_SAMPLE = SAMPLES / "county_pipe_table_gangu_xinfang_2023.txt"


def read(path: Path):
    return read_blocks(read_bytes(path), path.name)


def texts(blocks) -> str:
    return "\n".join(b if isinstance(b, str) else "\n".join("|".join(r) for r in b.rows) for b in blocks)


# --- time and memory of one call ----------------------------------------------------------------

def _status_mb(key: str) -> float:
    with open("/proc/self/status") as f:
        return int(re.search(rf"{key}:\s+(\d+)", f.read()).group(1)) / 1024


def measured(fn) -> tuple[BaseException | None, float, float]:
    """(exception raised, seconds, MB the peak resident memory grew) of ``fn()``. On Linux the peak
    is reset first (/proc/self/clear_refs); elsewhere the process's lifetime peak is used, which
    can only understate the growth."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        base, peak = _status_mb("VmRSS"), lambda: _status_mb("VmHWM")
    except OSError:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # noqa: E731
    error = None
    start = time.perf_counter()
    try:
        fn()
    except BaseException as e:  # noqa: BLE001 - handed back to the test
        error = e
    return error, time.perf_counter() - start, peak() - base


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Every reader imported and run once on a real report, so that imports do not count as the
    cost of a refusal; also: the samples in every format still read."""
    folder = tmp_path_factory.mktemp("samples")
    for fmt, render in RENDERERS.items():
        sample = TABLE_SAMPLE if fmt in ("xlsx", "xls") else SAMPLE
        path = folder / f"{sample.stem}.{fmt}"
        path.write_bytes(render(sample.read_text(encoding="utf-8")))
        assert read(path)[0] == fmt
    return folder


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory, warm):
    start = time.perf_counter()
    paths = hostile.build(tmp_path_factory.mktemp("hostile"))
    assert time.perf_counter() - start < 3, "the reduced hostile files should build in about a second"
    return paths


@pytest.mark.parametrize("name", list(hostile.HOSTILE))
def test_hostile_file_is_refused_fast_in_little_memory(name, hostile_files, monkeypatch):
    for limit in limits.ALL:  # the reduced files trip the defaults
        monkeypatch.delenv(limit.env, raising=False)
    h = hostile.HOSTILE[name]
    raw = read_bytes(hostile_files[name])
    error, seconds, grew_mb = measured(lambda: read_blocks(raw, h.filename))
    assert isinstance(error, ReadError), error
    assert h.limit in str(error)
    assert seconds < 2, f"{name}: refused after {seconds:.2f} s"
    assert grew_mb < 100, f"{name}: memory grew {grew_mb:.0f} MB"


@pytest.mark.parametrize("fmt", list(RENDERERS))
@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt"))[:4], ids=lambda p: p.stem)
def test_samples_still_read(sample, fmt, tmp_path, warm):
    path = tmp_path / f"{sample.stem}.{fmt}"
    path.write_bytes(RENDERERS[fmt](sample.read_text(encoding="utf-8")))
    got, blocks = read(path)
    assert got == fmt and texts(blocks).strip()


# --- reading the file: links ------------------------------------------------------------------

def test_a_link_to_a_report_is_not_followed(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("某某局2023年度部门整体支出绩效自评报告\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(target)
    with pytest.raises(ReadError, match="a symbolic link .*links are not followed"):
        read_bytes(tmp_path / "link.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(ReadError, match="symbolic link loop"):
        read_bytes(tmp_path / "loop.txt")


# --- Word and Excel: the unpacked size ----------------------------------------------------------

def test_a_zip_bomb_is_refused_and_the_limit_can_be_raised(tmp_path, monkeypatch, warm):
    path = hostile.docx_zip_bomb(tmp_path / "bomb.docx", inflated_mb=3)
    monkeypatch.setenv("MAX_INFLATED_MB", "2")
    with pytest.raises(ReadError, match=r"3 parts unpack to 3 MB, over the limit of 2 MB .*MAX_INFLATED_MB"):
        read(path)
    monkeypatch.delenv("MAX_INFLATED_MB")
    assert "绩效自评报告" in texts(read(path)[1])


def test_a_part_larger_than_its_header_says_is_refused(tmp_path):
    path = hostile.docx_lying_header(tmp_path / "lying.docx", inflated_mb=3, declared=5000)
    with zipfile.ZipFile(path) as z:  # what zipfile alone makes of it: 5,000 bytes and no complaint
        assert len(z.read("word/document.xml")) == 5000
    with pytest.raises(ReadError, match="word/document.xml unpacks to more than the 5,000 bytes its header"):
        read(path)


def test_parts_compressed_in_a_way_office_never_uses_are_refused(tmp_path, warm):
    good = RENDERERS["docx"](SAMPLE.read_text(encoding="utf-8"))
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_BZIP2) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
    (tmp_path / "bz.docx").write_bytes(buf.getvalue())
    with pytest.raises(ReadError, match="compressed with method 12, which Word and Excel never use"):
        read(tmp_path / "bz.docx")


# --- Excel: rows and cells ----------------------------------------------------------------------

def test_the_declared_sheet_size_is_checked_before_reading(tmp_path, monkeypatch, warm):
    path = hostile.xlsx_many_rows(tmp_path / "rows.xlsx", rows=200)
    monkeypatch.setenv("MAX_SHEET_ROWS", "100")
    with pytest.raises(ReadError, match=r"ending at C200, so it spans 200 rows, over the limit of 100 rows "
                                        r"\(rows of one spreadsheet, MAX_SHEET_ROWS\)"):
        read(path)
    monkeypatch.setenv("MAX_SHEET_ROWS", "1000")
    monkeypatch.setenv("MAX_SHEET_CELLS", "500")
    with pytest.raises(ReadError, match="200 rows x 3 columns = 600 cells, over the limit of 500 cells .*MAX_SHEET_"):
        read(path)
    monkeypatch.delenv("MAX_SHEET_CELLS")
    rows = read(path)[1][0].rows
    assert len(rows) == 200 and rows[-1] == ["200", "0.5", "600"]


def test_a_sheet_without_a_size_is_stopped_while_read(tmp_path, monkeypatch, warm):
    monkeypatch.setenv("MAX_SHEET_ROWS", "100")
    with pytest.raises(ReadError, match=r"'自评表' \(read so far\) spans 101 rows.*MAX_SHEET_ROWS"):
        read(hostile.xlsx_many_rows(tmp_path / "rows.xlsx", rows=200, dimension=False))
    monkeypatch.setenv("MAX_SHEET_CELLS", "1000")
    with pytest.raises(ReadError, match="spans 3 rows x 703 columns = 2,109 cells.*MAX_SHEET_CELLS"):
        read(hostile.xlsx_far_cell(tmp_path / "wide.xlsx", cell="AAA3", dimension=False))


def test_a_sheet_that_understates_its_size_is_stopped_while_read(tmp_path, monkeypatch, warm):
    path = hostile.xlsx_many_rows(tmp_path / "rows.xlsx", rows=200, dimension=False)
    data = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").replace(b"<sheetData>", b'<dimension ref="A1:C2"/><sheetData>')
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts["xl/worksheets/sheet1.xml"] = sheet
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)
    assert buf.getvalue() != data
    path.write_bytes(buf.getvalue())
    monkeypatch.setenv("MAX_SHEET_ROWS", "100")
    with pytest.raises(ReadError, match=r"read so far\) spans 101 rows"):
        read(path)


def test_a_far_cell_in_a_small_sheet_reads_as_the_grid_it_makes(tmp_path, warm):
    rows = read(hostile.xlsx_far_cell(tmp_path / "c5.xlsx", cell="E5"))[1][0].rows
    assert rows == [["部门整体支出绩效自评表", "", "", "", ""], *[[""] * 5] * 3, ["", "", "", "", "1"]]


def test_number_formats_merged_cells_and_trailing_blanks(tmp_path, warm):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "一级指标"
    ws.merge_cells("A1:C1")
    ws["A2"] = "产出指标"
    ws.merge_cells("A2:A3")
    ws["B2"], ws["B2"].number_format = 0.955, "0.00%"
    ws["C3"] = 12.5
    ws["Z500"].number_format = "0.0%"  # formatted but empty: no row or column of the grid
    wb.save(tmp_path / "f.xlsx")
    rows = read(tmp_path / "f.xlsx")[1][0].rows
    assert rows == [["一级指标", "", ""], ["产出指标", "95.50%", ""], ["", "", "12.5"]]


def _xls(path: Path, cells: dict[tuple[int, int], object]) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("自评表")
    for (r, c), v in cells.items():
        ws.write(r, c, v)
    wb.save(str(path))
    return path


def test_xls_extent_comes_from_the_cell_records(tmp_path, monkeypatch, warm):
    # xlwt's smallest stream (4 KB), the same in the OLE mini stream, and a larger one
    small = _xls(tmp_path / "small.xls", {(0, 0): "标题", (149, 3): 1})
    mini = hostile.xls_far_cell(tmp_path / "mini.xls", row=149, col=3, mini_stream=True)
    big = _xls(tmp_path / "big.xls", {(r, c): f"第{r}行" for r in range(300) for c in range(4)})
    assert spreadsheet._xls_extents(small.read_bytes()) == {"number 1": (150, 4)}
    assert spreadsheet._xls_extents(mini.read_bytes()) == {"number 1": (150, 4)}
    assert spreadsheet._xls_extents(big.read_bytes()) == {"number 1": (300, 4)}
    assert read(mini)[1][0].rows[-1] == ["", "", "", "1"]
    monkeypatch.setenv("MAX_SHEET_ROWS", "100")
    for path in (small, mini, big):
        with pytest.raises(ReadError, match=r"spans \d+ rows, over the limit of 100 rows .*MAX_SHEET_ROWS"):
            read(path)
    monkeypatch.delenv("MAX_SHEET_ROWS")
    assert len(read(big)[1][0].rows) == 300
    wide = _xls(tmp_path / "wide.xls", {(0, 0): "标题", (10_000, 255): 1})
    with pytest.raises(ReadError, match="10,001 rows x 256 columns = 2,560,256 cells.*MAX_SHEET_CELLS"):
        read(wide)


# --- PDF: pages and compressed streams ----------------------------------------------------------

def test_pages_over_the_limit_are_refused_and_the_limit_can_be_raised(tmp_path, monkeypatch, warm):
    path = hostile.pdf_many_pages(tmp_path / "p.pdf", pages=5)
    monkeypatch.setenv("MAX_PDF_PAGES", "3")
    with pytest.raises(ReadError, match=r"the PDF has 5 pages, over the limit of 3 pages .*MAX_PDF_PAGES"):
        read(path)
    monkeypatch.setenv("MAX_PDF_PAGES", "5")
    assert texts(read(path)[1]).count("self-evaluation") == 5


def test_a_page_tree_with_more_pages_than_its_count_is_stopped(tmp_path, monkeypatch, warm):
    path = hostile.pdf_many_pages(tmp_path / "p.pdf", pages=5, count=1)
    monkeypatch.setenv("MAX_PDF_PAGES", "3")
    with pytest.raises(ReadError, match=r"has more than 3 pages \(more than its page count says\).*MAX_PDF_PAGES"):
        read(path)
    monkeypatch.setenv("MAX_PDF_PAGES", "5")
    assert texts(read(path)[1]).count("self-evaluation") == 5


def test_a_flate_bomb_is_refused_and_the_limit_can_be_raised(tmp_path, monkeypatch, warm):
    path = hostile.pdf_flate_bomb(tmp_path / "f.pdf", inflated_mb=3)
    monkeypatch.setenv("MAX_INFLATED_MB", "2")
    with pytest.raises(ReadError, match="compressed streams unpack to more than 2 MB.*MAX_INFLATED_MB"):
        read(path)
    monkeypatch.delenv("MAX_INFLATED_MB")
    assert "self-evaluation 95.5" in texts(read(path)[1])


def test_images_do_not_count_as_compressed_content(monkeypatch):
    from pipelines.readers import pdf

    image = hostile._zlib_stream([(b"\x00" * hostile.MB, 3)])
    data = (b"%%PDF-1.7\n6 0 obj\n<< /Type /XObject /Subtype /Image /Width 1024 /Height 3072 /BitsPerComponent 8 "
            b"/ColorSpace /DeviceGray /Filter /FlateDecode /Length %d >>\nstream\n" % len(image)) + image
    monkeypatch.setenv("MAX_INFLATED_MB", "2")
    pdf._check_streams(data)  # no refusal
    with pytest.raises(ReadError, match="MAX_INFLATED_MB"):
        pdf._check_streams(data.replace(b"/Subtype /Image", b"/Subtype /Form "))


# --- HTML: depth --------------------------------------------------------------------------------

@pytest.mark.parametrize("tag,closed", [("font", False), ("div", True)])
def test_deep_but_reasonable_pages_read_whole(tag, closed, tmp_path, warm):
    path = hostile.html_deep(tmp_path / "deep.html", depth=300, tag=tag, closed=closed)
    assert "自评得分95.5分" in texts(read(path)[1])  # libxml2 alone stops at 255 levels, dropping it


def test_pages_deeper_than_the_limit_are_refused_and_the_limit_can_be_raised(tmp_path, monkeypatch, warm):
    path = hostile.html_deep(tmp_path / "deep.html", depth=1500)
    with pytest.raises(ReadError, match=r"nested 1,503 levels deep, over the limit of 1,000 levels .*MAX_HTML_DEPTH"):
        read(path)
    monkeypatch.setenv("MAX_HTML_DEPTH", "1600")
    assert "自评得分95.5分" in texts(read(path)[1])  # deeper than Python's recursion limit, too


def test_pages_deeper_than_the_parser_goes_are_refused_whatever_the_limit(tmp_path, monkeypatch, warm):
    path = hostile.html_deep(tmp_path / "deep.html", depth=3000)
    monkeypatch.setenv("MAX_HTML_DEPTH", "5000")
    with pytest.raises(ReadError, match="past what the HTML parser reads"):
        read(path)
    monkeypatch.delenv("MAX_HTML_DEPTH")
    with pytest.raises(ReadError, match="2,048 or more levels deep.*MAX_HTML_DEPTH"):
        read(path)


def test_every_limit_named_here_is_a_registered_limit():
    envs = {limit.env for limit in limits.ALL}
    for h in hostile.HOSTILE.values():
        assert h.limit in envs or not h.limit.startswith("MAX_"), h.limit
