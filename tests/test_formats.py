"""Every sample report, rendered as each format the warehouse reads, gives the same rows as its text."""

import io
import zipfile

import pytest

from pipelines.process import process_file
from pipelines.readers.pdf import cjk_font_missing
from tests.render import RENDERERS, parts
from tests.support import SAMPLES, query, refresh

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
# Spreadsheets hold the table-form reports (the 自评表), not narrative ones.
TABLE_FORM = [p for p in SAMPLE_FILES if any(part.rows for part in parts(p.read_text(encoding="utf-8")))]


def comparable(result):
    assert result.report is not None, result.rejections
    # line numbers differ between formats (a PDF page, a Word paragraph): the values must not
    report = {k: v for k, v in result.report.items()
              if k not in ("report_id", "source_file", "source_format") and not k.endswith("_line_no")}
    budget = sorted((b["item"], b["fiscal_year"], b["amount_wan_yuan"], b["label"]) for b in result.budget_items)
    indicators = [{k: v for k, v in i.items() if k not in ("report_id", "line_no")} for i in result.indicators]
    return report, budget, indicators


@pytest.fixture(scope="module")
def text_versions():
    return {p.name: comparable(process_file(p, p.name)) for p in SAMPLE_FILES}


def cases():
    for p in SAMPLE_FILES:
        for fmt in ("pdf", "docx", "html", "gb18030"):
            yield pytest.param(p, fmt, id=f"{p.stem}-{fmt}")
    for p in TABLE_FORM:
        for fmt in ("xlsx", "xls"):
            yield pytest.param(p, fmt, id=f"{p.stem}-{fmt}")


@pytest.mark.parametrize("sample,fmt", list(cases()))
def test_same_rows_as_the_text_version(sample, fmt, tmp_path, text_versions):
    if fmt == "pdf" and (missing := cjk_font_missing()):
        # (the PDFs made here do not embed their fonts, as tests/render.py writes them)
        pytest.skip(f"{missing}; .ci/run installs it")
    text = sample.read_text(encoding="utf-8")
    if fmt == "gb18030":
        path = tmp_path / sample.name
        path.write_bytes(text.encode("gb18030"))
        expected_format = "txt"
    else:
        path = tmp_path / f"{sample.stem}.{fmt}"
        path.write_bytes(RENDERERS[fmt](text))
        expected_format = fmt
    result = process_file(path, path.name)
    assert result.source_format == expected_format
    report, budget, indicators = comparable(result)
    want_report, want_budget, want_indicators = text_versions[sample.name]
    assert report == want_report
    assert [b[:3] for b in budget] == [b[:3] for b in want_budget]
    assert indicators == want_indicators


def test_table_form_samples_exist():
    assert len(TABLE_FORM) >= 3


# --- what cannot be read -------------------------------------------------------------------

def _pdf(draw, encrypt=None) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned_pdf() -> bytes:
    # an image-only page: a filled rectangle stands for the scan, no text layer
    return _pdf(lambda c: c.rect(50, 50, 400, 600, fill=1))


def encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    return _pdf(lambda c: c.drawString(100, 700, "budget report"), encrypt=enc)


def legacy_doc() -> bytes:
    # the OLE2 signature and a WordDocument stream name, as in a Word 97 file
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 2000


def unknown_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("data.bin", b"\x00\x01")
    return buf.getvalue()


REJECTS = {
    "scanned.pdf": (scanned_pdf, "no text layer: OCR is not supported"),
    "locked.pdf": (encrypted_pdf, "encrypted PDF"),
    "broken.pdf": (lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EO", "corrupt"),
    "old.doc": (legacy_doc, "install antiword"),
    "empty.docx": (lambda: b"", "empty"),
    "archive.zip": (unknown_zip, "unknown format (zip)"),
}


def test_unreadable_files_are_rejected_with_a_reason_and_the_rest_loads(tmp_path, warehouse, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # no antiword / LibreOffice on PATH
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, (make, _) in REJECTS.items():
        (raw / name).write_bytes(make())
    good = SAMPLE_FILES[0]
    (raw / f"{good.stem}.docx").write_bytes(RENDERERS["docx"](good.read_text(encoding="utf-8")))
    refresh(raw, warehouse)
    rejected = dict(query(warehouse, "SELECT source_file, error FROM rejected_files"))
    for name, (_, message) in REJECTS.items():
        assert message in rejected[name], (name, rejected.get(name))
    assert query(warehouse, "SELECT source_file, source_format FROM reports") == [(f"{good.stem}.docx", "docx")]


def test_real_government_pdfs_are_all_accounted_for_without_a_crash(warehouse):
    """22 real budget disclosures (not self-evaluations): read, recognised and rejected with a reason."""
    from tests.support import shared_or_skip

    folder = shared_or_skip("real-pdfs")
    refresh(folder, warehouse)
    pdfs = {p.relative_to(folder).as_posix() for p in folder.rglob("*.pdf")}
    rejected = {r[0]: r[1:] for r in query(warehouse, "SELECT source_file, stage, error FROM rejected_files")}
    # budget disclosures carry 绩效目标 tables (一级/二级/三级指标, 指标值) but no results: none is loaded
    assert query(warehouse, "SELECT source_file FROM reports") == []
    assert pdfs == set(rejected)
    assert all(stage == "parse" and "not a performance self-evaluation report" in error
               for stage, error in rejected.values())
    assert query(warehouse, "SELECT count(DISTINCT source_format) FROM source_files")[0][0] == 1
