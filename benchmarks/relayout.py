"""Re-lay report texts the way other sites publish the same forms, to measure how well a rule generalises.

    python benchmarks/relayout.py ../shared/real-dev/docs /tmp/relaid            # every layout
    python benchmarks/relayout.py ../shared/seeds /tmp/relaid --modes wrap --width 20-26

Each layout is a folder of copies under the output folder (``/tmp/relaid/cells/…``); build a warehouse
from one with the headless command and grade it with ``../shared/score.py`` against the same gold:
a score that drops against the original texts is a layout the rules do not yet understand. The copies
hold third-party text: keep them outside the project.

Layouts (a table row is a line of ``|`` cells, or a Word export's tab-opened cells closed by a blank line):
- ``tabs``: cells joined by tabs; ``pipes``: ``a | b | c |``; ``cells``: one non-empty cell a line;
  ``spaces``: non-empty cells joined by three spaces (a page's text copied from a browser);
- ``wrap``: running text hard-wrapped at a fixed width (a PDF's text), tables left as they are.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

TABLE_MODES = ("tabs", "pipes", "cells", "spaces")
MODES = (*TABLE_MODES, "wrap")


def blocks(lines: list[str]) -> list[tuple[str, list[str] | str]]:
    """("row", cells) and ("text", line) in order: pipe rows, tab rows, and Word-export rows (a line
    opening with a tab holds cells of the row, an untabbed line continues the cell above, a blank line
    ends the row)."""
    out: list[tuple[str, list[str] | str]] = []
    word: list[str] | None = None
    for line in lines:
        if word is not None:
            if line.startswith("\t"):
                word.extend(c.strip() for c in line.split("\t")[1:])
                continue
            if line.strip():
                word[-1] += line.strip()
                continue
            out.append(("row", word))
            word = None
            continue  # (the blank line closing the row is the row's end, not text)
        if line.startswith("\t"):
            word = [c.strip() for c in line.split("\t")[1:]]
        elif "|" in line:
            out.append(("row", [c.strip() for c in line.strip().strip("|").split("|")]))
        elif "\t" in line:
            out.append(("row", [c.strip() for c in line.split("\t")]))
        else:
            out.append(("text", line))
    if word is not None:
        out.append(("row", word))
    return out


def relay_table(text: str, mode: str) -> str:
    out: list[str] = []
    for kind, item in blocks(text.split("\n")):
        if kind == "text":
            out.append(item)
            continue
        cells = list(item)
        while cells and not cells[-1]:
            cells.pop()
        filled = [c for c in cells if c]
        if mode == "tabs":
            out.append("\t".join(cells))
        elif mode == "pipes":
            out.append(" | ".join(cells) + " |")
        elif mode == "cells":
            out.extend(filled)
        else:
            out.append("   ".join(filled))
    return "\n".join(out)


def wrap(text: str, low: int, high: int, rng: random.Random) -> str:
    """Running text (no table separators, fewer than three spaces) longer than ``high`` cut into lines of
    one width drawn between ``low`` and ``high`` per paragraph."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= high or "|" in line or "\t" in line or line.count(" ") >= 3:
            out.append(line)
            continue
        width = rng.randint(low, high)
        out.extend(line[i: i + width] for i in range(0, len(line), width))
    return "\n".join(out)


def relay(text: str, mode: str, width: tuple[int, int] = (28, 38), seed: int = 7) -> str:
    if mode == "wrap":
        return wrap(text, *width, random.Random(seed))
    if mode not in TABLE_MODES:
        raise ValueError(f"unknown layout {mode!r}: one of {', '.join(MODES)}")
    return relay_table(text, mode)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="folder of .txt reports")
    ap.add_argument("out", type=Path, help="folder to write one sub-folder per layout into")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    ap.add_argument("--width", default="28-38", help="wrap width range, e.g. 20-26")
    args = ap.parse_args(argv)
    low, high = (int(x) for x in args.width.split("-"))
    files = sorted(args.source.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {args.source}")
    for mode in args.modes.split(","):
        folder = args.out / mode
        folder.mkdir(parents=True, exist_ok=True)
        for f in files:
            text = f.read_text(encoding="utf-8")
            (folder / f.name).write_text(relay(text, mode, (low, high)), encoding="utf-8")
        print(f"{mode}: {len(files)} files in {folder}")


if __name__ == "__main__":
    main()
