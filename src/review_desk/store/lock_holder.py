"""Who holds a session file's lock (lock file text, the OS) and the messages naming them."""

from __future__ import annotations

import os
import socket
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from review_desk.errors import SessionFileError

LOCK_SUFFIX = ".lock"

if sys.platform != "win32":
    import fcntl


def lock_path(path: Path) -> Path:
    """The lock file of a session file: beside it, with .lock added."""
    return path.with_name(path.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a session file's lock."""

    pid: int
    host: str
    program: str

    @property
    def this_program(self) -> bool:
        """Held by this very process (another window of it)."""
        return self.pid == os.getpid() and self.host in ("", socket.gethostname())

    @property
    def this_computer(self) -> bool:
        """Held by a process on this computer."""
        return self.host in ("", socket.gethostname())


class SessionInUseError(SessionFileError):
    """The session file is open in another window or program (nothing was done)."""

    def __init__(self, path: Path, holder: LockHolder, replacing: bool = False) -> None:
        en, zh = (_replace_words if replacing else _open_words)(path, holder)
        super().__init__(path, en, zh)
        self.holder = holder
        self.replacing = replacing


def _open_words(path: Path, holder: LockHolder) -> tuple[str, str]:
    """Why `path` cannot be opened here: who has it open."""
    name, program, program_zh = path.name, holder.program or "Review Desk", (
        holder.program or "提案审查台")
    if holder.this_program:
        return (f"“{name}” is already open in another Review Desk window; that window is now "
                "in front. Work on it there: one file is reviewed in one window at a time, so "
                "no decision is silently replaced by another",
                f"“{name}”已在另一个提案审查台窗口中打开，该窗口已切换到前面。请在那里继续"
                "审查：同一文件同一时间只能在一个窗口中审查，以免一个决定被另一个悄悄覆盖")
    if holder.this_computer:
        return (f"“{name}” is already open in another program on this computer ({program}, "
                f"process {holder.pid}). Close the file there first, then open it here",
                f"“{name}”已在本机的另一个程序中打开（{program_zh}，进程 {holder.pid}）。"
                "请先在那里关闭该文件，再在这里打开")
    lock = lock_path(path).name
    return (f"“{name}” is already open on the computer “{holder.host}” ({program}). Close it "
            "there first. If that computer is switched off or no longer uses the file, delete "
            f"“{lock}” beside the file and open it again",
            f"“{name}”已在计算机“{holder.host}”上打开（{program_zh}）。请先在那台计算机上关闭"
            f"该文件。如果那台计算机已关机或不再使用该文件，请删除文件旁的“{lock}”后重新打开")


def _replace_words(path: Path, holder: LockHolder) -> tuple[str, str]:
    """Why `path` cannot be replaced: who has it open (the file was left as it was)."""
    name, program, program_zh = path.name, holder.program or "Review Desk", (
        holder.program or "提案审查台")
    if holder.this_program:
        return (f"“{name}” cannot be replaced: it is open in this program; close it first "
                "(the file was left as it was)",
                f"不能替换“{name}”：它正在本程序中打开，请先关闭（文件未作改动）")
    if holder.this_computer:
        return (f"“{name}” cannot be replaced: it is open in another program on this computer "
                f"({program}, process {holder.pid}). Close it there first, or choose another "
                "name (the file was left as it was)",
                f"不能替换“{name}”：它正在本机的另一个程序中打开（{program_zh}，进程 "
                f"{holder.pid}）。请先在那里关闭，或换一个文件名（文件未作改动）")
    lock = lock_path(path).name
    return (f"“{name}” cannot be replaced: it is open on the computer “{holder.host}” "
            f"({program}). Close it there first; if that computer is switched off or no longer "
            f"uses the file, delete “{lock}” beside the file and try again (the file was left "
            "as it was)",
            f"不能替换“{name}”：它正在计算机“{holder.host}”上打开（{program_zh}）。请先在那台"
            f"计算机上关闭；如果那台计算机已关机或不再使用该文件，请删除文件旁的“{lock}”后重试"
            "（文件未作改动）")


_FLOCK = "hhqqi4x"  # struct flock on 64-bit Linux


def holder_pid(fd: int, offset: int, length: int = 1) -> int | None:
    """The process that holds a lock conflicting with a write lock on these bytes
    (POSIX record locks: SQLite's own, or ours); None when free or not knowable here."""
    if not sys.platform.startswith("linux") or struct.calcsize("P") != 8:
        return None
    query = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, offset, length, 0)
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
    except OSError:
        return None
    kind, _whence, _start, _len, pid = struct.unpack(_FLOCK, answer)
    return None if kind == fcntl.F_UNLCK else int(pid)


def program_of(pid: int) -> str:
    """The name of a process of this computer, as far as it can be known."""
    try:
        return Path(f"/proc/{pid}/comm").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def read_holder(fd: int, offset: int) -> LockHolder:
    """Who holds the lock: the text the holder wrote, else the pid the OS names."""
    try:
        text = os.pread(fd, 4096, 0).decode("utf-8", "replace")
    except OSError:
        text = ""
    lines = text.splitlines()
    pid = holder_pid(fd, offset)
    if len(lines) >= 3 and lines[0].strip().isdigit():
        written = LockHolder(int(lines[0]), lines[2].strip(), lines[1].strip())
        if pid is None or written.pid == pid or not written.this_computer:
            return written
    return LockHolder(pid or 0, socket.gethostname(), program_of(pid) if pid else "")


def written_holder(fd: int) -> LockHolder | None:
    """The holder text left in the lock file, if any."""
    try:
        lines = os.pread(fd, 4096, 0).decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    if len(lines) >= 3 and lines[0].strip().isdigit():
        return LockHolder(int(lines[0]), lines[2].strip(), lines[1].strip())
    return None
