"""Report-level fields: title, department, year, kind, self-score, grade, staff, execution rate.

Each field is a small rule over the normalised document; the vocabulary lives in
``vocabulary.py``. A rule returns None when the document does not state the field.
"""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extract import vocabulary as V
from pipelines.extract.numbers import DATE_RE, MONEY_RE, YEAR_RE, as_float, parse_chinese_number
from pipelines.model import Document
from pipelines.normalise import compact

_TITLE_SCAN_LINES = 40
# A first line longer than this is a text whose line breaks were lost, not a title line.
_LONG_LINE = 1000
_YEAR_PREFIX = re.compile(r"^[(（]?(?:19|20)\d{2}年度?[)）]?")
# A year in Chinese numerals: 二〇二三 / 二零二三 / 一九九八 (〇, 零 and ○ all write zero).
_CN_YEAR = "(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}"
_YEAR_ONLY_LINE = re.compile(rf"^[(（]?\s*(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年度?\s*[)）]?$")
_CN_YEAR_RE = re.compile(rf"{_CN_YEAR}(?=\s*年)")
# A month or day in Chinese numerals right after 年/月 (二〇二四年三月十五日).
_CN_MONTH_DAY_RE = re.compile(r"(?<=[年月])[一二三]?十?[一二三四五六七八九十](?=[月日])")
_CN_DIGITS = {**{c: str(i) for i, c in enumerate("〇一二三四五六七八九")}, "零": "0", "○": "0"}
_ORG_TAG = re.compile(r"[(（](?:部门|单位|本级|部门本级|汇总)[)）]$")


def arabic_years(text: str) -> str:
    """Rewrite Chinese-numeral years and dates in digits (二〇二三年度 -> 2023年度,
    二〇二四年三月十五日 -> 2024年3月15日): the year rules read digits only."""
    text = _CN_YEAR_RE.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group()), text)
    return _CN_MONTH_DAY_RE.sub(lambda m: _small_cn_number(m.group()), text)


def _small_cn_number(cn: str) -> str:
    # 三 -> 3, 十 -> 10, 十二 -> 12, 二十 -> 20, 三十一 -> 31
    if "十" not in cn:
        return _CN_DIGITS[cn]
    tens, _, units = cn.partition("十")
    return str(int(_CN_DIGITS.get(tens, "1")) * 10 + int(_CN_DIGITS.get(units, "0")))


def _has_year(text: str) -> bool:
    return bool(YEAR_RE.search(arabic_years(text)))


def _non_empty(doc: Document, limit: int) -> list[tuple[int, str]]:
    out = []
    for no, line in enumerate(doc.lines, start=1):
        s = line.strip()
        if s:
            out.append((no, s))
            if len(out) >= limit:
                break
    return out


def find_title(doc: Document) -> tuple[str | None, int | None]:
    """The first line naming the report type, with an organisation line above or a year line above/below."""
    lines = _non_empty(doc, _TITLE_SCAN_LINES)
    for i, (no, text) in enumerate(lines):
        if i == 0 and len(text) > _LONG_LINE and "\t" not in text and (m := V.TITLE_KEYWORDS.search(text, 0, 80)):
            # the whole text on one line (line breaks lost in extraction): the title opens it
            return compact(text[: m.end()]), no
        if "\t" in text or not V.TITLE_KEYWORDS.search(text) or len(text) > 60:
            continue
        title, top = text, i
        if i > 0:
            prev = lines[i - 1][1]
            if len(prev) <= 30 and "\t" not in prev and V.ORG_SUFFIX.search(compact(prev) or "") and not V.TITLE_KEYWORDS.search(prev):
                title, no, top = prev + title, lines[i - 1][0], i - 1
        # a year line alone above the title (2024年度 / XX局部门整体支出绩效自评报告) belongs to it
        if top > 0 and _YEAR_ONLY_LINE.match(lines[top - 1][1]) and not _has_year(title):
            title, no = lines[top - 1][1] + title, lines[top - 1][0]
        if i + 1 < len(lines) and _YEAR_ONLY_LINE.match(lines[i + 1][1]):
            title += lines[i + 1][1]
        return compact(title), no
    return None, None


def department_from_fields(doc: Document) -> str | None:
    """``部门名称：XX局`` / ``预算单位名称`` followed by the name in the next cell or line."""
    # the first field in the document wins (a project form's 主管部门 before its 实施单位, as the
    # samples expect); a pipe ends a cell like a tab (| 主管部门 | XX局 |)
    for no, line in enumerate(doc.lines, start=1):
        for m in _FIELD_RE.finditer(line):
            value = m.group("value")
            if not value:
                # the value is the next non-empty cell or line
                rest = line[m.end():].strip(" \t|") or next((l.strip(" \t|") for l in doc.lines[no: no + 3] if l.strip(" \t|")), "")
                value = re.split(r"[\t| ]", rest)[0] if rest else None
            value = _clean_org(value)
            if value and V.ORG_SUFFIX.search(value):
                return value
    return None


