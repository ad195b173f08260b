"""Speed work on the cell stream and the form readers: per-text caches, cheap marks before lookups,
patterns grouped by first character, place names looked up instead of matched. Each fast path is
held to the plain code it replaces, on short texts written for these tests (and random mixes of
them)."""

import random
import re
from pathlib import Path

from pipelines.extract import cells as C
from pipelines.extract import fields as F
from pipelines.extract import headers as H
from pipelines.extract import roles as R
from pipelines.extract.kinds import (
    HEADER_ENDS, LABEL_MAX, compact, is_header_cell, is_unit_cell, key, kind,
)
from pipelines.extract.regions import Gazetteer, Place, gazetteer
from pipelines.model import Cell, TableBlock
from pipelines.normalise import build_document
from tests.test_fast_paths_perf3b import _read_fields_plain


# --- plain versions: the code as it was before the fast paths -------------------------------------

def _keys_plain(cells: list[Cell]) -> list[str]:
    return [key(c.text) if len(c.text) <= LABEL_MAX else "" for c in cells]


def _find_headers_plain(cells: list[Cell]):
    """Every cell tried in turn: the cheap test, then the lookups, then the run."""
    out = []
    i, n = 0, len(cells)
    keys = _keys_plain(cells)
    while i < n:
        k = keys[i]
        if not k or (k[-1] not in HEADER_ENDS and not (i + 1 < n and keys[i + 1] and keys[i + 1][-1] in HEADER_ENDS)):
            i += 1
            continue
        if not (is_header_cell(k) or k in R.HEADER_FRAGMENTS or H._joined_label(keys, i)):
            i += 1
            continue
        j = i
        run = []
        while j < n:
            k = keys[j]
            joined = H._joined_label(keys, j) if k else None
            if joined is not None:
                run.append(H.RunCell(j, joined[0]))
                j += joined[1]
                continue
            if not k and cells[j].text:
                break  # a sentence
            if run and k and len(k) <= H._UNREAD_MAX and cells[j].line_no > cells[run[-1].index].line_no \
                    and (e := H._continuation_line(cells, keys, run, j)) > j:
                j = e  # the line under the labels holding their marks, units and the rest of their names
                continue
            if not k or is_header_cell(k) or k in R.HEADER_FRAGMENTS or is_unit_cell(k) \
                    or (k in ("指标", "预算数", "执行数") and run and run[-1].key in R.HEADER_FRAGMENTS) \
                    or (len(k) <= 3 and run and (cells[j].line_no > cells[run[0].index].line_no
                                                 or cells[j].line_no == cells[run[-1].index].line_no
                                                 == cells[run[0].index].line_no)
                        and any(c.key + k in H.INDICATOR_LABELS for c in run if c.key in R.HEADER_FRAGMENTS)):
                if k:
                    run.append(H.RunCell(j, k))
                j += 1
                continue
            # the next cell with a label, past empty ones, on this line or the next
            nxt = next((q for q in range(j + 1, n) if keys[q] or cells[q].text
                        or cells[q].line_no > cells[j].line_no + 1), None)
            if run and len(k) <= H._UNREAD_MAX and nxt is not None and cells[nxt].line_no <= cells[j].line_no + 1 \
                    and is_header_cell(keys[nxt]) and kind(cells[j].text) == "text":
                run.append(H.RunCell(j, k, known=False))  # a column the rules do not know, between two they do
                j += 1
                continue
            break
        if run and j < n and cells[j].line_no > cells[run[0].index].line_no:
            j = H._sub_header_line(cells, keys, run, j)  # a two-row funds header's second row
        header = H._make_header(cells, run, j)
        if header is not None:
            out.append(header)
            i = header.end
        else:
            i = max(j, i + 1)
    return out


_HEADER_PLAIN = re.compile("|".join(map(re.escape, C._LEADS)))


def _is_glued_plain(line: str) -> bool:
    n = len(line)
    if n < C._GLUED_MIN or line.count(" ") * 20 > n or not (line.count("指标") >= 3 or "执行" in line):
        return False
    chain = longest = labels = 0
    end = -1
    for m in _HEADER_PLAIN.finditer(line):
        labels += 1
        chain = chain + 1 if m.start() == end else 1
        longest = max(longest, chain)
        end = m.end()
        note = C._NOTE_AT.match(line, end)
        if note:
            end = note.end()
    if longest >= 3:
        return True
    if sum(line.count(p) for p in "，。；,;") * 40 > n:
        return False
    if longest == 2 and labels >= 4:
        return True
    levels = sum(line.count(w) for w in ("产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标"))
    return levels >= 3


