"""The report's title and what it says: the unit, the year, the kind of report.

A title is written ``[unit][year][project][kind words]<keyword>[(year)][(project)]``:
``某县民政局2020年度预算项目绩效自评表``, ``2023年度某市某局部门整体支出绩效自评报告``,
``某单位2022年度项目支出绩效自评报告(春节慰问经费)``, ``项目支出绩效自评表`` / ``(2023年度)``.
Pages add chrome around it (``附件1：``, ``名称：``, a file name ending ``.pdf``, ``[点击下载]``, the
cells of a metadata row) and break it over lines (``某局2021年度`` / ``项目绩效自评报告``,
``某局`` / ``2024年度转移支付资金`` / ``绩效自评报告``). ``find_titles`` finds the title lines near
the top of the document and ``parse_title`` reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract import vocabulary as V
from pipelines.model import Document
from pipelines.page_chrome import TITLE_WORDS, page_menu
from pipelines.normalise import compact

# How far down the document a title is looked for (non-empty lines, a site's menu passed over: page_chrome).
TITLE_SCAN_LINES = 40
# A title's text before its keyword is at most this long; a longer line is a sentence.
_TITLE_HEAD = 60
# A line above the title that may be part of it (a unit, a year, a fund's name) is short.
_FRAGMENT = 30
# At most this many lines above a title's keyword line are joined to it.
_MAX_JOINED = 2
_PLACE_LINE = 10  # a place alone on the line above a title's upper part (某某县)

# A year in Chinese numerals: 二〇二三 / 二零二三 / 一九九八 (〇, 零 and ○ all write zero).
_CN_YEAR = "(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}"
_CN_YEAR_RE = re.compile(rf"{_CN_YEAR}(?=\s*年)")
# a month or day as written: 三, 十, 十二, 二十, 三十一 (not 三九 or 十十, which are no number: left as they are)
_CN_MONTH_DAY_RE = re.compile(r"(?<=[年月])(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[月日])")
_CN_DIGITS = {**{c: str(i) for i, c in enumerate("〇一二三四五六七八九")}, "零": "0", "○": "0"}
# A year in a title: 2021年度, 2021年, (2021年度), or bare before the report's words (某局2021部门整体…).
# (a year opening a date, 2025年12月04日, says when the page was seen or filled in, not which year it reports)
_TITLE_YEAR = re.compile(r"[(（]?(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)(?!\s*年\s*\d{1,2}\s*月)\s*(?:年度|年|(?=[\u4e00-\u9fff]))[)）]?")
_YEAR_ONLY_LINE = re.compile(rf"^[(（]?\s*(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年度?\s*[)）]?$")
# A unit and a year on their own line, above the rest of the title (某局2021年度).
_UNIT_YEAR_LINE = re.compile(r"^(?P<unit>\D{2,25}?)\s*(?:19|20)\d{2}\s*年度?$")
# …and the kind of the report after them, the keyword on the line below (某局2023年度部门整体支出).
_UNIT_YEAR_KIND_LINE = re.compile(r"^(?P<unit>\D{2,25}?)\s*(?:19|20)\d{2}\s*年度?(?P<rest>\D{2,12})$")
# A year opening the line and words after it, no date (2023年度某县农村饮水安全工程 / 项目支出绩效自评报告).
_YEAR_LEAD_LINE = re.compile(r"^(?:19|20)\d{2}年度?(?![\d月])\D{2,25}$")
# A project's or a fund's name ends so (某县乡村道路养护项目 / 2023年度绩效自评报告).
_PROJECT_NAME_END = re.compile(r"(?:项目|工程|资金|经费|补助|补贴|专项)$")
_BRACKETS = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")
_BRACKET_LINE = re.compile(r"^[(（][^()（）]{1,40}[)）]$")
_CELL_SPLIT = re.compile(r"[\t|]")
_KIND_RE = {kind: re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
            for kind, words in V.REPORT_KIND_WORDS.items()}
# A unit named by its level alone after the year (2023年度区疾控中心…), not a level of funds (市级…).
_BARE_LEVEL_UNIT = re.compile(rf"^[{V.BARE_LEVELS}](?!级)")
# a township's unit after the year (2023年度某某镇人民政府…): towns are not in the gazetteer; 城乡/乡镇 are no town
_TOWN_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?<![乡镇城])(?:镇|乡|街道)(?![镇村])")
_PLACE_MAX = 8  # a place name written before the year, with its level (某某自治县)
# 乡/镇/街道 at most one character after a place's level (某县乡村…, 某县城乡…, 某县乡镇…): a word (乡村, 城乡) or the
# county's townships as a whole, not one township's name, which takes two characters or more (某县某某镇)
_NO_TOWNSHIP = re.compile(rf"[{V.BARE_LEVELS}].?(?:乡|镇|街道)$")
_CODE_PREFIX = re.compile(r"^[A-Za-z0-9]{2,}[-－—_.、:：\s]+")


def arabic_years(text: str) -> str:
    """Rewrite Chinese-numeral years and dates in digits (二〇二三年度 -> 2023年度,
    二〇二四年三月十五日 -> 2024年3月15日): the year rules read digits only."""
    if _CN_NUMERAL_HINT.search(text) is None:
        return text  # (most texts: no year or date in Chinese numerals can be there)
    text = _CN_YEAR_RE.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group()), text)
    return _CN_MONTH_DAY_RE.sub(lambda m: _small_cn_number(m.group()), text)


# A character every match of _CN_YEAR_RE (一九…, 二〇/二零/二○…) or _CN_MONTH_DAY_RE (…月, …日) holds.
_CN_NUMERAL_HINT = re.compile("[九〇零○月日]")


def _small_cn_number(cn: str) -> str:
    # 三 -> 3, 十 -> 10, 十二 -> 12, 二十 -> 20, 三十一 -> 31
    if "十" not in cn:
        return _CN_DIGITS[cn]
    tens, _, units = cn.partition("十")
    return str(int(_CN_DIGITS.get(tens, "1")) * 10 + int(_CN_DIGITS.get(units, "0")))


@dataclass(frozen=True)
class Title:
    text: str  # the title as written (compact, chrome removed)
    line_no: int  # its first line
    unit: str | None = None  # the organisation it names
    unit_line_no: int | None = None
    year: int | None = None
    kind: str | None = None  # "project" | "department_overall" when its words say


def kind_of(text: str) -> str | None:
    """The kind of report the words of a title or form name: the first kind word wins."""
    best: tuple[int, str] | None = None
    for kind, pattern in _KIND_RE.items():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else None


def is_unit(name: str | None) -> bool:
    """An organisation's name: ends like one, is not a bare level word or a form's wording."""
    return bool(name) and 3 <= len(name) <= 40 and bool(V.UNIT_SUFFIX.search(name)) and not any(
        w in name for w in ("绩效", "自评", "报告", ":", "：", "评价")) and not name[0].isdigit() \
        and not name.endswith(V.FACILITY_ENDS)


def unit_prefix(text: str, places=None) -> str | None:
    """The longest beginning of ``text`` that is a unit's name (某县某某镇某某社区… -> 某县某某镇)."""
    text = _CODE_PREFIX.sub("", text)
    for end in range(min(len(text), 40), 2, -1):
        if is_unit(text[:end]) and text[end - 1: end + 1] not in V.NOT_UNIT_END and not _NO_TOWNSHIP.search(text, 0, end):
            name = text[:end]
            if text[end: end + 1] in (")", "）") and name.count("(") + name.count("（") > name.count(")") + name.count("）"):
                name += text[end]  # 某局(某某执法局): the bracket the name opened is closed
            return name
    return None


