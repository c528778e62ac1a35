"""LISTEN/NOTIFY: wait until another device commits changes to the server."""

from __future__ import annotations

from typing import Any

import psycopg

from review_desk.server.connection import connect, server_errors, unreachable
from review_desk.server.schema import CHANNEL
from review_desk.sync.location import ServerLocation


class Listener:
    """A connection listening for the server's change announcements: its own, or one
    shared with the pushes and pulls of the same thread (one connection per reviewer)."""

    def __init__(self, location: ServerLocation, password: str,
                 conn: psycopg.Connection[Any] | None = None) -> None:
        self.location = location
        self._owned = conn is None
        self.conn: psycopg.Connection[Any] = conn or connect(location, password)
        with server_errors(location):
            self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[str]:
        """The announcements ("device last") received within `timeout` seconds (all that
        arrived together); empty when none came. A dropped connection raises."""
        got: list[str] = []
        try:
            for note in self.conn.notifies(timeout=timeout, stop_after=1):
                got.append(note.payload)
            if got:
                for note in self.conn.notifies(timeout=0.05):
                    got.append(note.payload)
        except (psycopg.OperationalError, psycopg.InterfaceError) as error:
            raise unreachable(self.location, error) from None
        return got

    def close(self) -> None:
        """Stop listening (closing the connection when it is the listener's own)."""
        if self._owned:
            self.conn.close()
