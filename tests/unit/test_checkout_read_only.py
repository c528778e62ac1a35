"""A checkout into a folder that cannot be written names the file asked for, not the
temporary `.NAME.XXXX.checkout` it would have written first (hostile-input sweep, on a
read-only mount; simulated here: root may write anywhere, and mounting needs privileges)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from review_desk.errors import ReadOnlyFileError
from review_desk.sync.service import checkout
from tests.unit.test_sync_support import make_share


def test_a_checkout_into_a_read_only_folder_names_the_file_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share, _master = make_share(tmp_path)
    folder = tmp_path / "stick"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (
        False if Path(path) == folder and mode & os.W_OK else real_access(path, mode, **kw)))
    with pytest.raises(ReadOnlyFileError) as caught:
        checkout(str(share), folder / "mine.rdesk")
    assert caught.value.path == folder / "mine.rdesk"
    assert ".checkout" not in str(caught.value)
    assert list(folder.iterdir()) == []
