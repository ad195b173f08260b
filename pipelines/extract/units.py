"""Who reports: the unit a self-evaluation is about, with the line that names it.

Evidence, in this order (the first that names a unit wins):
1. the form's label -> value cells: the 实施单位 (资金使用单位, 项目单位: on a project form the unit
   that carries the project out reports), then the 部门名称 / 单位名称 / ``部门:`` cell, then the
   主管部门 (a form whose 实施单位 cell is empty). In a department-wide report, the 实施单位 and
   主管部门 of the project forms it includes are not its own.
2. the title (``某局2021年度部门整体支出绩效自评报告``, its unit on the line above or below). A
   report (…自评报告) is the unit's whose name its title bears, written as one of the cells writes
   it when one does (``某局`` as the 主管部门, ``某市某局`` with its place); a form (…自评表) is its
   实施单位's whatever its title names. A title written as a file's name (``…自评表.pdf-某文库``) is read only where
   the page writes no title plainly.
3. the page's metadata lines (``发布机构：某局``, ``发文单位 | 某局``, ``来源：区某中心``);
4. the running text: a signature (the unit's name alone on a line above the date), else the first
   organisation named with its place (``某县人民代表大会常务委员会``).
A shorter name is completed when another piece of evidence writes the same unit in full
(``某县某镇`` in the title, ``某县某镇人民政府`` above the date). A unit named by its level alone
(``区疾病预防控制中心``, ``市地震局``) is given the place of that level the page is about, as the
page writes it (``某市某区疾病预防控制中心``). The title's unit, often written short, is given as the
metadata or the signature write it when that is the same unit in full: in short (``某区卫健局`` /
``某市某区卫生健康局``, ``经开区某局`` / ``某某经济技术开发区某局``) or after its places (``某区某局`` / ``某市某区某局``,
``某街道办事处`` / ``某市某区人民政府某街道办事处``). A name the page writes nowhere in full is not made
up from the places the text writes before it. A signature's name stands as written.
A 地方主管部门 naming a supervisor a level (``某省某厅、某市某局、某县某局``) reports by its most local.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from pipelines.extract import roles as R
from pipelines.extract import vocabulary as V
from pipelines.extract.literals import _pivot_res, lines_of_scans
from pipelines.extract.regions import Gazetteer
from pipelines.extract.titles import Title, arabic_years, is_unit, unit_opens_fund_name
from pipelines.model import Document
from pipelines.page_chrome import page_menu
from pipelines.normalise import compact

# Roles of the form's unit cells, in the order they are believed.
UNIT_ROLES = ("implementer", "department", "supervisor")
# The same labels (roles.FIELDS) when a page runs the form's cells together as text (label：value or label value),
# but for the bare 部门 / 单位 and the (盖章) cells: in running text they are words, not labels.
_ROLE_LABELS = {role: [w for w in R.FIELDS[role] if len(w) > 2 and "盖章" not in w] for role in UNIT_ROLES}
_LABEL_ROLE = {label: role for role, labels in _ROLE_LABELS.items() for label in labels}
_TEXT_FIELD_RE = re.compile(
    r"(?P<label>" + "|".join(map(re.escape, sorted(_LABEL_ROLE, key=len, reverse=True))) + r")"
    r"(?:/(?:" + "|".join(map(re.escape, V.FIELD_VALUE_ENDS)) + r"))?\s*[:：]?\s*(?P<value>[^\s:：\t|，,。；;]{2,60})")
_LABEL_RE = re.compile("|".join(map(re.escape, sorted(_LABEL_ROLE, key=len, reverse=True))))
# The labels as scans that open with a literal (位…, 部…: literals.py), which re skips to in C; the
# alternation opens with a class of first letters, tried at every character.
_LABEL_SCANS = _pivot_res(tuple(sorted(_LABEL_ROLE))) or (_LABEL_RE,)
_VALUE_END_RE = re.compile("|".join(map(re.escape, sorted(V.FIELD_VALUE_ENDS, key=len, reverse=True))))
_CODE_PREFIX = re.compile(r"^[\[【(（]?[A-Za-z]?\d{2,}[\]】)）]?\s*[-－—_.、:：]?\s*")
_METADATA_RE = re.compile(
    r"(?:^|[\s|\[【])(?P<label>" + "|".join(map(re.escape, sorted(V.METADATA_UNIT_LABELS, key=len, reverse=True)))
    + r")\s*(?:[\]】]\s*[:：]?|[:：]|\s|\||$)")  # (【发布机构】某局: the closing bracket ends the label)
# (every match of _METADATA_RE holds one of V.METADATA_LABEL_RE's labels: a document without one is not looked at)
_NEXT_LABEL = re.compile(r"\s\S{1,8}[:：]|\s*\||\s+(?:19|20)\d{2}[-./年]")  # (…  2024-05-10: the date it was posted)
_DATE_LINE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$")
# An organisation's name ends here (the end of a unit mention in running text): only the endings
# that are no common word's beginning (部门, 会议, 办法, 处理 are not units).
_UNIT_END_RE = re.compile("|".join(V.TEXT_UNIT_ENDS))
_TEXT_UNIT_LOOKBACK = 25
_RUNNING_TEXT_PARAGRAPHS = 40


@dataclass(frozen=True)
class Evidence:
    value: object
    line_no: int | None
    source: str  # form | title | metadata | text | table


# (pure, its answer a string: cached, as a form's unit cell is read again where its label runs into text)
@lru_cache(maxsize=4096)
def clean_unit(value: str | None) -> str | None:
    """A cell's text as a unit's name: codes (314002-), a run-on next label (…填报日期), a second
    value (某中心/张三) and tags ((部门), 部门, 本级) removed; None unless it reads as a unit."""
    if not value:
        return None
    v = compact(value) or ""
    v = _CODE_PREFIX.sub("", v)
    v = re.sub(r"^(?:为|是)", "", v)  # 主管部门为某局
    m = _VALUE_END_RE.search(v, 2)
    if m:
        v = v[: m.start()]
    v = v.split("/")[0]
    for _ in range(2):
        v = V.UNIT_TAGS.sub("", v.strip("，,。:：;；、“”\"'"))  # (NFKC: ， is ,)
    if v.startswith(("(", "（")) and not re.search(r"[)）]", v):
        v = v[1:]
    if "及" in v and (lead := _LEAD_AND_ITS_OWN.search(v, 4)) is not None:
        v = v[: lead.start()]  # 某县乡村振兴局及各乡镇人民政府, 某局及所属单位: the unit leading them
    if _SEVERAL_UNITS.search(_BRACKETED.sub("", v)):  # (a bracket may list a unit's other names)
        return None  # 各乡镇人民政府, 某中心、某医院, 某局等: several units, none of them the report's
    return v if is_unit(v) else None


# A unit named with those under it (…及各乡（镇）人民政府, …及所属单位, …及其下属事业单位): the unit before them carries it out
_LEAD_AND_ITS_OWN = re.compile(r"及(?:各|其?所属|其?下属)")
_SEVERAL_UNITS = re.compile(r"^各|[市县区旗州盟镇乡]各(?=[\u4e00-\u9fff]{2})|[、，,]|等$")  # (君山区各中小学校)
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def form_units(doc: Document, forms) -> list[tuple[str, Evidence]]:
    """(role, unit) from the form's cells, then from labels run into text, in the order of UNIT_ROLES (of the
    supervisors, the most local first)."""
    found: list[tuple[str, Evidence, str]] = []  # (role, unit, the label naming it)
    for f in forms.fields if forms is not None else []:
        if f.role in UNIT_ROLES and (u := clean_unit(f.value) or _most_local(f.label, f.value)):
            found.append((f.role, Evidence(u, f.line_no, "form"), f.label))
    seen = {e.value for _, e, _ in found}
    for no in _lines_with_label(doc):
        line = doc.lines[no - 1]
        for m in _TEXT_FIELD_RE.finditer(line):
            u = clean_unit(m.group("value"))
            if u and u not in seen:
                seen.add(u)
                found.append((_LABEL_ROLE[m.group("label")], Evidence(u, no, "form"), m.group("label")))
    found.sort(key=lambda f: (UNIT_ROLES.index(f[0]), _SUPERVISOR_RANK.get(f[2], 0)))  # (stable: written order kept)
    return [(role, unit) for role, unit, _ in found]


_LIST_MARKS = re.compile(r"[、，,；;]")


def _most_local(label: str, value: str) -> str | None:
    """The most local of the supervisors a 地方主管部门 cell lists, level by level (某省某厅、某市某局、某县某局 -> 某县某局):
    the last, when each is a unit and no two open with the same place (two units of one place are co-supervisors)."""
    if label not in R.LOCAL_SUPERVISORS or not _LIST_MARKS.search(value):
        return None
    parts = [p for p in _LIST_MARKS.split(compact(value) or "") if p]
    units = [clean_unit(p) for p in parts]
    if len(units) < 2 or not all(units) or len({u[:2] for u in units}) < len(units):
        return None
    return units[-1]


# (中央主管部门 last, 省级 before it, 市级 before that, any other supervisor first)
_SUPERVISOR_RANK = {label: len(R.SUPERVISORS_ABOVE) - i for i, label in enumerate(R.SUPERVISORS_ABOVE)}


def _lines_with_label(doc: Document) -> list[int] | range:
    """The numbers, in order, of the lines that write a unit label (every match of _TEXT_FIELD_RE opens
    with one): one scan of the document's text instead of a look at every line."""
    if not doc.lines_unbroken():
        return range(1, len(doc.lines) + 1)
    text = doc.text()
    return [i + 1 for i in lines_of_scans(_LABEL_SCANS, text)]


