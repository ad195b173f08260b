"""Page geometry for the PDF reader: characters into lines and words, ruling lines into table grids.

Plain functions over plain tuples, so that each rule is tested without a PDF. Coordinates are in
points, top-down (``top`` grows down the page), as the reader hands them over:

- a character is ``(x0, top, x1, bottom, text)``;
- a horizontal rule is ``(y, x0, x1)``, a vertical rule ``(x, top, bottom)``.

The rules are those of pdfplumber's text and table finders (what the reader used before it moved
to PDFium), with the same tolerances, so that a PDF reads as it did: these versions work on tuples
and indexes instead of dicts and run some ten times faster, which is the point of the move.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

Char = tuple[float, float, float, float, str]
Rule = tuple[float, float, float]
Cell = tuple[float, float, float, float]  # x0, top, x1, bottom

TOLERANCE = 3  # points: how far apart two glyphs of a word, two lines' tops, two rules' ends may be
MIN_RULE = 3  # a rule shorter than this (after joining) is a tick, a dot or a table's corner


@dataclass(slots=True)
class Line:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    chars: list[Char]  # the glyphs of its words, left to right (no spaces)


def _clusters(values, tolerance: float) -> dict[float, int]:
    """Each value's cluster number: sorted values no further than ``tolerance`` apart share one."""
    out: dict[float, int] = {}
    k, last = -1, None
    for v in sorted(set(values)):
        if last is None or v > last + tolerance:
            k += 1
        out[v] = k
        last = v
    return out


def lines(chars: list[Char]) -> list[Line]:
    """Glyphs into lines, top to bottom: glyphs whose tops are within TOLERANCE chain into one line,
    read left to right; a space, a step back or a gap wider than TOLERANCE starts a new word, and
    words are joined by one space."""
    if not chars:
        return []
    cluster = _clusters([c[1] for c in chars], TOLERANCE)
    groups: list[list[Char]] = [[] for _ in range(max(cluster.values()) + 1)]
    for c in chars:
        groups[cluster[c[1]]].append(c)
    out: list[Line] = []
    for group in groups:
        group.sort(key=_x0)
        parts: list[str] = []
        used: list[Char] = []
        p = None  # the last glyph of the word being read
        for c in group:
            t = c[4]
            if t.isspace():
                p = None
                continue
            if p is not None and (c[0] < p[0] or c[0] > p[2] + TOLERANCE or abs(c[1] - p[1]) > TOLERANCE):
                p = None
            if p is None and used:
                parts.append(" ")
            parts.append(t)
            used.append(c)
            p = c
        if not used:
            continue
        out.append(Line(text="".join(parts), x0=min(c[0] for c in used), top=min(c[1] for c in used),
                        x1=max(c[2] for c in used), bottom=max(c[3] for c in used), chars=used))
    return out


def _x0(c: Char) -> float:
    return c[0]


def text(chars: list[Char]) -> str:
    """A cell's text: its lines run together (a cell's line breaks are layout, not content)."""
    return "".join(line.text for line in lines(chars))


