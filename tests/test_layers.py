"""The layers keep to themselves: the interface reads through the model, the model knows no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


def imported_roots(path: Path) -> set[str]:
    """The top-level packages a module imports, anywhere in it (functions and TYPE_CHECKING too)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def offenders(package: str, forbidden: set[str]) -> list[str]:
    modules = sorted((APP / package).rglob("*.py"))
    assert modules, f"no modules under app/{package}"
    return [
        f"{path.relative_to(APP.parent)} imports {', '.join(sorted(found))}"
        for path in modules
        if (found := imported_roots(path) & forbidden)
    ]


def test_the_interface_imports_no_sqlalchemy() -> None:
    assert offenders("ui", {"sqlalchemy"}) == []


def test_the_model_imports_no_qt() -> None:
    assert offenders("model", {"PySide6", "shiboken6"}) == []


def test_the_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "def f():\n    from sqlalchemy.orm import Session\n    import PySide6.QtCore\n"
    )
    assert imported_roots(module) == {"sqlalchemy", "PySide6"}


def test_test_modules_import_helpers_not_each_other() -> None:
    tests = APP.parent / "tests"
    found = []
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                module = node.module
                if module.startswith("tests.") and not module.startswith("tests.helpers"):
                    found.append(f"{path.relative_to(tests.parent)} imports {module}")
    assert found == []
