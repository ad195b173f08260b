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
    assert V.GOAL_WORDS.pattern.split("|") == ["目标", "预期"]  # (the words _states_a_goal tests with `in`)

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
