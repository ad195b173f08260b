"""Generate a corpus of N reports for benchmarks, from the bundled samples or from real reports.

Each report is one of the source reports (so every layout of the source is present) moved to
another district or county of China, another fiscal year and other money figures; no two files
have the same bytes (a repeat would be one report, not N). Files are laid out as
``<province>/<city>/<n>_<source name>.txt``.

Sources: ``samples`` (the project's ``sample_reports``, ~3 KB each) or ``seeds`` (real reports of
8-16 KB in ``../shared/seeds``, read at run time: their text is never part of the project). The
place names to replace are what our own extraction finds in each source report.
"""

from __future__ import annotations

import hashlib
import random
import re
from decimal import Decimal
from pathlib import Path

from pipelines.extract.regions import gazetteer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
SEEDS = ROOT.parent / "shared" / "seeds"
# A money figure: with a unit, or bare (the 万元 tables of real reports); never a rate (followed by %).
_MONEY = re.compile(r"(?<![\d.])(\d[\d,]*\.\d{2})(?!\d)(\s*(?:万元|亿元|元))?(?!\s*[%％])")
_YEAR = re.compile(r"(?<!\d)(20[12]\d)(?=\s*年)")


def _places():
    g = gazetteer()
    out = []
    for p in g.by_code.values():
        if p.level == "district" and p.name.endswith(("区", "县")) and len(g.by_name.get(p.name, [])) == 1:
            r = g.region_of(p)
            if r.province and r.city and r.city != r.province:
                out.append((r.province, r.city, p.name))
    return sorted(out)


def source_folder(source: str | Path) -> Path:
    """``samples``, ``seeds`` or a folder of .txt reports."""
    if source == "samples":
        return SAMPLES
    if source == "seeds":
        return SEEDS
    return Path(source)


def source_places(files: list[Path]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """(province, city, district) of each source report, as the pipeline itself reads them."""
    from pipelines.process import process_file

    out = {}
    for p in files:
        report = process_file(p, p.name).report or {}
        out[p.name] = (report.get("province"), report.get("city"), report.get("district"))
    return out


def _scale(m: re.Match, factor: Decimal) -> str:
    value = Decimal(m.group(1).replace(",", ""))
    # A bare figure up to 100 may be a score or a weight (分值/得分): left as written.
    if not m.group(2) and value <= 100:
        return m.group(0)
    return f"{value * factor:.2f}{m.group(2) or ''}"


def generate(folder: Path, n: int, seed: int = 7, source: str | Path = "samples") -> list[Path]:
    rng = random.Random(seed)
    places = _places()
    sources = sorted(source_folder(source).glob("*.txt"))
    if not sources:
        raise FileNotFoundError(f"no .txt reports in {source_folder(source)}")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sources}
    known = source_places(sources)
    written, hashes = [], set()
    for i in range(n):
        name = sources[i % len(sources)].name
        for _attempt in range(100):  # redraw on the rare repeat of place, year and factor: every file's bytes differ
            province, city, district = rng.choice(places)
            # One pass over all old names, so a new name is never replaced again.
            swap = {old: new for old, new in zip(known[name], (province, city, district)) if old and old != new}
            text = texts[name]
            if swap:
                pattern = re.compile("|".join(map(re.escape, sorted(swap, key=len, reverse=True))))
                text = pattern.sub(lambda m: swap[m.group(0)], text)
            shift = rng.randint(-4, 1)
            text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
            factor = Decimal(rng.randint(700, 1300)) / 1000
            text = _MONEY.sub(lambda m: _scale(m, factor), text)
            data = text.encode("utf-8")
            digest = hashlib.sha256(data).digest()
            if digest not in hashes:
                hashes.add(digest)
                break
        else:
            raise ValueError(f"{name}: no place, year or money figure to vary, so its copies would be identical")
        path = folder / province / city / f"{i:06d}_{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written
