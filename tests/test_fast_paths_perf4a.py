"""The fast paths of round perf4a in the narrative indicator rules (indicators.py, targets.py): each held to
the plain code it stands in for, on short texts made up here."""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata

from pipelines.extract import indicators as I
from pipelines.extract import targets as T
from pipelines.extract import vocabulary as V
from pipelines.normalise import build_document, compact


def _texts(pieces: list[str], repeat: int):
    return ("".join(p) for p in itertools.product(pieces, repeat=repeat))


# --- _compacted: compact without its call where the text is its own compact form ----------------

def test_every_space_but_the_plain_one_is_unprintable():
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " " and c.isprintable()]


def test_compacted_is_compact():
    pieces = ["", "满意度", " ", "\u3000", "\xa0", "\t", "\u200b", "ＡＢ", "９８％", "⾄", "㉃", "e\u0301", "¯", "率"]
    kept = 0
    for text in _texts(pieces, 3):
        assert I._compacted(text) == (compact(text) or ""), repr(text)
        kept += I._compacted(text) is text
    assert kept > 40


# --- _clean_name: the first and last characters sliced once ------------------------------------

def _clean_name_plain(name: str) -> str:
    name = compact(name) or ""
    if name[:1] in I._NUMBERING_FIRST or name[:1].isdecimal():
        name = I._NAME_NUMBERING.sub("", name)
    if "指标" in name:
        name = V.INDICATOR_LINE.sub("", name)
    if name[:1] in I._GOAL_LEAD_FIRST:
        name = I._NAME_GOAL_LEAD.sub("", name)
    if name[-1:] in I._GOAL_TAIL_LAST:
        name = I._NAME_GOAL_TAIL.sub("", name)
    if name[-1:] in I._ADVERB_TAIL_LAST:
        name = I._NAME_ADVERB_TAIL.sub("", name)
        if name[-1:] in I._GOAL_TAIL_LAST:
            name = I._NAME_GOAL_TAIL.sub("", name)
    if "局" in name or name[:1] in I._ORG_LEAD_FIRST:
        name = I._ORG_LEAD.sub("", name)
    if name[:1] in I._EVENT_LEAD_FIRST:
        name = I._NAME_EVENT_LEAD.sub("", name)
    if name in I._COMPARED_WITH or len(name) == 1:
        return ""
    if "每" in name:
        name = I._PER_UNIT_TAIL.sub("", name)
    if name[-1:] in I._SURVEY_TAIL_LAST:
        name = I._SURVEY_TAIL.sub("", name)
    return name


def test_clean_name_is_the_plain_one():
    pieces = ["", "1.", "2、", "指标：", "年度目标", "其中", "目标值", "我局", "本单位", "城建局", "共发生", "累计", "火灾",
              "满意度", "调查结果", "均", "已", "每人", "每月", "高于", " ", "率", "计划"]
    changed = 0
    for text in _texts(pieces, 3):
        assert I._clean_name(text) == _clean_name_plain(text), text
        changed += I._clean_name(text) != (compact(text) or "")
    assert changed > 1000


# --- a value's own text holds no bound word ------------------------------------------------------

def _consumed_characters(pattern: re.Pattern) -> set[str]:
    """The characters a match of ``pattern`` may hold outside its lookarounds and its op2 group (digits and
    spaces as the words "DIGIT" / "SPACE"); a class or an item not listed here fails the test, to be looked at."""
    from re import _constants as C, _parser as P
    out: set[str] = set()

    def walk(items):
        for op, av in items:
            if op is C.LITERAL:
                out.add(chr(av))
            elif op is C.IN:
                for o, a in av:
                    if o is C.LITERAL:
                        out.add(chr(a))
                    elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                        out.add("DIGIT")
                    elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                        out.add("SPACE")
                    else:
                        raise AssertionError((o, a))
            elif op is C.SUBPATTERN:
                if av[0] != pattern.groupindex["op2"]:
                    walk(av[3])
            elif op is C.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                walk(av[2])
            elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
                pass  # (consumes nothing)
            elif op is C.GROUPREF:
                pass  # (the unit group again: its characters are listed already)
            else:
                raise AssertionError(op)

    walk(P.parse(pattern.pattern).data)
    return out


def test_a_value_text_holds_no_bound_word():
    """raw (compact of the sign and a _VALUE or _UNITLESS match) is a bound only by op1 or op2: every bound
    word holds a character no such match holds (after NFKC, as compact makes it)."""
    chars = _consumed_characters(I._VALUE) | _consumed_characters(I._UNITLESS) | {"-"}
    assert "DIGIT" in chars
    nfkc = {c for ch in chars - {"DIGIT", "SPACE"} for c in unicodedata.normalize("NFKC", ch)}
    for word, _ in T.OP_WORDS:
        assert any(not c.isdecimal() and not c.isspace() and c not in nfkc for c in word), word
    for text in ["达到95%以上", "≥90%", "不少于500人次", "3-5天", "12.5万元/人·月", "5个工作日以内", "96.8分，目标值≥90分"]:
        for m in [*I._VALUE.finditer(text), *I._UNITLESS.finditer(text)]:
            raw = compact("-" + m.group(0)) or ""
            assert m.group("op2") or not T.has_bound(raw), (text, raw)
            assert m.group("op2") or T.bound_op(raw) == "="