def metadata_unit(doc: Document, limit: int = 40) -> Evidence | None:
    """``发布机构：某局`` / ``[ 发布机构 ]`` + next line / ``发文单位 | 某局``: who published the page."""
    head = doc.lines[:limit + page_menu(doc)[0]]  # (a site's menu opening the page counts for nothing)
    if V.METADATA_LABEL_RE.search("\n".join(head)) is None:
        return None  # no label in the head of the document (most documents): no line to look at
    publisher: Evidence | None = None
    for no, line in enumerate(head, start=1):
        m = _METADATA_RE.search(line)
        if not m:
            continue
        rest = line[m.end():].lstrip(" \t|:：]】")
        if not rest:
            rest = next((l.strip(" \t|") for l in doc.lines[no: no + 2] if l.strip(" \t|")), "")
            no = no + 1
        value = _NEXT_LABEL.split(rest, 1)[0]
        if (u := clean_unit(value)):
            if not publishes_others(u):
                return Evidence(u, no, "metadata")
            publisher = publisher or Evidence(u, no, "metadata")  # (来源：某财政局 above 发布机构：某中心)
    return publisher


def publishes_others(unit: str) -> bool:
    """A unit whose site publishes other units' reports (某县财政局, 某县人民政府): the page's publisher, not
    necessarily the unit reporting."""
    return V.PUBLISHING_UNIT.search(unit) is not None


