"""Fast seeded draws for short sequences (the generator makes millions of them)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import permutations
from typing import TypeVar

T = TypeVar("T")

_PERMUTATIONS: dict[int, tuple[tuple[int, ...], ...]] = {}
_MAX_TABLED = 7


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One item, uniformly (like rng.choice, with a single float draw)."""
    return items[int(rng.random() * len(items))]


def sample(rng: random.Random, items: Sequence[T], count: int) -> list[T]:
    """`count` distinct positions of `items` in random order (like rng.sample)."""
    size = len(items)
    if size > _MAX_TABLED:
        return rng.sample(items, count)
    table = _PERMUTATIONS.get(size)
    if table is None:
        table = _PERMUTATIONS[size] = tuple(permutations(range(size)))
    order = table[int(rng.random() * len(table))]
    return [items[i] for i in order[:count]]