# --- the statements of short reports: as the plain code read them ---------------------------------
# (the change (由…提高到) asked only where it decides, the bound read off op1/op2, the compact names: the
# rows below are what the code before these fast paths gave)

CASES = [
    ('数字化率由上年度的78.9%提高到86.4%。',
     [('数字化率', None, '86.4%', None, None, None, 86.4, '%', None, None)]),
    ('服务满意率由上年的90%上升到95%，群众满意度达到96.5%。',
     [('群众满意度', None, '96.5%', None, None, None, 96.5, '%', None, None)]),
    ('支出增长率由10%提高到12%。',
     []),
    ('办结率由80%提高至 92%，目标值≥90%。',
     [('办结率', '≥90%', '92%', '>=', 90.0, '%', 92.0, '%', None, None)]),
    ('公共服务覆盖率由 70% 下降到 65%，低于预期。',
     [('公共服务覆盖率', None, '65%', None, None, None, 65.0, '%', None, None)]),
    ('群众满意度：不低于90%，实际调查满意度为94.6%。',
     [('群众满意度', '不低于90%', '94.6%', '>=', 90.0, '%', 94.6, '%', None, None)]),
    ('培训人数不少于500人次，实际培训620人次。',
     [('培训人数', '不少于500人次', '620人次', '>=', 500.0, '人次', 620.0, '人次', None, None)]),
    ('受理率达到95%以上，及时办结率98%。',
     [('受理率', '95%以上', None, '>=', 95.0, '%', None, None, None, None), ('及时办结率', None, '98%', None, None, None, 98.0, '%', None, None)]),
    ('1.食品抽检合格率达到 98.5%（目标95%）。',
     [('食品抽检合格率', '95%', '98.5%', '=', 95.0, '%', 98.5, '%', None, None)]),
    ('我局信访事项按期办结率为100%。',
     [('信访事项按期办结率', None, '100%', None, None, None, 100.0, '%', None, None)]),
    ('共发生森林火灾3起，低于控制指标。',
     [('森林火灾', None, '3起', None, None, None, 3.0, '起', None, None)]),
    ('完成道路改造85公里，目标80公里。',
     [('道路改造', '80公里', '85公里', '=', 80.0, '公里', 85.0, '公里', None, None)]),
    ('变化率为-12.5%，目标值≤0。',
     [('变化率', '≤0', '-12.5%', '<=', 0.0, '%', -12.5, '%', None, None)]),
    ('年度目标：出警时间≤15分钟，实际12分钟。',
     [('出警时间', '≤15分钟', '12分钟', '<=', 15.0, '分钟', 12.0, '分钟', None, None)]),
    ('城市低保标准每人每月1,020元。',
     []),
    ('满意度为96.8分，目标值≥90分。',
     [('满意度', '≥90', '96.8分', '>=', 90.0, '分', 96.8, '分', None, None)]),
    ('系数提高至0.58，目标值≥0.56。',
     [('系数', '≥0.56', '0.58', '>=', 0.56, None, 0.58, None, None, None)]),
    ('产出指标：\n数量指标：发放宣传资料3.5万份，接待群众1.2万人次。',
     []),
    ('保洁面积（≥560万平方米）完成568万平方米。',
     []),
    ('办结时限压缩至3个工作日以内，目标值≤5个工作日。',
     [('办结时限', '≤5个工作日', '3个工作日以内', '<=', 5.0, '工作日', 3.0, '工作日', None, None)]),
    ('合格率达到90%，实际合格率93%。',
     [('合格率', '90%', '93%', '=', 90.0, '%', 93.0, '%', None, None)]),
    ('企业和群众满意度分别为95.2%和96.1%，目标值均≥90%。',
     [('企业满意度', '≥90%', '95.2%', '>=', 90.0, '%', 95.2, '%', None, None), ('群众满意度', '≥90%', '96.1%', '>=', 90.0, '%', 96.1, '%', None, None)]),
    ('预算执行率为98%，资金到位率100%。',
     []),
    ('培训经费控制在60万元以内，实际支出58.2万元。',
     []),
    ('ＡＢ类项目完成率达到 ９８％，全年目标 ９５％。',
     [('AB类项目完成率', '95%', '98%', '=', 95.0, '%', 98.0, '%', None, None)]),
    ('\u3000服务对象满意度\u3000达到\u300097%。',
     [('服务对象满意度', None, '97%', None, None, None, 97.0, '%', None, None)]),
    ('下降率降至5%以下，同比减少2%。',
     []),
    ('（一）产出\n1.数量：培训合格率达到95%。\n2.时效：办结率100%。',
     [('培训合格率', None, '95%', None, None, None, 95.0, '%', '产出', '数量'), ('办结率', None, '100%', None, None, None, 100.0, '%', '产出', '时效')]),
    ('（二）效益\n社会效益：群众知晓率达到90%以上，实际知晓率92%。',
     [('群众知晓率', '90%以上', '92%', '>=', 90.0, '%', 92.0, '%', '效益', '社会效益')]),
    ('四、存在的问题\n整改完成率仅为60%。\n（一）产出指标\n验收合格率100%。',
     [('验收合格率', None, '100%', None, None, None, 100.0, '%', '产出指标', None)]),
    ('四、存在的问题\n整改完成率仅为60%。\n数量指标：验收合格率100%。',
     [('验收合格率', None, '100%', None, None, None, 100.0, '%', None, '数量指标')]),
    ('产出指标——数量指标：培训合格率达到95%。\n1.时效指标 办结率100%。',
     [('培训合格率', None, '95%', None, None, None, 95.0, '%', '产出指标', '数量指标'), ('时效指标办结率', None, '100%', None, None, None, 100.0, '%', '产出指标', '时效指标')]),
]


