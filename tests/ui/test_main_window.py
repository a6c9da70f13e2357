"""The main window driven as a facilitator would: open, browse, edit, undo, search, language."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.model.entities import LogicNode, LogicNodeSource, Note, Round, Session
from app.model.errors import WorkshopError
from app.model.kinds import LogicKind, NoteKind, RoundState
from app.model.ops.edits import edit
from app.model.store import WorkshopStore
from app.ui.error_texts import describe
from app.ui.i18n import Translations
from app.ui.window.main_window import MainWindow
from app.ui.window.settings import MAX_RECENT, Settings
from app.ui.window.workshop_tree import ID_ROLE
from tests.helpers.window import click_item, click_note, first_note, round_item, tree_items

# The offscreen platform says so when a window's size limits change or a window is raised.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

OPEN_ROUND = 3  # demo: session 2, round 2 (rounds 1 and 2 are closed)


def note(store: WorkshopStore, note_id: int) -> Note:
    with store.read() as db:
        return db.get_one(Note, note_id)


# -- opening --------------------------------------------------------------------


def test_opening_a_workshop_shows_its_sessions_and_rounds(window, demo_file):
    assert window.open_file(demo_file)
    store = window.document.store
    with store.read() as db:
        sessions = db.scalars(select(Session.title).order_by(Session.position)).all()
        rounds = db.execute(select(Round.id, Round.title, Round.state)).all()
        counts = dict(db.execute(select(Note.round_id, func.count()).group_by(Note.round_id)).all())
    assert [i.text(0) for i in tree_items(window, "session")] == sessions
    for round_id, title, state in rounds:
        item = round_item(window, round_id)
        assert item.text(0) == title
        assert item.text(1) == str(counts[round_id])
        assert ("gesloten" in item.toolTip(0)) == (state == RoundState.CLOSED)
    assert window.windowTitle() == "demo"
    assert window.tree.current_round() == OPEN_ROUND  # the first round still open
    assert window.board.board_scene.round_id == OPEN_ROUND
    for kind in ("logic", "report"):
        (entry,) = tree_items(window, kind)
        assert entry.flags() & Qt.ItemFlag.ItemIsEnabled
        assert entry.toolTip(0)


def test_clicking_a_round_shows_its_board(qtbot, window, demo_file):
    window.open_file(demo_file)
    click_item(qtbot, window, round_item(window, 4))
    scene = window.board.board_scene
    assert scene.round_id == 4
    with window.document.store.read() as db:
        ids = set(db.scalars(select(Note.id).where(Note.round_id == 4)))
    assert set(scene.notes) == ids
    assert window.capture.round_id == 4


def test_tree_follows_committed_changes(qtbot, window, demo_file):
    window.open_file(demo_file)
    click_item(qtbot, window, round_item(window, OPEN_ROUND))
    before = int(round_item(window, OPEN_ROUND).text(1))
    qtbot.mouseClick(window.capture.field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.capture.field, "Eerste idee")
    window.capture.field.appendPlainText("Tweede idee")
    qtbot.mouseClick(window.capture.add_button, Qt.MouseButton.LeftButton)
    assert round_item(window, OPEN_ROUND).text(1) == str(before + 2)
    window.action_set["undo"].trigger()
    assert round_item(window, OPEN_ROUND).text(1) == str(before)


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def _read_only(path: Path) -> None:
    path.chmod(0o444)


def _not_a_workshop(path: Path) -> None:
    path.write_text("session,round,text\n1,2,three\n", encoding="utf-8")


@pytest.mark.parametrize(
    "spoil", [_damaged, _newer, _read_only, _not_a_workshop], ids=lambda f: f.__name__[1:]
)
def test_a_refused_file_shows_the_store_message_and_stays_untouched(
    window, interaction, demo_file, spoil
):
    spoil(demo_file)
    with pytest.raises(WorkshopError) as refused:
        WorkshopStore.open(demo_file)
    before = demo_file.read_bytes()
    neighbours = sorted(demo_file.parent.iterdir())
    assert not window.open_file(demo_file)
    assert interaction.errors == [("Dit traject kan niet worden geopend", describe(refused.value))]
    assert describe(refused.value).startswith(f"{refused.value.path}: ")
    assert describe(refused.value) != str(refused.value)  # Dutch, not the model's English
    assert demo_file.read_bytes() == before
    assert sorted(demo_file.parent.iterdir()) == neighbours
    assert window.document is None
    assert window.pages.currentWidget() is window.welcome


HOLD_OPEN = (
    "import sys; from app.model.store import WorkshopStore; "
    "s = WorkshopStore.open(sys.argv[1], backup=False); print('open', flush=True); "
    "sys.stdin.read(); s.close()"
)


def test_a_file_open_elsewhere_is_refused_and_the_open_workshop_stays(
    window, interaction, demo_file, tmp_path
):
    other = tmp_path / "other.bruinpapier"
    WorkshopStore.create(other, name="Ander traject").close()
    window.open_file(other)
    holder = subprocess.Popen(  # another Bruinpapier with the demo open
        [sys.executable, "-c", HOLD_OPEN, str(demo_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkshopError) as refused:
            WorkshopStore.open(demo_file)
        before = demo_file.read_bytes()
        assert not window.open_file(demo_file)
        assert demo_file.read_bytes() == before
    finally:
        holder.communicate("")
    assert refused.value.path == demo_file.resolve()
    where = f"{demo_file.resolve()}: "
    assert str(refused.value) == (  # the model's English, as the CLI prints it
        where + f"this workshop is already open in another Bruinpapier (process {holder.pid})"
    )
    assert interaction.errors == [
        (
            "Dit traject kan niet worden geopend",
            where
            + f"dit traject is al geopend in een ander Bruinpapier-venster (proces {holder.pid})",
        )
    ]
    assert window.document.store.path == other.resolve()


def test_new_workshop_is_created_and_opened(window, interaction, tmp_path):
    interaction.paths.append(tmp_path / "Mijn traject")  # the dialog may drop the suffix
    window.action_set["new"].trigger()
    created = tmp_path / "Mijn traject.bruinpapier"
    assert window.document.store.path == created.resolve()
    assert tree_items(window, "workshop")[0].text(0) == "Mijn traject"
    interaction.paths.append(created)
    window.set_document(None)
    window.action_set["new"].trigger()
    assert interaction.errors[-1][1] == f"{created}: er bestaat al een bestand met deze naam"


# -- undo and redo -----------------------------------------------------------------


def test_undo_and_redo_name_the_action(qtbot, window, demo_file):
    window.open_file(demo_file)
    undo, redo = window.action_set["undo"], window.action_set["redo"]
    assert not undo.isEnabled()
    assert undo.text() == "&Ongedaan maken"
    window.show_round(OPEN_ROUND)
    target = first_note(window.document.store, OPEN_ROUND)
    click_note(qtbot, window, target.id)
    assert window.inspector.selected_ids() == [target.id]
    qtbot.mouseClick(window.inspector.vote_up, Qt.MouseButton.LeftButton)
    assert note(window.document.store, target.id).votes == target.votes + 1
    assert undo.isEnabled()
    assert undo.text() == "&Ongedaan maken: Stem geven"
    undo.trigger()
    assert note(window.document.store, target.id).votes == target.votes
    assert redo.text() == "Opn&ieuw: Stem geven"
    assert undo.text() == "&Ongedaan maken"
    redo.trigger()
    assert note(window.document.store, target.id).votes == target.votes + 1


def test_inspector_edits_text_and_kind_through_the_undo_stack(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    target = first_note(window.document.store, OPEN_ROUND)
    click_note(qtbot, window, target.id)
    field = window.inspector.text
    assert field.toPlainText() == target.text
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "Samen lunchen")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note(window.document.store, target.id).text == "Samen lunchen"
    assert window.action_set["undo"].text() == "&Ongedaan maken: Tekst wijzigen"
    assert window.board.board_scene.notes[target.id].row["text"] == "Samen lunchen"

    kinds = window.inspector.kind
    kinds.setFocus()
    start = kinds.currentIndex()
    qtbot.keyClick(kinds, Qt.Key.Key_Down)
    chosen = NoteKind(kinds.itemData(start + 1))
    assert note(window.document.store, target.id).kind == chosen
    assert window.action_set["undo"].text() == "&Ongedaan maken: Soort wijzigen"
    window.action_set["undo"].trigger()
    assert note(window.document.store, target.id).kind == target.kind
    assert kinds.currentIndex() == start  # refilled from the change notification


def test_a_closed_round_refuses_edits_with_a_message(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(1)
    target = first_note(window.document.store, 1)
    click_note(qtbot, window, target.id)
    assert "gesloten" in window.inspector.hint.text()
    assert not window.inspector.kind.isEnabled()
    window.action_set["delete"].trigger()
    message = window.statusBar().currentMessage()
    assert (
        message
        == f"Ronde “{round_title(window, 1)}” is gesloten; heropen hem om het bord te wijzigen."
    )
    assert window.board.message() == message
    assert note(window.document.store, target.id).text == target.text
    assert not window.action_set["undo"].isEnabled()


def test_a_refusal_speaks_the_language_chosen_after_it(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(1)
    click_note(qtbot, window, first_note(window.document.store, 1).id)
    window.action_set["delete"].trigger()
    assert "gesloten" in window.board.message()
    window.action_set["language_en"].trigger()
    window.action_set["delete"].trigger()
    message = f"Round “{round_title(window, 1)}” is closed; reopen it before changing its board."
    assert window.statusBar().currentMessage() == message
    assert window.board.message() == message


def round_title(window: MainWindow, round_id: int) -> str:
    with window.document.store.read() as db:
        return db.get(Round, round_id).title


# -- files --------------------------------------------------------------------------


def test_save_a_copy_writes_a_new_file_and_keeps_working_in_the_open_one(
    window, interaction, demo_file, tmp_path
):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    target = first_note(window.document.store, OPEN_ROUND)
    window.document.push(edit("note", target.id, text="Voor de kopie"), "Edit")
    copy = tmp_path / "kopie.bruinpapier"
    interaction.paths.append(copy)
    window.action_set["save_copy"].trigger()
    assert window.document.store.path == demo_file.resolve()
    with WorkshopStore.open(copy, backup=False) as copied:
        assert note(copied, target.id).text == "Voor de kopie"
    before = copy.read_bytes()
    interaction.paths.append(demo_file)  # the open file itself: refused
    window.action_set["save_copy"].trigger()
    interaction.paths.append(copy)  # an existing file: refused
    window.action_set["save_copy"].trigger()
    assert [m for _, m in interaction.errors] == [
        f"{demo_file}: er bestaat al een bestand met deze naam; kies een nieuwe naam",
        f"{copy}: er bestaat al een bestand met deze naam; kies een nieuwe naam",
    ]
    assert copy.read_bytes() == before


def test_csv_import_is_one_undoable_step(qtbot, window, interaction, demo_file, tmp_path):
    window.open_file(demo_file)
    csv_file = tmp_path / "notes.csv"
    csv_file.write_text(
        "session,round,subgroup,kind,cluster,text,votes\n"
        "Sessie 3,Terugblik,Groep A,idee,,Meer buiten spelen,2\n"
        "Sessie 3,Terugblik,Groep A,werkdruk,,Te veel mail,\n",
        encoding="utf-8",
    )
    interaction.paths.append(csv_file)
    window.action_set["import_csv"].trigger()
    (new_round,) = [i for i in tree_items(window, "round") if i.text(0) == "Terugblik"]
    assert new_round.text(1) == "2"
    assert window.board.board_scene.round_id == new_round.data(0, ID_ROLE)
    assert window.action_set["undo"].text() == "&Ongedaan maken: Post-its importeren"
    window.action_set["undo"].trigger()
    assert [i for i in tree_items(window, "round") if i.text(0) == "Terugblik"] == []


def test_a_bad_csv_is_reported_with_its_line(window, interaction, demo_file, tmp_path):
    window.open_file(demo_file)
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("session,round,kind,text\nS,R,idee,ok\nS,R,onzin,x\n", encoding="utf-8")
    interaction.paths.append(csv_file)
    window.action_set["import_csv"].trigger()
    ((_, message),) = interaction.errors
    assert message.startswith(f"{csv_file}, regel 3: onbekende soort 'onzin' (toegestaan: ")
    assert not window.action_set["undo"].isEnabled()


def test_recent_files_are_remembered_newest_first_and_pruned(window, demo_file, tmp_path):
    other = tmp_path / "tweede.bruinpapier"
    WorkshopStore.create(other).close()
    window.open_file(demo_file)
    window.open_file(other)
    assert Settings().recent_files() == [other.resolve(), demo_file.resolve()]
    texts = [a.text() for a in window.action_set.menus["recent"].actions()]
    assert texts[:2] == ["&1 tweede", "&2 demo"]
    window.set_document(None)
    other.unlink()
    assert Settings().recent_files() == [demo_file.resolve()]
    for n in range(MAX_RECENT + 2):
        extra = tmp_path / f"extra{n}.bruinpapier"
        extra.touch()
        Settings().add_recent_file(extra)
    remembered = Settings().recent_files()
    assert len(remembered) == MAX_RECENT
    assert remembered[0] == (tmp_path / f"extra{MAX_RECENT + 1}.bruinpapier").resolve()


def test_window_geometry_is_remembered(qtbot, window, translations, interaction):
    window.resize(710, 490)  # the offscreen screen is 800×600
    window.close()
    again = MainWindow(Settings(), translations, interaction)
    qtbot.addWidget(again)
    again.restore_window_state()
    assert (again.width(), again.height()) == (710, 490)


# -- language -------------------------------------------------------------------------

MENUS_NL = ["&Bestand", "Be&werken", "Beel&d", "B&ord", "&Sessie", "&Traject", "&Help"]
MENUS_EN = ["&File", "&Edit", "&View", "&Board", "&Session", "&Trajectory", "&Help"]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_menus_are_dutch_by_default_and_english_when_chosen(qtbot, window, interaction, demo_file):
    window.open_file(demo_file)
    assert menu_titles(window) == MENUS_NL
    assert window.saved_label.text() == "Alles wordt automatisch bewaard"
    assert window.capture.add_button.text() == "Toevoegen"
    window.action_set["language_en"].trigger()
    assert menu_titles(window) == MENUS_EN
    assert window.tree_dock.windowTitle() == "Workshop"
    assert window.inspector.heading.text() == "Nothing selected"
    assert window.capture.add_button.text() == "Add"
    assert Settings().language() == "en"
    window.close()
    translations = Translations()
    translations.apply(Settings().language())
    again = MainWindow(Settings(), translations, interaction)
    qtbot.addWidget(again)
    assert menu_titles(again) == MENUS_EN
    assert again.action_set["language_en"].isChecked()


# -- search and shortcuts ----------------------------------------------------------------


def focus(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)


def test_search_jumps_to_the_round_of_the_chosen_note(qtbot, window, demo_file):
    window.open_file(demo_file)
    target = first_note(window.document.store, 4)
    window.document.push(edit("note", target.id, text="Zebrapad bij de school"), "Edit")
    window.show_round(1)
    focus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.field, "zebrapad")
    assert dialog.results.count() == 1
    assert "Ronde 3 – Uitwerking initiatieven" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.tree.current_round() == 4
    assert window.board.board_scene.round_id == 4
    assert window.board.board_scene.note_ids_selected() == [target.id]
    window.set_document(None)
    assert window.search_dialog() is None  # the next workshop gets a dialog of its own


def test_shortcuts_overview_lists_every_shortcut_from_the_actions(qtbot, window, demo_file):
    window.open_file(demo_file)
    focus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help.shortcuts_dialog()
    assert dialog.isVisible()
    rows = dialog.rows()
    for expected in [
        ("Clusteren", "Ctrl+G"),
        ("Cluster opheffen", "Ctrl+Shift+G"),
        ("Zoeken", "Ctrl+F"),
        ("Nieuwe post-it", "N"),
        ("Volledig scherm", "F11"),
        ("Sneltoetsen", "F1, ?"),
    ]:
        assert expected in rows
    assert ("Bord", "") in rows  # grouped under the menu titles
    with_keys = [a for a in window.action_set.actions.values() if not a.shortcut().isEmpty()]
    assert len([r for r in rows if r[1]]) == len(with_keys)
    assert ("Afsluiten", "Ctrl+Q") in rows
    dialog.close()
    focus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Question)
    assert dialog.isVisible()


def test_board_commands_reach_the_board(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    scale = window.board.scale_factor()
    window.action_set["zoom_in"].trigger()
    assert window.board.scale_factor() == pytest.approx(scale * 1.25)
    assert window.zoom_label.text() == f"Zoom {round(scale * 125)}%"
    window.action_set["select_all"].trigger()
    assert len(window.inspector.selected_ids()) == int(round_item(window, OPEN_ROUND).text(1))
    window.action_set["colour_kind"].trigger()
    assert window.board.board_scene.colour_mode == "kind"
    assert Settings().colour_mode() == "kind"
    window.action_set["full_screen"].trigger()
    assert window.isFullScreen()
    window.action_set["full_screen"].trigger()
    assert not window.isFullScreen()


def test_welcome_page_opens_a_recent_workshop(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.set_document(None)
    recent = window.welcome.recent
    assert recent.count() == 1
    assert window.welcome.isVisible()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.document is not None
    assert window.document.store.path == demo_file.resolve()


def test_a_workshop_exported_as_json_imports_into_a_new_file(window, interaction, demo_file):
    window.open_file(demo_file)
    sessions = [i.text(0) for i in tree_items(window, "session")]
    exported = demo_file.with_name("traject.json")
    interaction.paths.append(exported)
    window.action_set["export_json"].trigger()
    assert window.statusBar().currentMessage() == "Traject geëxporteerd naar traject.json"
    imported = demo_file.with_name("uit json.bruinpapier")
    interaction.paths += [exported, imported]
    window.action_set["import_json"].trigger()
    assert window.document.store.path == imported.resolve()
    assert [i.text(0) for i in tree_items(window, "session")] == sessions
    refused = demo_file.with_name("mislukt.bruinpapier")
    exported.write_text('{"format": "iets anders"}', encoding="utf-8")
    interaction.paths += [exported, refused]
    window.action_set["import_json"].trigger()
    ((title, message),) = interaction.errors
    assert title == "Dit bestand kan niet worden geïmporteerd"
    assert message.startswith(str(exported))
    assert not refused.exists()
    assert window.document.store.path == imported.resolve()


def test_the_real_interaction_shows_the_refusal_in_a_message_box(qtbot, translations, demo_file):
    _newer(demo_file)
    window = MainWindow(Settings(), translations)  # the interaction that shows QMessageBoxes
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    assert not window.open_file(demo_file)
    ((title, text),) = seen
    assert title == "Dit traject kan niet worden geopend"
    assert "opgeslagen door een nieuwere Bruinpapier" in text and str(demo_file) in text


def test_panels_hide_without_a_workshop_and_keep_the_users_choice(
    qtbot, window, translations, interaction, demo_file
):
    docks = (window.tree_dock, window.inspector_dock, window.capture_dock)
    assert all(d.isHidden() for d in docks)
    assert not window.action_set.menus["panels"].isEnabled()
    window.open_file(demo_file)
    assert all(d.isVisible() for d in docks)
    window.inspector_dock.toggleViewAction().trigger()  # the user closes the inspector
    window.set_document(None)
    assert all(d.isHidden() for d in docks)
    window.open_file(demo_file)
    assert window.tree_dock.isVisible() and window.inspector_dock.isHidden()
    window.close()
    again = MainWindow(Settings(), translations, interaction)
    qtbot.addWidget(again)
    again.restore_window_state()
    again.show()
    again.open_file(demo_file)
    assert again.tree_dock.isVisible() and again.inspector_dock.isHidden()


def test_n_starts_a_post_it_under_the_pointer(qtbot, window, demo_file):
    window.open_file(demo_file)
    board = window.board
    focus(qtbot, window)
    board.setFocus()
    area = next(iter(board.board_scene.areas.values()))
    board.centerOn(area)
    pos = board.mapFromScene(area.mapRectToScene(area.rect()).center())
    QCursor.setPos(board.viewport().mapToGlobal(pos))
    point = board.mapToScene(board.viewport().mapFromGlobal(QCursor.pos()))
    qtbot.keyClick(board.viewport(), Qt.Key.Key_N)
    assert board.typing.active
    qtbot.keyClicks(board.viewport(), "Buiten lesgeven")
    with qtbot.waitSignal(window.document.changed):
        qtbot.keyClick(board.viewport(), Qt.Key.Key_Return)
    with window.document.store.read() as db:
        added = db.scalars(select(Note).where(Note.text == "Buiten lesgeven")).one()
    assert added.round_id == OPEN_ROUND
    assert added.subgroup_id == area.row["id"]
    assert (added.x + added.w / 2, added.y + added.h / 2) == pytest.approx((point.x(), point.y()))
    assert window.action_set["undo"].text() == "&Ongedaan maken: Post-it toevoegen"


def test_about_says_everything_is_saved_automatically(window, interaction):
    window.action_set["about"].trigger()
    ((title, text),) = interaction.shown
    assert title == "Over Bruinpapier"
    assert "Alles wordt automatisch bewaard" in text


@pytest.mark.parametrize("where", ["inspector", "board"])
def test_closing_the_window_keeps_what_was_being_typed(qtbot, window, demo_file, where):
    window.open_file(demo_file)
    focus(qtbot, window)
    if where == "inspector":
        click_note(qtbot, window, first_note(window.document.store, OPEN_ROUND).id)
        field = window.inspector.text
        qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
        field.selectAll()
        qtbot.keyClicks(field, "Half getypt")
        assert field.hasFocus()
    else:
        window.board.setFocus()
        window.board.start_capture()
        qtbot.keyClicks(window.board.viewport(), "Half getypt")
        assert window.board.typing.active
    window.close()  # no Enter and no leaving the field: the text is still being typed
    with WorkshopStore.open(demo_file, backup=False) as store, store.read() as db:
        assert db.scalars(select(Note.id).where(Note.text == "Half getypt")).all() != []


def test_the_band_above_the_board_names_the_round_and_follows_edits(qtbot, window, demo_file):
    window.open_file(demo_file)
    header = window.round_header
    with window.document.store.read() as db:
        first = db.get_one(Round, OPEN_ROUND)
        title, question = first.title, first.question
    assert (header.title.text(), header.question.text()) == (title, question)
    assert header.closed.isHidden()
    window.document.push(edit("round", OPEN_ROUND, question="Wat gaat er goed?"), "Edit")
    assert header.question.text() == "Wat gaat er goed?"
    click_item(qtbot, window, round_item(window, 1))
    assert not header.closed.isHidden()
    assert header.closed.text() == "gesloten"


def test_the_batenlogica_opens_from_the_tree_and_leads_back_to_post_its(qtbot, window, demo_file):
    window.open_file(demo_file)
    (entry,) = tree_items(window, "logic")
    click_item(qtbot, window, entry)
    assert window.pages.currentWidget() is window.logic
    assert not window.action_set["cluster"].isEnabled()  # board commands wait for a board
    with window.document.store.read() as db:
        sources = db.execute(select(Note.id, Note.round_id).where(Note.round_id == 4)).all()
    window.logic.showNotes.emit([sources[0].id, sources[1].id])
    assert window.pages.currentWidget() is window.board_page
    assert window.tree.current_round() == 4
    assert sorted(window.board.board_scene.note_ids_selected()) == sorted(
        [sources[0].id, sources[1].id]
    )
    assert window.action_set["cluster"].isEnabled()


def test_the_report_is_saved_as_a_pdf_from_the_tree(qtbot, window, interaction, demo_file):
    window.open_file(demo_file)
    pdf = demo_file.with_name("rapport.pdf")
    interaction.paths.append(pdf)
    (entry,) = tree_items(window, "report")
    rect = window.tree.visualItemRect(entry)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pdf.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage().startswith("Rapport bewaard als rapport.pdf")
    assert interaction.errors == []


def test_board_panels_step_aside_for_the_batenlogica(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.tree.select_logic()
    assert window.zoom_label.text() == ""  # the board's zoom does not apply
    assert window.tree_dock.isVisible()
    assert window.inspector_dock.isHidden() and window.capture_dock.isHidden()
    window.show_round(OPEN_ROUND)
    assert window.inspector_dock.isVisible() and window.capture_dock.isVisible()


def test_selected_post_its_become_batenlogica_elements_linked_back(qtbot, window, demo_file):
    window.open_file(demo_file)
    target = first_note(window.document.store, OPEN_ROUND)
    click_note(qtbot, window, target.id)
    menu = window.action_set.menus["logic_add"]
    (activity,) = [a for a in menu.actions() if a.text() == "activiteit"]
    with window.document.store.read() as db:
        before = db.scalar(select(func.count()).select_from(LogicNode))
    activity.trigger()
    with window.document.store.read() as db:
        node = db.scalars(select(LogicNode).order_by(LogicNode.id.desc())).first()
        sources = db.scalars(
            select(LogicNodeSource.note_id).where(LogicNodeSource.node_id == node.id)
        ).all()
        after = db.scalar(select(func.count()).select_from(LogicNode))
    assert after == before + 1
    assert (node.kind, node.label, sources) == (LogicKind.ACTIVITEIT, target.text, [target.id])
    assert window.action_set["undo"].text() == "&Ongedaan maken: Aan de batenlogica toevoegen"


def test_search_ignores_case_and_accents_and_needs_every_word(window, demo_file):
    window.open_file(demo_file)
    dialog = window.search_dialog()
    dialog.field.setText("COOPERATIEF leren")
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert texts and all("Coöperatief" in t and "leren" in t for t in texts)
    dialog.field.setText("coöperatief zebrapad")
    assert dialog.results.count() == 0
    assert dialog.summary.text() == "0 resultaten"
    target = first_note(window.document.store, OPEN_ROUND)
    window.document.push(edit("note", target.id, text="Coöperatief zebrapad"), "Edit")
    dialog.field.setText("cooperatief ZEBRAPAD")  # the edit is found: no stale index
    assert dialog.results.count() == 1
