"""OS-level byte-range locks on a lock file (fcntl, msvcrt) and Qt's whole-file flock."""

from __future__ import annotations

import contextlib
import os
import sys

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


def try_lock(fd: int, offset: int, exclusive: bool) -> bool:
    """Set one byte's lock without waiting; False when another process holds it."""
    if sys.platform == "win32":  # pragma: no cover
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    try:
        fcntl.lockf(fd, mode, 1, offset)
    except OSError:
        return False
    return True


def qt_lock_held(fd: int) -> bool:
    """Whether a QLockFile (Qt's lock file, as Review Desk's window used before the lock
    moved into the core) holds this file: it takes a whole-file flock, not byte locks."""
    if sys.platform == "win32":  # pragma: no cover
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def unlock(fd: int, offset: int) -> None:
    """Clear one byte's lock."""
    if sys.platform == "win32":  # pragma: no cover
        os.lseek(fd, offset, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.lockf(fd, fcntl.LOCK_UN, 1, offset)
