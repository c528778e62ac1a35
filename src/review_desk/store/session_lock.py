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

POSIX record locks belong to a process, not to a file handle, so one handle per lock file
per process is kept, and the holders inside the process counted (`lock_table`).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from review_desk.store.lock_bytes import try_lock, unlock
from review_desk.store.lock_holder import (
    LockHolder,
    SessionInUseError,
    read_holder,
    written_holder,
)
from review_desk.store.lock_table import (
    UPGRADE_BYTE,
    USE_BYTE,
    WINDOW_BYTE,
    Busy,
    Entry,
    NoLockFile,
    acquire_byte,
    clear_holder,
    drop_if_idle,
    entries,
    guard,
    held_by_qt,
    key_of,
    open_entry,
    write_holder,
)

PROGRAM = "review-desk"
_WAIT_FOR_USERS_S = 5.0  # a replace waits this long for short commands to finish


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
        with guard:
            key = key_of(path)
            existing = entries.get(key)
            if existing is not None and (existing.window or existing.replacing):
                raise SessionInUseError(path, LockHolder(os.getpid(), socket.gethostname(),
                                                         program))
            try:
                entry = acquire_byte(path, WINDOW_BYTE, exclusive=True)
            except NoLockFile:
                return None
            except Busy as busy:
                raise SessionInUseError(path, busy.holder) from None
            left = written_holder(entry.fd)
            if left is not None and not left.this_computer:
                # a lock file written on another computer: it may still be in use there
                unlock(entry.fd, WINDOW_BYTE)
                drop_if_idle(key, entry)
                raise SessionInUseError(path, left)
            entry.window += 1
            write_holder(entry, program)
            lock = cls(path)
            lock._held = True
            return lock

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._held

    def release(self) -> None:
        """Give the lock up (the lock file goes when nobody else uses the session)."""
        with guard:
            if not self._held:
                return
            self._held = False
            key = key_of(self.path)
            entry = entries.get(key)
            if entry is None:
                return
            entry.window -= 1
            if not entry.window and not entry.replacing:
                clear_holder(entry)
                unlock(entry.fd, WINDOW_BYTE)
            drop_if_idle(key, entry)


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
            with guard:
                key = key_of(path)
                existing = entries.get(key)
                if existing is not None and existing.users:
                    existing.users += 1
                    return cls(path, True)
                if existing is not None and existing.replacing:
                    raise SessionInUseError(path, LockHolder(os.getpid(), socket.gethostname(),
                                                             PROGRAM))
                try:
                    entry = acquire_byte(path, USE_BYTE, exclusive=False)
                except NoLockFile:
                    return cls(path, False)
                except Busy as busy:
                    if time.monotonic() > deadline:
                        raise SessionInUseError(path, busy.holder) from None
                else:
                    entry.users += 1
                    return cls(path, True)
            time.sleep(0.05)

    def release(self) -> None:
        """Give the shared use up."""
        with guard:
            if not self._held:
                return
            self._held = False
            key = key_of(self.path)
            entry = entries.get(key)
            if entry is None:
                return
            entry.users -= 1
            if not entry.users and not entry.replacing:
                unlock(entry.fd, USE_BYTE)
            drop_if_idle(key, entry)


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
        with guard:
            existing = entries.get(key_of(path))
            if existing is not None and existing.upgrading:
                existing.upgrading += 1
                return cls(path, True)
            try:
                entry = acquire_byte(path, UPGRADE_BYTE, exclusive=True)
            except NoLockFile:
                return cls(path, False)
            except Busy as busy:
                return busy.holder
            entry.upgrading += 1
            return cls(path, True)

    def release(self) -> None:
        """Give the upgrade byte up."""
        with guard:
            if not self._held:
                return
            self._held = False
            key = key_of(self.path)
            entry = entries.get(key)
            if entry is None:
                return
            entry.upgrading -= 1
            if not entry.upgrading:
                unlock(entry.fd, UPGRADE_BYTE)
            drop_if_idle(key, entry)


# --- replacing a session file -------------------------------------------------------------


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[None]:
    """Hold `path` exclusively while a new file takes its place.

    Refuses (SessionInUseError, naming the holder) while a window or any process has
    the session open, or a lock file names another computer. A window of this process
    may replace the file it has claimed (it closed its own session first)."""
    with guard:
        key = key_of(path)
        existing = entries.get(key)
        if existing is not None and (existing.users or existing.replacing):
            raise SessionInUseError(
                path, LockHolder(os.getpid(), socket.gethostname(), PROGRAM), replacing=True)
        own_window = existing is not None and existing.window > 0
        try:
            entry = open_entry(path)
        except NoLockFile:
            entry = None
        if entry is not None:
            _take_exclusive(path, key, entry, own_window)
            entry.replacing += 1
    try:
        yield
    finally:
        if entry is not None:
            with guard:
                entry.replacing -= 1
                if not entry.replacing:
                    if not entry.window:
                        clear_holder(entry)
                        unlock(entry.fd, WINDOW_BYTE)
                    if entry.users:
                        # a session opened by this process meanwhile keeps its shared use
                        try_lock(entry.fd, USE_BYTE, exclusive=False)
                    else:
                        unlock(entry.fd, USE_BYTE)
                drop_if_idle(key, entry)


def _take_exclusive(path: Path, key: str, entry: Entry, own_window: bool) -> None:
    """Both bytes exclusively, waiting a little for short commands to finish."""
    if not own_window:
        if not try_lock(entry.fd, WINDOW_BYTE, exclusive=True) or held_by_qt(
                entry, WINDOW_BYTE):
            holder = read_holder(entry.fd, WINDOW_BYTE)
            drop_if_idle(key, entry)
            raise SessionInUseError(path, holder, replacing=True)
        left = written_holder(entry.fd)
        if left is not None and not left.this_computer:
            unlock(entry.fd, WINDOW_BYTE)
            drop_if_idle(key, entry)
            raise SessionInUseError(path, left, replacing=True)
    deadline = time.monotonic() + _WAIT_FOR_USERS_S
    while not try_lock(entry.fd, USE_BYTE, exclusive=True):
        if time.monotonic() > deadline:
            holder = read_holder(entry.fd, USE_BYTE)
            if not own_window:
                unlock(entry.fd, WINDOW_BYTE)
            drop_if_idle(key, entry)
            raise SessionInUseError(path, holder, replacing=True)
        time.sleep(0.05)
    if not own_window:
        write_holder(entry, PROGRAM)


def in_use_here(path: Path) -> bool:
    """Whether this process has the session open (or is replacing it). A window's claim
    alone does not count: the window may replace the file it claimed."""
    with guard:
        entry = entries.get(key_of(path))
        return entry is not None and bool(entry.users or entry.replacing)
