"""The fast paths of the narrative indicator rules (indicators.py, targets.py, prose.py) give what the plain
code gives: each is held to the pattern or code it stands in for, on short texts made up here."""

import itertools
import re

from pipelines.extract import indicators as I
from pipelines.extract import vocabulary as V


def _texts(pieces: list[str], repeat: int):
    return ("".join(p) for p in itertools.product(pieces, repeat=repeat))


def test_head_tail_is_the_tail_pattern_searched_for():
    pieces = ["", "率", "满意度", "达到", "达", "为", "保持在", "不少于", "≥", "<", "至少", " ", "\u3000", "\n", "到",
              "1", "在"]
    gated = 0
    for text in _texts(pieces, 4):
        for at in sorted({0, 1, len(text) // 2, len(text)}):
            at = min(at, len(text))
            plain = I._HEAD_TAIL.search(text, at)
            assert I._head_tail(text, at) == (plain.start(), plain.group("op1")), (text, at)
            gated += text.rstrip()[-1:] not in I._TAIL_LAST
    assert gated > 1000
    words = f"{V.INDICATOR_VERBS}|{V.OP_PREFIX}".split("|")
    assert set(I._TAIL_LAST) == {w[-1] for w in words}
    assert not any(ch.isspace() for w in words for ch in w)


def test_short_level_heading_gate_holds_wherever_the_pattern_matches():
    pieces = ["", " ", "(", "（", "1", "12", "٣", "三", ".", "、", "）", "数量", "产出", "社会效益", "可持续影响", "：",
              "完成", "指标"]
    matched = 0
    for text in _texts(pieces, 4):
        plain = I._SHORT_LEVEL_HEADING.match(text)
        fast = I._short_level_heading(text)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), text
        matched += plain is not None
    assert matched > 100
    assert I._short_level_heading("完成数量：5") is None


def test_name_joint_gate_holds_wherever_the_joint_splits():
    pieces = ["", "和", "与", "、", "及", "及时", "受理率", "办结率", "率", "x"]
    for text in _texts(pieces, 4):
        assert (len(I._NAME_JOINT.split(text)) > 1) <= I._joined(text), text
        plain = I._NAME_JOINT.split(text)
        expected = plain if len(plain) > 1 and all(V.RATE_NAME_END.search(p) for p in plain) else [text]
        assert I._split_names(text) == expected, text


def test_change_to_test_is_the_gate_pattern():
    pieces = ["", "提高", "到", "至", "⾄", "㉃", "达", "x", " "]
    for text in _texts(pieces, 3):
        assert I._may_change_to(text) == (I._CHANGE_TO_GATE.search(text) is not None), text
    for ch in I._CHANGE_TO_CHARS:
        assert I._may_change_to("率" + ch + "了")


def test_states_a_goal_tests_the_goal_words():
    assert V.GOAL_WORDS.pattern.split("|") == ["目标", "预期", "指标值"]  # (the words _states_a_goal tests with `in`)

    def plain(clause: str, name: str) -> bool:
        if not V.GOAL_WORDS.search(clause):
            return False
        return not name or name not in clause or V.GOAL_WORDS.search(clause.replace(name, "", 1)) is not None

    pieces = ["", "目标", "预期", "目", "标", "期", "寿命", "率"]
    for clause in _texts(pieces, 3):
        for name in ("", "目标", "预期寿命", "率", "目标率"):
            assert I._states_a_goal(clause, name) == plain(clause, name), (clause, name)


def test_result_words_are_in_every_result_label():
    labels = I._labels("actual").split("|")
    assert labels and all(any(w in re.sub(r"\\(.)", r"\1", label) for w in I._RESULT_WORDS) for label in labels)


def test_explicit_rest_matches_only_where_a_result_word_follows():
    labels = sorted(I._RESULT_LABELS, key=len)[:5] + ["实际完成值", "完成值"]
    pieces = ["≥95%", "3,000", "，", "；", "。", "：", "为", " ", "满意度", "完", "实", *labels]
    found = 0
    for text in _texts(pieces, 4):
        for at in (0, 1, 3):
            if I._EXPLICIT_REST.match(text, at) is not None:
                found += 1
                assert I._may_state_result(text, at), (text, at)
                assert I._may_state_result(text, 0, len(text)), text
    assert found > 1000
    assert not I._may_state_result("目标95%。实际完成98%", 2)


# --- values ---------------------------------------------------------------------------------------

def test_value_is_the_frozen_dataclass_it_was():
    import dataclasses

    from pipelines.extract.targets import Value

    v = Value(">=", 95.0, "%")
    assert (v.op, v.value, v.unit) == (">=", 95.0, "%")
    assert v.__dict__ == {"op": ">=", "value": 95.0, "unit": "%"}
    assert v == Value(op=">=", value=95.0, unit="%") and hash(v) == hash(Value(">=", 95.0, "%"))
    assert v != Value("=", 95.0, "%") and repr(v) == "Value(op='>=', value=95.0, unit='%')"
    assert dataclasses.replace(v, op=None) == Value(None, 95.0, "%")
    assert [f.name for f in dataclasses.fields(Value)] == ["op", "value", "unit"]
    try:
        v.op = "="
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("Value is frozen")


# --- flattened tables -----------------------------------------------------------------------------

def _flat_plain(doc):
    """flat_indicators as first written: every line stripped, the header looked for on each."""
    from pipelines.extract.literals import doc_may_match
    from pipelines.extract.numbers import NUMBER_RE
    from pipelines.extract.targets import parse_value
    from pipelines.normalise import compact

    if not doc_may_match(V.FLAT_INDICATOR_HEADER, doc):
        return []
    lines = [line.strip() for line in doc.lines]
    start = next((i for i, line in enumerate(lines) if "\t" not in line and V.FLAT_INDICATOR_HEADER.search(line)), None)
    if start is None:
        return []
    out, anchor = [], start
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if V.FLAT_INDICATOR_END.match(line):
            break
        if line.startswith("|") or i + 1 in doc.table_lines:
            continue
        tokens = line.split()
        if len(tokens) >= 3 and tokens[-1] == tokens[-2] and not NUMBER_RE.search(tokens[-1]):
            out.append(I.Indicator(name=tokens[0], line_no=i + 1, source_kind="table", target_raw=tokens[-2],
                                   actual_raw=tokens[-1]))
            anchor = i
            continue
        m = I._PAIR_LINE.match(line)
        if m:
            name_at = I._flat_name(lines, anchor, i)
            if name_at is not None:
                t, a = compact(m.group("t")), compact(m.group("a"))
                out.append(I.Indicator(name=lines[name_at], line_no=name_at + 1, source_kind="table", target_raw=t,
                                       actual_raw=a, target=parse_value(t), actual=parse_value(a)))
            anchor = i
        elif I._FUND_LINE.match(line) or I._TASK_LINE.match(line):
            anchor = i
    return out


def test_flat_indicators_are_the_plain_reading():
    import random

    from pipelines.model import Document

    pieces = ["关键指标", "预期实现值  实际完成值", "指标完成情况", "关键 指标", "\t关键指标", "培训人数", "群众满意度",
              "≥15人  20人", "95%  96%", "专款专用 专款专用 专款专用", "存在问题", "二、其他", "下一步", "任务1", "12",
              "|a|b|", "", "  满意率  ", "完成 培训。", "改进措施", "说明，其他"]
    rng = random.Random(3)
    read = 0
    for _ in range(1500):
        lines = [rng.choice(pieces) for _ in range(rng.randint(1, 14))]
        doc = Document(lines=lines, paragraphs=[], table_lines={rng.randint(1, 14)})
        got, plain = I.flat_indicators(doc), _flat_plain(doc)
        assert [i.row(0) for i in got] == [i.row(0) for i in plain], lines
        read += bool(plain)
    assert read > 100
    # a line holding a line break: the header is looked for from the first line
    doc = Document(lines=["满意率\n关键指标", "满意率", "90%  95%"], paragraphs=[])
    assert [i.row(0) for i in I.flat_indicators(doc)] == [i.row(0) for i in _flat_plain(doc)] != []


def test_flat_header_is_plain_words_and_the_end_opens_with_its_first_characters():
    assert all(w and re.escape(w) == w for w in I._FLAT_HEADER_WORDS)
    assert re.compile("|".join(I._FLAT_HEADER_WORDS)).pattern == V.FLAT_INDICATOR_HEADER.pattern
    pieces = ["", " ", "存在问题", "存在的问题", "改进措施", "下一步", "一、", "十二、", "二", "、", "x", "问题"]
    for text in _texts(pieces, 3):
        if V.FLAT_INDICATOR_END.match(text):
            assert text[:1] in I._FLAT_END_FIRST, text


def test_numbered_heading_opens_with_a_number_spaces_aside():
    pieces = ["", " ", "\u3000", "(", "（", "1", "12", "٣", "三", "十二", ".", "、", "．", "）", ")", "存在问题", "完成"]
    matched = 0
    for text in _texts(pieces, 4):
        first = text.lstrip()[:1]
        if I._NUMBERED_HEADING.match(text):
            matched += 1
            assert first.isdecimal() or first in I._NUMBERED_FIRST, text
        plain = I._SHORT_LEVEL_HEADING.match(text)
        fast = I._short_level_heading(text, first)
        assert (fast and fast.span()) == (plain and plain.span()), text
    assert matched > 500
