"""Runs a command: validate and build its changes, then commit them, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from review_desk.review.hlc import HybridClock
from review_desk.review.journal import Changed, Journal, Op
from review_desk.store.session_file import SessionStore

Build = Callable[[Connection], list[Op]]
_OWN_KEPT = 10_000


class Writer:
    """The one way commands write: `run(action, build)`."""

    def __init__(self, store: SessionStore, reviewer: str) -> None:
        self.store = store
        self.reviewer = reviewer
        with store.reading() as conn:
            last = conn.execute(text("SELECT max(hlc) FROM change")).scalar()
        self.clock = HybridClock(str(last) if last else None)
        # actions committed through this writer, newest last (bounded): what another
        # process changed is everything else
        self._own: dict[str, None] = {}

    def committed_here(self, action_id: str) -> bool:
        """Whether this writer committed the action (recently)."""
        return action_id in self._own

    def run(self, action: str | Callable[[], str], build: Build,
            undoable: bool = True) -> Changed:
        """Build the action's changes (raising ActionError writes nothing) and commit them.

        `action` may be a function, asked after `build`, when the name depends on what
        the build found (undo and redo are named after the action they take back).
        """
        with self.store.writing() as conn:
            ops = build(conn)
            name = action if isinstance(action, str) else action()
            device = self.store.device_id(conn)
            changed = Journal(device, self.reviewer, self.clock).commit(
                conn, name, ops, undoable=undoable
            )
        self._own[changed.action_id] = None
        if len(self._own) > _OWN_KEPT:
            del self._own[next(iter(self._own))]
        return changed
