"""A session whose file name is not UTF-8 — GBK names on a USB stick mounted without the
right charset — is read and written like any other; the log records such a name
instead of printing a "Logging error" (found by the hostile-input sweep: every write
ended in "unexpected error (UnicodeEncodeError …)")."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.logs import setup_logging
from tests.conftest import small_bundle

pytestmark = pytest.mark.skipif(sys.platform == "win32" or os.fsencode("提") != "提".encode(),
                                reason="byte file names: POSIX with UTF-8 names")


@pytest.fixture
def gbk_name(tmp_path: Path) -> Path:
    """提案.rdesk, its name written in GBK."""
    return Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xcc\xe1\xb0\xb8.rdesk"))


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    """The command as a desktop terminal runs it: UTF-8 output that refuses what it
    cannot encode (as zh_CN.UTF-8 does; the C locale would let anything through)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "甲", *args],
                          capture_output=True, env=env, timeout=300)


def test_a_session_with_a_gbk_name_is_created_and_decided(gbk_name: Path) -> None:
    Desk.create(gbk_name, small_bundle(), reviewer="秘书处").close()
    copy = Path(os.fsdecode(os.fsencode(gbk_name.parent) + b"/\xb8\xb1\xb1\xbe.rdesk"))
    for args in (("decide", str(gbk_name), "1", "accept"), ("copy", str(gbk_name), str(copy)),
                 ("show", str(gbk_name), "999")):
        done = _cli(*args)
        assert b"unexpected" not in done.stderr and b"Traceback" not in done.stderr, args
        assert done.returncode == (2 if args[0] == "show" else 0), (args, done.stderr)
    with Desk.open(copy) as desk:
        assert desk.rows([desk.proposal_id(1)])[0].status == "accepted"
        desk.decisions.decide([desk.proposal_id(2)], "withdraw")  # the copy is a new device


def test_the_log_records_a_name_that_is_not_utf8(
        gbk_name: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = setup_logging(folder=tmp_path / "log")
    assert log is not None
    logging.getLogger("review_desk.test").warning("cannot use %s", gbk_name)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Logging error" not in capsys.readouterr().err
    assert "cannot use" in log.read_text(encoding="utf-8") and "\\udccc" in log.read_text(
        encoding="utf-8")
