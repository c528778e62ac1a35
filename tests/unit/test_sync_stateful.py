"""Hypothesis stateful test of the four sync guarantees.

Two to four reviewers act at random, sync in random orders, are interrupted at random
steps of a sync and find torn batches on the share. After every step: no committed
change is lost, devices that hold the same changes show the same state, every
disagreement is a visible conflict, and re-running a sync changes nothing.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from review_desk.desk import Desk
from review_desk.errors import ActionError
from review_desk.sync import faults
from review_desk.sync.service import SyncService
from tests.helpers.hypothesis_profiles import examples
from tests.unit.test_sync_support import (
    all_ids,
    assert_heads_match_journal,
    make_share,
    reviewers,
    shareable_ids,
    shared_state,
)

UNITS = ["民政局", "财政局", "教育局"]


class Interrupted(Exception):
    """Stands for the process dying at a step of the sync."""


def perform(desk: Desk, pid: str, kind: str, value: Any) -> None:
    match kind:
        case "decide":
            desk.decisions.decide([pid], value, reason="学术研讨")
        case "opinion":
            desk.annotations.set_opinion(pid, value)
        case "key":
            desk.annotations.set_key(pid, value, "领办人" if value else "")
        case "units":
            desk.units.assign_lead_joint(pid, value, [u for u in UNITS if u != value][:1])
        case "note":
            desk.annotations.add_note(pid, "备注", shared=value)
        case "undo":
            desk.undo.undo()


ACTIONS = st.one_of(
    st.tuples(st.just("decide"), st.sampled_from(["accept", "reject", "withdraw", "pending"])),
    st.tuples(st.just("opinion"), st.sampled_from(["建议立案", "建议并案", "不予立案", ""])),
    st.tuples(st.just("key"), st.booleans()),
    st.tuples(st.just("units"), st.sampled_from(UNITS)),
    st.tuples(st.just("note"), st.booleans()),
    st.tuples(st.just("undo"), st.none()),
)


class SyncMachine(RuleBasedStateMachine):
    """Reviewers, a folder share, and the guarantees."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory(prefix="sync-machine-")
        self.desks: list[Desk] = []
        self.held: list[set[str]] = []  # every change each device ever held
        self.share = Path()

    @initialize(count=st.integers(min_value=2, max_value=4))
    def start(self, count: int) -> None:
        root = Path(self.tmp.name)
        self.share, _ = make_share(root, proposals=3)
        self.desks = reviewers(root, self.share, count)
        self.pids = self.desks[0].list_ids()
        self.held = [all_ids(d) for d in self.desks]

    @rule(who=st.integers(0, 3), proposal=st.integers(0, 2), action=ACTIONS)
    def act(self, who: int, proposal: int, action: tuple[str, Any]) -> None:
        desk = self.desks[who % len(self.desks)]
        with contextlib.suppress(ActionError):
            perform(desk, self.pids[proposal], *action)

    @rule(order=st.lists(st.integers(0, 3), min_size=1, max_size=4))
    def sync(self, order: list[int]) -> None:
        for who in order:
            SyncService(self.desks[who % len(self.desks)]).sync()

    @rule(who=st.integers(0, 3), at=st.sampled_from(faults.SYNC_STEPS[:-1]),
          nth=st.integers(1, 2))
    def interrupted_sync(self, who: int, at: str, nth: int) -> None:
        seen = {"n": 0}
        real = faults.step

        def crash(name: str) -> None:
            if name == at:
                seen["n"] += 1
                if seen["n"] == nth:
                    raise Interrupted(name)

        # the protocol calls faults.step through its own import
        import review_desk.sync.protocol as protocol

        protocol.step = crash
        try:
            SyncService(self.desks[who % len(self.desks)]).sync()
        except Interrupted:
            pass
        finally:
            protocol.step = real

    @precondition(lambda self: bool(self.desks))
    @rule(pick=st.integers(0, 1000))
    def tear_a_batch(self, pick: int) -> None:
        batches = sorted((self.share / "changes").rglob("*.batch"))
        if batches:
            victim = batches[pick % len(batches)]
            data = victim.read_bytes()
            victim.write_bytes(data[: len(data) // 2])

    @invariant()
    def nothing_committed_is_lost(self) -> None:
        for i, desk in enumerate(self.desks):
            now = all_ids(desk)
            assert self.held[i] <= now
            self.held[i] = now

    @invariant()
    def disagreements_are_visible(self) -> None:
        for desk in self.desks:
            assert_heads_match_journal(desk)

    @invariant()
    def same_changes_same_state(self) -> None:
        groups: dict[frozenset[str], list[Desk]] = {}
        for desk in self.desks:
            groups.setdefault(frozenset(shareable_ids(desk)), []).append(desk)
        for same in groups.values():
            states = [shared_state(d) for d in same]
            assert all(s == states[0] for s in states)

    def teardown(self) -> None:
        try:
            if self.desks:
                self._converge()
        finally:
            for desk in self.desks:
                desk.close()
            self.tmp.cleanup()

    def _converge(self) -> None:
        """Uninterrupted syncs by everyone, twice round: every committed change reaches
        every device, all show the same state, and a further sync changes nothing."""
        for _ in range(2):
            for desk in self.desks:
                SyncService(desk).sync()
        ids = [shareable_ids(d) for d in self.desks]
        everything = set().union(*ids)
        assert all(i == everything for i in ids)
        states = [shared_state(d) for d in self.desks]
        assert all(s == states[0] for s in states)
        for desk in self.desks:
            again = SyncService(desk).sync()
            assert (again.sent, again.received, again.waiting_batches) == (0, 0, 0)
        assert [shared_state(d) for d in self.desks] == states


SyncMachine.TestCase.settings = settings(max_examples=examples(25), stateful_step_count=12)
test_sync_guarantees = pytest.mark.slow(SyncMachine.TestCase)
