"""Runs a command: validate and build its changes, then commit them, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from review_desk.review.hlc import HybridClock
from review_desk.review.journal import Changed, Journal, Op
from review_desk.store.session_file import SessionStore

Build = Callable[[Connection], list[Op]]


class Writer:
    """The one way commands write: `run(action, build)`."""

    def __init__(self, store: SessionStore, reviewer: str) -> None:
        self.store = store
        self.reviewer = reviewer
        with store.reading() as conn:
            last = conn.execute(text("SELECT max(hlc) FROM change")).scalar()
        self.clock = HybridClock(str(last) if last else None)

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
            return Journal(device, self.reviewer, self.clock).commit(
                conn, name, ops, undoable=undoable
            )
