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

from review_desk.assist.index import SessionPart, query_rows
from review_desk.assist.postings import Postings
from review_desk.assist.vectors import SparseRows, expand_ranges

DEFAULT_THRESHOLD = 0.5
BLOCK = 256
CLUSTER_TERMS = 24
PER_ROW = 30
RESCORE_BLOCK = 128  # closest pairs kept per proposal
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
    closest `PER_ROW` only).

    Found with the cut vectors, then scored again as `Assistant.similar` scores: one
    side whole, the other cut to its `QUERY_TERMS` heaviest terms, so that a group's
    similarity and a candidate's score mean the same thing."""
    found: set[tuple[int, int]] = set()
    cut = rows.top_terms(CLUSTER_TERMS).normalized()
    postings = Postings.of(cut, n_terms)
    n = rows.n_rows
    for start in range(0, n, BLOCK):
        block = np.arange(start, min(n, start + BLOCK), dtype=np.int64)
        scores = postings.scores(cut.take(block))
        scores[np.arange(len(block)), block] = 0.0
        for r, i in enumerate(block):
            row = scores[r]
            hits = np.flatnonzero(row >= low)
            if len(hits) > PER_ROW:
                hits = hits[np.argpartition(-row[hits], PER_ROW - 1)[:PER_ROW]]
            found.update((int(i), int(j)) if i < j else (int(j), int(i)) for j in hits)
        if progress is not None:
            progress(int(block[-1]) + 1, n)
    if not found:
        return {}
    pairs = np.array(sorted(found), dtype=np.int64)
    exact = _rescore(rows, query_rows(rows), pairs, n_terms)
    return {(int(a), int(b)): float(v)
            for (a, b), v in zip(pairs, exact, strict=True) if v >= low}


def _rescore(rows: SparseRows, cut: SparseRows, pairs: np.ndarray, n_terms: int) -> np.ndarray:
    """The dot product of row a (whole) with row b (cut) for every pair (a, b), a block
    of distinct a at a time against a dense copy of those rows."""
    out = np.zeros(len(pairs), dtype=np.float64)
    heads = pairs[:, 0]  # sorted: the pairs of a block of first rows are one range
    firsts = heads[np.flatnonzero(np.concatenate(([True], heads[1:] != heads[:-1])))]
    for start in range(0, len(firsts), RESCORE_BLOCK):
        block = firsts[start:start + RESCORE_BLOCK]
        dense = np.zeros((len(block), n_terms), dtype=np.float32)
        part = rows.take(block)
        dense[part.row_ids(), part.indices] = part.data
        chosen = np.arange(np.searchsorted(heads, block[0]),
                           np.searchsorted(heads, block[-1], side="right"))
        b = pairs[chosen, 1]
        starts, lengths = cut.indptr[b], cut.indptr[b + 1] - cut.indptr[b]
        positions = expand_ranges(starts, lengths)
        owner = np.repeat(np.arange(len(chosen), dtype=np.int64), lengths)
        which = np.searchsorted(block, heads[chosen])[owner]
        values = dense[which, cut.indices[positions]] * cut.data[positions]
        out[chosen] = np.bincount(owner, weights=values, minlength=len(chosen))
    return out


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
