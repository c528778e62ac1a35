"""Two reviewers' copies of one session beside an empty office share (a folder)."""

from __future__ import annotations

import shutil
from pathlib import Path


def two_copies_and_a_share(session_file: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(share, reviewer A's copy, reviewer B's copy), each copy in a folder of its own."""
    share = tmp_path / "share"
    share.mkdir()
    a, b = tmp_path / "a" / "a.rdesk", tmp_path / "b" / "b.rdesk"
    for copy in (a, b):
        copy.parent.mkdir()
        shutil.copy(session_file, copy)
    return share, a, b
