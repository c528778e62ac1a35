"""The sync face for the window and the CLI: sync, checkout, publish, conflicts, over a
share or an office server (both are a `Remote`).

    service = SyncService(desk, ask=None)
    summary = service.sync(progress, cancel)        # -> SyncSummary
    service.unsynced_count()                        # for the status bar
    service.conflicts()                             # -> list[Conflict]
    service.resolve(conflict_id, take=value_id)     # or value="新的值"

`progress(stage, done, total)` is called from the thread running the sync; `cancel()`
is polled between steps. `ask(prompt) -> password` is called only when the keychain
holds no password for an SMB share or an office server.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from review_desk.desk import Desk
from review_desk.errors import DiskFullError
from review_desk.review import conflicts as conflict_list
from review_desk.review.journal import Changed
from review_desk.sync import state
from review_desk.sync.credentials import Ask, password_for
from review_desk.sync.errors import LocalDiskFullError, NoShareError, NothingToCheckOutError
from review_desk.sync.location import (
    FolderLocation,
    Location,
    ServerLocation,
    SmbLocation,
    parse_location,
)
from review_desk.sync.protocol import Cancel, Progress, SyncSummary
from review_desk.sync.rescue import Rescued, rescue
from review_desk.sync.share_remote import ShareRemote
from review_desk.sync.snapshot import Fetched, Published, prepare_checkout_with
from review_desk.sync.transport import FolderTransport, Remote, Transport


def connect(location: FolderLocation | SmbLocation, ask: Ask | None = None) -> Transport:
    """Open a file transport to a share location."""
    if isinstance(location, FolderLocation):
        return FolderTransport(location.path)
    from review_desk.sync.smb import SmbTransport

    return SmbTransport(location, password_for(location, ask))


def open_remote(location: Location, ask: Ask | None = None) -> Remote:
    """Open what a session syncs with: a share or an office server."""
    if isinstance(location, ServerLocation):
        from review_desk.server.remote import ServerRemote

        return ServerRemote(location, password_for(location, ask))
    return ShareRemote(connect(location, ask))


def remembering(ask: Ask) -> Ask:
    """Ask once per prompt for the life of this object (this run only, memory only)."""
    answers: dict[str, str] = {}

    def asked(prompt: str) -> str:
        if prompt not in answers:
            answers[prompt] = ask(prompt)
        return answers[prompt]

    return asked


def _disk_full(where: Path) -> LocalDiskFullError:
    return LocalDiskFullError(
        f"The disk holding {where} is full; free some space and sync again — nothing "
        "half-written was kept.",
        f"{where} 所在的磁盘已满；请清理空间后重新同步，未保存半截的内容。",
    )


@contextmanager
def local_disk_errors(where: Path) -> Iterator[None]:
    """Turn a full local disk into a typed error."""
    try:
        yield
    except OperationalError as error:
        if "full" in str(error.orig):
            raise _disk_full(where) from None
        raise
    except DiskFullError:
        # the store already named it; say it in the sync's words
        raise _disk_full(where) from None
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise _disk_full(where) from None
        raise


@dataclass
class Checkout:
    """A checked-out session."""

    path: Path
    snapshot: Fetched
    sync: SyncSummary
    rescued: Rescued | None = None  # taken from a damaged file (checkout --rescue)


class SyncService:
    """Sync one open session with its share."""

    def __init__(self, desk: Desk, ask: Ask | None = None) -> None:
        self.desk = desk
        self.ask = None if ask is None else remembering(ask)

    def share(self) -> str | None:
        """The share this session syncs with, if it has one."""
        with self.desk.store.reading() as conn:
            return state.get_meta(conn, state.SHARE_KEY)

    def _location(self, to: str | None) -> Location:
        text = to or self.share()
        if not text:
            raise NoShareError(
                "This session has no share yet; sync it once with --to SHARE (a folder or "
                "smb://USER@HOST/SHARE/FOLDER).",
                "该会议文件尚未关联共享位置；请先用 --to SHARE 同步一次。",
            )
        return parse_location(text)

    def sync(self, progress: Progress | None = None, cancel: Cancel | None = None,
             to: str | None = None) -> SyncSummary:
        """Send this session's new changes and receive everyone else's."""
        location = self._location(to)
        self.desk.ready_to_sync(progress)  # writable and sound: a damaged file never syncs
        previous = self.share()
        remote = open_remote(location, self.ask)
        try:
            with local_disk_errors(self.desk.path):
                summary = remote.sync(self.desk.store, self.desk.writer.clock,
                                      create=to is not None, progress=progress, cancel=cancel)
                if previous and isinstance(location, ServerLocation):
                    self._migrate(previous, location, remote)
                with self.desk.store.writing() as conn:
                    state.set_meta(conn, state.SHARE_KEY, location.url())
                    state.set_meta(conn, state.LAST_SYNC_KEY,
                                   datetime.now(UTC).isoformat(timespec="seconds"))
        finally:
            remote.close()
        return summary

    def _migrate(self, previous: str, location: ServerLocation, remote: Remote) -> None:
        """A session moving from a share to a server: the secretariat's first sync also
        uploads every batch on the share once (the server's key makes re-runs harmless)."""
        from review_desk.server.bridge import migrate_share
        from review_desk.server.remote import ServerRemote

        old = parse_location(previous)
        if isinstance(old, ServerLocation) or not isinstance(remote, ServerRemote):
            return
        if remote.is_secretariat():
            migrate_share(connect(old, self.ask), remote)

    def publish(self, progress: Progress | None = None,
                cancel: Cancel | None = None) -> tuple[SyncSummary, Published]:
        """Sync, then publish a consolidated snapshot as the next generation."""
        summary = self.sync(progress, cancel)
        remote = open_remote(self._location(None), self.ask)
        try:
            with local_disk_errors(self.desk.path):
                return summary, remote.publish(self.desk.store)
        finally:
            remote.close()

    def unsynced_count(self) -> int:
        """This device's changes not yet sent to the share."""
        with self.desk.store.reading() as conn:
            device = conn.exec_driver_sql(
                "SELECT device_id FROM local_device WHERE id = 1").scalar()
            return state.unsynced_count(conn, None if device is None else str(device))

    def unsynced_actions(self) -> int:
        """This reviewer's own actions not yet sent (the window's status line)."""
        with self.desk.store.reading() as conn:
            device = conn.exec_driver_sql(
                "SELECT device_id FROM local_device WHERE id = 1").scalar()
            return state.unsynced_actions(conn, None if device is None else str(device),
                                          self.desk.reviewer)

    def conflicts(self) -> list[conflict_list.Conflict]:
        """Every open conflict with all its values."""
        with self.desk.store.reading() as conn:
            return conflict_list.conflicts(conn)

    def resolve(self, conflict_id: str, take: str | None = None,
                value: str | None = None) -> Changed:
        """Settle a conflict with one of its values or a new one."""
        return conflict_list.resolve(self.desk.writer, conflict_id, take=take, value=value)


def list_conflicts(desk: Desk) -> list[conflict_list.Conflict]:
    """Every open conflict of a session."""
    return SyncService(desk).conflicts()


def checkout(share: str, out: Path, reviewer: str | None = None, ask: Ask | None = None,
             progress: Progress | None = None, overwrite: bool = False,
             rescue_from: Path | None = None) -> Checkout:
    """Make a new session file from a share or server: the latest snapshot plus every
    change (plus the readable, unsynced changes of a damaged file `rescue_from`, sent on
    at once)."""
    location = parse_location(share)
    remote = open_remote(location, ask)
    try:
        session = remote.session()
        if session is None:
            raise NothingToCheckOutError(
                f"{remote.describe()} holds no session yet; the secretariat puts one there "
                "with `review-desk sync FILE --to URL`.",
                f"{remote.describe()} 中还没有会议数据；提案办可用 "
                "`review-desk sync FILE --to URL` 上传。",
            )
        with local_disk_errors(out):
            fetched = prepare_checkout_with(remote.fetch_snapshot, session, out,
                                            location.url(), overwrite)
            with Desk.open(out, reviewer) as desk:
                summary = remote.sync(desk.store, desk.writer.clock, create=False,
                                      progress=progress)
                rescued = None if rescue_from is None else rescue(desk.store, rescue_from)
                if rescued is not None and rescued.merged:
                    summary = remote.sync(desk.store, desk.writer.clock, create=False,
                                          progress=progress)
    finally:
        remote.close()
    return Checkout(out, fetched, summary, rescued)
