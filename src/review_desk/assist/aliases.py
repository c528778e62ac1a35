"""Resolving unit names as records write them (城管局, 市城市管理局, 综合执法局) to the
catalogue.

Three steps, each only when the one before finds nothing: the exact names the catalogue
knows (name, short name, code, aliases); the same with the place prefix and punctuation
folded away; and the way Chinese abbreviates (缩略): the characters of an abbreviation
appear in order in the full name, starting and ending with the same character
(城管局 ⊂ 城市管理局, 卫健委 ⊂ 卫生健康委员会, the last character
standing for an ending such as 委员会). An abbreviation that fits two units
equally well is left unresolved rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_desk.assist.corpus import UnitText

_NOISE = re.compile(r"[\s()（）“”\"'·、]")
_PLACE = re.compile(r"^(?:市(?!场)|省|[\u4e00-\u9fff]{2,3}?[市省](?=[\u4e00-\u9fff]{2}))")


def fold(name: str) -> str:
    """A unit name without spaces, brackets and a leading place (江川市/市/省)."""
    plain = _NOISE.sub("", name)
    folded = _PLACE.sub("", plain, count=1)
    return folded or plain


def _is_abbreviation(short: str, full: str) -> bool:
    # the last character may stand for a longer ending: 委 for 委员会
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or (
            short[-1] not in full[-3:]):
        return False
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


class UnitResolver:
    """Maps any recorded unit name to a catalogue unit id."""

    def __init__(self, units: Iterable[UnitText]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, set[str]] = {}
        self._labels: list[tuple[str, str]] = []  # (folded label, unit id)
        for unit in units:
            names = [unit.name, unit.short_name, *unit.aliases]
            for key in (unit.id, unit.code, *names):
                if key:
                    self._exact.setdefault(key.strip(), unit.id)
            for name in names:
                if name:
                    label = fold(name)
                    self._folded.setdefault(label, set()).add(unit.id)
                    self._labels.append((label, unit.id))
        self._cache: dict[str, str | None] = {}

    def resolve(self, name: str) -> str | None:
        """The id of the unit `name` refers to, or None when unknown or ambiguous."""
        key = name.strip()
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        if key not in self._cache:
            self._cache[key] = self._guess(key)
        return self._cache[key]

    def _guess(self, name: str) -> str | None:
        folded = fold(name)
        owners = self._folded.get(folded, set())
        if len(owners) == 1:
            return next(iter(owners))
        if owners:
            return None
        best: dict[str, int] = {}
        for label, uid in self._labels:
            if _is_abbreviation(folded, label) or _is_abbreviation(label, folded):
                gap = abs(len(label) - len(folded))
                best[uid] = min(gap, best.get(uid, gap))
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda item: item[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def resolve_all(self, names: Iterable[str]) -> tuple[str, ...]:
        """The ids of the names that resolve, in order, without repeats."""
        ids = (self.resolve(name) for name in names)
        return tuple(dict.fromkeys(uid for uid in ids if uid))