def _cell_stream_plain(doc) -> list[Cell]:
    native = {row.line_no: row for table in doc.tables for row in table.rows}
    out = []
    new_row, multi, word_cell, open_cell, outer = True, False, False, False, False
    cell_lines, skip = False, 0
    for no, line in enumerate(doc.lines, start=1):
        if no <= skip:
            continue
        if no in doc.page_breaks:  # a page break's lines: the cells go on over them
            continue
        row = native.get(no) if native else None
        if row is not None:
            out.extend(Cell(text, row.line_of(i), i == 0) for i, text in enumerate(row.cells))
            new_row, multi = True, True
            continue
        s = line.strip()
        if not s and "\t" in line and word_cell:
            out.append(Cell("", no, new_row))
            new_row = False
            continue
        if not s:
            new_row, multi, word_cell, open_cell = True, False, False, False
            continue
        was_open, open_cell = open_cell, False
        if was_open and not s.startswith("|") and s.split("|")[0].strip() not in C._TOTAL_ROW_LABELS:
            head = s.split("|")[0].strip()
            out[-1] = Cell(out[-1].text + head, out[-1].line_no, out[-1].row_start)
            if "|" not in s:
                open_cell = True
                continue
            rest = s[s.index("|") + 1:].strip()
            cells = [p.strip() for p in rest.strip("|").split("|")] if rest.strip("|") else []
            out.extend([Cell(text, no) for text in cells])
            multi = multi or bool(cells)
            open_cell = rest != "" and not rest.endswith("|")
            continue
        has_pipe = "|" in s
        if has_pipe and C._MARKDOWN_RULE.match(s):
            new_row = True
            continue
        if has_pipe and C._PIPES_ONLY.match(s):
            if s.count("|") == 1:
                out.append(Cell("", no, new_row))
                new_row = False
            else:
                new_row = True
            continue
        if "\t" in line:
            parts = [p.strip() for p in line.split("\t")]
            if parts[-1] == "" and len(parts) > 2 and parts[-2] != "":
                parts.pop()
            if parts[0] == "" and len(parts) >= 2:
                parts = parts[1:]
                word_cell = len([p for p in parts if p]) <= 1
                first = new_row or not word_cell
            else:
                first = True
        elif word_cell and out:
            last = out[-1]
            out[-1] = Cell(last.text + s, last.line_no, last.row_start)
            continue
        elif has_pipe:
            pieces = s.strip("|").split("|")
            if re.search(r"[^\s|]\|[^\s|]", s) and (" |" in s or "| " in s):  # glued pipes: the cell's text
                pieces = re.split(r"(?<![^\s|])\||\|(?![^\s|])", s.strip("|"))
            parts = [C._markdown_cell(p.strip()) for p in pieces]
            open_cell = outer and s.startswith("|") and not s.endswith("|")
            outer = open_cell or (s.startswith("|") and s.endswith("|"))
            first = new_row or multi or len([p for p in parts if p]) > 1
            cell_lines = not s.startswith("|") and s.endswith("|") and len(parts) == 1
        elif " " not in s and len(s) < C._GLUED_MIN:
            if cell_lines:
                cell_lines = False
                pieces = [s]
                if any(ch.isdigit() for ch in s):  # a figure wrapped: one line more, closed by its pipe
                    t = doc.lines[no] if no < len(doc.lines) else ""
                    body = t.strip()[:-1].strip()
                    if "\t" not in t and t.strip().endswith("|") and t.count("|") == 1 and body \
                            and " " not in body and len(s) >= len(body) and kind(s + body) in ("num", "value") and (
                            not any(ch.isdigit() for ch in body) or s[0] in "≥≤><=≧≦"
                            or not re.fullmatch(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", s)):
                        s, skip, cell_lines = s + body, no + 1, True
                    pieces = []
                for k in range(no, min(len(doc.lines), no + 6) if pieces else no):
                    t = doc.lines[k].strip()
                    body = t[:-1].strip() if t.endswith("|") else t
                    if not t or "\t" in doc.lines[k] or " " in body or len(t) >= C._GLUED_MIN \
                            or any(ch.isdigit() for ch in s + t):
                        break
                    if "|" in t:
                        if t.endswith("|") and t.count("|") == 1 and body:
                            s, skip, cell_lines = "".join(pieces) + body, k + 1, True
                        break
                    pieces.append(t)
            out.append(Cell(s, no, new_row or multi))
            new_row = False
            continue
        elif len(s) >= C._GLUED_MIN and _is_glued_plain(s):
            parts = C.split_glued(s)
            first = True
        elif not multi and C._SPACED_DIGITS.match(s):
            out.append(Cell(s, no, new_row))
            new_row = False
            continue
        else:
            s = C._SPACED_POINT.sub(r"\1.\2", s)  # (every spaced line: no gate)
            s = C.SPACED_THOUSANDS.sub(r"\1,", s)
            parts = C.joined_letters(C.joined_figures(C.split_spaced(s)))  # (every spaced line: no gate)
            parts = C.joined_pieces(parts) if len(parts) > 1 else parts
            parts = C._unglued_labels(parts) if len(parts) > 1 else parts  # (every part: no gate)
            first = new_row or multi or len(parts) > 1
        if first and parts:
            out.append(Cell(parts[0], no, True))
            out.extend([Cell(text, no) for text in parts[1:]])
        else:
            out.extend([Cell(text, no) for text in parts])
        new_row = False
        multi = multi or (len(parts) > 1 and sum(1 for p in parts if p) > 1)
    return out


# --- short texts of the forms' shapes, written for these tests ------------------------------------

_CELL_TEXTS = [
    "", " ", "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "执行率(B/A)",
    "整体支出年初预", "算数", "年初预算", "数", "出数", "一级", "二级", "三级", "指标", "年度", "实际", "指标值",
    "完成值", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因", "度量单位", "(万元)",
    "万元", "预算数", "执行数", "2022年决算数", "整体年度实际支出数", "年度资金总额", "财政拨款", "10", "9.5",
    "100%", "96%", "产出指标", "数量指标", "培训人数", "≥", "120", "人", "编制数", "实际在职人数", "全年预算数(A)",
    "绩效指标", "项目支出绩效指标表", "满意度指标(10分)", "某某说明文字，较长。", "合计", "自评得分",
    "预算执行率", "全年预算", "调整后预算数", "x" * 31, "某某指标等",
]

_FIELD_TEXTS = [
    "", " ", "项目名称", "某某设备购置项目", "主管部门", "某某局", "实施单位", "某某中心", "部门：某某学校",
    "单位名称:", "某某单位", "自评得分", "95", "评价等级", "优", "编制数", "12", "实有人数", "11", "部门(单位)名称",
    "转移支付(项目)名称", "项目主管单位：某某委员会", "一级指标", "全年预算数", "-", "/", "备注：无", "单位",
    "权重", "某某说明文字，较长。" * 4, "联系电话：12345", "填报单位(盖章)", "部门 :", "实施单位 ）", "编制数（人）", "(万元)",
]


def _streams(texts: list[str], count: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(count):
        cells = []
        line = 1
        for _ in range(rnd.randint(0, 40)):
            line += rnd.random() < 0.3
            cells.append(Cell(rnd.choice(texts), line, rnd.random() < 0.2))
        yield cells


def test_cell_keys_are_the_keys_of_the_cells():
    for cells in _streams(_CELL_TEXTS, 300, 1):
        assert H.cell_keys(cells) == _keys_plain(cells)
    assert H.cell_keys([Cell("全年预算数 (A)：", 1), Cell(" 执行率（%） ", 1)]) == ["全年预算数", "执行率"]


def test_find_headers_reads_the_runs_the_cell_by_cell_loop_reads():
    fixed = [
        ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["整体支出年初预", "算数", "全年预算数", "全年执行数"],
        ["一级", "指标", "二级", "指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分"],
        ["项目", "全年执行数", "10"],
        ["编制数", "实际在职人数", "10", "9"],
        ["预算数", "执行数", "(万元)", "2022年决算数", "年度资金总额", "10", "9"],
    ]
    for texts in fixed:
        cells = [Cell(t, 1, i == 0) for i, t in enumerate(texts)]
        assert H.find_headers(cells) == _find_headers_plain(cells)
        assert H.find_headers(cells)  # each of these opens a header
    for cells in _streams(_CELL_TEXTS, 2000, 2):
        assert H.find_headers(cells) == _find_headers_plain(cells)


def test_read_fields_reads_what_the_cell_by_cell_loop_reads():
    for seed, cells in enumerate(_streams(_FIELD_TEXTS, 1500, 3)):
        headers = set(random.Random(seed).sample(range(len(cells)), len(cells) // 5)) if cells else set()
        assert F.read_fields(cells) == _read_fields_plain(cells)
        assert F.read_fields(cells, headers) == _read_fields_plain(cells, headers)


def test_header_words_grouped_by_first_character_match_as_the_plain_alternation():
    words = ["全年预算数", "全年预算", "全年执行数", "年初预算数", "年初预算", "执行率", "执行数", "预算执行率"]
    grouped = re.compile(C._by_first_char(words))
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    rnd = random.Random(4)
    pieces = [*words, "全年", "预算", "年初", "执行", "数", "率", "某某", "，"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    full = C._header_re()
    for text in ["一级指标二级指标三级指标年度指标值实际完成值分值得分", "全年预算数(A)全年执行数(B)执行率(B/A)得分",
                 "单项指标实际完成值单项指标得分偏差原因分析及改进措施", "部门(单位)名称某某局项目名称某某项目"]:
        assert [m.span() for m in full.finditer(text)] == [m.span() for m in _HEADER_PLAIN.finditer(text)]


def test_is_glued_with_its_tests_reordered():
    lines = [
        "一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标指标1培训人数100人120人10分",
        "年初预算数全年预算数全年执行数分值执行率得分年度资金总额100 100 95 10 95% 9.5 其中：财政拨款",
        "本年度预算执行情况良好，全年预算执行率达到百分之九十五，各项指标基本完成，群众满意度较高，继续努力。",
        "产出指标 数量指标 质量指标 时效指标 效益指标 满意度指标 这些指标在本年度都已完成并达到预期目标值。",
        "产出指标数量指标质量指标时效指标效益指标满意度指标的完成情况说明如下并附有相关的佐证材料以供参考。",
        "全年执行数执行率 " * 8, "指标 指标 指标 " * 6, "执行" + "某" * 70, "短的一行",
    ]
    for line in lines:
        assert C.is_glued(line) == _is_glued_plain(line), line
    rnd = random.Random(5)
    pieces = ["一级指标", "全年执行数", "执行率", "(B/A)", "产出指标", "数量指标", "指标", "执行", "某某", " ", "，", "100"]
    for _ in range(3000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(10, 40)))
        assert C.is_glued(line) == _is_glued_plain(line), line


def test_cell_stream_gives_the_cells_it_gave_before():
    lines = [
        "", "", "\t", "年初预算数\t全年预算数\t执行率", "\t某某项目\t", "\t", "继续写的一行", "\t\t10",
        "| 一级指标 | 二级指标 | 三级指标 |", "||||", "|", "某某 |", "a | b ||||", "年初预算数 全年预算数 执行率",
        "执行率(全年 执行数/全年 预算数) 分值", "某某", "100%", "一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标指标1培训人数100人120人10",
        "本年度预算执行情况良好，全年预算执行率达到百分之九十五，各项指标基本完成，群众满意度较高，继续保持。",
        " 某某 某某 (某 某) 某 ", "| |", "\t|\t", "| 产出指标 | 某某名称的", "前半", "某某 | 某某", "| 某某 | 某某 |", "续写 | ≥10人 | 12人 |", "续 | 5 | 某",
        "续完 |", "- 2 -", "第3页 共4页", "2 0", "1 9.5", "10 9", "\t56.2\t54.8\t10", "| --- | :---: |", "| **总分** | 某<br>某 |",
        "年 初 预 算 3 ,126.40 万 元", "合计 12 ,345 6 ,7890", "1,482,60", "0.00 |", "96.08", "% |", "≥8", "5% |", "20 |",
        "| 投入", "（5分） | 某某 | 续写，", "某=(1-|甲-乙|/乙)×100% |", "| 某 | 1-|甲|/乙 | 5 |", "|甲|乙|",
    ]
    rnd = random.Random(6)
    for _ in range(800):
        doc = build_document("\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, 25))))
        assert C.cell_stream(doc) == _cell_stream_plain(doc)
    doc = build_document(["标题", TableBlock([["项目", "年初预算数", "全年执行数"], ["合计", "10", "9"]]), "\t某某\t", "续"])
    assert C.cell_stream(doc) == _cell_stream_plain(doc)


def _regex_names(gaz: Gazetteer, text: str) -> list[str]:
    return [m.group(0) for m in gaz.name_re.finditer(text)]


def test_place_names_looked_up_are_the_names_the_alternation_matches():
    places = [Place("330000", "浙江省"), Place("330100", "杭州市"), Place("330106", "西湖区"), Place("330102", "上城区"),
              Place("320000", "江苏省"), Place("320100", "南京市"), Place("320106", "鼓楼区"), Place("350000", "福建省"),
              Place("350100", "福州市"), Place("350102", "鼓楼区"), Place("330110", "余杭区"), Place("330111", "富阳区")]
    gaz = Gazetteer(places, aliases={"杭州": [places[1]], "南京市鼓楼": [places[6]]})
    pieces = [p.name for p in places] + ["杭州", "南京市鼓楼", "市", "区", "局", "某某", "南京", "西湖", "中共"]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        assert gaz._names_in(text) == _regex_names(gaz, text), text
        for pos in range(len(text) + 1):
            m = gaz.name_re.match(text, pos)
            assert gaz._name_at(text, pos) == (m.group(0) if m else None), (text, pos)
    real = gazetteer()
    for text in ["杭州市西湖区某某局", "中共南京市鼓楼区委某某部", "某某新区民政局", "福州市鼓楼区某某街道", "信访局", ""]:
        assert real._names_in(text) == _regex_names(real, text)
        assert real._prefix_names(text) == _prefix_names_plain(real, text)


def _prefix_names_plain(gaz: Gazetteer, name: str) -> list[str]:
    pos = len(name) - len(name.lstrip())
    for lead in ("中国共产党", "中共"):
        if name.startswith(lead, pos):
            pos += len(lead)
    out = []
    while (m := gaz.name_re.match(name, pos)) is not None:
        out.append(m.group(0))
        pos = m.end()
    return out


def _split_spaced_plain(line: str) -> list[str]:
    if " " not in line:
        return [line]
    tokens = line.split()
    if "(" not in line and "（" not in line:
        return tokens
    cells: list[str] = []
    depth = 0
    for tok in tokens:
        if depth == 0 and cells and cells[-1].endswith("指标") and re.fullmatch(r"[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]", tok):
            cells[-1] += tok
            continue
        if depth > 0 and cells:
            cells[-1] += " " + tok
        else:
            cells.append(tok)
        depth = max(0, depth + tok.count("(") + tok.count("（") - tok.count(")") - tok.count("）"))
        if depth and len(cells[-1]) > 40:
            depth = 0
    return cells


def test_split_spaced_skips_the_bracket_count_of_plain_tokens():
    pieces = ["执行率", "(全年", "执行数/全年", "预算数)", "分值", "（万元）", "(", ")", "）", "某(某)", "）某（", " ", " ", "某" * 12,
              "产出指标", "（50分）", "(30分)"]
    rnd = random.Random(8)
    for _ in range(5000):
        line = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert C.split_spaced(line) == _split_spaced_plain(line), line


def test_per_text_remembers_a_pure_function_and_starts_over_when_full():
    from pipelines.extract.memo import PerText

    calls = []

    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    cache = PerText(length, max_size=3)
    assert [cache[t] for t in ("预算数", "执行数", "预算数", "分值")] == [3, 3, 3, 2]
    assert calls == ["预算数", "执行数", "分值"]  # the repeat was a lookup
    assert cache["指标名称"] == 4 and len(cache) == 1  # full at 3: started over


def test_per_text_is_called_as_the_function_and_runs_it_once_a_text():
    from pipelines.extract.memo import per_text

    calls = []

    def cells_of(line: str) -> list[str]:
        calls.append(line)
        return line.split()

    split = per_text(cells_of)
    assert split("预算数 执行数") == ["预算数", "执行数"] and split("分值") == ["分值"]
    assert split("预算数 执行数") == ["预算数", "执行数"]
    assert calls == ["预算数 执行数", "分值"]


def _remembered_caches() -> list[dict]:
    """Every per-text cache of the extraction modules (PerText, and per_text's functions)."""
    import importlib
    import pkgutil

    import pipelines.extract as E
    from pipelines.extract.memo import PerText

    out = []
    for info in pkgutil.iter_modules(E.__path__):
        for value in vars(importlib.import_module(f"pipelines.extract.{info.name}")).values():
            owner = getattr(value, "__self__", value)
            if isinstance(owner, PerText) and all(owner is not c for c in out):
                out.append(owner)
    return out


def test_remembered_answers_are_not_changed_by_their_callers():
    # A remembered answer (a list of cells, a line's pairs) is shared by every caller asking of the same text:
    # a caller changing it in place would change what the next document reads. Read twice, cold then warm.
    from pipelines.extract import extract_document
    from pipelines.normalise import build_document

    caches = _remembered_caches()
    assert len(caches) >= 10  # (the functions remembered: a rename that drops one is seen here)
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "sample_reports").glob("*.txt"))]
    assert texts
    for cache in caches:
        cache.clear()
    cold = [repr(extract_document(build_document(t))) for t in texts]
    warm = [repr(extract_document(build_document(t))) for t in texts]
    assert warm == cold
    assert any(len(c) for c in caches)


# --- funds label -> value pairs: the label cells picked from a per-key cache ------------------------

def _read_funds_pairs_plain(cells: list[Cell], taken: set[int]):
    from pipelines.extract import funds_block as FB
    from pipelines.model import FundsValue
    out = []
    n = len(cells)
    keys = H.cell_keys(cells)
    for i, k in enumerate(keys):
        if not k or k[-1] not in H._PAIR_ENDS or i in taken:
            continue
        c = cells[i]
        role = H.FUNDS_KEY_LABELS.get(k) or H.FUNDS_KEY_LABELS.get(H._pair_suffix(k, 14))
        if role is None or role not in ("rate", "received", "carryover_end") + FB.MONEY_ROLES or role == "budget":
            continue
        if c.row_start and (cols := H.year_columns(cells, i)) is not None:
            for j, y in cols:  # a row of a table of years: each column's figure, of its year
                if (fv := FB._pair_value(role, k, c.text, cells[j].text, cells[j].line_no, FB.declared_unit([c.text]))):
                    out.append(FundsValue(fv.role, fv.raw, fv.value, fv.unit, fv.line_no, fv.label,
                                          None if y == H.THIS_YEAR else y))
            continue
        j = i + 1
        unit = FB.declared_unit([c.text])
        while j < n and j - i <= 3 and (kind(cells[j].text) == "empty" or is_unit_cell(cells[j].text)):
            unit = unit or (compact(cells[j].text).strip("()（）") or None)
            j += 1
        if j >= n or kind(cells[j].text) not in ("num", "value") or j in taken:
            continue
        if cells[j].row_start and cells[j].line_no != c.line_no and i > 0 and cells[i - 1].line_no == c.line_no:
            continue  # a label ending a header row: the next row's first cell is no value of it
        if unit is None and j + 1 < n and cells[j + 1].line_no == cells[j].line_no:
            unit = FB._opening_unit(cells[j + 1].text)  # (8511036.00 | 元,…: the unit after a space)
        s = compact(cells[j].text) or ""
        v = FB.parse_number(s)
        if v is None:
            continue
        if role == "rate":
            if "%" not in cells[j].text and "%" not in c.text:
                # the one bare percent after the points on the row (预算执行率 | 10 | 公式 | 95.6%): the rate; two: none
                pct = [q for q in range(j + 1, n) if cells[q].line_no == cells[j].line_no
                       and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*[%％]\s*", cells[q].text)]
                if len(pct) >= 2:
                    continue
                if pct:
                    j = pct[0]
                    s = compact(cells[j].text) or ""
                    v = FB.parse_number(s)
            if not (s.endswith("%") or "%" in c.text or 0 <= v <= 100):
                continue
            if "%" not in cells[j].text and "%" not in c.text and j + 1 < n and FB._scored_next(cells[j + 1].text) \
                    and cells[j + 1].line_no == cells[j].line_no:
                continue  # a scoring table's row: 分值 and 得分 after the rate's label
            out.append(FundsValue("rate", cells[j].text.strip(), v, None, cells[j].line_no, k))
            continue
        if role == "received":
            continue
        m = FB._MONEY_CELL.match(s)
        if not m and not re.fullmatch(FB.NUMBER, s):
            continue
        u = (m.group("unit") if m else None) or unit
        out.append(FundsValue(role, cells[j].text.strip(), v, "万元" if u == "万" else u, cells[j].line_no, k))
    return out


_PAIR_TEXTS = ["计划安排资金", "(万元)", "万元", "170", "5.8万", "转移支付预算数(A)", "全年执行数", "年初预算数", "预算数",
               "执行率", "95%", "120", "", "/", "某某乡镇", "上年结转资金", "到位资金", "实际到位资金", "2022年预算数",
               "年度资金总额", "100.5万元", "某某项目名称说明文字，较长的一段内容用于测试超过标签长度的单元格情况"]


def test_read_funds_pairs_reads_what_the_key_by_key_loop_reads():
    from pipelines.extract.funds_block import read_funds_pairs
    found = 0
    for seed, cells in enumerate(_streams(_PAIR_TEXTS, 2000, 31)):
        taken = set(random.Random(seed).sample(range(len(cells)), len(cells) // 6)) if cells else set()
        for t in (set(), taken):
            got = read_funds_pairs(cells, t)
            assert got == _read_funds_pairs_plain(cells, t)
            found += len(got)
    assert found  # the mixes hold pairs


def test_cell_stream_of_long_lines_reads_as_the_plain_stream():
    lines = [
        "本年度部门认真落实各项工作任务，预算执行情况总体良好，资金使用规范，绩效目标基本实现，群众满意度较高，今后继续加强管理。",
        "本年度部门认真落实各项工作任务，资金使用规范，绩效目标基本实现，群众满意度较高，今后继续加强管理，不断提升服务水平和质量。",
        "本年度 部门 认真 落实 各项 工作 任务 资金 使用 规范 绩效 目标 基本 实现 群众 满意度 较高 今后 继续 加强 管理 提升 服务",
        "产出指标数量指标指标1培训人数100人120人10分质量指标指标2合格率95%98%10分时效指标指标3完成时间12月底前12月底前10分",
        "年初预算数全年预算数全年执行数分值执行率得分年度资金总额100100951095%9.5其中：财政拨款100100951095%9.5",
        "指标 指标 指标" + "某" * 60, "执行" + "某" * 70, "某" * 59, "某" * 60, "一级指标二级指标三级指标" * 5, "",
        "年初预算数 全年预算数 执行率", "\t某某\t", "短的一行",
        "年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分 年度资金总额 100 95", "产出指标数量指标 培训人数 ≥100人",
        "质量指标 验收合格率 ≥90% 93. 6% 15 15", "1. 20 人",
    ]
    rnd = random.Random(32)
    for _ in range(600):
        doc = build_document("\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, 20))))
        assert C.cell_stream(doc) == _cell_stream_plain(doc)


def test_the_two_letters_gate_lets_through_every_line_joined_letters_changes():
    """cell_stream runs joined_letters only where _TWO_LETTERS finds two single letters side by side: on lines
    it does not find them in, joined_letters leaves the cells as they are."""
    pieces = ["全", "年", "执行数", "得", "分", "10", "9", "其", "中", "：", "基本支出", "(全 年)", "优", "良", "a", "b",
              "年初预算数", "总", "分", "100"]
    rng = random.Random(7)
    changed = 0
    for _ in range(3000):
        line = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 7)))
        parts = C.split_spaced(line)
        joined = C.joined_letters(parts)
        changed += joined != parts
        if C._TWO_LETTERS.search(line) is None:
            assert joined == parts, line
    assert changed > 100  # (the mixes do hold lines it joins)
