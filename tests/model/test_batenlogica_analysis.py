"""The batenlogica checks: on the SWS Balans demo, and one crafted graph per check."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx
import pytest

from app.model.batenlogica.analysis import FindingCode, LogicAnalysis, findings_lines
from app.model.batenlogica.graph import load_graph
from app.model.demo import build_demo
from app.model.kinds import LogicKind
from app.model.ops.edits import Add
from app.model.store import WorkshopStore

# -- the demo -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkshopStore]:
    store = WorkshopStore.create(tmp_path_factory.mktemp("demo") / "demo.bruinpapier")
    build_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo_analysis(demo: WorkshopStore) -> LogicAnalysis:
    return LogicAnalysis(load_graph(demo))


def labels(graph: nx.DiGraph, ids) -> set[str]:
    return {graph.nodes[i]["label"] for i in ids}


def by_code(analysis: LogicAnalysis, code: FindingCode) -> set[str]:
    return {f.label for f in analysis.findings() if f.code == code}


def test_demo_graph_mirrors_the_rows(demo_analysis: LogicAnalysis) -> None:
    graph = demo_analysis.graph
    kinds = [k for _n, k in graph.nodes(data="kind")]
    assert graph.number_of_nodes() == 32 and graph.number_of_edges() == 34
    assert kinds.count(LogicKind.OPLOSSING) == 10
    assert kinds.count(LogicKind.WERKDRUK) == 5
    mail = next(n for n, lab in graph.nodes(data="label") if lab == "Afhandeling van mail")
    assert graph.degree(mail) == 0
    burden = next(n for n, lab in graph.nodes(data="label") if lab == "Verwachtingen van ouders")
    assert labels(graph, graph.successors(burden)) == {"Ouders betrekken bij het leren"}


def test_demo_every_solution_reaches_a_purpose(demo_analysis: LogicAnalysis) -> None:
    problems = [f for f in demo_analysis.findings() if f.is_problem]
    assert problems == []
    graph = demo_analysis.graph
    for solution in demo_analysis.solutions:
        reached = nx.descendants(graph, solution)
        assert any(graph.nodes[n]["kind"] == LogicKind.BEDOELING for n in reached)


def test_demo_workload_classes(demo_analysis: LogicAnalysis) -> None:
    assert by_code(demo_analysis, FindingCode.WORKLOAD_SYSTEMS) == {
        "Afhandeling van mail",
        "Vergaderingen: zitten en luisteren",
    }
    assert by_code(demo_analysis, FindingCode.WORKLOAD_PURPOSE) == {
        "Informatie over leerlingen staat op te veel plekken",
        "Verwachtingen van ouders",
        "Persoonlijke aanpak per leerling: kindplan, maandelijkse feedback",
    }


BLIJ = "Blije kinderen die zichzelf zijn en in hun kracht staan"
TALENT = "Elk kind ontwikkelt zijn talenten op eigen niveau"
OUDERS = "Ouders en school samen verantwoordelijk"
LERAREN = "Bevlogen leraren die blijven leren"
NIVEAU = "Onderwijs sluit aan bij het niveau van elk kind"
MOTIVATIE = "Meer motivatie door afwisselende werkvormen"
SAMEN_LEREN = "Leraren leren van en met elkaar"
ADMIN = "Minder tijd kwijt aan administratie"
EIGENAAR = "Kind is eigenaar van zijn ontwikkeling"
WETEN = "Ouders weten waar hun kind mee bezig is"

# Worked out by hand from resources/demo/logic_*.csv: theme -> purpose -> benefits on the way.
EXPECTED_THEMES = {
    "Maatwerk in onderwijs": {
        BLIJ: {NIVEAU, MOTIVATIE, SAMEN_LEREN},
        TALENT: {NIVEAU, MOTIVATIE, SAMEN_LEREN},
        LERAREN: {SAMEN_LEREN},
    },
    "Nieuwe vormen van onderwijs en leren": {
        BLIJ: {MOTIVATIE, SAMEN_LEREN},
        TALENT: {MOTIVATIE, SAMEN_LEREN},
        LERAREN: {SAMEN_LEREN},
    },
    "Onderwijs samen met ouders": {OUDERS: {WETEN}},
    "Leerling in beeld in één integraal systeem": {
        BLIJ: {NIVEAU},
        TALENT: {NIVEAU},
        LERAREN: {ADMIN},
    },
    "Doorgaande lijn in onderwijs en leren": {
        BLIJ: {NIVEAU, EIGENAAR},
        TALENT: {NIVEAU, EIGENAAR},
    },
}


def test_demo_theme_coverage(demo_analysis: LogicAnalysis) -> None:
    graph = demo_analysis.graph
    found = {
        cov.name: {graph.nodes[p]["label"]: labels(graph, b) for p, b in cov.purposes.items()}
        for cov in demo_analysis.theme_coverage()
    }
    assert found == EXPECTED_THEMES


def test_demo_purpose_support(demo_analysis: LogicAnalysis) -> None:
    graph = demo_analysis.graph
    themes = graph.graph["themes"]
    found = {
        s.label: ({themes[t].name for t in s.themes}, labels(graph, s.solutions))
        for s in demo_analysis.purpose_support()
    }
    assert found[OUDERS] == (
        {"Onderwijs samen met ouders"},
        {"Inloopochtenden organiseren", "Digitale studiewijzer voor ouders"},
    )
    assert found[LERAREN][0] == {
        "Maatwerk in onderwijs",
        "Nieuwe vormen van onderwijs en leren",
        "Leerling in beeld in één integraal systeem",
    }
    assert "Digitaal portfolio talentontwikkeling" not in found[LERAREN][1]
    assert "Digitaal portfolio talentontwikkeling" in found[BLIJ][1]


def test_findings_lines_name_label_and_workload_class(demo: WorkshopStore) -> None:
    lines = findings_lines(demo)
    mail = [line for line in lines if "Afhandeling van mail" in line]
    assert mail == ["werkdruk “Afhandeling van mail”: werkdruk uit systemen en manier van werken"]
    ouders = [line for line in lines if line.startswith("werkdruk “Verwachtingen van ouders”")]
    assert ouders == [
        "werkdruk “Verwachtingen van ouders”: werkdruk uit het werken aan de bedoeling"
    ]
    theme_line = next(line for line in lines if line.startswith("thema “Onderwijs samen"))
    assert OUDERS in theme_line and WETEN in theme_line
    english = findings_lines(demo, "en")
    assert "workload “Afhandeling van mail”: workload from systems and ways of working" in english


# -- crafted graphs, one per check ----------------------------------------------------------


def build(store: WorkshopStore, nodes: list[tuple[str, str]], edges: list[tuple[str, str]]):
    """Nodes as (kind, label) and edges as (cause, effect) labels, added through the ops."""
    store.apply(Add("logic_node", tuple({"kind": k, "label": lab} for k, lab in nodes)))
    graph = load_graph(store)
    ids = {lab: n for n, lab in graph.nodes(data="label")}
    if edges:
        rows = tuple({"cause_id": ids[c], "effect_id": ids[e]} for c, e in edges)
        store.apply(Add("logic_edge", rows))
    return LogicAnalysis(load_graph(store)), ids


CHAIN = [
    ("oplossing", "S"),
    ("activiteit", "A"),
    ("baat", "B"),
    ("bedoeling", "P"),
]
CHAIN_EDGES = [("S", "A"), ("A", "B"), ("B", "P")]


def test_complete_chain_has_no_problems(store: WorkshopStore) -> None:
    analysis, _ids = build(store, CHAIN, CHAIN_EDGES)
    assert analysis.findings() == []


def test_cycle_is_reported_once_with_its_members(store: WorkshopStore) -> None:
    nodes = [*CHAIN, ("activiteit", "A2")]
    analysis, ids = build(store, nodes, [*CHAIN_EDGES, ("A", "A2"), ("A2", "A")])
    cycles = [f for f in analysis.findings() if f.code == FindingCode.CYCLE]
    assert len(cycles) == 1
    assert cycles[0].node_id == ids["A"] and cycles[0].related == (ids["A2"],)
    assert "“A” → “A2” → “A”" in cycles[0].message_nl


def test_backward_edge_but_not_workload_edges(store: WorkshopStore) -> None:
    nodes = [*CHAIN, ("werkdruk", "W")]
    analysis, ids = build(store, nodes, [*CHAIN_EDGES, ("P", "S"), ("W", "A"), ("A", "W")])
    backward = [f for f in analysis.findings() if f.code == FindingCode.BACKWARD]
    assert [(f.node_id, f.related) for f in backward] == [(ids["P"], (ids["S"],))]
    assert backward[0].line() == "bedoeling “P”: pijl loopt terug, naar oplossing “S”"


def test_orphans_do_not_contribute(store: WorkshopStore) -> None:
    nodes = [*CHAIN, ("activiteit", "Loose"), ("oplossing", "S2"), ("baat", "Dead end")]
    analysis, _ids = build(store, nodes, [*CHAIN_EDGES, ("S2", "Dead end")])
    assert by_code(analysis, FindingCode.NO_PURPOSE) == {"Loose", "S2", "Dead end"}


def test_purpose_without_a_solution_has_no_approach(store: WorkshopStore) -> None:
    nodes = [
        *CHAIN,
        ("bedoeling", "Alone"),
        ("bedoeling", "Via activity only"),
        ("activiteit", "A2"),
        ("werkdruk", "W"),
    ]
    edges = [*CHAIN_EDGES, ("A2", "Via activity only"), ("W", "A2")]
    analysis, _ids = build(store, nodes, edges)
    assert by_code(analysis, FindingCode.NO_APPROACH) == {"Alone", "Via activity only"}
    assert by_code(analysis, FindingCode.NO_PURPOSE) == set()


def test_duplicates_ignore_case_and_spacing(store: WorkshopStore) -> None:
    nodes = [*CHAIN, ("baat", "  b "), ("bedoeling", "Other")]
    analysis, ids = build(store, nodes, CHAIN_EDGES)
    dups = [f for f in analysis.findings() if f.code == FindingCode.DUPLICATE]
    assert [(f.node_id, f.related) for f in dups] == [(ids["B"], (ids["  b "],))]
    assert dups[0].message_en == "appears 2 times (same text)"


def test_workload_classified_by_what_it_burdens(store: WorkshopStore) -> None:
    nodes = [
        *CHAIN,
        ("activiteit", "Nowhere"),
        ("werkdruk", "On purpose"),
        ("werkdruk", "On nothing useful"),
        ("werkdruk", "Unattached"),
    ]
    edges = [*CHAIN_EDGES, ("On purpose", "A"), ("On nothing useful", "Nowhere")]
    analysis, _ids = build(store, nodes, edges)
    assert by_code(analysis, FindingCode.WORKLOAD_PURPOSE) == {"On purpose"}
    assert by_code(analysis, FindingCode.WORKLOAD_SYSTEMS) == {"On nothing useful", "Unattached"}


def test_upstream_and_downstream_paths(store: WorkshopStore) -> None:
    nodes = [*CHAIN, ("werkdruk", "W"), ("baat", "Side")]
    analysis, ids = build(store, nodes, [*CHAIN_EDGES, ("W", "A"), ("A", "Side")])
    up = analysis.upstream(ids["B"])
    assert up.nodes == {ids["S"], ids["A"], ids["W"], ids["B"]}
    assert up.edges == {(ids["S"], ids["A"]), (ids["W"], ids["A"]), (ids["A"], ids["B"])}
    down = analysis.downstream(ids["A"])
    assert down.nodes == {ids["A"], ids["B"], ids["P"], ids["Side"]}
    assert (ids["S"], ids["A"]) not in down.edges
    both = up | down
    assert ids["Side"] in both.nodes and ids["W"] in both.nodes


def test_every_finding_speaks_dutch_and_english(store: WorkshopStore) -> None:
    nodes = [*CHAIN, ("activiteit", "A2"), ("werkdruk", "W"), ("bedoeling", "p")]
    analysis, _ids = build(store, nodes, [*CHAIN_EDGES, ("A2", "A"), ("A", "A2"), ("P", "B")])
    codes = {f.code for f in analysis.findings()}
    assert codes >= {
        FindingCode.CYCLE,
        FindingCode.BACKWARD,
        FindingCode.DUPLICATE,
        FindingCode.NO_APPROACH,
        FindingCode.WORKLOAD_SYSTEMS,
    }
    for finding in analysis.findings():
        assert finding.message_nl and finding.message_en
        assert finding.message_nl != finding.message_en
        assert f"“{finding.label}”" in finding.line("nl")


def test_load_graph_accepts_a_read_session(store: WorkshopStore) -> None:
    build(store, CHAIN, CHAIN_EDGES)
    with store.read() as db:
        graph = load_graph(db)
    assert nx.is_isomorphic(graph, load_graph(store))
    assert sorted(graph.edges) == sorted(load_graph(store).edges)
