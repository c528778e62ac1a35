"""A truncated or empty session.json on the share is rebuilt from what the batches and
snapshot manifests name; when nothing names the session, the error names the one command
that repairs it. And the brief retry of a busy SMB share."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from smbprotocol.exceptions import SMBOSError
from smbprotocol.header import NtStatus

from review_desk.desk import Desk
from review_desk.sync import smb_calls, state
from review_desk.sync.errors import WrongShareError
from review_desk.sync.service import SyncService, checkout
from tests.conftest import small_bundle
from tests.unit.test_sync_support import make_share, reviewers, shared_state


def _session(path: Path) -> str:
    with Desk.open(path) as desk, desk.store.reading() as conn:
        return state.session_id(conn)


@pytest.mark.parametrize("damage", [b"", b'{"format": "review-desk-share/1", "sess'])
def test_a_damaged_session_file_is_rebuilt_from_the_batches(tmp_path: Path,
                                                           damage: bytes) -> None:
    share, master = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    try:
        (share / "session.json").write_bytes(damage)
        a.annotations.set_opinion(a.list_ids()[0], "照常同步")
        SyncService(a).sync()  # no error: the share says which session it holds
        assert json.loads((share / "session.json").read_text())["session"] == _session(master)
        checkout(str(share), tmp_path / "fresh.rdesk")  # a fresh laptop too
        with Desk.open(tmp_path / "fresh.rdesk") as fresh:
            assert shared_state(fresh) == shared_state(a)
    finally:
        a.close()


def test_a_snapshot_manifest_names_the_session_when_no_batch_does(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    with Desk.open(master) as m:
        SyncService(m).publish()
    shutil.rmtree(share / "changes")
    (share / "session.json").write_bytes(b"")
    checkout(str(share), tmp_path / "fresh.rdesk")
    assert json.loads((share / "session.json").read_text())["session"] == _session(master)


def test_when_nothing_names_the_session_the_error_names_the_command(tmp_path: Path) -> None:
    share, master = make_share(tmp_path)
    (a,) = reviewers(tmp_path, share, 1)
    try:
        shutil.rmtree(share / "changes")
        (share / "session.json").write_bytes(b"")
        with pytest.raises(WrongShareError) as refused:
            SyncService(a).sync()
        assert "review-desk sync MASTER.rdesk --to SHARE" in refused.value.message
        assert "review-desk sync" in refused.value.message_zh
    finally:
        a.close()
    with Desk.open(master) as m:
        SyncService(m).sync(to=str(share))  # the one command
    assert json.loads((share / "session.json").read_text())["session"] == _session(master)
    with Desk.open(tmp_path / "r0.rdesk") as again:
        SyncService(again).sync()


def test_a_damaged_session_file_never_lets_another_session_take_the_share(
    tmp_path: Path,
) -> None:
    share, _ = make_share(tmp_path)
    (share / "session.json").write_bytes(b"")
    other = tmp_path / "other.rdesk"
    with Desk.create(other, small_bundle(2)) as d, pytest.raises(WrongShareError):
        SyncService(d).sync(to=str(share))


# --- a busy SMB share: brief retries ----------------------------------------------------


def _busy() -> SMBOSError:
    return SMBOSError(NtStatus.STATUS_SHARING_VIOLATION, "\\\\host\\share\\session.json")


def test_a_sharing_violation_is_retried_until_the_file_is_free() -> None:
    calls: list[int] = []
    pauses: list[float] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 4:
            raise _busy()
        return "read"

    assert smb_calls.retrying(flaky, sleep=pauses.append) == "read"
    assert len(calls) == 4 and len(pauses) == 3
    assert pauses[0] < pauses[-1]  # growing pauses


def test_a_share_busy_for_too_long_and_other_errors_are_not_hidden() -> None:
    pauses: list[float] = []

    def always_busy() -> None:
        raise _busy()

    with pytest.raises(SMBOSError):
        smb_calls.retrying(always_busy, sleep=pauses.append)
    assert len(pauses) == smb_calls.ATTEMPTS - 1 and sum(pauses) < 6

    def missing() -> None:
        raise SMBOSError(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND, "\\\\h\\s\\x")

    pauses.clear()
    with pytest.raises(SMBOSError):
        smb_calls.retrying(missing, sleep=pauses.append)
    assert pauses == []


def test_readers_share_the_file_with_everyone(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, object]] = []

    def fake_open(path: str, mode: str = "r", **kwargs: object) -> None:
        seen.append({"mode": mode, **kwargs})

    monkeypatch.setattr(smb_calls.smbclient, "open_file", fake_open)
    smb_calls.open_file("\\\\h\\s\\session.json", mode="rb", port=445)
    smb_calls.open_file("\\\\h\\s\\.tmp-1.part", mode="wb", port=445)
    assert seen[0]["share_access"] == "rwd"
    assert "share_access" not in seen[1]  # a writer keeps its file to itself
