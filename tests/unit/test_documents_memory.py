"""The documents cost little memory. The PDF notices' fonts: a registered CJK face does
not hold its file on the heap, and cutting a subset does not copy the face's glyph table —
yet the subsets are byte for byte reportlab's own. The Word files: each written file's
document is let go as it is written, not left to pile up until a full garbage collection."""

from __future__ import annotations

import gc
import shutil
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from docx.opc.package import OpcPackage
from reportlab.pdfbase.ttfonts import TTFont

from review_desk.desk import Desk
from review_desk.documents.export import ExportOptions, export_documents
from review_desk.documents.fonts import FontSet, _load, _short_names
from tests.unit.test_documents_support import Reviewed


def _own_copy(fonts: FontSet, tmp_path: Path) -> tuple[Path, int]:
    """The body font copied under a new path: registered afresh, nothing cached yet."""
    face = fonts.fonts["fangsong"].face
    copy = tmp_path / f"copy{face.path.suffix}"
    shutil.copyfile(face.path, copy)
    return copy, face.index


def _codes(font: TTFont, count: int) -> list[int]:
    """`count` CJK characters the face has, spread over its whole range."""
    cjk = sorted(c for c in font.face.charToGlyph if 0x4E00 <= c <= 0x9FFF)
    step = max(len(cjk) // count, 1)
    return cjk[::step][:count]


def _traced(load: Callable[[], object]) -> int:
    """Bytes `load()` leaves allocated on the Python heap."""
    tracemalloc.start()
    try:
        found = load()
        held: int = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert found is not None
    return held


def test_a_registered_font_keeps_its_file_off_the_heap(fonts: FontSet,
                                                       tmp_path: Path) -> None:
    path, index = _own_copy(fonts, tmp_path)
    size = path.stat().st_size
    read_whole = _traced(lambda: TTFont("plain", str(path), subfontIndex=index,
                                        asciiReadable=False))
    ours = _traced(lambda: _load(str(path), index))
    # the parsed character maps stay (MBs for a CJK face); the file's bytes do not
    assert ours < read_whole - 0.9 * size, (ours, read_whole, size)


def test_subsets_do_not_copy_the_glyph_table_and_match_reportlab(fonts: FontSet,
                                                                 tmp_path: Path) -> None:
    path, index = _own_copy(fonts, tmp_path)
    font = _load(str(path), index)
    assert font is not None
    glyf = font.face.get_table_pos("glyf")[1]
    codes = _codes(font, 250)
    tracemalloc.start()
    try:
        subset = font.face.makeSubset(codes)
        assert font.face.makeSubset(codes[:100])  # another file's subset
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < glyf / 4, (peak, glyf)
    # reportlab's own subset of the same characters, from the file read whole (with the
    # same short name table)
    plain = TTFont("plain", str(path), subfontIndex=index, asciiReadable=False).face
    table = plain.get_table
    plain.get_table = lambda tag: _short_names(table(tag)) if tag == "name" else table(tag)
    assert subset == plain.makeSubset(codes)


@pytest.fixture
def no_automatic_collection() -> Iterator[None]:
    """Only what the code frees itself is freed (a full collection at a lucky moment
    would hide a pile-up)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _word_documents_alive() -> int:
    """python-docx packages still in memory, reachable or garbage not yet collected."""
    # type(), not isinstance(): a dead weakref.proxy among the objects raises on the latter
    return sum(1 for o in gc.get_objects() if issubclass(type(o), OpcPackage))


@pytest.mark.usefixtures("no_automatic_collection")
def test_each_word_file_is_let_go_once_written(reviewed: Reviewed, tmp_path: Path) -> None:
    gc.collect()
    before = _word_documents_alive()
    alive: list[tuple[str, int, int]] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if done:  # a file was written
            alive.append((stage, done, _word_documents_alive() - before))

    options = ExportOptions(what=("sheets", "catalogue", "summary"), issue_date=date(2026, 2, 22),
                            templates=tmp_path / "no-user-templates")
    with Desk.open(reviewed.path) as desk:
        result = export_documents(desk, tmp_path / "out", options, progress)
    assert result.counts["交办单"] >= 4  # several units, then the combined file
    assert len(alive) == len(result.files)
    # after each file (the combined 交办单 too), no document of the files written stays
    assert alive == [(stage, done, 0) for stage, done, _ in alive]
