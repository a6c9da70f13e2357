"""Model errors in the interface language: every template catalogued, translated, filled in."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import app
import app.export.files  # ExportError is a WorkshopError subclass
from app.model import errors
from app.model.errors import InvalidValue, LockedError, OperationError, WorkshopError
from app.model.interchange.csv_notes import read_notes_csv
from app.ui.error_texts import CATALOGUE, CONTEXT, describe
from app.ui.i18n import TRANSLATIONS, Translations

APP = Path(app.__file__).parent
TS = TRANSLATIONS / "bruinpapier_nl.ts"


def error_classes() -> set[str]:
    """Names of every class whose first string arguments are message templates."""
    names = {InvalidValue.__name__}
    todo: list[type] = [WorkshopError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def raised_templates() -> Iterator[tuple[str, int, ast.expr, dict[str, str]]]:
    """(file, line, argument, module constants) for every string-ish argument of an error call."""
    names = error_classes()
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name) and isinstance(node.value.value, str)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names:
                for arg in node.args:
                    yield str(path.relative_to(APP)), node.lineno, arg, constants


def literal_templates() -> set[str]:
    found = set()
    for _, _, arg, constants in raised_templates():
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.add(arg.value)
        elif isinstance(arg, ast.Name) and arg.id in constants:
            found.add(constants[arg.id])
    return found


def fields(template: str) -> set[tuple[str, str | None]]:
    return {(name, conv) for _, name, _, conv in string.Formatter().parse(template) if name}


def dutch_catalogue() -> dict[str, ET.Element]:
    root = ET.parse(TS).getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == CONTEXT]
    return {m.findtext("source"): m.find("translation") for m in context.iter("message")}


@pytest.fixture
def dutch(qapp: object) -> Iterator[None]:
    translations = Translations()
    translations.apply("nl")
    yield
    translations.apply("en")


def test_every_raised_template_is_in_the_catalogue() -> None:
    raised = literal_templates()
    assert "Round “{title}” is closed; reopen it before changing its board." in raised
    assert "unknown kind {word!r} (expected one of: {allowed})" in raised
    assert raised <= set(CATALOGUE), sorted(raised - set(CATALOGUE))


def test_no_error_is_raised_with_a_formatted_message() -> None:
    """An f-string or a sum would give the UI a text it cannot look up."""
    formatted = [
        f"{file}:{line}"
        for file, line, arg, _ in raised_templates()
        if isinstance(arg, ast.JoinedStr | ast.BinOp)
    ]
    assert formatted == []


def test_every_template_has_a_finished_dutch_translation_with_the_same_fields() -> None:
    translated = dutch_catalogue()
    for template in CATALOGUE:
        translation = translated.get(template)
        assert translation is not None, template
        assert translation.get("type") is None, template  # not unfinished, not obsolete
        assert translation.text, template
        assert fields(translation.text) == fields(template), template


def test_a_refusal_is_dutch_in_the_interface_and_english_in_str(dutch: None) -> None:
    exc = OperationError(
        "Round “{title}” is closed; reopen it before changing its board.", title="X"
    )
    assert str(exc) == "Round “X” is closed; reopen it before changing its board."
    assert describe(exc) == "Ronde “X” is gesloten; heropen hem om het bord te wijzigen."


def test_a_store_error_keeps_its_path_and_translates_the_problem(dutch: None) -> None:
    exc = LockedError(
        "/tmp/a.bruinpapier",
        "this workshop is already open in another Bruinpapier (process {process})",
        process=123,
    )
    assert exc.problem == "this workshop is already open in another Bruinpapier (process 123)"
    assert describe(exc) == (
        "/tmp/a.bruinpapier: "
        "dit traject is al geopend in een ander Bruinpapier-venster (proces 123)"
    )


def test_a_bad_csv_line_is_named_in_dutch(dutch: None, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    rows = ["session,round,subgroup,kind,text"] + [f"S,R,G,idee,tekst {i}" for i in range(4)]
    path.write_text("\n".join([*rows, "S,R,G,foo,tekst"]) + "\n", encoding="utf-8")
    with pytest.raises(errors.ImportFormatError) as refused:
        read_notes_csv(path)
    assert refused.value.line == 6
    assert str(refused.value).startswith(f"{path}, line 6: unknown kind 'foo' (expected one of: ")
    assert describe(refused.value).startswith(
        f"{path}, regel 6: onbekende soort 'foo' (toegestaan: "
    )


def test_an_unknown_template_is_shown_as_it_is(dutch: None) -> None:
    """A message built elsewhere (an SQLite reason, say) passes through untouched, braces too."""
    assert describe(WorkshopError("no such table: {x}")) == "no such table: {x}"
