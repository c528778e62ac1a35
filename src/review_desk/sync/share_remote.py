"""A share (folder, UNC path, USB stick, SMB) as a `Remote`: the share protocol of
`sync.protocol` and `sync.snapshot` over a file `Transport`."""

from __future__ import annotations

from pathlib import Path

from review_desk.review.hlc import HybridClock
from review_desk.review.sync_merge import MergeResult
from review_desk.store.session_file import SessionStore
from review_desk.sync import protocol, snapshot, state
from review_desk.sync.protocol import Cancel, Progress, SyncSummary
from review_desk.sync.snapshot import Fetched, Published
from review_desk.sync.transport import Transport


def _noop(_stage: str, _done: int, _total: int) -> None:
    return None


class ShareRemote:
    """A share reached through a file transport."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def describe(self) -> str:
        """The share (never a password)."""
        return self.transport.describe()

    def session(self) -> str | None:
        """The session id the share holds."""
        return protocol.share_session(self.transport)

    def _context(self, store: SessionStore) -> tuple[str, str]:
        with store.writing() as conn:
            me = store.device_id(conn)
            state.ensure_tables(conn)
            session = state.session_id(conn)
        protocol.claim_share(self.transport, session, create=False)
        return me, session

    def sync(self, store: SessionStore, clock: HybridClock, create: bool,
             progress: Progress | None = None, cancel: Cancel | None = None) -> SyncSummary:
        """Pull, then push."""
        return protocol.run_sync(store, clock, self.transport, create, progress, cancel)

    def pull(self, store: SessionStore, clock: HybridClock, summary: SyncSummary,
             progress: Progress | None = None, cancel: Cancel | None = None) -> MergeResult:
        """Receive the batches this file has not seen."""
        me, session = self._context(store)
        listing = protocol.list_share(self.transport, me)
        return protocol.pull(store, clock, self.transport, session, listing, summary,
                             progress or _noop, cancel)

    def push(self, store: SessionStore, summary: SyncSummary,
             progress: Progress | None = None, cancel: Cancel | None = None) -> None:
        """Send the batches the share lacks."""
        me, session = self._context(store)
        listing = protocol.list_share(self.transport, me)
        protocol.push(store, me, self.transport, session, listing, summary,
                      progress or _noop, cancel)

    def publish(self, store: SessionStore) -> Published:
        """Publish a snapshot on the share."""
        return snapshot.publish(store, self.transport)

    def fetch_snapshot(self, target: Path) -> Fetched:
        """The newest sound snapshot on the share."""
        return snapshot.fetch_latest(self.transport, target)

    def close(self) -> None:
        """Close the transport."""
        self.transport.close()
