"""The sixth shift's attempt, kept to be repeated: composed titles beside the catalogue,
scored on the `tune` rows of the real-title set ONLY (held-out rows are never scored).

`src/review_desk/assist/data/composed_titles.csv` holds 3,435 titles in the style of
proposals, each with the kind of unit that would lead it, written from knowledge of the 三定
division of duties by writers who saw neither the real-title set nor any stored page
(tests/data/README.md, "The sixth shift"). Since the eighth shift the program reads them
(`review_desk.assist.meaning`).
Three readings of them are fused with the built-in catalogue's scores:

- ``knn``: TF-IDF character 2-3-grams, the K closest composed titles, each kind's share of
  their cosines (``vote``) or its closest one (``max``);
- ``bayes``: multinomial naive Bayes over the same grams, its posterior added;
- ``cues``: 2-4-character runs met in n titles of one kind, mostly of that kind, added to
  that kind's cues.

    python3 benchmarks/title_composed.py
"""

from __future__ import annotations

import dataclasses
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.catalogue import _FRAME_GRAMS, CatalogueMatcher, units_at
from review_desk.assist.examples import _grams
from review_desk.assist.grams import clean_title
from review_desk.assist.meaning import composed_rows
from review_desk.assist.standard_units import StandardUnit
from review_desk.assist.title_eval import TitleCase, read_titles, select_cases

HERE = Path(__file__).resolve().parent
TITLES = HERE.parent / "tests" / "data" / "real_titles.csv"
F64 = NDArray[np.float64]
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_MATCHERS: dict[tuple[str, ...], CatalogueMatcher] = {}  # the catalogue's own, by level


def tune_cases() -> list[TitleCase]:
    cases = select_cases(read_titles(TITLES), split="tune")
    assert cases and all(c.split == "tune" for c in cases)
    return cases


def composed() -> list[tuple[str, str]]:
    return composed_rows()


def units_of(case: TitleCase) -> tuple[StandardUnit, ...]:
    return units_at(case.level, year=int(case.year) if case.year.isdigit() else None)


def grams(text: str) -> Counter[str]:
    return _grams(clean_title(text), _FRAME_GRAMS)


class Neighbours:
    """TF-IDF cosines of a title with every composed title, best first."""

    def __init__(self, rows: Sequence[tuple[str, str]]) -> None:
        docs = [(kind, grams(text)) for kind, text in rows]
        df: Counter[str] = Counter()
        for _, counts in docs:
            df.update(counts.keys())
        self.idf = {g: math.log((len(docs) + 1) / (n + 0.5)) for g, n in df.items()}
        self.docs = [(kind, self.vector(counts)) for kind, counts in docs if counts]
        self.by_gram: dict[str, list[int]] = defaultdict(list)
        self.seen: dict[str, list[tuple[float, str]]] = {}
        for d, (_, vec) in enumerate(self.docs):
            for gram in vec:
                self.by_gram[gram].append(d)

    def vector(self, counts: Counter[str]) -> dict[str, float]:
        vec = {g: (1 + math.log(n)) * self.idf[g] for g, n in counts.items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}

    def closest(self, title: str) -> list[tuple[float, str]]:
        if title in self.seen:
            return self.seen[title]
        sims: dict[int, float] = defaultdict(float)
        for gram, weight in self.vector(grams(title)).items():
            for d in self.by_gram.get(gram, ()):
                sims[d] += weight * self.docs[d][1][gram]
        self.seen[title] = sorted(((s, self.docs[d][0]) for d, s in sims.items()), reverse=True)
        return self.seen[title]


def knn_reading(neighbours: Neighbours, k: int, mode: str) -> Callable[[str, list[str]], F64]:
    def read(title: str, keys: list[str]) -> F64:
        out = np.zeros(len(keys))
        at = {key: i for i, key in enumerate(keys)}
        top = neighbours.closest(title)[:k]
        total = sum(s for s, _ in top) or 1.0
        for sim, kind in top:
            if kind in at:
                i = at[kind]
                out[i] = max(out[i], sim) if mode == "max" else out[i] + sim / total
        return out
    return read