# A site's name and the dash joining it to the page's title in a browser's title line (某区人民政府-某局…报告);
# a unit's name never holds a dash.
_SITE_PREFIX = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,25}?)[-_—–]{1,2}(?=[\u4e00-\u9fff(（\d])")


def parse_title(text: str, line_no: int, starts_with_place=None) -> Title:
    """Read a title: its unit (before the year, or right after it when it opens with a place name),
    its year and its kind. ``starts_with_place(s)`` says whether ``s`` opens with a place name."""
    t = arabic_years(compact(text) or "")
    if (site := _SITE_PREFIX.match(t)) is not None and (V.PUBLISHING_UNIT.search(site.group("site"))
                                                       or site.group("site").endswith(_SITE_ENDS)):
        # 某区人民政府-关于某局2022年度…的报告 (a browser's title: the site's name, a dash, the page's title): the
        # site's name is no part of the unit, which the title after it names
        rest = parse_title(t[site.end():], line_no, starts_with_place)
        if rest.unit is not None:
            return Title(text=compact(text) or "", line_no=line_no, unit=rest.unit, unit_line_no=line_no,
                         year=rest.year, kind=rest.kind)
    if not t.startswith("关于") and 0 < (about := t.find("关于")) <= 40 and is_unit(t[:about]):
        # 某财政局关于某自然资源局2023年度…结果的公告: the publisher's notice about another unit's report, whose unit is
        # the one after 关于 (关于2023年度… names none: the publisher's own report)
        rest = t[about:]
        rest = rest[(m.end() if (m := V.COVER_NOTICE_HEAD.match(rest)) else 2):]
        year_at = _TITLE_YEAR.search(rest)
        if year_at is not None and year_at.start() > 0 and unit_prefix(rest[: year_at.start()]) is not None:
            t = t[about:]
    if t.startswith("关于"):  # 关于某局2023年度部门整体支出绩效自评的报告 / 关于公示某局2023年度…的公告
        t = t[(m.end() if (m := V.COVER_NOTICE_HEAD.match(t)) else 2):]
    kw = V.TITLE_KEYWORDS.search(t)
    head = t[: kw.start()] if kw else t
    kind = kind_of(t)
    kind_at = min((m.start() for p in _KIND_RE.values() if (m := p.search(head))), default=len(head))
    year_m = _TITLE_YEAR.search(t)
    year = int(year_m.group("year")) if year_m else None
    unit = None
    if year_m is not None and year_m.start() < kind_at:
        pre, post = t[: year_m.start()], t[year_m.end(): kind_at]
    else:
        pre, post = t[:kind_at], ""
    if pre.endswith(("(", "（")):  # (the compact text holds no line break for ``$`` to stop before)
        pre = pre[:-1]
    if (about := pre.find("关于")) > 0 and is_unit(pre[:about]):
        # 关于 ends the publisher's name: the unit after it the report is about (某中心关于某局部门整体支出…), else the
        # publisher (某局关于局属单位2022年度…的公告: no one unit after it)
        pre = pre[about + 2:] if unit_prefix(pre[about + 2:]) is not None else pre[:about]
    if pre:
        unit = unit_prefix(pre)
    if unit is None and post and ((starts_with_place is not None and starts_with_place(post))
                                  or _BARE_LEVEL_UNIT.match(post) or _TOWN_LEAD.match(post)):
        unit = unit_prefix(post)
    if unit is None and post and not pre and kind_at < len(head) and is_unit(post):
        unit = post  # 2023年度文广旅体局整体支出…: the whole span from the year to the kind words names a unit
    if unit is None and post and pre and len(pre) <= _PLACE_MAX and pre[-1] in V.BARE_LEVELS \
            and starts_with_place is not None and starts_with_place(pre):
        unit = unit_prefix(pre + post)  # 某市2024年度第一中学…: the place, the year, then the unit under it
    if unit is None and kw:
        # a unit in brackets after the keyword: …自评表(某局某分局)
        m = _BRACKETS.match(t, kw.end())
        inner = m.group(0).strip()[1:-1] if m else ""
        if inner and is_unit(inner) and kind_of(inner) is None:
            unit = inner
    return Title(text=compact(text) or "", line_no=line_no, unit=unit, unit_line_no=line_no if unit else None,
                 year=year, kind=kind)


def is_form_heading(line: str) -> bool:
    """A line (or a cell) of its own that heads a form: short, no cells, no sentence (附件1, 项目支出绩效自评表, (2023年度))."""
    text = line.strip()
    if not text or len(text) > V.FORM_HEADING_MAX or "|" in text or "\t" in text:
        return False
    c = compact(text) or ""
    return V.FORM_HEADING.search(c) is not None and V.NOT_A_TITLE.search(c) is None


# A fund's or a project's name after the title's unit: two characters or more, then the word that ends such a name.
_FUND_NAME_AFTER = re.compile(r"[\u4e00-\u9fff()（）]{2,30}?(?:项目|工程|资金|经费|补助|补贴)")


def unit_opens_fund_name(title: Title) -> bool:
    """The title's unit is the opening words of the fund's or project's name the title goes on with
    (某市乡镇综合文化站免费开放补助资金, 某市乡镇(街道)财政所业务经费项目, 某市2021年省级某某驻镇帮镇扶村资金): the units
    the fund is for, or a fragment of its name, not necessarily the unit reporting. Words naming the kind of
    report (专项资金, 项目支出, 部门整体) are no fund's name."""
    if not title.unit:
        return False
    t = arabic_years(title.text)
    at = t.find(title.unit)
    if at < 0:  # a unit read across the year (某市2021年某某…): the year left out
        t = _TITLE_YEAR.sub("", t, count=1)
        if (at := t.find(title.unit)) < 0:
            return False
    m = _FUND_NAME_AFTER.match(t, at + len(title.unit))
    return m is not None and not any(p.match(m.group()) for p in _KIND_RE.values())


def _non_empty(doc: Document, limit: int) -> list[tuple[int, str]]:
    limit += page_menu(doc)[1]  # (a site's menu opening the page counts for nothing)
    out = []
    for no, line in enumerate(doc.lines, start=1):
        s = line.strip()
        if s:
            out.append((no, s))
            if len(out) >= limit:
                break
    return out


def _first_cell(line: str) -> tuple[str, bool]:
    """The first non-empty cell of a line, and whether the line has other cells."""
    if "\t" not in line and "|" not in line:
        return line.strip(), False  # one cell (most lines): nothing to split
    cells = [c.strip() for c in _CELL_SPLIT.split(line) if c.strip()]
    return (cells[0] if cells else ""), len(cells) > 1


def _title_text(cell: str, notice: bool = False) -> str | None:
    """The title inside a cell: chrome removed, cut after its keyword (and a bracket or two that
    follow: (2022年度), (春节慰问经费)); None when the cell is no title, or a cover notice's title
    (with ``notice``: the notice's title alone, cut after its keyword)."""
    cell = compact(cell) or ""
    if (">" in cell or "»" in cell or "›" in cell or "→" in cell) and (crumb := V.BREADCRUMB.match(cell)) is not None:
        cell = cell[crumb.end():]
    cell = V.TITLE_CHROME.sub("", cell)
    if "《" in cell[:3]:
        cell = cell.split("《", 1)[1]
    kw = V.TITLE_KEYWORDS.search(cell, 0, _TITLE_HEAD + 12)
    if kw is None or kw.start() > _TITLE_HEAD or V.NOT_A_TITLE.search(cell[: kw.start()]) \
            or V.NOT_A_TITLE_LEAD.search(cell[: kw.start()]):
        return None
    if (V.COVER_NOTICE_HEAD.search(cell, 0, kw.start()) or V.COVER_NOTICE_TAIL.match(cell, kw.end())) is not None:
        return cell[: kw.end()] if notice else None
    if notice:
        return None
    end = kw.end()
    for _ in range(2):
        m = _BRACKETS.match(cell, end)
        if not m:
            break
        end = m.end()
    if V.TITLE_RUNS_ON.match(cell, end):
        return None
    return cell[:end].strip()


def _fragment(text: str, starts_with_place=None) -> set[str]:
    """What a short line above a title would add to it, when it may be the title's upper part: a
    unit (某局), a unit and its year (某局2021年度), a year, or the fund's name opening with a year
    (2024年度转移支付资金). Empty when the line is something else."""
    if len(text) > _FRAGMENT or V.TITLE_KEYWORDS.search(text) or re.search(r"[:：，。；,;|\t]", text) \
            or V.METADATA_LABEL_RE.search(text):
        return set()  # (【发布机构】某局 names the page's publisher, no part of the title)
    c = compact(arabic_years(text)) or ""
    if is_unit(c):
        return {"unit"}
    if (m := _UNIT_YEAR_LINE.match(c)) and is_unit(m.group("unit")):
        return {"unit", "year"}
    if (m := _UNIT_YEAR_KIND_LINE.match(c)) and is_unit(m.group("unit")):
        # 某局2023年度部门整体支出 / 绩效自评报告; 某局2023年度部门 / 整体支出绩效自评报告 (broken inside the kind)
        return {"unit", "year", "kind"} if kind_of(m.group("rest")) else {"unit", "year"}
    if _YEAR_ONLY_LINE.match(c):
        return {"year"}
    if _YEAR_LEAD_LINE.match(c):
        return {"year", "kind"} if kind_of(c) else {"year"}  # 2023年度某县某某工程 / 项目支出绩效自评报告
    if kind_of(c):
        return {"kind"}  # 某局2023年度 / 部门整体支出绩效 / 自评报告
    if _PROJECT_NAME_END.search(c) and (unit_prefix(c) or (starts_with_place is not None and starts_with_place(c))):
        return {"unit"}  # 某局乡村道路养护 项目 / 项目支出绩效自评报告; 某县某某项目 / 2023年度绩效自评报告
    if starts_with_place is not None and len(c) <= _PLACE_LINE and starts_with_place(c):
        return {"place"}  # 某县 / 住房和城乡建设局2023年度… / 绩效自评报告: the unit's place
    return set()


def _has(title: Title) -> set[str]:
    return {k for k, v in (("unit", title.unit), ("year", title.year), ("kind", title.kind)) if v}


_SITE_ENDS = ("网站", "门户", "网")  # (门户网站, 政务网, 信息公开网 …)


_BEFORE_DIGIT = re.compile(r"[^\d]{1,20}(?=\d)")
_NO_NAME_MARKS = re.compile(r"[:：，。；,;|\t>＞]")  # (a label, a sentence, cells or a breadcrumb: no name's part)


def _unit_broken(above: str, text: str, starts_with_place=None) -> bool:
    """The line above a title and the title's words before its first figure (its year) make one unit's name
    opening with a place, which the line above alone is not: a long title wrapped inside the unit's name
    (某县人力资源和社会保障 / 局2023年度…, 某某自 / 治县林业局2023年度…)."""
    if starts_with_place is None or len(above) > _FRAGMENT or _NO_NAME_MARKS.search(above):
        return False
    upper = compact(above) or ""
    head = _BEFORE_DIGIT.match(compact(text) or "")
    return bool(upper) and head is not None and not is_unit(upper) and not V.TITLE_KEYWORDS.search(upper) \
        and is_unit(upper + head.group()) and starts_with_place(upper + head.group())


# An item of a list of links: opened by a bullet, or by the date it was posted in brackets
_LINK_ITEM = re.compile(r"[■□●○◆◇▪▫•·・►▶\-]|\[\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\]")


def _listed_link(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line ``i`` (opened by a bullet or a bracketed date) is an item of a list of links: the line
    before or after it is opened alike (a site's latest or related articles above the report)."""
    return any(0 <= j < len(lines) and _LINK_ITEM.match(lines[j][1]) for j in (i - 1, i + 1))


def _unit_below(lines: list[tuple[int, str]], i: int) -> str | None:
    """The unit named alone on the (non-empty) line right below line ``i``, or None."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    name = compact(below[1]) if below and len(below[1]) <= _FRAGMENT and not _first_cell(below[1])[1] else None
    return name if name and is_unit(name) else None


_TITLE_WORD = re.compile("|".join(map(re.escape, TITLE_WORDS)))


def find_titles(doc: Document, starts_with_place=None) -> list[Title]:
    """Every title near the top of the document, in order (a page often repeats its title: as a
    headline, as a file name, above the text)."""
    lines = _non_empty(doc, TITLE_SCAN_LINES)
    out: list[Title] = []
    notices: list[Title] = []  # a cover notice's title: the title only when the page gives no other
    for i, (no, raw) in enumerate(lines):
        if _TITLE_WORD.search(raw) is None:
            continue  # every title keyword has one of them (cheap test before splitting cells)
        if _LINK_ITEM.match(raw) and _listed_link(lines, i):
            continue  # an item of a list of the site's articles (■ 某局…报告 / [2024-04-01] 某局…报告): a link
        cell, more_cells = _first_cell(raw)
        text = _title_text(cell)
        if text is None:
            if not out and not notices and (text := _title_text(cell, notice=True)) is not None:
                notices.append(parse_title(text, no, starts_with_place))
            continue
        first_no = no
        # lines above that are the upper part of a broken title
        top = i
        read: Title | None = None  # the line's title read on its own, kept should nothing be joined to it
        if not more_cells:
            # joined while each line above adds what the title still lacks (its unit, its year)
            read = parse_title(text, no, starts_with_place)
            has = _has(read)
            while top > 0 and i - top < _MAX_JOINED and not _first_cell(lines[top - 1][1])[1]:
                if lines[top - 1][1].rstrip().endswith(_SITE_ENDS) or any(
                        w in lines[top - 1][1] for w in V.SITE_NAVIGATION_WORDS):
                    # the site's name above the page's title (某区人民政府门户网站, 某县人民政府 政府信息公开), or its
                    # navigation (某市人民政府 政务公开, 首页): no part of it
                    break
                adds = _fragment(lines[top - 1][1], starts_with_place)
                if not adds and top == i and _unit_broken(lines[top - 1][1], text, starts_with_place):
                    adds = {"unit"}  # 某县人力资源和社会保障 / 局2023年度…: the unit's name broken by the line's end
                    has.discard("unit")
                if "place" in adds and starts_with_place(compact(lines[top][1]) or ""):
                    break  # the line below names its place already
                if adds == {"unit"} and top == i and V.PUBLISHING_UNIT.search(compact(lines[top - 1][1]) or "") \
                        and _unit_below(lines, i):
                    break  # the site's publisher above the title (某县人民政府), the unit reporting below it
                if not adds - has:
                    break
                has |= adds
                top -= 1
            if top < i:
                text = "".join(l for _, l in lines[top:i]) + text
                first_no = lines[top][0]
            # a year or a bracket alone on the line below ((2022年度), (某某经费))
            if i + 1 < len(lines) and (_YEAR_ONLY_LINE.match(lines[i + 1][1]) or _BRACKET_LINE.match(lines[i + 1][1])) \
                    and not V.TITLE_KEYWORDS.search(lines[i + 1][1]):
                text += lines[i + 1][1]
                read = None
        if read is None or top < i:
            joined = parse_title(text, first_no, starts_with_place)
            # (lines joined that lose what the line gave alone, its unit, year or kind, were no part of it)
            read = joined if read is None or not _has(read) - _has(joined) else read
        title = read
        if title.unit is None and (name := _unit_below(lines, i)):
            # the unit on the line right below the title (2019年部门整体支出绩效评价报告 / 某局)
            title = Title(title.text, title.line_no, name, lines[i + 1][0], title.year, title.kind)
        out.append(title)
    if len(out) > 1 and _CONTINUED.search(out[0].text) is not None:
        # 某表(续) opening the page: the tail of a form begun on the page before; the next whole form's title is the
        # report's (a page wholly a continuation keeps its one title)
        whole = [t for t in out if _CONTINUED.search(t.text) is None]
        out = whole + [t for t in out if _CONTINUED.search(t.text) is not None] if whole else out
    return out or notices


# a form's title marked continued from the page before (…自评表(续), …自评表续表, 续表)
_CONTINUED = re.compile(r"[(（]\s*续\s*(?:表|上表)?\s*[)）]$|续表$")