# A line that may be a date line (_DATE_LINE once stripped, its spaces removed and its Chinese numerals
# written in digits): it opens with 19 or 20 (一九, 二〇: 二〇二四年三月十五日, as official documents long
# dated) and holds a 月 or a date separator (the first line has no line above: it is never the date line).
# Opens with the line break: re searches for it in C.
_MAYBE_DATE_LINE = re.compile(r"\n[^\S\n]*(?:1 *9|2 *0|一 *九|二 *[〇零○])[^\n]*[月\-./]")
DATE_FIRST = frozenset("12一二")  # (what a date alone on its line opens with: 2023年…, 二〇二三年…)
_DATE_LINE_MAX = 30  # (a date alone on its line, spaced out at most: 二 〇 二 三 年 十 二 月 三 十 一 日)
# What a signature line may say around the unit's name: its label (报告单位：) and the seal's note (（盖章）).
_SIGNATURE_WORDS = re.compile(r"^(?:报告|填报|编制|申报|评价|自评)单位\s*[:：]\s*|\s*[(（]\s*(?:盖章|公章|签章|章)\s*[)）]$")


def signature_unit(doc: Document) -> Evidence | None:
    """The unit's name alone on a line (its label, 报告单位：, and its seal's note, （盖章）, aside), right above the
    date that closes the report."""
    lines, text = doc.lines, doc.text()
    if not doc.lines_unbroken():
        at = range(1, len(lines))  # a line holding a line break: every line is looked at
    else:
        # only the lines that may be date lines, found in one scan of the text: no other line can end
        # the search
        at, no, last = [], 0, 0
        for m in _MAYBE_DATE_LINE.finditer(text):
            no += text.count("\n", last, m.start() + 1)
            last = m.start() + 1
            at.append(no)
    for no in at:
        if (ev := signed_above(lines, no)) is not None:
            return ev
    return None


