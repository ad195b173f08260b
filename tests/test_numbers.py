from decimal import Decimal

from pipelines.extract.numbers import MONEY_RE, UNIT_DECLARATION_RE, is_number_cell, parse_number, to_wan_yuan


def test_thousands_separators():
    assert parse_number("1,234,567.80") == Decimal("1234567.80")


def test_yuan_to_wan_yuan_is_exact():
    assert to_wan_yuan(Decimal("2851958.99"), "元") == Decimal("285.195899")


def test_yi_yuan_to_wan_yuan():
    assert to_wan_yuan(Decimal("0.12"), "亿元") == Decimal("1200")


def test_money_regex_reads_number_and_unit_with_space():
    m = MONEY_RE.search("本年收入 1,204.50 万元，")
    assert (m.group("num"), m.group("unit")) == ("1,204.50", "万元")


def test_money_regex_does_not_start_inside_a_number():
    assert [m.group("num") for m in MONEY_RE.finditer("合计12,345.6元")] == ["12,345.6"]


def test_unit_declaration():
    assert UNIT_DECLARATION_RE.search("部门名称 某局 单位:万元").group("unit") == "万元"
    assert UNIT_DECLARATION_RE.search("年度预算申请(万元)").group("unit") == "万元"


def test_number_cells():
    assert is_number_cell("98.5%") and is_number_cell(" 1,200 ") and not is_number_cell("第5名")


def test_unsigned_number_keeps_thousands_groups_whole():
    import re

    from pipelines.extract.numbers import UNSIGNED_NUMBER, unsigned_float

    assert [unsigned_float(m) for m in re.findall(UNSIGNED_NUMBER, "完成3,268件，目标3000件，比率97.5%")] == [
        3268.0, 3000.0, 97.5]
    assert re.fullmatch(UNSIGNED_NUMBER, "1,2345") is None
