"""The warehouse built from the real seed reports, graded by the shared scorer."""

import json
import subprocess
import sys

from tests.support import ROOT, refresh, shared_or_skip


def test_seed_scores_meet_the_bars(warehouse):
    seeds = shared_or_skip("seeds")
    gold = shared_or_skip("gold", "seeds.json")
    scorer = shared_or_skip("score.py")
    refresh(seeds, warehouse)
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--db", str(warehouse), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    scores = json.loads(out.stdout)
    print(scores)
    assert scores["docs_missing"] == 0
    assert scores["report_field_accuracy"] >= 0.95
    assert scores["budget_f1"] >= 0.95
    assert scores["indicator_f1"] >= 0.90
    assert scores["indicator_field_accuracy"] >= 0.90

