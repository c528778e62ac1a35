"""A throw-away PostgreSQL server for the tests: initdb in a temporary folder, on
127.0.0.1 and a free port, with its own socket folder. As root, the server runs as the
`postgres` system user (initdb and postgres refuse root)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ADMIN = "rd_admin"
ADMIN_PASSWORD = "Adm1n-pw-for-tests-only"
SECRETARIAT_PASSWORD = "Secr-7!pw-office-server"


def find_bin() -> Path | None:
    """The folder of PostgreSQL's server programs, if installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """One running test server."""

    bindir: Path
    root: Path
    port: int = field(default_factory=_free_port)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        pwfile = self.root / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        (self.root / "sock").mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            for p in (pwfile, self.root / "sock"):
                shutil.chown(p, "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", ADMIN,
                  f"--pwfile={pwfile}", "-A", "scram-sha-256", "-E", "UTF8",
                  "--locale=C.UTF-8")
        pwfile.unlink()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("fsync = off\nmax_connections = 200\nlog_statement = 'all'\n")

    def start(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.root / 'sock'} -c listen_addresses=127.0.0.1",
                  "start")

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(
            (["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else [])
            + [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"],
            capture_output=True, timeout=120, check=False)

    def admin(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host="127.0.0.1", port=self.port, user=ADMIN,
                               password=ADMIN_PASSWORD, dbname=dbname, autocommit=True)

    def new_database(self) -> tuple[str, str]:
        """A fresh database owned by a fresh secretariat role: (database, role)."""
        name = "rd_" + uuid.uuid4().hex[:10]
        role = f"sec_{name[3:]}"
        with self.admin() as conn:
            verifier = conn.pgconn.encrypt_password(
                SECRETARIAT_PASSWORD.encode(), role.encode(), b"scram-sha-256").decode()
            conn.execute(f"CREATE ROLE {role} LOGIN CREATEROLE PASSWORD '{verifier}'")
            conn.execute(f"CREATE DATABASE {name} OWNER {role}")
        return name, role

    def url(self, user: str, database: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def log_text(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_server() -> PgServer | None:
    """A running server, or None when PostgreSQL is not installed."""
    bindir = find_bin()
    if bindir is None:
        return None
    server = PgServer(bindir, Path(tempfile.mkdtemp(prefix="review-desk-pg-")))
    server.init()
    server.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            server.admin().close()
            return server
        except psycopg.OperationalError:
            time.sleep(0.2)
    raise RuntimeError("PostgreSQL did not start")
