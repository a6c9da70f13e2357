"""Change notifications: the model's plain observer, adapted to Qt signals in app/ui."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

ChangeKind = Literal["insert", "update", "delete"]


@dataclass(frozen=True, slots=True)
class Change:
    """One row that an operation inserted, updated or deleted.

    ``values`` holds the whole row for inserts, the changed columns for
    updates, and nothing for deletes, so listeners rarely need to query.
    """

    table: str
    kind: ChangeKind
    id: int
    values: dict[str, Any] = field(default_factory=dict)


Listener = Callable[[list[Change]], None]


class Observable:
    """Calls listeners with the changes of each committed operation."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def notify(self, changes: list[Change]) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)
