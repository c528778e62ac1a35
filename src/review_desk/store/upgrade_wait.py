"""Taking turns to upgrade a session file, and what a program waiting for its turn hears.

Upgrading an older file (backup copy, migration, VACUUM) or building its search index
anew holds SQLite's write lock for as long as it takes: on a slow disk longer than the
few seconds a write waits, so a second program opening the same file would be told
"locked". The upgrader holds the lock file's upgrade byte (`UpgradeHold`) from before it
starts to after it ends; a program opening the file meanwhile waits for that byte,
telling its caller every second or so (`OpenNotice`: the window and the command line
show "another program is upgrading this file"), then opens the upgraded file. The
upgrader tells its own caller once what it is doing (`UpgradingNotice`). Only when
the upgrade holds on past `UPGRADE_PATIENCE_S` does it give up, naming the program.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from review_desk.errors import FileBusyError
from review_desk.store.integrity import Progress
from review_desk.store.lock_holder import LockHolder, lock_path
from review_desk.store.session_lock import UpgradeHold

# a national file on a slow USB disk upgrades in minutes; a hung one is named after this
UPGRADE_PATIENCE_S = 15 * 60
_POLL_S = 0.1
_TELL_EVERY_S = 1.0


@dataclass(frozen=True)
class OpenNotice:
    """Why opening a file takes a while: another program is upgrading it (`holder`), for
    `waited_s` seconds so far."""

    path: Path
    holder: LockHolder
    waited_s: float

    @property
    def message(self) -> str:
        return (f"another program ({_who(self.holder)}) is upgrading “{self.path.name}” to "
                f"this version's format; waiting for it to finish ({self.waited_s:.0f} s)")

    @property
    def message_zh(self) -> str:
        return (f"另一个程序（{_who(self.holder)}）正在把“{self.path.name}”升级为本版本的格式，"
                f"正在等待其完成（{self.waited_s:.0f} 秒）")


@dataclass(frozen=True)
class UpgradingNotice:
    """Opening takes a while because this program upgrades the file itself: `step` is
    "migrate" (an older format, after a backup copy), "compact" (the migrated file
    rewritten with this version's page size) or "index" (the search index built anew for
    this version): on a national file on a slow disk, a minute or more. A step is told
    once as it begins (`count` None); building the search index (alone, or within a
    migration) then tells its `count`, (proposals indexed, all of them), after each
    batch, as step "index"."""

    path: Path
    step: str
    count: tuple[int, int] | None = None

    @property
    def message(self) -> str:
        if self.count is not None:
            return f"building the search index… {self.count[0]:,} / {self.count[1]:,}"
        name = self.path.name
        what = {"migrate": f"upgrading “{name}” to this version's format (a backup copy first)",
                "compact": f"rewriting “{name}” in this version's layout",
                }.get(self.step, f"building the search index of “{name}” anew for this version")
        return f"{what}, once; a large file takes a minute or so"

    @property
    def message_zh(self) -> str:
        if self.count is not None:
            return f"正在建立搜索索引… {self.count[0]:,} / {self.count[1]:,}"
        name = self.path.name
        what = {"migrate": f"正在把“{name}”升级为本版本的格式（先写一份备份）",
                "compact": f"正在按本版本的布局重写“{name}”",
                }.get(self.step, f"正在为本版本重建“{name}”的搜索索引")
        return f"{what}，仅此一次；大文件约需一分钟"


OpenProgress = Callable[[OpenNotice | UpgradingNotice], None]


def index_counting(path: Path, progress: OpenProgress) -> Progress:
    """A core progress callback for building the search index of `path` that tells
    `progress` its count (`UpgradingNotice` "index" with `count`)."""
    def tell(_stage: str, done: int, total: int) -> None:
        progress(UpgradingNotice(path, "index", (done, total)))
    return tell


def _who(holder: LockHolder) -> str:
    name = holder.program or "Review Desk"
    pid = f", PID {holder.pid}" if holder.pid else ""
    host = "" if holder.this_computer else f", {holder.host}"
    return f"{name}{pid}{host}"


class UpgradeTakesTooLongError(FileBusyError):
    """Another program has been upgrading the file for longer than we wait."""

    def __init__(self, path: Path, holder: LockHolder, waited_s: float) -> None:
        minutes = max(1, round(waited_s / 60))
        who = _who(holder)
        super().__init__(
            path,
            f"another program ({who}) has been upgrading the file for {minutes} min and has "
            "not finished; nothing was changed here. If that program is still working (a "
            "big file on a slow disk), let it finish and open the file again; if it hangs, "
            "close it (or restart that computer) and open the file again: an upgrade cut "
            "short leaves the file as it was",
            f"另一个程序（{who}）升级该文件已 {minutes} 分钟仍未完成；此处未作任何改动。"
            "若该程序仍在工作（大文件、慢速磁盘），请等它完成后重新打开；若它已无响应，请关闭它"
            "（或重启那台计算机）后重新打开：中断的升级会让文件保持原样",
        )
        self.holder = holder


def _wait_for_turn(path: Path, progress: OpenProgress | None, patience_s: float
                   ) -> UpgradeHold:
    """The upgrade byte of `path`, once no other program holds it."""
    started = time.monotonic()
    told = -_TELL_EVERY_S
    while True:
        got = UpgradeHold.try_acquire(path)
        if isinstance(got, UpgradeHold):
            return got
        waited = time.monotonic() - started
        if waited > patience_s:
            raise UpgradeTakesTooLongError(path, got, waited)
        if progress is not None and waited - told >= _TELL_EVERY_S:
            told = waited
            progress(OpenNotice(path, got, waited))
        time.sleep(_POLL_S)


def wait_while_upgraded(path: Path, progress: OpenProgress | None = None,
                        patience_s: float = UPGRADE_PATIENCE_S) -> None:
    """Return once no other program is upgrading `path` (at once when none is)."""
    # no file (the checks that follow say what it is) or no lock file: nobody upgrades it
    if not path.is_file() or not lock_path(path).exists():
        return
    _wait_for_turn(path, progress, patience_s).release()


@contextlib.contextmanager
def upgrade_turn(path: Path, progress: OpenProgress | None = None,
                 patience_s: float = UPGRADE_PATIENCE_S) -> Iterator[None]:
    """Hold `path`'s upgrade byte, waiting first while another program holds it (it may
    have upgraded the file meanwhile: check the version again inside)."""
    hold = _wait_for_turn(path, progress, patience_s)
    try:
        yield
    finally:
        hold.release()
