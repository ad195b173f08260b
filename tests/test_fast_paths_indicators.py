"""The fast paths of the indicator rules (indicators.py, indicator_block.py) give what the plain code
gives: each is held to the code or pattern it replaces, on short texts made up here."""

import itertools
import random
import re

from pipelines.extract import indicator_block as B
from pipelines.extract import indicators as I
from pipelines.extract import vocabulary as V
from pipelines.extract.kinds import INF, kind, level_name
from pipelines.extract.numbers import parse_number
from pipelines.model import Cell, Document, Paragraph
from pipelines.normalise import build_document
from tests.test_fast_paths_structural import _by_sentence, _statements_plain


def _texts(pieces: list[str], repeat: int):
    return ("".join(p) for p in itertools.product(pieces, repeat=repeat))


# --- narrative statements ------------------------------------------------------------------------

def test_head_tail_search_is_the_lazy_head_pattern():
    pieces = ["", "率", "达到", "达", "为", "保持在", "完成", "不少于", "≥", "<", "=", "至少", " ", "\n", "以", "1"]
    for text in _texts(pieces, 4):
        for at in sorted({0, 1, len(text) // 2, len(text)}):
            at = min(at, len(text))
            plain = I._HEAD.match(text[at:])
            fast = I._HEAD_TAIL.search(text, at)
            assert fast is not None, text
            assert text[at: fast.start()] == plain.group("name"), (text, at)
            assert (fast.group("verb"), fast.group("op1")) == (plain.group("verb"), plain.group("op1")), (text, at)


def test_head_tail_first_characters_are_what_verbs_and_bounds_open_with():
    words = f"{I.V.INDICATOR_VERBS}|{I.V.OP_PREFIX}".split("|")
    assert all(w and (w.isalnum() or all(c in "≥≤=<>" for c in w)) for w in words)  # plain words: no pattern syntax
    assert set(I._TAIL_FIRST) == {w[0] for w in words}


def test_value_gate_holds_wherever_a_value_does():
    pieces = ["1", "2023", "3,268", "9.5", " ", "余", "多", "个", "人", "人次", "%", "年", "工作日", "个月", "１", "完成",
              "万"]
    seen = 0
    for text in _texts(pieces, 3):
        # (万 alone is a result-only measure, V.BARE_TEN_THOUSAND: the loop below holds the gate to those)
        if any(m.group("unit") not in I._RESULT_ONLY for m in I._VALUE.finditer(text)):
            seen += 1
            assert I._VALUE_GATE.search(text), text
    assert seen > 500
    assert I._VALUE_GATE.search("2023年12月") is None and I._VALUE.search("2023年12月") is None
    assert I._VALUE_GATE.search("培训 120 余 人") and I._VALUE.search("培训 120 余 人")
    # a result-only measure lets a paragraph through only with the comparison that makes it a value
    # (or per another unit: 5元/人 is a value wherever it stands)
    measures = ["12", "5.5", " ", "余", "公里", "起", "万元", "万", "以上", "，", "低于", "超过", "控制指标", "计划", "人", "/"]
    kept = 0
    for text in _texts(measures, 4):
        m = next((m for m in I._VALUE.finditer(text) if m.group("unit") not in I._RESULT_ONLY or m.group("per")
                  or V.AGAINST_TARGET.match(text, m.end())), None)
        if m is not None:
            kept += 1
            assert I._VALUE_GATE.search(text), text
    assert kept > 500
    assert I._VALUE_GATE.search("收入50万元，支出48万元") is None
    assert I._VALUE_GATE.search("发生事故2起，低于控制指标5起")


def test_value_with_its_lookahead_after_the_number_is_the_plain_pattern():
    pieces = ["1", "2023", "3,268", "1,0000", "9.5", "4.", " ", "\n", "余", "多", "个", "个月", "人", "人次", "%", "年",
              "元/人", "万元", "万", "以上", "kWh", "完成"]
    found = 0
    for text in _texts(pieces, 3):
        plain = [(m.span(), m.groupdict()) for m in I._VALUE_PLAIN.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in I._VALUE.finditer(text)] == plain, text
        found += bool(plain)
    assert found > 1000
    assert set(I._AFTER_NUMBER) >= {w[0] for w in f"{V.INDICATOR_UNITS}|{V.RESULT_UNITS}".split("|")}


def test_explicit_rest_with_the_column_labels_looked_ahead_for_is_the_plain_pattern():
    gate = f"(?=[{re.escape(I._COLUMN_ACTUAL_FIRST)}])"
    assert gate in I._EXPLICIT_REST.pattern
    plain = re.compile(I._EXPLICIT_REST.pattern.replace(gate, ""))
    assert set(I._COLUMN_ACTUAL_FIRST) == {w[0] for w in I.R.INDICATOR_COLUMNS["actual"]}
    labels = sorted(I.R.INDICATOR_COLUMNS["actual"], key=len)[:6]
    pieces = ["≥100人", "3,000", " ", "，", "：", "为", "全", "实", "年", *labels]
    found = 0
    for text in _texts(pieces, 3):
        for at in (0, 1):
            fast, slow = I._EXPLICIT_REST.match(text, at), plain.match(text, at)
            assert (fast and (fast.span(), fast.groupdict())) == (slow and (slow.span(), slow.groupdict())), text
            found += slow is not None and slow.group("col") is not None
    assert found > 100


def test_value_gate_is_its_branches_written_out():
    plain = re.compile(rf"\d[\s余多]*(?:[{re.escape(I._UNIT_FIRST)}]|{I._TEN_THOUSANDS})"
                       rf"|\d\s*(?:余|多)?\s*(?:{V.RESULT_UNITS})/"
                       rf"|\d\s*(?:余|多)?\s*(?:{V.RESULT_UNITS})(?:{V.OP_SUFFIX})?"
                       rf"(?:{V.AGAINST_TARGET.pattern}|{V.GOAL_NEXT_CLAUSE.pattern}|{I._THEN_ACTUAL.pattern}"
                       rf"|{V.GOAL_NAMING_NEXT.pattern.replace('?P<words>', '')})")
    pieces = ["7", "2024", " ", "余", "多", "个", "人", "万", "万元", "公里", "以上", "/", "，", "高于", "目标", "计划值",
              "为", "≥", "(", "年", "实际"]
    found = 0
    for text in _texts(pieces, 4):
        assert (I._VALUE_GATE.search(text) is None) == (plain.search(text) is None), text
        found += plain.search(text) is not None
    assert found > 1000
    for text in ("5余多万元，高于目标值", "5余 多公里/人", "3 余 万元，目标值为≥2万元", "8多吨以上（计划", "5万亩，实际完成5",
                 "5公里，目标为修建7", "5元，年度目标为亩均增收不低于4", "5元，年度目标为亩均增收", "5元，目标为增 4"):
        assert (I._VALUE_GATE.search(text) is None) == (plain.search(text) is None), text
    # the lookahead after the digit lets through every character a branch may go on with
    assert set(I._GATE_AFTER_DIGIT) >= set(I._UNIT_FIRST + "万余多") | {w[0] for w in V.RESULT_UNITS.split("|")}


def test_statements_of_paragraphs_over_several_lines_are_the_plain_ones():
    texts = ["绩效指标：满意率达到96.27%，受理率100%、及时受理率98%。2023年12月底前完成",
             "培训人数达到120人以上；预算执行率95%，数字化率由上年度的78.9%提高到86.4%",
             "完成(含补训)12项，目标为不少于6000份。第3季度开展5次", "2024年1月", "一、产出指标"]
    rng = random.Random(7)
    later_lines = 0  # statements read off a paragraph's second line or later
    for _ in range(40):
        doc = build_document("x")
        paragraphs = []
        line = 1
        for text in rng.sample(texts, 3):
            cuts = sorted(rng.sample(range(1, len(text)), rng.randint(0, 4)))
            starts = [(0, line)] + [(c, line + i + 1) for i, c in enumerate(cuts)]
            paragraphs.append(Paragraph(text=text, starts=starts))
            line += len(starts) + 1
        doc = Document(lines=["x"] * line, paragraphs=paragraphs)
        got = I._statements(doc, {})
        assert _by_sentence(got) == _by_sentence(_statements_plain(doc, {}))
        later_lines += sum(s.line_no not in {p.line_no for p in paragraphs} for s in got)
    assert later_lines > 20


def _with_actor_plain(previous: str, name: str) -> str:
    common = 0
    while common < min(len(previous), len(name)) and previous[-1 - common] == name[-1 - common]:
        common += 1
    prefix = previous[: len(previous) - common]
    if common >= 2 and prefix and I._ACTOR_PREFIX.search(prefix) and not name.startswith(prefix) and len(name) > common:
        return prefix + name
    return name


def test_with_actor_short_cut_is_the_character_loop():
    names = ["", "率", "受理率", "及时受理率", "责任单位受理率", "单位受理率", "办结率", "满意度", "局满意度", "部门", "门", "责任单位办结率", "按期结率"]
    for a, b in itertools.product(names, repeat=2):
        assert I._with_actor(a, b) == _with_actor_plain(a, b), (a, b)
    assert I._with_actor("责任单位受理率", "及时受理率") == "责任单位及时受理率"


# --- flattened tables ----------------------------------------------------------------------------

def test_flat_line_gates_hold_wherever_the_line_patterns_match():
    pieces = ["", "≥", "<", "15", "１", "٣", ".5", "宗", "%", " ", "任务", "任", "x", "完成"]
    for text in _texts(pieces, 4):
        line = text.strip()
        first = line[:1]
        numeric = first.isdecimal() or first in I._SIGNS
        if I._PAIR_LINE.match(line) or I._FUND_LINE.match(line):
            assert numeric, line
        if I._FUND_LINE.match(line):
            assert first.isdecimal(), line
        if I._TASK_LINE.match(line):
            assert line.startswith("任务"), line


# --- the indicator block's Viterbi ---------------------------------------------------------------

def _decode_rows_plain(cells: list[Cell], columns: list[str], fixed=None) -> list[list[tuple[int, str]]]:
    """decode_rows as first written: every cell, empty ones included, through every state."""
    n, k = len(cells), len(columns)
    if n == 0:
        return []
    kinds = [kind(c.text) for c in cells]
    filled = [x for x in kinds if x != "empty"]
    starts = sum(c.row_start for c, x in zip(cells, kinds) if x != "empty")
    hints = bool(filled) and starts / len(filled) <= 0.45
    level1_col = columns.index("level1") if "level1" in columns else -2
    level2_col = columns.index("level2") if "level2" in columns else -2
    name_col = columns.index("name") if "name" in columns else -2
    skip_prefix = [0.0]
    for r in columns:
        skip_prefix.append(skip_prefix[-1] + B._SKIP[r])

    def skips(a: int, b: int) -> float:
        return skip_prefix[b] - skip_prefix[a] if b > a else 0.0

    closing = [0.0] + [0.0 if columns[s] in ("level1", "level2") else B._TRAILING_SKIP * skips(s + 1, k)
                       for s in range(k)]
    best = [0.0] + [INF] * k
    backs = []
    for i in range(n):
        cell, ck = cells[i], kinds[i]
        new = [INF] * (k + 1)
        back = [(-2, "")] * (k + 1)
        junk = B._JUNK.get(ck, B._JUNK_OTHER)
        small = B._cell_facts(cell.text)[0]  # (a number up to 100; a value: a bare percent up to 100%)
        emits = [] if ck == "empty" else [(j, e) for j, r in enumerate(columns)
                                          if (e := B._emit(ck, r, small)) != INF]
        piece = ck in B._LEVEL_KINDS and cell.text.strip() in B._FRAME_WORDS
        if piece and name_col >= 0:
            emits = [(j, e) for j, e in emits if j != name_col] + [(name_col, B._FRAME_NAME)]
        elif ck == "level2" and level1_col >= 0 and level_name(cell.text.strip()) not in B._KNOWN_LEVEL2:
            emits = emits + [(level1_col, B._UNKNOWN_LEVEL1)]
        elif ck == "text" and level2_col >= 0 and cell.text.strip() in B._SHORT_LEVEL2:
            emits = emits + [(level2_col, B._SHORT_LEVEL2_COST)]
        # (one character of words opens no name: dearer there than going on with the name before it)
        lone = ck == "text" and name_col >= 0 and len(cell.text.strip()) == 1 and bool(B.WORDY.match(cell.text.strip())) \
            and not (level2_col >= 0 and cell.text.strip() in B._SHORT_LEVEL2)
        if fixed and i in fixed and fixed[i] in columns and ck != "empty":
            emits = [(columns.index(fixed[i]), 0.0)]
            lone = False
        bare = ck in B._LEVEL_KINDS and not cell.text.strip().endswith(("指标", "指标等")) \
            or ck == "text" and level2_col >= 0 and cell.text.strip() in B._SHORT_LEVEL2
        hint_same = B._HINT if hints and cell.row_start else 0.0
        hint_new = B._HINT if hints and not cell.row_start else 0.0
        for s in range(-1, k):
            cur = best[s + 1]
            if cur == INF:
                continue
            if cur + junk < new[s + 1]:
                new[s + 1], back[s + 1] = cur + junk, (s, "junk")
            if not emits:
                continue
            opened = cur + closing[s + 1] + B._ROW + hint_new
            same = cur + hint_same - skip_prefix[s + 1]
            for j, e in emits:
                # (a lone character opening the name costs more; going on with the name before it does not)
                e_open = e + B._LONE_NAME if lone and j == name_col else e
                if j > s >= 0:
                    c = same + skip_prefix[j] + e_open
                    if c < new[j + 1]:
                        new[j + 1], back[j + 1] = c, (s, "same")
                elif j == s and (ck == "text" or piece) and columns[j] in ("name", "desc"):
                    c = cur + B._CONTINUED + e + hint_same
                    if c < new[j + 1]:
                        new[j + 1], back[j + 1] = c, (s, "same")
                c = opened + skip_prefix[j] + e_open
                if j == s == level2_col and bare:
                    c += B._LEVEL2_TWICE
                if c < new[j + 1]:
                    new[j + 1], back[j + 1] = c, (s, "new")
        floor = min(new) + B._BEAM
        best = [c if c <= floor else INF for c in new]
        backs.append(back)
    final = [best[s + 1] + closing[s + 1] for s in range(-1, k)]
    s = min(range(-1, k), key=lambda x: final[x + 1])
    assignment = []
    for i in range(n - 1, -1, -1):
        prev, action = backs[i][s + 1]
        if action in ("same", "new"):
            assignment.append((i, s, action))
        s = prev
    assignment.reverse()
    rows: list[list[tuple[int, str]]] = []
    for i, j, action in assignment:
        if action == "new" or not rows:
            rows.append([])
        rows[-1].append((i, columns[j]))
    return rows


def test_decode_rows_with_empty_cells_skipped_is_the_plain_viterbi():
    texts = ["", "", " ", "产出指标", "数量指标", "质量指标", "效益指标", "社会效益指标", "培训人数", "群众满意度",
             "按期完成全部培训任务并验收", "100%", "≥95%", "120人", "15", "14", "200", "9.5", "2024年", "/", "指标1",
             "3.", "完成", "达标", "次", "正向指标", "产出", "满意度", "预算执行", "社会效益", "投入管理指标",
             "服务对象满意度", "率", "量"]
    layouts = [["level1", "level2", "name", "target", "actual", "weight", "score", "reason"],
               ["level1", "level2", "name", "desc", "target", "actual", "weight", "score", "reason"],
               ["level1", "level2", "index", "name", "nature", "target", "unit", "actual", "status", "other"],
               ["name", "target", "actual", "score"]]
    rng = random.Random(11)
    for trial in range(300):
        columns = layouts[trial % len(layouts)]
        cells = [Cell(rng.choice(texts), line_no=i // 3 + 1, row_start=rng.random() < 0.3)
                 for i in range(rng.randint(0, 40))]
        assert B.decode_rows(cells, columns) == _decode_rows_plain(cells, columns), (columns, cells)
        fixed = {i: rng.choice(("level1", "level2", "name")) for i in range(len(cells)) if rng.random() < 0.2}
        assert B.decode_rows(cells, columns, fixed) == _decode_rows_plain(cells, columns, fixed), (columns, cells)


def test_decode_rows_keeps_the_state_cheaper_by_rounding_alone():
    """Costs equal but for rounding (0.3 + 0.2 against 0.5): the pruned Viterbi keeps the state cheaper
    by an ulp, as the plain one finds it."""
    columns = ["level1", "level2", "name", "note", "target", "actual", "weight", "score", "other", "reason"]
    for texts in (["指标1", "120人", "9.5", "完成"], ["群众满意度", "100%", "15", "完成"]):
        cells = [Cell(t, line_no=i + 1, row_start=i == len(texts) - 1) for i, t in enumerate(texts)]
        assert B.decode_rows(cells, columns) == _decode_rows_plain(cells, columns), texts
    rng = random.Random(5)
    texts = ["", "指标1", "群众满意度", "120人", "100%", "≥95%", "9.5", "15", "200", "完成", "/", "产出", "数量指标",
             "满意度", "投入管理指标", "服务对象满意度"]
    # (and a header naming the indicator before its levels: the columns a cell may go to, added to by its
    # words, stay in column order)
    for layout in (columns, ["index", "name", "level1", "level2", "target", "actual", "score"]):
        for _ in range(300):
            cells = [Cell(rng.choice(texts), line_no=i // 2 + 1, row_start=rng.random() < 0.3)
                     for i in range(rng.randint(1, 24))]
            assert B.decode_rows(cells, layout) == _decode_rows_plain(cells, layout), (layout, cells)


def test_bound_op_is_the_first_bound_word_found():
    from pipelines.extract.targets import OP_WORDS, bound_op
    pieces = ["", "95%", "≥", ">", "=", "<", "以上", "及以上", "不少于", "大于", "等于", "或", "小于", "超过", "≮", "人"]
    for text in _texts(pieces, 3):
        assert bound_op(text) == next((sym for word, sym in OP_WORDS if word in text), "="), text
