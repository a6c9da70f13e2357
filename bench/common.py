"""Small shared helpers for the benchmark scripts: timing, ratios and a results table.

Every figure a benchmark prints is a ratio against a baseline measured in the same run, so the
numbers stay comparable between a fast desktop and a slow CI runner. Scripts run as
`python bench/NAME.py`, so `bench/` is on sys.path and they import this as `from common import ...`.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True)
class Stats:
    """Wall-clock timings of repeated calls, in milliseconds."""

    median_ms: float
    p95_ms: float
    min_ms: float
    max_ms: float
    n: int


def stats_of(samples_ms: Sequence[float]) -> Stats:
    """Summarise timings already taken (in ms); p95 uses the nearest-rank method."""
    if not samples_ms:
        raise ValueError("no samples")
    ordered = sorted(samples_ms)
    rank = max(0, min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1))
    return Stats(
        median_ms=statistics.median(ordered),
        p95_ms=ordered[rank],
        min_ms=ordered[0],
        max_ms=ordered[-1],
        n=len(ordered),
    )


def measure(
    fn: Callable[[], object],
    repeat: int,
    warmup: int = 3,
    setup: Callable[[], object] | None = None,
) -> Stats:
    """Time `fn()` `repeat` times after `warmup` untimed calls; `setup()` runs untimed first."""
    for _ in range(warmup):
        if setup is not None:
            setup()
        fn()
    samples: list[float] = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000.0)
    return stats_of(samples)


def ratio(a: float, b: float) -> float:
    """How many times slower `a` is than the baseline `b` (inf when the baseline took no time)."""
    return a / b if b > 0 else float("inf")


@dataclass(frozen=True)
class Row:
    """One line of a results table: a figure, its baseline, and the target it must meet."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    target: float | None = None
    ratio_target: float | None = None

    @property
    def ratio(self) -> float | None:
        """The figure as a multiple of its baseline."""
        return None if self.baseline is None else ratio(self.value, self.baseline)

    @property
    def ok(self) -> bool:
        """Whether the figure meets its absolute target and its ratio target (when given)."""
        if self.target is not None and self.value > self.target:
            return False
        measured = self.ratio
        return self.ratio_target is None or measured is None or measured <= self.ratio_target


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:.3f}{unit}" if value < 10 else f"{value:.1f}{unit}"


def format_table(rows: Sequence[Row]) -> str:
    """Render rows as an aligned plain-text table."""
    header = ("measure", "value", "baseline", "ratio", "target", "ok")
    lines = [header]
    for row in rows:
        target = _fmt(row.target, f" {row.unit}") if row.target is not None else ""
        if row.ratio_target is not None:
            target = (target + "; " if target else "") + f"ratio ≤ {row.ratio_target:g}"
        lines.append(
            (
                row.name,
                _fmt(row.value, f" {row.unit}"),
                _fmt(row.baseline, f" {row.unit}"),
                "-" if row.ratio is None else f"{row.ratio:.1f}x",
                target or "-",
                "yes" if row.ok else "NO",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    out.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(out)


def print_table(rows: Sequence[Row]) -> None:
    """Print the results table to stdout."""
    print(format_table(rows))


def write_json(name: str, rows: Sequence[Row], extra: dict[str, object] | None = None) -> Path:
    """Write the rows to bench/out/NAME.json and return the path."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"{name}.json"
    payload = {
        "rows": [asdict(row) | {"ratio": row.ratio, "ok": row.ok} for row in rows],
        **(extra or {}),
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return path
