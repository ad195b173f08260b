"""The refresh benchmark, end to end at a tiny size: the contract's CLI command, the floor, peak RSS."""

import json
import re
import subprocess
import sys
import pytest

from benchmarks.corpus import SEEDS, generate, source_places
from benchmarks.refresh_bench import targets
from tests.support import ROOT


def test_benchmark_times_the_cli_and_reports_real_values(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run([sys.executable, "benchmarks/refresh_bench.py", "--n", "20", "--source", "samples",
                           "--runs", "1", "--no-in-process", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["cli"] == "dagster job execute -m pipelines.definitions -j refresh_warehouse"
    [row] = results["by_n"]
    assert row["n"] == 20 and row["source"] == "samples"
    assert row["full_files_parsed"] == 20  # through the CLI, read back from the instance it wrote
    assert row["no_change_files_parsed"] == 0
    assert row["one_percent_files_parsed"] == 1 and row["one_percent_files_changed"] == 1
    assert row["floor_files"] == 20 and row["floor_s"] > 0
    assert row["full_refresh_s"] > 0 and "in_process_full_s" not in row  # --no-in-process: the CLI only
    assert row["reports_per_s"] == row["n"] / row["full_refresh_s"]
    assert row["full_over_floor"] == row["full_refresh_s"] / row["floor_s"]
    assert 100 < row["peak_rss_tree_mb"] < 4096 and row["peak_rss_tree_mb"] >= row["full_peak_rss_run_process_mb"]
    assert 2 < row["mean_kb"] < 5  # the bundled samples are ~3 KB
    # extraction CPU per report, on the corpus and on distinct documents (at least the bundled samples)
    samples = len([f for f in (ROOT / "sample_reports").glob("*.txt")])
    assert row["extract_distinct_files"] >= samples and 0 < row["extract_cpu_ms_distinct"] < 1000
    assert row["raw_runs"][0]["extract"]["corpus_files"] == 15 and 0 < row["extract_cpu_ms_corpus"] < 1000
    assert f"on {row['extract_distinct_files']} distinct real documents" in proc.stdout
    assert results["targets"]["at_n"] == 20 and set(results["targets"]["checks"]) == {
        "reports_per_s", "full_over_floor", "no_change_refresh_s", "peak_rss_tree_mb", "failed_runs"}
    assert row["failures"] == [] and results["targets"]["checks"]["failed_runs"]["pass"]
    # the host's speed, timed on a fixed workload before and after the run
    assert len(row["raw_runs"][0]["host_probe_ms"]) == 2 and all(0 < ms < 60_000 for ms in row["raw_runs"][0]["host_probe_ms"])
    assert "| N | mean KB | CLI full s |" in proc.stdout and "| 20 | 20 / 0 / 1 |" in proc.stdout
    assert "full refresh reports/s" in proc.stdout and ("PASS" in proc.stdout or "FAIL" in proc.stdout)


def test_scaling_ratio_is_checked_against_3x_within_15_percent():
    def row(n, s):
        return {"n": n, "full_refresh_s": s, "in_process_full_s": s, "reports_per_s": n / s, "full_over_floor": 3.0,
                "no_change_refresh_s": 1.0, "peak_rss_tree_mb": 500, "failures": []}

    ok = targets([row(10_000, 10.0), row(30_000, 33.0)])
    assert ok["at_n"] == 10_000 and ok["scaling"]["ratio"] == 3.3 and ok["scaling"]["pass"]
    assert ok["checks"]["reports_per_s"] == {"value": 1000.0, "op": ">=", "target": 600, "pass": True}
    failed = targets([{**row(10_000, 10.0), "failures": ["run 1, CLI full: FAILURE: OutOfMemoryException"]}])
    assert failed["checks"]["failed_runs"] == {"value": 1, "op": "==", "target": 0, "pass": False}
    slow = targets([row(10_000, 10.0), row(30_000, 36.0)])
    assert slow["scaling"]["ratio"] == 3.6 and not slow["scaling"]["pass"]


REPORT = """广州市黄埔区民政局2022年度部门整体支出绩效自评报告
一、基本情况
广州市黄埔区民政局2022年收入合计1,234.56万元，其中基本支出867.64万元，项目支出2851958.99元。
项目 年初预算数 全年执行数 得分
合计 843.65 822.26 98.50
预算执行率97.80%，自评得分98.50分。
"""


def test_every_generated_file_differs_and_is_moved(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "r.txt").write_text(REPORT, encoding="utf-8")
    assert source_places([source / "r.txt"]) == {"r.txt": ("广东省", "广州市", "黄埔区")}
    files = generate(tmp_path / "out", 40, source=source)
    assert len({f.read_bytes() for f in files}) == 40
    for f in files[:5]:
        city = f.relative_to(tmp_path / "out").parts[1]  # <province>/<city>/<n>_r.txt
        text = f.read_text(encoding="utf-8")
        title = re.fullmatch(r"(.+)民政局(\d{4})年度部门整体支出绩效自评报告", text.splitlines()[0])
        assert title.group(1).startswith(city) and title.group(1).endswith(("区", "县")), title.group(1)
        assert "黄埔区" not in text and (city == "广州市" or "广州市" not in text)  # every old name replaced
        assert 2018 <= int(title.group(2)) <= 2023  # 2022 moved by -4 to +1
        # rates, and bare figures up to 100 (scores, weights) as written; money scaled by one factor
        assert "97.80%" in text and "98.50" in text
        amounts = [float(x) for x in re.findall(r"(\d+\.\d{2})万元", text)]
        assert len(amounts) == 2 and amounts[0] / 1234.56 == pytest.approx(amounts[1] / 867.64, rel=1e-3)
        assert 0.7 <= amounts[0] / 1234.56 <= 1.3 and "843.65" not in text


def test_a_source_with_nothing_to_vary_is_refused(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "flat.txt").write_text("绩效自评报告\n工作总体完成较好。\n", encoding="utf-8")
    with pytest.raises(ValueError, match="identical"):
        generate(tmp_path / "out", 2, source=source)


def test_seed_corpus_is_real_length(tmp_path):
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent: the real-length corpus needs the seed reports")
    files = generate(tmp_path, 10, source="seeds")
    sizes = [f.stat().st_size for f in files]
    assert 8_000 < sum(sizes) / len(sizes) < 14_000
    assert len({f.read_bytes() for f in files}) == 10


def test_table_shows_each_size_the_targets_and_what_failed():
    from benchmarks.refresh_bench import table

    row = {"n": 10_000, "mean_kb": 10.5, "full_refresh_s": 20.0, "reports_per_s": 500.0, "floor_s": 5.0,
           "full_over_floor": 4.0, "no_change_refresh_s": 2.5, "one_percent_refresh_s": 4.0, "peak_rss_tree_mb": 600.0,
           "full_files_parsed": 10_000, "no_change_files_parsed": 0, "one_percent_files_parsed": 100,
           "failures": ["run 1, CLI full: FAILURE: step report_charts: RuntimeError: out of memory"],
           "warnings": ["the extractor version changed during run 1"]}
    results = {"by_n": [row], "targets": targets([row]), "memory_by_n": [],
               "pdf": {"files": 2, "pages": 10, "ours": 20.0, "pdfplumber": 30.0, "pypdfium2": 300.0}}
    text = table(results)
    assert "| 10,000 | 10.5 | 20.0 | 500 | 5.0 | 4.00 | 2.50 | 4.00 | 600 |" in text
    assert "| 10,000 | 10000 / 0 / 100 | skipped | - | - |" in text
    assert "FAILED at N = 10,000: run 1, CLI full: FAILURE: step report_charts" in text
    assert "WARNING at N = 10,000: the extractor version changed" in text
    assert "PDF (2 files, 10 pages): pages/s ours 20.0, pdfplumber 30.0, pypdfium2 300.0" in text
    verdicts = [line.split()[-1] for line in text.splitlines() if line.startswith("  ")]
    # reports/s, full / floor, no-change s, peak RSS, failed runs
    assert verdicts == ["FAIL", "FAIL", "PASS", "PASS", "FAIL"]
