"""Worked examples: real proposals (and the matters a department reported it handled) with the
kind of unit that led them, shipped with the catalogue as evidence of what each kind of
department is given in practice.

`data/worked_examples.csv` holds titles from public reply letters and 办理 news, and the
"主要涉及 …" lists of departments' 办理 reports, each with the standard unit kind that led
them (its sources: `data/README.md`). None of them is a title of the evaluation set
(`tests/data/real_titles.csv`) or comes from one of its pages.

The reading: character 2- and 3-grams of the title (the grams of the proposal frame left out),
TF-IDF weighted over the examples, and for each kind the cosine of its closest example. A
topic list counts as one example per listed matter.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.grams import clean_title

F64 = NDArray[np.float64]
GRAM_SIZES = (2, 3)
_RUN = re.compile(r"[\u4e00-\u9fffa-z0-9]+")
_LIST_SEPARATOR = re.compile(r"[、，,；;]")


@dataclass(frozen=True)
class WorkedExample:
    """One labelled text: a title (form "title") or a department's list of matters ("topics")."""

    unit_type: str
    form: str
    level: str
    text: str
    source_url: str

    def phrases(self) -> list[str]:
        """The texts it stands for: the title, or each matter of a list."""
        if self.form == "topics":
            return [p.strip() for p in _LIST_SEPARATOR.split(self.text) if len(p.strip()) >= 2]
        return [clean_title(self.text)]


def read_examples(text: str) -> list[WorkedExample]:
    """The examples of a worked-examples CSV text."""
    rows = csv.DictReader(io.StringIO(text))
    return [WorkedExample(r["unit_type"].strip(), r["form"].strip(), r["level"].strip(),
                          r["text"].strip(), r["source_url"].strip()) for r in rows]


@functools.cache
def builtin_examples() -> tuple[WorkedExample, ...]:
    """The worked examples shipped with the catalogue."""
    data = resources.files("review_desk.assist").joinpath("data", "worked_examples.csv")
    return tuple(read_examples(data.read_text(encoding="utf-8")))


def _grams(text: str, frame: frozenset[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for run in _RUN.findall(text.lower()):
        for size in GRAM_SIZES:
            for start in range(len(run) - size + 1):
                gram = run[start:start + size]
                # a gram made of the proposal frame (加强, 推进, 我市 …) says nothing
                if any(gram[i:i + 2] in frame for i in range(size - 1)):
                    continue
                out[gram] += 1
    return out


class ExampleReading:
    """Per-kind closeness of a title to the worked examples of that kind."""

    def __init__(self, examples: Iterable[WorkedExample], frame: frozenset[str]) -> None:
        self._frame = frame
        docs = [(e.unit_type, _grams(p, frame)) for e in examples for p in e.phrases()]
        docs = [(k, g) for k, g in docs if g]
        df: Counter[str] = Counter()
        for _, grams in docs:
            df.update(grams.keys())
        self._idf = {g: math.log((len(docs) + 1) / (n + 0.5)) for g, n in df.items()}
        self._kinds = sorted({k for k, _ in docs})
        self._docs = [(k, self._vector(g)) for k, g in docs]
        self._by_gram: dict[str, list[int]] = {}
        for d, (_, vec) in enumerate(self._docs):
            for gram in vec:
                self._by_gram.setdefault(gram, []).append(d)

    @property
    def size(self) -> int:
        """How many example texts (titles and listed matters) it reads."""
        return len(self._docs)

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vec = {g: (1.0 + math.log(n)) * self._idf[g] for g, n in counts.items() if g in self._idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}

    def closeness(self, title: str) -> dict[str, float]:
        """{kind: cosine of the title with the closest example of that kind}, kinds with any."""
        query = self._vector(_grams(clean_title(title), self._frame))
        sims: dict[int, float] = {}
        for gram, weight in query.items():
            for d in self._by_gram.get(gram, ()):
                sims[d] = sims.get(d, 0.0) + weight * self._docs[d][1][gram]
        best: dict[str, float] = {}
        for d, sim in sims.items():
            kind = self._docs[d][0]
            best[kind] = max(best.get(kind, 0.0), sim)
        return best

    def scores(self, title: str, keys: Sequence[str]) -> F64:
        """The closeness of each of `keys` (0 for a kind with no close example)."""
        best = self.closeness(title)
        return np.array([best.get(k, 0.0) for k in keys])
