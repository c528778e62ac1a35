"""A re-export after a reassignment (调整交办): the export owns what it wrote (a manifest in
the folder), removes or moves aside its own stale files and says so, and never touches
a file it did not write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from review_desk.desk import Desk
from review_desk.documents.errors import OutputExistsError
from review_desk.documents.export import ExportOptions, ExportResult, export_documents
from review_desk.documents.manifest import MANIFEST, STALE_DIR, read_manifest
from tests.unit.test_documents_support import Reviewed

WHEN = date(2026, 2, 22)
EDUCATION = "004 市教育局"


def _export(reviewed: Reviewed, out: Path, **options: object) -> ExportResult:
    opts = ExportOptions(issue_date=WHEN, workers=1, **options)  # type: ignore[arg-type]
    with Desk.open(reviewed.path) as desk:
        return export_documents(desk, out, opts)


def _files(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


def _reassign_education(reviewed: Reviewed) -> None:
    """市教育局 loses both its cases (after numbering, as 调整交办 does)."""
    with Desk.open(reviewed.path) as desk:
        desk.units.assign_lead_joint(reviewed.ids[11], "市财政局")
        desk.units.assign_split(reviewed.ids[3], ["市卫健委", "市财政局"])


def test_reexport_clears_the_stale_files_it_wrote(reviewed: Reviewed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _export(reviewed, out)
    assert f"交办单/{EDUCATION}.docx" in _files(out)
    assert f"交办函/{EDUCATION}.pdf" in _files(out)
    assert set(read_manifest(out)) == {p.relative_to(out).as_posix() for p in first.files}
    mine = out / "交办单" / "我的备注.txt"  # the clerk's own file: never touched
    mine.write_text("留存", encoding="utf-8")
    _reassign_education(reviewed)
    with pytest.raises(OutputExistsError):
        _export(reviewed, out)
    again = _export(reviewed, out, overwrite=True)
    left = _files(out)
    assert f"交办单/{EDUCATION}.docx" not in left
    assert f"交办函/{EDUCATION}.pdf" not in left
    assert left == {p.relative_to(out).as_posix() for p in again.files} | {
        MANIFEST, "交办单/我的备注.txt"}  # the folder holds what the export reports
    assert mine.read_text(encoding="utf-8") == "留存"
    removed = {p.relative_to(out).as_posix() for p in again.cleared.removed}
    assert removed == {f"交办单/{EDUCATION}.docx", f"交办函/{EDUCATION}.pdf"}
    assert sum("removed stale file" in w for w in again.warnings) == 2


def test_a_changed_stale_file_is_moved_aside(reviewed: Reviewed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _export(reviewed, out)
    edited = out / "交办函" / f"{EDUCATION}.pdf"
    edited.write_bytes(edited.read_bytes() + "\n% 手工改过".encode())
    _reassign_education(reviewed)
    again = _export(reviewed, out, overwrite=True)
    ((source, target),) = again.cleared.moved
    assert source == edited and not edited.exists()
    assert target == out / STALE_DIR / "交办函" / f"{EDUCATION}.pdf"
    assert target.read_bytes().endswith("% 手工改过".encode())
    assert any("moved aside" in w for w in again.warnings)


def test_a_partial_export_leaves_other_kinds_alone(reviewed: Reviewed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _export(reviewed, out)
    _reassign_education(reviewed)
    # only the catalogue, then only one unit's papers: the old 市教育局 files are out of
    # their scope and stay (with everything else) until the sheets are exported again
    _export(reviewed, out, what=("catalogue",), overwrite=True)
    _export(reviewed, out, units=("市财政局",), overwrite=True)
    assert f"交办单/{EDUCATION}.docx" in _files(out)
    assert "交办单（全部单位）.docx" in _files(out)
    _export(reviewed, out, what=("sheets",), overwrite=True)
    assert f"交办单/{EDUCATION}.docx" not in _files(out)
    assert f"交办函/{EDUCATION}.pdf" in _files(out)  # notices were not exported again
