"""Who may use a session file: one OS-level lock that the window and every command honour.

The lock lives in a small file beside the session, ``FILE.rdesk.lock``, holding who has
it (process id, program, computer: the first three lines of Qt's QLockFile format). Two
byte-range locks on that file (POSIX record locks; ``msvcrt`` on Windows) say how the
session is used:

* the **window** byte, held exclusively while a window shows the session. Two windows on
  one file are one device and one journal, so a decision made in one would be silently
  replaced by the other on a list that never showed it: the second window is refused.
* the **use** byte, held shared by every open session (a window's, a command's, a sync's)
  and exclusively by whatever replaces the file (``new``/``demo``/``checkout --force``, a
  copy written over it). A file some process has open is never replaced under it:
  SQLite would mix the old file's journal (-wal) into the new one.
* the **upgrade** byte, held exclusively while a process upgrades the file (backup copy,
  migration, VACUUM, the search index built anew): another program opening the file
  meanwhile waits for it (`store/upgrade_wait.py`) instead of finding it locked.

Commands that write (decide, import, sync …) take the shared use lock only, so they may
write while a window shows the file; the window notices (`Desk.changes_since`). The
operating system drops a dead process's locks, so after a crash, a power loss or
``kill -9`` nobody has to delete anything. A lock file naming another computer (a
folder on a network drive) cannot be checked from here: the window and replacing refuse
it and say which computer holds it and that the .lock file may be deleted if that one is
off. Where no lock file can be written (read-only media) there is nothing to lock with,
and nothing can be written or replaced there either.

POSIX record locks belong to a process, not to a file handle, so this module keeps one
handle per lock file per process and counts the holders inside the process itself.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from review_desk.store.lock_bytes import qt_lock_held, try_lock, unlock
from review_desk.store.lock_holder import (
    LockHolder,
    SessionInUseError,
    lock_path,
    read_holder,
    written_holder,
)

PROGRAM = "review-desk"
# lock bytes far past the holder text, so that reading who holds it is never blocked
_WINDOW_BYTE = 1 << 30
_USE_BYTE = _WINDOW_BYTE + 1
_UPGRADE_BYTE = _WINDOW_BYTE + 2
_WAIT_FOR_USERS_S = 5.0  # a replace waits this long for short commands to finish

if sys.platform != "win32":
    import fcntl


# --- the per-process table of lock files ----------------------------------------------


@dataclass
class _Entry:
    """One lock file this process has open, and who in the process holds what."""

    path: Path
    fd: int
    window: int = 0  # windows holding the window byte (0 or 1)
    users: int = 0  # open sessions holding the use byte shared
    replacing: int = 0  # replaces holding both bytes exclusively
    upgrading: int = 0  # upgrades holding the upgrade byte exclusively
    info_written: bool = field(default=False)


_entries: dict[str, _Entry] = {}
_guard = threading.RLock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(lock_path(path)))


class _NoLockFile(Exception):
    """No lock file can be written beside the session (read-only media …)."""


def _open_entry(path: Path) -> _Entry:
    """This process's entry for `path`'s lock file, opening the file if needed."""
    key = _key(path)
    found = _entries.get(key)
    if found is not None:
        return found
    try:
        fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise _NoLockFile(str(error)) from None
    entry = _Entry(lock_path(path), fd)
    _entries[key] = entry
    return entry


def _write_holder(entry: _Entry, program: str) -> None:
    data = f"{os.getpid()}\n{program}\n{socket.gethostname()}\n".encode()
    with contextlib.suppress(OSError):
        os.ftruncate(entry.fd, 0)
        os.pwrite(entry.fd, data, 0)
        entry.info_written = True


def _clear_holder(entry: _Entry) -> None:
    if entry.info_written:
        with contextlib.suppress(OSError):
            os.ftruncate(entry.fd, 0)
        entry.info_written = False


def _still_at_path(entry: _Entry) -> bool:
    """Whether the locked handle is still the file at the lock's path (another process
    may have removed it between our open and our lock)."""
    try:
        return os.path.samestat(os.fstat(entry.fd), os.stat(entry.path))
    except OSError:
        return False


def _drop_if_idle(key: str, entry: _Entry) -> None:
    """Close the handle when nobody in this process holds anything; remove the lock
    file when nobody anywhere does (a lock text of another computer stays)."""
    if entry.window or entry.users or entry.replacing or entry.upgrading:
        return
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            fcntl.lockf(entry.fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 0, 0)
            left = written_holder(entry.fd)
            if (_still_at_path(entry) and (left is None or left.this_computer)
                    and not qt_lock_held(entry.fd)):
                os.unlink(entry.path)
    with contextlib.suppress(OSError):
        os.close(entry.fd)  # drops whatever this process still held on it
    _entries.pop(key, None)


def _acquire(path: Path, byte: int, exclusive: bool) -> _Entry:
    """Lock one byte of `path`'s lock file, reopening it if it was removed meanwhile;
    raises _Busy when another process holds it."""
    for _attempt in range(5):
        key = _key(path)
        entry = _open_entry(path)
        fresh = not (entry.window or entry.users or entry.replacing or entry.upgrading)
        if not try_lock(entry.fd, byte, exclusive) or (
                byte == _WINDOW_BYTE and _held_by_qt(entry, byte)):
            if fresh:
                holder = read_holder(entry.fd, byte)
                _drop_if_idle(key, entry)
            else:
                holder = read_holder(entry.fd, byte)
            raise _Busy(holder)
        if fresh and not _still_at_path(entry):
            unlock(entry.fd, byte)
            _drop_if_idle(key, entry)
            continue
        return entry
    raise _Busy(LockHolder(0, socket.gethostname(), ""))


def _held_by_qt(entry: _Entry, byte: int) -> bool:
    if qt_lock_held(entry.fd):
        unlock(entry.fd, byte)
        return True
    return False


class _Busy(Exception):
    def __init__(self, holder: LockHolder) -> None:
        super().__init__(holder)
        self.holder = holder


# --- the window's lock ------------------------------------------------------------------


class SessionLock:
    """The window's lock on one session file (release it when the session closes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._held = False

    @classmethod
    def acquire(cls, path: Path, program: str = PROGRAM) -> SessionLock | None:
        """Take the window lock of `path`; None when no lock can be written there.

        Raises SessionInUseError when another window or program holds it."""
        with _guard:
            key = _key(path)
            existing = _entries.get(key)
            if existing is not None and (existing.window or existing.replacing):
                raise SessionInUseError(path, LockHolder(os.getpid(), socket.gethostname(),
                                                         program))
            try:
                entry = _acquire(path, _WINDOW_BYTE, exclusive=True)
            except _NoLockFile:
                return None
            except _Busy as busy:
                raise SessionInUseError(path, busy.holder) from None
            left = written_holder(entry.fd)
            if left is not None and not left.this_computer:
                # a lock file written on another computer: it may still be in use there
                unlock(entry.fd, _WINDOW_BYTE)
                _drop_if_idle(key, entry)
                raise SessionInUseError(path, left)
            entry.window += 1
            _write_holder(entry, program)
            lock = cls(path)
            lock._held = True
            return lock

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._held

    def release(self) -> None:
        """Give the lock up (the lock file goes when nobody else uses the session)."""
        with _guard:
            if not self._held:
                return
            self._held = False
            key = _key(self.path)
            entry = _entries.get(key)
            if entry is None:
                return
            entry.window -= 1
            if not entry.window and not entry.replacing:
                _clear_holder(entry)
                unlock(entry.fd, _WINDOW_BYTE)
            _drop_if_idle(key, entry)


