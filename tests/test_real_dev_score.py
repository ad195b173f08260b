"""The warehouse built from the real report excerpts of the development set, graded by the shared scorer.

Real pages flatten the national forms in every way (one cell per line, ``|`` rows, whole forms on one
line, OCR noise): these bars hold the table recovery and the form readers to them.
"""

import json
import subprocess
import sys

import pytest

from tests.support import ROOT, refresh, shared_or_skip


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    docs = shared_or_skip("real-dev", "docs")
    gold = shared_or_skip("real-dev", "gold.json")
    scorer = shared_or_skip("score.py")
    warehouse = tmp_path_factory.mktemp("real_dev") / "w.duckdb"
    refresh(docs, warehouse)
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--db", str(warehouse), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    scores = json.loads(out.stdout)
    print(scores)
    return scores


def test_every_real_excerpt_is_loaded(dev_scores):
    assert dev_scores["docs_missing"] == 0


def test_budget_figures_of_real_reports(dev_scores):
    assert dev_scores["budget_f1"] >= 0.98  # (0.992 at the last measure: a floor against regressions)


def test_indicators_of_real_reports(dev_scores):
    assert dev_scores["indicator_f1"] >= 0.97
    assert dev_scores["indicator_field_accuracy"] >= 0.96


def test_report_fields_of_real_reports(dev_scores):
    """Who, where, which year, what kind (issue 12): the report fields of real pages."""
    assert dev_scores["report_field_f1"] >= 0.99
    assert dev_scores["report_field_accuracy"] >= 0.99
