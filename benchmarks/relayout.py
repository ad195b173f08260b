"""Re-lay report texts the way other sites publish the same forms, to measure how well a rule generalises.

    python benchmarks/relayout.py ../shared/real-dev/docs /tmp/relaid            # every layout
    python benchmarks/relayout.py ../shared/seeds /tmp/relaid --modes wrap --width 20-26

Each layout is a folder of copies under the output folder (``/tmp/relaid/cells/…``); build a warehouse
from one with the headless command and grade it with ``../shared/score.py`` against the same gold:
a score that drops against the original texts is a layout the rules do not yet understand. The copies
hold third-party text: keep them outside the project.

Layouts (a table row is a line of ``|`` cells, or a Word export's tab-opened cells closed by a blank line):
- ``tabs``: cells joined by tabs; ``pipes``: ``a | b | c |``; ``cells``: one non-empty cell a line;
  ``spaces``: non-empty cells joined by three spaces (a page's text copied from a browser); ``oneline``: a
  table's rows run together on one line, its non-empty cells parted by one space (a whole form on one line);
  ``spread``: pipe rows whose short Chinese cells have a space between their characters (项 目 名 称: a PDF's
  text of cells aligned to fill their width);
- ``wrap``: running text hard-wrapped at a fixed width (a PDF's text), tables left as they are.

Pages (the report's own text left as it is, what a site puts around it added, in words of our own):
- ``footer``: the site's footer after the report (attachments, 上一篇/下一篇, 网站标识码, ICP备, 版权所有);
- ``links``: a list of the site's other articles above it (other units' reports of other years, dated);
- ``menu``: the site's menu above it, one item a line;
- ``publisher``: a site header naming the county's finance bureau as the publisher (发布机构, breadcrumbs).

Excerpts: ``--cut 1000,1500`` also writes each copy cut to its first N bytes (at a character boundary), as
a site keeps the first bytes of a page, into ``<mode>-cut<N>/`` (mode ``original``: the text as it is).
Graded against the same gold, recall drops with what the cut leaves out; precision and field accuracy
should not: a cut copy read as holding a row, an amount or a field its whole text does not is a rule
that takes a piece for a whole.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

TABLE_MODES = ("tabs", "pipes", "cells", "spaces", "oneline", "spread")
PAGE_MODES = ("footer", "links", "menu", "publisher")
MODES = (*TABLE_MODES, "wrap", *PAGE_MODES)

_SPREAD_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}$")  # a short cell of Chinese characters only: a label, a name
_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
_MENU = ("首页", "政务公开", "政务服务", "互动交流", "走进本地", "信息公开指南", "法定主动公开内容", "机构职能", "政策文件",
         "财政信息", "预算公开", "决算公开", "绩效评价", "政府采购", "统计信息", "专题专栏", "办事指南", "通知公告")


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
    form: list[str] = []  # oneline: the filled cells of the table's rows so far
    for kind, item in blocks(text.split("\n")):
        if kind == "text":
            if form:
                out.append(" ".join(form))
                form = []
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
        elif mode == "oneline":
            form.extend(filled)
        elif mode == "spread":
            out.append(" | ".join(" ".join(c) if _SPREAD_CELL.match(c) else c for c in cells) + " |")
        else:
            out.append("   ".join(filled))
    if form:
        out.append(" ".join(form))
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


def page(text: str, mode: str, rng: random.Random) -> str:
    """``text`` with what a site puts around it (``PAGE_MODES``); the year of the lists' links and dates is
    the first year the text writes, or 2022."""
    m = _YEAR.search(text)
    year = int(m.group()) if m else 2022
    if mode == "footer":
        return "\n".join([text, "", "相关附件：", f"{year}年度绩效自评表.xlsx", "上一篇：关于调整办公时间的通知",
                          "下一篇：政府信息公开工作年度报告", "主办单位：人民政府办公室 网站标识码：1234000001",
                          "ICP备00000000号-1 公网安备00000000000号", f"版权所有 © 2019-{year + 2}"])
    if mode == "links":
        head = ["最新信息", f"某县交通运输局{year - 1}年度部门整体支出绩效自评报告 {year}-06-18",
                f"某县教育体育局{year - 2}年度项目支出绩效自评表 [{year - 1}/07/02]",
                f"关于{year + 1}年部门预算公开的说明 {year + 1}-02-11", ""]
        return "\n".join(head) + "\n" + text
    if mode == "menu":
        return "\n".join(rng.choice(_MENU) for _ in range(45)) + "\n" + text
    if mode == "publisher":
        head = ["某县人民政府门户网站", "当前位置：首页 > 信息公开 > 某县财政局 > 预决算公开",
                f"索引号：11000000X/{year + 1}-0001 发布机构：某县财政局",
                f"发布日期：{year + 1}-05-10 来源：某县财政局 浏览次数：128", "【字体：大 中 小】 【打印】 【关闭】", ""]
        return "\n".join(head) + "\n" + text
    raise ValueError(f"unknown page {mode!r}: one of {', '.join(PAGE_MODES)}")


def cut(text: str, size: int) -> str:
    """The first ``size`` bytes of ``text`` in UTF-8, a character cut in two left out."""
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def relay(text: str, mode: str, width: tuple[int, int] = (28, 38), seed: int = 7) -> str:
    if mode == "original":
        return text
    if mode == "wrap":
        return wrap(text, *width, random.Random(seed))
    if mode in PAGE_MODES:
        return page(text, mode, random.Random(seed))
    if mode not in TABLE_MODES:
        raise ValueError(f"unknown layout {mode!r}: one of {', '.join(MODES)}")
    out = relay_table(text, mode)
    # a text whose last cell was closed (a space, a bar or a line break after it) keeps a closed end: an
    # excerpt cut inside its last cell is told by its open end
    return out + "\n" if text[-1:] in (" ", "\t", "\n", "|") and not out.endswith("\n") else out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="folder of .txt reports")
    ap.add_argument("out", type=Path, help="folder to write one sub-folder per layout into")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    ap.add_argument("--width", default="28-38", help="wrap width range, e.g. 20-26")
    ap.add_argument("--cut", default="", help="byte lengths, e.g. 1000,1500: also write each copy cut to them")
    args = ap.parse_args(argv)
    low, high = (int(x) for x in args.width.split("-"))
    sizes = [int(x) for x in args.cut.split(",") if x]
    files = sorted(args.source.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {args.source}")
    for mode in args.modes.split(","):
        copies = {f.name: relay(f.read_text(encoding="utf-8"), mode, (low, high)) for f in files}
        for size in [None, *sizes]:
            folder = args.out / (mode if size is None else f"{mode}-cut{size}")
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in copies.items():
                (folder / name).write_text(text if size is None else cut(text, size), encoding="utf-8")
            print(f"{folder.name}: {len(copies)} files in {folder}")


if __name__ == "__main__":
    main()
