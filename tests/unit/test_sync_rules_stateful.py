"""Property: the review rules hold across sync, 并案 and undo.

Two to four reviewers merge proposals, edit units, decide, number and undo on their own
laptops and sync in random orders. After every merge an independent model
(tests/helpers/review_model.py) must find exactly the rules `check` lists, and every
field's heads, conflict flag and shown value must be what the model computes from the
raw journal. A reviewer who syncs then settles what `check` lists through `resolve`,
choosing values at random; after every step `check` is empty on every laptop. At the end
everyone converges on one state with every rule holding.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from review_desk.desk import Desk
from review_desk.errors import ActionError
from review_desk.review.rules import violations
from review_desk.sync.service import SyncService
from tests.helpers.hypothesis_profiles import examples
from tests.helpers.review_model import broken_rules, check_fields
from tests.unit.test_sync_support import all_ids, make_share, reviewers, shared_state

UNITS = ["民政局", "财政局", "教育局"]
PROPOSALS = 3
index = st.integers(0, PROPOSALS - 1)

ACTIONS = st.one_of(
    st.tuples(st.just("decide"), index,
              st.sampled_from(["accept", "accept", "reject", "withdraw", "pending"])),
    st.tuples(st.just("merge"), index, st.lists(index, min_size=1, max_size=2)),
    st.tuples(st.just("unmerge"), index),
    st.tuples(st.just("dissolve"), index),
    st.tuples(st.just("lead"), index, st.sampled_from(UNITS), st.sampled_from(UNITS)),
    st.tuples(st.just("split"), index, st.lists(st.sampled_from(UNITS), min_size=1,
                                                 max_size=2, unique=True)),
    st.tuples(st.just("add_unit"), index, st.sampled_from(UNITS),
              st.sampled_from(["lead", "joint"])),
    st.tuples(st.just("number"), st.integers(0, 4)),  # 0: and finalise (1 time in 5)
    st.tuples(st.just("undo"), st.just(0)),
)


def perform(desk: Desk, ids: list[str], step: tuple[Any, ...]) -> None:
    kind, first, *rest = step
    p = ids[first % len(ids)]
    match kind:
        case "decide":
            desk.decisions.decide([p], rest[0], reason="学术研讨")
        case "merge":
            desk.merging.merge(p, [ids[i] for i in rest[0]])
        case "unmerge":
            desk.merging.remove_member(p)
        case "dissolve":
            desk.merging.dissolve(p)
        case "lead":
            desk.units.assign_lead_joint(p, rest[0], [u for u in [rest[1]] if u != rest[0]])
        case "split":
            desk.units.assign_split(p, rest[0])
        case "add_unit":
            desk.units.add(p, rest[0], rest[1])
        case "number":
            desk.numbering.number()
            if first == 0:
                desk.numbering.finalise()
        case "undo":
            desk.undo.undo()


def production_rules(desk: Desk) -> set[tuple[str, str]]:
    with desk.store.reading() as conn:
        return {(v.rule, v.entity_id) for v in violations(conn)}


def settle(desk: Desk, picks: list[int]) -> None:
    """The reviewer resolves every broken rule `check` lists, taking the value each of
    `picks` points at in turn (drawn up front: what is broken depends on clocks and
    device ids, which differ from run to run), until none is left."""
    tried: list[str] = []
    for _ in range(20):
        broken = [c for c in SyncService(desk).conflicts() if c.rule]
        if not broken:
            return
        conflict = broken[0]
        event(f"settled {conflict.rule}")
        start = picks[len(tried) % len(picks)] if picks else 0
        values = list(conflict.values)
        order = values[start % len(values):] + values[:start % len(values)]
        for value in order:  # a value some rule cannot take alone is refused in words
            with contextlib.suppress(ActionError):
                done = SyncService(desk).resolve(conflict.id, take=value.id)
                tried.append(f"{conflict.message} → {value.value}: {sorted(done.fields)}")
                break
        else:
            raise AssertionError(f"no value settles {conflict.field}: {conflict.message}")
    raise AssertionError(f"still broken after settling: {production_rules(desk)}: {tried}")


class RulesMachine(RuleBasedStateMachine):
    """Reviewers, a folder share, the rules and the model."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory(prefix="rules-machine-")
        self.desks: list[Desk] = []
        self.held: list[set[str]] = []

    @initialize(count=st.integers(min_value=2, max_value=4))
    def start(self, count: int) -> None:
        root = Path(self.tmp.name)
        share, _ = make_share(root, proposals=PROPOSALS)
        self.desks = reviewers(root, share, count)
        self.ids = self.desks[0].list_ids()
        self.held = [all_ids(d) for d in self.desks]

    @rule(work=st.lists(st.tuples(st.integers(0, 3), ACTIONS), min_size=1, max_size=6))
    def act(self, work: list[tuple[int, tuple[Any, ...]]]) -> None:
        """Several reviewers work between syncs, each on their own laptop."""
        for who, step in work:
            desk = self.desks[who % len(self.desks)]
            try:
                perform(desk, self.ids, step)
                event(f"did {step[0]}")
            except ActionError:
                event(f"refused {step[0]}")
            if step[0] == "undo":  # an undo after a sync may break a rule: settle it
                assert production_rules(desk) == broken_rules(desk)
                settle(desk, [])
            else:  # every command keeps every rule on its own laptop
                assert production_rules(desk) == set() == broken_rules(desk)

    @rule(order=st.lists(st.integers(0, 3), min_size=1, max_size=4),
          picks=st.lists(st.integers(0, 5), min_size=8, max_size=8))
    def sync(self, order: list[int], picks: list[int]) -> None:
        """Some reviewers sync (and settle), in this order."""
        for who in order:
            desk = self.desks[who % len(self.desks)]
            SyncService(desk).sync()
            event(f"broken after a merge: {len(production_rules(desk))}")
            assert production_rules(desk) == broken_rules(desk)  # the model agrees
            settle(desk, picks)

    @rule(work=st.lists(st.tuples(st.integers(0, 3), ACTIONS), min_size=2, max_size=8),
          picks=st.lists(st.integers(0, 5), min_size=8, max_size=8))
    def round_of_work(self, work: list[tuple[int, tuple[Any, ...]]], picks: list[int]) -> None:
        """Everyone works offline on the same proposals, then everyone syncs: where merged
        work most often breaks a rule."""
        self.act(work)
        self.sync(list(range(len(self.desks))) * 2, picks)

    @invariant()
    def check_is_empty_everywhere(self) -> None:
        for desk in self.desks:
            assert production_rules(desk) == set() == broken_rules(desk)

    @invariant()
    def fields_are_what_the_model_says(self) -> None:
        for desk in self.desks:
            check_fields(desk)

    @invariant()
    def nothing_committed_is_lost(self) -> None:
        for i, desk in enumerate(self.desks):
            now = all_ids(desk)
            assert self.held[i] <= now
            self.held[i] = now

    def teardown(self) -> None:
        try:
            if self.desks:
                self._converge()
        finally:
            for desk in self.desks:
                desk.close()
            self.tmp.cleanup()

    def _converge(self) -> None:
        """Everyone syncs and settles in turn until a whole round changes nothing: one
        state everywhere, and every rule holds."""
        for _ in range(6):
            before = [all_ids(d) for d in self.desks]
            for desk in self.desks:
                SyncService(desk).sync()
                settle(desk, [])
            if [all_ids(d) for d in self.desks] == before:
                break
        for desk in self.desks:
            SyncService(desk).sync()
        states = [shared_state(d) for d in self.desks]
        assert all(s == states[0] for s in states)
        for desk in self.desks:
            assert production_rules(desk) == set() == broken_rules(desk)
            check_fields(desk)


RulesMachine.TestCase.settings = settings(max_examples=examples(25),
                                          stateful_step_count=16)
test_review_rules_hold_across_sync = pytest.mark.slow(RulesMachine.TestCase)
