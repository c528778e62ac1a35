"""Schema versions and the numbered steps that move a file from one to the next.

The version lives in SQLite's ``user_version`` header field, so it can be read from the
file's bytes before anything is opened. Step N takes a file from version N-1 to N and
runs inside the migration's single transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from review_desk.store.search_index import create_search_tables, rebuild_search

SCHEMA_VERSION = 3


def _v2_search_index(conn: Connection) -> None:
    """Version 2 adds the search index (trigram + gram tables) and builds it."""
    create_search_tables(conn)
    rebuild_search(conn)


def _v3_reason_remark(conn: Connection) -> None:
    """Version 3 adds the free-text remark (说明) of a rejection (a file whose tables
    were made by a newer program has it already)."""
    columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(proposal)")}
    if "reason_remark" not in columns:
        conn.exec_driver_sql(
            "ALTER TABLE proposal ADD COLUMN reason_remark TEXT NOT NULL DEFAULT ''")


STEPS: dict[int, Callable[[Connection], None]] = {
    2: _v2_search_index,
    3: _v3_reason_remark,
}
