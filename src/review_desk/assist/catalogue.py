"""Matching a proposal to the standard units of the built-in catalogue, title first.

The 案由 names the matter ("关于加快老旧小区加装电梯进程的提案"), so the title decides and the
body only supports. Three readings, each from the catalogue alone (no archive needed):

* **cues**: the words by which a title shows whose matter it is (加装电梯, 河长制, 孤独症). A
  cue counts for more when it is longer and when fewer units share it; the strongest cue of a
  unit counts in full and the others add half, so one telling phrase outweighs several
  common ones;
* **names**: a title that names a unit or its short name (法院, 城管, 残联) points to it;
* **duties**: the character-bigram TF-IDF cosine of the title with the unit's duties and cues
  (what the 三定 description covers, `unit_duties`), IDF over all units' texts and a pivoted
  length normalisation, so that a long duties text is not penalised for covering more;
* **phrases**: every phrase of 2 to 6 characters of the title that a unit's duties or cues
  hold whole, weighted by how few units hold it, so that 高标准农田 or 历史文化街区 met in one
  unit's duties counts for more than its pieces met in several.

Beside them, where the bundled sentence model is installed, a reading of meaning
(`meaning`): the kinds of the title's nearest composed titles in the model's space, added to
the characters' scores scaled to a best of 1. The body adds the characters' readings at a
quarter of the weight. A cue met with one character
inside it (饮水 in 饮用水) counts 0.6; a unit's short name inside another unit's longer cue
(交通 in 交通事故) does not count as naming it; the words of the proposal frame (加强, 推进,
我市 …) take no part in the duties reading. Last, the units that lead many proposals
everywhere (住建, 教育, 交通 …) get a quarter more and the ones that lead a handful a quarter
less: a tie-break among units with evidence, which never creates evidence.
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
from review_desk.assist.cue_places import bits, gapped_in, inside_other
from review_desk.assist.examples import ExampleReading, builtin_examples
from review_desk.assist.grams import clean_title, text_bigrams
from review_desk.assist.meaning import MEANING_WEIGHT, meaning_reading
from review_desk.assist.merged_units import covered_keys
from review_desk.assist.reforms import units_in_year
from review_desk.assist.standard_units import STANDARD_UNITS, Level, StandardUnit

CUE_WEIGHT = 1.0
NAME_WEIGHT = 1.2
DUTIES_WEIGHT = 2.4
PHRASE_WEIGHT = 0.1
EXAMPLE_WEIGHT = 0.5  # the closest worked example of a kind (cosine), title only
PHRASE_MAX = 6  # the longest phrase looked up in the duties (characters)
PIVOT = 0.5  # how much a unit's duties vector norm counts (0: the mean norm for all units)
BODY_WEIGHT = 0.25
GAP_FACTOR = 0.6  # a cue met with one character inside it (饮水 in 饮用水) counts for less
BODY_CHARS = 3_000  # the opening of the body carries its matter; the rest adds little
_NAME_AFFIX = re.compile(r"^(?:国家|中国|中华全国|全国|中共|省|市|中央)"
                         r"|(?:委员会|管理局|事务局|局|厅|部|委|办公室|办)$")

# cores that name no unit in particular (城建局 → 建设 would match every 加强……建设)
_GENERIC = frozenset({"建设", "发展", "管理", "服务", "事务", "工作", "行政", "综合", "安全",
                      "保障", "资源", "人民", "政府", "城市", "城乡", "经济", "社会"})
# bigrams of the proposal frame and of every department's wording, which say nothing about
# whose matter a title is (国家级 would otherwise point at 国家审计 in the audit office's duties)
_FRAME_GRAMS = frozenset({
    "国家", "全国", "我国", "我省", "我市", "我县", "我区", "全省", "全市", "全县", "全区",
    "加强", "加快", "推进", "推动", "进一", "一步", "促进", "提升", "提高", "完善", "健全",
    "支持", "解决", "实施", "开展", "打造", "建立", "规范", "优化", "强化", "落实", "积极",
    "问题", "工作", "发展", "建设", "管理", "服务", "体系", "机制", "政策", "相关", "有关",
    "重点", "重大", "项目", "工程", "资金", "保障", "能力", "水平", "质量", "高质",
    "部分", "不足", "困难", "进行", "给予", "尽快", "设立", "增设", "建议", "提案", "关于"})
# a river, lake or reservoir named in a title (采石河, 东湖, 丹江口水库) is a water matter
_WATER_BODY = re.compile(r"[\u4e00-\u9fff](?:河|江|湖|溪|渠)(?![南北西东])")

# which kinds of unit handle most proposals and which few, from the public 提案办理 reports
# of governments (住建, 教育, 交通, 卫健, 农业农村 … lead hundreds a year; 统计, 信访, 机关事务
# a handful): with no telling cue, a title is more likely a common handler's matter
COMMON_HANDLERS = frozenset({
    "housing_construction", "education", "transport", "health", "agriculture_rural",
    "natural_resources", "civil_affairs", "human_resources", "public_security",
    "culture_tourism", "city_management", "ecology_environment", "water",
    "market_regulation", "development_reform"})
RARE_HANDLERS = frozenset({
    "audit", "statistics", "petitions", "supply_marketing", "science_association",
    "establishment_office", "party_school_history", "government_affairs", "customs", "postal",
    "communications", "railway_aviation", "grain_reserves", "civil_defence", "red_cross",
    "literary_federation", "federation_returned", "commerce_federation", "meteorology"})
PRIOR_COMMON = 0.25
PRIOR_RARE = -0.25

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


_RUN = re.compile(r"[\u4e00-\u9fffa-z0-9]+")


# 民族乡 / 民族村 are kinds of township and village (军赛民族乡): the word names a place there,
# not an ethnic-affairs matter
_ETHNIC_PLACE = re.compile(r"民族(?=[乡镇村])")


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

    def __init__(self, units: Sequence[StandardUnit] = STANDARD_UNITS,
                 examples: ExampleReading | None = None, meaning: bool = True) -> None:
        self.units = tuple(units)
        self._meaning = meaning  # False: the characters' readings alone (benchmarks, tests)
        self._keys = [u.key for u in self.units]
        self._meaning_kinds: tuple[str, ...] | None = None  # made on the first score
        self._examples = examples if examples is not None else _builtin_reading()
        owners: Counter[str] = Counter()
        for unit in self.units:
            owners.update(set(unit.cues))
        # a cue shared by k units says 1/k as much about each of them
        self._cues = [{c: _length_factor(c) / owners[c] for c in unit.cues}
                      for unit in self.units]
        # the cues of two characters or more, by their first character (a look-up per
        # character of the text instead of a scan of every cue)
        self._cues_from: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for c in owners:
            if len(c) >= 2:
                self._cues_from.setdefault(c[0], []).append((c, frozenset(c)))
        self._own = [frozenset(cues) for cues in self._cues]
        self._cue_units: dict[str, list[tuple[int, float]]] = {}
        for i, cues in enumerate(self._cues):
            for c, w in cues.items():
                self._cue_units.setdefault(c, []).append((i, w))
        self._names = [[n for n in _short_names(u) if len(n) >= 2] for u in self.units]
        self._prior = np.array([1.0 + PRIOR_COMMON if u.key in COMMON_HANDLERS
                                else 1.0 + PRIOR_RARE if u.key in RARE_HANDLERS else 1.0
                                for u in self.units])
        self._documents = [(unit.duties + "。" + "、".join(unit.cues)).lower()
                           for unit in self.units]
        grams = [Counter(g for g in text_bigrams(d) if g) for d in self._documents]
        df: Counter[str] = Counter()
        for g in grams:
            df.update(g.keys())
        n = len(self._documents)
        self._idf = {g: math.log((n + 1) / (k + 0.5)) for g, k in df.items()}
        # which units' documents hold each bigram, as a bit mask (for the phrase reading)
        self._holders: dict[str, int] = {}
        for i, g in enumerate(grams):
            for gram in g:
                self._holders[gram] = self._holders.get(gram, 0) | (1 << i)
        raw = [self._weights(g) for g in grams]
        norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in raw]
        # pivoted length normalisation: a unit with a long duties text is not penalised
        # for covering more, nor a unit with a two-line text favoured for saying little
        mean = sum(norms) / len(norms) if norms else 1.0
        self._duty_vectors = [{g: v / ((1 - PIVOT) * mean + PIVOT * norm) for g, v in vec.items()}
                              for vec, norm in zip(raw, norms, strict=True)]

    def _weights(self, counts: Counter[str]) -> dict[str, float]:
        return {g: (1.0 + math.log(c)) * self._idf.get(g, 0.0) for g, c in counts.items()}

    def _query_vector(self, text: str) -> dict[str, float]:
        vec = self._weights(Counter(g for g in text_bigrams(text)
                                    if g in self._idf and g not in _FRAME_GRAMS))
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}

    def _phrases(self, text: str) -> F64:
        """Each unit's share of the title's phrases (2 to 6 characters) that its duties and
        cues hold, each phrase weighted by how few units hold it: a run such as 高标准农田
        met in one unit's duties counts for every piece of it, a bigram every unit has for
        nothing."""
        out = np.zeros(len(self.units))
        n = len(self.units)
        for run in _RUN.findall(text):
            for start in range(len(run) - 1):
                mask = -1
                framed = True  # every bigram of the phrase so far is a frame word
                for end in range(start + 2, min(start + PHRASE_MAX, len(run)) + 1):
                    gram = run[end - 2:end]
                    mask &= self._holders.get(gram, 0)
                    framed = framed and gram in _FRAME_GRAMS
                    if not mask:
                        break
                    phrase = run[start:end]
                    holders = [i for i in bits(mask)
                               if end - start == 2 or phrase in self._documents[i]]
                    if not holders:
                        break
                    mask = sum(1 << i for i in holders)
                    if framed:
                        continue
                    out[holders] += math.log((n + 1) / len(holders))
        return out

    def _reading(self, text: str, out: F64, weight: float) -> list[tuple[str, ...]]:
        matched: list[tuple[str, ...]] = []
        query = self._query_vector(text)
        phrases = self._phrases(text)
        chars = set(text)
        candidates = [cue for ch in chars for cue in self._cues_from.get(ch, ())]
        met = {c: 1.0 for c, _ in candidates if c in text}
        met.update({c: GAP_FACTOR for c, need in candidates
                    if c not in met and need <= chars and gapped_in(c, text)})
        met.update({c: 1.0 for c in chars if c in self._cue_units})  # one-character cues
        found: list[list[tuple[float, str]]] = [[] for _ in self.units]
        for c, factor in met.items():
            for i, w in self._cue_units[c]:
                found[i].append((w * factor, c))
        for i in range(len(self.units)):
            hits = sorted(found[i])
            cue = 0.0
            if hits:
                best = hits[-1][0]
                cue = best + 0.5 * (sum(w for w, _ in hits) - best)
            if self.units[i].key == "water" and _WATER_BODY.search(text):
                cue = max(cue, 1.0)
            named = max((_length_factor(n) for n in self._names[i] if n in text
                         and not inside_other(n, text, met, self._own[i])), default=0.0)
            duties = sum(v * self._duty_vectors[i].get(g, 0.0) for g, v in query.items())
            out[i] += weight * (CUE_WEIGHT * cue + NAME_WEIGHT * named
                                + DUTIES_WEIGHT * duties + PHRASE_WEIGHT * phrases[i])
            matched.append(tuple(c for _, c in reversed(hits)))
        return matched

    def score(self, title: str, body: str = "") -> CatalogueScores:
        """Scores of every unit for one proposal."""
        total = np.zeros(len(self.units))
        cues = self._reading(_ETHNIC_PLACE.sub("", clean_title(title).lower()), total, 1.0)
        total += EXAMPLE_WEIGHT * self._examples.scores(title, [u.key for u in self.units])
        if body.strip():
            self._reading(body[:BODY_CHARS].lower(), total, BODY_WEIGHT)
        total *= self._prior  # a tie-break between units with evidence, never evidence itself
        reading = meaning_reading() if self._meaning else None
        if reading is not None:
            if self._meaning_kinds is None:
                self._meaning_kinds = reading.kinds_in(self.units)
            total = total / (total.max() or 1.0) + MEANING_WEIGHT * reading.scores(
                [title], self._keys, [body], self._meaning_kinds)[0]
        return CatalogueScores(total, tuple(cues))

    def rank(self, title: str, body: str = "") -> list[tuple[StandardUnit, float]]:
        """The units, best first, with their scores."""
        scores = self.score(title, body)
        return [(self.units[i], float(scores.total[i])) for i in scores.order()]


def units_at(level: Level, units: Iterable[StandardUnit] = STANDARD_UNITS,
             year: int | None = None) -> tuple[StandardUnit, ...]:
    """The standard units that exist at a level (the city has no 国家铁路局 …), as they
    stood in `year` when given (`reforms`)."""
    return units_in_year((u for u in units if u.name_at(level)), level, year)


@functools.cache
def _builtin_reading() -> ExampleReading:
    return ExampleReading(builtin_examples(), _FRAME_GRAMS)


def _standard_texts() -> list[UnitText]:
    return [UnitText(u.key, u.key, u.names[0] if u.names else u.key, "", u.names, u.duties, True)
            for u in STANDARD_UNITS]


@functools.cache
def _standard_resolver() -> UnitResolver:
    return UnitResolver(_standard_texts())


_PLACE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:自治州|自治县|市|省|区|县|州|盟|旗)")
# a section or squad under a bureau (公安局交通警察大队, 自然资源局某某分局) is the bureau's
_SECTION = re.compile(r"^(.{2,}?(?:局|委员会|厅))(?=.{2,}(?:大队|支队|分局|中队|所|站|处|科)$)")


def _readings(name: str) -> Iterable[str]:
    """The name, then without one more leading place at a time (富源县 / 城市管理局), then
    the bureau a section belongs to."""
    current = name.strip()
    seen: list[str] = []
    while len(current) >= 2 and current not in seen:
        seen.append(current)
        yield current
        current = _PLACE.sub("", current, count=1)
    for reading in seen:
        head = _SECTION.match(reading)
        if head:
            yield head.group(1)


def standard_key(names: Iterable[str]) -> str | None:
    """The standard unit an office's unit is (by its name, short name or aliases), if any."""
    resolver = _standard_resolver()
    for name in names:
        for candidate in _readings(name):
            key = resolver.resolve(candidate)
            if key is not None:
                return key
    return None