_FIELD_RE = re.compile(
    rf"(?P<field>{'|'.join(map(re.escape, sorted(V.DEPARTMENT_FIELDS, key=len, reverse=True)))})"
    r"\s*[:：]?\s*(?P<value>[^\s:：\t|]+)?")


def _clean_org(value: str | None) -> str | None:
    if not value:
        return None
    value = compact(value) or ""
    value = _ORG_TAG.sub("", value)
    return value.strip("，。:：;；") or None


def department_from_title(title: str | None) -> str | None:
    if not title:
        return None
    name = re.sub(r"^关于", "", arabic_years(title))  # 关于XX局2023年度部门整体支出绩效自评的报告
    name = _YEAR_PREFIX.sub("", name)
    name = V.TITLE_TAIL.sub("", name)
    name = _YEAR_PREFIX.sub("", name)
    name = re.sub(r"(?:19|20)\d{2}年度?$", "", name)
    name = _clean_org(name)
    if not name:
        return None
    if V.ORG_SUFFIX.search(name):
        return name
    # 某区司法局法律援助(项目): the organisation is the longest prefix that ends like one
    for end in range(len(name) - 1, 1, -1):
        if V.ORG_SUFFIX.search(name[:end]):
            return name[:end]
    return None


def find_department(doc: Document, title: str | None) -> str | None:
    from_field = department_from_fields(doc)
    from_title = department_from_title(title)
    if from_field and from_title and from_title in from_field:
        return from_field  # the field usually writes the fuller name (广州市荔湾区信访局 vs 荔湾区)
    return from_field or from_title


def find_report_kind(title: str | None, doc: Document) -> str:
    text = title or "\n".join(line for _, line in _non_empty(doc, 10))
    for kind, pattern in V.REPORT_KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return "department_overall"


def find_fiscal_year(doc: Document, title: str | None) -> int | None:
    """Title year; else the year most often written as ``YYYY年度``; else the date line's year - 1."""
    if title:
        years = YEAR_RE.findall(arabic_years(title))
        if years:
            return int(years[0])
    text = arabic_years(doc.text())
    annual = Counter(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})\s*年度", text))
    if annual:
        return annual.most_common(1)[0][0]
    # A report is written in the year after the one it evaluates: the last date line tells.
    dates = [int(m.group("year")) for m in DATE_RE.finditer(text)]
    if dates:
        return max(dates) - 1
    years = Counter(int(y) for y in YEAR_RE.findall(text))
    return years.most_common(1)[0][0] if years else None


def find_self_score(doc: Document) -> float | None:
    """The total self-evaluation score; part scores (其中…, 预算执行得分) are skipped."""
    for para in doc.paragraphs:
        for m in V.SELF_SCORE_RE.finditer(para.text):
            ctx = para.text[max(0, m.start() - V.SCORE_CONTEXT_CHARS): m.start()]
            ctx = re.split(r"[，。；;,]", ctx)[-1]
            if V.SCORE_COMPONENT.search(ctx) or _is_scale_total(para.text, m, ctx):
                continue
            value = float(m.group("num")) if m.group("num") else as_float(parse_chinese_number(m.group("cn")))
            if value is not None and 0 <= value <= 100:
                return value
    return _total_score_row(doc)


def _is_scale_total(text: str, m: re.Match, ctx: str) -> bool:
    """A bare 总分 naming the full marks (指标体系总分100分, 总分100分，自评得分92分) is not the self score."""
    if m.group("label") not in V.BARE_TOTAL_SCORE_LABELS:
        return False
    rest = re.split(r"[。；;]", text[m.end():], maxsplit=1)[0]
    return bool(V.TOTAL_SCORE_NOT_SELF.search(ctx) or V.SELF_SCORE_RE.search(rest))


# pdftotext -layout rows lose their tabs: ``总分   100   86.81`` is a label, then numbers.
_SPACED_SCORE_ROW = re.compile(r"^\s*(?P<label>\D+?)\s+(?P<nums>\d{1,3}(?:\.\d+)?(?:\s+\d{1,3}(?:\.\d+)?)*)\s*$")


def _row_cells(line: str) -> list[str]:
    cells = [c for c in re.split(r"[\t|]", line) if c.strip()]
    if len(cells) == 1 and (m := _SPACED_SCORE_ROW.match(cells[0])):
        cells = [m.group("label"), *m.group("nums").split()]
    return cells


# lines worth splitting into cells: those naming a total (a label spaced out, 总 分, too)
_TOTAL_ROW_WORD = re.compile("|".join(r"\s*".join(w) for w in sorted(V.SELF_SCORE_TOTAL_ROWS, key=len, reverse=True)))


