"""The PDF report: the demo, and a large workshop (2,000 post-its, a 300-node batenlogica).

Each figure is set against a baseline measured in the same run: a plain
reportlab document (SimpleDocTemplate, one build, the same embedded font)
with one Paragraph per post-it and per batenlogica node — the least any
report of that workshop has to typeset. The large report runs in a child
process so its peak memory (ru_maxrss) is its own; the baseline's child
is measured the same way. The 8 s target applies to the export's CPU time,
which is what it costs on an idle laptop; the wall time is printed too, with
the load average, because on a shared machine it mostly measures the others.

Run: ``python bench/bench_report.py``; writes bench/out/report.json.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Row, measure, print_table, write_json

from app.export.report import write_report
from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import compute_layout, layout_op
from app.model.demo import build_demo
from app.model.kinds import LogicKind, NoteKind
from app.model.layout import area_layout, grid_positions
from app.model.ops.primitives import Batch, Insert
from app.model.store import WorkshopStore

NOTES = 2000
ROUNDS = 8
SUBGROUPS = 5
NODES = {
    LogicKind.OPLOSSING: 70,
    LogicKind.ACTIVITEIT: 100,
    LogicKind.BAAT: 70,
    LogicKind.BEDOELING: 20,
    LogicKind.WERKDRUK: 40,
}
THEMES = 8
WORDS = [
    "leerlingen",
    "ouders",
    "leraren",
    "samen",
    "leren",
    "eigen",
    "niveau",
    "talent",
    "rapport",
    "gesprek",
    "werkdruk",
    "administratie",
    "vergaderen",
    "overleg",
    "feedback",
    "portfolio",
    "buiten",
    "bewegen",
    "coöperatief",
    "ontdekkend",
    "één",
    "overzicht",
    "groep",
    "1–8",
    "maatwerk",
    "“eigenaarschap”",
    "ICT",
    "€",
    "kindgesprekken",
    "inloop",
    "team",
    "directie",
    "bestuur",
    "plannen",
    "systeem",
    "dubbel",
    "invoeren",
]


def sentence(rng: random.Random, low: int = 3, high: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))
    return text[0].upper() + text[1:]


def build_large(store: WorkshopStore, seed: int = 7) -> None:
    """Sessions, rounds, subgroups with clustered notes, themes, and a laid-out batenlogica."""
    rng = random.Random(seed)
    rows: dict[str, list[dict]] = {
        k: [] for k in ("session", "round", "subgroup", "cluster", "note")
    }
    per_round = NOTES // ROUNDS
    note_id = 0
    for r in range(ROUNDS):
        if r % 2 == 0:
            rows["session"].append({"id": r // 2 + 1, "title": f"Sessie {r // 2 + 1}"})
        rows["round"].append(
            {"id": r + 1, "session_id": r // 2 + 1, "title": f"Ronde {r + 1}",
             "question": sentence(rng) + "?", "position": r}
        )  # fmt: skip
        counts = [per_round // SUBGROUPS] * SUBGROUPS
        for s, area in enumerate(area_layout(counts)):
            sub_id = r * SUBGROUPS + s + 1
            rows["subgroup"].append(
                {"id": sub_id, "round_id": r + 1, "name": f"Groep {s + 1}", "position": s,
                 "x": area.x, "y": area.y, "w": area.w, "h": area.h}
            )  # fmt: skip
            columns = max(1, int((area.w - 16) // 176))
            for i, (x, y) in enumerate(grid_positions(counts[s], area.x, area.y + 56, columns)):
                note_id += 1
                kind = NoteKind.WERKDRUK if i % 9 == 0 else NoteKind.IDEE
                rows["note"].append(
                    {"id": note_id, "round_id": r + 1, "subgroup_id": sub_id, "kind": kind,
                     "text": sentence(rng), "x": x, "y": y, "votes": rng.choice((0, 0, 1, 2, 4, 9)),
                     "tags": "ict" if "ICT" in WORDS[note_id % len(WORDS)] else ""}
                )  # fmt: skip
    themes = [{"id": t + 1, "code": chr(65 + t), "name": sentence(rng, 2, 5), "position": t}
              for t in range(THEMES)]  # fmt: skip
    nodes, edges, by_kind, next_id = [], [], {}, 1
    for kind, count in NODES.items():
        by_kind[kind] = list(range(next_id, next_id + count))
        for node_id in by_kind[kind]:
            theme = rng.randint(1, THEMES) if kind is LogicKind.ACTIVITEIT else None
            nodes.append(
                {"id": node_id, "kind": kind, "label": sentence(rng, 2, 8), "theme_id": theme}
            )
        next_id += count
    chain = (LogicKind.OPLOSSING, LogicKind.ACTIVITEIT, LogicKind.BAAT, LogicKind.BEDOELING)
    seen = set()
    for cause_kind, effect_kind in [
        *itertools.pairwise(chain),
        (LogicKind.WERKDRUK, LogicKind.ACTIVITEIT),
    ]:
        for cause in by_kind[cause_kind]:
            for effect in rng.sample(by_kind[effect_kind], 2):
                if (cause, effect) not in seen:
                    seen.add((cause, effect))
                    edges.append({"cause_id": cause, "effect_id": effect})
    ops = [Insert(t, tuple(rows[t])) for t in ("session", "round", "subgroup", "note")]
    ops += [Insert("theme", tuple(themes)), Insert("logic_node", tuple(nodes)),
            Insert("logic_edge", tuple(edges))]  # fmt: skip
    store.apply(Batch(tuple(ops)))
    graph = load_graph(store)
    store.apply(layout_op(graph, compute_layout(graph), True))


def baseline(path: Path, texts: list[str]) -> None:
    """A plain reportlab document: one Paragraph per text, same font, one build."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.export import styles

    doc = SimpleDocTemplate(str(path))
    doc.build([Paragraph(escape(t), styles.BODY) for t in texts])