def signed_above(lines: list[str], no: int) -> Evidence | None:
    """The unit signing above 0-based line ``no`` when that line is a date alone: its name alone on the line above
    that is not blank (its label and seal's note aside); None when ``no`` is no such date line."""
    line = lines[no].strip()
    # (the date first: most lines opening with a 1 or a 2 are figures, and the line above is looked at only then)
    if not line or line[0] not in DATE_FIRST or len(line) > _DATE_LINE_MAX \
            or not _DATE_LINE.match(arabic_years(line.replace(" ", ""))):
        return None
    above = no - 1  # the line above that is not blank
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return None
    prev = _SIGNATURE_WORDS.sub("", lines[above].strip())
    if len(prev) <= 30 and (u := clean_unit(prev)) and u == compact(prev):
        return Evidence(u, above + 1, "text")
    return None


_CITING = ("根据", "按照", "依据", "依照", "按")


def text_unit(doc: Document, gaz: Gazetteer) -> Evidence | None:
    """The first organisation the running text names with its place (某县人民代表大会常务委员会部门… ->
    某县人民代表大会常务委员会)."""
    publisher: Evidence | None = None  # the first publisher named (a page's breadcrumbs): when no other is
    # (a site's menu opening the page counts for nothing: its items are paragraphs of a line each)
    for para in doc.paragraphs[:_RUNNING_TEXT_PARAGRAPHS + page_menu(doc)[1]]:
        text = para.text
        for m in _UNIT_END_RE.finditer(text):
            end = m.end()
            for start in range(max(0, end - _TEXT_UNIT_LOOKBACK), end - 2):
                if not gaz.starts_with_place(text[start:end]):
                    continue
                name = text[start:end]
                if re.search(r"[^\u4e00-\u9fff]", name) or not is_unit(name):
                    break
                if text.startswith(("《", "印发", "下发"), end) or text.endswith(_CITING, 0, start):
                    break  # 根据某财政局《关于开展…的通知》: the issuer of a document cited, not the unit reporting
                if not publishes_others(name):
                    return Evidence(name, para.line_at(start), "text")
                publisher = publisher or Evidence(name, para.line_at(start), "text")
                break
    return publisher


def speaks_as(doc: Document) -> str | None:
    """The kind of unit the report speaks as (我厅 -> 厅, 我镇 -> 镇), the first it names; None if it names none."""
    m = V.SPEAKS_AS.search(doc.text())
    return m.group(1) if m is not None else None


_TOWNSHIP_NAME = range(2, 5)  # the characters of a township's name before 镇 / 乡 / 街道 (祖师庙镇)
_TOWNSHIP_WORDS = frozenset("村镇化级区域")  # (乡村, 乡镇, 城镇化, 乡级: the word goes on, no township ends there)


def township_unit(doc: Document, gaz: Gazetteer, kind: str) -> Evidence | None:
    """A report speaking as a township (我镇): the government of the first township of that kind the text names
    after its county (某县某镇 -> 某县某镇人民政府)."""
    text = doc.text()
    for m in re.finditer(kind, text):
        pos = m.start()
        if text[m.end(): m.end() + 1] in _TOWNSHIP_WORDS:
            continue
        for n in _TOWNSHIP_NAME:
            name = text[pos - n: pos] if pos >= n else ""
            if not name or not all("\u4e00" <= c <= "\u9fff" for c in name):
                break
            places = gaz.places_ending_at(text, pos - n)
            if places and places[-1][-1] in "县区市旗":
                return Evidence("".join(places) + name + kind + V.PLACE_UNIT_GOVERNMENTS[kind],
                                text.count("\n", 0, pos) + 1, "text")
    return None


