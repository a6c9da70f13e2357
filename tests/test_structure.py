"""The code's shape: no import cycles in app/, and no module too long to read in one sitting."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
MAX_LINES = 450


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(APP.rglob("*.py")) if "migrations" not in p.parts}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The app modules ``path`` imports anywhere (functions and TYPE_CHECKING blocks too).

    ``from a.b import c`` names the module ``a.b.c`` when there is one, else ``a.b``.
    """
    found: set[str] = set()
    package = module_name(path).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                if full in known:
                    found.add(full)
                elif base in known:
                    found.add(base)
    return found - {module_name(path)}


def import_graph() -> nx.DiGraph:
    found = modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(found)
    for name, path in found.items():
        graph.add_edges_from((name, other) for other in imports_of(path, set(found)))
    return graph


def test_no_modules_import_each_other_directly_or_in_a_circle() -> None:
    cycles = sorted(" → ".join([*c, c[0]]) for c in nx.simple_cycles(import_graph()))
    assert cycles == []


def test_the_graph_sees_the_imports() -> None:
    graph = import_graph()
    assert graph.has_edge("app.ui.window.main_window", "app.ui.board.editor")
    assert graph.has_edge("app.ui.batenlogica.links", "app.ui.batenlogica.commands")
    assert graph.number_of_edges() > 200


def test_no_module_is_over_450_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in modules().values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
