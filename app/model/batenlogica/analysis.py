"""The checks that make a batenlogica worth drawing: what contributes, what is missing, what is odd.

Contribution is judged on the causal part of the graph (every kind but
werkdruk), so a workload item never makes a solution look useful. Workload
items are classified by what they burden: work on the purpose, or systems
and ways of working that lead nowhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import networkx as nx
from sqlalchemy.orm import Session as DbSession

from app.model.batenlogica.graph import KIND_RANK, kind_of, load_graph, nodes_of_kind, themes_of
from app.model.kinds import LOGIC_KIND_LABELS, LogicKind
from app.model.store import WorkshopStore

CONTRIBUTING = (LogicKind.OPLOSSING, LogicKind.ACTIVITEIT, LogicKind.BAAT)


class FindingCode(StrEnum):
    CYCLE = "cycle"
    BACKWARD = "backward"
    NO_PURPOSE = "no_purpose"
    NO_APPROACH = "no_approach"
    DUPLICATE = "duplicate"
    WORKLOAD_PURPOSE = "workload_purpose"
    WORKLOAD_SYSTEMS = "workload_systems"


PROBLEMS = frozenset(
    {
        FindingCode.CYCLE,
        FindingCode.BACKWARD,
        FindingCode.NO_PURPOSE,
        FindingCode.NO_APPROACH,
        FindingCode.DUPLICATE,
    }
)

MESSAGES: dict[FindingCode, tuple[str, str]] = {
    FindingCode.NO_PURPOSE: (
        "draagt niet bij aan de bedoeling",
        "does not contribute to the purpose",
    ),
    FindingCode.NO_APPROACH: ("nog geen aanpak", "no approach yet"),
    FindingCode.WORKLOAD_PURPOSE: (
        "werkdruk uit het werken aan de bedoeling",
        "workload from working on the purpose",
    ),
    FindingCode.WORKLOAD_SYSTEMS: (
        "werkdruk uit systemen en manier van werken",
        "workload from systems and ways of working",
    ),
}


@dataclass(frozen=True)
class Finding:
    """One thing the analysis says about one node; ``related`` are other nodes involved."""

    code: FindingCode
    node_id: int
    kind: LogicKind
    label: str
    message_nl: str
    message_en: str
    related: tuple[int, ...] = ()

    @property
    def is_problem(self) -> bool:
        return self.code in PROBLEMS

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl

    def line(self, lang: str = "nl") -> str:
        """The finding on one line, naming the node: ``baat “X”: nog geen aanpak``."""
        return f"{_kind_word(self.kind, lang)} “{self.label}”: {self.message(lang)}"


@dataclass(frozen=True)
class PathSet:
    """Nodes and edges on the paths into (upstream) or out of (downstream) a node."""

    nodes: frozenset[int]
    edges: frozenset[tuple[int, int]]

    def __or__(self, other: PathSet) -> PathSet:
        return PathSet(self.nodes | other.nodes, self.edges | other.edges)


@dataclass(frozen=True)
class ThemeCoverage:
    """Which purposes a theme's activities serve, and through which benefits (ids in order)."""

    theme_id: int
    name: str
    activities: tuple[int, ...]
    purposes: dict[int, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PurposeSupport:
    """Which themes and solutions lead to a purpose."""

    purpose_id: int
    label: str
    themes: tuple[int, ...]
    solutions: tuple[int, ...]


def _kind_word(kind: LogicKind, lang: str) -> str:
    nl, en = LOGIC_KIND_LABELS[kind]
    return en if lang == "en" else nl


def _normalised(label: str) -> str:
    return " ".join(label.split()).casefold()


def _reach(graph: nx.DiGraph, sources: Iterable[int], reverse: bool = False) -> set[int]:
    """Nodes reachable from ``sources`` (included), against the arrows if ``reverse``."""
    step = graph.predecessors if reverse else graph.successors
    seen = set(sources)
    stack = list(seen)
    while stack:
        for nxt in step(stack.pop()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


class LogicAnalysis:
    """All checks over one snapshot of the graph; cheap to rebuild after every change."""

    def __init__(self, graph: nx.DiGraph) -> None:
        self.graph = graph
        self.workload = nodes_of_kind(graph, LogicKind.WERKDRUK)
        self.causal: nx.DiGraph = graph.subgraph(set(graph) - set(self.workload))
        self.purposes = nodes_of_kind(graph, LogicKind.BEDOELING)
        self.solutions = nodes_of_kind(graph, LogicKind.OPLOSSING)
        self.leads_to_purpose = _reach(self.causal, self.purposes, reverse=True)
        self.reached_by_solution = _reach(self.causal, self.solutions)

    # -- findings --------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Problems first (cycles, backward arrows, loose ends, duplicates), then workload."""
        return [
            *self._cycles(),
            *self._backward_edges(),
            *self._no_purpose(),
            *self._no_approach(),
            *self._duplicates(),
            *self._workload(),
        ]

    def _finding(
        self, code: FindingCode, node: int, nl: str = "", en: str = "", related: Iterable[int] = ()
    ) -> Finding:
        if code in MESSAGES:
            nl, en = MESSAGES[code]
        attrs = self.graph.nodes[node]
        return Finding(code, node, attrs["kind"], attrs["label"], nl, en, tuple(related))

    def _label(self, node: int) -> str:
        return f"“{self.graph.nodes[node]['label']}”"

    def _cycles(self) -> list[Finding]:
        found = []
        components = [c for c in nx.strongly_connected_components(self.graph) if len(c) > 1]
        for component in sorted(components, key=min):
            start = min(component)
            cycle = nx.find_cycle(self.graph.subgraph(component), source=start)
            walk = [u for u, _v in cycle] + [cycle[0][0]]
            text = " → ".join(self._label(n) for n in walk)
            found.append(
                self._finding(
                    FindingCode.CYCLE,
                    start,
                    f"zit in een kringloop: {text}",
                    f"is part of a cycle: {text}",
                    sorted(component - {start}),
                )
            )
        return found

    def _backward_edges(self) -> list[Finding]:
        found = []
        for cause, effect in sorted(self.causal.edges):
            cause_kind, effect_kind = kind_of(self.graph, cause), kind_of(self.graph, effect)
            if KIND_RANK[cause_kind] > KIND_RANK[effect_kind]:
                target = self._label(effect)
                found.append(
                    self._finding(
                        FindingCode.BACKWARD,
                        cause,
                        f"pijl loopt terug, naar {_kind_word(effect_kind, 'nl')} {target}",
                        f"arrow runs backwards, to {_kind_word(effect_kind, 'en')} {target}",
                        (effect,),
                    )
                )
        return found

    def _no_purpose(self) -> list[Finding]:
        return [
            self._finding(FindingCode.NO_PURPOSE, n)
            for n in sorted(self.causal)
            if kind_of(self.graph, n) in CONTRIBUTING and n not in self.leads_to_purpose
        ]

    def _no_approach(self) -> list[Finding]:
        return [
            self._finding(FindingCode.NO_APPROACH, p)
            for p in self.purposes
            if p not in self.reached_by_solution
        ]

    def _duplicates(self) -> list[Finding]:
        groups: dict[str, list[int]] = {}
        for node in sorted(self.graph):
            key = _normalised(self.graph.nodes[node]["label"])
            if key:
                groups.setdefault(key, []).append(node)
        return [
            self._finding(
                FindingCode.DUPLICATE,
                nodes[0],
                f"staat er {len(nodes)} keer in (zelfde tekst)",
                f"appears {len(nodes)} times (same text)",
                nodes[1:],
            )
            for nodes in sorted(groups.values())
            if len(nodes) > 1
        ]

    def burdens_purpose(self, workload: int) -> bool:
        """Whether a workload item burdens work that leads to a purpose."""
        return any(
            t in self.leads_to_purpose
            for t in self.graph.successors(workload)
            if kind_of(self.graph, t) != LogicKind.WERKDRUK
        )

    def _workload(self) -> list[Finding]:
        return [
            self._finding(
                FindingCode.WORKLOAD_PURPOSE
                if self.burdens_purpose(w)
                else FindingCode.WORKLOAD_SYSTEMS,
                w,
                related=sorted(self.graph.successors(w)),
            )
            for w in self.workload
        ]

    # -- coverage --------------------------------------------------------------

    def theme_coverage(self) -> list[ThemeCoverage]:
        """Per theme, in theme order: the purposes its activities lead to, via which benefits."""
        result = []
        for theme in themes_of(self.graph).values():
            activities = tuple(
                n
                for n in nodes_of_kind(self.graph, LogicKind.ACTIVITEIT)
                if self.graph.nodes[n]["theme_id"] == theme.id
            )
            downstream = _reach(self.causal, activities)
            benefits = [n for n in sorted(downstream) if kind_of(self.graph, n) == LogicKind.BAAT]
            purposes = {
                p: tuple(b for b in benefits if p in _reach(self.causal, [b]))
                for p in self.purposes
                if p in downstream
            }
            result.append(ThemeCoverage(theme.id, theme.name, activities, purposes))
        return result

    def purpose_support(self) -> list[PurposeSupport]:
        """Per purpose: the themes of the activities and the solutions that lead to it."""
        result = []
        for purpose in self.purposes:
            upstream = _reach(self.causal, [purpose], reverse=True)
            theme_ids = {
                self.graph.nodes[n]["theme_id"]
                for n in upstream
                if kind_of(self.graph, n) == LogicKind.ACTIVITEIT
            }
            order = list(themes_of(self.graph))
            themes = tuple(t for t in order if t in theme_ids)
            solutions = tuple(s for s in self.solutions if s in upstream)
            label = self.graph.nodes[purpose]["label"]
            result.append(PurposeSupport(purpose, label, themes, solutions))
        return result

    # -- highlighting ----------------------------------------------------------

    def upstream(self, node: int) -> PathSet:
        """Everything that leads to ``node``, workload included, with the arrows between."""
        return self._paths(_reach(self.graph, [node], reverse=True))

    def downstream(self, node: int) -> PathSet:
        """Everything ``node`` leads to, with the arrows between."""
        return self._paths(_reach(self.graph, [node]))

    def _paths(self, nodes: set[int]) -> PathSet:
        return PathSet(frozenset(nodes), frozenset(self.graph.subgraph(nodes).edges))


def findings_lines(source: WorkshopStore | DbSession, lang: str = "nl") -> list[str]:
    """The analysis for the command line: one finding per line, then theme and purpose coverage."""
    analysis = LogicAnalysis(load_graph(source))
    lines = [f.line(lang) for f in analysis.findings()]
    return lines + coverage_lines(analysis, lang)


def coverage_lines(analysis: LogicAnalysis, lang: str = "nl") -> list[str]:
    """Per theme the purposes it serves (via benefits), per purpose its themes and solutions."""
    graph = analysis.graph
    themes = themes_of(graph)
    en = lang == "en"

    def names(ids: Iterable[int]) -> str:
        return ", ".join(f"“{graph.nodes[i]['label']}”" for i in ids)

    lines = []
    for cov in analysis.theme_coverage():
        served = [
            f"“{graph.nodes[p]['label']}”" + (f" (via {names(b)})" if b else "")
            for p, b in cov.purposes.items()
        ]
        head = f"{'theme' if en else 'thema'} “{cov.name}”: "
        if served:
            lines.append(head + ("serves " if en else "dient ") + "; ".join(served))
        else:
            lines.append(head + ("serves no purpose yet" if en else "dient nog geen bedoeling"))
    for sup in analysis.purpose_support():
        theme_names = ", ".join(f"“{themes[t].name}”" for t in sup.themes) or "–"
        lines.append(
            f"{_kind_word(LogicKind.BEDOELING, lang)} “{sup.label}”: "
            + (
                f"themes {theme_names}; solutions "
                if en
                else f"thema's {theme_names}; oplossingen "
            )
            + (names(sup.solutions) or "–")
        )
    return lines
