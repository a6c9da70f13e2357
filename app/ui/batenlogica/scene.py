"""The batenlogica scene: one item per logic_node and logic_edge row, kept by id.

The scene is a projection of the model: :meth:`LogicScene.reload` reads the
graph and brings the items in line with it (creating, updating and removing
by id), and runs on every change notification that touches the batenlogica.
It also runs the analysis, so problem marks, workload classes, theme bands
and the findings panel always describe what is on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene

from app.model.batenlogica.analysis import FindingCode, LogicAnalysis, PathSet
from app.model.batenlogica.graph import RANKED_KINDS, load_graph, themes_of
from app.model.batenlogica.layout import COLUMN_HEADER, COLUMN_PAD, NODE_W, column_x
from app.model.batenlogica.routing import arrow_segments, theme_members
from app.model.kinds import LogicKind
from app.model.layout import Rect
from app.model.reads.batenlogica import source_counts
from app.ui.batenlogica.items import ColumnItem, EdgeItem, NodeItem, ThemeBandItem
from app.ui.document import Document

WATCHED = frozenset({"logic_node", "logic_edge", "theme", "logic_node_source"})
EMPTY_HEIGHT = 600.0
MARGIN = 120.0

COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("LogicView", "Solutions"),
    QT_TRANSLATE_NOOP("LogicView", "Activities"),
    QT_TRANSLATE_NOOP("LogicView", "Benefits"),
    QT_TRANSLATE_NOOP("LogicView", "Purpose"),
)


def interface_language() -> str:
    """'nl' or 'en': which of the model's two messages to show."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class LogicScene(QGraphicsScene):
    """Items of the batenlogica, mirroring the model rows by id.

    Signals:
        analysisChanged(object): the LogicAnalysis of the graph now shown.
    """

    analysisChanged = Signal(object)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[int, EdgeItem] = {}
        self.bands: dict[int, ThemeBandItem] = {}
        self.columns = [ColumnItem("") for _ in RANKED_KINDS]
        for column in self.columns:
            self.addItem(column)
        self.graph = nx.DiGraph()
        self.analysis = LogicAnalysis(self.graph)
        self._hovered: int | None = None
        self._loading = False
        self._sources: dict[int, int] = {}
        document.rows.touched.connect(self._tables_touched)
        self.selectionChanged.connect(self.refresh_highlight)
        self.reload()

    # -- following the model ----------------------------------------------------

    def _tables_touched(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            self.reload()

    def reload(self) -> None:
        """Bring every item in line with the rows, then re-run the analysis."""
        graph = load_graph(self.document.store)
        counts = source_counts(self.document.store)
        self._loading = True
        try:
            self._sync_nodes(graph)
            self._sync_edges(graph)
        finally:
            self._loading = False
        self.graph = graph
        self.analysis = LogicAnalysis(graph)
        self._sources = counts
        self._mark(counts)
        self.refresh_geometry()
        if self._hovered not in self.nodes:
            self._hovered = None
        self.refresh_highlight()
        self.analysisChanged.emit(self.analysis)

    def retranslate(self) -> None:
        """Redraw the words after a language switch, without reading the workshop again."""
        self._mark(self._sources)
        self._refresh_columns()
        self.update()

    def _sync_nodes(self, graph: nx.DiGraph) -> None:
        for node_id in [n for n in self.nodes if n not in graph]:
            self.removeItem(self.nodes.pop(node_id))
        for node_id, attrs in graph.nodes(data=True):
            row = {"id": node_id, **attrs}
            item = self.nodes.get(node_id)
            if item is None:
                item = NodeItem(row)
                self.nodes[node_id] = item
                self.addItem(item)
            elif any(item.row.get(k) != v for k, v in row.items()):
                item.sync(row)

    def _sync_edges(self, graph: nx.DiGraph) -> None:
        rows = {attrs["id"]: (u, v) for u, v, attrs in graph.edges(data=True)}
        for edge_id in [e for e in self.edges if e not in rows]:
            self.removeItem(self.edges.pop(edge_id))
        for edge_id, (u, v) in rows.items():
            if edge_id not in self.edges:
                item = EdgeItem(edge_id, u, v)
                self.edges[edge_id] = item
                self.addItem(item)

    def _mark(self, sources: dict[int, int]) -> None:
        """Problem marks, workload classes and backward arrows from the analysis."""
        lang = interface_language()
        problems: dict[int, list[str]] = {n: [] for n in self.nodes}
        suffix: dict[int, str] = {}
        backward: set[tuple[int, int]] = set()
        for finding in self.analysis.findings():
            if finding.code == FindingCode.WORKLOAD_PURPOSE:
                suffix[finding.node_id] = (
                    " · " + QCoreApplication.translate("LogicView", "purpose").upper()
                )
            elif finding.code == FindingCode.WORKLOAD_SYSTEMS:
                suffix[finding.node_id] = (
                    " · " + QCoreApplication.translate("LogicView", "systems").upper()
                )
            else:
                for node in (finding.node_id, *finding.related):
                    problems[node].append(finding.message(lang))
                if finding.code == FindingCode.BACKWARD:
                    backward.add((finding.node_id, finding.related[0]))
        for node_id, item in self.nodes.items():
            item.set_marks(problems[node_id], suffix.get(node_id, ""), sources.get(node_id, 0))
        for edge in self.edges.values():
            edge.backward = (edge.cause, edge.effect) in backward

    # -- geometry ---------------------------------------------------------------

    def node_moved(self, item: NodeItem) -> None:
        """A node is being dragged: its arrows and its theme's band follow."""
        if self._loading:
            return
        self._refresh_bands()
        obstacles = self._obstacles()
        for edge in self.edges.values():
            if item.node_id in (edge.cause, edge.effect):
                self._route(edge, obstacles)

    def _obstacles(self) -> list[Rect]:
        """What arrows pass around: the boxes and the theme frames."""
        obstacles = [rect_of(i.scene_box()) for i in self.nodes.values()]
        return obstacles + [rect_of(band.frame()) for band in self.bands.values()]

    def _route(self, edge: EdgeItem, obstacles: list[Rect]) -> None:
        """Run the arrow through free gaps, as the report draws it (``routing``)."""
        cause, effect = self.nodes[edge.cause], self.nodes[edge.effect]
        workload = LogicKind.WERKDRUK in (cause.kind, effect.kind)
        start, end = rect_of(cause.scene_box()), rect_of(effect.scene_box())
        edge.route(arrow_segments(start, end, obstacles, beside=not workload))

    def refresh_geometry(self) -> None:
        """Re-route every arrow and re-frame the theme bands, the columns and the scene."""
        self._refresh_bands()
        obstacles = self._obstacles()
        for edge in self.edges.values():
            self._route(edge, obstacles)
            edge.set_emphasis(None)
        self._refresh_columns()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _theme_members(self) -> dict[int, list[NodeItem]]:
        """Each theme's activities, with the workload items that burden only them."""
        kinds = {n: item.kind for n, item in self.nodes.items()}
        themes = {n: item.row["theme_id"] for n, item in self.nodes.items()}
        members = theme_members(kinds, themes, self.graph.edges())
        return {theme: [self.nodes[n] for n in nodes] for theme, nodes in members.items()}

    def _refresh_bands(self) -> None:
        themes = themes_of(self.graph)
        members = self._theme_members()
        for theme_id in [t for t in self.bands if t not in members or t not in themes]:
            self.removeItem(self.bands.pop(theme_id))
        for theme_id, items in members.items():
            if theme_id not in themes:
                continue
            band = self.bands.get(theme_id)
            if band is None:
                band = self.bands[theme_id] = ThemeBandItem(theme_id)
                self.addItem(band)
            frame = bounding(i.scene_box() for i in items)
            theme = themes[theme_id]
            band.set_frame(frame, theme.name, theme.colour)

    def _refresh_columns(self) -> None:
        boxes = [i.scene_box() for i in self.nodes.values()]
        boxes += [b.frame() for b in self.bands.values()]
        if boxes:
            top = min(b.top() for b in boxes) - COLUMN_HEADER
            bottom = max(b.bottom() for b in boxes) + COLUMN_PAD
        else:
            top, bottom = -COLUMN_HEADER, EMPTY_HEIGHT
        for layer, column in enumerate(self.columns):
            column.title = QCoreApplication.translate("LogicView", COLUMN_TITLES[layer])
            left = column_x(layer) - NODE_W / 2 - COLUMN_PAD
            column.set_span(QRectF(left, top, NODE_W + 2 * COLUMN_PAD, bottom - top))

    def column_at(self, x: float) -> LogicKind:
        """The kind whose column is nearest to ``x``."""
        layer = min(range(len(RANKED_KINDS)), key=lambda k: abs(column_x(k) - x))
        return RANKED_KINDS[layer]

    # -- highlighting -----------------------------------------------------------

    def hover(self, node_id: int | None) -> None:
        self._hovered = node_id
        self.refresh_highlight()

    def focus_nodes(self) -> list[int]:
        """The nodes whose paths are lit: the hovered one, else the selected ones."""
        if self._hovered is not None:
            return [self._hovered]
        return [i.node_id for i in self.selected_nodes()]

    def lit_paths(self) -> PathSet | None:
        focus = self.focus_nodes()
        if not focus:
            return None
        paths = PathSet(frozenset(), frozenset())
        for node in focus:
            paths = paths | self.analysis.upstream(node) | self.analysis.downstream(node)
        return paths

    def refresh_highlight(self) -> None:
        """Light up the paths through the focus nodes and dim everything else."""
        paths = self.lit_paths()
        for node_id, item in self.nodes.items():
            item.setOpacity(1.0 if paths is None or node_id in paths.nodes else 0.25)
        for edge in self.edges.values():
            lit = None if paths is None else (edge.cause, edge.effect) in paths.edges
            edge.set_emphasis(lit)

    # -- lookups ----------------------------------------------------------------

    def selected_nodes(self) -> list[NodeItem]:
        return sorted(
            (i for i in self.selectedItems() if isinstance(i, NodeItem)), key=lambda i: i.node_id
        )

    def selected_edges(self) -> list[EdgeItem]:
        return sorted(
            (i for i in self.selectedItems() if isinstance(i, EdgeItem)), key=lambda i: i.edge_id
        )

    def node_at(self, point: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(point):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None


def rect_of(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def bounding(rects: Iterable[QRectF]) -> QRectF:
    result = QRectF()
    for rect in rects:
        result = rect if result.isNull() else result.united(rect)
    return result
