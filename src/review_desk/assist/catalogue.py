"""Matching a proposal to the standard units of the built-in catalogue, title first.

The 案由 names the matter ("关于加快老旧小区加装电梯进程的提案"), so the title decides and the
body only supports. Three readings, each from the catalogue alone (no archive needed):

* **cues**: the words by which a title shows whose matter it is (加装电梯, 河长制, 孤独症). A
  cue counts for more when it is longer and when fewer units share it; the strongest cue of a
  unit counts in full and the others add half, so one telling phrase outweighs several
  common ones;
* **names**: a title that names a unit or its short name (法院, 城管, 残联) points to it;
* **duties**: the character-bigram cosine of the title with the unit's duties and cues (what
  the 三定 description covers), which catches matters no cue lists.

The body adds the same readings at a quarter of the weight.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from review_desk.assist.aliases import UnitResolver
from review_desk.assist.corpus import UnitText
from review_desk.assist.grams import clean_title, text_bigrams
from review_desk.assist.standard_units import STANDARD_UNITS, Level, StandardUnit

CUE_WEIGHT = 1.0
NAME_WEIGHT = 1.2
DUTIES_WEIGHT = 0.8
BODY_WEIGHT = 0.25
BODY_CHARS = 3_000  # the opening of the body carries its matter; the rest adds little
_NAME_AFFIX = re.compile(r"^(?:国家|中国|中华全国|全国|中共|省|市|中央)"
                         r"|(?:委员会|管理局|事务局|局|厅|部|委|办公室|办)$")

# cores that name no unit in particular (城建局 → 建设 would match every 加强……建设)
_GENERIC = frozenset({"建设", "发展", "管理", "服务", "事务", "工作", "行政", "综合", "安全",
                      "保障", "资源", "人民", "政府", "城市", "城乡", "经济", "社会"})
# a river, lake or reservoir named in a title (采石河, 东湖, 丹江口水库) is a water matter
_WATER_BODY = re.compile(r"[\u4e00-\u9fff](?:河|江|湖|溪|渠)(?![南北西东])")

F64 = NDArray[np.float64]


def _length_factor(term: str) -> float:
    return {1: 0.5, 2: 1.0, 3: 1.4}.get(len(term), 1.7)


def _short_names(unit: StandardUnit) -> list[str]:
    """Names and their cores (省教育厅 → 教育), the way a title mentions a unit."""
    out: list[str] = []
    for name in unit.names:
        out.append(name)
        core = _NAME_AFFIX.sub("", _NAME_AFFIX.sub("", name))
        if len(core) >= 2 and core not in _GENERIC:
            out.append(core)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class CatalogueScores:
    """Per-unit scores of one text, with what matched."""

    total: F64
    cues: tuple[tuple[str, ...], ...]  # the cues each unit matched in the title

    def order(self) -> list[int]:
        """Positions, best first."""
        return [int(i) for i in np.argsort(-self.total, kind="stable")]


class CatalogueMatcher:
    """Scores texts against a list of standard units."""

    def __init__(self, units: Sequence[StandardUnit] = STANDARD_UNITS) -> None:
        self.units = tuple(units)
        owners: Counter[str] = Counter()
        for unit in self.units:
            owners.update(set(unit.cues))
        # a cue shared by k units says 1/k as much about each of them
        self._cues = [{c: _length_factor(c) / owners[c] for c in unit.cues}
                      for unit in self.units]
        self._names = [[n for n in _short_names(u) if len(n) >= 2] for u in self.units]
        documents = [unit.duties + "。" + "、".join(unit.cues) for unit in self.units]
        grams = [Counter(g for g in text_bigrams(d) if g) for d in documents]
        df: Counter[str] = Counter()
        for g in grams:
            df.update(g.keys())
        n = len(documents)
        self._idf = {g: math.log((n + 1) / (k + 0.5)) for g, k in df.items()}
        self._duty_vectors = [self._unit_vector(g) for g in grams]

    def _unit_vector(self, counts: Counter[str]) -> dict[str, float]:
        vec = {g: (1.0 + math.log(c)) * self._idf.get(g, 0.0) for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}

    def _query_vector(self, text: str) -> dict[str, float]:
        return self._unit_vector(Counter(g for g in text_bigrams(text) if g in self._idf))

    def _reading(self, text: str, out: F64, weight: float) -> list[tuple[str, ...]]:
        matched: list[tuple[str, ...]] = []
        query = self._query_vector(text)
        for i in range(len(self.units)):
            hits = sorted((w, c) for c, w in self._cues[i].items() if c in text)
            cue = 0.0
            if hits:
                best = hits[-1][0]
                cue = best + 0.5 * (sum(w for w, _ in hits) - best)
            if self.units[i].key == "water" and _WATER_BODY.search(text):
                cue = max(cue, 1.0)
            named = max((_length_factor(n) for n in self._names[i] if n in text), default=0.0)
            duties = sum(v * self._duty_vectors[i].get(g, 0.0) for g, v in query.items())
            out[i] += weight * (CUE_WEIGHT * cue + NAME_WEIGHT * named
                                + DUTIES_WEIGHT * 3.0 * duties)
            matched.append(tuple(c for _, c in reversed(hits)))
        return matched

    def score(self, title: str, body: str = "") -> CatalogueScores:
        """Scores of every unit for one proposal."""
        total = np.zeros(len(self.units))
        cues = self._reading(clean_title(title).lower(), total, 1.0)
        if body.strip():
            self._reading(body[:BODY_CHARS].lower(), total, BODY_WEIGHT)
        return CatalogueScores(total, tuple(cues))

    def rank(self, title: str, body: str = "") -> list[tuple[StandardUnit, float]]:
        """The units, best first, with their scores."""
        scores = self.score(title, body)
        return [(self.units[i], float(scores.total[i])) for i in scores.order()]


def units_at(level: Level, units: Iterable[StandardUnit] = STANDARD_UNITS
             ) -> tuple[StandardUnit, ...]:
    """The standard units that exist at a level (the city has no 国家铁路局 …)."""
    return tuple(u for u in units if u.name_at(level))


def _standard_texts() -> list[UnitText]:
    return [UnitText(u.key, u.key, u.names[0] if u.names else u.key, "", u.names, u.duties, True)
            for u in STANDARD_UNITS]


@functools.cache
def _standard_resolver() -> UnitResolver:
    return UnitResolver(_standard_texts())


_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?(?:自治州|自治县|市|省|区|县|州|盟|旗))+")


def standard_key(names: Iterable[str]) -> str | None:
    """The standard unit an office's unit is (by its name, short name or aliases), if any."""
    resolver = _standard_resolver()
    for name in names:
        plain = _PLACE.sub("", name.strip())
        for candidate in (name, plain if len(plain) >= 2 else ""):
            key = resolver.resolve(candidate) if candidate else None
            if key is not None:
                return key
    return None