def bayes_reading(rows: Sequence[tuple[str, str]], alpha: float
                  ) -> Callable[[str, list[str]], F64]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for kind, text in rows:
        counts[kind].update(dict.fromkeys(grams(text), 1))
    vocabulary = {g for c in counts.values() for g in c}
    sizes = {kind: sum(c.values()) for kind, c in counts.items()}

    def read(title: str, keys: list[str]) -> F64:
        seen = [g for g in grams(title) if g in vocabulary]
        logp = np.array([
            sum(math.log((counts[k][g] + alpha) / (sizes[k] + alpha * len(vocabulary)))
                for g in seen) if k in counts else -1e9 for k in keys])
        p = np.exp(logp - logp.max())
        return np.asarray(p / p.sum(), dtype=np.float64)
    return read


def mined_cues(rows: Sequence[tuple[str, str]], least: int, share: float
               ) -> dict[str, tuple[str, ...]]:
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    overall: Counter[str] = Counter()
    for kind, text in rows:
        runs = {run[i:i + n] for run in _HAN.findall(text) for n in (2, 3, 4)
                for i in range(len(run) - n + 1)}
        runs = {r for r in runs if not any(r[j:j + 2] in _FRAME_GRAMS for j in range(len(r) - 1))}
        by_kind[kind].update(runs)
        overall.update(runs)
    return {kind: tuple(r for r, n in c.items() if n >= least and n / overall[r] >= share)
            for kind, c in by_kind.items()}


def score(cases: Sequence[TitleCase], reading: Callable[[str, list[str]], F64] | None = None,
          weight: float = 0.0, extra: dict[str, tuple[str, ...]] | None = None,
          split: str = "tune") -> tuple[int, int]:
    """Top-1 and top-3 counts of the catalogue (its scores scaled to a best of 1) plus
    `weight` x `reading`, with `extra` cues, over cases of `split` only (a frozen method's one
    look at the held-out rows passes "heldout")."""
    matchers = _MATCHERS if extra is None else {}
    top1 = top3 = 0
    for case in cases:
        assert case.split == split
        units = tuple(dataclasses.replace(u, cues=tuple(dict.fromkeys(
            u.cues + (extra or {}).get(u.key, ())))) for u in units_of(case))
        keys = [u.key for u in units]
        matcher = matchers.setdefault((case.level, *keys), CatalogueMatcher(units, meaning=False))
        total = matcher.score(case.title).total
        total = total / (total.max() or 1.0)
        if reading is not None:
            total = total + weight * reading(case.title, keys)
        order = [keys[i] for i in np.argsort(-total, kind="stable")]
        top1 += order[0] == case.unit_type
        top3 += case.unit_type in order[:3]
    return top1, top3


def main() -> int:
    cases, rows = tune_cases(), composed()
    print(f"tune {len(cases)} titles, {len(rows)} composed titles; counts of top-1 / top-3")
    print("catalogue alone", score(cases))
    neighbours = Neighbours(rows)
    for mode in ("vote", "max"):
        for k in (1, 5, 10, 20, 40):
            line = [f"{w}: {score(cases, knn_reading(neighbours, k, mode), w)}"
                    for w in (0.25, 0.5, 1.0, 2.0, 4.0, 100.0)]
            print(f"knn {mode} K={k}  " + "  ".join(line))
    for alpha in (0.1, 0.3, 1.0):
        reading = bayes_reading(rows, alpha)
        line = [f"{w}: {score(cases, reading, w)}" for w in (0.1, 0.25, 0.5, 1.0, 2.0, 1000.0)]
        print(f"bayes alpha={alpha}  " + "  ".join(line))
    for least in (2, 3, 5):
        for share in (0.5, 0.7, 0.9):
            extra = mined_cues(rows, least, share)
            print(f"cues n>={least} share>={share} ({sum(map(len, extra.values()))} cues)",
                  score(cases, extra=extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
