"""Generate a corpus of N reports from the bundled sample reports, for benchmarks.

Each report is one of the samples (so every layout the project reads is present) moved to
another district or county of China, another fiscal year, and other money figures. Files are
laid out as ``<province>/<city>/<n>_<sample>.txt``.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

from pipelines.extract.regions import gazetteer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
_MONEY = re.compile(r"(\d[\d,]*\.\d{2})(\s*(?:万元|元|亿元))")
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


def _sample_places() -> dict[str, tuple[str | None, str | None, str | None]]:
    from tests.sample_expectations import EXPECTED

    return {name: (e["report"]["province"], e["report"]["city"], e["report"]["district"]) for name, e in EXPECTED.items()}


def generate(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    places = _places()
    known = _sample_places()
    samples = sorted(SAMPLES.glob("*.txt"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in samples}
    written = []
    for i in range(n):
        name = samples[i % len(samples)].name
        text = texts[name]
        province, city, district = rng.choice(places)
        old = known.get(name, (None, None, None))
        for before, after in zip(old, (province, city, district)):
            if before and after and not (before == old[1] and old[2] is None and False):
                text = text.replace(before, after)
        shift = rng.randint(-4, 1)
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
        factor = Decimal(rng.randint(70, 130)) / 100
        text = _MONEY.sub(lambda m: f"{(Decimal(m.group(1).replace(',', '')) * factor):.2f}{m.group(2)}", text)
        path = folder / province / city / f"{i:06d}_{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
