"""Rewriting a session file with this version's page size (VACUUM), after a migration
and, when that rewrite never happened, on a later open.

A migration commits the new schema, then rewrites the file (`after_steps`). A program
quit or killed between the two, or a VACUUM that failed (a full disk, another program
holding the file), leaves a current file with its old pages, which no migration would
ever touch again: every open that may write the file tries the rewrite once more, with
the migration's care (the upgrade byte, so other programs wait; nothing else of ours
connected), until it succeeds. A failure is logged and the file opens as it was. The
rewrite runs with a rollback journal and switches back to WAL after it: a file left in
rollback mode (that switch failed) is switched back by a later open too.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from review_desk.errors import SessionFileError
from review_desk.store.engine import connect_raw
from review_desk.store.fileformat import Header, read_header
from review_desk.store.migrations import PAGE_SIZE, after_steps
from review_desk.store.upgrade_wait import (
    UPGRADE_PATIENCE_S,
    OpenProgress,
    UpgradingNotice,
    upgrade_turn,
)

if TYPE_CHECKING:
    from review_desk.store.session_file import SessionStore

log = logging.getLogger(__name__)


def compact(store: SessionStore, progress: OpenProgress | None = None) -> None:
    """Rewrite the file with PAGE_SIZE pages if it has others (the caller holds the
    upgrade byte); `progress` hears "compact" as it begins. The store's connections are
    closed first (VACUUM wants the file to itself) and reopen on their next use."""
    store.engine.dispose()
    raw = connect_raw(store.path)
    try:
        after_steps(raw, None if progress is None else
                    lambda: progress(UpgradingNotice(store.path, "compact")))
    finally:
        raw.close()


def free_space(path: Path) -> int:
    """Bytes free on the disk holding `path`."""
    return shutil.disk_usage(path.parent).free


def finish_wal(store: SessionStore) -> None:
    """Put a writable file left in rollback-journal mode back in WAL mode (the switch
    needs the file to itself: with another program in it, a later open tries again)."""
    store.engine.dispose()
    raw = connect_raw(store.path)
    try:
        mode = raw.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    except sqlite3.Error as error:
        mode = str(error)
    finally:
        raw.close()
    if mode != "wal":
        log.warning("%s stays in rollback-journal mode: %s", store.path, mode)


def finish_compaction(store: SessionStore, header: Header,
                      progress: OpenProgress | None = None,
                      patience_s: float = UPGRADE_PATIENCE_S) -> bool:
    """Rewrite a current file still in an older page size (the migration's rewrite cut
    short; `header` as read on opening); whether it now has PAGE_SIZE pages after being
    rewritten here. A file that cannot be written is left alone; one that cannot be
    rewritten now opens as it is (`after_steps` looks again under the upgrade byte, in
    case another program rewrote it meanwhile)."""
    if store.read_only:
        return False
    if not header.wal:
        finish_wal(store)
    if header.page_size == PAGE_SIZE:
        return False
    # the rollback journal holds every old page and the new file may be a little
    # larger: on a disk short of that it would fail each time after reading the file
    size = store.path.stat().st_size
    try:
        room = free_space(store.path)
    except OSError:
        room = 2 * size
    if room < 2 * size:
        log.warning("%s keeps its page size: %d bytes free beside it, the rewrite needs "
                    "%d", store.path, room, 2 * size)
        return False
    try:
        with upgrade_turn(store.path, progress, patience_s):
            compact(store, progress)
    except (SessionFileError, sqlite3.Error) as error:
        log.warning("%s keeps its page size: %s", store.path, error)
        return False
    done = read_header(store.path).page_size == PAGE_SIZE
    if done:
        log.info("%s rewritten with %d-byte pages", store.path, PAGE_SIZE)
    return done