def _total_score_row(doc: Document) -> float | None:
    """A 自评表 ends with ``总分 | 100 | 93``: weight total, then score."""
    for no, line in enumerate(doc.lines):
        if not _TOTAL_ROW_WORD.search(line):
            continue
        cells = _row_cells(line)
        if cells and compact(cells[0]) in V.SELF_SCORE_TOTAL_ROWS:
            nums = [c for c in cells[1:] if re.fullmatch(r"\s*\d{1,3}(?:\.\d+)?\s*", c)]
            if not nums:
                nums = [l for l in doc.lines[no + 1: no + 4] if re.fullmatch(r"\s*\d{1,3}(?:\.\d+)?\s*", l.strip("\t "))]
            if len(nums) >= 2:
                return float(nums[1])
            if len(nums) == 1:
                return float(nums[0])
    return None


_SINGLE_GRADE = re.compile(r"^[优良中差]$")


def find_grade(doc: Document) -> str | None:
    for para in doc.paragraphs:
        for m in V.GRADE_RE.finditer(para.text):
            grade = m.group("grade")
            if _SINGLE_GRADE.match(grade):
                # a lone 优/良/中/差 must be introduced (为/是/：/a quote) and stand as a word
                after = para.text[m.end(): m.end() + 1]
                if not m.group("sep").strip() or not (after == "" or after in "”\"'’」，。,；;等级"):
                    continue
            return V.GRADES[grade]
    return None


def find_staff(doc: Document) -> tuple[int | None, int | None]:
    authorized = actual = None
    for para in doc.paragraphs:
        text = "".join(para.text.split())
        if authorized is None and (m := V.STAFF_AUTHORIZED_RE.search(text)):
            authorized = _listed_parts_total(text, m) if m.group("kind") else int(m.group("num"))
        if actual is None and (m := V.STAFF_ACTUAL_RE.search(text)):
            actual = int(m.group("num"))
    return authorized, actual


def _listed_parts_total(text: str, m: re.Match) -> int:
    """行政编制38名、事业编制12名 with no total: the establishment is the sum of the kinds listed
    together; a kind standing alone (核定行政编制52名) is the whole establishment."""
    parts = []
    for part in V.STAFF_PART_RE.finditer(text, m.start()):
        gap = text[parts[-1].end(): part.start()] if parts else None
        if (gap is None and part.start() >= m.end()) or (gap is not None and not V.STAFF_PART_JOINER.match(gap)):
            break
        parts.append(part)
    if len(parts) >= 2:
        return sum(int(p.group("num")) for p in parts)
    return int(m.group("num"))


# Commas separate clauses, except a thousands separator (1,234.5).
_CLAUSE_COMMA = re.compile(r"，|(?<!\d),|,(?!\d)")


def _rate_of_a_part(text: str, start: int) -> bool:
    """A rate belongs to a part when its own comma-clause names one (项目支出预算执行率88%), or when
    its sentence opens with a part, which is then its subject (项目支出20万元，预算执行率100%). Parts
    listed after the sentence opens with a total (支出100万元，其中基本支出60万元，项目支出40万元，
    预算执行率97%) are a breakdown: the rate after them is the total's."""
    sentence = text[max(text.rfind(p, 0, start) for p in "。；;") + 1: start]
    clauses = _CLAUSE_COMMA.split(sentence)
    return any(w in clause for clause in {clauses[0], clauses[-1]} for w in V.RATE_PART_WORDS)


def _rate_after_a_total(text: str, start: int) -> bool:
    """支出合计768万元，执行率为80.32%: a bare rate opening the clause right after the spending
    total's figure is the total's rate (a part's figure before it keeps it a part's)."""
    sentence = text[max(text.rfind(p, 0, start) for p in "。；;") + 1: start]
    clauses = _CLAUSE_COMMA.split(sentence)
    if len(clauses) < 2 or clauses[-1].strip():
        return False
    before = clauses[-2]
    return (MONEY_RE.search(before) is not None and any(label in before for label in V.SPENDING_TOTAL_LABELS)
            and not any(w in before for w in V.RATE_PART_WORDS))


def find_execution_rate(doc: Document) -> float | None:
    """The overall 预算执行率/完成率: one labelled 整体 wins; a rate scoped to 基本支出/项目 is skipped."""
    fallback = None
    for para in doc.paragraphs:
        if "\t" in para.text:
            continue
        for m in V.EXECUTION_RATE_RE.finditer(para.text):
            value = float(m.group("num"))
            if V.OVERALL_RATE_LABEL.match(m.group("label")):
                return value
            if _rate_of_a_part(para.text, m.start()):
                continue
            overall = any(w in m.group("label") for w in V.OVERALL_RATE_WORDS) or _rate_after_a_total(
                para.text, m.start())
            if overall and fallback is None:
                fallback = value
    return fallback
