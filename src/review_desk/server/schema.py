"""The server's schema: create or upgrade it (idempotent), and refuse a database that
holds other tables unless told.

Everything lives in the schema `review_desk`, owned by the secretariat's role (the one
that ran `server init`). Change rows and their chunks are append-only for everyone: a
trigger refuses UPDATE, DELETE and TRUNCATE even to the owner, and reviewers' roles get
SELECT and INSERT only, limited by row-level security to the devices registered to them.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
from psycopg import sql

from review_desk.review.sync_merge import WIRE_COLUMNS
from review_desk.server.errors import ForeignDatabaseError, ServerSchemaError
from review_desk.sync.location import ServerLocation

SCHEMA = "review_desk"
FORMAT = "review-desk-server/1"
SCHEMA_VERSION = 1
CHANNEL = "review_desk_changes"
DEVICE_PATTERN = "^[A-Za-z0-9_]{1,64}$"

# the change table's columns after (device, seq, chunk), in the wire order
CHANGE_COLUMNS: tuple[str, ...] = tuple(c for c in WIRE_COLUMNS if c not in ("device", "seq"))

_V1 = f"""
CREATE TABLE {SCHEMA}.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE {SCHEMA}.reviewer (
    role name PRIMARY KEY,
    display_name text NOT NULL,
    added timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE {SCHEMA}.device (
    device text PRIMARY KEY CHECK (device ~ '{DEVICE_PATTERN}'),
    role name NOT NULL,
    registered timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE {SCHEMA}.chunk (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device text NOT NULL CHECK (device ~ '{DEVICE_PATTERN}'),
    first bigint NOT NULL CHECK (first >= 1),
    last bigint NOT NULL CHECK (last >= first),
    requires text NOT NULL DEFAULT '[]',
    pushed_by name NOT NULL DEFAULT current_user,
    pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chunk_device_last ON {SCHEMA}.chunk (device, last);
CREATE TABLE {SCHEMA}.change (
    device text NOT NULL,
    seq bigint NOT NULL CHECK (seq >= 1),
    chunk bigint NOT NULL REFERENCES {SCHEMA}.chunk (id),
    id text NOT NULL,
    hlc text NOT NULL,
    reviewer text NOT NULL,
    action_id text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    field text NOT NULL,
    value text NOT NULL,
    parents text NOT NULL,
    PRIMARY KEY (device, seq),
    CHECK (id = device || '-' || seq::text)
);
CREATE TABLE {SCHEMA}.snapshot (
    generation integer PRIMARY KEY CHECK (generation >= 1),
    data bytea NOT NULL,
    sha256 text NOT NULL,
    changes bigint NOT NULL,
    published timestamptz NOT NULL DEFAULT now(),
    published_by name NOT NULL DEFAULT current_user
);

CREATE FUNCTION {SCHEMA}.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the journal on the server is append-only (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER change_append_only BEFORE UPDATE OR DELETE ON {SCHEMA}.change
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.refuse_rewrite();
CREATE TRIGGER change_no_truncate BEFORE TRUNCATE ON {SCHEMA}.change
    FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.refuse_rewrite();
CREATE TRIGGER chunk_append_only BEFORE UPDATE OR DELETE ON {SCHEMA}.chunk
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.refuse_rewrite();
CREATE TRIGGER chunk_no_truncate BEFORE TRUNCATE ON {SCHEMA}.chunk
    FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.refuse_rewrite();

CREATE FUNCTION {SCHEMA}.announce_chunk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', NEW.device || ' ' || NEW.last::text);
    RETURN NULL;
END $$;
CREATE TRIGGER chunk_announce AFTER INSERT ON {SCHEMA}.chunk
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.announce_chunk();

-- a reviewer's role claims a device id nobody holds and no row uses yet
CREATE FUNCTION {SCHEMA}.claim_device(wanted text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE holder name;
BEGIN
    IF wanted !~ '{DEVICE_PATTERN}' THEN
        RAISE EXCEPTION 'not a device id' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM {SCHEMA}.reviewer WHERE role = session_user) THEN
        RAISE EXCEPTION 'only a reviewer''s role claims devices'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('{SCHEMA}.claim_device'));
    SELECT role INTO holder FROM {SCHEMA}.device WHERE device = wanted;
    IF holder IS NOT NULL THEN
        RETURN holder = session_user;
    END IF;
    IF EXISTS (SELECT 1 FROM {SCHEMA}.chunk WHERE device = wanted) THEN
        RETURN false;
    END IF;
    INSERT INTO {SCHEMA}.device (device, role) VALUES (wanted, session_user);
    RETURN true;
END $$;
REVOKE ALL ON FUNCTION {SCHEMA}.claim_device(text) FROM PUBLIC;

ALTER TABLE {SCHEMA}.change ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.chunk ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {SCHEMA}.change FOR SELECT USING (true);
CREATE POLICY read_all ON {SCHEMA}.chunk FOR SELECT USING (true);
CREATE POLICY append_own_devices ON {SCHEMA}.chunk FOR INSERT WITH CHECK (
    pushed_by = current_user
    AND EXISTS (SELECT 1 FROM {SCHEMA}.device d
                WHERE d.device = chunk.device AND d.role = current_user)
);
CREATE POLICY append_own_devices ON {SCHEMA}.change FOR INSERT WITH CHECK (
    EXISTS (SELECT 1 FROM {SCHEMA}.device d
            WHERE d.device = change.device AND d.role = current_user)
    AND EXISTS (SELECT 1 FROM {SCHEMA}.chunk k
                WHERE k.id = change.chunk AND k.device = change.device
                  AND change.seq BETWEEN k.first AND k.last)
);
"""

STEPS: dict[int, str] = {1: _V1}

Cursor = psycopg.Cursor[tuple[Any, ...]]


def _schema_exists(cur: Cursor) -> bool:
    cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (SCHEMA,))
    return cur.fetchone() is not None


def _other_tables(cur: Cursor) -> list[str]:
    cur.execute(
        "SELECT schemaname || '.' || tablename FROM pg_tables"
        " WHERE schemaname NOT IN ('pg_catalog', 'information_schema', %s)"
        " ORDER BY 1 LIMIT 5",
        (SCHEMA,),
    )
    return [str(r[0]) for r in cur.fetchall()]


def installed_version(cur: Cursor) -> int:
    """The schema version the database holds (0: none)."""
    if not _schema_exists(cur):
        return 0
    cur.execute(sql.SQL("SELECT value FROM {}.meta WHERE key = 'schema_version'").format(
        sql.Identifier(SCHEMA)))
    row = cur.fetchone()
    return int(row[0]) if row else 0


def grant_reviewer(cur: Cursor, role: str) -> None:
    """A reviewer's rights: read everything, append chunks and changes, claim devices."""
    r, s = sql.Identifier(role), sql.Identifier(SCHEMA)
    cur.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, r))
    cur.execute(sql.SQL(
        "GRANT SELECT ON {s}.meta, {s}.reviewer, {s}.device, {s}.chunk, {s}.change, "
        "{s}.snapshot TO {r}").format(s=s, r=r))
    cur.execute(sql.SQL("GRANT INSERT ON {s}.chunk, {s}.change TO {r}").format(s=s, r=r))
    cur.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {s}.claim_device(text) TO {r}").format(
        s=s, r=r))


