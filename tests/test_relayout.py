"""benchmarks/relayout.py: the same report laid out as other sites publish it reads the same.

The bundled samples (our own texts) re-laid in every layout the tool writes, and wrapped in what a site
puts around a report (a footer, a list of other articles, a menu, a publisher's header), must give the
indicators, budget items and report fields of the original: a rule that reads only one layout of a form,
or takes a page's chrome for the report, fails here."""

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.relayout import MODES, blocks, main, relay
from pipelines.extract import extract_document
from pipelines.normalise import build_document

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "sample_reports").glob("*.txt"))


def test_rows_of_each_layout_are_found():
    text = "标题\n| 项目 | 预算数 | 执行数 |\n基本支出 | 10 | 9 ||\n\t人员\n\t经\n费\n\n\t\t10\t9\n\n说明\t甲\t乙"
    assert blocks(text.split("\n")) == [
        ("text", "标题"), ("row", ["项目", "预算数", "执行数"]), ("row", ["基本支出", "10", "9"]),
        ("row", ["人员", "经费"]), ("row", ["", "10", "9"]), ("row", ["说明", "甲", "乙"])]


def test_each_layout_writes_the_cells_as_it_says():
    text = "| 项目 | 预算数 | 执行数 |\n| 基本支出 |  | 9 |"
    assert relay(text, "tabs") == "项目\t预算数\t执行数\n基本支出\t\t9\n"  # (closed cells: a closed end)
    assert relay(text, "pipes") == "项目 | 预算数 | 执行数 |\n基本支出 |  | 9 |\n"
    assert relay(text, "cells") == "项目\n预算数\n执行数\n基本支出\n9\n"
    assert relay(text, "spaces") == "项目   预算数   执行数\n基本支出   9\n"
    assert relay(text, "oneline") == "项目 预算数 执行数 基本支出 9\n"
    assert relay(text[:-2], "oneline") == "项目 预算数 执行数 基本支出 9"  # an open end stays open
    assert relay(text, "spread") == "项 目 | 预 算 数 | 执 行 数 |\n基 本 支 出 |  | 9 |\n"
    assert relay("说明\n" + text + "\n注：无\n| 合计 | 9 |", "oneline") == "说明\n项目 预算数 执行数 基本支出 9\n注：无\n合计 9\n"
    prose = "本年度部门收入合计九百八十万元，支出合计八百六十五万元，执行率百分之九十八点二，较上年有所提高。"
    lines = relay(prose, "wrap", (20, 20)).split("\n")
    assert "".join(lines) == prose and {len(x) for x in lines[:-1]} == {20}
    with pytest.raises(ValueError, match="unknown layout"):
        relay(text, "columns")
    report = "某县档案馆2021年度部门整体支出绩效自评报告\n全年预算数120万元。"
    assert relay(report, "footer").startswith(report) and "上一篇：" in relay(report, "footer")
    links = relay(report, "links").split("\n")
    assert links[1].endswith("2021-06-18") and links[1].startswith("某县交通运输局2020年度") and links[-2:] == report.split("\n")
    assert relay(report, "menu").count("\n") == 45 + 1 and relay(report, "publisher").endswith(report)


def _read(text: str):
    found = extract_document(build_document(text))
    return (sorted((i["name"], i["target_value"], i["actual_value"], i["weight"], i["score"]) for i in found.indicators),
            sorted((b["item"], b["amount_wan_yuan"], b["fiscal_year"]) for b in found.budget_items if b["item"] != "other"),
            tuple(found.report[k] for k in ("department", "fiscal_year", "report_kind", "self_score")))


@pytest.mark.parametrize("mode", MODES)
def test_every_sample_reads_the_same_in_every_layout(mode):
    assert len(SAMPLES) >= 10
    for sample in SAMPLES:
        text = sample.read_text(encoding="utf-8")
        original = _read(text)
        assert original[0] and original[1], sample.name  # (a sample with nothing to compare proves nothing)
        assert _read(relay(text, mode)) == original, (sample.name, mode)


@pytest.mark.parametrize("width", [(20, 26), (28, 38), (40, 60)])
def test_a_figure_cut_by_a_fixed_width_reads_as_before(width):
    text = ("某县水利局2023年度项目支出绩效自评报告\n"
            "本项目年初预算安排资金合计为一百二十八万元整，全年预算数为128.64万元，全年执行数为126.05万元，"
            "预算执行率为97.99%，结余资金2.59万元已按规定上缴财政。")
    assert _read(relay(text, "wrap", width))[1] == _read(text)[1] == [
        ("budget_full_year", Decimal("128.64"), 2023), ("carryover_end", Decimal("2.59"), 2023),
        ("expenditure_total", Decimal("126.05"), 2023)]


def test_the_command_writes_one_folder_per_layout(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("| 项目 | 预算数 |\n| 合计 | 10 |", encoding="utf-8")
    main([str(src), str(tmp_path / "out"), "--modes", "cells,tabs"])
    assert (tmp_path / "out" / "cells" / "a.txt").read_text(encoding="utf-8") == "项目\n预算数\n合计\n10\n"
    assert (tmp_path / "out" / "tabs" / "a.txt").read_text(encoding="utf-8") == "项目\t预算数\n合计\t10\n"
    # excerpts: the first bytes of each copy, a character cut in two left out
    main([str(src), str(tmp_path / "out"), "--modes", "original,cells", "--cut", "6,10"])
    read = lambda folder: (tmp_path / "out" / folder / "a.txt").read_text(encoding="utf-8")
    assert read("original") == "| 项目 | 预算数 |\n| 合计 | 10 |"
    assert (read("original-cut6"), read("original-cut10"), read("cells-cut10")) == ("| 项", "| 项目 |", "项目\n预")
    with pytest.raises(SystemExit, match="no .txt files"):
        main([str(tmp_path / "out" / "none"), str(tmp_path / "x")])
