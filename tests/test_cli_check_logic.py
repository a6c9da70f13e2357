"""``bruinpapier check`` prints the batenlogica analysis after the integrity report."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.__main__ import main
from app.model.ops.edits import Add
from app.model.store import WorkshopStore


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["check", str(path)]) == 0
    return capsys.readouterr().out.splitlines()


def test_check_prints_the_demo_findings_after_the_integrity_line(tmp_path, capsys) -> None:
    path = tmp_path / "demo.bruinpapier"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    lines = check(path, capsys)
    assert "integrity ok" in lines[0]
    mail = "workload “Afhandeling van mail”: workload from systems and ways of working"
    parents = "workload “Verwachtingen van ouders”: workload from working on the purpose"
    assert mail in lines and parents in lines
    assert lines.index(mail) > 0
    workload = [line for line in lines if line.startswith("workload “")]
    assert len(workload) == 5
    assert any(line.startswith("theme “Onderwijs samen met ouders”: serves ") for line in lines)


def test_check_names_each_problem_by_its_node(tmp_path, capsys) -> None:
    path = tmp_path / "crafted.bruinpapier"
    with WorkshopStore.create(path) as store:
        nodes = [("oplossing", "Plan"), ("bedoeling", "Doel"), ("activiteit", "Los")]
        store.apply(Add("logic_node", tuple({"kind": k, "label": lab} for k, lab in nodes)))
        store.apply(Add("logic_edge", ({"cause_id": 2, "effect_id": 1},)))
    lines = check(path, capsys)
    assert "purpose “Doel”: arrow runs backwards, to solution “Plan”" in lines
    assert "activity “Los”: does not contribute to the purpose" in lines
    assert "solution “Plan”: does not contribute to the purpose" in lines
    assert "purpose “Doel”: no approach yet" in lines
