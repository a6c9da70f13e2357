"""The batenlogica editor on the demo: mouse gestures persist as single undoable steps."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import column_x, compute_layout
from app.model.entities import LogicEdge, LogicNode, LogicNodeSource, Note
from app.model.kinds import LogicKind
from app.model.store import WorkshopStore
from app.ui.batenlogica import NOTES_MIME, LogicPane
from app.ui.batenlogica.items import NodeItem
from app.ui.batenlogica.view import LogicView
from app.ui.document import Document

# The offscreen platform cannot resize a toolbar's window to its hints; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def document(demo_store: WorkshopStore) -> Iterator[Document]:
    doc = Document(demo_store)
    yield doc
    doc.undo_stack.clear()


@pytest.fixture
def pane(qtbot, document: Document) -> LogicPane:
    widget = LogicPane(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def node_by_label(view: LogicView, label: str) -> NodeItem:
    return next(i for i in view.logic_scene.nodes.values() if i.row["label"] == label)


def viewport_point(view: LogicView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def rows(document: Document, entity: type) -> list:
    with document.store.read() as db:
        return list(db.scalars(select(entity).order_by(entity.id)))


def test_the_view_mirrors_the_demo(pane: LogicPane) -> None:
    scene = pane.view.logic_scene
    assert len(scene.nodes) == 32 and len(scene.edges) == 34
    assert len(scene.bands) == 5
    mail = node_by_label(pane.view, "Afhandeling van mail")
    assert mail.tag_suffix and not mail.problems
    assert pane.findings.node_lines(mail.node_id) == [
        "workload “Afhandeling van mail”: workload from systems and ways of working"
    ]


def test_adding_notes_creates_linked_nodes_in_one_step(pane: LogicPane, document: Document):
    with document.store.read() as db:
        notes = db.execute(select(Note.id, Note.text).order_by(Note.id).limit(2)).all()
    before = len(pane.view.logic_scene.nodes)
    assert pane.view.editor.add_notes([n.id for n in notes], LogicKind.OPLOSSING)
    added = [i for i in pane.view.logic_scene.nodes.values() if i.sources and i.node_id > 32]
    assert sorted(i.row["label"] for i in added) == sorted(" ".join(n.text.split()) for n in notes)
    links = {(s.node_id, s.note_id) for s in rows(document, LogicNodeSource)}
    assert {
        (i.node_id, n.id)
        for i, n in zip(sorted(added, key=lambda i: i.node_id), notes, strict=True)
    } <= links
    assert all(i.row["x"] == column_x(0) for i in added)
    document.undo_stack.undo()
    assert len(pane.view.logic_scene.nodes) == before
    document.undo_stack.redo()
    assert {i.node_id for i in added} <= set(pane.view.logic_scene.nodes)


def send_drop(view: LogicView, note_ids: list[int], where: QPoint) -> None:
    data = QMimeData()
    data.setData(NOTES_MIME, json.dumps(note_ids).encode())
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = view.viewport()
    enter = QDragEnterEvent(where, action, data, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(where, action, data, buttons, mods))
    QApplication.sendEvent(target, QDropEvent(QPointF(where), action, data, buttons, mods))


def test_dropping_a_post_it_makes_a_node_of_that_column(pane: LogicPane, document: Document):
    view = pane.view
    with document.store.read() as db:
        note = db.execute(select(Note.id, Note.text).order_by(Note.id.desc()).limit(1)).one()
    purpose = node_by_label(view, "Ouders en school samen verantwoordelijk")
    where = viewport_point(view, purpose.pos() + QPointF(0, 200))
    send_drop(view, [note.id], where)
    (node,) = [i for i in view.logic_scene.nodes.values() if i.node_id > 32]
    assert node.kind == LogicKind.BEDOELING
    assert node.row["label"] == " ".join(note.text.split())
    assert view.logic_scene.node_at(view.mapToScene(where)) is node
    (link,) = [s for s in rows(document, LogicNodeSource) if s.node_id == node.node_id]
    assert link.note_id == note.id


def test_drawing_an_edge_with_the_mouse_persists_and_undoes(qtbot, pane: LogicPane, document):
    view = pane.view
    source = node_by_label(view, "Afhandeling van mail")
    target = node_by_label(view, "Leerling in één overzicht volgen")
    start = viewport_point(view, source.mapToScene(source.handle_centre()))
    end = viewport_point(view, target.pos())
    viewport = view.viewport()
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    edges = {(e.cause_id, e.effect_id) for e in rows(document, LogicEdge)}
    assert (source.node_id, target.node_id) in edges
    assert document.undo_stack.count() == 1
    assert any(
        (e.cause, e.effect) == (source.node_id, target.node_id)
        for e in view.logic_scene.edges.values()
    )
    assert not source.tag_suffix.endswith("SYSTEMS")
    document.undo_stack.undo()
    assert (source.node_id, target.node_id) not in {
        (e.cause_id, e.effect_id) for e in rows(document, LogicEdge)
    }
    assert len(view.logic_scene.edges) == 34
    document.undo_stack.redo()
    assert len(view.logic_scene.edges) == 35


def test_dragging_a_node_moves_and_pins_it_in_one_step(qtbot, pane: LogicPane, document):
    view = pane.view
    node = node_by_label(view, "PLG stimuleren")
    old = (node.row["x"], node.row["y"])
    start = viewport_point(view, node.pos())
    end = start + QPoint(0, 60)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + QPoint(0, step * 10))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    (row,) = [n for n in rows(document, LogicNode) if n.id == node.node_id]
    assert row.pinned and row.y > old[1] and row.x == old[0]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    (row,) = [n for n in rows(document, LogicNode) if n.id == node.node_id]
    assert (row.x, row.y, row.pinned) == (*old, False)
    assert (node.pos().x(), node.pos().y()) == old


def test_delete_key_removes_the_selected_node_and_undo_brings_its_arrows_back(
    qtbot, pane: LogicPane, document: Document
) -> None:
    view = pane.view
    node = node_by_label(view, "Leraren leren van en met elkaar")
    arrows = len(view.logic_scene.edges)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, node.pos())
    )
    assert node.isSelected()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert node.node_id not in view.logic_scene.nodes
    assert len(view.logic_scene.edges) == arrows - 4
    document.undo_stack.undo()
    assert len(view.logic_scene.edges) == arrows
    assert node_by_label(view, "Leraren leren van en met elkaar").node_id == node.node_id


def test_double_click_edits_the_label_in_place(qtbot, pane: LogicPane, document) -> None:
    view = pane.view
    node = node_by_label(view, "PLG stimuleren")
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, node.pos())
    )
    assert view._editor is not None
    qtbot.keyClicks(view.viewport(), "Kenniskringen")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert node.row["label"] == "Kenniskringen"
    document.undo_stack.undo()
    assert node.row["label"] == "PLG stimuleren"


def test_selecting_a_node_lights_its_paths(qtbot, pane: LogicPane) -> None:
    view = pane.view
    node = node_by_label(view, "Ouders betrekken bij het leren")
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, node.pos())
    )
    lit = {i.row["label"] for i in view.logic_scene.nodes.values() if i.opacity() == 1.0}
    assert lit == {
        "Ouders betrekken bij het leren",
        "Inloopochtenden organiseren",
        "Digitale studiewijzer voor ouders",
        "Verwachtingen van ouders",
        "Ouders weten waar hun kind mee bezig is",
        "Ouders en school samen verantwoordelijk",
    }
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert all(i.opacity() == 1.0 for i in view.logic_scene.nodes.values())


def test_clicking_a_finding_selects_its_node(qtbot, pane: LogicPane, document) -> None:
    assert pane.view.editor.add_node(LogicKind.ACTIVITEIT)
    (new,) = [i for i in pane.view.logic_scene.nodes.values() if i.node_id > 32]
    assert new.problems
    lines = pane.findings.list
    row = next(
        r
        for r in range(lines.count())
        if lines.item(r).data(Qt.ItemDataRole.UserRole) == new.node_id
    )
    rect = lines.visualItemRect(lines.item(row))
    qtbot.mouseClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.view.logic_scene.selected_nodes() == [new]


def test_new_layout_is_one_step_and_the_same_each_time(qtbot, pane: LogicPane, document) -> None:
    view = pane.view
    node = node_by_label(view, "PLG stimuleren")
    assert pane.view.editor.move_nodes({node.node_id: (node.row["x"] + 300, node.row["y"])})
    assert node.row["pinned"]
    before = {n.id: (n.x, n.y, n.pinned) for n in rows(document, LogicNode)}
    pane.layout_action.trigger()
    expected = compute_layout(load_graph(document.store), fresh=True).positions
    after = {n.id: (n.x, n.y) for n in rows(document, LogicNode)}
    assert after == expected
    assert after[node.node_id] != before[node.node_id][:2]
    assert not any(n.pinned for n in rows(document, LogicNode))
    assert document.undo_stack.count() == 2
    assert not pane.view.new_layout()  # already laid out: nothing to do, nothing pushed
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert {n.id: (n.x, n.y, n.pinned) for n in rows(document, LogicNode)} == before
    assert (node.pos().x(), node.pos().y()) == before[node.node_id][:2]


def test_show_notes_names_the_source_post_its(qtbot, pane: LogicPane, document) -> None:
    linked = next(i for i in pane.view.logic_scene.nodes.values() if i.sources)
    with document.store.read() as db:
        expected = sorted(
            db.scalars(
                select(LogicNodeSource.note_id).where(LogicNodeSource.node_id == linked.node_id)
            )
        )
    with qtbot.waitSignal(pane.showNotes) as blocker:
        pane.view.show_sources(linked.node_id)
    assert blocker.args == [expected]


def test_hovering_a_node_lights_its_paths_until_the_pointer_leaves(qtbot, pane: LogicPane):
    view = pane.view
    node = node_by_label(view, "Leraren leren van en met elkaar")
    other = node_by_label(view, "Ouders betrekken bij het leren")
    qtbot.mouseMove(view.viewport(), viewport_point(view, node.pos()))
    qtbot.waitUntil(lambda: other.opacity() < 1.0)
    assert node.opacity() == 1.0
    assert node_by_label(view, "PLG stimuleren").opacity() == 1.0
    qtbot.mouseMove(view.viewport(), QPoint(3, 3))
    qtbot.waitUntil(lambda: other.opacity() == 1.0)


def test_theme_and_kind_changes_redraw_bands_and_columns(pane: LogicPane, document) -> None:
    scene = pane.view.logic_scene
    activity = node_by_label(pane.view, "Professionele leergemeenschap")
    lone_theme = next(
        i.row["theme_id"]
        for i in scene.nodes.values()
        if i.row["label"] == ("Ouders betrekken bij het leren")
    )
    before = scene.bands[lone_theme].boundingRect()
    assert pane.view.editor.set_theme(activity.node_id, lone_theme)
    assert scene.bands[lone_theme].boundingRect().contains(activity.scene_box())
    assert scene.bands[lone_theme].boundingRect() != before
    assert pane.view.editor.set_kind(activity.node_id, LogicKind.BAAT)
    assert activity.kind == LogicKind.BAAT
    assert not scene.bands[lone_theme].boundingRect().contains(activity.scene_box())
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert activity.kind == LogicKind.ACTIVITEIT
    assert scene.bands[lone_theme].boundingRect() == before


def test_an_empty_workshop_shows_the_columns_and_takes_new_elements(qtbot, store) -> None:
    document = Document(store)
    pane = LogicPane(document)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    qtbot.waitExposed(pane)
    scene = pane.view.logic_scene
    assert [c.title for c in scene.columns] == ["Solutions", "Activities", "Benefits", "Purpose"]
    assert pane.findings.list.count() > 0 and not scene.nodes
    assert pane.view.editor.add_node(LogicKind.BAAT)
    (node,) = scene.nodes.values()
    assert node.kind == LogicKind.BAAT and node.row["x"] == column_x(2)
    assert pane.findings.node_lines(node.node_id) == [
        "benefit “New element”: does not contribute to the purpose"
    ]
    document.undo_stack.clear()


def test_switching_to_dutch_retranslates_columns_tags_and_findings(pane, translations) -> None:
    translations.apply("nl")
    scene = pane.view.logic_scene
    assert [c.title for c in scene.columns] == ["Oplossingen", "Activiteiten", "Baten", "Bedoeling"]
    mail = node_by_label(pane.view, "Afhandeling van mail")
    assert mail.tag_suffix == " · SYSTEMEN"
    assert pane.findings.node_lines(mail.node_id) == [
        "werkdruk “Afhandeling van mail”: werkdruk uit systemen en manier van werken"
    ]
    assert pane.layout_action.text() == "Nieuwe indeling"
