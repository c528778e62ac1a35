"""Scoring unit suggestions on a file of real proposal titles with the unit that handled each.

The file is a CSV with the columns ``title``, ``unit`` (as the source wrote it), ``unit_type``
(the key of the standard unit it is an instance of, see `standard_units`), ``level`` (city,
province or national) and optionally ``split`` (tune / heldout), ``batch``, ``kind`` (``cppcc``
for a CPPCC 提案, the default; ``npc`` for a people's congress 建议), ``year``, ``place`` and
``source_url``. Each title is ranked against the built-in catalogue's units of its level (the
cold start: no archive, no office catalogue), or against a session's own units when a
suggester is given; a hit is a suggested unit of the same type as the real one (top-1, top-3).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from review_desk.assist.catalogue import CatalogueMatcher, units_at
from review_desk.assist.standard_units import BY_KEY, GROUP_LABELS, LEVELS, Level
from review_desk.errors import ReviewDeskError
from review_desk.importing.csv_source import decode
from review_desk.importing.errors import SourceEncodingError


class TitleFileError(ReviewDeskError):
    """The titles file cannot be read or lacks a column."""


@dataclass(frozen=True)
class TitleCase:
    """One real title with the unit that handled it."""

    title: str
    unit: str
    unit_type: str
    level: Level
    split: str = ""
    year: str = ""
    source_url: str = ""
    kind: str = "cppcc"
    batch: str = ""


KINDS = ("cppcc", "npc")


@dataclass
class Tally:
    """Hits out of cases."""

    cases: int = 0
    top1: int = 0
    top3: int = 0

    def add(self, rank: int | None) -> None:
        """Count one case whose truth came at `rank` (0-based; None when not ranked)."""
        self.cases += 1
        self.top1 += rank == 0
        self.top3 += rank is not None and rank < 3

    def as_dict(self) -> dict[str, float | int]:
        """{cases, top1, top3} with the shares rounded to 3 places."""
        n = max(1, self.cases)
        return {"cases": self.cases, "top1": round(self.top1 / n, 3),
                "top3": round(self.top3 / n, 3)}


@dataclass
class TitleEvaluation:
    """Top-1 and top-3 by unit type, overall and broken down."""

    overall: Tally = field(default_factory=Tally)
    by_group: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_level: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[tuple[TitleCase, tuple[str, ...]]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The figures as plain data (misses are left out: they show titles)."""
        return {"overall": self.overall.as_dict(),
                "by_group": {GROUP_LABELS.get(k, k): v.as_dict()
                             for k, v in sorted(self.by_group.items())},
                "by_level": {k: v.as_dict() for k, v in sorted(self.by_level.items())},
                "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())}}


def read_titles(path: Path | str) -> list[TitleCase]:
    """The cases of a titles CSV: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030
    (what Excel saves as CSV on a Chinese Windows), detected as the importer does."""
    file = Path(path)
    try:
        text, _ = decode(file.read_bytes(), str(file))
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except (OSError, csv.Error) as error:
        raise TitleFileError(f"{file}: cannot read the titles file ({error}).",
                             f"{file}：无法读取案由文件（{error}）。") from None
    except SourceEncodingError as error:
        raise TitleFileError(str(error), error.message_zh) from None
    cases: list[TitleCase] = []
    for number, row in enumerate(rows, start=2):
        missing = [c for c in ("title", "unit_type", "level") if not (row.get(c) or "").strip()]
        if missing:
            raise TitleFileError(
                f"{file}, row {number}: the column(s) {', '.join(missing)} are empty or missing.",
                f"{file} 第{number}行：缺少 {'、'.join(missing)} 列或为空。")
        level = row["level"].strip()
        kind = row["unit_type"].strip()
        body = (row.get("kind") or "").strip() or "cppcc"
        if body not in KINDS:
            raise TitleFileError(f"{file}, row {number}: unknown kind {body!r} (cppcc or npc).",
                                 f"{file} 第{number}行：类型“{body}”无效（cppcc/npc）。")
        if level not in LEVELS:
            raise TitleFileError(f"{file}, row {number}: unknown level {level!r} "
                                 "(city, province or national).",
                                 f"{file} 第{number}行：级别“{level}”无效"
                                 "（city/province/national）。")
        if kind not in BY_KEY:
            raise TitleFileError(f"{file}, row {number}: unknown unit type {kind!r}.",
                                 f"{file} 第{number}行：单位类型“{kind}”不在内置单位目录中。")
        cases.append(TitleCase(row["title"].strip(), (row.get("unit") or "").strip(), kind,
                               level,
                               (row.get("split") or "").strip(), (row.get("year") or "").strip(),
                               (row.get("source_url") or "").strip(), body,
                               (row.get("batch") or "").strip()))
    return cases


Suggester = Callable[[TitleCase], Sequence[str]]  # unit type keys, best first


def catalogue_suggester() -> Suggester:
    """Ranks each title against the built-in catalogue of its level alone, as the catalogue
    stood in the title's year (`reforms`)."""
    matchers: dict[tuple[Level, tuple[str, ...]], CatalogueMatcher] = {}

    def suggest(case: TitleCase) -> Sequence[str]:
        year = int(case.year) if case.year.isdigit() else None
        units = units_at(case.level, year=year)
        key = (case.level, tuple(u.key + "\x00" + "|".join(u.cues) for u in units))
        if key not in matchers:
            matchers[key] = CatalogueMatcher(units)
        return [u.key for u, _ in matchers[key].rank(case.title)[:5]]

    return suggest


def select_cases(cases: Sequence[TitleCase], split: str | None = None,
                 kind: str | None = None, batch: str | None = None) -> list[TitleCase]:
    """The cases of one split, kind and batch (each only when given)."""
    return [c for c in cases if (not split or c.split == split)
            and (not kind or c.kind == kind) and (not batch or c.batch == batch)]


def evaluate_titles(cases: Sequence[TitleCase], suggester: Suggester | None = None,
                    split: str | None = None) -> TitleEvaluation:
    """Top-1 / top-3 by unit type over the cases (of one split when given)."""
    suggest = suggester or catalogue_suggester()
    result = TitleEvaluation()
    for case in select_cases(cases, split):
        keys = list(suggest(case))
        rank = keys.index(case.unit_type) if case.unit_type in keys else None
        group = BY_KEY[case.unit_type].group
        for tally in (result.overall, result.by_group[group], result.by_level[case.level],
                      result.by_type[case.unit_type]):
            tally.add(rank)
        if rank != 0:
            result.misses.append((case, tuple(keys[:3])))
    return result