@functools.cache
def _matcher() -> CatalogueMatcher:
    return CatalogueMatcher(STANDARD_UNITS)


@dataclass(frozen=True)
class UnitCatalogue:
    """An office's units mapped onto the standard catalogue, to score titles with."""

    keys: tuple[str | None, ...]  # the standard key of each unit position
    columns: NDArray[np.int64]  # its index in STANDARD_UNITS, -1 when unmapped

    @classmethod
    def of(cls, units: Sequence[UnitText]) -> UnitCatalogue:
        """Map each unit by its names."""
        keys = tuple(standard_key((u.name, u.short_name, *u.aliases)) for u in units)
        index = {u.key: i for i, u in enumerate(STANDARD_UNITS)}
        return cls(keys, np.array([index[k] if k else -1 for k in keys], dtype=np.int64))

    @property
    def mapped(self) -> int:
        """How many units map onto a standard unit."""
        return int((self.columns >= 0).sum())

    def scores(self, titles: Sequence[str]) -> F64:
        """(titles, units) catalogue scores squashed into 0..1; 0 for unmapped units."""
        out = np.zeros((len(titles), len(self.keys)))
        if not self.mapped:
            return out
        matcher = _matcher()
        known = self.columns >= 0
        for r, title in enumerate(titles):
            raw = matcher.score(title).total
            values = raw[self.columns[known]]
            out[r, known] = values / (values + 1.0)
        return out
