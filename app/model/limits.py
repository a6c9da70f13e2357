"""Bounds on what a workshop may hold, so every cost (drawing, the report, a search) stays bounded.

Plain functions over table names and values, without a database: the operations,
the CSV and JSON readers, the semantic check of a file and the network layer all
ask the same :func:`violation`. The README's "Limits" section lists these numbers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app.model.errors import InvalidValue, OperationError

MAX_COORDINATE = 100_000
"""|x| and |y| of anything on a board or in the batenlogica."""
MAX_NOTE_SIZE = 5_000
"""Width and height of a post-it: more than 0 and at most this."""
MAX_FRAME_SIZE = 2 * MAX_COORDINATE
"""Width and height of a subgroup area or cluster frame, which hold many post-its."""
MAX_NOTE_TEXT = 2_000
"""Characters in a post-it's text."""
MAX_TEXT = 10_000
"""Characters in any other text (titles, names, descriptions)."""

COORDINATES = frozenset({"x", "y"})
SIZES = frozenset({"w", "h"})
SIZED_TABLES = {"note": MAX_NOTE_SIZE, "cluster": MAX_FRAME_SIZE, "subgroup": MAX_FRAME_SIZE}
TEXT_LIMITS = {("note", "text"): MAX_NOTE_TEXT}

COORDINATE_PROBLEM = "{column} must lie between -{most} and {most} (not {value})"
SIZE_PROBLEM = "{column} must be more than 0 and at most {most} (not {value})"
TEXT_PROBLEM = "the {column} is longer than {most} characters ({length})"

Violation = tuple[str, dict[str, object]]


def text_limit(table: str, column: str) -> int:
    return TEXT_LIMITS.get((table, column), MAX_TEXT)


def violation(table: str, column: str, value: Any) -> Violation | None:
    """The template and values saying why ``value`` may not be stored, or None if it may."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if column in COORDINATES and not abs(value) <= MAX_COORDINATE:
            return COORDINATE_PROBLEM, {"column": column, "most": MAX_COORDINATE, "value": value}
        most = SIZED_TABLES.get(table)
        if most is not None and column in SIZES and not 0 < value <= most:
            return SIZE_PROBLEM, {"column": column, "most": most, "value": value}
        if isinstance(value, float) and not math.isfinite(value):
            return COORDINATE_PROBLEM, {"column": column, "most": MAX_COORDINATE, "value": value}
    elif isinstance(value, str):
        most = text_limit(table, column)
        if len(value) > most:
            return TEXT_PROBLEM, {"column": column, "most": most, "length": len(value)}
    return None


def first_violation(table: str, values: Mapping[str, Any]) -> Violation | None:
    for column, value in values.items():
        found = violation(table, column, value)
        if found is not None:
            return found
    return None


def check_value(table: str, column: str, value: Any) -> None:
    """Raise :class:`InvalidValue` (a ``ValueError``) if ``value`` is out of bounds; for parsers."""
    found = violation(table, column, value)
    if found is not None:
        raise InvalidValue(found[0], **found[1])


def check_row(table: str, values: Mapping[str, Any]) -> None:
    """Raise :class:`InvalidValue` for the first value of a row that is out of bounds.

    The plain entry point for any input (a form, a phone over the network).
    """
    found = first_violation(table, values)
    if found is not None:
        raise InvalidValue(found[0], **found[1])


class LimitError(OperationError):
    """An edit would store a value out of bounds; nothing was written."""


def enforce(table: str, values: Mapping[str, Any]) -> None:
    """For operations: raise :class:`LimitError` (an ``OperationError``) on the first violation."""
    found = first_violation(table, values)
    if found is not None:
        raise LimitError(found[0], **found[1])


def sql_conditions(table: str, columns: set[str]) -> list[tuple[str, str]]:
    """(column, SQL condition true for an out-of-bounds row) for the semantic check of a file."""
    found = []
    for column in sorted(columns):
        if column in COORDINATES:
            found.append((column, f'abs("{column}") > {MAX_COORDINATE}'))
        elif column in SIZES and table in SIZED_TABLES:
            found.append((column, f'NOT ("{column}" > 0 AND "{column}" <= {SIZED_TABLES[table]})'))
    return found
