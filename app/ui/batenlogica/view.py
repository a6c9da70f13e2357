"""The batenlogica editor: the view with its gestures, and a pane with toolbar and findings.

Gestures: drag a node to move it (one step on release; the node is then
pinned), drag from a node's ⊕ handle onto another node to draw an arrow,
double-click a node to edit its text in place, Del removes what is
selected, the context menu sets kind and theme and jumps to the source
post-its. Post-its dragged in (``NOTES_MIME``) become nodes of the column
they are dropped on. Hovering or selecting a node lights up every path
through it. Wheel zooms; Ctrl+0 fits.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsView,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.model.batenlogica.graph import themes_of
from app.model.kinds import LogicKind
from app.ui.batenlogica import commands
from app.ui.batenlogica.commands import NOTES_MIME
from app.ui.batenlogica.editor import LogicEditor
from app.ui.batenlogica.findings import LogicFindingsPanel
from app.ui.batenlogica.items import ACCENT, FILL, EdgeItem, NodeItem, kind_name
from app.ui.batenlogica.scene import LogicScene, bounding
from app.ui.board.inline_editor import InlineEditor
from app.ui.document import Document

ZOOM_STEP = 1.2
MIN_SCALE = 0.05
MAX_SCALE = 4.0
EDIT_PX = 17


class LogicView(QGraphicsView):
    """The batenlogica of one workshop.

    Signals:
        showNotes(list): the user asked to see the post-its these ids name.
    """

    showNotes = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.logic_scene = LogicScene(document, self)
        self.editor = LogicEditor(document, self)
        self.addActions(list(self.editor.table.actions.values()))
        self.extra_actions: list[QAction] = []
        """Other editors' actions offered at the end of the context menu (e.g. the principles)."""
        self.editor.table.connect(
            {
                "logic_delete": self.delete_selection,
                "logic_edit_text": self._edit_selected,
                "logic_fit": self.fit_all,
                "new_layout": self.new_layout,
            }
        )
        self.setScene(self.logic_scene)
        self._edge_from: NodeItem | None = None
        self._rubber: QGraphicsLineItem | None = None
        self._pressed: dict[NodeItem, QPointF] = {}
        self._editor: InlineEditor | None = None
        self._editing: NodeItem | None = None
        self._fitted = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAcceptDrops(True)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        # No scroll bars on a projector: the wheel zooms, dragging the background selects.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- zoom --------------------------------------------------------------------

    def fit_all(self) -> None:
        """Show the whole diagram."""
        rect = self.logic_scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        scale = self.transform().m11() * factor
        if MIN_SCALE <= scale <= MAX_SCALE:
            self.scale(factor, factor)
            self._fitted = False
        event.accept()

    def select_nodes(self, node_ids: list[int]) -> None:
        """Select nodes and centre them (from the findings panel, or post-its on a board)."""
        items = [self.logic_scene.nodes[n] for n in node_ids if n in self.logic_scene.nodes]
        if not items:
            return
        self.logic_scene.clearSelection()
        for item in items:
            item.setSelected(True)
        self.centerOn(bounding(i.sceneBoundingRect() for i in items).center())
        self._fitted = False

    # -- mouse -------------------------------------------------------------------

    def _scene_point(self, event: QMouseEvent | QDropEvent | QDragMoveEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self._scene_point(event)
        node = self.logic_scene.node_at(point)
        if event.button() == Qt.MouseButton.LeftButton and node and node.on_handle(point):
            self._edge_from = node
            self._rubber = QGraphicsLineItem(QLineF(node.scene_box().center(), point))
            pen = QPen(ACCENT, 3, Qt.PenStyle.DashLine)
            self._rubber.setPen(pen)
            self._rubber.setZValue(100)
            self.logic_scene.addItem(self._rubber)
            event.accept()
            return
        super().mousePressEvent(event)
        self._pressed = {n: n.pos() for n in self.logic_scene.selected_nodes()}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._rubber is not None and self._edge_from is not None:
            line = self._rubber.line()
            line.setP2(self._scene_point(event))
            self._rubber.setLine(line)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._edge_from is not None:
            source, self._edge_from = self._edge_from, None
            if self._rubber is not None:
                self.logic_scene.removeItem(self._rubber)
                self._rubber = None
            target = self.logic_scene.node_at(self._scene_point(event), exclude=source)
            if target is not None:
                self.editor.connect_nodes(source.node_id, target.node_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moved = {
            n.node_id: (n.pos().x(), n.pos().y())
            for n, before in self._pressed.items()
            if n.scene() is not None and n.pos() != before
        }
        self._pressed = {}
        if moved and not self.editor.move_nodes(moved):
            for node_id in moved:
                item = self.logic_scene.nodes[node_id]
                item.setPos(item.row["x"], item.row["y"])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.logic_scene.node_at(self._scene_point(event))
        if node is None:
            super().mouseDoubleClickEvent(event)
            return
        self.edit_label(node.node_id)

    # -- editing text in place ---------------------------------------------------------

    def edit_label(self, node_id: int) -> None:
        """Open the in-place editor on a node's text; Enter or leaving it saves."""
        self.close_editor()
        node = self.logic_scene.nodes[node_id]
        editor = InlineEditor(node.scene_box(), FILL[node.kind], EDIT_PX)
        self.logic_scene.addItem(editor)
        editor.setPlainText(node.row["label"])
        editor.committed.connect(self._commit_label)
        editor.cancelled.connect(self.close_editor)
        self._editor, self._editing = editor, node
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        editor.setTextCursor(cursor)

    def _commit_label(self, text: str, _next: bool) -> None:
        node = self._editing
        self.close_editor()
        if node is not None and text.strip() and text.strip() != node.row["label"]:
            self.editor.set_label(node.node_id, text)

    def close_editor(self) -> None:
        editor, self._editor, self._editing = self._editor, None, None
        if editor is not None and editor.scene() is not None:
            self.logic_scene.removeItem(editor)
            editor.deleteLater()

    # -- keys and menus ------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._editor is not None:
            event.accept()  # while typing, every key belongs to the in-place editor
            return True
        return super().event(event)

    def _edit_selected(self) -> None:
        nodes = self.logic_scene.selected_nodes()
        if nodes:
            self.edit_label(nodes[0].node_id)

    def delete_selection(self) -> bool:
        scene = self.logic_scene
        nodes = [n.node_id for n in scene.selected_nodes()]
        edges = [e.edge_id for e in scene.selected_edges() if not {e.cause, e.effect} & set(nodes)]
        return bool(self.editor.remove(nodes, edges))

    def new_layout(self) -> bool:
        """Lay the whole diagram out afresh, forgetting manual nudges (one undo step)."""
        done = bool(self.editor.new_layout())
        self.fit_all()
        return done

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_actions(self.mapToScene(event.pos())).exec(event.globalPos())

    def context_actions(self, point: QPointF) -> QMenu:
        """The menu for what lies at ``point`` (selected first), ending in ``extra_actions``."""
        item = self.logic_scene.itemAt(point, self.transform())
        menu = QMenu(self)
        if isinstance(item, NodeItem | EdgeItem) and not item.isSelected():
            self.logic_scene.clearSelection()
            item.setSelected(True)
        if isinstance(item, NodeItem):
            self._node_menu(menu, item)
        elif isinstance(item, EdgeItem):
            menu.addAction(self.editor.table["logic_delete"])
        else:
            add = menu.addMenu(QCoreApplication.translate("LogicView", "New element"))
            at = (point.x(), point.y())
            for kind in LogicKind:
                add.addAction(kind_name(kind), lambda k=kind: self.editor.add_node(k, at))
            menu.addSeparator()
            menu.addAction(self.editor.table["new_layout"])
            menu.addAction(self.editor.table["logic_fit"])
        if self.extra_actions:
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        return menu

    def show_sources(self, node_id: int) -> None:
        """Ask (through ``showNotes``) to show the post-its a node was made from."""
        notes = commands.source_notes(self.document, node_id)
        if notes:
            self.showNotes.emit(notes)

    def _node_menu(self, menu: QMenu, node: NodeItem) -> None:
        node_id = node.node_id
        menu.addAction(self.editor.table["logic_edit_text"])
        kinds = menu.addMenu(QCoreApplication.translate("LogicView", "Kind"))
        for kind in LogicKind:
            action = kinds.addAction(
                kind_name(kind), lambda k=kind: self.editor.set_kind(node_id, k)
            )
            action.setCheckable(True)
            action.setChecked(kind == node.kind)
        if node.kind == LogicKind.ACTIVITEIT:
            themes = menu.addMenu(QCoreApplication.translate("LogicView", "Theme"))
            current = node.row["theme_id"]
            for theme in [None, *themes_of(self.logic_scene.graph).values()]:
                theme_id = None if theme is None else theme.id
                action = themes.addAction(
                    QCoreApplication.translate("LogicView", "No theme")
                    if theme is None
                    else theme.name,
                    lambda t=theme_id: self.editor.set_theme(node_id, t),
                )
                action.setCheckable(True)
                action.setChecked(theme_id == current)
        notes = commands.source_notes(self.document, node_id)
        show: QAction = menu.addAction(
            QCoreApplication.translate("LogicView", "Show post-its") + f" ({len(notes)})",
            lambda: self.show_sources(node_id),
        )
        show.setEnabled(bool(notes))
        menu.addSeparator()
        menu.addAction(self.editor.table["logic_delete"])

    # -- post-its dropped in -----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NOTES_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NOTES_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(NOTES_MIME):
            super().dropEvent(event)
            return
        try:
            ids = [int(i) for i in json.loads(bytes(event.mimeData().data(NOTES_MIME)).decode())]
        except (ValueError, TypeError):
            event.ignore()
            return
        point = self._scene_point(event)
        kind = self.logic_scene.column_at(point.x())
        self.editor.add_notes(ids, kind, (point.x(), point.y()))
        event.acceptProposedAction()


class LogicPane(QWidget):
    """The batenlogica as the main window shows it: toolbar, diagram and findings side by side.

    Signals:
        showNotes(list): forwarded from the view: post-it ids to show on their boards.
    """

    showNotes = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = LogicView(document, self)
        self.findings = LogicFindingsPanel(self)
        self.toolbar = QToolBar(self)
        self.layout_action = self.view.editor.table["new_layout"]
        self.fit_action = self.view.editor.table["logic_fit"]
        self.toolbar.addAction(self.layout_action)
        self.toolbar.addAction(self.fit_action)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter)
        self.view.logic_scene.analysisChanged.connect(self.findings.show_analysis)
        self.findings.nodeActivated.connect(lambda node_id: self.view.select_nodes([node_id]))
        self.view.showNotes.connect(self.showNotes)
        self.findings.show_analysis(self.view.logic_scene.analysis)
        self._retranslate()

    def _retranslate(self) -> None:
        self.view.editor.table.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.view.logic_scene.retranslate()
        super().changeEvent(event)
