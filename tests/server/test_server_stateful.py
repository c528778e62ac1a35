"""The sync guarantees over the office server, and mixed: some reviewers on the server,
some on a share, a bridge between them.

Reviewers act at random, sync in random orders and are interrupted at random steps (of
the server's sync or the share's). After every step: no committed change is lost,
devices holding the same changes show the same state, every disagreement is a visible
conflict; at the end everyone converges and a further sync changes nothing.

CI runs a fixed set of examples (derandomized); set REVIEW_DESK_SERVER_EXAMPLES to run
more, with a random seed, by hand.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from review_desk.desk import Desk
from review_desk.errors import ActionError
from review_desk.server.bridge import mirror
from review_desk.server.connection import connect
from review_desk.server.remote import SERVER_STEPS, ServerRemote
from review_desk.server.roles import add_reviewer
from review_desk.server.schema import init_schema
from review_desk.sync import faults
from review_desk.sync.location import parse_server
from review_desk.sync.service import SyncService, checkout
from review_desk.sync.transport import FolderTransport
from tests.conftest import small_bundle
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer
from tests.unit.test_sync_stateful import ACTIONS, perform
from tests.unit.test_sync_support import (
    all_ids,
    assert_heads_match_journal,
    shareable_ids,
    shared_state,
)

REVIEWER_PASSWORD = "Rev-pw-machine-1"
NAMES = ["甲", "乙", "丙", "丁"]


class Interrupted(Exception):
    """Stands for the process dying at a step of the sync."""


def server_machine(pg: PgServer) -> type[RuleBasedStateMachine]:
    class ServerSyncMachine(RuleBasedStateMachine):
        """Reviewers on the server (and on a bridged share), and the guarantees."""

        def __init__(self) -> None:
            super().__init__()
            self.tmp = tempfile.TemporaryDirectory(prefix="server-machine-")
            self.desks: list[Desk] = []
            self.on_server: list[bool] = []
            self.held: list[set[str]] = []
            self.share = Path(self.tmp.name) / "share"

        @initialize(places=st.lists(st.booleans(), min_size=2, max_size=4))
        def start(self, places: list[bool]) -> None:
            root = Path(self.tmp.name)
            database, role = pg.new_database()
            self.secretariat = parse_server(pg.url(role, database))
            conn = connect(self.secretariat, SECRETARIAT_PASSWORD)
            try:
                init_schema(conn, self.secretariat)
                for i in range(len(places)):
                    add_reviewer(conn, self.secretariat, NAMES[i], REVIEWER_PASSWORD,
                                 f"r{i}_{database}")
            finally:
                conn.close()
            with Desk.create(root / "master.rdesk", small_bundle(3), reviewer="秘书处") as m:
                SyncService(m, ask=lambda _: SECRETARIAT_PASSWORD).sync(
                    to=self.secretariat.url())
            self.share.mkdir()
            self.bridge()
            for i, server in enumerate(places):
                path = root / f"r{i}.rdesk"
                where = (self.secretariat.as_user(f"r{i}_{database}").url() if server
                         else str(self.share))
                checkout(where, path, reviewer=NAMES[i], ask=lambda _: REVIEWER_PASSWORD)
                self.desks.append(Desk.open(path, reviewer=NAMES[i]))
            self.on_server = places
            self.pids = self.desks[0].list_ids()
            self.held = [all_ids(d) for d in self.desks]

        def _service(self, who: int) -> SyncService:
            return SyncService(self.desks[who % len(self.desks)],
                               ask=lambda _: REVIEWER_PASSWORD)

        @rule(who=st.integers(0, 3), proposal=st.integers(0, 2), action=ACTIONS)
        def act(self, who: int, proposal: int, action: tuple[str, Any]) -> None:
            with contextlib.suppress(ActionError):
                perform(self.desks[who % len(self.desks)], self.pids[proposal], *action)

        @rule(order=st.lists(st.integers(0, 3), min_size=1, max_size=4))
        def sync(self, order: list[int]) -> None:
            for who in order:
                self._service(who).sync()

        @rule()
        def bridge(self) -> None:
            remote = ServerRemote(self.secretariat, SECRETARIAT_PASSWORD)
            try:
                mirror(FolderTransport(self.share), remote)
            finally:
                remote.close()

        @rule(who=st.integers(0, 3),
              at=st.sampled_from(SERVER_STEPS[:-1] + faults.SYNC_STEPS[:-1]),
              nth=st.integers(1, 2))
        def interrupted_sync(self, who: int, at: str, nth: int) -> None:
            seen = {"n": 0}

            def crash(name: str) -> None:
                if name == at:
                    seen["n"] += 1
                    if seen["n"] == nth:
                        raise Interrupted(name)

            import review_desk.server.remote as remote_module
            import review_desk.sync.protocol as protocol

            real = faults.step
            remote_module.step = crash  # type: ignore[attr-defined]
            protocol.step = crash  # type: ignore[attr-defined]
            try:
                self._service(who).sync()
            except Interrupted:
                pass
            finally:
                remote_module.step = real  # type: ignore[attr-defined]
                protocol.step = real  # type: ignore[attr-defined]

        @precondition(lambda self: bool(self.desks))
        @invariant()
        def nothing_committed_is_lost(self) -> None:
            for i, desk in enumerate(self.desks):
                now = all_ids(desk)
                assert self.held[i] <= now
                self.held[i] = now

        @precondition(lambda self: bool(self.desks))
        @invariant()
        def disagreements_are_visible(self) -> None:
            for desk in self.desks:
                assert_heads_match_journal(desk)

        @precondition(lambda self: bool(self.desks))
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
            """Everyone syncs, three rounds with the bridge between; then everyone edits
            once more (a second push on top of what was pulled) and it converges again."""
            self._settle()
            for who, desk in enumerate(self.desks):
                desk.annotations.set_opinion(self.pids[who % len(self.pids)], f"终{who}")
                self._service(who).sync()
            self._settle()

        def _settle(self) -> None:
            for _ in range(3):
                for who in range(len(self.desks)):
                    self._service(who).sync()
                self.bridge()
            ids = [shareable_ids(d) for d in self.desks]
            everything = set().union(*ids)
            assert all(i == everything for i in ids)
            states = [shared_state(d) for d in self.desks]
            assert all(s == states[0] for s in states)
            for who in range(len(self.desks)):
                again = self._service(who).sync()
                assert (again.sent, again.received, again.waiting_batches) == (0, 0, 0)
            assert [shared_state(d) for d in self.desks] == states

    return ServerSyncMachine


def test_sync_guarantees_over_the_server_and_mixed(pg_server: PgServer) -> None:
    examples = os.environ.get("REVIEW_DESK_SERVER_EXAMPLES")
    run_state_machine_as_test(
        server_machine(pg_server),
        settings=settings(
            max_examples=int(examples or 12), stateful_step_count=15, deadline=None,
            derandomize=examples is None and bool(os.environ.get("CI")), print_blob=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
