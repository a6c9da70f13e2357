"""The batenlogica analysis as the report shows it.

The only place the report calls the model's analysis
(``app.model.batenlogica.analysis``), so the report says what the app says.
"""

from __future__ import annotations

from sqlalchemy.orm import Session as DbSession

from app.export.data import LogicFindings, PurposeRoute
from app.model.batenlogica.analysis import Finding, FindingCode, LogicAnalysis
from app.model.batenlogica.graph import load_graph, themes_of
from app.model.kinds import LOGIC_KIND_LABELS

SORTED = {
    FindingCode.NO_PURPOSE: "not_contributing",
    FindingCode.NO_APPROACH: "not_addressed",
    FindingCode.WORKLOAD_PURPOSE: "workload_purpose",
    FindingCode.WORKLOAD_SYSTEMS: "workload_systems",
}


def _named(finding: Finding) -> str:
    return f"{finding.label} ({LOGIC_KIND_LABELS[finding.kind][0]})"


def find_logic_findings(db: DbSession) -> LogicFindings:
    """Run the batenlogica analysis on the workshop read in ``db``."""
    graph = load_graph(db)
    analysis = LogicAnalysis(graph)
    lists: dict[str, list[str]] = {field: [] for field in SORTED.values()}
    other: list[str] = []
    for finding in analysis.findings():
        field = SORTED.get(finding.code)
        if field is None:
            other.append(finding.line("nl"))
        elif finding.code in (FindingCode.WORKLOAD_PURPOSE, FindingCode.WORKLOAD_SYSTEMS):
            lists[field].append(finding.label)
        else:
            lists[field].append(_named(finding))
    themes = themes_of(graph)
    labels = dict(graph.nodes(data="label"))
    routes = tuple(
        PurposeRoute(
            support.label,
            tuple(f"{themes[t].code}. {themes[t].name}".lstrip(". ") for t in support.themes),
            tuple(labels[s] for s in support.solutions),
        )
        for support in analysis.purpose_support()
    )
    return LogicFindings(
        **{k: tuple(v) for k, v in lists.items()}, other=tuple(other), routes=routes
    )
