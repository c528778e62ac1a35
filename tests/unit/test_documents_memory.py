"""The PDF notices' fonts cost little memory: a registered CJK face does not hold its
file on the heap, and cutting a subset does not copy the face's glyph table — yet the
subsets are byte for byte reportlab's own."""

from __future__ import annotations

import shutil
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from review_desk.documents.fonts import FontSet, _load, _short_names


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
