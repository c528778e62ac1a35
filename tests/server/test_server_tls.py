"""TLS to the office server: required by default for a server on the network, used when
the server offers it, and a certificate that does not verify is a clear refusal."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from review_desk.server.connection import connect
from review_desk.sync.errors import ShareUnreachableError
from review_desk.sync.location import parse_server
from tests.helpers.postgres import SECRETARIAT_PASSWORD, PgServer


def test_tls_is_required_for_a_server_on_the_network() -> None:
    assert parse_server("postgresql://zhang@db.office.lan/review").sslmode() == "require"
    assert parse_server("postgresql://zhang@10.0.0.8:6432/review").sslmode() == "require"
    assert parse_server("postgresql://zhang@127.0.0.1/review").sslmode() == "prefer"
    assert parse_server("postgresql://zhang@localhost/review").sslmode() == "prefer"
    chosen = parse_server("postgresql://zhang@db.office.lan/review?sslmode=verify-full")
    assert chosen.sslmode() == "verify-full"
    assert chosen.url() == "postgresql://zhang@db.office.lan/review?sslmode=verify-full"


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    key, crt = folder / f"{name}.key", folder / f"{name}.crt"
    subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(crt)], check=True, capture_output=True)
    return key, crt


@pytest.fixture
def tls_server(pg_server: PgServer, tmp_path: Path) -> Iterator[tuple[PgServer, Path, Path]]:
    """The test server with TLS switched on (and off again after)."""
    key, crt = _certificate(pg_server.root, "server")
    _, other = _certificate(tmp_path, "other")
    shutil.chown(key, "postgres")
    key.chmod(0o600)
    shutil.chown(crt, "postgres")
    with pg_server.admin() as admin:
        admin.execute(f"ALTER SYSTEM SET ssl_cert_file = '{crt}'")
        admin.execute(f"ALTER SYSTEM SET ssl_key_file = '{key}'")
        admin.execute("ALTER SYSTEM SET ssl = on")
        admin.execute("SELECT pg_reload_conf()")
    try:
        yield pg_server, crt, other
    finally:
        with pg_server.admin() as admin:
            admin.execute("ALTER SYSTEM RESET ssl")
            admin.execute("SELECT pg_reload_conf()")


def test_a_server_without_tls_is_refused_when_tls_is_required(pg_server: PgServer) -> None:
    database, role = pg_server.new_database()
    location = parse_server(pg_server.url(role, database) + "?sslmode=require")
    with pytest.raises(ShareUnreachableError) as refused:
        connect(location, SECRETARIAT_PASSWORD)
    assert SECRETARIAT_PASSWORD not in refused.value.message


def test_tls_is_used_and_the_certificate_checked(
        tls_server: tuple[PgServer, Path, Path]) -> None:
    pg, crt, other = tls_server
    database, role = pg.new_database()
    base = pg.url(role, database)
    for url in (base + "?sslmode=require",
                base + f"?sslmode=verify-full&sslrootcert={crt}"):
        conn = connect(parse_server(url), SECRETARIAT_PASSWORD)
        try:
            row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                               ).fetchone()
            assert row == (True,)
        finally:
            conn.close()
    with pytest.raises(ShareUnreachableError):
        connect(parse_server(base + f"?sslmode=verify-full&sslrootcert={other}"),
                SECRETARIAT_PASSWORD)
