"""Spreading participants (or head counts) of each stakeholder group evenly over subgroups."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")
G = TypeVar("G", bound=Hashable)


def deal(items: Sequence[tuple[G, T]], subgroups: int) -> list[list[T]]:
    """Deal ``(group, item)`` pairs like cards, group after group, over ``subgroups`` piles.

    Dealing every group in one continuous rotation keeps both each group's
    share per pile and the pile sizes within one of each other.
    """
    if subgroups < 1:
        raise ValueError("at least one subgroup is needed")
    order: dict[G, int] = {}
    for group, _ in items:
        order.setdefault(group, len(order))
    ranked = sorted(enumerate(items), key=lambda pair: (order[pair[1][0]], pair[0]))
    piles: list[list[T]] = [[] for _ in range(subgroups)]
    for turn, (_, (_, item)) in enumerate(ranked):
        piles[turn % subgroups].append(item)
    return piles


def mix_counts(headcounts: Sequence[tuple[G, int]], subgroups: int) -> list[dict[G, int]]:
    """For anonymous workshops: how many of each group sit in each subgroup."""
    cards = [(group, group) for group, count in headcounts for _ in range(count)]
    piles = deal(cards, subgroups)
    result: list[dict[G, int]] = []
    for pile in piles:
        counts: dict[G, int] = {}
        for group in pile:
            counts[group] = counts.get(group, 0) + 1
        result.append(counts)
    return result
