"""A font file the user changes while the app runs does not harm the export: the fonts are
mapped from a private copy (`documents/font_copies.py`), not from the user's file. Mapping
the user's file, overwriting it in place (`cp new.ttf old.ttf`) killed the process with
SIGBUS at the next subset; on Windows the file could not be deleted or replaced. With no
copy possible (temporary folder missing or full) the file is read whole instead."""

from __future__ import annotations

import errno
import mmap
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
from reportlab.pdfgen.canvas import Canvas

from review_desk.documents import font_copies
from review_desk.documents.fonts import FontSet, _load

# the user's font is overwritten in place (same file, truncated) after it was loaded, then
# two PDFs are drawn: every glyph of their subsets is read from the font again
_OVERWRITE_THEN_EXPORT = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path
    from review_desk.documents.fonts import ROLES, find_fonts
    from review_desk.documents.notices import (
        LetterOptions, acceptance_letter, rejection_letter, unit_letter)
    from review_desk.documents.pdf import letters_pdf
    from review_desk.documents.sample import sample_data

    original, out = Path(sys.argv[1]), Path(sys.argv[2])
    fonts = find_fonts({role: original for role in ROLES})
    data = sample_data()
    options = LetterOptions("示例机关", date(2026, 2, 22))
    units = [unit_letter(sheet, data.header, options) for sheet in data.sheets]
    out.joinpath("before.pdf").write_bytes(letters_pdf(units, fonts, "示例机关", "a"))
    head = original.read_bytes()[:65536]
    with open(original, "r+b") as same_file:  # like cp: the same inode, truncated
        same_file.truncate(0)
        same_file.write(head)
    # the notices to proposers: names and titles, glyphs the first file did not use
    letters = [*units, *(acceptance_letter(n, data.header, options)
                         for n in data.acceptance_notices),
               *(rejection_letter(n, data.header, options) for n in data.rejection_notices)]
    out.joinpath("after.pdf").write_bytes(letters_pdf(letters, fonts, "示例机关", "b"))
