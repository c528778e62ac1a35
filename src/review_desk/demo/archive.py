"""Cases of earlier sessions, with the units they were assigned to."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from review_desk.demo.names import COLLECTIVES
from review_desk.demo.sampling import pick, sample
from review_desk.demo.text import make_summary
from review_desk.demo.titles import make_title, pick_focus
from review_desk.demo.topics import Topic, TopicPicker
from review_desk.review.records import ArchiveCaseRecord, UnitRecord

_NUMERALS = "零一二三四五六七八九"
_SESSION_NAMES = ("一次", "二次", "三次", "四次", "五次")
# The 十四届 term of the demo committee starts in 2022; terms last five years.
_TERM_14_START = 2022


def chinese_number(n: int) -> str:
    """1..99 in Chinese numerals as used for terms: 十, 十四, 二十一."""
    if n < 10:
        return _NUMERALS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _NUMERALS[tens]
    return head + "十" + (_NUMERALS[ones] if ones else "")


def session_label(year: int) -> str:
    """The session label of a year, e.g. 2023 → 十四届二次."""
    offset = year - _TERM_14_START
    term = 14 + offset // 5
    return f"{chinese_number(term)}届{_SESSION_NAMES[offset % 5]}"


@dataclass(frozen=True)
class Assignment:
    """Units of one case: a lead (or first 分办 unit) and the others."""

    lead: str  # short name
    joints: tuple[str, ...]  # short names
    split: bool


def assign_units(rng: random.Random, topic: Topic) -> Assignment:
    """A realistic assignment for a case on `topic` (mostly the usual lead)."""
    lead = topic.lead
    if rng.random() < 0.15:
        lead = pick(rng, topic.alternatives or topic.joints or (topic.lead,))
    pool = [unit for unit in (topic.lead, *topic.joints) if unit != lead]
    count = rng.choices((0, 1, 2, 3), cum_weights=(30, 65, 90, 100))[0]
    split = rng.random() < 0.08 and bool(pool)
    if split:
        count = max(count, 1)
    joints = tuple(sample(rng, pool, min(count, len(pool))))
    return Assignment(lead=lead, joints=joints, split=split)


class UnitNamer:
    """Writes a unit's name the way a record may hold it: name, alias or short name."""

    def __init__(self, units: Sequence[UnitRecord]) -> None:
        self._by_short = {unit.short_name: unit for unit in units}

    def full(self, short: str) -> str:
        """The official name of the unit with this short name."""
        return self._by_short[short].name

    def recorded(self, rng: random.Random, short: str, alias_share: float = 0.10) -> str:
        """Mostly the official name; sometimes an alias or the short name."""
        unit = self._by_short[short]
        draw = rng.random()
        if draw < alias_share and unit.aliases:
            return pick(rng, unit.aliases)
        if draw < alias_share + 0.02:
            return unit.short_name
        return unit.name


def _session_sizes(rng: random.Random, total: int, sessions: int) -> list[int]:
    weights = [0.8 + 0.4 * i / max(1, sessions - 1) + rng.random() * 0.1 for i in range(sessions)]
    scale = total / sum(weights)
    sizes = [int(w * scale) for w in weights]
    for i in range(total - sum(sizes)):
        sizes[-1 - (i % sessions)] += 1
    return sizes


def make_archive(
    rng: random.Random,
    count: int,
    year: int,
    units: Sequence[UnitRecord],
    proposers: Sequence[str],
    picker: TopicPicker,
) -> tuple[ArchiveCaseRecord, ...]:
    """`count` cases spread over the sessions before `year` (at least five sessions)."""
    sessions = max(5, min(20, round(count / 600)))
    sizes = _session_sizes(rng, count, sessions)
    namer = UnitNamer(units)
    bodies = tuple(name for name, _ in COLLECTIVES)
    cases: list[ArchiveCaseRecord] = []
    for back, size in zip(range(sessions, 0, -1), sizes, strict=True):
        case_year = year - back
        label = session_label(case_year)
        # Slots: (topic, assignment, merge label); merged groups share topic and units.
        slots: list[tuple[Topic, Assignment, str]] = []
        groups = 0
        while len(slots) < size:
            topic = picker.pick(rng)
            assignment = assign_units(rng, topic)
            if rng.random() < 0.0105 and size - len(slots) >= 2:
                groups += 1
                members = min(size - len(slots), pick(rng, (2, 2, 3, 3, 4)))
                tag = f"{label}并{groups:03d}"
                slots.extend((topic, assignment, tag) for _ in range(members))
            else:
                slots.append((topic, assignment, ""))
        rng.shuffle(slots)
        for number, (topic, assignment, tag) in enumerate(slots, start=1):
            focus = pick_focus(rng, topic)
            proposer = pick(rng, bodies) if rng.random() < 0.15 else pick(rng, proposers)
            cases.append(
                ArchiveCaseRecord(
                    session_label=label,
                    year=case_year,
                    case_no=f"第{number:04d}号",
                    title=make_title(rng, focus, suggestion=rng.random() < 0.1),
                    category=topic.category,
                    proposer=proposer,
                    summary=make_summary(rng, focus),
                    lead_unit=namer.recorded(rng, assignment.lead),
                    joint_units=tuple(namer.recorded(rng, u) for u in assignment.joints),
                    mode="split" if assignment.split else "lead",
                    merge_group=tag,
                )
            )
    return tuple(cases)
