"""Small outputs are written whole or not at all: the import report and the template
copies leave no empty or half file behind on a full disk, and a report that cannot be
saved is one sentence, never a traceback (found by the hostile-input sweep)."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from review_desk.cli import main
from review_desk.desk import Desk
from review_desk.whole_files import write_whole
from tests.conftest import small_bundle

CSV = "案由,提案人,界别\n关于加强社区养老服务的提案,张三,经济界\n"


def _full_disk_after(monkeypatch: pytest.MonkeyPatch, kept: int = 10) -> None:
    """Every Path.write_bytes writes `kept` bytes, then the disk is full."""
    def write_bytes(self: Path, data: bytes) -> int:
        with open(self, "wb") as handle:
            handle.write(data[:kept])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


def test_a_report_that_cannot_be_saved_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    session = tmp_path / "s.rdesk"
    Desk.create(session, small_bundle(), reviewer="秘书处").close()
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    folder = tmp_path / "a folder"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-m", "review_desk", "--reviewer", "甲", "import",
                           str(session), str(source), "--dry-run", "--report", str(folder)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert "is a folder" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_a_full_disk_leaves_no_half_file_and_names_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.xlsx"
    _full_disk_after(monkeypatch)
    with pytest.raises(OSError) as caught:
        write_whole(target, b"x" * 100)
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


def test_templates_copied_onto_a_full_disk_are_copied_again_once_there_is_room(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "templates"
    with monkeypatch.context() as patch:
        _full_disk_after(patch)
        assert main(["templates", str(folder), "--copy"]) == 2
    assert "full" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == []  # no empty template left as "yours"
    assert main(["templates", str(folder), "--copy", "--json"]) == 0
    assert '"state": "user"' not in capsys.readouterr().out  # all copied afresh
    assert all(p.stat().st_size > 100 for p in folder.iterdir())