def dedupe(chars: list[Char]) -> list[Char]:
    """Drop a glyph printed again within a point or so of the same glyph (fake bold: a font without
    a bold face prints each character twice, a fraction of a point apart)."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Char] = []
    for c in chars:
        t, x, y = c[4], int(c[0]), int(c[1])
        if ((t, x, y) in seen or (t, x - 1, y) in seen or (t, x + 1, y) in seen or (t, x, y - 1) in seen
                or (t, x, y + 1) in seen or (t, x - 1, y - 1) in seen or (t, x + 1, y + 1) in seen
                or (t, x - 1, y + 1) in seen or (t, x + 1, y - 1) in seen) and not t.isspace():
            continue
        seen.add((t, x, y))
        out.append(c)
    return out


# --- rules into tables --------------------------------------------------------------------------

def _merge(rules: list[Rule]) -> list[Rule]:
    """Snap rules whose positions are within TOLERANCE to their mean position, join collinear rules
    whose ends are within TOLERANCE, and drop the short ones."""
    rules = [r for r in rules if r[2] - r[1] >= 1]
    cluster = _clusters((r[0] for r in rules), TOLERANCE)
    members: dict[int, list[Rule]] = {}
    for r in rules:
        members.setdefault(cluster[r[0]], []).append(r)
    out: list[Rule] = []
    for group in members.values():
        at = sum(r[0] for r in group) / len(group)
        group.sort(key=lambda r: r[1])
        start, end = group[0][1], group[0][2]
        for _, a, b in group[1:]:
            if a <= end + TOLERANCE:
                end = max(end, b)
            else:
                out.append((at, start, end))
                start, end = a, b
        out.append((at, start, end))
    return [r for r in out if r[2] - r[1] >= MIN_RULE]


def find_tables(horizontal: list[Rule], vertical: list[Rule]) -> list[list[Cell]]:
    """The ruled tables drawn by these rules, each as its cells, top to bottom.

    Where a vertical and a horizontal rule cross (or come within TOLERANCE) is a corner; a cell is
    the smallest rectangle of four corners whose sides run along rules; cells sharing a corner make
    one table. A cell spanning several columns or rows (a merged cell) has no corner inside it, so
    it stays one cell.
    """
    hs, vs = _merge(horizontal), _merge(vertical)
    if not hs or not vs:
        return []
    t = TOLERANCE
    # corner -> (indexes of the vertical rules through it, indexes of the horizontal ones)
    corners: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    for i, (x, top, bottom) in enumerate(vs):
        for j, (y, x0, x1) in enumerate(hs):
            if top <= y + t and bottom >= y - t and x0 - t <= x <= x1 + t:
                c = corners.setdefault((x, y), (set(), set()))
                c[0].add(i)
                c[1].add(j)
    down: dict[float, list[float]] = {}  # x -> the corners' ys on it
    across: dict[float, list[float]] = {}  # y -> the corners' xs on it
    for x, y in sorted(corners):
        down.setdefault(x, []).append(y)
        across.setdefault(y, []).append(x)

    def vertical_link(x: float, y0: float, y1: float) -> bool:
        return not corners[(x, y0)][0].isdisjoint(corners[(x, y1)][0])

    def horizontal_link(y: float, x0: float, x1: float) -> bool:
        return not corners[(x0, y)][1].isdisjoint(corners[(x1, y)][1])

    cells: list[Cell] = []
    for x, y in sorted(corners):
        ys, xs = down[x], across[y]
        found = None
        for by in ys[bisect.bisect_right(ys, y):]:
            if not vertical_link(x, y, by):
                continue
            for rx in xs[bisect.bisect_right(xs, x):]:
                if (horizontal_link(y, x, rx) and (rx, by) in corners
                        and vertical_link(rx, y, by) and horizontal_link(by, x, rx)):
                    found = (x, y, rx, by)
                    break
            if found:
                break
        if found:
            cells.append(found)
    return _group(cells)


def _group(cells: list[Cell]) -> list[list[Cell]]:
    """Cells into tables: those sharing a corner, directly or through others, are one table; a
    lone cell is a box, not a table."""
    by_corner: dict[tuple[float, float], list[int]] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            by_corner.setdefault(corner, []).append(i)
    table_of = [-1] * len(cells)
    tables: list[list[Cell]] = []
    for start in range(len(cells)):
        if table_of[start] >= 0:
            continue
        table_of[start] = len(tables)
        todo, members = [start], []
        while todo:
            i = todo.pop()
            members.append(cells[i])
            x0, top, x1, bottom = cells[i]
            for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
                for j in by_corner[corner]:
                    if table_of[j] < 0:
                        table_of[j] = len(tables)
                        todo.append(j)
        tables.append(members)
    tables = [t for t in tables if len(t) > 1]
    return sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))


def bbox(cells: list[Cell]) -> Cell:
    return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))


def table_rows(cells: list[Cell], chars: list[Char]) -> list[list[str]]:
    """The table's rows of cell texts. Columns are the cells' distinct left edges; a cell spanning
    several columns gives its text to the first and "" to the others, a cell spanning rows to its
    top row. A glyph belongs to the cell its centre is in."""
    xs = sorted({c[0] for c in cells})
    col = {x: i for i, x in enumerate(xs)}
    by_top: dict[float, list[Cell]] = {}
    for c in cells:
        by_top.setdefault(c[1], []).append(c)
    placed = sorted((((c[1] + c[3]) / 2, (c[0] + c[2]) / 2), c) for c in chars)
    mids = [p[0][0] for p in placed]
    rows: list[list[str]] = []
    for top in sorted(by_top):
        row = [""] * len(xs)
        for x0, _, x1, bottom in by_top[top]:
            inside = [c for (_, h), c in placed[bisect.bisect_left(mids, top):bisect.bisect_left(mids, bottom)]
                      if x0 <= h < x1]
            row[col[x0]] = text(inside)
        rows.append(row)
    return rows
