"""`session.json` on the share: reading it, and repairing a truncated or empty one.

The file only names the session the share holds. Every batch names it too (inside its
hashed, immutable body), and so does every snapshot manifest, so a damaged
`session.json` is rebuilt from what they agree on. When nothing on the share names the
session, the secretariat's `review-desk sync MASTER.rdesk --to SHARE` writes it again.
"""

from __future__ import annotations

import gzip
import json
import zlib

from review_desk.sync.batches import CHANGES_DIR, digest, parse_name, valid_device
from review_desk.sync.transport import Transport

SESSION_FILE = "session.json"
SESSION_FORMAT = "review-desk-share/1"
SNAPSHOT_DIR = "snapshots"
_SAMPLES = 3  # batches read to learn the session (they must agree)


def read_session(transport: Transport) -> str | None:
    """The session `session.json` names; None when it is damaged (or missing)."""
    try:
        body = json.loads(transport.read(SESSION_FILE))
        return str(body["session"]) if isinstance(body, dict) and body.get("session") else None
    except (ValueError, KeyError, TypeError):
        return None


def _from_batches(transport: Transport) -> set[str]:
    found: set[str] = set()
    read = 0
    for device in transport.list_dir(CHANGES_DIR):
        if not valid_device(device):
            continue
        for name in transport.list_dir(f"{CHANGES_DIR}/{device}"):
            parsed = parse_name(device, name)
            if parsed is None:
                continue
            data = transport.read(parsed.path)
            if digest(data) != parsed.digest:
                continue  # torn: it says nothing reliable
            try:
                body = json.loads(gzip.decompress(data))
            except (OSError, EOFError, zlib.error, ValueError):
                continue
            if isinstance(body, dict) and isinstance(body.get("session"), str):
                found.add(body["session"])
            read += 1
            if read >= _SAMPLES:
                return found
            break  # one batch per device
    return found


def _from_manifests(transport: Transport) -> set[str]:
    found: set[str] = set()
    for name in sorted(transport.list_dir(SNAPSHOT_DIR), reverse=True):
        if not name.endswith(".manifest.json"):
            continue
        try:
            body = json.loads(transport.read(f"{SNAPSHOT_DIR}/{name}"))
        except ValueError:
            continue
        if isinstance(body, dict) and isinstance(body.get("session"), str):
            found.add(body["session"])
            break
    return found


def recover_session(transport: Transport) -> str | None:
    """The session the share's batches and newest manifest agree on, if they name one."""
    named = _from_batches(transport) | _from_manifests(transport)
    return named.pop() if len(named) == 1 else None


def write_session(transport: Transport, session: str) -> None:
    """Put `session.json` back, naming `session` (a damaged one is removed first)."""
    body = json.dumps({"format": SESSION_FORMAT, "session": session}).encode()
    if SESSION_FILE in transport.list_dir("") and read_session(transport) is None:
        transport.remove(SESSION_FILE)
    transport.create_exclusive(SESSION_FILE, body)