# --- an open session's shared use -------------------------------------------------------


class SessionUse:
    """The shared use lock held by one open session (a window's or a command's)."""

    def __init__(self, path: Path, held: bool) -> None:
        self.path = path
        self._held = held

    @classmethod
    def acquire(cls, path: Path) -> SessionUse:
        """Take the shared use lock of `path`, waiting briefly while a replace runs.

        Raises SessionInUseError when the file is being replaced; where no lock file
        can be written the session opens without one (nothing can be written there)."""
        if sys.platform == "win32":  # pragma: no cover
            # no shared locks there; Windows itself refuses to replace a file SQLite holds
            return cls(path, False)
        deadline = time.monotonic() + _WAIT_FOR_USERS_S
        while True:
            with _guard:
                key = _key(path)
                existing = _entries.get(key)
                if existing is not None and existing.users:
                    existing.users += 1
                    return cls(path, True)
                if existing is not None and existing.replacing:
                    raise SessionInUseError(path, LockHolder(os.getpid(), socket.gethostname(),
                                                             PROGRAM))
                try:
                    entry = _acquire(path, _USE_BYTE, exclusive=False)
                except _NoLockFile:
                    return cls(path, False)
                except _Busy as busy:
                    if time.monotonic() > deadline:
                        raise SessionInUseError(path, busy.holder) from None
                else:
                    entry.users += 1
                    return cls(path, True)
            time.sleep(0.05)

    def release(self) -> None:
        """Give the shared use up."""
        with _guard:
            if not self._held:
                return
            self._held = False
            key = _key(self.path)
            entry = _entries.get(key)
            if entry is None:
                return
            entry.users -= 1
            if not entry.users and not entry.replacing:
                unlock(entry.fd, _USE_BYTE)
            _drop_if_idle(key, entry)


