"""Wording failures for a person, in the language in use: the core's typed errors carry
their own explanation; SQLite's and the OS's are mapped to clear sentences."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from review_desk.errors import (
    ActionError,
    DiskFullError,
    NotSQLiteError,
    ReadOnlyFileError,
    ReviewDeskError,
    SessionFileError,
)

translate = QCoreApplication.translate
# what people open by mistake when they mean to import it
IMPORTABLE = frozenset({".csv", ".xlsx", ".xls", ".docx", ".doc", ".txt"})


def error_title(error: BaseException) -> str:
    """A short title for the error dialog."""
    if isinstance(error, DiskFullError | ReadOnlyFileError):
        return translate("Errors", "Could not save")
    if isinstance(error, SessionFileError):
        return translate("Errors", "Cannot use this file")
    if isinstance(error, ActionError):
        return translate("Errors", "Cannot do that")
    return translate("Errors", "Could not save")


def error_message(error: BaseException, language: str) -> str:
    """What happened and what to do, in `language`."""
    if isinstance(error, ReviewDeskError):
        text = error.message_zh if language == "zh_CN" else error.message
        if isinstance(error, NotSQLiteError) and error.path.suffix.lower() in IMPORTABLE:
            text += "\n\n" + translate(
                "Errors", "To bring the proposals in this file into a session, open the "
                          "session, then File → Import proposals (Ctrl+I).")
        return text
    text = str(getattr(error, "orig", None) or error).lower()
    code = getattr(error, "errno", None)
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
        return translate(
            "Errors", "The session file is read-only, so nothing more can be saved in it. "
                  "Your last saved state is intact. Save a copy elsewhere or make the file "
                  "writable, then open it again.")
    if "disk is full" in text or "disk full" in text or code == errno.ENOSPC:
        return translate(
            "Errors", "The disk is full: the last action was not saved (the file holds "
                  "everything before it). Free some space and try again.")
    if "unable to open" in text or code == errno.ENOENT:
        return translate(
            "Errors", "The session file cannot be reached any more (moved, deleted or on a "
                  "disconnected drive). Everything up to your last action was saved.")
    if "locked" in text or "busy" in text:
        return translate(
            "Errors", "Another program is writing to the session file. Try again in a moment.")
    return translate("Errors", "Unexpected error: %1").replace("%1", str(error))
