"""scripts/make_venv.sh: setup.sh makes .venv with the first candidate interpreter that is Python 3.11+
and can make a venv (the system's comes first: it is built with PGO and LTO). Fake interpreters stand in
for an old Python and for a system Python without its venv package."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NO_VENV = """#!/bin/sh
[ "$1" = "-m" ] || exit 0
mkdir -p "$3/bin"; exit 1
"""  # 3.11+, but `-m venv` leaves half a venv and fails (Debian without python3-venv)
GOOD = """#!/bin/sh
[ "$1" = "-m" ] || exit 0
mkdir -p "$3/bin"; printf '#!/bin/sh\\necho 3.11.9-%s\\n' "$(basename "$0")" > "$3/bin/python"
chmod +x "$3/bin/python"
"""
OLD = GOOD.replace("|| exit 0", "|| exit 1")  # would make a venv, but fails the version check (a Python 3.9)


def fake(folder: Path, name: str, body: str) -> str:
    path = folder / name
    path.write_text(body)
    path.chmod(0o755)
    return str(path)


def make_venv(venv: Path, *candidates: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", 'source scripts/make_venv.sh; make_venv "$@"', "make_venv", str(venv),
                           *candidates], cwd=ROOT, capture_output=True, text=True)


def test_the_first_candidate_that_can_make_a_venv_makes_it(tmp_path):
    old, no_venv = fake(tmp_path, "old", OLD), fake(tmp_path, "no_venv", NO_VENV)
    good, later = fake(tmp_path, "good", GOOD), fake(tmp_path, "later", GOOD)
    venv = tmp_path / "venv"
    done = make_venv(venv, old, no_venv, good, later)
    assert done.returncode == 0, done.stderr
    assert subprocess.run([venv / "bin" / "python"], capture_output=True, text=True).stdout == "3.11.9-good\n"
    assert f"made with {good} (3.11.9-good)" in done.stderr


def test_no_candidate_fails_naming_them_and_leaves_no_half_venv(tmp_path):
    old, no_venv = fake(tmp_path, "old", OLD), fake(tmp_path, "no_venv", NO_VENV)
    venv = tmp_path / "venv"
    done = make_venv(venv, old, no_venv, str(tmp_path / "missing"))
    assert done.returncode == 1
    assert not venv.exists()
    assert "PYTHON=" in done.stderr and no_venv in done.stderr


def test_a_real_interpreter_makes_a_working_venv(tmp_path):
    import sys

    venv = tmp_path / "venv"
    done = make_venv(venv, str(tmp_path / "missing"), sys.executable)
    assert done.returncode == 0, done.stderr
    out = subprocess.run([venv / "bin" / "python", "-c", "import sys; print(sys.prefix)"], capture_output=True, text=True)
    assert out.stdout.strip() == str(venv)
