"""Typed errors of the core, carrying what a person needs to act.

The UI words them in the user's language; `str(error)` is a plain English sentence
and `error.message_zh` a Chinese one, used by the CLI.
"""

from __future__ import annotations

from pathlib import Path


class ReviewDeskError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, message: str, message_zh: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.message_zh = message_zh or message


# --- session files ------------------------------------------------------------------


class SessionFileError(ReviewDeskError):
    """A session file cannot be opened or created; names the file."""

    def __init__(self, path: Path, message: str, message_zh: str) -> None:
        super().__init__(f"{path}: {message}", f"{path}：{message_zh}")
        self.path = path


class FileMissingError(SessionFileError):
    """The file does not exist."""


class NotSQLiteError(SessionFileError):
    """The file is not an SQLite database at all."""


class ForeignDatabaseError(SessionFileError):
    """An SQLite file of another program."""


class CorruptFileError(SessionFileError):
    """A truncated or damaged session file."""


class NewerVersionError(SessionFileError):
    """A file written by a newer version of Review Desk."""


class FileExistsError_(SessionFileError):
    """Refusing to overwrite an existing file."""


class FileBusyError(SessionFileError):
    """Another program holds the file locked for longer than we wait."""


class DiskFullError(SessionFileError):
    """The disk holding the file is full: the last change was not saved."""


class ReadOnlyFileError(SessionFileError):
    """The file (or its folder) cannot be written: nothing more can be saved in it."""


class UpgradeNeedsWritingError(SessionFileError):
    """A file of an older version that cannot be written where it is, so it cannot be
    upgraded there (it is not damaged: a copy on a writable disk opens)."""


# --- review actions -----------------------------------------------------------------


class ActionError(ReviewDeskError):
    """A review action that cannot be carried out; nothing was written."""


class NotFoundError(ActionError):
    """An unknown proposal, unit, category, reason … ."""


class InvalidActionError(ActionError):
    """The action breaks a rule of the review (merge cycle, two lead units …)."""


class NumberingFinalError(ActionError):
    """Case numbers are frozen: the secretariat has finalised the numbering."""


class NothingToUndoError(ActionError):
    """The undo (or redo) stack is empty."""
