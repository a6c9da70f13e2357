"""Smoke test of the built one-folder bundle, run by .ci/run after `python packaging/build.py`.

Collected only when ``BRUINPAPIER_BUNDLE`` names the bundle's folder (see tests/conftest.py).
Every command runs the bundled executable from another folder with no Python environment on
PATH, as a facilitator would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(os.environ["BRUINPAPIER_BUNDLE"]).resolve()
    assert (folder / "bruinpapier").is_file(), f"no bundle at {folder}; build it first"
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def clean_env(home: Path) -> dict[str, str]:
    """No virtual environment, no PYTHONPATH, the user folders inside the test's own folder."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    assert not any(".venv" in value for value in env.values())
    return env


def run(bundle: Path, home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(bundle / "bruinpapier"), *map(str, args)],
        cwd=home,
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_version_is_the_one_in_pyproject(bundle: Path, home: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    result = run(bundle, home, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"bruinpapier {version}"


def test_demo_check_import_and_pdf_export(bundle: Path, home: Path) -> None:
    demo = home / "demo.bruinpapier"
    assert run(bundle, home, "demo", demo).returncode == 0
    checked = run(bundle, home, "check", demo)
    assert checked.returncode == 0, checked.stderr
    assert "integrity ok" in checked.stdout

    csv = home / "notes.csv"
    csv.write_text(
        "session,round,subgroup,kind,cluster,text,votes\n"
        "Sessie 1,Ronde 1,Ouders,idee,,Meer ontmoeten op het plein,2\n"
        "Sessie 1,Ronde 1,Leraren,werkdruk,,Te veel vergaderingen,\n",
        encoding="utf-8",
    )
    fresh = home / "nieuw.bruinpapier"
    imported = run(bundle, home, "import", fresh, csv)
    assert imported.returncode == 0, imported.stderr
    exported = home / "notes-out.csv"
    assert run(bundle, home, "export", fresh, "--csv", exported).returncode == 0
    assert "Meer ontmoeten op het plein" in exported.read_text(encoding="utf-8-sig")

    pdf = home / "rapport.pdf"
    result = run(bundle, home, "export", demo, "--pdf", pdf)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "bedoeling" in text.lower()


@pytest.fixture
def window(bundle: Path, home: Path) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [str(bundle / "bruinpapier"), "--demo"],
        cwd=home,
        env=clean_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_window_opens_the_demo_offscreen_and_quits(window: subprocess.Popen[str], home: Path):
    deadline = time.monotonic() + 60
    demo: list[Path] = []
    while time.monotonic() < deadline and not demo and window.poll() is None:
        demo = list(home.glob("bruinpapier-demo-*/*.bruinpapier"))
        time.sleep(0.2)
    assert window.poll() is None, window.communicate()[1]
    assert demo, "the window never wrote the demo workshop"
    time.sleep(2)  # let the window draw the demo board
    window.send_signal(signal.SIGTERM)
    _, err = window.communicate(timeout=30)
    assert "Traceback" not in err, err
    assert window.returncode == 0, err


def test_every_resource_and_migration_is_inside_the_bundle(bundle: Path) -> None:
    internal = bundle / "_internal"

    def files(folder: Path, base: Path) -> set[str]:
        return {
            str(p.relative_to(base))
            for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    wanted = files(ROOT / "resources", ROOT) | files(ROOT / "app" / "model" / "migrations", ROOT)
    present = files(internal / "resources", internal) | files(
        internal / "app" / "model" / "migrations", internal
    )
    assert wanted - present == set()
    # What the code loads from outside resources/: Qt's Dutch dialogs and Dutch hyphenation.
    assert list(internal.rglob("qtbase_nl.qm"))
    assert list(internal.rglob("hyph_nl_NL.dic"))


def test_bundle_stays_under_200_mb(bundle: Path) -> None:
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert total < 200_000_000, f"{total / 1e6:.0f} MB"


def test_runs_with_nothing_on_path(bundle: Path, home: Path) -> None:
    """The bundled interpreter needs no python3 (or anything else) reachable on PATH."""
    env = clean_env(home) | {"PATH": str(home / "empty")}
    result = subprocess.run(
        [str(bundle / "bruinpapier"), "--version"],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("bruinpapier ")
