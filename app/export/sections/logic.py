"""The batenlogica as drawn in the app, and what its analysis found."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from app.export import styles
from app.export.data import PurposeRoute, ReportData
from app.export.draft import Para
from app.export.figures import crop
from app.export.logic_figure import logic_figure
from app.export.sections.common import Writer, bullets, cell, grid, hint, label, swatch
from app.export.sections.pages import choose_page, figure_page, new_page, tiles, used_height
from app.model.kinds import LOGIC_KIND_LABELS, LogicKind

OVERVIEW = (
    "De batenlogica is te groot om in één keer leesbaar af te drukken. Hieronder het geheel; "
    "de uitsneden die volgen tonen elk deel leesbaar, met een kleine overlap."
)
EXPLANATION = (
    "De batenlogica redeneert terug vanuit de bedoeling: welke baten dragen bij aan de "
    "bedoeling, welke activiteiten leveren die baten op, en welke oplossingen maken die "
    "activiteiten mogelijk. Een pijl loopt van oorzaak naar gevolg."
)


LOGIC_HINT = (
    "Nog leeg. In de app: open de batenlogica en maak elementen van post-its of clusters, "
    "verbonden met pijlen van oorzaak naar gevolg."
)


def legend() -> Para:
    parts = [
        f"{swatch(styles.LOGIC_FILL[k])} {LOGIC_KIND_LABELS[k][0]}"
        for k in (LogicKind.OPLOSSING, LogicKind.ACTIVITEIT, LogicKind.BAAT, LogicKind.BEDOELING)
    ]
    parts.append(
        f"{swatch(styles.LOGIC_FILL[LogicKind.WERKDRUK])} werkdruk (gestreept kader; "
        "· BEDOELING of · SYSTEMEN zegt waar hij vandaan komt)"
    )
    parts.append("gestippeld vlak: beleidsthema")
    return Para(
        "Legenda (de soort staat ook boven in elk vak): " + " · ".join(parts), styles.MUTED_SMALL
    )


def logic_section(data: ReportData, writer: Writer) -> list[Flowable]:
    figure = logic_figure(data.logic, data.themes)
    if figure is None:
        if data.is_empty():
            return []
        return [writer.heading("De batenlogica", 0), hint(LOGIC_HINT)]
    top: list[Flowable] = [
        writer.heading("De batenlogica", 0),
        Para(EXPLANATION, styles.SMALL),
        legend(),
    ]
    page, legible = choose_page(figure.bounds, top, styles.LOGIC_TEXT_SIZE)
    if legible:
        return figure_page(top, figure, page) + findings(data, writer)
    top.insert(-1, Para(OVERVIEW, styles.SMALL))
    story = figure_page(top, figure, page)
    sample = [Para("Uitsnede", styles.HEADINGS[2]), legend()]
    reserved = used_height(sample, styles.frame_size(page)[0])
    regions = tiles(figure.bounds, page, reserved, styles.LOGIC_TEXT_SIZE)
    for n, region in enumerate(regions, start=1):
        head = [writer.heading(f"Uitsnede {n} van {len(regions)}", 2), legend()]
        story += figure_page(head, crop(figure, region), page)
    return story + findings(data, writer)


def findings(data: ReportData, writer: Writer) -> list[Flowable]:
    found = data.logic.findings
    if not found:
        return []
    story: list[Flowable] = [*new_page("a4"), writer.heading("Analyse van de batenlogica", 1)]
    if found.routes:
        story += [label("Wat leidt naar de bedoeling"), routes_table(found.routes)]
    parts = (
        ("Draagt niet bij aan de bedoeling", found.not_contributing,
         "Er loopt geen pijl-route van deze elementen naar de bedoeling."),
        ("Nog niet opgepakt", found.not_addressed,
         "Bij deze bedoeling komt nog geen route uit een oplossing aan."),
        ("Werkdruk uit het werken aan de bedoeling", found.workload_purpose,
         "Deze werkdruk hoort bij werk dat bijdraagt aan de bedoeling: verlichten door het "
         "slimmer te organiseren."),
        ("Werkdruk uit systemen en werkwijzen", found.workload_systems,
         "Deze werkdruk dient geen bedoeling: kandidaten om te schrappen of te vereenvoudigen."),
        ("Andere aandachtspunten", found.other, "Kringlopen, terugwijzende pijlen, dubbelingen."),
    )  # fmt: skip
    for title, labels, why in parts:
        if labels:
            story += [label(title), Para(why, styles.MUTED_SMALL), *bullets(labels)]
    return story


def merged_routes(routes: tuple[PurposeRoute, ...]) -> list[tuple[list[str], PurposeRoute]]:
    """Purposes reached by exactly the same themes and solutions share one row."""
    rows: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[list[str], PurposeRoute]] = {}
    for route in routes:
        rows.setdefault((route.themes, route.solutions), ([], route))[0].append(route.purpose)
    return list(rows.values())


def routes_table(routes: tuple[PurposeRoute, ...]) -> Table:
    width = styles.frame_size("a4")[0]
    rows: list[list[object]] = [
        [cell("Bedoeling", True), cell("Beleidsthema's", True), cell("Oplossingen", True)]
    ]
    for purposes, route in merged_routes(routes):
        themes = bullets(route.themes, styles.CELL_BULLET) or [cell("–")]
        solutions = bullets(route.solutions, styles.CELL_BULLET) or [cell("–")]
        names = (
            [cell(purposes[0], True)]
            if len(purposes) == 1
            else bullets(purposes, styles.CELL_BULLET)
        )
        rows.append([names, themes, solutions])
    return grid(rows, (0.3 * width, 0.35 * width, 0.35 * width))