def page_place(doc: Document, gaz: Gazetteer, level: str) -> str | None:
    """The place of level ``level`` (区, 县, 市 …) the page names most, as the page writes it in full
    (``某市某区`` when it writes the city before it)."""
    text = doc.text()
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    pos = text.find(level)
    while pos != -1:
        # (上海市场 is a market, no mention of 上海市)
        chain = gaz.places_ending_at(text, pos + 1) if text[pos: pos + 2] != "市场" else None
        if chain and len(chain[-1]) >= 2 and gaz._name_at(text, pos + 1 - len(chain[-1])) == chain[-1]:
            # (the longest name written there: 巴州 in 巴州区 is no mention of 巴州, the 巴音郭楞 prefecture)
            place = chain[-1]
            counts[place] += 1
            full = "".join(chain)
            if len(full) > len(written.get(place, "")):
                written[place] = full
        pos = text.find(level, pos + 1)
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [(None, 0)]
    if rest and rest[0][1] == n:
        return None  # two places named as often: the page is about neither in particular
    return written[best]


def complete_bare_level(unit: str, doc: Document, gaz: Gazetteer) -> str:
    """区疾病预防控制中心 -> 某市某区疾病预防控制中心: a name opening with a level word and no place."""
    if unit[0] in V.BARE_LEVELS and not unit.startswith(V.NOT_BARE_LEVEL) and not gaz.starts_with_place(unit):
        place = page_place(doc, gaz, unit[0])
        if place and place.endswith(unit[0]):
            return place + unit[1:]
    return unit


def same_unit(cell: str, title: str) -> bool:
    """The title's unit and a cell name the same unit: as written, with the place in front on one of
    them (某市某区某局 / 某区某局), or with 机关 / 本级 after it (某局机关); a unit inside it (某局某中心)
    is another unit."""
    return (cell == title or cell.endswith(title) or title.endswith(cell)
            or cell in (title + "机关", title + "本级"))


