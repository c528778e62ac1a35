"""The per-process table of session lock files (`session_lock`): one handle per lock file
per process, and who inside the process holds which of its bytes.

POSIX record locks belong to a process, not to a file handle: a second handle on the same
file, closed, would drop every lock the process holds on it. So each lock file is opened
once, the holders inside the process are counted here, and the handle is closed (and the
file removed when nobody anywhere uses it) only when the counts fall to zero.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from review_desk.store.lock_bytes import qt_lock_held, try_lock, unlock
from review_desk.store.lock_holder import LockHolder, lock_path, read_holder, written_holder

if sys.platform != "win32":
    import fcntl

# lock bytes far past the holder text, so that reading who holds it is never blocked
WINDOW_BYTE = 1 << 30
USE_BYTE = WINDOW_BYTE + 1
UPGRADE_BYTE = WINDOW_BYTE + 2


@dataclass
class Entry:
    """One lock file this process has open, and who in the process holds what."""

    path: Path
    fd: int
    window: int = 0  # windows holding the window byte (0 or 1)
    users: int = 0  # open sessions holding the use byte shared
    replacing: int = 0  # replaces holding both bytes exclusively
    upgrading: int = 0  # upgrades holding the upgrade byte exclusively
    info_written: bool = field(default=False)


entries: dict[str, Entry] = {}
guard = threading.RLock()


def key_of(path: Path) -> str:
    return os.path.normcase(os.path.realpath(lock_path(path)))


class NoLockFile(Exception):
    """No lock file can be written beside the session (read-only media …)."""


def open_entry(path: Path) -> Entry:
    """This process's entry for `path`'s lock file, opening the file if needed."""
    key = key_of(path)
    found = entries.get(key)
    if found is not None:
        return found
    try:
        fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise NoLockFile(str(error)) from None
    entry = Entry(lock_path(path), fd)
    entries[key] = entry
    return entry


def write_holder(entry: Entry, program: str) -> None:
    data = f"{os.getpid()}\n{program}\n{socket.gethostname()}\n".encode()
    with contextlib.suppress(OSError):
        os.ftruncate(entry.fd, 0)
        os.pwrite(entry.fd, data, 0)
        entry.info_written = True


def clear_holder(entry: Entry) -> None:
    if entry.info_written:
        with contextlib.suppress(OSError):
            os.ftruncate(entry.fd, 0)
        entry.info_written = False


def still_at_path(entry: Entry) -> bool:
    """Whether the locked handle is still the file at the lock's path (another process
    may have removed it between our open and our lock)."""
    try:
        return os.path.samestat(os.fstat(entry.fd), os.stat(entry.path))
    except OSError:
        return False


def drop_if_idle(key: str, entry: Entry) -> None:
    """Close the handle when nobody in this process holds anything; remove the lock
    file when nobody anywhere does (a lock text of another computer stays)."""
    if entry.window or entry.users or entry.replacing or entry.upgrading:
        return
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            fcntl.lockf(entry.fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 0, 0)
            left = written_holder(entry.fd)
            if (still_at_path(entry) and (left is None or left.this_computer)
                    and not qt_lock_held(entry.fd)):
                os.unlink(entry.path)
    with contextlib.suppress(OSError):
        os.close(entry.fd)  # drops whatever this process still held on it
    entries.pop(key, None)


def acquire_byte(path: Path, byte: int, exclusive: bool) -> Entry:
    """Lock one byte of `path`'s lock file, reopening it if it was removed meanwhile;
    raises Busy when another process holds it."""
    for _attempt in range(5):
        key = key_of(path)
        entry = open_entry(path)
        fresh = not (entry.window or entry.users or entry.replacing or entry.upgrading)
        if not try_lock(entry.fd, byte, exclusive) or (
                byte == WINDOW_BYTE and held_by_qt(entry, byte)):
            if fresh:
                holder = read_holder(entry.fd, byte)
                drop_if_idle(key, entry)
            else:
                holder = read_holder(entry.fd, byte)
            raise Busy(holder)
        if fresh and not still_at_path(entry):
            unlock(entry.fd, byte)
            drop_if_idle(key, entry)
            continue
        return entry
    raise Busy(LockHolder(0, socket.gethostname(), ""))


def held_by_qt(entry: Entry, byte: int) -> bool:
    if qt_lock_held(entry.fd):
        unlock(entry.fd, byte)
        return True
    return False


class Busy(Exception):
    def __init__(self, holder: LockHolder) -> None:
        super().__init__(holder)
        self.holder = holder
