"""Connecting to the office server with psycopg 3: TLS for servers on the network,
keepalives that notice a dropped link, and errors a person can act on.

The password is passed to libpq as a separate parameter, never in a connection string,
an application name, a log line or an error message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from review_desk.server.errors import ServerRefusedError, ServerSchemaError
from review_desk.sync.errors import LoginError, ShareUnreachableError
from review_desk.sync.location import ServerLocation

APPLICATION_NAME = "review-desk"
CONNECT_TIMEOUT_S = 10
_AUTH_WORDS = ("password authentication failed", "authentication failed",
               "no password supplied", "no pg_hba.conf entry")


def unreachable(location: ServerLocation, error: BaseException) -> ShareUnreachableError:
    """The typed error for a server that did not answer (names the server only)."""
    reason = type(error).__name__
    return ShareUnreachableError(
        f"The office server {location.url()} did not answer ({reason}); check the network "
        "and sync again — your work is kept on this computer.",
        f"办公服务器 {location.url()} 无法访问（{reason}）；请检查网络后重新同步，"
        "您的工作已保存在本机。",
    )


def refused_login(location: ServerLocation) -> LoginError:
    """The server refused this role's name or password."""
    return LoginError(
        f"The server {location.host} refused the user name or password of {location.user}; "
        f"run `review-desk login {location.url()}` again.",
        f"服务器 {location.host} 拒绝了用户 {location.user} 的用户名或密码；"
        f"请重新运行 `review-desk login {location.url()}`。",
    )


def connect(location: ServerLocation, password: str, autocommit: bool = True
            ) -> psycopg.Connection[tuple[Any, ...]]:
    """An open connection to the server as the location's role."""
    options = dict(location.options)
    params: dict[str, str | int] = {
        "host": location.host, "port": location.port, "dbname": location.database,
        "user": location.user, "password": password,
        "sslmode": location.sslmode(),
        "connect_timeout": int(options.pop("connect_timeout", CONNECT_TIMEOUT_S)),
        "application_name": APPLICATION_NAME,
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
        "keepalives_count": 3,
    }
    options.pop("sslmode", None)
    params.update(options)
    try:
        return psycopg.connect(autocommit=autocommit, **params)  # type: ignore[arg-type]
    except psycopg.OperationalError as error:
        text = str(error).lower()
        if any(word in text for word in _AUTH_WORDS):
            raise refused_login(location) from None
        raise unreachable(location, error) from None


@contextlib.contextmanager
def server_errors(location: ServerLocation) -> Iterator[None]:
    """Turn psycopg errors met while talking to the server into typed errors."""
    try:
        yield
    except pg_errors.InsufficientPrivilege as error:
        raise ServerRefusedError(
            f"The office server refused this for {location.user} "
            f"({error.diag.message_primary}); ask the secretariat.",
            f"办公服务器拒绝了用户 {location.user} 的这项操作"
            f"（{error.diag.message_primary}）；请联系提案办。",
        ) from None
    except (pg_errors.UndefinedTable, pg_errors.InvalidSchemaName,
            pg_errors.UndefinedFunction):
        raise ServerSchemaError(
            f"{location.url()} is not a Review Desk server yet; the secretariat runs "
            f"`review-desk server init {location.url()}` first.",
            f"{location.url()} 还不是审查台服务器；请提案办先运行 "
            f"`review-desk server init {location.url()}`。",
        ) from None
    except psycopg.OperationalError as error:
        raise unreachable(location, error) from None