def init_schema(conn: psycopg.Connection[Any], location: ServerLocation,
                allow_other_tables: bool = False) -> tuple[int, int]:
    """Create or upgrade the schema; (version before, version after)."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"{SCHEMA}.init",))
        before = installed_version(cur)
        if before > SCHEMA_VERSION:
            raise ServerSchemaError(
                f"{location.url()} holds a newer server schema ({before}); update Review Desk.",
                f"{location.url()} 的服务器结构版本较新（{before}）；请升级审查台。",
            )
        if before == 0:
            if _schema_exists(cur):
                raise ServerSchemaError(
                    f"{location.url()} has a schema named {SCHEMA} that is not ours; rename "
                    "it or use another database.",
                    f"{location.url()} 中已有名为 {SCHEMA} 的其他结构；请改名或换一个数据库。",
                )
            others = _other_tables(cur)
            if others and not allow_other_tables:
                raise ForeignDatabaseError(
                    f"{location.url()} holds other tables ({', '.join(others)}); use an empty "
                    "database, or pass --allow-other-tables to add ours beside them.",
                    f"{location.url()} 中已有其他数据表（{', '.join(others)}）；请使用空数据库，"
                    "或加 --allow-other-tables 与之并存。",
                )
            cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(SCHEMA)))
        for version in range(before + 1, SCHEMA_VERSION + 1):
            cur.execute(STEPS[version])
        meta = sql.SQL(
            "INSERT INTO {}.meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value").format(sql.Identifier(SCHEMA))
        cur.execute(meta, ("format", FORMAT))
        cur.execute(meta, ("schema_version", str(SCHEMA_VERSION)))
        cur.execute(sql.SQL(
            "INSERT INTO {}.meta (key, value) VALUES ('server_id', %s) ON CONFLICT DO NOTHING"
        ).format(sql.Identifier(SCHEMA)), (uuid.uuid4().hex,))
        cur.execute(sql.SQL("SELECT role FROM {}.reviewer").format(sql.Identifier(SCHEMA)))
        for (role,) in cur.fetchall():
            grant_reviewer(cur, str(role))
    return before, SCHEMA_VERSION
