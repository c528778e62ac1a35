"""The demo session: a seeded, deterministic SessionBundle for the city of 江川."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate

from review_desk.demo.archive import UnitNamer, assign_units, make_archive
from review_desk.demo.names import (
    make_members,
    mobile_phone,
    office_of,
    pick_collective,
    street_address,
    unique_names,
)
from review_desk.demo.text import make_body
from review_desk.demo.titles import Focus, make_title, pick_focus
from review_desk.demo.topics import TopicPicker
from review_desk.demo.units import unit_catalogue
from review_desk.review.records import (
    MemberRecord,
    PersonRecord,
    ProposalRecord,
    SessionBundle,
    SessionInfo,
)
from review_desk.review.standard_lists import STANDARD_LISTS

SESSION_INFO = SessionInfo(
    committee="中国人民政治协商会议江川市委员会",
    term="十四届",
    session="五次会议",
    year=2026,
    handover_date="2026-02-20",
    case_no_format="第{n:04d}号",
)
# The plenary of 2026 opens on 11 January and lasts four days; proposals come in
# from two weeks before the opening until the last day.
PLENARY_OPENS = datetime(2026, 1, 11)
PLENARY_DAYS = 4
_INTAKE_STARTS = PLENARY_OPENS - timedelta(days=14)
_SAME_MATTER_SHARE = 0.06
_JOINT_SIZES = (2, 3, 4, 5, 6, 7, 8)
_JOINT_SIZE_CUM = tuple(accumulate((30, 25, 16, 10, 8, 6, 5)))


@dataclass(frozen=True)
class DemoPlan:
    """What the generator meant, per proposal (in bundle order), for checks and tests."""

    topics: tuple[str, ...]  # topic name per proposal
    keys: tuple[tuple[str, ...], ...]  # focus key phrases per proposal
    same_matter: tuple[tuple[int, int], ...]  # (earlier, later) proposals on one matter


def _person(member: MemberRecord, confirmed: bool | None = None) -> PersonRecord:
    return PersonRecord(
        name=member.name,
        sector=member.sector,
        work_unit=member.work_unit,
        address=member.address,
        phone=member.phone,
        confirmed=confirmed,
    )


class _Roster:
    """Members with a seeded activity, so some members propose far more than others."""

    def __init__(self, rng: random.Random, members: tuple[MemberRecord, ...]) -> None:
        self.members = members
        self._cum = tuple(accumulate(rng.paretovariate(1.6) for _ in members))
        self._by_sector: dict[str, list[MemberRecord]] = {}
        for member in members:
            self._by_sector.setdefault(member.sector, []).append(member)

    def pick(self, rng: random.Random) -> MemberRecord:
        return rng.choices(self.members, cum_weights=self._cum)[0]

    def co_signers(self, rng: random.Random, first: MemberRecord, count: int) -> list[MemberRecord]:
        chosen: list[MemberRecord] = []
        names = {first.name}
        same = self._by_sector.get(first.sector, [])
        while len(chosen) < count:
            pool = same if rng.random() < 0.6 and len(same) > count + 1 else self.members
            member = rng.choice(pool)
            if member.name not in names:
                names.add(member.name)
                chosen.append(member)
        return chosen


def _submitted_at(rng: random.Random) -> str:
    day = rng.choices(range(14 + PLENARY_DAYS), weights=[1 + i for i in range(14)] + [24, 18, 8, 3])
    hour = rng.choices(range(8, 23), weights=(3, 8, 9, 8, 4, 3, 8, 9, 8, 5, 3, 3, 3, 2, 1))[0]
    moment = _INTAKE_STARTS + timedelta(
        days=day[0], hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _suggested_units(rng: random.Random, focus: Focus, namer: UnitNamer) -> tuple[str, ...]:
    if rng.random() < 0.15:
        return ()
    assignment = assign_units(rng, focus.topic)
    shorts = [assignment.lead, *assignment.joints]
    if rng.random() < 0.85 and focus.topic.lead not in shorts:
        shorts[0] = focus.topic.lead
    shorts = list(dict.fromkeys(shorts))[: rng.choice((1, 1, 2, 2, 3))]
    written: list[str] = []
    for short in shorts:
        draw = rng.random()
        if draw < 0.6:
            written.append(namer.full(short))
        elif draw < 0.9:
            written.append(short)
        else:
            written.append(namer.recorded(rng, short, alias_share=1.0))
    return tuple(dict.fromkeys(written))


def _proposers(
    rng: random.Random, roster: _Roster, kind: str, avoid: str
) -> tuple[PersonRecord, ...]:
    first = roster.pick(rng)
    while first.name == avoid:
        first = roster.pick(rng)
    if kind == "individual":
        return (_person(first),)
    size = rng.choices(_JOINT_SIZES, cum_weights=_JOINT_SIZE_CUM)[0]
    people = [_person(first, True)]
    for member in roster.co_signers(rng, first, size - 1):
        draw = rng.random()
        confirmed = True if draw < 0.75 else (None if draw < 0.95 else False)
        people.append(_person(member, confirmed))
    return tuple(people)


def _contact(rng: random.Random, body: str, taken: set[str]) -> PersonRecord:
    name = unique_names(rng, 1, taken)[0]
    return PersonRecord(
        name=name, work_unit=office_of(body), address=street_address(rng), phone=mobile_phone(rng)
    )


def _body_target(rng: random.Random) -> int:
    return min(1440, max(640, round(rng.gauss(900, 200))))


def generate_with_plan(
    proposals: int = 600, archive: int = 5000, seed: int = 1
) -> tuple[SessionBundle, DemoPlan]:
    """The demo bundle and the plan behind it (topics and same-matter pairs)."""
    rng = random.Random(seed)
    units = unit_catalogue()
    namer = UnitNamer(units)
    taken: set[str] = set()
    members = make_members(rng, max(450, proposals // 3 + 250))
    taken.update(member.name for member in members)
    roster = _Roster(rng, members)
    picker = TopicPicker(rng)
    year = SESSION_INFO.year

    drafts: list[tuple[str, ProposalRecord, Focus]] = []
    pairs: list[tuple[int, int]] = []
    originals: list[int] = []
    for index in range(proposals):
        twin: int | None = None
        if originals and rng.random() < _SAME_MATTER_SHARE:
            twin = rng.choice(originals)
            focus = drafts[twin][2]
        else:
            focus = pick_focus(rng, picker.pick(rng))
        draw = rng.random()
        kind = "individual" if draw < 0.6 else ("joint" if draw < 0.9 else "collective")
        avoid = ""
        if twin is not None:
            earlier = drafts[twin][1]
            avoid = earlier.proposers[0].name if earlier.proposers else earlier.collective_name
        collective_name = ""
        contact: PersonRecord | None = None
        people: tuple[PersonRecord, ...] = ()
        if kind == "collective":
            collective_name = pick_collective(rng, focus.topic.category)
            while collective_name == avoid:
                collective_name = pick_collective(rng, focus.topic.category)
            contact = _contact(rng, collective_name, taken)
        else:
            people = _proposers(rng, roster, kind, avoid)
        title = make_title(rng, focus, suggestion=rng.random() < 0.1)
        if twin is not None:
            for _ in range(5):
                if title != drafts[twin][1].title:
                    break
                title = make_title(rng, focus)
        assignment = assign_units(rng, focus.topic)
        joints = tuple(namer.full(short) for short in assignment.joints)
        background, problems, suggestions = make_body(
            rng, focus, namer.full(assignment.lead), joints, year, _body_target(rng)
        )
        record = ProposalRecord(
            title=title,
            category=focus.topic.category,
            background=background,
            problems=problems,
            suggestions=suggestions,
            submitted_at=_submitted_at(rng),
            kind=kind,
            proposers=people,
            plenary=rng.random() < 0.85,
            collective_name=collective_name,
            contact=contact,
            suggested_units=_suggested_units(rng, focus, namer),
        )
        drafts.append((record.submitted_at, record, focus))
        if twin is None:
            originals.append(index)
        else:
            pairs.append((twin, index))

    order = sorted(range(len(drafts)), key=lambda i: (drafts[i][0], i))
    position = {old: new for new, old in enumerate(order)}
    formers = unique_names(rng, max(200, archive // 40), taken)
    archive_proposers = [member.name for member in members] + formers
    cases = make_archive(rng, archive, year, units, archive_proposers, picker)
    bundle = SessionBundle(
        info=SESSION_INFO,
        lists=STANDARD_LISTS,
        units=units,
        members=members,
        proposals=tuple(drafts[i][1] for i in order),
        archive=cases,
    )
    plan = DemoPlan(
        topics=tuple(drafts[i][2].topic.name for i in order),
        keys=tuple(drafts[i][2].keys for i in order),
        same_matter=tuple(
            sorted((min(position[a], position[b]), max(position[a], position[b])) for a, b in pairs)
        ),
    )
    return bundle, plan


def generate(proposals: int = 600, archive: int = 5000, seed: int = 1) -> SessionBundle:
    """A deterministic demo session: same arguments, same bundle."""
    return generate_with_plan(proposals, archive, seed)[0]
