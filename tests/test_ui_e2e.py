"""End to end through the real web UI: webserver and daemon on a free loopback port, a run launched
through the GraphQL API as the UI's button does, the tables checked, the asset graph and the
automation page opened in headless Chromium. Every process started is stopped by PID."""

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
SCREENSHOT = ROOT / "tmp" / "ui_asset_graph.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

LAUNCH = """mutation Launch($params: ExecutionParams!) { launchRun(executionParams: $params) {
  __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }"""
STATUS = """query Status($id: ID!) { runOrError(runId: $id) { __typename ... on Run { status } } }"""


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


def test_ui_launch_run_tables_and_asset_graph(tmp_path):
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
    env = {**os.environ, "DAGSTER_HOME": str(home), "RAW_REPORTS_DIR": str(raw), "WAREHOUSE_PATH": str(db)}
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
        params = {"selector": {"repositoryLocationName": "pipelines.definitions", "repositoryName": "__repository__",
                               "jobName": "refresh_warehouse"}, "runConfigData": {}}
        launched = graphql(port, LAUNCH, {"params": params})["launchRun"]
        assert launched["__typename"] == "LaunchRunSuccess", launched
        run_id = launched["run"]["runId"]
        deadline = time.monotonic() + 300
        while (status := graphql(port, STATUS, {"id": run_id})["runOrError"]["status"]) not in (
                "SUCCESS", "FAILURE", "CANCELED"):
            assert time.monotonic() < deadline, f"run still {status}"
            time.sleep(1)
        assert status == "SUCCESS"
        n = len(list(raw.glob("*.txt")))
        assert query(db, "SELECT count(*) FROM reports")[0][0] == n
        assert query(db, "SELECT count(*) FROM indicators")[0][0] > 0

        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/asset-groups/reports_warehouse")
            page.wait_for_selector("text=report_charts", timeout=60_000)
            try:  # the first-visit community dialog comes up a moment after the graph
                page.get_by_role("button", name="Skip").click(timeout=8_000)
            except playwright.TimeoutError:
                pass
            for asset in ("report_files", "extracted_reports", "validated_reports", "reports", "budget_items",
                          "indicators", "quality_findings", "rejected_files", "reporting_views", "report_charts"):
                assert page.locator(f"text={asset}").count() >= 1, asset
            page.wait_for_timeout(1000)
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
            page.goto(f"http://127.0.0.1:{port}/automation")
            page.wait_for_selector("text=annual_refresh", timeout=60_000)
            assert page.locator("text=new_reports_sensor").count() >= 1
            browser.close()
        assert SCREENSHOT.stat().st_size > 20_000
    finally:
        stop(web)
        stop(daemon)
