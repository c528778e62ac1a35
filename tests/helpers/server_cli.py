"""Running the CLI against the test server, and what every server test checks after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from review_desk.desk import Desk
from review_desk.sync.service import SyncService

ROOT = Path(__file__).resolve().parents[2]
REVIEWER_PASSWORDS = {"rev_a": "Rev-A-pw-9!office", "rev_b": "Rev-B-pw-9!office"}


def cli(*args: str, password: str | list[str] = "", env_extra: dict[str, str] | None = None,
        log: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """`review-desk ARGS` in a subprocess with no keychain; passwords on stdin."""
    lines = [password] if isinstance(password, str) else password
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           **(env_extra or {})}
    run = subprocess.run(
        [sys.executable, "-m", "review_desk", *args], cwd=ROOT, env=env, text=True,
        input="".join(f"{p}\n" for p in lines if p), capture_output=True, timeout=180,
    )
    if log is not None:
        log.extend([run.stdout, run.stderr])
    return run


def grep_secrets(secrets: list[str], where: list[Path], texts: list[str]) -> None:
    """No secret in any file under `where` nor in any captured output."""
    for secret in secrets:
        needle = secret.encode()
        for base in where:
            for path in [base] if base.is_file() else base.rglob("*"):
                if path.is_file():
                    assert needle not in path.read_bytes(), path
        assert all(secret not in t for t in texts)


def assert_converged(*paths: Path, conflicts: int) -> None:
    """Every file shows the same shared state, heads agree with the journal."""
    from tests.unit.test_sync_support import (
        assert_heads_match_journal,
        shareable_ids,
        shared_state,
    )

    desks = [Desk.open(p) for p in paths]
    try:
        first = desks[0]
        for other in desks[1:]:
            assert shareable_ids(first) == shareable_ids(other)
            assert shared_state(first) == shared_state(other)
        for d in desks:
            assert_heads_match_journal(d)
            assert len(SyncService(d).conflicts()) == conflicts
    finally:
        for d in desks:
            d.close()