@functools.cache
def _matcher() -> CatalogueMatcher:
    return CatalogueMatcher(STANDARD_UNITS)


def standard_keys(names: Sequence[str]) -> tuple[str, ...]:
    """Every standard unit an office's unit stands for: the one its names map onto, and the
    others a merged bureau's name joins (教育体育局: education and sport)."""
    first = standard_key(names)
    joined = covered_keys(names[0]) if names else ()
    return tuple(dict.fromkeys(k for k in (first, *joined) if k))


@dataclass(frozen=True)
class UnitCatalogue:
    """An office's units mapped onto the standard catalogue, to score titles with."""

    keys: tuple[str | None, ...]  # the standard key of each unit position
    # each unit's columns in STANDARD_UNITS, padded with len(STANDARD_UNITS) (a zero score)
    columns: NDArray[np.int64]

    @classmethod
    def of(cls, units: Sequence[UnitText]) -> UnitCatalogue:
        """Map each unit by its names; a merged bureau scores as the best unit it joins."""
        covers = [standard_keys((u.name, u.short_name, *u.aliases)) for u in units]
        index = {u.key: i for i, u in enumerate(STANDARD_UNITS)}
        width = max((len(c) for c in covers), default=0) or 1
        columns = np.full((len(units), width), len(STANDARD_UNITS), dtype=np.int64)
        for row, cover in enumerate(covers):
            columns[row, :len(cover)] = [index[k] for k in cover]
        return cls(tuple(c[0] if c else None for c in covers), columns)

    @property
    def mapped(self) -> int:
        """How many units map onto a standard unit."""
        return sum(k is not None for k in self.keys)

    def scores(self, titles: Sequence[str], relative: bool = False) -> F64:
        """(titles, units) catalogue scores in 0..1, 0 for unmapped units: squashed (raw /
        (raw + 1)), which keeps how strong the evidence is for weighing it against an
        archive's votes, or `relative` to the title's best unit. With no archive, relative:
        the reading of meaning puts every best between 1 and 2, where a squash leaves the
        units a few hundredths apart and the session's own duties readings decide alone
        (day one on the real titles' tune rows: top-1 0.731 against 0.702)."""
        out = np.zeros((len(titles), len(self.keys)))
        if not self.mapped:
            return out
        matcher = _matcher()
        reading = meaning_reading()
        if reading is not None:
            reading.embed(titles)  # all at once: the engine is faster on a batch
        squashed = np.zeros(len(STANDARD_UNITS) + 1)
        for r, title in enumerate(titles):
            raw = matcher.score(title).total
            squashed[:-1] = raw / (raw.max() or 1.0) if relative else raw / (raw + 1.0)
            out[r] = squashed[self.columns].max(axis=1)
        return out
