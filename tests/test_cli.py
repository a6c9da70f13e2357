"""The command line: verbs, exit codes and one-line errors, in-process and as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from sqlalchemy import func, select

import app.__main__ as cli
from app import __version__
from app.__main__ import main
from app.model.entities import Note, Round, Session
from app.model.kinds import RoundState
from app.model.ops import Update
from app.model.ops.edits import set_round_state
from app.model.schema import head_revision
from app.model.store import WorkshopStore
from tests.helpers.paths import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
BAD_CSV = (
    "session,round,subgroup,kind,cluster,text,votes\nS,R,A,idee,,goed,\nS,R,A,idee,,fout,veel\n"
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.bruinpapier"
    assert main(["demo", str(path)]) == 0
    return path


def note_count(path: Path) -> int:
    with WorkshopStore.open(path, backup=False) as store, store.read() as db:
        return db.scalar(select(func.count()).select_from(Note))


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


# -- the app ---------------------------------------------------------------------


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    calls: list[tuple] = []
    module = types.ModuleType("app.ui.app")
    module.run_app = lambda path, demo, name=None: calls.append((path, demo, name)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.app", module)
    return calls


def test_opening_the_app(fake_gui, tmp_path):
    assert main([]) == 0
    assert main(["--demo"]) == 0
    assert main([str(tmp_path / "w.bruinpapier")]) == 0
    assert fake_gui == [
        (None, False, None),
        (None, True, None),
        (tmp_path / "w.bruinpapier", False, None),
    ]


def test_round_by_full_name_or_unique_prefix(fake_gui, demo_file):
    assert main([str(demo_file), "--round", "Ronde 3 - Nieuwe"]) == 0
    assert main(["--demo", "--round", "Ronde 2 – Per"]) == 0
    assert fake_gui == [(demo_file, False, "Ronde 3 - Nieuwe"), (None, True, "Ronde 2 – Per")]


@pytest.mark.parametrize(
    ("name", "said"),
    [("Ronde 2", "more than one round"), ("Ronde 9", "no round is called 'Ronde 9'")],
)
def test_an_unknown_or_ambiguous_round_is_one_line(fake_gui, demo_file, capsys, name, said):
    assert main([str(demo_file), "--round", name]) == 1
    assert said in one_line_error(capsys)
    assert fake_gui == []


def test_round_without_a_workshop_is_wrong_usage(fake_gui, capsys):
    assert main(["--round", "Ronde 2"]) == 2
    assert "--round needs a FILE" in capsys.readouterr().err


def test_demo_and_a_file_together_is_wrong_usage(fake_gui, capsys, tmp_path):
    assert main(["--demo", str(tmp_path / "w.bruinpapier")]) == 2
    assert "not both" in capsys.readouterr().err
    assert fake_gui == []


def test_missing_gui_is_said_plainly(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "app.ui.app", None)
    assert main(["--demo"]) == 1
    assert "graphical interface is not available" in one_line_error(capsys)


def test_version_and_help(capsys):
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for verb in ("demo OUT", "import FILE", "export FILE", "check FILE", "exit codes"):
        assert verb in out


@pytest.mark.parametrize(
    "argv",
    [["export"], ["export", "w.bruinpapier"], ["check"], ["import", "w.bruinpapier"], ["--nope"]],
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


# -- demo, import, export --------------------------------------------------------


def test_demo_refuses_an_existing_file(demo_file, capsys):
    before = demo_file.read_bytes()
    assert main(["demo", str(demo_file)]) == 1
    assert "already exists" in one_line_error(capsys)
    assert demo_file.read_bytes() == before


def test_import_csv_creates_the_workshop(tmp_path, capsys):
    target = tmp_path / "new.bruinpapier"
    assert main(["import", str(target), str(EXAMPLES / "notes.csv")]) == 0
    assert "imported 126 notes" in capsys.readouterr().out
    assert note_count(target) == 126
    assert main(["import", str(target), str(EXAMPLES / "notes.csv")]) == 0
    assert note_count(target) == 252


def test_bad_csv_names_the_line_and_creates_nothing(tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text(BAD_CSV, encoding="utf-8")
    target = tmp_path / "new.bruinpapier"
    assert main(["import", str(target), str(source)]) == 1
    err = one_line_error(capsys)
    assert f"{source}, line 3: votes must be a whole number" in err
    assert sorted(tmp_path.iterdir()) == [source]


def test_import_into_a_closed_round_names_the_workshop(tmp_path, capsys):
    target = tmp_path / "w.bruinpapier"
    assert main(["import", str(target), str(EXAMPLES / "notes.csv")]) == 0
    with WorkshopStore.open(target, backup=False) as store:
        with store.read() as db:
            first = db.scalars(select(Round.id).order_by(Round.id)).first()
        store.apply(set_round_state(first, RoundState.CLOSED))
    capsys.readouterr()
    assert main(["import", str(target), str(EXAMPLES / "notes.csv")]) == 1
    err = one_line_error(capsys)
    assert err.startswith(f"bruinpapier: {target}: ") and "closed" in err
    assert note_count(target) == 126


def test_import_with_an_unknown_extension_is_wrong_usage(tmp_path, capsys):
    source = tmp_path / "notes.xlsx"
    source.write_bytes(b"")
    assert main(["import", str(tmp_path / "w.bruinpapier"), str(source)]) == 2
    assert "expected a .csv" in capsys.readouterr().err


def test_export_and_import_json(demo_file, tmp_path, capsys):
    out = tmp_path / "w.json"
    assert main(["export", str(demo_file), "--json", str(out)]) == 0
    copy = tmp_path / "copy.bruinpapier"
    assert main(["import", str(copy), str(out)]) == 0
    assert note_count(copy) == 126
    assert main(["import", str(copy), str(out)]) == 1
    assert "new, empty workshop" in one_line_error(capsys)
    again = tmp_path / "again.json"
    assert main(["export", str(copy), "--json", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_export_csv(demo_file, tmp_path, capsys):
    out = tmp_path / "notes.csv"
    assert main(["export", str(demo_file), "--csv", str(out)]) == 0
    assert "wrote 126 notes" in capsys.readouterr().out
    # The example plus the demo's chance marks, in the optional last column.
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].endswith(",chance")
    plain = "".join(row.rsplit(",", 1)[0] + "\n" for row in rows)
    assert plain == (EXAMPLES / "notes.csv").read_text(encoding="utf-8")


def test_export_pdf_calls_the_report(demo_file, tmp_path, monkeypatch, capsys):
    written: list[Path] = []

    def write_report(store: WorkshopStore, path: Path) -> types.SimpleNamespace:
        with store.read() as db:
            boards = select(func.count()).select_from(Session).where(Session.kind == "workshop")
            assert db.scalar(boards) == 2
        written.append(Path(path))
        return types.SimpleNamespace(path=Path(path), pages=7, warnings=("a glyph is missing",))

    module = types.ModuleType("app.export.report")
    module.write_report = write_report  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.export.report", module)
    assert main(["export", str(demo_file), "--pdf", str(tmp_path / "r.pdf")]) == 0
    assert written == [tmp_path / "r.pdf"]
    captured = capsys.readouterr()
    assert "7 pages" in captured.out and "a glyph is missing" in captured.err


def test_export_pdf_on_a3_when_asked(demo_file, tmp_path, monkeypatch):
    papers: list[str] = []

    def write_report(store: WorkshopStore, path: Path, paper: str = "a4") -> object:
        papers.append(paper)
        return types.SimpleNamespace(path=Path(path), pages=1, warnings=())

    module = types.ModuleType("app.export.report")
    module.write_report = write_report  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.export.report", module)
    assert main(["export", str(demo_file), "--pdf", str(tmp_path / "r.pdf"), "--a3"]) == 0
    assert papers == ["a3"]


def test_export_pdf_without_the_report_module(demo_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "app.export.report", None)
    assert main(["export", str(demo_file), "--pdf", str(tmp_path / "r.pdf")]) == 1
    assert "not available yet" in one_line_error(capsys)


def test_export_reads_a_workshop_open_elsewhere_without_touching_it(demo_file, tmp_path):
    with WorkshopStore.open(demo_file, backup=False) as store:
        store.apply(Update("note", {1: {"text": "edited while open"}}))
        assert main(["export", str(demo_file), "--csv", str(tmp_path / "n.csv")]) == 0
    assert "edited while open" in (tmp_path / "n.csv").read_text(encoding="utf-8")


# -- check ---------------------------------------------------------------------


def test_check_prints_integrity_and_counts(demo_file, capsys):
    before = demo_file.read_bytes()
    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{demo_file}: integrity ok (schema {head_revision()})"
    assert out[1].startswith("workshop: SWS Balans")
    assert (
        "Sessie 1 – De bedoeling / Ronde 2 – Waar word je blij van?: "
        "5 subgroups, 0 clusters, 25 notes"
    ) in out
    assert any(line.startswith("batenlogica: 32 nodes, 34 arrows; 5 themes") for line in out)
    assert demo_file.read_bytes() == before


def test_check_works_while_the_workshop_is_open(demo_file, capsys):
    with WorkshopStore.open(demo_file, backup=False):
        assert main(["check", str(demo_file)]) == 0
    assert "integrity ok" in capsys.readouterr().out


def test_check_lines_can_be_extended(demo_file, monkeypatch, capsys):
    monkeypatch.setattr(cli, "CHECKS", [*cli.CHECKS, lambda db: ["finding one", "finding two"]])
    assert main(["check", str(demo_file)]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["finding one", "finding two"]


def test_check_of_a_damaged_file_exits_1(demo_file, tmp_path, capsys):
    damaged = tmp_path / "damaged.bruinpapier"
    data = bytearray(demo_file.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    assert main(["check", str(damaged)]) == 1
    assert "damaged" in one_line_error(capsys)
    assert damaged.read_bytes() == bytes(data)


# -- as a real process -----------------------------------------------------------


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr


def test_process_errors_are_one_line(tmp_path):
    assert_one_line_failure(run("check", "missing.bruinpapier", cwd=tmp_path), "does not exist")
    (tmp_path / "letter.bruinpapier").write_text("Dear school,\n", encoding="utf-8")
    assert_one_line_failure(
        run("check", "letter.bruinpapier", cwd=tmp_path), "letter.bruinpapier", "not a"
    )
    (tmp_path / "bad.csv").write_text(BAD_CSV, encoding="utf-8")
    assert_one_line_failure(
        run("import", "w.bruinpapier", "bad.csv", cwd=tmp_path), "bad.csv, line 3"
    )
    assert not (tmp_path / "w.bruinpapier").exists()


def test_process_refuses_a_workshop_open_in_another_process(demo_file, tmp_path):
    with WorkshopStore.open(demo_file, backup=False):
        result = run("import", demo_file, EXAMPLES / "notes.csv", cwd=tmp_path)
        assert_one_line_failure(result, "already open in another Bruinpapier")
        reading = run("export", demo_file, "--json", "open.json", cwd=tmp_path)
        assert reading.returncode == 0 and reading.stderr == ""  # exports read a snapshot
    assert note_count(demo_file) == 126
    ok = run("export", demo_file, "--json", "w.json", cwd=tmp_path)
    assert ok.returncode == 0 and ok.stderr == ""