def find_unit(doc: Document, forms, titles: list[Title], gaz: Gazetteer) -> Evidence | None:
    """The reporting unit, by the order of evidence of this module's docstring."""
    title = next((t for t in titles if t.unit and not _file_name_line(doc, t.line_no)), None) \
        or next((t for t in titles if t.unit), None)
    cells = form_units(doc, forms)
    if titles and titles[0].kind == "department_overall":
        # a department-wide report: the 实施单位 / 主管部门 cells after a 项目名称 naming a project belong
        # to the project forms it includes (a cover's 项目名称：部门整体支出 is no project)
        first_project = next((f.line_no for f in (forms.field("project") if forms is not None else [])
                              if not V.WHOLE_DEPARTMENT_PROJECT.search(f.value)), None)
        if first_project is not None:
            cells = [c for c in cells if c[0] == "department" or c[1].line_no < first_project]
    title_ev = Evidence(title.unit, title.unit_line_no, "title") if title else None
    chosen: Evidence | None = None
    if title_ev is not None:
        agreeing = [e for _, e in cells if same_unit(e.value, title_ev.value)]
        if not _is_report(title) and cells:
            chosen = cells[0][1]  # a form (…自评表): its 实施单位 reports, whoever's name the title bears
        elif agreeing:
            chosen = agreeing[0]  # the cell writes the report's unit, often in full
        elif cells and title.kind == "project" and not gaz.starts_with_place(title.unit) \
                and title.text.startswith(title.unit) and len(title.unit) <= _GENERIC_UNIT_MAX:
            # 图书馆免费开放项目…报告 / 项目实施单位：某区文化馆: a project's name opening with a kind of unit (图书馆,
            # 中小学校), no unit named by its place; the form's unit cell names who reports
            chosen = cells[0][1]
        elif title.kind == "project" and unit_opens_fund_name(title) and (own := _signing_unit(doc, title_ev)) is not None:
            chosen = own  # 某市乡镇综合文化站免费开放补助资金…报告, signed 某市文化广电旅游局: the fund's units are not its author
        elif _publisher_line(doc, title) and (own := _reporting_unit(doc, cells, gaz)) is not None:
            chosen = own  # the site's publisher on its own line above the title: the unit the page names reports
        else:
            chosen = title_ev  # a report is the unit's whose name it bears
    elif cells:
        chosen = cells[0][1]
    others: list[Evidence] = [e for _, e in cells] + ([title_ev] if title_ev else [])
    # the metadata and the signature are read only when they can change the answer: no unit chosen
    # yet, or one named by its place only (某县某镇), which another piece of evidence may write in full
    if chosen is None or _place_named(chosen) or _township_government(str(chosen.value)):
        meta = metadata_unit(doc)
        if meta is not None:
            others.append(meta)
            if chosen is None and not publishes_others(str(meta.value)):
                chosen = meta
        if chosen is None or _place_named(chosen) or _township_government(str(chosen.value)):
            sig = signature_unit(doc)
            if sig is not None:
                others.append(sig)
            if chosen is None:
                chosen = sig
            speaks = speaks_as(doc) if chosen is None else None
            if speaks in V.PLACE_UNIT_GOVERNMENTS:
                chosen = township_unit(doc, gaz, speaks)  # (我镇: the township the text names, signature cut off)
            if chosen is None:
                # a publisher the metadata names (某县财政局 posting a bureau's report) yields to the unit the
                # report names itself, and stands when it names none other, unless the report speaks as
                # another kind of unit (我厅, 我镇: not 某县财政局)
                text = text_unit(doc, gaz)
                chosen = text if text is not None and not publishes_others(str(text.value)) else meta or text
                if chosen is not None and speaks and publishes_others(str(chosen.value)) \
                        and not str(chosen.value).endswith(speaks):
                    chosen = None
    if chosen is None:
        return None
    # a township or street named by its place only is its government, written in full elsewhere
    # (某县某镇 -> 某县某镇人民政府 above the date)
    fuller = [e for e in others if e.value != chosen.value and str(e.value).startswith(str(chosen.value))
              and _place_named(chosen)]
    if fuller:
        chosen = fuller[0]
    if _place_named(chosen) and not gaz.starts_with_place(str(chosen.value)):
        kind = next(k for k in V.PLACE_NAMED_UNITS if str(chosen.value).endswith(k))
        # 某镇 in the title, 来源：某市某区某镇人民政府: the government by its places
        gov = str(chosen.value) + V.PLACE_UNIT_GOVERNMENTS[kind]
        placed = next((e for e in others if _placed(str(e.value), gov, gaz) or e.value == gov), None)
        if placed is not None:
            chosen = placed
    if _township_government(str(chosen.value)) is not None and not gaz.starts_with_place(str(chosen.value)):
        # 某镇人民政府 / 某街道办事处 named without its place: as another piece of evidence writes it after its places
        # (某市某区人民政府某街道办事处 above the date, 来源：某市某区某镇人民政府). (Not as the text writes its places
        # before the township: a name the page writes nowhere so is no name the document gives.)
        placed = next((e for e in others if _placed(str(e.value), str(chosen.value), gaz)), None)
        if placed is not None:
            chosen = placed
    value = complete_bare_level(str(chosen.value), doc, gaz)
    if chosen.source == "title":
        # 某区卫健局 in the title, 来源：某市某区卫生健康局 or the signature: the same unit written in full
        # (某区某局 in the title, 某市某区某局 above the date: the same unit, with its city)
        for ev in (metadata_unit(doc), signature_unit(doc)):
            if ev is not None and (abbreviates(value, str(ev.value), gaz) or _placed(str(ev.value), value, gaz)
                                   or _region_abbreviates(value, str(ev.value), gaz)):
                return ev
    return Evidence(value, chosen.line_no, chosen.source)


_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps)(?![a-z])", re.IGNORECASE)


def _file_name_line(doc: Document, no: int | None) -> bool:
    """Line ``no`` writes the title as a file's name (某局…自评表.pdf, a document-sharing page's heading): the weakest
    writing of it, the page's own title lines first."""
    return no is not None and 0 < no <= len(doc.lines) and ("." in doc.lines[no - 1]) \
        and _FILE_NAME.search(doc.lines[no - 1]) is not None


def _kind_end(unit: str) -> str:
    return unit[:-2] if unit.endswith("委员会") else unit  # (某某委 is 某某委员会 in short)


def abbreviates(short: str, full: str, gaz: Gazetteer) -> bool:
    """``short`` is ``full`` in short (某区卫健局 / 某市某区卫生健康局, 某县人社局 / 某县人力资源和社会保障局, 经开区某局 /
    某某经济技术开发区某局): the places it writes are the last of the full name's, a zone's city may open the full name,
    and the rest is the full rest's opening character and then some of its characters in order, to the same kind of
    unit (局, 委 / 委员会)."""
    if len(full) <= len(short) or _kind_end(full)[-1] != _kind_end(short)[-1]:
        return False
    own = "".join(gaz._prefix_names(short))
    written = "".join(gaz._prefix_names(full))
    if not written.endswith(own):
        return False
    rest, full_rest = _kind_end(short[len(own):]), _kind_end(full[len(written):])
    if rest[:1] != full_rest[:1] and (stem := gaz._stem_at(full_rest, 0)) is not None:
        full_rest = full_rest[len(stem):]  # 某某经济技术开发区某局: the zone's city before the zone
    if not rest or rest[0] != full_rest[:1]:
        return False
    if rest == full_rest:
        # (某省某某委 / 某省某某委员会: the same name, its kind of unit in short)
        return own == written and full.endswith("委员会") and not short.endswith("委员会")
    chars = iter(full_rest)
    return all(c in chars for c in rest)


