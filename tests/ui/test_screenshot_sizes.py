"""Screenshots of the list, the detail, the history, the units editor and the merge,
reject, conflicts and sync dialogs at 1366×768, 1920×1080 and 1280×720 at
QT_SCALE_FACTOR=1.5 (a 1080p laptop at 150 %), each size in its own process. They are
looked at by a person; the test checks each was written at its size with content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from review_desk.desk import Desk
from review_desk.sync.service import SyncService

from .test_screenshots import FOLDER, cjk_font_installed

SCRIPT = Path(__file__).with_name("screens.py")
SIZES = [("1366x768", 1366, 768, "1"), ("1920x1080", 1920, 1080, "1"),
         ("1280x720@1.5", 1280, 720, "1.5")]
VIEWS = ("list", "detail", "history", "units", "merge", "reject", "conflicts", "sync")


def _reviewed(session_file: Path, tmp_path: Path) -> Path:
    """A copy reviewed by two people who disagree on one proposal."""
    share = tmp_path / "share"
    share.mkdir()
    a, b = tmp_path / "a" / "a.rdesk", tmp_path / "b" / "b.rdesk"
    for copy in (a, b):
        copy.parent.mkdir()
        copy.write_bytes(session_file.read_bytes())
    with Desk.open(a, "测试审查员") as desk:
        ids = desk.list_ids()
        units = desk.unit_catalogue()
        desk.decisions.decide(ids[:6], "accept")
        desk.decisions.decide([ids[6]], "reject", "内容空泛、没有具体建议", "转为意见和建议",
                              "已转市政府有关部门参阅")
        desk.merging.merge(ids[2], [ids[9], ids[12]])
        desk.annotations.set_key(ids[2], True, "", "")
        desk.units.assign_lead_joint(ids[2], units[3].id, [units[7].id, units[11].id])
        desk.annotations.set_opinion(ids[2], "建议立案，由市住建局牵头办理。")
        SyncService(desk).sync(to=str(share))
    with Desk.open(b, "乙审查员") as desk:
        SyncService(desk).sync(to=str(share))
        desk.decisions.decide([ids[20]], "reject", "内容空泛、没有具体建议", "转为意见和建议")
        SyncService(desk).sync()
    with Desk.open(a, "测试审查员") as desk:
        desk.decisions.decide([ids[20]], "accept")
        SyncService(desk).sync()
    return a


@pytest.mark.slow
def test_screenshots_at_three_sizes(session_file: Path, tmp_path: Path) -> None:
    if not cjk_font_installed():
        if os.environ.get("CI"):
            pytest.fail("no CJK font: .ci/run must install fonts-wqy-zenhei")
        pytest.skip("no CJK font installed")
    session = _reviewed(session_file, tmp_path)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for tag, width, height, scale in SIZES:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
        copy = tmp_path / f"{tag}.rdesk"
        copy.write_bytes(session.read_bytes())
        done = subprocess.run([sys.executable, str(SCRIPT), str(copy), str(FOLDER),
                               str(width), str(height), tag], env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        for view in VIEWS:
            image = QImage(str(FOLDER / f"{view}_{tag}.png"))
            assert not image.isNull(), (view, tag)
            assert image.width() == round(width * float(scale)), (view, tag, image.width())
            assert (FOLDER / f"{view}_{tag}.png").stat().st_size > 20_000, (view, tag)