# --- upgrading a session file ----------------------------------------------------------


class UpgradeHold:
    """This process's exclusive hold on the upgrade byte of one session file."""

    def __init__(self, path: Path, held: bool) -> None:
        self.path = path
        self._held = held

    @classmethod
    def try_acquire(cls, path: Path) -> UpgradeHold | LockHolder:
        """Take the upgrade byte without waiting; who holds it when another process
        does. Where no lock file can be written nothing is held (nothing can be upgraded
        there either); a second upgrade in this process shares the hold (its write
        transaction waits for the first in SQLite)."""
        with _guard:
            existing = _entries.get(_key(path))
            if existing is not None and existing.upgrading:
                existing.upgrading += 1
                return cls(path, True)
            try:
                entry = _acquire(path, _UPGRADE_BYTE, exclusive=True)
            except _NoLockFile:
                return cls(path, False)
            except _Busy as busy:
                return busy.holder
            entry.upgrading += 1
            return cls(path, True)

    def release(self) -> None:
        """Give the upgrade byte up."""
        with _guard:
            if not self._held:
                return
            self._held = False
            key = _key(self.path)
            entry = _entries.get(key)
            if entry is None:
                return
            entry.upgrading -= 1
            if not entry.upgrading:
                unlock(entry.fd, _UPGRADE_BYTE)
            _drop_if_idle(key, entry)


# --- replacing a session file -------------------------------------------------------------


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[None]:
    """Hold `path` exclusively while a new file takes its place.

    Refuses (SessionInUseError, naming the holder) while a window or any process has
    the session open, or a lock file names another computer. A window of this process
    may replace the file it has claimed (it closed its own session first)."""
    with _guard:
        key = _key(path)
        existing = _entries.get(key)
        if existing is not None and (existing.users or existing.replacing):
            raise SessionInUseError(
                path, LockHolder(os.getpid(), socket.gethostname(), PROGRAM), replacing=True)
        own_window = existing is not None and existing.window > 0
        try:
            entry = _open_entry(path)
        except _NoLockFile:
            entry = None
        if entry is not None:
            _take_exclusive(path, key, entry, own_window)
            entry.replacing += 1
    try:
        yield
    finally:
        if entry is not None:
            with _guard:
                entry.replacing -= 1
                if not entry.replacing:
                    if not entry.window:
                        _clear_holder(entry)
                        unlock(entry.fd, _WINDOW_BYTE)
                    if entry.users:
                        # a session opened by this process meanwhile keeps its shared use
                        try_lock(entry.fd, _USE_BYTE, exclusive=False)
                    else:
                        unlock(entry.fd, _USE_BYTE)
                _drop_if_idle(key, entry)


def _take_exclusive(path: Path, key: str, entry: _Entry, own_window: bool) -> None:
    """Both bytes exclusively, waiting a little for short commands to finish."""
    if not own_window:
        if not try_lock(entry.fd, _WINDOW_BYTE, exclusive=True) or _held_by_qt(
                entry, _WINDOW_BYTE):
            holder = read_holder(entry.fd, _WINDOW_BYTE)
            _drop_if_idle(key, entry)
            raise SessionInUseError(path, holder, replacing=True)
        left = written_holder(entry.fd)
        if left is not None and not left.this_computer:
            unlock(entry.fd, _WINDOW_BYTE)
            _drop_if_idle(key, entry)
            raise SessionInUseError(path, left, replacing=True)
    deadline = time.monotonic() + _WAIT_FOR_USERS_S
    while not try_lock(entry.fd, _USE_BYTE, exclusive=True):
        if time.monotonic() > deadline:
            holder = read_holder(entry.fd, _USE_BYTE)
            if not own_window:
                unlock(entry.fd, _WINDOW_BYTE)
            _drop_if_idle(key, entry)
            raise SessionInUseError(path, holder, replacing=True)
        time.sleep(0.05)
    if not own_window:
        _write_holder(entry, PROGRAM)


def in_use_here(path: Path) -> bool:
    """Whether this process has the session open (or is replacing it). A window's claim
    alone does not count: the window may replace the file it claimed."""
    with _guard:
        entry = _entries.get(_key(path))
        return entry is not None and bool(entry.users or entry.replacing)