def _region_abbreviates(short: str, full: str, gaz: Gazetteer) -> bool:
    """``short`` opens with the level 自治区 for its place (自治区财政厅 / 某某自治区财政厅): ``full``'s places end with
    an autonomous region, and after them it writes ``short``'s rest, in full or in short."""
    level = V.REGION_LEVEL
    if not short.startswith(level) or gaz.starts_with_place(short):
        return False
    written = "".join(gaz._prefix_names(full))
    if not written.endswith(level):
        return False
    placed = written + short[len(level):]
    return placed == full or abbreviates(placed, full, gaz)


_GENERIC_UNIT_MAX = 5  # the longest kind of unit a project's name opens with (图书馆, 中小学校, 乡镇卫生院)


def _publisher_line(doc: Document, title: Title) -> bool:
    """The title's unit is a publisher of others' reports (某县人民政府, 某县财政局) written alone on its line: the
    site's name above the page's title as likely as the title's upper part."""
    no = title.unit_line_no
    return bool(title.unit) and publishes_others(title.unit) and no is not None and 0 < no <= len(doc.lines) \
        and compact(doc.lines[no - 1]) == title.unit


def _reporting_unit(doc: Document, cells: list[tuple[str, Evidence]], gaz: Gazetteer) -> Evidence | None:
    """Another unit the page names as the one reporting, no publisher itself: a form's unit cell, the metadata's
    source, the signature, else the running text's first unit."""
    # (each later piece read only when the ones before name no such unit)
    later = (lambda: metadata_unit(doc), lambda: signature_unit(doc), lambda: text_unit(doc, gaz))
    for ev in chain((e for _, e in cells), (read() for read in later)):
        if ev is not None and not publishes_others(str(ev.value)):
            return ev
    return None


def _signing_unit(doc: Document, title_ev: Evidence) -> Evidence | None:
    """Another unit than the title's that the page names as the report's author: its signature, else the metadata's
    source when no publisher of others' reports."""
    sig = signature_unit(doc)
    if sig is not None:
        return None if same_unit(str(sig.value), str(title_ev.value)) else sig
    meta = metadata_unit(doc)
    if meta is not None and not publishes_others(str(meta.value)) and not same_unit(str(meta.value), str(title_ev.value)):
        return meta
    return None


_TOWNSHIP_OFFICES = tuple(kind + gov for kind, gov in V.PLACE_UNIT_GOVERNMENTS.items())  # 镇人民政府, 街道办事处 …


def _township_government(unit: str) -> str | None:
    """The township or street of its government's name (某镇人民政府 -> 某镇, 某街道办事处 -> 某街道), else None."""
    if not unit.endswith(_TOWNSHIP_OFFICES):
        return None
    return unit[: -len(V.PLACE_UNIT_GOVERNMENTS["街道"])] if unit.endswith("街道办事处") else unit[: -len("人民政府")]


def _placed(full: str, unit: str, gaz: Gazetteer) -> bool:
    """``full`` is ``unit`` after its places, with their government between (某市某区某镇人民政府, 某市某区人民政府某街道办事处)."""
    if len(full) <= len(unit) or not full.endswith(unit):
        return False
    head = full[: -len(unit)].removesuffix("人民政府")
    return bool(head) and "".join(gaz._prefix_names(head)) == head


def _place_named(unit: Evidence) -> bool:
    """A township or street named by its place only (某县某镇, 某街道)."""
    return str(unit.value).endswith(V.PLACE_NAMED_UNITS)


def _is_report(title: Title) -> bool:
    """A report (…自评报告) rather than a form (…自评表)."""
    return "报告" in title.text or "自评情况" in title.text
