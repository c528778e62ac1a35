"""Handling-unit suggestions: past cases vote, unit profiles and responsibilities agree.

Three signals, each a reading of meaning rather than of wording templates:

* **nearest past cases** (k-nearest neighbours over the archive): each similar case
  votes for its lead unit with weight similarity²; the vote counts in full only when
  the archive holds cases close to the proposal, and fades when it does not;
* **unit profiles**: the centroid of every case a unit led, a smoother view of what
  it handles than a few neighbours;
* **responsibilities**: the catalogue's duties text and names of each unit (三定方案),
  so a unit with no history, or a matter the archive never saw, still gets an answer:
  its cosine with the whole text, and how much of the 案由's weight one clause of the
  duties covers (人防工程平战结合利用 is spelled out in the 人防办's duties).

* **the standard catalogue** (`catalogue`): the office's units mapped onto the built-in
  catalogue of standard departments, whose cues, names and duties read the 案由 first; it
  answers on day one, before there is any archive.

For a proposal of the session, the units its proposer suggested (建议承办单位) and the
units its text names add a smaller weight. Joint units (会办) are proposed together
with a lead when the similar past cases it led had them as joint units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.catalogue import UnitCatalogue
from review_desk.assist.grams import I64, bigram_counts, clean_title, text_bigrams
from review_desk.assist.index import ArchivePart, UnitPart, query_rows, top_k
from review_desk.assist.postings import Postings
from review_desk.assist.profiles import unit_profiles
from review_desk.assist.vectors import SparseRows, Vocabulary

NEIGHBOURS = 25
STRONG_MATCH = 0.6  # a nearest case this similar lets the past cases vote in full
PROFILE_WEIGHT = 0.5
DUTIES_WEIGHT = 0.3
COVER_WEIGHT = 0.6
PROPOSER_WEIGHT = 0.15
MENTION_WEIGHT = 0.1
CATALOGUE_WEIGHT = 0.8
TOTAL_WEIGHT = (1.0 + PROFILE_WEIGHT + DUTIES_WEIGHT + COVER_WEIGHT + PROPOSER_WEIGHT
                + MENTION_WEIGHT + CATALOGUE_WEIGHT)
FULL_SCORE = 1.5  # every close case led by the unit, its profile and duties matching well
JOINT_SHARE = 0.3  # a joint unit in this weighted share of the similar cases is proposed
MAX_JOINTS = 3
_CLAUSE = re.compile(r"[。；;，,、\n]")

F64 = NDArray[np.float64]


@dataclass(frozen=True)
class Hints:
    """What the proposal itself says about units: suggested by the proposer, or named."""

    suggested: tuple[int, ...] = ()  # unit positions, in the proposer's order
    mentioned: tuple[int, ...] = ()


@dataclass(frozen=True)
class Ranking:
    """The scores of every unit for one query, with the neighbours behind them."""

    total: F64  # combined score per unit position, 0..1
    vote: F64  # weighted share of the neighbours' lead votes
    profile: F64
    duties: F64
    cover: F64  # the largest share of the title's weight one clause of the duties has
    catalogue: F64  # the standard catalogue's reading of the title, 0..1
    neighbours: tuple[tuple[int, float], ...]  # (archive position, similarity)
    hints: Hints

    def order(self) -> list[int]:
        """Unit positions, best first."""
        return [int(i) for i in np.argsort(-self.total, kind="stable")]


class UnitModel:
    """Ranks units for queries; trained on the archive cases of `train` (default: all)."""

    def __init__(self, archive: ArchivePart, units: UnitPart, vocab: Vocabulary,
                 train: NDArray[np.bool_] | None = None,
                 profiles: SparseRows | None = None) -> None:
        self.archive = archive
        self.units = units
        self.vocab = vocab
        n_terms = len(vocab)
        n_units = len(units.units)
        self.train = np.ones(len(archive.ids), dtype=bool) if train is None else train
        if profiles is None or train is not None:
            profiles = unit_profiles(archive, n_units, self.train)
        self._profiles = Postings.of(profiles, n_terms)
        self._duties = Postings.of(units.rows, n_terms)
        clauses, owner = _clauses(units, vocab)
        self._clause_starts = np.searchsorted(owner, np.arange(n_units))
        self._clauses = Postings.of(clauses, n_terms)
        self._excluded = ~self.train
        self._catalogue = UnitCatalogue.of(list(units.units))
        # no past case with a lead to vote: the catalogue speaks relative to its best unit
        self._day_one = not bool((archive.lead[self.train] >= 0).any())

    def _title_weights(self, titles: Sequence[str]) -> SparseRows:
        """Each title's distinct grams with idf weights summing to one."""
        doc, codes, _ = bigram_counts([clean_title(t) for t in titles])
        terms = self.vocab.lookup(codes)
        keep = terms >= 0
        keep[keep] = ~self.vocab.stop[terms[keep]]
        rows = SparseRows.from_triplets(doc[keep], terms[keep],
                                        self.vocab.idf[terms[keep]], len(titles))
        sums = np.bincount(rows.row_ids(), weights=rows.data, minlength=len(titles))
        sums[sums == 0] = 1.0
        return SparseRows(rows.indptr, rows.indices,
                          (rows.data / sums[rows.row_ids()]).astype(np.float32))

    def _cover(self, titles: Sequence[str]) -> F64:
        if not self.units.units:
            return np.zeros((len(titles), 0))
        per_clause = self._clauses.scores(self._title_weights(titles))
        return np.maximum.reduceat(per_clause, self._clause_starts, axis=1)

    def rank(self, queries: SparseRows, titles: Sequence[str],
             hints: Sequence[Hints] | None = None) -> list[Ranking]:
        """One ranking per query row (`titles`: the 案由 of each)."""
        q = query_rows(queries)
        similar = self.archive.postings.scores(q)
        if self._excluded.any():
            similar[:, self._excluded] = -1.0
        profile = self._profiles.scores(q)
        duties = self._duties.scores(q)
        cover = self._cover(titles)
        catalogue = self._catalogue.scores(titles, relative=self._day_one)
        n_units = len(self.units.units)
        out: list[Ranking] = []
        for r in range(queries.n_rows):
            neighbours = tuple(top_k(similar[r], NEIGHBOURS))
            vote = np.zeros(n_units)
            for j, score in neighbours:
                if self.archive.lead[j] >= 0:
                    vote[self.archive.lead[j]] += score * score
            if vote.sum() > 0:
                vote /= vote.sum()
            trust = min(1.0, neighbours[0][1] / STRONG_MATCH) if neighbours else 0.0
            hint = hints[r] if hints is not None else Hints()
            bonus = np.zeros(n_units)
            for rank, unit in enumerate(hint.suggested):
                bonus[unit] += PROPOSER_WEIGHT * (1.0 if rank == 0 else 0.6)
            for unit in hint.mentioned:
                bonus[unit] += MENTION_WEIGHT
            total = (trust * vote + PROFILE_WEIGHT * profile[r] + DUTIES_WEIGHT * duties[r]
                     + COVER_WEIGHT * cover[r] + CATALOGUE_WEIGHT * catalogue[r] + bonus
                     ) / TOTAL_WEIGHT
            out.append(Ranking(total, vote, profile[r], duties[r], cover[r], catalogue[r],
                               neighbours, hint))
        return out

    def joints_for(self, ranking: Ranking, lead: int) -> list[tuple[int, float, list[int]]]:
        """(unit, share, supporting archive positions) of the joint units to go with `lead`."""
        neighbours = [(j, s * s) for j, s in ranking.neighbours]
        total = sum(w for _, w in neighbours)
        own = [(j, w) for j, w in neighbours if self.archive.lead[j] == lead]
        if total <= 0:
            return []
        # the cases this unit led say best whom it works with, when there are enough of them
        basis = own if sum(w for _, w in own) >= 0.3 * total else neighbours
        mass = sum(w for _, w in basis)
        shares: dict[int, float] = {}
        support: dict[int, list[int]] = {}
        for j, w in basis:
            for unit in self.archive.joints_of(j):
                unit = int(unit)
                if unit != lead:
                    shares[unit] = shares.get(unit, 0.0) + w / mass
                    support.setdefault(unit, []).append(j)
        chosen = sorted((u for u, s in shares.items() if s >= JOINT_SHARE),
                        key=lambda u: -shares[u])[:MAX_JOINTS]
        return [(u, shares[u], support[u]) for u in chosen]


