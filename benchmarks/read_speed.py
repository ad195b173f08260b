"""Files per second of each reader, on the bundled sample reports rendered in every format.

    python benchmarks/read_speed.py [--repeat 3] [--pdf-dir ../shared/real-pdfs]

Reads each file through ``process_file`` (read + normalise + extract) and through the reader
alone, and prints files/s per format. With --pdf-dir it also reports pages/s on those PDFs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.process import process_file  # noqa: E402
from pipelines.read import read_blocks, read_bytes  # noqa: E402
from tests.render import RENDERERS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pdf-dir", type=Path, default=None)
    args = ap.parse_args()
    samples = sorted((ROOT / "sample_reports").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        files: dict[str, list[Path]] = {"txt": samples, "gb18030": []}
        for p in samples:
            text = p.read_text(encoding="utf-8")
            g = Path(tmp) / f"{p.stem}.gb.txt"
            g.write_bytes(text.encode("gb18030"))
            files["gb18030"].append(g)
            for fmt, render in RENDERERS.items():
                f = Path(tmp) / f"{p.stem}.{fmt}"
                f.write_bytes(render(text))
                files.setdefault(fmt, []).append(f)
        print(f"{'format':8} {'files':>5} {'read files/s':>13} {'read+extract files/s':>21}")
        for fmt, paths in files.items():
            read_s = _best(lambda: [read_blocks(read_bytes(p), p.name) for p in paths], args.repeat)
            full_s = _best(lambda: [process_file(p, p.name) for p in paths], args.repeat)
            print(f"{fmt:8} {len(paths):5d} {len(paths) / read_s:13.1f} {len(paths) / full_s:21.1f}")
    if args.pdf_dir:
        import pdfplumber

        pdfs = sorted(args.pdf_dir.rglob("*.pdf"))
        pages = sum(len(pdfplumber.open(p).pages) for p in pdfs)
        ours = _best(lambda: [read_blocks(read_bytes(p), p.name) for p in pdfs], 1)
        plain = _best(lambda: [[pg.extract_text() for pg in pdfplumber.open(p).pages] for p in pdfs], 1)
        print(f"real PDFs: {len(pdfs)} files, {pages} pages: our reader {pages / ours:.1f} pages/s, "
              f"pdfplumber extract_text {pages / plain:.1f} pages/s")


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


if __name__ == "__main__":
    main()
