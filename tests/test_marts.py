"""The analyst marts of warehouse/views: rows put straight into a fresh warehouse (its DDL and views,
as the load creates them), and every query of warehouse/README.md on the bundled samples."""

import re
from decimal import Decimal

import duckdb
import pytest

from pipelines.load import create_views_in, ensure_tables
from tests.support import ROOT, SAMPLES, refresh

XIAN = ("陕西省", "西安市", "雁塔区")


@pytest.fixture
def con(tmp_path):
    con = duckdb.connect(str(tmp_path / "marts.duckdb"))
    ensure_tables(con)
    create_views_in(con)
    yield con
    con.close()


def report(con, report_id, department, place=XIAN, year=2023, kind="department_overall", score=None,
           grade=None, rate=None, staff_actual=None, source_file=None):
    province, city, district = place
    con.execute("INSERT INTO reports (report_id, source_file, source_format, department, province, city, district, "
                "fiscal_year, report_kind, self_score, grade, staff_actual, budget_execution_rate_pct) "
                "VALUES (?, ?, 'txt', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [report_id, source_file or f"{report_id}.txt", department, province, city, district, year, kind,
                 score, grade, staff_actual, rate])


def money(con, report_id, year=2023, **items):
    for line, (item, amount) in enumerate(items.items(), start=1):
        con.execute("INSERT INTO budget_items VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [report_id, year, item, item, Decimal(amount), f"{amount}万元", line])


def indicator(con, report_id, seq, name, target_raw, target_op, target, actual, unit, level1=None):
    con.execute("INSERT INTO indicators (report_id, seq, level1, name, target_raw, actual_raw, target_op, "
                "target_value, actual_value, target_unit, actual_unit, source_kind, line_no) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'table', ?)",
                [report_id, seq, level1, name, target_raw, f"{actual}{unit}", target_op, target, actual, unit, unit,
                 seq])


def rows(con, sql, params=()):
    return con.execute(sql, params).fetchall()


def test_computed_rate_uses_initial_plus_adjustment_when_full_year_budget_is_absent(con):
    report(con, "a", "雁塔区司法局", rate=90.5)
    money(con, "a", budget_initial="100", budget_adjustment="20", expenditure_total="108.123456")
    report(con, "b", "雁塔区财政局")
    money(con, "b", budget_initial="100", budget_adjustment="20", budget_full_year="150", expenditure_total="135")
    report(con, "c", "雁塔区统计局")  # no adjustment stated: the initial budget alone is no basis
    money(con, "c", budget_initial="100", expenditure_total="90")
    got = rows(con, "SELECT report_id, computed_execution_rate_pct, computed_rate_basis, expenditure_wan_yuan, "
                    "budget_adjustment_wan_yuan FROM budget_execution ORDER BY report_id")
    assert got == [("a", 90.1, "budget_initial+budget_adjustment", Decimal("108.12"), Decimal("20.00")),
                   ("b", 90.0, "budget_full_year", Decimal("135.00"), Decimal("20.00")),
                   ("c", None, None, Decimal("90.00"), None)]
    year = rows(con, "SELECT computed_execution_rate_pct, stated_execution_rate_pct, adjustment_rate_pct, "
                     "expenditure_total_wan_yuan, typeof(expenditure_total_wan_yuan) FROM department_year "
                     "WHERE report_id = 'a'")
    assert year == [(90.1, 90.5, 20.0, Decimal("108.12"), "DECIMAL(18,2)")]


def test_figures_of_another_year_in_the_report_are_not_its_own(con):
    report(con, "a", "雁塔区司法局")
    money(con, "a", year=2022, budget_full_year="200", expenditure_total="100")
    money(con, "a", budget_initial="100", budget_adjustment="-10", expenditure_total="81")
    assert rows(con, "SELECT computed_execution_rate_pct FROM department_year") == [(90.0,)]


def test_attainment_knows_which_way_an_indicator_runs(con):
    report(con, "a", "雁塔区司法局")
    cases = [  # name, target_raw, op, target, actual, unit, level1, expected
        ("文书差错率", "1%", "=", 1, 0.5, "%", None, ("met", "at_most", "name")),
        ("安全事故发生起数", "0", "=", 0, 2, "起", None, ("not met", "at_most", "name")),
        ("安全事故处置率", "100%", "=", 100, 98, "%", None, ("not met", "at_least", "name")),
        ("群众投诉率", "2%", "=", 2, 3, "%", None, ("not met", "at_most", "name")),
        ("办案平均用时", "不超过5天", "=", 5, 4, "天", None, ("met", "at_most", "target_raw")),
        ("抽检合格率", "不低于98%", "=", 98, 97, "%", None, ("not met", "at_least", "target_raw")),
        ("设备故障率", "3%以内", "=", 3, 2, "%", None, ("met", "at_most", "target_raw")),
        ("单件补贴", "1800元", "=", 1800, 1650, "元", "成本指标", ("met", "at_most", "level1")),
        ("受援人满意度", "≥90%", ">=", 90, 88.6, "%", None, ("not met", "at_least", "target_op")),
        ("案件指派时长", "≤3天", "<=", 3, 1.5, "天", None, ("met", "at_most", "target_op")),
        ("宣传活动场次", "12场次", "=", 12, 15, "场次", None, ("met", "at_least", "default")),
        ("宣传册发放", "6000份", "=", 6000, 5000, "册", None, ("unknown", "at_least", "default")),
        ("产品不合格率", "2%", "=", 2, 1, "%", None, ("met", "at_most", "name")),
        ("群众投诉量下降", "10%", "=", 10, 12, "%", None, ("met", "at_least", "name")),
        ("挽回经济损失", "50万元", "=", 50, 40, "万元", None, ("not met", "at_least", "name")),
    ]
    for seq, (name, raw, op, target, actual, unit, level1, _) in enumerate(cases, start=1):
        indicator(con, "a", seq, name, raw, op, target, actual, unit, level1)
    con.execute("UPDATE indicators SET actual_unit = '份' WHERE name = '宣传册发放'")
    got = rows(con, "SELECT name, attainment, direction, direction_basis FROM indicator_attainment ORDER BY seq")
    assert got == [(name, *expected) for name, *_, expected in cases]
    year = rows(con, "SELECT indicators, indicators_judged, indicators_met, indicators_not_met, indicators_unknown "
                     "FROM department_year")
    assert year == [(15, 14, 8, 6, 1)]
    words = rows(con, "SELECT direction FROM indicator_direction_words WHERE word IN ('差错', '事故', '成本')")
    assert {w for (w,) in words} == {"at_most"}


def test_a_text_shared_by_indicators_is_judged_for_each_of_them(con):
    # the words are looked for once per distinct text: each indicator still gets its own judgement,
    # and a text counts only in the role it plays (a target's words are not a name's)
    report(con, "a", "雁塔区司法局")
    report(con, "b", "雁塔区财政局")
    indicator(con, "a", 1, "群众投诉率", "不超过2%", "=", 2, 1, "%")
    indicator(con, "a", 2, "培训次数", "5次以上", "=", 5, 6, "次")
    indicator(con, "b", 1, "群众投诉率", "不超过2%", "=", 2, 3, "%")
    indicator(con, "b", 2, "群众投诉率", None, "=", 2, 1, "%", level1="成本指标")
    indicator(con, "b", 3, "5次以上", "5次", "=", 5, 4, "次")
    got = rows(con, "SELECT report_id, seq, attainment, direction, direction_basis, direction_word "
                    "FROM indicator_judgement ORDER BY report_id, seq")
    assert got == [("a", 1, "met", "at_most", "target_raw", "不超过"),
                   ("a", 2, "met", "at_least", "target_raw", "以上"),
                   ("b", 1, "not met", "at_most", "target_raw", "不超过"),
                   ("b", 2, "met", "at_most", "name", "投诉率"),
                   ("b", 3, "not met", "at_least", "default", None)]


def test_two_spellings_of_one_unit_are_one_department(con):
    report(con, "a", "雁塔区司法局", year=2022, score=88.0)
    report(con, "b", "西安市雁塔区司法局", year=2023, score=90.0, source_file="b.txt")
    report(con, "c", "陕西省西安市雁塔区司法局", year=2023, score=91.0, source_file="c.txt")
    report(con, "d", "西安市司法局", place=("陕西省", "西安市", None))  # the city's bureau
    report(con, "e", "碑林区司法局", place=("陕西省", "西安市", "碑林区"))
    enshi = ("湖北省", "恩施土家族苗族自治州", None)
    report(con, "f", "恩施州民政局", place=enshi)
    report(con, "g", "湖北省恩施土家族苗族自治州民政局", place=enshi, year=2022)
    report(con, "h", "恩施民政局", place=enshi, year=2021)
    ids = dict(rows(con, "SELECT report_id, department_id FROM report_departments"))
    assert ids["a"] == ids["b"] == ids["c"] and len({ids["a"], ids["d"], ids["e"], ids["f"]}) == 4
    assert ids["f"] == ids["g"] == ids["h"]
    assert re.fullmatch(r"[0-9a-f]{12}", ids["a"])
    (unit,) = rows(con, "SELECT department, province, city, district, spellings, reports, first_fiscal_year, "
                        "last_fiscal_year, department_core FROM departments WHERE department_id = ?", [ids["a"]])
    assert unit == ("陕西省西安市雁塔区司法局", *XIAN, ["陕西省西安市雁塔区司法局", "西安市雁塔区司法局", "雁塔区司法局"],
                    3, 2022, 2023, "司法局")
    # one row per department and year: of the two current reports of 2023, the later file name
    years = rows(con, "SELECT fiscal_year, report_id, candidate_reports FROM department_year "
                      "WHERE department_id = ? ORDER BY fiscal_year", [ids["a"]])
    assert years == [(2022, "a", 1), (2023, "c", 2)]
    assert rows(con, "SELECT count(*) FROM self_score_league WHERE department_id = ?", [ids["a"]]) == [(2,)]


def test_the_file_modified_last_is_the_one_a_department_year_shows(con):
    report(con, "b", "西安市雁塔区司法局", score=90.0, source_file="b.txt")
    report(con, "c", "雁塔区司法局", score=91.0, source_file="c.txt")
    con.execute("INSERT INTO source_files (source_file, report_id, size_bytes, mtime_ns, status, extractor_version) "
                "VALUES ('b.txt', 'b', 1, 2, 'loaded', 'v'), ('c.txt', 'c', 1, 1, 'loaded', 'v')")
    assert rows(con, "SELECT report_id, self_score FROM department_year") == [("b", 90.0)]


def test_league_tables_rank_within_year_and_report_kind(con):
    report(con, "a", "雁塔区司法局", score=90.0, rate=96.0)
    report(con, "b", "碑林区司法局", place=("陕西省", "西安市", "碑林区"), score=80.0, rate=99.0)
    report(con, "p", "雁塔区司法局", kind="project", score=99.0, rate=100.0)
    report(con, "old", "碑林区司法局", place=("陕西省", "西安市", "碑林区"), year=2022, score=95.0)
    money(con, "old", 2022, budget_full_year="100", expenditure_total="97.5")
    got = rows(con, "SELECT fiscal_year, report_kind, rank_in_year, ranked, report_id FROM self_score_league")
    assert got == [(2023, "department_overall", 1, 2, "a"), (2023, "department_overall", 2, 2, "b"),
                   (2023, "project", 1, 1, "p"), (2022, "department_overall", 1, 1, "old")]
    got = rows(con, "SELECT fiscal_year, report_kind, rank_in_year, report_id, execution_rate_pct, "
                    "execution_rate_source FROM execution_league")
    assert got == [(2023, "department_overall", 1, "b", 99.0, "stated"),
                   (2023, "department_overall", 2, "a", 96.0, "stated"),
                   (2023, "project", 1, "p", 100.0, "stated"),
                   (2022, "department_overall", 1, "old", 97.5, "computed")]


def test_department_year_shares_per_staff_and_flags(con):
    report(con, "a", "雁塔区司法局", score=90.0, grade="优", staff_actual=10)
    money(con, "a", expenditure_total="500", expenditure_basic="400", expenditure_project="100",
          expenditure_personnel="300", expenditure_public="100", three_public_total="2.345")
    got = rows(con, "SELECT basic_share_pct, project_share_pct, personnel_share_of_basic_pct, public_share_of_basic_pct, "
                    "expenditure_per_staff_wan_yuan, per_staff_basis, three_public_total_wan_yuan, has_budget, "
                    "has_expenditure, has_self_score, has_indicators FROM department_year")
    assert got == [(80.0, 20.0, 75.0, 25.0, Decimal("50.00"), "staff_actual", Decimal("2.35"), False, True, True, False)]
    (missing,) = rows(con, "SELECT source_file, missing, missing_zh, lacks_budget, lacks_self_score "
                           "FROM reports_missing_figures")
    assert missing == ("a.txt", ["budget", "execution_rate", "indicators"], "预算数、预算执行率、绩效指标", True, False)


def test_rollups_by_province_and_city(con):
    report(con, "a", "雁塔区司法局", score=90.0, rate=96.0)
    money(con, "a", expenditure_total="100.004")
    report(con, "b", "西安市雁塔区司法局", year=2022, score=80.0)
    money(con, "b", 2022, expenditure_total="50")
    report(con, "p", "雁塔区司法局", kind="project", score=99.0)
    money(con, "p", expenditure_total="30")  # part of the department's spending: not added again
    report(con, "w", "芜湖市统计局", place=("安徽省", "芜湖市", None), score=93.0)
    (shaanxi,) = rows(con, "SELECT reports, departments, fiscal_years, avg_self_score, total_expenditure_wan_yuan, "
                           "avg_execution_rate_pct, reports_with_self_score, reports_lacking_key_figures "
                           "FROM province_rollup WHERE province = '陕西省'")
    assert shaanxi == (3, 1, [2022, 2023], 89.67, Decimal("150.00"), 96.0, 3, 3)
    assert rows(con, "SELECT province, city, reports FROM city_rollup ORDER BY province") == [
        ("安徽省", "芜湖市", 1), ("陕西省", "西安市", 3)]
    assert rows(con, "SELECT level, count(*) FROM region_rollup GROUP BY ALL ORDER BY level") == [
        ("city", 2), ("province", 2)]


def test_marts_say_what_each_column_means(con):
    columns = rows(con, "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'department_year' "
                        "ORDER BY column_index")
    assert len(columns) > 40 and all(comment for _, comment in columns)
    comments = dict(columns)
    assert "年初预算数" in comments["computed_execution_rate_pct"] and "万元" in comments["budget_initial_wan_yuan"]
    views = dict(rows(con, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    for name in ("department_year", "departments", "region_rollup", "province_rollup", "city_rollup",
                 "self_score_league", "execution_league", "reports_missing_figures", "budget_execution",
                 "indicator_attainment"):
        assert views[name], name
    for name in ("departments", "region_rollup", "self_score_league", "execution_league", "reports_missing_figures"):
        uncommented = rows(con, "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND comment IS NULL",
                           [name])
        assert uncommented == [], name


def test_views_are_created_again_on_a_warehouse_that_has_them(con):
    report(con, "a", "雁塔区司法局", score=90.0)
    create_views_in(con)
    assert rows(con, "SELECT count(*) FROM department_year") == [(1,)]
    assert rows(con, "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'department_year' "
                     "AND comment IS NULL") == [(0,)]


def test_every_query_in_the_analysts_guide_returns_rows_on_the_samples(tmp_path):
    db = tmp_path / "w.duckdb"
    refresh(SAMPLES, db)
    guide = (ROOT / "warehouse" / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", guide, flags=re.S)
    assert len(queries) >= 12
    con = duckdb.connect(str(db), read_only=True)
    try:
        for sql in queries:
            assert con.execute(sql).fetchall(), sql
        # the sample named without its city is one department with its full spelling's place
        assert con.execute("SELECT department, province, city, district FROM departments "
                           "WHERE department = '雁塔区司法局'").fetchall() == [("雁塔区司法局", *XIAN)]
        assert con.execute("SELECT computed_execution_rate_pct, computed_rate_basis FROM department_year "
                           "WHERE source_file LIKE 'flat_pdf_table_siming%'").fetchall() == [
            (95.93, "budget_initial+budget_adjustment")]
    finally:
        con.close()


def test_described_lists_the_columns_of_a_mart_with_their_comments(tmp_path):
    from tests.support import SAMPLES, query, refresh

    db = tmp_path / "w.duckdb"
    refresh(SAMPLES, db)
    rows = query(db, "FROM described('department_year')")
    assert [r[0] for r in rows][:2] == ["department_id", "department"]
    assert all(comment for _, _, comment in rows)  # every column described, in Chinese
    assert any("执行率" in comment for _, _, comment in rows)
