"""Putting a finished session file in place: never under a live session, never on top
of another file's leftover journal.

SQLite keeps recent commits in ``FILE-wal`` beside ``FILE`` and replays that journal into
whatever file next opens under the name: a new file moved onto a path whose old -wal is
still there comes out corrupt. So before a new file takes a path, the path must be free
(no window, no command, no other SQLite program has it open) and any leftover -wal or
-journal is moved aside (kept, in case it holds someone's work) and the -shm removed.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from review_desk.store.lock_holder import LockHolder, SessionInUseError, holder_pid, program_of
from review_desk.store.session_lock import in_use_here, replacing

# SQLite's lock bytes: the database file's (PENDING, RESERVED, SHARED range) and the
# -shm's "DMS" byte that every connection holds shared while the file is open
_DB_LOCKS = (0x40000000, 2 + 510)
_SHM_DMS = (128, 1)
JOURNAL_SUFFIXES = ("-wal", "-journal")


@dataclass(frozen=True)
class SetAside:
    """A leftover journal of an earlier file, moved out of the new file's way."""

    original: Path
    moved_to: Path

    def describe(self) -> tuple[str, str]:
        """The sentence telling a person about it, in English and Chinese."""
        return (f"a leftover journal {self.original.name} of an earlier file was moved aside "
                f"to {self.moved_to.name} (it was not mixed into the new file)",
                f"旧文件遗留的日志 {self.original.name} 已移到 {self.moved_to.name}"
                "（未混入新文件）")


def sqlite_holder(path: Path) -> int | None:
    """The process of this computer that has `path` open through SQLite (any program),
    or None. Only call it while this process has no connection to `path`: closing a
    handle drops the process's own POSIX locks on the file."""
    for target, (offset, length) in ((Path(f"{path}-shm"), _SHM_DMS), (path, _DB_LOCKS)):
        try:
            fd = os.open(target, os.O_RDONLY)
        except OSError:
            continue
        try:
            pid = holder_pid(fd, offset, length)
        finally:
            os.close(fd)
        if pid:
            return pid
    return None


def refuse_if_open(path: Path) -> None:
    """Raise SessionInUseError when some process (this one included) has `path` open."""
    if in_use_here(path):
        raise SessionInUseError(path, LockHolder(os.getpid(), socket.gethostname(),
                                                 "review-desk"), replacing=True)
    pid = sqlite_holder(path)
    if pid:
        raise SessionInUseError(path, LockHolder(pid, socket.gethostname(), program_of(pid)),
                                replacing=True)


def set_aside_leftovers(path: Path) -> list[SetAside]:
    """Move `path`'s leftover -wal/-journal aside and remove its -shm."""
    moved: list[SetAside] = []
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in JOURNAL_SUFFIXES:
        leftover = Path(f"{path}{suffix}")
        if not leftover.exists():
            continue
        if leftover.stat().st_size == 0:
            leftover.unlink()
            continue
        target = leftover.with_name(f"{leftover.name}.stale-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = leftover.with_name(f"{leftover.name}.stale-{stamp}-{n}")
        os.replace(leftover, target)
        moved.append(SetAside(leftover, target))
    Path(f"{path}-shm").unlink(missing_ok=True)
    return moved


def check_replaceable(path: Path) -> None:
    """Fail early, before any long work, when `path` could not be replaced now."""
    if path.exists() or Path(f"{path}-wal").exists():
        refuse_if_open(path)


def install(temp: Path, target: Path) -> list[SetAside]:
    """Move a finished, closed session file `temp` to `target` (same folder), atomically;
    what was set aside on the way."""
    with replacing(target):
        refuse_if_open_elsewhere(target)
        moved = set_aside_leftovers(target)
        os.replace(temp, target)
        sync_folder(target.parent)
    return moved


def refuse_if_open_elsewhere(path: Path) -> None:
    """Raise SessionInUseError when another SQLite program has `path` open."""
    pid = sqlite_holder(path)
    if pid and pid != os.getpid():
        raise SessionInUseError(path, LockHolder(pid, socket.gethostname(), program_of(pid)),
                                replacing=True)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