def display_score(total: float) -> float:
    """A ranking's combined score as the 0..1 figure shown to the reviewer."""
    return min(1.0, total * TOTAL_WEIGHT / FULL_SCORE)


def _clauses(units: UnitPart, vocab: Vocabulary) -> tuple[SparseRows, I64]:
    """Binary gram rows of every clause of every unit's duties, and each clause's unit
    (each name and alias counts as a clause)."""
    texts: list[str] = []
    owner: list[int] = []
    for position, unit in enumerate(units.units):
        for clause in (unit.name, unit.short_name, *unit.aliases,
                       *_CLAUSE.split(unit.responsibilities)):
            if clause.strip():
                texts.append(clause)
                owner.append(position)
    doc, codes, _ = bigram_counts(texts)
    terms = vocab.lookup(codes)
    keep = terms >= 0
    ones = np.ones(int(keep.sum()), dtype=np.float32)
    rows = SparseRows.from_triplets(doc[keep], terms[keep], ones, len(texts))
    return rows, np.array(owner, dtype=np.int64)


def duty_phrase(query_text: str, duties: str, vocab: Vocabulary) -> str:
    """The clause of a unit's responsibilities that shares most telling grams with the query."""
    grams = {g for g in text_bigrams(query_text) if g}
    best, best_weight = "", 0.0
    for clause in _CLAUSE.split(duties):
        shared = {g for g in text_bigrams(clause) if g and g in grams}
        weight = sum(vocab.idf_map(sorted(shared)).values())
        if weight > best_weight:
            best, best_weight = clause.strip(), weight
    return best


def find_mentions(text: str, units: UnitPart) -> tuple[int, ...]:
    """Positions of the units whose name, short name or alias (3+ characters) the text has."""
    found: list[int] = []
    for position, unit in enumerate(units.units):
        names = (unit.name, unit.short_name, *unit.aliases)
        if any(len(name) >= 3 and name in text for name in names):
            found.append(position)
    return tuple(found)
