"""What a session file remembers about its share, device-locally (never journaled).

The share's address and session id live in the `meta` table; the batches already
applied or sent live in `sync_seen`, a local table this module creates. Neither is
part of the projection, and neither ever holds a password.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

SHARE_KEY = "sync.share"
LAST_SYNC_KEY = "sync.last"
PUSHED_KEY = "sync.pushed"  # this device's highest sequence number known on the share


def ensure_tables(conn: Connection) -> None:
    """Create the local sync table if the file has none yet."""
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS sync_seen (path TEXT PRIMARY KEY NOT NULL)"
    )


def get_meta(conn: Connection, key: str) -> str | None:
    """A value of the meta table."""
    value = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).scalar()
    return None if value is None else str(value)


def set_meta(conn: Connection, key: str, value: str) -> None:
    """Set a value of the meta table."""
    conn.execute(
        text("INSERT INTO meta(key, value) VALUES (:k, :v)"
             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": key, "v": value},
    )


def session_id(conn: Connection) -> str:
    """The id shared by every copy of a session: the master file's id."""
    value = get_meta(conn, "file_id")
    if value is None:
        raise ValueError("the session file has no file id")
    return value


def seen_paths(conn: Connection) -> set[str]:
    """Batches this file holds already."""
    ensure_tables(conn)
    return {str(r[0]) for r in conn.execute(text("SELECT path FROM sync_seen"))}


def mark_seen(conn: Connection, paths: Iterable[str]) -> None:
    """Note batches as held."""
    ensure_tables(conn)
    rows = [{"p": p} for p in paths]
    if rows:
        conn.execute(text("INSERT OR IGNORE INTO sync_seen(path) VALUES (:p)"), rows)


def unsynced_count(conn: Connection, device: str | None) -> int:
    """This device's shareable changes not yet known to be on the share."""
    if device is None:
        return 0
    pushed = int(get_meta(conn, f"{PUSHED_KEY}.{device}") or 0)
    value = conn.execute(
        text("SELECT count(*) FROM change WHERE device = :d AND seq > :s AND NOT local_only"),
        {"d": device, "s": pushed},
    ).scalar()
    return int(value or 0)


# actions that set a session up rather than review it (a demo or an import is not
# "your unsynced work", though it is sent like the rest)
SETUP_ACTIONS = ("import",)


def unsynced_actions(conn: Connection, device: str | None, reviewer: str) -> int:
    """How many of this reviewer's own actions on this device are not yet on the share
    (an action is one decision, one merge, one bulk … however many rows it wrote)."""
    if device is None:
        return 0
    pushed = int(get_meta(conn, f"{PUSHED_KEY}.{device}") or 0)
    value = conn.execute(
        text("SELECT count(DISTINCT action_id) FROM change WHERE device = :d AND seq > :s"
             " AND NOT local_only AND reviewer = :r"
             f" AND action NOT IN ({', '.join(repr(a) for a in SETUP_ACTIONS)})"),
        {"d": device, "s": pushed, "r": reviewer},
    ).scalar()
    return int(value or 0)
