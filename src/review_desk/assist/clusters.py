"""Session-wide clustering into candidate merge groups (并案), with an adjustable threshold.

Pairs come from blocks of the similarity matrix (each proposal against the whole session
through an inverted index). For speed both sides are cut to each proposal's heaviest
terms and scaled back to unit length: the cosine of those vectors stays close to the
full one, while the postings to walk shrink tenfold. Groups are grown by average linkage
over those pairs: the closest pairs first, and two groups join only when their members
are, on average, at least `threshold` alike. Plain single linkage would chain A–B–C–…
into one huge group whenever each neighbour is a little alike; average linkage keeps
groups on one matter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from review_desk.assist.index import SessionPart
from review_desk.assist.vectors import Postings, SparseRows

DEFAULT_THRESHOLD = 0.5
BLOCK = 256
CLUSTER_TERMS = 24
PER_ROW = 30  # closest pairs kept per proposal
MAX_GROUP = 12  # a larger "group" is a theme, not one matter
LOW_FACTOR = 0.5  # pairs down to threshold × this count in the linkage averages

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Group:
    """Positions in the session part of one candidate group, with pairwise similarity."""

    members: tuple[int, ...]
    score: float
    member_scores: tuple[float, ...]


def similar_pairs(rows: SparseRows, n_terms: int, low: float,
                  progress: Progress | None = None) -> dict[tuple[int, int], float]:
    """{(i, j): similarity} for i < j of the pairs at least `low` alike (each proposal's
    closest `PER_ROW` only)."""
    pairs: dict[tuple[int, int], float] = {}
    rows = rows.top_terms(CLUSTER_TERMS).normalized()
    postings = Postings.of(rows, n_terms)
    n = rows.n_rows
    for start in range(0, n, BLOCK):
        block = np.arange(start, min(n, start + BLOCK), dtype=np.int64)
        scores = postings.scores(rows.take(block))
        scores[np.arange(len(block)), block] = 0.0
        for r, i in enumerate(block):
            row = scores[r]
            hits = np.flatnonzero(row >= low)
            if len(hits) > PER_ROW:
                hits = hits[np.argpartition(-row[hits], PER_ROW - 1)[:PER_ROW]]
            for j in hits:
                key = (int(i), int(j)) if i < j else (int(j), int(i))
                value = float(row[j])
                if value > pairs.get(key, 0.0):
                    pairs[key] = value
        if progress is not None:
            progress(int(block[-1]) + 1, n)
    return pairs


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group(pairs: dict[tuple[int, int], float], n: int, threshold: float) -> list[Group]:
    """Average-linkage groups of two or more members, most alike first."""
    parent = list(range(n))
    members: dict[int, list[int]] = {}
    for (a, b), score in sorted(pairs.items(), key=lambda item: -item[1]):
        if score < threshold:
            break
        ra, rb = _find(parent, a), _find(parent, b)
        if ra == rb:
            continue
        left, right = members.get(ra, [ra]), members.get(rb, [rb])
        if len(left) + len(right) > MAX_GROUP:
            continue
        total = sum(pairs.get((x, y) if x < y else (y, x), 0.0) for x in left for y in right)
        if total / (len(left) * len(right)) < threshold:
            continue
        parent[rb] = ra
        members[ra] = left + right
        members.pop(rb, None)
    groups: list[Group] = []
    for mem in members.values():
        ordered = tuple(sorted(mem))
        sims = [[pairs.get((x, y) if x < y else (y, x), 0.0) for y in ordered if y != x]
                for x in ordered]
        per_member = tuple(float(np.mean(s)) for s in sims)
        groups.append(Group(ordered, float(np.mean(per_member)), per_member))
    groups.sort(key=lambda g: (-g.score, g.members))
    return groups


def cluster(session: SessionPart, threshold: float = DEFAULT_THRESHOLD,
            progress: Progress | None = None) -> list[Group]:
    """Candidate merge groups of the whole session."""
    pairs = similar_pairs(session.rows, len(session.vocab), threshold * LOW_FACTOR, progress)
    return group(pairs, session.rows.n_rows, threshold)