def workshop_texts(store: WorkshopStore) -> list[str]:
    from sqlalchemy import select

    from app.model.entities import LogicNode, Note

    with store.read() as db:
        return [*db.scalars(select(Note.text)), *db.scalars(select(LogicNode.label))]


def child(task: str, workshop: str, out: str) -> None:
    """Run one export in this process and print its time and peak memory as JSON."""
    store = WorkshopStore.open(workshop, backup=False)
    texts = workshop_texts(store)
    start, cpu = time.perf_counter(), time.process_time()
    pages = 0
    if task == "report":
        pages = write_report(store, out).pages
    else:
        baseline(Path(out), texts)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "pages": pages}))


def run_child(task: str, workshop: Path, out: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", task, str(workshop), str(out)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    rows: list[Row] = []
    extra: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo_path = folder / "demo.bruinpapier"
        with WorkshopStore.create(demo_path) as store:
            build_demo(store)
            texts = workshop_texts(store)
            demo = measure(lambda: write_report(store, folder / "demo.pdf"), repeat=5, warmup=1)
            base = measure(lambda: baseline(folder / "base.pdf", texts), repeat=5, warmup=1)
        rows.append(
            Row("demo report (median)", demo.median_ms / 1000, "s", base.median_ms / 1000, 2.0)
        )
        extra["demo_paragraphs"] = len(texts)

        large_path = folder / "large.bruinpapier"
        with WorkshopStore.create(large_path, name="Groot traject") as store:
            build_large(store)
        report = run_child("report", large_path, folder / "large.pdf")
        plain = run_child("baseline", large_path, folder / "large-base.pdf")
        rows.append(
            Row("2,000 notes + 300 nodes: wall time", report["seconds"], "s", plain["seconds"])
        )
        rows.append(Row("2,000 notes + 300 nodes: CPU time", report["cpu"], "s", plain["cpu"], 8.0))
        rows.append(Row("2,000 notes + 300 nodes: peak RSS", report["peak_mb"], "MB",
                        plain["peak_mb"], 500.0))  # fmt: skip
        extra["large_pages"] = report["pages"]
        extra["load_average"] = os.getloadavg()
        extra["large_pdf_mb"] = (folder / "large.pdf").stat().st_size / 1e6
    print_table(rows)
    print(f"large report: {extra['large_pages']} pages, {extra['large_pdf_mb']:.1f} MB")
    print("load average during the run: {:.1f} {:.1f} {:.1f}".format(*extra["load_average"]))
    path = write_json("report", rows, extra)
    print(f"wrote {path}")
    if not all(row.ok for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(*sys.argv[2:])
    else:
        main()
