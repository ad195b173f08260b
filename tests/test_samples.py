"""The bundled sample reports (written for the project) against what a careful reader extracts.

Each sample shows a way of writing a report: a city-level bureau, a county bureau, a 项目支出
self-evaluation, thousands separators and 亿元/元 amounts, ``|`` tables, a year given only by the
date line, and the layouts of the seeds. Expected values live in ``sample_expectations.py``.
"""

from decimal import Decimal

import pytest

from pipelines.process import process_file
from tests.sample_expectations import EXPECTED
from tests.support import SAMPLES

REPORT_FIELDS = ["title", "department", "province", "city", "district", "fiscal_year", "report_kind", "self_score",
                 "grade", "staff_authorized", "staff_actual", "budget_execution_rate_pct"]


@pytest.fixture(scope="module")
def extracted():
    return {name: process_file(SAMPLES / name, name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_report_fields(name, extracted):
    got = extracted[name].report
    assert got is not None, extracted[name].rejections
    expected = EXPECTED[name]["report"]
    for field in REPORT_FIELDS:
        want, have = expected[field], got[field]
        if isinstance(want, float):
            assert have == pytest.approx(want, abs=0.011), field
        else:
            assert have == want, field


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_canonical_budget_items(name, extracted):
    want = {(b["item"], b["fiscal_year"], Decimal(b["amount_wan_yuan"])) for b in EXPECTED[name]["budget_items"]}
    have = {(b["item"], b["fiscal_year"], b["amount_wan_yuan"]) for b in extracted[name].budget_items
            if b["item"] != "other"}
    assert have == want


def test_samples_cover_the_ways_the_seeds_do_not_show():
    reports = [e["report"] for e in EXPECTED.values()]
    assert any(r["district"] is None and r["city"] for r in reports)          # city-level bureau
    assert any((r["district"] or "").endswith("县") for r in reports)         # county bureau
    assert any(r["report_kind"] == "project" for r in reports)                # 项目支出 self-evaluation
    assert len(EXPECTED) >= 10


INDICATOR_FIELDS = ["level1", "level2", "target_op", "target_value", "target_unit", "actual_value", "actual_unit",
                    "weight", "score", "source_kind"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_indicators(name, extracted):
    want = EXPECTED[name]["indicators"]
    have = list(extracted[name].indicators)
    assert len(have) == len(want), [i["name"] for i in have]
    for w in want:
        # names as a reader would write them: the same, or one inside the other (全年在册… / …)
        got = next((h for h in have if h["name"] == w["name"]), None) or next(
            h for h in have if w["name"] in h["name"] or h["name"] in w["name"])
        have.remove(got)
        for field in INDICATOR_FIELDS:
            if isinstance(w[field], (int, float)) and w[field] is not None:
                assert got[field] == pytest.approx(w[field], abs=0.011), (w["name"], field)
            else:
                assert got[field] == w[field], (w["name"], field)