""")


def _user_font(fonts: FontSet, folder: Path, name: str = "user-font") -> tuple[Path, int]:
    """The body font copied to a path of its own (the file a clerk gives with --font)."""
    face = fonts.fonts["fangsong"].face
    path = folder / f"{name}{face.path.suffix}"
    shutil.copyfile(face.path, path)
    return path, face.index


def _draw(font_name: str, text: str, path: Path) -> None:
    canvas = Canvas(str(path), invariant=True)
    canvas.setFont(font_name, 16)
    canvas.drawString(40, 700, text)
    canvas.save()


def _cjk_text(fonts: FontSet, count: int) -> str:
    """`count` characters of the body font spread over its whole range (glyphs far apart)."""
    codes = sorted(c for c in fonts.fonts["fangsong"].font.face.charToGlyph
                   if 0x4E00 <= c <= 0x9FFF)
    return "".join(chr(c) for c in codes[::max(len(codes) // count, 1)][:count])


def _mapped_paths() -> str:
    """What this process has mapped and open, as Linux lists it."""
    fds = Path("/proc/self/fd")
    links = []
    for fd in fds.iterdir():
        try:
            links.append(os.readlink(fd))
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor)
    return Path("/proc/self/maps").read_text() + "\n".join(links)


def test_overwriting_the_font_file_in_place_does_not_kill_the_export(
        fonts: FontSet, tmp_path: Path) -> None:
    original, _ = _user_font(fonts, tmp_path)
    script = tmp_path / "export.py"
    script.write_text(_OVERWRITE_THEN_EXPORT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(original), str(tmp_path)],
                          capture_output=True, text=True, timeout=600, check=False)
    # a mapping of the overwritten file ends with SIGBUS: return code -7, no Python error
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert original.stat().st_size == 65536  # the file was overwritten under it
    after = (tmp_path / "after.pdf").read_bytes()
    assert after.startswith(b"%PDF") and b"/FontFile2" in after
    text = subprocess.run(["pdftotext", str(tmp_path / "after.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "市民政局" in text and "张三" in text and "不予立案" in text, text[:500]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self")
def test_the_users_font_file_is_not_held_and_can_be_deleted(
        fonts: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original, index = _user_font(fonts, tmp_path, "deleted")
    copies = tmp_path / "temporary"
    copies.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(copies))
    font = _load(str(original), index)
    assert font is not None
    # nothing maps or keeps open the user's file (on Windows that lock stopped a delete
    # or replace), and the private copy left no name behind in the temporary folder
    assert str(original) not in _mapped_paths()
    assert str(copies) in _mapped_paths()  # the copy is mapped, unlinked
    assert list(copies.iterdir()) == []
    os.remove(original)
    pdf = tmp_path / "after-delete.pdf"
    _draw(font.fontName, _cjk_text(fonts, 300), pdf)
    assert b"/FontFile2" in pdf.read_bytes()


def _no_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "temporary"))


def _disk_full(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def half_then_full(source: BinaryIO, target: BinaryIO, length: int = 0) -> None:
        target.write(source.read(1 << 20))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(font_copies.shutil, "copyfileobj", half_then_full)


@pytest.mark.parametrize("no_copy", [_no_folder, _disk_full], ids=["no-folder", "disk-full"])
def test_without_a_copy_the_font_is_read_whole(
        fonts: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        no_copy: Callable[[pytest.MonkeyPatch, Path], None]) -> None:
    original, index = _user_font(fonts, tmp_path, f"unwritable-{no_copy.__name__}")
    no_copy(monkeypatch, tmp_path)
    font = _load(str(original), index)
    assert font is not None
    data = font.face._ttf_data  # type: ignore[attr-defined]
    assert isinstance(data, bytes) and len(data) == original.stat().st_size
    original.write_bytes(b"")  # held in memory: what happens to the file does not matter
    pdf = tmp_path / "read-whole.pdf"
    _draw(font.fontName, _cjk_text(fonts, 300), pdf)
    assert b"/FontFile2" in pdf.read_bytes()


def test_the_faces_of_one_collection_share_one_copy(fonts: FontSet, tmp_path: Path) -> None:
    face = next((f.face for f in fonts.fonts.values() if f.face.path.suffix == ".ttc"), None)
    if face is None:
        pytest.skip("no TrueType collection among the fonts")
    path = tmp_path / "collection.ttc"
    shutil.copyfile(face.path, path)
    first, second = _load(str(path), 0), _load(str(path), 1, cjk=False)
    assert first is not None and second is not None
    assert first.face._ttf_data is second.face._ttf_data  # type: ignore[attr-defined]


def test_cff_outlines_are_refused_before_any_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_copy(_original: BinaryIO) -> None:
        raise AssertionError("copied a font reportlab refuses")

    monkeypatch.setattr(font_copies, "_copy_mapped", no_copy)
    plain = tmp_path / "cff.otf"
    plain.write_bytes(b"OTTO" + bytes(4096))
    # a collection whose second face is CFF (as Noto Sans CJK's .ttc faces all are)
    collection = tmp_path / "cff.ttc"
    collection.write_bytes(b"ttcf\x00\x01\x00\x00\x00\x00\x00\x02"
                           + (20).to_bytes(4, "big") + (24).to_bytes(4, "big")
                           + b"\x00\x01\x00\x00" + b"OTTO" + bytes(4096))
    with pytest.raises(ValueError, match="CFF"):
        font_copies.font_file_data(str(plain))
    with pytest.raises(ValueError, match="CFF"):
        font_copies.font_file_data(str(collection), 1)
    assert _load(str(plain), 0) is None and _load(str(collection), 1) is None


def _resident_file_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1])
    raise AssertionError("no RssFile in /proc/self/status")


def _resident_after_touching(data: bytes | mmap.mmap) -> int:
    """kB of file pages made resident by reading 300 scattered bytes of `data`."""
    before = _resident_file_kb()
    spread = random.Random(1)
    for _ in range(300):
        data[spread.randrange(len(data))]
    return _resident_file_kb() - before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self")
def test_the_copy_costs_no_more_resident_memory_than_the_file(
        fonts: FontSet, tmp_path: Path) -> None:
    original, index = _user_font(fonts, tmp_path, "resident")
    original.read_bytes()  # all in the page cache, as the copy is when just written
    with open(original, "rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    copy = font_copies.font_file_data(str(original), index)
    assert isinstance(copy, mmap.mmap)
    # copied 1 MB at a time, Linux 6 held the copy in large folios mapped whole: the
    # whole 20 MB resident here, against 13 MB for the file
    assert _resident_after_touching(copy) <= _resident_after_touching(mapped) + 512


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a RAM filesystem")
def test_a_temporary_folder_in_ram_sends_the_copy_to_disk(
        fonts: FontSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # /tmp is tmpfs on Debian 13, Fedora and Arch: a copy there is the whole font in RAM,
    # in every process that exports
    assert font_copies.in_memory("/dev/shm") and not font_copies.in_memory("/var/tmp")
    in_ram = Path(tempfile.mkdtemp(dir="/dev/shm"))
    try:
        monkeypatch.setattr(tempfile, "tempdir", str(in_ram))
        original, index = _user_font(fonts, tmp_path, "ram-temporary")
        font = _load(str(original), index)
        assert font is not None
        mapped = _mapped_paths()  # the copy is anonymous: "/var/tmp/#123 (deleted)"
        assert "/var/tmp/" in mapped and str(in_ram) not in mapped
    finally:
        shutil.rmtree(in_ram)
