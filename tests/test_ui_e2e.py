"""End to end through the real web UI: webserver and daemon on a free loopback port, "Materialize all"
clicked on the asset graph in headless Chromium, the run timed, the tables checked, the `reports`
asset page read for its preview and column schema, the automation page opened. Every process started
is stopped by PID. Screenshots go to tmp/ui_*.png."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.support import ROOT, SAMPLES, query

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "tmp"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

RUNS = """query Runs { runsOrError(limit: 5) { __typename ... on Runs { results { runId status jobName } } } }"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(port: int, query_text: str, variables: dict) -> dict:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", method="POST",
                                 data=json.dumps({"query": query_text, "variables": variables}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())["data"]


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # dagster may ignore SIGTERM: kill by PID
            proc.wait(timeout=10)


def test_ui_materialize_all_previews_and_schema(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run installs it)")
    playwright = pytest.importorskip("playwright.sync_api")
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    db = tmp_path / "w.duckdb"
    port = free_port()
    # the folder sensor stays off: the one run is the one clicked
    env = {**os.environ, "DAGSTER_HOME": str(home), "RAW_REPORTS_DIR": str(raw), "WAREHOUSE_PATH": str(db),
           "REPORTS_SENSOR": "off"}
    bin_dir = Path(sys.executable).parent
    web = subprocess.Popen([str(bin_dir / "dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    daemon = subprocess.Popen([str(bin_dir / "dagster-daemon"), "run", "-w", "workspace.yaml"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, "the webserver did not start"
                time.sleep(0.5)
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/asset-groups/reports_warehouse")
            page.wait_for_selector("text=report_charts", timeout=60_000)
            try:  # the first-visit community dialog comes up a moment after the graph
                page.get_by_role("button", name="Skip").click(timeout=8_000)
            except playwright.TimeoutError:
                pass
            for asset in ("report_files", "extracted_reports", "reports", "budget_items",
                          "indicators", "quality_findings", "rejected_files", "reporting_views", "report_charts"):
                assert page.locator(f"text={asset}").count() >= 1, asset
            SHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SHOTS / "ui_asset_graph.png"))

            # "Materialize all", as an analyst does: one run, in one process, under 30 s on the samples
            clicked = time.monotonic()
            page.get_by_role("button", name="Materialize all").click(timeout=30_000)
            deadline = clicked + 120
            while True:
                runs = graphql(port, RUNS, {})["runsOrError"]["results"]
                if runs and runs[0]["status"] in ("SUCCESS", "FAILURE", "CANCELED"):
                    break
                assert time.monotonic() < deadline, f"the run is still {runs[0]['status'] if runs else 'not started'}"
                time.sleep(0.5)
            seconds = time.monotonic() - clicked
            assert len(runs) == 1 and runs[0]["status"] == "SUCCESS", runs
            assert seconds < 30, f"Materialize all took {seconds:.1f} s"
            print(f"Materialize all: clicked to SUCCESS in {seconds:.1f} s")
            n = len(list(raw.glob("*.txt")))
            assert query(db, "SELECT count(*) FROM reports")[0][0] == n
            assert query(db, "SELECT count(*) FROM indicators")[0][0] > 0

            # the reports asset shows the table as it stands (real rows) and its columns, described
            department = query(db, "SELECT department FROM reports WHERE department IS NOT NULL "
                                   "ORDER BY fiscal_year DESC NULLS LAST, 1 LIMIT 1")[0][0]
            page.goto(f"http://127.0.0.1:{port}/assets/reports")
            page.wait_for_selector("text=preview", timeout=60_000)
            page.wait_for_selector(f"text={department}", timeout=30_000)
            assert page.locator("text=report_id").count() >= 1
            assert page.locator("text=自评总分").count() >= 1  # a column's Chinese description
            page.screenshot(path=str(SHOTS / "ui_reports_asset.png"))  # the columns, described
            page.locator(f"text={department}").first.scroll_into_view_if_needed()
            page.screenshot(path=str(SHOTS / "ui_reports_preview.png"))  # the preview's rows

            page.goto(f"http://127.0.0.1:{port}/automation")
            page.wait_for_selector("text=annual_refresh", timeout=60_000)
            assert page.locator("text=new_reports_sensor").count() >= 1
            browser.close()
        assert (SHOTS / "ui_asset_graph.png").stat().st_size > 20_000
        assert (SHOTS / "ui_reports_asset.png").stat().st_size > 20_000
    finally:
        stop(web)
        stop(daemon)
