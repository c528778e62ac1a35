"""This copy's device identity.

A device id is bound to the machine and the path of the file it was minted for. A file
copied to another laptop, or to another place, mints a fresh device on its first write,
so two copies never share an identity and a sequence.
"""

from __future__ import annotations

import hashlib
import os
import platform
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, text


def machine_fingerprint(path: Path) -> str:
    """A fingerprint of (this machine, this file's real path)."""
    machine = ""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            machine = Path(candidate).read_text().strip()
            break
        except OSError:
            continue
    if not machine:
        machine = f"{platform.node()}:{uuid.getnode():012x}"
    real = os.path.normcase(os.path.realpath(path))
    # surrogateescape: a name that is not UTF-8 (GBK names on a stick mounted without
    # the right charset) hashes as its bytes; UTF-8 names hash as before
    return hashlib.sha256(f"{machine}\n{real}".encode("utf-8", "surrogateescape")).hexdigest()


def new_device_id() -> str:
    """A fresh device id."""
    return "d" + uuid.uuid4().hex[:15]


def now_iso() -> str:
    """The current UTC time, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def forget_device(conn: Connection, new_file: bool = False) -> None:
    """Forget this copy's device identity and its undo stack: a copied or moved file, a
    snapshot and a checkout each start as a new device with nothing to undo. A
    `new_file` (snapshot, checkout) also forgets what this copy knew about its share."""
    conn.execute(text("DELETE FROM local_device"))
    conn.execute(text("DELETE FROM undo_entry"))
    if new_file:
        conn.execute(text("DELETE FROM meta WHERE key LIKE 'sync.%'"))
