"""Typed errors of syncing; none of them ever carries a password."""

from __future__ import annotations

from review_desk.errors import ReviewDeskError


class SyncError(ReviewDeskError):
    """A sync that could not be carried out; both sides are left valid."""


class ShareLocationError(SyncError):
    """A share location that cannot be understood."""


class NoShareError(SyncError):
    """The session has never been synced and no share was given."""


class ShareUnreachableError(SyncError):
    """The share cannot be reached or stopped answering."""


class LoginError(SyncError):
    """The server refused the user name or password."""


class PasswordMissingError(SyncError):
    """No password in the keychain and no way to ask for one."""


class WrongShareError(SyncError):
    """The share holds another session's record."""


class NothingToCheckOutError(SyncError):
    """The share holds no session yet."""


class LocalDiskFullError(SyncError):
    """The local disk is full; nothing half-written was kept."""


class SyncCancelledError(SyncError):
    """The person cancelled the sync; what was done so far is kept and valid."""
