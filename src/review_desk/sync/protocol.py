"""One sync with a share: pull the batches this file lacks, then push what the share lacks.

Every step can be interrupted: a batch appears on the share only under its final,
hash-bearing name, after it was written, flushed and read back; the merge is one
SQLite transaction; a re-sent batch has the same name and is recognised. The next sync
after any interruption completes the work.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from review_desk.review.hlc import HybridClock
from review_desk.review.journal import Changed
from review_desk.review.rules import violations
from review_desk.review.sync_merge import MergeResult, present_ids
from review_desk.store.session_file import SessionStore
from review_desk.sync import state
from review_desk.sync.batches import (
    CHANGES_DIR,
    BadBatchError,
    Batch,
    BatchName,
    decode,
    dependencies,
    digest,
    encode,
    parse_name,
    valid_device,
)
from review_desk.sync.errors import (
    NothingToCheckOutError,
    ShareUnreachableError,
    SyncCancelledError,
    WrongShareError,
)
from review_desk.sync.faults import step
from review_desk.sync.push_plan import batch_rows, plan_push
from review_desk.sync.receive import Received, receive
from review_desk.sync.session_record import (
    SESSION_FILE as SESSION_FILE,
)
from review_desk.sync.session_record import (
    read_session,
    recover_session,
    write_session,
)
from review_desk.sync.transport import Transport
from review_desk.sync.validation import FUTURE_BOUND_MS, reading_ahead_by

QUARANTINE_DIR = "quarantine"

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class SetAside:
    """A file on the share that was not a sound batch: moved aside and reported."""

    path: str
    reason: str
    moved_to: str | None


@dataclass(frozen=True)
class Held:
    """A batch whose clock runs too far ahead: kept on the share, not applied yet."""

    path: str
    device: str
    reviewers: tuple[str, ...]
    ahead_ms: int

    @property
    def ahead_hours(self) -> float:
        """How far ahead, in hours."""
        return self.ahead_ms / 3_600_000


@dataclass
class SyncSummary:
    """What a sync did."""

    share: str
    sent: int = 0
    sent_batches: int = 0
    received: int = 0
    received_batches: int = 0
    conflicts: int = 0  # conflicted fields and broken rules
    new_conflicts: int = 0
    broken_rules: int = 0  # of `conflicts`, the review rules the file breaks
    waiting_batches: int = 0  # batches whose earlier changes are not on the share yet
    set_aside: list[SetAside] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
    changed: Changed = field(default_factory=lambda: Changed("sync", "sync"))


@dataclass
class Listing:
    """The batches on the share, and files that are not batches."""

    batches: dict[str, list[BatchName]] = field(default_factory=lambda: defaultdict(list))
    foreign: list[str] = field(default_factory=list)
    my_temps: list[str] = field(default_factory=list)


def _noop(_stage: str, _done: int, _total: int) -> None:
    return None


def share_session(transport: Transport, mine: str | None = None) -> str | None:
    """The session id the share holds, or None for an empty share.

    A truncated or empty `session.json` is written again from the session the share's
    batches and snapshot manifests name; when nothing names one, from `mine` (the
    secretariat's master syncing with --to), or the error names that one command.
    """
    if SESSION_FILE not in transport.list_dir(""):
        return None
    found = read_session(transport)
    if found is not None:
        return found
    recovered = recover_session(transport) or mine
    if recovered is None:
        raise WrongShareError(
            f"{transport.describe()} holds a damaged {SESSION_FILE} and nothing else on the "
            "share names its session; the secretariat repairs it with `review-desk sync "
            "MASTER.rdesk --to SHARE`.",
            f"{transport.describe()} 中的 {SESSION_FILE} 已损坏，共享位置中也没有其他文件能说明"
            "其所属会议；请提案办运行 `review-desk sync 主文件.rdesk --to 共享位置` 修复。",
        )
    write_session(transport, recovered)
    return recovered


def claim_share(transport: Transport, session: str, create: bool) -> None:
    """Check that the share holds this session (putting it there first if `create`)."""
    found = share_session(transport, session if create else None)
    if found is None:
        if not create:
            raise NothingToCheckOutError(
                f"{transport.describe()} holds no session yet; the secretariat puts one there "
                "with `review-desk sync FILE --to SHARE`.",
                f"{transport.describe()} 中还没有会议数据；提案办可用 "
                "`review-desk sync FILE --to SHARE` 上传。",
            )
        write_session(transport, session)
        found = share_session(transport)
    if found != session:
        raise WrongShareError(
            f"{transport.describe()} holds another session's record; choose the share of this "
            "session.",
            f"{transport.describe()} 中是另一次会议的数据；请选择本次会议的共享位置。",
        )


def list_share(transport: Transport, me: str) -> Listing:
    """Every batch on the share, by device."""
    listing = Listing()
    for device in transport.list_dir(CHANGES_DIR):
        if not valid_device(device):
            if not device.startswith("."):
                listing.foreign.append(f"{CHANGES_DIR}/{device}")
            continue
        for name in transport.list_dir(f"{CHANGES_DIR}/{device}"):
            path = f"{CHANGES_DIR}/{device}/{name}"
            if name.startswith(f".tmp-{me}-"):
                listing.my_temps.append(path)
                continue
            if name.startswith("."):
                continue  # another device's upload in progress
            parsed = parse_name(device, name)
            if parsed is None:
                listing.foreign.append(path)
            else:
                listing.batches[device].append(parsed)
    return listing


def set_aside(transport: Transport, path: str, reason: str) -> SetAside:
    """Move a bad file out of the way (its owner then sends the batch again)."""
    parts = path.split("/")
    target = f"{QUARANTINE_DIR}/{'/'.join(parts[1:-1]) or '_'}/{parts[-1]}.{uuid.uuid4().hex[:8]}"
    try:
        transport.makedirs(target.rsplit("/", 1)[0])
        moved = transport.rename_new(path, target)
    except ShareUnreachableError:
        moved = False
    return SetAside(path, reason, target if moved else None)


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise SyncCancelledError(
            "Sync cancelled; what was done so far is kept and the next sync goes on from there.",
            "同步已取消；已完成的部分已保存，下次同步会接着进行。",
        )


def pull(store: SessionStore, clock: HybridClock, transport: Transport, session: str,
         listing: Listing, summary: SyncSummary, progress: Progress,
         cancel: Cancel | None) -> MergeResult:
    """Read the batches this file has not seen and merge those whose base it holds."""
    with store.reading() as conn:
        seen = _seen(conn)
    wanted = [b for names in listing.batches.values() for b in names if b.path not in seen]
    wanted.sort(key=lambda b: (b.device, b.first))
    batches: list[Batch] = []
    for done, name in enumerate(wanted, start=1):
        _check_cancel(cancel)
        data = transport.read(name.path)
        try:
            batches.append(decode(name, data, session))
        except BadBatchError as error:
            summary.set_aside.append(set_aside(transport, name.path, str(error)))
        progress("receive", done, len(wanted))
    step("pull.downloaded")
    received = merge_batches(
        store, clock, batches, summary,
        lambda conn, applied: state.mark_seen(conn, (b.name.path for b in applied)),
        "pull.merging")
    step("pull.committed")
    for batch, reason in received.refused:
        summary.set_aside.append(set_aside(transport, batch.name.path, reason))
    return received.result


def merge_batches(store: SessionStore, clock: HybridClock, batches: list[Batch],
                  summary: SyncSummary, record: Callable[[Connection, list[Batch]], None],
                  merging_step: str) -> Received:
    """Merge verified batches from a share or a server in one transaction: hold those from
    too far in the future, apply those whose base this file holds, check the review rules
    after, and `record` the applied ones in the same transaction. Refused batches are
    handed back for the caller to set aside."""
    batches = _hold_future(batches, clock.wall_ms(), summary)
    with store.writing() as conn:
        state.ensure_tables(conn)
        ready, waiting = _applicable(conn, batches)
        broken_before = {v.id for v in violations(conn)} if ready else set()
        received = receive(conn, ready, clock)
        if received.applied:  # the rules are checked after every merge
            broken_after = {v.id for v in violations(conn)}
            summary.new_conflicts += len(broken_after - broken_before)
        record(conn, received.applied)
        step(merging_step)
    result = received.result
    summary.received += result.received
    summary.received_batches += len(received.applied)
    summary.waiting_batches = len(waiting) + len(received.waiting)
    summary.new_conflicts += len(result.new_conflicts)
    summary.changed = result.changed
    return received


def _hold_future(batches: list[Batch], now_ms: int, summary: SyncSummary) -> list[Batch]:
    """The batches to apply; those whose clock is too far ahead are reported as held."""
    kept: list[Batch] = []
    for batch in batches:
        ahead = reading_ahead_by(batch.latest_hlc, now_ms)
        if ahead > FUTURE_BOUND_MS:
            summary.held.append(Held(batch.name.path, batch.name.device, batch.reviewers,
                                     ahead))
        else:
            kept.append(batch)
    return kept


def _seen(conn: Connection) -> set[str]:
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='sync_seen'")
    ).first()
    return state.seen_paths(conn) if exists else set()


def _applicable(conn: Connection, batches: list[Batch]) -> tuple[list[Batch], list[Batch]]:
    """Split batches into those whose requirements are met (possibly by each other) and
    those still waiting for changes this file does not hold."""
    needed = {d for b in batches for d in b.requires}
    have = present_ids(conn, needed)
    ready: list[Batch] = []
    pending = list(batches)
    moved = True
    while pending and moved:
        moved = False
        still: list[Batch] = []
        for batch in pending:
            if all(d in have for d in batch.requires):
                ready.append(batch)
                have.update(batch.ids)
                moved = True
            else:
                still.append(batch)
        pending = still
    return ready, pending


def push(store: SessionStore, me: str, transport: Transport, session: str, listing: Listing,
         summary: SyncSummary, progress: Progress, cancel: Cancel | None) -> None:
    """Send every batch the share lacks."""
    for path in listing.my_temps:
        transport.remove(path)
    with store.reading() as conn:
        plan = plan_push(conn, me, listing)
    for done, (device, seqs) in enumerate(plan, start=1):
        _check_cancel(cancel)
        with store.reading() as conn:
            rows = batch_rows(conn, device, seqs[0], seqs[-1])
            requires = dependencies(conn, rows)
        name, data = encode(session, device, rows, requires)
        folder = f"{CHANGES_DIR}/{device}"
        temp = f"{folder}/.tmp-{me}-{uuid.uuid4().hex[:12]}.part"
        transport.makedirs(folder)
        transport.write_temp(temp, data)
        step("push.temp")
        if digest(transport.read(temp)) != name.digest:
            transport.remove(temp)
            raise ShareUnreachableError(
                f"A batch written to {transport.describe()} read back differently; the share "
                "may be failing. Sync again; nothing half-written was kept.",
                f"写入 {transport.describe()} 的数据读回时不一致，共享位置可能有故障；请重新同步。",
            )
        step("push.verified")
        if not transport.rename_new(temp, name.path):
            transport.remove(temp)  # the very same batch is there already
        step("push.renamed")
        with store.writing() as conn:
            state.mark_seen(conn, [name.path])
            if device == me:
                key = f"{state.PUSHED_KEY}.{me}"
                if int(state.get_meta(conn, key) or 0) < name.last:
                    state.set_meta(conn, key, str(name.last))
        step("push.recorded")
        listing.batches[device].append(name)
        summary.sent += len(rows)
        summary.sent_batches += 1
        progress("send", done, len(plan))


def run_sync(store: SessionStore, clock: HybridClock, transport: Transport, create: bool,
             progress: Progress | None = None, cancel: Cancel | None = None) -> SyncSummary:
    """Pull, then push, over an open transport."""
    report = progress or _noop
    with store.reading() as conn:
        session = state.session_id(conn)
    claim_share(transport, session, create)  # a refused sync has written nothing locally
    with store.writing() as conn:
        me = store.device_id(conn)
        state.ensure_tables(conn)
    step("connected")
    summary = SyncSummary(share=transport.describe())
    listing = list_share(transport, me)
    for path in listing.foreign:
        summary.set_aside.append(set_aside(transport, path, "not a batch of Review Desk"))
    step("listed")
    pull(store, clock, transport, session, listing, summary, report, cancel)
    set_aside_paths = {s.path for s in summary.set_aside}
    for device, names in listing.batches.items():
        listing.batches[device] = [b for b in names if b.path not in set_aside_paths]
    push(store, me, transport, session, listing, summary, report, cancel)
    with store.writing() as conn:
        summary.broken_rules = len(violations(conn))
        summary.conflicts = summary.broken_rules + int(
            conn.execute(text("SELECT count(*) FROM field_head WHERE conflict")).scalar() or 0
        )
    step("done")
    return summary
