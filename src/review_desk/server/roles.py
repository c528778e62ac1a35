"""Reviewers' roles and their devices, managed by the secretariat.

A reviewer's password is sent to the server only as a SCRAM verifier computed here
(libpq's `PQencryptPasswordConn`), so the plain text never reaches a statement, the
server's log or its catalog.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from review_desk.server.errors import ServerRefusedError
from review_desk.server.schema import SCHEMA, grant_reviewer
from review_desk.sync.errors import ShareLocationError
from review_desk.sync.location import ServerLocation

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class NewReviewer:
    """What to hand to a new reviewer."""

    name: str
    role: str
    url: str
    password: str | None  # only when it was generated here


def role_for(name: str, login: str | None) -> str:
    """The login role: `login`, else the name when it is a plain identifier."""
    candidate = (login or name).strip()
    if _ROLE.match(candidate):
        return candidate
    raise ShareLocationError(
        f"{candidate!r} cannot be a login name; give --login with lower-case letters, digits "
        "and _ (e.g. --login zhang_san).",
        f"“{candidate}”不能作为登录名；请用 --login 指定由小写字母、数字和下划线组成的名字"
        "（如 --login zhang_san）。",
    )


def generate_password() -> str:
    """A password to hand over on paper: 20 characters without look-alikes."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(20))


def role_exists(conn: psycopg.Connection[Any], role: str) -> bool:
    """Whether the server has a role of this name (roles are shared by its databases)."""
    row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    return row is not None


def add_reviewer(conn: psycopg.Connection[Any], location: ServerLocation, name: str,
                 password: str | None, login: str | None = None) -> str:
    """Create a reviewer's login role (or take an existing one, password unchanged) and
    give it a reviewer's rights on this database; the role name."""
    role = role_for(name, login)
    r = sql.Identifier(role)
    try:
        with conn.transaction(), conn.cursor() as cur:
            if not role_exists(conn, role):
                if password is None:
                    raise ValueError("a new role needs a password")
                verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(),
                                                        b"scram-sha-256")
                cur.execute(sql.SQL(
                    "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT"
                    " PASSWORD {}").format(r, sql.Literal(verifier.decode())))
            cur.execute(sql.SQL(
                "INSERT INTO {}.reviewer (role, display_name) VALUES (%s, %s)"
                " ON CONFLICT (role) DO UPDATE SET display_name = excluded.display_name"
            ).format(sql.Identifier(SCHEMA)), (role, name))
            grant_reviewer(cur, role)
    except pg_errors.InsufficientPrivilege:
        raise ServerRefusedError(
            f"{location.user} may not create roles on {location.host}; the server's "
            "administrator gives the secretariat's role CREATEROLE.",
            f"{location.user} 无权在 {location.host} 上创建角色；请服务器管理员为提案办角色授予 "
            "CREATEROLE。",
        ) from None
    return role


@dataclass(frozen=True)
class DeviceRow:
    """A device registered on the server."""

    device: str
    role: str
    registered: str


def devices(conn: psycopg.Connection[Any]) -> list[DeviceRow]:
    """Every registered device."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT device, role, registered FROM {}.device ORDER BY role, device")
                    .format(sql.Identifier(SCHEMA)))
        return [DeviceRow(str(d), str(r), str(t)) for d, r, t in cur.fetchall()]


def register_device(conn: psycopg.Connection[Any], device: str, role: str) -> None:
    """The secretariat registers a device to a reviewer's role."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute(sql.SQL(
            "INSERT INTO {}.device (device, role) VALUES (%s, %s)"
            " ON CONFLICT (device) DO UPDATE SET role = excluded.role"
        ).format(sql.Identifier(SCHEMA)), (device, role))
