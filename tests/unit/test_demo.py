"""Tests of the demo generator (review_desk.demo)."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from datetime import datetime

import pytest

from review_desk.demo import generate
from review_desk.demo.archive import chinese_number, session_label
from review_desk.demo.generator import DemoPlan, generate_with_plan
from review_desk.demo.topics import TOPICS, topic_named
from review_desk.demo.units import unit_catalogue
from review_desk.review.records import SessionBundle, UnitRecord
from review_desk.review.standard_lists import (
    NATIONAL_CATEGORIES,
    NATIONAL_REASONS,
    SECTORS,
)

UNIT_KINDS = {"政府部门", "党委部门", "群团组织", "法院检察院", "企事业单位", "垂直管理部门"}
PHONE = re.compile(r"^1[3589]\d{9}$")


@pytest.fixture(scope="module")
def demo() -> tuple[SessionBundle, DemoPlan]:
    return generate_with_plan(600, 5000, seed=1)


@pytest.fixture(scope="module")
def bundle(demo: tuple[SessionBundle, DemoPlan]) -> SessionBundle:
    return demo[0]


def _resolver(units: tuple[UnitRecord, ...]) -> dict[str, str]:
    names: dict[str, str] = {}
    for unit in units:
        for written in (unit.name, unit.short_name, *unit.aliases):
            names[written] = unit.code
    return names


def _length(proposal_parts: tuple[str, str, str]) -> int:
    return sum(len(part) for part in proposal_parts)


# --- determinism -------------------------------------------------------------------------


def test_same_arguments_give_the_same_bundle() -> None:
    assert generate(120, 800, seed=7) == generate(120, 800, seed=7)


def test_different_seed_gives_a_different_bundle() -> None:
    first = generate(120, 800, seed=7)
    second = generate(120, 800, seed=8)
    assert first.proposals != second.proposals
    assert [p.title for p in first.proposals] != [p.title for p in second.proposals]
    assert first.archive != second.archive
    assert first.info == second.info
    assert first.units == second.units


def test_public_entry_point_matches_the_plan_variant(bundle: SessionBundle) -> None:
    assert generate(600, 5000, seed=1) == bundle


# --- session, lists, counts --------------------------------------------------------------


def test_session_info_and_lists(bundle: SessionBundle) -> None:
    info = bundle.info
    assert info.committee == "中国人民政治协商会议江川市委员会"
    assert (info.term, info.session, info.year) == ("十四届", "五次会议", 2026)
    assert info.handover_date == "2026-02-20"
    assert info.case_no_format.format(n=7) == "第0007号"
    assert bundle.lists.categories == NATIONAL_CATEGORIES
    assert bundle.lists.sectors == SECTORS
    assert bundle.lists.reasons == NATIONAL_REASONS


def test_counts(bundle: SessionBundle) -> None:
    assert len(bundle.proposals) == 600
    assert len(bundle.archive) == 5000
    assert len(bundle.members) >= 450
    assert 50 <= len(bundle.units) <= 80


def test_small_and_empty_sizes() -> None:
    tiny = generate(0, 0, seed=3)
    assert tiny.proposals == ()
    assert tiny.archive == ()
    assert len(tiny.members) >= 450
    few = generate(5, 7, seed=3)
    assert len(few.proposals) == 5
    assert len(few.archive) == 7


def test_roster_grows_with_many_proposals() -> None:
    assert len(generate(3000, 0, seed=2).members) > len(generate(600, 0, seed=2).members)


# --- units -------------------------------------------------------------------------------


def test_unit_catalogue_is_well_formed() -> None:
    units = unit_catalogue()
    codes = [unit.code for unit in units]
    assert codes == [f"U{i:03d}" for i in range(1, len(units) + 1)]
    written = Counter(w for unit in units for w in {unit.name, unit.short_name, *unit.aliases})
    assert [w for w, n in written.items() if n > 1] == []  # every name resolves to one unit
    for unit in units:
        assert unit.kind in UNIT_KINDS
        sentences = [s for s in re.split("[。]", unit.responsibilities) if s]
        assert 2 <= len(sentences) <= 4, unit.name
        assert unit.responsibilities.startswith(("负责", "承担"))
    names = {unit.name for unit in units}
    assert {"市发展和改革委员会", "市教育局", "市民政局", "各区人民政府"} <= names
    city_admin = next(unit for unit in units if unit.short_name == "市城管局")
    assert "城管局" in city_admin.aliases


def test_topics_reference_catalogue_units() -> None:
    shorts = {unit.short_name for unit in unit_catalogue()}
    assert len(TOPICS) >= 100
    for topic in TOPICS:
        assert topic.category in NATIONAL_CATEGORIES
        assert topic.lead in shorts, topic.name
        assert set(topic.joints) <= shorts, topic.name
        assert set(topic.alternatives) <= shorts, topic.name
        assert topic.lead not in topic.joints
        assert len(topic.cores) >= 3 and len(topic.keys) >= 3
        assert len(topic.problems) >= 3 and len(topic.measures) >= 4
    elderly = topic_named("养老服务")
    assert elderly.lead == "市民政局"
    assert {"市卫健委", "市财政局", "市医保局"} <= set(elderly.joints)


def test_every_topic_category_is_covered() -> None:
    per_category = Counter(topic.category for topic in TOPICS)
    assert set(per_category) == set(NATIONAL_CATEGORIES)
    assert min(per_category.values()) >= 8


# --- members -----------------------------------------------------------------------------


def test_members_roster(bundle: SessionBundle) -> None:
    names = [member.name for member in bundle.members]
    assert len(names) == len(set(names))
    for member in bundle.members:
        assert 2 <= len(member.name) <= 4
        assert member.sector in SECTORS
        assert member.work_unit
        assert member.address.startswith("江川市")
        assert PHONE.match(member.phone), member.phone
    sectors = Counter(member.sector for member in bundle.members)
    assert len(sectors) >= 25
    educators = [m for m in bundle.members if m.sector == "教育界"]
    assert educators
    assert all(
        any(word in m.work_unit for word in ("学", "校", "园", "教育")) for m in educators
    )


# --- proposals ---------------------------------------------------------------------------


def test_proposal_categories_and_shares(bundle: SessionBundle) -> None:
    shares = Counter(p.category for p in bundle.proposals)
    assert set(shares) <= set(NATIONAL_CATEGORIES)
    economy = shares["经济建设"] / len(bundle.proposals)
    society = shares["社会建设"] / len(bundle.proposals)
    assert 0.30 <= economy <= 0.50
    assert 0.20 <= society <= 0.38
    for category in ("政治建设", "文化建设", "生态文明建设"):
        assert 0.04 <= shares[category] / len(bundle.proposals) <= 0.20


def test_titles_style_and_variety(bundle: SessionBundle) -> None:
    titles = [p.title for p in bundle.proposals]
    assert all(t.startswith("关于") for t in titles)
    assert all(t.endswith(("的提案", "的建议")) for t in titles)
    suggestion_share = sum(t.endswith("的建议") for t in titles) / len(titles)
    assert 0.04 <= suggestion_share <= 0.18
    assert len(set(titles)) >= 0.9 * len(titles)
    # Not a handful of templates: many distinct openings after 关于.
    assert len({t[2:6] for t in titles}) >= 150


def test_body_lengths(bundle: SessionBundle) -> None:
    lengths = [_length((p.background, p.problems, p.suggestions)) for p in bundle.proposals]
    assert min(lengths) >= 600
    assert max(lengths) <= 1500
    assert 820 <= statistics.mean(lengths) <= 1000
    for p in bundle.proposals:
        assert p.background and p.problems and p.suggestions


def test_suggestions_are_numbered(bundle: SessionBundle) -> None:
    numbered = re.compile(r"(一是|1\.|（一）)")
    for p in bundle.proposals:
        assert numbered.search(p.suggestions), p.suggestions
        assert numbered.search(p.problems), p.problems
        assert re.search(r"(二是|2\.|（二）)", p.suggestions)


def test_submission_times_fall_in_the_intake_window(bundle: SessionBundle) -> None:
    times = [datetime.fromisoformat(p.submitted_at) for p in bundle.proposals]
    assert all(len(p.submitted_at) == 19 for p in bundle.proposals)
    assert min(times) >= datetime(2025, 12, 28)
    assert max(times) < datetime(2026, 1, 15)
    assert times == sorted(times)  # intake order follows submission time


def test_kinds_and_plenary_shares(bundle: SessionBundle) -> None:
    total = len(bundle.proposals)
    kinds = Counter(p.kind for p in bundle.proposals)
    assert set(kinds) == {"individual", "joint", "collective"}
    assert 0.52 <= kinds["individual"] / total <= 0.68
    assert 0.22 <= kinds["joint"] / total <= 0.38
    assert 0.05 <= kinds["collective"] / total <= 0.15
    plenary = sum(p.plenary for p in bundle.proposals) / total
    assert 0.78 <= plenary <= 0.92
    assert all(p.intake_no is None for p in bundle.proposals)


def test_proposers_match_the_roster(bundle: SessionBundle) -> None:
    roster = {m.name: m for m in bundle.members}
    confirmations: Counter[bool | None] = Counter()
    for p in bundle.proposals:
        if p.kind == "individual":
            assert len(p.proposers) == 1
        elif p.kind == "joint":
            assert 2 <= len(p.proposers) <= 8
            names = [person.name for person in p.proposers]
            assert len(names) == len(set(names))
            confirmations.update(person.confirmed for person in p.proposers[1:])
        for person in p.proposers:
            member = roster[person.name]
            assert (person.sector, person.work_unit, person.address, person.phone) == (
                member.sector,
                member.work_unit,
                member.address,
                member.phone,
            )
    assert confirmations[True] > confirmations[None] > confirmations[False] > 0


def test_collective_proposals_have_a_body_and_contact(bundle: SessionBundle) -> None:
    collective = [p for p in bundle.proposals if p.kind == "collective"]
    assert collective
    for p in collective:
        assert p.proposers == ()
        assert p.collective_name
        assert p.contact is not None
        assert p.contact.name and PHONE.match(p.contact.phone)
    assert len({p.collective_name for p in collective}) >= 8


def test_suggested_units_resolve_and_usually_include_the_lead(
    demo: tuple[SessionBundle, DemoPlan],
) -> None:
    bundle, plan = demo
    resolve = _resolver(bundle.units)
    by_short = {unit.short_name: unit.code for unit in bundle.units}
    counts = Counter(len(p.suggested_units) for p in bundle.proposals)
    assert set(counts) <= {0, 1, 2, 3}
    assert counts[0] < counts[1]
    with_lead = 0
    written_forms = Counter[str]()
    for p, topic_name in zip(bundle.proposals, plan.topics, strict=True):
        codes = [resolve[name] for name in p.suggested_units]
        assert len(codes) == len(set(codes))
        if p.suggested_units:
            with_lead += by_short[topic_named(topic_name).lead] in codes
            for name in p.suggested_units:
                unit = next(u for u in bundle.units if u.code == resolve[name])
                written_forms["name" if name == unit.name else "other"] += 1
    assert with_lead >= 0.7 * sum(1 for p in bundle.proposals if p.suggested_units)
    assert written_forms["name"] > 0 and written_forms["other"] > 0


def test_same_matter_pairs_exist(demo: tuple[SessionBundle, DemoPlan]) -> None:
    bundle, plan = demo
    pairs = plan.same_matter
    later = {b for _, b in pairs}
    assert 0.04 * len(bundle.proposals) <= len(later) <= 0.10 * len(bundle.proposals)
    for a, b in pairs:
        first, second = bundle.proposals[a], bundle.proposals[b]
        assert a < b
        assert plan.topics[a] == plan.topics[b]
        assert first.category == second.category
        assert first.title != second.title
        assert first.background != second.background
        who_a = first.proposers[0].name if first.proposers else first.collective_name
        who_b = second.proposers[0].name if second.proposers else second.collective_name
        assert who_a != who_b
        shared = [
            key
            for key in plan.keys[a]
            if key in first.background + first.problems + first.suggestions
            and key in second.background + second.problems + second.suggestions
        ]
        assert len(shared) >= 2


# --- archive -----------------------------------------------------------------------------


def test_session_labels() -> None:
    assert chinese_number(10) == "十"
    assert chinese_number(14) == "十四"
    assert chinese_number(21) == "二十一"
    assert session_label(2022) == "十四届一次"
    assert session_label(2025) == "十四届四次"
    assert session_label(2021) == "十三届五次"
    assert session_label(2017) == "十三届一次"


def test_archive_sessions_and_case_numbers(bundle: SessionBundle) -> None:
    per_session = Counter(case.session_label for case in bundle.archive)
    assert len(per_session) >= 5
    assert {"十四届四次", "十四届一次", "十三届五次"} <= set(per_session)
    assert all(case.year < bundle.info.year for case in bundle.archive)
    for label in per_session:
        numbers = [c.case_no for c in bundle.archive if c.session_label == label]
        assert numbers == [f"第{n:04d}号" for n in range(1, len(numbers) + 1)]
        years = {c.year for c in bundle.archive if c.session_label == label}
        assert len(years) == 1 and session_label(years.pop()) == label


def test_archive_units_resolve_to_the_catalogue(bundle: SessionBundle) -> None:
    resolve = _resolver(bundle.units)
    official = {unit.name for unit in bundle.units}
    recorded = 0
    not_official = 0
    for case in bundle.archive:
        for name in (case.lead_unit, *case.joint_units):
            assert name in resolve, name
            recorded += 1
            not_official += name not in official
        assert len(case.joint_units) <= 3
        codes = [resolve[n] for n in (case.lead_unit, *case.joint_units)]
        assert len(codes) == len(set(codes))
        if case.mode == "split":
            assert case.joint_units
    assert 0.05 <= not_official / recorded <= 0.18
    modes = Counter(case.mode for case in bundle.archive)
    assert set(modes) == {"lead", "split"}
    assert 0.03 <= modes["split"] / len(bundle.archive) <= 0.15


def test_archive_texts(bundle: SessionBundle) -> None:
    for case in bundle.archive:
        assert case.title.startswith("关于") and case.title.endswith(("的提案", "的建议"))
        assert case.category in NATIONAL_CATEGORIES
        assert case.proposer
        assert 100 <= len(case.summary) <= 200, case.summary
    titles = {case.title for case in bundle.archive}
    assert len(titles) >= 0.6 * len(bundle.archive)


def test_archive_merge_groups(bundle: SessionBundle) -> None:
    groups: dict[str, list[int]] = {}
    for index, case in enumerate(bundle.archive):
        if case.merge_group:
            groups.setdefault(case.merge_group, []).append(index)
    merged = sum(len(members) for members in groups.values())
    assert 0.015 <= merged / len(bundle.archive) <= 0.05
    for members in groups.values():
        cases = [bundle.archive[i] for i in members]
        assert 2 <= len(cases) <= 4
        assert len({c.session_label for c in cases}) == 1
        assert len({c.category for c in cases}) == 1


def test_archive_lead_units_are_mostly_stable_per_topic(bundle: SessionBundle) -> None:
    # The same matter mostly goes to the same lead unit, but not always.
    resolve = _resolver(bundle.units)
    by_short = {unit.short_name: unit.code for unit in bundle.units}
    elderly = topic_named("养老服务")
    usual = by_short[elderly.lead]
    leads = [
        resolve[case.lead_unit]
        for case in bundle.archive
        if any(core in case.title for core in elderly.cores + elderly.nouns)
    ]
    assert len(leads) >= 10
    share = leads.count(usual) / len(leads)
    assert 0.6 <= share < 1.0


def test_archive_proposers_are_members_or_bodies(bundle: SessionBundle) -> None:
    members = {m.name for m in bundle.members}
    from_members = sum(case.proposer in members for case in bundle.archive)
    assert 0.4 * len(bundle.archive) <= from_members < len(bundle.archive)
    assert any(case.proposer.endswith(("委会", "工商联", "界别")) for case in bundle.archive)
