"""Typed errors of the office server; none of them ever carries a password."""

from __future__ import annotations

from review_desk.sync.errors import SyncError


class ServerSchemaError(SyncError):
    """The database is not (or not yet) a Review Desk server, or is a newer one."""


class ServerRefusedError(SyncError):
    """The server refused an operation this role may not do."""


class ForeignDatabaseError(SyncError):
    """`server init` on a database that holds other tables."""
