"""Schema versions and the numbered steps that move a file from one to the next.

The version lives in SQLite's ``user_version`` header field, so it can be read from the
file's bytes before anything is opened. Step N takes a file from version N-1 to N and
runs inside the migration's single transaction; `after_steps` then rewrites the file
with the page size of the current layout (outside any transaction, as VACUUM must; a
rewrite cut short is finished by a later open, `store/compaction.py`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from sqlalchemy import Connection

from review_desk.store.integrity import Progress
from review_desk.store.search_index import create_search_tables, rebuild_search

SCHEMA_VERSION = 4
# big rows (a proposal's text, a part of the journal) fit a 16 KiB page with little waste
PAGE_SIZE = 16384

log = logging.getLogger(__name__)


def _v2_search_index(conn: Connection, _progress: Progress | None) -> None:
    """Version 2 adds the search index. Its tables only: version 4 drops them and
    builds the index in its own layout, and every migration from 1 runs it (building
    here too took as long again and showed a second count)."""
    create_search_tables(conn)


def _v3_reason_remark(conn: Connection, _progress: Progress | None) -> None:
    """Version 3 adds the free-text remark (说明) of a rejection (a file whose tables
    were made by a newer program has it already)."""
    columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(proposal)")}
    if "reason_remark" not in columns:
        conn.exec_driver_sql(
            "ALTER TABLE proposal ADD COLUMN reason_remark TEXT NOT NULL DEFAULT ''")


def _v4_compact_layout(conn: Connection, progress: Progress | None) -> None:
    """Version 4 stores an action's archive cases as one compressed part of the journal
    (new imports: the rows a file holds already stay as they were synced) and keeps the
    search documents compressed, without the trigram index."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_tri")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_doc")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_key")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_gram")
    rebuild_search(conn, progress)


# a step's `progress` hears the count of the search index it builds
STEPS: dict[int, Callable[[Connection, Progress | None], None]] = {
    2: _v2_search_index,
    3: _v3_reason_remark,
    4: _v4_compact_layout,
}


def after_steps(raw: sqlite3.Connection, starting: Callable[[], None] | None = None) -> None:
    """Rewrite the file with the current page size (no other connection may be open;
    `starting` hears when it begins, if it must). A failure (a full disk: VACUUM needs
    room for a copy; another program holding the file) leaves the file as it was,
    migrated, with its old page size (a later open tries again, `store/compaction.py`)."""
    if raw.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE:
        return
    if starting is not None:
        starting()
    raw.isolation_level = None
    try:
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute(f"PRAGMA page_size={PAGE_SIZE}")
        raw.execute("VACUUM")
    except sqlite3.Error as error:
        log.warning("the file keeps its page size: %s", error)
    finally:
        raw.execute("PRAGMA journal_mode=WAL")