def _rows(text):
    return [(i.name, i.target_raw, i.actual_raw, i.target.op, i.target.value, i.target.unit, i.actual.value,
             i.actual.unit, i.level1, i.level2) for i in I.narrative_indicators(build_document(text))]


def test_narrative_rows_are_the_plain_code_rows():
    for text, expected in CASES:
        assert _rows(text) == expected, text


# --- targets.parse_value: a number after a digit, a point or 第 is no value ------------------------

def test_a_number_after_a_point_or_an_ordinal_is_no_value():
    assert T.parse_value("第5名") == T.Value(None, None, None) and T.parse_value(".5%").value is None


# --- the level headings: _LEVEL_HEADING tried only where 指标 stands --------------------------------

def _level_heading_plain(text: str) -> str | None:
    m = I._LEVEL_HEADING.match(text) or I._SHORT_LEVEL_HEADING.match(text) \
        or (("方面" in text or "情况" in text) and I._ASPECT_HEADING.match(text) or None)
    if m is None:
        return None
    label = m.group("label") or m.group("label2")
    return label + "指标" if m.re is I._ASPECT_HEADING and not label.endswith("指标") else label


def test_level_heading_is_the_plain_one():
    pieces = ["", " ", "（一）", "1.", "产出", "指标", "产出指标", "数量指标", "满意度", "方面", "完成情况", "：", "社会效益", "率"]
    headed = 0
    for text in _texts(pieces, 3):
        assert I._level_heading(text) == _level_heading_plain(text), text
        headed += _level_heading_plain(text) is not None
    assert headed > 300
    assert all(label.endswith("指标") for label in I._LEVEL_LABELS.split("|"))


# --- explicit statements: the result words looked for in a loop ----------------------------------

def _may_state_result_plain(text: str, at: int, end: int | None = None) -> bool:
    if end is None:
        end = text.find("。", at)
        end = len(text) if end < 0 else end
    return any(text.find(w, at, end) >= 0 for w in I._RESULT_WORDS)


def test_may_state_result_is_the_plain_one():
    pieces = ["", "完成", "实际", "达到", "完", "。", "目标", "x"]
    for text in _texts(pieces, 4):
        for at in range(len(text) + 1):
            for end in (None, len(text), at + 2):
                assert I._may_state_result(text, at, end) == _may_state_result_plain(text, at, end), (text, at, end)


# --- flattened tables: a table's rows read as before ---------------------------------------------

def test_flat_table_rows():
    text = ("关键指标 预期值 完成值\n受理件数\n≥15宗 ≥18宗\n按期办结率\n100% 98%\n专款专用情况 专款专用情况 专款专用 专款专用\n"
            "二、存在问题。\n受理件数\n≥1宗 ≥2宗\n")
    got = [(i.name, i.line_no, i.target_raw, i.actual_raw, i.target, i.actual) for i in I.flat_indicators(build_document(text))]
    assert got == [("受理件数", 2, "≥15宗", "≥18宗", T.Value(">=", 15.0, "宗"), T.Value(">=", 18.0, "宗")),
                   ("按期办结率", 4, "100%", "98%", T.Value("=", 100.0, "%"), T.Value("=", 98.0, "%")),
                   ("专款专用情况", 6, "专款专用", "专款专用", T.Value(None, None, None), T.Value(None, None, None))]
