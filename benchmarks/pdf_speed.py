"""Pages per second reading PDFs: our reader (read + extract) next to plain-text extraction by
pdfplumber and by pypdfium2, in the same run, on the same files.

    python -m benchmarks.pdf_speed [folder]     (default: ../shared/real-pdfs next to the project)

Returns (and prints) a dict: files, pages, and pages/s for each of ``ours`` (``read_blocks`` +
``build_document``), ``pdfplumber`` (``page.extract_text``) and ``pypdfium2``
(``textpage.get_text_range``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "real-pdfs"


def run(folder: Path = DEFAULT) -> dict:
    import pdfplumber
    import pypdfium2

    from pipelines.normalise import build_document
    from pipelines.read import read_blocks, read_bytes

    folder = Path(folder)
    pdfs = sorted(folder.rglob("*.pdf")) if folder.is_dir() else []
    if not pdfs:
        raise SystemExit(f"no PDFs under {folder}: pass a folder of PDFs (python -m benchmarks.pdf_speed FOLDER)")
    datas = [p.read_bytes() for p in pdfs]
    pages = sum(len(pypdfium2.PdfDocument(d)) for d in datas)

    def ours() -> None:
        for p in pdfs:
            build_document(read_blocks(read_bytes(p), p.name)[1])

    def plumber() -> None:
        for p in pdfs:
            with pdfplumber.open(p) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    def pdfium() -> None:
        for d in datas:
            doc = pypdfium2.PdfDocument(d)
            for page in doc:
                page.get_textpage().get_text_range()
            doc.close()

    result: dict = {"files": len(pdfs), "pages": pages}
    for name, fn in (("ours", ours), ("pdfplumber", plumber), ("pypdfium2", pdfium)):
        start = time.perf_counter()
        fn()
        result[name] = round(pages / (time.perf_counter() - start), 1)
    print(f"{len(pdfs)} PDFs, {pages} pages under {folder}: pages/s "
          + ", ".join(f"{k} {result[k]}" for k in ("ours", "pdfplumber", "pypdfium2")))
    return result


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
